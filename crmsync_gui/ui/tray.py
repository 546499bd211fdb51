"""The tray icon and the background check (R-UI4).

``TrayController`` owns what keeps CRM Sync useful while its window is closed: the
check every N minutes (a preview in the worker, so the window's tables are fresh too),
the reminder "12 contacts to sync", the optional sync by itself when nothing needs a
decision, and the menu Open / Preview / Sync now / Pause reminders / Quit.

Where the desktop has no system tray (a bare X server, some Wayland shells) there is no
icon: closing the window quits, and reminders go to the window's status bar.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from crmsync_gui.app.autostart import Autostart, apply_start_at_login, system_autostart
from crmsync_gui.app.service import SyncService
from crmsync_gui.sync.engine import SyncResult, SyncStatus
from crmsync_gui.ui import jobs
from crmsync_gui.ui.icons import app_icon
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.reasons import os_error_text, problem_text
from crmsync_gui.ui.reminders import ReminderScheduler
from crmsync_gui.ui.worker import JobRunner

log = logging.getLogger(__name__)

CHECK_JOB = "check"
MESSAGE_MS = 10_000


class TrayController(QObject):
    """The tray icon (when the system has a tray), its menu and the reminders."""

    reminded = Signal(str)  # the reminder text, shown in the tray or the status bar
    check_done = Signal(int)  # changes waiting, after a background check

    def __init__(self, service: SyncService, runner: JobRunner, window: MainWindow,
                 *, tray_available: bool | None = None,
                 clock: Callable[[], float] = time.time,
                 autostart: Autostart | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.window = window
        self.autostart = autostart
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.last_count: int | None = None  # the last reminder shown, not to repeat it
        self.waiting: int | None = None  # changes waiting at the last preview of any kind
        self.auto_syncing = False
        self._start_at_login = self._follow_system_start_at_login()
        self._hint_shown = False

        self.scheduler = ReminderScheduler(service.settings.reminder_interval_minutes,
                                           clock=clock, parent=self)
        self.scheduler.paused = service.settings.reminders_paused
        self.scheduler.busy = runner.busy
        self.scheduler.due.connect(self.check_now)

        # No "&" mnemonics: a tray menu is opened with the mouse, and Linux styles draw
        # the underlines there for good.
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.status_action = QAction(self)
        self.status_action.setObjectName("trayStatus")
        # "12 contacts to sync" opens the Sync page; "Everything is in sync" is only news.
        self.status_action.triggered.connect(self.show_sync_page)
        self.open_action = QAction(app_icon(), self.tr("Open CRM Sync"), self)
        font = self.open_action.font()
        font.setBold(True)  # the default: what a click on the icon does too
        self.open_action.setFont(font)
        self.open_action.triggered.connect(self.show_window)
        self.preview_action = QAction(self.tr("Preview"), self)
        self.preview_action.triggered.connect(self.preview)
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.triggered.connect(self.sync_now)
        self.pause_action = QAction(self.tr("Pause reminders"), self)
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self.set_paused)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.triggered.connect(self.quit)
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.rebuild_menu()

        self.icon: QSystemTrayIcon | None = None
        if tray_available:
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip(self.tr("CRM Sync"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.messageClicked.connect(self.show_sync_page)  # "N contacts to sync"
        # Without an icon, closing the window must end the app (nothing else would).
        window.keep_running_in_tray = self.icon is not None
        window.hidden_to_tray.connect(self._on_hidden)
        window.settings_applied.connect(self.apply_settings)
        window.sync_done.connect(self._on_sync_done)
        window.sign_in_lost.connect(self._on_sign_in_lost)
        runner.busy_changed.connect(self._on_busy)
        runner.started.connect(self._on_started)
        runner.finished.connect(self._on_finished)

    @property
    def has_tray(self) -> bool:
        return self.icon is not None

    def start(self) -> None:
        if self.icon is not None:
            self.icon.show()
        self.scheduler.start()

    def stop(self) -> None:
        self.scheduler.stop()
        if self.icon is not None:
            self.icon.hide()

    # -- the menu ----------------------------------------------------------------------

    def rebuild_menu(self) -> None:
        """Rebuilt each time it opens, so its states match this moment (a job may run)."""
        busy = self.runner.busy
        self.menu.clear()
        status = self.status_text()
        if status:
            self.status_action.setText(status)
            self.status_action.setEnabled(bool(self.waiting) and not busy)
            self.menu.addAction(self.status_action)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.preview_action.setEnabled(not busy)
        self.sync_action.setEnabled(not busy)
        self.menu.addActions([self.preview_action, self.sync_action])
        self.menu.addSeparator()
        self.pause_action.blockSignals(True)  # a refresh, not the user's click
        self.pause_action.setChecked(self.service.settings.reminders_paused)
        self.pause_action.blockSignals(False)
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)

    def status_text(self) -> str:
        if self.runner.busy:
            return (self.tr("Syncing…") if self.runner.job_name == "sync"
                    else self.tr("Working…"))
        if self.waiting is None:
            return ""
        return self.reminder_text(self.waiting) if self.waiting else \
            self.tr("Everything is in sync")

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def show_sync_page(self) -> None:
        self.window.show_sync_page()
        self.show_window()

    def preview(self) -> None:
        self.show_window()
        self.window.preview()

    def sync_now(self) -> None:
        self.window.sync()

    def set_paused(self, paused: bool) -> None:
        self.scheduler.paused = paused
        self.service.settings.reminders_paused = paused
        try:
            self.service.save_settings()
        except OSError:  # the choice still holds for this session
            log.warning("could not save the reminder pause", exc_info=True)

    def quit(self) -> None:
        self.window.request_quit()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click opens the window; the right click shows the menu (Qt does that).
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def _on_hidden(self) -> None:
        if not self._hint_shown:
            self._hint_shown = True
            self.notify(self.tr("CRM Sync is still running"),
                        self.tr("It keeps checking for changes. Quit it from this icon's "
                                "menu."))

    # -- the background check ----------------------------------------------------------

    def check_now(self) -> bool:
        """A preview in the worker; False when another job runs (the next tick retries)."""
        decisions = self.window.decisions()
        service = self.service
        not_synced = self.window.not_synced_stale  # the window's list, when it needs one
        return self.runner.start(CHECK_JOB, lambda progress, _cancel: jobs.preview(
            service, decisions, progress, not_synced=not_synced))

    def _on_busy(self, busy: bool) -> None:
        self.scheduler.busy = busy

    def _on_started(self, name: str) -> None:
        if name in ("preview", CHECK_JOB):
            self.scheduler.checked()  # any fresh preview restarts the interval

    def _on_finished(self, name: str, result: object) -> None:
        if isinstance(result, jobs.SyncOutcome):
            result = result.after
        if not isinstance(result, jobs.PreviewOutcome):
            return
        plan = result.plan
        count = jobs.waiting_count(plan)
        self.waiting = count
        self.update_tooltip()
        if name != CHECK_JOB:
            return
        self.check_done.emit(count)
        if count == 0:
            self.last_count = 0
            return
        if (self.service.settings.auto_sync and not jobs.needs_decision(plan)
                and self.window.sync()):
            self.auto_syncing = True
            return
        if count != self.last_count:
            self.last_count = count
            self.remind(count)

    def tooltip_text(self) -> str:
        """What hovering the icon says: the pending count, once a preview knows it."""
        if self.waiting is None:
            return self.tr("CRM Sync")
        if self.waiting == 0:
            return self.tr("CRM Sync — everything is in sync")
        return self.tr("CRM Sync — %Ln contact(s) to sync", "", self.waiting)

    def update_tooltip(self) -> None:
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip_text())

    def reminder_text(self, count: int) -> str:
        return self.tr("%Ln contact(s) to sync", "", count)

    def remind(self, count: int) -> None:
        self.notify(self.tr("CRM Sync"), self.reminder_text(count))
        self.reminded.emit(self.reminder_text(count))

    def _on_sign_in_lost(self, why: str) -> None:
        """Said once, window hidden or not: a tray that only stopped syncing would let
        the phone and the CRM drift apart unseen."""
        self.notify(self.tr("CRM Sync"), self.tr(
            "{why} Open CRM Sync ▸ Account ▸ Sign in again…").format(why=why))

    def notify(self, title: str, text: str) -> None:
        """A tray balloon when there is a tray; the window's status bar otherwise."""
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, app_icon(), MESSAGE_MS)
        self.window.statusBar().showMessage(text, 0 if self.icon is None else MESSAGE_MS)

    def _on_sync_done(self, result: SyncResult) -> None:
        self.last_count = None  # whatever waits next is news
        auto, self.auto_syncing = self.auto_syncing, False
        if result.status in (SyncStatus.PARTIAL, SyncStatus.FAILED):
            # Never silent when nobody may be looking: by itself, or window hidden.
            if auto or not self.window.isVisible():
                self.notify(self.tr("CRM Sync"), self.problems_text(result))
        elif result.status is SyncStatus.OK and auto:
            written = sum(n for key, n in result.applied.items() if key != "replanned")
            self.notify(self.tr("CRM Sync"), self.tr("Synced by itself: %n change(s) "
                                                     "written.", "", written))
        elif result.status is SyncStatus.OK and not self.window.isVisible():
            self.notify(self.tr("CRM Sync"), self.tr("Sync done."))

    def problems_text(self, result: SyncResult) -> str:
        """A partial or failed run, in a balloon: how many contacts, or what stopped it."""
        if result.status is SyncStatus.FAILED and result.errors:
            return self.tr("The sync stopped: {reason}").format(
                reason=problem_text(result.errors[-1]))
        return self.tr("Sync finished with problems: %n contact(s) not synced.", "",
                       len(result.errors))

    # -- settings ----------------------------------------------------------------------

    def _follow_system_start_at_login(self) -> bool:
        """The system's entry is the truth: the Windows installer may have written it, or
        the user removed it in the system's own settings. The setting (and its checkbox)
        follows it."""
        settings = self.service.settings
        try:
            enabled = (self.autostart or system_autostart()).is_enabled()
        except OSError:
            log.warning("cannot read start at login", exc_info=True)
            return settings.start_at_login
        if enabled != settings.start_at_login:
            log.info("start at login is %s in the system: the setting follows",
                     "on" if enabled else "off")
            settings.start_at_login = enabled
            self.service.save_settings()
        return enabled

    def apply_settings(self) -> None:
        settings = self.service.settings
        self.scheduler.set_interval(settings.reminder_interval_minutes)
        self.scheduler.paused = settings.reminders_paused
        if settings.start_at_login != self._start_at_login:
            try:
                apply_start_at_login(settings.start_at_login, self.autostart)
            except OSError as error:
                log.warning("start at login not changed", exc_info=True)
                # The system's message is English: say the usual causes in the user's
                # language (os_error_text).
                self.window.statusBar().showMessage(
                    self.tr("Could not change start at login: {error}").format(
                        error=os_error_text(error)))
                return
            self._start_at_login = settings.start_at_login
