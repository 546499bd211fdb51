"""The embedded CRM: a SQLite file in Simple CRM's data model (R-CRM1, R-CRM2)."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from crmsync_gui.core.mapping import CONTACT_COLUMNS, LINK_COLUMNS, crm_record_values
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.record import ContactRecord, restored, values_digest
from crmsync_gui.core.sides import Company, CompanyLink, CrmContact
from crmsync_gui.core.timestamps import (
    EPOCH,
    TimestampError,
    format_timestamp,
    parse_timestamp,
    utc_now,
)
from crmsync_gui.crm.model import CrmConflictError, CrmError, CrmWrite, WriteKind
from crmsync_gui.crm.netshare import is_network_path
from crmsync_gui.crm.schema import migrate, refuse_foreign
from crmsync_gui.disk_space import disk_full
from crmsync_gui.private_files import create_private_file
from crmsync_gui.read_only_copy import memory_copy, seal

log = logging.getLogger(__name__)

_WRITABLE_CONTACT_COLUMNS = frozenset(CONTACT_COLUMNS) | {"tags", "external_ref"}
_WRITABLE_LINK_COLUMNS = frozenset(LINK_COLUMNS)

_CONTACT_SELECT = (
    "SELECT id, last_name, first_name, home_phone, personal_mobile, personal_email, "
    "home_street, home_postal_code, home_city, home_country, note, tags, external_ref, "
    "created_at, updated_at, deleted_at FROM contact")
_LINK_SELECT = (
    "SELECT l.contact_id, l.company_id, l.work_phone, l.work_mobile, l.work_email, "
    "l.job_title, l.is_primary, l.updated_at, c.name, c.external_ref, c.updated_at "
    "FROM contact_company l JOIN company c ON c.id = l.company_id "
    "WHERE c.deleted_at IS NULL")


def network_share_warning(path: Path) -> Reason | None:
    if is_network_path(path):
        return Reason.of(ReasonCode.CRM_NETWORK_SHARE, path=str(path))
    return None


BUSY_SECONDS = 10.0  # how long a write waits for a colleague's transaction to end


def busy_timeout() -> float:
    """Seconds a CRM write waits for another program's transaction before the run says
    the database is busy: ``CRMSYNC_CRM_BUSY_SECONDS`` (a shared database on a slow
    network share may need more; the tests, less), else 10."""
    try:
        return max(0.0, float(os.environ.get("CRMSYNC_CRM_BUSY_SECONDS") or BUSY_SECONDS))
    except ValueError:
        return BUSY_SECONDS


# The tables a sync's plan reads (``read_all`` and ``companies``), for ``content_digest``.
_PLANNED_TABLES = ("contact", "contact_company", "company")
# Up to this size the database is copied whole to be hashed (25,000 contacts: ~4 MB).
_SERIALIZE_LIMIT = 64 * 1024 * 1024


class SqliteCrm:
    """A CRM database file. One instance per thread (sqlite3 connections are not shared)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        """``read_only``: the file sits in a folder that cannot be written; it is read
        from a copy in memory (``read_only_copy``) and every write raises ``CrmError``."""
        self.path = Path(path)
        self.warning = network_share_warning(self.path)
        if self.warning:
            log.warning(self.warning.text)
        try:
            self._conn = (self._open_copy() if read_only else self._open())
        except sqlite3.DatabaseError as error:
            if disk_full(self.path):  # SQLite could not make its -shm: not a bad file
                raise CrmError(Reason.of(ReasonCode.DISK_FULL, path=str(self.path))) from error
            raise CrmError(Reason.of(ReasonCode.CRM_UNUSABLE_DATABASE, path=str(self.path),
                                     error=Reason.text_only(str(error)))) from error
        row = self._conn.execute(
            "SELECT value FROM crmsync_meta WHERE key = 'database_uuid'").fetchone()
        self._uuid: str = row[0]

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with suppress(OSError):  # a folder we cannot write in: SQLite says so, below
            # 0600 before SQLite opens it, and so its -wal and -shm (they copy its mode);
            # an existing file keeps its mode: a shared database is the user's choice.
            create_private_file(self.path)
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=busy_timeout())
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            refuse_foreign(conn)  # before WAL: that too rewrites the file's header
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                log.warning("CRM database %s is not in WAL mode (%s)", self.path, mode)
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_copy(self) -> sqlite3.Connection:
        conn = memory_copy(self.path)
        try:
            conn.row_factory = sqlite3.Row
            migrate(conn)
            seal(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SqliteCrm:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """For this package's modules that read or write more than ``CrmWrite`` says."""
        return self._conn

    @property
    def database_uuid(self) -> str:
        return self._uuid

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside lands, or nothing does. A database
        another program holds past the busy wait, a full disk, a read-only file: a
        ``CrmError`` that says so (never a bare SQLite error)."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            raise self.write_error(error) from error

    def write_error(self, error: sqlite3.OperationalError) -> CrmError:
        if "locked" in str(error) or "busy" in str(error):
            return CrmError(Reason.of(ReasonCode.CRM_IN_USE, path=str(self.path)))
        if disk_full(self.path):
            return CrmError(Reason.of(ReasonCode.DISK_FULL, path=str(self.path)))
        return CrmError(Reason.of(ReasonCode.CRM_BUSY, path=str(self.path),
                                  error=Reason.text_only(str(error))))

    # -- reads -----------------------------------------------------------------------

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the file (a read transaction): the digest and
        the contacts it stands for cannot straddle another program's write."""
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            if self._conn.in_transaction:
                self._conn.execute("COMMIT")

    def content_digest(self) -> str:
        """A digest of what a sync plans from, so that any edit moves it — one that
        forgets ``updated_at`` too (R-CRM2). The whole database as SQLite reads it
        (its pages, the WAL's committed ones included: ``serialize``) is hashed in
        milliseconds; a database too large to copy in memory has the rows of the tables
        a plan reads (contacts, their company links, companies) hashed instead, every
        column, in a fraction of the time building their records takes (sync/quiet.py).
        Either way a write that changes nothing planning reads may move it: that run
        plans in full, nothing is missed."""
        digest = hashlib.blake2b(digest_size=16)
        size = self._conn.execute("PRAGMA page_count").fetchone()[0] * \
            self._conn.execute("PRAGMA page_size").fetchone()[0]
        if size <= _SERIALIZE_LIMIT:
            digest.update(b"pages")
            digest.update(self._conn.serialize())
            return digest.hexdigest()
        cursor = self._conn.cursor()
        cursor.row_factory = None  # plain tuples, whose repr is their content
        for table in _PLANNED_TABLES:
            digest.update(table.encode())
            digest.update(repr(cursor.execute(
                f"SELECT * FROM {table} ORDER BY rowid").fetchall()).encode())
        return digest.hexdigest()

    def read_all(self, forms: Mapping[int, tuple[str, Sequence[str]]] | None = None
                 ) -> list[CrmContact]:
        """``forms``: normalised forms known from an earlier read, by contact, with the
        digest of the values each was computed from. Given, every contact carries its
        values' digest (``row_digest``) and a form whose digest still matches is taken
        instead of computed again — the bulk of reading 25,000 contacts (SPEC §3)."""
        return self._read(f"{_CONTACT_SELECT} ORDER BY id", (), None, forms)

    def read(self, crm_ids: Sequence[int],
             forms: Mapping[int, tuple[str, Sequence[str]]] | None = None
             ) -> dict[int, CrmContact]:
        """Some contacts; ``forms`` as for ``read_all``."""
        ids = sorted(set(crm_ids))
        found: dict[int, CrmContact] = {}
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for contact in self._read(f"{_CONTACT_SELECT} WHERE id IN ({marks}) ORDER BY id",
                                      chunk, set(chunk), forms):
                found[contact.crm_id] = contact
        return found

    def read_changed_since(self, since: datetime) -> list[CrmContact]:
        # Timestamps come in the formats other programs chose, so they are parsed and
        # compared in Python rather than text-compared in SQL.
        return [c for c in self.read_all() if c.last_modified() > since
                or (c.deleted_at is not None and c.deleted_at > since)]

    def count_contacts(self) -> int:
        """How many contacts are not deleted (``read_all``'s, counted by SQLite: the
        status asks after every preview, and reading 25,000 took seconds)."""
        return int(self._conn.execute(
            "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])

    def companies(self) -> list[Company]:
        rows = self._conn.execute(
            "SELECT id, name, external_ref, updated_at, deleted_at FROM company ORDER BY id"
        ).fetchall()  # see _read
        return [Company(company_id=r["id"], name=r["name"] or "",
                        external_ref=r["external_ref"],
                        updated_at=self._time(r["updated_at"], "company", r["id"]),
                        deleted=r["deleted_at"] is not None) for r in rows]

    def _read(self, sql: str, params: Sequence[object], only_ids: set[int] | None,
              forms: Mapping[int, tuple[str, Sequence[str]]] | None = None
              ) -> list[CrmContact]:
        links = self._links(only_ids)
        contacts = []
        # fetchall() first, then the Python work: sqlite3 releases the GIL at every row
        # step, and a thread that does so between slices of Python work starves the GUI
        # thread (it keeps winning the GIL back: stalls of 100-180 ms at 25,000 rows).
        for sqlite_row in self._conn.execute(sql, params).fetchall():
            row = dict(sqlite_row)
            contact_links = links.get(row["id"], ())
            primary = _primary_link(contact_links)
            created = self._time(row["created_at"], "contact", row["id"])
            updated = _readable(row["updated_at"])
            values = crm_record_values(row, _link_mapping(primary),
                                       primary.company_name if primary else "")
            digest, record = "", None
            if forms is not None:
                digest = values_digest(values)
                known = forms.get(row["id"])
                if known is not None and known[0] == digest:
                    record = restored(values, known[1])
            contacts.append(CrmContact(
                crm_id=row["id"],
                record=record or ContactRecord(**values),
                row_digest=digest,
                note=row["note"] or "",
                tags=row["tags"] or "",
                external_ref=row["external_ref"],
                created_at=created,
                updated_at=updated or created,
                deleted_at=(None if row["deleted_at"] is None else
                            self._time(row["deleted_at"], "contact", row["id"])),
                links=tuple(contact_links),
                primary_link=primary,
                updated_at_text=_stored_text(row["updated_at"]),
                updated_at_readable=updated is not None,
            ))
        return contacts

    def _links(self, only_ids: set[int] | None) -> dict[int, list[CompanyLink]]:
        links: dict[int, list[CompanyLink]] = {}
        for r in self._conn.execute(_LINK_SELECT).fetchall():  # see _read
            contact_id = r["contact_id"]
            if only_ids is not None and contact_id not in only_ids:
                continue
            company_time = self._time(r[10], "company", r["company_id"])
            links.setdefault(contact_id, []).append(CompanyLink(
                company_id=r["company_id"],
                company_name=r["name"] or "",
                company_external_ref=r[9],
                work_phone=r["work_phone"] or "",
                work_mobile=r["work_mobile"] or "",
                work_email=r["work_email"] or "",
                job_title=r["job_title"] or "",
                is_primary=bool(r["is_primary"]),
                updated_at=_readable(r["updated_at"]) or company_time,
                company_updated_at=company_time,
            ))
        return links

    def _time(self, value: object, table: str, row_id: int) -> datetime:
        moment = _readable(value)
        if moment is None:
            log.warning("%s %s has an unreadable timestamp %r; treated as oldest",
                        table, row_id, value)
            return EPOCH
        return moment

    # -- writes ----------------------------------------------------------------------

    def apply(self, writes: Sequence[CrmWrite]) -> list[CrmContact]:
        now = format_timestamp(utc_now())
        ids: list[int] = []
        try:
            with self.transaction() as conn:
                for write in writes:
                    ids.append(self.apply_within(conn, write, now))
            found = self.read(ids, forms={})  # with their digests: forms kept as written
        except sqlite3.OperationalError as error:
            # Locked by another program past the busy timeout, a full disk, a file made
            # read-only: the run must stop and say so, never count the writes as done.
            raise self.write_error(error) from error
        return [found[i] for i in ids]

    def apply_within(self, conn: sqlite3.Connection, write: CrmWrite, now: str) -> int:
        """Apply one write inside an open ``transaction()``; the contact's id."""
        _check_columns(write)
        if write.kind is WriteKind.CREATE:
            columns = dict(write.contact)
            if write.note is not None:
                columns["note"] = write.note
            columns.update(created_at=now, updated_at=now)
            crm_id = insert_row(conn, "contact", columns)
            if write.company_id is not None or write.link:
                self._write_link(conn, crm_id, write, now)
            return crm_id
        if write.crm_id is None:
            # A bug, not something the user did: no code of its own.
            raise CrmError(Reason.text_only(f"a {write.kind} write needs a contact id"))
        crm_id = write.crm_id
        row = conn.execute("SELECT updated_at, deleted_at FROM contact WHERE id = ?",
                           (crm_id,)).fetchone()
        if row is None:
            raise CrmError(Reason.of(ReasonCode.CRM_CONTACT_MISSING, crm_id=crm_id))
        if write.expected_updated_at is not None and not _unchanged(row["updated_at"], write):
            raise CrmConflictError(crm_id)
        if write.kind is WriteKind.DELETE:
            conn.execute("UPDATE contact SET deleted_at = ?, updated_at = ? WHERE id = ?",
                         (now, now, crm_id))
        elif write.kind is WriteKind.RESTORE:
            conn.execute("UPDATE contact SET deleted_at = NULL, updated_at = ? WHERE id = ?",
                         (now, crm_id))
        if write.kind in (WriteKind.UPDATE, WriteKind.RESTORE):
            columns = dict(write.contact)
            if write.note is not None:
                columns["note"] = write.note
            if columns:
                columns["updated_at"] = now
                assignments = ", ".join(f"{name} = ?" for name in columns)
                conn.execute(f"UPDATE contact SET {assignments} WHERE id = ?",
                             (*columns.values(), crm_id))
            if write.link or write.company_id is not None:
                self._write_link(conn, crm_id, write, now)
        return crm_id

    def _write_link(self, conn: sqlite3.Connection, crm_id: int, write: CrmWrite,
                    now: str) -> None:
        company_id = write.company_id
        if company_id is None:
            primary = _primary_link(self._links({crm_id}).get(crm_id, []))
            if primary is None:
                raise CrmError(Reason.of(ReasonCode.CRM_NO_COMPANY_FOR_PRO_FIELDS,
                                         crm_id=crm_id))
            company_id = primary.company_id
        exists = conn.execute(
            "SELECT 1 FROM contact_company WHERE contact_id = ? AND company_id = ?",
            (crm_id, company_id)).fetchone()
        if exists is None:
            insert_row(conn, "contact_company", {"contact_id": crm_id, "company_id": company_id,
                                              "is_primary": 0, "updated_at": now})
        if write.company_id is not None:
            # Naming a company makes its link the primary one: that is where the
            # professional fields are read from next time.
            set_primary_link(conn, crm_id, company_id)
        if write.link:
            columns = {**write.link, "updated_at": now}
            assignments = ", ".join(f"{name} = ?" for name in columns)
            conn.execute(f"UPDATE contact_company SET {assignments} "
                         "WHERE contact_id = ? AND company_id = ?",
                         (*columns.values(), crm_id, company_id))


def _readable(value: object) -> datetime | None:
    try:
        return parse_timestamp(value)
    except TimestampError:
        return None


def _stored_text(value: object) -> str:
    return "" if value is None else str(value)


def _unchanged(stored: object, write: CrmWrite) -> bool:
    """Whether the contact's stored ``updated_at`` is still the one the write was
    planned from: compared as moments when both read, else as the stored text (a date
    no format reads must not make every write look like a conflict)."""
    current = _readable(stored)
    expected_text = write.expected_updated_text
    if expected_text is not None and (current is None or _readable(expected_text) is None):
        return _stored_text(stored) == expected_text
    return current == write.expected_updated_at


def set_primary_link(conn: sqlite3.Connection, crm_id: int, company_id: int) -> None:
    """Make one link the contact's primary one; its others stop being primary."""
    conn.execute("UPDATE contact_company SET is_primary = (company_id = ?) WHERE contact_id = ?",
                 (company_id, crm_id))


def _primary_link(links: Sequence[CompanyLink]) -> CompanyLink | None:
    """The link flagged primary (lowest company id if several), else the lowest company id."""
    if not links:
        return None
    flagged = [link for link in links if link.is_primary]
    return min(flagged or links, key=lambda link: link.company_id)


def _link_mapping(link: CompanyLink | None) -> dict[str, str] | None:
    if link is None:
        return None
    return {"work_phone": link.work_phone, "work_mobile": link.work_mobile,
            "work_email": link.work_email, "job_title": link.job_title}


def insert_row(conn: sqlite3.Connection, table: str, columns: dict[str, object]) -> int:
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    cursor = conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                          tuple(columns.values()))
    return int(cursor.lastrowid or 0)


def _check_columns(write: CrmWrite) -> None:
    # Column names are interpolated into SQL: only the mapped ones may pass.
    unknown = (set(write.contact) - _WRITABLE_CONTACT_COLUMNS) | (
        set(write.link) - _WRITABLE_LINK_COLUMNS)
    if unknown:
        # A bug in a caller: no code of its own.
        raise CrmError(Reason.text_only(f"unknown CRM columns: {', '.join(sorted(unknown))}"))
