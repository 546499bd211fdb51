"""A Hypothesis state machine for deletions and the user's choices (#16, R-S5, R-S9):
users type on both sides, delete a contact in the CRM or on the phone, restore it in the
CRM, unlink, link, ignore and un-ignore, and syncs come in any order. Invariants:

    no value a user typed disappears from both sides,

except by the user's own deletion: deleting a contact on one side gives up the values
that side held then (the sync may then delete the other copy, if it is unchanged since
the last sync) — never a value typed on the other side since. And never a duplicate:
one live contact per person on each side.

A field is typed on one side only while a pair is apart (unlinked, ignored, deleted on
a side), and between two syncs once it is together again, so that no conflict decides
for the user (see tests/sync/test_undo_machine.py).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule, run_state_machine_as_test

from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sync.engine import SyncStatus

from .typing_machine import FIELDS, PEOPLE, TypingUsers, same_value, value_of


class ChoicesMachine(TypingUsers):
    def __init__(self) -> None:
        super().__init__()
        self.apart: dict[str, set[str]] = {name: set() for name in PEOPLE}  # why

    def _give_up(self, who: str, held: Any) -> None:
        """The user deleted a copy: the values it held go with it."""
        for name in FIELDS:
            key = (who, name)
            if key in self.typed and same_value(name, value_of(held, name),
                                                self.typed[key]):
                del self.typed[key]

    # -- users ---------------------------------------------------------------------------

    @rule(who=st.sampled_from(PEOPLE))
    def add_a_birthday_on_the_phone(self, who: str) -> None:
        """Not a mapped field: it still makes the contact "changed since the sync"."""
        person = self._google().get(who)
        if person is not None:
            self.counter += 1
            self.sandbox.admin.patch_contact(person["resourceName"], {"birthdays": [
                {"date": {"month": 1 + self.counter % 12, "day": 1 + self.counter % 28}}]})

    # -- deletions ----------------------------------------------------------------------

    @rule(who=st.sampled_from(PEOPLE))
    def delete_in_crm(self, who: str) -> None:
        contact = self._crm().get(who)
        if contact is None:
            return
        self._give_up(who, contact.record)
        with SqliteCrm(self.service.crm_path) as crm:
            crm.apply([CrmWrite(WriteKind.DELETE, crm_id=contact.crm_id)])
        self.apart[who].add("deleted")

    @rule(who=st.sampled_from(PEOPLE))
    def restore_in_crm(self, who: str) -> None:
        contact = self._crm_all().get(who)
        if contact is None or not contact.deleted:
            return
        with SqliteCrm(self.service.crm_path) as crm:
            crm.apply([CrmWrite(WriteKind.RESTORE, crm_id=contact.crm_id)])

    @rule(who=st.sampled_from(PEOPLE))
    def delete_on_the_phone(self, who: str) -> None:
        person = self._google().get(who)
        if person is None:
            return
        self._give_up(who, record_from_person(person))
        self.sandbox.admin.delete_contact(person["resourceName"])
        self.apart[who].add("deleted")

    # -- the user's choices -------------------------------------------------------------

    def _ids(self, who: str) -> tuple[int | None, str | None]:
        crm, google = self._crm().get(who), self._google().get(who)
        return (crm.crm_id if crm else None,
                str(google["resourceName"]) if google else None)

    @rule(who=st.sampled_from(PEOPLE))
    def unlink(self, who: str) -> None:
        crm_id, _ = self._ids(who)
        if crm_id is not None:
            self.service.unlink(crm_id)
            self.apart[who].add("unlinked")

    @rule(who=st.sampled_from(PEOPLE))
    def link(self, who: str) -> None:
        crm_id, resource_name = self._ids(who)
        if crm_id is not None and resource_name is not None:
            self.service.link(crm_id, resource_name)
            self.apart[who] -= {"unlinked", "ignored_crm", "ignored_google"}

    @rule(who=st.sampled_from(PEOPLE), side=st.sampled_from(("crm", "google")))
    def ignore(self, who: str, side: str) -> None:
        crm_id, resource_name = self._ids(who)
        if side == "crm" and crm_id is not None:
            self.service.ignore(crm_id=crm_id)
            self.apart[who].add("ignored_crm")
        elif side == "google" and resource_name is not None:
            self.service.ignore(resource_name=resource_name)
            self.apart[who].add("ignored_google")

    @rule(who=st.sampled_from(PEOPLE), side=st.sampled_from(("crm", "google")))
    def sync_again(self, who: str, side: str) -> None:
        """Un-ignore what this machine ignored (not a contact a deletion detached)."""
        crm_id, resource_name = self._ids(who)
        if side == "crm" and crm_id is not None and "ignored_crm" in self.apart[who]:
            self.service.sync_again(crm_id=crm_id)
            self.apart[who].discard("ignored_crm")
        elif (side == "google" and resource_name is not None
              and "ignored_google" in self.apart[who]):
            self.service.sync_again(resource_name=resource_name)
            self.apart[who].discard("ignored_google")

    # -- syncs ----------------------------------------------------------------------------

    @rule()
    def sync(self) -> None:
        result = self.service.sync()
        assert result.status is SyncStatus.OK, [e.text for e in result.errors]
        # A field may be typed on the other side once the pair is together again: the
        # sync brought it over. Apart, each side keeps its own until they meet.
        self.claimed = {key: side for key, side in self.claimed.items()
                        if self.apart[key[0]]}

    # -- what must hold ---------------------------------------------------------------------

    @invariant()
    def no_typed_value_is_lost_and_no_duplicate(self) -> None:
        with SqliteCrm(self.service.crm_path) as crm:
            live = Counter(c.record.last_name for c in crm.read_all() if not c.deleted)
        phones = Counter(record_from_person(p).last_name
                         for p in self.sandbox.admin.dump()["contacts"])
        assert max(live.values(), default=0) <= 1, live
        assert max(phones.values(), default=0) <= 1, phones
        for (who, name), value in self.typed.items():
            held = self.held(who, name)
            assert any(same_value(name, h, value) for h in held), (who, name, value, held)


def test_choices_and_deletions_never_lose_a_typed_value() -> None:
    run_state_machine_as_test(ChoicesMachine, settings=settings(
        max_examples=15, stateful_step_count=14, deadline=None,
        suppress_health_check=[HealthCheck.too_slow]))
