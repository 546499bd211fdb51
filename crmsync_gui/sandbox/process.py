"""The sandbox as a separate process, for the window's demo, tests and benchmarks.

In its own process its HTTP threads never compete with the caller for the GIL (GUI
stalls are measured that way), and a caller killed mid-request cannot take Google's
data down with it.

From a checkout or an installed package the process is ``python -m crmsync_gui.sandbox``.
In the frozen app (PyInstaller: ``sys.frozen``) there is no Python to run a module with:
the bundle's console program ``crmsync`` runs the sandbox when its first argument is
``--run-sandbox`` (packaging/launch_cli.py). On Windows it is started without a console
window, and everywhere it is stopped by closing its stdin (portable, unlike SIGTERM, which
Windows turns into an abrupt TerminateProcess), so it saves its data before it exits.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

RUN_SANDBOX = "--run-sandbox"  # the frozen console program's hidden first argument
STOP_ON_STDIN_EOF = "--stop-on-stdin-eof"
CLI_PROGRAM = "crmsync"  # the bundle's console program, beside the window's


def sandbox_command() -> list[str]:
    """The command that runs the sandbox's ``__main__`` (arguments go after it)."""
    if getattr(sys, "frozen", False):
        name = CLI_PROGRAM + (".exe" if sys.platform == "win32" else "")
        return [str(Path(sys.executable).with_name(name)), RUN_SANDBOX]
    return [sys.executable, "-m", "crmsync_gui.sandbox"]


class SandboxProcess:
    """The sandbox on a free loopback port in its own process; ``url`` once started."""

    def __init__(self, data_dir: Path | None = None, auto_approve: bool = True) -> None:
        args = [*sandbox_command(), "--port", "0", STOP_ON_STDIN_EOF]
        if data_dir is not None:
            args += ["--data", str(data_dir)]
        if auto_approve:
            args.append("--auto-approve")
        # No console window on Windows when a windowed program starts the console one; and
        # a windowed program has no stderr to hand down (sys.stderr is None there).
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        stderr = None if sys.stderr is not None else subprocess.DEVNULL
        self._process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=stderr, text=True, creationflags=flags)
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self._process.kill()
            self._process.wait(timeout=30)
            raise RuntimeError("the Google stand-in (sandbox) did not start")

    def stop(self) -> None:
        """Close its stdin: the sandbox saves its data folder and exits. SIGTERM (which
        also saves on POSIX) if it has not exited after 15 s, then kill."""
        if self._process.stdin is not None:
            with suppress(OSError):  # already gone
                self._process.stdin.close()
        try:
            self._process.wait(timeout=15)
            return
        except subprocess.TimeoutExpired:
            self._process.terminate()
        try:
            self._process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=15)


@contextmanager
def sandbox_process(data_dir: Path | None = None,
                    auto_approve: bool = True) -> Iterator[SandboxProcess]:
    process = SandboxProcess(data_dir, auto_approve)
    try:
        yield process
    finally:
        process.stop()
