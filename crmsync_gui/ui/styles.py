"""Looks shared by several places of the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# A note the user must see (no keyring, a lost sign-in, rows from an earlier preview):
# a pale yellow band, readable in light and dark themes alike.
WARNING_STYLE = "background: #fff4ce; color: #3b2f00; padding: 6px; border-radius: 3px;"


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """The size a window wants, but never more than the screen it is on (a 1024×640
    laptop): a dialog cut at the screen's edge hides its buttons."""
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 20), min(height, room.height() - 40)
    widget.resize(width, height)
