"""The note block in planning (R-S4, R-S11): the engine rewrites its block only when
Google's professional fields changed, keeps the user's corrections until Google's value
moves, shows them as the old value, and never loses a line of the user's."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from crmsync_gui.core.note_block import BLOCK_END, BLOCK_START, read_block
from crmsync_gui.core.plan import Plan, Side
from crmsync_gui.core.record import Field
from tests.core.conftest import World, at, crm_contact, google_contact
from tests.core.test_note_block import notes, user_lines

BASE = {"last_name": "Nguyen", "first_name": "Linh", "personal_email": "linh@ex.fr"}
PRO = {"company_name": "Cave Nguyen", "job_title": "Gérante",
       "work_phone": "01 02 03 04 05"}
NEW_PRO = {Field.COMPANY_NAME: "Cave Nguyen & Fils", Field.JOB_TITLE: "Directrice",
           Field.WORK_PHONE: "01 99 88 77 66", Field.WORK_MOBILE: "07 99 88 77 66",
           Field.WORK_EMAIL: "linh@cave-nguyen.fr"}


def linked_with_block(note: str = "") -> World:
    """A synced pair whose CRM note holds the block (Google's company, title, phone)."""
    world = World()
    world.crm[1] = crm_contact(1, note=note, **BASE)
    world.google["people/c1"] = google_contact("people/c1", **BASE, **PRO)
    world.sync()
    assert world.crm[1].note.count(BLOCK_START) == 1 and world.plan().is_empty()
    return world


def edit_note(world: World, note: str) -> None:
    world.crm[1] = dataclasses.replace(world.crm[1], note=note, updated_at=world.tick())


def edit_crm(world: World, **fields: str) -> None:
    contact = world.crm[1]
    world.crm[1] = dataclasses.replace(contact, record=contact.record.replace(**fields),
                                       updated_at=world.tick())


def edit_google(world: World, **fields: str) -> None:
    contact = world.google["people/c1"]
    world.google["people/c1"] = dataclasses.replace(
        contact, record=contact.record.replace(**fields), updated_at=world.tick())


def note_diffs(plan: Plan) -> list[tuple[Field, str, str]]:
    return [(d.field, d.old, d.new) for c in plan.to_crm for d in c.diffs if d.into_note]


def test_note_block_end_line_deleted_keeps_user_text_and_one_block() -> None:
    world = linked_with_block("Ma note à moi")
    # The user deletes the block's end line and writes right below the block.
    lines = [line for line in world.crm[1].note.split("\n") if line != BLOCK_END]
    edited = "\n".join([*lines, "Rappeler après le salon."])
    edit_note(world, edited)
    for phone in ("01 11 11 11 11", "01 22 22 22 22"):  # unrelated edits, one sync each
        edit_crm(world, home_phone=phone)
        plan = world.sync()
        assert [c.note for c in plan.to_crm] in ([], [None])
        assert world.crm[1].note == edited  # byte for byte
        assert world.plan().is_empty()
    # Google's title moves: the block is rewritten in place, with its end line back.
    edit_google(world, job_title="Directrice")
    plan = world.sync()
    assert note_diffs(plan) == [(Field.JOB_TITLE, "Gérante", "Directrice")]
    note = world.crm[1].note
    assert note.count(BLOCK_START) == 1 and note.count(BLOCK_END) == 1
    assert note.startswith("Ma note à moi\n\n" + BLOCK_START)
    assert note.endswith(BLOCK_END + "\nRappeler après le salon.")
    assert read_block(note)[Field.JOB_TITLE] == "Directrice"
    assert world.plan().is_empty()


def test_note_block_user_line_inside_block_is_kept_on_unrelated_rewrite() -> None:
    world = linked_with_block()
    # The user corrects the title inside the block and adds a line of their own there.
    edited = world.crm[1].note.replace(
        "Fonction : Gérante", "Fonction : Patronne\nVoir aussi sa sœur, même cave.")
    edit_note(world, edited)
    assert world.plan().is_empty()  # nothing in the block is ever sent to Google
    edit_crm(world, home_phone="01 33 33 33 33")  # unrelated to the block
    plan = world.sync()
    assert [c.fields for c in plan.to_google] == [(Field.HOME_PHONE,)]
    assert not plan.to_crm and world.crm[1].note == edited
    # Google's company moves: that label is rewritten; the user's title and line stay.
    edit_google(world, company_name="Cave Nguyen & Fils")
    plan = world.sync()
    assert note_diffs(plan) == [(Field.COMPANY_NAME, "Cave Nguyen", "Cave Nguyen & Fils")]
    assert not plan.to_google
    note = world.crm[1].note
    assert note == "\n".join([BLOCK_START, "Tél. fixe pro : 01 02 03 04 05",
                              "Société : Cave Nguyen & Fils", "Fonction : Patronne",
                              BLOCK_END, "Voir aussi sa sœur, même cave."])
    assert world.plan().is_empty()
    # Google's title moves: it replaces the user's correction, shown as the old value.
    edit_google(world, job_title="Directrice")
    plan = world.sync()
    assert note_diffs(plan) == [(Field.JOB_TITLE, "Patronne", "Directrice")]
    assert "Voir aussi sa sœur, même cave." in world.crm[1].note
    assert world.plan().is_empty()


def test_google_clearing_its_pro_fields_removes_the_block_not_the_users_lines() -> None:
    world = linked_with_block("Avant")
    edit_note(world, world.crm[1].note.replace("Société : Cave Nguyen",
                                               "Société : Cave Nguyen\nà moi"))
    edit_google(world, company_name="", job_title="", work_phone="")
    plan = world.sync()
    assert {d.field for d in plan.to_crm[0].diffs} == {Field.COMPANY_NAME, Field.JOB_TITLE,
                                                       Field.WORK_PHONE}
    assert world.crm[1].note == "Avant\n\nà moi"
    assert world.plan().is_empty()


def test_crm_write_of_other_fields_leaves_a_damaged_block_alone() -> None:
    world = linked_with_block("Ma note")
    damaged = world.crm[1].note.replace(BLOCK_START, "") + "\n" + BLOCK_START
    edit_note(world, damaged)
    edit_google(world, first_name="Linh-Mai")  # Google → CRM, but not a pro field
    plan = world.sync()
    assert [c.fields for c in plan.to_crm] == [(Field.FIRST_NAME,)]
    assert plan.to_crm[0].note is None and world.crm[1].note == damaged


# -- properties: any note the user leaves, then an unrelated edit or a Google change ---------

@settings(max_examples=150, deadline=None)
@given(notes(), st.sampled_from(list(NEW_PRO)))
def test_any_hand_edited_note_survives_planning(note: str, moved: Field) -> None:
    world = linked_with_block()
    google_pro = {name: world.google["people/c1"].record.value(name) for name in NEW_PRO}
    edit_note(world, note)
    assert world.plan().is_empty()  # the note is the CRM's own: nothing goes to Google

    edit_crm(world, home_phone="01 44 55 66 77")  # unrelated: the note stays as it is
    plan = world.sync()
    assert not plan.to_crm and world.crm[1].note == note

    held = read_block(note)
    world.tick()
    world.google["people/c1"] = dataclasses.replace(
        world.google["people/c1"], record=world.google["people/c1"].record.replace(
            **{moved.value: NEW_PRO[moved]}), updated_at=at(500))
    plan = world.sync()
    after = world.crm[1].note
    assert user_lines(after) == user_lines(note)
    assert not plan.to_google
    got = read_block(after)
    assert got[moved] == NEW_PRO[moved]
    for name, value in google_pro.items():
        if name is not moved and (value or held.get(name)):
            # A label Google did not change keeps what the block said (the user's).
            assert got.get(name) == (held.get(name) or value), (name, note, after)
    for field, old, new in note_diffs(plan):
        assert old == held.get(field, "") and new == got.get(field, "")
    if after != note:
        assert after.split("\n").count(BLOCK_START) == max(note.split("\n").count(
            BLOCK_START), 1)
        assert [c.target for c in plan.to_crm] == [Side.CRM]
    assert world.plan().is_empty()
