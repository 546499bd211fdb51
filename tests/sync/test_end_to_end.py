"""Whole syncs through the application service against the sandbox (R-S1–R-S9)."""

from __future__ import annotations

import sqlite3

import pytest

from crmsync_gui.app.settings import ConflictPolicy, DeletionPolicy
from crmsync_gui.core.note_block import BLOCK_START
from crmsync_gui.core.plan import Action, Side
from crmsync_gui.core.plan_input import Decisions
from crmsync_gui.core.reasons import ReasonCode
from crmsync_gui.core.record import Field
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sync.engine import Progress, SyncStatus

from .conftest import World


def assert_in_sync(world: World) -> None:
    plan = world.service.preview()
    assert not plan.to_google and not plan.to_crm and not plan.conflicts, plan.to_json()


def emails(world: World) -> list[str]:
    return sorted(e for r in world.google_records() for e in r.emails())


def test_first_sync_with_overlaps_creates_links_and_no_duplicates(world: World) -> None:
    world.add_crm(last_name="Martin", first_name="Sophie", personal_email="Sophie@Ex.fr ",
                  personal_mobile="06 12 34 56 78")
    world.add_crm(last_name="Solo", first_name="Crm", personal_email="solo@ex.fr")
    world.add_google(names=[{"givenName": "Sophie", "familyName": "Martin"}],
                     emailAddresses=[{"value": "sophie@ex.fr", "type": "home"}],
                     phoneNumbers=[{"value": "+33612345678", "type": "mobile"}])
    world.add_google(names=[{"givenName": "Only", "familyName": "Google"}],
                     emailAddresses=[{"value": "g@ex.fr", "type": "home"}])
    result = world.service.sync()
    assert result.status is SyncStatus.OK
    assert result.applied == {"google_created": 1, "crm_created": 1}
    assert emails(world) == ["g@ex.fr", "solo@ex.fr", "sophie@ex.fr"]
    assert len(world.live_crm()) == 3
    assert result.backup is not None and (result.backup.folder / "crm.sqlite3").exists()
    assert_in_sync(world)
    assert world.service.status().linked == 3


def test_both_sides_edit_different_fields_then_merge(world: World) -> None:
    crm_id = world.add_crm(last_name="Dupont", first_name="Jean", personal_email="j@ex.fr")
    world.service.sync()
    [name] = world.google()
    world.edit_crm(crm_id, home_phone="01 02 03 04 05")
    world.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        {"value": "06 99 99 99 99", "type": "mobile"}]})
    result = world.service.sync()
    assert result.applied == {"google_updated": 1, "crm_updated": 1}
    crm = world.crm_contacts()[crm_id].record
    google = record_from_person(world.google()[name])
    assert crm.home_phone == "01 02 03 04 05" and crm.personal_mobile == "06 99 99 99 99"
    assert google.home_phone == "01 02 03 04 05" and google.personal_mobile == "06 99 99 99 99"
    assert_in_sync(world)


@pytest.mark.parametrize(("policy", "winner"), [(ConflictPolicy.CRM, "crm"),
                                                (ConflictPolicy.GOOGLE, "google"),
                                                (ConflictPolicy.NEWEST, "google")])
def test_same_field_on_both_sides_follows_the_policy(world: World, policy: ConflictPolicy,
                                                     winner: str) -> None:
    crm_id = world.add_crm(last_name="Conflit", personal_email="c@ex.fr")
    world.service.sync()
    [name] = world.google()
    world.edit_crm(crm_id, personal_mobile="06 11 11 11 11")
    world.sandbox.admin.advance_clock(60)  # Google's edit is the newer one
    world.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        {"value": "06 22 22 22 22", "type": "mobile"}]})
    world.settings.conflict_policy = policy
    world.service.sync()
    expected = "06 11 11 11 11" if winner == "crm" else "06 22 22 22 22"
    assert world.crm_contacts()[crm_id].record.personal_mobile == expected
    assert record_from_person(world.google()[name]).personal_mobile == expected
    assert_in_sync(world)


def test_ask_policy_waits_then_honours_the_choice(world: World) -> None:
    crm_id = world.add_crm(last_name="Ask", personal_email="a@ex.fr", job_title="",
                           first_name="A")
    world.service.sync()
    [name] = world.google()
    world.edit_crm(crm_id, first_name="Crm")
    world.sandbox.admin.patch_contact(name, {"names": [{"givenName": "Google",
                                                        "familyName": "Ask"}]})
    world.settings.conflict_policy = ConflictPolicy.ASK
    plan = world.service.preview()
    [conflict] = plan.conflicts
    assert conflict.resolution is None and conflict.field is Field.FIRST_NAME
    world.service.sync()  # nothing decided: nothing written for that field
    assert world.crm_contacts()[crm_id].record.first_name == "Crm"
    assert record_from_person(world.google()[name]).first_name == "Google"
    world.service.sync(Decisions(conflicts={(crm_id, Field.FIRST_NAME): Side.GOOGLE}))
    assert world.crm_contacts()[crm_id].record.first_name == "Google"
    assert_in_sync(world)


def test_pro_fields_go_to_the_note_block_once_over_many_syncs(world: World) -> None:
    crm_id = world.add_crm(last_name="Note", personal_email="n@ex.fr",
                           )
    world.edit_crm(crm_id, note="Ma note à moi")
    world.service.sync()
    [name] = world.google()
    for title in ("Gérante", "Directrice", "PDG"):
        world.sandbox.admin.patch_contact(name, {"organizations": [
            {"name": "Cave Nguyen", "title": title}]})
        world.service.sync()
        assert_in_sync(world)
    note = world.crm_contacts()[crm_id].note
    assert note.count(BLOCK_START) == 1
    assert "Ma note à moi" in note and "PDG" in note and "Gérante" not in note
    assert world.crm_contacts()[crm_id].record.company_name == ""


def test_company_aware_update_writes_the_link(world: World) -> None:
    crm_id = world.add_crm(last_name="Pro", personal_email="p@ex.fr", company="Dupain",
                           job_title="Vendeuse")
    world.service.sync()
    [name] = world.google()
    world.sandbox.admin.patch_contact(name, {"organizations": [
        {"name": "DUPAIN", "title": "Gérante"}]})
    world.service.sync()
    contact = world.crm_contacts()[crm_id]
    assert contact.record.job_title == "Gérante" and BLOCK_START not in contact.note
    assert_in_sync(world)


def test_deleted_in_crm_is_deleted_in_google_when_ours(world: World) -> None:
    crm_id = world.add_crm(last_name="Bye", personal_email="bye@ex.fr")
    world.service.sync()
    world.delete_crm(crm_id)
    result = world.service.sync()
    assert result.applied == {"google_deleted": 1}
    assert world.google() == {}
    assert_in_sync(world)


def test_deleted_in_google_is_kept_in_crm_and_not_pushed_back(world: World) -> None:
    crm_id = world.add_crm(last_name="Kept", personal_email="kept@ex.fr")
    world.service.sync()
    [name] = world.google()
    world.sandbox.admin.delete_contact(name)
    plan = world.service.preview()
    [change] = plan.to_crm
    assert change.action is Action.KEEP
    world.service.sync()
    assert not world.crm_contacts()[crm_id].deleted
    assert world.google() == {}
    assert_in_sync(world)
    world.service.sync()
    assert world.google() == {}  # a contact deleted on the phone does not come back


def test_deleted_in_google_deleted_in_crm_when_chosen(world: World) -> None:
    crm_id = world.add_crm(last_name="Gone", personal_email="gone@ex.fr")
    world.service.sync()
    world.sandbox.admin.delete_contact(next(iter(world.google())))
    world.service.sync(Decisions(delete_in_crm=frozenset({crm_id})))
    assert world.crm_contacts()[crm_id].deleted


def test_mass_deletion_stops_and_asks(world: World) -> None:
    ids = [world.add_crm(last_name=f"N{i}", personal_email=f"n{i}@ex.fr") for i in range(10)]
    world.service.sync()
    for crm_id in ids[:7]:
        world.delete_crm(crm_id)
    result = world.service.sync()
    assert result.status is SyncStatus.NEEDS_CONFIRMATION
    assert len(world.google()) == 10
    result = world.service.sync(confirm_deletions=True)
    assert result.applied == {"google_deleted": 7} and len(world.google()) == 3


def test_expired_sync_token_full_resync_no_duplicates(world: World) -> None:
    for i in range(5):
        world.add_crm(last_name=f"E{i}", personal_email=f"e{i}@ex.fr")
    world.service.sync()
    world.sandbox.admin.set_faults(expire_next_sync_token=True)
    world.add_crm(last_name="Later", personal_email="later@ex.fr")
    result = world.service.sync()
    assert result.applied == {"google_created": 1}
    assert len(world.google()) == 6 and len(set(emails(world))) == 6
    assert_in_sync(world)


def test_no_change_sync_costs_one_list_call_and_one_label_list(world: World) -> None:
    world.add_crm(last_name="Quiet", personal_email="q@ex.fr")
    world.service.sync()
    world.sandbox.admin.reset_counts()
    result = world.service.sync()
    assert result.applied == {}
    api_calls = {method: count for method, count in world.sandbox.admin.counts().items()
                 if not method.startswith("oauth2.")}
    # The label list gives the tags' names (R-S13, SPEC §3).
    assert api_calls == {"people.connections.list": 1, "contactGroups.list": 1}


def test_stale_etag_between_read_and_write_replans(world: World) -> None:
    crm_id = world.add_crm(last_name="Race", personal_email="r@ex.fr")
    world.service.sync()
    [name] = world.google()
    world.edit_crm(crm_id, home_phone="01 00 00 00 01")

    def phone_edit_during_sync(event: Progress) -> None:
        if event.phase == "sync" and event.batch == 1:
            world.sandbox.admin.patch_contact(name, {"phoneNumbers": [
                {"value": "06 44 44 44 44", "type": "mobile"}]})

    service = world.service
    with service._engine(progress=phone_edit_during_sync) as engine:
        result = engine.sync()
    assert result.status is SyncStatus.OK and result.applied.get("replanned") == 1
    google = record_from_person(world.google()[name])
    assert google.home_phone == "01 00 00 00 01"  # our change, re-applied on the fresh copy
    assert google.personal_mobile == "06 44 44 44 44"  # the phone's edit, not overwritten
    assert world.crm_contacts()[crm_id].record.personal_mobile == "06 44 44 44 44"
    assert_in_sync(world)


def test_429_storm_slows_down_and_completes(world: World) -> None:
    for i in range(3):
        world.add_crm(last_name=f"S{i}", personal_email=f"s{i}@ex.fr")
    world.sandbox.admin.set_faults(rate_limit_count=3, retry_after_s=0)
    result = world.service.sync()
    assert result.status is SyncStatus.OK and len(world.google()) == 3
    assert_in_sync(world)


def test_undo_reverts_both_sides_and_reports_later_edits(world: World) -> None:
    crm_id = world.add_crm(last_name="Undo", first_name="U", personal_email="u@ex.fr")
    world.service.sync()
    [name] = world.google()
    world.edit_crm(crm_id, personal_mobile="06 10 10 10 10", home_phone="01 10 10 10 10")
    world.sandbox.admin.patch_contact(name, {"addresses": [
        {"city": "Lyon", "type": "home"}]})
    world.service.sync()
    google = record_from_person(world.google()[name])
    assert google.personal_mobile == "06 10 10 10 10"
    # Someone edits the home phone on the phone after the sync: undo must leave it.
    person = world.google()[name]
    phones = [p for p in person["phoneNumbers"] if p.get("type") != "home"]
    world.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        *({"value": p["value"], "type": p["type"]} for p in phones),
        {"value": "01 99 99 99 99", "type": "home"}]})
    report = world.service.undo_last()
    assert report.reverted == 2 and report.errors == []
    assert any(line.code is ReasonCode.UNDO_GOOGLE_FIELD_CHANGED
               and line.kwargs["field"] is Field.HOME_PHONE for line in report.left_alone)
    google = record_from_person(world.google()[name])
    assert google.personal_mobile == "" and google.home_phone == "01 99 99 99 99"
    assert world.crm_contacts()[crm_id].record.home_address.city == ""
    first = world.service.undo_last()  # then the first sync, which created the contact:
    assert first.run_id == 1  # a phone and a city were typed on it since, so it stays
    assert [line.code for line in first.left_alone] == [
        ReasonCode.UNDO_GOOGLE_CHANGED_NOT_REMOVED]
    assert list(world.google()) == [name]


def test_ignore_and_manual_link(world: World) -> None:
    ignored = world.add_crm(last_name="Secret", personal_email="secret@ex.fr")
    crm_id = world.add_crm(last_name="Bernard", first_name="Hugo")
    google = world.add_google(names=[{"givenName": "Hugo", "familyName": "Bernard"}],
                              phoneNumbers=[{"value": "06 55 55 55 55", "type": "mobile"}])
    world.service.ignore(crm_id=ignored)
    plan = world.service.preview()
    assert [m.crm_id for m in plan.possible_matches] == [crm_id]
    assert all(c.crm_id != ignored for c in plan.to_google)
    world.service.link(crm_id, google)
    world.service.sync()
    assert world.crm_contacts()[crm_id].record.personal_mobile == "06 55 55 55 55"
    assert len(world.google()) == 1  # the ignored one was never sent
    assert_in_sync(world)


def test_cancel_stops_at_a_batch_boundary_and_the_next_run_resumes(world: World) -> None:
    import threading
    for i in range(450):
        world.add_crm(last_name=f"B{i}", personal_email=f"b{i}@ex.fr")
    cancel = threading.Event()

    def cancel_after_first_batch(event: Progress) -> None:
        if event.phase == "sync" and event.batch == 1:
            cancel.set()  # the user clicks Cancel while batch 1 is being sent

    result = world.service.sync(progress=cancel_after_first_batch, cancel=cancel)
    assert result.status is SyncStatus.CANCELLED
    assert len(world.google()) == 200
    result = world.service.sync()
    assert result.applied == {"google_created": 250}
    assert len(world.google()) == 450 and len(set(emails(world))) == 450
    assert_in_sync(world)


def test_deletion_policy_delete(world: World) -> None:
    crm_id = world.add_crm(last_name="Follow", personal_email="f@ex.fr")
    world.service.sync()
    world.sandbox.admin.delete_contact(next(iter(world.google())))
    world.settings.deletion_policy = DeletionPolicy.DELETE
    world.service.sync()
    assert world.crm_contacts()[crm_id].deleted


def test_update_on_a_later_run_keeps_google_only_data_read_in_an_earlier_one(
        world: World) -> None:
    """The second run reads only what changed (a sync token), so the Person to merge the
    CRM's edit into comes from the state's copy, not from memory."""
    world.add_google(names=[{"givenName": "Anne", "familyName": "Roux"}],
                     emailAddresses=[{"value": "anne@ex.fr", "type": "home"}],
                     birthdays=[{"date": {"month": 5, "day": 4}}])
    world.service.sync()
    [crm_id] = [c.crm_id for c in world.live_crm()]
    world.edit_crm(crm_id, home_phone="01 44 55 66 77")
    result = world.service.sync()
    assert result.applied == {"google_updated": 1}
    [person] = world.google().values()
    assert person["birthdays"][0]["date"] == {"month": 5, "day": 4}
    assert record_from_person(person).home_phone == "01 44 55 66 77"
    # Undo puts back the Person as it was before the update, birthday and all.
    world.service.undo_last()
    [person] = world.google().values()
    assert record_from_person(person).home_phone == ""
    assert person["birthdays"][0]["date"] == {"month": 5, "day": 4}


def test_a_label_renamed_in_the_settings_is_used_from_the_next_sync(world: World) -> None:
    """The label's resource is remembered with its name: a new name means the label of
    that name (created if needed) and a full read of who is in it."""
    world.add_crm(last_name="Avant", personal_email="avant@ex.fr")
    world.service.sync()
    world.settings.label_name = "Clients 2027"
    world.add_crm(last_name="Après", personal_email="apres@ex.fr")
    world.service.sync()
    groups = {g["name"]: g["resourceName"] for g in world.sandbox.admin.dump()["groups"]}
    assert {"Simple CRM", "Clients 2027"} <= set(groups)

    def labels_of(email: str) -> set[str]:
        [person] = [p for p in world.google().values()
                    if email in record_from_person(p).emails()]
        return {m["contactGroupMembership"]["contactGroupResourceName"]
                for m in person.get("memberships", []) if "contactGroupMembership" in m}

    assert groups["Simple CRM"] in labels_of("avant@ex.fr")
    assert groups["Clients 2027"] in labels_of("apres@ex.fr")
    assert groups["Simple CRM"] not in labels_of("apres@ex.fr")
    assert_in_sync(world)


def test_a_sync_records_the_normalisation_its_baselines_use(world: World) -> None:
    from crmsync_gui.core.phones import NORMALIZATION_VERSION
    from crmsync_gui.state.store import StateStore

    world.add_crm(last_name="Ali", personal_email="ali@ex.yt", home_phone="0269 61 23 45",
                  home_postal_code="97600")
    world.add_google(names=[{"familyName": "Ali"}],
                     emailAddresses=[{"value": "ali@ex.yt"}],
                     phoneNumbers=[{"value": "0269 61 23 45"}])
    assert world.service.sync().status is SyncStatus.OK
    [path] = world.service.profile.state_dir.glob("state-*.sqlite3")
    with world.service.open_crm() as crm, StateStore.open(
            path, crm_database_uuid=crm.database_uuid,
            google_sub=world.service.status().account.sub) as state:
        assert state.normalization_version == NORMALIZATION_VERSION
        [link] = state.links()
        # One region for the pair: the same text is one number, on both sides.
        assert link.baseline.crm_value(Field.HOME_PHONE) == "+262269612345"
        assert link.baseline.google_value(Field.HOME_PHONE) == "+262269612345"
    assert len(world.live_crm()) == 1 and len(world.google()) == 1
    assert_in_sync(world)


@pytest.mark.parametrize("written", ["25/11/2026 09:30", "2026/11/25 09:30:00",
                                     "1795599000000", "Wed, 25 Nov 2026 09:30:00 +0000"])
def test_a_date_another_program_wrote_does_not_stall_the_sync(world: World,
                                                              written: str) -> None:
    """#14 item 1 (the formats): the read and the write check parse the CRM's updated_at
    alike, so a Google edit of the contact lands instead of being refused as "changed
    meanwhile" again and again."""
    import sqlite3

    crm_id = world.add_crm(last_name="Dupont", first_name="Jean", personal_email="j@ex.fr")
    world.service.sync()
    with sqlite3.connect(world.service.crm_path) as conn:
        conn.execute("UPDATE contact SET updated_at = ? WHERE id = ?", (written, crm_id))
    [name] = world.google()
    world.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        {"value": "06 99 99 99 99", "type": "mobile"}]})
    result = world.service.sync()
    assert result.status is SyncStatus.OK, result.errors
    assert world.crm_contacts()[crm_id].record.personal_mobile == "06 99 99 99 99"
    assert_in_sync(world)


def test_a_crm_edit_between_plan_and_write_that_leaves_updated_at_is_not_lost(
        world: World) -> None:
    """Another program edits the CRM row the run is about to write, after the plan read
    it and without moving ``updated_at``: the write's own check cannot see it. The run
    reads its batch again first, sees the edit and plans that pair again; what it then
    writes, its journal holds the edit as the before-image, so undo brings it back."""
    crm_id = world.add_crm(last_name="Race", personal_email="r@ex.fr", home_city="Paris")
    world.service.sync()
    [name] = world.google()
    world.sandbox.admin.patch_contact(name, {"addresses": [{"city": "Nice", "type": "home"}]})

    def edit_before_the_crm_batch(event: Progress) -> None:
        if event.phase == "sync" and event.batch == 1:
            conn = sqlite3.connect(world.home / "crm.sqlite3")
            with conn:
                conn.execute("UPDATE contact SET home_city = 'Marseille' WHERE id = ?",
                             (crm_id,))
            conn.close()

    with world.service._engine(progress=edit_before_the_crm_batch) as engine:
        result = engine.sync()
    assert result.status.value == "ok", result.errors
    assert result.applied.get("replanned") == 1
    written = world.crm_contacts()[crm_id].record.home_address.city
    assert written in ("Nice", "Marseille")
    world.service.undo_last()
    assert world.crm_contacts()[crm_id].record.home_address.city == "Marseille"
