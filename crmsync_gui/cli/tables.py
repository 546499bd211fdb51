"""Plain-text tables for the terminal: readable by people, stable for support."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from typing import TextIO


def _width(text: str) -> int:
    # East-Asian wide characters take two cells; combining accents take none.
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    if _width(text) > width:
        while _width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - _width(text))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
                max_width: int = 40, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    widths = [min(max_width, max([_width(h)] + [_width(r[i].replace("\n", " "))
                                                 for r in rows]))
              for i, h in enumerate(headers)]
    print("  ".join(_fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip(), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in rows:
        print("  ".join(_fit(c, w) for c, w in zip(row, widths, strict=True)).rstrip(), file=out)
