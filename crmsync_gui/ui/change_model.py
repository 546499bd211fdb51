"""The table model behind "CRM → Google" and "Google → CRM" (R-UI2).

Built for 25,000 rows: rows and their sort keys are prepared once (in the worker, by
``change_rows``), sorting and the text filter work on plain Python lists inside the model
(a ``QSortFilterProxyModel`` would call back into Python for every cell it compares),
and ``data()`` only formats the rows the view paints.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crmsync_gui.core.contact_book import ContactBook, ContactRow
from crmsync_gui.core.plan import Action, Change, Conflict, FieldDiff, Plan, Side
from crmsync_gui.core.reasons import ReasonCode
from crmsync_gui.core.record import PHONE_FIELDS, ContactRecord
from crmsync_gui.core.search import Query, haystack
from crmsync_gui.ui.icons import action_icon, conflict_icon
from crmsync_gui.ui.labels import action_label, field_label
from crmsync_gui.ui.reasons import contact_name, reason_text
from crmsync_gui.ui.tables import HeaderedTableModel, let_go_later, relayout

Index = QModelIndex | QPersistentModelIndex

COL_INCLUDE, COL_ACTION, COL_NAME, COL_EMAIL, COL_FIELDS = range(5)
_ACTION_ORDER = {action: i for i, action in enumerate(Action)}


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One pending change as the table shows it, with what sorting and filtering need."""

    change: Change
    email: str
    fields: str  # "Home phone, Work email"
    has_conflict: bool
    search: str  # ``core.search.haystack`` of the name, email, fields and values
    # The CRM contact as the Contacts page shows it, for a change that carries no
    # record (a deletion): what will be deleted or kept is shown, not just a name.
    contact: ContactRow | None = None

    @property
    def key(self) -> str:
        return self.change.key


def waiting_for_choice(plan: Plan) -> list[Change]:
    """A row for each contact whose only changes wait for the user's choice (a conflict
    under "ask"): it used to be in neither table, only in a tab. Its fields show both
    values; the detail pane puts the choice first."""
    in_tables = {c.crm_id for c in (*plan.to_google, *plan.to_crm)}
    by_contact: dict[int, list[Conflict]] = {}
    for conflict in plan.unresolved():
        if conflict.crm_id not in in_tables:
            by_contact.setdefault(conflict.crm_id, []).append(conflict)
    return [Change(Side.GOOGLE, Action.UPDATE, crm_id, found[0].resource_name,
                   found[0].name, found[0].why,
                   tuple(FieldDiff(c.field, c.crm_value, c.google_value) for c in found))
            for crm_id, found in sorted(by_contact.items())]


def is_waiting_for_choice(change: Change) -> bool:
    """One of ``waiting_for_choice``'s rows (a real change never has this reason)."""
    return getattr(change.why, "code", None) is ReasonCode.CONFLICT_ASK


def change_rows(changes: Iterable[Change], conflicts: Sequence[Conflict] = (),
                book: ContactBook | None = None,
                copies: Mapping[str, ContactRow] | None = None) -> list[ChangeRow]:
    """Rows for a table; pure Python, so the worker prepares them off the GUI thread.
    ``book``: the contact book, for the changes that carry no record (deletions);
    ``copies``: rows from Google's copy, by resource name, for those the book lacks."""
    in_conflict = {c.crm_id for c in conflicts}
    changes = list(changes)
    bare = {c.crm_id for c in changes if c.record is None and c.crm_id is not None} \
        if book is not None else set()
    contacts = {row.crm_id: row for row in book.rows if row.crm_id in bare} if book else {}
    rows = []
    for change in changes:
        record = change.record
        contact = contacts.get(change.crm_id) if change.crm_id is not None else None
        if contact is None and record is None and copies and change.resource_name:
            contact = copies.get(change.resource_name)
        email = (record.personal_email or record.work_email) if record else ""
        if not email:  # a deletion has no record: the old value is in the diffs
            email = next((d.old for d in change.diffs if d.field.value.endswith("email")
                          and d.old), contact.email if contact else "")
        fields = ", ".join(field_label(d.field) for d in change.diffs)
        values = [v for d in change.diffs for v in (d.old, d.new)]
        # The contact's own values too, as the Contacts page finds them: "Boulangerie"
        # finds a contact of that company whose phone is what changed.
        known, phones = _record_values(record) if record else ([], [])
        search = haystack((contact_name(change.name), email, fields, *values, *known),
                          (*values, *phones))
        rows.append(ChangeRow(change, email, fields, change.crm_id in in_conflict,
                              contact.search if contact else search, contact))
    return rows


def _record_values(record: ContactRecord) -> tuple[list[str], list[str]]:
    """A contact's values and phones, as the Contacts page searches them."""
    address = record.home_address
    phones = [record.home_phone, record.personal_mobile, record.work_phone,
              record.work_mobile, *(record.norm(field) for field in PHONE_FIELDS)]
    return ([record.first_name, record.last_name, record.personal_email, record.work_email,
             record.company_name, record.job_title, address.city, address.postal_code],
            phones)


class ChangeTableModel(HeaderedTableModel):
    """Pending changes of one direction, with an "include" checkbox per row."""

    exclusions_changed = Signal()
    inclusion_set = Signal(object, bool)  # keys, included: the user ticked or unticked

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChangeRow] = []
        self._visible: list[int] = []  # indexes into _rows, filtered and sorted
        self._excluded: set[str] = set()
        self._filter = Query(())
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = (
            QCoreApplication.translate("ChangeTableModel", "Sync"),
            QCoreApplication.translate("ChangeTableModel", "Action"),
            QCoreApplication.translate("ChangeTableModel", "Name"),
            QCoreApplication.translate("ChangeTableModel", "Email"),
            QCoreApplication.translate("ChangeTableModel", "Changed fields"),
        )
        self._action_text: dict[tuple[Any, Any], str] = {}

    # -- content ---------------------------------------------------------------------

    def set_rows(self, rows: list[ChangeRow], excluded: Iterable[str] = ()) -> None:
        """New rows; exclusions of keys still present are kept (a refresh keeps them)."""
        self.beginResetModel()
        let_go_later(self._rows)
        self._rows = rows
        keys = {row.key for row in rows}
        self._excluded = {key for key in excluded if key in keys}
        self._visible = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def row_at(self, row: int) -> ChangeRow:
        return self._rows[self._visible[row]]

    def row_of_key(self, key: str) -> int | None:
        for position, index in enumerate(self._visible):
            if self._rows[index].key == key:
                return position
        return None

    def total(self) -> int:
        return len(self._rows)

    def excluded(self) -> frozenset[str]:
        return frozenset(self._excluded)

    def changes_by_key(self) -> dict[str, Change]:
        return {row.key: row.change for row in self._rows}

    def clear_exclusions(self) -> None:
        """Forget the rows left out here (not in the state: no ``inclusion_set``)."""
        self._excluded = set()
        if self._visible:
            self.dataChanged.emit(self.index(0, COL_INCLUDE),
                                  self.index(len(self._visible) - 1, COL_INCLUDE))
        self.exclusions_changed.emit()

    def set_included(self, keys: Iterable[str], included: bool) -> None:
        keys = set(keys)
        if included:
            self._excluded -= keys
        else:
            # A row waiting for a conflict choice is not left out: the choice decides.
            keys &= {row.key for row in self._rows if not is_waiting_for_choice(row.change)}
            self._excluded |= keys
        if self._visible:
            self.dataChanged.emit(self.index(0, COL_INCLUDE),
                                  self.index(len(self._visible) - 1, COL_INCLUDE))
        self.exclusions_changed.emit()
        self.inclusion_set.emit(sorted(keys), included)

    # -- filter and sort, inside the model -------------------------------------------

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = Query.of(text)  # the Contacts page's search, the same words
        self._visible = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        if not self._filter:
            return list(range(len(self._rows)))
        query = self._filter
        return [i for i, row in enumerate(self._rows) if query.matches(row.search)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def apply() -> list[int]:
            self._sort = (column, order)
            self._apply_sort()
            return self._visible
        relayout(self, self._visible, apply)

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        rows = self._rows
        if column == COL_INCLUDE:
            excluded = self._excluded
            key: Any = lambda i: rows[i].key in excluded  # noqa: E731
        elif column == COL_ACTION:
            key = lambda i: (_ACTION_ORDER[rows[i].change.action],  # noqa: E731
                             rows[i].search)
        elif column == COL_EMAIL:
            key = lambda i: rows[i].email.casefold()  # noqa: E731
        elif column == COL_FIELDS:
            key = lambda i: rows[i].fields  # noqa: E731
        else:  # the search text starts with the name
            key = lambda i: rows[i].search  # noqa: E731
        self._visible.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- QAbstractTableModel -----------------------------------------------------------

    def shown_count(self) -> int:
        return len(self._visible)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_INCLUDE and index.isValid() and not is_waiting_for_choice(
                self._rows[self._visible[index.row()]].change):
            flags |= Qt.ItemFlag.ItemIsUserCheckable  # a choice decides the others
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ACTION:
                return self._action(row)
            if column == COL_NAME:
                return contact_name(row.change.name)
            if column == COL_EMAIL:
                return row.email
            if column == COL_FIELDS:
                return row.fields
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_INCLUDE \
                and not is_waiting_for_choice(row.change):
            return (Qt.CheckState.Unchecked if row.key in self._excluded
                    else Qt.CheckState.Checked)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ACTION:
            return conflict_icon() if row.has_conflict else action_icon(row.change.action)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FIELDS:
                return row.fields
            if column == COL_ACTION:  # the whole action, when the column cuts it
                return f"{self._action(row)} — {reason_text(row.change.why)}"
            return reason_text(row.change.why)
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_INCLUDE:
            return False
        key = self._rows[self._visible[index.row()]].key
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self._excluded.discard(key)
        else:
            self._excluded.add(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.exclusions_changed.emit()
        self.inclusion_set.emit([key], checked)
        return True

    def _action(self, row: ChangeRow) -> str:
        change = row.change
        waiting = is_waiting_for_choice(change)
        cache_key = (change.action, change.target, row.has_conflict, waiting)
        text = self._action_text.get(cache_key)
        if text is None:
            text = action_label(change.action, change.target)
            if waiting:
                text = QCoreApplication.translate("ChangeTableModel", "your choice (conflict)")
            elif row.has_conflict:
                text = QCoreApplication.translate("ChangeTableModel", "{action} (conflict)"
                                                  ).format(action=text)
            self._action_text[cache_key] = text
        return text
