"""R-UI4 offscreen: the tray's menu, reminders, auto-sync, pause, close-to-tray, single
instance. Offscreen Qt has no system tray, so the controller is told there is one (or
not) and its QActions are triggered directly; tests/tray/test_real_tray.py shows a real
icon under Xvfb + trayer."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from crmsync_gui.app.demo import play_demo_browser
from crmsync_gui.app.settings import load_settings
from crmsync_gui.core.plan import Plan
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.run_report import RunProblem
from crmsync_gui.sync.engine import SyncResult, SyncStatus
from crmsync_gui.ui import jobs
from crmsync_gui.ui.app import AppController
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.single_instance import SingleInstance
from crmsync_gui.ui.tray import TrayController
from crmsync_gui.ui.worker import JobRunner

from .conftest import JOB_TIMEOUT_MS, UiWorld


class FakeAutostart:
    def __init__(self) -> None:
        self.command: list[str] | None = None

    def enable(self, command: Sequence[str]) -> None:
        self.command = list(command)

    def disable(self) -> None:
        self.command = None

    def is_enabled(self) -> bool:
        return self.command is not None


@pytest.fixture
def autostart() -> FakeAutostart:
    return FakeAutostart()


@pytest.fixture
def tray(window: MainWindow, signed_in: UiWorld, runner: JobRunner,
         autostart: FakeAutostart) -> Iterator[TrayController]:
    controller = TrayController(signed_in.service, runner, window, tray_available=True,
                                autostart=autostart)
    yield controller
    controller.stop()


def check(qtbot: QtBot, tray: TrayController) -> int:
    """One background check, as the scheduler's ``due`` starts it."""
    with qtbot.waitSignal(tray.check_done, timeout=JOB_TIMEOUT_MS) as done:
        tray.scheduler.due.emit()
    return int(done.args[0])


def two_creates_and_one_from_google(world: UiWorld) -> None:
    world.add_crm({"first_name": "Sophie", "last_name": "Martin",
                   "personal_email": "sophie@exemple.fr"},
                  {"first_name": "Paul", "last_name": "Durand",
                   "personal_email": "paul@exemple.fr"})
    world.add_google("Léa", "Roux", "lea@exemple.fr")


def test_menu_has_the_actions_and_follows_the_worker(qtbot: QtBot, tray: TrayController,
                                                     window: MainWindow) -> None:
    tray.rebuild_menu()
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["Open CRM Sync", "Preview", "Sync now", "Pause reminders", "Quit"]
    window.hide()
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        tray.preview_action.trigger()
        assert window.isVisible()  # Preview opens the window to show what waits
        tray.menu.aboutToShow.emit()  # the menu opened while the preview runs
        assert not tray.preview_action.isEnabled() and not tray.sync_action.isEnabled()
        assert tray.menu.actions()[0].text() == "Working…"
    tray.menu.aboutToShow.emit()
    assert tray.preview_action.isEnabled() and tray.sync_action.isEnabled()
    assert tray.menu.actions()[0].text() == "Everything is in sync"  # news, greyed out
    assert not tray.menu.actions()[0].isEnabled()
    window.hide()
    tray.open_action.trigger()
    assert window.isVisible()


def test_sync_now_from_the_menu(qtbot: QtBot, tray: TrayController, window: MainWindow,
                                signed_in: UiWorld) -> None:
    two_creates_and_one_from_google(signed_in)
    window.hide()
    with qtbot.waitSignal(window.sync_done, timeout=JOB_TIMEOUT_MS):
        tray.sync_action.trigger()
    assert signed_in.google_emails() == {"sophie@exemple.fr", "paul@exemple.fr",
                                         "lea@exemple.fr"}
    assert window.statusBar().currentMessage() == "Sync done."  # told while hidden


def test_reminder_counts_both_directions_and_is_not_repeated(
        qtbot: QtBot, tray: TrayController, window: MainWindow, signed_in: UiWorld) -> None:
    reminders: list[str] = []
    tray.reminded.connect(reminders.append)
    assert check(qtbot, tray) == 0
    assert reminders == []
    two_creates_and_one_from_google(signed_in)
    assert check(qtbot, tray) == 3
    assert reminders == ["3 contacts to sync"]
    assert window.statusBar().currentMessage() == "3 contacts to sync"
    assert window.sync_page.to_google_model.total() == 2  # the check refreshed the window too
    assert check(qtbot, tray) == 3
    assert reminders == ["3 contacts to sync"]  # same news: no second reminder
    signed_in.add_crm({"first_name": "Anne", "last_name": "Petit",
                       "personal_email": "anne@exemple.fr"})
    assert check(qtbot, tray) == 4
    assert reminders[-1] == "4 contacts to sync"
    assert tray.reminder_text(1) == "1 contact to sync"

    # The reminder leads to what waits: the balloon and the menu's "4 contacts to sync"
    # open the Sync page, whichever page was in front.
    window.hide()
    window.show_contacts_page()
    assert tray.icon is not None
    tray.icon.messageClicked.emit()
    assert window.isVisible() and window.pages.currentWidget() is window.sync_page
    window.show_contacts_page()
    tray.menu.aboutToShow.emit()
    status = tray.menu.actions()[0]
    assert status.text() == "4 contacts to sync" and status.isEnabled()
    status.trigger()
    assert window.pages.currentWidget() is window.sync_page


def test_auto_sync_only_when_nothing_needs_a_decision(
        qtbot: QtBot, tray: TrayController, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.service.settings.auto_sync = True
    # Same name, no email or phone in common: a possible match the user must decide.
    [crm_id] = signed_in.add_crm({"first_name": "Jean", "last_name": "Payet",
                                  "personal_mobile": "06 92 12 34 56"})
    [made] = signed_in.sandbox.admin.seed_contacts([{
        "names": [{"givenName": "Jean", "familyName": "Payet"}]}])
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    syncs: list[object] = []
    window.sync_done.connect(syncs.append)
    assert check(qtbot, tray) >= 1
    assert window.sync_page.matches_model.rowCount() == 1
    qtbot.wait(200)
    assert syncs == [] and not tray.auto_syncing  # reminded instead
    assert "to sync" in window.statusBar().currentMessage()

    signed_in.service.keep_apart(crm_id, made["resourceName"])  # decided: two people
    with qtbot.waitSignal(window.sync_done, timeout=JOB_TIMEOUT_MS):
        check(qtbot, tray)
    assert "sophie@exemple.fr" in signed_in.google_emails()
    assert window.statusBar().currentMessage().startswith("Synced by itself")


def test_an_automatic_sync_that_ends_partial_says_so(
        qtbot: QtBot, tray: TrayController, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.service.settings.auto_sync = True
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"},
                      {"first_name": "Jean", "last_name": "Refusé",
                       "personal_email": "refuse-me@exemple.fr"})
    signed_in.sandbox.faults.configure(refuse_value="refuse-me@exemple.fr")
    with qtbot.waitSignal(window.sync_done, timeout=JOB_TIMEOUT_MS) as done:
        check(qtbot, tray)
    assert done.args[0].status is SyncStatus.PARTIAL
    assert window.statusBar().currentMessage() == (
        "Sync finished with problems: 1 contact not synced.")


def test_a_sync_from_the_tray_that_stops_says_why(
        qtbot: QtBot, tray: TrayController, window: MainWindow) -> None:
    window.hide()
    stopped = RunProblem(Reason.of(ReasonCode.GOOGLE_BUSY))
    with qtbot.waitSignal(window.sync_done, timeout=JOB_TIMEOUT_MS):
        window.runner.finished.emit("sync", jobs.SyncOutcome(
            SyncResult(SyncStatus.FAILED, Plan(), errors=[stopped]), None))
    assert window.statusBar().currentMessage() == (
        "The sync stopped: Google is busy or unreachable: try again in a few minutes. "
        "Nothing is lost (a sync picks up where it stopped).")


def test_pause_reminders_is_saved(qtbot: QtBot, tray: TrayController,
                                  signed_in: UiWorld) -> None:
    tray.pause_action.trigger()
    assert tray.pause_action.isChecked() and tray.scheduler.paused
    assert load_settings(signed_in.service.profile.settings_file).reminders_paused
    tray.rebuild_menu()
    assert tray.pause_action.isChecked()
    tray.pause_action.trigger()
    assert not load_settings(signed_in.service.profile.settings_file).reminders_paused


def test_close_hides_to_tray_once_told_and_quit_quits(qtbot: QtBot, tray: TrayController,
                                                       window: MainWindow) -> None:
    hints: list[None] = []
    window.hidden_to_tray.connect(lambda: hints.append(None))
    window.close()
    assert not window.isVisible() and window.keep_running_in_tray
    assert "still running" not in window.statusBar().currentMessage()
    assert tray._hint_shown and len(hints) == 1
    window.show()
    window.statusBar().clearMessage()
    window.close()
    assert window.statusBar().currentMessage() == ""  # the hint is said once
    window.show()
    with qtbot.waitSignal(window.quit_requested, timeout=2000):
        tray.quit_action.trigger()
    assert not window.isVisible()


def test_without_a_tray_close_quits_and_reminders_go_to_the_status_bar(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, runner: JobRunner) -> None:
    tray = TrayController(signed_in.service, runner, window, tray_available=False)
    assert not tray.has_tray and not window.keep_running_in_tray
    two_creates_and_one_from_google(signed_in)
    check(qtbot, tray)
    assert window.statusBar().currentMessage() == "3 contacts to sync"
    hidden: list[None] = []
    window.hidden_to_tray.connect(lambda: hidden.append(None))
    window.close()
    assert hidden == [] and not window.isVisible()


def test_start_at_login_follows_the_setting(tray: TrayController, window: MainWindow,
                                            signed_in: UiWorld,
                                            autostart: FakeAutostart) -> None:
    signed_in.service.settings.start_at_login = True
    window.settings_applied.emit()
    assert autostart.command is not None and autostart.command[-1] == "--minimized"
    signed_in.service.settings.reminder_interval_minutes = 5
    signed_in.service.settings.start_at_login = False
    window.settings_applied.emit()
    assert autostart.command is None and tray.scheduler.interval_s == 300


@pytest.fixture
def app_quits_on_last_window() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(True)


def test_minimized_start_and_a_second_launch_raises_the_window(
        qtbot: QtBot, signed_in: UiWorld, runner: JobRunner, tmp_path: Path,
        app_quits_on_last_window: None) -> None:
    controller = AppController(signed_in.service, play_demo_browser, runner,
                               minimized=True, tray_available=True)
    first = SingleInstance(tmp_path)
    assert first.claim()
    first.show_requested.connect(controller.raise_window)
    try:
        controller.start()
        assert controller.window is not None and controller.tray is not None
        qtbot.addWidget(controller.window)
        assert not controller.window.isVisible()  # --minimized: only the tray
        qtbot.waitUntil(lambda: controller.tray is not None
                        and controller.tray.last_count == 0, timeout=JOB_TIMEOUT_MS)
        assert not SingleInstance(tmp_path).claim()  # the second launch gives way…
        qtbot.waitUntil(controller.window.isVisible, timeout=5000)  # …and raises us
    finally:
        first.release()
        controller.tray.stop()


def test_quit_from_a_signal_ends_the_app_even_with_a_tray(
        qtbot: QtBot, signed_in: UiWorld, runner: JobRunner,
        app_quits_on_last_window: None) -> None:
    # SIGTERM calls controller.quit: a bare app.quit() would close the window, which
    # hides to the tray and so would cancel the quit.
    controller = AppController(signed_in.service, play_demo_browser, runner,
                               tray_available=True)
    controller.start()
    assert controller.window is not None and controller.tray is not None
    qtbot.addWidget(controller.window)
    assert controller.window.isVisible()
    with qtbot.waitSignal(controller.quit_requested, timeout=2000):
        controller.quit()
    assert not controller.window.isVisible()
    controller.tray.stop()


def test_start_at_login_setting_follows_the_system_entry(
        window: MainWindow, signed_in: UiWorld, runner: JobRunner,
        autostart: FakeAutostart) -> None:
    """The Windows installer's "start at login" task writes the Run value itself; removing
    the entry in the system's settings must show as off too."""
    autostart.enable(["crmsync-gui.exe", "--minimized"])
    assert not signed_in.service.settings.start_at_login
    tray = TrayController(signed_in.service, runner, window, tray_available=False,
                          autostart=autostart)
    try:
        assert signed_in.service.settings.start_at_login
        saved = load_settings(signed_in.service.profile.settings_file)
        assert saved.start_at_login
    finally:
        tray.stop()
    autostart.disable()
    tray = TrayController(signed_in.service, runner, window, tray_available=False,
                          autostart=autostart)
    try:
        assert not signed_in.service.settings.start_at_login
    finally:
        tray.stop()


def test_a_check_reads_the_not_synced_list_only_when_the_window_needs_it(
        qtbot: QtBot, tray: TrayController, window: MainWindow, signed_in: UiWorld) -> None:
    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@exemple.fr"})
    signed_in.service.ignore(crm_id=crm_id)
    check(qtbot, tray)  # with a tray, the app's first preview is a check
    assert [item.crm_id for item in window.sync_page.not_synced_model.items()] == [crm_id]
    assert not window.not_synced_stale
    # Reading the list reads the whole CRM: later checks leave it as it was.
    signed_in.service.sync_again(crm_id=crm_id)
    check(qtbot, tray)
    assert window.sync_page.not_synced_model.rowCount() == 1


def test_the_pending_count_is_on_the_icon_and_an_empty_sync_page_says_in_sync(
        qtbot: QtBot, tray: TrayController, window: MainWindow, signed_in: UiWorld) -> None:
    two_creates_and_one_from_google(signed_in)
    assert check(qtbot, tray) == 3
    assert tray.icon is not None and tray.icon.toolTip() == "CRM Sync — 3 contacts to sync"
    assert not window.sync_page.in_sync()  # there is something to see
    with qtbot.waitSignal(window.sync_done, timeout=JOB_TIMEOUT_MS):
        assert window.sync()
    assert tray.icon.toolTip() == "CRM Sync — everything is in sync"
    # Nothing pending: words instead of two empty tables, with when and how many.
    page = window.sync_page
    assert page.in_sync()
    assert re.fullmatch(r"Everything is in sync · last sync \d\d:\d\d · 3 contacts",
                        page.in_sync_label.text()), page.in_sync_label.text()
    page.findChild(QPushButton, "showLists").click()
    assert not page.in_sync()  # the lists (e.g. "Not synced") stay one click away


def test_the_pending_count_counts_contacts_and_conflicts_waiting_for_a_choice() -> None:
    from datetime import UTC, datetime

    from crmsync_gui.core.plan import Action, Change, Conflict, Side
    from crmsync_gui.core.record import Field

    why = Reason.of(ReasonCode.CHANGED_IN_CRM)
    both_ways = (Change(Side.GOOGLE, Action.UPDATE, 1, "people/c1", "A", why),
                 Change(Side.CRM, Action.UPDATE, 1, "people/c1", "A", why))
    moment = datetime(2026, 11, 30, tzinfo=UTC)
    waiting = Conflict(2, "people/c2", "B", Field.HOME_PHONE, "1", "2", moment, moment,
                       None, Reason.of(ReasonCode.CONFLICT_ASK))
    plan = Plan(to_google=both_ways[:1], to_crm=both_ways[1:], conflicts=(waiting,))
    assert jobs.waiting_count(plan) == 2  # contact 1 once, contact 2's choice
