"""The demo from the command line: three separate processes see one demo world (R-CLI)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def crmsync(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMSYNC_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "crmsync_gui.cli.main", "--demo", *args],
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def test_demo_preview_sync_preview(tmp_path: Path) -> None:
    first = crmsync(tmp_path, "preview", "--json")
    assert first.returncode == 0, first.stderr
    plan = json.loads(first.stdout)
    assert plan["counts"]["to_google"] > 0 and plan["counts"]["to_crm"] > 0
    names = {item["name"] for item in plan["to_google"]}
    assert "Jean-Marc Payet" in names  # from the sample French contacts
    assert all({"action", "crm_id", "resource_name", "name", "fields"} <= set(item)
               for item in plan["to_google"] + plan["to_crm"])

    synced = crmsync(tmp_path, "sync", "--yes")
    assert synced.returncode == 0, synced.stderr
    assert "Sync ok" in synced.stdout and "Backup written first" in synced.stdout

    again = json.loads(crmsync(tmp_path, "preview", "--json").stdout)
    assert again["to_google"] == [] and again["to_crm"] == [] and again["conflicts"] == []
    status = crmsync(tmp_path, "status").stdout
    assert "demo@crm-sync.example" in status and "Last sync:      2" in status
    assert (tmp_path / "demo" / "crm.sqlite3").exists()
    assert not (tmp_path / "crm.sqlite3").exists()  # the user's own profile is untouched


def test_sync_without_yes_and_no_terminal_needs_confirmation(tmp_path: Path) -> None:
    result = crmsync(tmp_path, "sync")
    assert result.returncode == 3
    assert "crmsync sync --yes" in result.stderr


def test_flags_override_settings_for_one_run(tmp_path: Path) -> None:
    plan = json.loads(crmsync(tmp_path, "--conflicts", "ask", "preview", "--json").stdout)
    assert plan["counts"]["unresolved_conflicts"] == 1
    result = crmsync(tmp_path, "--conflicts", "ask", "sync", "--yes")
    assert result.returncode == 3 and "1 conflict waits for your choice" in result.stderr
