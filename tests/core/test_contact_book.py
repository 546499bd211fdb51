"""#18: the Contacts page's rows and statuses (pure), and the one search of the window."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from crmsync_gui.core.contact_book import ContactStatus, contact_book, split_tags, with_rows
from crmsync_gui.core.plan import Action, Change, Conflict, Plan, PossibleMatch, Side, Skipped
from crmsync_gui.core.plan_input import Choices
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.record import Address, ContactRecord, Field
from crmsync_gui.core.search import Query, haystack
from crmsync_gui.core.sides import CrmContact

SYNCED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
WHY = Reason.of(ReasonCode.CHANGED_IN_CRM)


def contact(crm_id: int, *, saved: datetime = SYNCED - timedelta(days=1), tags: str = "",
            deleted: bool = False, **fields: str) -> CrmContact:
    record = ContactRecord(last_name=f"Nom{crm_id}", first_name="Jean",
                           home_address=Address(city=fields.pop("city", "")), **fields)
    return CrmContact(crm_id, record, note=fields.get("note", ""), tags=tags,
                      external_ref=None, created_at=saved, updated_at=saved,
                      deleted_at=saved if deleted else None)


def change(crm_id: int | None, target: Side = Side.GOOGLE, excluded: bool = False) -> Change:
    return Change(target, Action.UPDATE, crm_id, f"people/c{crm_id}", "x", WHY,
                  excluded=excluded)


def statuses(contacts: list[CrmContact], plan: Plan | None = None,
             links: dict[int, str] | None = None, choices: Choices | None = None,
             ) -> dict[int, ContactStatus]:
    book = contact_book(contacts, links or {}, choices or Choices(), plan, SYNCED)
    return {row.crm_id: row.status for row in book.rows}


def test_without_a_preview_the_state_says_where_each_contact_stands() -> None:
    contacts = [contact(1), contact(2), contact(3, saved=SYNCED + timedelta(hours=1)),
                contact(4), contact(5), contact(6, deleted=True)]
    found = statuses(contacts, links={1: "people/c1", 3: "people/c3", 5: "people/c5"},
                     choices=Choices(ignored_crm=frozenset({4}),
                                     kept_deleted=frozenset({5})))
    assert found == {1: ContactStatus.IN_SYNC, 2: ContactStatus.NEVER_SYNCED,
                     3: ContactStatus.WAITING,  # saved after the last sync
                     4: ContactStatus.NOT_SYNCED, 5: ContactStatus.KEPT,
                     6: ContactStatus.IN_TRASH}


def test_the_last_preview_says_more_and_the_strongest_status_wins() -> None:
    contacts = [contact(i) for i in range(1, 10)]
    conflict = Conflict(2, "people/c2", "x", Field.PERSONAL_MOBILE, "a", "b", SYNCED, SYNCED,
                        None, WHY)
    settled = Conflict(9, "people/c9", "x", Field.PERSONAL_MOBILE, "a", "b", SYNCED, SYNCED,
                       Side.CRM, WHY)  # by the rule: a change like another
    plan = Plan(to_google=(change(1), change(2), change(3, excluded=True)),
                to_crm=(change(4, Side.CRM),), conflicts=(conflict, settled),
                skipped=(Skipped(Side.CRM, 5, None, "x",
                                 Reason.of(ReasonCode.SKIPPED_EMAIL_SHARED_IN_CRM,
                                           email="a@b.fr", other="y")),
                         Skipped(Side.CRM, 8, None, "x",
                                 Reason.of(ReasonCode.SKIPPED_EMPTY_IN_CRM))),
                possible_matches=(PossibleMatch(6, "people/c9", "x", "y", WHY),))
    plan = dataclasses.replace(plan, to_google=(*plan.to_google, change(9)))
    found = statuses(contacts, plan, links={1: "r", 2: "r", 3: "r", 4: "r", 7: "r", 9: "r"})
    assert found == {1: ContactStatus.WAITING, 2: ContactStatus.CONFLICT,
                     3: ContactStatus.LEFT_OUT, 4: ContactStatus.WAITING,
                     5: ContactStatus.SKIPPED_DUPLICATE, 6: ContactStatus.POSSIBLE_MATCH,
                     7: ContactStatus.IN_SYNC, 8: ContactStatus.SKIPPED,
                     9: ContactStatus.WAITING}
    # Without a readable state nothing is guessed.
    book = contact_book(contacts, None, Choices(), plan, SYNCED)
    assert {row.status for row in book.rows} == {ContactStatus.UNKNOWN}
    # After a preview a save that changed no mapped field is not "waiting".
    late = [contact(1, saved=SYNCED + timedelta(hours=1))]
    assert statuses(late, Plan(), links={1: "r"}) == {1: ContactStatus.IN_SYNC}


def test_tags_split_on_commas_and_semicolons_once_each_whatever_the_case() -> None:
    assert split_tags(" VIP ; salon 2025,vip,, Bio ") == ("VIP", "salon 2025", "Bio")
    book = contact_book([contact(1, tags="VIP; bio"), contact(2, tags="Bio, Élite")], {},
                        Choices(), None, None)
    assert book.tags == ("bio", "Élite", "VIP")


def test_a_search_finds_any_value_whatever_the_accents_case_and_phone_spacing() -> None:
    hay = haystack(("Élodie Lefèvre", "Boulangerie Dupain", "Évry", "Rencontrée au salon"),
                   ("+33 6 12 34 56 78", "04.72.00.00.01"))
    for found in ("elodie", "LEFEVRE evry", "dupain", "0612", "06 12 34", "+33 6 12",
                  "04 72", "04.72.00", "rencontree salon", ""):
        assert Query.of(found).matches(hay), found
    # Letters with no accent to strip, a curly apostrophe, an invisible space.
    other = haystack(("Cœur d’Ægir", "Søren Łukasz", "Văn Đức", "Yılmaz", "Mar\u200btin"))
    for found in ("coeur", "d'aegir", "soren lukasz", "duc", "yilmaz", "martin"):
        assert Query.of(found).matches(other), found
    for missed in ("martin", "elodie lyon", "0799"):
        assert not Query.of(missed).matches(hay), missed


@given(st.text(min_size=1, max_size=30))
def test_every_value_is_found_by_itself(value: str) -> None:
    # Whatever a user typed into a field, typing it again in the search finds the row.
    assert Query.of(value).matches(haystack((value,)))


def test_rows_of_one_save_go_in_place_and_new_tags_join_the_list() -> None:
    book = contact_book([contact(1, tags="VIP"), contact(2), contact(3, tags="bio")], {},
                        Choices(), None, SYNCED)
    changed = contact_book([contact(2, tags="Salon"), contact(9)], {}, Choices(), None,
                           SYNCED)
    patched = with_rows(book, changed)
    assert [row.crm_id for row in patched.rows] == [1, 2, 3, 9]  # in place, new at the end
    assert patched.rows[1] is changed.rows[0] and patched.rows[0] is book.rows[0]
    assert patched.tags == ("bio", "Salon", "VIP")  # as the user reads them
    assert book.rows[1].tags == ()  # the page's book itself is left as it was


def test_sort_keys_are_folded_once_per_book_and_never_carried_to_another() -> None:
    """The worker folds the names (the window's thread would spend ~40 ms at 25,000);
    a book patched after a save has other rows, so keys of its own."""
    book = contact_book([contact(1, city="Évry"), contact(2, city="Evreux")], {},
                        Choices(), None, SYNCED)
    city = 5  # ContactRow.column_texts()
    assert book.sort_keys(city) == ["evry", "evreux"]
    assert book.sort_keys(city) is book.sort_keys(city)  # made once
    patched = with_rows(book, contact_book([contact(1, city="Arras")], {}, Choices(), None,
                                           SYNCED))
    assert patched.sort_keys(city) == ["arras", "evreux"]
    assert book.sort_keys(city) == ["evry", "evreux"]
