"""#17, 4: a profile folder that cannot be written (a read-only mount, a locked-down
share). The commands that only read work, logging to the terminal; the commands that
write stop before anything changes, naming the folder. Through ``crmsync`` against the
sandbox, the profile made read-only for real: a read-only bind mount in a mount
namespace of the test's own (as root a plain chmod would not stop a write)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import crm_dump

from .cli_harness import Cli
from .mount_namespace import mount_namespace, require_mounts

_READ_ONLY = ('mount --bind "$HOME_DIR" "$HOME_DIR" && '
              'mount -o remount,ro,bind "$HOME_DIR" && exec "$@"')


@pytest.fixture
def read_only(cli: Cli) -> Cli:
    require_mounts(_READ_ONLY, {"HOME_DIR": str(cli.home)})
    return cli


def _run_read_only(cli: Cli, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*mount_namespace(), "sh", "-c", _READ_ONLY, "sh",
         sys.executable, "-m", "crmsync_gui.cli.main", *args],
        env={**cli.env, "HOME_DIR": str(cli.home)}, capture_output=True, text=True,
        timeout=120, check=False)


def _files(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes()
            for p in sorted(home.rglob("*")) if p.is_file()}


def test_a_read_only_profile_reads_and_refuses_writes_naming_the_folder(
        read_only: Cli, tmp_path: Path) -> None:
    cli = read_only
    cli.add_crm("Martin", "sophie@ex.fr", home_city="Lyon")
    cli.sandbox.admin.seed_contacts([{"names": [{"familyName": "Phone"}],
                                      "emailAddresses": [{"value": "p@ex.fr"}]}])
    assert cli.sync()[0] == 0
    cli.add_crm("Durand", "paul@ex.fr")  # something to sync, so a write is attempted
    before = (_files(cli.home), crm_dump(cli.crm_path), cli.google())

    export = tmp_path / "out.csv"
    for args in (("status",), ("history",), ("history", "--json"), ("backups",),
                 ("crm", "list"), ("crm", "export", str(export))):
        done = _run_read_only(cli, *args)
        assert done.returncode == 0, (args, done.stderr)
        assert "Traceback" not in done.stderr, (args, done.stderr)
        assert f"cannot write the log in {cli.home / 'logs'}" in done.stderr, args
    assert "Durand" in export.read_text(encoding="utf-8-sig")

    # preview too: it records what it read, so that the sync writes only what it showed.
    for args in (("preview",), ("sync", "--yes"), ("crm", "import", str(export)),
                 ("undo", "--yes"), ("ignore", "--crm", "1"), ("unlink", "1"),
                 ("link", "1", "people/c1"), ("state", "reset"), ("logout",),
                 ("login", "--timeout", "5")):
        done = _run_read_only(cli, *args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, (args, done.stderr)
        assert "unexpected problem" not in done.stderr, (args, done.stderr)
        assert f"{cli.home} is read-only" in done.stderr, (args, done.stderr)
    assert (_files(cli.home), crm_dump(cli.crm_path), cli.google()) == before


def test_a_read_only_crm_with_unread_changes_in_its_wal_says_so(read_only: Cli) -> None:
    # Its last writes sit in crm.sqlite3-wal (another program still had it open, or
    # crashed) and no -shm can be made here: an old copy would be shown as current.
    cli = read_only
    cli.add_crm("Martin", "sophie@ex.fr")
    holder = sqlite3.connect(cli.crm_path)  # keeps the WAL from being checkpointed
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("UPDATE contact SET first_name = 'Sophie'")
        holder.commit()
        for suffix in ("", "-wal"):  # a copy as the program left it, without its -shm
            shutil.copy(f"{cli.crm_path}{suffix}", cli.home / f"copy.sqlite3{suffix}")
    finally:
        holder.close()
    cli.crm_path.unlink()
    (cli.home / "copy.sqlite3").rename(cli.crm_path)
    (cli.home / "copy.sqlite3-wal").rename(f"{cli.crm_path}-wal")
    Path(f"{cli.crm_path}-shm").unlink(missing_ok=True)
    done = _run_read_only(cli, "crm", "list")
    assert done.returncode == 1, done.stdout
    assert "crm.sqlite3-wal holds changes that cannot be read from a read-only folder" \
        in done.stderr


def test_a_new_profile_folder_on_a_read_only_disk_is_an_error_not_a_traceback(
        read_only: Cli) -> None:
    done = _run_read_only(read_only, "--home", str(read_only.home / "new"), "status")
    assert done.returncode == 1
    assert "error: the profile folder cannot be made" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_crm_database_on_a_read_only_disk_is_read_and_never_half_synced(
        read_only: Cli, tmp_path: Path) -> None:
    # The profile can be written, the CRM (a shared folder mounted read-only) cannot: a
    # sync would write Google first and then fail on the CRM.
    cli = read_only
    cli.add_crm("Martin", "sophie@ex.fr")
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.move(cli.crm_path, shared / "crm.sqlite3")
    cli.sandbox.admin.seed_contacts([{"names": [{"familyName": "Phone"}],
                                      "emailAddresses": [{"value": "p@ex.fr"}]}])
    google = cli.google()
    env = {**cli.env, "HOME_DIR": str(shared), "CRMSYNC_CRM_DB": str(shared / "crm.sqlite3")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*mount_namespace(), "sh", "-c", _READ_ONLY, "sh",
                               sys.executable, "-m", "crmsync_gui.cli.main", *args],
                              env=env, capture_output=True, text=True, timeout=120,
                              check=False)

    listed = run("crm", "list")
    assert listed.returncode == 0 and "Martin" in listed.stdout, listed.stderr
    for args in (("sync", "--yes"), ("preview",), ("crm", "import", str(tmp_path / "x"))):
        done = run(*args)
        assert done.returncode == 1, (args, done.stdout)
        assert f"The CRM database {shared / 'crm.sqlite3'} is read-only" in done.stderr
    assert cli.google() == google  # Google was not written
