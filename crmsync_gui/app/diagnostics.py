"""A diagnostics zip for support (R-UI4): logs, settings and a state summary, with
secrets removed.

Logs are redacted when written; they are redacted again here, because a support file
travels by email. Settings keep their keys but not paths to secret files' contents;
the Google addresses keep their scheme, host, port and path (an http token address is
exactly what support must see) but not their userinfo, query or fragment; the state
summary holds counts and the last runs, never tokens. The zip is 0600 (R-SEC): it names
contacts.
"""

from __future__ import annotations

import json
import platform
import sys
import urllib.parse
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from crmsync_gui import __version__
from crmsync_gui.app.logs import redact
from crmsync_gui.app.settings import GOOGLE_ADDRESS_KEYS, settings_to_dict
from crmsync_gui.private_files import replace_privately

_REDACTED = "[REDACTED]"
_SECRET_WORDS = ("token", "secret", "password")
# Named like secrets, but not secrets: the client file's path (its file is not included).
_NOT_SECRETS = ("google_client_secrets",)


def redact_url(url: str) -> str:
    """Scheme, host, port and path of ``url``; its userinfo, query and fragment, which
    may hold a password or a token, are redacted (``http://[REDACTED]@host:8080/token?
    [REDACTED]``). What does not parse as a URL is redacted whole."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 — raises ValueError on a port that is not a number
    except ValueError:
        return _REDACTED
    netloc = parts.netloc
    if "@" in netloc:  # the host is what follows the last @, as urllib reads it
        netloc = f"{_REDACTED}@{netloc.rpartition('@')[2]}"
    scrubbed = urllib.parse.urlunsplit((
        parts.scheme, netloc, parts.path, _REDACTED if parts.query else "",
        _REDACTED if parts.fragment else ""))
    return redact(scrubbed)  # a token pasted as the address itself


def _scrub_settings(data: dict[str, Any]) -> dict[str, Any]:
    """Settings minus anything that names a secret; the Google addresses minus the
    parts of a URL that can carry one."""
    scrubbed: dict[str, Any] = {}
    for key, value in data.items():
        if key in GOOGLE_ADDRESS_KEYS and isinstance(value, str):
            scrubbed[key] = redact_url(value)
        elif any(word in key.lower() for word in _SECRET_WORDS) and key not in _NOT_SECRETS:
            scrubbed[key] = _REDACTED
        else:
            scrubbed[key] = value
    return scrubbed


def _environment() -> dict[str, str]:
    info = {"app_version": __version__, "python": sys.version.split()[0],
            "platform": platform.platform()}
    try:
        from PySide6 import __version__ as qt_version

        info["pyside6"] = qt_version
    except ImportError:  # the CLI alone does not need Qt
        pass
    return info


def state_summary(service: Any) -> dict[str, Any]:
    """Counts and recent runs from the service; errors are reported, not raised."""
    summary: dict[str, Any] = {}
    try:
        status = service.status()
        summary["account_email"] = status.account.email if status.account else None
        summary["token_stored"] = status.token_stored
        summary["crm_contacts"] = status.crm_contacts
        summary["linked"] = status.linked
        summary["last_sync"] = status.last_sync
        summary["privacy_warnings"] = [warning.text for warning in status.privacy_warnings]
        summary["runs"] = [{"run_id": r.run_id, "started_at": r.started_at.isoformat(),
                            "status": r.status, "counts": r.counts,
                            "errors": [e.to_json() for e in r.errors],
                            "warnings": [w.to_json() for w in r.warnings]}
                           for r in service.runs(limit=20)]
    except Exception as error:  # a broken state is exactly what support needs to see
        summary["error"] = f"{type(error).__name__}: {error}"
    summary["backups"] = [{"name": b.name, "reason": b.reason, "crm": b.crm_contacts,
                           "google": b.google_contacts} for b in service.backups()]
    return summary


def export_diagnostics(service: Any, target: Path, now: datetime | None = None) -> Path:
    """Write the zip to ``target`` (a folder gets a dated file name); its path."""
    if target.is_dir():
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        target = target / f"crm-sync-diagnostics-{stamp}.zip"
    logs_dir: Path = service.profile.logs_dir
    with (replace_privately(target) as handle,
          zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive):
        if logs_dir.is_dir():
            for log_file in sorted(logs_dir.glob("crmsync.log*")):
                text = log_file.read_text(encoding="utf-8", errors="replace")
                archive.writestr(f"logs/{log_file.name}", redact(text))
        archive.writestr("settings.json", json.dumps(
            _scrub_settings(settings_to_dict(service.settings)), indent=2,
            ensure_ascii=False))
        archive.writestr("state-summary.json", redact(json.dumps(
            state_summary(service), indent=2, ensure_ascii=False, default=str)))
        archive.writestr("environment.json", json.dumps(_environment(), indent=2))
    return target
