"""A contact's companies in the editor (R-UI7, Simple CRM's Contact-Société): join one
(existing, or a new one made on save), leave one, choose the primary one — the one whose
name, job title and professional phone, mobile and email go to Google. The editor's
four professional fields show and edit the company selected in the list."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import LinkDraft
from crmsync_gui.core.mapping import LINK_COLUMNS
from crmsync_gui.core.search import fold


@dataclass
class _Link:
    company_id: int | None
    name: str
    values: dict[str, str] = field(default_factory=lambda: dict.fromkeys(LINK_COLUMNS, ""))
    primary: bool = False


class CompanyLinks(QWidget):
    selected = Signal()  # another company shown in the fields: readings are redone

    def __init__(self, links: tuple[LinkDraft, ...], companies: list[tuple[int, str]],
                 fields: dict[str, QLineEdit], parent: QWidget | None = None) -> None:
        """``fields``: the editor's job title, work phone, work mobile and work email."""
        super().__init__(parent)
        self.companies = companies
        self.fields = fields
        self._links = [_Link(link.company_id, link.company_name, dict(link.values),
                             link.primary) for link in links]
        self._shown: int | None = None
        self._left: dict[str, _Link] = {}  # left in this editor: joined again, as it was
        self.list = QListWidget()
        self.list.setObjectName("companyLinks")
        self.list.setMaximumHeight(84)
        self.add_button = QPushButton(self.tr("Add a company…"))
        self.add_button.setObjectName("addCompany")
        self.add_button.clicked.connect(self.choose_company)
        self.primary_button = QPushButton(self.tr("Make primary"))
        self.primary_button.setObjectName("makePrimary")
        self.primary_button.setToolTip(self.tr("Its name, job title and professional phone, "
                                               "mobile and email are the ones sent to Google."))
        self.primary_button.clicked.connect(self.make_primary)
        self.leave_button = QPushButton(self.tr("Leave this company"))
        self.leave_button.setObjectName("leaveCompany")
        self.leave_button.clicked.connect(self.leave)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.primary_button, self.leave_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        self.hint = QLabel(self.tr("Google keeps one company per contact: the primary one. "
                                   "The others stay in the CRM."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        self.list.currentRowChanged.connect(self._show)
        self._refill(0 if self._links else None)

    # -- what the user does ---------------------------------------------------------------

    def choose_company(self) -> None:
        """Pick a company the contact is not in yet, or type a new name."""
        linked = {fold(link.name) for link in self._links}
        names = [name for _id, name in self.companies if fold(name) not in linked]
        name, chosen = QInputDialog.getItem(
            self, self.tr("Add a company"),
            self.tr("Company (choose one, or type the name of a new one):"), names, 0, True)
        if chosen and name.strip():
            self.add(name)

    def add(self, name: str) -> None:
        """The contact joins ``name``: an existing company when one is called so (as the
        search folds names: Cœur = coeur), else a new one, made on save. The first
        company is the primary one."""
        name = " ".join(name.split())
        if not name:
            return
        self._flush()  # what was typed for the company shown stays with it
        already = next((i for i, link in enumerate(self._links)
                        if fold(link.name) == fold(name)), None)
        if already is None:
            back = self._left.pop(fold(name), None)
            if back is not None:  # left a moment ago: its job title and phones come back
                back.primary = not self._links
                self._links.append(back)
            else:
                company_id, known_name = next(
                    ((cid, known) for cid, known in self.companies
                     if fold(known) == fold(name)), (None, name))
                self._links.append(_Link(company_id, known_name, primary=not self._links))
            already = len(self._links) - 1
        self._refill(already)
        self.fields["job_title"].setFocus()

    def leave(self) -> None:
        """The contact leaves the company shown (the company itself stays)."""
        row = self.list.currentRow()
        if row < 0:
            return
        self._flush()
        left = self._links.pop(row)
        self._left[fold(left.name)] = left
        if left.primary and self._links:
            self._links[0].primary = True
        self._refill(min(row, len(self._links) - 1) if self._links else None)

    def make_primary(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._flush()
        for i, link in enumerate(self._links):
            link.primary = i == row
        self._refill(row)

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    # -- what the editor reads ------------------------------------------------------------

    def links(self) -> tuple[LinkDraft, ...]:
        self._flush()
        return tuple(LinkDraft(link.company_id, link.name, dict(link.values), link.primary)
                     for link in self._links)

    def names(self) -> list[str]:
        return [link.name for link in self._links]

    # -- inside -----------------------------------------------------------------------------

    def _flush(self) -> None:
        """The fields' text back into the link they show."""
        if self._shown is not None and self._shown < len(self._links):
            self._links[self._shown].values = {
                name: self.fields[name].text().strip() for name in LINK_COLUMNS}

    def _refill(self, row: int | None) -> None:
        """The list redrawn after a change of the links (the shown fields already
        written back), ``row`` shown."""
        self._shown = None
        self.list.blockSignals(True)
        self.list.clear()
        for link in self._links:
            text = link.name
            if link.company_id is None:
                text = self.tr("{name} (new company)").format(name=text)
            if link.primary:
                text = self.tr("{name} — primary").format(name=text)
            self.list.addItem(text)
        self.list.setCurrentRow(-1 if row is None else row)
        self.list.blockSignals(False)
        self._show(-1 if row is None else row)

    def _show(self, row: int) -> None:
        if row != self._shown:
            self._flush()
        has = 0 <= row < len(self._links)
        for name in LINK_COLUMNS:
            self.fields[name].setText(self._links[row].values.get(name, "") if has else "")
            self.fields[name].setEnabled(has)
        self._shown = row if has else None
        self.primary_button.setEnabled(has and not self._links[row].primary)
        self.leave_button.setEnabled(has)
        self.selected.emit()
