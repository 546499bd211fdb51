"""R-UI4 with a real system tray: Xvfb plus Debian's trayer (a tray dock) on it.

Offscreen Qt has no tray, so this is the one test where ``isSystemTrayAvailable()`` is
true and the icon is really embedded. It runs in a subprocess on a fresh X display.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent("""
    import sys
    import time
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon
    from crmsync_gui.ui.icons import app_icon

    app = QApplication(sys.argv)
    clock = QElapsedTimer()
    clock.start()
    # trayer may still be claiming the tray selection: wait for it a little.
    while not QSystemTrayIcon.isSystemTrayAvailable() and clock.elapsed() < 10_000:
        app.processEvents()
        time.sleep(0.05)
    assert QSystemTrayIcon.isSystemTrayAvailable(), "no system tray"
    icon = QSystemTrayIcon(app_icon())
    icon.show()
    while icon.geometry().isEmpty() and clock.elapsed() < 15_000:
        app.processEvents()
        time.sleep(0.02)
    assert icon.isVisible(), "icon not visible"
    print("tray ok", icon.geometry().width(), icon.geometry().height(), flush=True)
""")


def _missing() -> str | None:
    for program in ("Xvfb", "trayer"):
        if shutil.which(program) is None:
            return f"{program} is not installed (apt-get install -y xvfb trayer)"
    return None


@pytest.fixture
def tray_display() -> Iterator[str]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    read, write = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it once it is ready.
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    display = f":{number}"
    trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right",
                               "--widthtype", "pixel", "--width", "120", "--height", "32"],
                              env={**os.environ, "DISPLAY": display},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield display
    finally:
        for process in (trayer, xvfb):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


def test_icon_is_visible_in_a_real_tray(tray_display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": tray_display, "QT_QPA_PLATFORM": "xcb",
           "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("tray ok")
