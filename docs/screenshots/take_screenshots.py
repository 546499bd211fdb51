"""Re-take the screenshots in this folder: runs ``crmsync-gui --demo`` on an X display
(e.g. ``Xvfb :99 -screen 0 1400x900x24 &``), clicks through it and calls ImageMagick's
``import``. Usage: ``DISPLAY=:99 .venv/bin/python docs/screenshots/take_screenshots.py
[en|fr]`` (French: the files end in ``-fr``).

A throwaway profile is used; the "sync running" shot adds 2,000 contacts to its demo CRM
and slows its Google stand-in down so the progress can be seen.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import crmsync_gui.ui.app as gui
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.sandbox import SandboxAdmin
from crmsync_gui.ui.reasons import reason_text

HERE = Path(__file__).resolve().parent
STEP_MS = 1500


def grab(area: QRect, name: str) -> None:
    crop = f"{area.width()}x{area.height()}+{area.x()}+{area.y()}"
    subprocess.run(["import", "-window", "root", "-crop", crop, "+repage",
                    str(HERE / f"{name}.png")], check=True)
    print("wrote", name)


SUFFIX = {"en": "", "fr": "-fr"}
language = "en"


def shot(widget: QWidget, name: str) -> None:
    grab(widget.frameGeometry(), name + SUFFIX[language])


def run_demo(script: Callable[[gui.AppController], None], home: Path) -> int:
    """``crmsync-gui --demo`` on the profile ``home``, ``script`` driving it once it has
    started; the profile is removed afterwards. Shared with take_tray_screenshots.py."""
    original = gui.AppController.start

    def start(self: gui.AppController) -> None:
        original(self)
        script(self)

    gui.AppController.start = start  # type: ignore[method-assign]
    try:
        return gui.run(["--demo", "--home", str(home)])
    finally:
        shutil.rmtree(home, ignore_errors=True)


def script(controller: gui.AppController) -> None:
    wizard = controller.wizard
    assert wizard is not None, "use a fresh profile: the wizard must show"
    steps = []
    later = QTimer.singleShot

    def crm_page() -> None:
        shot(wizard, "wizard-1-crm-database")
        wizard.next()
        later(STEP_MS, sign_in)

    def sign_in() -> None:
        # First without approval, to show the waiting state; then approved at once.
        assert controller.service.demo is not None
        admin = SandboxAdmin(controller.service.demo.url)
        admin.set_auto_approve(False)
        wizard.sign_in_page.panel.sign_in()

        def waiting() -> None:
            shot(wizard, "wizard-2-google-sign-in-waiting")
            wizard.sign_in_page.cancel()
            admin.set_auto_approve(True)
            later(STEP_MS, lambda: (wizard.sign_in_page.panel.sign_in(),
                                    later(STEP_MS * 2, signed_in)))

        later(STEP_MS, waiting)

    def signed_in() -> None:
        shot(wizard, "wizard-2-google-sign-in")
        wizard.next()
        later(STEP_MS, options)

    def options() -> None:
        shot(wizard, "wizard-3-options")
        wizard.accept()
        later(STEP_MS * 2, main_window)

    def main_window() -> None:
        window = controller.window
        assert window is not None
        window.show_sync_page()
        window.sync_page.to_crm_view.selectRow(0)
        later(500, lambda: (shot(window, "main-window-preview"), account(window)))

    def account(window: gui.MainWindow) -> None:
        # The Account menu's dialog, as a lost sign-in opens it (#20).
        dialog = window.account_menu.open_dialog(
            reason_text(Reason.of(ReasonCode.GOOGLE_SIGN_IN_REJECTED)))
        later(STEP_MS, lambda: (shot(dialog, "account-dialog"), dialog.reject(),
                                later(300, lambda: busy_world(window))))

    def busy_world(window: gui.MainWindow) -> None:
        service = window.service
        with SqliteCrm(service.crm_path) as crm:
            crm.apply([CrmWrite(WriteKind.CREATE, contact={
                "first_name": f"Client {i}", "last_name": "Exemple",
                "personal_email": f"client{i}@exemple.fr"}) for i in range(2000)])
        assert service.demo is not None
        SandboxAdmin(service.demo.url).set_faults(latency_ms=700,
                                                  methods=["people.batchCreateContacts"])
        window.preview_shown.connect(lambda: steps and steps.pop()())
        steps.append(lambda: (window.sync(), later(2600, lambda: running(window))))
        window.preview()

    def running(window: gui.MainWindow) -> None:
        shot(window, "main-window-sync-running")
        window.cancel()
        later(STEP_MS * 2, QApplication.quit)

    # The demo hides its own "Try the demo" button: shown as a real install has it.
    wizard.crm_page.demo_button.show()
    later(STEP_MS, crm_page)


def main(argv: list[str]) -> int:
    global language
    language = argv[0] if argv else "en"
    home = Path(tempfile.gettempdir()) / "crmsync-screenshots"
    shutil.rmtree(home, ignore_errors=True)
    if language != "en":  # the demo profile's settings, before the app reads them
        (home / "demo").mkdir(parents=True)
        (home / "demo" / "settings.json").write_text(f'{{"language": "{language}"}}\n')
    return run_demo(script, home)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
