"""#17, 4: a full disk. A sync whose profile cannot grow by a byte stops with words that
name the folder, writes nothing to Google it could not record, keeps the CRM as it was;
once there is room the next sync goes through without a duplicate. Through ``crmsync``
against the sandbox, on a real full file system: a small tmpfs, filled up, in a mount
namespace of the test's own."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import crm_dump

from .cli_harness import Cli, in_sync
from .mount_namespace import mount_namespace, require_mounts

# The profile is copied onto a 8 MB tmpfs that a filler then fills to the last byte;
# after the command the filler goes and the profile is copied back out for the checks.
_FULL_DISK = ('mount -t tmpfs -o size=8m crmsync-full "$FULL" && cp -a "$SRC/." "$FULL/" && '
              '{ dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null; true; } && '
              '"$@" > "$OUT.stdout" 2> "$OUT.stderr"; echo $? > "$OUT.rc"; '
              'rm -f "$FULL/filler" && cp -a "$FULL/." "$OUT/"')


def _on_a_full_disk(cli: Cli, tmp_path: Path, *args: str,
                    **env: str) -> tuple[int, str, Path]:
    """Run ``crmsync ARGS`` with the profile on a full file system; (exit code, stderr,
    the profile as the command left it)."""
    full, out = tmp_path / "full", tmp_path / "after"
    full.mkdir(parents=True)
    out.mkdir()
    require_mounts('mount -t tmpfs -o size=1m probe "$FULL" && "$@"', {"FULL": str(full)})
    done = subprocess.run(
        [*mount_namespace(), "sh", "-c", _FULL_DISK, "sh",
         sys.executable, "-m", "crmsync_gui.cli.main", *args],
        env={**cli.env, "CRMSYNC_HOME": str(full), "FULL": str(full), "SRC": str(cli.home),
             "OUT": str(out), **env},
        capture_output=True, text=True, timeout=120, check=False)
    assert (tmp_path / "after.rc").exists(), done.stderr
    code = int((tmp_path / "after.rc").read_text())
    return code, (tmp_path / "after.stderr").read_text(), out


@pytest.mark.parametrize("crm_where", ["in the profile", "on another disk"])
def test_a_full_disk_stops_the_sync_names_the_folder_and_the_next_run_has_no_duplicate(
        cli: Cli, tmp_path: Path, crm_where: str) -> None:
    for i in range(3):
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    cli.sandbox.admin.seed_contacts([{"names": [{"familyName": "Phone"}],
                                      "emailAddresses": [{"value": "p@ex.fr"}]}])
    assert cli.sync()[0] == 0
    cli.add_crm("Durand", "paul@ex.fr")  # for Google
    [phone] = [rn for rn, p in cli.google().items()
               if p["emailAddresses"][0]["value"] == "p@ex.fr"]
    cli.sandbox.admin.patch_contact(phone, {"phoneNumbers": [  # for the CRM
        {"value": "06 11 22 33 44", "type": "mobile"}]})
    crm_before, google_before = crm_dump(cli.crm_path), cli.google()

    elsewhere = tmp_path / "elsewhere.sqlite3"
    if crm_where == "on another disk":  # the profile's disk is full, the CRM's is not
        shutil.move(cli.crm_path, elsewhere)
    code, err, after = _on_a_full_disk(
        cli, tmp_path, "sync", "--yes",
        **({"CRMSYNC_CRM_DB": str(elsewhere)} if crm_where == "on another disk" else {}))
    if crm_where == "on another disk":
        shutil.move(elsewhere, after / "crm.sqlite3")

    assert code == 1, err
    assert "unexpected problem" not in err and "Traceback" not in err, err
    assert "No space left on device" in err or "disk is full" in err, err
    assert str(tmp_path / "full") in err, err  # the place: the profile's folder or file
    assert crm_dump(after / "crm.sqlite3") == crm_before
    assert cli.google() == google_before  # nothing written that it could not record

    # Room again (the profile as the full disk left it): no duplicate, nothing lost.
    shutil.rmtree(cli.home)
    shutil.copytree(after, cli.home)
    code, run = cli.sync()
    assert (code, run["status"]) == (0, "ok"), run
    emails = cli.google_emails()
    assert len(emails) == len(set(emails)) == len(cli.crm()) == 5
    assert cli.crm()[max(cli.crm())].record.personal_mobile in ("", "06 11 22 33 44")
    in_sync(cli)


def test_undo_and_export_on_a_full_disk_stop_before_changing_anything(
        cli: Cli, tmp_path: Path) -> None:
    # The review's worst case: an undo that wrote both sides and could not record it.
    for i in range(3):
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr", home_city="Lyon")
    assert cli.sync()[0] == 0
    (cli.home / "out.csv").write_text("the last export\n", encoding="utf-8")
    crm_before, google_before = crm_dump(cli.crm_path), cli.google()

    code, err, after = _on_a_full_disk(cli, tmp_path, "undo", "--yes")
    assert code == 1 and "is full" in err and "Traceback" not in err, err
    assert crm_dump(after / "crm.sqlite3") == crm_before
    assert cli.google() == google_before

    # The CRM on another disk, so that only the export's own write meets the full one.
    export_to = tmp_path / "again" / "full" / "out.csv"
    code, err, after = _on_a_full_disk(cli, tmp_path / "again", "crm", "export",
                                       str(export_to), CRMSYNC_CRM_DB=str(cli.crm_path))
    assert code == 1 and "No space left on device" in err and str(export_to) in err, err
    # Written whole or not at all: the last export is still there, as it was.
    assert (after / "out.csv").read_text(encoding="utf-8") == "the last export\n"
