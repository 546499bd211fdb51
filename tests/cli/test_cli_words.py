"""The CLI's English counts agree with their number (#21): "1 contact", "2 contacts"."""

from __future__ import annotations

from crmsync_gui.cli.words import counted


def test_counts_agree_with_their_number() -> None:
    assert counted(1, "contact") == "1 contact"
    assert counted(0, "contact") == "0 contacts"
    assert counted(2, "change") == "2 changes"
    assert counted(1, "possible match", "possible matches") == "1 possible match"
    assert counted(3, "possible match", "possible matches") == "3 possible matches"
