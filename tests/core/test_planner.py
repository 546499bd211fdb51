from __future__ import annotations

import dataclasses
import json

import pytest

from crmsync_gui.core.baseline import Baseline, baseline_after
from crmsync_gui.core.note_block import BLOCK_START, read_block
from crmsync_gui.core.plan import Action, HousekeepingKind, Side
from crmsync_gui.core.plan_input import Decisions, Link, PlanOptions, client_tag
from crmsync_gui.core.policies import ConflictPolicy
from crmsync_gui.core.record import Address, Field
from crmsync_gui.core.sides import CrmContact, GoogleContact
from tests.core.conftest import (
    UUID,
    World,
    at,
    company,
    crm_contact,
    google_contact,
    make_plan,
)

BASE = {"last_name": "Martin", "first_name": "Sophie", "personal_email": "s@x.fr",
        "personal_mobile": "06 12 34 56 78"}


def synced(crm: CrmContact, google: GoogleContact, **link: object) -> Link:
    """The link of a pair that was in sync as both sides stand now."""
    link.setdefault("google_seen", google.source_etag)
    return Link(crm.crm_id, google.resource_name, Baseline.of(crm.record, google.record),
                **link)  # type: ignore[arg-type]


def edited_crm(contact: CrmContact, minutes: int, **fields: object) -> CrmContact:
    return dataclasses.replace(contact, record=contact.record.replace(**fields),
                               updated_at=at(minutes))


def edited_google(contact: GoogleContact, minutes: int, **fields: object) -> GoogleContact:
    return dataclasses.replace(contact, record=contact.record.replace(**fields),
                               updated_at=at(minutes))


@pytest.fixture
def pair() -> tuple[CrmContact, GoogleContact, Link]:
    crm = crm_contact(1, **BASE)
    google = google_contact("people/c1", **BASE)
    return crm, google, synced(crm, google)


def test_synced_pair_with_nothing_changed_plans_nothing(pair) -> None:
    crm, google, link = pair
    plan = make_plan([crm], [google], links=[link])
    assert plan.is_empty() and not plan.housekeeping


def test_a_google_edit_outside_the_mapped_fields_is_remembered_as_synced(pair) -> None:
    """A birthday added on the phone moves the contact's source etag, not its mapped
    fields: nothing to write, but the link records it as synced, so a CRM deletion
    after this sync may delete it (R-S5). A link of an older version records it too."""
    crm, google, link = pair
    birthday = dataclasses.replace(google, updated_at=at(30), source_etag="#moved")
    for stored in (link, dataclasses.replace(link, google_seen=None)):
        plan = make_plan([crm], [birthday], links=[stored])
        assert plan.is_empty()
        [refresh] = plan.housekeeping
        assert refresh.kind is HousekeepingKind.REFRESH and not refresh.settles


def test_phone_formatted_differently_is_no_change(pair) -> None:
    crm, google, link = pair
    crm = edited_crm(crm, 5, personal_mobile="+33 6 12 34 56 78")
    google = edited_google(google, 6, personal_mobile="0612345678")
    assert make_plan([crm], [google], links=[link]).is_empty()


def test_contact_touched_but_equal_is_no_change(pair) -> None:
    crm, google, link = pair
    crm = dataclasses.replace(crm, updated_at=at(60))  # timestamp moved, content equal
    google = edited_google(google, 61, personal_email="  S@X.FR", last_name=" Martin ")
    assert make_plan([crm], [google], links=[link]).is_empty()


def test_change_on_one_side_is_copied_to_the_other(pair) -> None:
    crm, google, link = pair
    plan = make_plan([edited_crm(crm, 5, home_phone="01 44 55 66 77")], [google], links=[link])
    [change] = plan.to_google
    assert (change.action, change.fields) == (Action.UPDATE, (Field.HOME_PHONE,))
    assert [(d.old, d.new) for d in change.diffs] == [("", "01 44 55 66 77")]
    assert not plan.to_crm and not plan.conflicts


def test_both_sides_edit_different_fields_merge(pair) -> None:
    crm, google, link = pair
    crm = edited_crm(crm, 5, home_phone="01 44 55 66 77")
    google = edited_google(google, 9, first_name="Sophia")
    plan = make_plan([crm], [google], links=[link])
    assert [c.fields for c in plan.to_google] == [(Field.HOME_PHONE,)]
    assert [c.fields for c in plan.to_crm] == [(Field.FIRST_NAME,)]
    assert plan.to_crm[0].record is not None
    assert plan.to_crm[0].record.first_name == "Sophia"
    assert not plan.conflicts


@pytest.mark.parametrize(("policy", "crm_minutes", "google_minutes", "winner"), [
    (ConflictPolicy.NEWEST, 10, 5, Side.CRM),
    (ConflictPolicy.NEWEST, 5, 10, Side.GOOGLE),
    (ConflictPolicy.CRM, 5, 10, Side.CRM),
    (ConflictPolicy.GOOGLE, 10, 5, Side.GOOGLE),
    (ConflictPolicy.ASK, 10, 5, None),
])
def test_both_sides_edit_same_field_each_policy(pair, policy, crm_minutes, google_minutes,
                                                winner) -> None:
    crm, google, link = pair
    crm = edited_crm(crm, crm_minutes, first_name="Sophie-Anne")
    google = edited_google(google, google_minutes, first_name="Sofia")
    plan = make_plan([crm], [google], links=[link],
                     options=PlanOptions(conflict_policy=policy))
    [conflict] = plan.conflicts
    assert (conflict.field, conflict.crm_value, conflict.google_value) == (
        Field.FIRST_NAME, "Sophie-Anne", "Sofia")
    assert (conflict.crm_updated_at, conflict.google_updated_at) == (at(crm_minutes),
                                                                     at(google_minutes))
    assert conflict.resolution is winner
    if winner is Side.CRM:
        assert [c.fields for c in plan.to_google] == [(Field.FIRST_NAME,)]
        assert not plan.to_crm
    elif winner is Side.GOOGLE:
        assert [c.fields for c in plan.to_crm] == [(Field.FIRST_NAME,)]
        assert not plan.to_google
    else:  # ask: left out of the run until the user decides
        assert not plan.to_google and not plan.to_crm
        assert plan.unresolved() == (conflict,)


def test_ask_conflict_decided_in_the_preview(pair) -> None:
    crm, google, link = pair
    crm = edited_crm(crm, 10, first_name="Sophie-Anne")
    google = edited_google(google, 5, first_name="Sofia")
    plan = make_plan([crm], [google], links=[link],
                     options=PlanOptions(conflict_policy=ConflictPolicy.ASK),
                     decisions=Decisions(conflicts={(1, Field.FIRST_NAME): Side.GOOGLE}))
    assert plan.conflicts[0].resolution is Side.GOOGLE and not plan.unresolved()
    assert [c.fields for c in plan.to_crm] == [(Field.FIRST_NAME,)]


def test_both_sides_same_new_value_is_no_change_but_resettles_baseline(pair) -> None:
    crm, google, link = pair
    crm = edited_crm(crm, 5, home_phone="01 44 55 66 77")
    google = edited_google(google, 6, home_phone="+33144556677")
    plan = make_plan([crm], [google], links=[link])
    assert plan.is_empty()
    [refresh] = plan.housekeeping
    after = baseline_after(link.baseline, refresh)
    assert after == Baseline.of(crm.record, google.record)


def test_first_sync_fills_the_empty_side_and_conflicts_by_policy() -> None:
    crm = crm_contact(1, last_name="Blanc", personal_email="b@x.fr", first_name="Luc",
                      updated=at(1))
    google = google_contact("people/c1", last_name="Blanc", personal_email="b@x.fr",
                            first_name="Lucas", home_phone="0144556677", updated=at(2))
    plan = make_plan([crm], [google])
    [conflict] = plan.conflicts
    assert conflict.field is Field.FIRST_NAME and conflict.resolution is Side.GOOGLE
    [change] = plan.to_crm
    assert change.fields == (Field.FIRST_NAME, Field.HOME_PHONE)


def test_google_only_entries_untouched_change_lists_only_mapped_fields(pair) -> None:
    crm, google, link = pair
    google = dataclasses.replace(google, person={
        "birthdays": [{"date": {"month": 5, "day": 4}}],
        "phoneNumbers": [{"value": "0611111111", "type": "mobile"},
                         {"value": "+1 555 0100", "type": "other"}]})
    plan = make_plan([edited_crm(crm, 5, last_name="Martin-Durand")], [google], links=[link])
    [change] = plan.to_google
    assert change.fields == (Field.LAST_NAME,)
    assert [d.field for d in change.diffs] == [Field.LAST_NAME]


# -- professional fields: note block or company link (R-S4) -----------------------------

def test_pro_fields_from_google_go_to_note_block_once_user_note_kept() -> None:
    world = World()
    world.crm[1] = crm_contact(1, note="Rencontrée au salon.", **BASE)
    world.google["people/c1"] = google_contact("people/c1", **BASE)
    world.sync()
    for title, minutes in (("Directrice", 5), ("Gérante", 7), ("Gérante", 9)):
        g = world.google["people/c1"]
        world.google["people/c1"] = edited_google(g, minutes, company_name="ACME",
                                                  job_title=title, work_phone="01 02 03 04 05")
        world.sync()
        note = world.crm[1].note
        assert note.count(BLOCK_START) == 1
        assert note.startswith("Rencontrée au salon.\n\n")
        assert read_block(note) == {Field.COMPANY_NAME: "ACME", Field.JOB_TITLE: title,
                                    Field.WORK_PHONE: "01 02 03 04 05"}
        assert world.crm[1].record.job_title == ""  # the CRM field itself is not written
        assert world.plan().is_empty()
    g = world.google["people/c1"]
    world.google["people/c1"] = edited_google(g, 20, company_name="", job_title="",
                                              work_phone="")
    world.sync()
    assert world.crm[1].note == "Rencontrée au salon."  # empty block removed


def test_note_block_change_shows_field_diffs_into_note() -> None:
    crm = crm_contact(1, **BASE)
    google = google_contact("people/c1", job_title="Comptable", **BASE)
    [change] = make_plan([crm], [google], links=[synced(crm, google_contact("people/c1",
                                                                            **BASE))]).to_crm
    assert [(d.field, d.old, d.new, d.into_note) for d in change.diffs] == [
        (Field.JOB_TITLE, "", "Comptable", True)]
    assert change.fields == () and change.note is not None


def test_company_aware_update_goes_to_the_contact_company_link() -> None:
    fields = dict(BASE, company_name="Société Générale", job_title="Analyste")
    crm = crm_contact(1, company_id=40, note="n", **fields)
    google = google_contact("people/c1", **fields)
    link = synced(crm, google)
    google = edited_google(google, 5, company_name="SOCIETE GENERALE", job_title="Directeur",
                           work_mobile="07 11 22 33 44")
    plan = make_plan([crm], [google], links=[link],
                     companies=[company(40, "Société Générale")])
    [change] = plan.to_crm
    assert change.fields == (Field.WORK_MOBILE, Field.JOB_TITLE)
    assert change.company_id == 40 and change.note is None
    assert change.record is not None
    assert change.record.company_name == "Société Générale"  # never renamed from Google
    assert change.record.job_title == "Directeur"


def test_company_aware_falls_back_to_the_note_when_the_name_does_not_match() -> None:
    fields = dict(BASE, company_name="ACME", job_title="Analyste")
    crm = crm_contact(1, company_id=40, **fields)
    google = google_contact("people/c1", **fields)
    link = synced(crm, google)
    google = edited_google(google, 5, company_name="Globex", job_title="Directeur")
    plan = make_plan([crm], [google], links=[link], companies=[company(40, "ACME")])
    [change] = plan.to_crm
    assert change.fields == () and change.company_id is None
    assert change.note is not None
    assert read_block(change.note) == {Field.COMPANY_NAME: "Globex",
                                       Field.JOB_TITLE: "Directeur"}


def test_new_google_contact_linked_to_the_one_matching_company() -> None:
    google = google_contact("people/c1", last_name="Noël", company_name="acme ",
                            job_title="Acheteuse", work_email="n@acme.fr")
    plan = make_plan([], [google], companies=[company(40, "ACME"), company(41, "Globex")])
    [change] = plan.to_crm
    assert (change.action, change.company_id, change.note) == (Action.CREATE, 40, None)
    assert change.record is not None and change.record.company_name == "ACME"
    assert Field.COMPANY_NAME not in change.fields and Field.JOB_TITLE in change.fields


def test_new_google_contact_with_ambiguous_company_gets_the_note() -> None:
    google = google_contact("people/c1", last_name="Noël", company_name="ACME",
                            job_title="Acheteuse")
    plan = make_plan([], [google], companies=[company(40, "ACME"), company(41, "Acmé")])
    [change] = plan.to_crm
    assert change.company_id is None and change.note is not None
    assert change.record is not None and change.record.job_title == ""
    assert read_block(change.note)[Field.JOB_TITLE] == "Acheteuse"


# -- new contacts ---------------------------------------------------------------------

def test_crm_only_contact_is_created_in_google_with_its_tag() -> None:
    plan = make_plan([crm_contact(8, **BASE)], [])
    [change] = plan.to_google
    assert (change.action, change.crm_id, change.client_tag) == (Action.CREATE, 8,
                                                                 client_tag(UUID, 8))
    assert change.record is not None and change.record.last_name == "Martin"


def test_soft_deleted_unlinked_crm_contact_is_not_created() -> None:
    assert make_plan([crm_contact(8, deleted=True, **BASE)], []).is_empty()


def test_excluded_row_stays_in_the_plan_but_not_in_the_run() -> None:
    plan = make_plan([crm_contact(8, **BASE)], [])
    key = plan.to_google[0].key
    plan = make_plan([crm_contact(8, **BASE)], [], decisions=Decisions(excluded=frozenset({key})))
    assert plan.to_google[0].excluded and not plan.changes()


# -- the JSON of `crmsync preview --json` ------------------------------------------------

def test_plan_json_has_the_cli_shape(pair) -> None:
    crm, google, link = pair
    crm = edited_crm(crm, 10, first_name="Sophie-Anne", home_phone="0144556677")
    google = edited_google(google, 5, first_name="Sofia")
    plan = make_plan([crm, crm_contact(2, last_name="Nouveau")], [google], links=[link],
                     options=PlanOptions(conflict_policy=ConflictPolicy.ASK))
    data = json.loads(json.dumps(plan.to_json()))
    assert set(data) >= {"to_google", "to_crm", "conflicts", "skipped", "counts"}
    for item in (*data["to_google"], *data["conflicts"]):
        assert set(item) >= {"action", "crm_id", "resource_name", "name", "fields"}
    update = next(i for i in data["to_google"] if i["action"] == "update")
    assert update["fields"] == {"home_phone": {"old": "", "new": "0144556677",
                                               "into_note": False}}
    assert data["conflicts"][0]["fields"] == {"first_name": {"crm": "Sophie-Anne",
                                                             "google": "Sofia"}}
    assert data["conflicts"][0]["resolution"] is None
    assert data["counts"]["to_google"] == 2 and data["counts"]["unresolved_conflicts"] == 1


def test_home_country_change_rereads_phones_without_echo() -> None:
    # A Belgian address makes "06 12 34 56 78" read as a Belgian number: the phone's
    # normalised form moves although nobody edited it. That must not bounce back.
    world = World()
    world.crm[1] = crm_contact(1, last_name="Peeters", home_phone="06 12 34 56 78")
    world.sync()
    [name] = world.google
    google = world.google[name]
    world.google[name] = edited_google(google, 5, home_address=Address(
        "3 av. Louise", "1050", "Bruxelles", "Belgique"))
    plan = world.sync()
    assert [c.fields for c in plan.to_crm] == [(Field.HOME_ADDRESS,)]
    assert world.plan().is_empty()
