"""Is a file on a network share? SQLite's locking is unreliable there (R-CRM2).

Small offices often keep "the CRM file" on a NAS; two PCs writing it through SMB can
corrupt it. We cannot forbid that, but we say it clearly.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "webdav", "afpfs", "fuse.rclone",
    "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre",
})

_DRIVE_REMOTE = 4  # GetDriveTypeW


def filesystem_type(path: Path, mounts: str | None = None) -> str | None:
    """The type of the file system holding ``path`` (Linux /proc/mounts, macOS mount).

    ``mounts`` is the mount table text, for tests; by default it is read from the system.
    Each line: ``device mountpoint fstype …`` (Linux) or ``dev on /mnt (type, …)`` (macOS).
    """
    resolved = str(path.resolve())
    if mounts is None:
        mounts = _read_mount_table()
    best_point, best_type = "", None
    for line in mounts.splitlines():
        point, fs_type = _parse_mount_line(line)
        if point is None:
            continue
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best_point):
            best_point, best_type = point, fs_type
    return best_type


def _parse_mount_line(line: str) -> tuple[str | None, str | None]:
    if " on " in line and " (" in line:  # macOS / BSD `mount` output
        rest = line.split(" on ", 1)[1]
        point, options = rest.rsplit(" (", 1)
        return point, options.split(",")[0].strip(" )")
    parts = line.split()
    if len(parts) >= 3:
        # /proc/mounts escapes spaces in mount points as \040.
        return parts[1].replace("\\040", " "), parts[2]
    return None, None


def _read_mount_table() -> str:
    if sys.platform.startswith("linux"):
        try:
            return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    if sys.platform == "darwin":
        try:
            return subprocess.run(["/sbin/mount"], capture_output=True, text=True,
                                  timeout=5, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return ""
    return ""


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True when ``path`` is on a network share (UNC path, mapped drive, NFS/SMB mount)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32" and mounts is None:
        drive = os.path.splitdrive(str(path.resolve()))[0]
        if drive:
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            return bool(kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE)
        return False
    return (filesystem_type(path, mounts) or "") in NETWORK_FS_TYPES
