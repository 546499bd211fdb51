"""A Hypothesis state machine for undo (#15, R-S7b): users type on both sides, syncs and
undos (one, or several in a row) come in any order, and

    no value a user typed disappears from both sides:

for each contact and field, the value typed last is still on one side at least (a value
typed before it was replaced by that user edit; the machine never deletes contacts, and
a field is typed on one side only between two syncs, so no conflict decides for the
user). After a sync that follows an undo, whatever undo left pending converges: the
next preview is empty.
"""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from crmsync_gui.core.phones import normalize_phone
from crmsync_gui.core.record import ContactRecord, Field
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sandbox import SandboxServer
from crmsync_gui.sync.engine import SyncStatus

from .conftest import signed_in_service

PEOPLE = ("Durand", "Roux", "Petit")
FIELDS = ("first_name", "home_city", "home_phone")
FIRST = ["Anne", "Béa", "Chloé", "Jean-Marc", "Jean-Marie", "Zoé"]
CITIES = ["Lyon", "Brest", "Nice", "Saint-Denis"]


def value_of(record: ContactRecord, name: str) -> str:
    if name == "home_city":
        return record.home_address.city
    if name == "home_phone":
        return normalize_phone(record.home_phone)
    return str(record.value(Field(name)))


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = TemporaryDirectory()
        self.sandbox = SandboxServer(port=0, auto_approve=True).start()
        self.service = signed_in_service(self.sandbox, Path(self.folder.name))
        self.typed: dict[tuple[str, str], str] = {}  # (person, field) → last typed value
        self.claimed: dict[tuple[str, str], str] = {}  # this round: field → side
        self.counter = 0
        self.syncs = 0  # after the first: undo then has more than the creates to revert

    def teardown(self) -> None:
        self.sandbox.stop()
        self.folder.cleanup()

    # -- the two sides -----------------------------------------------------------------

    def _crm(self) -> dict[str, Any]:
        with SqliteCrm(self.service.crm_path) as crm:
            return {c.record.last_name: c for c in crm.read_all() if not c.deleted}

    def _google(self) -> dict[str, dict[str, Any]]:
        people = {}
        for person in self.sandbox.admin.dump()["contacts"]:
            people[record_from_person(person).last_name] = person
        return people

    @initialize()
    def everyone_synced(self) -> None:
        with SqliteCrm(self.service.crm_path) as crm:
            crm.apply([CrmWrite(WriteKind.CREATE, contact={
                "last_name": name, "first_name": "Anne", "personal_email": f"{name}@ex.fr"})
                for name in PEOPLE])
        for name in PEOPLE:
            self.typed[(name, "first_name")] = "Anne"
        self.sync()

    # -- users type ----------------------------------------------------------------------

    def _value(self, data: st.DataObject, name: str) -> str:
        self.counter += 1
        if name == "first_name":
            return data.draw(st.sampled_from(FIRST))
        if name == "home_city":
            return data.draw(st.sampled_from(CITIES))
        return f"01 42 {self.counter % 100:02d} {data.draw(st.integers(10, 99))} 00"

    def _claim(self, who: str, name: str, side: str) -> bool:
        return self.claimed.setdefault((who, name), side) == side

    @rule(data=st.data(), who=st.sampled_from(PEOPLE), name=st.sampled_from(FIELDS))
    def type_in_crm(self, data: st.DataObject, who: str, name: str) -> None:
        if not self._claim(who, name, "crm"):
            return
        value = self._value(data, name)
        contact = self._crm()[who]
        with SqliteCrm(self.service.crm_path) as crm:
            crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=contact.crm_id,
                                contact={name: value})])
        self.typed[(who, name)] = value

    @rule(data=st.data(), who=st.sampled_from(PEOPLE), name=st.sampled_from(FIELDS))
    def type_on_the_phone(self, data: st.DataObject, who: str, name: str) -> None:
        if not self._claim(who, name, "google"):
            return
        person = self._google().get(who)
        if person is None:  # its Google copy undone: it lives in the CRM only now
            return
        value = self._value(data, name)
        if name == "first_name":
            patch: dict[str, Any] = {"names": [{"givenName": value, "familyName": who}]}
        elif name == "home_city":
            patch = {"addresses": [{"city": value, "type": "home"}]}
        else:
            kept = [p for p in person.get("phoneNumbers", []) if p.get("type") != "home"]
            patch = {"phoneNumbers": [*kept, {"value": value, "type": "home"}]}
        self.sandbox.admin.patch_contact(person["resourceName"], patch)
        self.typed[(who, name)] = value

    # -- syncs and undos -------------------------------------------------------------------

    @rule()
    def sync(self) -> None:
        result = self.service.sync()
        assert result.status is SyncStatus.OK, [e.text for e in result.errors]
        self.claimed.clear()
        self.syncs += 1

    @rule()
    def sync_and_converge(self) -> None:
        self.sync()
        plan = self.service.preview()
        assert not plan.to_google and not plan.to_crm, plan.to_json()

    @precondition(lambda self: self.syncs > 1)
    @rule(times=st.integers(1, 3))
    def undo(self, times: int) -> None:
        for _ in range(times):
            report = self.service.undo_last()
            assert not report.errors, [e.text for e in report.errors]
        # Undo writes both sides like a sync does: a field it put back is this round's.
        self.claimed = {key: "undo" for key in self.typed}

    @invariant()
    def no_typed_value_is_lost(self) -> None:
        crm, google = self._crm(), self._google()
        assert sorted(crm) == sorted(PEOPLE)  # undo never deletes what a user made
        for (who, name), value in self.typed.items():
            wanted = normalize_phone(value) if name == "home_phone" else value
            held = [value_of(crm[who].record, name)]
            if who in google:
                held.append(value_of(record_from_person(google[who]), name))
            assert wanted in held, (who, name, value, held)


def test_undo_never_loses_a_typed_value() -> None:
    run_state_machine_as_test(UndoMachine, settings=settings(
        max_examples=12, stateful_step_count=12, deadline=None,
        suppress_health_check=[HealthCheck.too_slow]))
