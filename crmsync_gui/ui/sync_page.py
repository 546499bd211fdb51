"""The Sync page (R-UI2, R-UI3): the two tables of pending changes, the side lists
(conflicts, skipped duplicates, possible matches, not synced), the detail pane, and the
choices made on them. The window runs the jobs; this page says what the user chose
(``decisions``) and shows what a preview found (``show_preview``)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import IGNORED, NotSynced, SyncService
from crmsync_gui.core.plan import (
    Action,
    Change,
    Conflict,
    PossibleMatch,
    Side,
    Skipped,
    left_out_key,
)
from crmsync_gui.core.plan_input import Decisions
from crmsync_gui.core.record import Field
from crmsync_gui.ui import jobs
from crmsync_gui.ui.change_model import COL_FIELDS, COL_INCLUDE, ChangeTableModel
from crmsync_gui.ui.contact_actions import ContactActions
from crmsync_gui.ui.detail_pane import DELETE, KEEP, RESTORE, DetailPane
from crmsync_gui.ui.icons import conflict_icon
from crmsync_gui.ui.job_client import JobClient
from crmsync_gui.ui.labels import field_label, side_label
from crmsync_gui.ui.list_model import ItemListModel
from crmsync_gui.ui.reasons import contact_name, name_or_id, reason_text
from crmsync_gui.ui.styles import WARNING_STYLE
from crmsync_gui.ui.tables import fast_rows
from crmsync_gui.ui.worker import JobRunner

# Below this width the two change tables are stacked (every column stays visible).
NARROW_WIDTH = 1150

class SyncPage(QWidget):
    """What the next sync would do, and the user's choices about it."""

    message = Signal(str, int)  # a sentence for the status bar, and for how long (ms)
    refresh_requested = Signal()  # a choice changed what the plan would be

    def __init__(self, service: SyncService, runner: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self._conflict_choices: dict[tuple[int, Field], Side] = {}
        self._conflict_values: dict[tuple[int, Field], tuple[str, str]] = {}
        self._deletion_choices: dict[int, str] = {}
        self._conflicts_by_crm: dict[int, list[Conflict]] = {}
        self._selected_key: str | None = None
        self.actions = ContactActions(service, runner, self.decisions, self.message.emit,
                                      self)
        # A left-out row is written to the state when the worker is free (a preview may
        # be running): queued, never dropped.
        self.left_out_jobs = JobClient(runner, "left-out", self)
        self._build()

    def set_busy(self, busy: bool) -> None:
        self.link_button.setEnabled(not busy)
        self.apart_button.setEnabled(not busy)
        self._update_sync_again()

    def forget_choices(self, crm_id: int | None = None) -> None:
        """After a run that reached its end: the one-run choices are spent with it (only
        ``crm_id``'s, after a "Sync now" of that contact)."""
        if crm_id is None:
            self._conflict_choices.clear()
            self._conflict_values.clear()
            self._deletion_choices.clear()
            # Rows left out are in the state (the next plan marks them): the page's own
            # copy goes, or it would follow the user to another account's preview.
            self.to_google_model.clear_exclusions()
            self.to_crm_model.clear_exclusions()
            return
        for key in [k for k in self._conflict_choices if k[0] == crm_id]:
            del self._conflict_choices[key]
            self._conflict_values.pop(key, None)
        self._deletion_choices.pop(crm_id, None)

    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("syncFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, email, phone, company, city or field"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(360)
        self.filter_edit.textChanged.connect(self._on_filter)
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
        self.tables = tables

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
        self.bottom = bottom
        bottom.addWidget(self.tabs)
        bottom.addWidget(details_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(tables)
        main.addWidget(bottom)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        # A preview that failed leaves the last one's rows: said above them, never shown
        # as if current.
        self.stale_label = QLabel()
        self.stale_label.setObjectName("stalePreview")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(WARNING_STYLE)
        self.stale_label.hide()
        # What the preview says about the run as a whole (a label that is no tag).
        self.notes_label = QLabel()
        self.notes_label.setObjectName("planNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()
        self._shown_at = datetime.now()
        # Nothing pending: said in words, not with empty tables (the lists stay one click
        # away, for the contacts left out of the sync).
        self.in_sync_label = QLabel()
        self.in_sync_label.setObjectName("inSync")
        self.in_sync_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.in_sync_label.setWordWrap(True)
        big = self.in_sync_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.in_sync_label.setFont(big)
        show_lists = QPushButton(self.tr("Show the lists"))
        show_lists.setObjectName("showLists")
        show_lists.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.in_sync_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(show_lists)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(main)
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.stack, 1)
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
        fast_rows(view)
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
        model.inclusion_set.connect(self._remember_left_out)
        return view

    def _list_view(self, model: ItemListModel, name: str) -> QTableView:  # type: ignore[type-arg]
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        fast_rows(view)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setSectionResizeMode(model.columnCount() - 1,
                                                     QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setDefaultSectionSize(130)
        view.selectionModel().currentRowChanged.connect(
            lambda current, _previous, m=model: self._on_item_selected(m, current))
        return view

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

    # -- the choices ------------------------------------------------------------------

    def decisions(self) -> Decisions:
        """What the user chose in this preview, for the next preview or sync."""
        by_choice: dict[str, set[int]] = {KEEP: set(), DELETE: set(), RESTORE: set()}
        for crm_id, choice in self._deletion_choices.items():
            by_choice[choice].add(crm_id)
        return Decisions(conflicts=dict(self._conflict_choices),
                         conflict_values=dict(self._conflict_values),
                         delete_in_crm=frozenset(by_choice[DELETE]),
                         keep_in_crm=frozenset(by_choice[KEEP]),
                         restore=frozenset(by_choice[RESTORE]),
                         excluded=self.to_google_model.excluded()
                         | self.to_crm_model.excluded())

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

    # -- showing a preview ---------------------------------------------------------------

    def mark_stale(self, why: str) -> None:
        self.stale_label.setText(self.tr(
            "These changes are those of the preview of {time}: the last preview did not "
            "finish ({why}). Preview again to bring them up to date; a sync reads both "
            "sides again anyway.").format(time=self._shown_at.strftime("%H:%M"), why=why))
        self.stale_label.show()

    def show_preview(self, outcome: jobs.PreviewOutcome, keep_exclusions: bool = True) -> None:
        self.stale_label.hide()
        # A conflict asked again (a side changed since the choice): its old choice goes,
        # so the pane shows none ticked and any click is a new choice.
        for conflict in outcome.plan.unresolved():
            key = (conflict.crm_id, conflict.field)
            self._conflict_choices.pop(key, None)
            self._conflict_values.pop(key, None)
        self._shown_at = datetime.now()
        plan = outcome.plan
        self.notes_label.setText("\n".join(reason_text(note) for note in plan.notes))
        self.notes_label.setVisible(bool(plan.notes))
        self._conflicts_by_crm = {}
        for conflict in plan.conflicts:
            self._conflicts_by_crm.setdefault(conflict.crm_id, []).append(conflict)
        # Left out in the state (the plan marks them) and, until that is written, here.
        kept = self.decisions().excluded if keep_exclusions else frozenset()
        for model, rows in ((self.to_google_model, outcome.to_google),
                            (self.to_crm_model, outcome.to_crm)):
            model.set_rows(rows, kept | {row.key for row in rows if row.change.excluded})
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
            self.not_synced_model.set_items([
                (n, (side_label(n.side), name_or_id(n.name, n.crm_id, n.resource_name),
                     self.not_synced_why(n)), None) for n in outcome.not_synced])
            self._update_sync_again()
        self._update_titles()
        self._reselect()
        self._show_in_sync(outcome)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side the two tables need about 1,150 pixels to show every column; a
        smaller window (a 1024-pixel screen) stacks them, each with the whole width."""
        super().resizeEvent(event)
        wanted = (Qt.Orientation.Horizontal if event.size().width() >= NARROW_WIDTH
                  else Qt.Orientation.Vertical)
        if self.tables.orientation() != wanted:
            self.tables.setOrientation(wanted)
        if wanted is Qt.Orientation.Vertical:
            # The lists' tabs and columns first; the details pane at its least.
            detail = self.detail.minimumWidth() + 10
            self.bottom.setSizes([max(0, event.size().width() - detail), detail])

    def in_sync(self) -> bool:
        """The page says "Everything is in sync" instead of its (empty) tables."""
        return self.stack.currentIndex() == 1

    def _show_in_sync(self, outcome: jobs.PreviewOutcome) -> None:
        plan = outcome.plan
        if plan.to_google or plan.to_crm or plan.conflicts:
            self.stack.setCurrentIndex(0)
            return
        status = outcome.status
        parts = [self.tr("Everything is in sync")]
        if status.last_sync:
            moment = datetime.fromisoformat(status.last_sync.replace("Z", "+00:00"))
            moment = moment.astimezone()
            today = moment.date() == datetime.now().astimezone().date()
            parts.append(self.tr("last sync {time}").format(
                time=moment.strftime("%H:%M" if today else "%Y-%m-%d %H:%M")))
        parts.append(self.tr("%Ln contact(s)", "", status.crm_contacts))
        text = " · ".join(parts)
        # Nothing to write; what still asks for a look is said, a click away.
        if plan.possible_matches:
            text += "\n" + self.tr("%n possible match(es) to look at", "",
                                   len(plan.possible_matches))
        if plan.skipped:
            text += "\n" + self.tr("%n contact(s) skipped (see the lists)", "",
                                   len(plan.skipped))
        self.in_sync_label.setText(text)
        self.stack.setCurrentIndex(1)

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
            shown, total = model.rowCount(), model.total()
            text = f"{title} ({total})" if shown == total else f"{title} ({shown}/{total})"
            if left_out:
                text += " · " + self.tr("%n left out", "", left_out)
            if total and not shown:  # the filter finds nothing here: said, not just empty
                text += " · " + self.tr("no match")
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

    # -- selection and choices -----------------------------------------------------------

    def _on_change_selected(self, model: ChangeTableModel, current: QModelIndex) -> None:
        if not current.isValid():
            return
        row = model.row_at(current.row())
        self._selected_key = row.key
        change = row.change
        # One selected row on the page: the pane shows that one, nothing else looks chosen.
        other = self.to_crm_view if model is self.to_google_model else self.to_google_view
        other.selectionModel().clearSelection()
        conflicts = self._conflicts_by_crm.get(change.crm_id, []) if change.crm_id else []
        deletion = self._deletion_choices.get(change.crm_id) if change.crm_id else None
        self.detail.show_change(change, conflicts, self._conflict_choices, deletion,
                                row.contact)

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
            self.detail.show_match(item)
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
        shown = next((c for c in self._conflicts_by_crm.get(crm_id, ())
                      if c.field is field), None)
        if shown is not None:  # the choice holds for these two values only
            self._conflict_values[(crm_id, field)] = (shown.crm_value, shown.google_value)
        self.refresh_requested.emit()  # the tables then show what the choice does

    def _on_deletion_chosen(self, crm_id: int, choice: str) -> None:
        self._deletion_choices[crm_id] = choice
        self.refresh_requested.emit()

    def _remember_left_out(self, keys: list[str], included: bool) -> None:
        """Kept in the state: a row left out stays out of every sync (the tray's and
        `crmsync sync` too) until ticked again — not only of the next one. Remembered by
        contact and side (``left_out_key``)."""
        rows = {**self.to_google_model.changes_by_key(), **self.to_crm_model.changes_by_key()}
        keys = sorted({left_out_key(rows[key]) for key in keys if key in rows})
        service = self.service
        account = service.session.account  # the preview's account, now
        sub = account.sub if account else None
        self.left_out_jobs.start("left_out", lambda _progress, _cancel:
                                 service.set_left_out(keys, not included, sub))

    def _on_filter(self, text: str) -> None:
        self.to_google_model.set_filter(text)
        self.to_crm_model.set_filter(text)
        self._update_titles()  # "(2/12)", or "no match"

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
        return self.actions.sync_again(
            contacts, self.tr("%n contact(s) back in the sync.", "", len(contacts)))

    @staticmethod
    def is_linked_update(change: Change) -> bool:
        return (change.action is Action.UPDATE and change.crm_id is not None
                and change.resource_name is not None)

    def ignore_contact(self, change: Change) -> bool:
        return self.actions.ignore(contact_name(change.name), change.crm_id,
                                   change.resource_name)

    def unlink_contact(self, change: Change) -> bool:
        if change.crm_id is None:
            return False
        return self.actions.unlink(contact_name(change.name), change.crm_id)

    # -- dialogs -----------------------------------------------------------------------
