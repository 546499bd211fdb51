"""The detail pane: one contact's field-by-field diff, and the choices it needs.

It is rebuilt for each selection (one contact: a handful of widgets, never per table row).
Choices go out as signals; the window keeps them in its ``Decisions``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.core.contact_book import ContactRow
from crmsync_gui.core.google_entries import ADDRESSES, EMAILS, PHONES
from crmsync_gui.core.plan import Action, Change, Conflict, PossibleMatch, Side
from crmsync_gui.core.planner import display
from crmsync_gui.core.record import Field
from crmsync_gui.core.tags import tag_changes
from crmsync_gui.ui.change_model import is_waiting_for_choice
from crmsync_gui.ui.labels import action_label, entry_type_label, field_label
from crmsync_gui.ui.reasons import contact_name, reason_text

# What the user may do with a contact deleted in Google (R-S5).
KEEP, DELETE, RESTORE = "keep", "delete", "restore"


class DetailPane(QScrollArea):
    conflict_chosen = Signal(int, object, object)  # crm_id, Field, Side
    deletion_chosen = Signal(int, str)  # crm_id, KEEP | DELETE | RESTORE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(320)
        self.clear()

    # -- what to show ----------------------------------------------------------------

    def clear(self) -> None:
        body, layout = self._new_body()
        hint = QLabel(self.tr("Select a contact to see what would change."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.setWidget(body)

    def show_change(self, change: Change, conflicts: Sequence[Conflict],
                    chosen: Mapping[tuple[int, Field], Side], deletion: str | None,
                    contact: ContactRow | None = None) -> None:
        body, layout = self._new_body()
        direction = (self.tr("CRM → Google") if change.target is Side.GOOGLE
                     else self.tr("Google → CRM"))
        self._heading(layout, contact_name(change.name),
                      f"{direction} · {action_label(change.action, change.target)}",
                      reason_text(change.why))
        # The choices first: on a contact with many fields they used to sit below the
        # fold, and the pane came back to the top after each one.
        for conflict in conflicts:
            layout.addWidget(self._conflict_box(conflict, chosen))
        if change.target is Side.CRM and change.action in (Action.KEEP, Action.DELETE) \
                and change.crm_id is not None:
            layout.addWidget(self._deletion_box(change.crm_id, deletion or (
                DELETE if change.action is Action.DELETE else KEEP)))
        if change.diffs and not is_waiting_for_choice(change):  # its values: the choice's
            layout.addWidget(self._diff_table(change))
        elif contact is not None:  # a deletion: whom it is about, not just a name
            layout.addWidget(self._contact_box(contact))
        if change.left_entries:
            layout.addWidget(self._left_in_google_box(change))
        layout.addStretch(1)
        self.setWidget(body)

    def _contact_box(self, contact: ContactRow) -> QGroupBox:
        box = QGroupBox(self.tr("The contact"))
        box.setObjectName("deletedContact")
        grid = QGridLayout(box)
        rows = ((self.tr("Email"), contact.email), (self.tr("Mobile"), contact.mobile),
                (self.tr("Company"), contact.company), (self.tr("Job title"),
                                                        contact.job_title),
                (self.tr("City"), contact.city), (self.tr("Tags"), ", ".join(contact.tags)))
        for row, (label, value) in enumerate(r for r in rows if r[1]):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(self._value(value), row, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _left_in_google_box(self, change: Change) -> QGroupBox:
        """The Google emails and phones no CRM field takes: they stay as they are."""
        box = QGroupBox(self.tr("Stays in Google as it is"))
        grid = QGridLayout(box)
        for row, entry in enumerate(change.left_entries):
            kind = {EMAILS: self.tr("Email"), PHONES: self.tr("Phone"),
                    ADDRESSES: self.tr("Address")}.get(entry.list_name,
                                                       self.tr("Organization"))
            label = entry_type_label(entry.type)
            grid.addWidget(QLabel(f"{kind} ({label})" if label else kind), row, 0)
            grid.addWidget(self._value(entry.display()), row, 1)
        return box

    def show_conflict(self, conflict: Conflict,
                      chosen: Mapping[tuple[int, Field], Side]) -> None:
        body, layout = self._new_body()
        self._heading(layout, contact_name(conflict.name), self.tr("Changed on both sides"),
                      reason_text(conflict.why))
        layout.addWidget(self._conflict_box(conflict, chosen))
        layout.addStretch(1)
        self.setWidget(body)

    def show_match(self, match: PossibleMatch) -> None:
        """Two contacts that may be one person, side by side: what the user needs to
        decide — emails, phones, company, city — not just two names."""
        body, layout = self._new_body()
        pair = f"{contact_name(match.crm_name)} ↔ {contact_name(match.google_name)}"
        self._heading(layout, pair, self.tr("Possible match"), reason_text(match.why))
        box = QGroupBox(self.tr("Side by side"))
        box.setObjectName("matchSides")
        grid = QGridLayout(box)
        for column, text in enumerate(("", self.tr("CRM"), self.tr("Google"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        row = 1
        for name in (Field.PERSONAL_EMAIL, Field.WORK_EMAIL, Field.PERSONAL_MOBILE,
                     Field.HOME_PHONE, Field.WORK_PHONE, Field.WORK_MOBILE,
                     Field.COMPANY_NAME, Field.JOB_TITLE, Field.HOME_ADDRESS, Field.TAGS):
            crm = display(match.crm_record, name) if match.crm_record else ""
            google = display(match.google_record, name) if match.google_record else ""
            if not (crm or google):
                continue
            grid.addWidget(QLabel(field_label(name)), row, 0)
            grid.addWidget(self._value(crm), row, 1)
            grid.addWidget(self._value(google), row, 2)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)

    def show_note(self, title: str, subtitle: str, text: str) -> None:
        body, layout = self._new_body()
        self._heading(layout, title, subtitle, text)
        layout.addStretch(1)
        self.setWidget(body)

    # -- pieces ----------------------------------------------------------------------

    def _new_body(self) -> tuple[QWidget, QVBoxLayout]:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        return body, layout

    def _heading(self, layout: QVBoxLayout, title: str, subtitle: str, reason: str) -> None:
        name = QLabel(title or self.tr("(no name)"))
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        name.setFont(font)
        name.setObjectName("detailTitle")
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(name)
        layout.addWidget(QLabel(subtitle))
        if reason:
            why = QLabel(reason)
            why.setWordWrap(True)
            why.setEnabled(False)  # greyed: the explanation, not the content
            layout.addWidget(why)

    def _diff_table(self, change: Change) -> QWidget:
        box = QGroupBox(self.tr("Fields"))
        grid = QGridLayout(box)
        for column, text in enumerate((self.tr("Field"), self.tr("Before"), "",
                                       self.tr("After"))):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        for row, diff in enumerate(change.diffs, start=1):
            label = field_label(diff.field)
            if diff.into_note:
                label = self.tr("{field} (in the note)").format(field=label)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(self._value(diff.old, strike=bool(diff.old)), row, 1)
            grid.addWidget(QLabel("→"), row, 2)
            if diff.field is Field.TAGS:  # the names added and removed say it best
                grid.addWidget(self._value(f"{diff.new}\n({tag_changes(diff.old, diff.new)})"
                                           if diff.new else tag_changes(diff.old, diff.new)),
                               row, 3)
            else:
                grid.addWidget(self._value(diff.new), row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _value(self, text: str, strike: bool = False) -> QLabel:
        label = QLabel(text or self.tr("(empty)"))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not text:
            label.setEnabled(False)
        elif strike:
            font = label.font()
            font.setStrikeOut(True)
            label.setFont(font)
        return label

    def _conflict_box(self, conflict: Conflict,
                      chosen: Mapping[tuple[int, Field], Side]) -> QGroupBox:
        box = QGroupBox(self.tr("Conflict: {field}").format(field=field_label(conflict.field)))
        box.setObjectName(f"conflict-{conflict.crm_id}-{conflict.field.value}")
        layout = QVBoxLayout(box)
        current = chosen.get((conflict.crm_id, conflict.field), conflict.resolution)
        group = QButtonGroup(box)
        when = {Side.CRM: conflict.crm_updated_at, Side.GOOGLE: conflict.google_updated_at}
        for side, value, text in ((Side.CRM, conflict.crm_value, self.tr("Keep the CRM value")),
                                  (Side.GOOGLE, conflict.google_value,
                                   self.tr("Keep the Google value"))):
            button = QRadioButton(self.tr("{choice}: {value}").format(
                choice=text, value=value or self.tr("(empty)")))
            button.setObjectName(f"choose-{side.value}")
            button.setToolTip(self.tr("Changed {when}").format(
                when=when[side].strftime("%Y-%m-%d %H:%M")))
            button.setChecked(current is side)
            group.addButton(button)
            button.toggled.connect(partial(self._conflict_toggled, conflict, side))
            layout.addWidget(button)
        if current is None:
            note = QLabel(self.tr("Not synced until you choose."))
            note.setEnabled(False)
            layout.addWidget(note)
        return box

    def _deletion_box(self, crm_id: int, current: str) -> QGroupBox:
        box = QGroupBox(self.tr("Deleted in Google"))
        box.setObjectName("deletionChoice")
        layout = QVBoxLayout(box)
        group = QButtonGroup(box)
        for choice, text in ((KEEP, self.tr("Keep it in the CRM (no longer synced)")),
                             (DELETE, self.tr("Delete it in the CRM too")),
                             (RESTORE, self.tr("Send it back to Google"))):
            button = QRadioButton(text)
            button.setObjectName(f"deletion-{choice}")
            button.setChecked(choice == current)
            group.addButton(button)
            button.toggled.connect(partial(self._deletion_toggled, crm_id, choice))
            layout.addWidget(button)
        return box

    # Slots return None: a slot handing a value back to PySide is asking for trouble.
    def _conflict_toggled(self, conflict: Conflict, side: Side, on: bool) -> None:
        if on:
            self.conflict_chosen.emit(conflict.crm_id, conflict.field, side)

    def _deletion_toggled(self, crm_id: int, choice: str, on: bool) -> None:
        if on:
            self.deletion_chosen.emit(crm_id, choice)
