"""Backups before the first sync and before deletions, listed and restorable (R-S8)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.errors import MalformedAnswer
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sync.backup import (
    BEFORE_FIRST_SYNC,
    GOOGLE_FILE,
    STALE_PARTIAL_SECONDS,
    google_persons,
    list_backups,
    write_backup,
)

from .conftest import World


def test_backup_then_restore_both_sides(world: World) -> None:
    crm_id = world.add_crm(last_name="Avant", personal_email="avant@ex.fr")
    name = world.add_google(names=[{"familyName": "Google"}],
                            emailAddresses=[{"value": "g@ex.fr", "type": "home"}],
                            birthdays=[{"date": {"month": 1, "day": 2}}])
    first = world.service.sync()
    assert first.backup is not None
    [backup] = world.service.backups()
    assert (backup.reason, backup.crm_contacts, backup.google_contacts) == (
        "before the first sync", 1, 1)
    # Damage after the backup: a rename in the CRM, a deleted and an edited Google contact.
    world.edit_crm(crm_id, last_name="Après")
    world.sandbox.admin.delete_contact(name)
    created = [n for n in world.google() if n != name]
    world.sandbox.admin.patch_contact(created[0], {"names": [{"familyName": "Abîmé"}]})
    report = world.service.restore_backup(backup.name)
    assert report.safety_backup is not None
    assert world.crm_contacts()[crm_id].record.last_name == "Avant"
    assert report.google is not None
    assert (report.google.recreated, report.google.reverted) == (1, 0)
    names = sorted(record_from_person(p).last_name for p in world.google().values())
    assert names == ["Abîmé", "Google"]  # the sync's own creation was not in the backup
    restored = next(p for p in world.google().values()
                    if record_from_person(p).last_name == "Google")
    assert restored["birthdays"][0]["date"]["day"] == 2
    assert len(list_backups(world.home / "backups")) == 2


def test_no_backup_for_a_run_without_deletions(world: World) -> None:
    world.add_crm(last_name="Un", personal_email="un@ex.fr")
    world.service.sync()
    world.add_crm(last_name="Deux", personal_email="deux@ex.fr")
    assert world.service.sync().backup is None
    assert len(world.service.backups()) == 1


def test_backup_persons_are_written_one_a_line_and_read_back(tmp_path: Path) -> None:
    """Written as they arrive and read one line at a time (no single huge JSON call that
    would freeze the window); a file in any other JSON shape still reads."""
    crm = tmp_path / "crm.sqlite3"
    SqliteCrm(crm).close()
    persons = [{"resourceName": f"people/c{i}", "names": [{"givenName": "Zoé"}],
                "biographies": [{"value": "ligne 1\nligne 2, « guillemets »"}]}
               for i in range(3)]
    info = write_backup(tmp_path / "backups", crm, iter(persons), BEFORE_FIRST_SYNC)
    text = (info.folder / GOOGLE_FILE).read_text(encoding="utf-8")
    assert len(text.splitlines()) == 2 + len(persons) and json.loads(text) == persons
    assert info.google_contacts == 3 and google_persons(info) == persons
    (info.folder / GOOGLE_FILE).write_text(json.dumps(persons), encoding="utf-8")
    assert google_persons(info) == persons
    empty = write_backup(tmp_path / "backups", crm, [], BEFORE_FIRST_SYNC)
    assert google_persons(empty) == []


def test_the_first_sync_backs_up_from_its_own_read_of_google(world: World) -> None:
    """One full read serves the sync and its backup (SPEC §3): it asks for every field a
    backup keeps. A preview before (which keeps a sync token) changes nothing to that."""
    world.add_crm(last_name="Avant", personal_email="avant@ex.fr")
    world.add_google(names=[{"familyName": "Google"}],
                     emailAddresses=[{"value": "g@ex.fr"}],
                     birthdays=[{"date": {"month": 3, "day": 4}}],
                     urls=[{"value": "https://atelier.example"}])
    world.service.preview()
    world.sandbox.admin.reset_counts()
    result = world.service.sync()
    assert result.backup is not None
    calls = world.sandbox.admin.counts()
    assert calls["people.connections.list"] == 1, calls
    [person] = google_persons(result.backup)
    assert person["birthdays"][0]["date"]["day"] == 4
    assert person["urls"][0]["value"] == "https://atelier.example"
    assert result.backup.google_contacts == 1 and result.backup.crm_contacts == 1


def test_a_first_sync_whose_read_fails_leaves_no_half_backup(world: World) -> None:
    """The backup is written as Google is read: a read that fails leaves nothing behind
    (not even a hidden partial folder), and the next sync backs up whole."""
    world.add_crm(last_name="Avant", personal_email="avant@ex.fr")
    world.add_google(names=[{"familyName": "Google"}], emailAddresses=[{"value": "g@ex.fr"}])
    world.sandbox.admin.set_faults(malformed_list_answer="not_json")
    with pytest.raises(MalformedAnswer):
        world.service.sync()
    assert list((world.home / "backups").iterdir()) == []
    result = world.service.sync()
    assert result.status.value == "ok" and result.backup is not None
    assert (result.backup.crm_contacts, result.backup.google_contacts) == (1, 1)
    assert [b.name for b in world.service.backups()] == [result.backup.name]


def test_a_half_backup_left_by_a_stopped_process_is_removed_by_the_next(
        tmp_path: Path) -> None:
    """A process killed while Google was read leaves a hidden half backup holding a copy
    of the CRM: the next backup removes it, unless it is still being written."""
    backups = tmp_path / "backups"
    crm = tmp_path / "crm.sqlite3"
    SqliteCrm(crm).close()
    stale, live = backups / ".20261201-000000-000000.partial", \
        backups / ".20261202-000000-000000.partial"
    for folder in (stale, live):
        folder.mkdir(parents=True)
        (folder / "crm.sqlite3").write_bytes(b"a copy of the CRM")
    old = time.time() - STALE_PARTIAL_SECONDS - 60
    for path in (stale / "crm.sqlite3", stale):
        os.utime(path, (old, old))
    info = write_backup(backups, crm, [], BEFORE_FIRST_SYNC)
    assert not stale.exists() and live.exists()
    assert [b.name for b in list_backups(backups)] == [info.name]
