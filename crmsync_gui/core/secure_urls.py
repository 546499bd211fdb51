"""Which addresses may carry a secret (SPEC R-SEC, R-G5).

A refresh token, a client secret, an authorization code or an access token is sent only
over https, or over plain http to this computer (the sandbox): 127.0.0.0/8, ::1 and
``localhost``. One rule, used when the configuration is loaded and again by the
transports just before they connect.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse

LOOPBACK_NAMES = ("localhost",)
# A host name, an IPv4 address or a bracketed IPv6 address, then an optional port: the
# only shapes every HTTP library reads alike ("[::1]evil" is ::1 to urllib.parse and a
# name to http.client).
_PLAIN_NETLOC = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?")


def is_loopback_host(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host(url: str) -> str | None:
    """The host of an absolute URL that is unambiguous to every HTTP library we use.

    Userinfo, backslashes, whitespace and control characters are refused: parsers
    disagree on where such a host ends ("http://evil\\@127.0.0.1/"), and no Google address
    needs them.
    """
    if any(ch in url for ch in "\\ \t\r\n") or any(ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 — raises ValueError on a port that is not a number
    except ValueError:
        return None
    if "@" in parts.netloc or not parts.hostname or not _PLAIN_NETLOC.fullmatch(parts.netloc):
        return None
    return parts.hostname


def is_loopback_http(url: str) -> bool:
    """Plain http to this computer."""
    host = _host(url)
    return (host is not None and urllib.parse.urlsplit(url).scheme == "http"
            and is_loopback_host(host))


def may_carry_secrets(url: str) -> bool:
    """True for https, and for http on a loopback address; False for anything else."""
    host = _host(url)
    if host is None:
        return False
    scheme = urllib.parse.urlsplit(url).scheme
    return scheme == "https" or (scheme == "http" and is_loopback_host(host))
