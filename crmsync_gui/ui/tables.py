"""What every table of the window shares: built for 25,000 rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from crmsync_gui.core.heap import SLICE

ROW_HEIGHT_PADDING = 6
Index = QModelIndex | QPersistentModelIndex


def fast_rows(view: QTableView) -> None:
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


_LEFT: list[list[object]] = []  # rows a model let go of, freed a slice per turn


def let_go_later(rows: Sequence[object]) -> None:
    """Rows a model no longer shows, freed a slice per turn of the event loop: freeing
    25,000 at once, in the window's thread, froze it ~90 ms after each sync's preview
    (core/heap.py says why)."""
    if len(rows) > SLICE:
        _LEFT.append(list(rows))
        if len(_LEFT) == 1:
            QTimer.singleShot(0, _free_a_slice)


def _free_a_slice() -> None:
    del _LEFT[0][-SLICE:]
    if not _LEFT[0]:
        _LEFT.pop(0)
    if _LEFT:
        QTimer.singleShot(0, _free_a_slice)


def relayout(model: QAbstractItemModel, visible: list[int],
             reorder: Callable[[], list[int]]) -> None:
    """A model that shows ``visible`` (indexes into its rows) re-orders them with
    ``reorder``: the selection and the current row follow their rows to where they go."""
    model.layoutAboutToBeChanged.emit()
    before = model.persistentIndexList()
    rows_before = [visible[i.row()] if i.isValid() else -1 for i in before]
    position = {row: i for i, row in enumerate(reorder())}
    model.changePersistentIndexList(before, [
        model.index(position[row], index.column()) if row in position else QModelIndex()
        for row, index in zip(rows_before, before, strict=True)])
    model.layoutChanged.emit()


class HeaderedTableModel(QAbstractTableModel):
    """What the window's table models share: a header per column (``_headers``) and
    as many rows as ``shown_count`` says (the rows a filter lets through)."""

    _headers: Sequence[str]

    def shown_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
