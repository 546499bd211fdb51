"""R-PKG: the packaged app's smoke test (``crmsync-gui --demo --smoke-test``) and the way
a frozen app starts the demo's sandbox, run here from the sources (packaging/build_linux.sh
runs the same checks on the built bundle)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import crmsync_gui
from crmsync_gui.sandbox import SandboxAdmin
from crmsync_gui.sandbox.process import RUN_SANDBOX, SandboxProcess, sandbox_command
from crmsync_gui.sandbox.testing import person
from crmsync_gui.ui.app import SmokeTest
from crmsync_gui.ui.errors import ErrorText

ROOT = Path(__file__).resolve().parents[2]
SMOKE_LINE = re.compile(rf"^crmsync-gui {re.escape(crmsync_gui.__version__)}: demo opened, "
                        r"(\d+) changes pending$")


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PYTHONPATH": str(ROOT)}
    env.pop("CRMSYNC_HOME", None)  # --home decides
    return env


def _gui(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crmsync_gui", *args], cwd=ROOT,
                          env=_env(), capture_output=True, text=True, timeout=timeout)


def test_smoke_test_opens_the_demo_prints_its_version_and_exits_0(tmp_path: Path) -> None:
    done = _gui("--demo", "--smoke-test", "--home", str(tmp_path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 and SMOKE_LINE.match(lines[0]), done.stdout
    assert int(SMOKE_LINE.match(lines[0])[1]) > 0  # the demo starts with changes waiting
    # The demo was signed in without the wizard, in the demo profile only.
    assert (tmp_path / "demo" / "settings.json").exists()
    assert not (tmp_path / "settings.json").exists()


def test_smoke_test_needs_the_demo(tmp_path: Path) -> None:
    done = _gui("--smoke-test", "--home", str(tmp_path), timeout=60)
    assert done.returncode == 2
    assert "--smoke-test needs --demo" in done.stderr
    assert "--smoke-test" not in _gui("--help", timeout=60).stdout  # hidden


class _Runner(QObject):
    failed = Signal(str, object)


class _Controller:
    def __init__(self) -> None:
        self.runner = _Runner()
        self.window: Any = None


class _App:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def _smoke(qapp: QApplication, timeout_s: float = 60) -> tuple[SmokeTest, _Controller, _App]:
    controller = _Controller()
    smoke = SmokeTest(qapp, controller, timeout_s)  # type: ignore[arg-type]
    app = _App()
    smoke.app = app  # type: ignore[assignment]
    return smoke, controller, app


def test_smoke_test_fails_on_a_failed_job_once(qapp: QApplication,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _kept, controller, app = _smoke(qapp)
    controller.runner.failed.emit("preview", ErrorText("Google is not answering", "Down."))
    controller.runner.failed.emit("preview", ErrorText("again", "ignored"))
    assert app.codes == [1]
    err = capsys.readouterr().err
    assert "smoke test failed: the preview job failed: Google is not answering: Down." in err
    assert "again" not in err


def test_smoke_test_fails_without_the_main_window_or_in_time(
        qapp: QApplication, qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    smoke, _controller, app = _smoke(qapp)
    smoke.watch()  # the wizard opened instead
    assert app.codes == [1]
    assert "the main window did not open" in capsys.readouterr().err

    _smoke_late, _controller, late = _smoke(qapp, timeout_s=0.05)
    qtbot.waitUntil(lambda: late.codes == [1], timeout=5000)
    assert "no preview after the time limit" in capsys.readouterr().err


def test_sandbox_command_from_sources_and_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    assert sandbox_command() == [sys.executable, "-m", "crmsync_gui.sandbox"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(Path("/opt/crmsync/crmsync-gui")))
    assert sandbox_command() == [str(Path("/opt/crmsync/crmsync")), RUN_SANDBOX]
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "executable", str(Path("/apps/CRM Sync/crmsync-gui.exe")))
    assert sandbox_command() == [str(Path("/apps/CRM Sync/crmsync.exe")), RUN_SANDBOX]


def test_the_frozen_console_program_runs_the_sandbox_and_the_cli() -> None:
    """packaging/launch_cli.py, the frozen ``crmsync``: ``--run-sandbox`` runs the
    sandbox (stopped by closing its stdin), anything else is the command line."""
    launcher = [sys.executable, str(ROOT / "packaging" / "launch_cli.py")]
    sandbox = subprocess.Popen([*launcher, RUN_SANDBOX, "--port", "0", "--stop-on-stdin-eof"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               env=_env())
    try:
        assert sandbox.stdout is not None and sandbox.stdin is not None
        assert sandbox.stdout.readline().startswith("http://127.0.0.1:")
        sandbox.stdin.close()
        assert sandbox.wait(timeout=30) == 0
    finally:
        if sandbox.poll() is None:
            sandbox.kill()
    version = subprocess.run([*launcher, "--version"], capture_output=True, text=True,
                             env=_env(), timeout=60)
    assert version.stdout.strip() == f"crmsync {crmsync_gui.__version__}"


def test_sandbox_process_stops_by_closing_stdin_and_keeps_its_data(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Portable stop (Windows has no SIGTERM): the sandbox saves, then exits 0."""
    data = tmp_path / "google"
    process = SandboxProcess(data)
    try:
        SandboxAdmin(process.url).seed_contacts([person("Alice")])
    except BaseException:
        process.stop()
        raise

    def no_signal() -> None:
        raise AssertionError("stop() should not need a signal")

    monkeypatch.setattr(process._process, "terminate", no_signal)
    process.stop()
    assert process._process.returncode == 0
    monkeypatch.undo()

    again = SandboxProcess(data)
    try:
        assert SandboxAdmin(again.url).state()["contact_count"] == 1
    finally:
        again.stop()
