from __future__ import annotations

import json
from pathlib import Path

import pytest

from crmsync_gui.app.settings import (
    ConflictPolicy,
    DeletionPolicy,
    Language,
    SettingsError,
    load_settings,
    save_settings,
)


def test_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "settings.json")
    assert settings.conflict_policy is ConflictPolicy.NEWEST
    assert settings.deletion_policy is DeletionPolicy.ASK
    assert settings.label_name == "Simple CRM"
    assert settings.reminder_interval_minutes == 30
    assert settings.language is Language.SYSTEM
    assert settings.crm_database is None


def test_save_and_load_round_trip_keeps_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"conflict_policy": "ask", "from_a_newer_version": [1, 2]}))
    settings = load_settings(path)
    assert settings.conflict_policy is ConflictPolicy.ASK
    settings.label_name = "Clients"
    settings.language = Language.FRENCH
    save_settings(settings, path)
    data = json.loads(path.read_text())
    assert data["from_a_newer_version"] == [1, 2]
    assert data["label_name"] == "Clients" and data["language"] == "fr"
    assert load_settings(path) == settings
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp left


@pytest.mark.parametrize(("content", "message"), [
    ({"conflict_policy": "loudest"}, "conflict_policy is 'loudest'; expected one of"),
    ({"reminder_interval_minutes": "30"}, "reminder_interval_minutes must be a whole number"),
    ({"reminder_interval_minutes": 0}, "between 1 and 1440"),
    ({"auto_sync": "yes"}, "auto_sync must be true or false"),
    ({"label_name": "  "}, "label_name"),
    ([1, 2], "must be a JSON object"),
])
def test_bad_settings_name_the_key(tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(content))
    with pytest.raises(SettingsError, match=message):
        load_settings(path)


def test_unreadable_json_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    with pytest.raises(SettingsError, match="cannot read the settings"):
        load_settings(path)

