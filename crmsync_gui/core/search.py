"""The one search of the window (the Contacts page and the Sync page's filter): type a
few words, see the contacts where every word appears somewhere — name, email, company,
city, tag, words of the note — whatever the accents and the case; digits also find a
phone whatever its spaces, dots or +33.

A row's text is folded once, when the rows are built (in the worker); a search then is
one substring test per word and row on plain strings, fast enough for 25,000 rows on
every key press.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_NOT_DIGITS = re.compile(r"\D+")
# The combining marks NFKD splits accents into (Latin, Greek, Cyrillic and the
# supplements): removed by one C-speed substitution, not a Python loop per character.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NUMBER = re.compile(r"[\d.\-+/()]*\d[\d.\-+/()]*")  # "06.12.34", "+33", "(0)6"


# Letters NFKD does not split into a base and an accent, and marks typed for others.
_LETTERS = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
                          "ı": "i", "þ": "th", "’": "'", "‘": "'", "ʼ": "'", "‐": "-",
                          "‑": "-", "–": "-", "\u200b": "", "\u200c": "", "\u200d": "",
                          "\ufeff": "", "\u00ad": ""})


def fold(text: str) -> str:
    """Case and accents away: "Élodie LEFÈVRE" and "elodie lefevre" are one text, "Cœur"
    is "coeur", "l’Étoile" is "l'etoile". Not cached (unlike ``fold_name``): a note is
    long and read once per build."""
    if text.isascii():
        return text.lower()
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return folded.translate(_LETTERS)


def haystack(values: Iterable[str], phones: Iterable[str] = ()) -> str:
    """What a search looks in, for one row: its folded values, then its phones' digits
    (a national number also as its local form: "+33 6 12…" is found by "0612")."""
    digits = []
    for phone in phones:
        only = _NOT_DIGITS.sub("", phone)
        if only:
            digits.append(only)
            if phone.lstrip().startswith("+") and len(only) > 9:
                digits.append("0" + only[-9:])  # the French trunk form of an E.164 number
    return "\n".join((fold("\n".join(v for v in values if v)), *digits))


@dataclass(frozen=True)
class Query:
    """What the user typed, ready to test many rows: per word, the forms that may find
    it ("12/2025" as typed in a note, or its digits in a phone)."""

    words: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, text: str) -> Query:
        words: list[tuple[str, ...]] = []
        previous_number = False
        for word in fold(text).split():
            number = bool(_NUMBER.fullmatch(word))
            if number and previous_number:  # "06 12 34" typed with spaces: one number
                typed, digits = words[-1]
                words[-1] = (f"{typed} {word}", digits + _NOT_DIGITS.sub("", word))
            elif number:
                words.append((word, _NOT_DIGITS.sub("", word)))
            else:
                words.append((word,))
            previous_number = number
        return cls(tuple(words))

    def __bool__(self) -> bool:
        return bool(self.words)

    def matches(self, hay: str) -> bool:
        """Every word appears in the row (an empty query matches everything)."""
        return all(any(form in hay for form in forms) for forms in self.words)

    def select(self, hays: list[str]) -> list[int]:
        """The indexes of the rows it matches: one pass, the common one-word search
        without a call per row (25,000 rows on every key press)."""
        if not self.words:
            return list(range(len(hays)))
        if len(self.words) == 1 and len(self.words[0]) == 1:
            word = self.words[0][0]
            return [i for i, hay in enumerate(hays) if word in hay]
        matches = self.matches
        return [i for i, hay in enumerate(hays) if matches(hay)]
