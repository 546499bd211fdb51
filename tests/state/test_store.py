"""The state store on real SQLite files (R-S1)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crmsync_gui.core.baseline import UNKNOWN, Baseline
from crmsync_gui.core.plan import Side
from crmsync_gui.core.plan_input import Link
from crmsync_gui.core.reasons import Reason, ReasonCode, ReasonText
from crmsync_gui.core.record import FIELDS, Address, ContactRecord, Field
from crmsync_gui.core.run_report import RunProblem
from crmsync_gui.core.sides import GoogleContact
from crmsync_gui.state import (
    Checkpoint,
    IntendedCreate,
    JournalEntry,
    StateBindingError,
    StateStore,
    StateVersionError,
    state_path,
)
from crmsync_gui.state.schema import CURRENT_VERSION, MIGRATIONS, migrate

UUID = "6f1c-crm"
SUB = "109876543210"
T = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _open(folder: Path, uuid: str = UUID, sub: str = SUB) -> StateStore:
    return StateStore.open(state_path(folder, uuid, sub), crm_database_uuid=uuid,
                           google_sub=sub)


def _baseline(tag: str) -> Baseline:
    crm = ContactRecord(last_name=f"Nom{tag}", personal_mobile="06 12 34 56 78",
                        home_address=Address("1 rue X", "75001", "Paris", "France"))
    google = crm.replace(job_title="Gérant")
    base = Baseline.of(crm, google)
    # A field still waiting for the user stays unknown.
    return Baseline(crm=(*base.crm[:-1], UNKNOWN), google=base.google)


def test_new_state_file_is_created_at_the_current_schema_version(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        assert store.schema_version == CURRENT_VERSION == len(MIGRATIONS)
        assert (store.crm_database_uuid, store.google_sub) == (UUID, SUB)
        assert store.links() == [] and store.sync_token is None


def test_one_file_per_crm_database_and_google_account(tmp_path: Path) -> None:
    paths = {state_path(tmp_path, UUID, SUB), state_path(tmp_path, UUID, "other"),
             state_path(tmp_path, "other-db", SUB)}
    assert len(paths) == 3
    assert state_path(tmp_path, UUID, SUB) == state_path(tmp_path, UUID, SUB)


def test_state_file_refuses_another_google_account(tmp_path: Path) -> None:
    path = state_path(tmp_path, UUID, SUB)
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        store.checkpoint(Checkpoint(upsert_links=(Link(1, "people/c1"),)))
    with pytest.raises(StateBindingError, match="another Google account") as account:
        StateStore.open(path, crm_database_uuid=UUID, google_sub="someone-else")
    assert account.value.reason == Reason.of(ReasonCode.STATE_OTHER_ACCOUNT, path=str(path))
    with pytest.raises(StateBindingError, match="another CRM database") as crm:
        StateStore.open(path, crm_database_uuid="other-db", google_sub=SUB)
    assert crm.value.reason == Reason.of(ReasonCode.STATE_OTHER_CRM, path=str(path),
                                         stored=UUID, current="other-db")
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert [link.crm_id for link in store.links()] == [1]  # nothing was touched


def test_links_and_baselines_round_trip(tmp_path: Path) -> None:
    links = [Link(1, "people/c1", _baseline("1"), etag="%Eg1", created_by_sync=True),
             Link(2, "people/c2", None, manual=True)]
    with _open(tmp_path) as store:
        store.checkpoint(Checkpoint(upsert_links=tuple(links)))
    with _open(tmp_path) as store:
        assert store.links() == links
        assert store.link_for_resource("people/c2") == links[1]
        assert store.link_for_crm(1) == links[0]
        assert store.link_for_crm(3) is None
        stored = store.links()[0].baseline
        assert stored is not None and stored.crm[-1] == UNKNOWN
        assert stored.google_value(Field.PERSONAL_MOBILE) == "+33612345678"


def test_a_link_is_unique_on_both_sides(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        store.checkpoint(Checkpoint(upsert_links=(Link(1, "people/c1"),)))
        with pytest.raises(sqlite3.IntegrityError):
            store.checkpoint(Checkpoint(upsert_links=(Link(2, "people/c1"),)))
        store.checkpoint(Checkpoint(upsert_links=(Link(1, "people/c9"),)))  # relinked
        assert [(link.crm_id, link.resource_name) for link in store.links()] == [
            (1, "people/c9")]


def test_checkpoint_is_atomic(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        run_id = store.begin_run(T)
        store.checkpoint(Checkpoint(upsert_links=(Link(1, "people/c1"),), sync_token="t1"))
        bad = Checkpoint(
            run_id=run_id, sync_token="t2", kept_deleted=(5,),
            journal=(JournalEntry("google", "update", 1, "people/c1", {"etag": "x"}),),
            # The second link steals people/c1: the whole batch must roll back.
            upsert_links=(Link(3, "people/c3"), Link(4, "people/c1")))
        with pytest.raises(sqlite3.IntegrityError):
            store.checkpoint(bad)
    with _open(tmp_path) as store:
        assert [link.crm_id for link in store.links()] == [1]
        assert store.sync_token == "t1"
        assert store.journal(run_id) == [] and not store.choices().kept_deleted


def test_replace_links_swaps_the_whole_table_or_nothing(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        store.replace_links([Link(1, "people/c1"), Link(2, "people/c2")])
        with pytest.raises(sqlite3.IntegrityError):
            store.replace_links([Link(7, "people/c7"), Link(8, "people/c7")])
        assert [link.crm_id for link in store.links()] == [1, 2]
        store.replace_links([Link(3, "people/c3", _baseline("3"))])
        assert [link.crm_id for link in store.links()] == [3]
        with pytest.raises(sqlite3.IntegrityError):  # the swapped table keeps its rules
            store.checkpoint(Checkpoint(upsert_links=(Link(4, "people/c3"),)))


def test_choices_ignore_keep_apart_and_kept_deleted(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        store.set_ignored_crm(4)
        store.set_ignored_google("people/c9")
        store.set_keep_apart(3, "people/c4")
        store.checkpoint(Checkpoint(kept_deleted=(8,), ignore_google=("people/c5",)))
    with _open(tmp_path) as store:
        choices = store.choices()
        assert choices.ignored_crm == {4}
        assert choices.ignored_google == {"people/c9", "people/c5"}
        assert choices.keep_apart == {(3, "people/c4")}
        assert choices.kept_deleted == {8}
        store.set_ignored_crm(4, ignored=False)
        store.set_keep_apart(3, "people/c4", apart=False)
        store.link_by_hand(8, "people/c8")  # linking again clears the "kept" mark
        choices = store.choices()
        assert not choices.ignored_crm and not choices.keep_apart
        assert not choices.kept_deleted
        assert store.links() == [Link(8, "people/c8", manual=True)]
        store.unlink(8)
        assert store.links() == []


def test_intended_creates_are_kept_until_confirmed(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        run_id = store.begin_run(T)
        store.record_intended_creates([IntendedCreate(f"{UUID}:1", 1, run_id),
                                       IntendedCreate(f"{UUID}:2", 2, run_id)])
    # ...the run crashes here; the next one finds what it meant to create.
    with _open(tmp_path) as store:
        assert [c.crm_id for c in store.intended_creates()] == [1, 2]
        store.checkpoint(Checkpoint(upsert_links=(Link(1, "people/c1", created_by_sync=True),),
                                    confirmed_creates=(f"{UUID}:1",)))
        assert store.intended_creates() == [IntendedCreate(f"{UUID}:2", 2, run_id)]


def test_run_journal_keeps_before_images(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        run_id = store.begin_run(T)
        first = (JournalEntry("crm", "update", 1, "people/c1", {"last_name": "Durand"}),
                 JournalEntry("google", "create", 2, None, None))
        store.checkpoint(Checkpoint(run_id=run_id, journal=first))
        store.checkpoint(Checkpoint(run_id=run_id, journal=(
            JournalEntry("google", "delete", 3, "people/c3", {"names": [{"familyName": "É"}]}),)))
        store.finish_run(run_id, T.replace(minute=31), status="done",
                         counts={"to_google": 2, "to_crm": 1},
                         errors=[RunProblem(Reason.text_only("429 retried"))])
        assert [e.action for e in store.journal(run_id)] == ["update", "create", "delete"]
        assert store.journal(run_id)[2].before == {"names": [{"familyName": "É"}]}
        [run] = store.runs()
        assert (run.status, run.counts, [e.text for e in run.errors]) == (
            "done", {"to_google": 2, "to_crm": 1}, ["429 retried"])
        assert run.finished_at == T.replace(minute=31)


def test_meta_sync_token_label_and_last_sync(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        store.set_sync_token("tok")
        store.set_label_resource_name("contactGroups/abc", "Simple CRM")
        store.set_last_sync_at(T)
    with _open(tmp_path) as store:
        assert store.sync_token == "tok"
        assert store.label_resource_name == "contactGroups/abc"
        assert store.label_name == "Simple CRM"
        assert store.last_sync_at == T
        store.checkpoint(Checkpoint(sync_token=None))  # expired: forget it
        assert store.sync_token is None


def test_google_snapshot_round_trips_for_incremental_reads(tmp_path: Path) -> None:
    contact = GoogleContact("people/c1", "%E1", ContactRecord(
        last_name="Noël", home_address=Address("2 rue Y", "97400", "Saint-Denis", "France"),
        personal_mobile="0692 12 34 56"), T, crm_tag=f"{UUID}:1", in_label=True,
        person={"resourceName": "people/c1", "birthdays": [{"text": "4 mai"}]})
    with _open(tmp_path) as store:
        store.put_google_contacts([contact, GoogleContact("people/c2", "%E2",
                                                          ContactRecord(), T)])
        store.put_google_contacts([], removed=["people/c2"])
        [loaded] = store.google_contacts()
        # The raw Person stays on disk until a write asks for it...
        assert loaded == contact and loaded.person == {}
        assert store.google_persons(["people/c1", "people/c2"]) == {
            "people/c1": contact.person}
        # ...and storing the loaded contact again (a new etag, no Person) keeps it.
        store.put_google_contacts([GoogleContact("people/c1", "%E3", loaded.record, T)])
        assert store.google_persons(["people/c1"]) == {"people/c1": contact.person}
        assert store.google_resource_names() == {"people/c1"}
    assert loaded.record.normalized == contact.record.normalized


def _state_at(path: Path, version: int) -> sqlite3.Connection:
    """A state file as CRM Sync ``version`` left it, bound to UUID and SUB: a migration
    test fills it with that version's rows, then opens it with today's code."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=version)
    conn.execute("INSERT INTO meta VALUES ('crm_database_uuid', ?), ('google_sub', ?)",
                 (UUID, SUB))
    return conn


def _v1_file(path: Path) -> None:
    conn = _state_at(path, 1)
    conn.execute("INSERT INTO link (crm_id, resource_name, baseline) VALUES "
                 "(1, 'people/c1', ?)", ('{"crm":{"last_name":"A"},"google":{}}',))
    conn.close()


def test_old_schema_is_migrated_keeping_its_links(tmp_path: Path) -> None:
    path = state_path(tmp_path, UUID, SUB)
    _v1_file(path)
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION
        [link] = store.links()
        assert link.baseline is not None
        # Fields missing from an old baseline read as unknown: a first-sync merge.
        assert link.baseline.crm_value(Field.LAST_NAME) == "A"
        assert link.baseline.google == (UNKNOWN,) * len(FIELDS)
        assert store.google_contacts() == []


def test_state_written_by_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = state_path(tmp_path, UUID, SUB)
    _open(tmp_path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    with pytest.raises(StateVersionError, match="newer CRM Sync") as error:
        StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB)
    assert error.value.reason == Reason.of(ReasonCode.STATE_NEWER_VERSION, path=str(path),
                                           version=CURRENT_VERSION + 1, known=CURRENT_VERSION)


def test_run_problems_keep_their_contact_and_reason(tmp_path: Path) -> None:
    refused = RunProblem(Reason.of(ReasonCode.GOOGLE_REFUSED, message="Invalid phone"),
                         crm_id=3, resource_name="people/c3", name="Sophie Martin",
                         side=Side.GOOGLE)
    nameless = RunProblem(Reason.of(ReasonCode.REPLAN_LIMIT, count=3), crm_id=7,
                          name=ReasonText(Reason.of(ReasonCode.CRM_CONTACT_WITHOUT_NAME,
                                                    crm_id=7)), side=Side.CRM)
    stopped = RunProblem(Reason.of(ReasonCode.CRM_BUSY, path="/x/crm.sqlite3",
                                   error=Reason.text_only("database is locked")))
    date = RunProblem(Reason.of(ReasonCode.CRM_DATE_UNREADABLE, value="hier"), crm_id=4,
                      name="Léa", side=Side.CRM)
    with _open(tmp_path) as store:
        run_id = store.begin_run(T)
        store.finish_run(run_id, T, status="failed", counts={},
                         errors=[refused, nameless, stopped], warnings=[date])
    with _open(tmp_path) as store:
        [run] = store.runs()
    assert run.errors == [refused, RunProblem(nameless.reason, crm_id=7, name="CRM contact 7",
                                              side=Side.CRM), stopped]
    assert run.errors[0].to_json() == {
        "crm_id": 3, "resource_name": "people/c3", "name": "Sophie Martin",
        "side": "google", "reason_code": "google_refused",
        "message": "Google refused a change: Invalid phone"}
    assert run.warnings == [date]


def test_v5_file_migrates_and_its_journal_still_reads(tmp_path: Path) -> None:
    """Schema 6 adds what each write put there; entries from before say nothing of it,
    and undo takes the pair's baseline for them (tests/sync/test_undo.py)."""
    path = state_path(tmp_path, UUID, SUB)
    conn = _state_at(path, 5)
    conn.execute("INSERT INTO run (started_at) VALUES ('2026-11-01T09:00:00Z')")
    conn.execute("INSERT INTO run_change (run_id, seq, side, action, crm_id, "
                 "resource_name, before) VALUES (1, 1, 'google', 'update', 1, "
                 "'people/c1', '{\"names\":[{\"givenName\":\"Jean\"}]}')")
    conn.close()
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION
        [entry] = store.journal(1)
        assert (entry.action, entry.before, entry.written, entry.baseline) == (
            "update", {"names": [{"givenName": "Jean"}]}, None, None)
        base = Baseline.unknown()
        store.checkpoint(Checkpoint(run_id=1, journal=(JournalEntry(
            "crm", "update", 1, "people/c1", {"note": ""}, written={"first_name": "jean"},
            block={"company_name": "ACME"}, baseline=base, name="Jean Dupont"),)))
        assert store.journal(1)[1] == JournalEntry(
            "crm", "update", 1, "people/c1", {"note": ""}, written={"first_name": "jean"},
            block={"company_name": "ACME"}, baseline=base, name="Jean Dupont")


def _v4_file_with_a_failed_run(path: Path) -> None:
    """A state file as CRM Sync wrote it before schema 5: a run's errors as lines."""
    conn = _state_at(path, 4)
    refused = Reason.of(ReasonCode.SYNC_CHANGE_FAILED, name="Sophie Martin",
                        error=Reason.of(ReasonCode.GOOGLE_REFUSED, message="Invalid phone"))
    conn.execute("INSERT INTO run (started_at, finished_at, status, counts, errors, "
                 "error_reasons) VALUES (?, ?, 'ok', '{\"google_created\":1}', ?, ?)",
                 ("2026-11-01T09:00:00Z", "2026-11-01T09:01:00Z",
                  json.dumps([refused.text]), json.dumps([refused.to_json()])))
    conn.close()


def test_v4_file_migrates_and_its_run_errors_read_as_problems(tmp_path: Path) -> None:
    path = state_path(tmp_path, UUID, SUB)
    _v4_file_with_a_failed_run(path)
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION
        [run] = store.runs()
        assert (run.status, run.counts) == ("ok", {"google_created": 1})
        assert [e.text for e in run.errors] == [
            "Sophie Martin: Google refused a change: Invalid phone"]
        assert run.errors[0].reason.code is ReasonCode.SYNC_CHANGE_FAILED
        assert run.warnings == []


def _v2_file_with_a_failed_run(path: Path) -> None:
    """A state file as CRM Sync wrote it before schema 3: a run's errors as English."""
    conn = _state_at(path, 2)
    conn.execute("INSERT INTO run (started_at, finished_at, status, counts, errors) "
                 "VALUES (?, ?, 'ok', '{}', ?)",
                 ("2026-11-01T09:00:00Z", "2026-11-01T09:01:00Z", json.dumps([
                     "Sophie Martin: Google refused to update people/c1.",
                     "Something Google said"])))
    conn.close()


def test_v2_file_migrates_and_its_text_errors_still_read_as_reasons(tmp_path: Path) -> None:
    path = state_path(tmp_path, UUID, SUB)
    _v2_file_with_a_failed_run(path)
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION
        [run] = store.runs()
        assert [e.text for e in run.errors] == [
            "Sophie Martin: Google refused to update people/c1.", "Something Google said"]
        assert [e.reason for e in run.errors] == [
            Reason.of(ReasonCode.SYNC_CHANGE_FAILED, name="Sophie Martin",
                      error=Reason.of(ReasonCode.GOOGLE_REFUSED_UPDATE, name="people/c1")),
            Reason.text_only("Something Google said")]
        # New runs in the migrated file keep their reasons.
        run_id = store.begin_run(T)
        store.finish_run(run_id, T, status="failed", counts={},
                         errors=[RunProblem(Reason.of(ReasonCode.GOOGLE_CONTACT_LIMIT))])
        assert [e.reason for e in store.runs()[0].errors] == [
            Reason.of(ReasonCode.GOOGLE_CONTACT_LIMIT)]


def _v3_file_with_a_view(path: Path) -> None:
    """A state file as CRM Sync wrote it before schema 4: a linked pair, the last view of
    Google with its sync token, and no entries per contact."""
    conn = _state_at(path, 3)
    conn.execute("INSERT INTO meta VALUES ('sync_token', 'tok-3')")
    conn.execute("INSERT INTO link (crm_id, resource_name, etag, baseline) VALUES "
                 "(1, 'people/c1', 'e1', ?)",
                 ('{"crm":{"last_name":"Durand"},"google":{"last_name":"Durand"}}',))
    conn.execute("INSERT INTO google_contact (resource_name, etag, updated_at, record, person)"
                 " VALUES ('people/c1', 'e1', '2026-11-01T09:00:00Z', ?, ?)",
                 ('{"last_name":"Durand"}', json.dumps({
                     "resourceName": "people/c1", "names": [{"familyName": "Durand"}],
                     "emailAddresses": [{"value": "jp.durand@ex.fr"}]})))
    conn.close()


def test_v3_file_migrates_and_reads_everything_again_for_the_entries(tmp_path: Path) -> None:
    path = state_path(tmp_path, UUID, SUB)
    _v3_file_with_a_view(path)
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION
        [link] = store.links()
        assert (link.crm_id, link.resource_name, link.etag) == (1, "people/c1", "e1")
        assert link.baseline is not None and link.baseline.left == frozenset()
        assert not link.baseline.knows_entries  # settled before R-S10
        # The entries were never stored: unknown, and the next run reads all of Google.
        [contact] = store.google_contacts()
        assert contact.entries is None and contact.record.last_name == "Durand"
        assert store.sync_token is None
        assert store.google_persons(["people/c1"])["people/c1"]["names"]


def test_entries_and_what_was_left_in_google_round_trip(tmp_path: Path) -> None:
    from crmsync_gui.google.person import contact_from_person

    person = {"resourceName": "people/c9", "etag": "e9",
              "emailAddresses": [{"value": "a@ex.fr"}, {"value": "b@ex.fr", "type": "Bureau"}],
              "phoneNumbers": [{"value": "06 11 11 11 11", "type": "mobile"},
                               {"value": "06 22 22 22 22", "type": "mobile",
                                "metadata": {"source": {"type": "PROFILE"}}}]}
    contact = contact_from_person(person)
    base = Baseline(crm=_baseline("1").crm, google=_baseline("1").google,
                    left=frozenset({"phoneNumbers:+33622222222"}))
    with _open(tmp_path) as store:
        store.put_google_contacts([contact])
        store.replace_links([Link(9, "people/c9", baseline=base)])
    with _open(tmp_path) as store:
        [loaded] = store.google_contacts()
        assert loaded.entries == contact.entries
        assert [e.writable for e in loaded.entries or ()] == [True, True, True, False]
        assert store.links()[0].baseline == base


def test_v6_file_migrates_its_links_and_remembers_detached_pairs(tmp_path: Path) -> None:
    """Schema 7: each link's Google updateTime at its last sync (NULL for the links of
    older versions, which compare their etag instead), each Google contact's source etag
    (none in old rows: the sync token goes, the next run reads everything), and the
    pairs a CRM deletion detached, for a restore to link them again (R-S5)."""
    path = state_path(tmp_path, UUID, SUB)
    conn = _state_at(path, 6)
    conn.execute("INSERT INTO link (crm_id, resource_name, etag, created_by_sync, manual, "
                 "baseline) VALUES (1, 'people/c1', '%EgAB', 1, 0, NULL)")
    conn.execute("INSERT INTO ignored (side, ident) VALUES ('google', 'people/c2')")
    conn.execute("INSERT INTO meta VALUES ('sync_token', 'tok-6')")
    conn.execute("INSERT INTO google_contact (resource_name, etag, updated_at, record) "
                 "VALUES ('people/c1', '%EgAB', '2026-11-30T08:00:00.000Z', '{}')")
    conn.close()
    seen = "#AbCdEf123"
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION
        [link] = store.links()
        assert (link.etag, link.created_by_sync, link.google_seen) == ("%EgAB", True, None)
        assert store.choices().detached == {}
        assert store.sync_token is None
        [copy] = store.google_contacts()
        assert copy.source_etag is None
        store.put_google_contacts([dataclasses.replace(copy, source_etag="#new")])
        assert store.google_contacts()[0].source_etag == "#new"
        base = Baseline.unknown()
        detached = Link(2, "people/c2", base, etag="e2", google_seen=seen)
        store.checkpoint(Checkpoint(upsert_links=(Link(1, "people/c1", base,
                                                       google_seen=seen),),
                                    detach=(detached,)))
        assert store.link_for_crm(1).google_seen == seen
        assert store.choices().detached == {2: detached}
        # Linked again: the detached pair is forgotten and its contact synced again.
        store.checkpoint(Checkpoint(upsert_links=(detached,), unignore_google=("people/c2",)))
        choices = store.choices()
        assert choices.detached == {} and choices.ignored_google == frozenset()


def test_v7_file_migrates_and_remembers_rows_left_out(tmp_path: Path) -> None:
    """Schema 8: rows the user unticked stay out of every sync until ticked again (#21);
    a file of version 7 keeps its links and starts with none left out."""
    path = state_path(tmp_path, UUID, SUB)
    conn = _state_at(path, 7)
    conn.execute("INSERT INTO link (crm_id, resource_name, etag, created_by_sync, manual, "
                 "baseline) VALUES (1, 'people/c1', '%EgAB', 1, 0, NULL)")
    conn.close()
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION
        assert [link.crm_id for link in store.links()] == [1]
        assert store.choices().left_out == frozenset()
        store.set_left_out(["google:1:people/c1", "crm::people/c9"])
        store.set_left_out(["google:1:people/c1"], left_out=False)
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.choices().left_out == frozenset({"crm::people/c9"})  # kept on disk


def test_v8_file_migrates_reads_google_again_and_remembers_tag_labels(
        tmp_path: Path) -> None:
    """Schema 9 (R-S13): the labels that are tags are remembered by resource name; the
    copy of Google of a version-8 file holds no tags, so its sync token is dropped (the
    next run reads everything, labels included) and its links are kept."""
    path = state_path(tmp_path, UUID, SUB)
    conn = _state_at(path, 8)
    conn.execute("INSERT INTO meta VALUES ('sync_token', 'tok-8')")
    conn.execute("INSERT INTO link (crm_id, resource_name, etag, created_by_sync, manual, "
                 "baseline) VALUES (1, 'people/c1', '%EgAB', 1, 0, NULL)")
    conn.execute("INSERT INTO left_out (key) VALUES ('google:1')")
    conn.close()
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION
        assert store.sync_token is None
        assert [link.crm_id for link in store.links()] == [1]
        assert store.choices().left_out == frozenset({"google:1"})
        assert store.tag_labels() == {}
        store.set_tag_labels({"contactGroups/a1": "VIP", "contactGroups/b2": "Salon"})
        store.set_tag_labels({"contactGroups/a1": "VIP 2026"})
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.tag_labels() == {"contactGroups/a1": "VIP 2026"}


def test_v9_file_migrates_and_remembers_tag_renames(tmp_path: Path) -> None:
    """Schema 10 (R-S13): tags renamed in the CRM wait in the state for the next sync,
    which renames their labels; a chain of renames renames the first label (a label of
    the middle name, if one exists, has its contacts moved)."""
    path = state_path(tmp_path, UUID, SUB)
    conn = _state_at(path, 9)
    conn.execute("INSERT INTO tag_label VALUES ('contactGroups/a1', 'VIP')")
    conn.close()
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION
        assert store.tag_labels() == {"contactGroups/a1": "VIP"}
        assert store.tag_renames() == []
        store.add_tag_rename("VIP", "Clients VIP")
        store.add_tag_rename("clients vip", "Grands comptes")  # the same tag again
        store.add_tag_rename("Nord", "Région Nord")
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.tag_renames() == [("VIP", "Grands comptes"),
                                       ("clients vip", "Grands comptes"),
                                       ("Nord", "Région Nord")]
        store.clear_tag_renames()
        assert store.tag_renames() == []


def test_v10_file_migrates_and_every_planning_table_moves_the_generation(
        tmp_path: Path) -> None:
    """Schema 11 (SPEC §3, sync/quiet.py): a write to any table planning reads moves one
    counter, so a run with nothing to do knows nothing moved — the link table made again
    by ``replace_links`` included."""
    path = state_path(tmp_path, UUID, SUB)
    conn = _state_at(path, 10)
    conn.execute("INSERT INTO link (crm_id, resource_name) VALUES (1, 'people/c1')")
    conn.close()
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.schema_version == CURRENT_VERSION == 11
        assert [link.resource_name for link in store.links()] == ["people/c1"]
        assert store.quiet_fingerprint is None
        seen = [store.plan_inputs_generation]

        def moved() -> bool:
            seen.append(store.plan_inputs_generation)
            return seen[-1] > seen[-2]

        store.set_ignored_crm(5)
        assert moved()
        store.set_keep_apart(1, "people/c9")
        assert moved()
        store.set_left_out(["google:create:people/c3"])
        assert moved()
        store.add_tag_rename("VIP", "Clients")
        assert moved()
        store.replace_links([Link(2, "people/c2")])
        assert moved()
        store.unlink(2)  # the rebuilt table still has its triggers
        assert moved()
        store.set_quiet_fingerprint("abc")
        store.set_tag_labels({"contactGroups/a1": "VIP"})  # in the fingerprint as it is
        store.set_last_sync_at(datetime(2026, 12, 2, tzinfo=UTC))
        assert not moved()
    with StateStore.open(path, crm_database_uuid=UUID, google_sub=SUB) as store:
        assert store.quiet_fingerprint == "abc"
