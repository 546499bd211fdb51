"""History of runs and "Undo last sync" (R-UI3, R-S7).

The runs, what the selected one did to each contact (R-S7b) and the undo come from the
service through the worker; the undo's report is told in plain words, because the cases
it reports (a field someone changed since, a contact that will not come back by itself)
are exactly what the user must understand.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import SyncService
from crmsync_gui.core.plan import Side
from crmsync_gui.core.run_changes import RunChange
from crmsync_gui.state.store import RunRecord
from crmsync_gui.sync.undo import (
    CHANGED,
    DELETED,
    PARTIAL_UNDO_STATUS,
    RECREATED,
    UNDO_STATUS,
    UndoReport,
)
from crmsync_gui.ui.errors import ErrorText, show_error
from crmsync_gui.ui.job_client import JobClient
from crmsync_gui.ui.reasons import problem_text, reason_text
from crmsync_gui.ui.run_changes_model import (
    COL_ACTION,
    COL_FIELDS,
    COL_NAME,
    COL_REASON,
    COL_SIDE,
    COL_STATUS,
    RunChangesModel,
)
from crmsync_gui.ui.styles import resize_within_screen
from crmsync_gui.ui.worker import JobRunner

# Count keys the engine (and undo) write, in the order people read them; "replanned" and
# "recovered_creates" are bookkeeping, not changes.
_COUNT_ORDER = ("google_created", "google_updated", "google_deleted", "crm_created",
                "crm_updated", "crm_deleted", "crm_kept", "detached", "reverted")


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class HistoryDialog(QDialog):
    """Past runs (newest first); on selection, what the run did to each contact and its
    errors; and Undo last sync."""

    changed = Signal()  # an undo wrote to the contacts: the window previews again
    runs_loaded = Signal()
    changes_loaded = Signal()  # the selected run's rows are in the table
    undo_done = Signal(object)  # UndoReport

    def __init__(self, service: SyncService, runner: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History and undo"))
        self.service = service
        self.jobs = JobClient(runner, "history", self)
        self.jobs.finished.connect(self._on_finished)
        self.jobs.failed.connect(self._on_failed)
        self.jobs.busy_changed.connect(self._update_buttons)
        self.runs: list[RunRecord] = []
        self.report_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("runsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Started"), self.tr("Result"),
                                              self.tr("Changes"), self.tr("Errors")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_run)
        self.changes_model = RunChangesModel(self)
        self.changes_view = self._changes_view(self.changes_model)
        self.changes_placeholder = QLabel()
        self.changes_placeholder.setObjectName("runChangesPlaceholder")
        self.changes_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.changes_placeholder.setWordWrap(True)
        # An empty table with a sentence in it, greyed as a placeholder: not a hole.
        self.changes_placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        self.changes_placeholder.setBackgroundRole(QPalette.ColorRole.Base)
        self.changes_placeholder.setAutoFillBackground(True)
        self.changes_placeholder.setMargin(24)
        palette = self.changes_placeholder.palette()
        palette.setColor(QPalette.ColorRole.Text,  # the role paired with Base
                         palette.color(QPalette.ColorRole.PlaceholderText))
        self.changes_placeholder.setPalette(palette)
        self.changes_stack = QStackedWidget()
        self.changes_stack.addWidget(self.changes_view)
        self.changes_stack.addWidget(self.changes_placeholder)
        self._changes_loading = False  # one read at a time; the last run asked wins
        self._changes_wanted: int | None = None
        self.errors = QPlainTextEdit()
        self.errors.setObjectName("runErrors")
        self.errors.setReadOnly(True)
        self.errors.setPlaceholderText(self.tr("Select a run to see its errors."))
        self.summary = QLabel(self.tr("Loading the history…"))

        self.undo_button = QPushButton(self.tr("Undo last sync…"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(self.tr("Put back what the last sync changed, on both "
                                            "sides"))
        self.undo_button.clicked.connect(self.plan_undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        panes = QSplitter(Qt.Orientation.Vertical)
        panes.setChildrenCollapsible(False)
        panes.addWidget(self.table)
        panes.addWidget(self._titled(self.tr("What the selected run did, contact by contact:"),
                                     self.changes_stack))
        panes.addWidget(self._titled(self.tr("Errors of the selected run:"), self.errors))
        panes.setStretchFactor(0, 2)
        panes.setStretchFactor(1, 5)
        panes.setStretchFactor(2, 1)
        panes.setSizes([150, 330, 90])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(panes, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 1040, 680)
        self._show_placeholder(self.tr("Select a run to see what it did."))
        self._update_buttons(self.jobs.busy)
        self.reload()

    def _changes_view(self, model: RunChangesModel) -> QTableView:
        """Fixed row heights and no word wrap: the view never measures 25,000 rows."""
        view = QTableView()
        view.setObjectName("runChangesTable")
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setSortingEnabled(True)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
        rows.hide()
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # journal order first
        for column, width in ((COL_ACTION, 105), (COL_SIDE, 70), (COL_NAME, 160),
                              (COL_FIELDS, 190), (COL_STATUS, 135)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        return view

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(widget, 1)
        return box

    # -- runs --------------------------------------------------------------------------

    def reload(self) -> None:
        service = self.service
        self.jobs.start("runs", lambda _progress, _cancel: service.runs())

    def _show_runs(self, runs: list[RunRecord]) -> None:
        self.runs = runs
        self.table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            cells = (local_time(run.started_at), self.status_text(run.status),
                     self.counts_text(run.counts), str(len(run.errors)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        if not runs:
            self.summary.setText(self.tr("No sync has run yet."))
        elif len(runs) == 1:
            self.summary.setText(self.tr("One run so far."))
        else:
            self.summary.setText(self.tr("The last %n run(s), newest first.", "", len(runs)))
        self._update_buttons(self.jobs.busy)
        if runs:
            self.table.selectRow(0)
        self.runs_loaded.emit()

    def status_text(self, status: str) -> str:
        if status.startswith(UNDO_STATUS):
            return self.tr("undo of run {n}").format(n=status[len(UNDO_STATUS):])
        if status.startswith(PARTIAL_UNDO_STATUS):
            return self.tr("partial undo of run {n}").format(
                n=status[len(PARTIAL_UNDO_STATUS):])
        return {"ok": self.tr("done"), "partial": self.tr("partly done"),
                "cancelled": self.tr("cancelled"),
                "failed": self.tr("failed"), "running": self.tr("interrupted"),
                "needs_confirmation": self.tr("waiting for confirmation")}.get(status, status)

    def counts_text(self, counts: dict[str, int]) -> str:
        def said(key: str, n: int) -> str:  # literal sources, for lupdate
            return {"google_created": lambda: self.tr("%n created in Google", "", n),
                    "google_updated": lambda: self.tr("%n updated in Google", "", n),
                    "google_deleted": lambda: self.tr("%n deleted in Google", "", n),
                    "crm_created": lambda: self.tr("%n created in the CRM", "", n),
                    "crm_updated": lambda: self.tr("%n updated in the CRM", "", n),
                    "crm_deleted": lambda: self.tr("%n deleted in the CRM", "", n),
                    "crm_kept": lambda: self.tr("%n kept in the CRM", "", n),
                    "detached": lambda: self.tr("%n detached", "", n),
                    "reverted": lambda: self.tr("%n put back", "", n)}[key]()

        parts = [said(key, counts[key]) for key in _COUNT_ORDER if counts.get(key)]
        return ", ".join(parts) or self.tr("no change")

    def selected_run(self) -> RunRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.runs):
            return None
        return self.runs[rows[0].row()]

    def _show_run(self) -> None:
        run = self.selected_run()
        self._show_errors(run)
        self._show_changes(run)

    def _show_errors(self, run: RunRecord | None) -> None:
        if run is None:
            self.errors.clear()
            return
        # Kept with the run as reasons (code and arguments): said in the user's language.
        # A run of an older version has its reasons read back from its English text.
        lines = [problem_text(problem) for problem in run.errors]
        lines += [self.tr("Warning: {text}").format(text=problem_text(warning))
                  for warning in run.warnings]
        self.errors.setPlainText("\n".join(lines) if lines else self.tr("No error."))

    # -- what the selected run did ------------------------------------------------------

    def _show_changes(self, run: RunRecord | None) -> None:
        self.changes_model.set_changes([])
        if run is None:
            self._changes_wanted = None
            self._show_placeholder(self.tr("Select a run to see what it did."))
        elif run.status.startswith((UNDO_STATUS, PARTIAL_UNDO_STATUS)):
            # An undo keeps no journal of its own: what it put back is its run's list.
            self._changes_wanted = None
            undone = next((r for r in self.runs
                           if str(r.run_id) == run.status.rsplit(" ", 1)[-1]), None)
            if undone is None:
                text = self.tr("An undo has no list of its own: it put back what an "
                               "earlier run wrote.")
            else:
                text = "\n".join((
                    self.tr("An undo has no list of its own: it put back what the run of "
                            "{when} wrote.").format(when=local_time(undone.started_at)),
                    self.tr("Select that run to see its contacts.")))
            self._show_placeholder(text)
        else:
            self._show_placeholder(self.tr("Loading what this run did…"))
            self._load_changes(run.run_id)

    def _load_changes(self, run_id: int) -> None:
        """Read the run's rows in the worker; while a read runs, only the last run asked
        for is read next (arrowing down the list does not queue a read per run)."""
        self._changes_wanted = run_id
        if self._changes_loading:
            return
        self._changes_loading = True
        service = self.service
        self.jobs.start("run_changes", lambda _progress, _cancel: (
            run_id, service.run_changes(run_id)))

    def _changes_loaded(self, run_id: int, rows: list[RunChange] | None) -> None:
        self._changes_loading = False
        wanted = self._changes_wanted
        if wanted is None:
            return
        if wanted != run_id:
            self._load_changes(wanted)
            return
        if not rows:
            self._show_placeholder(self.tr("This run wrote nothing and reported no contact."))
            return
        self.changes_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.changes_model.set_changes(rows)
        self.changes_stack.setCurrentWidget(self.changes_view)
        self.changes_loaded.emit()

    def _show_placeholder(self, text: str) -> None:
        self.changes_placeholder.setText(text)
        self.changes_stack.setCurrentWidget(self.changes_placeholder)

    # -- undo --------------------------------------------------------------------------

    def _update_buttons(self, busy: bool) -> None:
        self.undo_button.setEnabled(not busy and bool(self.runs))

    def plan_undo(self) -> None:
        """Find out what an undo would do (it reads both sides), then ask."""
        service = self.service
        self.undo_button.setEnabled(False)
        self.jobs.start("plan_undo", lambda _progress, _cancel: service.plan_undo())

    def ask_undo(self, plan: UndoReport) -> QMessageBox:
        """The question, with the run and what undo does on each side — as the CLI
        asks it."""
        when = local_time(plan.started_at) if plan.started_at else "?"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Undo the last sync?"),
                          self.tr("Undo run {n} of {when}?").format(n=plan.run_id, when=when),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setObjectName("confirmUndo")
        lines = []
        for side, label in ((Side.CRM, self.tr("CRM")), (Side.GOOGLE, self.tr("Google"))):
            lines.append(self.tr("{side}: %n contact(s) changed back", "",
                                 plan.count(side, CHANGED)).format(side=label))
            lines.append(self.tr("{side}: %n contact(s) deleted", "",
                                 plan.count(side, DELETED)).format(side=label))
            lines.append(self.tr("{side}: %n contact(s) re-created", "",
                                 plan.count(side, RECREATED)).format(side=label))
        lines.append(self.tr("Only what that sync wrote is put back. Fields that someone "
                             "changed since are left as they are; you will see which."))
        lines.append(self.tr("What you changed yourself before that sync (a contact edited, "
                             "a company left, in the CRM or in Google) stays as you made "
                             "it: the next preview shows it again, to sync or to leave "
                             "out."))
        box.setInformativeText("\n".join(lines))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self.undo)
        box.open()
        return box

    def undo(self) -> None:
        service = self.service
        self.undo_button.setEnabled(False)
        self.jobs.start("undo", lambda _progress, _cancel: service.undo_last())

    def report_text(self, report: UndoReport) -> tuple[str, str]:
        """The report's sentence, and its details (one line per contact)."""
        if report.run_id is None:
            return self.tr("There is no sync to undo."), ""
        lines = [self.tr("%n change(s) put back.", "", report.reverted)]
        if report.left_alone:
            lines.append(self.tr("%n field(s) left alone: someone changed them after the "
                                 "sync.", "", len(report.left_alone)))
        if report.not_synced_again:
            lines.append(self.tr("%n contact(s) will not be synced again by themselves.",
                                 "", len(report.not_synced_again)))
        if report.errors:
            lines.append(self.tr("%n change(s) could not be put back.", "",
                                 len(report.errors)))
        details = []
        for title, items in ((self.tr("Left alone:"), report.left_alone),
                             (self.tr("Not synced again:"), report.not_synced_again),
                             (self.tr("Errors:"), report.errors)):
            if items:
                details += [title, *(f"  • {reason_text(item)}" for item in items), ""]
        return "\n".join(lines), "\n".join(details).strip()

    def _show_report(self, report: UndoReport) -> None:
        text, details = self.report_text(report)
        icon = QMessageBox.Icon.Warning if report.errors else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Undo last sync"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("undoReport")
        if details:
            box.setDetailedText(details)
        box.open()
        self.report_box = box

    # -- job signals -------------------------------------------------------------------

    def _on_finished(self, name: str, result: object) -> None:
        if name == "runs":
            assert isinstance(result, list)
            self._show_runs(result)
        elif name == "run_changes":
            assert isinstance(result, tuple)
            self._changes_loaded(*result)
        elif name == "plan_undo":
            assert isinstance(result, UndoReport)
            self._update_buttons(False)
            if result.run_id is None:
                self._show_report(result)
            else:
                self.confirm_box = self.ask_undo(result)
        elif name == "undo":
            assert isinstance(result, UndoReport)
            self._show_report(result)
            self.undo_done.emit(result)
            if result.run_id is not None:
                self.changed.emit()
            self.reload()

    def _on_failed(self, name: str, error: object) -> None:
        assert isinstance(error, ErrorText)
        if name == "runs":
            self.summary.setText(error.title)
        elif name == "run_changes":
            self._changes_loading = False
            self._changes_wanted = None
            self._show_placeholder(error.title)
        self._update_buttons(self.jobs.busy)
        show_error(self, error)
