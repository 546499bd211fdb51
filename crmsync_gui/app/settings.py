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


class Language(StrEnum):
    SYSTEM = "system"
    FRENCH = "fr"
    ENGLISH = "en"


__all__ = ["ConflictPolicy", "DeletionPolicy", "Language", "Settings", "SettingsError",
           "load_settings", "save_settings"]


class SettingsError(Exception):
    """The settings file cannot be used; the message names the file and the key."""


@dataclass
class Settings:
    conflict_policy: ConflictPolicy = ConflictPolicy.NEWEST
    deletion_policy: DeletionPolicy = DeletionPolicy.ASK
    label_name: str = "Simple CRM"
    sync_label_only: bool = False  # sync only the Google contacts in the label (R-G4)
    reminder_interval_minutes: int = 30
    reminders_paused: bool = False
    auto_sync: bool = False  # sync from the tray when nothing needs a decision
    start_at_login: bool = False
    language: Language = Language.SYSTEM
    crm_database: str | None = None  # None: crm.sqlite3 in the profile folder
    # R-G6 endpoint overrides (environment variables win over these).
    google_api_endpoint: str | None = None
    google_auth_uri: str | None = None
    google_token_uri: str | None = None
    google_client_secrets: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def validate(self) -> None:
        if not self.label_name.strip():
            raise SettingsError("label_name: the Google label name cannot be empty")
        if not 1 <= self.reminder_interval_minutes <= 24 * 60:
            raise SettingsError("reminder_interval_minutes: must be between 1 and 1440")


_ENUMS = {"conflict_policy": ConflictPolicy, "deletion_policy": DeletionPolicy,
          "language": Language}
_FIELDS = {f.name: f for f in dataclasses.fields(Settings) if f.name != "extra"}


def settings_from_dict(data: dict[str, Any], source: str = "settings") -> Settings:
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, raw in data.items():
        if key not in _FIELDS:
            extra[key] = raw
            continue
        values[key] = _coerce(key, raw, source)
    settings = Settings(**values, extra=extra)
    try:
        settings.validate()
    except SettingsError as error:
        raise SettingsError(f"{source}: {error}") from None
    return settings


def _coerce(key: str, raw: Any, source: str) -> Any:
    default = _FIELDS[key].default
    if key in _ENUMS:
        enum = _ENUMS[key]
        try:
            return enum(raw)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise SettingsError(f"{source}: {key} is {raw!r}; expected one of {allowed}") from None
    if isinstance(default, bool):
        if not isinstance(raw, bool):
            raise SettingsError(f"{source}: {key} must be true or false, not {raw!r}")
        return raw
    if isinstance(default, int):
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise SettingsError(f"{source}: {key} must be a whole number, not {raw!r}")
        return raw
    if raw is not None and not isinstance(raw, str):
        raise SettingsError(f"{source}: {key} must be text, not {raw!r}")
    return raw


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    data = dict(settings.extra)
    for name in _FIELDS:
        value = getattr(settings, name)
        data[name] = value.value if isinstance(value, StrEnum) else value
    return data


def load_settings(path: Path) -> Settings:
    """The settings in ``path``; defaults when the file does not exist yet."""
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SettingsError(f"{path}: cannot read the settings ({error})") from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: the settings must be a JSON object")
    return settings_from_dict(data, str(path))


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
