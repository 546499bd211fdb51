"""HTTP front of the sandbox: routing of /v1 (People API), /o/oauth2 and /__admin."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from . import api
from .admin import AdminOps
from .admin import handle as admin_handle
from .client import client_config, write_client_secrets
from .errors import (
    ApiError,
    OAuthError,
    invalid_argument,
    not_found,
    rate_limited,
    server_error,
)
from .faults import DROP, LOST_ANSWER, RATE_LIMIT, SERVER_ERROR, UNAUTHENTICATED, FaultInjector
from .guard import refusal
from .oauth import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, HtmlPage, Redirect
from .state import SandboxState

log = logging.getLogger(__name__)
LOOPBACK = "127.0.0.1"
_IDLE_TIMEOUT_S = 120


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr: tuple[str, int], state: SandboxState) -> None:
        self.state = state
        self.ops = AdminOps(state)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(addr, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that went away mid-answer (killed by a crash test, a cancelled
        # sign-in) is normal here; anything else is still printed.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_open_connections(self) -> None:
        """Cut kept-alive connections so no handler serves a stopped sandbox."""
        with self._open_lock:
            conns = list(self._open)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as httplib2 expects
    server: _HTTPServer
    timeout = _IDLE_TIMEOUT_S
    verb = "GET"  # the HTTP method, after X-HTTP-Method-Override

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PATCH = do_PUT = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s - %s", self.address_string(), format % args)

    # ---------------------------------------------------------------- dispatch
    def _dispatch(self) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""  # read even if refused: keep-alive
        refused = refusal(self.headers.get_all("Host") or [],
                          self.headers.get_all("Origin") or [], self.server.server_address[1])
        if refused is not None:
            log.warning("sandbox refused %s %s: %s", self.command, path, refused.message)
            self._json(refused.code, refused.body())
            return
        self.verb = self.command
        override = self.headers.get("X-HTTP-Method-Override")
        if self.command == "POST" and override and path.startswith("/v1/"):
            # google-api-python-client turns GETs with URIs > 2 KB into a POST with
            # this header and the query string as a form body.
            self.verb = override.upper()
            for k, v in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items():
                query.setdefault(k, []).extend(v)
            raw = b""
        try:
            if path.startswith("/__admin/"):
                self._admin(path, raw)
            elif path.startswith("/o/oauth2/") or path in ("/token", "/revoke"):
                self._oauth(path, query, raw)
            elif path.startswith("/v1/"):
                self._api(path, query, raw)
            else:
                self._json(404, not_found(f"No such path: {path}").body())
        except ConnectionError:
            raise  # the client went away (killed mid-request): handle_error ignores it
        except Exception as exc:  # a sandbox bug must answer, not hang the client
            log.exception("sandbox error on %s %s", self.command, path)
            self._json(500, {"error": {"code": 500, "message": f"sandbox bug: {exc!r}",
                                       "status": "INTERNAL"}})

    def _api(self, path: str, query: dict[str, list[str]], raw: bytes) -> None:
        state = self.server.state
        found = api.route(self.verb, path)
        if found is None:
            self._json(404, not_found(f"Method not found: {self.verb} {path}").body())
            return
        name, write, fn, match = found
        with state.lock:
            state.counts[name] += 1
        faults: FaultInjector = state.faults
        delay = faults.latency_s(name)
        if delay:
            time.sleep(delay)
        fault = faults.decide(name)
        if fault == DROP:
            self._drop()
            return
        try:
            if fault == RATE_LIMIT:
                raise rate_limited(faults.config.retry_after_s, name)
            if fault == SERVER_ERROR:
                raise server_error(faults.config.server_error_code)
            refused = faults.refuses(name, raw) if write else None
            if refused is not None:
                raise invalid_argument(f"Invalid value in the request: {refused!r}.")
            if write and faults.before_write is not None:
                faults.before_write(name)
            if faults.take_concurrent_edit(name):
                with state.lock:
                    state.store.touch_named(state.store.active, raw, state.now())
            with state.lock:
                result = api.call(state, name, write, fn, match, query,
                                  self.headers.get("Authorization"), raw)
        except ApiError as err:
            if err.code == 401:
                # An expired (or missing) access token: counted with the faults so a
                # soak can see that expiring tokens really made clients refresh.
                faults.record(UNAUTHENTICATED)
            if fault == LOST_ANSWER:
                # The network loses an error answer as readily as a success.
                self._drop()
                return
            self._json(err.code, err.body(), err.headers)
            return
        if fault == LOST_ANSWER:
            # The call ran to the end (a write is applied and saved): only the answer is
            # lost, as when Google applied it and the connection broke on the way back.
            self._drop()
            return
        answer = faults.malform(name, result)
        if isinstance(answer, bytes):  # not JSON at all (a proxy's page)
            self._send(200, answer, "text/html; charset=utf-8")
        else:
            self._json(200, answer)

    def _oauth(self, path: str, query: dict[str, list[str]], raw: bytes) -> None:
        state = self.server.state
        q = {k: v[0] for k, v in query.items()}
        endpoint = path.rstrip("/").rsplit("/", 1)[-1]
        with state.lock:
            state.counts[f"oauth2.{endpoint}"] += 1
            now = state.now()
            form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace"),
                                                 keep_blank_values=True).items()}
            # The consent page's form posts back here (the links answer by GET).
            if ((endpoint == "auth" and self.command == "GET")
                    or (endpoint == "consent" and self.command in ("GET", "POST"))):
                answer = (state.oauth.authorize(q, now) if endpoint == "auth"
                          else state.oauth.consent({**q, **form}, now))
                state.save()
                if isinstance(answer, Redirect):
                    self._send(302, b"", "text/html", {"Location": answer.location})
                else:
                    assert isinstance(answer, HtmlPage)
                    self._send(answer.status, answer.body.encode(), "text/html; charset=utf-8")
                return
            try:
                if endpoint == "token" and self.command == "POST":
                    result: dict[str, Any] = state.oauth.token(
                        form, self.headers.get("Authorization"), now)
                elif endpoint == "revoke" and self.command in ("POST", "GET"):
                    state.oauth.revoke(form.get("token") or q.get("token", ""))
                    result = {}
                else:
                    self._json(404, {"error": "not_found", "error_description": path})
                    return
                state.save()
            except OAuthError as err:
                state.save()  # a failed code exchange still consumed the code
                self._json(err.status, err.body())
                return
        self._json(200, result, {"Cache-Control": "no-cache, no-store, max-age=0",
                                 "Pragma": "no-cache"})

    def _admin(self, path: str, raw: bytes) -> None:
        try:
            result = admin_handle(self.server.ops, self.command, path, raw)
        except KeyError as exc:
            self._json(404, {"error": {"code": 404, "status": "NOT_FOUND",
                                       "message": f"unknown admin route: {exc}"}})
            return
        except ApiError as err:
            self._json(err.code, err.body())
            return
        except (ValueError, TypeError) as exc:
            self._json(400, {"error": {"code": 400, "status": "INVALID_ARGUMENT",
                                       "message": str(exc)}})
            return
        self._json(200, result)

    # ----------------------------------------------------------------- output
    def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self._send(status, data, "application/json; charset=UTF-8", headers)

    def _send(self, status: int, data: bytes, ctype: str,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _drop(self) -> None:
        """Close the socket without answering (a network failure, as the client sees it)."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


class SandboxServer:
    """The Google stand-in, in-process: ``with SandboxServer() as sb: sb.url``.

    Only ever binds 127.0.0.1 (anything else raises ``ValueError``): the sandbox has
    no authentication worth the name and must not be reachable from the network. For
    the same reason it refuses requests that web pages could send it (``guard.py``).
    """

    def __init__(self, port: int = 0, data_dir: str | os.PathLike[str] | None = None, *,
                 host: str = LOOPBACK, auto_approve: bool = False,
                 client_id: str = DEFAULT_CLIENT_ID,
                 client_secret: str = DEFAULT_CLIENT_SECRET,
                 follow_real_time: bool = False) -> None:
        if host != LOOPBACK:
            raise ValueError(f"the sandbox only listens on {LOOPBACK}, not {host!r}")
        self.host, self.requested_port = host, port
        self.state = SandboxState(data_dir, auto_approve, client_id, client_secret,
                                  follow_real_time)
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -------------------------------------------------------------- lifecycle
    def start(self) -> SandboxServer:
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self.host, self.requested_port), self.state)
        self._httpd.ops.url = self.url
        self.state.oauth.issuer = self.url
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.1},
                                        name=f"sandbox-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.close_open_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.state.flush()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # ------------------------------------------------------------- accessors
    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("sandbox not started")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def admin(self) -> AdminOps:
        """In-process admin operations (same methods as the HTTP ``SandboxAdmin``)."""
        return self._httpd.ops if self._httpd is not None else AdminOps(self.state)

    @property
    def faults(self) -> FaultInjector:
        return self.state.faults

    def client_config(self) -> dict[str, Any]:
        return client_config(self.url, self.state.oauth.client_id,
                             self.state.oauth.client_secret)

    def write_client_secrets(self, path: str | os.PathLike[str]) -> Path:
        return write_client_secrets(path, self.url, self.state.oauth.client_id,
                                    self.state.oauth.client_secret)
