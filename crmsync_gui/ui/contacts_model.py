"""The table model of the Contacts page (R-UI7): every CRM contact, sorted and filtered
inside the model.

Built for 25,000 rows, like the Sync page's tables: the rows, their folded search text
and their sort keys come ready from the worker (``core.contact_book``); a search, a
filter or a sort is one pass over plain Python lists that leaves ``_visible`` (indexes
into the rows), and ``data()`` only formats the cells the view paints. A
``QSortFilterProxyModel`` would call back into Python for every comparison instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crmsync_gui.core.contact_book import NAME_TEXT, ContactBook, ContactRow, ContactStatus
from crmsync_gui.core.search import Query, fold
from crmsync_gui.ui.tables import HeaderedTableModel, let_go_later, relayout

Index = QModelIndex | QPersistentModelIndex

# The status second: the column the user reads with the name, never scrolled away.
(COL_NAME, COL_STATUS, COL_COMPANY, COL_JOB, COL_MOBILE, COL_EMAIL, COL_CITY,
 COL_TAGS) = range(8)
# Where each other column's text sits in ``ContactRow.column_texts`` (and sort_keys).
_TEXT_OF = {COL_NAME: NAME_TEXT, COL_COMPANY: 1, COL_JOB: 2, COL_MOBILE: 3, COL_EMAIL: 4,
            COL_CITY: 5, COL_TAGS: 6}


class ContactsModel(HeaderedTableModel):
    def __init__(self, status_text: Callable[[ContactStatus], str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._status_text = status_text
        self._book = ContactBook((), (), None, False)
        self._rows: tuple[ContactRow, ...] = ()
        self._hays: list[str] = []  # each row's search text, for Query.select
        self._visible: list[int] = []
        self._counts: Counter[ContactStatus] = Counter()
        self._live = 0
        self._query = Query(())
        self._status: ContactStatus | None = None
        self._tag = ""  # folded; "" = every tag
        self._sort: tuple[int, Qt.SortOrder] | None = (COL_NAME, Qt.SortOrder.AscendingOrder)
        self._sort_keys: dict[int, list[str]] = {}  # column → one folded key per row
        self._headers = (
            QCoreApplication.translate("ContactsModel", "Name"),
            QCoreApplication.translate("ContactsModel", "Sync status"),
            QCoreApplication.translate("ContactsModel", "Company"),
            QCoreApplication.translate("ContactsModel", "Job title"),
            QCoreApplication.translate("ContactsModel", "Mobile"),
            QCoreApplication.translate("ContactsModel", "Email"),
            QCoreApplication.translate("ContactsModel", "City"),
            QCoreApplication.translate("ContactsModel", "Tags"),
        )

    # -- what the page sets --------------------------------------------------------------

    def set_book(self, book: ContactBook) -> None:
        self.beginResetModel()
        let_go_later(self._rows)
        self._book, self._rows = book, book.rows
        self._hays = [row.search for row in book.rows]
        self._live = sum(1 for row in book.rows if row.status != ContactStatus.IN_TRASH)
        self._sort_keys = {}
        self._visible = self._select()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        query = Query.of(text)
        if query != self._query:
            self._query = query
            self._refilter()

    def set_status_filter(self, status: ContactStatus | None) -> None:
        if status != self._status:
            self._status = status
            self._refilter()

    def set_tag_filter(self, tag: str) -> None:
        folded = fold(tag)
        if folded != self._tag:
            self._tag = folded
            self._refilter()

    # -- what the page reads ---------------------------------------------------------------

    def total(self) -> int:
        """The contacts of the book (the trash aside)."""
        return self._live

    def counts(self) -> Counter[ContactStatus]:
        """Contacts per status, among those the search and tag filter let through."""
        return self._counts

    def row_at(self, row: int) -> ContactRow:
        return self._rows[self._visible[row]]

    def row_of(self, crm_id: int) -> int | None:
        for row, index in enumerate(self._visible):
            if self._rows[index].crm_id == crm_id:
                return row
        return None

    # -- Qt --------------------------------------------------------------------------------

    def shown_count(self) -> int:
        return len(self._visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[self._visible[index.row()]]
        if index.column() == COL_STATUS:
            return self._status_text(row.status)
        return row.column_texts()[_TEXT_OF[index.column()]]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def apply() -> list[int]:
            self._sort = (column, order) if column >= 0 else None
            self._visible = self._sorted(self._visible)
            return self._visible
        relayout(self, self._visible, apply)

    # -- inside ------------------------------------------------------------------------------

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._select()
        self.endResetModel()

    def _select(self) -> list[int]:
        rows, tag, status = self._rows, self._tag, self._status
        found = self._query.select(self._hays)
        if tag:
            found = [i for i in found if tag in rows[i].tag_keys]
        # The trash is a place of its own: listed under its status, never with the rest.
        trash = ContactStatus.IN_TRASH
        self._counts = Counter(rows[i].status for i in found)
        if status is not None:
            found = [i for i in found if rows[i].status == status]
        else:
            found = [i for i in found if rows[i].status != trash]
        return self._sorted(found)

    def _sorted(self, indexes: list[int]) -> list[int]:
        if self._sort is None:
            return indexes
        column, order = self._sort
        keys = self._keys(column)
        return sorted(indexes, key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _keys(self, column: int) -> list[str]:
        """Sort keys of one column, made on its first sort (folded: a city sorts as the
        user reads it, "Évry" beside "Evreux")."""
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == COL_STATUS:
                order = {status: f"{i:02d}" for i, status in enumerate(ContactStatus)}
                keys = [order[row.status] for row in self._rows]
            else:  # folded once per column and book, by the worker for the names
                keys = self._book.sort_keys(_TEXT_OF[column])
            self._sort_keys[column] = keys
        return keys
