"""Which Google email or phone feeds which CRM field, on the shapes real address books
have (R-S10): untyped, "other" and custom labels, two of one type, a profile's entries."""

from __future__ import annotations

from typing import Any

from crmsync_gui.core.baseline import Baseline
from crmsync_gui.core.google_entries import assign
from crmsync_gui.core.plan import Action, Side
from crmsync_gui.core.plan_input import Link
from crmsync_gui.core.record import Address, ContactRecord, Field
from crmsync_gui.core.tags import LabelDirectory
from crmsync_gui.google.person import contact_from_person, entries_of, merge_into_person
from tests.core.conftest import crm_contact, make_plan


def person(emails: list[dict[str, Any]] = (), phones: list[dict[str, Any]] = (),
           **extra: Any) -> dict[str, Any]:
    return {"resourceName": "people/c1", "etag": "e1",
            "names": [{"givenName": "Jean-Pierre", "familyName": "Durand"}],
            "emailAddresses": list(emails), "phoneNumbers": list(phones), **extra}


def test_untyped_other_and_custom_emails_feed_the_personal_email() -> None:
    for entry in ({"value": "jp@ex.fr"}, {"value": "jp@ex.fr", "type": "other"},
                  {"value": "jp@ex.fr", "type": "Bureau"}):
        record = contact_from_person(person([entry])).record
        assert record.personal_email == "jp@ex.fr", entry


def test_a_typed_email_wins_over_an_untyped_one() -> None:
    record = contact_from_person(person([{"value": "a@ex.fr"},
                                         {"value": "b@ex.fr", "type": "home"}])).record
    assert (record.personal_email, record.work_email) == ("b@ex.fr", "")


def test_an_unlabelled_phone_goes_to_mobile_or_landline_by_its_number() -> None:
    record = contact_from_person(person(phones=[{"value": "06 11 22 33 44"},
                                                {"value": "01 42 00 00 00"}])).record
    assert record.personal_mobile == "06 11 22 33 44"
    assert record.home_phone == "01 42 00 00 00"


def test_a_profile_entry_is_matched_on_but_never_chosen_for_a_field() -> None:
    profile = {"source": {"type": "PROFILE"}}
    contact = contact_from_person(person([{"value": "pro@ex.fr", "type": "home",
                                           "metadata": profile}]))
    assert contact.record.personal_email == ""
    assert contact.all_emails() == ("pro@ex.fr",)


def test_the_baseline_keeps_an_email_in_its_field_after_a_relabel() -> None:
    entries = entries_of(person([{"value": "b@ex.fr", "type": "home"},
                                 {"value": "a@ex.fr", "type": "work"}]))
    # Last sync: a@ex.fr was the personal email; the phone user relabelled it "work".
    chosen = assign(entries, "FR", baseline={Field.PERSONAL_EMAIL: "a@ex.fr",
                                             Field.WORK_EMAIL: ""})
    assert chosen.slots[Field.PERSONAL_EMAIL].value == "a@ex.fr"
    # Each entry feeds one field: the home-typed one is left in Google, not moved.
    assert Field.WORK_EMAIL not in chosen.slots
    assert [e.value for e in chosen.unused] == ["b@ex.fr"]


def test_an_entry_left_in_google_is_never_promoted() -> None:
    entries = entries_of(person(phones=[{"value": "06 22 22 22 22", "type": "mobile"}]))
    chosen = assign(entries, "FR", baseline={Field.PERSONAL_MOBILE: ""},
                    left=frozenset({"phoneNumbers:+33622222222"}))
    assert Field.PERSONAL_MOBILE not in chosen.slots
    assert [e.value for e in chosen.unused] == ["06 22 22 22 22"]


def test_a_write_lands_in_the_entry_it_was_read_from_keeping_its_label() -> None:
    raw = person([{"value": "old@ex.fr", "type": "Bureau", "formattedType": "Bureau"},
                  {"value": "keep@ex.fr", "type": "Bureau"}])
    contact = contact_from_person(raw)
    chosen = assign(contact.entries or (), "FR")
    body = merge_into_person(raw, contact.record.replace(personal_email="new@ex.fr"),
                             [Field.PERSONAL_EMAIL], chosen.indexes())
    assert body["emailAddresses"] == [{"value": "new@ex.fr", "type": "Bureau"},
                                      {"value": "keep@ex.fr", "type": "Bureau"}]
    cleared = merge_into_person(raw, contact.record.replace(personal_email=""),
                                [Field.PERSONAL_EMAIL], chosen.indexes())
    assert [e["value"] for e in cleared["emailAddresses"]] == ["keep@ex.fr"]


def test_the_plan_says_what_stays_in_google() -> None:
    raw = person([{"value": "jp@ex.fr"}, {"value": "jp.perso@ex.fr", "type": "Perso"}],
                 [{"value": "+33 1 42 00 00 00", "type": "homeFax"}])
    google = contact_from_person(raw)
    crm = crm_contact(1, first_name="Jean-Pierre", last_name="Durand",
                      personal_email="jp@ex.fr", home_phone="01 40 00 00 00")
    plan = make_plan([crm], [google])
    [change] = plan.to_google
    assert (change.action, change.target) == (Action.UPDATE, Side.GOOGLE)
    left = plan.to_json()["to_google"][0]["left_in_google"]
    assert {"list": "emailAddresses", "type": "Perso", "value": "jp.perso@ex.fr"} in left
    assert {"list": "phoneNumbers", "type": "homeFax", "value": "+33 1 42 00 00 00"} in left
    [link] = plan.to_json()["new_links"]
    assert link["crm_id"] == 1 and link["left_in_google"] == left
    # Linked by the untyped email, not created again on either side.
    assert not [c for c in plan.changes() if c.action is Action.CREATE]


def test_an_email_moved_in_the_crm_to_a_new_contact_is_created_in_one_run() -> None:
    raw = person([{"value": "x@ex.fr", "type": "home"}])
    google = contact_from_person(raw)
    old_holder = crm_contact(1, first_name="Jean-Pierre", last_name="Durand",
                             personal_email="x@ex.fr")
    link = Link(1, "people/c1", Baseline.of(old_holder.record, google.record))
    moved = crm_contact(1, first_name="Jean-Pierre", last_name="Durand")
    new_holder = crm_contact(2, first_name="Xavier", last_name="Roux",
                             personal_email="x@ex.fr")
    plan = make_plan([moved, new_holder], [google], links=[link])
    actions = {(c.crm_id, c.action) for c in plan.to_google}
    assert actions == {(1, Action.UPDATE), (2, Action.CREATE)}
    assert not plan.skipped


def test_a_record_of_every_shape_round_trips_through_a_create() -> None:
    from crmsync_gui.google.person import new_person

    record = ContactRecord(personal_email="a@ex.fr", work_email="b@ex.fr",
                           personal_mobile="06 11 11 11 11", home_phone="01 42 00 00 00",
                           work_phone="01 43 00 00 00", work_mobile="06 22 22 22 22")
    created = {"resourceName": "people/c9", **new_person(record, None, None)}
    assert contact_from_person(created).record.normalized == record.normalized


def _synced(crm: Any, raw: dict[str, Any]) -> Link:
    """The link of a first sync where both sides already agree."""
    from crmsync_gui.core.baseline import baseline_after

    [link_item] = make_plan([crm], [contact_from_person(raw)]).housekeeping
    return Link(crm.crm_id, raw["resourceName"], baseline_after(None, link_item))


def _sync_once(crm: Any, raw: dict[str, Any], link: Link) -> tuple[dict[str, Any], Link]:
    """Plan, write the Google update into the Person as the engine does, move the
    baseline: the Person and link after the run."""
    from crmsync_gui.core.baseline import baseline_after
    from crmsync_gui.sync.writes import google_body

    plan = make_plan([crm], [contact_from_person(raw)], links=[link])
    [change] = plan.to_google
    assert not plan.to_crm
    body = google_body(change, raw, None, LabelDirectory())
    return {**raw, **body}, Link(link.crm_id, link.resource_name,
                                 baseline_after(link.baseline, change))


def test_clearing_one_of_two_home_addresses_does_not_promote_the_other() -> None:
    home = {"type": "home", "city": "Paris", "postalCode": "75001", "country": "France"}
    raw = person([{"value": "jp@ex.fr"}], addresses=[
        {**home, "streetAddress": "1 rue A"}, {**home, "streetAddress": "2 rue B"}])
    crm = crm_contact(1, first_name="Jean-Pierre", last_name="Durand",
                      personal_email="jp@ex.fr", home_address=Address(
                          "1 rue A", "75001", "Paris", "France"))
    link = _synced(crm, raw)
    cleared = crm_contact(1, first_name="Jean-Pierre", last_name="Durand",
                          personal_email="jp@ex.fr")
    after, link = _sync_once(cleared, raw, link)
    assert [a["streetAddress"] for a in after["addresses"]] == ["2 rue B"]
    again = make_plan([cleared], [contact_from_person(after)], links=[link])
    assert not again.changes() and not again.conflicts, again.to_json()


def test_clearing_the_company_of_two_organisations_does_not_promote_the_other() -> None:
    raw = person([{"value": "jp@ex.fr"}], organizations=[
        {"name": "ACME", "title": "Gérant"}, {"name": "Globex", "title": "Conseil"}])
    crm = crm_contact(1, first_name="Jean-Pierre", last_name="Durand",
                      personal_email="jp@ex.fr", company_name="ACME", job_title="Gérant",
                      company_id=7)
    link = _synced(crm, raw)
    cleared = crm_contact(1, first_name="Jean-Pierre", last_name="Durand",
                          personal_email="jp@ex.fr")
    after, link = _sync_once(cleared, raw, link)
    assert after["organizations"] == [{"name": "Globex", "title": "Conseil"}]
    again = make_plan([cleared], [contact_from_person(after)], links=[link])
    assert not again.changes() and not again.conflicts, again.to_json()


def test_a_baseline_from_before_the_upgrade_never_saw_untyped_entries() -> None:
    """Synced by the engine before R-S10, which read typed entries only: its first run
    after the upgrade must not take an untyped phone for a change made in Google."""
    from crmsync_gui.core.plan_input import PlanOptions
    from crmsync_gui.core.policies import ConflictPolicy
    from crmsync_gui.sync.writes import google_body

    raw = person([{"value": "claire@ex.fr", "type": "home"}],
                 [{"value": "06 11 11 11 11", "type": "mobile"},
                  {"value": "01 44 44 44 44"}])
    fields = {"first_name": "Jean-Pierre", "last_name": "Durand",
              "personal_email": "claire@ex.fr", "personal_mobile": "06 11 11 11 11"}
    then = crm_contact(1, **fields)
    old = Baseline.of(then.record, then.record)  # both sides as the old engine read them
    old = Baseline(crm=old.crm, google=old.google, knows_entries=False)
    untouched = make_plan([then], [contact_from_person(raw)],
                          links=[Link(1, "people/c1", old)])
    assert not untouched.changes() and not untouched.conflicts, untouched.to_json()

    edited = crm_contact(1, home_phone="01 99 99 99 99", **fields)
    plan = make_plan([edited], [contact_from_person(raw)], links=[Link(1, "people/c1", old)],
                     options=PlanOptions(conflict_policy=ConflictPolicy.ASK))
    assert not plan.conflicts and not plan.to_crm
    [change] = plan.to_google
    body = google_body(change, raw, None, LabelDirectory())
    assert [(p.get("type"), p["value"]) for p in body["phoneNumbers"]] == [
        ("mobile", "06 11 11 11 11"), (None, "01 44 44 44 44"), ("home", "01 99 99 99 99")]


def test_a_baseline_written_now_says_it_knows_the_entries() -> None:
    from crmsync_gui.state.codec import baseline_from_json, baseline_to_json

    old = baseline_from_json('{"crm":{"last_name":"A"},"google":{"last_name":"A"}}')
    assert old is not None and not old.knows_entries
    new = baseline_from_json(baseline_to_json(Baseline(crm=old.crm, google=old.google)))
    assert new is not None and new.knows_entries and new.left == frozenset()
