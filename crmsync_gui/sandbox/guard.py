"""Who may talk to the sandbox: programs on this machine, never a web page elsewhere.

The sandbox checks almost nothing (its admin API needs no token), and listening on
127.0.0.1 alone does not keep web pages out: by DNS rebinding a page on
``evil.example`` gets the browser to send its requests to 127.0.0.1 with
``Host: evil.example:PORT``, and any page can send a cross-site fetch or form POST
(with the page's ``Origin``) to the sandbox's port. So every request must name the
sandbox by a loopback name and its own port, and any ``Origin`` must be the sandbox's
own (its consent page posting back to itself). HTTP clients (httplib2, requests,
urllib) always send ``Host: 127.0.0.1:PORT`` and no ``Origin``.
"""

from __future__ import annotations

from .errors import ApiError

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
_SHOWN = 80  # characters of a refused header quoted back in the error message


def own_authorities(port: int) -> frozenset[str]:
    """The ``host:port`` forms that name this sandbox (lower case)."""
    names = {f"{name}:{port}" for name in LOOPBACK_NAMES}
    if port == 80:  # clients leave out the scheme's default port
        names.update(LOOPBACK_NAMES)
    return frozenset(names)


def refusal(hosts: list[str], origins: list[str], port: int) -> ApiError | None:
    """Why a request with these ``Host`` and ``Origin`` headers is refused, or None."""
    own = own_authorities(port)
    if len(hosts) != 1 or hosts[0].strip().lower() not in own:
        got = ", ".join(hosts) or "none"
        return _forbidden(f"The sandbox only answers requests addressed to 127.0.0.1:{port} "
                          f"or localhost:{port} (Host: {got[:_SHOWN]}).")
    for origin in origins:
        scheme, _, authority = origin.strip().lower().partition("://")
        if scheme != "http" or authority not in own:  # "null" included
            return _forbidden(f"The sandbox does not answer other web sites "
                              f"(Origin: {origin[:_SHOWN]}).")
    return None


def _forbidden(message: str) -> ApiError:
    return ApiError(403, "PERMISSION_DENIED", message)
