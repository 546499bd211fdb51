"""R-S5: deletions on either side, and the mass-deletion stop."""

from __future__ import annotations

import dataclasses

from crmsync_gui.core.baseline import Baseline
from crmsync_gui.core.plan import Action, HousekeepingKind, LinkEffect
from crmsync_gui.core.plan_input import Choices, Decisions, Link, PlanOptions
from crmsync_gui.core.policies import DeletionPolicy
from tests.core.conftest import World, at, crm_contact, google_contact, make_plan


def _pair(crm_id: int = 1, *, created_by_sync: bool = False, in_label: bool = False):
    crm = crm_contact(crm_id, last_name=f"Nom{crm_id}", personal_email=f"{crm_id}@x.fr")
    google = google_contact(f"people/c{crm_id}", last_name=f"Nom{crm_id}",
                            personal_email=f"{crm_id}@x.fr", in_label=in_label)
    link = Link(crm_id, google.resource_name, Baseline.of(crm.record, google.record),
                created_by_sync=created_by_sync, google_seen=google.source_etag)
    return crm, google, link


def test_deleted_in_crm_deletes_in_google_when_created_by_the_sync() -> None:
    crm, google, link = _pair(created_by_sync=True)
    crm = dataclasses.replace(crm, deleted_at=at(5))
    [change] = make_plan([crm], [google], links=[link]).to_google
    assert (change.action, change.link_effect) == (Action.DELETE, LinkEffect.DROP_LINK)


def test_deleted_in_crm_deletes_in_google_when_in_the_label() -> None:
    crm, google, link = _pair(in_label=True)
    crm = dataclasses.replace(crm, deleted_at=at(5))
    assert [c.action for c in make_plan([crm], [google], links=[link]).to_google] == [
        Action.DELETE]


def test_deleted_in_crm_but_changed_in_google_is_not_deleted() -> None:
    crm, google, link = _pair(created_by_sync=True)
    crm = dataclasses.replace(crm, deleted_at=at(5))
    google = dataclasses.replace(google, record=google.record.replace(home_phone="0144556677"))
    plan = make_plan([crm], [google], links=[link])
    assert not plan.to_google
    assert "changed in Google since the last sync" in plan.skipped[0].reason


def test_deleted_in_crm_not_ours_is_left_in_google_and_detached() -> None:
    crm, google, link = _pair()
    crm = dataclasses.replace(crm, deleted_at=at(5))
    [change] = make_plan([crm], [google], links=[link]).to_google
    assert (change.action, change.link_effect) == (Action.DETACH,
                                                   LinkEffect.DROP_IGNORE_GOOGLE)


def test_deleted_in_google_default_keep_and_not_pushed_back() -> None:
    world = World()
    world.crm[1] = crm_contact(1, last_name="Roux", personal_email="r@x.fr")
    world.sync()
    [name] = world.google
    del world.google[name]  # deleted on the phone
    plan = world.sync()
    [change] = plan.to_crm
    assert change.action is Action.KEEP and "deleted in Google" in change.reason
    assert not world.crm[1].deleted
    assert 1 in world.choices.kept_deleted
    assert world.plan().is_empty()  # it does not come back to Google by itself
    restore = world.sync(Decisions(restore=frozenset({1})))
    assert [c.action for c in restore.to_google] == [Action.RESTORE]
    assert world.plan().is_empty() and len(world.google) == 1


def test_deleted_in_google_deleted_in_crm_by_choice_or_policy() -> None:
    crm, google, link = _pair()
    google = dataclasses.replace(google, deleted=True)
    chosen = make_plan([crm], [google], links=[link],
                       decisions=Decisions(delete_in_crm=frozenset({1})))
    assert [c.action for c in chosen.to_crm] == [Action.DELETE]
    by_policy = make_plan([crm], [], links=[link],
                          options=PlanOptions(deletion_policy=DeletionPolicy.DELETE))
    assert [c.action for c in by_policy.to_crm] == [Action.DELETE]
    kept = make_plan([crm], [], links=[link],
                     options=PlanOptions(deletion_policy=DeletionPolicy.KEEP))
    assert [c.action for c in kept.to_crm] == [Action.KEEP]


def test_deleted_on_both_sides_just_forgets_the_link() -> None:
    crm, _, link = _pair()
    plan = make_plan([dataclasses.replace(crm, deleted_at=at(3))], [], links=[link])
    assert plan.is_empty()
    assert [h.kind for h in plan.housekeeping] == [HousekeepingKind.FORGET]


def test_mass_deletion_stops_and_asks() -> None:
    pairs = [_pair(i, created_by_sync=True) for i in range(1, 41)]
    links = [link for _, _, link in pairs]
    crm = [crm for crm, _, _ in pairs]
    google = [google for _, google, _ in pairs]
    few = make_plan(crm, google[:-4], links=links,
                    options=PlanOptions(deletion_policy=DeletionPolicy.DELETE))
    assert few.deletions() == 4 and not few.needs_confirmation  # not more than 5
    many = make_plan(crm, google[:-6], links=links,
                     options=PlanOptions(deletion_policy=DeletionPolicy.DELETE))
    assert many.deletions() == 6 and many.needs_confirmation  # 6 > 5 and 6 > 10% of 40
    assert "6 of 40" in many.confirmation_reason
    confirmed = make_plan(crm, google[:-6], links=links,
                          options=PlanOptions(deletion_policy=DeletionPolicy.DELETE),
                          decisions=Decisions(confirm_mass_deletion=True))
    assert not confirmed.needs_confirmation


def test_mass_deletion_counts_crm_side_deletions_too() -> None:
    pairs = [_pair(i, created_by_sync=True) for i in range(1, 51)]
    crm = [dataclasses.replace(c, deleted_at=at(9)) if i < 6 else c
           for i, (c, _, _) in enumerate(pairs)]
    plan = make_plan(crm, [g for _, g, _ in pairs], links=[link for *_, link in pairs])
    assert plan.deletions() == 6 and plan.needs_confirmation


def test_emptied_google_side_never_deletes_everything_silently() -> None:
    pairs = [_pair(i, created_by_sync=True) for i in range(1, 21)]
    plan = make_plan([c for c, _, _ in pairs], [], links=[link for *_, link in pairs],
                     options=PlanOptions(deletion_policy=DeletionPolicy.DELETE))
    assert plan.needs_confirmation


def test_ignored_linked_contact_is_left_alone_even_when_deleted() -> None:
    crm, google, link = _pair(created_by_sync=True)
    crm = dataclasses.replace(crm, deleted_at=at(5))
    plan = make_plan([crm], [google], links=[link], choices=Choices(ignored_crm=frozenset({1})))
    assert plan.is_empty() and not plan.housekeeping


def _deleted_in_crm_actions(link: Link, google) -> tuple[list[Action], list[str]]:
    crm = crm_contact(1, last_name="Nom1", personal_email="1@x.fr", deleted=True)
    plan = make_plan([crm], [google], links=[link])
    return [c.action for c in plan.to_google], [s.why.code.value for s in plan.skipped]


def test_a_google_contact_changed_outside_the_mapped_fields_is_not_deleted() -> None:
    """A birthday added on the phone leaves every mapped field alone but moves the
    CONTACT source's etag: the CRM deletion must not take it away (R-S5)."""
    _, google, link = _pair(created_by_sync=True)
    later = dataclasses.replace(google, updated_at=at(9), etag="moved", source_etag="#2")
    assert _deleted_in_crm_actions(link, later) == (
        [], ["skipped_changed_after_crm_deletion"])
    assert _deleted_in_crm_actions(link, google) == ([Action.DELETE], [])


def test_a_link_of_an_older_version_compares_the_etag_it_stored() -> None:
    _, google, link = _pair(created_by_sync=True)
    old = dataclasses.replace(link, google_seen=None, etag=google.etag or "e1")
    same = dataclasses.replace(google, etag=old.etag)
    assert _deleted_in_crm_actions(old, same) == ([Action.DELETE], [])
    assert _deleted_in_crm_actions(old, dataclasses.replace(same, etag="e2")) == (
        [], ["skipped_changed_after_crm_deletion"])
    unknown = dataclasses.replace(old, etag=None)
    assert _deleted_in_crm_actions(unknown, same) == (
        [], ["skipped_changed_after_crm_deletion"])
