"""Failures as the user reads them: a title, a sentence, and details on demand."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmsync_gui.app.settings import SettingsError
from crmsync_gui.crm.model import CrmError
from crmsync_gui.google.errors import GoogleError
from crmsync_gui.state.store import StateError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


@dataclass(frozen=True)
class ErrorText:
    title: str
    message: str
    detail: str = ""


def describe_error(error: BaseException) -> ErrorText:
    """Words for any failure a job can meet; the traceback stays in the log."""
    if isinstance(error, GoogleError):
        return ErrorText(_tr(error.title), error.message, error.detail)
    if isinstance(error, CrmError):
        return ErrorText(_tr("CRM database problem"), str(error), type(error).__name__)
    if isinstance(error, StateError):
        return ErrorText(_tr("Sync state problem"), str(error), type(error).__name__)
    if isinstance(error, SettingsError):
        return ErrorText(_tr("Settings problem"), str(error), "")
    if isinstance(error, OSError):
        return ErrorText(_tr("File or network problem"), str(error) or type(error).__name__,
                         repr(error))
    return ErrorText(_tr("Unexpected problem"),
                     _tr("Something went wrong. The log file has the details."),
                     f"{type(error).__name__}: {error}")


def show_error(parent: QWidget | None, error: ErrorText) -> None:
    """A message box with the sentence, and the detail behind "Show Details…"."""
    box = QMessageBox(QMessageBox.Icon.Warning, error.title, error.message,
                      QMessageBox.StandardButton.Ok, parent)
    if error.detail:
        box.setDetailedText(error.detail)
    box.setObjectName("errorBox")
    box.open()  # not exec(): tests and the event loop keep running
