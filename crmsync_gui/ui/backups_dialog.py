"""The backups of both sides (R-S8): listed, and restorable side by side.

A restore overwrites what the user has now, so it asks which sides and then asks again
in words; the CRM's current file is itself backed up first by the service, and the report
says where.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import RestoreReport, SyncService
from crmsync_gui.sync.backup import BackupInfo
from crmsync_gui.ui.errors import ErrorText, show_error
from crmsync_gui.ui.history_dialog import local_time
from crmsync_gui.ui.job_client import JobClient
from crmsync_gui.ui.reasons import reason_text
from crmsync_gui.ui.worker import JobRunner


class Sides(Enum):
    BOTH = (True, True)
    CRM = (True, False)
    GOOGLE = (False, True)

    @property
    def crm(self) -> bool:
        return self.value[0]

    @property
    def google(self) -> bool:
        return self.value[1]


class RestoreSidesDialog(QDialog):
    """Which sides to put back: the CRM database, the Google contacts, or both."""

    def __init__(self, backup: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreSides")
        self.setWindowTitle(self.tr("Restore a backup"))
        when = local_time(backup.created_at)
        intro = QLabel(self.tr("Restore the backup of {when}: what should be put back?")
                       .format(when=when))
        intro.setWordWrap(True)
        self.both = QRadioButton(self.tr("Both the CRM database and the Google contacts"))
        self.crm_only = QRadioButton(self.tr("Only the CRM database (%Ln contact(s))", "",
                                             backup.crm_contacts))
        self.google_only = QRadioButton(self.tr("Only the Google contacts (%Ln contact(s))",
                                                "", backup.google_contacts))
        self.both.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Continue…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.both, self.crm_only, self.google_only, buttons):
            layout.addWidget(widget)

    def sides(self) -> Sides:
        if self.crm_only.isChecked():
            return Sides.CRM
        if self.google_only.isChecked():
            return Sides.GOOGLE
        return Sides.BOTH


class BackupsDialog(QDialog):
    """The backups, newest first, with Restore…."""

    changed = Signal()  # a restore wrote to the contacts: the window previews again
    backups_loaded = Signal()
    restore_done = Signal(object)  # RestoreReport

    def __init__(self, service: SyncService, runner: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.service = service
        self.jobs = JobClient(runner, "backups", self)
        self.jobs.finished.connect(self._on_finished)
        self.jobs.failed.connect(self._on_failed)
        self.jobs.busy_changed.connect(self._update_buttons)
        self.backups: list[BackupInfo] = []
        self.report_box: QMessageBox | None = None

        intro = QLabel(self.tr("A backup of both sides is made before the first sync and "
                               "before any sync that deletes contacts."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Why"),
                                              self.tr("CRM contacts"),
                                              self.tr("Google contacts")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(lambda: self._update_buttons(self.jobs.busy))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.ask_sides)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(680, 380)
        self._update_buttons(self.jobs.busy)
        self.reload()

    def reload(self) -> None:
        service = self.service
        self.jobs.start("list", lambda _progress, _cancel: service.backups())

    def _show_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = sorted(backups, key=lambda b: b.created_at, reverse=True)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (local_time(backup.created_at), reason_text(backup.why),
                     str(backup.crm_contacts), str(backup.google_contacts))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons(self.jobs.busy)
        self.backups_loaded.emit()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self, busy: bool) -> None:
        self.restore_button.setEnabled(not busy and self.selected() is not None)

    # -- restore: which sides, are you sure, then the worker ---------------------------

    def ask_sides(self) -> RestoreSidesDialog | None:
        backup = self.selected()
        if backup is None:
            return None
        dialog = RestoreSidesDialog(backup, self)
        dialog.accepted.connect(lambda: self.confirm(backup, dialog.sides()))
        dialog.open()
        return dialog

    def confirm(self, backup: BackupInfo, sides: Sides) -> QMessageBox:
        what = {Sides.BOTH: self.tr("the CRM database and the Google contacts"),
                Sides.CRM: self.tr("the CRM database"),
                Sides.GOOGLE: self.tr("the Google contacts")}[sides]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore this backup?"),
                          self.tr("Put back {what} as they were on {when}?")
                          .format(what=what, when=local_time(backup.created_at)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setObjectName("confirmRestore")
        box.setInformativeText(self.tr("Changes made since then on that side are replaced. "
                                       "The CRM database as it is now is backed up first."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self.restore(backup, sides))
        box.open()
        return box

    def restore(self, backup: BackupInfo, sides: Sides) -> None:
        service, name = self.service, backup.name
        self.restore_button.setEnabled(False)
        self.jobs.start("restore", lambda _progress, _cancel: service.restore_backup(
            name, crm=sides.crm, google=sides.google))

    def report_text(self, report: RestoreReport) -> str:
        lines = [self.tr("The backup of {when} is restored.")
                 .format(when=local_time(report.backup.created_at))]
        if report.safety_backup is not None:
            lines.append(self.tr("The CRM database is back to %Ln contact(s); the one you "
                                 "had is kept as the backup of {when}.", "",
                                 report.backup.crm_contacts)
                         .format(when=local_time(report.safety_backup.created_at)))
        if report.google is not None:
            lines.append(self.tr("Google: {created}, {reverted}.").format(
                created=self.tr("%n contact(s) created again", "", report.google.recreated),
                reverted=self.tr("%n put back as it was", "", report.google.reverted)))
        return "\n".join(lines)

    def _on_finished(self, name: str, result: object) -> None:
        if name == "list":
            assert isinstance(result, list)
            self._show_backups(result)
        elif name == "restore":
            assert isinstance(result, RestoreReport)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup restored"),
                              self.report_text(result), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("restoreReport")
            box.open()
            self.report_box = box
            self.restore_done.emit(result)
            self.changed.emit()
            self.reload()  # restoring the CRM made a new (safety) backup

    def _on_failed(self, name: str, error: object) -> None:
        assert isinstance(error, ErrorText)
        self._update_buttons(self.jobs.busy)
        show_error(self, error)
