"""Where the refresh token lives: the OS keyring, and nowhere else (R-G5).

Only the refresh token is stored (Windows Credential Manager holds at most 2,560 bytes),
under service ``crmsync`` and the account's ``sub``. Without a secure keyring the token
stays in memory for this session and the user is told; it is never written to a plain
file — except for the demo, whose tokens open nothing but the local sandbox.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backends.fail
import keyring.errors

from crmsync_gui.core.reasons import Reason, ReasonCode

log = logging.getLogger(__name__)

SERVICE = "crmsync"
WINDOWS_CREDENTIAL_LIMIT = 2560  # bytes of UTF-16 per Credential Manager entry

NO_KEYRING_WARNING = Reason.of(ReasonCode.KEYRING_MISSING)


class TokenStore(Protocol):
    secure: bool
    warning: Reason | None  # for the user, when the sign-in is not kept safely

    def save(self, account: str, refresh_token: str) -> None: ...

    def load(self, account: str) -> str | None: ...

    def delete(self, account: str) -> None: ...


class MemoryTokenStore:
    """Tokens for this session only."""

    secure = False

    def __init__(self, warning: Reason | None = NO_KEYRING_WARNING) -> None:
        self.warning = warning
        self._tokens: dict[str, str] = {}

    def save(self, account: str, refresh_token: str) -> None:
        self._tokens[account] = refresh_token

    def load(self, account: str) -> str | None:
        return self._tokens.get(account)

    def delete(self, account: str) -> None:
        self._tokens.pop(account, None)


class KeyringTokenStore:
    """The OS keyring; falls back to memory (with a warning) if it stops working."""

    secure = True
    warning: Reason | None = None

    def __init__(self) -> None:
        self._fallback: MemoryTokenStore | None = None

    def _lost_keyring(self, error: Exception) -> MemoryTokenStore:
        log.warning("keyring unusable (%s): tokens kept in memory", type(error).__name__)
        self._fallback = self._fallback or MemoryTokenStore()
        self.secure, self.warning = False, self._fallback.warning
        return self._fallback

    def save(self, account: str, refresh_token: str) -> None:
        if len(refresh_token.encode("utf-16-le")) > WINDOWS_CREDENTIAL_LIMIT:
            log.warning("refresh token longer than the Windows credential limit")
        if self._fallback is None:
            try:
                keyring.set_password(SERVICE, account, refresh_token)
                return
            except keyring.errors.KeyringError as error:
                self._lost_keyring(error)
        assert self._fallback is not None
        self._fallback.save(account, refresh_token)

    def load(self, account: str) -> str | None:
        if self._fallback is not None:
            return self._fallback.load(account)
        try:
            return keyring.get_password(SERVICE, account)
        except keyring.errors.KeyringError as error:
            return self._lost_keyring(error).load(account)

    def delete(self, account: str) -> None:
        if self._fallback is not None:
            self._fallback.delete(account)
            return
        try:
            keyring.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already forgotten
        except keyring.errors.KeyringError as error:
            self._lost_keyring(error).delete(account)


class DemoTokenStore:
    """The demo's tokens, in the demo profile: they only open the local sandbox."""

    secure = False
    warning = None

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".tokens-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(temp, self.path)

    def save(self, account: str, refresh_token: str) -> None:
        self._write({**self._read(), account: refresh_token})

    def load(self, account: str) -> str | None:
        return self._read().get(account)

    def delete(self, account: str) -> None:
        data = self._read()
        data.pop(account, None)
        self._write(data)


def keyring_available() -> bool:
    """False when keyring's chosen backend is the "fail" one (e.g. headless Linux)."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is the same as none
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring)


def open_token_store(demo_file: Path | None = None) -> TokenStore:
    """The store to use: the demo's file, the OS keyring, or memory with a warning."""
    if demo_file is not None:
        return DemoTokenStore(demo_file)
    if keyring_available():
        return KeyringTokenStore()
    return MemoryTokenStore()
