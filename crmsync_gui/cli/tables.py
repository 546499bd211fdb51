"""Plain-text tables for the terminal: readable by people, stable for support."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from typing import TextIO


def _cells(char: str) -> int:
    # East-Asian wide characters take two cells; combining accents take none.
    return (0 if unicodedata.combining(char) else
            2 if unicodedata.east_asian_width(char) in "WF" else 1)


def _width(text: str) -> int:
    return sum(map(_cells, text))


def _fit(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    if _width(text) > width:
        # Cut once where the text stops fitting (a 100,000-character name is one pass,
        # not one measure per character dropped), and say it goes on.
        used = cut = 0
        while used + _cells(text[cut]) <= width - 1:
            used += _cells(text[cut])
            cut += 1
        text = text[:cut] + "…"
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
