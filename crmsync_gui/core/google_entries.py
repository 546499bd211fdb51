"""Which Google email or phone feeds which CRM field (SPEC R-S10).

A real address book holds emails and phones of every shape: typed (``home``,
``mobile``…), untyped, ``other``, custom-labelled ("Bureau"), two of one type, some
from a connected Google profile (read-only). Every one of them takes part in matching
and in the "email already used" checks; for the mapped fields one entry is chosen per
field, in this order:

(a) the entry equal (normalised) to the field's Google-side baseline — the one synced
    last time, wherever it sits now;
(b) with no baseline (first sync, manual link), the entry equal to the CRM value;
(c) the entry of the field's own type (``home``, ``mobile``, ``work``, ``workMobile``,
    then ``main``);
(d) for the personal email, the first untyped, ``other`` or custom-labelled email; for
    the personal mobile, the first such phone that is a mobile number (any other such
    phone feeds the personal landline).

Each entry feeds at most one field and is written back where it was, keeping its type.
Only the contact's own entries (``metadata.source.type`` CONTACT) are chosen: a
profile's entries cannot be written. Entries the sync left in Google at the last sync
(``Baseline.left``) are never promoted by (c) or (d): removing the mapped mobile of a
contact with two must not bring the second one over as an edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from crmsync_gui.core.phones import normalize_phone
from crmsync_gui.core.record import ContactRecord, Field, normalize_email

EMAILS = "emailAddresses"
PHONES = "phoneNumbers"

# The fields chosen among entries, in the order each pass serves them.
ENTRY_FIELDS: tuple[Field, ...] = (Field.PERSONAL_EMAIL, Field.WORK_EMAIL,
                                   Field.PERSONAL_MOBILE, Field.HOME_PHONE,
                                   Field.WORK_MOBILE, Field.WORK_PHONE)
LIST_OF: Mapping[Field, str] = {
    Field.PERSONAL_EMAIL: EMAILS, Field.WORK_EMAIL: EMAILS, Field.HOME_PHONE: PHONES,
    Field.PERSONAL_MOBILE: PHONES, Field.WORK_PHONE: PHONES, Field.WORK_MOBILE: PHONES}
# Its own types, best first; the first is the one a new entry gets.
OWN_TYPES: Mapping[Field, tuple[str, ...]] = {
    Field.PERSONAL_EMAIL: ("home",), Field.WORK_EMAIL: ("work",),
    Field.HOME_PHONE: ("home",), Field.PERSONAL_MOBILE: ("mobile",),
    Field.WORK_PHONE: ("work",), Field.WORK_MOBILE: ("workmobile", "main")}
# Google's predefined types (casefolded): anything else is a custom label.
_STANDARD = {
    EMAILS: frozenset({"home", "work", "other"}),
    PHONES: frozenset({"home", "work", "mobile", "homefax", "workfax", "otherfax", "pager",
                       "workmobile", "workpager", "main", "googlevoice", "other"}),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One email or phone of a Google contact: where it sits, its type and value."""

    list_name: str  # EMAILS or PHONES
    index: int  # its position in that list of the Person as read
    type: str  # as Google has it; "" when untyped
    value: str
    writable: bool = True  # the contact's own entry, not a connected profile's

    @property
    def loose(self) -> bool:
        """Untyped, ``other`` or custom-labelled: a candidate for rule (d)."""
        kind = self.type.casefold()
        return kind in ("", "other") or kind not in _STANDARD[self.list_name]

    def norm(self, region: str) -> str:
        return (normalize_email(self.value) if self.list_name == EMAILS
                else normalize_phone(self.value, region))

    def key(self, region: str) -> str:
        """What ``Baseline.left`` remembers of it: its list and normalised value."""
        return f"{self.list_name}:{self.norm(region)}"


@dataclass(frozen=True, slots=True)
class Assignment:
    """The entry feeding each field (absent: the field is empty in Google), and the
    contact's own entries the mapping does not use."""

    slots: Mapping[Field, Entry]
    unused: tuple[Entry, ...]

    def left_keys(self, region: str) -> frozenset[str]:
        return frozenset(entry.key(region) for entry in self.unused)

    def indexes(self) -> tuple[tuple[Field, str, int], ...]:
        """(field, list, index) of each chosen entry: where a write puts the value."""
        return tuple((name, entry.list_name, entry.index)
                     for name, entry in self.slots.items())


def assign(entries: Iterable[Entry], region: str, *,
           baseline: Mapping[Field, str] | None = None,
           crm: ContactRecord | None = None,
           left: frozenset[str] = frozenset()) -> Assignment:
    """Choose an entry per field by rules (a)–(d). ``baseline`` holds the Google-side
    normalised value per field (absent or None: no baseline for it); ``left`` the keys
    of the entries left in Google at the last sync."""
    candidates = [entry for entry in entries if entry.writable]
    slots: dict[Field, Entry] = {}
    used: set[int] = set()  # id() of the entries taken

    def take(name: Field, entry: Entry) -> None:
        slots[name] = entry
        used.add(id(entry))

    def free(list_name: str) -> list[Entry]:
        return [e for e in candidates if e.list_name == list_name and id(e) not in used]

    for name in ENTRY_FIELDS:  # (a) where last sync's value sits now
        wanted = (baseline or {}).get(name)
        if wanted:
            _take_equal(name, wanted, free(LIST_OF[name]), region, take)
    for name in ENTRY_FIELDS:  # (b) first sync: where the CRM's value sits
        if name in slots or (baseline or {}).get(name) is not None or crm is None:
            continue
        wanted = crm.norm(name)
        if wanted:
            _take_equal(name, wanted, free(LIST_OF[name]), region, take)

    def promotable(entry: Entry) -> bool:
        return not left or entry.key(region) not in left

    for name in ENTRY_FIELDS:  # (c) its own type
        if name in slots:
            continue
        for kind in OWN_TYPES[name]:
            found = next((e for e in free(LIST_OF[name])
                          if e.type.casefold() == kind and promotable(e)), None)
            if found is not None:
                take(name, found)
                break
    # (d) untyped, "other" and custom labels feed the personal fields.
    if Field.PERSONAL_EMAIL not in slots:
        found = next((e for e in free(EMAILS) if e.loose and promotable(e)), None)
        if found is not None:
            take(Field.PERSONAL_EMAIL, found)
    for entry in free(PHONES):
        if not entry.loose or not promotable(entry):
            continue
        name = (Field.PERSONAL_MOBILE if is_mobile_number(entry.value, region)
                else Field.HOME_PHONE)
        if name not in slots:
            take(name, entry)
    return Assignment(slots=slots,
                      unused=tuple(e for e in candidates if id(e) not in used))


def _take_equal(name: Field, wanted: str, entries: list[Entry], region: str,
                take: object) -> None:
    own = OWN_TYPES[name]
    equal = [e for e in entries if e.norm(region) == wanted]
    if equal:
        # Of two equal entries, the one of the field's own type.
        equal.sort(key=lambda e: e.type.casefold() not in own)
        take(name, equal[0])  # type: ignore[operator]


@lru_cache(maxsize=1 << 14)
def is_mobile_number(raw: str, region: str) -> bool:
    """Does phonenumbers type it a mobile (or "fixed line or mobile")?"""
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def is_plain(entries: Iterable[Entry]) -> bool:
    """True when the choice cannot depend on the baseline or the CRM: every entry the
    contact's own, of a mapped field's own type, no type twice. Most contacts; planning
    skips the full choice for them."""
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        kind = (entry.list_name, entry.type.casefold())
        if not entry.writable or kind in seen or entry.loose:
            return False
        seen.add(kind)
    return True


def values_of(assignment: Assignment) -> dict[Field, str]:
    return {name: entry.value for name, entry in assignment.slots.items()}
