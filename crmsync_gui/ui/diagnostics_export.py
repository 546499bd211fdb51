"""Help ▸ Export diagnostics… (R-UI4): a zip for support, written by the worker.

The zip reads the logs and the state (SQLite), so it is a job like any other; the user
learns where it went, and that it holds no password or token.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crmsync_gui.app.diagnostics import export_diagnostics
from crmsync_gui.app.service import SyncService
from crmsync_gui.ui.errors import ErrorText, show_error
from crmsync_gui.ui.job_client import JobClient
from crmsync_gui.ui.worker import JobRunner


def start_folder() -> str:
    """Where the folder dialog opens: Documents when it exists (a fresh account, a
    minimal Linux may have none), else the home folder."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def ask_folder(parent: QWidget) -> Path | None:
    start = start_folder()
    title = QCoreApplication.translate("DiagnosticsExporter",
                                       "Where to save the diagnostics file")
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(folder) if folder else None


class DiagnosticsExporter(QObject):
    """Asks for a folder, exports in the worker, tells where the zip is."""

    exported = Signal(object)  # Path of the zip

    def __init__(self, service: SyncService, runner: JobRunner, parent: QWidget,
                 choose_folder: Callable[[QWidget], Path | None] = ask_folder) -> None:
        super().__init__(parent)
        self.service = service
        self.window = parent
        self.choose_folder = choose_folder  # tests answer without a file dialog
        self.jobs = JobClient(runner, "diagnostics", self)
        self.jobs.finished.connect(self._on_finished)
        self.jobs.failed.connect(self._on_failed)
        self.result_box: QMessageBox | None = None

    def export(self) -> None:
        folder = self.choose_folder(self.window)
        if folder is None:
            return
        service = self.service
        self.jobs.start("export", lambda _progress, _cancel: export_diagnostics(service, folder))

    def _on_finished(self, _name: str, result: object) -> None:
        assert isinstance(result, Path)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Diagnostics exported"),
                          self.tr("The diagnostics file is saved as:\n{path}")
                          .format(path=result), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("diagnosticsExported")
        box.setInformativeText(self.tr("Send it to support. It holds the logs, the settings "
                                       "and a summary of the sync state, without passwords "
                                       "or tokens."))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy it
        box.open()
        self.result_box = box
        self.exported.emit(result)

    def _on_failed(self, _name: str, error: object) -> None:
        assert isinstance(error, ErrorText)
        show_error(self.window, error)
