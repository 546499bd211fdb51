"""Reading a SQLite file from a folder that cannot be written (a read-only mount, a
locked-down share): a copy in memory.

A read-only profile must still answer ``status``, ``history`` and ``crm export``. SQLite
cannot simply open its files there: a WAL database needs its ``-shm`` file, which it
cannot create in such a folder, and a file an older version wrote would need a
migration it cannot write. So the file is copied into memory once (SQLite's backup),
migrated and bound there, and then sealed with ``query_only``: a write that slips
through fails loudly instead of vanishing with the copy. Stdlib only, for every layer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def memory_copy(path: Path) -> sqlite3.Connection:
    """The database at ``path`` (or an empty one, when there is none) as an autocommit
    connection to a copy in memory. Raises ``sqlite3.DatabaseError`` like ``connect``."""
    copy = sqlite3.connect(":memory:", isolation_level=None)
    if not path.exists():
        return copy
    try:
        source = _open_read_only(path)
        try:
            source.backup(copy)
        finally:
            source.close()
    except BaseException:
        copy.close()
        raise
    return copy


def seal(conn: sqlite3.Connection) -> None:
    """From now on every write on ``conn`` raises "attempt to write a readonly database"."""
    conn.execute("PRAGMA query_only = ON")


def _open_read_only(path: Path) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL database whose -shm cannot be created here. Nobody can be writing a file
        # in a folder nobody can write, so reading it as immutable (no locks, no -shm) is
        # safe — unless a -wal holds its last writes, which immutable would not read:
        # better no answer than an old one.
        for pending in (Path(f"{path}-wal"), Path(f"{path}-journal")):
            # A -wal holds the last writes; a -journal, a write cut short that SQLite
            # would roll back: read as immutable, either would show what is not there.
            if pending.exists() and pending.stat().st_size > 0:
                raise sqlite3.OperationalError(
                    f"{pending.name} holds changes that cannot be read from a read-only "
                    "folder: open it once where it can be written") from None
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
