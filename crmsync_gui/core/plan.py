"""What a sync would do: a ``Plan`` made of ``Change``s, plus what needs the user's eye.

The planner builds it, the preview shows it, the engine executes it. Every item carries
what the user reads (name, reason, old → new) and what the executor needs (the target
record, the fields to write, the note text, the company). ``Plan.to_json()`` is the shape
``crmsync preview --json`` prints (SPEC R-CLI).

A reason is kept as data (``why``: a ``Reason`` code and its arguments, see
``crmsync_gui/core/reasons.py``) so the window can say it in the user's language; the
``reason`` property is its English text, for the CLI and the JSON output.

The engine first applies ``Plan.housekeeping`` (state only: new links found by
matching — which also clear a "kept" mark —, baselines of fields that became equal,
links of contacts gone on both sides), then each applied change, recording per its
``link_effect``:

==================  ==========================================================
KEEP_LINK           store ``baseline_after(link.baseline, change)`` (+ new etag)
NEW_LINK            a create: link ``crm_id`` ↔ ``resource_name`` (one is new),
                    baseline ``baseline_after(None, change)``; RESTORE also
                    clears the "kept after a Google deletion" mark
DROP_LINK           a delete: forget the link
DROP_KEEP_CRM       deleted in Google, kept in the CRM: forget the link and mark
                    the CRM contact "kept": never pushed back by itself (R-S5)
DROP_IGNORE_GOOGLE  deleted in the CRM, left in Google: forget the link and
                    ignore the Google contact so it does not come back
==================  ==========================================================
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from itertools import chain
from typing import TYPE_CHECKING, Any

from crmsync_gui.core.baseline import Settled
from crmsync_gui.core.google_entries import Entry
from crmsync_gui.core.record import ContactRecord, Field, tag_moves

if TYPE_CHECKING:
    # reasons.py needs Side from here: a run-time import would be circular, and only
    # the annotations name Reason (its methods are called on the instances).
    from crmsync_gui.core.reasons import Reason


class Side(StrEnum):
    CRM = "crm"
    GOOGLE = "google"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    KEEP = "keep"  # deleted in Google, the CRM contact stays (the default, R-S5)
    RESTORE = "restore"  # a kept contact the user asked to push back to Google
    DETACH = "detach"  # deleted in the CRM, left alone in Google (not ours to delete)


class LinkEffect(StrEnum):
    KEEP_LINK = "keep_link"
    NEW_LINK = "new_link"
    DROP_LINK = "drop_link"
    DROP_KEEP_CRM = "drop_keep_crm"
    DROP_IGNORE_GOOGLE = "drop_ignore_google"


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One field of a change, as display text. ``into_note``: written to the note block."""

    field: Field
    old: str
    new: str
    into_note: bool = False


@dataclass(frozen=True, slots=True)
class Change:
    """One write to one side (``target``) for one contact.

    ``record`` is the contact as the target side will hold it (None for deletions);
    ``fields`` the mapped fields to write there — for Google the only entries the
    executor may touch in the raw Person, for the CRM the contact and link columns
    (the company itself goes through ``company_id``, never by renaming it). ``note`` is
    the whole new CRM note when it changes. ``client_tag`` is the ``crmsync.id`` value
    of a Google create. ``settles`` feeds ``baseline_after``.
    """

    target: Side
    action: Action
    crm_id: int | None
    resource_name: str | None
    name: str
    why: Reason
    diffs: tuple[FieldDiff, ...] = ()
    record: ContactRecord | None = None
    fields: tuple[Field, ...] = ()
    note: str | None = None
    company_id: int | None = None
    client_tag: str | None = None
    settles: tuple[Settled, ...] = ()
    excluded: bool = False  # left out of this run by the user in the preview
    # Google side of a pair: where each email/phone field sits in the Person as read
    # (field, list, index), so the write lands in the entry it was read from; None:
    # chosen from the Person alone. The entries the mapping leaves in Google, shown to
    # the user, and their keys for the baseline (None: unchanged).
    google_slots: tuple[tuple[Field, str, int], ...] | None = None
    left_entries: tuple[Entry, ...] = ()
    left_in_google: frozenset[str] | None = None

    @property
    def reason(self) -> str:
        return self.why.text

    @property
    def key(self) -> str:
        """Stable row id for the preview's choices (``Decisions.excluded``). A deletion
        has its own: an update left out of a preview must not leave out the contact's
        deletion that follows (news the user must see)."""
        key = change_key(self.target, self.crm_id, self.resource_name)
        return f"{key}:{self.action.value}" if self.action is Action.DELETE else key

    @property
    def link_effect(self) -> LinkEffect:
        if self.action in (Action.CREATE, Action.RESTORE):
            return LinkEffect.NEW_LINK
        if self.action is Action.DELETE:
            return LinkEffect.DROP_LINK
        if self.action is Action.KEEP:
            return LinkEffect.DROP_KEEP_CRM
        if self.action is Action.DETACH:
            return LinkEffect.DROP_IGNORE_GOOGLE
        return LinkEffect.KEEP_LINK

    @property
    def is_deletion(self) -> bool:
        return self.action is Action.DELETE


def left_out_key(change: Change) -> str:
    """What a row left out is remembered by (#21): the contact and the side written —
    not the change's own key, which moves when a create becomes an update (a pair
    linked by hand, the same person found in Google)."""
    if change.crm_id is not None:
        return f"{change.target.value}:{change.crm_id}"
    return f"{change.target.value}::{change.resource_name or ''}"


def change_key(target: Side, crm_id: int | None, resource_name: str | None) -> str:
    return f"{target.value}:{crm_id if crm_id is not None else ''}:{resource_name or ''}"


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field changed on both sides to different values (R-S2).

    ``resolution`` is the side whose value wins (by policy or by the user's choice);
    None under "ask" until the user decides: the field is then left out of the run.
    """

    crm_id: int
    resource_name: str
    name: str
    field: Field
    crm_value: str
    google_value: str
    crm_updated_at: datetime
    google_updated_at: datetime
    resolution: Side | None
    why: Reason

    @property
    def reason(self) -> str:
        return self.why.text


@dataclass(frozen=True, slots=True)
class Skipped:
    """A contact left out of the sync, with a sentence the user can act on."""

    side: Side
    crm_id: int | None
    resource_name: str | None
    name: str
    why: Reason

    @property
    def reason(self) -> str:
        return self.why.text


@dataclass(frozen=True, slots=True)
class PossibleMatch:
    """Two unlinked contacts that may be one person (shared phone or same name, R-S3).

    Neither is created on the other side until the user links them or keeps them apart.
    """

    crm_id: int
    resource_name: str
    crm_name: str
    google_name: str
    why: Reason
    # Both contacts, for the user to compare (emails, phones, company, city).
    crm_record: ContactRecord | None = field(default=None, compare=False)
    google_record: ContactRecord | None = field(default=None, compare=False)

    @property
    def reason(self) -> str:
        return self.why.text


class HousekeepingKind(StrEnum):
    LINK = "link"  # a newly matched pair: store the link and the fields already equal
    REFRESH = "refresh"  # both sides moved to the same value: re-settle the baseline
    FORGET = "forget"  # both sides are gone: drop the link


@dataclass(frozen=True, slots=True)
class Housekeeping:
    """State-only work, applied whatever the user excluded; never shown as a change."""

    kind: HousekeepingKind
    crm_id: int
    resource_name: str
    settles: tuple[Settled, ...] = ()
    created_by_sync: bool = False  # a LINK found by our own clientData tag
    left_in_google: frozenset[str] | None = None  # see ``Change``
    left_entries: tuple[Entry, ...] = ()  # for a new LINK, shown in --json


@dataclass(frozen=True, slots=True)
class Plan:
    to_google: tuple[Change, ...] = ()
    to_crm: tuple[Change, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    possible_matches: tuple[PossibleMatch, ...] = ()
    housekeeping: tuple[Housekeeping, ...] = ()
    needs_confirmation: bool = False
    confirmation: Reason | None = None  # why it needs confirmation
    # What the user should know about the run as a whole, not about one contact (a
    # label that cannot be a tag, R-S13): said with the preview, never a pending item.
    notes: tuple[Reason, ...] = ()

    @property
    def confirmation_reason(self) -> str:
        return self.confirmation.text if self.confirmation else ""

    def changes(self) -> tuple[Change, ...]:
        """Every change the run would apply (the user's exclusions left out)."""
        return tuple(c for c in (*self.to_google, *self.to_crm) if not c.excluded)

    def unresolved(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.resolution is None)

    def deletions(self) -> int:
        return sum(1 for c in self.changes() if c.is_deletion)

    def is_empty(self) -> bool:
        """Nothing for the user to see or do (housekeeping does not count)."""
        return not (self.to_google or self.to_crm or self.conflicts or self.skipped
                    or self.possible_matches)

    def counts(self) -> dict[str, int]:
        return {
            "to_google": sum(1 for c in self.to_google if not c.excluded),
            "to_crm": sum(1 for c in self.to_crm if not c.excluded),
            "excluded": sum(1 for c in (*self.to_google, *self.to_crm) if c.excluded),
            "conflicts": len(self.conflicts),
            "unresolved_conflicts": len(self.unresolved()),
            "deletions": self.deletions(),
            "skipped": len(self.skipped),
            "possible_matches": len(self.possible_matches),
        }

    def to_json(self) -> dict[str, Any]:
        """The R-CLI shape: each item has action, crm_id, resource_name, name, fields."""
        return {key: list(value) if isinstance(value, Iterator) else value
                for key, value in self.json_fields()}

    def json_fields(self) -> Iterator[tuple[str, Any]]:
        """``to_json``'s keys in order, its item lists as iterators: ``--json`` writes a
        20,000-change plan item by item instead of holding all of it as JSON (SPEC §3)."""
        yield "to_google", (_change_json(c) for c in self.to_google)
        yield "to_crm", (_change_json(c) for c in self.to_crm)
        yield "conflicts", (_conflict_json(c) for c in self.conflicts)
        yield "skipped", chain((_skipped_json(s) for s in self.skipped),
                               (_left_out_json(c) for c in (*self.to_google, *self.to_crm)
                                if c.excluded))
        yield "possible_matches", (_possible_json(p) for p in self.possible_matches)
        yield "new_links", ({"crm_id": h.crm_id, "resource_name": h.resource_name,
                             "left_in_google": left_json(h.left_entries)}
                            for h in self.housekeeping if h.kind is HousekeepingKind.LINK)
        yield "needs_confirmation", self.needs_confirmation
        yield "confirmation_reason", self.confirmation_reason
        yield "confirmation_reason_code", (self.confirmation.code.value
                                           if self.confirmation else None)
        yield "confirmation_reason_args", (self.confirmation.json_args()
                                           if self.confirmation else {})
        yield "counts", self.counts()
        yield "notes", [_reason_json(note) for note in self.notes]


def _change_json(change: Change) -> dict[str, Any]:
    return {
        "action": change.action.value,
        "crm_id": change.crm_id,
        "resource_name": change.resource_name,
        "name": change.name,
        "fields": {d.field.value: _diff_json(d) for d in change.diffs},
        **_reason_json(change.why),
        "key": change.key,
        "included": not change.excluded,
        "left_in_google": left_json(change.left_entries),
    }


def _diff_json(diff: FieldDiff) -> dict[str, Any]:
    data: dict[str, Any] = {"old": diff.old, "new": diff.new, "into_note": diff.into_note}
    if diff.field is Field.TAGS:  # per name: what the write adds and removes (R-S13)
        data["added"], data["removed"] = tag_moves(diff.old, diff.new)
    return data


def left_json(entries: tuple[Entry, ...]) -> list[dict[str, str]]:
    """Google entries the mapping does not use, which stay in Google as they are."""
    return [{"list": e.list_name, "type": e.type, "value": e.display()} for e in entries]


def _conflict_json(conflict: Conflict) -> dict[str, Any]:
    return {
        "action": "conflict",
        "crm_id": conflict.crm_id,
        "resource_name": conflict.resource_name,
        "name": conflict.name,
        "fields": {conflict.field.value: {"crm": conflict.crm_value,
                                          "google": conflict.google_value}},
        "crm_updated_at": conflict.crm_updated_at.isoformat(),
        "google_updated_at": conflict.google_updated_at.isoformat(),
        "resolution": conflict.resolution.value if conflict.resolution else None,
        **_reason_json(conflict.why),
    }


def _skipped_json(skipped: Skipped) -> dict[str, Any]:
    return {
        "action": "skip",
        "side": skipped.side.value,
        "crm_id": skipped.crm_id,
        "resource_name": skipped.resource_name,
        "name": skipped.name,
        "fields": {},
        **_reason_json(skipped.why),
    }


def _left_out_json(change: Change) -> dict[str, Any]:
    """A row the user left out: listed with the skipped ones too, the reason "left_out"
    (``reason_code``), so a script sees why it did not happen."""
    return {
        "action": "skip",
        "side": change.target.value,
        "crm_id": change.crm_id,
        "resource_name": change.resource_name,
        "name": change.name,
        "fields": {},
        "key": change.key,
        **_reason_json(_left_out_reason()),
    }


def _left_out_reason() -> Reason:
    from crmsync_gui.core.reasons import Reason, ReasonCode  # circular at import time

    return Reason.of(ReasonCode.LEFT_OUT)


def _possible_json(match: PossibleMatch) -> dict[str, Any]:
    return {
        "action": "possible_match",
        "crm_id": match.crm_id,
        "resource_name": match.resource_name,
        "name": match.crm_name,
        "google_name": match.google_name,
        "fields": {},
        **_reason_json(match.why),
    }


def _reason_json(why: Reason) -> dict[str, Any]:
    """The English sentence, and the code and arguments it is made from."""
    return {"reason": why.text, "reason_code": why.code.value, "reason_args": why.json_args()}
