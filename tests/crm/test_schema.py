"""Schema versions and migrations of the CRM database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crmsync_gui.crm.model import CrmError
from crmsync_gui.crm.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from crmsync_gui.crm.sqlite_db import SqliteCrm


def _version_1_file(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO crmsync_meta VALUES ('database_uuid', 'v1-uuid')")
    conn.execute("INSERT INTO company (name, updated_at) VALUES ('Co', '2025-01-01T00:00:00Z')")
    conn.execute("INSERT INTO contact (last_name, personal_email, created_at, updated_at) "
                 "VALUES ('Ancien', 'A@B.fr', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")
    conn.execute("INSERT INTO contact_company (contact_id, company_id, is_primary) VALUES (1,1,1)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_migration_from_the_first_version_keeps_data_and_adds_indexes(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    _version_1_file(path)
    with SqliteCrm(path) as crm:
        assert crm.database_uuid == "v1-uuid"
        [contact] = crm.read_all()
        assert contact.record.last_name == "Ancien"
        assert contact.record.company_name == "Co"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "contact_personal_email" in indexes


def test_a_simple_crm_database_made_by_another_program_is_adopted(tmp_path: Path) -> None:
    path = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    v1_tables = MIGRATIONS[0].split("CREATE TABLE IF NOT EXISTS crmsync_meta")[0]
    conn.executescript(v1_tables)  # the SPEC tables only, user_version 0
    conn.execute("INSERT INTO contact (last_name, created_at, updated_at) "
                 "VALUES ('Externe', '2025-01-01', '2025-01-01')")
    conn.close()
    with SqliteCrm(path) as crm:
        assert [c.record.last_name for c in crm.read_all()] == ["Externe"]
        assert crm.database_uuid


def test_a_newer_schema_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    with SqliteCrm(path):
        pass
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(CrmError, match="newer CRM Sync"):
        SqliteCrm(path)


def test_a_failed_migration_rolls_back_to_the_previous_version(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    path = tmp_path / "v1.sqlite3"
    _version_1_file(path)
    import crmsync_gui.crm.schema as schema
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, "CREATE TABLE broken (;"))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(MIGRATIONS) + 1)
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
