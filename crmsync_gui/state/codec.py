"""Records and baselines to and from the JSON the state file keeps."""

from __future__ import annotations

import json
from typing import Any

from crmsync_gui.core.baseline import UNKNOWN, Baseline
from crmsync_gui.core.record import FIELDS, Address, ContactRecord, Field


def baseline_to_json(baseline: Baseline | None) -> str | None:
    if baseline is None:
        return None

    def side(values: tuple[str, ...]) -> dict[str, str]:
        # Unknown fields are left out: a field added by a later version reads as unknown.
        return {name.value: value for name, value in zip(FIELDS, values, strict=True)
                if value != UNKNOWN}

    return json.dumps({"crm": side(baseline.crm), "google": side(baseline.google)},
                      ensure_ascii=False, separators=(",", ":"))


def baseline_from_json(text: str | None) -> Baseline | None:
    if text is None:
        return None
    data = json.loads(text)
    return Baseline(
        crm=tuple(data["crm"].get(name.value, UNKNOWN) for name in FIELDS),
        google=tuple(data["google"].get(name.value, UNKNOWN) for name in FIELDS))


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
