from __future__ import annotations

import pytest

from crmsync_gui.core.phones import format_phone_for_display, normalize_phone, region_for


@pytest.mark.parametrize(("raw", "region", "expected"), [
    ("06 12 34 56 78", "FR", "+33612345678"),
    ("06.12.34.56.78", "FR", "+33612345678"),
    ("+33 6 12 34 56 78", "FR", "+33612345678"),
    ("0033612345678", "FR", "+33612345678"),
    ("+33 (0)6 12 34 56 78", "FR", "+33612345678"),
    ("02 511 22 33", "BE", "+3225112233"),
    ("+32 2 511 22 33", "FR", "+3225112233"),
])
def test_same_number_in_any_format_gives_one_e164(raw: str, region: str, expected: str) -> None:
    assert normalize_phone(raw, region) == expected


def test_reunion_mobile_is_plus_262_not_plus_33() -> None:
    assert normalize_phone("0692 12 34 56", region_for("France", "97400")) == "+262692123456"


def test_reunion_mobile_recognised_even_with_a_mainland_address() -> None:
    # +33 692… is not a valid number; the overseas departments are tried next.
    assert normalize_phone("0692 12 34 56", "FR") == "+262692123456"


@pytest.mark.parametrize(("country", "postcode", "region"), [
    ("", "", "FR"),
    ("France", "75002", "FR"),
    ("FRANCE", "97100", "GP"),
    ("France", "97200", "MQ"),
    ("France", "97300", "GF"),
    ("", "97400", "RE"),
    ("France", "97600", "YT"),
    ("Belgique", "1000", "BE"),
    ("belgium", "", "BE"),
    ("Suisse", "1200", "CH"),
    ("États-Unis", "", "US"),
    ("de", "", "DE"),
    ("Atlantis", "", "FR"),
])
def test_region_follows_country_and_overseas_postcodes(country: str, postcode: str,
                                                       region: str) -> None:
    assert region_for(country, postcode) == region


def test_guadeloupe_landline_in_its_region() -> None:
    assert normalize_phone("0590 12 34 56", region_for("France", "97110")) == "+590590123456"


def test_invalid_number_keeps_its_digits_and_compares_by_them() -> None:
    assert normalize_phone("12-34", "FR") == "1234"
    assert normalize_phone("12 34", "FR") == normalize_phone("12.34", "FR")


def test_empty_and_garbage() -> None:
    assert normalize_phone("", "FR") == ""
    assert normalize_phone("   ", "FR") == ""
    assert normalize_phone("n/a", "FR") == ""


def test_display_format() -> None:
    assert format_phone_for_display("+33612345678") == "+33 6 12 34 56 78"
    assert format_phone_for_display("1234") == "1234"
