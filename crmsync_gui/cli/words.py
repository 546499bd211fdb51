"""Counts in the CLI's English: "1 contact", "2 contacts" — never "contact(s)"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str = "") -> str:
    """``n`` and the noun that agrees with it (``plural``: when not noun + "s")."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
