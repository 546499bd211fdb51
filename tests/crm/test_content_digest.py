"""The CRM's content digest (sync/quiet.py): any edit another program makes moves it —
without ``updated_at`` moving, in a company link, in the WAL not yet checkpointed — and
opening the file again does not; by pages (a small database) or by rows (a large one)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crmsync_gui.crm import sqlite_db
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm

EDITS = [
    "UPDATE contact SET home_city = 'Lyon' WHERE id = 1",
    "UPDATE contact SET note = note || ' ' WHERE id = 1",
    "UPDATE contact SET deleted_at = '2026-12-01T00:00:00.000Z' WHERE id = 1",
    "UPDATE contact_company SET job_title = 'Associé'",
    "UPDATE company SET name = 'ACME'",
]


@pytest.fixture(params=["pages", "rows"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "rows":
        monkeypatch.setattr(sqlite_db, "_SERIALIZE_LIMIT", 0)
    return str(request.param)


@pytest.mark.parametrize("edit", EDITS)
def test_any_edit_moves_the_digest_and_nothing_else_does(tmp_path: Path, way: str,
                                                         edit: str) -> None:
    path = tmp_path / "crm.sqlite3"
    with SqliteCrm(path) as crm:
        [contact] = crm.apply([CrmWrite(WriteKind.CREATE, contact={
            "last_name": "Dupont", "home_city": "Paris"})])
        with crm.transaction() as conn:
            conn.execute("UPDATE contact SET note = 'Client'")
            company = sqlite_db.insert_row(conn, "company", {
                "name": "Acme", "updated_at": "2026-01-01T00:00:00.000Z"})
            sqlite_db.insert_row(conn, "contact_company", {
                "contact_id": contact.crm_id, "company_id": company, "is_primary": 1,
                "job_title": "Gérant"})
        before = crm.content_digest()
        assert crm.content_digest() == before
    with SqliteCrm(path) as crm:  # opened again: nothing written, the same digest
        assert crm.content_digest() == before
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute(edit)  # another program; its WAL frames not yet checkpointed
            assert crm.content_digest() != before
        finally:
            other.close()
    with SqliteCrm(path) as crm:
        assert crm.content_digest() != before
