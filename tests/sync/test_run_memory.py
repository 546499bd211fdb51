"""What a run keeps while it writes (SPEC §3, issue #23): the CRM contacts its writes
need as planning read them, not all 25,000; baselines read back whole, sides that differ
kept apart."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from crmsync_gui.core.baseline import UNKNOWN, Baseline
from crmsync_gui.core.plan import Action, Change, Plan, Side
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.record import FIELDS, ContactRecord
from crmsync_gui.core.sides import CrmContact
from crmsync_gui.state.codec import baseline_from_json, baseline_to_json
from crmsync_gui.sync.engine import before_images

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def contact(crm_id: int) -> CrmContact:
    return CrmContact(crm_id=crm_id, record=ContactRecord(last_name=f"Nom{crm_id}"),
                      note="", tags="", external_ref=None, created_at=T0, updated_at=T0,
                      deleted_at=None)


def change(target: Side, action: Action, crm_id: int | None, excluded: bool = False
           ) -> Change:
    return Change(target, action, crm_id, f"people/c{crm_id}", f"Nom{crm_id}",
                  Reason.of(ReasonCode.CHANGED_IN_CRM), excluded=excluded)


def test_a_run_keeps_the_contacts_it_writes_or_whose_google_side_it_deletes() -> None:
    plan = Plan(
        to_google=(change(Side.GOOGLE, Action.UPDATE, 1),  # a tag change: not kept
                   change(Side.GOOGLE, Action.CREATE, 2),
                   change(Side.GOOGLE, Action.DELETE, 3),  # deleted only if unchanged
                   change(Side.GOOGLE, Action.DELETE, 9, excluded=True)),
        to_crm=(change(Side.CRM, Action.UPDATE, 4), change(Side.CRM, Action.DELETE, 5),
                change(Side.CRM, Action.KEEP, 6), change(Side.CRM, Action.CREATE, None),
                change(Side.CRM, Action.UPDATE, 10, excluded=True)))
    contacts = [contact(i) for i in range(1, 12)]
    kept = before_images(plan, contacts)
    assert [c.crm_id for c in kept] == [3, 4, 5, 6]
    assert all(c is contacts[c.crm_id - 1] for c in kept)  # as planning read them


values = st.sampled_from(["", UNKNOWN, "Durand", "durand", "06 12 34 56 78", "Zoé"])


@given(st.lists(values, min_size=len(FIELDS), max_size=len(FIELDS)),
       st.lists(values, min_size=len(FIELDS), max_size=len(FIELDS)),
       st.none() | st.frozensets(st.sampled_from(["p:mobile:0612", "e:home:a@b.fr"])))
def test_a_baseline_reads_back_as_written(crm: list[str], google: list[str],
                                          left: frozenset[str] | None) -> None:
    baseline = Baseline(crm=tuple(crm), google=tuple(google),
                        left=left or frozenset(), knows_entries=left is not None)
    again = baseline_from_json(baseline_to_json(baseline))
    assert again == baseline
    assert baseline_to_json(again) == baseline_to_json(baseline)
