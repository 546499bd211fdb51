"""#17, what the second hostile round found: the app's own files are never a target, the
demo never touches the user's CRM, and a CRM database named by CRMSYNC_CRM_DB that is
not there, or another program's database, is named instead of being made a CRM."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crmsync_gui.cli.main import EXIT_ERROR, EXIT_OK, main

from .conftest import crm_dump


@pytest.mark.parametrize("target", ["crm.sqlite3", "crm.sqlite3-wal", "settings.json",
                                    "state/new.csv"])
def test_an_export_never_overwrites_the_apps_own_files(
        target: str, home: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRMSYNC_HOME", str(home))
    (home / "settings.json").write_text("{}", encoding="utf-8")
    (home / "state").mkdir()
    before = crm_dump(home / "crm.sqlite3")
    assert main(["crm", "export", str(home / target)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert f"{home / target} is one of CRM Sync's own files" in err, err
    assert crm_dump(home / "crm.sqlite3") == before
    assert (home / "settings.json").read_text(encoding="utf-8") == "{}"
    assert main(["crm", "export", str(home / "export.csv")]) == EXIT_OK  # beside: fine


def test_the_demo_never_touches_the_crm_named_by_crmsync_crm_db(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = home / "crm.sqlite3"
    before = crm_dump(real)
    monkeypatch.setenv("CRMSYNC_CRM_DB", str(real))
    assert main(["--home", str(tmp_path / "demo-home"), "--demo", "crm", "list"]) == EXIT_OK
    out = capsys.readouterr().out
    assert str(tmp_path / "demo-home" / "demo" / "crm.sqlite3") in out
    assert crm_dump(real) == before


def test_a_crm_named_by_crmsync_crm_db_must_exist_unless_imported_into(
        tmp_path: Path, sample_csv: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CRMSYNC_CRM_DB", "mycrm.sqlite3")  # relative: to where it is typed
    home = tmp_path / "profile"
    for command in (["status"], ["crm", "list"]):
        assert main(["--home", str(home), *command]) == EXIT_ERROR
        err = capsys.readouterr().err
        assert f"The CRM database {tmp_path / 'mycrm.sqlite3'} named by $CRMSYNC_CRM_DB " \
               "does not exist" in err, err
    assert not (tmp_path / "mycrm.sqlite3").exists() and not (home / "mycrm.sqlite3").exists()
    assert main(["--home", str(home), "crm", "import", str(sample_csv)]) == EXIT_OK
    assert (tmp_path / "mycrm.sqlite3").exists()


def test_another_programs_database_is_not_made_a_crm(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    accounts = tmp_path / "accounts.db"
    with sqlite3.connect(accounts) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = accounts.read_bytes()
    monkeypatch.setenv("CRMSYNC_CRM_DB", str(accounts))
    assert main(["--home", str(tmp_path / "h"), "status"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "another program's database (tables invoices)" in err, err
    assert accounts.read_bytes() == before
