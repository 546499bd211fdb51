"""Companies written by hand (the window's Companies view, #19): create, rename, soft
delete — the last refused while live contacts are linked, unless the user chooses to
unlink them. One transaction each, through the CRM's own connection; every contact a
change reaches gets a new ``updated_at``, so the next sync carries it to Google as the
newest value (R-CRM2)."""

from __future__ import annotations

import sqlite3

from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.record import clean_text
from crmsync_gui.core.search import fold
from crmsync_gui.core.sides import Company
from crmsync_gui.core.timestamps import format_timestamp, utc_now
from crmsync_gui.crm.model import CrmError
from crmsync_gui.crm.sqlite_db import SqliteCrm, insert_row, set_primary_link


def _clean_name(name: str) -> str:
    name = clean_text(name)
    if not name:
        raise CrmError(Reason.of(ReasonCode.COMPANY_NAME_EMPTY))
    return name


def _live_named(crm: SqliteCrm, name: str, other_than: int | None = None) -> Company | None:
    """The live company called ``name`` as the search folds names (Cœur = coeur)."""
    return next((company for company in crm.companies()
                 if not company.deleted and company.company_id != other_than
                 and fold(company.name) == fold(name)), None)


def _checked_name(crm: SqliteCrm, name: str, other_than: int | None = None) -> str:
    name = _clean_name(name)
    same = _live_named(crm, name, other_than)
    if same is not None:
        raise CrmError(Reason.of(ReasonCode.COMPANY_EXISTS, name=same.name))
    return name


def create_company(crm: SqliteCrm, name: str) -> int:
    name = _checked_name(crm, name)
    with crm.transaction() as conn:
        return insert_row(conn, "company", {"name": name,
                                            "updated_at": format_timestamp(utc_now())})


def company_named(crm: SqliteCrm, conn: sqlite3.Connection, name: str, now: str) -> int:
    """The live company called ``name`` (as the search folds names), made now if there
    is none — inside the caller's transaction (the contact editor's "new company")."""
    name = _clean_name(name)
    same = _live_named(crm, name)
    if same is not None:
        return same.company_id
    return insert_row(conn, "company", {"name": name, "updated_at": now})


def rename_company(crm: SqliteCrm, company_id: int, name: str) -> None:
    name = _checked_name(crm, name, other_than=company_id)
    now = format_timestamp(utc_now())
    with crm.transaction() as conn:
        conn.execute("UPDATE company SET name = ?, updated_at = ? WHERE id = ?",
                     (name, now, company_id))
        _touch_contacts(conn, company_id, now)


def linked_contacts(crm: SqliteCrm, company_id: int) -> list[int]:
    """The live contacts linked to the company."""
    return [c.crm_id for c in crm.read_all()
            if not c.deleted and any(link.company_id == company_id for link in c.links)]


def delete_company(crm: SqliteCrm, company_id: int, unlink: bool = False) -> int:
    """Soft delete; refused while live contacts are linked unless ``unlink`` (each of
    them loses this company, and another of its links, if any, becomes primary). The
    number of contacts unlinked."""
    linked = linked_contacts(crm, company_id)
    if linked and not unlink:
        raise CrmError(Reason.of(ReasonCode.COMPANY_HAS_CONTACTS, count=len(linked)))
    now = format_timestamp(utc_now())
    with crm.transaction() as conn:
        _touch_contacts(conn, company_id, now)
        conn.execute("DELETE FROM contact_company WHERE company_id = ?", (company_id,))
        for crm_id in linked:
            others = conn.execute(
                "SELECT company_id, is_primary FROM contact_company WHERE contact_id = ? "
                "ORDER BY is_primary DESC, company_id", (crm_id,)).fetchall()
            if others and not others[0][1]:
                set_primary_link(conn, crm_id, others[0][0])
        conn.execute("UPDATE company SET deleted_at = ?, updated_at = ? WHERE id = ?",
                     (now, now, company_id))
    return len(linked)


def _touch_contacts(conn: sqlite3.Connection, company_id: int, now: str) -> None:
    conn.execute(
        "UPDATE contact SET updated_at = ? WHERE id IN "
        "(SELECT contact_id FROM contact_company WHERE company_id = ?)", (now, company_id))
