"""A small read-only table model for the side lists (conflicts, skipped, possible
matches): text cells and the item each row stands for, sorted inside the model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from crmsync_gui.ui.tables import HeaderedTableModel

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class ItemListModel(HeaderedTableModel, Generic[T]):
    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._items: list[tuple[T, tuple[str, ...], QIcon | None]] = []

    def set_items(self, items: Sequence[tuple[T, tuple[str, ...], QIcon | None]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> T:
        return self._items[row][0]

    def items(self) -> list[T]:
        return [item for item, _cells, _icon in self._items]

    def shown_count(self) -> int:
        return len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _item, cells, icon = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return icon
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        entries = [self._items[index.row()] for index in before]
        self._items.sort(key=lambda entry: entry[1][column].casefold(),
                         reverse=order == Qt.SortOrder.DescendingOrder)
        # The selection follows its items (compared by identity: items may be equal).
        position = {id(entry): row for row, entry in enumerate(self._items)}
        self.changePersistentIndexList(before, [
            self.index(position[id(entry)], index.column())
            for entry, index in zip(entries, before, strict=True)])
        self.layoutChanged.emit()
