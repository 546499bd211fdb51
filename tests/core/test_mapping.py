"""The seed's annexes as data, and the CRM row ↔ record rules."""

from __future__ import annotations

from crmsync_gui.core.mapping import (
    SEED_MAPPING,
    SPEC_BY_FIELD,
    CrmTable,
    GoogleToCrm,
    crm_values,
    record_from_crm,
)
from crmsync_gui.core.record import (
    PRO_FIELDS,
    SEED_FIELDS,
    Address,
    ContactRecord,
    Field,
)

CONTACT_ROW = {
    "id": 1, "last_name": "Martin", "first_name": "Sophie", "home_phone": "01 42 68 53 00",
    "personal_mobile": "06 12 34 56 78", "personal_email": "sophie@exemple.fr",
    "home_street": "12 rue de la Paix", "home_postal_code": "75002", "home_city": "Paris",
    "home_country": "France", "note": "n", "tags": "t",
}
LINK_ROW = {"work_phone": "01 42 68 53 01", "work_mobile": "06 00 00 00 01",
            "work_email": "s.martin@dupain.fr", "job_title": "Gérante"}


def test_every_mapped_field_has_one_row_in_seed_order() -> None:
    assert tuple(spec.field for spec in SEED_MAPPING) == SEED_FIELDS


def test_annex_2_sends_pro_fields_to_the_note_and_the_rest_to_the_same_field() -> None:
    to_note = {spec.field for spec in SEED_MAPPING if spec.google_to_crm is GoogleToCrm.NOTE}
    assert to_note == PRO_FIELDS
    assert SPEC_BY_FIELD[Field.LAST_NAME].google_to_crm is GoogleToCrm.SAME_FIELD


def test_google_slots_follow_the_spec_table() -> None:
    slots = {spec.field: spec.google for spec in SEED_MAPPING}
    assert (slots[Field.LAST_NAME].list_name, slots[Field.LAST_NAME].attribute) == \
        ("names", "familyName")
    assert slots[Field.HOME_PHONE].entry_type == "home"
    assert slots[Field.PERSONAL_MOBILE].entry_type == "mobile"
    assert slots[Field.WORK_PHONE].entry_type == "work"
    assert slots[Field.WORK_MOBILE].entry_type == "workMobile"
    assert slots[Field.WORK_MOBILE].also_read == ("main",)
    assert slots[Field.PERSONAL_EMAIL].entry_type == "home"
    assert slots[Field.WORK_EMAIL].entry_type == "work"
    assert slots[Field.HOME_ADDRESS].list_name == "addresses"
    assert (slots[Field.COMPANY_NAME].list_name, slots[Field.COMPANY_NAME].attribute) == \
        ("organizations", "name")
    assert slots[Field.JOB_TITLE].attribute == "title"


def test_crm_tables_of_the_fields() -> None:
    assert SPEC_BY_FIELD[Field.WORK_EMAIL].crm_table is CrmTable.LINK
    assert SPEC_BY_FIELD[Field.COMPANY_NAME].crm_table is CrmTable.COMPANY
    assert SPEC_BY_FIELD[Field.HOME_ADDRESS].crm_columns == (
        "home_street", "home_postal_code", "home_city", "home_country")


def test_crm_row_to_record() -> None:
    record = record_from_crm(CONTACT_ROW, LINK_ROW, "Boulangerie Dupain")
    assert record == ContactRecord(
        last_name="Martin", first_name="Sophie", home_phone="01 42 68 53 00",
        personal_mobile="06 12 34 56 78", personal_email="sophie@exemple.fr",
        home_address=Address("12 rue de la Paix", "75002", "Paris", "France"),
        work_phone="01 42 68 53 01", work_mobile="06 00 00 00 01",
        work_email="s.martin@dupain.fr", company_name="Boulangerie Dupain",
        job_title="Gérante", tags="t")


def test_contact_without_company_has_empty_pro_fields() -> None:
    record = record_from_crm({"last_name": "Solo", "home_city": None}, None, None)
    assert (record.work_email, record.company_name, record.job_title) == ("", "", "")
    assert record.home_address.is_empty()


def test_record_to_crm_and_back_is_identity() -> None:
    record = record_from_crm(CONTACT_ROW, LINK_ROW, "Boulangerie Dupain")
    values = crm_values(record)
    assert values.company_name == "Boulangerie Dupain"
    assert values.link == LINK_ROW
    assert record_from_crm(values.contact, values.link, values.company_name) == record


def test_crm_values_for_some_fields_only() -> None:
    record = record_from_crm(CONTACT_ROW, LINK_ROW, "X")
    values = crm_values(record, (Field.PERSONAL_MOBILE, Field.JOB_TITLE))
    assert values.contact == {"personal_mobile": "06 12 34 56 78"}
    assert values.link == {"job_title": "Gérante"}
    assert values.company_name == ""
