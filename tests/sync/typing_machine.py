"""What the Hypothesis state machines of tests/sync share: a signed-in service and the
sandbox, three people synced, and users who type on either side. A field is typed on
one side only until a sync brings it over (``claimed``), so that no conflict decides
for the user and "no value a user typed disappears from both sides" can be checked.
"""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from crmsync_gui.core.phones import normalize_phone
from crmsync_gui.core.record import ContactRecord, Field
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sandbox import SandboxServer

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


def same_value(name: str, held: str, typed: str) -> bool:
    return (normalize_phone(held) == normalize_phone(typed) if name == "home_phone"
            else held == typed)


class TypingUsers(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = TemporaryDirectory()
        self.sandbox = SandboxServer(port=0, auto_approve=True).start()
        self.service = signed_in_service(self.sandbox, Path(self.folder.name))
        self.typed: dict[tuple[str, str], str] = {}  # (person, field) → last typed value
        self.claimed: dict[tuple[str, str], str] = {}  # (person, field) → side typing it
        self.counter = 0

    def teardown(self) -> None:
        self.sandbox.stop()
        self.folder.cleanup()

    def sync(self) -> None:
        raise NotImplementedError

    # -- the two sides -----------------------------------------------------------------

    def _crm_all(self) -> dict[str, Any]:
        with SqliteCrm(self.service.crm_path) as crm:
            return {c.record.last_name: c for c in crm.read_all()}

    def _crm(self) -> dict[str, Any]:
        return {name: c for name, c in self._crm_all().items() if not c.deleted}

    def _google(self) -> dict[str, dict[str, Any]]:
        return {record_from_person(p).last_name: p
                for p in self.sandbox.admin.dump()["contacts"]}

    def held(self, who: str, name: str) -> list[str]:
        """The values of ``name`` the person's live contacts hold, on both sides."""
        crm, google = self._crm(), self._google()
        found = [value_of(crm[who].record, name)] if who in crm else []
        if who in google:
            found.append(value_of(record_from_person(google[who]), name))
        return found

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
        contact = self._crm().get(who)
        if contact is None or not self._claim(who, name, "crm"):
            return
        value = self._value(data, name)
        with SqliteCrm(self.service.crm_path) as crm:
            crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=contact.crm_id,
                                contact={name: value})])
        self.typed[(who, name)] = value

    @rule(data=st.data(), who=st.sampled_from(PEOPLE), name=st.sampled_from(FIELDS))
    def type_on_the_phone(self, data: st.DataObject, who: str, name: str) -> None:
        person = self._google().get(who)
        if person is None or not self._claim(who, name, "google"):
            return  # its Google copy gone (undone, deleted): it lives in the CRM only now
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
