"""Logging to a rotating file in the profile, with secrets scrubbed from every line.

The OAuth libraries log token requests and responses at DEBUG (requests-oauthlib writes
"Obtained token …"); they are held at WARNING, and a redaction filter on our handlers
removes anything token-like that still reaches a log line, whoever logged it.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "crmsync.log"
_QUIET_LOGGERS = ("requests_oauthlib", "oauthlib", "google_auth_oauthlib", "urllib3",
                  "googleapiclient.discovery", "google.auth.transport", "httplib2")

_REDACTED = "[REDACTED]"
_SECRET_KEYS = ("access_token", "refresh_token", "id_token", "client_secret", "code",
                "code_verifier", "token", "password", "assertion")
_KEYS = "|".join(_SECRET_KEYS)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # JSON / Python reprs: "refresh_token": "…" or 'refresh_token': '…'
    (re.compile(rf"""(["']?(?:{_KEYS})["']?\s*[:=]\s*)(["'])[^"']+\2""", re.I),
     rf"\1\2{_REDACTED}\2"),
    # form or query strings: refresh_token=…&
    (re.compile(rf"\b((?:{_KEYS})=)[^&\s\"']+", re.I), rf"\1{_REDACTED}"),
    (re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+", re.I), rf"\1 {_REDACTED}"),
    (re.compile(r"\bya29\.[A-Za-z0-9._-]+"), _REDACTED),  # Google access tokens
    (re.compile(r"\b1//[A-Za-z0-9._-]+"), _REDACTED),  # Google refresh tokens
    (re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"), _REDACTED),  # JWTs
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Formats the message once, scrubs it, and hands the record on with no args left."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the rest of the log
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def setup_logging(logs_dir: Path, level: int = logging.INFO,
                  console: bool = False) -> RotatingFileHandler:
    """Log to ``logs_dir/crmsync.log`` (1 MB × 5 files); returns the file handler."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_crmsync", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingFileHandler(logs_dir / LOG_FILE, maxBytes=1_000_000,
                                       backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    handlers: list[logging.Handler] = [file_handler]
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream.setLevel(logging.WARNING)
        handlers.append(stream)
    for handler in handlers:
        handler.addFilter(RedactingFilter())
        handler._crmsync = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return file_handler
