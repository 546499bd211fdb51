"""The state store: links, baselines, choices, tokens and the run journal (SPEC R-S1).

One file per (CRM database UUID, Google account ``sub``) pair, and the file knows which
pair it belongs to: opening it for another account is an error, never a silent mix of
two accounts' links (the seed's "one Google account" rule, enforced).

Writes happen in checkpoints: everything a batch of 200 contacts changed in the state
(links, baselines, journal, confirmed creates, the sync token) goes in one transaction,
so a crash leaves the state as it was before or after the batch, never half of it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from crmsync_gui.core.baseline import Baseline
from crmsync_gui.core.plan_input import Choices, Link
from crmsync_gui.core.reasons import Reason, ReasonCode, reason_from_text
from crmsync_gui.core.record import NORMALIZED_FORMS, tag_key
from crmsync_gui.core.run_changes import JournalLine
from crmsync_gui.core.run_report import RunProblem
from crmsync_gui.core.sides import CrmContact, GoogleContact
from crmsync_gui.core.timestamps import format_timestamp, parse_timestamp
from crmsync_gui.disk_space import disk_full
from crmsync_gui.private_files import create_private_file
from crmsync_gui.read_only_copy import memory_copy, seal
from crmsync_gui.state.codec import (
    baseline_from_json,
    baseline_to_json,
    entries_from_json,
    entries_to_json,
    record_from_json,
    record_to_json,
)
from crmsync_gui.state.schema import (
    CURRENT_VERSION,
    LINK_COLUMNS,
    migrate,
    plan_input_triggers,
    schema_version,
)

_CRM_UUID = "crm_database_uuid"
_GOOGLE_SUB = "google_sub"
_SYNC_TOKEN = "sync_token"
_LABEL = "label_resource_name"
_FORMER_LABELS = "former_sync_labels"  # a JSON list of resource names
_VIEW_LABELS = "view_labels"  # a JSON object: resource name → label name
_LABEL_NAME = "label_name"  # the name it was found or created under (absent before 0.1)
_LAST_SYNC = "last_sync_at"
_NORMALIZATION = "normalization_version"  # absent: version 1, before pair regions
_QUIET = "quiet_fingerprint"  # the inputs of the last run whose plan was empty (v11)
_FORMS_RULES = "crm_form_rules"  # the rules the crm_form table was computed under (v11)


class StateError(Exception):
    """The state file cannot be used; ``reason`` (for the user) says what to do.

    ``str(error)`` is its English text (the CLI's words).
    """

    def __init__(self, reason: Reason) -> None:
        self.reason = reason
        super().__init__(reason.text)


class StateBindingError(StateError):
    """The file belongs to another CRM database or Google account."""


class StateVersionError(StateError):
    """The file was written by a newer CRM Sync."""


class StateDamagedError(StateError):
    """The file is not a readable state (truncated, overwritten, not SQLite)."""


def _refuse_emptied(path: Path) -> None:
    """Emptied by another program (or a copy cut short): read as a new state it would
    forget the links, choices and undo history without a word."""
    if path.exists() and path.stat().st_size == 0:
        raise StateDamagedError(Reason.of(ReasonCode.STATE_DAMAGED, path=str(path),
                                          error=Reason.text_only("the file is empty")))


def _not_writable(error: sqlite3.DatabaseError) -> bool:
    return isinstance(error, sqlite3.OperationalError) and any(
        words in str(error) for words in ("readonly database", "unable to open database"))


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged state file (and its -wal and -shm) out of the way, as
    ``….damaged-YYYYMMDD-HHMMSS``: kept for support, never read again. The new name."""
    aside = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.rename(aside.with_name(aside.name + suffix))
    return aside


def state_path(folder: Path, crm_database_uuid: str, google_sub: str) -> Path:
    """The state file of one (CRM database, Google account) pair inside ``folder``.

    Hashed so any ``sub`` makes a safe file name; another account gets another file.
    """
    digest = hashlib.sha256(f"{crm_database_uuid}\n{google_sub}".encode()).hexdigest()
    return folder / f"state-{digest[:24]}.sqlite3"


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One record changed by a run, with what it was before (R-S7 undo reads these)."""

    side: str  # "crm" or "google"
    action: str  # the Change's action
    crm_id: int | None
    resource_name: str | None
    before: dict[str, Any] | None  # the CRM row or Google Person before; None on create
    # What the write put there, for undo (None in entries of versions before schema 6):
    # each field written and its normalised value, the note block written (None: the
    # note was not touched), the pair's baseline before the write, the contact's name.
    written: dict[str, str] | None = None
    block: dict[str, str] | None = None
    baseline: Baseline | None = None
    name: str = ""
    # A create: what says the contact is still as made (the Google contact's etag, which
    # any edit moves, birthdays and notes included; the CRM note and tags), so undo
    # removes it only if nothing at all was added to it since.
    created: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class RunRecord:
    run_id: int
    started_at: datetime
    finished_at: datetime | None
    status: str
    counts: dict[str, int]
    # The contacts it could not bring over, and the run's own failure if it stopped: as
    # stored, or, for the runs of versions before schema 5, read back from their text.
    errors: list[RunProblem] = field(default_factory=list)
    warnings: list[RunProblem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class IntendedCreate:
    """A Google create about to be sent: if the run dies, the tag finds it again."""

    client_tag: str
    crm_id: int
    run_id: int | None = None


_UNSET: Any = object()


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Everything one applied batch changes in the state, written in one transaction."""

    run_id: int | None = None
    upsert_links: tuple[Link, ...] = ()
    drop_links: tuple[int, ...] = ()  # crm ids
    journal: tuple[JournalEntry, ...] = ()
    confirmed_creates: tuple[str, ...] = ()  # client tags now linked
    kept_deleted: tuple[int, ...] = ()  # deleted in Google, kept in the CRM
    unkept: tuple[int, ...] = ()  # restored or linked again
    ignore_google: tuple[str, ...] = ()  # detached contacts (deleted in the CRM)
    # Pairs remembered with their baseline, to be linked again: detached by a CRM
    # deletion (their Google contact ignored too), or unlinked by the user.
    detach: tuple[Link, ...] = ()
    undetach: tuple[int, ...] = ()  # crm ids whose detached pair is forgotten
    unignore_google: tuple[str, ...] = ()  # detached contacts linked again
    sync_token: str | None = field(default=_UNSET)  # unchanged unless given


class StateStore:
    """Plain-Python access to one state file. Use ``StateStore.open``."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path, *, crm_database_uuid: str, google_sub: str,
             read_only: bool = False) -> StateStore:
        """Open (creating and migrating as needed) the state of this pair of accounts.
        ``read_only``: its folder cannot be written; it is read from a copy in memory
        (``read_only_copy``: an empty state when there is none) and writes raise."""
        if not crm_database_uuid or not google_sub:
            # A bug in the caller, not the user's doing: no code of its own.
            raise StateError(Reason.text_only("the state needs both the CRM database id "
                                              "and the Google account id"))
        if not read_only:
            _refuse_emptied(path)
            try:
                conn = cls._connect(path)
            except sqlite3.OperationalError as error:  # a folder or file not ours
                raise StateError(Reason.of(ReasonCode.STATE_NOT_WRITABLE, path=str(path),
                                           error=Reason.text_only(str(error)))) from error
        else:
            _refuse_emptied(path)
            try:
                conn = memory_copy(path)
            except sqlite3.DatabaseError as error:  # what the backup read: not a state
                raise StateDamagedError(Reason.of(
                    ReasonCode.STATE_DAMAGED, path=str(path),
                    error=Reason.text_only(str(error)))) from error
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            version = schema_version(conn)
            if version > CURRENT_VERSION:
                raise StateVersionError(Reason.of(ReasonCode.STATE_NEWER_VERSION,
                                                  path=str(path), version=version,
                                                  known=CURRENT_VERSION))
            migrate(conn)
            store = cls(conn, path)
            store._bind(crm_database_uuid, google_sub)
            if read_only:
                seal(conn)
        except sqlite3.DatabaseError as error:
            conn.close()
            if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
                raise
            if disk_full(path):  # no room to open or migrate it: not a damaged file
                raise StateError(Reason.of(ReasonCode.DISK_FULL, path=str(path))) from error
            if _not_writable(error):  # a folder or file of another user, read-only
                raise StateError(Reason.of(ReasonCode.STATE_NOT_WRITABLE, path=str(path),
                                           error=Reason.text_only(str(error)))) from error
            raise StateDamagedError(Reason.of(ReasonCode.STATE_DAMAGED, path=str(path),
                                              error=Reason.text_only(str(error)))) from error
        except BaseException:
            conn.close()
            raise
        return store

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        path.parent.mkdir(parents=True, exist_ok=True)
        # It holds before-images of contacts: 0600 before SQLite opens it (R-SEC). A
        # folder we cannot write in is left for SQLite to report, as before.
        with suppress(OSError):
            create_private_file(path)
        return sqlite3.connect(path, isolation_level=None)  # we say BEGIN ourselves

    def _bind(self, crm_database_uuid: str, google_sub: str) -> None:
        with self._transaction() as conn:
            stored = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                                       (_CRM_UUID, _GOOGLE_SUB)).fetchall())
            if not stored:
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                                 ((_CRM_UUID, crm_database_uuid),
                                  (_GOOGLE_SUB, google_sub)))
                return
        if stored.get(_GOOGLE_SUB) != google_sub:
            raise StateBindingError(Reason.of(ReasonCode.STATE_OTHER_ACCOUNT,
                                              path=str(self.path)))
        if stored.get(_CRM_UUID) != crm_database_uuid:
            raise StateBindingError(Reason.of(ReasonCode.STATE_OTHER_CRM, path=str(self.path),
                                              stored=str(stored.get(_CRM_UUID)),
                                              current=crm_database_uuid))

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:  # SQLite may have rolled back itself (disk full)
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if disk_full(self.path):
                raise StateError(Reason.of(ReasonCode.DISK_FULL, path=str(self.path))) \
                    from error
            if _not_writable(error):
                raise StateError(Reason.of(ReasonCode.STATE_NOT_WRITABLE, path=str(self.path),
                                           error=Reason.text_only(str(error)))) from error
            raise

    @property
    def schema_version(self) -> int:
        return schema_version(self._conn)

    # -- meta ----------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @staticmethod
    def _set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
        if value is None:
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                         "DO UPDATE SET value = excluded.value", (key, value))

    @property
    def crm_database_uuid(self) -> str:
        return self._meta(_CRM_UUID) or ""

    @property
    def google_sub(self) -> str:
        return self._meta(_GOOGLE_SUB) or ""

    @property
    def sync_token(self) -> str | None:
        return self._meta(_SYNC_TOKEN)

    @property
    def label_resource_name(self) -> str | None:
        return self._meta(_LABEL)

    @property
    def label_name(self) -> str | None:
        return self._meta(_LABEL_NAME)

    @property
    def last_sync_at(self) -> datetime | None:
        value = self._meta(_LAST_SYNC)
        return parse_timestamp(value) if value else None

    @property
    def normalization_version(self) -> int:
        """The phone normalisation its baselines were settled under (core/phones.py)."""
        return int(self._meta(_NORMALIZATION) or 1)

    def set_normalization_version(self, version: int) -> None:
        with self._transaction() as conn:
            self._set_meta(conn, _NORMALIZATION, str(version))

    def set_sync_token(self, token: str | None) -> None:
        """None forgets it (expired token: the next read is a full one)."""
        if token is not None and (not isinstance(token, str) or not token):
            # Checked where the answer is read too: a wrong token kept here would make
            # every later read fail, so this is the last guard.
            raise ValueError(f"not a sync token: {token!r}")
        with self._transaction() as conn:
            self._set_meta(conn, _SYNC_TOKEN, token)

    def set_label_resource_name(self, resource_name: str | None,
                                name: str | None = None) -> None:
        with self._transaction() as conn:
            self._set_meta(conn, _LABEL, resource_name)
            self._set_meta(conn, _LABEL_NAME, name)

    def tag_labels(self) -> dict[str, str]:
        """The labels that were tags at the last read: resource name → name (R-S13)."""
        return dict(self._conn.execute("SELECT resource_name, name FROM tag_label"))

    def set_tag_labels(self, labels: Mapping[str, str]) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM tag_label")
            conn.executemany("INSERT INTO tag_label (resource_name, name) VALUES (?, ?)",
                             labels.items())

    def former_sync_labels(self) -> list[str]:
        """The app's labels of before a rename in the settings: left in Google as they
        are, never tags (R-S13)."""
        return json.loads(self._meta(_FORMER_LABELS) or "[]")

    def add_former_sync_label(self, resource_name: str) -> None:
        labels = self.former_sync_labels()
        if resource_name not in labels:
            with self._transaction() as conn:
                self._set_meta(conn, _FORMER_LABELS, json.dumps([*labels, resource_name]))

    def view_labels(self) -> dict[str, str] | None:
        """The user labels the state's copy of Google was read with (None: a state of
        before they were kept)."""
        text = self._meta(_VIEW_LABELS)
        return None if text is None else dict(json.loads(text))

    def set_view_labels(self, labels: Mapping[str, str]) -> None:
        with self._transaction() as conn:
            self._set_meta(conn, _VIEW_LABELS, json.dumps(dict(labels), ensure_ascii=False))

    def tag_renames(self) -> list[tuple[str, str]]:
        """Tags renamed in the CRM since the last sync, (old name, new name) in order:
        the next sync renames their labels in Google (R-S13)."""
        return list(self._conn.execute(
            "SELECT old_name, new_name FROM tag_rename ORDER BY rowid"))

    def add_tag_rename(self, old: str, new: str) -> None:
        """Remember a rename; one of a tag renamed before (A → B, then B → C) becomes one
        rename (A → C), so the label keeps its resource name through both."""
        with self._transaction() as conn:
            chained = [old_name for old_name, new_name in conn.execute(
                "SELECT old_name, new_name FROM tag_rename")
                if tag_key(new_name) == tag_key(old)]
            conn.executemany("UPDATE tag_rename SET new_name = ? WHERE old_name = ?",
                             ((new, name) for name in chained))
            # The old name's own label too (a tag merged into another, then renamed):
            # the next sync renames one label and moves the other's contacts.
            conn.execute("DELETE FROM tag_rename WHERE old_name = ?", (old,))
            conn.execute("INSERT INTO tag_rename (old_name, new_name) VALUES (?, ?)",
                         (old, new))

    def clear_tag_renames(self) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM tag_rename")

    @property
    def plan_inputs_generation(self) -> int:
        """A counter every write to a table planning reads moves on (its triggers, v11)."""
        return int(self._conn.execute("SELECT generation FROM plan_inputs").fetchone()[0])

    @property
    def quiet_fingerprint(self) -> str | None:
        """What planning read in the last run whose plan came out empty (sync/quiet.py)."""
        return self._meta(_QUIET)

    def set_quiet_fingerprint(self, fingerprint: str | None) -> None:
        if fingerprint != self.quiet_fingerprint:
            with self._transaction() as conn:
                self._set_meta(conn, _QUIET, fingerprint)

    def set_last_sync_at(self, moment: datetime) -> None:
        with self._transaction() as conn:
            self._set_meta(conn, _LAST_SYNC, format_timestamp(moment))

    # -- links and baselines ---------------------------------------------------------

    def links(self) -> list[Link]:
        rows = self._conn.execute(
            f"SELECT {_LINK_SELECT} FROM link ORDER BY crm_id").fetchall()
        return [_link_from_row(row) for row in rows]

    def link_names(self) -> dict[int, str]:
        """CRM id → Google resource name of every link, without decoding baselines (the
        Contacts page reads it after every preview)."""
        return dict(self._conn.execute("SELECT crm_id, resource_name FROM link").fetchall())

    def link_count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM link").fetchone()[0])

    def link_for_crm(self, crm_id: int) -> Link | None:
        row = self._conn.execute(
            f"SELECT {_LINK_SELECT} FROM link WHERE crm_id = ?", (crm_id,)).fetchone()
        return _link_from_row(row) if row else None

    def link_for_resource(self, resource_name: str) -> Link | None:
        row = self._conn.execute(
            f"SELECT {_LINK_SELECT} FROM link WHERE resource_name = ?",
            (resource_name,)).fetchone()
        return _link_from_row(row) if row else None

    def replace_links(self, links: Iterable[Link]) -> None:
        """Swap the whole link table for ``links`` in one transaction (staging table).

        A failure half way (a duplicate resource name, a crash) leaves the old table.
        """
        with self._transaction() as conn:
            conn.execute("DROP TABLE IF EXISTS link_staging")
            conn.execute(f"CREATE TABLE link_staging {LINK_COLUMNS}")
            conn.executemany(
                f"INSERT INTO link_staging ({_LINK_SELECT}) VALUES ({_LINK_MARKS})",
                [_link_row(link) for link in links])  # a list: see put_google_contacts
            conn.execute("DROP TABLE link")  # its triggers with it
            conn.execute("ALTER TABLE link_staging RENAME TO link")
            for trigger in plan_input_triggers("link"):
                conn.execute(trigger)
            conn.execute("UPDATE plan_inputs SET generation = generation + 1")

    def checkpoint(self, checkpoint: Checkpoint) -> None:
        """Record one applied batch, all or nothing."""
        with self._transaction() as conn:
            # Every argument a list, made before SQLite steps: sqlite3 releases the GIL at
            # each row, and a generator doing Python work between them (a link's baseline
            # as JSON) can starve the window's thread (see put_google_contacts).
            conn.executemany("DELETE FROM link WHERE crm_id = ?",
                             [(crm_id,) for crm_id in checkpoint.drop_links])
            # A link's resource name may change hands only through a drop first: an
            # upsert that would give one Google contact to two CRM contacts fails.
            conn.executemany(
                f"INSERT INTO link ({_LINK_SELECT}) VALUES ({_LINK_MARKS}) "
                "ON CONFLICT(crm_id) DO UPDATE SET "
                "resource_name = excluded.resource_name, etag = excluded.etag, "
                "created_by_sync = excluded.created_by_sync, manual = excluded.manual, "
                "baseline = excluded.baseline, google_seen = excluded.google_seen",
                [_link_row(link) for link in checkpoint.upsert_links])
            # A pair detached by a CRM deletion, remembered for a restore; a pair linked
            # again, or whose Google contact is gone, is forgotten.
            conn.executemany("DELETE FROM detached WHERE crm_id = ? OR resource_name = ?",
                             [(link.crm_id, link.resource_name)
                              for link in (*checkpoint.detach, *checkpoint.upsert_links)])
            conn.executemany("DELETE FROM detached WHERE crm_id = ?",
                             [(crm_id,) for crm_id in checkpoint.undetach])
            conn.executemany(f"INSERT INTO detached ({_LINK_SELECT}) VALUES ({_LINK_MARKS})",
                             [_link_row(link) for link in checkpoint.detach])
            conn.executemany("DELETE FROM ignored WHERE side = 'google' AND ident = ?",
                             [(name,) for name in checkpoint.unignore_google])
            if checkpoint.journal:
                if checkpoint.run_id is None:
                    raise StateError(Reason.text_only(  # a bug in the caller
                        "journal entries need the run they belong to"))
                start = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM run_change "
                                     "WHERE run_id = ?", (checkpoint.run_id,)).fetchone()[0]
                conn.executemany(
                    "INSERT INTO run_change (run_id, seq, side, action, crm_id, "
                    "resource_name, before, written) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(checkpoint.run_id, start + i, e.side, e.action, e.crm_id,
                      e.resource_name, _dumps(e.before) if e.before is not None else None,
                      _written_json(e))
                     for i, e in enumerate(checkpoint.journal, start=1)])
            conn.executemany("DELETE FROM intended_create WHERE client_tag = ?",
                             [(tag,) for tag in checkpoint.confirmed_creates])
            conn.executemany("INSERT OR IGNORE INTO kept_deleted (crm_id) VALUES (?)",
                             [(crm_id,) for crm_id in checkpoint.kept_deleted])
            conn.executemany("DELETE FROM kept_deleted WHERE crm_id = ?",
                             [(crm_id,) for crm_id in checkpoint.unkept])
            conn.executemany("INSERT OR IGNORE INTO ignored (side, ident) VALUES ('google', ?)",
                             [(name,) for name in checkpoint.ignore_google])
            if checkpoint.sync_token is not _UNSET:
                self._set_meta(conn, _SYNC_TOKEN, checkpoint.sync_token)

    # -- the user's choices (R-S5, R-S9) ---------------------------------------------

    def choices(self) -> Choices:
        ignored = self._conn.execute("SELECT side, ident FROM ignored").fetchall()
        return Choices(
            ignored_crm=frozenset(int(i) for side, i in ignored if side == "crm"),
            ignored_google=frozenset(i for side, i in ignored if side == "google"),
            keep_apart=frozenset(
                (int(c), str(r)) for c, r in
                self._conn.execute("SELECT crm_id, resource_name FROM keep_apart")),
            kept_deleted=frozenset(
                int(c) for (c,) in self._conn.execute("SELECT crm_id FROM kept_deleted")),
            detached={link.crm_id: link for link in map(_link_from_row, self._conn.execute(
                f"SELECT {_LINK_SELECT} FROM detached"))},
            left_out=frozenset(
                str(k) for (k,) in self._conn.execute("SELECT key FROM left_out")))

    def set_left_out(self, keys: Iterable[str], left_out: bool = True) -> None:
        """Rows unticked (or ticked again) in a preview: out of every sync until then."""
        with self._transaction() as conn:
            if left_out:
                conn.executemany("INSERT OR IGNORE INTO left_out (key) VALUES (?)",
                                 ((key,) for key in keys))
            else:
                conn.executemany("DELETE FROM left_out WHERE key = ?",
                                 ((key,) for key in keys))

    def set_ignored_crm(self, crm_id: int, ignored: bool = True) -> None:
        self._set_ignored("crm", str(crm_id), ignored)

    def set_ignored_google(self, resource_name: str, ignored: bool = True) -> None:
        self._set_ignored("google", resource_name, ignored)

    def _set_ignored(self, side: str, ident: str, ignored: bool) -> None:
        with self._transaction() as conn:
            if ignored:
                conn.execute("INSERT OR IGNORE INTO ignored (side, ident) VALUES (?, ?)",
                             (side, ident))
            else:
                conn.execute("DELETE FROM ignored WHERE side = ? AND ident = ?", (side, ident))

    def set_keep_apart(self, crm_id: int, resource_name: str, apart: bool = True) -> None:
        with self._transaction() as conn:
            if apart:
                conn.execute("INSERT OR IGNORE INTO keep_apart (crm_id, resource_name) "
                             "VALUES (?, ?)", (crm_id, resource_name))
            else:
                conn.execute("DELETE FROM keep_apart WHERE crm_id = ? AND resource_name = ?",
                             (crm_id, resource_name))

    def link_by_hand(self, crm_id: int, resource_name: str) -> None:
        """A manual link (R-S9): no baseline yet, the next plan merges it — except for a
        pair linked already, which keeps its link (a fresh one would turn the edits
        waiting on either side into first-sync conflicts), and a pair a CRM deletion
        detached, which comes back with its baseline (R-S5)."""
        link = self.link_for_crm(crm_id)
        if link is None or link.resource_name != resource_name:
            detached = self.choices().detached.get(crm_id)
            link = (detached if detached is not None
                    and detached.resource_name == resource_name
                    else Link(crm_id, resource_name, manual=True))
        self.checkpoint(Checkpoint(upsert_links=(link,), unkept=(crm_id,),
                                   unignore_google=(resource_name,)))

    def unlink(self, crm_id: int) -> None:
        """Drop the pair's link, remembering it with its baseline: linked again later,
        the edits made meanwhile on either side merge as in any sync, instead of
        meeting as first-sync conflicts."""
        link = self.link_for_crm(crm_id)
        self.checkpoint(Checkpoint(drop_links=(crm_id,), detach=(link,) if link else ()))

    # -- intended creates (crash recovery, R-G3) -------------------------------------

    def record_intended_creates(self, creates: Iterable[IntendedCreate]) -> None:
        """Call before sending a batch of Google creates."""
        with self._transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO intended_create (client_tag, crm_id, run_id) "
                "VALUES (?, ?, ?)", [(c.client_tag, c.crm_id, c.run_id) for c in creates])

    def intended_creates(self) -> list[IntendedCreate]:
        rows = self._conn.execute("SELECT client_tag, crm_id, run_id FROM intended_create "
                                  "ORDER BY crm_id").fetchall()
        return [IntendedCreate(tag, crm_id, run_id) for tag, crm_id, run_id in rows]

    # -- the journal of runs ----------------------------------------------------------

    def begin_run(self, started_at: datetime) -> int:
        with self._transaction() as conn:
            cursor = conn.execute("INSERT INTO run (started_at) VALUES (?)",
                                  (format_timestamp(started_at),))
            return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, finished_at: datetime, *, status: str,
                   counts: dict[str, int], errors: Iterable[RunProblem] = (),
                   warnings: Iterable[RunProblem] = ()) -> None:
        """Close a run with what it says about itself (core/run_report.py). The English
        lines go to the old columns too, for the diagnostics of older versions."""
        problems = list(errors)
        with self._transaction() as conn:
            conn.execute("UPDATE run SET finished_at = ?, status = ?, counts = ?, errors = ?, "
                         "error_reasons = ?, problems = ?, warnings = ? WHERE run_id = ?",
                         (format_timestamp(finished_at), status, _dumps(counts),
                          _dumps([p.text for p in problems]),
                          # Not _dumps: sorted keys would reorder a reason's arguments,
                          # and a Reason read back must equal the one written.
                          _ordered([p.reason.to_json() for p in problems]),
                          _ordered([p.to_state() for p in problems]),
                          _ordered([w.to_state() for w in warnings]), run_id))

    def runs(self, limit: int = 50) -> list[RunRecord]:
        rows = self._conn.execute(
            f"{_RUN_SELECT} ORDER BY run_id DESC LIMIT ?", (limit,)).fetchall()
        return [_run_record(row) for row in rows]

    def run(self, run_id: int) -> RunRecord | None:
        row = self._conn.execute(f"{_RUN_SELECT} WHERE run_id = ?", (run_id,)).fetchone()
        return _run_record(row) if row is not None else None

    def journal(self, run_id: int) -> list[JournalEntry]:
        rows = self._conn.execute(
            "SELECT side, action, crm_id, resource_name, before, written FROM run_change "
            "WHERE run_id = ? ORDER BY seq", (run_id,)).fetchall()
        return [_journal_entry(side, action, crm_id, resource_name,
                               json.loads(before) if before is not None else None, written)
                for side, action, crm_id, resource_name, before, written in rows]

    def journal_lines(self, run_id: int) -> list[JournalLine]:
        """The run's journal without its before-images: what History lists."""
        rows = self._conn.execute(
            "SELECT side, action, crm_id, resource_name, written FROM run_change "
            "WHERE run_id = ? ORDER BY seq", (run_id,)).fetchall()
        lines = []
        for side, action, crm_id, resource_name, written in rows:
            data = json.loads(written) if written is not None else None
            fields = dict(data.get("fields") or {}) if data is not None else None
            lines.append(JournalLine(
                side, action, crm_id, resource_name,
                # A create wrote every field: the ones it set are what it made.
                None if fields is None else tuple(name for name, value in fields.items()
                                                  if value or action != "create"),
                str(data.get("name") or "") if data is not None else ""))
        return lines

    # -- the CRM records' normalised forms (a cache, v11) -----------------------------

    def crm_forms(self) -> dict[int, tuple[str, list[str]]]:
        """Each CRM contact's normalised form, with the digest of the values it was
        computed from; none when they were computed under other rules."""
        if self._meta(_FORMS_RULES) != NORMALIZED_FORMS:
            return {}
        # fetchall() first, then the Python work: a thread that steps rows (sqlite3
        # releases the GIL at each) between slices of Python work starves the window's.
        rows = self._conn.execute("SELECT crm_id, digest, normalized FROM crm_form").fetchall()
        return {crm_id: (digest, json.loads(form)) for crm_id, digest, form in rows}

    def put_crm_forms(self, contacts: Iterable[CrmContact],
                      known: Mapping[int, tuple[str, list[str]]]) -> None:
        """Keep the forms of ``contacts`` (all of the CRM, read with ``known``): the new
        and changed ones written, those of contacts gone dropped."""
        present: set[int] = set()
        changed = []
        for contact in contacts:
            present.add(contact.crm_id)
            before = known.get(contact.crm_id)
            if contact.row_digest and (before is None or before[0] != contact.row_digest):
                changed.append(_form_row(contact))
        gone = [(crm_id,) for crm_id in known if crm_id not in present]
        if not (changed or gone) and known:
            return
        with self._transaction() as conn:
            if not known:  # none, or under other rules: all of them written again
                conn.execute("DELETE FROM crm_form")
            conn.executemany("DELETE FROM crm_form WHERE crm_id = ?", gone)
            conn.executemany(_PUT_FORM, changed)
            self._set_meta(conn, _FORMS_RULES, NORMALIZED_FORMS)

    def add_crm_forms(self, contacts: Iterable[CrmContact]) -> None:
        """Keep the forms of contacts a sync just wrote (read back with their digests),
        so the next run need not compute them; none while the kept ones are of other
        rules (the next read writes them all again)."""
        rows = [_form_row(c) for c in contacts if c.row_digest and not c.deleted]
        if rows and self._meta(_FORMS_RULES) == NORMALIZED_FORMS:
            with self._transaction() as conn:
                conn.executemany(_PUT_FORM, rows)

    # -- what the engine last read of Google (for incremental reads) -----------------

    def put_google_contacts(self, contacts: Iterable[GoogleContact],
                            removed: Iterable[str] = ()) -> None:
        """Store what was read of these contacts. A contact loaded from this copy carries
        no raw Person (see ``google_contacts``): storing it again keeps the Person held."""
        items = list(contacts)
        with self._transaction() as conn:
            conn.executemany("DELETE FROM google_contact WHERE resource_name = ?",
                             [(name,) for name in removed])
            # Rows made a thousand at a time, then handed over: sqlite3 releases the GIL at
            # every row, and a thread that does so between slices of Python work (a
            # generator) starves the GUI thread, which keeps losing the GIL back to it.
            for start in range(0, len(items), 1000):
                conn.executemany(
                    "INSERT INTO google_contact (resource_name, etag, updated_at, "
                    "in_label, crm_tag, record, person, entries, source_etag) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (resource_name) DO UPDATE SET etag = excluded.etag, "
                    "source_etag = excluded.source_etag, "
                    "updated_at = excluded.updated_at, in_label = excluded.in_label, "
                    "crm_tag = excluded.crm_tag, record = excluded.record, "
                    "person = CASE WHEN excluded.person = '{}' THEN person "
                    "ELSE excluded.person END, "
                    "entries = COALESCE(excluded.entries, entries)",
                    [(g.resource_name, g.etag, format_timestamp(g.updated_at),
                      int(g.in_label), g.crm_tag, _dumps(record_to_json(g.record)),
                      _dumps(dict(g.person)), entries_to_json(g.entries), g.source_etag)
                     for g in items[start:start + 1000]])

    def google_contacts(self, only: Iterable[str] | None = None) -> list[GoogleContact]:
        """The last view of Google (or of the contacts ``only`` names), without the raw
        Persons: at 25,000 contacts they are the largest part of it, and only the few
        contacts being written need theirs (``google_persons``)."""
        select = ("SELECT resource_name, etag, updated_at, in_label, crm_tag, record, "
                  "entries, source_etag FROM google_contact")
        if only is None:
            rows = self._conn.execute(f"{select} ORDER BY resource_name").fetchall()
        else:
            names = list(only)
            rows = []
            for start in range(0, len(names), 500):  # SQLite's limit on bound parameters
                chunk = names[start:start + 500]
                rows += self._conn.execute(
                    f"{select} WHERE resource_name IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY resource_name", chunk).fetchall()
        return [GoogleContact(resource_name=name, etag=etag, updated_at=parse_timestamp(at),
                              record=record_from_json(json.loads(record)),
                              in_label=bool(in_label), crm_tag=tag,
                              entries=entries_from_json(entries), source_etag=source)
                for name, etag, at, in_label, tag, record, entries, source in rows]

    def label_members(self) -> set[str]:
        """The contacts the state's copy last saw in the app's label."""
        return {name for (name,) in self._conn.execute(
            "SELECT resource_name FROM google_contact WHERE in_label")}

    def google_resource_names(self) -> set[str]:
        return {name for (name,) in self._conn.execute(
            "SELECT resource_name FROM google_contact")}

    def google_persons(self, resource_names: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The raw Persons last read of these contacts (those the copy holds)."""
        persons: dict[str, dict[str, Any]] = {}
        names = list(resource_names)
        for start in range(0, len(names), 500):  # SQLite's limit on bound parameters
            chunk = names[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for name, person in self._conn.execute(
                    f"SELECT resource_name, person FROM google_contact "
                    f"WHERE resource_name IN ({marks})", chunk):
                persons[name] = json.loads(person)
        return persons


def _form_row(contact: CrmContact) -> tuple[int, str, str]:
    """A ``crm_form`` row: the contact, its values' digest, its normalised form."""
    return (contact.crm_id, contact.row_digest,
            json.dumps(contact.record.normalized, ensure_ascii=False))


_PUT_FORM = ("INSERT INTO crm_form (crm_id, digest, normalized) VALUES (?, ?, ?) "
             "ON CONFLICT (crm_id) DO UPDATE SET digest = excluded.digest, "
             "normalized = excluded.normalized")
_RUN_SELECT = ("SELECT run_id, started_at, finished_at, status, counts, errors, "
               "error_reasons, problems, warnings FROM run")


def _run_record(row: tuple[Any, ...]) -> RunRecord:
    run_id, started, finished, status, counts, errors, reasons, problems, warnings = row
    if problems is not None:
        found = [RunProblem.from_state(item) for item in json.loads(problems)]
    else:  # a run of a version before schema 5: its lines, without contacts
        found = [RunProblem(reason) for reason in _error_reasons(
            json.loads(errors), json.loads(reasons) if reasons else None)]
    return RunRecord(run_id, parse_timestamp(started),
                     parse_timestamp(finished) if finished else None, status,
                     json.loads(counts), found,
                     [RunProblem.from_state(item) for item in json.loads(warnings or "[]")])


def _written_json(entry: JournalEntry) -> str | None:
    if entry.written is None:
        return None
    return _dumps({"fields": entry.written, "block": entry.block,
                   "baseline": baseline_to_json(entry.baseline), "name": entry.name,
                   "created": entry.created})


def _journal_entry(side: str, action: str, crm_id: int | None, resource_name: str | None,
                   before: dict[str, Any] | None, written: str | None) -> JournalEntry:
    if written is None:  # an entry of a version before schema 6
        return JournalEntry(side, action, crm_id, resource_name, before)
    data = json.loads(written)
    return JournalEntry(side, action, crm_id, resource_name, before,
                        written=dict(data.get("fields") or {}), block=data.get("block"),
                        baseline=baseline_from_json(data.get("baseline")),
                        name=str(data.get("name") or ""), created=data.get("created"))


def _ordered(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _error_reasons(texts: list[str], stored: list[Any] | None) -> list[Reason]:
    """The reason of each of a run's errors: the stored one, else (a run of a version
    before schema 3, or a line written without a code) read back from its English."""
    found = []
    for i, text in enumerate(texts):
        data = stored[i] if stored is not None and i < len(stored) else None
        reason = None
        if isinstance(data, dict):
            try:
                reason = Reason.from_json(data)
            except (ValueError, KeyError, TypeError):
                reason = None  # a code this version does not know: its text is there
        found.append(reason or reason_from_text(text))
    return found


_LINK_SELECT = "crm_id, resource_name, etag, created_by_sync, manual, baseline, google_seen"
_LINK_MARKS = ", ".join("?" * len(_LINK_SELECT.split(",")))


def _link_row(link: Link) -> tuple[object, ...]:
    return (link.crm_id, link.resource_name, link.etag, int(link.created_by_sync),
            int(link.manual), baseline_to_json(link.baseline),
            link.google_seen)


def _link_from_row(row: tuple[Any, ...]) -> Link:
    crm_id, resource_name, etag, created, manual, baseline, seen = row
    return Link(crm_id=crm_id, resource_name=resource_name, etag=etag,
                created_by_sync=bool(created), manual=bool(manual),
                baseline=baseline_from_json(baseline),
                google_seen=seen)
