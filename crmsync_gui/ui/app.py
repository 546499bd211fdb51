"""``crmsync-gui`` / ``python -m crmsync_gui``: start the window (R-UI1, R-UI6).

``run(argv)`` parses ``--demo`` and ``--home``, sets up logging and translations, opens
the service (for ``--demo``, the demo world with its Google stand-in in a separate
process, so its threads never compete with the GUI for the GIL), and hands over to
``AppController``: the wizard on first run, then the main window and a first preview.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import webbrowser
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

import crmsync_gui
from crmsync_gui.app.demo import DemoWorld, demo_profile, play_demo_browser
from crmsync_gui.app.logs import setup_logging
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import Language, SettingsError, load_settings
from crmsync_gui.ui.icons import app_icon
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.wizard import SetupWizard
from crmsync_gui.ui.worker import JobRunner

log = logging.getLogger(__name__)


class AppController(QObject):
    """First run or not: the wizard, then the main window with its first preview."""

    quit_requested = Signal()  # the wizard was closed: nothing to show

    def __init__(self, service: SyncService, open_url: Callable[[str], object] | None = None,
                 runner: JobRunner | None = None) -> None:
        super().__init__()
        self.service = service
        self.open_url = open_url
        self.runner = runner or JobRunner()
        self.wizard: SetupWizard | None = None
        self.window: MainWindow | None = None

    def needs_wizard(self) -> bool:
        # First run: nobody signed in yet, or no settings saved (the wizard saves them).
        return (self.service.session.account is None
                or not self.service.profile.settings_file.exists())

    def start(self) -> None:
        if self.needs_wizard():
            self.wizard = SetupWizard(self.service, self.runner, self.open_url)
            self.wizard.finished.connect(self._wizard_done)
            self.wizard.show()
        else:
            self.show_main_window()

    def _wizard_done(self, result: int) -> None:
        if result == QWizard.DialogCode.Accepted:
            self.show_main_window()
        else:
            self.quit_requested.emit()
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def show_main_window(self) -> MainWindow:
        self.window = MainWindow(self.service, self.runner, self.open_url)
        self.window.show()
        self.window.preview()
        return self.window

    def shutdown(self) -> None:
        if self.wizard is not None:
            self.wizard.sign_in_page.cancel()
        self.runner.shutdown()


def install_translations(app: QApplication, language: Language) -> list[QTranslator]:
    """Qt's own strings (wizard buttons, dialogs) and ours, in the chosen language."""
    locale = QLocale.system() if language is Language.SYSTEM else QLocale(language.value)
    translators = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("crmsync", _resources_folder())):
        translator = QTranslator(app)
        if folder and translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def _resources_folder() -> str:
    from importlib import resources
    try:
        return str(resources.files("crmsync_gui.resources"))
    except (ModuleNotFoundError, TypeError):
        return ""


@contextmanager
def open_service(base: Profile, demo: bool) -> Iterator[SyncService]:
    """The service; for the demo, its world without signing in, so the wizard shows the
    (auto-approved) sign-in step on the demo's first run."""
    if not demo:
        yield SyncService(base)
        return
    profile = demo_profile(base)
    with DemoWorld(profile, separate_process=True) as world:
        yield SyncService(profile, demo=world)


def _quit_on_signals(app: QApplication) -> None:
    """SIGTERM / Ctrl+C quit through Qt, so the demo's sandbox process is stopped too.

    Python runs signal handlers only when it gets control; a slow timer gives it that.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda _signum, _frame: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crmsync-gui",
                                     description="CRM Sync: your CRM and Google Contacts, "
                                                 "in two-way sync.")
    parser.add_argument("--demo", action="store_true",
                        help="try the app on sample contacts with a local Google stand-in")
    parser.add_argument("--home", metavar="DIR", help="profile folder (default: per user)")
    parser.add_argument("--version", action="version", version=crmsync_gui.__version__)
    # Qt's own options (-style, -platform…) are left for QApplication.
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    base = Profile.locate(args.home)
    profile = demo_profile(base) if args.demo else base
    setup_logging(profile.logs_dir)
    log.info("CRM Sync %s starting%s", crmsync_gui.__version__, " (demo)" if args.demo else "")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("CRM Sync")
    app.setApplicationVersion(crmsync_gui.__version__)
    app.setWindowIcon(app_icon())
    try:
        language = load_settings(profile.settings_file).language
    except SettingsError:
        language = Language.SYSTEM  # the window reports the broken file when it loads it
    install_translations(app, language)
    _quit_on_signals(app)
    try:
        with open_service(base, args.demo) as service:
            controller = AppController(service,
                                       play_demo_browser if args.demo else webbrowser.open)
            controller.quit_requested.connect(app.quit, Qt.ConnectionType.QueuedConnection)
            controller.start()
            app.aboutToQuit.connect(controller.shutdown)
            return int(app.exec())
    except (SettingsError, RuntimeError, OSError) as error:
        log.exception("cannot start")
        QMessageBox.critical(None, QApplication.translate("App", "CRM Sync cannot start"),
                             str(error))
        return 1
