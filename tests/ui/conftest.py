"""UI fixtures: real widgets offscreen, the app's service, the sandbox on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmsync_gui.app.demo import play_demo_browser
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import Language, Settings
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.sandbox import SandboxServer
from crmsync_gui.sandbox.testing import person
from crmsync_gui.ui.app import install_translations
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.worker import JobRunner

JOB_TIMEOUT_MS = 30_000


@dataclass
class UiWorld:
    sandbox: SandboxServer
    service: SyncService
    home: Path

    def add_crm(self, *contacts: dict[str, str]) -> list[int]:
        with SqliteCrm(self.service.crm_path) as crm:
            made = crm.apply([CrmWrite(WriteKind.CREATE, contact=c) for c in contacts])
        return [c.crm_id for c in made]

    def crm(self) -> dict[int, Any]:
        with SqliteCrm(self.service.crm_path) as crm:
            return {c.crm_id: c for c in crm.read_all() if not c.deleted}

    def add_google(self, given: str, family: str, email: str, **extra: Any) -> str:
        [made] = self.sandbox.admin.seed_contacts([person(given, family, email, **extra)])
        return str(made["resourceName"])

    def google(self) -> dict[str, dict[str, Any]]:
        return {p["resourceName"]: p for p in self.sandbox.admin.dump()["contacts"]}

    def google_emails(self) -> set[str]:
        return {e["value"] for p in self.google().values()
                for e in p.get("emailAddresses", [])}


def make_settings(sandbox_url: str, secrets: Path, **options: Any) -> Settings:
    return Settings(google_client_secrets=str(secrets), google_api_endpoint=sandbox_url,
                    **options)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[UiWorld]:
    """A signed-out service over an empty CRM file and an empty sandbox account."""
    with SandboxServer(port=0, auto_approve=True) as sandbox:
        sandbox.admin.set_account("sub-ui", "marie@dupain.example")
        secrets = sandbox.write_client_secrets(tmp_path / "client_secret.json")
        service = SyncService(Profile.locate(tmp_path / "home"),
                              make_settings(sandbox.url, secrets))
        yield UiWorld(sandbox, service, tmp_path / "home")


@pytest.fixture
def signed_in(world: UiWorld) -> UiWorld:
    world.service.session.sign_in(open_url=play_demo_browser, timeout=20)
    world.service.save_settings()
    return world


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The app always runs with a translation installed — English's own file when no
    other applies — for its real plural forms ("1 contact", "2 contacts"): so do these
    tests. ``in_language`` installs another one over it."""
    translators = install_translations(qapp, Language.ENGLISH)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    """``in_language(Language.FRENCH)`` installs the translations; all removed afterwards."""
    installed: list[QTranslator] = []

    def install(language: Language) -> list[QTranslator]:
        translators = install_translations(qapp, language)
        installed.extend(translators)
        return translators

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))  # numbers grouped the English way again


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    jobs.shutdown()


@pytest.fixture
def window(qtbot: QtBot, signed_in: UiWorld, runner: JobRunner) -> MainWindow:
    main = MainWindow(signed_in.service, runner, play_demo_browser)
    qtbot.addWidget(main)
    main.show()
    return main


def preview(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        assert window.preview()


def sync(qtbot: QtBot, window: MainWindow) -> Any:
    with qtbot.waitSignal(window.sync_done, timeout=JOB_TIMEOUT_MS) as done:
        assert window.sync()
    return done.args[0]


def names(model: Any) -> list[str]:
    return sorted(model.row_at(i).change.name for i in range(model.rowCount()))
