"""Is the disk full? SQLite says "database or disk is full" when a database grows, but
"disk I/O error" when it cannot create the ``-shm`` or journal beside it, which reads
like a broken disk or a damaged file. Before a write failure is put into words, the
folder's free space is looked at: a full disk is said as such, with what to do, and is
never taken for a damaged state (whose remedy, a reset, would lose the undo history).
Stdlib only, for every layer."""

from __future__ import annotations

import shutil
from pathlib import Path

# Below this, SQLite cannot be counted on to write a page, a journal and a -shm file.
NEARLY_FULL_BYTES = 1024 * 1024
# What a command that writes wants free before it starts (the state's journal, a backup
# of a small firm's contacts, the log): an undo or a sync that wrote to Google and then
# could not record it would leave both sides out of step with the state.
ROOM_BEFORE_WRITING = 16 * 1024 * 1024


def existing_ancestor(path: Path) -> Path:
    """``path`` itself if it exists, else its nearest existing folder (a file about to
    be made is judged by where it will be made)."""
    found = Path(path)
    while not found.exists() and found != found.parent:
        found = found.parent
    return found


def disk_full(path: Path, below: int = NEARLY_FULL_BYTES) -> bool:
    """True when the file system that holds ``path`` (or its nearest existing folder)
    has less than ``below`` bytes free for this user."""
    try:
        return shutil.disk_usage(existing_ancestor(path)).free < below
    except OSError:
        return False
