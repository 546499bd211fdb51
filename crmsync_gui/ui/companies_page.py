"""The Companies page (R-UI7, R-CRM1): the CRM's companies, found by the same search as
contacts; create, rename, and delete — refused while contacts are linked, with the
choice to unlink them first. Work runs in the worker (``jobs.change_company``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import CompanyRow, SyncService
from crmsync_gui.core.search import Query, haystack
from crmsync_gui.ui import jobs
from crmsync_gui.ui.list_model import ItemListModel
from crmsync_gui.ui.tables import fast_rows
from crmsync_gui.ui.worker import JobRunner


class CompaniesPage(QWidget):
    message = Signal(str, int)

    def __init__(self, service: SyncService, runner: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.rows: list[CompanyRow] = []
        self._hays: list[str] = []
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("companySearch")
        self.search_edit.setPlaceholderText(self.tr("Search the companies"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._show)
        self.new_button = QPushButton(self.tr("New company…"))
        self.new_button.clicked.connect(lambda: self.create())
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(lambda: self.rename_current())
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(lambda: self.delete_current())
        top = QHBoxLayout()
        for widget in (self.new_button, self.search_edit, self.rename_button,
                       self.delete_button):
            top.addWidget(widget, 3 if widget is self.search_edit else 0)
        self.model: ItemListModel[CompanyRow] = ItemListModel(
            [self.tr("Company"), self.tr("Contacts")], self)
        self.view = QTableView()
        self.view.setObjectName("companiesTable")
        self.view.setModel(self.model)
        fast_rows(self.view)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.contacts_title = QLabel()
        self.contacts = QListWidget()
        self.contacts.setObjectName("companyContacts")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.contacts_title)
        side_layout.addWidget(self.contacts)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._update_buttons()

    def load(self) -> bool:
        service = self.service
        return self.runner.start("companies", lambda _p, _c: jobs.companies(service))

    def show_companies(self, outcome: jobs.CompaniesOutcome) -> None:
        current = self.current()
        self.rows = outcome.rows
        self._hays = [haystack((row.name, *row.contacts)) for row in outcome.rows]
        self._show()
        self._select(outcome.selected if outcome.selected is not None else
                     current.company_id if current else None)

    def _show(self) -> None:
        query = Query.of(self.search_edit.text())
        self.model.set_items([(row, (row.name, str(len(row.contacts))), None)
                              for row, hay in zip(self.rows, self._hays, strict=True)
                              if query.matches(hay)])
        self._on_current(self.view.currentIndex())

    def _select(self, company_id: int | None) -> None:
        for i in range(self.model.rowCount()):
            if self.model.item_at(i).company_id == company_id:
                self.view.selectRow(i)
                return
        self._on_current(self.view.currentIndex())

    def current(self) -> CompanyRow | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _on_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.model.item_at(index.row()) if index.isValid() else None
        self.contacts.clear()
        if row is None:
            self.contacts_title.setText(self.tr("Choose a company to see its contacts."))
        else:
            self.contacts_title.setText(self.tr("%n contact(s) at {name}", "",
                                                len(row.contacts)).format(name=row.name))
            self.contacts.addItems(row.contacts)
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not getattr(self, "_busy", False)
        chosen = self.current() is not None
        self.new_button.setEnabled(idle)
        self.rename_button.setEnabled(idle and chosen)
        self.delete_button.setEnabled(idle and chosen)

    # -- changes ---------------------------------------------------------------------------

    def create(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New company"), self.tr("Name:"))
            if not ok:
                return False
        return self._change("create", None, name)

    def rename_current(self, name: str | None = None) -> bool:
        row = self.current()
        if row is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename the company"),
                                            self.tr("Name:"), text=row.name)
            if not ok:
                return False
        return self._change("rename", row.company_id, name)

    def delete_current(self, confirm: bool | None = None) -> bool:
        """Delete the chosen company; with linked contacts, only after the user agreed
        that they lose it (``confirm``: the answer, for scripts and tests)."""
        row = self.current()
        if row is None:
            return False
        unlink = False
        if row.contacts:
            if confirm is None:
                answer = QMessageBox.question(
                    self, self.tr("Delete {name}?").format(name=row.name),
                    self.tr("%n contact(s) lose their company in Google at the next sync. "
                            "Unlink them and delete the company?", "", len(row.contacts)))
                confirm = answer == QMessageBox.StandardButton.Yes
            if not confirm:
                return False
            unlink = True
        return self._change("delete", row.company_id, unlink=unlink)

    def _change(self, action: str, company_id: int | None, name: str = "",
                unlink: bool = False) -> bool:
        service = self.service
        return self.runner.start("company", lambda _p, _c: jobs.change_company(
            service, action, company_id, name, unlink))
