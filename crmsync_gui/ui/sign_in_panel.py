"""Signing in to Google without freezing (R-UI1, R-UI8): the OAuth flow waits in the
worker while this panel shows the address, a countdown and Cancel. One panel serves the
first-run wizard and the window's Account dialog (sign in again, switch account)."""

from __future__ import annotations

import dataclasses
import html
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.google_account import Account
from crmsync_gui.app.service import SyncService
from crmsync_gui.google.auth import SignInFlow, check_client_file
from crmsync_gui.google.errors import GoogleError
from crmsync_gui.ui.errors import ErrorText, describe_error, show_error
from crmsync_gui.ui.guide import GoogleSetupGuide
from crmsync_gui.ui.job_client import JobClient
from crmsync_gui.ui.worker import JobRunner

SIGN_IN_JOB = "sign-in"


def show_problem(label: QLabel, error: ErrorText) -> None:
    """An error in a page's own words: its title in bold, its sentence below, in red."""
    label.setText(f"<b>{html.escape(error.title)}</b><br>{html.escape(error.message)}")
    label.setStyleSheet("color: #b3261e;")


def show_note(label: QLabel, error: ErrorText) -> None:
    """What the user did (a cancelled sign-in), said plainly: not an error in red."""
    label.setStyleSheet("")
    label.setText(html.escape(error.message))


class SignInPanel(QWidget):
    signed_in = Signal(object)  # the Account
    changed = Signal()  # waiting began or ended: a wizard page re-checks "Next"

    def __init__(self, service: SyncService, runner: JobRunner,
                 open_url: Callable[[str], object] | None, timeout: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        # Its own job names: another panel's sign-in (the wizard's, an earlier dialog's)
        # is none of its business.
        self.jobs = JobClient(runner, f"sign-in-{id(self):x}", self)
        self.jobs.finished.connect(self._finished)
        self.jobs.failed.connect(self._failed)
        self.open_url = open_url
        self.timeout = timeout
        self.flow: SignInFlow | None = None
        self._deadline = 0.0
        self.sign_in_button = QPushButton(self.tr("Sign in with Google"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.account_label = QLabel()
        self.account_label.setObjectName("signedInAccount")
        self.account_label.setWordWrap(True)
        self.waiting_label = QLabel(self.tr("Waiting for your approval in the browser…"))
        self.url_label = QLabel()
        self.url_label.setObjectName("signInUrl")
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.url_label.setOpenExternalLinks(True)
        self.countdown_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"))
        self.cancel_button.clicked.connect(self.cancel)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.clicked.connect(self._show_details)
        # A new copy has no OAuth client of its own: the guide says how to make one, and
        # this button hands its file to the app (the demo signs in to its stand-in).
        self.own_client_button = QPushButton(self.tr("Use my own OAuth client…"))
        self.own_client_button.setObjectName("ownClientButton")
        self.own_client_button.clicked.connect(self.choose_client_file)
        self.own_client_button.setVisible(self.service.demo is None)
        self.guide_label = QLabel(self.tr(
            "Connecting your company’s Google Workspace for the first time? "
            "<a href=\"#guide\">Read the Google setup guide</a>."))
        self.guide_label.setObjectName("googleSetupGuideLink")
        self.guide_label.setWordWrap(True)
        self.guide_label.linkActivated.connect(self.show_guide)
        self.guide: GoogleSetupGuide | None = None
        self._error: ErrorText | None = None
        self._timer = QTimer(self, interval=200)
        self._timer.timeout.connect(self._tick)

        self.waiting = QWidget()
        waiting_layout = QVBoxLayout(self.waiting)
        waiting_layout.setContentsMargins(0, 0, 0, 0)
        waiting_layout.addWidget(self.waiting_label)
        waiting_layout.addWidget(QLabel(self.tr("If no browser opened, open this address:")))
        self.copy_button = QPushButton(self.tr("Copy address"))
        self.copy_button.clicked.connect(self._copy_url)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_label, 1)
        url_row.addWidget(self.copy_button)
        waiting_layout.addLayout(url_row)
        row = QHBoxLayout()
        row.addWidget(self.countdown_label, 1)
        row.addWidget(self.cancel_button)
        waiting_layout.addLayout(row)
        self.waiting.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.own_client_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.account_label)
        layout.addWidget(self.waiting)
        layout.addStretch(1)
        layout.addWidget(self.guide_label)
        self.details_button.hide()

    @property
    def busy(self) -> bool:
        return self.flow is not None

    def show_account(self) -> None:
        session = self.service.session
        account = session.account
        if account is not None:
            self.account_label.setStyleSheet("")
            self.account_label.setText(self.tr("Signed in as <b>{email}</b>.").format(
                email=html.escape(account.email or account.sub)))
            self.sign_in_button.setText(self.tr("Sign in with another account"))
        elif session.config_error is not None:
            # No OAuth client yet: say so before the user clicks; the guide and "Use my
            # own OAuth client…" are the way forward.
            show_problem(self.account_label, describe_error(session.config_error))
        self.changed.emit()

    def sign_in(self) -> bool:
        """Start the flow; False, saying why, when it cannot start now."""
        if self.jobs.busy or self.flow is not None:
            self.account_label.setStyleSheet("")
            self.account_label.setText(self.tr(
                "CRM Sync is busy (a preview, a sync or a sign-in): try again in a moment."))
            return False
        session = self.service.session
        try:
            flow = session.start_sign_in(
                open_url=self.open_url, timeout=self.timeout,
                # The browser's page once Google answered (approved or not), in the
                # window's language.
                success_message=self.tr("CRM Sync has received Google's answer. You can "
                                        "close this window and go back to CRM Sync."))
        except GoogleError as error:  # no OAuth client yet: nothing can happen, say why
            self._failed(SIGN_IN_JOB, describe_error(error))
            return False

        def run(_progress: object, _cancel: threading.Event) -> object:
            signed = flow.run()
            return session.finish_sign_in(signed.sub, signed.email, signed.refresh_token)

        self.jobs.start(SIGN_IN_JOB, run)
        self.flow = flow
        self._error = None
        self.details_button.hide()
        self.account_label.clear()
        self.url_label.clear()
        self.url_label.setToolTip("")
        self.sign_in_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.waiting.show()
        self._deadline = time.monotonic() + self.timeout
        self._tick()
        self._timer.start()
        self.changed.emit()
        return True

    def cancel(self) -> None:
        flow = self.flow
        if flow is None:
            return
        self.cancel_button.setEnabled(False)
        # cancel() answers the flow's loopback server over HTTP: not on the GUI thread.
        threading.Thread(target=flow.cancel, daemon=True, name="sign-in-cancel").start()

    def _tick(self) -> None:
        flow = self.flow
        if flow is not None and flow.url_ready.is_set() and not self.url_label.text():
            # The address is long (PKCE challenge, state): the link shows its start, the
            # tooltip and "Copy address" give all of it.
            url = flow.auth_url or ""
            shown = self.url_label.fontMetrics().elidedText(
                url, Qt.TextElideMode.ElideRight, max(200, self.url_label.width()))
            self.url_label.setText(f'<a href="{html.escape(url)}">{html.escape(shown)}</a>')
            self.url_label.setToolTip(url)
        left = max(0, int(self._deadline - time.monotonic()))
        self.countdown_label.setText(self.tr("The sign-in gives up in {m}:{s:02d}.").format(
            m=left // 60, s=left % 60))

    def _copy_url(self) -> None:
        if self.url_label.toolTip():
            QGuiApplication.clipboard().setText(self.url_label.toolTip())

    def _stop_waiting(self) -> None:
        self._timer.stop()
        self.flow = None
        self.waiting.hide()
        self.sign_in_button.setEnabled(True)

    def _finished(self, name: str, result: object) -> None:
        if name != SIGN_IN_JOB:
            return
        self._stop_waiting()
        self.show_account()
        assert isinstance(result, Account)
        self.signed_in.emit(result)

    def _failed(self, name: str, error: object) -> None:
        if name != SIGN_IN_JOB:
            return
        assert isinstance(error, ErrorText)
        self._stop_waiting()
        if error.cancelled:  # the user's own doing: said plainly, no details to open
            show_note(self.account_label, error)
            self.details_button.hide()
        else:
            show_problem(self.account_label, error)
            self.details_button.setVisible(bool(error.detail))
        self._error = error
        self.changed.emit()

    def _show_details(self) -> None:
        if self._error is not None:
            show_error(self, self._error)

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = GoogleSetupGuide(self)
        self.guide.show()
        self.guide.raise_()

    def choose_client_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Your OAuth client file"), str(Path.home()),
            self.tr("Google OAuth client (*.json)"))
        if path:
            self.use_client_file(path)

    def use_client_file(self, path: str) -> None:
        """Check the file is an OAuth client, then sign in with it from now on."""
        try:
            client_id = check_client_file(path)
        except GoogleError as error:
            show_problem(self.account_label, describe_error(error))
            return
        self.service.apply_settings(
            dataclasses.replace(self.service.settings, google_client_secrets=path))
        self.account_label.setStyleSheet("")
        self.account_label.setText(self.tr(
            "Signing in with your OAuth client <b>{client}</b>.").format(
            client=html.escape(client_id.split(".", 1)[0])))
