"""The contact editor (R-UI7, R-CRM1): every Simple CRM field of one contact, its
companies with their professional fields, the note with the block the sync maintains
shown apart and read-only. The window saves through the worker (``jobs.save_contact``);
this dialog only gathers and checks what the user typed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import ContactDraft, ContactForm
from crmsync_gui.core.phones import format_phone_for_display, normalize_phone, region_for
from crmsync_gui.core.record import looks_like_email
from crmsync_gui.ui.company_links import CompanyLinks
from crmsync_gui.ui.styles import resize_within_screen

PHONES = ("home_phone", "personal_mobile", "work_phone", "work_mobile")


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def __init__(self, tags: list[str], parent: QWidget) -> None:
        super().__init__(tags, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + str(index.data())


class ContactEditor(QDialog):
    saved = Signal(object)  # ContactDraft: the window saves it in the worker

    def __init__(self, form: ContactForm, tags: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        """``tags``: every tag in use, for completion (the Contacts page has them)."""
        super().__init__(parent)
        self.form = form
        self.setObjectName("contactEditor")
        self.setWindowTitle(self.tr("New contact") if form.crm_id is None
                            else self.tr("Edit contact"))
        # As tall as its fields, but never taller than the screen (a 1024×640 laptop):
        # the fields scroll, the message and the buttons stay in view.
        resize_within_screen(self, 660, 800)
        self.fields: dict[str, QLineEdit] = {}
        self.readings: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        fields = QWidget()
        layout = QVBoxLayout(fields)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        outer.addWidget(scroll, 1)
        layout.addWidget(self._group(self.tr("Person"), (
            ("first_name", self.tr("First name")), ("last_name", self.tr("Last name")),
            ("home_phone", self.tr("Home phone")), ("personal_mobile", self.tr("Mobile")),
            ("personal_email", self.tr("Email")))))
        layout.addWidget(self._group(self.tr("Home address"), (
            ("home_street", self.tr("Street")), ("home_postal_code", self.tr("Postal code")),
            ("home_city", self.tr("City")), ("home_country", self.tr("Country")))))
        company_box = self._group(self.tr("Companies"), (
            ("job_title", self.tr("Job title")), ("work_phone", self.tr("Work phone")),
            ("work_mobile", self.tr("Work mobile")), ("work_email", self.tr("Work email"))))
        self.company_links = CompanyLinks(form.links, form.companies, self.fields, self)
        self.company_links.selected.connect(self._show_readings)
        company_form = company_box.layout()
        assert isinstance(company_form, QFormLayout)
        company_form.insertRow(0, self.company_links)
        layout.addWidget(company_box)

        self.tags = QLineEdit(form.values.get("tags", ""))
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. VIP, Salon 2025"))
        self.tags.setCompleter(TagCompleter(list(tags), self.tags))
        self.note = QPlainTextEdit(form.note)
        self.note.setObjectName("note")
        other = QFormLayout()
        other.addRow(self.tr("Tags"), self.tags)
        other.addRow(self.tr("Note"), self.note)
        if form.managed_block:
            block = QPlainTextEdit(form.managed_block)
            block.setObjectName("managedBlock")
            block.setReadOnly(True)
            block.setMaximumHeight(110)
            other.addRow(self.tr("From Google"), block)
            said = QLabel(self.tr("The sync keeps this block: Google's professional values "
                                  "that the CRM fields above do not hold. Change them in "
                                  "Google, or in the fields above."))
            said.setWordWrap(True)
            other.addRow("", said)
        layout.addLayout(other)

        self.problem = QLabel()
        self.problem.setObjectName("editorProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        for name in ("home_country", "home_postal_code"):  # the region phones are read in
            self.fields[name].textChanged.connect(self._show_readings)
        self._show_readings()

    def _group(self, title: str, rows: tuple[tuple[str, str], ...]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for name, label in rows:
            field = QLineEdit(self.form.values.get(name, ""))
            field.setObjectName(name)
            self.fields[name] = field
            if name in PHONES:
                reading = QLabel()
                reading.setObjectName(f"{name}Reading")
                self.readings[name] = reading
                field.textChanged.connect(self._show_readings)
                row = QHBoxLayout()
                row.addWidget(field, 1)
                row.addWidget(reading)
                form.addRow(label, row)
            else:
                form.addRow(label, field)
        return box

    def _show_readings(self) -> None:
        """Beside each phone, the number as the sync reads it; one it cannot read is a
        warning, not a block (it is synced as typed)."""
        region = region_for(self.fields["home_country"].text(),
                            self.fields["home_postal_code"].text())
        for name, label in self.readings.items():
            typed = self.fields[name].text().strip()
            read = normalize_phone(typed, region) if typed else ""
            if not typed:
                label.setText("")
            elif read.startswith("+"):
                label.setText(self.tr("read as {number}").format(
                    number=format_phone_for_display(read)))
                label.setStyleSheet("color: palette(mid);")
            else:
                label.setText(self.tr("⚠ not read as a phone number: synced as typed"))
                label.setStyleSheet("color: #a15c00;")

    def draft(self) -> ContactDraft:
        values = {name: self.fields[name].text().strip() for name in (
            "last_name", "first_name", "home_phone", "personal_mobile", "personal_email",
            "home_street", "home_postal_code", "home_city", "home_country")}
        values["tags"] = self.tags.text().strip()
        return ContactDraft(self.form.crm_id, values, self.company_links.links(),
                            self.note.toPlainText(), self.form.read_at, self.form.read_text,
                            self.form.links)

    def save(self) -> None:
        """Checked here first (an email of the wrong shape is refused with a word, the
        company it is on shown); the window then saves in the worker and closes the
        editor once it is written."""
        draft = self.draft()
        bad = self._bad_email(draft)
        if bad is not None:
            row, value = bad
            if row is not None:
                self.company_links.select(row)
            self.show_problem(self.tr("{value} is not an email address "
                                      "(something@domain).").format(value=value))
            self.fields["personal_email" if row is None else "work_email"].setFocus()
            return
        if not any(draft.values[n] for n in (
                "last_name", "first_name", "personal_email", "personal_mobile")):
            self.show_problem(self.tr("Give the contact at least a name, an email or a "
                                      "mobile."))
            return
        self.problem.hide()
        self.saved.emit(draft)

    @staticmethod
    def _bad_email(draft: ContactDraft) -> tuple[int | None, str] | None:
        """The first email of the wrong shape: (None, it) for the personal one, (the
        company's row, it) for a professional one."""
        personal = draft.values["personal_email"]
        if personal and not looks_like_email(personal):
            return None, personal
        for row, link in enumerate(draft.links):
            value = link.values.get("work_email", "")
            if value and not looks_like_email(value):
                return row, value
        return None

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
