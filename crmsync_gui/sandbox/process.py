"""The sandbox as a separate process, for the window's demo, tests and benchmarks.

In its own process its HTTP threads never compete with the caller for the GIL (GUI
stalls are measured that way), and a caller killed mid-request cannot take Google's
data down with it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class SandboxProcess:
    """``python -m crmsync_gui.sandbox`` on a free loopback port; ``url`` once started."""

    def __init__(self, data_dir: Path | None = None, auto_approve: bool = True) -> None:
        args = [sys.executable, "-m", "crmsync_gui.sandbox", "--port", "0"]
        if data_dir is not None:
            args += ["--data", str(data_dir)]
        if auto_approve:
            args.append("--auto-approve")
        self._process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self._process.kill()
            raise RuntimeError("the Google stand-in (sandbox) did not start")

    def stop(self) -> None:
        """SIGTERM: the sandbox saves its data folder before it exits."""
        self._process.terminate()
        self._process.wait(timeout=30)


@contextmanager
def sandbox_process(data_dir: Path | None = None,
                    auto_approve: bool = True) -> Iterator[SandboxProcess]:
    process = SandboxProcess(data_dir, auto_approve)
    try:
        yield process
    finally:
        process.stop()
