"""Transports that refuse to carry a secret anywhere but https or this computer (R-SEC).

The configuration is checked when it is loaded (``load_google_config``); these guards
check again just before connecting, on every request and every redirect, because the
libraries do not: google-auth refreshes a token over plain http to any host (it ignores
``OAUTHLIB_INSECURE_TRANSPORT``), and httplib2 sends ``Authorization: Bearer`` wherever
the endpoint points.

- ``SecureHttp``: the httplib2 connection under googleapiclient and google-auth-httplib2
  (People API calls, batches, and the token refreshes they trigger).
- ``secure_requests.secure_requests_session``: a requests session for google-auth's own
  refresh and for the sign-in's code exchange (requests_oauthlib). In its own module:
  requests costs ~0.1 s to import, and a sync needs none of it (SPEC §3).
- ``loopback_oauth_transport``: ``OAUTHLIB_INSECURE_TRANSPORT`` set only around a
  sign-in whose every address is loopback, and put back afterwards.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import socket
import threading
import urllib.parse
from collections.abc import Iterable, Iterator
from typing import Any

import httplib2

from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.secure_urls import is_loopback_host, is_loopback_http, may_carry_secrets
from crmsync_gui.google.errors import GoogleError

INSECURE_TRANSPORT_VARIABLE = "OAUTHLIB_INSECURE_TRANSPORT"


class InsecureAddress(GoogleError):
    """A Google address that would carry a secret in clear text: nothing is sent."""

    title = "Unsafe Google address"


def refuse_unless_safe(url: str) -> None:
    if not may_carry_secrets(url) or not _names_this_computer_truly(url):
        raise InsecureAddress(Reason.of(ReasonCode.INSECURE_REQUEST_REFUSED,
                                        url=_shown(url)), "refused before connecting")


def _names_this_computer_truly(url: str) -> bool:
    """Plain http to ``localhost`` is safe only where the name means this computer: a
    container without it in /etc/hosts may ask DNS, which can answer anything."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or (parts.hostname or "").lower() != "localhost":
        return True
    return _localhost_is_loopback()


@functools.lru_cache(maxsize=1)
def _localhost_is_loopback() -> bool:
    try:
        found = socket.getaddrinfo("localhost", None)
    except OSError:
        return False
    return bool(found) and all(is_loopback_host(str(address[4][0]).split("%")[0])
                               for address in found)


def _shown(url: str) -> str:
    # Scheme, host, port and path: never userinfo, query or fragment, where a user may
    # have pasted a secret.
    parts = urllib.parse.urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


# People API calls that make contacts: never sent twice by the transport on its own.
_CREATE_CALLS = re.compile(r"/v1/people:(batchCreateContacts|createContact)\b")


class SecureHttp(httplib2.Http):
    """httplib2 that refuses an unsafe address before connecting, redirects included
    (httplib2 follows a redirect by calling ``request`` again), and that reaches this
    computer directly: a proxy from the environment would otherwise receive in clear
    text what plain http to loopback carries (the sandbox's tokens)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._direct: SecureHttp | None = None

    def request(self, uri: str, method: str = "GET", body: Any = None,
                headers: Any = None, redirections: int = httplib2.DEFAULT_MAX_REDIRECTS,
                connection_type: Any = None) -> Any:
        refuse_unless_safe(uri)
        if self.proxy_info is not None and is_loopback_http(uri):
            if self._direct is None:
                self._direct = SecureHttp(timeout=self.timeout, proxy_info=None)
            return self._direct.request(uri, method=method, body=body, headers=headers,
                                        redirections=redirections,
                                        connection_type=connection_type)
        return super().request(uri, method=method, body=body, headers=headers,
                               redirections=redirections, connection_type=connection_type)

    def _conn_request(self, conn: Any, request_uri: str, method: str, body: Any,
                      headers: Any) -> Any:
        """A create goes out once, on a fresh connection. httplib2 sends a request again
        by itself when its answer is cut off (it takes that for a stale kept-alive
        connection): for a create that makes the contact twice whenever Google applied
        it and the answer was lost. With a fresh connection a cut answer is exactly
        that, and the engine finds the contacts by their tag instead (R-G3)."""
        if method != "POST" or not _CREATE_CALLS.search(request_uri):
            return super()._conn_request(conn, request_uri, method, body, headers)
        conn.close()
        try:
            conn.connect()
            conn.request(method, request_uri, body, headers)
            answer = conn.getresponse()
            content = answer.read()
        except BaseException:
            conn.close()
            raise
        response = httplib2.Response(answer)
        # The one step of httplib2's own answer handling this leaves out: gzip.
        return response, httplib2._decompressContent(response, content, self.limit_kwargs)


# The variable is process-wide: overlapping loopback sign-ins share one setting, put
# back when the last one ends.
_insecure_transport_lock = threading.Lock()
_insecure_transport_users = 0
_insecure_transport_previous: str | None = None


@contextlib.contextmanager
def loopback_oauth_transport(urls: Iterable[str]) -> Iterator[None]:
    """Check every address of a sign-in; lift oauthlib's https rule only when
    all of them are this computer (the sandbox), and only for the duration of the block.
    """
    urls = list(urls)
    for url in urls:
        refuse_unless_safe(url)
    if not all(is_loopback_http(url) for url in urls):
        yield
        return
    global _insecure_transport_users, _insecure_transport_previous
    with _insecure_transport_lock:
        if _insecure_transport_users == 0:
            _insecure_transport_previous = os.environ.get(INSECURE_TRANSPORT_VARIABLE)
            os.environ[INSECURE_TRANSPORT_VARIABLE] = "1"
        _insecure_transport_users += 1
    try:
        yield
    finally:
        with _insecure_transport_lock:
            _insecure_transport_users -= 1
            if _insecure_transport_users == 0:
                if _insecure_transport_previous is None:
                    os.environ.pop(INSECURE_TRANSPORT_VARIABLE, None)
                else:
                    os.environ[INSECURE_TRANSPORT_VARIABLE] = _insecure_transport_previous
