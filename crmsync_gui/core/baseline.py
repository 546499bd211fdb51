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

    @classmethod
    def unknown(cls) -> Baseline:
        blank = (UNKNOWN,) * len(FIELDS)
        return cls(crm=blank, google=blank)

    @classmethod
    def of(cls, crm: ContactRecord, google: ContactRecord) -> Baseline:
        """Both sides as they are now: the baseline of a pair fully in sync."""
        return cls(crm=crm.normalized, google=google.normalized)

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
    return Baseline(crm=tuple(crm), google=tuple(google))
