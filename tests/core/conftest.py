"""Builders for planning tests, and a tiny in-memory world that applies plans.

The world plays the engine's part: it applies each change to its two dictionaries and
records links and baselines exactly as the engine is meant to (``Change.link_effect``,
``baseline_after``), so "apply, then plan again" can be checked without any I/O.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from crmsync_gui.core.baseline import baseline_after
from crmsync_gui.core.plan import Action, Change, HousekeepingKind, Plan, Side
from crmsync_gui.core.plan_input import Choices, Decisions, Link, PlanOptions
from crmsync_gui.core.planner import plan_sync
from crmsync_gui.core.record import Address, ContactRecord
from crmsync_gui.core.sides import Company, CompanyLink, CrmContact, GoogleContact

UUID = "0b7c2d4e-crm-db"
T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def record(**fields: Any) -> ContactRecord:
    if isinstance(fields.get("home_address"), str):
        fields["home_address"] = Address(street=fields["home_address"])
    return ContactRecord(**fields)


def company(company_id: int, name: str, *, deleted: bool = False) -> Company:
    return Company(company_id, name, None, T0, deleted)


def crm_contact(crm_id: int, *, updated: datetime = T0, deleted: bool = False,
                note: str = "", company_id: int | None = None,
                link_updated: datetime | None = None, **fields: Any) -> CrmContact:
    """A CRM contact; with ``company_id`` its pro fields sit on that (primary) link."""
    rec = record(**fields)
    links: tuple[CompanyLink, ...] = ()
    if company_id is not None:
        links = (CompanyLink(company_id, rec.company_name, None, rec.work_phone,
                             rec.work_mobile, rec.work_email, rec.job_title, True,
                             link_updated or updated, link_updated or updated),)
    return CrmContact(crm_id=crm_id, record=rec, note=note, tags="", external_ref=None,
                      created_at=T0, updated_at=updated,
                      deleted_at=updated if deleted else None, links=links,
                      primary_link=links[0] if links else None)


def google_contact(resource_name: str, *, updated: datetime = T0, deleted: bool = False,
                   tag: str | None = None, in_label: bool = False,
                   person: dict[str, Any] | None = None, **fields: Any) -> GoogleContact:
    return GoogleContact(resource_name=resource_name, etag=f"etag-{resource_name}",
                         record=record(**fields), updated_at=updated, deleted=deleted,
                         crm_tag=tag, in_label=in_label, person=person or {},
                         source_etag=f"#{resource_name}@{updated.isoformat()}")


def make_plan(crm: Iterable[CrmContact], google: Iterable[GoogleContact], *,
              links: Iterable[Link] = (), choices: Choices | None = None,
              companies: Iterable[Company] = (), options: PlanOptions | None = None,
              decisions: Decisions | None = None) -> Plan:
    return plan_sync(list(crm), list(google), links=list(links),
                     choices=choices or Choices(), companies=list(companies),
                     crm_database_uuid=UUID, options=options or PlanOptions(),
                     decisions=decisions)


@dataclass
class World:
    """Both sides and the state, in memory; ``sync()`` plans and applies like the engine."""

    crm: dict[int, CrmContact] = field(default_factory=dict)
    google: dict[str, GoogleContact] = field(default_factory=dict)
    links: dict[int, Link] = field(default_factory=dict)
    companies: list[Company] = field(default_factory=list)
    choices: Choices = field(default_factory=Choices)
    options: PlanOptions = field(default_factory=PlanOptions)
    clock: int = 100
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(10_000))

    def plan(self, decisions: Decisions | None = None) -> Plan:
        return make_plan(self.crm.values(), self.google.values(), links=self.links.values(),
                         choices=self.choices, companies=self.companies, options=self.options,
                         decisions=decisions)

    def sync(self, decisions: Decisions | None = None) -> Plan:
        plan = self.plan(decisions)
        self.apply(plan)
        return plan

    def tick(self) -> datetime:
        self.clock += 1
        return at(self.clock)

    def apply(self, plan: Plan) -> None:
        for item in plan.housekeeping:
            if item.kind is HousekeepingKind.FORGET:
                self.links.pop(item.crm_id, None)
                continue
            previous = self.links.get(item.crm_id)
            self.links[item.crm_id] = Link(
                item.crm_id, item.resource_name,
                baseline_after(previous.baseline if previous else None, item),
                created_by_sync=item.created_by_sync or bool(previous
                                                            and previous.created_by_sync))
            self._unkeep(item.crm_id)
        for change in plan.changes():
            if change.target is Side.GOOGLE:
                self._apply_google(change)
            else:
                self._apply_crm(change)

    def _unkeep(self, crm_id: int) -> None:
        self.choices = dataclasses.replace(
            self.choices, kept_deleted=self.choices.kept_deleted - {crm_id})

    def _relink(self, change: Change, crm_id: int, resource_name: str,
                created: bool = False) -> None:
        previous = self.links.get(crm_id)
        self.links[crm_id] = Link(crm_id, resource_name,
                                  baseline_after(previous.baseline if previous else None,
                                                 change),
                                  created_by_sync=created or bool(previous
                                                                  and previous.created_by_sync))

    def _apply_google(self, change: Change) -> None:
        if change.action in (Action.CREATE, Action.RESTORE):
            assert change.crm_id is not None and change.record is not None
            name = f"people/n{next(self._ids)}"
            self.google[name] = GoogleContact(name, "e0", _as_read(change.record), self.tick(),
                                              crm_tag=change.client_tag, in_label=True)
            self._relink(change, change.crm_id, name, created=True)
            self._unkeep(change.crm_id)
            return
        assert change.crm_id is not None and change.resource_name is not None
        if change.action is Action.UPDATE:
            assert change.record is not None
            self.google[change.resource_name] = dataclasses.replace(
                self.google[change.resource_name], record=_as_read(change.record),
                updated_at=self.tick())
            self._relink(change, change.crm_id, change.resource_name)
        elif change.action is Action.DELETE:
            del self.google[change.resource_name]
            del self.links[change.crm_id]
        elif change.action is Action.DETACH:
            del self.links[change.crm_id]
            self.choices = dataclasses.replace(
                self.choices,
                ignored_google=self.choices.ignored_google | {change.resource_name})

    def _apply_crm(self, change: Change) -> None:
        if change.action is Action.CREATE:
            assert change.record is not None and change.resource_name is not None
            crm_id = next(self._ids)
            name = ""
            if change.company_id is not None:
                name = next(c.name for c in self.companies if c.company_id == change.company_id)
            contact = crm_contact(crm_id, updated=self.tick(), note=change.note or "",
                                  company_id=change.company_id,
                                  **_fields(change.record, company_name=name or None))
            self.crm[crm_id] = contact
            self._relink(change, crm_id, change.resource_name)
            return
        assert change.crm_id is not None
        contact = self.crm[change.crm_id]
        if change.action is Action.UPDATE:
            assert change.record is not None
            self.crm[change.crm_id] = dataclasses.replace(
                contact, record=_as_read(change.record), updated_at=self.tick(),
                note=contact.note if change.note is None else change.note)
            assert change.resource_name is not None
            self._relink(change, change.crm_id, change.resource_name)
        elif change.action is Action.DELETE:
            self.crm[change.crm_id] = dataclasses.replace(contact, deleted_at=self.tick())
            del self.links[change.crm_id]
        elif change.action is Action.KEEP:
            del self.links[change.crm_id]
            self.choices = dataclasses.replace(
                self.choices, kept_deleted=self.choices.kept_deleted | {change.crm_id})


def _as_read(record: ContactRecord) -> ContactRecord:
    """A record as the side stores it and reads it back: the planner's choice of a
    phone region for the pair is not stored (the engine writes the fields only)."""
    return record.replace(phone_region="") if record.phone_region else record


def _fields(rec: ContactRecord, **override: Any) -> dict[str, Any]:
    values = {f.name: getattr(rec, f.name) for f in dataclasses.fields(rec)
              if f.init and f.name != "phone_region"}
    values.update({k: v for k, v in override.items() if v is not None})
    return values


@pytest.fixture
def world() -> World:
    return World()
