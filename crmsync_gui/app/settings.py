"""The settings file: every user option, in one JSON file of the profile.

Nothing secret lives here (tokens are in the keyring). Unknown keys written by a newer
version are kept on save, so going back and forth between versions loses nothing.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from crmsync_gui.core.policies import ConflictPolicy, DeletionPolicy
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.secure_urls import may_carry_secrets
from crmsync_gui.core.tags import reserved_keys, sendable_tag


class Language(StrEnum):
    SYSTEM = "system"
    FRENCH = "fr"
    ENGLISH = "en"


__all__ = ["ConflictPolicy", "DeletionPolicy", "Language", "Settings", "SettingsError",
           "load_settings", "save_settings"]


class SettingsError(Exception):
    """The settings cannot be used; ``reason`` (for the user) names the file and the key.

    ``str(error)`` is its English text (the CLI's words).
    """

    def __init__(self, reason: Reason) -> None:
        self.reason = reason
        super().__init__(reason.text)


@dataclass
class Settings:
    conflict_policy: ConflictPolicy = ConflictPolicy.NEWEST
    deletion_policy: DeletionPolicy = DeletionPolicy.ASK
    label_name: str = "Simple CRM"
    sync_label_only: bool = False  # sync only the Google contacts in the label (R-G4)
    # Sync only the CRM contacts with this tag and the Google contacts in the label of
    # that name (R-S13); excludes sync_label_only.
    only_tag: str | None = None
    reminder_interval_minutes: int = 30
    reminders_paused: bool = False
    auto_sync: bool = False  # sync from the tray when nothing needs a decision
    start_at_login: bool = False
    language: Language = Language.SYSTEM
    crm_database: str | None = None  # None: crm.sqlite3 in the profile folder
    # The first-run wizard was finished (perhaps without Google: signing in can wait).
    setup_done: bool = False
    # R-G6 endpoint overrides (environment variables win over these).
    google_api_endpoint: str | None = None
    google_auth_uri: str | None = None
    google_token_uri: str | None = None
    google_client_secrets: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def validate(self) -> None:
        """Everything, before saving: a Google address that would carry the sign-in in
        clear text is never written (R-SEC)."""
        self.validate_values()
        for key in GOOGLE_ADDRESS_KEYS:
            value = getattr(self, key)
            if value and not may_carry_secrets(value):
                raise SettingsError(Reason.of(ReasonCode.SETTINGS_INSECURE_ADDRESS, key=key,
                                              value=value))

    def validate_values(self) -> None:
        """What makes the file unusable. An unsafe Google address does not: the file
        still opens, so the window can show it and the user can correct it, while
        Google refuses to start with it (``load_google_config``)."""
        if not self.label_name.strip():
            raise SettingsError(Reason.of(ReasonCode.SETTINGS_EMPTY_LABEL))
        if not 1 <= self.reminder_interval_minutes <= 24 * 60:
            raise SettingsError(Reason.of(ReasonCode.SETTINGS_BAD_INTERVAL))
        self.validate_scope()

    def validate_scope(self) -> None:
        """One scope of three: all contacts, the app's label's, or one tag's (R-S13)."""
        tag = (self.only_tag or "").strip()
        if not tag:
            return
        if self.sync_label_only:
            raise SettingsError(Reason.of(ReasonCode.SETTINGS_TWO_SCOPES))
        if not sendable_tag(tag, reserved_keys(self.label_name)):
            raise SettingsError(Reason.of(ReasonCode.SETTINGS_BAD_ONLY_TAG, tag=tag))


# The settings that name a Google address (R-G6): each one may receive a secret.
GOOGLE_ADDRESS_KEYS = ("google_api_endpoint", "google_auth_uri", "google_token_uri")


_ENUMS = {"conflict_policy": ConflictPolicy, "deletion_policy": DeletionPolicy,
          "language": Language}
_FIELDS = {f.name: f for f in dataclasses.fields(Settings) if f.name != "extra"}


def settings_from_dict(data: dict[str, Any]) -> Settings:
    """Settings from the file's JSON object; SettingsError names the key at fault."""
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, raw in data.items():
        if key not in _FIELDS:
            extra[key] = raw
            continue
        values[key] = _coerce(key, raw)
    settings = Settings(**values, extra=extra)
    settings.validate_values()
    return settings


def _coerce(key: str, raw: Any) -> Any:
    default = _FIELDS[key].default
    # The value as the file has it (JSON shown the Python way, as before): words in no
    # language, shown as they are.
    value = repr(raw)
    if key in _ENUMS:
        enum = _ENUMS[key]
        try:
            return enum(raw)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise SettingsError(Reason.of(ReasonCode.SETTINGS_NOT_A_CHOICE, key=key,
                                          value=value, allowed=allowed)) from None
    if isinstance(default, bool):
        if not isinstance(raw, bool):
            raise SettingsError(Reason.of(ReasonCode.SETTINGS_NOT_TRUE_OR_FALSE, key=key,
                                          value=value))
        return raw
    if isinstance(default, int):
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise SettingsError(Reason.of(ReasonCode.SETTINGS_NOT_A_WHOLE_NUMBER, key=key,
                                          value=value))
        return raw
    if raw is not None and not isinstance(raw, str):
        raise SettingsError(Reason.of(ReasonCode.SETTINGS_NOT_TEXT, key=key, value=value))
    return raw


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    data = dict(settings.extra)
    for name in _FIELDS:
        value = getattr(settings, name)
        data[name] = value.value if isinstance(value, StrEnum) else value
    return data


def load_settings(path: Path) -> Settings:
    """The settings in ``path``; defaults when the file does not exist yet.

    A file that cannot be used raises SettingsError naming the file, with what is wrong
    with it as the inner reason.
    """
    if not path.exists():
        return Settings()
    try:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            # The system's or the JSON parser's words: not ours to translate.
            raise SettingsError(Reason.of(ReasonCode.SETTINGS_UNREADABLE,
                                          error=Reason.text_only(str(error)))) from None
        if not isinstance(data, dict):
            raise SettingsError(Reason.of(ReasonCode.SETTINGS_NOT_AN_OBJECT))
        return settings_from_dict(data)
    except SettingsError as error:
        raise SettingsError(Reason.of(ReasonCode.SETTINGS_FILE_UNUSABLE, path=str(path),
                                      error=error.reason)) from None


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one."""
    settings.validate()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(settings_to_dict(settings), indent=2, ensure_ascii=False) + "\n"
    fd, temp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
