"""A contact written by hand (the window's contact editor, #19): its own columns, its
note and all its company links in one transaction — companies joined, left, created on
the way, the primary one chosen. The sync engine writes through ``CrmWrite``; the
editor needs more (several links at once), so it has this, on the same connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from crmsync_gui.core.mapping import LINK_COLUMNS
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.record import normalize_email
from crmsync_gui.core.timestamps import format_timestamp, utc_now
from crmsync_gui.crm.company_writes import company_named
from crmsync_gui.crm.model import CrmConflictError, CrmError, CrmWrite
from crmsync_gui.crm.sqlite_db import SqliteCrm, insert_row, set_primary_link


@dataclass(frozen=True)
class LinkWrite:
    """One company link as the editor saves it."""

    company_id: int | None  # None: the company named ``company_name``, made if needed
    company_name: str
    values: Mapping[str, str]  # LINK_COLUMNS
    primary: bool = False


LinkValues = Mapping[int, Mapping[str, str]]  # company id -> LINK_COLUMNS


def save_contact(crm: SqliteCrm, write: CrmWrite, links: Sequence[LinkWrite],
                 read_links: LinkValues | None = None) -> int:
    """Apply ``write`` (the contact's columns and note: no link in it) and make the
    contact's links exactly ``links``, in one transaction. ``read_links``: the links as
    the editor read them; a link a sync changed since refuses the whole save
    (``CrmConflictError``), as a changed contact does — a sync writes professional
    fields on the link alone, without touching the contact's ``updated_at``."""
    now = format_timestamp(utc_now())
    try:
        with crm.transaction() as conn:
            crm_id = crm.apply_within(conn, write, now)
            stored = _stored_links(conn, crm_id)
            if read_links is not None and _differ(stored, read_links):
                raise CrmConflictError(crm_id)
            _replace_links(crm, conn, crm_id, stored, links, now)
    except sqlite3.OperationalError as error:
        raise crm.write_error(error) from error
    return crm_id


def email_holder(crm: SqliteCrm, emails: Iterable[str],
                 other_than: int | None) -> tuple[int, str] | None:
    """A live contact other than ``other_than`` that has one of ``emails`` as its
    personal email or on any of its company links, as (id, name); the lowest id. Two
    columns read in SQL, not every contact built (a save must not wait on 25,000)."""
    wanted = {normalize_email(email) for email in emails if email.strip()}
    if not wanted:
        return None
    rows = crm.connection.execute(
        "SELECT id, first_name, last_name, personal_email AS email FROM contact "
        "WHERE deleted_at IS NULL AND coalesce(personal_email, '') <> '' "
        "UNION ALL SELECT c.id, c.first_name, c.last_name, l.work_email FROM contact c "
        "JOIN contact_company l ON l.contact_id = c.id "
        "JOIN company k ON k.id = l.company_id AND k.deleted_at IS NULL "
        "WHERE c.deleted_at IS NULL AND coalesce(l.work_email, '') <> '' "
        "ORDER BY 1").fetchall()
    for crm_id, first, last, email in rows:
        if crm_id != other_than and normalize_email(str(email)) in wanted:
            name = " ".join(part for part in (first, last) if part)
            return crm_id, name or str(email)
    return None


def _stored_links(conn: sqlite3.Connection, crm_id: int) -> dict[int, dict[str, str]]:
    """The contact's links to live companies: what the editor showed. A link to a
    deleted company (another program's soft delete) is nobody's to edit here: it is
    neither compared nor touched."""
    columns = ", ".join(f"l.{name}" for name in LINK_COLUMNS)
    return {row[0]: {name: row[i + 1] or "" for i, name in enumerate(LINK_COLUMNS)}
            for row in conn.execute(
                f"SELECT l.company_id, {columns} FROM contact_company l "
                "JOIN company c ON c.id = l.company_id "
                "WHERE l.contact_id = ? AND c.deleted_at IS NULL", (crm_id,))}


def _differ(stored: LinkValues, read: LinkValues) -> bool:
    return set(stored) != set(read) or any(
        (stored[company].get(name) or "") != (read[company].get(name) or "")
        for company in stored for name in LINK_COLUMNS)


def _replace_links(crm: SqliteCrm, conn: sqlite3.Connection, crm_id: int,
                   stored: dict[int, dict[str, str]], links: Sequence[LinkWrite],
                   now: str) -> None:
    before = _effective_primary(conn, crm_id)
    wanted: dict[int, LinkWrite] = {}
    for link in links:
        company_id = link.company_id
        if company_id is None:
            company_id = company_named(crm, conn, link.company_name, now)
        elif company_id not in stored and not _live(conn, company_id):
            # Deleted (the Companies page, another window) while the editor was open:
            # a link to it would hide the contact's company and its fields.
            raise CrmError(Reason.of(ReasonCode.COMPANY_DELETED_MEANWHILE,
                                     name=link.company_name))
        wanted.setdefault(company_id, link)  # the same company twice: once
    for company_id in set(stored) - set(wanted):
        conn.execute("DELETE FROM contact_company WHERE contact_id = ? AND company_id = ?",
                     (crm_id, company_id))
    for company_id, link in wanted.items():
        values = {name: link.values.get(name, "") for name in LINK_COLUMNS}
        if company_id not in stored:
            insert_row(conn, "contact_company", {
                "contact_id": crm_id, "company_id": company_id, **values,
                "is_primary": 0, "updated_at": now})
        elif values != stored[company_id]:
            # Only a link whose values changed gets a new time: newest-wins reads the
            # professional fields' age from it.
            assignments = ", ".join(f"{name} = ?" for name in values)
            conn.execute(f"UPDATE contact_company SET {assignments}, updated_at = ? "
                         "WHERE contact_id = ? AND company_id = ?",
                         (*values.values(), now, crm_id, company_id))
    if not wanted:
        return
    primary = next((cid for cid, link in wanted.items() if link.primary), next(iter(wanted)))
    if primary != before:
        set_primary_link(conn, crm_id, primary)
        # The contact's professional fields are now this link's: as of now, for
        # newest-wins, whatever the link's own age.
        conn.execute("UPDATE contact_company SET updated_at = ? WHERE contact_id = ? "
                     "AND company_id = ?", (now, crm_id, primary))


def _live(conn: sqlite3.Connection, company_id: int) -> bool:
    return conn.execute("SELECT 1 FROM company WHERE id = ? AND deleted_at IS NULL",
                        (company_id,)).fetchone() is not None


def _effective_primary(conn: sqlite3.Connection, crm_id: int) -> int | None:
    """The link the contact's professional fields are read from (R-CRM2): the flagged
    one (lowest company id if several), else the lowest company id — among links to
    live companies, as the CRM reads them."""
    rows = conn.execute("SELECT l.company_id, l.is_primary FROM contact_company l "
                        "JOIN company c ON c.id = l.company_id "
                        "WHERE l.contact_id = ? AND c.deleted_at IS NULL",
                        (crm_id,)).fetchall()
    flagged = [row[0] for row in rows if row[1]]
    return min(flagged or [row[0] for row in rows], default=None)
