"""Run inside a private network namespace: does any secret reach a non-loopback host?

``python leak_probe.py OUT.json`` expects to run where 192.0.2.10 is an address of this
namespace's own ``lo`` (tests/google/test_secrets_stay_local.py sets that up with
``unshare``). A capture server listens there and records every connection; a sandbox
on 127.0.0.1 plays Google. Each scenario points one Google address at the capture
server, the way a user (or a bad settings file) would, and runs the real thing: the
``crmsync`` CLI in its own process, or the sign-in flow twice in this one. The result
is written as JSON for the test to judge; nothing is judged here.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import traceback
import urllib.request
from pathlib import Path
from typing import Any

CAPTURE_HOST = "192.0.2.10"
BROWSER = Path(__file__).with_name("browser.py")


class CaptureServer:
    """Accepts any TCP connection and keeps what it received."""

    def __init__(self) -> None:
        self.socket = socket.create_server((CAPTURE_HOST, 0))
        self.port = self.socket.getsockname()[1]
        self.received: list[bytes] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://{CAPTURE_HOST}:{self.port}"

    def _serve(self) -> None:
        while True:
            connection, _ = self.socket.accept()
            threading.Thread(target=self._read, args=(connection,), daemon=True).start()

    def _read(self, connection: socket.socket) -> None:
        # Recorded before answering: once a client has its answer, ``take`` sees it.
        connection.settimeout(2)
        data = b""
        with connection:
            try:
                while chunk := connection.recv(65536):
                    data += chunk
                    if b"\r\n\r\n" in data:
                        break
            except OSError:
                pass
            with self._lock:
                self.received.append(data)
            with contextlib.suppress(OSError):
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                   b"Content-Type: application/json\r\n\r\n{}")

    def take(self) -> list[str]:
        with self._lock:
            taken, self.received = self.received, []
        return [item.decode("latin-1") for item in taken]


def cli(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "crmsync_gui.cli.main", *args], env=env,
                          capture_output=True, text=True, timeout=90, check=False)
    return {"rc": done.returncode, "stdout": done.stdout, "stderr": done.stderr}


def main(out: Path) -> None:
    from crmsync_gui.google.auth import (
        ENV_API_ENDPOINT,
        ENV_TOKEN_URI,
        GoogleConfig,
        SignInFlow,
        check_refresh,
        credentials_from_refresh_token,
        revoke,
    )
    from crmsync_gui.google.people import PeopleApi
    from crmsync_gui.google.secure_transport import InsecureAddress
    from crmsync_gui.sandbox import SandboxServer, follow_consent
    from crmsync_gui.sandbox.testing import client_env

    capture = CaptureServer()
    result: dict[str, Any] = {"capture": capture.url}
    # The capture server is reachable: "it received nothing" below means something.
    with urllib.request.urlopen(f"{capture.url}/control", timeout=5):
        pass
    result["control"] = capture.take()

    root = Path(tempfile.mkdtemp(prefix="leak-probe-"))
    with SandboxServer(port=0) as sandbox:
        sandbox.admin.set_account("sub-7", "gerant@atelier.fr")
        env = client_env(sandbox.url, root, BROWSER)
        result["login"] = cli(["login", "--timeout", "30"], env)
        evil_token = f"{capture.url}/token"
        runs: dict[str, Any] = {}
        for command in (["preview"], ["sync", "--yes"], ["logout"],
                        ["login", "--timeout", "10"]):
            name = " ".join(command)
            for kind, variable, value in (("token-env", ENV_TOKEN_URI, evil_token),
                                          ("api-env", ENV_API_ENDPOINT, capture.url)):
                runs[f"{kind} {name}"] = cli(command, {**env, variable: value})
                if command == ["logout"]:  # signed out: sign in again for what follows
                    runs[f"{kind} {name}, signed in again"] = cli(
                        ["login", "--timeout", "30"], env)
        settings = root / "home" / "settings.json"
        settings.write_text(json.dumps({"google_token_uri": evil_token}), encoding="utf-8")
        env_without_endpoint = {k: v for k, v in env.items() if k != ENV_API_ENDPOINT}
        runs["token-settings preview"] = cli(["preview"], env_without_endpoint)
        runs["token-settings status"] = cli(["status"], env_without_endpoint)
        settings.unlink()
        runs["after, preview"] = cli(["preview"], env)
        # A proxy in the environment (a firm's, or a hostile one) must not see what plain
        # http to this computer carries. The stand-in browser itself goes direct.
        proxied = {**env, "HTTP_PROXY": capture.url, "http_proxy": capture.url,
                   "BROWSER": f"env -u HTTP_PROXY -u http_proxy {env['BROWSER']}"}
        runs["after, proxy preview"] = cli(["preview"], proxied)
        runs["after, proxy sync --yes"] = cli(["sync", "--yes"], proxied)
        runs["after, proxy logout"] = cli(["logout"], proxied)
        runs["after, proxy login"] = cli(["login", "--timeout", "30"], proxied)
        result["runs"] = runs
        result["captured_by_cli"] = capture.take()

        # The guards under the configuration check, called directly as a bug elsewhere
        # could: a config built by hand with the capture server's addresses.
        installed = sandbox.client_config()["installed"]
        safe = GoogleConfig(installed["client_id"], installed["client_secret"],
                            auth_uri=installed["auth_uri"], token_uri=installed["token_uri"],
                            revoke_uri=installed["revoke_uri"], api_endpoint=sandbox.url)
        unsafe = GoogleConfig(safe.client_id, safe.client_secret, auth_uri=safe.auth_uri,
                              token_uri=evil_token, revoke_uri=f"{capture.url}/revoke",
                              api_endpoint=capture.url)
        refresh_token = sandbox.admin.issue_tokens()["refresh_token"]
        guards: dict[str, str] = {}

        def attempt(name: str, call: Any) -> None:
            try:
                call()
                guards[name] = "sent"
            except InsecureAddress as error:
                guards[name] = f"refused: {error.message}"
            except Exception as error:  # anything else is a finding too
                guards[name] = f"{type(error).__name__}: {error}"

        def hand_built_credentials(token_uri: str) -> Any:
            credentials = credentials_from_refresh_token(safe, refresh_token)
            credentials._token_uri = token_uri  # as a stale or tampered object would hold
            return credentials

        attempt("refresh", lambda: check_refresh(hand_built_credentials(evil_token)))
        attempt("api call", lambda: PeopleApi(
            hand_built_credentials(safe.token_uri), capture.url).read_connections())
        attempt("api refresh", lambda: PeopleApi(
            hand_built_credentials(evil_token), sandbox.url).read_connections())
        attempt("revoke", lambda: revoke(unsafe, refresh_token))

        # Two sign-ins in one process (the window's "sign in again"): the first one to
        # the sandbox, the second with the code exchange pointed at the capture server.
        def approve(url: str) -> bool:
            def visit() -> None:
                try:
                    with urllib.request.urlopen(follow_consent(url, approve=True),
                                                timeout=10):
                        pass
                except OSError:
                    pass
            threading.Thread(target=visit, daemon=True).start()
            return True

        first = SignInFlow(safe, open_url=approve, timeout=20).run()
        result["first_sign_in"] = first.email
        result["insecure_transport_after_sign_in"] = os.environ.get(
            "OAUTHLIB_INSECURE_TRANSPORT")
        second_config = GoogleConfig(safe.client_id, safe.client_secret,
                                     auth_uri=safe.auth_uri, token_uri=evil_token,
                                     revoke_uri=safe.revoke_uri, api_endpoint=sandbox.url)
        attempt("second sign-in", lambda: SignInFlow(second_config, open_url=approve,
                                                     timeout=20).run())
        # Past the flow's own check, with oauthlib's https rule lifted as the old code left
        # it after a first sign-in: the guarded session must still refuse the exchange.
        os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
        attempt("second sign-in, code exchange", lambda: SignInFlow(
            second_config, open_url=approve, timeout=20)._run())
        del os.environ["OAUTHLIB_INSECURE_TRANSPORT"]
        result["guards"] = guards
        result["captured_in_process"] = capture.take()
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    try:
        main(target)
    except BaseException:
        target.write_text(json.dumps({"crash": traceback.format_exc()}), encoding="utf-8")
        raise
