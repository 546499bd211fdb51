"""The contact record: the 11 fields the seed maps between the CRM and Google.

Both sides are read into this one shape; planning compares records, never raw rows or
Person JSON. Each record computes its normalised form once, at construction, because
planning 25,000 contacts cannot afford a phone parse per comparison.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

import phonenumbers

from crmsync_gui.core.phones import NORMALIZATION_VERSION, normalize_phone, region_for


class Field(StrEnum):
    """One mapped field, named after the CRM side (SPEC.md §1 table, in order)."""

    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    HOME_PHONE = "home_phone"
    PERSONAL_MOBILE = "personal_mobile"
    PERSONAL_EMAIL = "personal_email"
    HOME_ADDRESS = "home_address"
    WORK_PHONE = "work_phone"
    WORK_MOBILE = "work_mobile"
    WORK_EMAIL = "work_email"
    COMPANY_NAME = "company_name"
    JOB_TITLE = "job_title"
    TAGS = "tags"  # CRM tags ↔ Google labels (R-S13): merged per name, never a conflict


FIELDS: tuple[Field, ...] = tuple(Field)
# The seed's eleven fields (its annexes); tags came later, with labels (R-S13).
SEED_FIELDS: tuple[Field, ...] = tuple(name for name in FIELDS if name is not Field.TAGS)
PHONE_FIELDS = frozenset({Field.HOME_PHONE, Field.PERSONAL_MOBILE, Field.WORK_PHONE,
                          Field.WORK_MOBILE})
EMAIL_FIELDS = frozenset({Field.PERSONAL_EMAIL, Field.WORK_EMAIL})
# Professional fields: Google → CRM they go to the note block or the company link (R-S4).
PRO_FIELDS = frozenset({Field.WORK_PHONE, Field.WORK_MOBILE, Field.WORK_EMAIL,
                        Field.COMPANY_NAME, Field.JOB_TITLE})

_SPACES = re.compile(r"\s+")
TAG_SEPARATORS = re.compile(r"[,;]")


def clean_text(value: str | None) -> str:
    """NFC, trimmed, inner runs of white space folded to one space; None becomes ""."""
    if not value:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


@lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """"Société Générale " and "societe generale" fold to the same key (R-S4)."""
    decomposed = unicodedata.normalize("NFKD", clean_text(name).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tag_key(name: str) -> str:
    """What two tag names are compared by: "VIP " and "vip" are one tag (R-S13)."""
    return clean_text(name).casefold()


def split_tag_names(value: str) -> tuple[str, ...]:
    """The names a tags value holds ("VIP, Salon; x"), in order, each once, trimmed."""
    found: dict[str, str] = {}
    for part in TAG_SEPARATORS.split(value or ""):
        name = clean_text(part)
        if name:
            found.setdefault(tag_key(name), name)
    return tuple(found.values())


def tag_moves(old: str, new: str) -> tuple[list[str], list[str]]:
    """The names a tags write adds and removes (by key), in their value's spelling and
    order: what the preview, the JSON and the choice of label calls read of a change."""
    old_names, new_names = split_tag_names(old), split_tag_names(new)
    old_keys, new_keys = {tag_key(n) for n in old_names}, {tag_key(n) for n in new_names}
    return ([n for n in new_names if tag_key(n) not in old_keys],
            [n for n in old_names if tag_key(n) not in new_keys])


@lru_cache(maxsize=4096)
def tags_normalized(value: str) -> str:
    """The comparable form of a tags value: its names' keys, sorted, comma-joined (a
    firm has a few dozen tag combinations over thousands of contacts: cached)."""
    return ",".join(sorted({tag_key(name) for name in split_tag_names(value)}))


_EMAIL_SHAPE = re.compile(r"[^@\s]+@[^@\s]+")


def looks_like_email(value: str) -> bool:
    """Something @ something, no spaces: the shape a CSV import and the editor ask of an
    email (whether the address exists is the mail server's business)."""
    return bool(_EMAIL_SHAPE.fullmatch(value.strip()))


def normalize_email(value: str) -> str:
    """Emails compare case-insensitively and without surrounding spaces (R-S3)."""
    return unicodedata.normalize("NFC", value).strip().lower()


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address as the CRM keeps it: four parts, all optional."""

    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not (self.street or self.postal_code or self.city or self.country)

    def one_line(self) -> str:
        """Human form for tables and diffs ("12 rue X, 75001 Paris, France")."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street.replace("\n", ", "), town, self.country) if p)

    def normalized(self) -> str:
        if self.is_empty():
            return ""
        country = self.country.strip()
        # "France" and "FR" name the same country; compare the region code when known.
        country_key = region_for(country) if country else ""
        parts = (clean_text(self.street), clean_text(self.postal_code),
                 clean_text(self.city), country_key)
        return "|".join(parts)


FieldValue = str | Address


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """The mapped fields of one contact, as either side holds them.

    Text fields are "" when empty (never None). ``normalized`` holds one comparable
    string per field of ``FIELDS``; equal normalised values mean "no change".
    """

    last_name: str = ""
    first_name: str = ""
    home_phone: str = ""
    personal_mobile: str = ""
    personal_email: str = ""
    home_address: Address = Address()
    work_phone: str = ""
    work_mobile: str = ""
    work_email: str = ""
    company_name: str = ""
    job_title: str = ""
    tags: str = ""
    # The region its phones are read in; "" means its own address's. A linked pair reads
    # both sides in one region (``pair_region``), so the same text is the same number.
    phone_region: str = field(default="", repr=False, compare=False)
    normalized: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in FIELDS:
            if name is not Field.HOME_ADDRESS:
                object.__setattr__(self, name, clean_text(getattr(self, name)))
        object.__setattr__(self, "normalized", self._compute_normalized())

    def _compute_normalized(self) -> tuple[str, ...]:
        region = self.region()
        values: list[str] = []
        for name in FIELDS:
            value = getattr(self, name)
            if name is Field.HOME_ADDRESS:
                values.append(value.normalized())
            elif name in PHONE_FIELDS:
                values.append(normalize_phone(value, region))
            elif name in EMAIL_FIELDS:
                values.append(normalize_email(value))
            elif name is Field.TAGS:
                values.append(tags_normalized(value))
            else:
                values.append(value)
        return tuple(values)

    def value(self, name: Field) -> FieldValue:
        return getattr(self, name)

    def region(self) -> str:
        """The region its phones are read in."""
        return self.phone_region or region_for(self.home_address.country,
                                               self.home_address.postal_code)

    def in_region(self, region: str) -> ContactRecord:
        """The same values with the phones read in ``region`` (itself when they are)."""
        if region == self.region():
            return self
        return dataclasses.replace(self, phone_region=region)

    def norm(self, name: Field) -> str:
        return self.normalized[_FIELD_INDEX[name]]

    def replace(self, **changes: FieldValue) -> ContactRecord:
        """A copy with some fields changed (normalised forms recomputed)."""
        return dataclasses.replace(self, **changes)

    def emails(self) -> tuple[str, ...]:
        """Normalised non-empty emails, personal first (the matching order, R-S3)."""
        return tuple(e for e in (self.norm(Field.PERSONAL_EMAIL),
                                 self.norm(Field.WORK_EMAIL)) if e)

    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.personal_email or self.work_email or self.company_name

    def differing_fields(self, other: ContactRecord) -> tuple[Field, ...]:
        """Fields whose normalised values differ: what an update would change."""
        return tuple(f for f, a, b in zip(FIELDS, self.normalized, other.normalized,
                                           strict=True) if a != b)


_FIELD_INDEX = {name: i for i, name in enumerate(FIELDS)}
_DEFAULTS = tuple((name.value, Address() if name is Field.HOME_ADDRESS else "")
                  for name in FIELDS)

# The rules every normalised form is computed under: the phone rule's version, the phone
# metadata's (a number valid in one release may not be in the last), and this counter —
# moved on whenever an email, address, tag or text form changes. A form stored under
# other rules is computed again, never trusted (``ContactRecord.restored``).
NORMALIZED_FORMS = f"{NORMALIZATION_VERSION}.1/{phonenumbers.__version__}"


def values_digest(values: dict[str, FieldValue]) -> str:
    """What a normalised form is computed from, as a short key: a form stored under it
    is the form of these values (under ``NORMALIZED_FORMS``)."""
    return hashlib.blake2b(repr(sorted(values.items())).encode(), digest_size=16).hexdigest()


def restored(values: dict[str, FieldValue], normalized: list[str] | tuple[str, ...]
             ) -> ContactRecord:
    """A record stored with its normalised form under ``NORMALIZED_FORMS``: its values
    were cleaned when it was made, and its form is taken as stored instead of computed
    again — most of the time of reading 25,000 contacts (SPEC §3). Read in its own
    region, as stored records are."""
    if len(normalized) != len(FIELDS):
        raise ValueError(f"a normalised form of {len(normalized)} fields")
    record = object.__new__(ContactRecord)
    for name, default in _DEFAULTS:
        object.__setattr__(record, name, values.get(name, default))
    object.__setattr__(record, "phone_region", "")
    object.__setattr__(record, "normalized", tuple(normalized))
    return record
