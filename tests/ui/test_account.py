"""#20: the Google account from the window — a lost sign-in is a button away from fixed,
the Account menu signs in, switches and signs out, the no-keyring warning is seen.
Real widgets offscreen, the sandbox on 127.0.0.1, the real OAuth flow and client."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crmsync_gui.google.auth import revoke
from crmsync_gui.ui.account_dialog import AccountDialog
from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, preview, sync


def lose_the_sign_in(world: UiWorld) -> None:
    """What Google does when the user withdraws the app's access (or it expires)."""
    session = world.service.session
    account = session.account
    assert account is not None
    assert revoke(session.config, session.tokens.load(account.sub) or "")
    world.sandbox.admin.expire_access_tokens()


def test_a_revoked_sign_in_is_signed_in_again_from_the_window_without_restarting(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, caplog) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@ex.fr"})
    preview(qtbot, window)
    lose_the_sign_in(signed_in)
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        assert window.preview()
    # A situation the app knows: logged as a warning in words, never a traceback.
    [logged] = [r for r in caplog.records if r.getMessage().startswith("job preview")]
    assert logged.levelname == "WARNING" and logged.exc_info is None
    box = window.account_menu.lost_box
    assert box is not None and box.isVisible()
    assert box.text() and "Sign in again" in box.findChild(QPushButton, "signInAgain").text()
    # The menu says it too, and the tray is told once, however many runs meet it.
    menu = window.account_menu
    assert menu.info_action.text() == "marie@dupain.example: sign-in lost"
    assert menu.sign_in_action.isVisible() and menu.sign_in_action.text() == "&Sign in again…"
    told: list[str] = []
    window.sign_in_lost.connect(told.append)
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        assert window.sync()
    assert window.account_menu.lost_box is box  # one box, not one per run
    assert len([b for b in window.findChildren(QMessageBox, "signInAgainBox")
                if b.isVisible()]) == 1
    assert told == []  # said once already, with the first failure
    box.findChild(QPushButton, "signInAgain").click()
    dialog = window.account_menu.dialog
    assert isinstance(dialog, AccountDialog) and dialog.isVisible()
    assert dialog.why.isVisible()  # what brought the user here
    assert dialog.panel.sign_in_button.text() == "Sign in again"
    # The sandbox approves at once (the demo's browser stand-in): signed in again, the
    # dialog closes and a preview runs with the new sign-in — no restart, no command.
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        assert dialog.panel.sign_in()
    assert window.account_menu.dialog is None  # closed (and deleted) once signed in
    assert window.account_menu.info_action.text() == "Signed in as marie@dupain.example"
    sync(qtbot, window)
    assert signed_in.google_emails() == {"sophie@ex.fr"}


def test_the_account_menu_switches_and_signs_out(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    menu = window.account_menu
    preview(qtbot, window)
    assert menu.info_action.text() == "Signed in as marie@dupain.example"
    assert not menu.sign_in_action.isVisible() and menu.switch_action.isVisible()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Account", "&Help"]

    # Switch: another account at Google; its own sync state, said before signing in.
    # A row left out for the first account is not left out for the second one.
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@ex.fr"})
    preview(qtbot, window)
    to_google = window.sync_page.to_google_model
    to_google.set_included([to_google.row_at(0).key], False)
    assert window.decisions().excluded
    signed_in.sandbox.admin.set_account("sub-other", "paul@atelier.example")
    menu.switch_action.trigger()
    first = menu.dialog
    menu.switch_action.trigger()  # twice: the first dialog goes, it does not linger
    qtbot.waitUntil(lambda: len(window.findChildren(AccountDialog)) == 1, timeout=5_000)
    assert menu.dialog is not first
    dialog = menu.dialog
    assert dialog is not None and "own sync state" in dialog.states.text()
    assert "marie@dupain.example" in dialog.current.text()
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        assert dialog.panel.sign_in()
    assert menu.info_action.text() == "Signed in as paul@atelier.example"
    assert "paul@atelier.example" in window.account_label.text()
    assert not window.decisions().excluded and to_google.total() == 1

    # Sign out: asked first; then nothing is synced until the user signs in again.
    box = menu.sign_out()
    assert box.objectName() == "confirmSignOut" and "paul@atelier.example" in box.text()
    dialog = menu.dialog
    assert dialog is not None
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert signed_in.service.session.account is None
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=JOB_TIMEOUT_MS)
    # Signed out on purpose: no "sign in" box, the window says where it stands.
    assert menu.lost_box is None
    assert window.account_label.text() == "Google account: not signed in"
    assert menu.info_action.text() == "Not signed in"
    assert menu.sign_in_action.isVisible() and not menu.sign_out_action.isEnabled()
    assert signed_in.sandbox.admin.counts().get("oauth2.revoke") == 1


def test_without_a_keyring_the_window_says_the_sign_in_will_not_be_kept(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    # The tests run with keyring's "fail" backend, as a Linux without a keyring does.
    assert signed_in.service.session.tokens.warning is not None
    preview(qtbot, window)
    banner = window.keyring_banner
    assert banner.isVisible() and "keyring" in banner.text()
    assert "sign in again next time" in banner.text()
    menu = window.account_menu
    menu.open_dialog()
    assert menu.dialog is not None and menu.dialog.keyring.isVisible()


def test_signed_out_the_window_offers_to_sign_in_and_the_contact_book_still_works(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.service.session.sign_out()
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@ex.fr"})
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        assert window.preview()
    box = window.account_menu.lost_box
    assert box is not None and "not signed in" in box.informativeText()
    assert box.findChild(QPushButton, "signInAgain").text() == "Sign in…"
    qtbot.waitUntil(lambda: window.contacts_page.model.rowCount() == 1,
                    timeout=JOB_TIMEOUT_MS)  # the CRM shown without Google


def test_without_an_account_a_saved_contact_shows_no_sign_in_box(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.service.session.sign_out()  # or the wizard's "Sign in later"
    window.account_changed()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=JOB_TIMEOUT_MS)
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@ex.fr"})
    window.crm_changed()  # what a save, an import or a restore does
    qtbot.waitUntil(lambda: window.contacts_page.model.rowCount() == 1,
                    timeout=JOB_TIMEOUT_MS)
    assert window.account_menu.lost_box is None
    assert window.findChild(QMessageBox, "errorBox") is None
    # Asked for by hand, a preview says what is missing, with the button.
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        assert window.preview()
    assert window.account_menu.lost_box is not None


def test_a_busy_token_service_is_no_lost_sign_in_and_a_later_loss_is_told_again(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    told: list[str] = []
    window.sign_in_lost.connect(told.append)
    preview(qtbot, window)
    lose_the_sign_in(signed_in)
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        assert window.preview()
    assert len(told) == 1 and not window.sign_in_banner.isHidden()
    window.account_menu.lost_box.reject()
    dialog = window.account_menu.open_dialog()
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        assert dialog.panel.sign_in()
    assert window.sign_in_banner.isHidden()
    # Google's token service answers 503 "temporarily unavailable": not a lost sign-in.
    signed_in.sandbox.admin.expire_access_tokens()
    signed_in.sandbox.admin.set_token_outage(True)
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS) as failed:
        assert window.preview()
    signed_in.sandbox.admin.set_token_outage(False)
    assert not failed.args[1].sign_in and window.account_menu.lost_box is None
    assert window.sign_in_banner.isHidden()
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        assert window.preview()
    # Lost for real later on: the tray is told again (it used to be once for ever).
    lose_the_sign_in(signed_in)
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        assert window.preview()
    assert len(told) == 2


def test_quitting_while_a_sign_in_waits_ends_the_worker(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.sandbox.admin.set_auto_approve(False)  # nobody answers in the browser
    dialog = window.account_menu.open_dialog()
    dialog.panel.open_url = lambda _url: True
    assert dialog.panel.sign_in()
    qtbot.waitUntil(lambda: window.runner.busy, timeout=5_000)
    window.account_menu.cancel_sign_in()  # what AppController.shutdown does
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
