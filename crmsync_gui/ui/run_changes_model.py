"""The table of History: what one run did to each contact (R-S7b).

A first sync journals 25,000 rows. The model keeps the service's ``RunChange`` list as it
comes and says a cell only when the view paints it; the words a column repeats (an
action, a side, a status, a set of fields) are translated once and kept. Sorting works on
plain lists inside the model, as in change_model.py: a ``QSortFilterProxyModel`` would
call back into Python for every comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from crmsync_gui.core.plan import Action
from crmsync_gui.core.record import FIELDS, Field
from crmsync_gui.core.run_changes import NOT_SYNCED, WARNING, WRITTEN, RunChange
from crmsync_gui.ui.icons import action_icon, error_icon, warning_icon
from crmsync_gui.ui.labels import field_label, side_label
from crmsync_gui.ui.reasons import name_or_id, reason_text
from crmsync_gui.ui.tables import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

COL_ACTION, COL_SIDE, COL_NAME, COL_FIELDS, COL_STATUS, COL_REASON = range(6)
_ALL_FIELDS = frozenset(name.value for name in FIELDS)
_ACTIONS = {action.value: action for action in Action}


def action_text(action: str) -> str:
    """What the run did, said in the past: History tells what happened."""
    return {
        Action.CREATE.value: translate("RunChangesModel", "created"),
        Action.UPDATE.value: translate("RunChangesModel", "updated"),
        Action.DELETE.value: translate("RunChangesModel", "deleted"),
        Action.KEEP.value: translate("RunChangesModel", "kept"),
        Action.RESTORE.value: translate("RunChangesModel", "restored"),
        Action.DETACH.value: translate("RunChangesModel", "no longer synced"),
        "": "",  # a contact the run did not write: its status says why
    }.get(action, action)


def status_text(status: str) -> str:
    return {
        WRITTEN: translate("RunChangesModel", "written"),
        NOT_SYNCED: translate("RunChangesModel", "not synced"),
        WARNING: translate("RunChangesModel", "warning"),
    }.get(status, status)


def fields_text(fields: tuple[str, ...]) -> str:
    """The fields written, by their labels; a create wrote them all (empty ones too)."""
    if _ALL_FIELDS.issubset(fields):
        return translate("RunChangesModel", "all fields")
    return ", ".join(_field_label(value) for value in fields)


def fields_tooltip(fields: tuple[str, ...]) -> str:
    return ", ".join(_field_label(value) for value in fields)


def _field_label(value: str) -> str:
    try:
        return field_label(Field(value))
    except ValueError:  # a field a later version wrote: its own name
        return value


class RunChangesModel(HeaderedTableModel):
    """A run's rows in journal order (written, then not synced, then warnings), sortable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RunChange] = []
        self._order: list[int] = []  # indexes into _rows, sorted
        self._words: dict[tuple[int, Hashable], str] = {}
        self._headers = (
            translate("RunChangesModel", "Action"),
            translate("RunChangesModel", "Side"),
            translate("RunChangesModel", "Name"),
            translate("RunChangesModel", "Fields"),
            translate("RunChangesModel", "Status"),
            translate("RunChangesModel", "Reason"),
        )

    # -- content -----------------------------------------------------------------------

    def set_changes(self, rows: list[RunChange]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._order = list(range(len(rows)))
        self.endResetModel()

    def change_at(self, row: int) -> RunChange:
        return self._rows[self._order[row]]

    def text(self, change: RunChange, column: int) -> str:
        """A cell's words; those repeated down a column are made once."""
        if column == COL_NAME:
            return name_or_id(change.name, change.crm_id, change.resource_name)
        if column == COL_REASON:
            return reason_text(change.reason)
        if column == COL_ACTION:
            return self._word(column, change.action, action_text)
        if column == COL_SIDE:
            return self._word(column, change.side, lambda side: side_label(side) if side
                              else "")
        if column == COL_FIELDS:
            return self._word(column, change.fields, fields_text)
        return self._word(column, change.status, status_text)

    def _word(self, column: int, value: Hashable, say: Callable[[Any], str]) -> str:
        key = (column, value)
        text = self._words.get(key)
        if text is None:
            text = self._words[key] = say(value)
        return text

    # -- sort, inside the model ----------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows_before = [self._order[index.row()] for index in before]
        journal = range(len(self._rows))
        if column < 0:  # no sort column: back to the journal's order
            self._order = list(journal)
        else:
            keys = [self.text(change, column).casefold() for change in self._rows]
            # From the journal's order, and stable even reversed: rows that say the same
            # stay in the order they were written.
            self._order = sorted(journal, key=keys.__getitem__,
                                 reverse=order == Qt.SortOrder.DescendingOrder)
        position = {row: i for i, row in enumerate(self._order)}
        self.changePersistentIndexList(before, [
            self.index(position[row], index.column())
            for row, index in zip(rows_before, before, strict=True)])
        self.layoutChanged.emit()

    # -- QAbstractTableModel -------------------------------------------------------------

    def shown_count(self) -> int:
        return len(self._order)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self._rows[self._order[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(change, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FIELDS:
                return fields_tooltip(change.fields) or None
            if column in (COL_NAME, COL_REASON):
                return self.text(change, column) or None
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(change, column)
        return None

    @staticmethod
    def _icon(change: RunChange, column: int) -> QIcon | None:
        if column == COL_ACTION and change.action in _ACTIONS:
            return action_icon(_ACTIONS[change.action])
        if column == COL_STATUS and change.status == NOT_SYNCED:
            return error_icon()
        if column == COL_STATUS and change.status == WARNING:
            return warning_icon()
        return None
