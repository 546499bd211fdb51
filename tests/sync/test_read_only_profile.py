"""#17, 4: a profile folder that cannot be written (a read-only mount, a locked-down
share). The commands that only read work, logging to the terminal; the commands that
write stop before anything changes, naming the folder. Through ``crmsync`` against the
sandbox, the profile made read-only for real: a read-only bind mount in a mount
namespace of the test's own (as root a plain chmod would not stop a write)."""

from __future__ import annotations

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
