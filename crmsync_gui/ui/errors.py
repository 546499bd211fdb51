"""Failures as the user reads them: a title, a sentence, and details on demand.

The sentence of a Google or CRM error is its ``reason``, said in the user's language by
ui/reasons.py; the detail (for support) stays as the library or Google wrote it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmsync_gui.app.settings import SettingsError
from crmsync_gui.crm.csv_io import CsvImportError
from crmsync_gui.crm.model import CrmError
from crmsync_gui.google.errors import (
    GoogleError,
    RetriesCancelled,
    SignInCancelled,
    SignInRequired,
)
from crmsync_gui.state.store import StateDamagedError, StateError
from crmsync_gui.ui.reasons import reason_text

log = logging.getLogger(__name__)


# Literal strings in each call, so pyside6-lupdate finds them (see
# packaging/update_translations.py).
translate = QCoreApplication.translate

# The titles of crmsync_gui/google/errors.py, marked here for lupdate: describe_error
# translates ``error.title`` at run time (tests/ui/test_translations.py checks the list).
GOOGLE_ERROR_TITLES = (
    QT_TRANSLATE_NOOP("Errors", "Google Contacts error"),
    QT_TRANSLATE_NOOP("Errors", "Sign in to Google again"),
    QT_TRANSLATE_NOOP("Errors", "Sign-in cancelled"),
    QT_TRANSLATE_NOOP("Errors", "Cancelled"),
    QT_TRANSLATE_NOOP("Errors", "Full read needed"),
    QT_TRANSLATE_NOOP("Errors", "Contact changed in Google meanwhile"),
    QT_TRANSLATE_NOOP("Errors", "Google Contacts is full"),
    QT_TRANSLATE_NOOP("Errors", "Google is not answering"),
    QT_TRANSLATE_NOOP("Errors", "Google refused a change"),
    QT_TRANSLATE_NOOP("Errors", "Google answered with unusable data"),
    QT_TRANSLATE_NOOP("Errors", "No Google OAuth client configured"),  # google/auth.py
)


@dataclass(frozen=True)
class ErrorText:
    title: str
    message: str
    detail: str = ""
    # The sync state is damaged: the window offers to set it aside and start anew.
    state_reset: bool = False
    # The Google sign-in is gone (revoked, expired, never kept): the way out is to sign in.
    sign_in: bool = False
    # The user stopped it (a sign-in cancelled): said plainly, not as a failure.
    cancelled: bool = False
    # A situation the app knows and says in words (Google busy, a locked database, a
    # file that exists): logged without a traceback, kept for what nobody foresaw.
    foreseen: bool = True


def describe_error(error: BaseException) -> ErrorText:
    """Words for any failure a job can meet; the traceback stays in the log."""
    if isinstance(error, GoogleError):
        return ErrorText(translate("Errors", error.title), reason_text(error.reason),
                         error.detail, sign_in=isinstance(error, SignInRequired),
                         cancelled=isinstance(error, SignInCancelled | RetriesCancelled))
    if isinstance(error, CsvImportError):  # every refused line, each with its reason
        return ErrorText(translate("Errors", "Nothing was imported"),
                         reason_text(error.reason), "")
    if isinstance(error, CrmError):
        return ErrorText(translate("Errors", "CRM database problem"), reason_text(error.reason),
                         type(error).__name__)
    if isinstance(error, StateError):
        return ErrorText(translate("Errors", "Sync state problem"), reason_text(error.reason),
                         type(error).__name__,
                         state_reset=isinstance(error, StateDamagedError))
    if isinstance(error, SettingsError):
        return ErrorText(translate("Errors", "Settings problem"), reason_text(error.reason), "")
    if isinstance(error, OSError):
        return ErrorText(translate("Errors", "File or network problem"),
                         str(error) or type(error).__name__, repr(error))
    return ErrorText(translate("Errors", "Unexpected problem"),
                     translate("Errors", "Something went wrong. The log file has the details."),
                     f"{type(error).__name__}: {error}", foreseen=False)


def show_error(parent: QWidget | None, error: ErrorText) -> None:
    """A message box with the sentence, and the detail behind "Show Details…"."""
    box = QMessageBox(QMessageBox.Icon.Warning, error.title, error.message,
                      QMessageBox.StandardButton.Ok, parent)
    if error.detail:
        box.setDetailedText(error.detail)
    box.setObjectName("errorBox")
    box.open()  # not exec(): tests and the event loop keep running
