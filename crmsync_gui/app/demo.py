"""The demo world (R-UI6, R-CLI ``--demo``): the whole app without a Google account.

A demo profile (``<profile>/demo``) holds a CRM database filled from the sample French
contacts and a persistent sandbox folder standing in for Google, seeded with a few
contacts that overlap the CRM's. Every command or window started with ``--demo`` runs
the sandbox on a free loopback port over that folder, so separate processes see the same
demo world. Consent is approved automatically and the demo plays the browser itself.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import urllib.request
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

from crmsync_gui.app.google_account import AccountFile, GoogleSession
from crmsync_gui.app.profile import DEFAULT_CRM_FILE, Profile
from crmsync_gui.crm.csv_io import import_csv
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.auth import GoogleConfig
from crmsync_gui.google.tokens import DemoTokenStore
from crmsync_gui.private_files import make_private_dir
from crmsync_gui.sandbox import SandboxAdmin, SandboxServer, client_config
from crmsync_gui.sandbox.process import SandboxProcess

log = logging.getLogger(__name__)

DEMO_FOLDER = "demo"
DEMO_SUB = "demo-account"
DEMO_EMAIL = "demo@crm-sync.example"


def demo_command(home: Path) -> list[str]:
    """The command that opens the demo beside a real profile (the wizard's "Try the
    demo"): its own profile folder under ``home``, its own sandbox; the real profile is
    not touched. The installed app when frozen, else this Python and package."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--demo", "--home", str(home)]
    return [sys.executable, "-m", "crmsync_gui", "--demo", "--home", str(home)]


def demo_profile(base: Profile) -> Profile:
    home = base.home / DEMO_FOLDER
    make_private_dir(home)
    return Profile(home)


def play_demo_browser(url: str) -> bool:
    """Open the consent URL like a browser: the demo sandbox approves at once and
    redirects to the app's loopback address, which urllib follows."""
    def visit() -> None:
        try:
            with urllib.request.urlopen(url, timeout=30):
                pass
        except OSError:
            log.warning("demo sign-in: the loopback redirect failed", exc_info=True)
    threading.Thread(target=visit, daemon=True, name="demo-browser").start()
    return True


def _resource_text(name: str) -> str:
    return resources.files("crmsync_gui.resources").joinpath(name).read_text(encoding="utf-8")


@dataclass
class DemoWorld:
    """The running demo: its profile, its sandbox and the session that talks to it.

    ``separate_process``: the window runs the sandbox as its own process, so that the
    stand-in's HTTP threads never compete with the GUI thread for the GIL.
    """

    profile: Profile
    separate_process: bool = False
    sandbox: SandboxServer | None = None
    _process: SandboxProcess | None = None
    _url: str | None = None

    @property
    def sandbox_dir(self) -> Path:
        return self.profile.home / "sandbox"

    @property
    def crm_path(self) -> Path:
        # Always its own: CRMSYNC_CRM_DB names the user's real CRM, which the demo's
        # samples and its Google stand-in must never touch.
        return self.profile.home / DEFAULT_CRM_FILE

    def __enter__(self) -> DemoWorld:
        first_run = not self.sandbox_dir.exists()
        # The stand-in for Google writes its contacts here; made private before it starts.
        make_private_dir(self.sandbox_dir)
        if self.separate_process:
            self._process = SandboxProcess(self.sandbox_dir)
            self._url = self._process.url
        else:
            self.sandbox = SandboxServer(port=0, data_dir=self.sandbox_dir, auto_approve=True)
            self.sandbox.start()
            self._url = self.sandbox.url
        if first_run:
            self._seed()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        # Stopping saves the demo's Google side for the next process.
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None
        if self._process is not None:
            self._process.stop()
            self._process = None

    @property
    def url(self) -> str:
        assert self._url is not None, "the demo world is not running"
        return self._url

    def _seed(self) -> None:
        admin = SandboxAdmin(self.url)
        admin.set_account(DEMO_SUB, DEMO_EMAIL, "Démo CRM Sync")
        persons: list[dict[str, Any]] = json.loads(_resource_text("demo_google_contacts.json"))
        admin.seed_contacts(persons)
        if not self.crm_path.exists():
            sample = resources.files("crmsync_gui.resources").joinpath("sample_contacts.csv")
            with resources.as_file(sample) as csv_path, SqliteCrm(self.crm_path) as crm:
                import_csv(crm, csv_path)

    def google_config(self) -> GoogleConfig:
        installed = client_config(self.url)["installed"]
        return GoogleConfig(client_id=installed["client_id"],
                            client_secret=installed["client_secret"],
                            auth_uri=installed["auth_uri"], token_uri=installed["token_uri"],
                            revoke_uri=installed["revoke_uri"], api_endpoint=self.url)

    def session(self) -> GoogleSession:
        return GoogleSession(self.google_config(),
                             DemoTokenStore(self.profile.home / "sandbox-tokens.json"),
                             AccountFile(self.profile.home / "account.json"))
