"""The requests-based guards of ``secure_transport`` (R-SEC): for google-auth's own
refresh, the sign-in's code exchange (requests_oauthlib) and revoking a token. Imported
only by those: requests costs ~0.1 s to import, and the sync that the tray starts every
30 minutes uses none of it (its token refreshes go through ``SecureHttp``, SPEC §3)."""

from __future__ import annotations

from typing import Any

import google.auth.transport.requests
import requests
import requests.adapters

from crmsync_gui.core.secure_urls import is_loopback_http
from crmsync_gui.google.secure_transport import refuse_unless_safe


class _SecureAdapter(requests.adapters.HTTPAdapter):
    """Checked at ``send``: requests sends every redirect through its adapter too."""

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
             ) -> requests.Response:
        url = str(request.url)
        refuse_unless_safe(url)
        if is_loopback_http(url):
            kwargs["proxies"] = {}  # this computer is reached directly, never by a proxy
        return super().send(request, *args, **kwargs)


def guard_requests_session(session: requests.Session) -> requests.Session:
    adapter = _SecureAdapter()
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def secure_requests_session() -> requests.Session:
    return guard_requests_session(requests.Session())


def secure_auth_request() -> google.auth.transport.requests.Request:
    """google-auth's transport for ``credentials.refresh``, guarded."""
    return google.auth.transport.requests.Request(secure_requests_session())
