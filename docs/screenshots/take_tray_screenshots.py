"""Re-take ``tray-menu.png`` and ``history-undo.png`` (R-UI4, R-UI3).

Needs an X display with a system tray, e.g. ``Xvfb :98 -screen 0 1100x700x24 &`` then
``DISPLAY=:98 trayer --edge top --align right --widthtype pixel --width 120 &``; and
``xdotool``: a tray menu opens only on a real click (without a window manager, synthetic
key events reach no window). Usage:
``DISPLAY=:98 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_tray_screenshots.py``
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication
from take_screenshots import STEP_MS, grab, run_demo, shot  # this folder's sibling

import crmsync_gui.ui.app as gui
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.ui.history_dialog import HistoryDialog
from crmsync_gui.ui.tray import MESSAGE_MS


def script(controller: gui.AppController) -> None:
    window, tray = controller.window, controller.tray
    assert window is not None and tray is not None, "the demo must be set up already"
    assert tray.icon is not None, "no system tray on this display (run trayer)"
    later = QTimer.singleShot
    steps = [lambda: window.sync()]
    window.preview_shown.connect(lambda: steps and steps.pop()())

    def synced() -> None:
        # A few new CRM contacts: the background check then has news for the tray.
        with SqliteCrm(window.service.crm_path) as crm:
            crm.apply([CrmWrite(WriteKind.CREATE, contact={
                "first_name": first, "last_name": last,
                "personal_email": f"{first.lower()}@exemple.fr"})
                for first, last in (("Agathe", "Lemoine"), ("Bruno", "Fabre"),
                                    ("Chloé", "Vidal"))])
        window.history_action.trigger()
        later(STEP_MS, history)

    def history() -> None:
        # Undo the sync (the confirmation is skipped): the list then shows both runs and
        # the report is open over it.
        dialog = window.findChild(HistoryDialog, "historyDialog")
        assert dialog is not None
        dialog.runs_loaded.connect(lambda: later(STEP_MS, lambda: undone(dialog)))
        dialog.undo()

    def undone(dialog: HistoryDialog) -> None:
        assert dialog.report_box is not None
        grab(dialog.frameGeometry().united(dialog.report_box.frameGeometry()), "history-undo")
        dialog.report_box.accept()
        dialog.close()
        window.close()
        later(STEP_MS, check)

    def check() -> None:
        tray.check_now()
        later(STEP_MS * 2, reminder_shot)

    def reminder_shot() -> None:
        # Without a notification service Qt draws its own balloon under the icon.
        balloons = [w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w.metaObject().className() == "QBalloonTip"]
        if balloons:
            shot(balloons[0], "tray-reminder")
        # The balloon sits on the icon and takes the click: wait until it is gone.
        later(MESSAGE_MS + 1000, open_menu)

    def open_menu() -> None:
        icon = tray.icon.geometry() if tray.icon else QRect()
        centre = icon.center()
        subprocess.Popen(["xdotool", "mousemove", str(centre.x()), str(centre.y()),
                          "click", "3"])
        later(STEP_MS, lambda: menu_shot(icon))

    def menu_shot(icon: QRect) -> None:
        assert tray.menu.isVisible(), "the tray menu did not open"
        menu = tray.menu.frameGeometry()
        area = menu.united(icon).adjusted(-8, -8, 8, 8)
        screen = QApplication.primaryScreen().geometry()
        grab(area.intersected(screen), "tray-menu")
        tray.menu.close()
        later(300, tray.quit_action.trigger)

    window.sync_done.connect(lambda _result: later(STEP_MS, synced))


def main() -> int:
    home = Path(tempfile.gettempdir()) / "tray-shot"
    shutil.rmtree(home, ignore_errors=True)
    # Sign in to the demo first, so the app opens on its main window, not the wizard.
    with SyncService.open(Profile.locate(home), demo=True) as service:
        service.save_settings()
    return run_demo(script, home)


if __name__ == "__main__":
    sys.exit(main())
