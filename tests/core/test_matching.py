from __future__ import annotations

import dataclasses

from crmsync_gui.core.google_entries import PHONES, Entry
from crmsync_gui.core.plan import Action, HousekeepingKind, Side
from crmsync_gui.core.plan_input import Choices, Decisions, Link, PlanOptions, client_tag
from crmsync_gui.core.reasons import ReasonCode
from crmsync_gui.core.record import Field
from tests.core.conftest import UUID, crm_contact, google_contact, make_plan


def test_first_plan_matches_case_and_space_different_emails() -> None:
    crm = [crm_contact(1, last_name="Martin", first_name="Sophie",
                       personal_email="sophie.martin@exemple.fr")]
    google = [google_contact("people/c1", last_name="Martin", first_name="Sophie",
                             personal_email="  Sophie.MARTIN@Exemple.FR ")]
    plan = make_plan(crm, google)
    assert plan.is_empty()
    [link] = plan.housekeeping
    assert (link.kind, link.crm_id, link.resource_name) == (HousekeepingKind.LINK, 1,
                                                            "people/c1")


def test_work_email_matches_when_personal_email_is_missing() -> None:
    crm = [crm_contact(1, last_name="Petit", work_email="l.petit@acme.fr")]
    google = [google_contact("people/c9", last_name="Petit", personal_email="L.Petit@acme.fr")]
    plan = make_plan(crm, google)
    assert [h.resource_name for h in plan.housekeeping] == ["people/c9"]
    # First sync: each side fills the slot it lacked (an empty side is not an edit).
    assert [c.fields for c in plan.to_google] == [(Field.WORK_EMAIL,)]
    assert [c.action for c in plan.to_crm] == [Action.UPDATE]
    assert not plan.conflicts


def test_client_data_tag_matches_before_emails() -> None:
    # A contact created just before a crash: its tag finds it, no second copy is made.
    crm = [crm_contact(7, last_name="Roux", personal_email="a@x.fr")]
    google = [google_contact("people/c2", last_name="Roux", personal_email="a@x.fr"),
              google_contact("people/c1", last_name="Roux", tag=client_tag(UUID, 7))]
    plan = make_plan(crm, google)
    link = next(h for h in plan.housekeeping if h.kind is HousekeepingKind.LINK)
    assert (link.resource_name, link.created_by_sync) == ("people/c1", True)
    assert [s.resource_name for s in plan.skipped] == ["people/c2"]
    assert not [c for c in plan.to_google if c.action is Action.CREATE]


def test_tag_of_another_crm_database_is_not_a_match() -> None:
    crm = [crm_contact(7, last_name="Roux")]
    google = [google_contact("people/c1", last_name="Blanc", tag="other-db:7")]
    plan = make_plan(crm, google)
    assert {c.action for c in plan.to_google} == {Action.CREATE}
    assert {c.action for c in plan.to_crm} == {Action.CREATE}


def test_duplicate_email_in_crm_only_first_holder_matched_others_skipped() -> None:
    crm = [crm_contact(5, last_name="Dupont", personal_email="jd@x.fr"),
           crm_contact(2, last_name="Dupont", first_name="J.", personal_email="JD@x.fr ")]
    google = [google_contact("people/c1", last_name="Dupont", personal_email="jd@x.fr")]
    plan = make_plan(crm, google)
    assert [(h.crm_id, h.resource_name) for h in plan.housekeeping] == [(2, "people/c1")]
    [skipped] = plan.skipped
    assert (skipped.side, skipped.crm_id) == (Side.CRM, 5)
    assert "also used by CRM contact 2" in skipped.reason
    # Never created in Google as a duplicate; only #2 is updated.
    assert [(c.action, c.crm_id) for c in plan.to_google] == [(Action.UPDATE, 2)]


def test_duplicate_email_in_google_tagged_holder_wins_else_lowest_resource_name() -> None:
    crm = [crm_contact(1, last_name="Morel", personal_email="m@x.fr")]
    google = [google_contact("people/c1", last_name="Morel", personal_email="m@x.fr"),
              google_contact("people/c2", last_name="Morel", personal_email="m@x.fr")]
    plan = make_plan(crm, google)
    assert [h.resource_name for h in plan.housekeeping] == ["people/c1"]
    assert [s.resource_name for s in plan.skipped] == ["people/c2"]
    assert not plan.to_crm

    tagged = [google[0], google_contact("people/c2", last_name="Morel",
                                        personal_email="m@x.fr", tag="other-db:3")]
    plan = make_plan(crm, tagged)
    assert [h.resource_name for h in plan.housekeeping] == ["people/c2"]
    assert [s.resource_name for s in plan.skipped] == ["people/c1"]


def test_personal_and_work_email_pointing_at_different_contacts() -> None:
    # The personal email wins; the other Google contact is not created in the CRM
    # (its email is the CRM contact's work email: that would duplicate it).
    crm = [crm_contact(1, last_name="Garnier", personal_email="perso@x.fr",
                       work_email="pro@acme.fr")]
    google = [google_contact("people/c1", last_name="Garnier", work_email="pro@acme.fr"),
              google_contact("people/c2", last_name="Garnier", personal_email="perso@x.fr")]
    plan = make_plan(crm, google)
    assert [h.resource_name for h in plan.housekeeping] == ["people/c2"]
    [skipped] = plan.skipped
    assert skipped.resource_name == "people/c1"
    assert "already used by CRM contact 1" in skipped.reason
    assert not [c for c in plan.to_crm if c.action is Action.CREATE]


def test_phone_shared_without_email_is_a_possible_match_never_merged() -> None:
    crm = [crm_contact(3, last_name="Fabre", personal_mobile="06 12 34 56 78")]
    google = [google_contact("people/c4", last_name="Fabre-Leroy",
                             personal_mobile="+33612345678")]
    plan = make_plan(crm, google)
    [possible] = plan.possible_matches
    assert (possible.crm_id, possible.resource_name) == (3, "people/c4")
    assert not plan.to_google and not plan.to_crm and not plan.housekeeping


def test_same_full_name_without_email_is_a_possible_match() -> None:
    crm = [crm_contact(3, last_name="Lefèvre", first_name="Élodie")]
    google = [google_contact("people/c4", last_name="LEFEVRE", first_name="elodie",
                             personal_email="elodie@x.fr")]
    [possible] = make_plan(crm, google).possible_matches
    assert "same first and last name" in possible.reason


def test_same_name_with_two_different_emails_is_two_people() -> None:
    crm = [crm_contact(3, last_name="Simon", first_name="Paul", personal_email="p1@x.fr")]
    google = [google_contact("people/c4", last_name="Simon", first_name="Paul",
                             personal_email="p2@x.fr")]
    plan = make_plan(crm, google)
    assert not plan.possible_matches
    assert len(plan.to_google) == 1 and len(plan.to_crm) == 1


def test_a_contact_skipped_for_its_email_holds_back_its_possible_match() -> None:
    """Dupont's email is already a linked Google contact's: Dupont is skipped. The phone's
    "Jean Dupont" (same mobile, no email) is most likely Dupont himself: created in the
    CRM, he would be there twice once the email is sorted out. Held back as a possible
    match instead — on either side, and for a contact whose email its own side shares."""
    crm = [crm_contact(1, last_name="Martin", personal_email="contact@acme.fr"),
           crm_contact(2, last_name="Dupont", first_name="Jean",
                       personal_email="contact@acme.fr", personal_mobile="06 12 34 56 78")]
    google = [google_contact("people/c1", last_name="Martin",
                             personal_email="contact@acme.fr"),
              google_contact("people/c2", last_name="Dupont", first_name="Jean",
                             personal_mobile="+33 6 12 34 56 78")]
    plan = make_plan(crm, google, links=[Link(1, "people/c1")])
    assert [(s.side, s.crm_id) for s in plan.skipped] == [(Side.CRM, 2)]
    assert [(m.crm_id, m.resource_name) for m in plan.possible_matches] == [
        (2, "people/c2")]
    assert not [c for c in plan.changes() if c.action is Action.CREATE]
    # Kept apart by the user: two people after all, the phone's one is created.
    apart = make_plan(crm, google, links=[Link(1, "people/c1")],
                      choices=Choices(keep_apart=frozenset({(2, "people/c2")})))
    assert not apart.possible_matches
    assert [(c.target, c.resource_name) for c in apart.changes()
            if c.action is Action.CREATE] == [(Side.CRM, "people/c2")]
    # The other way round: the phone's contact is skipped, the CRM's is held back.
    crm = [crm_contact(1, last_name="Martin", personal_email="contact@acme.fr"),
           crm_contact(2, last_name="Dupont", first_name="Jean")]
    google = [google_contact("people/c1", last_name="Martin",
                             personal_email="contact@acme.fr"),
              google_contact("people/c2", last_name="Dupont", first_name="Jean",
                             personal_email="contact@acme.fr")]
    plan = make_plan(crm, google, links=[Link(1, "people/c1")])
    assert [(s.side, s.resource_name) for s in plan.skipped] == [(Side.GOOGLE, "people/c2")]
    assert [(m.crm_id, m.resource_name) for m in plan.possible_matches] == [
        (2, "people/c2")]
    assert not [c for c in plan.changes() if c.action is Action.CREATE]


def test_a_phone_in_google_s_second_mobile_is_a_possible_match_too() -> None:
    """The phone's "Jeannot Leroy" holds two mobiles; the CRM's "Jean Leroy" has the
    second. The mapping reads the first into the mobile field, the second stays in
    Google — it is still his number: a possible match, neither side created."""
    crm = [crm_contact(3, last_name="Leroy", first_name="Jean",
                       personal_mobile="06 44 55 66 77")]
    google = [dataclasses.replace(
        google_contact("people/c4", last_name="Leroy", first_name="Jeannot",
                       personal_mobile="06 00 00 00 01"),
        entries=(Entry(PHONES, 0, "mobile", "06 00 00 00 01"),
                 Entry(PHONES, 1, "mobile", "+33 6 44 55 66 77"),
                 Entry(PHONES, 2, "Bureau Lyon", "04 72 00 00 00")))]
    plan = make_plan(crm, google)
    assert [(m.crm_id, m.resource_name) for m in plan.possible_matches] == [(3, "people/c4")]
    assert not plan.changes()


def test_keep_apart_silences_a_possible_match_and_both_are_created() -> None:
    crm = [crm_contact(3, last_name="Fabre", personal_mobile="0612345678")]
    google = [google_contact("people/c4", last_name="Fabre", personal_mobile="0612345678")]
    plan = make_plan(crm, google, choices=Choices(keep_apart=frozenset({(3, "people/c4")})))
    assert not plan.possible_matches
    assert [c.action for c in plan.to_google] == [Action.CREATE]
    assert [c.action for c in plan.to_crm] == [Action.CREATE]


def test_manual_link_from_the_preview_merges_like_a_first_sync() -> None:
    crm = [crm_contact(3, last_name="Fabre", personal_mobile="0612345678")]
    google = [google_contact("people/c4", last_name="Fabre", personal_mobile="0612345678",
                             home_phone="01 44 55 66 77")]
    plan = make_plan(crm, google, decisions=Decisions(links=((3, "people/c4"),)))
    assert not plan.possible_matches
    [change] = plan.to_crm
    assert change.action is Action.UPDATE and change.crm_id == 3
    assert change.record is not None and change.record.home_phone == "01 44 55 66 77"


def test_ignored_contacts_never_appear() -> None:
    crm = [crm_contact(1, last_name="Ignoré", personal_email="a@x.fr"),
           crm_contact(2, last_name="Lié")]
    google = [google_contact("people/c1", last_name="Ignoré", personal_email="a@x.fr"),
              google_contact("people/c2", last_name="Autre", personal_mobile="0611111111"),
              google_contact("people/c3", last_name="Lié", home_phone="0144556677")]
    choices = Choices(ignored_crm=frozenset({1, 2}), ignored_google=frozenset({"people/c2"}))
    plan = make_plan(crm, google, links=[Link(2, "people/c3")], choices=choices)
    assert not plan.to_google and not plan.to_crm and not plan.skipped
    # #1 is out of the sync but still the person whose email c1 holds: c1 is not
    # created again in the CRM; the user links them, or keeps them apart (R-S9).
    [possible] = plan.possible_matches
    assert (possible.crm_id, possible.resource_name) == (1, "people/c1")
    assert possible.why.code is ReasonCode.POSSIBLE_SAME_EMAIL_LEFT_OUT
    kept_apart = dataclasses.replace(choices, keep_apart=frozenset({(1, "people/c1")}))
    plan = make_plan(crm, google, links=[Link(2, "people/c3")], choices=kept_apart)
    assert not plan.to_google and not plan.to_crm and not plan.possible_matches
    [skipped] = plan.skipped
    assert skipped.why.code is ReasonCode.SKIPPED_KEPT_APART_FROM_CRM


def test_label_only_considers_only_google_contacts_in_the_label() -> None:
    google = [google_contact("people/c1", last_name="Dans", in_label=True),
              google_contact("people/c2", last_name="Hors")]
    plan = make_plan([], google, options=PlanOptions(label_only=True))
    assert [c.resource_name for c in plan.to_crm] == ["people/c1"]


def test_label_only_does_not_duplicate_an_email_held_outside_the_label() -> None:
    crm = [crm_contact(1, last_name="Hors", personal_email="h@x.fr")]
    google = [google_contact("people/c2", last_name="Hors", personal_email="h@x.fr")]
    plan = make_plan(crm, google, options=PlanOptions(label_only=True))
    assert not plan.to_google
    assert "outside the label" in plan.skipped[0].reason
