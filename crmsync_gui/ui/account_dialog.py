"""The Google account from the window (R-UI8): sign in again when the sign-in was lost
(revoked, expired — an OAuth app left in Testing expires sign-ins every 7 days — or never
kept, without a keyring), switch to another account, sign out. No restart, no command."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import SyncService
from crmsync_gui.google.auth import DEFAULT_SIGN_IN_TIMEOUT
from crmsync_gui.ui.errors import ErrorText
from crmsync_gui.ui.job_client import JobClient
from crmsync_gui.ui.reasons import text_in_language
from crmsync_gui.ui.sign_in_panel import SignInPanel, show_problem
from crmsync_gui.ui.styles import WARNING_STYLE
from crmsync_gui.ui.worker import JobRunner


class AccountDialog(QDialog):
    account_changed = Signal()  # signed in (again, or as another account) or out

    def __init__(self, service: SyncService, runner: JobRunner,
                 open_url: Callable[[str], object] | None, why: str = "",
                 timeout: float = DEFAULT_SIGN_IN_TIMEOUT,
                 parent: QWidget | None = None) -> None:
        """``why``: what brought the user here (a lost sign-in), said at the top."""
        super().__init__(parent)
        self.service = service
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Google account"))
        self.resize(620, 340)
        self.jobs = JobClient(runner, "account", self)
        self.jobs.finished.connect(self._finished)
        self.jobs.failed.connect(self._failed)
        self.why = QLabel(why)
        self.why.setObjectName("accountWhy")
        self.why.setWordWrap(True)
        self.why.setStyleSheet(WARNING_STYLE)
        self.why.setVisible(bool(why))
        self.current = QLabel()
        self.current.setObjectName("currentAccount")
        self.current.setWordWrap(True)
        self.keyring = QLabel()
        self.keyring.setObjectName("keyringWarning")
        self.keyring.setWordWrap(True)
        self.keyring.setStyleSheet(WARNING_STYLE)
        self.states = QLabel(self.tr(
            "Each Google account keeps its own sync state: another account starts its own "
            "first sync with the CRM, and coming back to this one later finds it as you "
            "left it."))
        self.states.setWordWrap(True)
        self.panel = SignInPanel(service, runner, open_url, timeout, self)
        self.panel.signed_in.connect(self._signed_in)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.clicked.connect(self.ask_sign_out)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.why, self.current, self.keyring, self.panel, self.states):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.sign_out_box: QMessageBox | None = None
        self.show_account()

    def show_account(self) -> None:
        session = self.service.session
        account = session.account
        if account is None:
            self.current.setText(self.tr("Not signed in to Google: nothing is synced until "
                                         "you sign in."))
        else:
            self.current.setText(self.tr("Google account: <b>{email}</b>").format(
                email=html.escape(account.email or account.sub)))
        warning = session.tokens.warning
        self.keyring.setText(text_in_language(warning) if warning else "")
        self.keyring.setVisible(warning is not None)
        self.sign_out_button.setVisible(account is not None)
        self.panel.show_account()
        if account is not None:
            self.panel.account_label.clear()  # said once, above
        if account is not None and self.why.isVisibleTo(self):
            # The sign-in was lost: the same account again, first of all.
            self.panel.sign_in_button.setText(self.tr("Sign in again"))

    def reject(self) -> None:
        self.panel.cancel()  # a flow left waiting would hold the worker for minutes
        super().reject()

    def _signed_in(self, _account: object) -> None:
        self.why.hide()
        self.show_account()
        self.account_changed.emit()
        self.accept()

    def ask_sign_out(self) -> QMessageBox:
        account = self.service.session.account
        email = account.email if account else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign out?"),
                          self.tr("Sign out of {email}?").format(email=email),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setObjectName("confirmSignOut")
        box.setInformativeText(self.tr(
            "CRM Sync stops syncing until you sign in again, and Google forgets its "
            "permission. Your contacts stay as they are, in the CRM and in Google."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self.sign_out)
        box.open()
        self.sign_out_box = box
        return box

    def sign_out(self) -> None:
        session = self.service.session
        self.sign_out_button.setEnabled(False)
        # Revoking asks Google: in the worker.
        self.jobs.start("sign-out", lambda _progress, _cancel: session.sign_out())

    def _finished(self, name: str, result: object) -> None:
        if name == "sign-out":
            self.sign_out_button.setEnabled(True)
            self.show_account()
            if result is not True:  # forgotten here; Google could not be (or was not) asked
                self.current.setText(self.current.text() + "<br>" + html.escape(self.tr(
                    "Google could not be reached to withdraw the permission: withdraw it "
                    "in your Google account's security settings if you want it gone there "
                    "too.")))
            self.account_changed.emit()

    def _failed(self, name: str, error: object) -> None:
        assert isinstance(error, ErrorText)
        self.sign_out_button.setEnabled(True)
        show_problem(self.current, error)
