"""The File menu's CRM entries (R-CRM1, R-CRM3): Import CSV…, Export CSV…, New CRM
database…, Open CRM database…. The work runs in the worker (``jobs``); this object asks
for the file, and says what happened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from crmsync_gui.ui import jobs
from crmsync_gui.ui.reasons import reason_text

if TYPE_CHECKING:
    from crmsync_gui.ui.main_window import MainWindow

CSV_FILTER = "CSV (*.csv *.txt);;*"
REPORT_LINES = 12


class CrmFiles(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.report_box: QMessageBox | None = None
        self.import_action = QAction(self.tr("&Import CSV…"), window)
        self.import_action.setObjectName("importCsv")
        self.import_action.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        self.import_action.triggered.connect(lambda: self.import_csv())
        self.export_action = QAction(self.tr("&Export CSV…"), window)
        self.export_action.setObjectName("exportCsv")
        self.export_action.triggered.connect(lambda: self.export_csv())
        self.new_action = QAction(self.tr("&New CRM database…"), window)
        self.new_action.setObjectName("newDatabase")
        self.new_action.triggered.connect(lambda: self.choose_database(create=True))
        self.open_action = QAction(self.tr("&Open CRM database…"), window)
        self.open_action.setObjectName("openDatabase")
        self.open_action.triggered.connect(lambda: self.choose_database(create=False))
        if window.service.crm_database_locked_by_environment():
            for action in (self.new_action, self.open_action):
                action.setEnabled(False)
                action.setToolTip(self.tr("The CRMSYNC_CRM_DB environment variable chooses "
                                          "the CRM database"))

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.import_action, self.export_action])
        menu.addSeparator()
        menu.addActions([self.new_action, self.open_action])
        menu.setToolTipsVisible(True)

    def set_busy(self, busy: bool) -> None:
        locked = self.window.service.crm_database_locked_by_environment()
        self.import_action.setEnabled(not busy)
        self.export_action.setEnabled(not busy)
        for action in (self.new_action, self.open_action):
            action.setEnabled(not busy and not locked)

    # -- the jobs ----------------------------------------------------------------------

    def import_csv(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import contacts"),
                                                  "", CSV_FILTER)
            if not name:
                return False
            path = Path(name)
        service, chosen = self.window.service, path
        return self.window.runner.start("import_csv", lambda _progress, _cancel:
                                        jobs.import_csv(service, chosen))

    def export_csv(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export contacts"),
                                                  "contacts.csv", CSV_FILTER)
            if not name:
                return False
            path = Path(name)
        service, chosen = self.window.service, path
        return self.window.runner.start("export_csv", lambda _progress, _cancel:
                                        jobs.export_csv(service, chosen))

    def choose_database(self, create: bool, path: Path | None = None) -> bool:
        """Another CRM database: it has its own sync state (said before choosing)."""
        if path is None:
            answer = QMessageBox.question(
                self.window, self.tr("Another CRM database"),
                self.tr("Each CRM database has its own sync state: the first sync of "
                        "another one matches its contacts with Google again by email "
                        "(nobody is duplicated), and this one's history stays with it. "
                        "Go on?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            name, _ = (QFileDialog.getSaveFileName(self.window, self.tr("New CRM database"),
                                                   "crm.sqlite3", "SQLite (*.sqlite3 *.db)")
                       if create else
                       QFileDialog.getOpenFileName(self.window, self.tr("Open CRM database"),
                                                   "", "SQLite (*.sqlite3 *.db);;*"))
            if not name:
                return False
            path = Path(name)
        service, chosen = self.window.service, path
        return self.window.runner.start("choose_database", lambda _progress, _cancel:
                                        jobs.choose_database(service, chosen, create))

    # -- what they did --------------------------------------------------------------------

    def finished(self, result: object) -> bool:
        """Show a job's outcome if it is one of ours; False otherwise."""
        window = self.window
        if isinstance(result, jobs.ImportOutcome):
            window.contacts_page.show_contacts(result.book)
            self.report_box = self._import_report(result)
            window.crm_changed()  # the Sync page shows what the import sends to Google
        elif isinstance(result, jobs.ExportOutcome):
            window.statusBar().showMessage(self.tr(
                "%n contact(s) exported to {path}.", "", result.count).format(
                path=result.path), 15_000)
        elif isinstance(result, jobs.DatabaseOutcome):
            window.contacts_page.show_contacts(result.book)
            window.statusBar().showMessage(self.tr(
                "Now using the CRM database {path} (%n contact(s)).", "",
                result.info.contacts).format(path=result.info.path), 15_000)
            window.settings_applied.emit()
            window.crm_changed()
        else:
            return False
        return True

    def _import_report(self, outcome: jobs.ImportOutcome) -> QMessageBox:
        report = outcome.report
        counts = [self.tr("%n created", "", report.created),
                  self.tr("%n updated", "", report.updated),
                  self.tr("%n unchanged", "", report.unchanged)]
        if report.restored:
            counts.append(self.tr("%n restored from the trash", "", report.restored))
        if report.companies_created:
            counts.append(self.tr("%n companies created", "", report.companies_created))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import done"),
                          self.tr("{file}: {counts}.").format(file=outcome.path.name,
                                                             counts=", ".join(counts)),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("importReport")
        if report.warnings:
            lines = [reason_text(warning) for warning in report.warnings]
            box.setInformativeText("\n".join(f"• {line}" for line in lines[:REPORT_LINES]))
            if len(lines) > REPORT_LINES:
                box.setDetailedText("\n".join(lines))
        box.open()
        return box
