from __future__ import annotations

from crmsync_gui.core.note_block import BLOCK_END, BLOCK_START, read_block, with_block
from crmsync_gui.core.record import Field

VALUES = [(Field.COMPANY_NAME, "ACME"), (Field.JOB_TITLE, "Directrice")]


def test_block_is_appended_after_the_user_text_with_one_blank_line() -> None:
    note = with_block("Rappeler après le salon.", VALUES)
    assert note == ("Rappeler après le salon.\n\n" + BLOCK_START + "\nSociété : ACME\n"
                    "Fonction : Directrice\n" + BLOCK_END)


def test_note_block_exactly_once_over_many_syncs() -> None:
    note = "Client fidèle"
    for title in ("Directrice", "Directrice", "Gérante", "Gérante"):
        note = with_block(note, [(Field.COMPANY_NAME, "ACME"), (Field.JOB_TITLE, title)])
    assert note.count(BLOCK_START) == 1 and note.count(BLOCK_END) == 1
    assert read_block(note) == {Field.COMPANY_NAME: "ACME", Field.JOB_TITLE: "Gérante"}
    assert note.startswith("Client fidèle\n\n")


def test_block_is_replaced_in_place_keeping_user_text_around_it() -> None:
    note = "Avant\n\n" + with_block("", VALUES) + "\n\nAprès, écrit à la main"
    updated = with_block(note, [(Field.WORK_PHONE, "01 23 45 67 89")])
    assert updated.startswith("Avant\n\n" + BLOCK_START + "\nTél. fixe pro : 01 23 45 67 89")
    assert updated.endswith(BLOCK_END + "\n\nAprès, écrit à la main")


def test_stray_copies_of_the_block_fold_into_one() -> None:
    block = with_block("", VALUES)
    note = f"Texte\n{block}\nmilieu\n{block}"
    folded = with_block(note, VALUES)
    assert folded.count(BLOCK_START) == 1
    assert "Texte" in folded and "milieu" in folded


def test_empty_block_is_removed_and_user_note_kept() -> None:
    note = with_block("Ma note\nsur deux lignes", VALUES)
    assert with_block(note, []) == "Ma note\nsur deux lignes"
    assert with_block(with_block("", VALUES), []) == ""


def test_note_without_block_is_untouched_when_nothing_to_write() -> None:
    assert with_block("  espaces gardés \n", []) == "  espaces gardés \n"


def test_with_block_is_idempotent() -> None:
    for note in ("", "x", "x\n", "a\n\nb", with_block("y", VALUES)):
        once = with_block(note, VALUES)
        assert with_block(once, VALUES) == once
