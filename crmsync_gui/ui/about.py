"""The About dialog: version, what the app does, and the logs folder for support."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import crmsync_gui
from crmsync_gui.app.profile import Profile
from crmsync_gui.ui.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setWindowTitle(self.tr("About CRM Sync"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(self.tr("<h2>CRM Sync</h2><p>Version {version}</p>").format(
            version=crmsync_gui.__version__))
        title.setObjectName("aboutVersion")
        text = QLabel(self.tr("Keeps the contacts of your CRM and of Google Contacts in "
                              "two-way sync.\n\nYour profile folder: {home}").format(
            home=profile.home))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.logs_button = QPushButton(self.tr("Open logs folder"))
        buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.logs_button.clicked.connect(self.open_logs)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def open_logs(self) -> bool:
        """The logs folder in the file manager; where there is none to open it (a
        minimal Linux), its path, to copy."""
        self.profile.logs_dir.mkdir(parents=True, exist_ok=True)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.profile.logs_dir))):
            return True
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Logs folder"),
                          self.tr("No file manager could open it. The logs are in:"),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("logsPath")
        box.setInformativeText(str(self.profile.logs_dir))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.logs_box = box
        return False
