"""Undo the last sync (R-S7) from its journal of before-images.

Each record the run wrote is put back — unless someone changed it again since, in which
case the fields changed since are left alone and reported. Afterwards the pairs' baselines
are set to what both sides hold, so the next sync does not simply redo the run: contacts
the run created and undo removed are marked so they are not created again by themselves
(the CRM contact "kept", the Google contact ignored), and the report says so.

The report's lines are ``Reason``s: the CLI prints their English text, the window says
them in the user's language. The run's errors are also stored with the run in the
history, as reasons (with their English text for the CLI).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from crmsync_gui.core.baseline import Baseline
from crmsync_gui.core.mapping import crm_values
from crmsync_gui.core.plan import Side
from crmsync_gui.core.plan_input import Link
from crmsync_gui.core.reasons import Reason, ReasonCode, reason_of
from crmsync_gui.core.record import FIELDS, Field
from crmsync_gui.core.run_report import RunProblem
from crmsync_gui.core.timestamps import utc_now
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.people import PeopleApi
from crmsync_gui.google.person import (
    chosen_record,
    contact_from_person,
    merge_into_person,
    record_from_person,
)
from crmsync_gui.state.store import Checkpoint, JournalEntry, RunRecord, StateStore
from crmsync_gui.sync.backup import creatable_person

log = logging.getLogger(__name__)

UNDO_STATUS = "undo of run "


@dataclass
class UndoReport:
    run_id: int | None
    reverted: int = 0
    left_alone: list[Reason] = field(default_factory=list)
    not_synced_again: list[Reason] = field(default_factory=list)
    errors: list[Reason] = field(default_factory=list)


def last_undoable_run(state: StateStore) -> RunRecord | None:
    runs = state.runs(limit=200)
    undone = {int(r.status[len(UNDO_STATUS):]) for r in runs
              if r.status.startswith(UNDO_STATUS)}
    for run in runs:
        if run.status.startswith(UNDO_STATUS) or run.run_id in undone:
            continue
        return run if state.journal(run.run_id) else None
    return None


def undo_run(crm: SqliteCrm, api: PeopleApi, state: StateStore) -> UndoReport:
    run = last_undoable_run(state)
    if run is None:
        return UndoReport(run_id=None)
    report = UndoReport(run_id=run.run_id)
    undo = _Undo(crm, api, state, report)
    for entry in reversed(state.journal(run.run_id)):
        try:
            undo.entry(entry)
        except Exception as error:  # one record must not stop the others; all reported
            log.warning("undo of %s failed", entry, exc_info=True)
            report.errors.append(Reason.of(
                ReasonCode.UNDO_FAILED, side=_side(entry.side),
                contact=str(entry.crm_id or entry.resource_name), error=reason_of(error)))
    undo.settle()
    undo_id = state.begin_run(utc_now())
    state.finish_run(undo_id, utc_now(), status=f"{UNDO_STATUS}{run.run_id}",
                     counts={"reverted": report.reverted},
                     errors=[RunProblem(reason) for reason in report.errors])
    return report


class _Undo:
    def __init__(self, crm: SqliteCrm, api: PeopleApi, state: StateStore,
                 report: UndoReport) -> None:
        self.crm, self.api, self.state, self.report = crm, api, state, report
        self.touched: set[int] = set()
        self.drop: list[int] = []
        self.kept: list[int] = []
        self.ignore_google: list[str] = []

    def _google_now(self, resource_name: str | None) -> dict[str, Any] | None:
        if not resource_name:
            return None
        return self.api.get_many([resource_name]).get(resource_name)

    def _written(self, crm_id: int | None) -> Baseline | None:
        link = self.state.link_for_crm(crm_id) if crm_id is not None else None
        return link.baseline if link else None

    def entry(self, entry: JournalEntry) -> None:
        handler = getattr(self, f"_{entry.side}_{entry.action}", None)
        if handler is not None:
            handler(entry)

    # -- Google ------------------------------------------------------------------------

    def _google_create(self, entry: JournalEntry) -> None:
        person = self._google_now(entry.resource_name)
        written = self._written(entry.crm_id)
        if person is None:
            return
        if written is not None and chosen_record(person, written)[0].normalized \
                != written.google:
            self.report.left_alone.append(Reason.of(
                ReasonCode.UNDO_GOOGLE_CHANGED_NOT_REMOVED, name=_name(person)))
            return
        self.api.delete_many([str(entry.resource_name)])
        self.report.reverted += 1
        if entry.crm_id is not None:
            self.drop.append(entry.crm_id)
            self.kept.append(entry.crm_id)
            self.report.not_synced_again.append(Reason.of(
                ReasonCode.UNDO_REMOVED_FROM_GOOGLE, name=_name(person)))

    def _google_update(self, entry: JournalEntry) -> None:
        person = self._google_now(entry.resource_name)
        written = self._written(entry.crm_id)
        if person is None or entry.before is None:
            return
        # Both read as the planner reads them against the pair's baseline: a second mobile
        # the run left in Google is not taken for the one it removed.
        (now, chosen), (before, _) = (chosen_record(person, written),
                                      chosen_record(entry.before, written))
        back: dict[str, Any] = {}
        for i, name in enumerate(FIELDS):
            if now.normalized[i] == before.normalized[i]:
                continue
            if written is not None and now.normalized[i] != written.google[i]:
                self.report.left_alone.append(Reason.of(
                    ReasonCode.UNDO_GOOGLE_FIELD_CHANGED, name=_name(person), field=name))
                continue
            back[name.value] = before.value(name)
        if back:
            fields = [Field(key) for key in back]
            self.api.update_many([merge_into_person(person, now.replace(**back), fields,
                                                    chosen.indexes())])
            self.report.reverted += 1
        self._touch(entry.crm_id)

    def _google_delete(self, entry: JournalEntry) -> None:
        if entry.before is None:
            return
        [created] = self.api.create_many([creatable_person(entry.before)])
        self.report.reverted += 1
        name = contact_from_person(created).resource_name
        self.ignore_google.append(name)
        self.report.not_synced_again.append(Reason.of(ReasonCode.UNDO_BACK_IN_GOOGLE,
                                                      name=_name(created)))

    # -- CRM ---------------------------------------------------------------------------

    def _crm_create(self, entry: JournalEntry) -> None:
        if entry.crm_id is None:
            return
        contact = self.crm.read([entry.crm_id]).get(entry.crm_id)
        written = self._written(entry.crm_id)
        if contact is None or contact.deleted:
            return
        if written is not None and contact.record.normalized != written.crm:
            self.report.left_alone.append(Reason.of(
                ReasonCode.UNDO_CRM_CHANGED_NOT_REMOVED, name=contact.record.display_name()))
            return
        self.crm.apply([CrmWrite(WriteKind.DELETE, crm_id=entry.crm_id)])
        self.report.reverted += 1
        self.drop.append(entry.crm_id)
        if entry.resource_name:
            self.ignore_google.append(entry.resource_name)
            self.report.not_synced_again.append(Reason.of(
                ReasonCode.UNDO_REMOVED_FROM_CRM, name=contact.record.display_name()))

    def _crm_update(self, entry: JournalEntry) -> None:
        if entry.crm_id is None or entry.before is None:
            return
        contact = self.crm.read([entry.crm_id]).get(entry.crm_id)
        written = self._written(entry.crm_id)
        if contact is None:
            return
        before: dict[str, Any] = entry.before
        current = crm_values(contact.record)
        columns: dict[str, str] = {}
        link: dict[str, str] = {}
        for i, name in enumerate(FIELDS):
            if written is not None and contact.record.normalized[i] != written.crm[i]:
                self.report.left_alone.append(Reason.of(
                    ReasonCode.UNDO_CRM_FIELD_CHANGED, name=contact.record.display_name(),
                    field=name))
                continue
            for column in crm_values(contact.record, (name,)).contact:
                if before["contact"].get(column, "") != current.contact.get(column, ""):
                    columns[column] = before["contact"].get(column, "")
            for column in crm_values(contact.record, (name,)).link:
                if before["link"].get(column, "") != current.link.get(column, ""):
                    link[column] = before["link"].get(column, "")
        note = before.get("note")
        if note == contact.note:
            note = None
        if columns or link or note is not None:
            self.crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=entry.crm_id, contact=columns,
                                     link=link if contact.primary_link else {},
                                     note=note)])
            self.report.reverted += 1
        self._touch(entry.crm_id)

    def _crm_delete(self, entry: JournalEntry) -> None:
        if entry.crm_id is None:
            return
        contact = self.crm.read([entry.crm_id]).get(entry.crm_id)
        if contact is not None and contact.deleted:
            self.crm.apply([CrmWrite(WriteKind.RESTORE, crm_id=entry.crm_id)])
            self.report.reverted += 1
            self.kept.append(entry.crm_id)  # its Google contact is gone: do not recreate
            self.report.not_synced_again.append(Reason.of(
                ReasonCode.UNDO_BACK_IN_CRM, name=contact.record.display_name()))

    def _touch(self, crm_id: int | None) -> None:
        if crm_id is not None:
            self.touched.add(crm_id)

    def settle(self) -> None:
        """Baselines = what both sides hold now, so the next sync does not redo the run."""
        upsert: list[Link] = []
        touched = self.touched - set(self.drop)
        crm_now = self.crm.read(sorted(touched))
        links = {crm_id: self.state.link_for_crm(crm_id) for crm_id in touched}
        names = [link.resource_name for link in links.values() if link]
        google_now = self.api.get_many(names) if names else {}
        for crm_id, link in links.items():
            contact = crm_now.get(crm_id)
            person = google_now.get(link.resource_name) if link else None
            if link is None or contact is None or person is None:
                continue
            google, chosen = chosen_record(person, link.baseline)
            region = google.region()
            upsert.append(Link(crm_id, link.resource_name,
                               Baseline.of(contact.record, google, chosen.left_keys(region)),
                               str(person.get("etag") or ""), link.created_by_sync,
                               link.manual))
        self.state.checkpoint(Checkpoint(upsert_links=tuple(upsert),
                                         drop_links=tuple(self.drop),
                                         kept_deleted=tuple(self.kept),
                                         ignore_google=tuple(self.ignore_google)))


def _side(value: str) -> Side | str:
    # Inside an error handler: a side this version does not know is said as it is.
    return Side(value) if value in {side.value for side in Side} else value


def _name(person: dict[str, Any]) -> str:
    return record_from_person(person).display_name() or str(person.get("resourceName"))
