"""R-SEC: the profile is private — its folders 0700, what the app writes in them 0600 —
and a file system that keeps no permissions is said once, never a crash."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crmsync_gui.app.diagnostics import export_diagnostics
from crmsync_gui.app.logs import setup_logging
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import Settings, save_settings
from crmsync_gui.core.reasons import ReasonCode
from crmsync_gui.crm.sqlite_db import SqliteCrm

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def tree_modes(root: Path) -> dict[str, int]:
    """Every folder and file under ``root`` (itself as "."), with its mode."""
    found = {".": mode(root)}
    for folder, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            path = Path(folder, name)
            found[path.relative_to(root).as_posix()] = mode(path)
    return found


def assert_private_tree(root: Path) -> dict[str, int]:
    modes = tree_modes(root)
    wrong = {name: oct(found) for name, found in modes.items()
             if found != (0o700 if (root / name).is_dir() else 0o600)}
    assert not wrong, f"not private (folders 0700, files 0600): {wrong}"
    return modes


def crmsync(home: Path, *args: str) -> None:
    env = {**os.environ, "CRMSYNC_HOME": str(home)}
    done = subprocess.run([sys.executable, "-m", "crmsync_gui.cli.main", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def log_handler() -> Iterator[list[logging.Handler]]:
    handlers: list[logging.Handler] = []
    yield handlers
    for handler in handlers:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_a_synced_profile_is_private_from_top_to_bottom(
        tmp_path: Path, log_handler: list[logging.Handler]) -> None:
    home = tmp_path / "home"
    # A real demo sync from the command line: logs, the demo's CRM database, its state,
    # its backups, its account, the stand-in for Google's folder.
    crmsync(home, "--demo", "sync", "--yes")
    # Looked at before this process opens the profile: opening it tightens what it finds.
    assert_private_tree(home)
    base = Profile.locate(home)
    SyncService(base).save_settings()
    handler = setup_logging(base.logs_dir)
    log_handler.append(handler)
    logging.getLogger("crmsync_gui.test").warning("a line before the rotation")
    handler.doRollover()  # a rotation opens a new log file
    logging.getLogger("crmsync_gui.test").warning("a line after it")
    with SyncService.open(base, demo=True) as demo:
        export_diagnostics(demo, tmp_path)
        # While a connection is open the database has its -wal and -shm beside it.
        with demo.open_crm() as crm:
            crm.read_all()
            modes = assert_private_tree(home)
    assert {"settings.json", "logs/crmsync.log", "logs/crmsync.log.1",
            "demo/account.json", "demo/crm.sqlite3", "demo/crm.sqlite3-wal",
            "demo/crm.sqlite3-shm", "demo/sandbox-tokens.json"} <= set(modes)
    assert any(name.startswith("demo/state/") for name in modes)
    assert any(name.startswith("demo/backups/") and name.endswith("google-contacts.json")
               for name in modes)
    assert any(name.startswith("demo/sandbox/") for name in modes)
    assert any(name.startswith("demo/logs/crmsync.log") for name in modes)
    assert_private_tree(home)  # and once everything is closed again


def test_an_older_profile_is_tightened_when_opened(tmp_path: Path) -> None:
    home = tmp_path / "old"
    for folder in ("state", "backups/20240101-000000-000000", "logs", "demo/sandbox"):
        (home / folder).mkdir(parents=True)
    ours = ["settings.json", "account.json", "crm.sqlite3", "crm.sqlite3-wal",
            "crm.sqlite3-shm", "state/abc.sqlite3", "backups/20240101-000000-000000/crm.sqlite3",
            "logs/crmsync.log", "logs/crmsync.log.3", "demo/sandbox/state.json"]
    for name in ours:
        (home / name).write_text("x")
    (home / "my notes.txt").write_text("the user's own file, not ours to change")
    shared = tmp_path / "shared.txt"
    shared.write_text("pointed at from the profile")
    (home / "logs" / "link").symlink_to(shared)
    for path in (home, *home.rglob("*"), shared):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)

    profile = Profile.locate(home)

    assert profile.privacy_warning() is None
    modes = tree_modes(home)
    assert modes["."] == 0o700
    for name in ("state", "backups", "backups/20240101-000000-000000", "logs", "demo",
                 "demo/sandbox"):
        assert modes[name] == 0o700, name
    for name in ours:
        assert modes[name] == 0o600, name
    assert modes["my notes.txt"] == 0o644
    assert mode(shared) == 0o644  # a link is not followed


def test_a_new_crm_database_and_its_wal_are_private_from_birth(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "crm.sqlite3"
    service = SyncService(Profile.locate(tmp_path / "home"), Settings())
    service.choose_crm_database(path, create=True)
    with SqliteCrm(path) as crm:
        crm.read_all()
        for name in ("crm.sqlite3", "crm.sqlite3-wal", "crm.sqlite3-shm"):
            assert mode(path.parent / name) == 0o600, name


def test_a_crm_database_outside_the_profile_keeps_its_mode_and_status_warns(
        tmp_path: Path) -> None:
    shared = tmp_path / "office" / "crm.sqlite3"
    shared.parent.mkdir()
    sqlite3.connect(shared).close()  # another program made it, readable by all
    shared.chmod(0o644)
    service = SyncService(Profile.locate(tmp_path / "home"),
                          Settings(crm_database=str(shared)))

    status = service.status()

    assert mode(shared) == 0o644
    [warning] = status.privacy_warnings
    assert warning.code is ReasonCode.CRM_READABLE_BY_OTHERS
    assert str(shared) in warning.text
    env = {k: v for k, v in os.environ.items() if k != "CRMSYNC_CRM_DB"}
    save_settings(Settings(crm_database=str(shared)), tmp_path / "home" / "settings.json")
    cli = subprocess.run([sys.executable, "-m", "crmsync_gui.cli.main", "--home",
                          str(tmp_path / "home"), "status"], env=env, capture_output=True,
                         text=True, timeout=60, check=False)
    assert cli.returncode == 0 and f"warning: {warning.text}" in cli.stderr
    shared.chmod(0o640)  # the user's choice: shared with the group only
    assert service.status().privacy_warnings == ()


def test_the_default_crm_database_of_an_old_profile_is_tightened(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    sqlite3.connect(home / "crm.sqlite3").close()
    (home / "crm.sqlite3").chmod(0o644)
    service = SyncService(Profile.locate(home), Settings())
    assert service.status().privacy_warnings == ()
    assert mode(home / "crm.sqlite3") == 0o600


@pytest.mark.parametrize("chmod", ["refused", "ignored"])
def test_a_file_system_without_permissions_warns_once_and_the_app_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        chmod: str, log_handler: list[logging.Handler]) -> None:
    """vfat or SMB: chmod raises, or does nothing. Nothing real can mount one here, so
    ``os.chmod`` plays it."""
    home = tmp_path / "usb"
    (home / "logs").mkdir(parents=True)
    home.chmod(0o755)
    (home / "settings.json").write_text("{}")
    (home / "settings.json").chmod(0o644)

    def refuse(path: object, mode: int, **kwargs: object) -> None:
        if chmod == "refused":
            raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "chmod", refuse)
    caplog.set_level(logging.WARNING, logger="crmsync_gui")

    profile = Profile.locate(home)
    Profile.locate(home)  # a second start in the same process says nothing new
    service = SyncService(profile)
    service.save_settings()
    log_handler.append(setup_logging(profile.logs_dir))
    logging.getLogger("crmsync_gui.test").warning("the log still works")
    with service.open_crm() as crm:
        crm.read_all()

    said = [r for r in caplog.records if r.levelno >= logging.WARNING
            and "cannot be made private" in r.getMessage()]
    assert len(said) == 1 and str(home) in said[0].getMessage()
    [warning] = service.status().privacy_warnings
    assert warning.code is ReasonCode.PROFILE_NOT_PRIVATE and str(home) in warning.text
    assert "the log still works" in (profile.logs_dir / "crmsync.log").read_text()


@pytest.mark.parametrize("folder_mode", [0o2775, 0o1777])
def test_a_shared_folder_named_as_profile_keeps_its_rights_and_status_says_so(
        tmp_path: Path, folder_mode: int) -> None:
    # `--home` pointed at a team's folder (setgid, group-writable) or at /tmp (sticky):
    # the app must not take everybody else's rights away; it warns instead.
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "team-notes.txt").write_text("ours")
    shared.chmod(folder_mode)
    service = SyncService(Profile.locate(shared), Settings())
    assert mode(shared) == folder_mode
    assert [w.code for w in service.status().privacy_warnings] == [
        ReasonCode.PROFILE_NOT_PRIVATE]


def test_an_existing_empty_folder_or_an_old_profile_is_made_private(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o755)
    empty.chmod(0o755)
    Profile.locate(empty)
    assert mode(empty) == 0o700


def test_a_csv_export_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    from crmsync_gui.crm.csv_io import export_csv

    with SqliteCrm(tmp_path / "crm.sqlite3") as crm:
        export_csv(crm, tmp_path / "contacts.csv")
    assert mode(tmp_path / "contacts.csv") == 0o600
