"""The managed block of a CRM note: where Google's professional fields land (R-S4).

From Google alone a company cannot be identified safely, so — as the seed does — work
phone, work mobile, work email, company and job title coming from Google are written
as lines of one block of the contact's note::

    Rappeler après le salon.

    --- Google (CRM Sync) ---
    Société : ACME
    Fonction : Directrice
    --- end ---

The block is replaced in place on every sync, never appended twice (stray copies are
folded into one), removed when empty, and the user's text around it is kept as is.
"""

from __future__ import annotations

from collections.abc import Sequence

from crmsync_gui.core.record import Field

BLOCK_START = "--- Google (CRM Sync) ---"
BLOCK_END = "--- end ---"

# The labels are user-visible CRM data, in the language of the CRM's own CSV headers.
LABELS: dict[Field, str] = {
    Field.WORK_PHONE: "Tél. fixe pro",
    Field.WORK_MOBILE: "Mobile pro",
    Field.WORK_EMAIL: "Email pro",
    Field.COMPANY_NAME: "Société",
    Field.JOB_TITLE: "Fonction",
}
_BY_LABEL = {label: name for name, label in LABELS.items()}
_SEPARATOR = " : "


def render_block(values: Sequence[tuple[Field, str]]) -> str:
    """The block text for ``values`` (in the given order); "" when there is nothing."""
    lines = [f"{LABELS[name]}{_SEPARATOR}{value}" for name, value in values if value]
    if not lines:
        return ""
    return "\n".join((BLOCK_START, *lines, BLOCK_END))


def _split(note: str) -> tuple[str, list[str], str]:
    """(text before the first block, the blocks' inner lines, text after the last one)."""
    lines = note.split("\n")
    outside_before: list[str] = []
    outside_after: list[str] = []
    inner: list[str] = []
    found = False
    i = 0
    while i < len(lines):
        if lines[i].strip() == BLOCK_START:
            end = next((j for j in range(i + 1, len(lines))
                        if lines[j].strip() == BLOCK_END), None)
            if end is not None:
                # Stray copies fold into one; user text between them is kept after it.
                inner.extend(lines[i + 1:end])
                found = True
                i = end + 1
                continue
        (outside_after if found else outside_before).append(lines[i])
        i += 1
    return "\n".join(outside_before), inner, "\n".join(outside_after)


def read_block(note: str) -> dict[Field, str]:
    """The values the block holds now (what a preview shows as "old")."""
    _, inner, _ = _split(note)
    values: dict[Field, str] = {}
    for line in inner:
        label, sep, value = line.partition(_SEPARATOR.strip())
        name = _BY_LABEL.get(label.strip())
        if sep and name is not None:
            values[name] = value.strip()
    return values


def with_block(note: str, values: Sequence[tuple[Field, str]]) -> str:
    """``note`` with its managed block set to ``values`` (removed when empty).

    Idempotent: ``with_block(with_block(n, v), v) == with_block(n, v)``.
    """
    if BLOCK_START not in note and not any(value for _, value in values):
        return note  # the common case, and it must not touch the user's whitespace
    before, _, after = _split(note)
    block = render_block(values)
    head = before.rstrip("\n")
    tail = after.lstrip("\n")
    parts = [p for p in (head, block, tail) if p.strip()]
    # One blank line between the user's text and the block, as a person would write it.
    return "\n\n".join(parts)
