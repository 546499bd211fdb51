"""The Google setup guide (docs/google-setup.md) inside the app, and the wizard's way to
a user's own OAuth client (issue 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import Language, Settings, load_settings
from crmsync_gui.ui.app import AppController
from crmsync_gui.ui.guide import GoogleSetupGuide, guide_sections, read_guide
from crmsync_gui.ui.wizard import SetupWizard
from crmsync_gui.ui.worker import JobRunner

from .conftest import UiWorld

ENGLISH = "Connecting CRM Sync to your Google account"
FRENCH = "Connecter CRM Sync à votre compte Google"


def test_the_installed_guide_is_the_docs_file_with_both_languages() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "google-setup.md"
    assert read_guide() == docs.read_text(encoding="utf-8")
    sections = guide_sections(read_guide())
    assert list(sections) == [ENGLISH, FRENCH]
    english, french = sections[ENGLISH], sections[FRENCH]
    for half in (english, french):  # the same steps in both halves
        assert half.count("\n## ") == 7, half[:200]
        assert "https://www.googleapis.com/auth/contacts" in half
        assert "admin.google.com" in half
        assert "(#" not in half  # the jump to the other half is left out
    assert "Manage Third-Party App Access" in english and "Turn on the People API" in english
    assert "Commandes des API" in french and "Activer l’API People" in french


def test_guide_follows_the_window_language(qtbot: QtBot, in_language) -> None:
    guide = GoogleSetupGuide()
    qtbot.addWidget(guide)
    assert guide.windowTitle() == ENGLISH
    assert "Turn on the People API" in guide.browser.toPlainText()
    in_language(Language.FRENCH)
    french = GoogleSetupGuide()
    qtbot.addWidget(french)
    # The title's translation is the French half's heading: that half is shown.
    assert french.windowTitle() == FRENCH
    text = french.browser.toPlainText()
    assert "Activer l’API People" in text and "Turn on the People API" not in text


def test_sign_in_page_opens_the_guide(qtbot: QtBot, world: UiWorld,
                                      runner: JobRunner) -> None:
    wizard = SetupWizard(world.service, runner)
    qtbot.addWidget(wizard)
    page = wizard.sign_in_page
    assert "Google setup guide" in page.panel.guide_label.text()
    page.panel.guide_label.linkActivated.emit("#guide")
    assert page.panel.guide is not None and page.panel.guide.isVisible()
    assert "OAuth client" in page.panel.guide.browser.toPlainText()


def _client_file(path: Path, kind: str, client_id: str) -> Path:
    path.write_text(json.dumps({kind: {"client_id": client_id, "client_secret": "s",
                                       "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                                       "token_uri": "https://oauth2.googleapis.com/token"}}),
                    encoding="utf-8")
    return path


def test_own_oauth_client_is_checked_then_kept(qtbot: QtBot, world: UiWorld,
                                               runner: JobRunner, tmp_path: Path) -> None:
    wizard = SetupWizard(world.service, runner)
    qtbot.addWidget(wizard)
    page = wizard.sign_in_page
    before = world.service.settings.google_client_secrets
    # A web client would fail later at Google with redirect_uri_mismatch: refused here.
    page.panel.use_client_file(str(_client_file(tmp_path / "web.json", "web",
                                          "123-web.apps.googleusercontent.com")))
    assert "Desktop app" in page.panel.account_label.text()
    page.panel.use_client_file(str(tmp_path / "missing.json"))
    assert "Cannot read" in page.panel.account_label.text()
    assert world.service.settings.google_client_secrets == before
    desktop = _client_file(tmp_path / "desktop.json", "installed",
                           "456-desk.apps.googleusercontent.com")
    page.panel.use_client_file(str(desktop))
    assert "456-desk" in page.panel.account_label.text()
    assert world.service.settings.google_client_secrets == str(desktop)
    saved = load_settings(world.service.profile.settings_file)
    assert saved.google_client_secrets == str(desktop)


def test_a_copy_without_oauth_client_opens_the_wizard_and_says_what_to_do(
        qtbot: QtBot, tmp_path: Path, runner: JobRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh install has only the placeholder client: the app must still open (it used
    to crash at start), explain, and take the user's own client file."""
    monkeypatch.delenv("CRMSYNC_GOOGLE_CLIENT_SECRETS", raising=False)
    service = SyncService(Profile.locate(tmp_path / "home"), Settings())
    controller = AppController(service, runner=runner, tray_available=False)
    assert controller.needs_wizard()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    page = wizard.sign_in_page
    page.initializePage()
    assert "no Google OAuth client yet" in page.panel.account_label.text()
    page.panel.sign_in()  # says why instead of raising in a Qt slot
    assert "no Google OAuth client yet" in page.panel.account_label.text()
    assert page.panel.sign_in_button.isEnabled() and not page.isComplete()
    client = _client_file(tmp_path / "desktop.json", "installed",
                          "789-own.apps.googleusercontent.com")
    page.panel.use_client_file(str(client))
    assert service.session.config.client_id == "789-own.apps.googleusercontent.com"
