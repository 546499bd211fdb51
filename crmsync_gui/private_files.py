"""Private files (R-SEC): on POSIX what the app keeps of the user's contacts is 0600 in
0700 folders, so other users of the computer cannot read it.

Files are created with their mode rather than chmod-ed afterwards, so there is no moment
when another user could open them: SQLite gives a database's ``-wal``, ``-shm`` and
journal the database file's mode, so creating the database file first is enough.
Folders made before this (an older version's profile) are tightened by ``tighten``.

Where the file system keeps no modes (vfat, some SMB mounts) chmod raises or changes
nothing: these functions then say so by their result and never raise; the caller decides
whether and how to warn. Everything here is stdlib-only, so every layer may use it.
On Windows the modes mean nothing and nothing is checked.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
ENFORCED = os.name == "posix"
_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def private_opener(path: str, flags: int) -> int:
    """For ``open(..., opener=private_opener)``: a file it creates is 0600 from birth."""
    return os.open(path, flags, PRIVATE_FILE)


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty and 0600 if it does not exist (True); an existing file keeps
    its mode, whoever chose it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def make_private_dir(path: Path) -> bool:
    """Make the folder (its missing parents keep the usual mode) and leave it 0700; False
    when its file system would not."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    return restrict(path)


def restrict(path: Path) -> bool:
    """Take the group's and others' rights away from one file or folder; True if it is
    private now. The owner's own bits are left as they are (a read-only file stays so).
    A symbolic link is not followed: what it points at may be shared on purpose."""
    if not ENFORCED:
        return True
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            return True
        if mode & _OTHERS:
            os.chmod(path, stat.S_IMODE(mode) & ~_OTHERS)
            # Some file systems accept chmod and change nothing: look again.
            mode = os.lstat(path).st_mode
    except OSError:  # PermissionError (not ours, vfat), gone meanwhile, …
        return False
    return not mode & _OTHERS


def tighten(paths: Iterable[Path]) -> list[Path]:
    """``restrict`` each path and, for folders, everything inside (symbolic links are
    neither followed nor changed); the paths that stay readable by others."""
    left_open: list[Path] = []
    for top in paths:
        if not os.path.lexists(top):
            continue
        if not restrict(top):
            left_open.append(top)
        if top.is_symlink() or not top.is_dir():
            continue
        for folder, dirs, files in os.walk(top, followlinks=False):
            for name in (*dirs, *files):
                path = Path(folder, name)
                if not restrict(path):
                    left_open.append(path)
    return left_open


def readable_by_others(path: Path) -> bool:
    """Can every user of the computer read this file? (Never, where modes mean nothing.)"""
    if not ENFORCED:
        return False
    try:
        return bool(path.stat().st_mode & stat.S_IROTH)
    except OSError:
        return False


def is_private(path: Path) -> bool:
    """Neither the group nor others have any right on it."""
    if not ENFORCED:
        return True
    try:
        return not path.stat().st_mode & _OTHERS
    except OSError:
        return True  # nothing there to read


@contextmanager
def replace_privately(path: Path) -> Iterator[BinaryIO]:
    """Write ``path`` whole or not at all (a temporary file, then a rename), 0600 from the
    first byte whatever the mode of the file it replaces: ``mkstemp`` creates 0600."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_private_text(path: Path, text: str) -> None:
    with replace_privately(path) as handle:
        handle.write(text.encode("utf-8"))
