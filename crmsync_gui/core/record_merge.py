"""Records built from fields of two records without parsing their phones again.

Planning copies fields from one side's record into the other's. ``ContactRecord.replace``
would normalise every field anew, and at 25,000 contacts the phone parsing alone blows
the 1 s budget (SPEC §4). When the copied phones are read in the same region as the
record they land in, their normalised forms are already known: reuse them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from crmsync_gui.core.phones import region_for
from crmsync_gui.core.record import FIELDS, PHONE_FIELDS, ContactRecord, Field

# The shortcut fills the dataclass by hand: only while the record holds exactly the
# mapped fields plus ``normalized`` (checked once, so a new field disables it safely).
_FAST = {f.name for f in dataclasses.fields(ContactRecord)} == {
    *(name.value for name in FIELDS), "phone_region", "normalized"}


def _region(record: ContactRecord) -> str:
    return record.region()


_NAMES = tuple(name.value for name in FIELDS)
_PHONES = frozenset(i for i, name in enumerate(FIELDS) if name in PHONE_FIELDS)


def merged(base: ContactRecord, source: ContactRecord,
           fields: Iterable[Field]) -> ContactRecord:
    """``base`` with ``fields`` taken from ``source``; equal to ``base.replace(...)``."""
    take = frozenset(fields)
    if not take:
        return base
    if not _FAST:
        return base.replace(**{n.value: source.value(n) for n in take})
    address = source.home_address if Field.HOME_ADDRESS in take else base.home_address
    region = base.phone_region or region_for(address.country, address.postal_code)
    same_region = {False: _region(base) == region, True: _region(source) == region}
    result = object.__new__(ContactRecord)
    norms: list[str] = []
    for i, name in enumerate(_NAMES):
        from_source = name in take
        record = source if from_source else base
        norm = record.normalized[i]
        if norm and i in _PHONES and not same_region[from_source]:
            # The phone is read in another region now: normalise for real.
            return base.replace(**{n.value: source.value(n) for n in take})
        object.__setattr__(result, name, getattr(record, name))
        norms.append(norm)
    object.__setattr__(result, "phone_region", base.phone_region)
    object.__setattr__(result, "normalized", tuple(norms))
    return result
