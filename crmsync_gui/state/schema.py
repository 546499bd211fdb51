"""The state file's schema, as a list of migrations (``PRAGMA user_version`` counts them).

Never edit a migration that shipped: append a new one. A file written by a newer version
(user_version beyond this list) is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3

# The link table's body as schema 1 made it (a shipped migration: never edited).
_LINK_COLUMNS_V1 = """(
    crm_id INTEGER PRIMARY KEY,
    resource_name TEXT NOT NULL UNIQUE,
    etag TEXT,
    created_by_sync INTEGER NOT NULL DEFAULT 0,
    manual INTEGER NOT NULL DEFAULT 0,
    baseline TEXT  -- JSON {"crm": {field: normalised}, "google": {...}}; NULL before 1st sync
)"""

# The link table's body now, reused for the staging table of ``replace_links`` and for
# the detached pairs (v7).
LINK_COLUMNS = """(
    crm_id INTEGER PRIMARY KEY,
    resource_name TEXT NOT NULL UNIQUE,
    etag TEXT,
    created_by_sync INTEGER NOT NULL DEFAULT 0,
    manual INTEGER NOT NULL DEFAULT 0,
    baseline TEXT,  -- JSON {"crm": {field: normalised}, "google": {...}}; NULL before 1st sync
    google_seen TEXT  -- the Google contact's CONTACT source etag at the last sync
)"""

_V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE link {_LINK_COLUMNS_V1};
CREATE TABLE ignored (
    side TEXT NOT NULL CHECK (side IN ('crm', 'google')),
    ident TEXT NOT NULL,
    PRIMARY KEY (side, ident)
);
CREATE TABLE keep_apart (
    crm_id INTEGER NOT NULL,
    resource_name TEXT NOT NULL,
    PRIMARY KEY (crm_id, resource_name)
);
CREATE TABLE kept_deleted (crm_id INTEGER PRIMARY KEY);
CREATE TABLE intended_create (
    client_tag TEXT PRIMARY KEY,
    crm_id INTEGER NOT NULL,
    run_id INTEGER
);
CREATE TABLE run (
    run_id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    counts TEXT NOT NULL DEFAULT '{{}}',
    errors TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE run_change (
    run_id INTEGER NOT NULL REFERENCES run(run_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    side TEXT NOT NULL,
    action TEXT NOT NULL,
    crm_id INTEGER,
    resource_name TEXT,
    before TEXT,  -- JSON before-image (CRM row or Google Person); NULL for a create
    PRIMARY KEY (run_id, seq)
);
"""

# v2: what the engine last read of each Google contact, so an incremental read (changed
# contacts only) can be merged into a full view for planning.
_V2 = """
CREATE TABLE google_contact (
    resource_name TEXT PRIMARY KEY,
    etag TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    in_label INTEGER NOT NULL DEFAULT 0,
    crm_tag TEXT,
    record TEXT NOT NULL,
    person TEXT NOT NULL DEFAULT '{}'
);
"""

# v3: a run's errors as reasons (code and arguments, JSON), so the history says them in the
# user's language: a list parallel to ``errors``, an item null where a line has none.
# NULL for the runs of older versions, whose English text is read back instead.
_V3 = """
ALTER TABLE run ADD COLUMN error_reasons TEXT;
"""

# v4: every email and phone of each Google contact, whatever its type (R-S10), so the
# planner can choose which entry feeds which field against the baseline. Rows of older
# versions have none: the sync token is dropped so the next run reads everything.
_V4 = """
ALTER TABLE google_contact ADD COLUMN entries TEXT;
DELETE FROM meta WHERE key = 'sync_token';
"""

# v5: a run's problems as contacts with a reason (crm id, resource name, name, side, code,
# English message, and the reason's arguments), and its warnings likewise (R-S12). NULL
# for the runs of older versions: their errors columns are read back instead.
_V5 = """
ALTER TABLE run ADD COLUMN problems TEXT;
ALTER TABLE run ADD COLUMN warnings TEXT;
"""

# v6: what each journal entry wrote, for an undo that reverts exactly that (R-S7): the
# fields and the values written, the pair's baseline before the write, the note block
# written, the contact's name. NULL for the entries of older versions (undo then
# compares with the pair's current baseline, as those versions did).
_V6 = """
ALTER TABLE run_change ADD COLUMN written TEXT;
"""

# v7: deletions that never lose data (R-S5). Each link remembers the Google contact's
# CONTACT source etag when the pair was last synced: a sync deletes a Google contact
# only if it still has that one (a birthday added on the phone moves it; the top-level
# etag also moves with label changes and connected profiles). The copy of Google keeps
# each contact's source etag; its rows of older versions have none, so the sync token is
# dropped and the first run afterwards reads everything (and records them all). Links of
# older versions compare the etag they stored until then. And the pairs a CRM deletion
# detached, with their baseline, so restoring the CRM contact links it to the same
# Google contact again.
_V7 = f"""
ALTER TABLE link ADD COLUMN google_seen TEXT;
ALTER TABLE google_contact ADD COLUMN source_etag TEXT;
CREATE TABLE detached {LINK_COLUMNS};
DELETE FROM meta WHERE key = 'sync_token';
"""

# v8: rows the user left out (unticked) in a preview stay out of every sync — window,
# tray, `crmsync sync` — until ticked again (#21): by their change key (Change.key).
_V8 = """
CREATE TABLE left_out (key TEXT PRIMARY KEY);
"""

# v9: CRM tags ↔ Google labels (R-S13). The labels that were tags at the last read, by
# resource name, so a label renamed or deleted in Google is noticed (its contacts are
# read again). The copy of Google of older versions holds no tags: the sync token is
# dropped so the next run reads everything, with its labels.
_V9 = """
CREATE TABLE tag_label (resource_name TEXT PRIMARY KEY, name TEXT NOT NULL);
DELETE FROM meta WHERE key = 'sync_token';
"""

# v10: tags renamed in the CRM (`crmsync crm rename-tag`) whose label the next sync
# renames in Google, so the tag keeps its label (never two labels for one tag, R-S13).
_V10 = """
CREATE TABLE tag_rename (old_name TEXT PRIMARY KEY, new_name TEXT NOT NULL);
"""

# v11: a no-change sync skips planning (SPEC §3, sync/quiet.py). Every table planning
# reads bumps one counter when a row of it is written, so the fingerprint of a run whose
# plan came out empty tells whether anything planning reads changed since — without
# reading 25,000 links. The labels of the last sync (tag_label, rewritten every run) are
# small and go into the fingerprint as they are.
_PLAN_INPUT_TABLES = ("link", "google_contact", "ignored", "keep_apart", "kept_deleted",
                      "detached", "left_out", "intended_create", "tag_rename")


def plan_input_triggers(table: str) -> list[str]:
    """The triggers of v11 on ``table`` (a table made again — ``replace_links`` — needs
    them again). Part of a shipped migration: changed only by a new one."""
    return [f"CREATE TRIGGER {table}_{event.lower()}_plan_inputs AFTER {event} ON {table} "
            "BEGIN UPDATE plan_inputs SET generation = generation + 1; END"
            for event in ("INSERT", "UPDATE", "DELETE")]


# Also v11: the normalised form of each CRM contact's record, under the digest of the
# values it was computed from (a cache: no trigger, never a planning input by itself).
_V11 = "\n".join([
    "CREATE TABLE crm_form (crm_id INTEGER PRIMARY KEY, digest TEXT NOT NULL, "
    "normalized TEXT NOT NULL);",
    "CREATE TABLE plan_inputs (generation INTEGER NOT NULL);",
    "INSERT INTO plan_inputs (generation) VALUES (0);",
    *(f"{trigger};" for table in _PLAN_INPUT_TABLES for trigger in plan_input_triggers(table))])

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11)
CURRENT_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> int:
    """Bring the file up to ``target``; each step is one transaction. The old version."""
    start = schema_version(conn)
    for version in range(start, target):
        # executescript runs outside Python's transaction handling: say BEGIN ourselves
        # so a failing step leaves the file at the previous version.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[version]}\n"
                               f"PRAGMA user_version = {version + 1};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return start
