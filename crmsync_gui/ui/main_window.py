"""The main window (R-UI2, R-UI3): the two tables of pending changes, the side lists,
the detail pane, and the preview / sync jobs with their progress."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import IGNORED, NotSynced, Status, SyncService
from crmsync_gui.core.plan import Action, Change, Conflict, PossibleMatch, Side, Skipped
from crmsync_gui.core.plan_input import Decisions
from crmsync_gui.core.record import Field
from crmsync_gui.sync.engine import Progress, SyncResult, SyncStatus
from crmsync_gui.ui import jobs
from crmsync_gui.ui.about import AboutDialog
from crmsync_gui.ui.backups_dialog import BackupsDialog
from crmsync_gui.ui.change_model import COL_FIELDS, COL_INCLUDE, ChangeTableModel
from crmsync_gui.ui.detail_pane import DELETE, KEEP, RESTORE, DetailPane
from crmsync_gui.ui.diagnostics_export import DiagnosticsExporter
from crmsync_gui.ui.errors import ErrorText, describe_error, show_error
from crmsync_gui.ui.history_dialog import HistoryDialog
from crmsync_gui.ui.icons import app_icon, conflict_icon, standard
from crmsync_gui.ui.job_client import is_dialog_job
from crmsync_gui.ui.labels import field_label, side_label
from crmsync_gui.ui.list_model import ItemListModel
from crmsync_gui.ui.reasons import (
    contact_name,
    name_or_id,
    problem_text,
    reason_text,
    text_in_language,
)
from crmsync_gui.ui.settings_dialog import SettingsDialog
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
        self._conflict_choices: dict[tuple[int, Field], Side] = {}
        self._deletion_choices: dict[int, str] = {}
        self._conflicts_by_crm: dict[int, list[Conflict]] = {}
        self._selected_key: str | None = None
        self._refresh_when_idle = False
        # The "Not synced" list is read with a preview only when it may have changed
        # (it reads the whole CRM): at start, after a sync, an ignore, an undo…
        self.not_synced_stale = True
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.preview)
        # Set by the tray controller when a tray icon exists: closing then only hides.
        self.keep_running_in_tray = False
        self._quitting = False
        self.diagnostics = DiagnosticsExporter(service, runner, self)

        self.setWindowTitle(self.tr("CRM Sync") + (self.tr(" — demo") if service.demo else ""))
        self.setWindowIcon(app_icon())
        screen = self.screen().availableGeometry()
        self.resize(min(1360, screen.width() - 40), min(840, screen.height() - 60))
        self._build_actions()
        self._build_central()
        self._build_status_bar()
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.busy_changed.connect(self._on_busy)
        self._on_busy(runner.busy)

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

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.preview_action, self.sync_action])
        file_menu.addSeparator()
        file_menu.addActions([self.history_action, self.backups_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.diagnostics_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.preview_action, self.sync_action])
        toolbar.addSeparator()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, email or field"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(360)
        self.filter_edit.textChanged.connect(self._on_filter)
        toolbar.addWidget(self.filter_edit)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.settings_action)

    def _build_central(self) -> None:
        self.to_google_model = ChangeTableModel(self)
        self.to_crm_model = ChangeTableModel(self)
        self.to_google_view = self._change_view(self.to_google_model, "toGoogleTable")
        self.to_crm_view = self._change_view(self.to_crm_model, "toCrmTable")
        self._titles: dict[QWidget, QLabel] = {}
        self.to_google_box = self._boxed(self.to_google_view)
        self.to_crm_box = self._boxed(self.to_crm_view)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(self.to_google_box)
        tables.addWidget(self.to_crm_box)

        self.conflicts_model: ItemListModel[Conflict] = ItemListModel(
            [self.tr("Name"), self.tr("Field"), self.tr("CRM value"), self.tr("Google value"),
             self.tr("Outcome")], self)
        self.skipped_model: ItemListModel[Skipped] = ItemListModel(
            [self.tr("Side"), self.tr("Name"), self.tr("Reason")], self)
        self.matches_model: ItemListModel[PossibleMatch] = ItemListModel(
            [self.tr("CRM contact"), self.tr("Google contact"), self.tr("Why")], self)
        self.conflicts_view = self._list_view(self.conflicts_model, "conflictsTable")
        self.skipped_view = self._list_view(self.skipped_model, "skippedTable")
        self.matches_view = self._list_view(self.matches_model, "matchesTable")
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.setToolTip(self.tr("They are the same person: sync them together"))
        self.link_button.clicked.connect(partial(self._link_selected, False))
        self.apart_button = QPushButton(self.tr("Keep apart"))
        self.apart_button.setToolTip(self.tr("Different people: never suggest them again"))
        self.apart_button.clicked.connect(partial(self._link_selected, True))
        matches_page = QWidget()
        matches_layout = QVBoxLayout(matches_page)
        matches_layout.setContentsMargins(0, 0, 0, 0)
        matches_layout.addWidget(self.matches_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.apart_button)
        buttons.addStretch(1)
        matches_layout.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sideTabs")
        self.tabs.addTab(self.conflicts_view, conflict_icon(), "")
        self.tabs.addTab(self.skipped_view, "")
        self.tabs.addTab(matches_page, "")
        self.tabs.addTab(self._not_synced_page(), "")

        self.detail = DetailPane()
        self.detail.conflict_chosen.connect(self._on_conflict_chosen)
        self.detail.deletion_chosen.connect(self._on_deletion_chosen)
        details_box = QGroupBox(self.tr("Details"))
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(2, 2, 2, 2)
        details_layout.addWidget(self.detail)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.tabs)
        bottom.addWidget(details_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(tables)
        main.addWidget(bottom)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        self.setCentralWidget(main)
        self._update_titles()

    def _not_synced_page(self) -> QWidget:
        """Contacts left out by a choice (R-S5, R-S7b), and the way back into the sync."""
        self.not_synced_model: ItemListModel[NotSynced] = ItemListModel(
            [self.tr("Side"), self.tr("Name"), self.tr("Why")], self)
        self.not_synced_view = self._list_view(self.not_synced_model, "notSyncedTable")
        self.not_synced_view.horizontalHeader().resizeSection(0, 80)
        self.not_synced_view.horizontalHeader().resizeSection(1, 180)
        self.not_synced_view.selectionModel().selectionChanged.connect(
            self._update_sync_again)
        self.sync_again_button = QPushButton(self.tr("Sync again"))
        self.sync_again_button.setObjectName("syncAgainButton")
        self.sync_again_button.setToolTip(self.tr("Take the selected contacts back into the "
                                                  "sync: the preview shows what the next "
                                                  "sync will do with them"))
        self.sync_again_button.clicked.connect(self.sync_again_selected)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.not_synced_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_again_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _change_view(self, model: ChangeTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        self._fast_rows(view)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        # Narrow fixed columns leave the changed fields the room that is left.
        for column, width in ((COL_INCLUDE, 44), (1, 142), (2, 150), (3, 175)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_FIELDS, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(
            lambda current, _previous, m=model: self._on_change_selected(m, current))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._table_menu(v, pos))
        model.exclusions_changed.connect(self._update_titles)
        return view

    def _list_view(self, model: ItemListModel, name: str) -> QTableView:  # type: ignore[type-arg]
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        self._fast_rows(view)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setSectionResizeMode(model.columnCount() - 1,
                                                     QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setDefaultSectionSize(130)
        view.selectionModel().currentRowChanged.connect(
            lambda current, _previous, m=model: self._on_item_selected(m, current))
        return view

    def _fast_rows(self, view: QTableView) -> None:
        """Fixed row heights: the view never measures 25,000 rows."""
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + ROW_HEIGHT_PADDING)
        rows.hide()
        view.horizontalHeader().setHighlightSections(False)

    def _boxed(self, view: QTableView) -> QWidget:
        """A table under a bold title (set by ``_update_titles``)."""
        box = QWidget()
        title = QLabel()
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.addWidget(title)
        layout.addWidget(view)
        self._titles[box] = title
        return box

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the current batch"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress_bar, self.progress_label, self.cancel_button):
            bar.addWidget(widget)
            widget.hide()
        self.account_label = QLabel()
        self.account_label.setObjectName("accountLabel")
        bar.addPermanentWidget(self.account_label)

    # -- the jobs ----------------------------------------------------------------------

    def decisions(self) -> Decisions:
        """What the user chose in this preview, for the next preview or sync."""
        by_choice: dict[str, set[int]] = {KEEP: set(), DELETE: set(), RESTORE: set()}
        for crm_id, choice in self._deletion_choices.items():
            by_choice[choice].add(crm_id)
        return Decisions(conflicts=dict(self._conflict_choices),
                         delete_in_crm=frozenset(by_choice[DELETE]),
                         keep_in_crm=frozenset(by_choice[KEEP]),
                         restore=frozenset(by_choice[RESTORE]),
                         excluded=self.to_google_model.excluded()
                         | self.to_crm_model.excluded())

    def preview(self) -> bool:
        """Start a preview; False if another job is running (it will refresh after)."""
        self._refresh_timer.stop()
        decisions = self.decisions()
        service = self.service
        not_synced = self.not_synced_stale
        started = self.runner.start("preview", lambda progress, _cancel: jobs.preview(
            service, decisions, progress, not_synced=not_synced))
        if not started:
            self._refresh_when_idle = True
        return started

    def _preview_clicked(self) -> None:
        self.not_synced_stale = True  # asked for by hand: everything read again
        self.preview()

    def _contacts_changed(self) -> None:
        """An undo or a restore wrote to the contacts: what is not synced may differ."""
        self.not_synced_stale = True
        self.preview()

    def sync(self, confirm_deletions: bool = False) -> bool:
        decisions = self.decisions()
        service = self.service
        return self.runner.start("sync", lambda progress, cancel: jobs.sync(
            service, decisions, confirm_deletions, progress, cancel))

    def _sync_clicked(self) -> None:
        self.sync()

    def _sync_confirmed(self) -> None:
        self.sync(confirm_deletions=True)

    def cancel(self) -> None:
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping after the current batch…"))

    def _link_selected(self, apart: bool) -> None:
        index = self.matches_view.currentIndex()
        if not index.isValid():
            return
        match = self.matches_model.item_at(index.row())
        decisions = self.decisions()
        service = self.service
        self.runner.start("link", lambda progress, _cancel: jobs.link_then_preview(
            service, match.crm_id, match.resource_name, apart, decisions, progress))

    # -- job signals -------------------------------------------------------------------

    def _on_busy(self, busy: bool) -> None:
        self.preview_action.setEnabled(not busy)
        self.sync_action.setEnabled(not busy)
        self.link_button.setEnabled(not busy)
        self.apart_button.setEnabled(not busy)
        self._update_sync_again()
        self.settings_action.setEnabled(not busy)
        self.diagnostics_action.setEnabled(not busy)
        cancellable = busy and self.runner.job_name == "sync"
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
            self.progress_label.setText(self.tr("Batch {n}/{m} · {done} of {total} contacts")
                                        .format(n=progress.batch, m=progress.batches,
                                                done=progress.done, total=progress.total))
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

    def _on_failed(self, name: str, error: object) -> None:
        assert isinstance(error, ErrorText)
        if is_dialog_job(name):
            return  # the dialog that asked shows it
        self.statusBar().showMessage(error.title, 10_000)
        if name == "check":
            # A background check (the network is down?) must not pop up a box every N
            # minutes; the next check or preview tells more.
            log.info("background check failed: %s", error.message)
            return
        if error.state_reset:
            self.state_reset_box = self._offer_state_reset(error)
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
        reached_end = result.status in (SyncStatus.OK, SyncStatus.PARTIAL)
        if reached_end:
            self._conflict_choices.clear()
            self._deletion_choices.clear()
        if outcome.after is not None:
            self.show_preview(outcome.after, keep_exclusions=not reached_end)
        self.statusBar().showMessage(self.run_message(result), 15_000)
        if result.errors or (result.warnings and self.isVisible()):
            self.report_box = self._show_run_report(result)
        self.sync_done.emit(result)

    def run_message(self, result: SyncResult) -> str:
        """The status bar's sentence for a run that ended (R-S12: what it really did)."""
        written = sum(n for key, n in result.applied.items() if key != "replanned")
        if result.status is SyncStatus.PARTIAL:
            return self.tr("Sync finished with %n contact(s) not synced; {written} changes "
                           "written.", "", len(result.errors)).format(written=written)
        if result.status is SyncStatus.FAILED and result.errors:  # the last one stopped it
            return self.tr("Sync stopped after {n} changes: {reason}").format(
                n=written, reason=problem_text(result.errors[-1]))
        if result.status is SyncStatus.FAILED:
            return self.tr("Sync stopped after {n} changes.").format(n=written)
        if result.status is SyncStatus.CANCELLED:
            return self.tr("Sync cancelled after {n} changes; the next sync continues from "
                           "there.").format(n=written)
        if result.warnings:
            return self.tr("Sync done: {written} changes written; %n warning(s).", "",
                           len(result.warnings)).format(written=written)
        return self.tr("Sync done: {n} changes written.").format(n=written)

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

    def show_preview(self, outcome: jobs.PreviewOutcome, keep_exclusions: bool = True) -> None:
        self.plan_outcome = outcome
        plan = outcome.plan
        self._conflicts_by_crm = {}
        for conflict in plan.conflicts:
            self._conflicts_by_crm.setdefault(conflict.crm_id, []).append(conflict)
        excluded = self.decisions().excluded if keep_exclusions else frozenset()
        self.to_google_model.set_rows(outcome.to_google, excluded)
        self.to_crm_model.set_rows(outcome.to_crm, excluded)
        self.conflicts_model.set_items([
            (c, (contact_name(c.name), field_label(c.field), c.crm_value, c.google_value,
                 self._outcome(c)), None) for c in plan.conflicts])
        self.skipped_model.set_items([(s, (side_label(s.side), contact_name(s.name),
                                           reason_text(s.why)),
                                       None) for s in plan.skipped])
        self.matches_model.set_items([(m, (contact_name(m.crm_name),
                                            contact_name(m.google_name), reason_text(m.why)),
                                       None) for m in plan.possible_matches])
        if outcome.not_synced is not None:
            self.not_synced_stale = False
            self.not_synced_model.set_items([
                (n, (side_label(n.side), name_or_id(n.name, n.crm_id, n.resource_name),
                     self.not_synced_why(n)), None) for n in outcome.not_synced])
            self._update_sync_again()
        self._update_titles()
        self._show_status(outcome.status)
        self._reselect()
        if plan.is_empty():
            self.statusBar().showMessage(self.tr("Everything is in sync."), 10_000)
        self.preview_shown.emit()

    def _outcome(self, conflict: Conflict) -> str:
        chosen = self._conflict_choices.get((conflict.crm_id, conflict.field))
        if chosen is not None:
            return self.tr("{side} (your choice)").format(side=side_label(chosen))
        if conflict.resolution is None:
            return self.tr("waiting for your choice")
        return self.tr("{side} (by the rule)").format(side=side_label(conflict.resolution))

    def _update_titles(self) -> None:
        for box, model, title in ((self.to_google_box, self.to_google_model,
                                   self.tr("CRM → Google")),
                                  (self.to_crm_box, self.to_crm_model,
                                   self.tr("Google → CRM"))):
            left_out = len(model.excluded())
            text = f"{title} ({model.total()})"
            if left_out:
                text += " · " + self.tr("{n} left out").format(n=left_out)
            self._titles[box].setText(text)
        self.tabs.setTabText(0, self.tr("Conflicts ({n})").format(
            n=self.conflicts_model.rowCount()))
        self.tabs.setTabText(1, self.tr("Skipped duplicates ({n})").format(
            n=self.skipped_model.rowCount()))
        self.tabs.setTabText(2, self.tr("Possible matches ({n})").format(
            n=self.matches_model.rowCount()))
        self.tabs.setTabText(3, self.tr("Not synced ({n})").format(
            n=self.not_synced_model.rowCount()))

    def box_title(self, box: QWidget) -> str:
        return self._titles[box].text()

    def _show_status(self, status: Status) -> None:
        account = status.account.email if status.account else self.tr("not signed in")
        last = self._when(status.last_sync) if status.last_sync else self.tr("never")
        text = self.tr("Google account: {account} · Last sync: {last}").format(
            account=account, last=last)
        warnings = [w for w in (status.token_warning, *status.privacy_warnings) if w]
        if warnings:
            text += " ⚠"
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

    def _on_change_selected(self, model: ChangeTableModel, current: QModelIndex) -> None:
        if not current.isValid():
            return
        row = model.row_at(current.row())
        self._selected_key = row.key
        change = row.change
        conflicts = self._conflicts_by_crm.get(change.crm_id, []) if change.crm_id else []
        deletion = self._deletion_choices.get(change.crm_id) if change.crm_id else None
        self.detail.show_change(change, conflicts, self._conflict_choices, deletion)

    def _on_item_selected(self, model: ItemListModel, current: QModelIndex  # type: ignore[type-arg]
                          ) -> None:
        if not current.isValid():
            return
        item = model.item_at(current.row())
        if isinstance(item, Conflict):
            self._selected_key = f"conflict:{item.crm_id}:{item.field.value}"
            self.detail.show_conflict(item, self._conflict_choices)
        elif isinstance(item, Skipped):
            self.detail.show_note(contact_name(item.name), self.tr("Skipped ({side})").format(
                side=side_label(item.side)), reason_text(item.why))
        elif isinstance(item, PossibleMatch):
            pair = f"{contact_name(item.crm_name)} ↔ {contact_name(item.google_name)}"
            self.detail.show_note(pair, self.tr("Possible match"), reason_text(item.why))
        elif isinstance(item, NotSynced):
            self.detail.show_note(
                name_or_id(item.name, item.crm_id, item.resource_name),
                self.tr("Not synced ({side})").format(side=side_label(item.side)),
                self.tr("You chose to ignore this contact: syncs leave it alone. Choose "
                        "Sync again to take it back.") if item.why == IGNORED else
                self.tr("Its Google copy was deleted in Google, or removed by an undo. The "
                        "CRM contact is kept and no longer sent to Google. Choose Sync "
                        "again to send it back."))

    def not_synced_why(self, item: NotSynced) -> str:
        if item.why == IGNORED:
            return self.tr("ignored by you")
        return self.tr("kept after its Google copy was removed")

    def _reselect(self) -> None:
        """After a refresh, show the same contact again if it is still there."""
        key = self._selected_key
        if key is None:
            self.detail.clear()
            return
        for view, model in ((self.to_google_view, self.to_google_model),
                            (self.to_crm_view, self.to_crm_model)):
            row = model.row_of_key(key)
            if row is not None:
                view.selectionModel().setCurrentIndex(
                    model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self._on_change_selected(model, model.index(row, 0))
                return
        for row, conflict in enumerate(self.conflicts_model.items()):
            if key == f"conflict:{conflict.crm_id}:{conflict.field.value}":
                self.conflicts_view.selectRow(row)
                self.detail.show_conflict(conflict, self._conflict_choices)
                return
        self.detail.clear()

    def _on_conflict_chosen(self, crm_id: int, field: Field, side: Side) -> None:
        self._conflict_choices[(crm_id, field)] = side
        self._refresh_timer.start()  # the tables then show what the choice does

    def _on_deletion_chosen(self, crm_id: int, choice: str) -> None:
        self._deletion_choices[crm_id] = choice
        self._refresh_timer.start()

    def _on_filter(self, text: str) -> None:
        self.to_google_model.set_filter(text)
        self.to_crm_model.set_filter(text)

    def _table_menu(self, view: QTableView, position: object) -> None:
        model = view.model()
        assert isinstance(model, ChangeTableModel)
        rows = {index.row() for index in view.selectionModel().selectedRows()}
        keys = [model.row_at(row).key for row in rows]
        menu = QMenu(view)
        include = menu.addAction(self.tr("Include selected ({n})").format(n=len(keys)))
        leave_out = menu.addAction(self.tr("Leave out selected ({n})").format(n=len(keys)))
        include.setEnabled(bool(keys))
        leave_out.setEnabled(bool(keys))
        include.triggered.connect(lambda: model.set_included(keys, True))
        leave_out.triggered.connect(lambda: model.set_included(keys, False))
        self._add_contact_actions(menu, view, position)
        menu.popup(view.viewport().mapToGlobal(position))  # type: ignore[arg-type]

    def _add_contact_actions(self, menu: QMenu, view: QTableView, position: object) -> None:
        """R-S9 for the contact under the mouse: ignore it, or unlink a linked pair."""
        model = view.model()
        assert isinstance(model, ChangeTableModel)
        index = view.indexAt(position)  # type: ignore[arg-type]
        if not index.isValid():
            index = view.currentIndex()
        if not index.isValid():
            return
        change = model.row_at(index.row()).change
        menu.addSeparator()
        ignore = menu.addAction(self.tr("Ignore this contact"))
        ignore.setObjectName("ignoreContact")
        ignore.setToolTip(self.tr("Never sync {name} again").format(
            name=contact_name(change.name)))
        ignore.setEnabled(not self.runner.busy)
        ignore.triggered.connect(lambda: self.ignore_contact(change))
        if self.is_linked_update(change):
            unlink = menu.addAction(self.tr("Unlink"))
            unlink.setObjectName("unlinkContact")
            unlink.setEnabled(not self.runner.busy)
            unlink.triggered.connect(lambda: self.unlink_contact(change))

    def selected_not_synced(self) -> list[NotSynced]:
        rows = sorted(index.row() for index in
                      self.not_synced_view.selectionModel().selectedRows())
        return [self.not_synced_model.item_at(row) for row in rows]

    def _update_sync_again(self) -> None:
        self.sync_again_button.setEnabled(not self.runner.busy
                                          and bool(self.selected_not_synced()))

    def sync_again_selected(self) -> bool:
        """Take the selected "not synced" contacts back into the sync, then preview."""
        contacts = self.selected_not_synced()
        if not contacts:
            return False
        decisions = self.decisions()
        service = self.service
        if not self.runner.start("sync_again", lambda progress, _cancel:
                                 jobs.sync_again_then_preview(service, contacts, decisions,
                                                              progress)):
            return False
        self.statusBar().showMessage(self.tr("%n contact(s) back in the sync.", "",
                                             len(contacts)), 10_000)
        return True

    @staticmethod
    def is_linked_update(change: Change) -> bool:
        return (change.action is Action.UPDATE and change.crm_id is not None
                and change.resource_name is not None)

    def ignore_contact(self, change: Change) -> bool:
        # The CRM id when there is one (the CRM is the user's own list); a Google-only
        # contact by its resource name.
        crm_id = change.crm_id
        resource_name = None if crm_id is not None else change.resource_name
        decisions = self.decisions()
        service = self.service
        self.statusBar().showMessage(self.tr("{name} will not be synced any more.")
                                     .format(name=contact_name(change.name)), 10_000)
        return self.runner.start("ignore", lambda progress, _cancel: jobs.ignore_then_preview(
            service, crm_id, resource_name, decisions, progress))

    def unlink_contact(self, change: Change) -> bool:
        if change.crm_id is None:
            return False
        crm_id = change.crm_id
        decisions = self.decisions()
        service = self.service
        self.statusBar().showMessage(self.tr("{name}: the CRM and Google contacts are no "
                                             "longer linked.").format(
            name=contact_name(change.name)), 10_000)
        return self.runner.start("unlink", lambda progress, _cancel: jobs.unlink_then_preview(
            service, crm_id, decisions, progress))

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
        dialog = SettingsDialog(self.service.settings, self.service.crm_path, self)
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
