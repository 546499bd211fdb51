"""Small helpers for tests that talk to the sandbox through google-api-python-client."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from crmsync_gui.sandbox.client import write_client_secrets


def client_env(url: str, root: Path, browser: Path, home: Path | None = None,
               secrets: Path | None = None) -> dict[str, str]:
    """The environment of a ``crmsync`` process signing in to the sandbox at ``url``: its
    own profile (``home``, default ``root/home``, created), a client file for the sandbox
    (``secrets``, default written into ``root``), the stand-in ``browser`` script that
    approves the consent page, and a plain-text keyring under ``root`` — never the user's
    keyring, profile or CRM override."""
    home = home or root / "home"
    home.mkdir(parents=True, exist_ok=True)
    if secrets is None:
        secrets = write_client_secrets(root / "client_secret.json", url)
    inherited = {k: v for k, v in os.environ.items() if k != "CRMSYNC_CRM_DB"}
    return {**inherited, "CRMSYNC_HOME": str(home),
            "CRMSYNC_GOOGLE_CLIENT_SECRETS": str(secrets),
            "CRMSYNC_GOOGLE_API_ENDPOINT": url,
            "BROWSER": f"{sys.executable} {browser} %s",
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(root / "keyring")}


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
