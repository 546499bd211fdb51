"""The sandbox answers programs on this machine, not web pages (DNS rebinding, cross-site).

Requests are sent over real HTTP with hand-set ``Host`` and ``Origin`` headers, as a
browser tricked by a web page would send them.
"""

from __future__ import annotations

import http.client
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from crmsync_gui.sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, SandboxServer
from crmsync_gui.sandbox.testing import person

EVIL = "http://evil.example"
Reply = tuple[int, dict[str, str], bytes]


def _send(sandbox: SandboxServer, verb: str, path: str, *, host: str | None = "own",
          origin: str | None = None, body: bytes | None = None,
          headers: dict[str, str] | None = None) -> Reply:
    """One request on a fresh connection; ``host=None`` sends no Host header at all."""
    conn = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=5)
    try:
        conn.putrequest(verb, path, skip_host=True, skip_accept_encoding=True)
        if host is not None:
            conn.putheader("Host", f"127.0.0.1:{sandbox.port}" if host == "own" else host)
        if origin is not None:
            conn.putheader("Origin", origin)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        conn.putheader("Content-Length", str(len(body or b"")))
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def _refused(reply: Reply, header: str) -> bool:
    status, _, body = reply
    if status != 403:
        return False
    error = json.loads(body)["error"]
    return error["status"] == "PERMISSION_DENIED" and header in error["message"]


def _own_origins(port: int) -> list[str]:
    return [f"http://127.0.0.1:{port}", f"http://localhost:{port}", f"http://[::1]:{port}"]


def _requests(sandbox: SandboxServer) -> list[tuple[str, str, bytes | None, dict[str, str]]]:
    """One request per kind of endpoint, each one the sandbox would answer with 200."""
    access = sandbox.admin.issue_tokens()["access_token"]
    refresh = sandbox.admin.issue_tokens()["refresh_token"]
    token_form = urlencode({"grant_type": "refresh_token", "refresh_token": refresh,
                            "client_id": DEFAULT_CLIENT_ID,
                            "client_secret": DEFAULT_CLIENT_SECRET}).encode()
    return [
        ("GET", "/v1/people/me/connections?personFields=names", None,
         {"Authorization": f"Bearer {access}"}),
        ("GET", "/__admin/state", None, {}),
        ("POST", "/__admin/contacts", json.dumps({"contacts": [person("Eve")]}).encode(),
         {"Content-Type": "application/json"}),
        ("POST", "/o/oauth2/token", token_form,
         {"Content-Type": "application/x-www-form-urlencoded"}),
        ("POST", "/token", token_form, {"Content-Type": "application/x-www-form-urlencoded"}),
    ]


def test_only_loopback_names_with_its_own_port_reach_the_sandbox(
        sandbox: SandboxServer) -> None:
    port = sandbox.port
    expected = {f"127.0.0.1:{port}": 200, f"localhost:{port}": 200, f"LocalHost:{port}": 200,
                f"[::1]:{port}": 200, f"evil.example:{port}": 403, "evil.example": 403,
                f"127.0.0.1:{port + 1}": 403, f"localhost:{port + 1}": 403, "127.0.0.1": 403,
                f"127.0.0.1.evil.example:{port}": 403, f"192.168.1.10:{port}": 403, None: 403}
    requests = _requests(sandbox)
    got = {}
    for host in expected:
        for verb, path, body, headers in requests:
            reply = _send(sandbox, verb, path, host=host, body=body, headers=headers)
            got[host, path] = 403 if _refused(reply, "Host") else reply[0]
    assert got == {(host, path): status for host, status in expected.items()
                   for _, path, _, _ in requests}


def test_two_host_headers_are_refused(sandbox: SandboxServer) -> None:
    port = sandbox.port
    reply = _send(sandbox, "GET", "/__admin/state",
                  headers={"Host": f"evil.example:{port}"})
    assert _refused(reply, "Host")


def test_foreign_origin_changes_nothing(sandbox: SandboxServer) -> None:
    port = sandbox.port
    sandbox.admin.seed_contacts([person("Alice")])
    before, contacts = sandbox.admin.state(), sandbox.admin.dump()
    calls = [("POST", "/__admin/contacts", {"contacts": [person("Eve")]}),
             ("POST", "/__admin/reset", {"tokens": True, "clock": True}),
             ("POST", "/__admin/auto_approve", {"enabled": True}),
             ("POST", "/__admin/faults", {"drop_probability": 1.0}),
             ("POST", "/__admin/clock/advance", {"seconds": 86400})]
    foreign = [EVIL, f"http://evil.example:{port}", "null", f"https://127.0.0.1:{port}",
               f"http://127.0.0.1:{port + 1}", f"http://localhost:{port + 1}"]
    for origin in foreign:
        for verb, path, body in calls:
            reply = _send(sandbox, verb, path, origin=origin, body=json.dumps(body).encode(),
                          headers={"Content-Type": "application/json"})
            assert _refused(reply, "Origin"), (origin, path, reply)
    assert sandbox.admin.dump() == contacts
    assert sandbox.admin.state() == before


def test_api_and_token_endpoints_answer_only_their_own_origin(
        sandbox: SandboxServer) -> None:
    for verb, path, body, headers in _requests(sandbox):
        reply = _send(sandbox, verb, path, origin=EVIL, body=body, headers=headers)
        assert _refused(reply, "Origin"), (path, reply)
    # Revoking from another site leaves the grant working.
    tokens = sandbox.admin.issue_tokens()
    form = urlencode({"token": tokens["refresh_token"]}).encode()
    for path in ("/o/oauth2/revoke", "/revoke"):
        assert _refused(_send(sandbox, "POST", path, origin=EVIL, body=form), "Origin")
    status, _, _ = _send(sandbox, "GET", "/v1/people/me/connections?personFields=names",
                         headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert status == 200
    # Command-line clients send no Origin; the sandbox's own pages send its own.
    for origin in [None, *_own_origins(sandbox.port)]:
        for verb, path, body, headers in _requests(sandbox):
            status, _, reply = _send(sandbox, verb, path, origin=origin, body=body,
                                     headers=headers)
            assert status == 200, (origin, path, reply)


def _consent_page(sandbox: SandboxServer) -> tuple[str, str]:
    """Open the consent page as a browser; the form's (method, request id)."""
    query = urlencode({"client_id": DEFAULT_CLIENT_ID, "redirect_uri": "http://localhost:8765/",
                       "response_type": "code", "scope": "openid", "state": "st",
                       "code_challenge": "c" * 43, "code_challenge_method": "S256"})
    status, _, page = _send(sandbox, "GET", f"/o/oauth2/auth?{query}")
    assert status == 200
    form = re.search(r"<form method='(\w+)' action='/o/oauth2/consent'>", page.decode())
    rid = re.search(r"name='request' value='([^']+)'", page.decode())
    assert form and rid
    return form.group(1), rid.group(1)


def _click(sandbox: SandboxServer, rid: str, origin: str) -> Reply:
    return _send(sandbox, "POST", "/o/oauth2/consent", origin=origin,
                 body=urlencode({"request": rid, "decision": "allow"}).encode(),
                 headers={"Content-Type": "application/x-www-form-urlencoded"})


def test_consent_form_posts_from_its_own_page(sandbox: SandboxServer) -> None:
    method, rid = _consent_page(sandbox)
    assert method == "post"  # so the browser sends its Origin with the answer
    # Another site cannot click "Allow" for the user; the request stays pending.
    assert _refused(_click(sandbox, rid, EVIL), "Origin")
    status, headers, _ = _click(sandbox, rid, f"http://127.0.0.1:{sandbox.port}")
    assert status == 302
    params: dict[str, Any] = parse_qs(urlsplit(headers["Location"]).query)
    assert params["state"] == ["st"] and params["code"]
    for origin in _own_origins(sandbox.port)[1:]:
        _, rid = _consent_page(sandbox)
        assert _click(sandbox, rid, origin)[0] == 302
