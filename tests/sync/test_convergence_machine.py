"""A Hypothesis state machine edits both sides at random, with Google misbehaving, and
syncs: both sides converge, nothing is duplicated, no edit is lost (R-S2, R-S6).

Edits between two syncs touch different fields on each side (a same-field edit is a
conflict, settled by policy and tested on its own), so every edit must survive.
"""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from crmsync_gui.core.record import ContactRecord, Field
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sandbox import SandboxServer
from crmsync_gui.sync.engine import SyncStatus

from .conftest import signed_in_service

CRM_FIELDS = ("home_phone", "home_city")  # edited in the CRM
GOOGLE_FIELDS = ("personal_mobile", "first_name")  # edited in Google
PHONES = ["06 11 11 11 11", "06 22 22 22 22", "+33 6 33 33 33 33"]
WORDS = ["Anne", "Béa", "Chloé"]
TAGS = ["VIP", "Salon 2025", "Nord"]  # tags in the CRM, labels in Google (R-S13)


def values_for(field: str) -> st.SearchStrategy[str]:
    return st.sampled_from(PHONES if "phone" in field or "mobile" in field else WORDS)


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = TemporaryDirectory()
        root = Path(self.folder.name)
        self.sandbox = SandboxServer(port=0, auto_approve=True).start()
        self.service = signed_in_service(self.sandbox, root)
        self.next_id = 0
        self.expected: dict[str, dict[str, str]] = {}  # email → field → value
        self.tags: dict[str, set[str]] = {}  # email → tag keys
        self.synced = True

    def teardown(self) -> None:
        self.sandbox.stop()
        self.folder.cleanup()

    def _crm(self) -> SqliteCrm:
        return SqliteCrm(self.service.crm_path)

    def _crm_by_email(self) -> dict[str, object]:
        with self._crm() as crm:
            return {c.record.personal_email: c for c in crm.read_all() if not c.deleted}

    def _google_by_email(self) -> dict[str, dict]:
        return {record_from_person(p).personal_email: p
                for p in self.sandbox.admin.dump()["contacts"]}

    @rule()
    def add_in_crm(self) -> None:
        email = f"crm{self.next_id}@ex.fr"
        self.next_id += 1
        with self._crm() as crm:
            crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": "C",
                                                           "personal_email": email})])
        self.expected[email] = {}
        self.tags[email] = set()
        self.synced = False

    @rule()
    def add_in_google(self) -> None:
        email = f"g{self.next_id}@ex.fr"
        self.next_id += 1
        self.sandbox.admin.seed_contacts([{"names": [{"familyName": "G"}],
                                           "emailAddresses": [{"value": email,
                                                               "type": "home"}]}])
        self.expected[email] = {}
        self.tags[email] = set()
        self.synced = False

    @precondition(lambda self: self.synced and self.expected)
    @rule(data=st.data(), field=st.sampled_from(CRM_FIELDS))
    def edit_in_crm(self, data: st.DataObject, field: str) -> None:
        email = data.draw(st.sampled_from(sorted(self.expected)))
        value = data.draw(values_for(field))
        contact = self._crm_by_email()[email]
        with self._crm() as crm:
            crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=contact.crm_id,  # type: ignore[attr-defined]
                                contact={field: value})])
        self.expected[email][field] = value
        self.synced = False

    @precondition(lambda self: self.synced and self.expected)
    @rule(data=st.data(), field=st.sampled_from(GOOGLE_FIELDS))
    def edit_in_google(self, data: st.DataObject, field: str) -> None:
        email = data.draw(st.sampled_from(sorted(self.expected)))
        value = data.draw(values_for(field))
        person = self._google_by_email()[email]
        if field == "first_name":
            patch = {"names": [{"givenName": value,
                                "familyName": person["names"][0].get("familyName", "")}]}
        else:
            others = [{"value": p["value"], "type": p.get("type", "other")}
                      for p in person.get("phoneNumbers", []) if p.get("type") != "mobile"]
            patch = {"phoneNumbers": [*others, {"value": value, "type": "mobile"}]}
        self.sandbox.admin.patch_contact(person["resourceName"], patch)
        self.expected[email][field] = value
        self.synced = False

    @precondition(lambda self: self.synced and self.expected)
    @rule(data=st.data(), tag=st.sampled_from(TAGS))
    def toggle_tag_in_crm(self, data: st.DataObject, tag: str) -> None:
        email = data.draw(st.sampled_from(sorted(self.expected)))
        contact: Any = self._crm_by_email()[email]
        names = [n for n in contact.tags.replace(";", ",").split(",") if n.strip()]
        kept = [n for n in names if n.strip().casefold() != tag.casefold()]
        with self._crm() as crm:
            crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=contact.crm_id, contact={
                "tags": ", ".join(kept if len(kept) < len(names) else [*names, tag])})])
        self.tags[email] ^= {tag.casefold()}
        self.synced = False

    @precondition(lambda self: self.synced and self.expected)
    @rule(data=st.data(), tag=st.sampled_from(TAGS))
    def toggle_label_in_google(self, data: st.DataObject, tag: str) -> None:
        email = data.draw(st.sampled_from(sorted(self.expected)))
        person = self._google_by_email()[email]
        groups = {g["name"]: g["resourceName"] for g in self.sandbox.admin.dump()["groups"]}
        label = groups.get(tag) or self.sandbox.admin.create_group(tag)["resourceName"]
        members = [m for m in person.get("memberships", [])
                   if m["contactGroupMembership"]["contactGroupResourceName"] != label]
        if len(members) == len(person.get("memberships", [])):
            members.append({"contactGroupMembership": {"contactGroupResourceName": label}})
        self.sandbox.admin.patch_contact(person["resourceName"], {"memberships": members})
        self.tags[email] ^= {tag.casefold()}
        self.synced = False

    @rule(faults=st.sampled_from(["none", "429", "5xx", "drop", "expire"]))
    def sync(self, faults: str) -> None:
        switches = {"none": {}, "429": {"rate_limit_count": 2, "retry_after_s": 0},
                    "5xx": {"server_error_count": 2, "server_error_code": 503},
                    "drop": {"drop_count": 1}, "expire": {"expire_next_sync_token": True}}
        self.sandbox.admin.set_faults(reset=True, **switches[faults])
        result = self.service.sync()
        self.sandbox.admin.set_faults(reset=True)
        assert result.status is SyncStatus.OK, result.errors
        self.synced = True

    @invariant()
    def converged_without_duplicates_or_lost_edits(self) -> None:
        if not self.synced:
            return
        google = self._google_by_email()
        crm = self._crm_by_email()
        assert len(self.sandbox.admin.dump()["contacts"]) == len(google)  # no duplicate
        assert set(google) == set(crm) == set(self.expected)
        for email, fields in self.expected.items():
            g, c = record_from_person(google[email]), crm[email].record  # type: ignore[attr-defined]
            for field, value in fields.items():
                assert _value(g, field) == _value_of(field, value), (email, field, "google")
                assert _value(c, field) == _value_of(field, value), (email, field, "crm")
            assert _tag_keys(c.tags) == self.tags[email], (email, "crm tags")
            assert self._label_keys(google[email]) == self.tags[email], (email, "labels")

    def _label_keys(self, person: dict) -> set[str]:
        names = {g["resourceName"]: g["name"] for g in self.sandbox.admin.dump()["groups"]
                 if g.get("groupType") == "USER_CONTACT_GROUP"}
        return {names[m["contactGroupMembership"]["contactGroupResourceName"]].casefold()
                for m in person.get("memberships", [])
                if names.get(m["contactGroupMembership"]["contactGroupResourceName"],
                             "Simple CRM") != "Simple CRM"}

    @precondition(lambda self: self.synced)
    @rule()
    def preview_is_empty_after_a_sync(self) -> None:
        plan = self.service.preview()
        assert not plan.to_google and not plan.to_crm and not plan.conflicts


def _tag_keys(value: str) -> set[str]:
    return {name.strip().casefold() for name in value.replace(";", ",").split(",")
            if name.strip()}


def _value(record: ContactRecord, field: str) -> str:
    if field == "home_city":
        return record.home_address.city
    return record.norm(Field(field))


def _value_of(field: str, value: str) -> str:
    return value if field == "home_city" else ContactRecord(**{field: value}).norm(Field(field))


SyncMachine.TestCase.settings = settings(
    max_examples=8, stateful_step_count=10, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestSyncConverges = SyncMachine.TestCase
