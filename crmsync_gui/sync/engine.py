"""The sync engine (R-S5–R-S8): read both sides, plan, and apply the plan in batches.

Everything a batch changes lands on its side first, then in the state in one checkpoint
(links, baselines, journal), so a crash or a cancel leaves a state that matches what was
written up to the last whole batch, and the next run converges from there:

- a Google create is announced in the state (its clientData tag) before it is sent; a
  create whose answer is lost is found again by its tag in a full read, never resent
  blindly (R-G3);
- a stale etag or a CRM row edited meanwhile re-reads those contacts and re-plans them
  (a bounded number of times), never overwriting blindly (R-G2);
- a refused write is retried alone to find the contact Google refuses, and reported.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crmsync_gui.core.heap import keep_as_old, let_go
from crmsync_gui.core.note_block import read_block
from crmsync_gui.core.phones import NORMALIZATION_VERSION
from crmsync_gui.core.plan import Action, Change, HousekeepingKind, Plan, Side
from crmsync_gui.core.plan_input import LABELS_MOVED, Decisions, Link, PlanOptions, client_tag
from crmsync_gui.core.planner import plan_sync, unchanged_in_google
from crmsync_gui.core.reasons import Reason, ReasonCode, reason_of
from crmsync_gui.core.record import FIELDS, PRO_FIELDS, ContactRecord, Field, tag_moves
from crmsync_gui.core.run_report import RunProblem, RunStatus, replan_limit, run_status
from crmsync_gui.core.sides import CrmContact
from crmsync_gui.core.tags import LabelDirectory, labels_moved, split_tag_names, tag_key
from crmsync_gui.core.timestamps import utc_now
from crmsync_gui.crm.model import CrmConflictError, CrmError
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.errors import (
    GoogleError,
    GoogleRequestRefused,
    RetriesCancelled,
    StaleEtag,
)
from crmsync_gui.google.people import (
    MEMBERS_BATCH,
    WHOLE_FIELDS,
    WRITE_BATCH,
    PeopleApi,
    label_named,
)
from crmsync_gui.google.person import Person, group_list, memberships, memberships_with_tags
from crmsync_gui.google.retry import UncertainWrite
from crmsync_gui.state.store import Checkpoint, IntendedCreate, JournalEntry, StateStore
from crmsync_gui.sync.backup import BEFORE_DELETIONS, BEFORE_FIRST_SYNC, BackupInfo, write_backup
from crmsync_gui.sync.google_view import GoogleView, read_google_view
from crmsync_gui.sync.quiet import fingerprint, nothing_to_do, plain_decisions
from crmsync_gui.sync.writes import crm_image, crm_write, google_body, link_after

log = logging.getLogger(__name__)

BATCH = WRITE_BATCH  # contacts per API call, and per checkpoint
# Re-plans of one contact in one run, counted across batches: a contact someone keeps
# editing while the sync writes it is left for the next run rather than chased forever.
REPLAN_LIMIT = 3
# CRM creates are announced in the state's intended-create table too, under this prefix
# and the Google contact's resource name: a run killed between the CRM commit and its
# checkpoint leaves an unlinked CRM contact the next run must recognise (R-S6).
CRM_CREATE = "crm-create:"

SyncStatus = RunStatus  # the name the window and the CLI know it by


@dataclass(frozen=True)
class Progress:
    phase: str  # reading | planning | backup | sync | done
    done: int = 0
    total: int = 0
    batch: int = 0
    batches: int = 0
    message: str = ""


ProgressCallback = Callable[[Progress], None]


@dataclass
class SyncResult:
    status: RunStatus
    plan: Plan
    applied: dict[str, int] = field(default_factory=dict)
    # The contacts not brought over (a partial run), or what stopped it (a failed one).
    errors: list[RunProblem] = field(default_factory=list)
    warnings: list[RunProblem] = field(default_factory=list)  # lose nothing by themselves
    run_id: int | None = None
    backup: BackupInfo | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # per phase, for benchmarks
    # Nothing changed since a run that had nothing to do: not planned (sync/quiet.py).
    quiet: bool = False

    def count(self, key: str, amount: int = 1) -> None:
        if amount:
            self.applied[key] = self.applied.get(key, 0) + amount


class SyncCancelled(Exception):
    """Raised at a batch boundary when the user cancelled."""


class SyncEngine:
    """One sync (or preview) over an open CRM, a Google API and the pair's state."""

    def __init__(self, crm: SqliteCrm, api: PeopleApi, state: StateStore, *,
                 crm_path: Path, label_name: str, options: PlanOptions, backups_dir: Path,
                 progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None) -> None:
        self.crm = crm
        self.api = api
        self.state = state
        self.crm_path = crm_path
        self.label_name = label_name
        self.options = options
        self.backups_dir = backups_dir
        self._progress = progress or (lambda event: None)
        self._cancel = cancel or threading.Event()
        self.notes: list[RunProblem] = []  # warnings found while reading, for the run
        self.errors: list[RunProblem] = []  # writes refused while reading (a label rename)
        self._groups: list[dict[str, Any]] = []  # the labels as this run listed them
        self._crm_digest: str | None = None  # the CRM's rows as this run planned them
        self._generation: int | None = None  # the state's planning counter, as planned
        self._links: list[Link] | None = None  # the state's links as planning read them

    # -- reading and planning ----------------------------------------------------------

    def _read(self, writing: bool, quiet_allowed: bool = False,
              backup: Callable[[Iterable[Person]], object] | None = None) -> GoogleView:
        self._progress(Progress("reading", message="Reading Google Contacts"))
        # The label found once is remembered: a run that changes nothing then costs a
        # single list call. A preview never creates it (it writes nothing to Google).
        label, known_as = self.state.label_resource_name, self.state.label_name
        if label is not None and known_as is None:  # a state from before names were kept
            known_as = self.label_name
            self.state.set_label_resource_name(label, known_as)
        # Renamed in the settings: the label of that name, and every contact's membership
        # read again (the state's copy says who was in the old one).
        relabelled = label is not None and known_as != self.label_name
        # Every run lists the labels (one call): tags are their names (R-S13); the
        # app's own label is found in the same list.
        groups = self._groups = self.api.groups()
        former = self.state.former_sync_labels()
        if label is None or relabelled:
            before = label
            label = label_named(groups, self.label_name)
            if label is None and writing:  # created on first use (409: made meanwhile)
                label = self.api.create_or_find_label(self.label_name)
            if label is not None:
                self.state.set_label_resource_name(label, self.label_name)
            if before is not None and before != label:
                # The old label stays in Google as it is: never a tag (R-S13) — in a
                # preview too, which does not create the new one (its contacts would
                # show the old name as a tag to write into the CRM).
                if label is not None:
                    self.state.add_former_sync_label(before)
                former = [*former, before]
        # A label renamed or deleted since the last sync changes the tags of contacts
        # the sync token may not return: everything is read again then.
        labels = LabelDirectory.of(groups, self.label_name, label,
                                   former=[r for r in former if r != label])
        renames = self.state.tag_renames()
        own: set[str] = set()  # labels renamed after a CRM rename: not Google's doing
        if renames:
            labels = self._renamed_labels(labels, groups, renames, writing, own)
        # Two memories of the labels: as the state's copy of Google was read with (a
        # label renamed or deleted since changes tags the sync token may not return:
        # everything is read again), and as the last sync that reached its end saw
        # them (a rename or deletion there is the tag's too, until a sync acts on it).
        read_with = self.state.view_labels()
        known = {r: n for r, n in self.state.tag_labels().items() if r not in own}
        renamed = labels_moved(known if read_with is None else read_with, labels)
        scope = tag_key(self.options.only_tag)
        # The scope's label deleted or renamed: asked about until a sync acts on it.
        scope_gone = {resource: name for resource, name in known.items()
                      if scope and tag_key(name) == scope
                      and tag_key(labels.tags.get(resource, "")) != scope}
        watched = labels.watched()
        labels_deleted = {r: n for r, n in known.items() if r not in watched}
        labels_renamed = {r: (n, watched[r]) for r, n in known.items()
                          if r in watched and tag_key(watched[r]) != tag_key(n)}
        # Creates of a run that died may not show in sync-token reads for minutes.
        force_full = relabelled or renamed or bool(self.state.intended_creates())
        quiet = quiet_allowed and not (
            force_full or renames or scope_gone or labels_deleted or labels_renamed)
        view = read_google_view(self.api, self.state, label, force_full=force_full,
                                labels=labels, backup=backup,
                                quiet=self._unchanged_since_quiet_run if quiet else None)
        if view.left_label and label is not None and not relabelled \
                and self.label_vanished(view, writing) and not writing:
            # Planned as if the label were there, but not stored: the sync that follows
            # reads these changes again, and is the one that re-creates the label.
            return view
        view.scope_label_deleted = bool(scope_gone)
        view.labels_deleted, view.labels_renamed = labels_deleted, labels_renamed
        if renames and not writing:
            # Read as if the labels were renamed already (the sync renames them first),
            # so the preview shows what the sync will do; Google unchanged: not stored.
            return view
        view.save(self.state)  # the copy first, then the token it matches
        self.state.set_view_labels(watched)
        self.state.set_sync_token(view.sync_token)
        return view

    def _unchanged_since_quiet_run(self) -> bool:
        """Whether everything planning reads is as it was in the last run that had
        nothing to do (Google's changes, already known to be none, apart)."""
        self._crm_digest = self.crm.content_digest()
        self._generation = self.state.plan_inputs_generation
        return self.state.quiet_fingerprint == self._fingerprint()

    def _fingerprint(self) -> str:
        assert self._crm_digest is not None and self._generation is not None
        return fingerprint(crm_uuid=self.crm.database_uuid, crm_digest=self._crm_digest,
                           state=self.state, generation=self._generation,
                           groups=self._groups, options=self.options,
                           label_name=self.label_name)

    def _renamed_labels(self, labels: LabelDirectory, groups: list[dict[str, Any]],
                        renames: list[tuple[str, str]], writing: bool,
                        own: set[str]) -> LabelDirectory:
        """Tags renamed in the CRM since the last sync: their label renamed in Google
        (a sync) or as if it were (a preview), so the tag keeps its label and its
        contacts need no write. A label of the new name existing already is left as
        it is: the contacts move into it, and the old one is left empty — never two
        labels for one tag (R-S13)."""
        etags = {str(g.get("resourceName")): g.get("etag") for g in groups}
        keep: list[tuple[str, str]] = []
        for old, new in renames:
            resource = labels.resource_for(old)
            if resource is None or labels.tags[resource] == new:
                continue
            if any(tag_key(name) == tag_key(new) and other != resource
                   for other, name in labels.tags.items()):
                continue
            if writing:
                try:
                    if not self.api.rename_label(resource, new, etags.get(resource)):
                        continue  # taken meanwhile (409): the contacts move into that one
                except GoogleRequestRefused as error:
                    # Said, and tried again next run; meanwhile the contacts move into a
                    # label of the new name like any tag change (or are refused too).
                    self.errors.append(RunProblem(Reason.of(
                        ReasonCode.LABEL_RENAME_REFUSED, old=labels.tags[resource], new=new,
                        error=error.reason)))
                    keep.append((old, new))
                    continue
            labels = labels.with_label(resource, new)
            own.add(resource)
            if writing:
                log.info("label %s renamed %r after the tag %r", resource, new, old)
        if writing:
            self.state.clear_tag_renames()
            for old, new in keep:
                self.state.add_tag_rename(old, new)
        return labels

    def label_vanished(self, view: GoogleView, writing: bool) -> bool:
        """Contacts left the label: the user took them out, or the label itself was
        deleted in Google. A vanished label is not the user's choice about these
        contacts: they still count as in it (never as deletions, nor as leaving the
        scope of "only the label"), and a sync re-creates it and puts them back."""
        if self.label_listed(view.label):
            return False
        for name in view.left_label:
            contact = view.contacts.get(name)
            if contact is not None:
                view.put(dataclasses.replace(contact, in_label=True))
        if writing:
            self.recreate_label(view)
        return True

    def label_listed(self, label: str | None) -> bool:
        """Whether Google still lists ``label`` under the label's name (one list call)."""
        return self.api.find_label(self.label_name) == label

    def recreate_label(self, view: GoogleView) -> str:
        """The label again (found by name, else created), with the synced contacts that
        were in it put back; said once in the run's warnings."""
        label = self.api.ensure_label(self.label_name)
        linked = {link.resource_name for link in self.state.links()}
        members = sorted(name for name, contact in view.contacts.items()
                         if contact.in_label and name in linked)
        for name, contact in list(view.contacts.items()):
            if contact.in_label and name not in linked:  # not ours to put back
                view.put(dataclasses.replace(contact, in_label=False))
        view.label = label
        if members:
            self.api.add_to_label(label, members)
            for person in self.api.get_many(members).values():
                view.put(view.contact(person))
        self.state.set_label_resource_name(label, self.label_name)
        self.notes.append(RunProblem(Reason.of(ReasonCode.LABEL_RECREATED,
                                               name=self.label_name, count=len(members))))
        log.warning("label %r was deleted in Google: re-created as %s, %d contacts put back",
                    self.label_name, label, len(members))
        return label

    def _plan(self, view: GoogleView, decisions: Decisions | None,
              crm_contacts: Sequence[CrmContact] | None = None) -> Plan:
        self._progress(Progress("planning", message="Comparing contacts"))
        contacts = list(crm_contacts) if crm_contacts is not None else self.read_crm()
        self._links = self.state.links()
        links = self._links + self._recovered_crm_creates(view, contacts, self._links)
        # Baselines settled under an older phone normalisation are re-settled once, by
        # the plan's housekeeping, so the new rule produces no change of its own.
        options = dataclasses.replace(
            self.options,
            renormalize=self.state.normalization_version < NORMALIZATION_VERSION,
            last_sync_at=self.state.last_sync_at, reserved_tags=view.labels.reserved,
            renamed_tags={tag_key(old): new for resource, (old, new)
                          in view.labels_renamed.items() if resource in view.labels.tags})
        plan = plan_sync(contacts, view.contacts.values(), links=links,
                         choices=self.state.choices(), companies=self.crm.companies(),
                         crm_database_uuid=self.crm.database_uuid, options=options,
                         decisions=decisions)
        plan = dataclasses.replace(plan, notes=label_notes(view, plan))
        if view.scope_label_deleted and not (decisions and decisions.confirm_mass_deletion):
            scope = options.only_tag
            removals = tags_removed(plan, scope)
            if removals:
                plan = dataclasses.replace(plan, needs_confirmation=True, confirmation=(
                    Reason.of(ReasonCode.SCOPE_LABEL_DELETED, tag=scope, count=removals)))
        return plan

    def _recovered_crm_creates(self, view: GoogleView, contacts: Sequence[CrmContact],
                               links: list[Link]) -> list[Link]:
        """Links for CRM contacts a killed run created but did not link: unlinked, created
        after that run started, and the same person as the Google contact announced."""
        intents = [i for i in self.state.intended_creates()
                   if i.client_tag.startswith(CRM_CREATE)]
        if not intents:
            return []
        started = {run.run_id: run.started_at for run in self.state.runs(limit=1000)}
        linked_crm = {link.crm_id for link in links}
        linked_google = {link.resource_name for link in links}
        free = [c for c in contacts if not c.deleted and c.crm_id not in linked_crm]
        found: list[Link] = []
        for intent in intents:
            resource_name = intent.client_tag.removeprefix(CRM_CREATE)
            google = view.contacts.get(resource_name)
            since = started.get(intent.run_id)
            if google is None or since is None or resource_name in linked_google:
                continue
            same = [c for c in free if c.created_at >= since
                    and _same_person(c.record, google.record)]
            if len(same) == 1:
                found.append(Link(same[0].crm_id, resource_name))
                free.remove(same[0])
        return found

    def read_crm(self) -> list[CrmContact]:
        """Every CRM contact, their normalised forms taken from the state's cache where
        their values are unchanged, kept as old: they live as long as the run or job
        (core/heap.py)."""
        contacts = self.crm.read_all(self.state.crm_forms())
        keep_as_old()
        return contacts

    def _backup(self, persons: Iterable[Person], reason: Reason) -> tuple[BackupInfo, float]:
        """Both sides backed up (R-S8): the backup, and the seconds it took."""
        self._progress(Progress("backup", message="Backing up both sides"))
        mark = time.perf_counter()
        backup = write_backup(self.backups_dir, self.crm_path, persons, reason)
        return backup, time.perf_counter() - mark

    def replan(self, decisions: Decisions | None = None,
               crm_contacts: list[CrmContact] | None = None) -> Plan:
        """The plan again from the state's copy of Google (what the last preview read),
        without a Google call: after a choice on the Sync page, the tables follow at
        once. A sync reads Google again anyway, and its writes carry the etags read then
        (a contact changed meanwhile is re-read, R-G2)."""
        label = self.state.label_resource_name
        view = GoogleView({c.resource_name: c for c in self.state.google_contacts()},
                          self.state.sync_token, full_read=False, label=label,
                          labels=LabelDirectory.of(
                              ({"resourceName": resource, "name": name}
                               for resource, name in self.state.tag_labels().items()),
                              self.label_name, label,
                              former=self.state.former_sync_labels()))
        return self._plan(view, decisions, crm_contacts)

    def preview(self, decisions: Decisions | None = None,
                crm_contacts: list[CrmContact] | None = None) -> Plan:
        """``crm_contacts``: the CRM as the caller read it, to use it for more than the
        plan (the window's contact book) without reading 25,000 contacts twice.
        Nothing changed since a run that had nothing to do: nothing to plan either (the
        window previews after every sync, the tray's every 30 minutes included)."""
        view = self._read(writing=False,
                          quiet_allowed=plain_decisions(decisions or Decisions()))
        if view.quiet:
            return Plan()
        return self._plan(view, decisions, crm_contacts)

    # -- the run -------------------------------------------------------------------------

    def sync(self, decisions: Decisions | None = None,
             confirm_deletions: bool = False) -> SyncResult:
        decisions = decisions or Decisions()
        if confirm_deletions:
            decisions = dataclasses.replace(decisions, confirm_mass_deletion=True)
        self.notes, self.errors = [], []
        self._crm_digest = self._links = self._generation = None
        started = time.perf_counter()
        # The first sync backs up both sides first (R-S8): from its own full read of
        # Google, which asks for every field a backup keeps — not a second read.
        first_run = not self.state.runs(limit=1)
        backups: list[tuple[BackupInfo, float]] = []
        view = self._read(writing=True, quiet_allowed=plain_decisions(decisions),
                          backup=(lambda persons: backups.append(
                              self._backup(persons, BEFORE_FIRST_SYNC)))
                          if first_run else None)
        read_done = time.perf_counter()
        if view.quiet:  # nothing changed since a run that had nothing to do
            crm_contacts: list[CrmContact] = []
            crm_done = time.perf_counter()
            plan = Plan()
        else:
            forms = self.state.crm_forms()
            # Before planning reads the state: a choice another process writes from now
            # on moves the counter past this, and this run's plan is not taken for it.
            self._generation = self.state.plan_inputs_generation
            with self.crm.snapshot():  # the digest and the contacts, of one moment
                self._crm_digest = self.crm.content_digest()
                crm_contacts = self.crm.read_all(forms)
            keep_as_old()  # the contacts live as long as the run (core/heap.py)
            self.state.put_crm_forms(crm_contacts, forms)
            del forms  # 25,000 forms held through the run would add ~20 MB to its peak
            crm_done = time.perf_counter()
            plan = self._plan(view, decisions, crm_contacts)
        seconds = {"read_google": read_done - started, "read_crm": crm_done - read_done,
                   "plan": time.perf_counter() - crm_done}
        if plan.needs_confirmation:
            return SyncResult(RunStatus.NEEDS_CONFIRMATION, plan, seconds=seconds)
        # The run's warnings are the engine's notes: a label re-created mid-run joins them.
        result = SyncResult(RunStatus.OK, plan, seconds=seconds, warnings=self.notes,
                            errors=self.errors, quiet=view.quiet)
        result.warnings.extend(unreadable_dates(plan, crm_contacts))
        if backups:
            result.backup, seconds["backup"] = backups[0]
        elif first_run or plan.deletions():
            result.backup, seconds["backup"] = self._backup(
                self.api.read_for_backup(),
                BEFORE_FIRST_SYNC if first_run else BEFORE_DELETIONS)
        result.run_id = self.state.begin_run(utc_now())
        # A quiet run writes nothing: no link of it is ever looked up.
        links = [] if view.quiet else self._links
        assert links is not None  # planning read them
        # The run holds what it needs of them from here on, and nothing else does: a link
        # the run replaces, and a CRM contact no write needs, are let go (tagging 12,500
        # contacts: -25 MB of the run's peak at 25,000).
        run = _Run(self, view, decisions, result, links, before_images(plan, crm_contacts))
        self._links = None
        del links, crm_contacts
        mark = time.perf_counter()
        stopped = cancelled = False
        try:
            run.apply(plan)
        except (SyncCancelled, RetriesCancelled):
            # RetriesCancelled: the user's Cancel during a wait before retrying a read or
            # a write Google said it did not carry out (run_with_retry): nothing unknown.
            cancelled = True
        except (GoogleError, CrmError) as error:
            log.warning("sync stopped: %s", error, exc_info=True)
            stopped = True
            result.errors.append(RunProblem(error.reason))
        except Exception as error:  # a bug: the run still says it failed, and why
            log.exception("sync stopped on an unexpected error")
            stopped = True
            result.errors.append(RunProblem(Reason.of(ReasonCode.SYNC_STOPPED,
                                                      error=reason_of(error))))
        except BaseException:  # interrupted: recorded as failed, then let through
            result.status = RunStatus.FAILED
            raise
        finally:
            seconds["write"] = time.perf_counter() - mark
            if result.status is not RunStatus.FAILED:
                result.status = run_status(stopped, cancelled, result.errors)
            view.save(self.state)
            # The copy now holds contacts written with the labels this run made too: it
            # was "read with" them (a rename of one of them forces the next full read).
            self.state.set_view_labels(view.labels.watched())
            self.state.finish_run(result.run_id, utc_now(), status=result.status.value,
                                  counts=result.applied, errors=result.errors,
                                  warnings=result.warnings)
        if result.status in (RunStatus.OK, RunStatus.PARTIAL):  # the run reached its end
            self.state.set_last_sync_at(utc_now())
            # The labels as this sync acted on them: a rename or deletion in Google is
            # noticed against them (until a sync reaches its end, it is noticed again).
            self.state.set_tag_labels(view.labels.watched())
        # The last write of the run: what its empty plan was made from, so the next run
        # with nothing changed skips planning (sync/quiet.py).
        quiet = (result.status is RunStatus.OK and plain_decisions(decisions)
                 and nothing_to_do(plan) and not result.warnings
                 and not result.errors and self._crm_digest is not None
                 # Nothing planning reads was written since it read it (this run's own
                 # confirmations of intended creates included: planned again next time).
                 and self.state.plan_inputs_generation == self._generation)
        self.state.set_quiet_fingerprint(self._fingerprint() if quiet else None)
        # What the run made and still holds (links, the view, the result) is kept until
        # the caller lets it go, and the window's worker collects young at this report:
        # to the oldest generation unscanned rather than scanned whole (core/heap.py).
        keep_as_old()
        # The run's own data (the links, the copy of Google as read), freed a slice at a
        # time rather than in one cascade as this frame ends: the window's thread waits
        # for the GIL meanwhile (core/heap.py).
        let_go(run.links, run.open, run.crm_contacts, view.contacts)
        self._progress(Progress("done", message=result.status.value))
        return result


def before_images(plan: Plan, contacts: Sequence[CrmContact]) -> list[CrmContact]:
    """The CRM contacts a run needs as planning read them: those it writes (a row saved
    since has moved on from its image, R-S12) and those whose Google side it deletes
    (deleted only if unchanged since). A contact planned again is read again."""
    needed = {c.crm_id for c in plan.changes()
              if c.target is Side.CRM or c.action is Action.DELETE}
    return [c for c in contacts if c.crm_id in needed]


def _slices(items: list[Change], size: int) -> Iterable[list[Change]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def membership_only(updates: list[Change]) -> tuple[list[Change], list[Change]]:
    """The Google updates that change tags alone, when sending them label by label
    (``contactGroups.members.modify``, 1,000 contacts a call, adds and removes of one
    label together) costs fewer calls than in batches of 200; and the others."""
    tag_only = [c for c in updates if c.fields == (Field.TAGS,) and c.record is not None]
    if not tag_only:
        return [], updates
    moves: Counter[str] = Counter()
    for change in tag_only:
        for diff in change.diffs:
            if diff.field is Field.TAGS:
                added, removed = tag_moves(diff.old, diff.new)
                moves.update(tag_key(name) for name in (*added, *removed))
    by_label = sum(-(-count // MEMBERS_BATCH) for count in moves.values())
    if by_label >= -(-len(tag_only) // WRITE_BATCH):
        return [], updates
    chosen = {id(c) for c in tag_only}
    return tag_only, [c for c in updates if id(c) not in chosen]


def tags_removed(plan: Plan, name: str) -> int:
    """How many CRM writes of ``plan`` take the tag ``name`` off a contact."""
    key = tag_key(name)
    return sum(1 for change in plan.to_crm for diff in change.diffs
               if diff.field is Field.TAGS
               and key in map(tag_key, tag_moves(diff.old, diff.new)[1]))


def label_notes(view: GoogleView, plan: Plan) -> tuple[Reason, ...]:
    """What the preview says of the labels as a whole (R-S13): one line per label
    deleted or renamed in Google since the last read — its contacts' tag changes follow,
    one row each — and per label that cannot be a tag."""
    deleted = {name: tags_removed(plan, name) for name in view.labels_deleted.values()}
    renamed = {(old, new): tags_removed(plan, old)
               for old, new in view.labels_renamed.values()}
    notes = [Reason.of(ReasonCode.LABEL_DELETED_TAG_REMOVED, name=name, count=count)
             for name, count in sorted(deleted.items()) if count]
    notes += [Reason.of(ReasonCode.LABEL_RENAMED_TAG_RENAMED, name=old, new=new,
                        count=count)
              for (old, new), count in sorted(renamed.items()) if count]
    notes += [Reason.of(ReasonCode.LABEL_NOT_A_TAG, name=name)
              for name in sorted(view.labels.unsyncable.values())]
    # An app's label of before is said nowhere: the user renamed it, and it stays as it
    # is (a note every run would also keep every run from being quiet).
    notes += [Reason.of(ReasonCode.LABEL_RESERVED_NAME, name=name)
              for name in sorted(name for resource, name in view.labels.not_tags.items()
                                 if resource not in view.labels.former
                                 and tag_key(name) in view.labels.reserved)]
    return tuple(notes)


def unreadable_dates(plan: Plan, contacts: Sequence[CrmContact]) -> list[RunProblem]:
    """One warning per contact the plan touches whose CRM date no format reads: its
    changes still land, but newest-wins cannot weigh its CRM side fairly."""
    unreadable = {c.crm_id: c for c in contacts if not c.updated_at_readable}
    if not unreadable:
        return []
    touched = {c.crm_id: c for c in plan.changes() if c.crm_id in unreadable}
    touched.update({c.crm_id: c for c in plan.conflicts if c.crm_id in unreadable
                    and c.crm_id not in touched})
    return [RunProblem(Reason.of(ReasonCode.CRM_DATE_UNREADABLE,
                                 value=unreadable[crm_id].updated_at_text),
                       crm_id=crm_id, resource_name=item.resource_name, name=item.name,
                       side=Side.CRM)
            for crm_id, item in sorted(touched.items())]


class _Run:
    """The state of one run while it applies its plan.

    Every planned change is ``open`` until it lands, is reported as a problem, or is
    replaced by a re-plan of its contact; whatever is still open when the run reaches
    its end is reported as not applied, so no run ends ``ok`` with a write missing.
    """

    def __init__(self, engine: SyncEngine, view: GoogleView, decisions: Decisions,
                 result: SyncResult, links: list[Link],
                 crm_contacts: Sequence[CrmContact]) -> None:
        """``links`` and ``crm_contacts``: as planning read them.
        The contacts are the before-images of the CRM writes: a row another program
        saved since planning read it has moved on from them, and its write is checked
        against what the plan was made from (R-S12) — one read, not two of 25,000."""
        self.e = engine
        self.view = view
        self.decisions = decisions
        self.result = result
        self.links: dict[int, Link] = {link.crm_id: link for link in links}
        self.crm_contacts: dict[int, CrmContact] = {c.crm_id: c for c in crm_contacts}
        self.pending_crm: list[Change] = []
        self.open: dict[str, Change] = {}
        self.replans: Counter[str] = Counter()  # by contact, across batches
        self.batch_number = 0
        self.batch_total = 0

    # -- driving ---------------------------------------------------------------------

    def apply(self, plan: Plan) -> None:
        self._housekeeping(plan)
        if self.e.state.normalization_version < NORMALIZATION_VERSION:
            self.e.state.set_normalization_version(NORMALIZATION_VERSION)
        changes = plan.changes()
        self.open = {c.key: c for c in changes}
        google = [c for c in changes if c.target is Side.GOOGLE]
        self.pending_crm = [c for c in changes if c.target is Side.CRM]
        self.batch_total = sum(-(-len(group) // BATCH) for group in (
            *_by_action(google).values(), self.pending_crm))
        self._apply_google(google)
        while self.pending_crm:
            batch, self.pending_crm = self.pending_crm[:BATCH], self.pending_crm[BATCH:]
            self._step(len(batch))
            self._crm_batch(batch)
        for change in list(self.open.values()):
            self._problem(change, Reason.of(ReasonCode.NOT_APPLIED))

    def _with_labels(self, changes: Sequence[Change]) -> list[Change]:
        """The changes, once every label their tags need exists in Google (created on
        first use, R-S13); those needing a label Google refused are reported, not sent."""
        needed: dict[str, str] = {}
        for change in changes:
            if change.record is not None and (change.action in (Action.CREATE, Action.RESTORE)
                                              or Field.TAGS in change.fields):
                for name in split_tag_names(change.record.tags):
                    if self.view.labels.resource_for(name) is None:
                        needed.setdefault(tag_key(name), name)
        refused: dict[str, Reason] = {}
        for key, name in sorted(needed.items()):
            try:
                self._create_label(name)
            except GoogleRequestRefused as error:
                refused[key] = error.reason
        if not refused:
            return list(changes)
        kept = []
        for change in changes:
            assert change.record is not None or change.action is not Action.CREATE
            keys = {tag_key(n) for n in split_tag_names(change.record.tags)} \
                if change.record is not None else set()
            missing = next((refused[k] for k in sorted(keys) if k in refused), None)
            if missing is not None and (change.action in (Action.CREATE, Action.RESTORE)
                                        or Field.TAGS in change.fields):
                self._problem(change, missing)
            else:
                kept.append(change)
        return kept

    def _create_label(self, name: str) -> None:
        """A tag's label, created; one Google already has under another case (409) is
        looked up by its folded name."""
        created = self.e.api.create_or_find_label(
            name, lambda groups, tag: LabelDirectory.of(
                groups, self.e.label_name, self.view.label).resource_for(tag))
        self.view.labels = self.view.labels.with_label(created, name)
        log.info("label %r created for a tag: %s", name, created)

    def _apply_google(self, changes: Sequence[Change]) -> None:
        """Google changes in the order that keeps a run safe: creates, updates, deletes,
        then the pairs merely let go."""
        groups = _by_action(changes)
        for batch in _batches(groups[Action.CREATE]):
            self._step(len(batch))
            self._google_creates(batch)
        by_label, updates = membership_only(groups[Action.UPDATE])
        if by_label:
            self._step(len(by_label))
            self._google_memberships(by_label)
        for batch in _batches(updates):
            self._step(len(batch))
            self._google_updates(batch)
        for batch in _batches(groups[Action.DELETE]):
            self._step(len(batch))
            self._google_deletes(batch)
        detached = groups[Action.DETACH]
        if detached:
            # Remembered with its baseline: restoring the CRM contact links it again.
            self._checkpoint(drop=[c.crm_id for c in detached if c.crm_id is not None],
                             ignore_google=[c.resource_name for c in detached
                                            if c.resource_name],
                             detach=[self.links[c.crm_id] for c in detached
                                     if c.crm_id in self.links])
            self.result.count("detached", len(detached))
            self._landed(*detached)

    def _step(self, size: int) -> None:
        if self.e._cancel.is_set():
            raise SyncCancelled
        # Each batch's HTTP exchange leaves reference cycles: collected young, before
        # they reach the old generation a long run seldom collects (-12 MB at the end
        # of a 25,000-contact first sync).
        gc.collect(0)
        self.batch_number += 1
        self.e._progress(Progress("sync", done=sum(self.result.applied.values()),
                                  total=len(self.result.plan.changes()),
                                  batch=self.batch_number,
                                  batches=max(self.batch_total, self.batch_number),
                                  message=f"Batch {self.batch_number} ({size} contacts)"))

    # -- what became of each change ------------------------------------------------------

    def _landed(self, *changes: Change) -> None:
        for change in changes:
            self.open.pop(change.key, None)

    def _problem(self, change: Change, reason: Reason) -> None:
        self.open.pop(change.key, None)
        self.result.errors.append(RunProblem(reason, crm_id=change.crm_id,
                                             resource_name=change.resource_name,
                                             name=change.name, side=change.target))
        log.warning("not synced: %s: %s", change.key, reason.text)

    def _replanned_once_more(self, change: Change) -> bool:
        """Count one more re-plan of ``change``'s contact; False (and the contact
        reported) once it went past the limit."""
        contact = f"crm:{change.crm_id}" if change.crm_id is not None else \
            f"google:{change.resource_name}"
        self.replans[contact] += 1
        self.result.count("replanned")
        if self.replans[contact] <= REPLAN_LIMIT:
            return True
        self._problem(change, replan_limit(REPLAN_LIMIT))
        return False

    def _journal(self, change: Change, action: str, crm_id: int | None,
                 resource_name: str | None, before: dict[str, Any] | None,
                 created: ContactRecord | None = None,
                 made: dict[str, Any] | None = None) -> JournalEntry:
        """The journal entry of a write that landed: its before-image, and what undo
        needs to revert exactly that write (built before the checkpoint moves the pair's
        baseline on). A create wrote the whole contact, as it reads back (``created``)."""
        link = self.links.get(crm_id) if crm_id is not None else None
        record = change.record
        if created is not None:
            written = {name.value: created.norm(name) for name in FIELDS}
        else:
            written = ({name.value: record.norm(name) for name in change.fields}
                       if record is not None else {})
        return JournalEntry(
            change.target.value, action, crm_id, resource_name, before, written=written,
            block={name.value: value for name, value in read_block(change.note).items()}
            if change.note is not None else None,
            baseline=link.baseline if link else None, name=str(change.name), created=made)

    def _checkpoint(self, upsert: Iterable[Link] = (), drop: Iterable[int] = (),
                    journal: Iterable[JournalEntry] = (), confirmed: Iterable[str] = (),
                    kept: Iterable[int] = (), unkept: Iterable[int] = (),
                    ignore_google: Iterable[str] = (), detach: Iterable[Link] = (),
                    unignore_google: Iterable[str] = ()) -> None:
        upsert, drop = list(upsert), list(drop)
        self.e.state.checkpoint(Checkpoint(
            run_id=self.result.run_id, upsert_links=tuple(upsert), drop_links=tuple(drop),
            journal=tuple(journal), confirmed_creates=tuple(confirmed),
            kept_deleted=tuple(kept), unkept=tuple(unkept),
            ignore_google=tuple(ignore_google), detach=tuple(detach),
            unignore_google=tuple(unignore_google)))
        for crm_id in drop:
            self.links.pop(crm_id, None)
        for link in upsert:
            self.links[link.crm_id] = link
        self.view.save(self.e.state)

    # -- state-only work ---------------------------------------------------------------

    def _housekeeping(self, plan: Plan) -> None:
        upsert: list[Link] = []
        drop: list[int] = []
        confirmed: list[str] = []
        uuid = self.e.crm.database_uuid
        unkept: list[int] = []
        unignore: list[str] = []
        detached = self.e.state.choices().detached
        for item in plan.housekeeping:
            if item.kind is HousekeepingKind.FORGET:
                drop.append(item.crm_id)
                continue
            previous = self.links.get(item.crm_id)
            if item.kind is HousekeepingKind.LINK:
                unkept.append(item.crm_id)  # linked again: no longer "kept" (R-S5)
                restored = detached.get(item.crm_id)
                if restored is not None and restored.resource_name == item.resource_name:
                    # A restored CRM contact back with its Google contact: the old
                    # baseline, so the edits made on both sides meanwhile merge.
                    previous = restored
                    unignore.append(item.resource_name)
            upsert.append(link_after(
                previous, item, crm_id=item.crm_id, resource_name=item.resource_name,
                google=self.view.contacts.get(item.resource_name),
                created_by_sync=item.created_by_sync or None))  # else as it was
            if item.created_by_sync:
                confirmed.append(client_tag(uuid, item.crm_id))
        # The plan has settled every announced CRM create: recognised (linked just
        # above) or never written (planned again, announced again before it is written).
        confirmed += [i.client_tag for i in self.e.state.intended_creates()
                      if i.client_tag.startswith(CRM_CREATE)]
        if upsert or drop or confirmed:
            self._checkpoint(upsert=upsert, drop=drop, confirmed=confirmed, unkept=unkept,
                             unignore_google=unignore)

    # -- Google ------------------------------------------------------------------------

    def _google_creates(self, batch: list[Change]) -> None:
        batch = self._with_labels(batch)
        if not batch:
            return
        self.e.state.record_intended_creates(
            IntendedCreate(str(c.client_tag), int(c.crm_id or 0), self.result.run_id)
            for c in batch)
        created = self._send_creates(batch, label_retry=True)
        upsert, journal, confirmed, unkept = [], [], [], []
        for change, person in zip(batch, created, strict=True):
            if person is None:
                continue
            contact = self.view.contact(person)
            self.view.put(contact)
            crm_id = int(change.crm_id or 0)
            upsert.append(link_after(None, change, crm_id=crm_id,
                                     resource_name=contact.resource_name, google=contact,
                                     created_by_sync=True))
            journal.append(self._journal(change, "create", crm_id, contact.resource_name,
                                         None, created=contact.record,
                                         made={"etag": contact.etag}))
            confirmed.append(str(change.client_tag))
            if change.action is Action.RESTORE:
                unkept.append(crm_id)
            self.result.count("google_created")
            self._landed(change)
        self._checkpoint(upsert=upsert, journal=journal, confirmed=confirmed, unkept=unkept)

    def _send_creates(self, batch: list[Change], label_retry: bool = True,
                      lost: int = 0) -> list[Person | None]:
        """Create ``batch`` in Google; the created Persons (None where refused, each of
        those reported). A refused batch goes again contact by contact; a lost answer is
        looked up by tag before anything is sent again (twice at most, then the run
        stops and the next one looks again)."""
        bodies = [google_body(c, None, self.view.label, self.view.labels) for c in batch]
        refused: dict[int, GoogleError] = {}
        try:
            created = self.e.api.create_many(bodies, refused)
        except UncertainWrite:
            if lost >= 2:
                raise
            return self._after_lost_creates(batch, label_retry, lost + 1)
        except GoogleRequestRefused as error:
            if label_retry and self._label_gone(error):
                # The label was deleted in Google since it was read: once again with it
                # re-created (and its synced contacts put back).
                self.e.recreate_label(self.view)
                return self._send_creates(batch, False, lost)
            if len(batch) == 1:
                self._problem(batch[0], error.reason)
                log.warning("refused for %s: %s", batch[0].key, error.detail)
                return [None]
            # One bad contact fails a batch: each alone, so the others still land.
            return [person for change in batch
                    for person in self._send_creates([change], False, lost)]
        for index, error in refused.items():
            self._problem(batch[index], error.reason)
        return created

    def _after_lost_creates(self, batch: list[Change], label_retry: bool,
                            lost: int) -> list[Person | None]:
        """Google may have made some of them: find those by tag, send the others."""
        log.info("create answer lost: looking for the batch's contacts by their tags")
        by_tag = {}
        for person in self.e.api.read_connections().persons:
            contact = self.view.contact(person)
            if contact.crm_tag:
                by_tag[contact.crm_tag] = person
        found: list[Person | None] = [by_tag.get(str(c.client_tag)) for c in batch]
        missing = [i for i, person in enumerate(found) if person is None]
        self.result.count("recovered_creates", len(batch) - len(missing))
        if missing:
            again = self._send_creates([batch[i] for i in missing], label_retry, lost)
            for i, person in zip(missing, again, strict=True):
                found[i] = person
        return found

    def _label_gone(self, error: GoogleError) -> bool:
        """Whether a refused create batch was refused (maybe among other reasons) for
        the label: the error names it, or Google no longer lists it."""
        label = self.view.label
        if not label:
            return False
        if str(label) in f"{error.detail} {error.message}":
            return True
        return not self.e.label_listed(label)

    def _one_by_one(self, batch: list[Change], send: Callable[[Change, Person], Person | None],
                    bodies: list[Person], stale: list[Change] | None = None
                    ) -> list[Person | None]:
        """A refused batch: send each alone, so one bad contact does not stop the rest.
        With ``stale`` given, a contact edited meanwhile goes there, to be re-planned."""
        results: list[Person | None] = []
        for change, body in zip(batch, bodies, strict=True):
            try:
                results.append(send(change, body))
            except StaleEtag:
                if stale is None:
                    raise
                stale.append(change)
                results.append(None)
            except GoogleRequestRefused as error:
                self._problem(change, error.reason)
                log.warning("refused for %s: %s", change.key, error.detail)
                results.append(None)
        return results

    def _google_updates(self, batch: list[Change]) -> None:
        while batch:
            batch = self._google_update_batch(batch)

    def _google_memberships(self, changes: list[Change]) -> None:
        """Tag-only updates through ``contactGroups.members.modify``, per label, when
        that costs fewer calls than batch updates (``membership_only``). Google answers
        with no etags and moves every member's: the contacts are not written again in
        this run, and the next read brings them back (R-S13). The raw Persons are read
        from the state 1,000 at a time, twice (the moves, then the bookkeeping), so a
        tag given to 25,000 contacts never holds them all in memory."""
        changes = [c for c in self._with_labels(changes) if c.record is not None]
        # Each contact's labels as the write leaves them, as names: its memberships are
        # made again from them when booked (25,000 lists of dicts: ~30 MB of the peak).
        wanted: dict[str, tuple[str, ...]] = {}
        moves: dict[str, tuple[list[str], list[str]]] = {}
        for chunk in _slices(changes, MEMBERS_BATCH):
            before = self.view.persons([str(c.resource_name) for c in chunk], self.e.state)
            for change in chunk:
                name = str(change.resource_name)
                person = before.get(name)
                if person is None:
                    continue  # never read: said as not applied at the end of the run
                assert change.record is not None
                target = wanted[name] = tuple(
                    m["contactGroupMembership"]["contactGroupResourceName"]
                    for m in memberships_with_tags(person, change.record.tags,
                                                   self.view.labels))
                now = group_list(person)
                for label in target:
                    if label not in now:
                        moves.setdefault(label, ([], []))[0].append(name)
                for label in now:
                    if label not in target:
                        moves.setdefault(label, ([], []))[1].append(name)
        refused: dict[str, Reason] = {}
        pending = dict.fromkeys(wanted, 0)  # label calls each contact still waits for
        for add, remove in moves.values():
            for name in {*add, *remove}:
                pending[name] += 1
        try:
            for label, (add, remove) in sorted(moves.items()):
                try:
                    for name in self.e.api.modify_members(label, add, remove):
                        refused.setdefault(name, Reason.of(
                            ReasonCode.GOOGLE_REFUSED_UPDATE, name=name))
                except GoogleRequestRefused as error:
                    for name in (*add, *remove):
                        refused.setdefault(name, error.reason)
                for name in {*add, *remove}:
                    pending[name] -= 1
        finally:
            # Even when a call stops the run: the contacts whose every move landed are
            # counted and journaled (undo can put them back), the others planned again.
            self._book_memberships(changes, wanted, refused,
                                   {name for name, left in pending.items() if not left})

    def _book_memberships(self, changes: list[Change], wanted: dict[str, tuple[str, ...]],
                          refused: dict[str, Reason], landed: set[str]) -> None:
        for chunk in _slices(changes, MEMBERS_BATCH):
            names = [str(c.resource_name) for c in chunk]
            before = self.view.persons([n for n in names if n in landed or n in refused],
                                       self.e.state)
            upsert, journal = [], []
            for change in chunk:
                name = str(change.resource_name)
                if name in refused:
                    self._problem(change, refused[name])
                    continue
                if name not in landed or name not in before:
                    continue
                contact = self.view.contact({**before[name],
                                             "memberships": memberships(wanted[name])})
                self.view.put(contact)
                crm_id = int(change.crm_id or 0)
                link = link_after(self.links.get(crm_id), change, crm_id=crm_id,
                                  resource_name=name, google=contact)
                # Google moved its source etag and did not say to what (R-S5 reads it).
                upsert.append(dataclasses.replace(
                    link, google_seen=LABELS_MOVED + (contact.source_etag or "")))
                journal.append(self._journal(change, "update", crm_id, name, before[name]))
                self.result.count("google_updated")
                self._landed(change)
            self._checkpoint(upsert=upsert, journal=journal)
            self.view.save(self.e.state)  # their Persons to disk, out of memory

    def _google_update_batch(self, batch: list[Change]) -> list[Change]:
        """Send one batch of updates; what must be sent again after a re-plan."""
        # Labels before each batch: a re-planned contact may carry a tag just typed.
        batch = self._with_labels(batch)
        if not batch:
            return []
        before = self.view.persons([str(c.resource_name) for c in batch], self.e.state)
        bodies = [google_body(c, before.get(str(c.resource_name)), self.view.label,
                              self.view.labels)
                  for c in batch]
        refused: dict[str, GoogleError] = {}
        stale: list[Change] = []
        try:
            updated = self.e.api.update_many(bodies, refused)
        except StaleEtag as error:
            return self._replan_after_stale(batch, before, error.resource_names)
        except GoogleRequestRefused:
            answers = self._one_by_one(
                batch, lambda c, b: self.e.api.update_many([b])[str(c.resource_name)],
                bodies, stale)
            updated = {str(c.resource_name): p for c, p in zip(batch, answers, strict=True)
                       if p is not None}
        upsert, journal = [], []
        for change in batch:
            name = str(change.resource_name)
            if name in refused:
                self._problem(change, refused[name].reason)
            person = updated.get(name)
            if person is None:
                continue
            contact = self.view.contact(person)
            self.view.put(contact)
            crm_id = int(change.crm_id or 0)
            upsert.append(link_after(self.links.get(crm_id), change, crm_id=crm_id,
                                     resource_name=contact.resource_name, google=contact))
            journal.append(self._journal(change, "update", crm_id, contact.resource_name,
                                         before.get(contact.resource_name)))
            self.result.count("google_updated")
            self._landed(change)
        self._checkpoint(upsert=upsert, journal=journal)
        if stale:
            return self._replan_after_stale(stale, before,
                                            [str(c.resource_name) for c in stale])
        return []

    def _replan_after_stale(self, batch: list[Change], before: dict[str, Person],
                            names: Sequence[str]) -> list[Change]:
        """Someone edited some of these contacts meanwhile (or our own write landed and
        its answer was lost): re-read them, re-plan, and return the updates to send."""
        stale = set(names) or {str(c.resource_name) for c in batch}
        fresh = self.e.api.get_many(sorted(stale))
        left_label = []
        for name in stale:
            was = self.view.contacts.get(name)
            if name in fresh:
                contact = self.view.contact(fresh[name])
                if was is not None and was.in_label and not contact.in_label:
                    left_label.append(name)
                self.view.put(contact)
            else:
                self.view.remove(name)
        if left_label:  # the label deleted in Google since the read, maybe: mended now
            self.view.left_label = left_label
            self.e.label_vanished(self.view, writing=True)
        # Only the contacts that really moved use up a re-plan; if none seems to have
        # (Google said stale all the same), all of them do, so the loop always ends.
        moved = [c for c in batch if _etag(fresh.get(str(c.resource_name)))
                 != _etag(before.get(str(c.resource_name)))] or batch
        over = {c.key for c in moved if not self._replanned_once_more(c)}
        again = [c for c in batch if c.key not in over]
        landed = [c for c in again if _holds(self.view, c)]
        plan = self._replan({int(c.crm_id) for c in again if c.crm_id is not None})
        # A write whose answer was lost, or the same values typed in Google meanwhile:
        # the planned change is there, and it counts as done (and undo can revert it).
        journal = []
        for change in landed:
            if change.key not in self.open:
                self.result.count("google_updated")
                journal.append(self._journal(change, "update", change.crm_id,
                                             change.resource_name,
                                             before.get(str(change.resource_name))))
        if journal:
            self._checkpoint(journal=journal)
        following = [c for c in plan.changes() if c.target is Side.GOOGLE]
        self._apply_google([c for c in following if c.action is not Action.UPDATE])
        return [c for c in following if c.action is Action.UPDATE]

    def _replan(self, crm_ids: set[int]) -> Plan:
        """Plan again the pairs of ``crm_ids`` from fresh reads of both sides; their new
        changes replace the ones still open (CRM ones join the waiting list)."""
        fresh = self.e.crm.read(sorted(crm_ids))
        self.crm_contacts.update(fresh)
        linked = {self.links[i].resource_name for i in crm_ids if i in self.links}
        google = [c for name, c in self.view.contacts.items() if name in linked]
        plan = plan_sync(list(fresh.values()), google,
                         links=[self.links[i] for i in crm_ids if i in self.links],
                         choices=self.e.state.choices(), companies=self.e.crm.companies(),
                         crm_database_uuid=self.e.crm.database_uuid,
                         options=self.e.options, decisions=self.decisions)
        self._housekeeping(plan)
        for key, change in list(self.open.items()):
            if change.crm_id in crm_ids:
                del self.open[key]
        self.open.update({c.key: c for c in plan.changes()})
        self.pending_crm = [c for c in self.pending_crm if c.crm_id not in crm_ids]
        self.pending_crm += [c for c in plan.changes() if c.target is Side.CRM]
        return plan

    def _google_deletes(self, batch: list[Change]) -> None:
        """Delete contacts still as the last sync left them, each read whole first: the
        journal keeps every field, so undo brings it back whole (R-S5, R-S7).
        batchDeleteContacts takes no etag: one edited since this run read it (the read
        just before says so) is not deleted, and is reported."""
        fresh = self.e.api.get_many([str(c.resource_name) for c in batch],
                                    fields=WHOLE_FIELDS)
        doomed: list[Change] = []
        gone: list[Change] = []
        for change in batch:
            person = fresh.get(str(change.resource_name))
            link = self.links.get(int(change.crm_id or 0))
            if person is None:
                gone.append(change)  # deleted in Google meanwhile: nothing left to do
            elif link is None or not unchanged_in_google(
                    link, self.view.contact(person),
                    self.crm_contacts.get(int(change.crm_id or 0))):
                self._problem(change, Reason.of(ReasonCode.SKIPPED_CHANGED_AFTER_CRM_DELETION))
            else:
                doomed.append(change)
        done = gone
        if doomed:
            try:
                self.e.api.delete_many([str(c.resource_name) for c in doomed])
                done = gone + doomed
            except GoogleRequestRefused:
                answers = self._one_by_one(
                    doomed, lambda c, b: self.e.api.delete_many([str(c.resource_name)]) or {},
                    [{} for _ in doomed])
                done = gone + [c for c, answer in zip(doomed, answers, strict=True)
                               if answer is not None]
        journal = []
        for change in done:
            person = fresh.get(str(change.resource_name))
            if person is not None:
                journal.append(self._journal(change, "delete", change.crm_id,
                                             change.resource_name, person))
                self.result.count("google_deleted")
            self.view.remove(str(change.resource_name))
        self._checkpoint(drop=[int(c.crm_id) for c in done if c.crm_id is not None],
                         journal=journal)
        self._landed(*done)

    # -- CRM ---------------------------------------------------------------------------

    def _crm_batch(self, batch: list[Change]) -> None:
        writes_for = [c for c in batch if c.action is not Action.KEEP]
        kept = [c for c in batch if c.action is Action.KEEP]
        moved = self._edited_since_planned(writes_for)
        if moved is not None:
            self._crm_moved(batch, writes_for, moved)
            return
        writes = [crm_write(c, self.crm_contacts.get(int(c.crm_id)) if c.crm_id else None)
                  for c in writes_for]
        announced = [f"{CRM_CREATE}{c.resource_name}" for c in writes_for
                     if c.action is Action.CREATE and c.resource_name]
        if announced:
            self.e.state.record_intended_creates(
                IntendedCreate(tag, 0, self.result.run_id) for tag in announced)
        try:
            after = self.e.crm.apply(writes)
        except CrmConflictError as error:
            if not any(c.crm_id == error.crm_id for c in writes_for):
                raise
            self._crm_moved(batch, writes_for, error.crm_id)
            return
        self.e.state.add_crm_forms(after)  # the next run reads them as written
        upsert, drop, journal = [], [], []
        for change, contact in zip(writes_for, after, strict=True):
            before = self.crm_contacts.get(contact.crm_id)
            self.crm_contacts[contact.crm_id] = contact
            made = change.action is Action.CREATE
            journal.append(self._journal(
                change, change.action.value, contact.crm_id, change.resource_name,
                crm_image(before) if before else None,
                created=contact.record if made else None,
                made={"note": contact.note, "tags": contact.tags} if made else None))
            if change.action is Action.DELETE:
                drop.append(contact.crm_id)
                self.result.count("crm_deleted")
                continue
            google = self.view.contacts.get(str(change.resource_name))
            upsert.append(link_after(self.links.get(contact.crm_id), change,
                                     crm_id=contact.crm_id,
                                     resource_name=str(change.resource_name),
                                     google=google))
            self.result.count("crm_created" if change.action is Action.CREATE
                              else "crm_updated")
        drop += [int(c.crm_id) for c in kept if c.crm_id is not None]
        self.result.count("crm_kept", len(kept))
        self._checkpoint(upsert=upsert, drop=drop, journal=journal, confirmed=announced,
                         kept=[int(c.crm_id) for c in kept if c.crm_id is not None])
        self._landed(*batch)

    def _edited_since_planned(self, changes: list[Change]) -> int | None:
        """A contact of these writes saved since the plan read it — another program's
        edit that left ``updated_at`` alone included, which the write's own check cannot
        see: written over, it would be lost, and its journal would not even hold it for
        undo. Read again, at most a batch of them (none for creates)."""
        ids = [int(c.crm_id) for c in changes
               if c.crm_id is not None and c.action is not Action.CREATE]
        if not ids:
            return None
        fresh = self.e.crm.read(ids)
        return next((i for i in ids if i in self.crm_contacts
                     and fresh.get(i) != self.crm_contacts[i]), None)

    def _crm_moved(self, batch: list[Change], writes_for: list[Change], crm_id: int) -> None:
        """Someone edited one contact while the sync ran: nothing of the batch is
        written. That contact is read and planned again (its Google side too); the rest
        of the batch, CRM creates included, goes again as it was."""
        moved = [c for c in writes_for if c.crm_id == crm_id]
        self.pending_crm = [c for c in batch if c.crm_id != crm_id] + self.pending_crm
        if self._replanned_once_more(moved[0]):
            plan = self._replan({crm_id})
            self._apply_google([c for c in plan.changes() if c.target is Side.GOOGLE])
        else:
            self._landed(*moved)  # reported just above; its other changes stay


def _etag(person: Person | None) -> str | None:
    return str(person.get("etag")) if person else None


def _holds(view: GoogleView, change: Change) -> bool:
    """Whether Google, as just read again, already holds what ``change`` would write."""
    contact = view.contacts.get(str(change.resource_name))
    if contact is None or change.record is None:
        return False
    return all(contact.record.norm(name) == change.record.norm(name)
               for name in change.fields)


def _by_action(changes: Iterable[Change]) -> dict[Action, list[Change]]:
    groups: dict[Action, list[Change]] = defaultdict(list)
    for change in changes:
        groups[Action.CREATE if change.action is Action.RESTORE else change.action].append(
            change)
    return groups


def _same_person(crm: ContactRecord, google: ContactRecord) -> bool:
    """Every personal field equal (professional ones may sit in the CRM note instead)."""
    return all(crm.norm(name) == google.norm(name) for name in FIELDS
               if name not in PRO_FIELDS)


def _batches(changes: list[Change]) -> Iterable[list[Change]]:
    for start in range(0, len(changes), BATCH):
        yield changes[start:start + BATCH]
