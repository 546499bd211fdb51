"""Local Google stand-in ("sandbox"): People API v1 subset + OAuth, on 127.0.0.1 only.

    from crmsync_gui.sandbox import SandboxServer
    with SandboxServer(port=0) as sb:
        tokens = sb.admin.issue_tokens()
        ...  # googleapiclient.discovery.build(..., client_options={"api_endpoint": sb.url})

Another process drives it through ``SandboxAdmin(url)`` (HTTP ``/__admin/``).
"""

from .admin import AdminOps
from .client import (
    AdminError,
    SandboxAdmin,
    client_config,
    follow_consent,
    obtain_tokens,
    write_client_secrets,
)
from .clock import VirtualClock, rfc3339
from .faults import FaultConfig, FaultInjector
from .oauth import CONTACTS, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET
from .server import SandboxServer
from .store import MAX_CONTACTS, MAX_CONTACTS_REASON

__all__ = [
    "CONTACTS",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "MAX_CONTACTS",
    "MAX_CONTACTS_REASON",
    "AdminError",
    "AdminOps",
    "FaultConfig",
    "FaultInjector",
    "SandboxAdmin",
    "SandboxServer",
    "VirtualClock",
    "client_config",
    "follow_consent",
    "obtain_tokens",
    "rfc3339",
    "write_client_secrets",
]
