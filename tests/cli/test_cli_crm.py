"""`crmsync crm …` as a user types it: real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crmsync_gui.cli.main import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMSYNC_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "crmsync_gui.cli.main", *args], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def test_import_list_export_in_separate_processes(tmp_path: Path, sample_csv: Path) -> None:
    home = tmp_path / "home"
    imported = run_cli("crm", "import", str(sample_csv), home=home)
    assert imported.returncode == 0, imported.stderr
    assert "10 created" in imported.stdout
    listed = run_cli("crm", "list", home=home)
    assert "Jean-Marc Payet" in listed.stdout and "10 contacts" in listed.stdout
    out = tmp_path / "out.csv"
    exported = run_cli("crm", "export", str(out), home=home)
    assert exported.returncode == 0 and out.exists()
    assert (home / "crm.sqlite3").exists()
    assert (home / "logs" / "crmsync.log").exists()


def test_bad_csv_exits_1_with_the_line_and_imports_nothing(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Nom;Prénom\nA;B\nC;D;E\n", encoding="utf-8")
    assert main(["--home", str(tmp_path), "crm", "import", str(bad)]) == EXIT_ERROR
    assert "line 3: 3 columns, the header has 2" in capsys.readouterr().err
    assert main(["--home", str(tmp_path), "crm", "list"]) == EXIT_OK
    assert "0 contacts" in capsys.readouterr().out


def test_crmsync_crm_db_points_at_another_database(tmp_path: Path, sample_csv: Path,
                                                   monkeypatch) -> None:
    other = tmp_path / "elsewhere" / "my.sqlite3"
    monkeypatch.setenv("CRMSYNC_CRM_DB", str(other))
    assert main(["--home", str(tmp_path / "h"), "crm", "import", str(sample_csv)]) == EXIT_OK
    assert other.exists() and not (tmp_path / "h" / "crm.sqlite3").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert main(["--home", str(tmp_path), "crm"]) == EXIT_USAGE
    assert main(["no-such-command"]) == EXIT_USAGE


def test_missing_file_is_a_plain_error(tmp_path: Path, capsys) -> None:
    assert main(["--home", str(tmp_path), "crm", "import", str(tmp_path / "nope.csv")]) == \
        EXIT_ERROR
    assert "No such file" in capsys.readouterr().err
