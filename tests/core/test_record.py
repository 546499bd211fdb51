from __future__ import annotations

import pytest

from crmsync_gui.core.record import FIELDS, Address, ContactRecord, Field


def test_record_has_the_eleven_mapped_fields_in_spec_order_then_tags() -> None:
    assert [f.value for f in FIELDS] == [
        "last_name", "first_name", "home_phone", "personal_mobile", "personal_email",
        "home_address", "work_phone", "work_mobile", "work_email", "company_name",
        "job_title", "tags"]


def test_tags_compare_by_name_whatever_the_case_order_and_separator() -> None:
    a = ContactRecord(tags="VIP, Salon 2025")
    b = ContactRecord(tags=" salon  2025 ;vip,VIP")
    assert a.norm(Field.TAGS) == b.norm(Field.TAGS) == "salon 2025,vip"
    assert ContactRecord(tags="Café").norm(Field.TAGS) != ContactRecord(
        tags="Cafe").norm(Field.TAGS)


def test_text_is_trimmed_and_inner_spaces_folded() -> None:
    record = ContactRecord(last_name="  Du   Pont ", first_name=None)  # type: ignore[arg-type]
    assert record.last_name == "Du Pont"
    assert record.first_name == ""


def test_emails_compare_lower_cased_and_trimmed() -> None:
    a = ContactRecord(personal_email="  Sophie.Martin@Exemple.FR ")
    b = ContactRecord(personal_email="sophie.martin@exemple.fr")
    assert a.norm(Field.PERSONAL_EMAIL) == b.norm(Field.PERSONAL_EMAIL)
    assert a.differing_fields(b) == ()
    assert a.emails() == ("sophie.martin@exemple.fr",)


def test_phone_formatted_differently_is_not_a_difference() -> None:
    a = ContactRecord(personal_mobile="06 12 34 56 78")
    b = ContactRecord(personal_mobile="+33612345678")
    assert a.differing_fields(b) == ()


def test_phone_region_comes_from_the_address_country() -> None:
    belgian = ContactRecord(home_phone="02 511 22 33",
                            home_address=Address(country="Belgique"))
    assert belgian.norm(Field.HOME_PHONE) == "+3225112233"
    reunion = ContactRecord(personal_mobile="0692123456",
                            home_address=Address(postal_code="97400", city="Saint-Denis"))
    assert reunion.norm(Field.PERSONAL_MOBILE) == "+262692123456"


def test_country_name_and_code_are_the_same_address() -> None:
    a = ContactRecord(home_address=Address("1 rue X", "75001", "Paris", "France"))
    b = ContactRecord(home_address=Address("1  rue X", "75001", "Paris", "FR"))
    assert a.differing_fields(b) == ()


def test_a_real_change_is_reported_per_field() -> None:
    a = ContactRecord(last_name="Martin", job_title="Gérante")
    b = a.replace(job_title="Directrice")
    assert a.differing_fields(b) == (Field.JOB_TITLE,)
    assert b.norm(Field.JOB_TITLE) == "Directrice"


def test_name_case_change_is_a_change() -> None:
    # A user fixing "martin" to "Martin" wants it on the other side.
    assert ContactRecord(last_name="martin").differing_fields(
        ContactRecord(last_name="Martin")) == (Field.LAST_NAME,)


def test_records_are_frozen() -> None:
    record = ContactRecord(last_name="X")
    with pytest.raises(AttributeError):
        record.last_name = "Y"  # type: ignore[misc]


def test_display_name_falls_back_to_email_then_company() -> None:
    assert ContactRecord(first_name="Sophie", last_name="Martin").display_name() == \
        "Sophie Martin"
    assert ContactRecord(work_email="a@b.fr").display_name() == "a@b.fr"
    assert ContactRecord(company_name="ACME").display_name() == "ACME"


def test_address_one_line() -> None:
    address = Address("12 rue de la Paix", "75002", "Paris", "France")
    assert address.one_line() == "12 rue de la Paix, 75002 Paris, France"
    assert Address().normalized() == ""
