"""``--json`` output written as it is made (SPEC §3): a 20,000-change plan held as JSON
objects, then as one string, would cost the run more memory than the sync itself."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO


def write_json_object(fields: Iterable[tuple[str, Any]], out: TextIO) -> None:
    """One JSON object, field by field. An iterator value is written as a list, item by
    item; a callable value is called when its turn comes (a figure read last, after
    everything else was written, such as the peak memory)."""
    out.write("{")
    for index, (key, value) in enumerate(fields):
        out.write(f"{',' if index else ''}\n  {json.dumps(key)}: ")
        if callable(value):
            value = value()
        if isinstance(value, Iterator):
            _write_list(value, out)
        else:
            out.write(_dumps(value, "  "))
    out.write("\n}\n")


def _write_list(items: Iterator[Any], out: TextIO) -> None:
    out.write("[")
    empty = True
    for item in items:
        out.write(f"{'' if empty else ','}\n    {_dumps(item, '    ')}")
        empty = False
    out.write("]" if empty else "\n  ]")


def _dumps(value: Any, indent: str) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
