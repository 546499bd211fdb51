"""Small helpers for tests that talk to the sandbox through google-api-python-client."""

from __future__ import annotations

import json
from typing import Any


def build_people(url: str, access_token: str) -> Any:
    """A real People v1 client (bundled discovery) pointed at a sandbox URL."""
    from google.oauth2.credentials import Credentials
    from googleapiclient.discovery import build

    return build("people", "v1", static_discovery=True, cache_discovery=False,
                 client_options={"api_endpoint": url},
                 credentials=Credentials(token=access_token))


def error_of(exc: Any) -> dict[str, Any]:
    """The ``error`` object of Google's JSON body carried by an ``HttpError``."""
    return json.loads(exc.content)["error"]


def person(given: str, family: str = "Test", email: str | None = None,
           **extra: Any) -> dict[str, Any]:
    """A minimal Person body (names, optional home email, any extra fields)."""
    p: dict[str, Any] = {"names": [{"givenName": given, "familyName": family}]}
    if email:
        p["emailAddresses"] = [{"value": email, "type": "home"}]
    p.update(extra)
    return p
