from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crmsync_gui.core.record import FIELDS, Address, ContactRecord, Field
from crmsync_gui.core.record_merge import merged

PHONES = ["06 12 34 56 78", "+33 6 12 34 56 78", "02 511 22 33", "0692 12 34 56", "12", ""]
ADDRESSES = [Address(), Address("1 rue X", "75001", "Paris", "France"),
             Address("3 av. Louise", "1050", "Bruxelles", "Belgique"),
             Address("2 rue Y", "97400", "Saint-Denis", "")]
TEXT = ["", "Élodie", "  Le  Gall ", "ACME", "a@X.fr "]


@st.composite
def records(draw: st.DrawFn) -> ContactRecord:
    values: dict[str, object] = {}
    for name in FIELDS:
        if name is Field.HOME_ADDRESS:
            values[name.value] = draw(st.sampled_from(ADDRESSES))
        elif name in (Field.HOME_PHONE, Field.PERSONAL_MOBILE, Field.WORK_PHONE,
                      Field.WORK_MOBILE):
            values[name.value] = draw(st.sampled_from(PHONES))
        else:
            values[name.value] = draw(st.sampled_from(TEXT))
    return ContactRecord(**values)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(records(), records(), st.sets(st.sampled_from(FIELDS)))
def test_merged_equals_replace_including_normalised_forms(
        base: ContactRecord, source: ContactRecord, fields: set[Field]) -> None:
    expected = base.replace(**{name.value: source.value(name) for name in fields})
    result = merged(base, source, fields)
    assert result == expected
    assert result.normalized == expected.normalized
