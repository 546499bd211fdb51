"""The diagnostics zip holds what support needs and no secret."""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path

from crmsync_gui.app.diagnostics import export_diagnostics
from crmsync_gui.app.logs import setup_logging

from .conftest import World


def test_diagnostics_zip_without_secrets(world: World, tmp_path: Path) -> None:
    handler = setup_logging(world.service.profile.logs_dir, level=logging.DEBUG)
    try:
        world.add_crm(last_name="Diag", personal_email="d@ex.fr")
        world.service.sync()
        account = world.service.session.account
        assert account is not None
        refresh = world.service.session.tokens.load(account.sub)
        access = world.service.session.credentials().token
        logging.getLogger("crmsync_gui.test").warning("leaky line %s", refresh)
        path = export_diagnostics(world.service, tmp_path)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert path.name.startswith("crm-sync-diagnostics-") and path.suffix == ".zip"
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        content = "".join(archive.read(n).decode("utf-8", errors="replace") for n in names)
        summary = json.loads(archive.read("state-summary.json"))
    assert {"logs/crmsync.log", "settings.json", "state-summary.json",
            "environment.json"} <= names
    assert summary["linked"] == 1 and summary["runs"][0]["status"] == "ok"
    assert summary["account_email"] == "test@dupain.example"
    assert "leaky line [REDACTED]" in content
    for secret in (refresh, access):
        assert secret and secret not in content
