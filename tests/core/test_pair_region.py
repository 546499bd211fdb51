"""One phone region per linked pair (R-S10), and the one-time re-settling of baselines
stored under the old rule (each side read in the region of its own address)."""

from __future__ import annotations

import pytest

from crmsync_gui.core.baseline import Baseline, baseline_after
from crmsync_gui.core.phones import pair_region
from crmsync_gui.core.plan import Side
from crmsync_gui.core.plan_input import Link, PlanOptions
from crmsync_gui.core.policies import ConflictPolicy
from crmsync_gui.core.record import Address, Field
from tests.core.conftest import crm_contact, google_contact, make_plan

MAYOTTE = Address("1 rue du Lagon", "97600", "Mamoudzou", "")


def test_the_pair_region_rule() -> None:
    assert pair_region("Belgique", "1000", "", "") == "BE"
    assert pair_region("", "97600", "", "") == "YT"  # the CRM's overseas postcode
    assert pair_region("", "75001", "", "97400") == "RE"  # else Google's address
    assert pair_region("", "", "Suisse", "") == "CH"
    assert pair_region("", "", "", "") == "FR"


def _mayotte_pair(google_phone: str = "0269 61 23 45") -> tuple:
    crm = crm_contact(1, last_name="Ali", personal_email="ali@ex.yt",
                      home_phone="0269 61 23 45", home_address=MAYOTTE)
    google = google_contact("people/c1", last_name="Ali", personal_email="ali@ex.yt",
                            home_phone=google_phone)
    return crm, google


def test_one_number_in_one_region_is_no_conflict() -> None:
    crm, google = _mayotte_pair()
    # First sync, "ask" policy: the same text must not be a conflict. (Google holds no
    # address: the CRM's is copied there, which is the one real change.)
    plan = make_plan([crm], [google], options=PlanOptions(conflict_policy=ConflictPolicy.ASK))
    assert not plan.conflicts
    assert all(Field.HOME_PHONE not in c.fields for c in plan.changes())


def test_baselines_of_the_old_rule_are_re_settled_once_without_a_change() -> None:
    # Synced under the old rule: the Google side, with no address, read in France.
    crm, google = _mayotte_pair(google_phone="02 69 61 23 45")
    old = Baseline.of(crm.record, google.record)
    assert old.google_value(Field.HOME_PHONE) != crm.record.norm(Field.HOME_PHONE)
    link = Link(1, "people/c1", old, google_seen=google.source_etag)

    plan = make_plan([crm], [google], links=[link], options=PlanOptions(renormalize=True))
    assert not plan.changes() and not plan.conflicts
    [refresh] = plan.housekeeping
    rebased = baseline_after(old, refresh)
    again = make_plan([crm], [google], links=[Link(1, "people/c1", rebased,
                                                   google_seen=google.source_etag)])
    assert again.is_empty() and not again.housekeeping


def test_a_real_edit_made_before_the_upgrade_still_syncs() -> None:
    crm, google = _mayotte_pair(google_phone="02 69 61 23 45")
    old = Baseline.of(crm.record, google.record)
    edited = crm_contact(1, last_name="Ali", personal_email="ali@ex.yt",
                         home_phone="0269 99 88 77", home_address=MAYOTTE)
    # Read under the new rule against the old baseline, Google's untouched number looks
    # edited too: a conflict the user never made.
    ask = PlanOptions(conflict_policy=ConflictPolicy.ASK)
    assert make_plan([edited], [google], links=[Link(1, "people/c1", old)],
                     options=ask).conflicts
    plan = make_plan([edited], [google], links=[Link(1, "people/c1", old)],
                     options=PlanOptions(renormalize=True,
                                         conflict_policy=ConflictPolicy.ASK))
    assert not plan.conflicts
    [change] = plan.changes()
    assert change.fields == (Field.HOME_PHONE,) and change.record.home_phone == "0269 99 88 77"


BRUSSELS = Address("3 av. Louise", "1050", "Bruxelles", "Belgique")
LILLE = Address("1 rue Nationale", "59000", "Lille", "France")


def _belgian_pair(google_mobile: str = "+32 470 12 34 56") -> tuple:
    crm = crm_contact(1, last_name="Pierre", personal_email="p@ex.be",
                      personal_mobile="0470 12 34 56", home_address=BRUSSELS)
    google = google_contact("people/c1", last_name="Pierre", personal_email="p@ex.be",
                            personal_mobile="+32 470 12 34 56", home_address=BRUSSELS)
    base = Baseline.of(crm.record, google.record)  # synced, both read in Belgium
    moved = crm_contact(1, last_name="Pierre", personal_email="p@ex.be",
                        personal_mobile="0470 12 34 56", home_address=LILLE)
    google = google_contact("people/c1", last_name="Pierre", personal_email="p@ex.be",
                            personal_mobile=google_mobile, home_address=BRUSSELS)
    return moved, google, Link(1, "people/c1", base, google_seen=google.source_etag)


def test_a_move_to_another_country_does_not_send_an_untouched_phone_as_a_new_number() -> None:
    # Found by a review: the CRM's "0470 12 34 56", read in France after the move, is a
    # French landline; it used to be sent to Google over the Belgian mobile.
    crm, google, link = _belgian_pair()
    plan = make_plan([crm], [google], links=[link])
    assert [change.fields for change in plan.changes()] == [(Field.HOME_ADDRESS,)]
    assert not plan.conflicts


def test_a_move_leaves_a_number_edited_on_the_phone_to_reach_the_crm() -> None:
    # Changed on the phone meanwhile: Google's edit, not a conflict the CRM wins.
    crm, google, link = _belgian_pair(google_mobile="+32 470 99 99 99")
    plan = make_plan([crm], [google], links=[link],
                     options=PlanOptions(conflict_policy=ConflictPolicy.CRM))
    assert not plan.conflicts
    to_crm = [change for change in plan.changes() if change.target is Side.CRM]
    assert [change.fields for change in to_crm] == [(Field.PERSONAL_MOBILE,)]
    to_google = [change for change in plan.changes() if change.target is Side.GOOGLE]
    assert all(Field.PERSONAL_MOBILE not in change.fields for change in to_google)


def _mobile_changed_in_google(crm_mobile: str, crm_home: str = "",
                              google_mobile: str = "+33 6 99 99 99 99") -> tuple:
    crm = crm_contact(1, last_name="Roux", personal_email="r@ex.fr", home_phone=crm_home,
                      personal_mobile=crm_mobile, home_address=LILLE)
    google = google_contact("people/c1", last_name="Roux", personal_email="r@ex.fr",
                            home_phone=crm_home, personal_mobile=crm_mobile,
                            home_address=LILLE)
    link = Link(1, "people/c1", Baseline.of(crm.record, google.record),
                google_seen=google.source_etag)
    google = google_contact("people/c1", last_name="Roux", personal_email="r@ex.fr",
                            home_phone=crm_home, personal_mobile=google_mobile,
                            home_address=LILLE)
    return crm, google, link


@pytest.mark.parametrize(("crm_mobile", "crm_home", "written"), [
    ("06 12 34 56 78", "", "06 99 99 99 99"),  # the CRM writes it nationally
    ("+33 6 12 34 56 78", "", "+33 6 99 99 99 99"),  # internationally: as Google has it
    ("", "01 44 55 66 77", "06 99 99 99 99"),  # empty: like most of its phones
])
def test_a_phone_from_google_is_written_the_way_the_crm_writes_its_phones(
        crm_mobile: str, crm_home: str, written: str) -> None:
    crm, google, link = _mobile_changed_in_google(crm_mobile, crm_home)
    [change] = make_plan([crm], [google], links=[link]).changes()
    assert change.target is Side.CRM and change.fields == (Field.PERSONAL_MOBILE,)
    assert change.record.personal_mobile == written
    # The same number either way: nothing goes back to Google next time.
    synced = crm_contact(1, last_name="Roux", personal_email="r@ex.fr", home_phone=crm_home,
                         personal_mobile=written, home_address=LILLE)
    after = Link(1, "people/c1", Baseline.of(synced.record, google.record),
                 google_seen=google.source_etag)
    assert make_plan([synced], [google], links=[after]).is_empty()


def test_a_foreign_number_is_not_written_nationally() -> None:
    crm, google, link = _mobile_changed_in_google("06 12 34 56 78",
                                                  google_mobile="+32 470 12 34 56")
    [change] = make_plan([crm], [google], links=[link]).changes()
    assert change.record.personal_mobile == "+32 470 12 34 56"  # its country kept
