from __future__ import annotations

import json
from pathlib import Path

import pytest

from crmsync_gui.app.settings import (
    ConflictPolicy,
    DeletionPolicy,
    Language,
    Settings,
    SettingsError,
    load_settings,
    save_settings,
)
from crmsync_gui.core.reasons import Reason, ReasonCode


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


@pytest.mark.parametrize(("content", "message", "code"), [
    ({"conflict_policy": "loudest"}, "conflict_policy is 'loudest'; expected one of",
     ReasonCode.SETTINGS_NOT_A_CHOICE),
    ({"reminder_interval_minutes": "30"}, "reminder_interval_minutes must be a whole number",
     ReasonCode.SETTINGS_NOT_A_WHOLE_NUMBER),
    ({"reminder_interval_minutes": 0}, "between 1 and 1440", ReasonCode.SETTINGS_BAD_INTERVAL),
    ({"auto_sync": "yes"}, "auto_sync must be true or false",
     ReasonCode.SETTINGS_NOT_TRUE_OR_FALSE),
    ({"crm_database": 3}, "crm_database must be text, not 3", ReasonCode.SETTINGS_NOT_TEXT),
    ({"label_name": "  "}, "label_name", ReasonCode.SETTINGS_EMPTY_LABEL),
    ([1, 2], "must hold a JSON object", ReasonCode.SETTINGS_NOT_AN_OBJECT),
])
def test_bad_settings_name_the_file_and_the_key(tmp_path: Path, content: object, message: str,
                                                code: ReasonCode) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(content))
    with pytest.raises(SettingsError, match=message) as error:
        load_settings(path)
    # The file, then what is wrong with it: both codes, for the window's language.
    reason = error.value.reason
    assert reason.code is ReasonCode.SETTINGS_FILE_UNUSABLE
    assert reason.kwargs["path"] == str(path)
    inner = reason.kwargs["error"]
    assert isinstance(inner, Reason) and inner.code is code
    assert str(error.value) == f"The settings file {path} cannot be used: {inner.text}"


def test_unreadable_json_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    with pytest.raises(SettingsError, match="cannot be read") as error:
        load_settings(path)
    inner = error.value.reason.kwargs["error"]
    assert isinstance(inner, Reason) and inner.code is ReasonCode.SETTINGS_UNREADABLE


def test_settings_checked_before_saving_say_the_key(tmp_path: Path) -> None:
    for settings, code in ((Settings(label_name=" "), ReasonCode.SETTINGS_EMPTY_LABEL),
                           (Settings(reminder_interval_minutes=0),
                            ReasonCode.SETTINGS_BAD_INTERVAL)):
        with pytest.raises(SettingsError) as error:
            save_settings(settings, tmp_path / "settings.json")
        assert error.value.reason == Reason.of(code)
    assert not (tmp_path / "settings.json").exists()



@pytest.mark.parametrize("key", ["google_api_endpoint", "google_auth_uri", "google_token_uri"])
def test_an_http_google_address_off_this_computer_is_never_saved(tmp_path: Path,
                                                                  key: str) -> None:
    settings = Settings(**{key: "http://192.0.2.10/token"})
    with pytest.raises(SettingsError) as caught:
        save_settings(settings, tmp_path / "settings.json")
    assert caught.value.reason.code is ReasonCode.SETTINGS_INSECURE_ADDRESS
    assert key in str(caught.value) and "https" in str(caught.value)
    assert not (tmp_path / "settings.json").exists()
    save_settings(Settings(**{key: "http://127.0.0.1:8765/token"}), tmp_path / "settings.json")


def test_a_file_with_an_unsafe_address_still_opens_so_it_can_be_corrected(
        tmp_path: Path) -> None:
    # Written by an older version or by hand: the settings open (the window can show and
    # fix them); Google refuses to start with them (tests/google/test_sign_in.py).
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"google_token_uri": "http://192.0.2.10/token"}))
    assert load_settings(path).google_token_uri == "http://192.0.2.10/token"
