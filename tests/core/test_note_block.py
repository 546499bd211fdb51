"""The managed note block (R-S4, R-S11): named cases, then properties over generated notes.

The user may edit the note anywhere, the block included. Whatever they did, a rewrite
keeps every line that is not the engine's, in order, and never makes a second block.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from crmsync_gui.core.note_block import (
    BLOCK_END,
    BLOCK_START,
    LABELS,
    join_note,
    read_block,
    render_block,
    split_note,
    with_block,
)
from crmsync_gui.core.record import Field

S, E = BLOCK_START, BLOCK_END
VALUES = [(Field.COMPANY_NAME, "ACME"), (Field.JOB_TITLE, "Directrice")]
GLOBEX = [(Field.COMPANY_NAME, "Globex"), (Field.JOB_TITLE, "Directrice")]


def lines(*parts: str) -> str:
    return "\n".join(parts)


# -- named cases ---------------------------------------------------------------------------

def test_block_is_appended_after_the_user_text_with_one_blank_line() -> None:
    note = with_block("Rappeler après le salon.", VALUES)
    assert note == ("Rappeler après le salon.\n\n" + BLOCK_START + "\nSociété : ACME\n"
                    "Fonction : Directrice\n" + BLOCK_END)


def test_appended_block_keeps_the_users_trailing_blank_lines() -> None:
    assert with_block("x\n", VALUES) == "x\n\n" + render_block(VALUES)
    assert with_block("x\n\n\n", VALUES) == "x\n\n\n" + render_block(VALUES)
    assert with_block("", VALUES) == render_block(VALUES)


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
    assert updated == lines("Avant", "", S, "Tél. fixe pro : 01 23 45 67 89", E, "",
                            "Après, écrit à la main")


def test_block_without_end_line_ends_at_its_last_labelled_line() -> None:
    # Case (a) of #13: the end line deleted, the user writes right below the block.
    note = lines("Ma note", "", S, "Société : ACME", "Fonction : Directrice",
                 "Rappeler après le salon.", "Société : écrit par moi")
    assert read_block(note) == dict(VALUES)
    assert with_block(note, GLOBEX) == lines(
        "Ma note", "", S, "Société : Globex", "Fonction : Directrice", E,
        "Rappeler après le salon.", "Société : écrit par moi")


def test_end_line_deleted_then_two_rewrites_keep_one_block_and_the_text() -> None:
    note = lines(S, "Société : ACME", "Rappeler après le salon.")
    once = with_block(note, GLOBEX)
    twice = with_block(once + "\nEncore une ligne", VALUES)
    assert twice == lines(S, "Société : ACME", "Fonction : Directrice", E,
                          "Rappeler après le salon.", "Encore une ligne")


def test_foreign_line_inside_the_block_is_kept_right_after_it() -> None:
    # Case (b) of #13: a corrected value and a line of the user's own inside the block.
    note = lines("Avant", S, "Société : ACME", "Fonction : Patronne",
                 "Voir aussi sa sœur, même cave.", E, "Après")
    assert read_block(note) == {Field.COMPANY_NAME: "ACME", Field.JOB_TITLE: "Patronne"}
    assert with_block(note, [(Field.COMPANY_NAME, "Globex"), (Field.JOB_TITLE, "Patronne")]
                      ) == lines("Avant", S, "Société : Globex", "Fonction : Patronne", E,
                                 "Voir aussi sa sœur, même cave.", "Après")


def test_label_repeated_with_another_value_is_the_users_text() -> None:
    note = lines(S, "Fonction : Directrice", "Fonction: ma version", "Fonction : Directrice",
                 E)
    assert read_block(note) == {Field.JOB_TITLE: "Directrice"}
    assert with_block(note, VALUES) == lines(S, "Société : ACME", "Fonction : Directrice",
                                             E, "Fonction: ma version")


def test_duplicated_start_line_inside_the_block_is_kept_as_user_text() -> None:
    note = lines(S, S, "Société : ACME", E)
    assert read_block(note) == {Field.COMPANY_NAME: "ACME"}
    assert with_block(note, GLOBEX) == lines(S, "Société : Globex", "Fonction : Directrice",
                                             E, S)


def test_start_line_moved_to_the_top_repairs_the_block_below_it() -> None:
    note = lines(S, "Ma note", "Société : ACME", E, "Fin")
    assert with_block(note, GLOBEX) == lines(S, "Société : Globex", "Fonction : Directrice",
                                             E, "Ma note", "Fin")


def test_start_line_deleted_leaves_the_old_lines_to_the_user() -> None:
    note = lines("Ma note", "Société : ACME", E)
    assert read_block(note) == {}
    assert with_block(note, GLOBEX) == note + "\n\n" + render_block(GLOBEX)


def test_copy_of_the_block_elsewhere_is_the_users_text() -> None:
    block = with_block("", VALUES)
    note = f"Texte\n{block}\nmilieu\n{block}"
    rewritten = with_block(note, GLOBEX)
    assert rewritten == f"Texte\n{render_block(GLOBEX)}\nmilieu\n{block}"
    assert read_block(rewritten) == dict(GLOBEX)


def test_shape_left_by_the_old_double_block_bug_loses_nothing() -> None:
    # The old engine appended a second block under an orphan start line.
    note = lines("Ma note", S, "Société : ACME", "Rappeler", S, "Société : Globex",
                 "Fonction : Gérante", E, "Fin")
    assert with_block(note, GLOBEX) == lines(
        "Ma note", S, "Société : Globex", "Fonction : Directrice", E, "Rappeler", S,
        "Société : Globex", "Fin")


def test_empty_block_is_removed_and_user_note_kept() -> None:
    note = with_block("Ma note\nsur deux lignes", VALUES)
    assert with_block(note, []) == "Ma note\nsur deux lignes"
    assert with_block(with_block("", VALUES), []) == ""


def test_removed_block_keeps_the_users_lines_inside_it() -> None:
    note = lines("Avant", "", S, "Société : ACME", "à moi", E, "", "Après")
    assert with_block(note, []) == lines("Avant", "", "à moi", "", "Après")


def test_removed_block_keeps_its_markers_when_a_stray_start_line_follows() -> None:
    note = lines(S, "Société : ACME", E, "texte", S, "Fonction : à moi")
    removed = with_block(note, [])
    assert removed == lines(S, E, "texte", S, "Fonction : à moi")
    assert with_block(removed, []) == removed


def test_note_without_block_is_untouched_when_nothing_to_write() -> None:
    assert with_block("  espaces gardés \n", []) == "  espaces gardés \n"


def test_block_values_are_written_on_one_line() -> None:
    note = with_block("", [(Field.JOB_TITLE, "  Directrice\ncommerciale ")])
    assert note == lines(S, "Fonction : Directrice commerciale", E)
    assert with_block(note, [(Field.JOB_TITLE, "  Directrice\ncommerciale ")]) == note


def test_with_block_is_idempotent() -> None:
    for note in ("", "x", "x\n", "a\n\nb", with_block("y", VALUES)):
        once = with_block(note, VALUES)
        assert with_block(once, VALUES) == once


# -- properties over generated notes -------------------------------------------------------

def is_marker(line: str) -> bool:
    return line.strip() in (S, E)


def is_labelled(line: str) -> bool:
    """A line in the engine's own format ("Label : value"), by SPEC R-S11's definition."""
    label, sep, _ = line.partition(":")
    return bool(sep) and label.strip() in LABELS.values()


def engine_like(line: str) -> bool:
    return is_marker(line) or is_labelled(line)


def user_lines(note: str) -> list[str]:
    """What the engine must never lose nor reorder: the non-blank lines not in its format."""
    return [line for line in note.split("\n") if line.strip() and not engine_like(line)]


REAL_LINES = ["Rappeler après le salon.", "Note : voir sa sœur", "Service : achats",
              "Société", "--- fin ---", "Fonction Gérante", "----", "  retrait  ",
              "Tél. : 01 02 03 04 05", "- - -"]
free_text = st.one_of(
    st.sampled_from(REAL_LINES),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"),
            min_size=1, max_size=20),
).filter(lambda line: not engine_like(line))
user_text = st.lists(st.one_of(free_text, st.sampled_from(["", " "])), max_size=4)
pro_values = st.sampled_from(["ACME", "Globex", "Directrice", "01 02 03 04 05",
                              "a@acme.fr", "  Gérante ", "", "Cave : Nguyen"])
block_values = st.lists(st.tuples(st.sampled_from(list(LABELS)), pro_values),
                        max_size=5, unique_by=lambda item: item[0])
spacing = st.sampled_from([" : ", ": ", " :", ":", "  :  "])


@st.composite
def notes(draw: st.DrawFn) -> str:
    """A note as a user leaves it: text around the block, lines and corrected values
    inside it, markers deleted, duplicated or moved, copies of the block — or no block."""
    note = draw(user_text)
    if draw(st.booleans()):
        inside = [f"{LABELS[name]}{draw(spacing)}{value}" for name, value
                  in draw(block_values)]
        for line in draw(st.lists(free_text, max_size=2)):
            inside.insert(draw(st.integers(0, len(inside))), line)
        at = draw(st.integers(0, len(note)))
        note[at:at] = [S, *inside, E]
    note += draw(user_text)
    for damage in draw(st.lists(st.sampled_from(
            ["drop_start", "drop_end", "dup_start", "dup_end", "move_start", "move_end",
             "copy_block", "dup_label"]), max_size=3)):
        marker = S if damage.endswith("start") else E
        spots = [i for i, line in enumerate(note) if line == marker]
        if damage == "copy_block" and S in note and E in note:
            copy = note[note.index(S):note.index(E) + 1]
            at = draw(st.integers(0, len(note)))
            note[at:at] = copy
        elif damage == "dup_label":
            spots = [i for i, line in enumerate(note) if is_labelled(line)]
            if spots:
                i = draw(st.sampled_from(spots))
                note.insert(i + 1, note[i].partition(":")[0] + ": " + draw(pro_values))
        elif spots:
            i = draw(st.sampled_from(spots))
            if not damage.startswith("dup"):
                del note[i]
            if not damage.startswith("drop"):
                note.insert(draw(st.integers(0, len(note))), marker)
    return "\n".join(note)


def text_lines(note: str) -> list[str]:
    """The note's lines; a final line break ends the last line, it does not open one."""
    found = note.split("\n")
    return found[:-1] if found[-1] == "" else found


def _after_first_start(note: str) -> list[str]:
    found = note.split("\n")
    return found[found.index(S) + 1:] if S in found else []


def _check_nothing_of_the_users_lost(note: str, result: str, *, blanks: bool) -> None:
    assert user_lines(result) == user_lines(note)
    removed = Counter(text_lines(note)) - Counter(text_lines(result))
    old = read_block(note)
    for line in removed:
        if not blanks or line.strip():
            assert engine_like(line), (line, note, result)
        if is_labelled(line):
            # No value vanishes unseen: only the block's own, which a preview shows as old.
            name = next(n for n, label in LABELS.items()
                        if label == line.partition(":")[0].strip())
            assert old.get(name) == line.partition(":")[2].strip(), (line, note)
    assert removed[S] <= 1 and removed[E] <= 1


@settings(max_examples=400, deadline=None)
@given(notes(), block_values)
def test_rewrite_keeps_every_user_line_in_order_and_makes_one_block(
        note: str, values: list[tuple[Field, str]]) -> None:
    result = with_block(note, values)
    expected = {name: " ".join(value.split()) for name, value in values if value.strip()}
    if not expected:
        return
    _check_nothing_of_the_users_lost(note, result, blanks=False)
    assert read_block(result) == expected
    # One block, at the first start line; the other markers are the user's, counted as
    # they were (a start or an end line is added only where there was none).
    ours, theirs = note.split("\n"), result.split("\n")
    block = render_block(values).split("\n")
    first = theirs.index(S)
    assert theirs[first:first + len(block)] == block
    assert theirs.count(S) == max(ours.count(S), 1)
    assert theirs.count(E) == ours.count(E) + (E not in _after_first_start(note))
    if S in ours:  # in place: what was before the block is untouched
        assert theirs[:first] == ours[:ours.index(S)]
    else:
        assert result.startswith(note)


@settings(max_examples=400, deadline=None)
@given(notes())
def test_removing_the_block_keeps_every_user_line(note: str) -> None:
    result = with_block(note, [])
    _check_nothing_of_the_users_lost(note, result, blanks=True)
    assert read_block(result) == {}
    assert with_block(result, []) == result


@settings(max_examples=400, deadline=None)
@given(notes(), block_values, block_values)
def test_with_block_is_idempotent_on_any_note(note: str, values: list[tuple[Field, str]],
                                              other: list[tuple[Field, str]]) -> None:
    once = with_block(note, values)
    assert with_block(once, values) == once
    # A later rewrite with other values loses nothing the first one kept.
    assert user_lines(with_block(once, other)) == user_lines(note)


@settings(max_examples=200, deadline=None)
@given(notes())
def test_the_block_reads_the_first_value_of_each_label(note: str) -> None:
    values = read_block(note)
    assert set(values) <= set(LABELS)
    if S not in note.split("\n"):
        assert values == {}


# -- the contact editor's split: the user's text apart, the block put back in place ------


@settings(max_examples=400, deadline=None)
@given(notes(), st.lists(st.tuples(st.integers(0, 40), free_text), max_size=3))
def test_split_then_join_keeps_the_block_and_every_line_the_user_typed(
        note: str, inserts: list[tuple[int, str]]) -> None:
    split = split_note(note)

    def as_edited(text: str) -> str:  # in the editor's line endings, as the note's are
        return text.replace(split.newline, "\n")

    unchanged = join_note(split, split.user)
    assert read_block(unchanged) == read_block(note)
    assert user_lines(unchanged) == user_lines(note)
    assert join_note(split_note(unchanged), split_note(unchanged).user) == unchanged
    # Lines typed anywhere: each is in the note once, in the order typed; the block's
    # values are the same and it is still one block.
    edited = split.user.split("\n")
    for at, line in inserts:
        edited.insert(at % (len(edited) + 1), line)
    result = join_note(split, "\n".join(edited))
    assert read_block(as_edited(result)) == read_block(as_edited(note))
    assert user_lines(as_edited(result)) == user_lines("\n".join(edited))
    assert split_note(result).block == split.block or not split.block.endswith(E)


def test_a_block_without_its_end_line_is_closed_when_the_user_writes_below_it() -> None:
    note = lines(S, "Société : ACME", "", "ma ligne")
    split = split_note(note)
    assert split.user == "ma ligne" and split.block == lines(S, "Société : ACME")
    result = join_note(split, "ma ligne\nSociété : pas la sienne")
    assert result == lines(S, "Société : ACME", E, "", "ma ligne", "Société : pas la sienne")
    assert read_block(result) == {Field.COMPANY_NAME: "ACME"}
