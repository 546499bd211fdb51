"""The settings dialog: every option of ``Settings``, Google endpoints under "Advanced".

It edits a copy; the window hands ``result_settings()`` to the service, which validates
and saves it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.settings import (
    ConflictPolicy,
    DeletionPolicy,
    Language,
    Settings,
    SettingsError,
)
from crmsync_gui.google.auth import check_client_file
from crmsync_gui.google.errors import GoogleError
from crmsync_gui.ui.errors import describe_error
from crmsync_gui.ui.guide import GoogleSetupGuide
from crmsync_gui.ui.labels import conflict_policy_label, deletion_policy_label, language_label
from crmsync_gui.ui.reasons import reason_text

E = TypeVar("E", bound=StrEnum)


def policy_combo(values: list, label: object) -> QComboBox:  # type: ignore[type-arg]
    """A combo box of enum members shown in words, the member as item data."""
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)  # type: ignore[operator]
    return combo


def select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def chosen(combo: QComboBox, kind: type[E]) -> E:
    """The selected member: Qt hands a ``StrEnum`` back as a plain ``str``."""
    return kind(combo.currentData())


class PathEdit(QLineEdit):
    """A path, elided in the middle while it is not being edited: the start (which
    folder) and the end (which file) both show, not only the end of a long path."""

    def shown_text(self) -> str:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                             max(0, rect.width() - 4))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.hasFocus() or not self.text():
            super().paintEvent(event)
            return
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option,
                                   painter, self)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(2, 0, -2, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         self.shown_text())


class PathField(QWidget):
    """A line edit with a "Browse…" button."""

    def __init__(self, caption: str, file_filter: str, save: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = PathEdit()
        self.edit.textChanged.connect(self.edit.setToolTip)  # the whole path, on hover
        self._caption, self._filter, self._save = caption, file_filter, save
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _browse(self) -> None:
        chooser = QFileDialog.getSaveFileName if self._save else QFileDialog.getOpenFileName
        path, _ = chooser(self, self._caption, self.edit.text(), self._filter)
        if path:
            self.edit.setText(path)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, crm_path: Path,
                 parent: QWidget | None = None, tags: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self._default_crm = str(crm_path) if settings.crm_database is None else None

        self.conflict = policy_combo(list(ConflictPolicy), conflict_policy_label)
        self.deletion = policy_combo(list(DeletionPolicy), deletion_policy_label)
        self.label_name = QLineEdit(settings.label_name)
        # Which contacts: one choice of three (R-S13).
        self.scope_all = QRadioButton(self.tr("All contacts"))
        self.label_only = QRadioButton(self.tr("Only the Google contacts in this label"))
        self.scope_tag = QRadioButton(self.tr("Only contacts with this tag:"))
        self.only_tag = QComboBox()
        self.only_tag.setEditable(True)
        self.only_tag.addItems(list(tags))
        self.only_tag.setCurrentText(settings.only_tag or "")
        self.only_tag.setToolTip(self.tr(
            "CRM contacts with this tag go to Google, in the label of that name; Google "
            "contacts in that label come to the CRM with the tag. The others stay as "
            "they are on each side."))
        self.only_tag.currentTextChanged.connect(
            lambda text: self.scope_tag.setChecked(True) if text.strip() else None)
        scope = QButtonGroup(self)
        for button in (self.scope_all, self.label_only, self.scope_tag):
            scope.addButton(button)
        self.reminder = QSpinBox()
        self.reminder.setRange(1, 24 * 60)
        self.reminder.setSuffix(self.tr(" minutes"))
        self.reminders_paused = QCheckBox(self.tr("Pause reminders"))
        self.auto_sync = QCheckBox(self.tr("Sync by itself when nothing needs a decision"))
        self.start_at_login = QCheckBox(self.tr("Start CRM Sync when I log in"))
        self.language = policy_combo(list(Language), language_label)
        self.language.setToolTip(self.tr("Takes effect the next time CRM Sync starts"))
        self.crm_database = PathField(self.tr("CRM database"),
                                      self.tr("CRM database (*.sqlite3 *.sqlite *.db)"))
        self.crm_database.setText(settings.crm_database or str(crm_path))

        select(self.conflict, settings.conflict_policy)
        select(self.deletion, settings.deletion_policy)
        select(self.language, settings.language)
        (self.scope_tag if (settings.only_tag or "").strip() else self.label_only
         if settings.sync_label_only else self.scope_all).setChecked(True)
        self.reminder.setValue(settings.reminder_interval_minutes)
        self.reminders_paused.setChecked(settings.reminders_paused)
        self.auto_sync.setChecked(settings.auto_sync)
        self.start_at_login.setChecked(settings.start_at_login)

        sync_box = QGroupBox(self.tr("Sync"))
        sync_form = QFormLayout(sync_box)
        sync_form.addRow(self.tr("When both sides changed:"), self.conflict)
        sync_form.addRow(self.tr("When a contact is deleted in Google:"), self.deletion)
        sync_form.addRow(self.tr("Google label:"), self.label_name)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.scope_tag)
        tag_row.addWidget(self.only_tag, 1)
        sync_form.addRow(self.tr("Contacts to sync:"), self.scope_all)
        sync_form.addRow("", self.label_only)
        sync_form.addRow("", tag_row)
        sync_form.addRow(self.tr("CRM database:"), self.crm_database)

        app_box = QGroupBox(self.tr("Application"))
        app_form = QFormLayout(app_box)
        app_form.addRow(self.tr("Remind me every:"), self.reminder)
        app_form.addRow("", self.reminders_paused)
        app_form.addRow("", self.auto_sync)
        app_form.addRow("", self.start_at_login)
        app_form.addRow(self.tr("Language:"), self.language)

        self.api_endpoint = QLineEdit(settings.google_api_endpoint or "")
        self.auth_uri = QLineEdit(settings.google_auth_uri or "")
        self.token_uri = QLineEdit(settings.google_token_uri or "")
        # Every real installation signs in with its own OAuth client (the guide says how
        # to make one): a main setting, not an advanced one.
        self.client_secrets = PathField(self.tr("OAuth client file"),
                                        self.tr("Google OAuth client (*.json)"))
        self.client_secrets.setObjectName("clientSecrets")
        self.client_secrets.setText(settings.google_client_secrets or "")
        self.client_secrets.edit.setPlaceholderText(self.tr("none yet: see the guide"))
        guide_link = QLabel(self.tr("Your company’s own Google OAuth client (a JSON file). "
                                    "<a href=\"#guide\">How to make one: the Google setup "
                                    "guide</a>."))
        guide_link.setObjectName("clientGuideLink")
        guide_link.setWordWrap(True)
        guide_link.linkActivated.connect(self.show_guide)
        self.guide: GoogleSetupGuide | None = None
        google_box = QGroupBox(self.tr("Google"))
        google_form = QFormLayout(google_box)
        google_form.addRow(self.tr("OAuth client file:"), self.client_secrets)
        google_form.addRow("", guide_link)
        for edit in (self.api_endpoint, self.auth_uri, self.token_uri):
            edit.setPlaceholderText(self.tr("Google's default"))
        self.advanced = QGroupBox(self.tr("Advanced: Google endpoints (for proxies and tests)"))
        self.advanced.setCheckable(True)
        # Folded unless something is set: most people never need these.
        self.advanced.setChecked(any((settings.google_api_endpoint, settings.google_auth_uri,
                                      settings.google_token_uri)))
        advanced_form = QFormLayout(self.advanced)
        advanced_form.addRow(self.tr("People API address:"), self.api_endpoint)
        advanced_form.addRow(self.tr("Sign-in address:"), self.auth_uri)
        advanced_form.addRow(self.tr("Token address:"), self.token_uri)
        self.advanced.toggled.connect(self._fold_advanced)
        self._fold_advanced(self.advanced.isChecked())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (sync_box, app_box, google_box, self.advanced, buttons):
            layout.addWidget(widget)
        # As wide as its longest label needs (French ones are longer), never cut.
        self.setMinimumWidth(max(560, self.sizeHint().width()))

    def _fold_advanced(self, shown: bool) -> None:
        for child in self.advanced.findChildren(QWidget):
            child.setVisible(shown)
        # Folded: its title and tick box alone, not an empty frame under them.
        self.advanced.setFlat(not shown)
        self.advanced.setStyleSheet("" if shown else "QGroupBox { border: none; }")
        self.advanced.setMaximumHeight(16_777_215 if shown else
                                       self.advanced.fontMetrics().height() + 8)

    def result_settings(self) -> Settings:
        """A copy of the settings with the dialog's values (unknown keys kept)."""
        advanced = self.advanced.isChecked()

        def optional(text: str) -> str | None:
            return text.strip() or None if advanced else None

        return dataclasses.replace(
            self._original,
            conflict_policy=chosen(self.conflict, ConflictPolicy),
            deletion_policy=chosen(self.deletion, DeletionPolicy),
            label_name=self.label_name.text().strip(),
            sync_label_only=self.label_only.isChecked(),
            only_tag=(self.only_tag.currentText().strip() or None)
            if self.scope_tag.isChecked() else None,
            reminder_interval_minutes=self.reminder.value(),
            reminders_paused=self.reminders_paused.isChecked(),
            auto_sync=self.auto_sync.isChecked(),
            start_at_login=self.start_at_login.isChecked(),
            language=chosen(self.language, Language),
            crm_database=self._crm_database(),
            google_api_endpoint=optional(self.api_endpoint.text()),
            google_auth_uri=optional(self.auth_uri.text()),
            google_token_uri=optional(self.token_uri.text()),
            google_client_secrets=self.client_secrets.text() or None,
            extra=dict(self._original.extra))

    def _crm_database(self) -> str | None:
        text = self.crm_database.text()
        # Left at the default location: keep "default" so moving the profile keeps working.
        return None if not text or text == self._default_crm else text

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = GoogleSetupGuide(self)
        self.guide.show()
        self.guide.raise_()

    def _accept(self) -> None:
        settings = self.result_settings()
        try:
            settings.validate()
            if settings.google_client_secrets != self._original.google_client_secrets \
                    and settings.google_client_secrets:
                # A file that is no OAuth client (a service account's key, a web client)
                # is said now, naming the file, not at the next sign-in.
                check_client_file(settings.google_client_secrets)
        except SettingsError as error:
            QMessageBox.warning(self, self.tr("Settings"), reason_text(error.reason))
            return
        except GoogleError as error:
            QMessageBox.warning(self, self.tr("Settings"), describe_error(error).message)
            return
        self.accept()
