"""#19, the File menu: Import CSV… (all or nothing, R-CRM3), Export CSV…, New and Open
CRM database… (R-CRM1). Real widgets offscreen, the app's service, a real CRM file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmsync_gui.app.profile import CRM_DB_ENV
from crmsync_gui.app.settings import Language
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, preview

HEADER = "ID;Nom;Prénom;Email perso\n"


def names(window: MainWindow) -> list[str]:
    model = window.contacts_page.model
    return sorted(model.row_at(i).name for i in range(model.rowCount()))


def test_an_import_with_a_bad_line_imports_nothing_and_shows_the_line(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path) -> None:
    preview(qtbot, window)
    csv = tmp_path / "clients.csv"
    csv.write_text(HEADER + ";Martin;Sophie;sophie@ex.fr\n;Durand;Paul;not an email\n",
                   encoding="utf-8")
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        assert window.crm_files.import_csv(csv)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.windowTitle() == "Nothing was imported"
    assert "line 3" in box.text() and "not an email" in box.text()
    assert signed_in.crm() == {}  # not even Sophie's good line


def test_an_import_reports_what_it_did_and_the_sync_takes_it_to_google(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path) -> None:
    [sophie] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@ex.fr"})
    preview(qtbot, window)
    csv = tmp_path / "other-crm.csv"
    # A file from another CRM: its ID 1 is someone else here, so Paul is created.
    csv.write_text(HEADER + f"{sophie};Durand;Paul;paul@ex.fr\n;Petit;Anne;anne@ex.fr\n",
                   encoding="utf-8")
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        assert window.crm_files.import_csv(csv)  # then a preview shows what it sends
    box = window.crm_files.report_box
    assert box is not None and box.objectName() == "importReport"
    assert "2 created" in box.text() and "0 updated" in box.text()
    assert f"ID {sophie} is Sophie Martin here; created as a new contact, Paul Durand" \
        in box.informativeText()
    assert names(window) == ["Anne Petit", "Paul Durand", "Sophie Martin"]
    assert window.sync_page.to_google_model.total() == 3


def test_an_import_says_which_emails_another_contact_already_has(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path,
        in_language: Any) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@ex.fr"})
    preview(qtbot, window)
    csv = tmp_path / "shared.csv"
    csv.write_text(HEADER + ";Martin;Paul;SOPHIE@ex.fr\n;Petit;Anne;anne@ex.fr\n"
                   ";Petit;Annie;anne@ex.fr\n", encoding="utf-8")
    in_language(Language.FRENCH)  # said in the user's language, like every message
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        assert window.crm_files.import_csv(csv)
    said = window.crm_files.report_box.informativeText()
    assert "ligne 2\u00a0: SOPHIE@ex.fr est aussi l’email du contact Sophie Martin" in said
    assert "ligne 4\u00a0: anne@ex.fr est aussi l’email du contact Anne Petit" in said
    assert "ligne 3" not in said  # Anne's own email, first seen on her line


def test_export_writes_every_contact(qtbot: QtBot, window: MainWindow, signed_in: UiWorld,
                                     tmp_path: Path) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@ex.fr"})
    out = tmp_path / "export.csv"
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        assert window.crm_files.export_csv(out)
    assert "sophie@ex.fr" in out.read_text(encoding="utf-8-sig")
    assert window.statusBar().currentMessage().startswith("1 contact exported to")


def test_open_and_new_database_change_the_settings_and_the_page(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path) -> None:
    other = tmp_path / "office" / "crm.sqlite3"
    other.parent.mkdir()
    with SqliteCrm(other) as crm:  # an existing database, with one contact
        from crmsync_gui.crm.model import CrmWrite, WriteKind
        crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "Roux",
                                                       "personal_email": "r@ex.fr"})])
    with qtbot.waitSignal(window.settings_applied, timeout=JOB_TIMEOUT_MS):
        assert window.crm_files.choose_database(create=False, path=other)
    settings = json.loads(signed_in.service.profile.settings_file.read_text())
    assert settings["crm_database"] == str(other)
    assert names(window) == ["Roux"]
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=JOB_TIMEOUT_MS)  # its preview

    fresh = tmp_path / "new.sqlite3"
    with qtbot.waitSignal(window.settings_applied, timeout=JOB_TIMEOUT_MS):
        assert window.crm_files.choose_database(create=True, path=fresh)
    assert fresh.exists() and names(window) == []
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=JOB_TIMEOUT_MS)
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        window.crm_files.choose_database(create=True, path=fresh)  # it exists now
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and str(fresh) in box.text()


def test_the_environment_variable_locks_the_database_choice(
        qtbot: QtBot, signed_in: UiWorld, runner, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CRM_DB_ENV, str(tmp_path / "env.sqlite3"))
    window = MainWindow(signed_in.service, runner)
    qtbot.addWidget(window)
    for action in (window.crm_files.new_action, window.crm_files.open_action):
        assert not action.isEnabled() and "CRMSYNC_CRM_DB" in action.toolTip()
    assert window.crm_files.import_action.isEnabled()
