"""The profile folder: settings, logs, sync state, backups and the default CRM database.

``--home`` beats ``CRMSYNC_HOME`` beats the platform's per-user data folder, so tests
and scheduled tasks can point anywhere without touching the user's real profile.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "CRM Sync"
APP_AUTHOR = "CRM Sync"
HOME_ENV = "CRMSYNC_HOME"
CRM_DB_ENV = "CRMSYNC_CRM_DB"
DEFAULT_CRM_FILE = "crm.sqlite3"


@dataclass(frozen=True)
class Profile:
    home: Path

    @classmethod
    def locate(cls, explicit: Path | str | None = None) -> Profile:
        if explicit:
            home = Path(explicit)
        elif os.environ.get(HOME_ENV):
            home = Path(os.environ[HOME_ENV])
        else:
            home = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        home = home.expanduser().resolve()
        home.mkdir(parents=True, exist_ok=True)
        return cls(home)

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.json"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def state_dir(self) -> Path:
        return self.home / "state"

    @property
    def backups_dir(self) -> Path:
        return self.home / "backups"

    def crm_database(self, configured: str | None = None) -> Path:
        """``CRMSYNC_CRM_DB``, else the settings' path, else ``crm.sqlite3`` here."""
        chosen = os.environ.get(CRM_DB_ENV) or configured
        if chosen:
            path = Path(chosen).expanduser()
            return path if path.is_absolute() else (self.home / path)
        return self.home / DEFAULT_CRM_FILE
