from __future__ import annotations

from pathlib import Path

import pytest

from crmsync_gui.app.profile import Profile


def test_crmsync_home_sets_the_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRMSYNC_HOME", str(tmp_path / "p"))
    profile = Profile.locate()
    assert profile.home == (tmp_path / "p").resolve()
    assert profile.home.is_dir()
    assert profile.crm_database() == profile.home / "crm.sqlite3"


def test_explicit_home_beats_the_environment(tmp_path: Path) -> None:
    assert Profile.locate(tmp_path / "x").home == (tmp_path / "x").resolve()


def test_crm_database_from_settings_then_environment(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    profile = Profile.locate(tmp_path)
    assert profile.crm_database("other.sqlite3") == profile.home / "other.sqlite3"
    assert profile.crm_database("/abs/crm.db") == Path("/abs/crm.db")
    monkeypatch.setenv("CRMSYNC_CRM_DB", str(tmp_path / "env.sqlite3"))
    assert profile.crm_database("/abs/crm.db") == tmp_path / "env.sqlite3"


def test_default_location_is_the_platform_data_folder(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    monkeypatch.delenv("CRMSYNC_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert Profile.locate().home == (tmp_path / "xdg" / "CRM Sync").resolve()
