"""The main window (R-UI2, R-UI3, R-UI7): its pages — the CRM's contacts, and the Sync
page with what the next sync would do — the toolbar's Preview and Sync, the menus, and
the jobs with their progress."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import Status, SyncService
from crmsync_gui.core.plan_input import Decisions
from crmsync_gui.sync.engine import Progress, SyncResult, SyncStatus
from crmsync_gui.ui import jobs
from crmsync_gui.ui.about import AboutDialog
from crmsync_gui.ui.account_menu import AccountMenu
from crmsync_gui.ui.backups_dialog import BackupsDialog
from crmsync_gui.ui.companies_page import CompaniesPage
from crmsync_gui.ui.contacts_page import ContactsPage
from crmsync_gui.ui.crm_files import CrmFiles
from crmsync_gui.ui.diagnostics_export import DiagnosticsExporter
from crmsync_gui.ui.errors import ErrorText, describe_error, show_error
from crmsync_gui.ui.history_dialog import HistoryDialog
from crmsync_gui.ui.icons import app_icon, standard
from crmsync_gui.ui.job_client import is_dialog_job
from crmsync_gui.ui.reasons import (
    problem_text,
    reason_text,
    text_in_language,
)
from crmsync_gui.ui.settings_dialog import SettingsDialog
from crmsync_gui.ui.styles import WARNING_STYLE
from crmsync_gui.ui.sync_page import SyncPage
from crmsync_gui.ui.worker import JobRunner

log = logging.getLogger(__name__)

ROW_HEIGHT_PADDING = 6
REFRESH_DELAY_MS = 400  # choices made in a burst cause one preview
REPORT_LINES = 12  # lines of a run's report shown at once; the rest behind "Show Details…"


class MainWindow(QMainWindow):
    """Everything the user does between two syncs. Blocking work goes to ``runner``."""

    preview_shown = Signal()  # a preview (or the one after a sync) is in the tables
    sync_done = Signal(object)  # SyncResult
    settings_applied = Signal()  # saved and in use (the tray follows them)
    hidden_to_tray = Signal()  # closed while a tray icon keeps the app running
    quit_requested = Signal()  # File ▸ Quit or the tray's Quit: the app should end
    sign_in_lost = Signal(str)  # Google refused the sign-in (once per loss): the tray says it


    def __init__(self, service: SyncService, runner: JobRunner,
                 open_url: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.open_url = open_url
        self.plan_outcome: jobs.PreviewOutcome | None = None
        self.report_box: QMessageBox | None = None  # the last run's report, if it had one
        self.state_reset_box: QMessageBox | None = None  # a damaged state's way out
        self._refresh_when_idle = False
        self._contacts_when_idle = False  # a preview failed: show the CRM without it
        self._only: int | None = None  # the contact "Sync now" syncs alone, if any
        # The "Not synced" list is read with a preview only when it may have changed
        # (it reads the whole CRM): at start, after a sync, an ignore, an undo…
        self.not_synced_stale = True
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        # A choice on the Sync page (a conflict's value, a deletion's fate) plans again
        # from the copy of Google the preview kept: the tables follow at once.
        self._replan_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._replan_timer.timeout.connect(self.replan)
        self._lost_said = False  # the tray was told the sign-in is lost
        self._new_account = False  # the next preview drops the last account's choices
        # Set by the tray controller when a tray icon exists: closing then only hides.
        self.keep_running_in_tray = False
        self._quitting = False
        self.diagnostics = DiagnosticsExporter(service, runner, self)

        self.setWindowTitle(self.tr("CRM Sync") + (self.tr(" — demo") if service.demo else ""))
        self.setWindowIcon(app_icon())
        screen = self.screen().availableGeometry()
        self.resize(min(1360, screen.width() - 40), min(840, screen.height() - 60))
        self._build_actions()
        self._build_pages()
        self._build_status_bar()
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.busy_changed.connect(self._on_busy)
        self._on_busy(runner.busy)

    # -- building ----------------------------------------------------------------------

    # -- building ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        style = QStyle.StandardPixmap
        self.preview_action = QAction(standard(style.SP_BrowserReload), self.tr("&Preview"), self)
        self.preview_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.preview_action.setToolTip(self.tr("Compare both sides again (nothing is written)"))
        self.preview_action.triggered.connect(self._preview_clicked)
        self.sync_action = QAction(standard(style.SP_DialogApplyButton), self.tr("&Sync"), self)
        self.sync_action.setToolTip(self.tr("Apply the checked changes to both sides"))
        self.sync_action.triggered.connect(self._sync_clicked)
        self.settings_action = QAction(self.tr("S&ettings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action = QAction(self.tr("&About CRM Sync"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        self.history_action = QAction(self.tr("&History and undo…"), self)
        self.history_action.triggered.connect(self.open_history)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.open_backups)
        self.diagnostics_action = QAction(self.tr("Export &diagnostics…"), self)
        self.diagnostics_action.setToolTip(self.tr("A zip of the logs and settings for "
                                                   "support, without passwords or tokens"))
        self.diagnostics_action.triggered.connect(self.diagnostics.export)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.request_quit)

        self.new_contact_action = QAction(self.tr("&New contact…"), self)
        self.new_contact_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_contact_action.triggered.connect(self.new_contact)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_contact_action)
        file_menu.addSeparator()
        file_menu.addActions([self.preview_action, self.sync_action])
        file_menu.addSeparator()
        self.crm_files = CrmFiles(self)
        self.crm_files.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.history_action, self.backups_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.account_menu = AccountMenu(self)
        self.account_menu.add_to(self.menuBar())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.diagnostics_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.preview_action, self.sync_action])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.settings_action)

    def _build_pages(self) -> None:
        self.sync_page = SyncPage(self.service, self.runner)
        self.sync_page.message.connect(self.statusBar().showMessage)
        self.sync_page.refresh_requested.connect(self._replan_timer.start)
        self.contacts_page = ContactsPage(self.service, self.runner, self.open_url,
                                          self.decisions)
        self.contacts_page.message.connect(self.statusBar().showMessage)
        self.contacts_page.sync_one.connect(self.sync_contact)
        self.contacts_page.choice_needed.connect(self.show_sync_page)
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.companies_page = CompaniesPage(self.service, self.runner)
        self.companies_page.message.connect(self.statusBar().showMessage)
        self.pages.addTab(self.contacts_page, self.tr("Contacts"))
        self.pages.addTab(self.companies_page, self.tr("Companies"))
        self.pages.addTab(self.sync_page, self.tr("Sync"))
        # The companies are read when their page is first shown (no cost at start).
        self.pages.currentChanged.connect(self._page_shown)
        # Said where it is seen, not as a ⚠ at the end of the status bar: without a
        # keyring the sign-in is lost when the app closes.
        self.keyring_banner = QLabel()
        self.keyring_banner.setObjectName("keyringBanner")
        self.keyring_banner.setWordWrap(True)
        self.keyring_banner.setStyleSheet(WARNING_STYLE)
        self.keyring_banner.hide()
        # A lost sign-in met by a tray check, or after its box was closed: said until
        # the user signs in again, with the way to do it.
        self.sign_in_banner = QLabel()
        self.sign_in_banner.setObjectName("signInBanner")
        self.sign_in_banner.setWordWrap(True)
        self.sign_in_banner.setStyleSheet(WARNING_STYLE)
        self.sign_in_banner.setText(self.tr(
            "Google no longer accepts this computer's sign-in: nothing is synced until you "
            "<a href=\"#sign-in\">sign in again</a>."))
        self.sign_in_banner.linkActivated.connect(lambda _link: self.account_menu.open_dialog())
        self.sign_in_banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sign_in_banner)
        layout.addWidget(self.keyring_banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)

    def new_contact(self) -> bool:
        """Ctrl+N: the editor for a new contact, on the Contacts page."""
        self.show_contacts_page()
        return self.contacts_page.new_contact()

    def _page_shown(self) -> None:
        if self.pages.currentWidget() is self.companies_page and not self.runner.busy:
            self.companies_page.load()

    def show_sync_page(self) -> None:
        self.pages.setCurrentWidget(self.sync_page)

    def _focus_search(self) -> None:
        """Ctrl+F: the search of the page in front."""
        if self.pages.currentWidget() is self.sync_page:
            self.sync_page.filter_edit.setFocus()
            self.sync_page.filter_edit.selectAll()
        else:
            self.contacts_page.focus_search()

    def show_contacts_page(self) -> None:
        self.pages.setCurrentWidget(self.contacts_page)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop: what was written stays, and the next "
                                              "sync continues from there"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress_bar, self.progress_label, self.cancel_button):
            bar.addWidget(widget)
            widget.hide()
        self.account_label = QLabel()
        self.account_label.setObjectName("accountLabel")
        bar.addPermanentWidget(self.account_label)

    # -- the jobs ----------------------------------------------------------------------

    # -- the jobs ----------------------------------------------------------------------

    def decisions(self) -> Decisions:
        """What the user chose on the Sync page, for the next preview or sync."""
        return self.sync_page.decisions()

    def preview(self) -> bool:
        """Start a preview; False if another job is running (it will refresh after)."""
        self._refresh_timer.stop()
        decisions = self.decisions()
        service = self.service
        not_synced = self.not_synced_stale
        started = self.runner.start("preview", lambda progress, cancel: jobs.preview(
            service, decisions, progress, not_synced=not_synced, cancel=cancel))
        if not started:
            self._refresh_when_idle = True
        return started

    def replan(self) -> bool:
        """The plan again with the page's choices, without reading Google (a preview
        asked for by hand, a sync, reads it)."""
        if self.plan_outcome is None:
            return self.refresh()  # nothing read yet: a real preview
        decisions = self.decisions()
        service = self.service
        started = self.runner.start("replan", lambda progress, _cancel: jobs.preview(
            service, decisions, progress, local=True))
        if not started:
            self._replan_timer.start()  # after the job that runs
        return started

    def _preview_clicked(self) -> None:
        self.not_synced_stale = True  # asked for by hand: everything read again
        self.preview()

    def crm_changed(self) -> None:
        """The CRM changed from the window (an import, another database): the Sync page
        shows what that means for Google (its "not synced" list too)."""
        self._contacts_changed()

    def first_look(self) -> bool:
        """What the window shows when it opens: a preview; without a Google account
        (the wizard finished without it), the contact book alone and how to sign in —
        not an error box at every start."""
        return self.refresh()

    def refresh(self) -> bool:
        """A preview nobody clicked (at start, after a save, an import, a sign-out):
        without a Google account, the contact book alone and a word on how to sign in —
        the "sign in" box is for a Preview or a Sync the user asked for."""
        if self.service.session.account is None:
            self._show_signed_out()
            return self.load_contacts()
        return self.preview()

    def _show_signed_out(self) -> None:
        self.account_label.setText(self.tr("Google account: not signed in"))
        self.account_label.setToolTip("")
        self.keyring_banner.hide()
        self.account_menu.refresh()
        self.statusBar().showMessage(self.tr(
            "Not signed in to Google: the contact book works as it is; Account ▸ Sign in… "
            "to sync it with your phone."))

    def account_changed(self) -> None:
        """Signed in (again, or as another account) or out, from the Account menu: the
        Sync page shows what that account's sync would do — with none of the choices
        made for the other account's rows (left-out rows, conflict choices)."""
        self.plan_outcome = None
        self._lost_said = False
        self.sign_in_banner.hide()
        self._new_account = True
        self.sync_page.forget_choices()
        self._contacts_changed()

    def _contacts_changed(self) -> None:
        """An undo or a restore wrote to the contacts: what is not synced may differ."""
        self.not_synced_stale = True
        self.refresh()

    def sync(self, confirm_deletions: bool = False, only: int | None = None) -> bool:
        """Sync what the Sync page shows; ``only``: that CRM contact's pair alone (the
        Contacts page's Sync now), with the same confirmations."""
        decisions = self.decisions()
        if only is not None:
            decisions = dataclasses.replace(decisions, only=frozenset({only}))
        self._only = only
        service = self.service
        return self.runner.start("sync", lambda progress, cancel: jobs.sync(
            service, decisions, confirm_deletions, progress, cancel))

    def sync_contact(self, crm_id: int) -> bool:
        return self.sync(only=crm_id)

    def _sync_clicked(self) -> None:
        self.sync()

    def _sync_confirmed(self) -> None:
        self.sync(confirm_deletions=True, only=self._only)

    def cancel(self) -> None:
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping after the current batch…"))

    # -- job signals -------------------------------------------------------------------

    def _on_busy(self, busy: bool) -> None:
        self.preview_action.setEnabled(not busy)
        self.sync_action.setEnabled(not busy)
        self.sync_page.set_busy(busy)
        self.contacts_page.set_busy(busy)
        self.companies_page.set_busy(busy)
        self.new_contact_action.setEnabled(not busy)
        self.crm_files.set_busy(busy)
        self.settings_action.setEnabled(not busy)
        self.diagnostics_action.setEnabled(not busy)
        # A preview may wait a minute on a busy Google (its retries): it can be stopped.
        cancellable = busy and self.runner.job_name in ("sync", "preview")
        self.cancel_button.setEnabled(cancellable)
        for widget in (self.progress_bar, self.progress_label):
            widget.setVisible(busy)
        self.cancel_button.setVisible(cancellable)
        if busy:
            self.progress_bar.setRange(0, 0)  # "working" until counts arrive
            self.progress_label.setText(self.tr("Working…"))
        elif self._refresh_when_idle:
            self._refresh_when_idle = False
            self._refresh_timer.start()
        elif self._contacts_when_idle:
            self._contacts_when_idle = False
            self.load_contacts()

    def _on_progress(self, progress: Progress) -> None:
        if progress.phase == "reading":
            self.progress_label.setText(self.tr("Reading Google Contacts…"))
        elif progress.phase == "planning":
            self.progress_label.setText(self.tr("Comparing contacts…"))
        elif progress.phase == "backup":
            self.progress_label.setText(self.tr("Backing up the CRM and Google Contacts…"))
        elif progress.phase == "sync":
            self.progress_bar.setRange(0, max(progress.total, 1))
            self.progress_bar.setValue(min(progress.done, progress.total))
            self.progress_bar.setFormat(f"{progress.done} / {progress.total}")
            self.progress_label.setText(self.tr("Batch {n}/{m} · {done} of %Ln contact(s)",
                                                "", progress.total)
                                        .format(n=progress.batch, m=progress.batches,
                                                done=progress.done))
        elif progress.phase == "done":
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Checking what remains…"))

    def _on_finished(self, name: str, result: object) -> None:
        if isinstance(result, jobs.PreviewOutcome):
            self.show_preview(result)
        elif isinstance(result, jobs.ResetOutcome):
            self.show_preview(result.after)
            if result.aside is not None:
                self.statusBar().showMessage(self.tr(
                    "The damaged sync state was set aside as {name}; a new one starts "
                    "with this preview.").format(name=result.aside.name), 30_000)
        elif isinstance(result, jobs.SyncOutcome):
            self._sync_finished(result)
        elif isinstance(result, jobs.ContactsOutcome):
            self.contacts_page.show_contacts(result.book)
        elif isinstance(result, jobs.LinkCandidates):
            self.contacts_page.choose_link(result)
        elif isinstance(result, jobs.EditorOutcome):
            self.contacts_page.open_editor(result.form)
        elif isinstance(result, jobs.SaveOutcome):
            if self.contacts_page.on_saved(result):
                self.crm_changed()  # the Sync page shows what goes to Google
        elif isinstance(result, jobs.CompaniesOutcome):
            self.companies_page.show_companies(result)
            if result.book is not None:  # a change that reached contacts
                self.contacts_page.show_contacts(result.book)
                self.crm_changed()
        elif isinstance(result, jobs.TrashOutcome):
            self.contacts_page.on_trashed(result)
            self.crm_changed()
        elif isinstance(result, jobs.TagRenamed):
            self.contacts_page.on_tag_renamed(result)
            self.crm_changed()
        else:
            self.crm_files.finished(result)

    def _on_busy_ended(self) -> None:
        if not self.runner.busy:
            self._on_busy(False)

    def load_contacts(self) -> bool:
        """The Contacts page from the CRM and the state alone (no Google call), with the
        statuses of the last preview if there was one."""
        service = self.service
        plan = self.plan_outcome.plan if self.plan_outcome else None
        return self.runner.start("contacts", lambda _progress, _cancel:
                                 jobs.contacts(service, plan))

    def _on_failed(self, name: str, error: object) -> None:
        assert isinstance(error, ErrorText)
        never_shown = name in ("preview", "check") and self.contacts_page.book is None
        # An action whose preview failed may have saved its choice all the same.
        action_saved = name in ("ignore", "unlink", "sync_again", "link")
        if never_shown or action_saved:
            # The contact book needs no Google: shown as soon as the runner is free.
            self._contacts_when_idle = True
            QTimer.singleShot(0, self._on_busy_ended)
        if is_dialog_job(name):
            return  # the dialog that asked shows it
        if name == "preview" and self.plan_outcome is not None:
            # The tables still hold the last preview's rows: say they are not current.
            self.sync_page.mark_stale(error.message)
        if error.cancelled:  # the user's own Cancel: said in the status bar, no box
            self.statusBar().showMessage(error.message, 10_000)
            return
        self.statusBar().showMessage(error.title, 10_000)
        if error.sign_in and self.service.session.account is not None:
            self.account_menu.mark_lost()
            self.sign_in_banner.show()
            if not self._lost_said:  # the tray says it once, even window hidden
                self._lost_said = True
                self.sign_in_lost.emit(error.message)
        if name == "check":
            # A background check (the network is down?) must not pop up a box every N
            # minutes; the next check or preview tells more.
            log.info("background check failed: %s", error.message)
            return
        if error.state_reset:
            self.state_reset_box = self._offer_state_reset(error)
            return
        if error.sign_in:  # the way out is a button, not `crmsync login`
            self.account_menu.ask_sign_in_again(error)
            return
        show_error(self, error)

    def _offer_state_reset(self, error: ErrorText) -> QMessageBox:
        """A damaged state (#17): the way out is a button here, not a command to type."""
        box = QMessageBox(QMessageBox.Icon.Warning, error.title, error.message,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("stateDamagedBox")
        reset = box.addButton(self.tr("Start a new sync state"),
                              QMessageBox.ButtonRole.AcceptRole)
        reset.setObjectName("resetState")
        box.setInformativeText(self.tr(
            "The damaged file is kept beside the new one, renamed …damaged-DATE. No contact "
            "is duplicated; the undo history is lost."))
        reset.clicked.connect(self.reset_state)
        box.open()
        return box

    def reset_state(self) -> bool:
        """Set the damaged sync state aside and preview with a new one."""
        service, decisions = self.service, self.decisions()
        return self.runner.start("reset_state", lambda progress, _cancel:
                                 jobs.reset_state_then_preview(service, decisions, progress))

    def _sync_finished(self, outcome: jobs.SyncOutcome) -> None:
        result = outcome.result
        if result.status is SyncStatus.NEEDS_CONFIRMATION:
            self._ask_mass_deletion(reason_text(result.plan.confirmation))
            return
        # A partial run reached its end too: the one-run choices are spent with it (a
        # conflict that remains is a new one), as jobs.sync previews what remains.
        # "Sync now" of one contact (``_only``) spends its choices, none of the others'.
        ended = result.status in (SyncStatus.OK, SyncStatus.PARTIAL)
        if ended:
            self.sync_page.forget_choices(self._only)
        reached_end = ended and self._only is None
        if outcome.after is not None:
            self.show_preview(outcome.after, keep_exclusions=not reached_end)
        self.statusBar().showMessage(self.run_message(result), 15_000)
        if result.errors or (result.warnings and self.isVisible()):
            self.report_box = self._show_run_report(result)
        self.sync_done.emit(result)

    def run_message(self, result: SyncResult) -> str:
        """The status bar's sentence for a run that ended (R-S12: what it really did)."""
        count = sum(n for key, n in result.applied.items() if key != "replanned")
        written = self.tr("%n change(s) written", "", count)
        changes = self.tr("%n change(s)", "", count)
        if result.status is SyncStatus.PARTIAL:
            return self.tr("Sync finished with %n contact(s) not synced; {written}.", "",
                           len(result.errors)).format(written=written)
        if result.status is SyncStatus.FAILED and result.errors:  # the last one stopped it
            return self.tr("Sync stopped after {changes}: {reason}").format(
                changes=changes, reason=problem_text(result.errors[-1]))
        if result.status is SyncStatus.FAILED:
            return self.tr("Sync stopped after {changes}.").format(changes=changes)
        if result.status is SyncStatus.CANCELLED:
            return self.tr("Sync cancelled after {changes}; the next sync continues from "
                           "there.").format(changes=changes)
        if result.warnings:
            return self.tr("Sync done: {written}; %n warning(s).", "",
                           len(result.warnings)).format(written=written)
        return self.tr("Sync done: {written}.").format(written=written)

    def _show_run_report(self, result: SyncResult) -> QMessageBox:
        """The contacts a run did not bring over, one line each with why, then its
        warnings; a run that stopped says first what stopped it."""
        lines = [problem_text(problem) for problem in result.errors]
        # Beside problems, a warning says it is one; alone, the box's sentence does.
        warnings = [self.tr("Warning: {text}").format(text=problem_text(w)) if lines
                    else problem_text(w) for w in result.warnings]
        groups = [lines, warnings]
        icon = QMessageBox.Icon.Warning
        if result.status is SyncStatus.FAILED:
            title = self.tr("The sync stopped")
            text = self.tr("The sync stopped before its end. What it wrote until then is "
                           "kept, and the next sync continues from there.")
            groups = [lines[-1:], lines[:-1], warnings]  # what stopped it first
        elif result.status is SyncStatus.PARTIAL:
            title = self.tr("Some contacts were not synced")
            text = self.tr("%n contact(s) could not be synced. Everything else was written; "
                           "the next sync tries them again.", "", len(result.errors))
        elif result.errors:  # cancelled, after some were refused
            title = self.tr("Some contacts were not synced")
            text = self.tr("%n contact(s) could not be synced before the sync was cancelled; "
                           "the next sync tries them again.", "", len(result.errors))
        else:
            icon = QMessageBox.Icon.Information
            title = self.tr("Sync done")
            text = self.tr("Every planned change was written. Worth knowing:")
        # A bullet a line, so a reason long enough to wrap still reads as one contact; a
        # blank line between what stopped the run, the contacts, and the warnings.
        everything: list[str] = []
        for group in groups:
            if group and everything:
                everything.append("")
            everything += [f"• {line}" for line in group]
        shown = everything[:REPORT_LINES]
        if len(everything) > len(shown):
            shown.append(self.tr("… and %n more (Show Details…)", "",
                                 len(everything) - len(shown)))
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("runReport")
        box.setInformativeText("\n".join(shown))
        if len(everything) > REPORT_LINES:
            box.setDetailedText("\n".join(everything))
        box.open()  # not exec(): tests and the event loop keep running
        return box

    def _ask_mass_deletion(self, reason: str) -> None:
        if not self.isVisible():  # a sync from the tray: the question needs the window
            self.showNormal()
            self.raise_()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete many contacts?"),
                          self.tr("This sync would delete many contacts. Sync anyway?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmDeletions")
        box.setInformativeText(reason)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self._sync_confirmed)
        box.open()

    # -- showing a preview ---------------------------------------------------------------

    # -- showing a preview ---------------------------------------------------------------

    def show_preview(self, outcome: jobs.PreviewOutcome, keep_exclusions: bool = True) -> None:
        keep_exclusions = keep_exclusions and not self._new_account
        self._new_account = False
        # Google answered: the sign-in works (again); a later loss is news again.
        self._lost_said = False
        self.sign_in_banner.hide()
        self.plan_outcome = outcome
        if outcome.not_synced is not None:
            self.not_synced_stale = False
        self.sync_page.show_preview(outcome, keep_exclusions)
        if outcome.book is not None:
            self.contacts_page.show_contacts(outcome.book)
        self._show_status(outcome.status)
        if outcome.plan.is_empty():
            self.statusBar().showMessage(self.tr("Everything is in sync."), 10_000)
        self.preview_shown.emit()

    def _show_status(self, status: Status) -> None:
        account = status.account.email if status.account else self.tr("not signed in")
        last = self._when(status.last_sync) if status.last_sync else self.tr("never")
        text = self.tr("Google account: {account} · Last sync: {last}").format(
            account=account, last=last)
        warnings = [w for w in (status.token_warning, *status.privacy_warnings) if w]
        if warnings:
            text += " ⚠"
        self.account_menu.refresh(status)
        token = status.token_warning if status.account is not None else None
        self.keyring_banner.setText(text_in_language(token) if token else "")
        self.keyring_banner.setVisible(token is not None)
        self.account_label.setToolTip("\n\n".join(text_in_language(w) for w in warnings))
        self.account_label.setText(text)

    @staticmethod
    def _when(iso: str) -> str:
        try:
            moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError:
            return iso
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")

    # -- selection and choices -----------------------------------------------------------

    # -- dialogs -----------------------------------------------------------------------

    def open_history(self) -> HistoryDialog:
        dialog = HistoryDialog(self.service, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._contacts_changed)
        dialog.open()
        return dialog

    def open_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self.service, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._contacts_changed)
        dialog.open()
        return dialog

    def open_settings(self) -> None:
        book = self.contacts_page.book
        dialog = SettingsDialog(self.service.settings, self.service.crm_path, self,
                                tags=book.tags if book else ())
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.open()

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        try:
            self.service.apply_settings(dialog.result_settings())
        except Exception as error:  # shown in words, logged
            log.warning("settings not saved", exc_info=True)
            show_error(self, describe_error(error))
            return
        self.settings_applied.emit()
        self.not_synced_stale = True  # perhaps another CRM database
        self.preview()

    def open_about(self) -> None:
        AboutDialog(self.service.profile, self).open()

    def request_quit(self) -> None:
        """Really quit (File ▸ Quit, the tray's Quit), even with a tray icon."""
        self._quitting = True
        self.close()
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_running_in_tray and not self._quitting:
            # Close-to-tray: the checks and reminders go on; Quit is in the tray menu.
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        # A running sync stops at its next batch; the app waits for it on the way out.
        self.runner.cancel()
        super().closeEvent(event)
