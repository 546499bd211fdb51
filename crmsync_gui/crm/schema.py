"""The CRM database schema (Simple CRM's data model, R-CRM2) and its migrations.

``PRAGMA user_version`` is the schema version. Migration N runs in one transaction with
the version bump, so a crash leaves the file at N-1 or N, never between. Columns the app
adds are nullable or have a default, so other programs' INSERTs keep working.
"""

from __future__ import annotations

import sqlite3
import uuid

from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.crm.model import CrmError

# Version 1: exactly the tables and columns SPEC.md names, plus the app's meta table.
# AUTOINCREMENT: ids are never reused, even after another program hard-deletes a row,
# because the sync state links Google contacts to these ids.
_V1 = """
CREATE TABLE IF NOT EXISTS company (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    external_ref TEXT UNIQUE,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE IF NOT EXISTS contact (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    last_name TEXT,
    first_name TEXT,
    home_phone TEXT,
    personal_mobile TEXT,
    personal_email TEXT,
    home_street TEXT,
    home_postal_code TEXT,
    home_city TEXT,
    home_country TEXT,
    note TEXT,
    tags TEXT,
    external_ref TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE IF NOT EXISTS contact_company (
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
    work_phone TEXT,
    work_mobile TEXT,
    work_email TEXT,
    job_title TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT,
    PRIMARY KEY (contact_id, company_id)
);
CREATE TABLE IF NOT EXISTS crmsync_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Version 2: indexes for the lookups sync and import make (email matching, company
# links, names) — a 25,000-contact database reads in one pass either way.
_V2 = """
CREATE INDEX IF NOT EXISTS contact_personal_email ON contact (lower(personal_email));
CREATE INDEX IF NOT EXISTS contact_company_company ON contact_company (company_id);
CREATE INDEX IF NOT EXISTS contact_company_work_email ON contact_company (lower(work_email));
CREATE INDEX IF NOT EXISTS company_name ON company (name);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(CrmError):
    """The file is not a CRM database this version can use."""


def refuse_foreign(conn: sqlite3.Connection) -> None:
    """Another program's database (an accounting file, say) is not made a CRM: adding
    our tables to it — or even switching it to WAL — is writing where we have no
    business. A database with a ``contact`` table (Simple CRM's) or none is ours."""
    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if tables and "contact" not in tables:
        raise SchemaError(Reason.of(ReasonCode.CRM_FOREIGN_DATABASE,
                                    tables=", ".join(sorted(tables)[:5])))


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to ``SCHEMA_VERSION``; the version it was at before.

    ``conn`` must be in autocommit mode (isolation_level=None).
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SchemaError(Reason.of(ReasonCode.CRM_NEWER_SCHEMA, version=version,
                                    known=SCHEMA_VERSION))
    # A Simple CRM database made by another program has version 0 and the tables
    # already: version 1's CREATE ... IF NOT EXISTS adopts it and adds the meta table.
    if version == 0:
        refuse_foreign(conn)
    start = version
    for number in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            if number == 1:
                conn.execute("INSERT OR IGNORE INTO crmsync_meta (key, value) VALUES (?, ?)",
                             ("database_uuid", str(uuid.uuid4())))
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
