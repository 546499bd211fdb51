"""The seed's field mapping (its annexes 1 and 2), as data, and the CRM row ↔ record rules.

One table says, per mapped field, where it lives in the CRM (table and columns), where it
lives in a Google Person, and where Google's value goes back in the CRM: the same field,
or — for professional fields, as the seed does — the managed block of the contact's note.
The Google Person ↔ record conversion reads the ``google`` slots of the same table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crmsync_gui.core.record import Address, ContactRecord, Field, clean_text


class CrmTable(StrEnum):
    CONTACT = "contact"
    LINK = "contact_company"  # the primary Contact-Société link
    COMPANY = "company"  # the company of the primary link


class GoogleToCrm(StrEnum):
    SAME_FIELD = "same field"
    NOTE = "note"  # the seed: pro data cannot safely find its company, so it goes to the note


@dataclass(frozen=True, slots=True)
class GoogleSlot:
    """Where a field sits in a People API Person.

    ``entry_type`` picks the entry of a typed list (phoneNumbers[type=home]); without it
    the first entry is used (names[0]). ``also_read`` lists types accepted when reading
    but never written (the seed's "Mobile principal" may come back as ``main``).
    """

    list_name: str
    attribute: str
    entry_type: str | None = None
    also_read: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldSpec:
    field: Field
    seed_label: str  # the seed's wording, for documentation and support
    crm_table: CrmTable
    crm_columns: tuple[str, ...]
    google: GoogleSlot
    google_to_crm: GoogleToCrm


SEED_MAPPING: tuple[FieldSpec, ...] = (
    FieldSpec(Field.LAST_NAME, "Contact / Nom", CrmTable.CONTACT, ("last_name",),
              GoogleSlot("names", "familyName"), GoogleToCrm.SAME_FIELD),
    FieldSpec(Field.FIRST_NAME, "Contact / Prénom", CrmTable.CONTACT, ("first_name",),
              GoogleSlot("names", "givenName"), GoogleToCrm.SAME_FIELD),
    FieldSpec(Field.HOME_PHONE, "Contact / Tel fixe personnel", CrmTable.CONTACT,
              ("home_phone",), GoogleSlot("phoneNumbers", "value", "home"),
              GoogleToCrm.SAME_FIELD),
    FieldSpec(Field.PERSONAL_MOBILE, "Contact / Tel mobile personnel", CrmTable.CONTACT,
              ("personal_mobile",), GoogleSlot("phoneNumbers", "value", "mobile"),
              GoogleToCrm.SAME_FIELD),
    FieldSpec(Field.PERSONAL_EMAIL, "Contact / Email personnel", CrmTable.CONTACT,
              ("personal_email",), GoogleSlot("emailAddresses", "value", "home"),
              GoogleToCrm.SAME_FIELD),
    FieldSpec(Field.HOME_ADDRESS, "Contact / Adresse complète personnelle", CrmTable.CONTACT,
              ("home_street", "home_postal_code", "home_city", "home_country"),
              GoogleSlot("addresses", "*", "home"), GoogleToCrm.SAME_FIELD),
    FieldSpec(Field.WORK_PHONE, "Contact-Société / Tel fixe professionnel", CrmTable.LINK,
              ("work_phone",), GoogleSlot("phoneNumbers", "value", "work"), GoogleToCrm.NOTE),
    FieldSpec(Field.WORK_MOBILE, "Contact-Société / Tel mobile professionnel", CrmTable.LINK,
              ("work_mobile",), GoogleSlot("phoneNumbers", "value", "workMobile", ("main",)),
              GoogleToCrm.NOTE),
    FieldSpec(Field.WORK_EMAIL, "Contact-Société / Email professionnel", CrmTable.LINK,
              ("work_email",), GoogleSlot("emailAddresses", "value", "work"), GoogleToCrm.NOTE),
    FieldSpec(Field.COMPANY_NAME, "Société / Nom", CrmTable.COMPANY, ("name",),
              GoogleSlot("organizations", "name"), GoogleToCrm.NOTE),
    FieldSpec(Field.JOB_TITLE, "Société (link) / Fonction", CrmTable.LINK, ("job_title",),
              GoogleSlot("organizations", "title"), GoogleToCrm.NOTE),
)

SPEC_BY_FIELD: dict[Field, FieldSpec] = {spec.field: spec for spec in SEED_MAPPING}

CONTACT_COLUMNS: tuple[str, ...] = tuple(
    column for spec in SEED_MAPPING if spec.crm_table is CrmTable.CONTACT
    for column in spec.crm_columns)
LINK_COLUMNS: tuple[str, ...] = tuple(
    column for spec in SEED_MAPPING if spec.crm_table is CrmTable.LINK
    for column in spec.crm_columns)


@dataclass(frozen=True, slots=True)
class CrmValues:
    """A record spread over the CRM tables: what a CRM write sets."""

    contact: dict[str, str]  # contact table column → value
    link: dict[str, str]  # primary contact_company column → value
    company_name: str


def _text(row: Mapping[str, object] | None, column: str) -> str:
    if row is None:
        return ""
    value = row.get(column)
    return clean_text(str(value)) if value is not None else ""


def record_from_crm(contact: Mapping[str, object], link: Mapping[str, object] | None,
                    company_name: str | None) -> ContactRecord:
    """Annex 1's left column: a CRM contact row, its primary link and its company's name."""
    return ContactRecord(**crm_record_values(contact, link, company_name))


def crm_record_values(contact: Mapping[str, object], link: Mapping[str, object] | None,
                      company_name: str | None) -> dict[str, Any]:
    """``record_from_crm``'s fields, cleaned, before a record is made of them (with its
    normalised form computed, or restored: ``record.restored``)."""
    return dict(
        last_name=_text(contact, "last_name"),
        first_name=_text(contact, "first_name"),
        home_phone=_text(contact, "home_phone"),
        personal_mobile=_text(contact, "personal_mobile"),
        personal_email=_text(contact, "personal_email"),
        home_address=Address(
            street=str(contact.get("home_street") or "").strip(),
            postal_code=_text(contact, "home_postal_code"),
            city=_text(contact, "home_city"),
            country=_text(contact, "home_country"),
        ),
        work_phone=_text(link, "work_phone"),
        work_mobile=_text(link, "work_mobile"),
        work_email=_text(link, "work_email"),
        company_name=clean_text(company_name),
        job_title=_text(link, "job_title"),
        tags=_text(contact, "tags"),
    )


def crm_values(record: ContactRecord, fields: tuple[Field, ...] | None = None) -> CrmValues:
    """The CRM columns that hold ``fields`` of ``record`` (all mapped fields by default)."""
    contact: dict[str, str] = {}
    link: dict[str, str] = {}
    company_name = ""
    for spec in SEED_MAPPING:
        if fields is not None and spec.field not in fields:
            continue
        value = record.value(spec.field)
        if isinstance(value, Address):
            contact.update(zip(spec.crm_columns,
                               (value.street, value.postal_code, value.city, value.country),
                               strict=True))
        elif spec.crm_table is CrmTable.CONTACT:
            contact[spec.crm_columns[0]] = value
        elif spec.crm_table is CrmTable.LINK:
            link[spec.crm_columns[0]] = value
        else:
            company_name = value
    if fields is None or Field.TAGS in fields:
        contact["tags"] = record.tags  # a contact column, outside the seed's table
    return CrmValues(contact=contact, link=link, company_name=company_name)
