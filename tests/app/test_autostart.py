"""Start at login: the file or registry value each system reads, written and removed."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

from crmsync_gui.app.autostart import (
    RUN_KEY,
    MacLaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    apply_start_at_login,
    launch_command,
)

COMMAND = ["/opt/CRM Sync/crmsync-gui", "--minimized"]


def test_xdg_autostart_file_written_and_removed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    autostart = XdgAutostart()
    assert autostart.path == tmp_path / "config" / "autostart" / "crm-sync.desktop"
    autostart.enable(COMMAND)
    text = autostart.path.read_text()
    assert "[Desktop Entry]" in text and "Type=Application" in text
    assert "Exec='/opt/CRM Sync/crmsync-gui' --minimized" in text
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.path.exists() and not autostart.is_enabled()
    autostart.disable()  # twice is fine


def test_apply_start_at_login_uses_this_installation(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    apply_start_at_login(True, autostart)
    assert sys.executable in autostart.path.read_text()
    assert launch_command()[-1] == "--minimized"
    apply_start_at_login(False, autostart)
    assert not autostart.is_enabled()


def test_macos_launch_agent(tmp_path: Path) -> None:
    agent = MacLaunchAgent(home=tmp_path)
    agent.enable(COMMAND)
    assert agent.path == tmp_path / "Library" / "LaunchAgents" / "com.crmsync.app.plist"
    data = plistlib.loads(agent.path.read_bytes())
    assert data["ProgramArguments"] == COMMAND and data["RunAtLoad"] is True
    agent.disable()
    assert not agent.is_enabled()


class MemoryRegistry:
    """Stands in for HKEY_CURRENT_USER where winreg cannot run (not on Windows)."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def set_value(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete_value(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)

    def get_value(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))


def test_windows_run_key() -> None:
    registry = MemoryRegistry()
    run_key = WindowsRunKey(registry)
    run_key.enable([r"C:\Program Files\CRM Sync\CRM Sync.exe", "--minimized"])
    assert registry.values == {(RUN_KEY, "CRM Sync"):
                               r'"C:\Program Files\CRM Sync\CRM Sync.exe" "--minimized"'}
    assert run_key.is_enabled()
    run_key.disable()
    assert registry.values == {} and not run_key.is_enabled()
