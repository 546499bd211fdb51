from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crmsync_gui.crm.sqlite_db import SqliteCrm


@pytest.fixture
def crm(tmp_path: Path) -> Iterator[SqliteCrm]:
    with SqliteCrm(tmp_path / "crm.sqlite3") as database:
        yield database
