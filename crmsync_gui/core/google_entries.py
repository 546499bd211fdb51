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

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

from crmsync_gui.core.phones import normalize_phone
from crmsync_gui.core.record import (
    Address,
    ContactRecord,
    Field,
    FieldValue,
    clean_text,
    fold_name,
    normalize_email,
)

EMAILS = "emailAddresses"
PHONES = "phoneNumbers"
ADDRESSES = "addresses"
ORGANIZATIONS = "organizations"
PARTS = "\x1f"  # joins an address's or an organisation's parts into one value

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
    """One email, phone, address or organisation of a Google contact: where it sits,
    its type and value (an address's or organisation's parts joined by ``PARTS``)."""

    list_name: str  # EMAILS, PHONES, ADDRESSES or ORGANIZATIONS
    index: int  # its position in that list of the Person as read
    type: str  # as Google has it; "" when untyped
    value: str
    writable: bool = True  # the contact's own entry, not a connected profile's
    # Normalised once, for an email: matching reads every email of every contact.
    email: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "email",
                           normalize_email(self.value) if self.list_name == EMAILS else "")

    @property
    def loose(self) -> bool:
        """Untyped, ``other`` or custom-labelled: a candidate for rule (d)."""
        if self.list_name not in _STANDARD:
            return False
        kind = self.type.casefold()
        return kind in ("", "other") or kind not in _STANDARD[self.list_name]

    def norm(self, region: str) -> str:
        if self.list_name == EMAILS:
            return self.email
        if self.list_name == PHONES:
            return normalize_phone(self.value, region)
        if self.list_name == ADDRESSES:
            return self.address().normalized()
        name, title = self.organization()
        return f"{fold_name(name)}{PARTS}{clean_text(title)}"

    def address(self) -> Address:
        return Address(*[*self.value.split(PARTS), "", "", "", ""][:4])

    def organization(self) -> tuple[str, str]:
        name, _, title = self.value.partition(PARTS)
        return name, title

    def display(self) -> str:
        """Its value as the user reads it."""
        if self.list_name == ADDRESSES:
            return self.address().one_line()
        if self.list_name == ORGANIZATIONS:
            return ", ".join(part for part in self.organization() if part)
        return self.value

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
           left: frozenset[str] = frozenset(), loose: bool = True) -> Assignment:
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
    # (d) untyped, "other" and custom labels feed the personal fields (not under the
    # rules before R-S10: ``legacy_left``).
    loose_entries = [e for e in candidates if loose and e.loose and promotable(e)]
    found = next((e for e in loose_entries if e.list_name == EMAILS and id(e) not in used),
                 None)
    if found is not None and Field.PERSONAL_EMAIL not in slots:
        take(Field.PERSONAL_EMAIL, found)
    for entry in loose_entries:
        if entry.list_name != PHONES or id(entry) in used:
            continue
        name = (Field.PERSONAL_MOBILE if is_mobile_number(entry.value, region)
                else Field.HOME_PHONE)
        if name not in slots:
            take(name, entry)
    _assign_address_and_organization(candidates, region, baseline, crm, left, take,
                                     used, slots)
    return Assignment(slots=slots,
                      unused=tuple(e for e in candidates if id(e) not in used))


def _assign_address_and_organization(candidates: list[Entry], region: str,
                                     baseline: Mapping[Field, str] | None,
                                     crm: ContactRecord | None, left: frozenset[str],
                                     take: Callable[[Field, Entry], None], used: set[int],
                                     slots: dict[Field, Entry]) -> None:
    """The home address and the organisation (company and job title together), by the
    same rules: (a) the baseline's, (b) the CRM's on a first sync, (c) the first of its
    kind not left in Google at the last sync — so removing one never promotes the next."""
    base = baseline or {}
    addresses = [e for e in candidates if e.list_name == ADDRESSES and id(e) not in used]
    wanted = base.get(Field.HOME_ADDRESS)
    if wanted is None and crm is not None:
        wanted = crm.norm(Field.HOME_ADDRESS)
    found = next((e for e in addresses if wanted and e.norm(region) == wanted), None) or \
        next((e for e in addresses if e.type.casefold() == "home"
              and e.key(region) not in left), None)
    if found is not None:
        take(Field.HOME_ADDRESS, found)
    organizations = [e for e in candidates if e.list_name == ORGANIZATIONS]
    company = base.get(Field.COMPANY_NAME)
    if company is None and crm is not None:
        company = crm.company_name
    folded = fold_name(company) if company else ""
    found = next((e for e in organizations
                  if folded and fold_name(e.organization()[0]) == folded), None) or \
        next((e for e in organizations if e.key(region) not in left), None)
    if found is not None:
        take(Field.COMPANY_NAME, found)
        slots[Field.JOB_TITLE] = found


def _take_equal(name: Field, wanted: str, entries: list[Entry], region: str,
                take: Callable[[Field, Entry], None]) -> None:
    own = OWN_TYPES[name]
    equal = [e for e in entries if e.norm(region) == wanted]
    if equal:
        # Of two equal entries, the one of the field's own type.
        equal.sort(key=lambda e: e.type.casefold() not in own)
        take(name, equal[0])


@lru_cache(maxsize=1 << 14)
def is_mobile_number(raw: str, region: str) -> bool:
    """Does phonenumbers type it a mobile (or "fixed line or mobile")?"""
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def chosen_values(chosen: Assignment) -> dict[str, FieldValue]:
    """The record's values of every field chosen among entries ("" where none is)."""
    values: dict[str, FieldValue] = {
        name.value: (chosen.slots[name].value if name in chosen.slots else "")
        for name in ENTRY_FIELDS}
    address = chosen.slots.get(Field.HOME_ADDRESS)
    values[Field.HOME_ADDRESS.value] = address.address() if address else Address()
    organization = chosen.slots.get(Field.COMPANY_NAME)
    company, title = organization.organization() if organization else ("", "")
    values[Field.COMPANY_NAME.value] = company
    values[Field.JOB_TITLE.value] = title
    return values


def legacy_left(entries: Iterable[Entry], region: str) -> frozenset[str]:
    """What a baseline settled before R-S10 left in Google without knowing it: every
    entry but the first of each field's own type. Seeded as ``Baseline.left`` for such a
    baseline, so the first run after the upgrade does not take an untyped phone the old
    engine never saw for a change made in Google."""
    return assign(entries, region, loose=False).left_keys(region)
