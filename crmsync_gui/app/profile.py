"""The profile folder: settings, logs, sync state, backups and the default CRM database.

``--home`` beats ``CRMSYNC_HOME`` beats the platform's per-user data folder, so tests
and scheduled tasks can point anywhere without touching the user's real profile.

The folder is private (R-SEC): 0700 on POSIX, and what the app writes in it 0600 (see
``crmsync_gui.private_files``). A profile an older version left 0755/0644 is tightened
when it is opened.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.private_files import (
    is_private,
    make_private_dir,
    readable_by_others,
    restrict,
    tighten,
)
from crmsync_gui.state.store import StateError

log = logging.getLogger(__name__)

APP_NAME = "CRM Sync"
APP_AUTHOR = "CRM Sync"
HOME_ENV = "CRMSYNC_HOME"
CRM_DB_ENV = "CRMSYNC_CRM_DB"
DEFAULT_CRM_FILE = "crm.sqlite3"

# What the app writes in a profile. Only these are tightened: a profile may be a folder
# that also holds the user's own files, and those are not ours to change.
_APP_ENTRIES = ("settings.json", "account.json", f"{DEFAULT_CRM_FILE}*", "state", "backups",
                "logs", "demo")

_warned: set[Path] = set()  # profiles whose lack of privacy was logged by this process


class ProfileReadOnlyError(StateError):
    """A command that writes was asked of a profile folder that cannot be written: it
    stops before anything changes, on either side."""

    def __init__(self, home: Path) -> None:
        super().__init__(Reason.of(ReasonCode.PROFILE_READ_ONLY, path=str(home)))


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
        existed = home.exists()
        ours = not existed or _looks_like_a_profile(home)
        if not existed:
            make_private_dir(home)
        profile = cls(home)
        profile.tighten(restrict_home=ours)
        return profile

    def tighten(self, restrict_home: bool = True) -> Reason | None:
        """Take others' rights away from the profile and what the app wrote in it. Where
        the file system will not (vfat, SMB), the reason is logged once per process and
        returned; nothing is raised. ``restrict_home`` False leaves the folder itself as
        it is (a shared folder named by ``--home``): the status then says it is open."""
        home_private = restrict(self.home) if restrict_home else is_private(self.home)
        left_open = [] if home_private else [self.home]
        left_open += tighten(path for pattern in _APP_ENTRIES
                             for path in sorted(self.home.glob(pattern)))
        warning = self.privacy_warning()
        if left_open and self.home not in _warned:
            _warned.add(self.home)
            # Without a warning the folder itself is private: nobody else reaches inside.
            log.warning("%s (%d file(s) or folder(s) of the profile keep rights for other "
                        "users, e.g. %s)", warning.text if warning else "Profile",
                        len(left_open), left_open[0])
        return warning

    def privacy_warning(self) -> Reason | None:
        """Why the profile is not private as it stands (for the status): in a 0700 folder
        nobody else reaches the files, whatever their own modes."""
        if is_private(self.home):
            return None
        return Reason.of(ReasonCode.PROFILE_NOT_PRIVATE, path=str(self.home))

    def writable(self) -> bool:
        """Can this process write in the folder? (False on a read-only mount, whatever
        the modes say, and for a folder of another user.)"""
        return os.access(self.home, os.W_OK)

    def own_files(self) -> tuple[Path, ...]:
        """What an export must never be written over: the app's files and folders here."""
        return (self.settings_file, self.home / "account.json", self.state_dir,
                self.backups_dir, self.logs_dir)

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
        if os.environ.get(CRM_DB_ENV):  # typed in a shell: relative to where it was typed
            return Path(os.environ[CRM_DB_ENV]).expanduser().absolute()
        if configured:
            path = Path(configured).expanduser()
            return path if path.is_absolute() else (self.home / path)
        return self.home / DEFAULT_CRM_FILE

    def crm_database_warning(self, path: Path) -> Reason | None:
        """A CRM database outside the profile keeps its mode (it may be shared on
        purpose), but one every user of the computer can read is worth a word."""
        if self.is_inside(path) or not readable_by_others(path):
            return None
        return Reason.of(ReasonCode.CRM_READABLE_BY_OTHERS, path=str(path))

    def is_inside(self, path: Path) -> bool:
        """Is ``path`` in the profile (so protected by its folder)?"""
        try:
            Path(path).resolve().relative_to(self.home)
        except ValueError:
            return False
        return True


def _looks_like_a_profile(home: Path) -> bool:
    """May the app make this existing folder private? Only one of the user's own that is
    empty or already holds a profile: ``--home /tmp`` or a team's shared folder must not
    lose its rights (a sticky or world-writable folder never does)."""
    if os.name != "posix":
        return True
    try:
        info = home.stat()
        entries = {entry.name for entry in home.iterdir()}
    except OSError:
        return False
    if info.st_uid != os.getuid() or info.st_mode & (stat.S_ISVTX | stat.S_IWOTH):
        return False
    return not entries or any(True for pattern in _APP_ENTRIES for _ in home.glob(pattern))
