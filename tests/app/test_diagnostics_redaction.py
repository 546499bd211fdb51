"""The diagnostics zip shows support which Google addresses were used — a token address
set to plain http is exactly what they must see — without the parts of a URL that carry
secrets; the zip itself is private."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from crmsync_gui.app.diagnostics import export_diagnostics, redact_url
from crmsync_gui.app.logs import redact
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import Settings

REFRESH = "1//0gSecretREFRESHvalue-abc_def"


def exported_settings(service: SyncService, folder: Path) -> tuple[Path, dict[str, object]]:
    folder.mkdir(exist_ok=True)
    path = export_diagnostics(service, folder)
    with zipfile.ZipFile(path) as archive:
        return path, json.loads(archive.read("settings.json"))


def test_google_addresses_keep_host_and_path_but_not_userinfo_or_query(
        tmp_path: Path) -> None:
    settings = Settings(
        google_token_uri="http://support:hunter2@tokens.example.net:8080/token"
                         "?client_secret=shh#access_token=ya29.frag",
        google_auth_uri="https://accounts.example.net/o/oauth2/auth",
        google_api_endpoint="http://127.0.0.1:8765/v1",
        extra={"api_password": "pa55", "refresh_token": REFRESH})
    service = SyncService(Profile.locate(tmp_path / "home"), settings)

    path, shown = exported_settings(service, tmp_path / "out")

    assert shown["google_token_uri"] == ("http://[REDACTED]@tokens.example.net:8080/token"
                                         "?[REDACTED]#[REDACTED]")
    assert shown["google_auth_uri"] == "https://accounts.example.net/o/oauth2/auth"
    assert shown["google_api_endpoint"] == "http://127.0.0.1:8765/v1"
    assert shown["api_password"] == shown["refresh_token"] == "[REDACTED]"
    with zipfile.ZipFile(path) as archive:
        everything = "".join(archive.read(n).decode() for n in archive.namelist())
    for secret in ("hunter2", "support:", "shh", "ya29.frag", "pa55", REFRESH):
        assert secret not in everything


@pytest.mark.parametrize(("url", "shown"), [
    ("ya29.a0AfB_secretPastedAsAnAddress", "[REDACTED]"),  # a token where a URL should be
    ("http://[::1", "[REDACTED]"),  # not a URL: nothing of it is shown
    ("https://oauth2.googleapis.com/token", "https://oauth2.googleapis.com/token"),
])
def test_what_is_not_a_plain_url_is_not_shown(url: str, shown: str) -> None:
    assert redact_url(url) == shown


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_zip_is_private_wherever_it_is_saved(tmp_path: Path) -> None:
    service = SyncService(Profile.locate(tmp_path / "home"), Settings())
    shared = tmp_path / "Documents"
    shared.mkdir(mode=0o755)
    in_folder = export_diagnostics(service, shared)
    assert stat.S_IMODE(in_folder.stat().st_mode) == 0o600
    named = shared / "for-support.zip"
    named.write_bytes(b"an older file, readable by all")
    named.chmod(0o644)
    assert export_diagnostics(service, named) == named
    assert stat.S_IMODE(named.stat().st_mode) == 0o600
    assert zipfile.is_zipfile(named)
    assert sorted(p.name for p in shared.iterdir()) == sorted([in_folder.name, named.name])


def test_log_lines_keep_urls_readable_and_lose_their_secrets() -> None:
    cleaned = redact("refused to send the sign-in to "
                     "http://bob:pw@evil.example:8080/token?code=4/0Ab")
    assert "http://[REDACTED]@evil.example:8080/token?code=[REDACTED]" in cleaned
    assert "bob:pw" not in cleaned and "4/0Ab" not in cleaned
    # The "1//" of an address is not a refresh token; a token-named setting is no token.
    for line in ("google_token_uri is http://10.0.0.1//token",
                 "token_uri: http://tokens.example.net/o/token"):
        assert redact(line) == line
    revoking = redact(f"revoking https://oauth2.googleapis.com/revoke?token={REFRESH}")
    assert revoking == "revoking https://oauth2.googleapis.com/revoke?token=[REDACTED]"


def test_log_redaction_catches_encoded_tokens_codes_and_client_secrets() -> None:
    from crmsync_gui.app.logs import redact

    for secret in ("1%2F%2F0gAbCdEf123", "4/0AbCdEfGhIjKlMnOp", "4%2F0AbCdEfGhIjKlMnOp",
                   "GOCSPX-AbC_123-xyz"):
        assert secret not in redact(f"sent {secret} to the token endpoint")
    assert "1%252F%252Fabc" not in redact("body=refresh_token%3D1%252F%252Fabc&x=1")
    assert redact("http://10.0.0.1//path") == "http://10.0.0.1//path"
