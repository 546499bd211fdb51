"""The settings and About dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import crmsync_gui
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.settings import (
    ConflictPolicy,
    DeletionPolicy,
    Language,
    Settings,
    load_settings,
)
from crmsync_gui.ui.about import AboutDialog
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.settings_dialog import SettingsDialog, select

from .conftest import UiWorld


def test_settings_dialog_edits_every_option(qtbot: QtBot, tmp_path: Path) -> None:
    original = Settings(extra={"from_a_newer_version": 1})
    dialog = SettingsDialog(original, tmp_path / "crm.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.crm_database.text() == str(tmp_path / "crm.sqlite3")
    assert not dialog.advanced.isChecked()
    assert dialog.advanced.isFlat()  # folded: no empty frame
    assert dialog.minimumWidth() >= dialog.layout().sizeHint().width()  # no label cut
    select(dialog.conflict, ConflictPolicy.ASK)
    select(dialog.deletion, DeletionPolicy.DELETE)
    select(dialog.language, Language.FRENCH)
    dialog.label_name.setText("Clients")
    dialog.label_only.setChecked(True)
    dialog.reminder.setValue(15)
    dialog.reminders_paused.setChecked(True)
    dialog.auto_sync.setChecked(True)
    dialog.start_at_login.setChecked(True)
    dialog.advanced.setChecked(True)
    dialog.api_endpoint.setText("http://127.0.0.1:9999")
    dialog.client_secrets.setText(str(tmp_path / "secret.json"))
    result = dialog.result_settings()
    assert result == Settings(
        conflict_policy=ConflictPolicy.ASK, deletion_policy=DeletionPolicy.DELETE,
        label_name="Clients", sync_label_only=True, reminder_interval_minutes=15,
        reminders_paused=True, auto_sync=True, start_at_login=True,
        language=Language.FRENCH, crm_database=None,
        google_api_endpoint="http://127.0.0.1:9999",
        google_client_secrets=str(tmp_path / "secret.json"),
        extra={"from_a_newer_version": 1})
    assert result.extra == {"from_a_newer_version": 1}
    dialog.advanced.setChecked(False)  # folded away: the overrides are dropped
    assert dialog.result_settings().google_api_endpoint is None
    # The OAuth client file is a main setting (#20): not dropped with the endpoints.
    assert dialog.result_settings().google_client_secrets == str(tmp_path / "secret.json")


def test_the_oauth_client_file_is_a_main_setting_checked_on_ok(
        qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *rest: warnings.append(text))
    dialog = SettingsDialog(Settings(), tmp_path / "crm.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.client_secrets.isVisible() and not dialog.advanced.isChecked()
    link = dialog.findChild(QLabel, "clientGuideLink")
    assert link is not None and "Google setup guide" in link.text()
    link.linkActivated.emit("#guide")
    assert dialog.guide is not None and dialog.guide.isVisible()
    key = tmp_path / "service-account.json"  # a service account's key: no OAuth client
    key.write_text('{"type": "service_account", "client_email": "x@y"}', encoding="utf-8")
    dialog.client_secrets.setText(str(key))
    dialog._accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert warnings and "service-account.json" in warnings[0]


def test_settings_from_the_window_are_saved_and_previewed(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    select(dialog.conflict, ConflictPolicy.GOOGLE)
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        dialog.accept()
    assert load_settings(signed_in.service.profile.settings_file).conflict_policy \
        is ConflictPolicy.GOOGLE
    assert signed_in.service.settings.conflict_policy is ConflictPolicy.GOOGLE


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_about_shows_version_and_opens_logs_folder(qtbot: QtBot, tmp_path: Path) -> None:
    profile = Profile.locate(tmp_path / "home")
    dialog = AboutDialog(profile)
    qtbot.addWidget(dialog)
    version = dialog.findChild(QLabel, "aboutVersion")
    assert version is not None and crmsync_gui.__version__ in version.text()
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        dialog.logs_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in catcher.urls] == [str(profile.logs_dir)]
    assert profile.logs_dir.is_dir()


def test_settings_dialog_refuses_an_http_token_address_off_this_computer(
        qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *rest: warnings.append(text))
    dialog = SettingsDialog(Settings(), tmp_path / "crm.sqlite3")
    qtbot.addWidget(dialog)
    dialog.advanced.setChecked(True)
    dialog.token_uri.setText("http://192.0.2.10/token")
    dialog._accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert warnings and "google_token_uri" in warnings[0] and "https" in warnings[0]
    dialog.token_uri.setText("https://oauth2.googleapis.com/token")
    dialog._accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_without_a_file_manager_the_logs_folder_is_shown_as_a_path(
        qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    # A minimal Linux has nothing to open a folder with (openUrl says so by False).
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    profile = Profile.locate(tmp_path / "home")
    dialog = AboutDialog(profile)
    qtbot.addWidget(dialog)
    assert dialog.open_logs() is False
    assert dialog.logs_box.informativeText() == str(profile.logs_dir)


def test_the_diagnostics_dialog_starts_in_a_folder_that_exists(
        tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QStandardPaths

    from crmsync_gui.ui.diagnostics_export import start_folder

    missing = tmp_path / "Documents"  # a fresh account without one
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(missing))
    assert start_folder() == str(Path.home())
    missing.mkdir()
    assert start_folder() == str(missing)


def test_a_long_database_path_is_elided_in_the_middle(qtbot: QtBot, tmp_path: Path) -> None:
    path = ("/home/gerant/Documents/Entreprise/Clients et fournisseurs/2026/"
            "crm-principal.sqlite3")
    dialog = SettingsDialog(Settings(crm_database=path), tmp_path / "crm.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.crm_database.edit
    shown = edit.shown_text()
    assert "…" in shown and shown.startswith("/home") and shown.endswith("sqlite3")
    assert edit.text() == path and edit.toolTip() == path  # the value itself is whole


def test_big_dialogs_fit_the_screen_they_open_on(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog

    from crmsync_gui.ui.styles import resize_within_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    resize_within_screen(dialog, room.width() + 500, room.height() + 500)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    resize_within_screen(dialog, 300, 200)  # smaller than the screen: as asked
    assert (dialog.width(), dialog.height()) == (300, 200)


def test_settings_choose_one_scope_of_three(qtbot: QtBot, tmp_path: Path,
                                            monkeypatch) -> None:
    """All contacts, the app's label's, or one tag's (R-S13): the two limits can never be
    set together, and a tag that cannot be a label is refused on OK, named."""
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *rest: warnings.append(text))
    dialog = SettingsDialog(Settings(sync_label_only=True), tmp_path / "crm.sqlite3",
                            tags=("Fournisseur", "VIP"))
    qtbot.addWidget(dialog)
    assert dialog.label_only.isChecked() and not dialog.scope_tag.isChecked()
    assert [dialog.only_tag.itemText(i) for i in range(dialog.only_tag.count())] == [
        "Fournisseur", "VIP"]
    dialog.only_tag.setCurrentText("VIP")  # choosing a tag chooses that scope
    result = dialog.result_settings()
    assert (result.only_tag, result.sync_label_only) == ("VIP", False)
    dialog.scope_all.setChecked(True)
    result = dialog.result_settings()
    assert (result.only_tag, result.sync_label_only) == (None, False)
    dialog.scope_tag.setChecked(True)
    dialog.only_tag.setCurrentText("Paris, Lyon")
    dialog._accept()
    assert warnings and "Paris, Lyon" in warnings[0]
    assert dialog.result() != dialog.DialogCode.Accepted
