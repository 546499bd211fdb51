"""The planner: both sides + the state → a ``Plan`` (SPEC R-S2, R-S4, R-S5).

Pure: it reads values and returns values. The engine hands it the current full view of
each side — after an incremental Google read, the changed contacts merged into what it
knew — so a linked contact absent from the view is a deleted one.

Per linked pair and per field, three-way against the per-side baseline:

- equal on both sides after normalisation → nothing (touched-but-equal, phone
  reformatted, email case);
- changed on one side only → copied to the other;
- changed on both sides → a ``Conflict`` settled by the policy (newest, crm, google)
  or, under "ask", left out until the user chooses;
- no baseline yet (first sync, manual link) → one empty side takes the other's value,
  otherwise the policy decides.

Google → CRM professional fields go to the managed note block, or straight to the
primary Contact-Société link when it is the contact's one company named like the
Google organisation (R-S4).
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterable, Sequence
from datetime import datetime

from crmsync_gui.core.baseline import UNKNOWN, Baseline, Settled, baseline_after, rebased
from crmsync_gui.core.companies import CompanyIndex, fold_name
from crmsync_gui.core.google_entries import Assignment, assign, chosen_values, legacy_left
from crmsync_gui.core.heap import keep_as_old
from crmsync_gui.core.matching import Matching, Pair, crm_name, google_name, match_contacts
from crmsync_gui.core.note_block import BLOCK_START, read_block, with_block
from crmsync_gui.core.phones import is_national, national_form, pair_region
from crmsync_gui.core.plan import (
    Action,
    Change,
    Conflict,
    FieldDiff,
    Housekeeping,
    HousekeepingKind,
    Plan,
    PossibleMatch,
    Side,
    Skipped,
    left_out_key,
)
from crmsync_gui.core.plan_input import (
    LABELS_MOVED,
    Choices,
    Decisions,
    Link,
    PlanOptions,
    client_tag,
)
from crmsync_gui.core.policies import ConflictPolicy, DeletionPolicy
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.record import (
    FIELDS,
    PHONE_FIELDS,
    PRO_FIELDS,
    Address,
    ContactRecord,
    Field,
)
from crmsync_gui.core.record_merge import merged
from crmsync_gui.core.sides import Company, CrmContact, GoogleContact
from crmsync_gui.core.tags import (
    merge_tags,
    renamed_keys,
    renamed_value,
    tag_key,
    tags_normalized,
)

# R-S5: a run deleting more than this share of the linked contacts, and more than
# MASS_DELETION_MIN of them, stops and asks.
MASS_DELETION_SHARE = 0.10
MASS_DELETION_MIN = 5

_PRO_ORDER = tuple(name for name in FIELDS if name in PRO_FIELDS)
_EMPTY = ContactRecord()
_NO_REASON_YET = Reason.of(ReasonCode.CHANGED_IN_GOOGLE)  # _crm_write's caller sets it


def plan_sync(crm: Iterable[CrmContact], google: Iterable[GoogleContact], *,
              links: Iterable[Link], choices: Choices, companies: Iterable[Company],
              crm_database_uuid: str, options: PlanOptions,
              decisions: Decisions | None = None) -> Plan:
    """The plan for one run. ``crm`` includes soft-deleted contacts; ``google`` is the
    full current view (deleted ones may be given with ``deleted=True`` or left out)."""
    # Planning allocates ~10 objects per contact on top of a heap holding both sides;
    # the cyclic GC would rescan that heap over and over and double the time at 25,000
    # contacts. Nothing made here is cyclic, so collection can wait until the end.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _plan(crm, google, list(links), choices, companies, crm_database_uuid,
                     options, decisions or Decisions())
    finally:
        # What planning made is kept (the plan) and not cyclic: left young, the next
        # young collection would scan all of it (250-300 ms at 25,000, see heap.py).
        keep_as_old()
        if paused:
            gc.enable()


def _plan(crm: Iterable[CrmContact], google: Iterable[GoogleContact], links: list[Link],
          choices: Choices, companies: Iterable[Company], crm_database_uuid: str,
          options: PlanOptions, decisions: Decisions) -> Plan:
    crm, google = list(crm), list(google)
    matching = match_contacts(crm, google, links=links, choices=choices,
                              crm_database_uuid=crm_database_uuid,
                              label_only=options.label_only, manual_links=decisions.links)
    if options.only_tag:
        matching = _in_scope(matching, tag_key(options.only_tag), crm, google)
    planner = _Planner(CompanyIndex(companies), crm_database_uuid, options, decisions,
                       choices)
    for pair in matching.pairs:
        planner.pair(pair)
    for contact in matching.crm_only:
        planner.crm_only(contact)
    for contact in matching.google_only:
        planner.google_only(contact)
    return planner.finish(len(links), matching.skipped, matching.possible_matches)


def has_tag(record: ContactRecord, key: str) -> bool:
    return key in record.norm(Field.TAGS).split(",")


def _in_scope(matching: Matching, key: str, crm: Sequence[CrmContact],
              google: Sequence[GoogleContact]) -> Matching:
    """What a sync limited to one tag plans (R-S13): CRM contacts with the tag, Google
    contacts in its label, and pairs with it on either side — so a pair whose one side
    just lost it still carries the removal over, then leaves the scope. Everything else
    stays as it is, links and baselines included: out of scope, not deleted. Matching
    ran over every contact first, so a tagged CRM contact still finds its Google
    contact outside the label instead of being created twice."""
    crm_in = {c.crm_id for c in crm if has_tag(c.record, key)}
    google_in = {g.resource_name for g in google if has_tag(g.record, key)}
    return dataclasses.replace(
        matching,
        pairs=tuple(p for p in matching.pairs if p.link.crm_id in crm_in
                    or p.link.resource_name in google_in),
        crm_only=tuple(c for c in matching.crm_only if c.crm_id in crm_in),
        google_only=tuple(g for g in matching.google_only if g.resource_name in google_in),
        skipped=tuple(s for s in matching.skipped if s.crm_id in crm_in
                      or s.resource_name in google_in),
        possible_matches=tuple(m for m in matching.possible_matches if m.crm_id in crm_in
                               or m.resource_name in google_in))


def display(record: ContactRecord, name: Field) -> str:
    value = record.value(name)
    return value.one_line() if isinstance(value, Address) else value


def _same(name: Field, crm: str, google: str) -> bool:
    # A company is the same whatever the case and accents (R-S4): "ACME" is "Acme".
    return crm == google or (name is Field.COMPANY_NAME and fold_name(crm) == fold_name(google))


class _Planner:
    def __init__(self, companies: CompanyIndex, uuid: str, options: PlanOptions,
                 decisions: Decisions, choices: Choices) -> None:
        self.companies = companies
        self.uuid = uuid
        self.options = options
        self.decisions = decisions
        self.choices = choices
        self.to_google: list[Change] = []
        self.to_crm: list[Change] = []
        self.conflicts: list[Conflict] = []
        self.skipped: list[Skipped] = []
        self.housekeeping: list[Housekeeping] = []

    # -- linked pairs ---------------------------------------------------------------

    def pair(self, pair: Pair) -> None:
        crm, google = pair.crm, pair.google
        crm_gone = crm is None or crm.deleted
        google_gone = google is None or google.deleted
        if crm_gone or google_gone:
            self._gone(pair, crm_gone, google_gone)
        else:
            assert crm is not None and google is not None
            self._update(pair, crm, google)

    def _update(self, pair: Pair, crm: CrmContact, google: GoogleContact) -> None:
        link = pair.link
        base = link.baseline
        crm, google, rebase = self._in_pair_region(crm, google, base)
        if rebase:
            assert base is not None
            base = baseline_after(base, Housekeeping(HousekeepingKind.REFRESH, crm.crm_id,
                                                     google.resource_name, settles=rebase))
        crm_norm, google_norm = crm.record.normalized, google.record.normalized
        if base is not None and crm_norm == base.crm and google_norm == base.google:
            if rebase or _seen_moved(link, google):
                # Still remembered as synced now: a birthday added on the phone before
                # this sync is no longer "changed since the last sync" (R-S5).
                self.housekeeping.append(Housekeeping(
                    HousekeepingKind.REFRESH, crm.crm_id, google.resource_name,
                    settles=rebase, created_by_sync=link.created_by_sync))
            return  # the common case at 25,000 contacts: nothing moved on either side
        google, chosen = _with_chosen_entries(google, crm.record, base)
        google_norm = google.record.normalized
        slots = chosen.indexes() if chosen else None
        left_entries = chosen.unused if chosen else ()
        left = chosen.left_keys(google.record.region()) if chosen else None
        to_google: list[Field] = []
        to_crm: list[Field] = []
        quiet: list[Field] = []  # settled without a write
        then = _baseline_region(base)
        reread = then is not None and then != crm.record.region()
        crm_then = crm.record.in_region(then).normalized if reread and then else ()
        google_then = google.record.in_region(then).normalized if reread and then else ()
        tags_for_crm = tags_for_google = None
        for i, name in enumerate(FIELDS):
            c, g = crm_norm[i], google_norm[i]
            bc, bg = (base.crm[i], base.google[i]) if base else (UNKNOWN, UNKNOWN)
            if _same(name, c, g):
                if bc != c or bg != g:
                    quiet.append(name)
                continue
            if name is Field.TAGS:  # merged name by name, never a conflict (R-S13)
                renames = self.options.renamed_tags
                tags_for_crm, tags_for_google = merge_tags(
                    renamed_value(crm.record.tags, renames), google.record.tags,
                    renamed_keys(bc, renames), renamed_keys(bg, renames),
                    self.options.reserved_tags)
                if tags_normalized(tags_for_crm) != c:
                    to_crm.append(name)
                if tags_normalized(tags_for_google) != g:
                    to_google.append(name)
                if name not in to_crm and name not in to_google:
                    quiet.append(name)  # they differ by design (a reserved name)
                continue
            if bc == UNKNOWN or bg == UNKNOWN:
                # First sync of the field: an empty side is not an edit, it takes the
                # other's value; two different values are a conflict.
                winner = Side.GOOGLE if not c else Side.CRM if not g else None
            else:
                crm_moved, google_moved = c != bc, g != bg
                if reread and name in PHONE_FIELDS:
                    # The pair moved to another country: a number nobody typed reads, in
                    # the old one, as what was synced. Not an edit to send ("0470…" is a
                    # Belgian mobile, a French landline); settled as read now.
                    crm_moved = crm_moved and crm_then[i] != bc
                    google_moved = google_moved and google_then[i] != bg
                    if not crm_moved and not google_moved:
                        quiet.append(name)
                        continue
                if not crm_moved and not google_moved:
                    continue  # they differ by design (a Google pro field in the note)
                winner = (None if crm_moved and google_moved
                          else Side.CRM if crm_moved else Side.GOOGLE)
            if winner is None:
                winner = self._conflict(pair, crm, google, name)
                if winner is None:
                    continue
            (to_google if winner is Side.CRM else to_crm).append(name)

        # Copying a value the target already holds as is writes nothing (its normalised
        # form may differ only because the home address, hence the region, moved).
        crm_source = crm.record if tags_for_google is None else merged(
            crm.record, ContactRecord(tags=tags_for_google), (Field.TAGS,))
        google_writes = tuple(n for n in to_google
                              if google.record.value(n) != crm_source.value(n))
        if not google_writes:
            quiet.extend(to_google)
            to_google = []
        google_after = merged(google.record, crm_source, google_writes)
        crm_write = self._crm_write(crm, google_after if tags_for_crm is None else merged(
            google_after, ContactRecord(tags=tags_for_crm), (Field.TAGS,)), to_crm, base)
        crm_after = crm_write.record if crm_write else crm.record
        region_after = _region_of(crm_after, google_after)
        if region_after != crm.record.region():
            # The write moves the pair's home address to another country: the next run
            # reads its phones there, so the values settled now are read there too (a
            # work phone settled in the old region's form would look edited for ever).
            crm_after = crm_after.in_region(region_after)
            google_after = google_after.in_region(region_after)
        # A write may change a field's normalised form without touching the field (a new
        # home country re-reads the phones): those sides are settled by their writer.
        moved_google = _moved(google.record, google_after, to_google)
        moved_crm = _moved(crm.record, crm_after, to_crm)
        # A side that is not written still has its phones read in the new region: the
        # one write there is settles them too (else they would look edited next run).
        crm_unwritten_moves = moved_crm if crm_write is None else set()
        google_unwritten_moves = moved_google if not to_google else set()
        if to_google:
            crm_owned = set(to_crm) | moved_crm if crm_write else set()
            self.to_google.append(dataclasses.replace(
                self._google_update(pair, crm, google, google_after, google_writes),
                settles=tuple(Settled(
                    n, crm_after.norm(n) if n in crm_unwritten_moves
                    else None if n in crm_owned else crm.record.norm(n),
                    google_after.norm(n))
                    for n in FIELDS if n in to_google or n in moved_google
                    or n in crm_unwritten_moves),
                google_slots=slots, left_entries=left_entries, left_in_google=left))
        if crm_write is not None:
            google_owned = set(to_google) | moved_google if to_google else set()
            self.to_crm.append(dataclasses.replace(
                crm_write, crm_id=crm.crm_id, resource_name=google.resource_name,
                name=crm_name(crm), why=self._reason(pair, Side.GOOGLE),
                settles=tuple(Settled(
                    n, crm_after.norm(n),
                    google_after.norm(n) if n in google_unwritten_moves
                    else google.record.norm(n)
                    if n in to_crm and n not in google_owned else None)
                    for n in FIELDS if n in to_crm or n in moved_crm
                    or n in google_unwritten_moves),
                left_entries=left_entries, left_in_google=left))
        else:
            quiet.extend(to_crm)  # e.g. the note block already says it
        left_moved = left is not None and (base is None or left != base.left)
        if (quiet or pair.new or rebase or _seen_moved(link, google)
                or (left_moved and not to_google and crm_write is None)):
            # Values as read: the changes applied after this entry override their sides.
            self.housekeeping.append(Housekeeping(
                HousekeepingKind.LINK if pair.new else HousekeepingKind.REFRESH,
                crm.crm_id, google.resource_name,
                settles=rebase + tuple(Settled(n, crm.record.norm(n), google.record.norm(n))
                                       for n in FIELDS if n in quiet),
                created_by_sync=link.created_by_sync, left_in_google=left,
                left_entries=left_entries if pair.new else ()))

    def _in_pair_region(self, crm: CrmContact, google: GoogleContact,
                        base: Baseline | None,
                        ) -> tuple[CrmContact, GoogleContact, tuple[Settled, ...]]:
        """Both sides with their phones read in the pair's one region (R-S10), and —
        on the first run after the normalisation changed — the stored baseline's
        fields that were unchanged under the old rule, re-settled under the new one."""
        region = _region_of(crm.record, google.record)
        crm_own, google_own = crm.record, google.record
        if crm_own.region() != region:
            crm = dataclasses.replace(crm, record=crm_own.in_region(region))
        google = _in_region(google, region)
        if base is None or not self.options.renormalize or (
                crm.record is crm_own and google.record is google_own):
            return crm, google, ()
        return crm, google, rebased(base, crm_own, crm.record, google_own, google.record)

    def _reason(self, pair: Pair, changed_in: Side) -> Reason:
        if pair.new and pair.how is not None and pair.link.baseline is None:
            return Reason.of(ReasonCode.CHANGED_IN_CRM_FIRST_SYNC if changed_in is Side.CRM
                             else ReasonCode.CHANGED_IN_GOOGLE_FIRST_SYNC, match=pair.how)
        return Reason.of(ReasonCode.CHANGED_IN_CRM if changed_in is Side.CRM
                         else ReasonCode.CHANGED_IN_GOOGLE)

    def _google_update(self, pair: Pair, crm: CrmContact, google: GoogleContact,
                       after: ContactRecord, fields: tuple[Field, ...]) -> Change:
        return Change(
            Side.GOOGLE, Action.UPDATE, crm.crm_id, google.resource_name, crm_name(crm),
            self._reason(pair, Side.CRM),
            diffs=tuple(FieldDiff(name, display(google.record, name), display(after, name))
                        for name in fields),
            record=after, fields=fields)

    def _crm_write(self, crm: CrmContact, google_after: ContactRecord,
                   to_crm: list[Field], base: Baseline | None) -> Change | None:
        """The CRM write for ``to_crm`` fields plus the note block (ids, reason and
        settles are filled in by the caller); None when there is nothing to write."""
        company_aware = self.companies.holds_pro_fields(crm, google_after.company_name)
        # The company is never renamed from Google: in company-aware mode the names
        # already match, and a company is shared by other contacts.
        written = tuple(name for name in to_crm if name is not Field.COMPANY_NAME
                        and (company_aware or name not in PRO_FIELDS)
                        and crm.record.value(name) != google_after.value(name))
        after = crm.record
        if written:
            after = merged(crm.record, google_after, written)
            after = _in_crm_style(crm.record, after, written)
        # R-S11: the block is rewritten only when Google's professional fields changed
        # (against the pair's baseline; all of them for a pair never synced). A label
        # Google did not change keeps what the block says, a user's correction included;
        # any other write leaves the note as it is, byte for byte.
        moved = frozenset(name for name in PRO_FIELDS if base is None
                          or google_after.norm(name) != base.google_value(name))
        note = crm.note
        if moved:
            rewritten = with_block(crm.note, () if company_aware else _note_values(
                after, google_after, crm.note, PRO_FIELDS - moved))
            if read_block(rewritten) != read_block(crm.note):
                note = rewritten  # a block that already says it is not touched
        if not written and note == crm.note:
            return None
        diffs = [FieldDiff(name, display(crm.record, name), display(after, name))
                 for name in written]
        diffs += _note_diffs(crm.note, note)
        return Change(
            Side.CRM, Action.UPDATE, None, None, "", _NO_REASON_YET,
            diffs=tuple(diffs), record=after, fields=written,
            note=note if note != crm.note else None,
            company_id=crm.primary_link.company_id
            if company_aware and crm.primary_link and any(n in PRO_FIELDS for n in written)
            else None)

    def _conflict(self, pair: Pair, crm: CrmContact, google: GoogleContact,
                  name: Field) -> Side | None:
        crm_time, google_time = crm.field_updated_at(name), google.updated_at
        chosen = self.decisions.conflicts.get((crm.crm_id, name))
        seen = self.decisions.conflict_values.get((crm.crm_id, name))
        if chosen is not None and seen is not None and seen != (
                display(crm.record, name), display(google.record, name)):
            chosen = None  # made on values one side has changed since: asked again
        policy = self.options.conflict_policy
        first = pair.link.baseline is None  # a restored pair has its old baseline
        if chosen is not None:
            winner: Side | None = Side(chosen)
            reason = Reason.of(ReasonCode.FIRST_SYNC_YOUR_CHOICE if first
                               else ReasonCode.CONFLICT_YOUR_CHOICE, side=Side(chosen))
        elif policy is ConflictPolicy.NEWEST:
            # Ties go to the CRM: it is the system of record of the business.
            winner = Side.CRM if crm_time >= google_time else Side.GOOGLE
            reason = Reason.of(ReasonCode.FIRST_SYNC_NEWEST_WINS if first
                               else ReasonCode.CONFLICT_NEWEST_WINS, side=winner)
        elif policy is ConflictPolicy.CRM:
            winner = Side.CRM
            reason = Reason.of(ReasonCode.FIRST_SYNC_CRM_WINS if first
                               else ReasonCode.CONFLICT_CRM_WINS)
        elif policy is ConflictPolicy.GOOGLE:
            winner = Side.GOOGLE
            reason = Reason.of(ReasonCode.FIRST_SYNC_GOOGLE_WINS if first
                               else ReasonCode.CONFLICT_GOOGLE_WINS)
        else:
            winner = None
            reason = Reason.of(ReasonCode.FIRST_SYNC_ASK if first else ReasonCode.CONFLICT_ASK)
        self.conflicts.append(Conflict(
            crm.crm_id, google.resource_name, crm_name(crm), name,
            display(crm.record, name), display(google.record, name),
            crm_time, google_time, winner, reason))
        return winner

    # -- deletions (R-S5) -----------------------------------------------------------

    def _gone(self, pair: Pair, crm_gone: bool, google_gone: bool) -> None:
        link, crm, google = pair.link, pair.crm, pair.google
        if crm_gone and google_gone:
            self.housekeeping.append(Housekeeping(HousekeepingKind.FORGET, link.crm_id,
                                                  link.resource_name))
        elif crm_gone:
            assert google is not None
            self._deleted_in_crm(link, crm, google)
        else:
            assert crm is not None
            self._deleted_in_google(link, crm)

    def _deleted_in_crm(self, link: Link, crm: CrmContact | None,
                        google: GoogleContact) -> None:
        name = crm_name(crm) if crm is not None else google_name(google)
        ours = (link.created_by_sync or google.in_label
                or google.crm_tag == client_tag(self.uuid, link.crm_id))
        if ours and unchanged_in_google(link, google, crm):
            self.to_google.append(Change(Side.GOOGLE, Action.DELETE, link.crm_id,
                                         google.resource_name, name,
                                         Reason.of(ReasonCode.DELETED_IN_CRM)))
        elif not ours:
            self.to_google.append(Change(
                Side.GOOGLE, Action.DETACH, link.crm_id, google.resource_name, name,
                Reason.of(ReasonCode.DETACHED_IN_GOOGLE)))
        else:
            self.skipped.append(Skipped(
                Side.GOOGLE, link.crm_id, google.resource_name, name,
                Reason.of(ReasonCode.SKIPPED_CHANGED_AFTER_CRM_DELETION)))

    def _deleted_in_google(self, link: Link, crm: CrmContact) -> None:
        name = crm_name(crm)
        if crm.crm_id in self.decisions.restore:
            self.to_google.append(self._google_create(
                crm, Action.RESTORE, Reason.of(ReasonCode.RESTORED_AFTER_GOOGLE_DELETION)))
            return
        by_policy = (self.options.deletion_policy is DeletionPolicy.DELETE
                     and crm.crm_id not in self.decisions.keep_in_crm)
        # The policy deletes only what nobody touched in the CRM since the last sync: an
        # edit made there meanwhile is the user's, and a deletion on the phone does not
        # outrank it (the user may still choose to delete it).
        edited = (link.baseline is None or crm.record.normalized != link.baseline.crm
                  or _touched_in_crm_since(crm, self.options.last_sync_at))
        if crm.crm_id in self.decisions.delete_in_crm or (by_policy and not edited):
            self.to_crm.append(Change(Side.CRM, Action.DELETE, crm.crm_id,
                                      link.resource_name, name,
                                      Reason.of(ReasonCode.DELETED_IN_GOOGLE)))
        else:
            self.to_crm.append(Change(
                Side.CRM, Action.KEEP, crm.crm_id, link.resource_name, name,
                Reason.of(ReasonCode.KEPT_CHANGED_AFTER_GOOGLE_DELETION if by_policy
                          else ReasonCode.KEPT_AFTER_GOOGLE_DELETION)))

    # -- new contacts ---------------------------------------------------------------

    def crm_only(self, crm: CrmContact) -> None:
        if crm.crm_id in self.choices.kept_deleted:
            if crm.crm_id in self.decisions.restore:
                self.to_google.append(self._google_create(
                    crm, Action.RESTORE, Reason.of(ReasonCode.RESTORED_KEPT_CONTACT)))
            return  # a contact deleted on the phone must not come back by itself
        if not any(crm.record.normalized):
            self.skipped.append(Skipped(Side.CRM, crm.crm_id, None, crm_name(crm),
                                        Reason.of(ReasonCode.SKIPPED_EMPTY_IN_CRM)))
            return
        self.to_google.append(self._google_create(crm, Action.CREATE,
                                                  Reason.of(ReasonCode.NEW_IN_CRM)))

    def _google_create(self, crm: CrmContact, action: Action, reason: Reason) -> Change:
        # Tags no label may take (the app's own label's name) stay in the CRM alone.
        _, sendable = merge_tags(crm.record.tags, "", UNKNOWN, UNKNOWN,
                                 self.options.reserved_tags)
        record = crm.record if tags_normalized(sendable) == crm.record.norm(Field.TAGS) \
            else merged(crm.record, ContactRecord(tags=sendable), (Field.TAGS,))
        fields = tuple(name for i, name in enumerate(FIELDS) if record.normalized[i])
        return Change(
            Side.GOOGLE, action, crm.crm_id, None, crm_name(crm), reason,
            diffs=tuple(FieldDiff(name, "", display(record, name)) for name in fields),
            record=record, fields=fields, client_tag=client_tag(self.uuid, crm.crm_id),
            settles=tuple(Settled(name, crm_norm, google_norm)
                          for name, crm_norm, google_norm in zip(
                              FIELDS, crm.record.normalized, record.normalized, strict=True)))

    def google_only(self, google: GoogleContact) -> None:
        source = google.record
        if not any(source.normalized):
            self.skipped.append(Skipped(Side.GOOGLE, None, google.resource_name,
                                        google_name(google),
                                        Reason.of(ReasonCode.SKIPPED_EMPTY_IN_GOOGLE)))
            return
        company = (self.companies.only_match(source.company_name)
                   if source.company_name else None)
        if company is not None:
            # The one CRM company of that name: link to it, pro fields go to the link.
            record = merged(source, ContactRecord(company_name=company.name),
                            (Field.COMPANY_NAME,))
            note = ""
        else:
            record = merged(source, _EMPTY, PRO_FIELDS)
            note = with_block("", _note_values(record, source))
        fields = tuple(name for i, name in enumerate(FIELDS)
                       if record.normalized[i] and name is not Field.COMPANY_NAME)
        diffs = [FieldDiff(name, "", display(record, name)) for name in fields]
        if company is not None:
            diffs.append(FieldDiff(Field.COMPANY_NAME, "", company.name))
        diffs += _note_diffs("", note)
        self.to_crm.append(Change(
            Side.CRM, Action.CREATE, None, google.resource_name, google_name(google),
            Reason.of(ReasonCode.NEW_IN_GOOGLE_WITH_COMPANY, company=company.name) if company
            else Reason.of(ReasonCode.NEW_IN_GOOGLE),
            diffs=tuple(diffs), record=record, fields=fields, note=note or None,
            company_id=company.company_id if company else None,
            settles=tuple(Settled(name, crm_norm, google_norm)
                          for name, crm_norm, google_norm in zip(
                              FIELDS, record.normalized, source.normalized, strict=True))))

    # -- the whole plan -------------------------------------------------------------

    def finish(self, linked: int, skipped: Iterable[Skipped],
               possible: tuple[PossibleMatch, ...]) -> Plan:
        excluded, kept_out = self.decisions.excluded, self.choices.left_out
        only = self.decisions.only

        def left_out(change: Change) -> bool:
            if only is not None:  # "Sync this contact": asked for by name, left out or not
                return change.crm_id not in only
            if change.key in excluded:
                return True
            if change.is_deletion:  # news the user must see, whatever was left out before
                return False
            # By contact and side; a contact first seen in Google is remembered by its
            # Google name until the CRM has it (then it has a CRM id too).
            return left_out_key(change) in kept_out or bool(
                change.resource_name
                and f"{change.target.value}::{change.resource_name}" in kept_out)

        scope = self.options.only_tag

        def leaves_scope(change: Change) -> Change:
            # The write takes the scope's tag off: the pair is out of the sync after it.
            if (scope and Field.TAGS in change.fields and change.record is not None
                    and not has_tag(change.record, tag_key(scope))):
                return dataclasses.replace(change, why=Reason.of(ReasonCode.LEAVES_SCOPE,
                                                                 tag=scope))
            return change

        def mark(changes: list[Change]) -> tuple[Change, ...]:
            ordered = sorted(map(leaves_scope, changes), key=_change_order)
            return tuple(dataclasses.replace(c, excluded=True) if left_out(c) else c
                         for c in ordered)

        plan = Plan(
            to_google=mark(self.to_google),
            to_crm=mark(self.to_crm),
            conflicts=tuple(sorted(self.conflicts,
                                   key=lambda c: (c.crm_id, FIELDS.index(c.field)))),
            skipped=tuple(sorted((*skipped, *self.skipped), key=_skipped_order)),
            possible_matches=possible,
            housekeeping=tuple(sorted(self.housekeeping,
                                      key=lambda h: (h.crm_id, h.resource_name, h.kind))),
        )
        deletions = plan.deletions()
        if (deletions > MASS_DELETION_MIN and deletions > MASS_DELETION_SHARE * linked
                and not self.decisions.confirm_mass_deletion):
            plan = dataclasses.replace(
                plan, needs_confirmation=True,
                confirmation=Reason.of(ReasonCode.MASS_DELETION, deletions=deletions,
                                       linked=linked))
        return plan


def unchanged_in_google(link: Link, google: GoogleContact, crm: CrmContact | None) -> bool:
    """Whether the Google contact is as the pair's last sync left it, in *any* field —
    the only case where a CRM deletion may delete it (R-S5). Its mapped fields are
    compared with the baseline, and everything else through the CONTACT source's etag
    recorded then: a birthday, a web page or a note added on the phone moves it. A link
    of an older version compares the whole contact's etag it recorded instead (which
    labels and connected profiles move too: it errs towards keeping). The Google side
    is read as a sync reads it: in the pair's phone region, from the entries chosen
    against the baseline (an email relabelled on the phone is no change)."""
    base = link.baseline
    if base is None:
        return False
    crm_record = crm.record if crm is not None else _EMPTY
    google = _in_region(google, _region_of(crm_record, google.record))
    google, _ = _with_chosen_entries(google, crm_record, base)
    if google.record.normalized != base.google:
        return False
    if link.google_seen is not None and link.google_seen.startswith(LABELS_MOVED):
        # The app's own label moves (members.modify) moved the source etag after the
        # last sync, with no new one in the answer: the mapped fields, tags included,
        # still as that sync left them is all that can be known. (A deletion writes a
        # backup first.)
        return True
    if link.google_seen is not None:
        return google.source_etag == link.google_seen
    return bool(link.etag) and google.etag == link.etag


def _touched_in_crm_since(crm: CrmContact, last_sync: datetime | None) -> bool:
    """Whether the CRM row was saved since the last sync — its note or tags included,
    which no mapped field shows. A date no format reads counts as saved (R-S5)."""
    if last_sync is None:
        return False  # no sync finished yet: the mapped fields alone tell
    return not crm.updated_at_readable or crm.updated_at > last_sync


def _in_crm_style(crm: ContactRecord, after: ContactRecord,
                  written: Sequence[Field]) -> ContactRecord:
    """Google's phones written the way the CRM writes them: national when that field's
    CRM value is, or — empty — when most of the contact's CRM phones are ("06 99 …",
    not "+33 6 99 …" among national numbers). The same number either way."""
    region = crm.region()
    phones = [crm.value(name) for name in PHONE_FIELDS if crm.value(name)]
    mostly_national = sum(map(is_national, phones)) * 2 > len(phones) if phones else False
    styled = {}
    for name in written:
        if name not in PHONE_FIELDS or not after.value(name):
            continue
        current = crm.value(name)
        wanted = is_national(current) if current else mostly_national
        if wanted and not is_national(after.value(name)):
            styled[name.value] = national_form(after.value(name), region)
    return after.replace(**styled) if styled else after


def _baseline_region(base: Baseline | None) -> str | None:
    """The pair's phone region when it was last synced, from the addresses the baseline
    holds ("street|postcode|city|CC"); None when it holds none."""
    if base is None:
        return None
    crm, google = base.crm_value(Field.HOME_ADDRESS), base.google_value(Field.HOME_ADDRESS)
    if UNKNOWN in (crm, google):
        return None
    crm_parts, google_parts = ([*value.split("|"), "", "", ""][:4]
                               for value in (crm, google))
    return pair_region(crm_parts[3], crm_parts[1], google_parts[3], google_parts[1])


def _region_of(crm: ContactRecord, google: ContactRecord) -> str:
    """The pair's one phone region (R-S10): the CRM side's address first."""
    crm_address, google_address = crm.home_address, google.home_address
    return pair_region(crm_address.country, crm_address.postal_code,
                       google_address.country, google_address.postal_code)


def _in_region(google: GoogleContact, region: str) -> GoogleContact:
    if google.record.region() == region:
        return google
    return dataclasses.replace(google, record=google.record.in_region(region))


def _seen_moved(link: Link, google: GoogleContact) -> bool:
    # Google gave no source etag (or a copy of an older version has none): the etag the
    # link stored stands in (see above).
    return google.source_etag is not None and google.source_etag != link.google_seen


def _with_chosen_entries(google: GoogleContact, crm: ContactRecord, base: Baseline | None,
                         ) -> tuple[GoogleContact, Assignment | None]:
    """The Google contact with its emails, phones, home address and organisation read
    from the entries chosen against the pair's baseline and CRM values (R-S10), and
    that choice."""
    if google.entries is None:
        return google, None  # stored by an older version: its record as read
    region = google.record.region()
    left = frozenset() if base is None else (
        base.left if base.knows_entries else legacy_left(google.entries, region))
    chosen = assign(google.entries, region,
                    baseline=base.google_values() if base else None, crm=crm,
                    left=left)
    values = chosen_values(chosen)
    if all(getattr(google.record, key) == value for key, value in values.items()):
        return google, chosen
    return dataclasses.replace(google, record=google.record.replace(**values)), chosen


def _moved(before: ContactRecord, after: ContactRecord, written: list[Field]) -> set[Field]:
    """Fields whose normalised form a write changed without writing them."""
    if before is after:
        return set()
    return {name for name, old, new in zip(FIELDS, before.normalized, after.normalized,
                                           strict=True)
            if old != new and name not in written}


def _note_values(crm_after: ContactRecord, google_after: ContactRecord, note: str = "",
                 kept: frozenset[Field] = frozenset()) -> list[tuple[Field, str]]:
    """Google's professional values the CRM fields do not already hold — but a ``kept``
    field (Google did not change it) keeps the value ``note``'s block gives it: a user's
    correction stands until Google's value moves (R-S11)."""
    held = read_block(note) if kept else {}
    values: list[tuple[Field, str]] = []
    for name in _PRO_ORDER:
        if name in kept and held.get(name):
            values.append((name, held[name]))
        elif google_after.norm(name) and not _same(name, crm_after.norm(name),
                                                   google_after.norm(name)):
            values.append((name, display(google_after, name)))
    return values


def _note_diffs(old_note: str, new_note: str) -> list[FieldDiff]:
    if old_note == new_note:
        return []
    old = read_block(old_note) if BLOCK_START in old_note else {}
    new = read_block(new_note) if BLOCK_START in new_note else {}
    return [FieldDiff(name, old.get(name, ""), new.get(name, ""), into_note=True)
            for name in _PRO_ORDER if old.get(name, "") != new.get(name, "")]


def _change_order(change: Change) -> tuple[int, int, str]:
    crm_id = change.crm_id
    return (crm_id is None, crm_id or 0, change.resource_name or "")


def _skipped_order(skipped: Skipped) -> tuple[str, int, str, str]:
    return (skipped.side.value, skipped.crm_id if skipped.crm_id is not None else -1,
            skipped.resource_name or "", skipped.reason)
