"""The window's Account menu (R-UI8): who is signed in, Sign in…, Switch account…, Sign
out — and the way out of a lost sign-in, a button where the error is said, instead of a
dead end that only `crmsync login` could fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QMessageBox

from crmsync_gui.app.google_account import Account
from crmsync_gui.app.service import Status
from crmsync_gui.ui.account_dialog import AccountDialog
from crmsync_gui.ui.errors import ErrorText

if TYPE_CHECKING:
    from crmsync_gui.ui.main_window import MainWindow


class AccountMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: AccountDialog | None = None
        self.lost_box: QMessageBox | None = None
        self.info_action = QAction(self)
        self.info_action.setEnabled(False)  # a line to read, not a command
        self.sign_in_action = QAction(self.tr("&Sign in…"), self)
        self.sign_in_action.setObjectName("signInAction")
        self.sign_in_action.triggered.connect(lambda: self.open_dialog())
        self.switch_action = QAction(self.tr("S&witch account…"), self)
        self.switch_action.setToolTip(self.tr("Each Google account keeps its own sync state"))
        self.switch_action.triggered.connect(lambda: self.open_dialog())
        self.sign_out_action = QAction(self.tr("Sign &out…"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.refresh()

    def add_to(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("&Account"))
        menu.addAction(self.info_action)
        menu.addSeparator()
        menu.addActions([self.sign_in_action, self.switch_action, self.sign_out_action])

    def refresh(self, status: Status | None = None) -> None:
        """The menu as things stand: from the last status (it knows whether the sign-in
        is still kept), else from the account file alone."""
        account = status.account if status else self.window.service.session.account
        lost = account is not None and status is not None and not status.token_stored
        self._show(account, lost)

    def mark_lost(self) -> None:
        """Google refused the sign-in (revoked, expired): the menu offers it again."""
        self._show(self.window.service.session.account, lost=True)

    def _show(self, account: Account | None, lost: bool) -> None:
        if account is None:
            self.info_action.setText(self.tr("Not signed in"))
        elif lost:
            self.info_action.setText(self.tr("{email}: sign-in lost").format(
                email=account.email or account.sub))
        else:
            self.info_action.setText(self.tr("Signed in as {email}").format(
                email=account.email or account.sub))
        self.sign_in_action.setText(self.tr("&Sign in again…") if lost
                                    else self.tr("&Sign in…"))
        self.sign_in_action.setVisible(account is None or lost)
        self.switch_action.setVisible(account is not None)
        self.sign_out_action.setEnabled(account is not None)

    def open_dialog(self, why: str = "") -> AccountDialog:
        if self.dialog is not None:
            self.dialog.reject()  # its sign-in, if any, is cancelled; Qt deletes it
        window = self.window
        dialog = AccountDialog(window.service, window.runner, window.open_url, why,
                               parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.account_changed.connect(self._account_changed)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        dialog.open()
        self.dialog = dialog
        return dialog

    def cancel_sign_in(self) -> None:
        """The app is quitting: a sign-in waiting in the worker must end first."""
        if self.dialog is not None:
            self.dialog.panel.cancel()

    def _forget(self, dialog: AccountDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def sign_out(self) -> QMessageBox:
        return self.open_dialog().ask_sign_out()

    def ask_sign_in_again(self, error: ErrorText) -> QMessageBox:
        """A preview or a sync met a lost sign-in: say so, with the button that fixes it
        — one box, however many previews, syncs and tray checks meet it."""
        if self.lost_box is not None and self.lost_box.isVisible():
            self.lost_box.raise_()
            return self.lost_box
        box = QMessageBox(QMessageBox.Icon.Warning, error.title, error.message,
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("signInAgainBox")
        never = self.window.service.session.account is None
        box.setInformativeText(self.tr(
            "You are not signed in to Google. The contact book works without it; sign in "
            "to sync it with your phone.") if never else self.tr(
            "Google no longer accepts this computer's sign-in (it was withdrawn, it expired, "
            "or it could not be kept). Sign in again: nothing is lost, the sync continues "
            "where it was."))
        again = box.addButton(self.tr("Sign in…") if never else self.tr("Sign in again…"),
                              QMessageBox.ButtonRole.AcceptRole)
        again.setObjectName("signInAgain")
        again.clicked.connect(lambda: self.open_dialog(error.message))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, b=box: self._box_closed(b))
        box.open()
        self.lost_box = box
        return box

    def _box_closed(self, box: QMessageBox) -> None:
        if self.lost_box is box:
            self.lost_box = None

    def _account_changed(self) -> None:
        self.refresh()
        self.window.account_changed()
