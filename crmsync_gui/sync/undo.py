"""Undo a sync run (R-S7, R-S7b): revert exactly what it wrote, nothing else.

Each journal entry says what its write put on one side: the fields and their values,
the note block, and the pair's baseline before it. Undo goes through the run's entries
backwards and, for each field the write put there, puts the before-image's value back
only where that side still holds the value the run wrote; a field changed since is left
alone and reported. Fields and contacts the run did not write are not touched, and keep
their baseline, so an edit still waiting for the next sync stays waiting. A field undo
puts back gets the baseline it had before the run: the next preview then shows what it
showed before the run (the same change again, or the same conflict with both values),
and the user decides anew. In a note, only the managed block the run wrote is put back,
never the user's text around it.

A contact the run created is removed only if nobody changed it since; the contact it
came from is then "not synced again by itself" (kept in the CRM, or its Google contact
ignored) until the user syncs it again. A contact the run deleted comes back the same
way, left out of the sync.

Undo reverts the latest sync run not yet undone (runs that changed nothing are passed
over); an undo is never itself undone, and undos in a row each compare with what their
own run wrote. Entries written by versions before state schema 6 do not say what they
wrote: undo then takes the pair's current baseline for it, as those versions did.

``plan_undo`` says what an undo would do (the confirmation); ``undo_run`` does it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crmsync_gui.core.baseline import UNKNOWN, Baseline
from crmsync_gui.core.mapping import crm_values
from crmsync_gui.core.note_block import LABELS, read_block, with_block
from crmsync_gui.core.plan import Side
from crmsync_gui.core.plan_input import Link
from crmsync_gui.core.reasons import Reason, ReasonCode, reason_of
from crmsync_gui.core.record import FIELDS, ContactRecord, Field
from crmsync_gui.core.run_report import RunProblem
from crmsync_gui.core.tags import LabelDirectory
from crmsync_gui.core.timestamps import utc_now
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.errors import StaleEtag
from crmsync_gui.google.people import PeopleApi
from crmsync_gui.google.person import (
    chosen_record,
    contact_from_person,
    merge_into_person,
    record_from_person,
)
from crmsync_gui.google.retry import UncertainWrite
from crmsync_gui.state.store import Checkpoint, JournalEntry, RunRecord, StateStore
from crmsync_gui.sync.backup import brought_back, creatable_person

log = logging.getLogger(__name__)

UNDO_STATUS = "undo of run "
PARTIAL_UNDO_STATUS = "partial undo of run "  # some of it could not be put back

# What undo does to one contact on one side: the confirmation counts these.
CHANGED, DELETED, RECREATED = "changed", "deleted", "recreated"


@dataclass
class UndoReport:
    run_id: int | None
    started_at: datetime | None = None
    reverted: int = 0
    left_alone: list[Reason] = field(default_factory=list)
    not_synced_again: list[Reason] = field(default_factory=list)
    errors: list[Reason] = field(default_factory=list)
    # (side, CHANGED | DELETED | RECREATED) → contacts: what it does, or would do.
    actions: Counter[tuple[Side, str]] = field(default_factory=Counter)

    def count(self, side: Side, action: str) -> int:
        return self.actions[(side, action)]


def last_undoable_run(state: StateStore) -> RunRecord | None:
    """The latest sync run not yet undone that wrote something."""
    runs = state.runs(limit=200)
    undone = {int(r.status[len(UNDO_STATUS):]) for r in runs
              if r.status.startswith(UNDO_STATUS)}
    for run in runs:
        if run.status.startswith((UNDO_STATUS, PARTIAL_UNDO_STATUS)) or run.run_id in undone:
            continue
        if state.journal(run.run_id):
            return run
    return None


def plan_undo(crm: SqliteCrm, api: PeopleApi, state: StateStore) -> UndoReport:
    """What ``undo_run`` would do now, per side, without writing anything."""
    return _undo(crm, api, state, dry_run=True)


def undo_run(crm: SqliteCrm, api: PeopleApi, state: StateStore) -> UndoReport:
    return _undo(crm, api, state, dry_run=False)


def _undo(crm: SqliteCrm, api: PeopleApi, state: StateStore, dry_run: bool) -> UndoReport:
    run = last_undoable_run(state)
    if run is None:
        return UndoReport(run_id=None)
    report = UndoReport(run_id=run.run_id, started_at=run.started_at)
    undo = _Undo(crm, api, state, report, dry_run)
    for entry in reversed(state.journal(run.run_id)):
        try:
            undo.entry(entry)
        except Exception as error:  # one record must not stop the others; all reported
            log.warning("undo of %s failed", entry, exc_info=True)
            report.errors.append(Reason.of(
                ReasonCode.UNDO_FAILED, side=_side(entry.side),
                contact=entry.name or str(entry.crm_id or entry.resource_name),
                error=reason_of(error)))
    if dry_run:
        return report
    undo.settle()
    undo_id = state.begin_run(utc_now())
    # With errors the run stays undoable: undoing it again puts back what is left (what
    # was put back already holds its before-value and is passed over).
    status = f"{PARTIAL_UNDO_STATUS if report.errors else UNDO_STATUS}{run.run_id}"
    state.finish_run(undo_id, utc_now(), status=status,
                     counts={"reverted": report.reverted},
                     errors=[RunProblem(reason) for reason in report.errors])
    return report


class _Undo:
    def __init__(self, crm: SqliteCrm, api: PeopleApi, state: StateStore,
                 report: UndoReport, dry_run: bool) -> None:
        self.crm, self.api, self.state, self.report = crm, api, state, report
        self.dry_run = dry_run
        # Per pair, the fields put back and the baseline values they take again.
        self.settled: dict[int, dict[Field, tuple[str, str]]] = {}
        self.etags: dict[int, str] = {}
        self.drop: list[int] = []
        self.kept: list[int] = []
        self.ignore_google: list[str] = []
        self.detach: list[Link] = []
        # Contacts brought back already (read once, when needed); the labels that exist.
        self.recreated: dict[str, dict[str, Any]] | None = None
        self.groups: set[str] | None = None
        self.labels: LabelDirectory | None = None

    def _do(self, side: Side, action: str, write: Callable[[], Any]) -> Any:
        """Do it (not in a dry run), and count what undo did to one contact — only once
        it is done: a refused write is an error, not a change."""
        if self.dry_run:
            self.report.actions[(side, action)] += 1
            return None
        result = write()
        self.report.actions[(side, action)] += 1
        self.report.reverted += 1
        return result

    def _google_now(self, resource_name: str | None) -> dict[str, Any] | None:
        if not resource_name:
            return None
        return self.api.get_many([resource_name]).get(resource_name)

    def _baseline(self, crm_id: int | None) -> Baseline | None:
        link = self.state.link_for_crm(crm_id) if crm_id is not None else None
        return link.baseline if link else None

    def entry(self, entry: JournalEntry) -> None:
        handler = getattr(self, f"_{entry.side}_{entry.action}", None)
        if handler is not None:
            handler(entry)

    def _settle(self, entry: JournalEntry, names: list[Field]) -> None:
        """The fields put back take the baseline they had before the run (unknown for a
        pair the run linked: the next sync treats them as a first sync)."""
        if entry.crm_id is None or not names:
            return
        before = entry.baseline
        pair = self.settled.setdefault(entry.crm_id, {})
        for name in names:
            pair[name] = ((before.crm_value(name), before.google_value(name)) if before
                          else (UNKNOWN, UNKNOWN))

    # -- Google ------------------------------------------------------------------------

    def _google_create(self, entry: JournalEntry) -> None:
        person = self._google_now(entry.resource_name)
        if person is None:
            return
        now, _ = chosen_record(person, self._baseline(entry.crm_id), self._labels())
        made = (entry.created or {}).get("etag")
        # Any edit moves the etag, of fields the sync never reads too (a birthday, a
        # note): only a contact exactly as the run made it is removed.
        changed = (person.get("etag") != made if made else _changed_since(
            now, self._written(entry, Side.GOOGLE), complete=entry.written is not None))
        if changed:
            self.report.left_alone.append(Reason.of(
                ReasonCode.UNDO_GOOGLE_CHANGED_NOT_REMOVED, name=_name(person)))
            return
        self._do(Side.GOOGLE, DELETED,
                 lambda: self.api.delete_many([str(entry.resource_name)]))
        if entry.crm_id is not None:
            self.drop.append(entry.crm_id)
            self.kept.append(entry.crm_id)
            self.report.not_synced_again.append(Reason.of(
                ReasonCode.UNDO_REMOVED_FROM_GOOGLE, name=_name(person)))

    def _google_update(self, entry: JournalEntry) -> None:
        person = self._google_now(entry.resource_name)
        if person is None or entry.before is None:
            return
        base = self._baseline(entry.crm_id)
        # Both read as the planner reads them against the pair's baseline: a second mobile
        # the run left in Google is not taken for the one it removed.
        labels = self._labels()
        (now, chosen), (before, _) = (chosen_record(person, base, labels),
                                      chosen_record(entry.before, entry.baseline or base,
                                                    labels))
        back: dict[Field, Any] = {}
        for name, value in self._written(entry, Side.GOOGLE).items():
            if now.norm(name) == before.norm(name):
                continue  # already as it was
            if now.norm(name) != value:
                self.report.left_alone.append(Reason.of(
                    ReasonCode.UNDO_GOOGLE_FIELD_CHANGED, name=_name(person), field=name))
                continue
            back[name] = before.value(name)
        if not back:
            return
        names = list(back)
        body = merge_into_person(person, now.replace(**{n.value: v for n, v in back.items()}),
                                 names, chosen.indexes(), labels)
        updated = self._do(Side.GOOGLE, CHANGED,
                           lambda: self._update(person, body, base, back))
        if updated and entry.crm_id is not None:
            self.etags[entry.crm_id] = str(next(iter(updated.values())).get("etag") or "")
        self._settle(entry, names)

    def _update(self, person: dict[str, Any], body: dict[str, Any], base: Baseline | None,
                back: dict[Field, Any]) -> dict[str, Any]:
        """Send one revert. An answer lost after Google applied it comes back as a stale
        etag when resent: then what Google holds says whether it landed."""
        name = str(person.get("resourceName"))
        try:
            return self.api.update_many([body])
        except StaleEtag:
            fresh = self._google_now(name)
            if fresh is None:
                raise
            now, _ = chosen_record(fresh, base, self._labels())
            wanted, _ = chosen_record(body, base, self._labels())
            if any(now.norm(field) != wanted.norm(field) for field in back):
                raise
            return {name: fresh}

    def _google_delete(self, entry: JournalEntry) -> None:
        """The contact back whole, as read just before the run deleted it (its photo
        aside: Google sets none on a create; labels deleted since aside). Its CRM
        contact is still deleted, so it stays out of the sync; the link follows it,
        detached: restoring the CRM contact links the two again, with their old
        baseline. Each one carries the resource name it replaces (``FROM_KEY``), so that
        an undo run again — after a refusal, a lost answer, a crash — or a backup restore
        finds it instead of making a second."""
        if entry.before is None:
            return
        if entry.crm_id is not None and self.state.link_for_crm(entry.crm_id) is not None:
            # Restored in the CRM and synced since, with a new Google contact: this one
            # back would be a second copy of the person.
            self.report.left_alone.append(Reason.of(ReasonCode.UNDO_NOT_RECREATED_SYNCED,
                                                    name=entry.name or _name(entry.before)))
            return
        marker = str(entry.resource_name)
        created = self._recreated().get(marker)
        if created is None:
            body = creatable_person(entry.before, self._groups())
            created = self._do(Side.GOOGLE, RECREATED, lambda: self._create(body, marker))
        if created is None:
            return
        contact = contact_from_person(created)
        self.ignore_google.append(contact.resource_name)
        if entry.crm_id is not None:
            self.detach.append(Link(entry.crm_id, contact.resource_name,
                                    baseline=entry.baseline, etag=contact.etag,
                                    google_seen=contact.source_etag))
        self.report.not_synced_again.append(Reason.of(ReasonCode.UNDO_BACK_IN_GOOGLE,
                                                      name=_name(created)))
        if any(not photo.get("default") for photo in entry.before.get("photos") or ()
               if isinstance(photo, dict)):
            self.report.left_alone.append(Reason.of(ReasonCode.UNDO_PHOTO_NOT_RESTORED,
                                                    name=_name(created)))

    def _labels(self) -> LabelDirectory:
        """The account's labels, for the contacts' tags (R-S13): read once, when needed."""
        if self.labels is None:
            self.labels = LabelDirectory.of(self.api.groups(), self.state.label_name or "",
                                            self.state.label_resource_name)
        return self.labels

    def _groups(self) -> set[str]:
        if self.groups is None:
            self.groups = self.api.group_names()
        return self.groups

    def _recreated(self) -> dict[str, dict[str, Any]]:
        """The contacts already brought back, by the resource name each replaces (one
        full read, the first time a deleted contact is to come back)."""
        if self.recreated is None:
            self.recreated = brought_back(self.api.read_connections().persons)
        return self.recreated

    def _create(self, body: dict[str, Any], marker: str) -> dict[str, Any]:
        try:
            return self.api.create_many([body])[0] or {}
        except UncertainWrite:
            # The answer was lost: made or not, the marker says (never sent twice).
            self.recreated = None
            found = self._recreated().get(marker)
            if found is None:
                raise
            return found

    # -- CRM ---------------------------------------------------------------------------

    def _crm_create(self, entry: JournalEntry) -> None:
        if entry.crm_id is None:
            return
        contact = self.crm.read([entry.crm_id]).get(entry.crm_id)
        if contact is None or contact.deleted:
            return
        made = entry.created or {}
        if _changed_since(contact.record, self._written(entry, Side.CRM),
                          complete=entry.written is not None) \
                or (made and (contact.note, contact.tags) != (made.get("note", ""),
                                                              made.get("tags", ""))):
            self.report.left_alone.append(Reason.of(
                ReasonCode.UNDO_CRM_CHANGED_NOT_REMOVED, name=contact.record.display_name()))
            return
        crm_id = entry.crm_id
        self._do(Side.CRM, DELETED,
                 lambda: self.crm.apply([CrmWrite(WriteKind.DELETE, crm_id=crm_id)]))
        self.drop.append(crm_id)
        if entry.resource_name:
            self.ignore_google.append(entry.resource_name)
            self.report.not_synced_again.append(Reason.of(
                ReasonCode.UNDO_REMOVED_FROM_CRM, name=contact.record.display_name()))

    def _crm_update(self, entry: JournalEntry) -> None:
        if entry.crm_id is None or entry.before is None:
            return
        contact = self.crm.read([entry.crm_id]).get(entry.crm_id)
        if contact is None:
            return
        before: dict[str, Any] = entry.before
        current = crm_values(contact.record)
        columns: dict[str, str] = {}
        link: dict[str, str] = {}
        names: list[Field] = []
        primary = contact.primary_link
        for name, value in self._written(entry, Side.CRM).items():
            wanted = crm_values(contact.record, (name,))
            if wanted.link and before.get("company_id") is not None and (
                    primary is None or primary.company_id != before["company_id"]):
                # The run wrote these on the link to a company the contact has left (or
                # no longer has as its primary) since: never into another company's.
                self.report.left_alone.append(Reason.of(
                    ReasonCode.UNDO_CRM_FIELD_CHANGED, name=contact.record.display_name(),
                    field=name))
                continue
            if all(before[part].get(column, "") == current_part.get(column, "")
                   for part, current_part in (("contact", current.contact),
                                              ("link", current.link))
                   for column in getattr(wanted, part)):
                continue  # already as it was
            if contact.record.norm(name) != value:
                self.report.left_alone.append(Reason.of(
                    ReasonCode.UNDO_CRM_FIELD_CHANGED, name=contact.record.display_name(),
                    field=name))
                continue
            names.append(name)
            columns.update({c: before["contact"].get(c, "") for c in wanted.contact})
            link.update({c: before["link"].get(c, "") for c in wanted.link})
        note = self._note_back(entry, contact.note, str(before.get("note") or ""),
                               contact.record.display_name())
        if not (columns or link or note is not None):
            return
        crm_id = entry.crm_id
        self._do(Side.CRM, CHANGED, lambda: self.crm.apply([CrmWrite(
            WriteKind.UPDATE, crm_id=crm_id, contact=columns,
            link=link if contact.primary_link else {}, note=note)]))
        self._settle(entry, names)

    def _note_back(self, entry: JournalEntry, note: str, before: str,
                   name: str) -> str | None:
        """The note with the block the run wrote put back as it was before, the user's
        text untouched; None when there is nothing to put back (or it changed since)."""
        if entry.block is None:
            return None
        now = {key.value: value for key, value in read_block(note).items()}
        if now != entry.block:
            self.report.left_alone.append(Reason.of(ReasonCode.UNDO_NOTE_BLOCK_CHANGED,
                                                    name=name))
            return None
        old = read_block(before)
        restored = with_block(note, [(key, old[key]) for key in LABELS if key in old])
        # The professional fields the block said go back to their baseline from before
        # the run too: the next preview offers to write them into the note again.
        self._settle(entry, [key for key in LABELS
                             if entry.block.get(key.value, "") != old.get(key, "")])
        return restored if restored != note else None

    def _crm_delete(self, entry: JournalEntry) -> None:
        if entry.crm_id is None:
            return
        contact = self.crm.read([entry.crm_id]).get(entry.crm_id)
        if contact is None or not contact.deleted:
            return
        crm_id = entry.crm_id
        self._do(Side.CRM, RECREATED,
                 lambda: self.crm.apply([CrmWrite(WriteKind.RESTORE, crm_id=crm_id)]))
        self.kept.append(crm_id)  # its Google contact is gone: do not recreate
        self.report.not_synced_again.append(Reason.of(
            ReasonCode.UNDO_BACK_IN_CRM, name=contact.record.display_name()))

    # -- what an entry wrote ----------------------------------------------------------

    def _written(self, entry: JournalEntry, side: Side) -> dict[Field, str]:
        if entry.written is not None:
            return {Field(name): value for name, value in entry.written.items()}
        return self._derived(entry, side)

    def _derived(self, entry: JournalEntry, side: Side) -> dict[Field, str]:
        """For an entry of a version before schema 6, which does not say what it wrote:
        what the pair's baseline says that side holds now, as those versions assumed."""
        base = self._baseline(entry.crm_id)
        if base is None:
            return {}
        values = base.crm if side is Side.CRM else base.google
        return {name: value for name, value in zip(FIELDS, values, strict=True)
                if value != UNKNOWN}

    def settle(self) -> None:
        """The fields put back take their baseline from before the run; everything else
        of every pair keeps its own, so edits waiting for a sync still wait."""
        upsert = []
        for crm_id, fields in self.settled.items():
            if crm_id in self.drop:
                continue
            link = self.state.link_for_crm(crm_id)
            if link is None:
                continue
            base = link.baseline or Baseline.unknown()
            crm, google = list(base.crm), list(base.google)
            for name, (crm_value, google_value) in fields.items():
                i = FIELDS.index(name)
                crm[i], google[i] = crm_value, google_value
            upsert.append(dataclasses.replace(
                link, baseline=Baseline(tuple(crm), tuple(google), base.left,
                                        base.knows_entries),
                etag=self.etags.get(crm_id, link.etag)))
        self.state.checkpoint(Checkpoint(upsert_links=tuple(upsert),
                                         drop_links=tuple(self.drop),
                                         kept_deleted=tuple(self.kept),
                                         ignore_google=tuple(self.ignore_google),
                                         detach=tuple(self.detach)))


def _changed_since(now: ContactRecord, written: dict[Field, str], complete: bool) -> bool:
    """Whether a contact the run created was changed since. A create wrote every field
    (``complete``): those it left empty must still be empty (a city typed since is not
    lost); an entry of an older version says only what the baseline holds."""
    if complete:
        return any(now.norm(name) != written.get(name, "") for name in FIELDS)
    return any(now.norm(name) != value for name, value in written.items())


def _side(value: str) -> Side | str:
    # Inside an error handler: a side this version does not know is said as it is.
    return Side(value) if value in {side.value for side in Side} else value


def _name(person: dict[str, Any]) -> str:
    return record_from_person(person).display_name() or str(person.get("resourceName"))
