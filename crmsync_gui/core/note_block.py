"""The managed block of a CRM note: where Google's professional fields land (R-S4, R-S11).

From Google alone a company cannot be identified safely, so — as the seed does — work
phone, work mobile, work email, company and job title coming from Google are written
as lines of one block of the contact's note::

    Rappeler après le salon.

    --- Google (CRM Sync) ---
    Société : ACME
    Fonction : Directrice
    --- end ---

The note belongs to the user, who may edit it anywhere, the block included. So the
block is read narrowly: the first start line, then either everything up to the first
end line after it or — the end line deleted — the unbroken run of labelled lines
("Label : value", one of ``LABELS``) after it. Only the markers and the labelled lines
of that block are the engine's; every other line is the user's text, and a rewrite
never deletes it:

- a foreign line, a stray or duplicated marker, or a label repeated with another value
  inside the block is kept verbatim right after the block;
- everything outside the block (a marker elsewhere in the note included) stays where it
  is, character for character.

Whether to rewrite is the planner's call (only when Google's professional fields
changed, R-S11); this module only knows how: in place, never appended twice, repairing
a missing end line, and removing the block when it has nothing left to say.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

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


@dataclass(frozen=True, slots=True)
class _Block:
    """Where the block sits in a note's lines, and what in it is not the engine's."""

    start: int  # its start line
    stop: int  # one past its last line (the end line, or its last labelled line)
    values: dict[Field, str]  # each label's first value (what a preview shows as "old")
    user: tuple[int, ...]  # lines inside it that are the user's, in note order


def _label(line: str) -> Field | None:
    """The field a line is labelled with ("Fonction : Gérante", spacing as the user
    likes it), else None."""
    label, sep, _ = line.partition(_SEPARATOR.strip())
    return _BY_LABEL.get(label.strip()) if sep else None


def _is(line: str, marker: str) -> bool:
    return line.strip() == marker


def _find(lines: list[str]) -> _Block | None:
    start = next((i for i, line in enumerate(lines) if _is(line, BLOCK_START)), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if _is(lines[i], BLOCK_END)), None)
    if end is None:
        # No end line: the block stops at the last of the labelled lines that follow its
        # start without a break; what the user wrote below is theirs.
        last = start + 1
        while last < len(lines) and _label(lines[last]) is not None:
            last += 1
        inner, stop = range(start + 1, last), last
    else:
        inner, stop = range(start + 1, end), end + 1
    values: dict[Field, str] = {}
    user: list[int] = []
    for i in inner:
        name = _label(lines[i])
        value = lines[i].partition(_SEPARATOR.strip())[2].strip()
        if name is None or values.setdefault(name, value) != value:
            user.append(i)  # a foreign line, a stray marker, a second value for a label
    return _Block(start, stop, values, tuple(user))


def _clean(value: str) -> str:
    return " ".join(value.split())  # one line, as the block reads it back


def render_block(values: Sequence[tuple[Field, str]]) -> str:
    """The block text for ``values`` (in the given order); "" when there is nothing."""
    lines = [f"{LABELS[name]}{_SEPARATOR}{_clean(value)}" for name, value in values
             if _clean(value)]
    if not lines:
        return ""
    return "\n".join((BLOCK_START, *lines, BLOCK_END))


def read_block(note: str) -> dict[Field, str]:
    """The values the block holds now — the user's corrections included."""
    block = _find(note.split("\n"))
    return dict(block.values) if block else {}


def with_block(note: str, values: Sequence[tuple[Field, str]]) -> str:
    """``note`` with its managed block set to ``values`` (removed when empty).

    Lines that are not the block's are kept verbatim and in order (those inside it move
    to right after it). Idempotent: ``with_block(with_block(n, v), v) == with_block(n, v)``.
    """
    block_text = render_block(values)
    lines = note.split("\n")
    block = _find(lines)
    if block is None:
        if not block_text:
            return note  # the common case, and it must not touch the user's whitespace
        # One blank line between the user's text and the block, as a person would write it.
        joint = "" if not note or note.endswith("\n\n") else "\n" if note.endswith(
            "\n") else "\n\n"
        return note + joint + block_text
    before, after = lines[:block.start], lines[block.stop:]
    kept = [lines[i] for i in block.user]
    if kept and not kept[-1] and not after:
        # A blank line of the user's last in the note would read back as the final line
        # break only: it stays a line.
        kept.append("")
    if block_text:
        return "\n".join([*before, block_text, *kept, *after])
    if not block.values:
        return note  # nothing of the engine's to take out
    if any(_is(line, BLOCK_START) for line in (*kept, *after)):
        # A stray start line further down must not become the block once this one is
        # gone: keep the (empty) markers, which say where the block is.
        return "\n".join([*before, BLOCK_START, BLOCK_END, *kept, *after])
    head = "\n".join(before).rstrip("\n")
    rest = "\n".join([*kept, *after]).lstrip("\n")
    return "\n\n".join(part for part in (head, rest) if part)


@dataclass(frozen=True, slots=True)
class SplitNote:
    """A note as the contact editor shows it: the user's text to edit, the managed
    block apart (read-only), and where the block sits among the user's lines."""

    user: str  # the user's text, blank lines at its ends trimmed
    block: str  # the block's own lines as they stand ("" when the note has none)
    at_line: int  # how many of ``user``'s lines come before the block
    gaps: tuple[int, int] = (0, 0)  # blank lines between the text and the block
    newline: str = "\n"  # the note's own line ending ("\r\n" from Windows programs)
    ending: int = 0  # line endings that closed the note
    original: str = ""  # the note as read: what a save that changed nothing writes back


def split_note(note: str) -> SplitNote:
    """``note`` cut into what the editor lets the user edit and what it shows apart.
    ``join_note(split, split.user) == note``, byte for byte."""
    # Windows programs end lines with "\r\n", old Mac ones with "\r": the editor's text
    # has "\n" alone; the note keeps its own ending.
    original = note
    newline = ("\r\n" if "\r\n" in note else "\r" if "\r" in note and "\n" not in note
               else "\n")
    note = note.replace(newline, "\n")
    ending = len(note) - len(note.rstrip("\n"))
    lines = note.split("\n")
    block = _find(lines)
    if block is None:
        return SplitNote(note, "", 0, newline=newline, original=original)
    inside = [lines[i] for i in range(block.start, block.stop) if i not in block.user]
    head = _trim(lines[:block.start])
    tail = _trim([*(lines[i] for i in block.user), *lines[block.stop:]])
    gaps = (_blank_run(reversed(lines[:block.start])) if head else 0,
            _blank_run(lines[block.stop:]) if tail and not block.user else 0)
    between = [""] * (gaps[0] + gaps[1] or 1) if head and tail else []
    user = [*head, *between, *tail]
    return SplitNote("\n".join(user), "\n".join(inside), len(head), gaps, newline, ending,
                     original)


def join_note(split: SplitNote, edited: str) -> str:
    """The whole note after the user edited ``split.user`` into ``edited``: the block
    goes back where it was — closing the note if it closed it, opening it if it opened
    it, else between the lines it sat between, as a diff of the two texts follows them."""
    if edited == split.user and split.original:
        return split.original  # nothing typed: nothing rewritten, whatever its shape
    if not split.block:
        return edited.replace("\n", split.newline)
    block = split.block.split("\n")
    if not _is(block[-1], BLOCK_END):
        block.append(BLOCK_END)  # repaired: text below must not read as the block's
    old, new = _trim(split.user.split("\n")), _trim(edited.split("\n"))
    if split.at_line >= len(old):
        at = len(new)
    elif split.at_line == 0:
        at = 0
    else:
        at = _moved(old, split.at_line, new)
    head, tail = _trim(new[:at]), _trim(new[at:])
    # The blank lines the user had around the block; one where there was no text.
    gap_before = [""] * (split.gaps[0] if split.at_line else 1) if head else []
    gap_after = [""] * (split.gaps[1] if split.at_line < len(old) else 1) if tail else []
    text = "\n".join([*head, *gap_before, *block, *gap_after, *tail]) + "\n" * split.ending
    return text.replace("\n", split.newline)


def _trim(lines: list[str]) -> list[str]:
    """Without the blank lines at both ends."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    return lines[first:last + 1]


def _blank_run(lines: Iterable[str]) -> int:
    count = 0
    for line in lines:
        if line.strip():
            break
        count += 1
    return count


def _moved(old: list[str], at: int, new: list[str]) -> int:
    """Where position ``at`` among ``old``'s lines is among ``new``'s, as a diff of the
    two reads it: kept lines carry it; inside lines that changed, it goes after them."""
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal" and i1 <= at <= i2:
            return j1 + (at - i1)
        if i1 <= at < i2:
            return j2
    return len(new)
