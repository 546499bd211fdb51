"""Backups of both sides before the first sync and before any run that deletes (R-S8).

A backup is a folder in the profile: a consistent copy of the CRM database (SQLite's
online backup, safe while the file is open), every Google contact as JSON, and a small
``backup.json`` describing it. Restoring the CRM puts the copy back (after backing up the
current file); restoring Google re-creates the contacts that are gone and puts the
mapped fields of the others back, without deleting anything made since.

A backup holds every contact of both sides: its folder is 0700 and its files 0600 from
birth (R-SEC, ``crmsync_gui.private_files``).

Why a backup was made is a ``Reason``, saved in ``backup.json`` as its English text and
its code and arguments, so the window can say it in the user's language.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from crmsync_gui.core.reasons import Reason, ReasonCode, reason_from_text
from crmsync_gui.core.record import FIELDS
from crmsync_gui.core.timestamps import format_timestamp, parse_timestamp, utc_now
from crmsync_gui.google.people import PeopleApi
from crmsync_gui.google.person import Person, merge_into_person, record_from_person
from crmsync_gui.private_files import (
    PRIVATE_DIR,
    create_private_file,
    make_private_dir,
    private_opener,
)

CRM_FILE = "crm.sqlite3"
GOOGLE_FILE = "google-contacts.json"
INFO_FILE = "backup.json"
KEEP_BACKUPS = 20

BEFORE_FIRST_SYNC = Reason.of(ReasonCode.BACKUP_BEFORE_FIRST_SYNC)
BEFORE_DELETIONS = Reason.of(ReasonCode.BACKUP_BEFORE_DELETIONS)

# Person fields createContact accepts; the rest (photos, metadata…) is Google's output.
_WRITABLE_PERSON_FIELDS = (
    "addresses", "biographies", "birthdays", "calendarUrls", "clientData", "emailAddresses",
    "events", "externalIds", "genders", "imClients", "interests", "locales", "locations",
    "memberships", "miscKeywords", "names", "nicknames", "occupations", "organizations",
    "phoneNumbers", "relations", "sipAddresses", "urls", "userDefined")


@dataclass(frozen=True)
class BackupInfo:
    folder: Path
    created_at: datetime
    why: Reason
    crm_contacts: int
    google_contacts: int

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def reason(self) -> str:
        return self.why.text


@dataclass(frozen=True)
class GoogleRestoreReport:
    recreated: int
    reverted: int


def write_backup(backups_dir: Path, crm_path: Path, persons: Iterable[Person],
                 reason: Reason, now: datetime | None = None) -> BackupInfo:
    """Copy both sides into a new folder of ``backups_dir``; old backups are pruned."""
    moment = now or utc_now()
    stamp = moment.strftime("%Y%m%d-%H%M%S-%f")
    folder = backups_dir / stamp
    partial = backups_dir / f".{stamp}.partial"
    make_private_dir(backups_dir)
    _drop_stale_partials(backups_dir)
    partial.mkdir(mode=PRIVATE_DIR)
    try:
        info = _write_both(partial, crm_path, persons, moment, reason)
    except BaseException:
        # Google's contacts now arrive as they are read: a read that fails half way
        # leaves no half backup behind (the next run backs up again).
        shutil.rmtree(partial, ignore_errors=True)
        raise
    partial.rename(folder)  # a backup is listed only once it is whole
    for old in list_backups(backups_dir)[KEEP_BACKUPS:]:
        shutil.rmtree(old.folder, ignore_errors=True)
    return dataclasses.replace(info, folder=folder)


def _write_both(partial: Path, crm_path: Path, persons: Iterable[Person], moment: datetime,
                reason: Reason) -> BackupInfo:
    source = sqlite3.connect(crm_path)
    create_private_file(partial / CRM_FILE)  # before SQLite opens it: its journal copies it
    target = sqlite3.connect(partial / CRM_FILE)
    try:
        source.backup(target)
        crm_contacts = target.execute(
            "SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        target.close()
        source.close()
    google_contacts = _write_persons(partial / GOOGLE_FILE, persons)
    info = BackupInfo(partial, moment, reason, int(crm_contacts), google_contacts)
    with open(partial / INFO_FILE, "w", encoding="utf-8", opener=private_opener) as out:
        out.write(json.dumps({
            "created_at": format_timestamp(moment), "reason": reason.text,
            "reason_code": reason.code.value, "reason_args": reason.json_args(),
            "crm_contacts": info.crm_contacts, "google_contacts": info.google_contacts}))
    return info


def _write_persons(path: Path, persons: Iterable[Person]) -> int:
    """A JSON array, one Person a line, written as the Persons arrive. One ``json.dumps``
    of 25,000 Persons would hold the GIL (and freeze the window) for a quarter second."""
    count = 0
    # A large buffer: few writes, each releasing the GIL (see StateStore.put_google_contacts).
    with open(path, "w", encoding="utf-8", buffering=1 << 22, opener=private_opener) as out:
        out.write("[")
        for person in persons:
            out.write(",\n" if count else "\n")
            out.write(json.dumps(person, ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    return count


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Whole backups, newest first."""
    found: list[BackupInfo] = []
    if not backups_dir.is_dir():
        return found
    for folder in backups_dir.iterdir():
        if folder.name.startswith(".") or not (folder / INFO_FILE).is_file():
            continue
        try:
            data = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
            found.append(BackupInfo(folder, parse_timestamp(data["created_at"]),
                                    _reason(data),
                                    int(data.get("crm_contacts", 0)),
                                    int(data.get("google_contacts", 0))))
        except (OSError, ValueError, KeyError):
            continue
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def _reason(data: dict[str, Any]) -> Reason:
    """Why a backup was made, as saved; a backup made by an older version, or one with
    a code this version does not know, has only the English text."""
    try:
        return Reason.from_json({"code": data["reason_code"],
                                 "args": data.get("reason_args") or {}})
    except (KeyError, ValueError, TypeError, AttributeError):
        return reason_from_text(str(data.get("reason", "")))


# A backup being written touches its folder at least every page of Google's contacts;
# one untouched this long was left by a process stopped mid-read (killed, powered off).
STALE_PARTIAL_SECONDS = 600


def _drop_stale_partials(backups_dir: Path, now: float | None = None) -> None:
    """Remove half-written backups a stopped process left (they hold a copy of the CRM:
    not to be left lying about), never one another process is still writing."""
    moment = time.time() if now is None else now
    for partial in backups_dir.glob(".*.partial"):
        try:
            touched = max([partial.stat().st_mtime,
                           *(f.stat().st_mtime for f in partial.iterdir())])
        except OSError:
            continue
        if moment - touched > STALE_PARTIAL_SECONDS:
            shutil.rmtree(partial, ignore_errors=True)


def restore_crm(backup: BackupInfo, crm_path: Path, backups_dir: Path) -> BackupInfo:
    """Put the backup's CRM database back; the current one is backed up first."""
    safety = write_backup(backups_dir, crm_path, [],
                          Reason.of(ReasonCode.BACKUP_BEFORE_RESTORE, backup=backup.name))
    source = sqlite3.connect(backup.folder / CRM_FILE)
    target = sqlite3.connect(crm_path)
    try:
        source.backup(target)  # page by page into the live file: WAL readers stay valid
    finally:
        target.close()
        source.close()
    return safety


def google_persons(backup: BackupInfo) -> list[Person]:
    """The backup's Persons. Ours are written one a line (``_write_persons``) and read so,
    one small ``json.loads`` at a time: one call over 25,000 would hold the GIL (and
    freeze the window) for a good part of a second. Any other shape is read whole."""
    text = (backup.folder / GOOGLE_FILE).read_text(encoding="utf-8")
    lines = text.splitlines()
    if len(lines) >= 2 and lines[0] == "[" and lines[-1] == "]":
        try:
            return [json.loads(line.removesuffix(",")) for line in lines[1:-1]]
        except ValueError:
            pass  # not one Person a line after all
    data: Any = json.loads(text)
    return data if isinstance(data, list) else []


# clientData on a contact undo or a backup restore brought back: the resource name of the
# one it replaces. Another undo, or restore, finds it by that instead of making a second.
FROM_KEY = "crmsync.from"


def brought_back(persons: Iterable[Person]) -> dict[str, Person]:
    """The contacts brought back by an undo or a restore, by the resource name of the
    contact each replaces."""
    found: dict[str, Person] = {}
    for person in persons:
        for item in person.get("clientData") or ():
            if isinstance(item, dict) and item.get("key") == FROM_KEY and item.get("value"):
                found.setdefault(str(item["value"]), person)
    return found


def creatable_person(person: Person, groups: set[str] | None = None) -> Person:
    """A create body for a Person read before: its writable fields, in the labels of
    ``groups`` that still exist (a label deleted since would fail the whole create),
    marked with the resource name it replaces (``FROM_KEY``)."""
    body: Person = {}
    for key in _WRITABLE_PERSON_FIELDS:
        value = person.get(key)
        if key == "memberships" and isinstance(value, list):
            # Only labels can be set (a domain membership is Google's to say), and only
            # those still there.
            value = [m for m in value if isinstance(m, dict)
                     and isinstance(m.get("contactGroupMembership"), dict)
                     and (groups is None or m["contactGroupMembership"].get(
                         "contactGroupResourceName") in groups)]
        if isinstance(value, list) and value:
            body[key] = [{k: v for k, v in entry.items() if k != "metadata"}
                         if isinstance(entry, dict) else entry for entry in value]
    if person.get("resourceName"):
        kept = [d for d in body.get("clientData", [])
                if not (isinstance(d, dict) and d.get("key") == FROM_KEY)]
        body["clientData"] = [*kept, {"key": FROM_KEY, "value": str(person["resourceName"])}]
    return body


def restore_google(backup: BackupInfo, api: PeopleApi) -> GoogleRestoreReport:
    """Re-create the backup's contacts that are gone; put mapped fields back on the rest."""
    saved = {str(p["resourceName"]): p for p in google_persons(backup) if p.get("resourceName")}
    current = {str(p["resourceName"]): p for p in api.read_connections().persons}
    back = brought_back(current.values())  # by an undo, or by this restore run before
    missing = [p for name, p in saved.items() if name not in current and name not in back]
    present = [merge_into_person(current[name], record_from_person(p), FIELDS)
               for name, p in saved.items() if name in current
               and record_from_person(current[name]).normalized
               != record_from_person(p).normalized]
    if missing:
        groups = api.group_names()
        api.create_many([creatable_person(p, groups) for p in missing])
    if present:
        api.update_many(present)
    return GoogleRestoreReport(recreated=len(missing), reverted=len(present))
