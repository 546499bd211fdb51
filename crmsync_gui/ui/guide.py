"""The Google setup guide (docs/google-setup.md), shown inside the app.

The guide is one Markdown file holding an English and a French half, each under its own
level-1 heading; it ships in the app as the ``crmsync_gui.guides`` package (the docs/
folder), so an administrator reads the same text on the PC as on the project's page.
The half shown is the one whose heading matches the translated title, so it follows
the language of the rest of the window.
"""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from crmsync_gui.ui.styles import resize_within_screen

GUIDE_FILE = "google-setup.md"
# "*[Version française plus bas](#…)*": a jump to the other half, which is not shown.
_OTHER_LANGUAGE_LINK = re.compile(r"^\*\[[^\]]+\]\(#[^)]*\)\.?\*$", re.MULTILINE)


def guide_sections(text: str) -> dict[str, str]:
    """The guide's halves by their level-1 heading (without the "# ")."""
    sections: dict[str, str] = {}
    heading = None
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("# "):
            if heading is not None:
                sections[heading] = "\n".join(lines)
            heading, lines = line[2:].strip(), [line]
        elif heading is not None and line.strip() != "---":
            lines.append(line)
    if heading is not None:
        sections[heading] = "\n".join(lines)
    return {name: _OTHER_LANGUAGE_LINK.sub("", body).strip() + "\n"
            for name, body in sections.items()}


def read_guide() -> str:
    return resources.files("crmsync_gui.guides").joinpath(GUIDE_FILE).read_text(
        encoding="utf-8")


class GoogleSetupGuide(QDialog):
    """The guide in the window's language, with its links opening in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The French translation of this title is the French half's own heading.
        title = self.tr("Connecting CRM Sync to your Google account")
        self.setWindowTitle(title)
        sections = guide_sections(read_guide())
        self.browser = QTextBrowser()
        self.browser.setObjectName("googleSetupGuide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(sections.get(title) or next(iter(sections.values())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 640)
