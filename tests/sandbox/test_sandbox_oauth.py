"""OAuth endpoints, driven by the real google-auth-oauthlib Flow."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from google.auth.exceptions import RefreshError
from google.auth.transport.requests import Request
from google_auth_oauthlib.flow import Flow

from crmsync_gui.sandbox import (
    CONTACTS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    SandboxServer,
    follow_consent,
)
from crmsync_gui.sandbox.testing import build_people

SCOPES = ["openid", "https://www.googleapis.com/auth/userinfo.email", CONTACTS]


def _jwt_claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


@pytest.fixture
def redirect_target() -> Iterator[tuple[str, list[str]]]:
    """A loopback 'app' that records the redirect it receives (as run_local_server does)."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: Any) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/", seen
    httpd.shutdown()
    httpd.server_close()


def _revoke(url: str, token: str) -> int:
    data = urlencode({"token": token}).encode()
    try:
        with urllib.request.urlopen(f"{url}/o/oauth2/revoke", data=data, timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as err:
        return err.code


def test_code_flow_with_pkce_refresh_and_revoke(
        sandbox: SandboxServer, redirect_target: tuple[str, list[str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    redirect_uri, seen = redirect_target
    flow = Flow.from_client_config(sandbox.client_config(), scopes=SCOPES,
                                   redirect_uri=redirect_uri)
    auth_url, state = flow.authorization_url(access_type="offline", prompt="consent")
    assert auth_url.startswith(f"{sandbox.url}/o/oauth2/auth?")

    # The "browser": open the consent page, click Allow, follow the redirect home.
    page = urllib.request.urlopen(auth_url, timeout=5).read().decode()
    assert "Allow" in page and "Deny" in page
    allow = re.search(r"id='allow-link' href='([^']+)'", page).group(1).replace("&amp;", "&")
    urllib.request.urlopen(sandbox.url + allow, timeout=5).read()
    (path,) = seen
    params = parse_qs(urlsplit(path).query)
    assert params["state"] == [state] and params["code"]
    assert params["scope"] == [" ".join(SCOPES)]

    token = flow.fetch_token(authorization_response=redirect_uri.rstrip("/") + path)
    assert token["token_type"] == "Bearer" and token["expires_in"] == 3600
    assert token["scope"] == SCOPES
    creds = flow.credentials
    assert creds.refresh_token
    claims = _jwt_claims(creds.id_token)
    assert claims["aud"] == DEFAULT_CLIENT_ID
    assert claims["sub"] == sandbox.admin.state()["account"]["sub"]
    assert claims["email"] == "sandbox.user@example.com" and claims["email_verified"]
    assert claims["exp"] > claims["iat"]
    head, body, sig = creds.id_token.split(".")
    expected = hmac.new(DEFAULT_CLIENT_SECRET.encode(), f"{head}.{body}".encode(),
                        hashlib.sha256).digest()
    assert base64.urlsafe_b64decode(sig + "==") == expected

    people = build_people(sandbox.url, creds.token)
    people.people().connections().list(resourceName="people/me",
                                       personFields="names").execute()

    old = creds.token
    creds.refresh(Request())
    assert creds.token != old
    assert _revoke(sandbox.url, creds.refresh_token) == 200
    with pytest.raises(RefreshError) as exc:
        creds.refresh(Request())
    assert "invalid_grant" in str(exc.value)
    assert _revoke(sandbox.url, creds.refresh_token) == 400


def _token_request(url: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(f"{url}/o/oauth2/token",
                                    data=urlencode(form).encode(), timeout=5) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def _auth_url(url: str, challenge: str, **over: str) -> str:
    q = {"client_id": DEFAULT_CLIENT_ID, "redirect_uri": "http://localhost:8765/",
         "response_type": "code", "scope": " ".join(SCOPES), "state": "xyz",
         "code_challenge": challenge, "code_challenge_method": "S256", **over}
    return f"{url}/o/oauth2/auth?{urlencode(q)}"


def _challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode()[:-1]


def test_wrong_code_verifier_rejected(sandbox: SandboxServer) -> None:
    verifier = "v" * 50
    loc = follow_consent(_auth_url(sandbox.url, _challenge(verifier)))
    code = parse_qs(urlsplit(loc).query)["code"][0]
    form = {"grant_type": "authorization_code", "code": code,
            "redirect_uri": "http://localhost:8765/", "code_verifier": "w" * 50,
            "client_id": DEFAULT_CLIENT_ID, "client_secret": DEFAULT_CLIENT_SECRET}
    status, body = _token_request(sandbox.url, form)
    assert (status, body["error"]) == (400, "invalid_grant")
    # The code was used up by the failed attempt.
    status, body = _token_request(sandbox.url, {**form, "code_verifier": verifier})
    assert (status, body["error"]) == (400, "invalid_grant")
    # Wrong client secret.
    loc = follow_consent(_auth_url(sandbox.url, _challenge(verifier)))
    form["code"] = parse_qs(urlsplit(loc).query)["code"][0]
    status, body = _token_request(sandbox.url, {**form, "client_secret": "nope",
                                                "code_verifier": verifier})
    assert (status, body["error"]) == (401, "invalid_client")


def test_deny_and_auto_approve(sandbox: SandboxServer) -> None:
    loc = follow_consent(_auth_url(sandbox.url, _challenge("a" * 43)), approve=False)
    assert parse_qs(urlsplit(loc).query) == {"error": ["access_denied"], "state": ["xyz"]}
    sandbox.admin.set_auto_approve(True)
    opener = urllib.request.build_opener(_NoFollow)
    with pytest.raises(urllib.error.HTTPError) as exc:
        opener.open(_auth_url(sandbox.url, _challenge("a" * 43)), timeout=5)
    assert exc.value.code == 302
    assert "code=" in exc.value.headers["Location"]


class _NoFollow(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


@pytest.mark.parametrize("override, status", [
    ({"redirect_uri": "https://evil.example.com/"}, 400),
    ({"client_id": "unknown"}, 401),
    ({"code_challenge_method": "plain"}, 400),
    ({"response_type": "token"}, 400),
    ({"scope": "https://www.googleapis.com/auth/unknown"}, 400),
])
def test_bad_authorization_requests(sandbox: SandboxServer, override: dict[str, str],
                                    status: int) -> None:
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(_auth_url(sandbox.url, _challenge("b" * 43), **override),
                               timeout=5)
    assert exc.value.code == status


def test_short_scopes_come_back_long(sandbox: SandboxServer) -> None:
    sandbox.admin.set_auto_approve(True)
    loc = follow_consent(_auth_url(sandbox.url, _challenge("c" * 43),
                                   scope=f"openid email {CONTACTS}"))
    assert parse_qs(urlsplit(loc).query)["scope"] == [" ".join(SCOPES)]
