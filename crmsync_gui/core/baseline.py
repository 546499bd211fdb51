"""The baseline: what each side held, field by field, when a pair was last in sync.

Planning is three-way (SPEC R-S2): a field changed on one side is one whose normalised
value differs from that side's baseline. The baseline is kept per side because the two
sides may legitimately hold different values after a sync (Google's professional fields
land in the CRM note, not in the CRM fields, R-S4).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from crmsync_gui.core.record import FIELDS, ContactRecord, Field

# Never equal to a normalised value: "this field was never settled" (first sync, or a
# conflict still waiting for the user), so the next plan treats it as a first sync.
UNKNOWN = "\x00unknown"

_INDEX = {name: i for i, name in enumerate(FIELDS)}


@dataclass(frozen=True, slots=True)
class Baseline:
    """Normalised value per field of ``FIELDS`` (in that order), per side."""

    crm: tuple[str, ...]
    google: tuple[str, ...]
    # The Google entries the mapping left alone at the last sync ("list:normalised"): a
    # second mobile is never promoted into a field whose entry the sync removed (R-S10).
    left: frozenset[str] = frozenset()
    # False for a baseline settled before R-S10, which never saw untyped entries: its
    # ``left`` is then derived from the contact (``legacy_left``) until the next settle.
    knows_entries: bool = True

    @classmethod
    def unknown(cls) -> Baseline:
        blank = (UNKNOWN,) * len(FIELDS)
        return cls(crm=blank, google=blank)

    @classmethod
    def of(cls, crm: ContactRecord, google: ContactRecord,
           left: frozenset[str] = frozenset()) -> Baseline:
        """Both sides as they are now: the baseline of a pair fully in sync."""
        return cls(crm=crm.normalized, google=google.normalized, left=left)

    def google_values(self) -> dict[Field, str]:
        """The Google side's settled values; fields never settled left out."""
        return {name: value for name, value in zip(FIELDS, self.google, strict=True)
                if value != UNKNOWN}

    def crm_value(self, name: Field) -> str:
        return self.crm[_INDEX[name]]

    def google_value(self, name: Field) -> str:
        return self.google[_INDEX[name]]


@dataclass(frozen=True, slots=True)
class Settled:
    """One field a change settles: the normalised values the sides hold once it is applied.

    A side is None when this change does not own it. That happens when a write changes
    a field's normalised form without touching the field — a new home country changes
    the region its phone numbers are read in — so the other change of the pair (or
    none) owns the other side, and applying the two in either order agrees.
    """

    field: Field
    crm: str | None
    google: str | None


class Settling(Protocol):
    """Anything that settles fields: a ``Change`` or a ``Housekeeping`` entry."""

    @property
    def settles(self) -> tuple[Settled, ...]: ...

    @property
    def left_in_google(self) -> frozenset[str] | None: ...


def baseline_after(previous: Baseline | None, change: Settling) -> Baseline:
    """The pair's baseline once a change (or housekeeping entry) is applied.

    Only the fields it settles move; the others keep their previous values, so a change
    the user left out, or a conflict still undecided, shows up again in the next plan.
    Applying a pair's two changes in either order gives the same result.
    """
    base = previous or Baseline.unknown()
    crm = list(base.crm)
    google = list(base.google)
    for item in change.settles:
        i = _INDEX[item.field]
        if item.crm is not None:
            crm[i] = item.crm
        if item.google is not None:
            google[i] = item.google
    left = change.left_in_google
    return Baseline(crm=tuple(crm), google=tuple(google),
                    left=base.left if left is None else left,
                    knows_entries=base.knows_entries or left is not None)


def rebased(base: Baseline, crm_before: ContactRecord, crm_now: ContactRecord,
            google_before: ContactRecord, google_now: ContactRecord) -> tuple[Settled, ...]:
    """The baseline fields to re-settle after the normalisation rule changed: those equal
    to a side's value read under the old rule (``*_before``) are that side unchanged, and
    take its value under the new rule (``*_now``). The rest stay: they are real edits."""
    settled: list[Settled] = []
    for i, name in enumerate(FIELDS):
        crm = crm_now.normalized[i] if (base.crm[i] == crm_before.normalized[i]
                                        != crm_now.normalized[i]) else None
        google = google_now.normalized[i] if (base.google[i] == google_before.normalized[i]
                                              != google_now.normalized[i]) else None
        if crm is not None or google is not None:
            settled.append(Settled(name, crm, google))
    return tuple(settled)
