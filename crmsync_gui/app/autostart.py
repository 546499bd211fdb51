"""Start CRM Sync at login (R-UI4), the way each system expects it.

- Linux and other XDG desktops: a ``.desktop`` file in ``~/.config/autostart``.
- macOS: a LaunchAgent property list in ``~/Library/LaunchAgents``.
- Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.

Each writer only writes what it owns and removes it on disable; the app starts minimised
to the tray.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

APP_ID = "crm-sync"
APP_NAME = "CRM Sync"
LAUNCH_AGENT_LABEL = "com.crmsync.app"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How to start this installation minimised: the frozen app, or Python and the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--minimized"]
    return [sys.executable, "-m", "crmsync_gui", "--minimized"]


class Autostart(Protocol):
    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...

    def is_enabled(self) -> bool: ...


class XdgAutostart:
    def __init__(self, config_home: Path | None = None) -> None:
        base = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or
                                   Path.home() / ".config")
        self.path = base / "autostart" / f"{APP_ID}.desktop"

    def enable(self, command: Sequence[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Keeps the CRM and Google Contacts in sync\n"
            f"Exec={shlex.join(command)}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n", encoding="utf-8")

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.is_file()


class MacLaunchAgent:
    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / \
            f"{LAUNCH_AGENT_LABEL}.plist"

    def enable(self, command: Sequence[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("wb") as handle:
            plistlib.dump({"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": list(command),
                           "RunAtLoad": True, "ProcessType": "Interactive"}, handle)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.is_file()


class Registry(Protocol):
    """The three ``winreg`` calls the Run key needs (so tests can run off Windows)."""

    def set_value(self, key: str, name: str, value: str) -> None: ...

    def delete_value(self, key: str, name: str) -> None: ...

    def get_value(self, key: str, name: str) -> str | None: ...


class _WinReg:
    def __init__(self) -> None:
        import winreg  # Windows only

        self._winreg: Any = winreg

    def set_value(self, key: str, name: str, value: str) -> None:
        w = self._winreg
        with w.CreateKeyEx(w.HKEY_CURRENT_USER, key, 0, w.KEY_SET_VALUE) as handle:
            w.SetValueEx(handle, name, 0, w.REG_SZ, value)

    def delete_value(self, key: str, name: str) -> None:
        w = self._winreg
        try:
            with w.OpenKey(w.HKEY_CURRENT_USER, key, 0, w.KEY_SET_VALUE) as handle:
                w.DeleteValue(handle, name)
        except FileNotFoundError:
            pass

    def get_value(self, key: str, name: str) -> str | None:
        w = self._winreg
        try:
            with w.OpenKey(w.HKEY_CURRENT_USER, key) as handle:
                return str(w.QueryValueEx(handle, name)[0])
        except FileNotFoundError:
            return None


class WindowsRunKey:
    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry or _WinReg()

    @staticmethod
    def command_line(command: Sequence[str]) -> str:
        # Windows quoting: every argument in double quotes (paths hold spaces).
        return " ".join(f'"{part}"' for part in command)

    def enable(self, command: Sequence[str]) -> None:
        self.registry.set_value(RUN_KEY, APP_NAME, self.command_line(command))

    def disable(self) -> None:
        self.registry.delete_value(RUN_KEY, APP_NAME)

    def is_enabled(self) -> bool:
        return self.registry.get_value(RUN_KEY, APP_NAME) is not None


def system_autostart() -> Autostart:
    if sys.platform == "win32":
        return WindowsRunKey()
    if sys.platform == "darwin":
        return MacLaunchAgent()
    return XdgAutostart()


def apply_start_at_login(enabled: bool, autostart: Autostart | None = None) -> None:
    target = autostart or system_autostart()
    if enabled:
        target.enable(launch_command())
    else:
        target.disable()
