"""Records and baselines to and from the JSON the state file keeps."""

from __future__ import annotations

import json
from typing import Any

from crmsync_gui.core.baseline import UNKNOWN, Baseline
from crmsync_gui.core.google_entries import ADDRESSES, EMAILS, ORGANIZATIONS, PHONES, Entry
from crmsync_gui.core.record import FIELDS, Address, ContactRecord, Field


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


def baseline_from_json(text: str | None) -> Baseline | None:
    if text is None:
        return None
    data = json.loads(text)
    return Baseline(
        crm=tuple(data["crm"].get(name.value, UNKNOWN) for name in FIELDS),
        google=tuple(data["google"].get(name.value, UNKNOWN) for name in FIELDS),
        left=frozenset(data.get("left", ())), knows_entries="left" in data)


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
    return data


def record_from_json(data: dict[str, Any]) -> ContactRecord:
    values: dict[str, Any] = {}
    for name in FIELDS:
        if name.value not in data:
            continue
        raw = data[name.value]
        values[name.value] = Address(**raw) if name is Field.HOME_ADDRESS else raw
    return ContactRecord(**values)


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
