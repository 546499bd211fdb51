"""Logs go to a rotating file; nothing token-like ever reaches them."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from crmsync_gui.app.logs import redact, setup_logging

ACCESS = "ya29.a0AfB_byC-secretACCESSvalue123"
REFRESH = "1//0gSecretREFRESHvalue-abc_def"
JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    handler = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    yield tmp_path / "logs" / "crmsync.log"
    logging.getLogger().removeHandler(handler)
    handler.close()


@pytest.mark.parametrize("line", [
    f'token response {{"access_token": "{ACCESS}", "refresh_token": "{REFRESH}"}}',
    f"body=grant_type=refresh_token&refresh_token={REFRESH}&client_secret=shh",
    f"Authorization: Bearer {ACCESS}",
    f"Obtained token {{'access_token': '{ACCESS}', 'id_token': '{JWT}'}}",
    f"plain {REFRESH} and {JWT}",
])
def test_redact_removes_tokens(line: str) -> None:
    cleaned = redact(line)
    for secret in (ACCESS, REFRESH, JWT, "shh"):
        assert secret not in cleaned
    assert "[REDACTED]" in cleaned


def test_no_token_in_the_log_file_at_debug(log_file: Path) -> None:
    logging.getLogger("requests_oauthlib.oauth2_session").warning(
        "Obtained token %s.", {"access_token": ACCESS, "refresh_token": REFRESH})
    logging.getLogger("crmsync_gui.test").debug("refresh with %s", REFRESH)
    try:
        raise ValueError(f"refused: {ACCESS}")
    except ValueError:
        logging.getLogger("crmsync_gui.test").exception("sign-in failed")
    text = log_file.read_text()
    assert "sign-in failed" in text and "refresh with" in text
    assert ACCESS not in text and REFRESH not in text


def test_oauth_library_debug_lines_are_held_back(log_file: Path) -> None:
    logging.getLogger("requests_oauthlib.oauth2_session").debug("Token request body: x")
    logging.getLogger("oauthlib.oauth2.rfc6749").debug("debug noise")
    assert "Token request body" not in log_file.read_text()
    assert logging.getLogger("requests_oauthlib").level == logging.WARNING


def test_setup_twice_does_not_duplicate_lines(tmp_path: Path, log_file: Path) -> None:
    handler = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    try:
        logging.getLogger("crmsync_gui.test").info("once")
        assert log_file.read_text().count("once") == 1
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
