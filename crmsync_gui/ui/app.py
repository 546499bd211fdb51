"""``crmsync-gui`` / ``python -m crmsync_gui``: start the window (R-UI1, R-UI4, R-UI6).

``run(argv)`` parses ``--demo``, ``--home`` and ``--minimized``, hands over to an already
running CRM Sync if there is one (single instance), sets up logging and translations,
opens the service (for ``--demo``, the demo world with its Google stand-in in a separate
process, so its threads never compete with the GUI for the GIL), and hands over to
``AppController``: the wizard on first run, then the main window (or, minimised, only the
tray icon) with its tray controller and a first preview.

``--demo --smoke-test`` (hidden; for the packaged app's CI check, see packaging/README.md)
signs the demo in without the wizard, opens the main window without a tray, waits for its
first preview, prints ``crmsync-gui VERSION: demo opened, N changes pending`` and exits 0;
any failure, or no preview within ``SMOKE_TIMEOUT_S``, prints to stderr and exits 1.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import webbrowser
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

import crmsync_gui
from crmsync_gui.app.demo import DemoWorld, demo_profile, play_demo_browser
from crmsync_gui.app.logs import setup_logging
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import Language, SettingsError, load_settings
from crmsync_gui.ui import jobs
from crmsync_gui.ui.errors import ErrorText, describe_error
from crmsync_gui.ui.guide import GoogleSetupGuide
from crmsync_gui.ui.icons import app_icon
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.single_instance import SingleInstance
from crmsync_gui.ui.tray import TrayController
from crmsync_gui.ui.wizard import SetupWizard
from crmsync_gui.ui.worker import JobRunner

log = logging.getLogger(__name__)

SMOKE_TIMEOUT_S = 120


class AppController(QObject):
    """First run or not: the wizard, then the main window with its first preview."""

    quit_requested = Signal()  # the wizard was closed: nothing to show

    def __init__(self, service: SyncService, open_url: Callable[[str], object] | None = None,
                 runner: JobRunner | None = None, *, minimized: bool = False,
                 tray_available: bool | None = None) -> None:
        super().__init__()
        self.service = service
        self.open_url = open_url
        self.runner = runner or JobRunner()
        self.minimized = minimized
        self.tray_available = tray_available  # None: ask the system
        self.wizard: SetupWizard | None = None
        self.window: MainWindow | None = None
        self.tray: TrayController | None = None

    def needs_wizard(self) -> bool:
        # First run: no settings saved (the wizard saves them), or a wizard left before
        # its end with nobody signed in. Finished without Google, it is not shown again:
        # the Account menu signs in.
        if not self.service.profile.settings_file.exists():
            return True
        return self.service.session.account is None and not self.service.settings.setup_done

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
        self.window.quit_requested.connect(self.quit_requested)
        self.tray = TrayController(self.service, self.runner, self.window,
                                   tray_available=self.tray_available, parent=self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # With a tray, a message box closed while the window is hidden must not end
            # the app; only Quit does. Without one, closing the window quits as usual.
            app.setQuitOnLastWindowClosed(not self.tray.has_tray)
        self.tray.start()
        if self.minimized and self.tray.has_tray:
            self.tray.check_now()  # the first preview is a check: it may remind at once
        else:
            # Minimised without a tray would leave nothing on screen: show the window.
            self.window.show()
            self.window.first_look()
        return self.window

    def raise_window(self) -> None:
        """Another launch asked for us (single instance): bring the window forward."""
        if self.wizard is not None:
            self.wizard.showNormal()
            self.wizard.raise_()
            self.wizard.activateWindow()
        elif self.tray is not None:
            self.tray.show_window()

    def quit(self) -> None:
        """End the app even when the window only hides to the tray on close."""
        if self.window is not None:
            self.window.request_quit()  # emits quit_requested through the window
        else:
            self.quit_requested.emit()

    def shutdown(self) -> None:
        if self.wizard is not None:
            self.wizard.sign_in_page.cancel()
        if self.window is not None:  # the Account dialog's sign-in, if one waits
            self.window.account_menu.cancel_sign_in()
        if self.tray is not None:
            self.tray.stop()
        self.runner.shutdown()


def install_translations(app: QApplication, language: Language) -> list[QTranslator]:
    """Qt's own strings (wizard buttons, dialogs) and ours, in the chosen language (R-UI5).

    ``Language.SYSTEM`` follows the system locale; ``fr`` / ``en`` force a language.
    English is the source language, so a language without a file stays English. Qt's
    ``qtbase_<lang>.qm`` comes with PySide6; if it is missing, a warning is logged and Qt's
    own buttons (Next, Cancel…) stay English. Returns the installed translators.
    """
    locale = QLocale.system() if language is Language.SYSTEM else QLocale(language.value)
    # %Ln in the chosen language's way ("1 248" in French, "1,248" in English), not the
    # system's.
    QLocale.setDefault(locale)
    translators = []
    for name, folder in (("qtbase", _qt_translations_folder()),
                         ("crmsync", _resources_folder())):
        translator = QTranslator(app)
        loaded = bool(folder) and translator.load(locale, name, "_", folder)
        if not loaded and name == "crmsync" and folder:
            # English then, from its own file: the source texts say "contact(s)"; the
            # English file has the real plural forms ("1 contact", "2 contacts").
            loaded = translator.load(QLocale(QLocale.Language.English), name, "_", folder)
            if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
                log.warning("no %s translation for %s in %s: these texts are in English",
                            name, locale.name(), folder)
        if loaded:
            app.installTranslator(translator)
            translators.append(translator)
            log.info("translation %s loaded", translator.filePath())
        elif locale.language() not in (QLocale.Language.English, QLocale.Language.C):
            log.warning("no %s translation for %s in %s: these texts stay in English",
                        name, locale.name(), folder or "(no folder found)")
    return translators


def _qt_translations_folder() -> str:
    """Where Qt's own .qm files are: Qt's configured path, else inside the PySide6 wheel."""
    from pathlib import Path

    import PySide6

    wheel = Path(PySide6.__file__).resolve().parent
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                   str(wheel / "Qt" / "translations"), str(wheel / "translations")):
        if folder and any(Path(folder).glob("qtbase_*.qm")):
            return folder
    return ""


def _resources_folder() -> str:
    """Our .qm files: the ``crmsync_gui.resources`` package (the repository's resources/)."""
    from importlib import resources
    from pathlib import Path

    try:
        folder = Path(str(resources.files("crmsync_gui.resources")))
    except (ModuleNotFoundError, TypeError):
        # Run from a checkout that is not installed: resources/ beside the package.
        folder = Path(crmsync_gui.__file__).resolve().parent.parent / "resources"
    return str(folder) if folder.is_dir() else ""


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


def _quit_on_signals(app: QApplication, quit_route: list[Callable[[], None]]) -> None:
    """SIGTERM / Ctrl+C quit through Qt, so the demo's sandbox process is stopped too.

    ``quit_route[0]`` is called: ``app.quit`` until the controller exists, then its
    ``quit``, because a bare ``app.quit()`` first closes the windows and a window that
    hides to the tray refuses, which cancels the quit.
    Python runs signal handlers only when it gets control; a slow timer gives it that.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda _signum, _frame: quit_route[0]())
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
    parser.add_argument("--minimized", action="store_true",
                        help="start in the tray, without the window (start at login)")
    parser.add_argument("--version", action="version", version=crmsync_gui.__version__)
    # For the packaged app's CI check (packaging/build_linux.sh): hidden from --help.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    # Qt's own options (-style, -platform…) are left for QApplication.
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


class SmokeTest(QObject):
    """``--smoke-test``: the first preview of the demo's main window ends the app."""

    def __init__(self, app: QApplication, controller: AppController,
                 timeout_s: float = SMOKE_TIMEOUT_S) -> None:
        super().__init__(app)
        self.app = app
        self.controller = controller
        self._done = False
        controller.runner.failed.connect(self._job_failed)
        QTimer.singleShot(int(timeout_s * 1000), self._timed_out)

    def watch(self) -> None:
        """After ``controller.start()``: the main window must be there (no wizard)."""
        window = self.controller.window
        if window is None:
            self._fail("the main window did not open (the first-run wizard did)")
            return
        window.preview_shown.connect(self._preview_shown)

    def _preview_shown(self) -> None:
        window = self.controller.window
        try:
            assert window is not None and window.plan_outcome is not None
            pending = jobs.waiting_count(window.plan_outcome.plan)
        except Exception as error:  # a slot must not raise: report and fail
            self._fail(f"cannot read the preview: {error!r}")
            return
        try:  # the Google setup guide ships inside the app (a package of data only)
            guide = GoogleSetupGuide(window)
            assert "OAuth" in guide.browser.toPlainText()
            guide.deleteLater()
        except Exception as error:
            self._fail(f"cannot show the Google setup guide: {error!r}")
            return
        self._finish(0, f"crmsync-gui {crmsync_gui.__version__}: demo opened, "
                        f"{pending} changes pending", sys.stdout)

    def _job_failed(self, name: str, error: object) -> None:
        detail = (f"{error.title}: {error.message} {error.detail}".strip()
                  if isinstance(error, ErrorText) else repr(error))
        self._fail(f"the {name} job failed: {detail}")

    def _timed_out(self) -> None:
        self._fail("no preview after the time limit")

    def _fail(self, reason: str) -> None:
        self._finish(1, f"crmsync-gui smoke test failed: {reason}", sys.stderr)

    def _finish(self, code: int, line: str, stream: TextIO) -> None:
        if self._done:
            return
        self._done = True
        print(line, file=stream, flush=True)
        self.app.exit(code)


def _sign_in_demo_for_smoke_test(service: SyncService) -> None:
    """What the wizard would do on the demo's first run: sign in (the sandbox approves,
    the demo plays the browser) and save the default settings."""
    if service.session.account is None:
        service.session.sign_in(open_url=play_demo_browser, timeout=30)
    if not service.profile.settings_file.exists():
        service.save_settings()


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.smoke_test and not args.demo:
        print("crmsync-gui: --smoke-test needs --demo", file=sys.stderr)
        return 2
    base = Profile.locate(args.home)
    profile = demo_profile(base) if args.demo else base
    setup_logging(profile.logs_dir)
    log.info("CRM Sync %s starting%s", crmsync_gui.__version__, " (demo)" if args.demo else "")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("CRM Sync")
    app.setApplicationVersion(crmsync_gui.__version__)
    app.setWindowIcon(app_icon())
    # Wayland matches windows to their menu entry by this name: packaging/crmsync.desktop.
    app.setDesktopFileName("crmsync")
    try:
        language = load_settings(profile.settings_file).language
    except SettingsError:
        language = Language.SYSTEM  # the window reports the broken file when it loads it
    # Before the service (the demo starts a whole sandbox process): a second launch only
    # asks the first one to show its window, then ends.
    instance = SingleInstance(profile.home)
    if not instance.claim():
        log.info("CRM Sync is already running for %s: showed its window", profile.home)
        if args.smoke_test:
            print("crmsync-gui smoke test failed: another CRM Sync runs on this profile",
                  file=sys.stderr)
            return 1
        return 0
    install_translations(app, language)
    quit_route: list[Callable[[], None]] = [app.quit]
    _quit_on_signals(app, quit_route)
    try:
        with open_service(base, args.demo) as service:
            if args.smoke_test:
                _sign_in_demo_for_smoke_test(service)
            controller = AppController(service,
                                       play_demo_browser if args.demo else webbrowser.open,
                                       minimized=args.minimized and not args.smoke_test,
                                       tray_available=False if args.smoke_test else None)
            controller.quit_requested.connect(app.quit, Qt.ConnectionType.QueuedConnection)
            instance.show_requested.connect(controller.raise_window)
            quit_route[0] = controller.quit
            smoke = SmokeTest(app, controller) if args.smoke_test else None
            controller.start()
            if smoke is not None:
                smoke.watch()
            app.aboutToQuit.connect(controller.shutdown)
            return int(app.exec())
    except (SettingsError, RuntimeError, OSError) as error:
        log.exception("cannot start")
        if args.smoke_test:  # no message box: nobody would close it
            print(f"crmsync-gui smoke test failed: cannot start: {error}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, QApplication.translate("App", "CRM Sync cannot start"),
                             describe_error(error).message)
        return 1
    finally:
        instance.release()
