"""The engine on data shaped like a real phone's address book (issue #13, R-S10, R-S11).

One test per case reproduced through ``crmsync``: each drives the real engine against
the sandbox and asserts the invariant the user relies on — no duplicate on either side,
no user text lost, a preview right after a sync is empty — never the engine's output.
Each failed on the engine before #13 (they landed as strict xfails first).
"""

from __future__ import annotations

from typing import Any

import pytest

from crmsync_gui.app.settings import ConflictPolicy
from crmsync_gui.core.note_block import BLOCK_END, BLOCK_START
from crmsync_gui.core.phones import normalize_phone
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sync.engine import SyncStatus

from .conftest import World


def assert_in_sync(world: World) -> None:
    """Convergence: a preview right after a sync proposes nothing."""
    plan = world.service.preview()
    assert not plan.to_google and not plan.to_crm and not plan.conflicts, plan.to_json()


def sync_ok(world: World) -> None:
    result = world.service.sync()
    assert result.status is SyncStatus.OK, result.errors


def google_values(person: dict[str, Any], list_name: str) -> list[str]:
    return [str(e.get("value", "")) for e in person.get(list_name, [])]


def the_contact(world: World) -> tuple[int, dict[str, Any]]:
    """The one CRM contact and the one Google contact, linked: a second one is a
    duplicate, two unlinked ones are not synced."""
    crm, google = world.live_crm(), list(world.google().values())
    assert len(crm) == 1, [c.record for c in crm]
    assert len(google) == 1, google
    assert world.service.status().linked == 1
    return crm[0].crm_id, google[0]


def note_of(world: World, crm_id: int) -> str:
    return str(world.crm_contacts()[crm_id].note)


# -- 1. entries of any type --------------------------------------------------------------


def test_untyped_google_email_matches_crm_contact_no_duplicate(world: World) -> None:
    world.add_crm(last_name="Durand", first_name="Jean-Pierre",
                  personal_email="jp.durand@ex.fr")
    # As the phone holds him: another spelling of the name, an email without a type.
    world.add_google(names=[{"givenName": "JP", "familyName": "Durand"}],
                     emailAddresses=[{"value": "jp.durand@ex.fr"}])
    sync_ok(world)
    crm_id, person = the_contact(world)
    assert world.crm_contacts()[crm_id].record.personal_email == "jp.durand@ex.fr"
    assert google_values(person, "emailAddresses") == ["jp.durand@ex.fr"]
    assert_in_sync(world)


def test_email_relabelled_other_on_phone_keeps_crm_email(world: World) -> None:
    crm_id = world.add_crm(last_name="Autre", personal_email="autre@ex.fr")
    sync_ok(world)
    [name] = world.google()
    world.sandbox.admin.patch_contact(name, {"emailAddresses": [
        {"value": "autre@ex.fr", "type": "other"}]})
    sync_ok(world)
    _, person = the_contact(world)
    assert world.crm_contacts()[crm_id].record.personal_email == "autre@ex.fr"
    assert google_values(person, "emailAddresses") == ["autre@ex.fr"]
    assert_in_sync(world)


def test_unlabelled_google_phone_reaches_crm(world: World) -> None:
    world.add_google(names=[{"givenName": "Léa", "familyName": "Sanstype"}],
                     emailAddresses=[{"value": "lea@ex.fr", "type": "home"}],
                     phoneNumbers=[{"value": "06 12 34 56 78"}])
    sync_ok(world)
    crm_id, person = the_contact(world)
    # Rule (d): a phone phonenumbers types mobile feeds the personal mobile.
    assert world.crm_contacts()[crm_id].record.personal_mobile == "06 12 34 56 78"
    assert google_values(person, "phoneNumbers") == ["06 12 34 56 78"]
    assert_in_sync(world)


def test_custom_label_email_matches(world: World) -> None:
    world.add_crm(last_name="Perso", first_name="Zoé", personal_email="zoe@ex.fr")
    world.add_google(names=[{"givenName": "Zoe", "familyName": "Perso-Martin"}],
                     emailAddresses=[{"value": "Zoe@ex.fr", "type": "Boîte perso"}])
    sync_ok(world)
    crm_id, person = the_contact(world)
    assert world.crm_contacts()[crm_id].record.personal_email == "zoe@ex.fr"
    assert [e.get("type") for e in person["emailAddresses"]] == ["Boîte perso"]
    assert_in_sync(world)


# -- 2. two entries of one type ----------------------------------------------------------


def test_two_mobiles_clearing_crm_mobile_does_not_echo_second(world: World) -> None:
    world.add_google(names=[{"givenName": "Deux", "familyName": "Mobiles"}],
                     emailAddresses=[{"value": "deux@ex.fr", "type": "home"}],
                     phoneNumbers=[{"value": "06 11 11 11 11", "type": "mobile"},
                                   {"value": "06 22 22 22 22", "type": "mobile"}])
    sync_ok(world)
    crm_id, _ = the_contact(world)
    assert world.crm_contacts()[crm_id].record.personal_mobile == "06 11 11 11 11"
    world.edit_crm(crm_id, personal_mobile="")
    sync_ok(world)
    assert_in_sync(world)
    _, person = the_contact(world)
    assert world.crm_contacts()[crm_id].record.personal_mobile == ""
    # Google-only data is never lost: the second mobile stays where it was.
    assert google_values(person, "phoneNumbers") == ["06 22 22 22 22"]


# -- 3. hand-edited note block -----------------------------------------------------------


def _linked_with_block(world: World, note: str = "") -> tuple[int, str]:
    """A CRM contact whose note holds the managed block (Google's company and title)."""
    crm_id = world.add_crm(last_name="Bloc", personal_email="bloc@ex.fr")
    if note:
        world.edit_crm(crm_id, note=note)
    sync_ok(world)
    [name] = world.google()
    world.sandbox.admin.patch_contact(name, {"organizations": [
        {"name": "Cave Nguyen", "title": "Gérante"}]})
    sync_ok(world)
    assert note_of(world, crm_id).count(BLOCK_START) == 1
    return crm_id, name


def test_note_block_end_line_deleted_keeps_user_text_and_one_block(world: World) -> None:
    crm_id, _ = _linked_with_block(world, note="Ma note à moi")
    # The user deletes the end line and writes below the block.
    lines = [line for line in note_of(world, crm_id).split("\n") if line != BLOCK_END]
    world.edit_crm(crm_id, note="\n".join([*lines, "Rappeler après le salon."]))
    for phone in ("01 11 11 11 11", "01 22 22 22 22"):  # unrelated edits, one sync each
        world.edit_crm(crm_id, home_phone=phone)
        sync_ok(world)
        note = note_of(world, crm_id)
        assert "Ma note à moi" in note and "Rappeler après le salon." in note, note
        assert note.count(BLOCK_START) == 1, note
        assert_in_sync(world)


def test_note_block_user_line_inside_block_is_kept_on_unrelated_rewrite(
        world: World) -> None:
    crm_id, _ = _linked_with_block(world)
    # The user corrects the title inside the block and adds a line of their own there.
    edited = note_of(world, crm_id).replace(
        "Fonction : Gérante", "Fonction : Patronne\nVoir aussi sa sœur, même cave.")
    world.edit_crm(crm_id, note=edited)
    world.edit_crm(crm_id, home_phone="01 33 33 33 33")  # unrelated to the block
    sync_ok(world)
    note = note_of(world, crm_id)
    assert "Voir aussi sa sœur, même cave." in note, note
    # Google's title did not change: the user's correction stands.
    assert "Fonction : Patronne" in note and "Gérante" not in note, note
    assert note.count(BLOCK_START) == 1, note
    assert_in_sync(world)


# -- 4. an email moved between contacts --------------------------------------------------


@pytest.mark.parametrize("side", ["crm", "google"])
def test_email_moved_between_contacts_converges_in_one_run(world: World, side: str) -> None:
    old_holder = world.add_crm(last_name="Ancien", personal_email="partage@ex.fr")
    sync_ok(world)
    [old_name] = world.google()
    if side == "crm":
        world.edit_crm(old_holder, personal_email="ancien@ex.fr")
        world.add_crm(last_name="Nouveau", personal_email="partage@ex.fr")
    else:
        world.sandbox.admin.patch_contact(old_name, {"emailAddresses": [
            {"value": "ancien@ex.fr", "type": "home"}]})
        world.add_google(names=[{"familyName": "Nouveau"}],
                         emailAddresses=[{"value": "partage@ex.fr", "type": "home"}])
    sync_ok(world)
    assert_in_sync(world)
    crm = {c.record.last_name: c.record.personal_email for c in world.live_crm()}
    google = {record_from_person(p).last_name: google_values(p, "emailAddresses")
              for p in world.google().values()}
    assert crm == {"Ancien": "ancien@ex.fr", "Nouveau": "partage@ex.fr"}
    assert google == {"Ancien": ["ancien@ex.fr"], "Nouveau": ["partage@ex.fr"]}


# -- 5. one phone region per pair --------------------------------------------------------


def test_mayotte_phone_one_region_per_pair_no_conflict(world: World) -> None:
    world.settings.conflict_policy = ConflictPolicy.ASK
    crm_id = world.add_crm(last_name="Madi", first_name="Fatima",
                           personal_email="fatima@ex.yt", home_phone="0269 61 23 45",
                           home_postal_code="97600", home_city="Mamoudzou")
    world.add_google(names=[{"givenName": "Fatima", "familyName": "Madi"}],
                     emailAddresses=[{"value": "fatima@ex.yt", "type": "home"}],
                     phoneNumbers=[{"value": "0269 61 23 45", "type": "home"}])
    plan = world.service.preview()
    assert not plan.conflicts, plan.to_json()
    sync_ok(world)
    _, person = the_contact(world)
    crm = world.crm_contacts()[crm_id].record
    assert normalize_phone(crm.home_phone, "YT") == "+262269612345"
    assert google_values(person, "phoneNumbers") == ["0269 61 23 45"]
    assert_in_sync(world)


# -- found by the hostile review ---------------------------------------------------------

def test_undo_after_clearing_one_of_two_mobiles_restores_it_and_keeps_the_other(
        world: World) -> None:
    world.add_google(names=[{"givenName": "Deux", "familyName": "Mobiles"}],
                     emailAddresses=[{"value": "deux@ex.fr", "type": "home"}],
                     phoneNumbers=[{"value": "06 11 11 11 11", "type": "mobile"},
                                   {"value": "06 22 22 22 22", "type": "mobile"}])
    sync_ok(world)
    crm_id, _ = the_contact(world)
    world.edit_crm(crm_id, personal_mobile="")
    sync_ok(world)
    report = world.service.undo_last()
    # Nobody touched Google since the run: the cleared mobile comes back, said truly.
    assert report.reverted == 1 and not report.left_alone, report
    _, person = the_contact(world)
    assert sorted(google_values(person, "phoneNumbers")) == ["06 11 11 11 11",
                                                             "06 22 22 22 22"]
    # A later CRM mobile never overwrites the second one.
    world.edit_crm(crm_id, personal_mobile="06 33 33 33 33")
    sync_ok(world)
    _, person = the_contact(world)
    assert "06 22 22 22 22" in google_values(person, "phoneNumbers")
    assert_in_sync(world)


def test_writing_the_first_name_of_a_profile_named_contact_keeps_its_last_name(
        world: World) -> None:
    name = world.add_google(names=[{"givenName": "Goo", "familyName": "Profil",
                                    "metadata": {"source": {"type": "PROFILE"}}}],
                            emailAddresses=[{"value": "profil@ex.fr", "type": "home"}])
    sync_ok(world)
    crm_id, _ = the_contact(world)
    assert world.crm_contacts()[crm_id].record.last_name == "Profil"
    world.edit_crm(crm_id, first_name="Anne")
    sync_ok(world)
    record = record_from_person(world.google()[name])
    assert (record.first_name, record.last_name) == ("Anne", "Profil")
    assert world.crm_contacts()[crm_id].record.last_name == "Profil"
    assert_in_sync(world)
