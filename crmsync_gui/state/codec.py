"""Records and baselines to and from the JSON the state file keeps."""

from __future__ import annotations

import json
from typing import Any

from crmsync_gui.core.baseline import UNKNOWN, Baseline
from crmsync_gui.core.google_entries import ADDRESSES, EMAILS, ORGANIZATIONS, PHONES, Entry
from crmsync_gui.core.record import (
    FIELDS,
    NORMALIZED_FORMS,
    Address,
    ContactRecord,
    Field,
    restored,
)


def baseline_to_json(baseline: Baseline | None) -> str | None:
    if baseline is None:
        return None

    def side(values: tuple[str, ...]) -> dict[str, str]:
        # Unknown fields are left out: a field added by a later version reads as unknown.
        return {name.value: value for name, value in zip(FIELDS, values, strict=True)
                if value != UNKNOWN}

    data: dict[str, Any] = {"crm": side(baseline.crm), "google": side(baseline.google)}
    if baseline.knows_entries:
        data["left"] = sorted(baseline.left)  # present, even empty: settled under R-S10
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


# The fields' names, looked up once: reading 25,000 baselines or records would otherwise
# ask the enum for them 600,000 times (SPEC §3).
_FIELD_NAMES = tuple(name.value for name in FIELDS)
_ADDRESS = Field.HOME_ADDRESS.value


def baseline_from_json(text: str | None) -> Baseline | None:
    if text is None:
        return None
    data = json.loads(text)
    crm = tuple([data["crm"].get(name, UNKNOWN) for name in _FIELD_NAMES])
    google = data["google"]
    # Both sides mostly settled on the same values: one string for both, not two
    # (25,000 baselines held through a run: ~5 MB of its peak, SPEC §3).
    return Baseline(
        crm=crm,
        google=tuple([c if (g := google.get(name, UNKNOWN)) == c else g
                      for name, c in zip(_FIELD_NAMES, crm, strict=True)]),
        left=frozenset(data.get("left", ())), knows_entries="left" in data)


# Beside a record's fields, its normalised form and the rules it was computed under.
_FORM, _RULES = "~normalized", "~rules"


def record_to_json(record: ContactRecord) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in FIELDS:
        value = record.value(name)
        if isinstance(value, Address):
            if not value.is_empty():
                data[name.value] = {"street": value.street, "postal_code": value.postal_code,
                                    "city": value.city, "country": value.country}
        elif value:
            data[name.value] = value
    if not record.phone_region:  # read in its own region: the form restored is right
        data[_FORM], data[_RULES] = list(record.normalized), NORMALIZED_FORMS
    return data


def record_from_json(data: dict[str, Any]) -> ContactRecord:
    values: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        if name in data:
            raw = data[name]
            values[name] = Address(**raw) if name == _ADDRESS else raw
    if data.get(_RULES) == NORMALIZED_FORMS:
        return restored(values, data[_FORM])
    return ContactRecord(**values)  # stored under other rules: its form made again


_LISTS = {"e": EMAILS, "p": PHONES, "a": ADDRESSES, "o": ORGANIZATIONS}
_SHORT = {name: short for short, name in _LISTS.items()}


def entries_to_json(entries: tuple[Entry, ...] | None) -> str | None:
    if entries is None:
        return None
    return json.dumps([[_SHORT[e.list_name], e.index, e.type, e.value, int(e.writable)]
                       for e in entries], ensure_ascii=False, separators=(",", ":"))


def entries_from_json(text: str | None) -> tuple[Entry, ...] | None:
    if text is None:
        return None  # stored by an older version: not known until the next full read
    return tuple(Entry(_LISTS[short], index, kind, value, bool(writable))
                 for short, index, kind, value, writable in json.loads(text))
