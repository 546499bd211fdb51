"""End-to-end fixtures: a real CRM file, the sandbox on 127.0.0.1, the app's service."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from crmsync_gui.app.demo import play_demo_browser
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import ConflictPolicy, Settings
from crmsync_gui.core.record import ContactRecord
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sandbox import SandboxServer

from .cli_harness import Cli, signed_in_cli

# Hypothesis profiles. ``ci`` (the default) leaves Hypothesis' own defaults to the other
# property tests; the state machines set their CI budgets themselves (each file well
# under 120 s on a fresh machine). ``soak`` is chosen by CRMSYNC_SOAK_MINUTES=30: the
# real-data machine then loops over fresh seeds for that long and prints the examples
# run and the failing seeds (tests/sync/test_real_data_machine.py); property tests
# elsewhere get more examples.
SOAK_MINUTES = float(os.environ.get("CRMSYNC_SOAK_MINUTES") or 0)
settings.register_profile("ci", print_blob=True)
settings.register_profile("soak", max_examples=1000, deadline=None, print_blob=True)
settings.load_profile("soak" if SOAK_MINUTES else "ci")


@dataclass
class World:
    """Both sides and the app, as a test drives them."""

    sandbox: SandboxServer
    service: SyncService
    home: Path

    @property
    def settings(self) -> Settings:
        return self.service.settings

    def crm(self) -> SqliteCrm:
        return SqliteCrm(self.service.crm_path)

    def add_crm(self, **columns: str) -> int:
        link = {k: columns.pop(k) for k in ("work_phone", "work_mobile", "work_email",
                                            "job_title") if k in columns}
        company = columns.pop("company", None)
        with self.crm() as crm:
            company_id = None
            if company:
                with crm.transaction() as conn:
                    row = conn.execute("SELECT id FROM company WHERE name = ?",
                                       (company,)).fetchone()
                    company_id = row[0] if row else conn.execute(
                        "INSERT INTO company (name, updated_at) VALUES (?, "
                        "'2020-01-01T00:00:00Z')", (company,)).lastrowid
            [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact=columns,
                                            link=link if company_id else {},
                                            company_id=company_id)])
            return contact.crm_id

    def edit_crm(self, crm_id: int, note: str | None = None, **columns: str) -> None:
        link = {k: columns.pop(k) for k in ("work_phone", "work_mobile", "work_email",
                                            "job_title") if k in columns}
        with self.crm() as crm:
            crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id, contact=columns, link=link,
                                note=note)])

    def delete_crm(self, crm_id: int) -> None:
        with self.crm() as crm:
            crm.apply([CrmWrite(WriteKind.DELETE, crm_id=crm_id)])

    def crm_contacts(self) -> dict[int, Any]:
        with self.crm() as crm:
            return {c.crm_id: c for c in crm.read_all()}

    def live_crm(self) -> list[Any]:
        return [c for c in self.crm_contacts().values() if not c.deleted]

    def add_google(self, **person: Any) -> str:
        [created] = self.sandbox.admin.seed_contacts([person])
        return str(created["resourceName"])

    def google(self) -> dict[str, dict[str, Any]]:
        return {p["resourceName"]: p for p in self.sandbox.admin.dump()["contacts"]}

    def google_records(self) -> list[ContactRecord]:
        return [record_from_person(p) for p in self.google().values()]


def signed_in_service(sandbox: SandboxServer, root: Path, **options: Any) -> SyncService:
    """A service with its own profile under ``root``, signed in to ``sandbox``."""
    secrets = root / "client_secret.json"
    sandbox.write_client_secrets(secrets)
    settings = Settings(google_client_secrets=str(secrets), google_api_endpoint=sandbox.url,
                        **options)
    service = SyncService(Profile.locate(root / "home"), settings)
    service.session.sign_in(open_url=play_demo_browser, timeout=20)
    return service


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    """``crmsync`` in separate processes, signed in to an in-process sandbox."""
    yield from signed_in_cli(tmp_path)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with SandboxServer(port=0, auto_approve=True) as sandbox:
        sandbox.admin.set_account("sub-e2e", "test@dupain.example")
        service = signed_in_service(sandbox, tmp_path,
                                    conflict_policy=ConflictPolicy.NEWEST)
        yield World(sandbox, service, service.profile.home)
