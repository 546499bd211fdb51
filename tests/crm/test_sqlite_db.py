"""The embedded CRM database on real SQLite files (R-CRM1, R-CRM2)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crmsync_gui.core.record import Field
from crmsync_gui.crm.model import CrmConflictError, CrmError, CrmWrite, WriteKind
from crmsync_gui.crm.schema import SCHEMA_VERSION
from crmsync_gui.crm.sqlite_db import SqliteCrm

SPEC_COLUMNS = {
    "company": {"id", "name", "external_ref", "updated_at", "deleted_at"},
    "contact": {"id", "last_name", "first_name", "home_phone", "personal_mobile",
                "personal_email", "home_street", "home_postal_code", "home_city",
                "home_country", "note", "tags", "external_ref", "created_at", "updated_at",
                "deleted_at"},
    "contact_company": {"contact_id", "company_id", "work_phone", "work_mobile", "work_email",
                        "job_title", "is_primary", "updated_at"},
}


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def _company(conn: sqlite3.Connection, name: str, updated: str = "2026-01-01T00:00:00Z") -> int:
    cursor = conn.execute("INSERT INTO company (name, updated_at) VALUES (?, ?)", (name, updated))
    return int(cursor.lastrowid or 0)


def test_schema_has_exactly_the_spec_tables_and_columns(crm: SqliteCrm) -> None:
    conn = _raw(crm.path)
    for table, columns in SPEC_COLUMNS.items():
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        assert {row["name"] for row in info} >= columns
        extra_not_null = [r["name"] for r in info if r["name"] not in columns
                          and r["notnull"] and r["dflt_value"] is None]
        assert extra_not_null == []
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_database_is_wal_with_a_stable_uuid(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    with SqliteCrm(path) as first:
        uuid = first.database_uuid
    with SqliteCrm(path) as again:
        assert again.database_uuid == uuid
    assert len(uuid) == 36
    assert _raw(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with SqliteCrm(tmp_path / "other.sqlite3") as other:
        assert other.database_uuid != uuid


def test_foreign_keys_are_enforced(crm: SqliteCrm) -> None:
    with pytest.raises(sqlite3.IntegrityError), crm.transaction() as conn:
        conn.execute("INSERT INTO contact_company (contact_id, company_id) VALUES (999, 999)")


def test_create_update_read_round_trip(crm: SqliteCrm) -> None:
    [created] = crm.apply([CrmWrite(WriteKind.CREATE, contact={
        "last_name": "Martin", "first_name": "Sophie", "personal_mobile": "06 12 34 56 78"},
        note="hello")])
    assert created.record.last_name == "Martin"
    assert created.note == "hello"
    assert created.created_at == created.updated_at
    [updated] = crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=created.crm_id,
                                    contact={"first_name": "Sophia"})])
    assert updated.record.first_name == "Sophia"
    assert updated.record.personal_mobile == "06 12 34 56 78"
    assert updated.updated_at >= created.updated_at
    assert [c.crm_id for c in crm.read_all()] == [created.crm_id]


def test_one_transaction_per_apply_all_or_nothing(crm: SqliteCrm) -> None:
    with pytest.raises(CrmError):
        crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "A"}),
                   CrmWrite(WriteKind.UPDATE, crm_id=12345, contact={"last_name": "B"})])
    assert crm.read_all() == []


def test_unknown_columns_are_refused(crm: SqliteCrm) -> None:
    with pytest.raises(CrmError, match="unknown CRM columns"):
        crm.apply([CrmWrite(WriteKind.CREATE, contact={"id; DROP TABLE contact": "x"})])


def test_soft_delete_keeps_the_row_and_restore_brings_it_back(crm: SqliteCrm) -> None:
    [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "Gone"})])
    [deleted] = crm.apply([CrmWrite(WriteKind.DELETE, crm_id=contact.crm_id)])
    assert deleted.deleted and deleted.deleted_at is not None
    row = _raw(crm.path).execute("SELECT deleted_at FROM contact WHERE id = ?",
                                 (contact.crm_id,)).fetchone()
    assert row["deleted_at"] is not None
    assert [c.deleted for c in crm.read_all()] == [True]
    [restored] = crm.apply([CrmWrite(WriteKind.RESTORE, crm_id=contact.crm_id)])
    assert not restored.deleted


def test_the_count_is_the_contacts_read_all_finds_not_deleted(crm: SqliteCrm) -> None:
    """The status counts by SQL (25,000 contacts read took seconds): the same contacts as
    ``read_all`` calls not deleted, deletion dates another program wrote included."""
    made = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": f"N{i}"})
                      for i in range(6)])
    crm.apply([CrmWrite(WriteKind.DELETE, crm_id=made[0].crm_id)])
    conn = _raw(crm.path)
    for contact, stamp in zip(made[1:4], ("", "0", "hier"), strict=True):
        conn.execute("UPDATE contact SET deleted_at = ? WHERE id = ?", (stamp, contact.crm_id))
    conn.close()
    assert crm.count_contacts() == sum(1 for c in crm.read_all() if not c.deleted) == 2


def test_ids_are_never_reused_after_a_hard_delete_by_another_program(crm: SqliteCrm) -> None:
    [a] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "A"})])
    _raw(crm.path).execute("DELETE FROM contact WHERE id = ?", (a.crm_id,))
    [b] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "B"})])
    assert b.crm_id != a.crm_id


def test_primary_link_is_the_flagged_one_else_the_lowest_company_id(crm: SqliteCrm) -> None:
    conn = _raw(crm.path)
    first, second = _company(conn, "Alpha"), _company(conn, "Beta")
    [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "L"})])
    for company, email in ((second, "b@beta.fr"), (first, "a@alpha.fr")):
        conn.execute("INSERT INTO contact_company (contact_id, company_id, work_email, "
                     "is_primary) VALUES (?, ?, ?, 0)", (contact.crm_id, company, email))
    read = crm.read([contact.crm_id])[contact.crm_id]
    assert read.record.company_name == "Alpha" and read.record.work_email == "a@alpha.fr"
    conn.execute("UPDATE contact_company SET is_primary = 1 WHERE company_id = ?", (second,))
    read = crm.read([contact.crm_id])[contact.crm_id]
    assert read.record.company_name == "Beta" and read.record.work_email == "b@beta.fr"
    assert len(read.links) == 2


def test_linking_a_new_company_makes_it_the_only_primary(crm: SqliteCrm) -> None:
    conn = _raw(crm.path)
    first, second = _company(conn, "Alpha"), _company(conn, "Beta")
    [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "L"},
                                    company_id=first, link={"job_title": "CEO"})])
    assert contact.record.company_name == "Alpha" and contact.record.job_title == "CEO"
    [moved] = crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=contact.crm_id, company_id=second,
                                  link={"job_title": "CFO"})])
    assert moved.record.company_name == "Beta" and moved.record.job_title == "CFO"
    flags = conn.execute("SELECT company_id, is_primary FROM contact_company "
                         "ORDER BY company_id").fetchall()
    assert [tuple(r) for r in flags] == [(first, 0), (second, 1)]


def test_pro_fields_without_a_company_are_refused(crm: SqliteCrm) -> None:
    [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "L"})])
    with pytest.raises(CrmError, match="no company"):
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=contact.crm_id,
                            link={"work_email": "x@y.fr"})])


def test_links_to_deleted_companies_are_not_primary(crm: SqliteCrm) -> None:
    conn = _raw(crm.path)
    company = _company(conn, "Closed")
    [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "L"},
                                    company_id=company)])
    conn.execute("UPDATE company SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?",
                 (company,))
    assert crm.read([contact.crm_id])[contact.crm_id].primary_link is None


def test_timestamps_written_by_other_programs_are_parsed(crm: SqliteCrm) -> None:
    conn = _raw(crm.path)
    company = _company(conn, "Co", "2026-11-25 08:00:00")
    conn.execute("INSERT INTO contact (last_name, created_at, updated_at) VALUES "
                 "('Other', '2026-11-25T10:30:00+01:00', '1795599000')")
    contact_id = conn.execute("SELECT max(id) FROM contact").fetchone()[0]
    conn.execute("INSERT INTO contact_company (contact_id, company_id, is_primary, updated_at) "
                 "VALUES (?, ?, 1, '2026-11-25T09:45:00.123456789Z')", (contact_id, company))
    contact = crm.read([contact_id])[contact_id]
    assert contact.created_at == datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    assert contact.updated_at == datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    assert contact.field_updated_at(Field.COMPANY_NAME) == datetime(2026, 11, 25, 8, 0,
                                                                    tzinfo=UTC)
    assert contact.field_updated_at(Field.WORK_PHONE) == datetime(2026, 11, 25, 9, 45, 0,
                                                                  123456, tzinfo=UTC)
    assert contact.field_updated_at(Field.LAST_NAME) == contact.updated_at
    assert contact.last_modified() == contact.field_updated_at(Field.WORK_PHONE)


def test_unreadable_timestamp_is_oldest_not_a_crash(crm: SqliteCrm) -> None:
    conn = _raw(crm.path)
    conn.execute("INSERT INTO contact (last_name, created_at, updated_at) "
                 "VALUES ('Odd', 'lundi', 'hier')")
    [contact] = crm.read_all()
    assert contact.updated_at.year == 1970


def test_app_writes_timestamps_in_one_fixed_utc_format(crm: SqliteCrm) -> None:
    crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "F"})])
    text = _raw(crm.path).execute("SELECT updated_at FROM contact").fetchone()[0]
    assert len(text) == 24 and text.endswith("Z") and text[10] == "T"


def test_read_changed_since_sees_contact_link_and_company_changes(crm: SqliteCrm) -> None:
    conn = _raw(crm.path)
    company = _company(conn, "Co", "2020-01-01T00:00:00Z")
    old = "2020-01-01T00:00:00Z"
    for name in ("Still", "Linked", "ByCompany", "Edited"):
        conn.execute("INSERT INTO contact (last_name, created_at, updated_at) VALUES (?, ?, ?)",
                     (name, old, old))
    ids = {r["last_name"]: r["id"] for r in conn.execute("SELECT id, last_name FROM contact")}
    conn.execute("INSERT INTO contact_company (contact_id, company_id, is_primary, updated_at) "
                 "VALUES (?, ?, 1, '2026-06-01T00:00:00Z')", (ids["Linked"], company))
    conn.execute("INSERT INTO contact_company (contact_id, company_id, is_primary, updated_at) "
                 "VALUES (?, ?, 1, ?)", (ids["ByCompany"], company, old))
    conn.execute("UPDATE contact SET updated_at = '2026-06-01 00:00:00' WHERE id = ?",
                 (ids["Edited"],))
    since = datetime(2025, 1, 1, tzinfo=UTC)
    assert {c.record.last_name for c in crm.read_changed_since(since)} == {"Linked", "Edited"}
    conn.execute("UPDATE company SET updated_at = '2026-07-01T00:00:00Z'")
    assert {c.record.last_name for c in crm.read_changed_since(since)} == {
        "Linked", "Edited", "ByCompany"}


def test_expected_updated_at_refuses_a_write_over_someone_elses_edit(crm: SqliteCrm) -> None:
    [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "A"})])
    _raw(crm.path).execute("UPDATE contact SET updated_at = ? WHERE id = ?",
                           ((contact.updated_at + timedelta(seconds=5)).isoformat(),
                            contact.crm_id))
    with pytest.raises(CrmConflictError):
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=contact.crm_id, contact={"last_name": "B"},
                            expected_updated_at=contact.updated_at)])
    assert crm.read([contact.crm_id])[contact.crm_id].record.last_name == "A"


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("this is not sqlite " * 100)
    with pytest.raises(CrmError, match="not a usable CRM database"):
        SqliteCrm(bogus)


def test_naming_an_existing_linked_company_makes_it_primary(crm: SqliteCrm) -> None:
    conn = _raw(crm.path)
    first, second = _company(conn, "Alpha"), _company(conn, "Beta")
    [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "L"},
                                    company_id=first)])
    crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=contact.crm_id, company_id=second)])
    [back] = crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=contact.crm_id, company_id=first,
                                 link={"job_title": "Retour"})])
    assert back.record.company_name == "Alpha" and back.record.job_title == "Retour"
