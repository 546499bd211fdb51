"""Records read back from the state with their stored normalised form (SPEC §3): the
same record, form included, as one made from the same values — for messy values, and
whatever the rules a form was stored under."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from crmsync_gui.core.record import FIELDS, Address, ContactRecord, Field
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.state.codec import record_from_json, record_to_json
from crmsync_gui.state.store import StateStore, state_path

PHONES = ["06 12 34 56 78", "+33612345678", "0692 12 34 56", "(01) 45-67-89-10", "12",
          "+1 415 555 0100", " 0033 6 12 34 56 78 ", "0262 12 34 56", "ext. 12", ""]
TEXTS = ["Zoé", " zoé  Dupont ", "ÉLODIE", "e\u0301lodie", "O'Brien", "", "  "]
EMAILS = ["A@Ex.fr ", "a@ex.fr", "pas un email", ""]
TAGS = ["VIP, vip", "Salon 2025; Fournisseur", " x ,, y", ""]
ADDRESSES = [Address(), Address("1 rue X\nBât. B", "97400", "Saint-Denis", ""),
             Address("", "75001", "Paris", "France"), Address(city="Lyon", country="FR"),
             Address(country="Belgique")]


def _strategy(name: Field) -> st.SearchStrategy[Any]:
    if name is Field.HOME_ADDRESS:
        return st.sampled_from(ADDRESSES)
    if name in (Field.HOME_PHONE, Field.PERSONAL_MOBILE, Field.WORK_PHONE,
                Field.WORK_MOBILE):
        return st.sampled_from(PHONES) | st.text(max_size=12)
    if name in (Field.PERSONAL_EMAIL, Field.WORK_EMAIL):
        return st.sampled_from(EMAILS)
    if name is Field.TAGS:
        return st.sampled_from(TAGS) | st.text(max_size=12)
    return st.sampled_from(TEXTS) | st.text(max_size=12)


records = st.fixed_dictionaries({name.value: _strategy(name) for name in FIELDS}).map(
    lambda values: ContactRecord(**values))


@given(records)
def test_a_record_read_back_with_its_stored_form_is_the_record(record: ContactRecord) -> None:
    stored = record_to_json(record)
    back = record_from_json(stored)
    assert back == record and back.normalized == record.normalized
    # Made again from its values alone, the same form: the stored one is not a guess.
    assert ContactRecord(**{k: v for k, v in vars_of(back).items()}).normalized == \
        record.normalized


@given(records)
def test_a_form_stored_under_other_rules_is_computed_again(record: ContactRecord) -> None:
    stored = record_to_json(record)
    stored["~rules"] = "1.0/8.0.0"
    stored["~normalized"] = ["stale"] * len(FIELDS)
    assert record_from_json(stored).normalized == record.normalized
    del stored["~rules"], stored["~normalized"]  # stored before forms were kept
    assert record_from_json(stored).normalized == record.normalized


def test_a_record_read_in_another_region_keeps_no_form() -> None:
    record = ContactRecord(home_phone="0692 12 34 56").in_region("RE")
    assert "~normalized" not in record_to_json(record)


def vars_of(record: ContactRecord) -> dict[str, Any]:
    return {name.value: record.value(name) for name in FIELDS}


def test_a_crm_form_is_taken_only_under_the_digest_of_the_same_values(
        tmp_path: Path) -> None:
    """The CRM side (SPEC §3): a contact's form is taken from the state's cache while its
    values are the ones it was computed from; an edit another program makes — here
    without moving ``updated_at`` (R-CRM2) — makes it computed again."""
    path = tmp_path / "crm.sqlite3"
    with SqliteCrm(path) as crm:
        [made] = crm.apply([CrmWrite(WriteKind.CREATE, contact={
            "last_name": "Dupont", "personal_mobile": "06 12 34 56 78"})])
        [first] = crm.read_all({})
        assert first.row_digest and first.record.normalized == made.record.normalized
        marked = ["marked"] * len(FIELDS)  # no real form: shows where it came from
        [cached] = crm.read_all({made.crm_id: (first.row_digest, marked)})
        assert cached.record.normalized == tuple(marked)
        assert cached.record == first.record
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE contact SET personal_mobile = '06 99 99 99 99'")
    conn.close()
    with SqliteCrm(path) as crm:
        [edited] = crm.read_all({made.crm_id: (first.row_digest, marked)})
    assert edited.row_digest != first.row_digest
    assert edited.record.norm(Field.PERSONAL_MOBILE) == "+33699999999"


def test_the_state_keeps_the_forms_of_new_and_changed_contacts_and_drops_the_gone(
        tmp_path: Path) -> None:
    with SqliteCrm(tmp_path / "crm.sqlite3") as crm:
        made = crm.apply([CrmWrite(WriteKind.CREATE, contact={"last_name": f"N{i}"})
                          for i in range(3)])
        with StateStore.open(state_path(tmp_path, crm.database_uuid, "sub"),
                             crm_database_uuid=crm.database_uuid, google_sub="sub") as state:
            assert state.crm_forms() == {}
            contacts = crm.read_all({})
            state.put_crm_forms(contacts, {})
            forms = state.crm_forms()
            assert {i: f[1] for i, f in forms.items()} == {
                c.crm_id: list(c.record.normalized) for c in contacts}
            crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=made[0].crm_id,
                                contact={"last_name": "Autre"})])
            crm.connection.execute("DELETE FROM contact WHERE id = ?", (made[2].crm_id,))
            again = crm.read_all(forms)
            state.put_crm_forms(again, forms)
            after = state.crm_forms()
            assert sorted(after) == [made[0].crm_id, made[1].crm_id]
            assert after[made[0].crm_id][1][FIELDS.index(Field.LAST_NAME)] == "Autre"
            assert after[made[1].crm_id] == forms[made[1].crm_id]
