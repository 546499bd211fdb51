"""``crmsync`` as a user runs it: a separate process per command, signed in to an
in-process sandbox through the stand-in browser (the ``cli`` fixture, conftest.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sandbox import SandboxServer
from crmsync_gui.sandbox.testing import client_env

BROWSER = Path(__file__).parent.parent / "google" / "browser.py"
LABEL = "Simple CRM"  # the app's label, as the settings name it by default


@dataclass
class Cli:
    sandbox: SandboxServer
    env: dict[str, str]
    home: Path

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "crmsync_gui.cli.main", *args],
                              env=self.env, capture_output=True, text=True, timeout=120,
                              check=False)

    def sync(self) -> tuple[int, dict[str, Any]]:
        done = self.run("sync", "--yes", "--json")
        assert done.stdout.strip(), done.stderr
        return done.returncode, json.loads(done.stdout)

    def preview(self) -> dict[str, Any]:
        done = self.run("preview", "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def history(self) -> list[dict[str, Any]]:
        return json.loads(self.run("history", "--json").stdout)

    @property
    def crm_path(self) -> Path:
        return self.home / "crm.sqlite3"

    def add_crm(self, last: str, email: str, **columns: str) -> int:
        with SqliteCrm(self.crm_path) as crm:
            [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact={
                "last_name": last, "first_name": "Jean", "personal_email": email,
                **columns})])
            return contact.crm_id

    def edit_crm(self, crm_id: int, **columns: str) -> None:
        with SqliteCrm(self.crm_path) as crm:
            crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id, contact=columns)])

    def crm(self) -> dict[int, Any]:
        with SqliteCrm(self.crm_path) as crm:
            return {c.crm_id: c for c in crm.read_all() if not c.deleted}

    def google(self) -> dict[str, dict[str, Any]]:
        return {p["resourceName"]: p for p in self.sandbox.admin.dump()["contacts"]}

    def google_emails(self) -> list[str]:
        return sorted(e for p in self.google().values()
                      for e in record_from_person(p).emails())

    def label_members(self) -> set[str]:
        groups = {g["resourceName"]: g["name"]
                  for g in self.sandbox.admin.dump().get("groups", [])}
        return {name for name, p in self.google().items()
                for m in p.get("memberships", [])
                if groups.get(m.get("contactGroupMembership", {})
                              .get("contactGroupResourceName")) == LABEL}

    def settings(self, **values: Any) -> None:
        path = self.home / "settings.json"
        current = json.loads(path.read_text()) if path.exists() else {}
        path.write_text(json.dumps({**current, **values}))


def signed_in_cli(tmp_path: Path) -> Iterator[Cli]:
    with SandboxServer(port=0, auto_approve=True) as sandbox:
        sandbox.admin.set_account("sub-honest", "gerant@atelier.fr")
        home = tmp_path / "home"
        env = client_env(sandbox.url, tmp_path, BROWSER, home)
        client = Cli(sandbox, env, home)
        login = client.run("login", "--timeout", "30")
        assert login.returncode == 0, login.stderr
        yield client


def in_sync(cli: Cli) -> None:
    preview = cli.preview()
    assert (preview["to_google"], preview["to_crm"]) == ([], []), preview


