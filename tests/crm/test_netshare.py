"""Warning when the CRM database sits on a network share."""

from __future__ import annotations

from pathlib import Path

from crmsync_gui.crm.netshare import filesystem_type, is_network_path
from crmsync_gui.crm.sqlite_db import SqliteCrm, network_share_warning

LINUX_MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
//nas/partage /mnt/nas cifs rw,vers=3.0 0 0
nas:/export /mnt/nfs nfs4 rw 0 0
/dev/vdb1 /mnt/nas/local ext4 rw 0 0
server:/x /mnt/with\\040space nfs rw 0 0
"""
MAC_MOUNTS = """\
/dev/disk1s1 on / (apfs, local, journaled)
//user@nas/share on /Volumes/share (smbfs, nodev, nosuid, mounted by user)
"""


def test_linux_mount_table_longest_prefix_wins() -> None:
    assert filesystem_type(Path("/mnt/nas/crm.sqlite3"), LINUX_MOUNTS) == "cifs"
    assert filesystem_type(Path("/mnt/nas/local/crm.sqlite3"), LINUX_MOUNTS) == "ext4"
    assert filesystem_type(Path("/mnt/nassy/crm.sqlite3"), LINUX_MOUNTS) == "ext4"
    assert filesystem_type(Path("/mnt/with space/crm"), LINUX_MOUNTS) == "nfs"


def test_network_file_systems_are_detected() -> None:
    assert is_network_path(Path("/mnt/nas/crm.sqlite3"), LINUX_MOUNTS)
    assert is_network_path(Path("/mnt/nfs/crm.sqlite3"), LINUX_MOUNTS)
    assert not is_network_path(Path("/home/me/crm.sqlite3"), LINUX_MOUNTS)
    assert is_network_path(Path("/Volumes/share/crm.sqlite3"), MAC_MOUNTS)
    assert not is_network_path(Path("/Users/me/crm.sqlite3"), MAC_MOUNTS)


def test_unc_paths_are_network_paths() -> None:
    assert is_network_path(Path("//server/share/crm.sqlite3"), "")


def test_local_database_has_no_warning(tmp_path: Path) -> None:
    assert network_share_warning(tmp_path / "crm.sqlite3") is None
    with SqliteCrm(tmp_path / "crm.sqlite3") as crm:
        assert crm.warning is None
