"""Icons: Qt's standard ones for the actions, and the app icon drawn at run time (the
packaged icon files come with the packaging issue)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from crmsync_gui.core.plan import Action

_STANDARD = {
    Action.CREATE: QStyle.StandardPixmap.SP_FileDialogNewFolder,
    Action.UPDATE: QStyle.StandardPixmap.SP_BrowserReload,
    Action.DELETE: QStyle.StandardPixmap.SP_TrashIcon,
    Action.KEEP: QStyle.StandardPixmap.SP_TrashIcon,  # a row about a deletion
    Action.RESTORE: QStyle.StandardPixmap.SP_ArrowBack,
    Action.DETACH: QStyle.StandardPixmap.SP_DialogCancelButton,
}


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


@cache
def action_icon(action: Action) -> QIcon:
    return standard(_STANDARD[action])


@cache
def warning_icon() -> QIcon:
    return standard(QStyle.StandardPixmap.SP_MessageBoxWarning)


def conflict_icon() -> QIcon:
    return warning_icon()


@cache
def error_icon() -> QIcon:
    return standard(QStyle.StandardPixmap.SP_MessageBoxCritical)


@cache
def app_icon() -> QIcon:
    """Two arrows chasing each other on a blue disc: "two-way sync"."""
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1a73e8"))
        painter.drawEllipse(QRectF(0, 0, size, size))
        pen = QPen(QColor("white"), max(1.5, size / 12), Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        box = QRectF(size * 0.25, size * 0.25, size * 0.5, size * 0.5)
        for start in (30, 210):
            path = QPainterPath()
            path.arcMoveTo(box, start)
            path.arcTo(box, start, 120)
            painter.drawPath(path)
            end = path.currentPosition()
            tip = path.pointAtPercent(0.9)
            delta = end - tip
            normal = QPointF(-delta.y(), delta.x())
            painter.drawLine(end, end - delta * 2 + normal * 2)
            painter.drawLine(end, end - delta * 2 - normal * 2)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
