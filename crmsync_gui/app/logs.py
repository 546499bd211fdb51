"""Logging to a rotating file in the profile, with secrets scrubbed from every line.

The OAuth libraries log token requests and responses at DEBUG (requests-oauthlib writes
"Obtained token …"); they are held at WARNING, and a redaction filter on our handlers
removes anything token-like that still reaches a log line, whoever logged it. A URL keeps
its scheme, host, port and path (which address was used is what support needs to know);
only its userinfo and its secret query values go.

The log files are 0600 in a 0700 folder (R-SEC): they name contacts.
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO, Any

from crmsync_gui.private_files import make_private_dir, private_opener

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
    # Google refresh tokens, also percent-encoded; not the "1//" of a URL such as
    # http://10.0.0.1//path.
    (re.compile(r"(?<![.\w])1(?://|%2F%2F)[A-Za-z0-9._%-]+", re.I), _REDACTED),
    # Authorization codes (4/0A…), also percent-encoded, and client secrets (GOCSPX-…).
    (re.compile(r"(?<![.\w/])4(?:/|%2F)0[A-Za-z0-9._%-]{10,}", re.I), _REDACTED),
    (re.compile(r"\bGOCSPX-[A-Za-z0-9_-]+"), _REDACTED),
    # Doubly encoded forms: refresh_token%3D…
    (re.compile(rf"\b((?:{_KEYS})%3D)[^&\s\"'%]+(?:%[0-9A-F]{{2}}[^&\s\"'%]*)*", re.I),
     rf"\1{_REDACTED}"),
    # A URL's userinfo (user:password@): the rest of the URL stays readable.
    (re.compile(r"\b([a-z][a-z0-9+.-]*://)[^/\s@?#]+@", re.I), rf"\1{_REDACTED}@"),
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


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Each log file, the first one and every one a rotation starts, is created 0600.

    A log that cannot be written (the disk filled up) says so once, in one line, and is
    then left alone: logging's own handler would print a traceback per line, burying
    the command's real answer."""

    _failed = False

    def _open(self) -> IO[Any]:
        return open(self.baseFilename, self.mode, encoding=self.encoding,
                    errors=self.errors, opener=private_opener)

    def emit(self, record: logging.LogRecord) -> None:
        if not self._failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        self._failed = True
        print(f"warning: cannot write the log {self.baseFilename} "
              f"({error.strerror or error}); logging stops", file=sys.stderr)


def setup_logging(logs_dir: Path, level: int = logging.INFO,
                  console: bool = False) -> logging.Handler:
    """Log to ``logs_dir/crmsync.log`` (1 MB × 5 files); returns the handler.

    A profile that cannot be written (a read-only mount, a full disk, a folder of another
    user) must not stop the commands that only read: the log then goes to stderr, errors
    only (the commands say the rest themselves), after one line saying where it could not
    go.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_crmsync", False):
            root.removeHandler(handler)
            handler.close()
    file_handler: logging.Handler
    try:
        make_private_dir(logs_dir)
        file_handler = PrivateRotatingFileHandler(logs_dir / LOG_FILE, maxBytes=1_000_000,
                                                  backupCount=5, encoding="utf-8")
    except OSError as error:
        file_handler = logging.StreamHandler()
        file_handler.setLevel(logging.ERROR)
        console = False
        print(f"warning: cannot write the log in {logs_dir} "
              f"({error.strerror or error}); logging to the terminal", file=sys.stderr)
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
