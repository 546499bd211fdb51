"""#17: malformed settings files, as any `crmsync` command meets them. Each one is a
clear error naming the file and the setting, exit 1, and nothing changes: neither the
settings file (the user's to fix) nor the CRM database."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmsync_gui.cli.main import EXIT_ERROR, main
from crmsync_gui.sandbox.testing import write_client_secrets

from .conftest import crm_dump

# name → (settings.json bytes, what the error must say besides the file's path)
CASES: dict[str, tuple[bytes, str]] = {
    "not JSON": (b"{conflict_policy: newest", "it cannot be read"),
    "truncated": (b'{"conflict_policy": "newe', "it cannot be read"),
    "a list": (b"[]", "it must hold a JSON object"),
    "a number": (b"42", "it must hold a JSON object"),
    "null": (b"null", "it must hold a JSON object"),
    "not UTF-8": (b'{"label_name": "Soci\xe9t\xe9"}', "it cannot be read"),
    "unknown policy": (b'{"conflict_policy": "sometimes"}', "conflict_policy is 'sometimes'"),
    "deletion policy": (b'{"deletion_policy": 3}', "deletion_policy"),
    "label empty": (b'{"label_name": "  "}', "label"),
    "label not text": (b'{"label_name": ["a"]}', "label_name"),
    "interval not a number": (b'{"reminder_interval_minutes": "x"}',
                              "reminder_interval_minutes"),
    "interval zero": (b'{"reminder_interval_minutes": 0}', "reminder"),
    "flag not true or false": (b'{"auto_sync": "yes"}', "auto_sync"),
    "language": (b'{"language": "klingon"}', "language"),
    "sync label only": (b'{"sync_label_only": 1.5}', "sync_label_only"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_malformed_settings_file_is_named_and_nothing_changes(
        name: str, home: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    data, said = CASES[name]
    settings = home / "settings.json"
    settings.write_bytes(data)
    monkeypatch.setenv("CRMSYNC_HOME", str(home))
    before = crm_dump(home / "crm.sqlite3")
    assert main(["preview"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert str(settings) in err and said in err, err
    assert "unexpected problem" not in err and "Traceback" not in err
    assert settings.read_bytes() == data
    assert crm_dump(home / "crm.sqlite3") == before


def test_a_crm_database_that_is_gone_is_named_not_made_anew(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Moved, renamed, a USB drive not plugged in: an empty database made in its place
    # would be filled with every Google contact by the next sync.
    gone = tmp_path / "office" / "crm.sqlite3"
    settings = home / "settings.json"
    settings.write_text(f'{{"crm_database": "{gone}"}}', encoding="utf-8")
    monkeypatch.setenv("CRMSYNC_HOME", str(home))
    for command in (["status"], ["crm", "list"], ["preview"]):
        assert main(command) == EXIT_ERROR
        err = capsys.readouterr().err
        assert f"The CRM database {gone} named by {settings} does not exist" in err, err
    assert not gone.parent.exists()


@pytest.mark.parametrize("key", ["google_api_endpoint", "google_token_uri"])
def test_an_unsafe_google_address_is_named_before_any_sign_in(
        key: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Not signed in: "sign in first" would send the user to a sign-in that cannot work.
    settings = home / "settings.json"
    settings.write_text(f'{{"{key}": "http://192.0.2.10:8080/"}}', encoding="utf-8")
    monkeypatch.setenv("CRMSYNC_HOME", str(home))
    monkeypatch.setenv("CRMSYNC_GOOGLE_CLIENT_SECRETS", str(
        write_client_secrets(tmp_path / "client_secret.json", "http://127.0.0.1:9")))
    for name in ("CRMSYNC_GOOGLE_API_ENDPOINT", "CRMSYNC_GOOGLE_TOKEN_URI"):
        monkeypatch.delenv(name, raising=False)
    for command in ("preview", "sync"):
        assert main([command, "--yes"] if command == "sync" else [command]) == EXIT_ERROR
        err = capsys.readouterr().err
        assert key in err and "http://192.0.2.10:8080/" in err and str(settings) in err, err
        assert "sign in" not in err.lower(), err
