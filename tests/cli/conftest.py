"""What the bad-input tables share: a profile whose CRM holds the sample contacts, and a
logical dump of a CRM database to say "nothing changed"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crmsync_gui.crm.csv_io import import_csv
from crmsync_gui.crm.sqlite_db import SqliteCrm


@pytest.fixture
def home(tmp_path: Path, sample_csv: Path) -> Path:
    """A profile whose CRM holds the sample contacts (Sophie Martin is C-001)."""
    home = tmp_path / "home"
    home.mkdir()
    with SqliteCrm(home / "crm.sqlite3") as crm:
        import_csv(crm, sample_csv)
    return home


def crm_dump(path: Path) -> list[str]:
    """The database row for row (``iterdump``: opening a WAL database may rewrite its
    bytes, so the file itself is no witness)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
