"""Which addresses may carry a secret: https anywhere, plain http only to this computer."""

from __future__ import annotations

import pytest

from crmsync_gui.core.secure_urls import is_loopback_http, may_carry_secrets


@pytest.mark.parametrize("url", [
    "https://oauth2.googleapis.com/token",
    "https://people.googleapis.com",
    "HTTPS://people.googleapis.com/v1",
    "http://127.0.0.1:8765/o/oauth2/token",
    "http://127.8.9.10/token",
    "http://localhost:8765/token",
    "http://LOCALHOST/token",
    "http://[::1]:8765/token",
])
def test_https_or_this_computer_may_carry_secrets(url: str) -> None:
    assert may_carry_secrets(url)


@pytest.mark.parametrize("url", [
    "http://oauth2.googleapis.com/token",      # Google itself, but in clear text
    "http://192.0.2.10/token",
    "http://10.0.0.5:8765/token",
    "http://localhost.evil.example/token",     # a name that only starts like localhost
    "http://127.0.0.1.nip.io/token",
    "http://127.0.0.1@evil.example/token",     # userinfo: the host is evil.example
    "https://user:pass@oauth2.googleapis.com/token",
    "http://evil.example\\@127.0.0.1/token",   # parsers disagree on where this host ends
    "http://[::1]evil:8765/token",             # ::1 to urllib.parse, a name to http.client
    "http://[::1%25lo]:8765/token",            # a zone id
    "http://127.0.0.1:99999999/token",         # not a port
    "http:// 127.0.0.1/token",
    "ftp://127.0.0.1/token",
    "file:///etc/passwd",
    "//127.0.0.1/token",
    "127.0.0.1:8765",
    "",
])
def test_anything_else_may_not(url: str) -> None:
    assert not may_carry_secrets(url)


def test_loopback_http_is_only_plain_http_to_this_computer() -> None:
    assert is_loopback_http("http://127.0.0.1:1/x")
    assert not is_loopback_http("https://127.0.0.1:1/x")  # https needs no exemption
    assert not is_loopback_http("http://192.0.2.10/x")
