"""Clients of a running sandbox (any process): admin API, OAuth helpers.

Standard library only (``urllib``) so test helpers and other processes need nothing
else.  Never point these at anything but a loopback sandbox URL.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

from .oauth import CONTACTS, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, SCOPE_ALIASES

DEFAULT_SCOPES = ["openid", SCOPE_ALIASES["email"], CONTACTS]


def _check_loopback(url: str) -> str:
    host = urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost"):
        raise ValueError(f"sandbox URLs are loopback only, not {url!r}")
    return url.rstrip("/")


def client_config(url: str, client_id: str = DEFAULT_CLIENT_ID,
                  client_secret: str = DEFAULT_CLIENT_SECRET) -> dict[str, Any]:
    """A client secrets dict ("installed" app) whose endpoints are the sandbox's."""
    url = _check_loopback(url)
    return {"installed": {
        "client_id": client_id,
        "project_id": "crmsync-sandbox",
        "auth_uri": f"{url}/o/oauth2/auth",
        "token_uri": f"{url}/o/oauth2/token",
        "revoke_uri": f"{url}/o/oauth2/revoke",
        "auth_provider_x509_cert_url": f"{url}/oauth2/v1/certs",
        "client_secret": client_secret,
        "redirect_uris": ["http://localhost"],
    }}


def write_client_secrets(path: str | os.PathLike[str], url: str,
                         client_id: str = DEFAULT_CLIENT_ID,
                         client_secret: str = DEFAULT_CLIENT_SECRET) -> Path:
    p = Path(path)
    p.write_text(json.dumps(client_config(url, client_id, client_secret), indent=2),
                 encoding="utf-8")
    return p


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # let the 302 surface as an HTTPError we can read


class AdminError(RuntimeError):
    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"sandbox admin error {status}: {body}")
        self.status = status
        self.body = body


class SandboxAdmin:
    """HTTP client of ``/__admin/`` (same methods as the in-process ``AdminOps``)."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        self.url = _check_loopback(url)
        self.timeout = timeout

    def _call(self, verb: str, path: str, body: Any = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.url}/__admin/{path}", data=data, method=verb,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as err:
            raw = err.read()
            try:
                parsed = json.loads(raw)
            except ValueError:
                parsed = raw.decode("utf-8", "replace")
            raise AdminError(err.code, parsed) from None

    def state(self) -> dict[str, Any]:
        return self._call("GET", "state")

    def counts(self) -> dict[str, int]:
        return self._call("GET", "counts")

    def reset_counts(self) -> dict[str, int]:
        return self._call("DELETE", "counts")

    def set_faults(self, **changes: Any) -> dict[str, Any]:
        return self._call("POST", "faults", changes)

    def fault_counts(self) -> dict[str, int]:
        """Faults that actually fired, by kind (see ``faults.py``)."""
        return self._call("GET", "faults/counts")

    def reset_fault_counts(self) -> dict[str, int]:
        return self._call("DELETE", "faults/counts")

    def advance_clock(self, seconds: float) -> dict[str, Any]:
        return self._call("POST", "clock/advance", {"seconds": seconds})

    def reset(self, tokens: bool = False, clock: bool = False) -> dict[str, Any]:
        return self._call("POST", "reset", {"tokens": tokens, "clock": clock})

    def set_account(self, sub: str, email: str, name: str = "") -> dict[str, Any]:
        return self._call("POST", "accounts", {"sub": sub, "email": email, "name": name})

    def seed_contacts(self, contacts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return self._call("POST", "contacts", {"contacts": contacts})["contacts"]

    def get_contact(self, contact: str) -> dict[str, Any]:
        return self._call("GET", f"contacts/{contact}")

    def patch_contact(self, contact: str, person: dict[str, Any]) -> dict[str, Any]:
        return self._call("PATCH", f"contacts/{contact}", person)

    def delete_contact(self, contact: str) -> dict[str, Any]:
        return self._call("DELETE", f"contacts/{contact}")

    def dump(self) -> dict[str, Any]:
        return self._call("GET", "contacts")

    def create_group(self, name: str) -> dict[str, Any]:
        return self._call("POST", "groups", {"name": name})

    def delete_group(self, name: str) -> dict[str, Any]:
        return self._call("POST", "groups/delete", {"name": name})

    def rename_group(self, name: str, new_name: str) -> dict[str, Any]:
        return self._call("POST", "groups/rename", {"name": name, "new_name": new_name})

    def set_auto_approve(self, enabled: bool) -> dict[str, Any]:
        return self._call("POST", "auto_approve", {"enabled": enabled})

    def set_token_outage(self, enabled: bool) -> dict[str, Any]:
        return self._call("POST", "token_outage", {"enabled": enabled})

    def issue_tokens(self, scopes: list[str] | None = None) -> dict[str, Any]:
        return self._call("POST", "tokens", {"scopes": scopes})

    def expire_access_tokens(self) -> dict[str, Any]:
        return self._call("POST", "tokens/expire", {})

    def flush(self) -> dict[str, Any]:
        return self._call("POST", "flush", {})

    def set_config(self, max_contacts: int | None = None,
                   sync_token_ttl_s: float | None = None) -> dict[str, Any]:
        return self._call("POST", "config", {"max_contacts": max_contacts,
                                             "sync_token_ttl_s": sync_token_ttl_s})


def obtain_tokens(url: str, scopes: list[str] | None = None,
                  client_id: str = DEFAULT_CLIENT_ID,
                  client_secret: str = DEFAULT_CLIENT_SECRET,
                  redirect_uri: str = "http://127.0.0.1:1/") -> dict[str, Any]:
    """Run the whole code flow (PKCE) over HTTP like a browser that clicks "Allow".

    The redirect is read, not followed, so nothing needs to listen on
    ``redirect_uri``.  Returns the token endpoint's JSON.
    """
    url = _check_loopback(url)
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(
        hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    state = secrets.token_urlsafe(8)
    query = urlencode({"client_id": client_id, "redirect_uri": redirect_uri,
                       "response_type": "code", "scope": " ".join(scopes or DEFAULT_SCOPES),
                       "state": state, "code_challenge": challenge,
                       "code_challenge_method": "S256", "access_type": "offline"})
    location = follow_consent(f"{url}/o/oauth2/auth?{query}", approve=True)
    params = parse_qs(urlsplit(location).query)
    if "code" not in params or params.get("state") != [state]:
        raise RuntimeError(f"consent did not return a code: {location}")
    form = urlencode({"grant_type": "authorization_code", "code": params["code"][0],
                      "redirect_uri": redirect_uri, "code_verifier": verifier,
                      "client_id": client_id, "client_secret": client_secret}).encode()
    with urllib.request.urlopen(f"{url}/o/oauth2/token", data=form, timeout=10) as resp:
        return json.loads(resp.read())


def follow_consent(auth_url: str, approve: bool = True) -> str:
    """Open an authorization URL, click Allow/Deny if a consent page shows; return the
    redirect ``Location`` (the loopback URL with ``code`` or ``error``).

    The click posts the page's form with the ``Origin`` a browser sends (the
    sandbox's own), so the sandbox's cross-site guard is crossed as in real life."""
    _check_loopback(auth_url)
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(auth_url, timeout=10) as resp:
            page = resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        if err.code == 302:
            return err.headers["Location"]
        raise
    action = re.search(r"<form method='post' action='([^']+)'>", page)
    request = re.search(r"name='request' value='([^']+)'", page)
    if not action or not request:
        raise RuntimeError("no consent form on the page")
    parts = urlsplit(auth_url)
    form = urlencode({"request": request.group(1),
                      "decision": "allow" if approve else "deny"}).encode()
    click = urllib.request.Request(urljoin(auth_url, action.group(1)), data=form,
                                   headers={"Origin": f"{parts.scheme}://{parts.netloc}"})
    try:
        opener.open(click, timeout=10)
    except urllib.error.HTTPError as err:
        if err.code == 302:
            return err.headers["Location"]
        raise
    raise RuntimeError("consent did not redirect")
