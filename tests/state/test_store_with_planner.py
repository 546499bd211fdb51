"""Plan, apply, checkpoint into a real state file, reload, plan again: nothing (no echo)."""

from __future__ import annotations

from pathlib import Path

from crmsync_gui.core.baseline import baseline_after
from crmsync_gui.core.plan import Action, HousekeepingKind, Side
from crmsync_gui.core.plan_input import Choices, Link, PlanOptions
from crmsync_gui.core.planner import plan_sync
from crmsync_gui.core.record import ContactRecord
from crmsync_gui.core.sides import CrmContact, GoogleContact
from crmsync_gui.core.timestamps import EPOCH
from crmsync_gui.state import Checkpoint, StateStore, state_path

UUID = "db-uuid"


def _crm(crm_id: int, **fields: str) -> CrmContact:
    return CrmContact(crm_id, ContactRecord(**fields), "", "", None, EPOCH, EPOCH, None)


def _google(name: str, **fields: str) -> GoogleContact:
    return GoogleContact(name, "e", ContactRecord(**fields), EPOCH)


def test_checkpointed_baselines_make_the_next_plan_empty(tmp_path: Path) -> None:
    crm = {1: _crm(1, last_name="Roux", personal_email="r@x.fr", home_phone="0144556677"),
           2: _crm(2, last_name="Nouveau", personal_mobile="06 12 34 56 78")}
    google = {"people/c1": _google("people/c1", last_name="Roux", personal_email="R@x.fr",
                                   first_name="Léa")}
    path = state_path(tmp_path, UUID, "sub")

    def plan(store: StateStore):
        return plan_sync(list(crm.values()), list(google.values()), links=store.links(),
                         choices=store.choices(), companies=[], crm_database_uuid=UUID,
                         options=PlanOptions())

    with StateStore.open(path, crm_database_uuid=UUID, google_sub="sub") as store:
        first = plan(store)
        links = {link.crm_id: link for link in store.links()}
        for item in first.housekeeping:
            assert item.kind is HousekeepingKind.LINK
            links[item.crm_id] = Link(item.crm_id, item.resource_name,
                                      baseline_after(None, item))
        for change in first.changes():
            assert change.record is not None and change.crm_id is not None
            if change.target is Side.CRM:
                crm[change.crm_id] = _crm(change.crm_id, **_values(change.record))
                name = change.resource_name
            else:
                name = change.resource_name or "people/new"
                google[name] = _google(name, **_values(change.record))
            assert name is not None
            previous = links.get(change.crm_id)
            links[change.crm_id] = Link(change.crm_id, name, baseline_after(
                previous.baseline if previous else None, change),
                created_by_sync=change.action is Action.CREATE)
        store.checkpoint(Checkpoint(upsert_links=tuple(links.values())))
    with StateStore.open(path, crm_database_uuid=UUID, google_sub="sub") as store:
        assert plan(store).is_empty()
        assert store.choices() == Choices()


def _values(record: ContactRecord) -> dict[str, str]:
    return {name: value for name in ("last_name", "first_name", "personal_email",
                                     "home_phone", "personal_mobile")
            if (value := getattr(record, name))}
