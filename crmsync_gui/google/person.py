"""Google Person JSON ↔ contact record, through the seed mapping's Google slots.

Reading takes the mapped entries out of a Person. Writing merges a record into the
Person it came from: only the entries the mapping owns (home phone, work email, the first
organisation…) are rewritten; other phone types, extra emails, birthdays and photos are
left as Google has them (R-S2: Google-only data is never lost).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from crmsync_gui.core.baseline import Baseline
from crmsync_gui.core.google_entries import (
    ADDRESSES,
    EMAILS,
    LIST_OF,
    ORGANIZATIONS,
    PARTS,
    PHONES,
    Assignment,
    Entry,
    assign,
    chosen_values,
)
from crmsync_gui.core.mapping import SEED_MAPPING, SPEC_BY_FIELD, GoogleSlot
from crmsync_gui.core.phones import region_for
from crmsync_gui.core.record import Address, ContactRecord, Field, FieldValue
from crmsync_gui.core.sides import GoogleContact
from crmsync_gui.core.tags import LabelDirectory, split_tag_names, tag_key
from crmsync_gui.core.timestamps import EPOCH, parse_timestamp_or

Person = dict[str, Any]

CLIENT_DATA_KEY = "crmsync.id"
MY_CONTACTS = "contactGroups/myContacts"
# What every read asks for (SPEC pitfalls): the mapped lists plus what sync needs.
READ_FIELDS = ("names,emailAddresses,phoneNumbers,addresses,organizations,biographies,"
               "memberships,clientData,metadata")
# The person fields a mapped update rewrites; always sent whole (merged), so one mask
# serves every contact of a batch (batchUpdateContacts takes a single updateMask).
MAPPED_PERSON_FIELDS = ("names", "phoneNumbers", "emailAddresses", "addresses", "organizations")
# An update sends the full memberships too (R-S13): a tag is a label membership, and one
# mask serves every contact of a batch.
UPDATE_MASK = ",".join((*MAPPED_PERSON_FIELDS, "memberships"))
_ORGANIZATION_FIELDS = (Field.COMPANY_NAME, Field.JOB_TITLE)  # one entry holds both
# Output-only or derived keys that would go stale once we change an entry's value.
_DERIVED_KEYS = ("metadata", "formattedType", "canonicalForm", "formattedValue",
                 "displayName", "displayNameLastFirst", "unstructuredName")


def _entries(person: Mapping[str, Any], list_name: str) -> list[dict[str, Any]]:
    value = person.get(list_name)
    return value if isinstance(value, list) else []


def _writable(entry: Mapping[str, Any]) -> bool:
    """The contact's own entry: a connected profile's (``source.type`` PROFILE) is
    read-only — Google ignores it in an update."""
    source = (entry.get("metadata") or {}).get("source") or {}
    return str(source.get("type") or "CONTACT") == "CONTACT"


def _read_entry(entries: list[dict[str, Any]], slot: GoogleSlot) -> dict[str, Any] | None:
    """The entry a name, organisation or address is read from: the contact's own; for
    the name, else a connected profile's — a contact whose only name is its profile's
    still has one in the CRM (a CRM edit then adds the contact's own name)."""
    found = _find_entry(entries, slot)
    if found is None and slot.list_name == "names":
        found = _find_entry(entries, slot, writable_only=False)
    return found


def _find_entry(entries: list[dict[str, Any]], slot: GoogleSlot,
                writable_only: bool = True) -> dict[str, Any] | None:
    """The entry a slot writes (names, organisations and addresses; emails and phones
    are chosen by ``assign``): the contact's own, never a profile's."""
    if writable_only:
        entries = [entry for entry in entries if _writable(entry)]
    if slot.entry_type is None:
        return entries[0] if entries else None
    wanted = {slot.entry_type.casefold(), *(t.casefold() for t in slot.also_read)}
    for entry in entries:
        if str(entry.get("type", "")).casefold() == slot.entry_type.casefold():
            return entry
    for entry in entries:  # a secondary read type only when the main one is absent
        if str(entry.get("type", "")).casefold() in wanted:
            return entry
    return None


def _read_address(entry: Mapping[str, Any] | None) -> Address:
    if entry is None:
        return Address()
    street = str(entry.get("streetAddress") or "")
    extended = str(entry.get("extendedAddress") or "")
    if extended:
        street = f"{street}\n{extended}" if street else extended
    return Address(street=street.strip(), postal_code=str(entry.get("postalCode") or ""),
                   city=str(entry.get("city") or ""),
                   country=str(entry.get("country") or entry.get("countryCode") or ""))


def entries_of(person: Mapping[str, Any]) -> tuple[Entry, ...]:
    """Every email, phone, address and organisation of a Person, whatever its type or
    source (R-S10)."""
    found: list[Entry] = []
    for list_name in (EMAILS, PHONES, ADDRESSES, ORGANIZATIONS):
        for index, entry in enumerate(_entries(person, list_name)):
            value = _entry_value(list_name, entry)
            if value.strip(PARTS + " "):
                found.append(Entry(list_name, index, str(entry.get("type") or ""), value,
                                   _writable(entry)))
    return tuple(found)


def _entry_value(list_name: str, entry: Mapping[str, Any]) -> str:
    if list_name == ADDRESSES:
        address = _read_address(entry)
        return PARTS.join((address.street, address.postal_code, address.city,
                            address.country))
    if list_name == ORGANIZATIONS:
        return PARTS.join((str(entry.get("name") or "").strip(),
                            str(entry.get("title") or "").strip()))
    return str(entry.get("value") or "").strip()


def _address_of(person: Mapping[str, Any]) -> Address:
    return _read_address(_read_entry(_entries(person, "addresses"),
                                     SPEC_BY_FIELD[Field.HOME_ADDRESS].google))


def _choose(person: Mapping[str, Any], baseline: Baseline | None = None) -> Assignment:
    """Which entry of a Person feeds which field (``assign``), read in the region of its
    own address; against ``baseline`` when a link has one (rules (a) to (d), the entries
    left in Google kept out), else from the Person alone."""
    address = _address_of(person)
    return assign(entries_of(person), region_for(address.country, address.postal_code),
                  baseline=baseline.google_values() if baseline else None,
                  left=baseline.left if baseline else frozenset())


def record_from_person(person: Mapping[str, Any],
                       assignment: Assignment | None = None,
                       labels: LabelDirectory | None = None) -> ContactRecord:
    """Annex 2's left column: the mapped values of a Person ("" where absent).

    Emails, phones, the home address and the organisation come from ``assignment``
    (which entry feeds which field); without one, from the choice made with nothing but
    the Person itself. The names are read from the Person."""
    values: dict[str, FieldValue] = chosen_values(assignment or _choose(person))
    for spec in SEED_MAPPING:
        if spec.field.value not in values:
            entry = _read_entry(_entries(person, spec.google.list_name), spec.google)
            values[spec.field] = str(entry.get(spec.google.attribute) or "") if entry else ""
    # Tags are the names of its user labels (R-S13): only with the account's directory.
    values[Field.TAGS] = labels.tags_of(group_list(person)) if labels is not None else ""
    return ContactRecord(**values)  # type: ignore[arg-type]


def chosen_record(person: Mapping[str, Any], baseline: Baseline | None,
                  labels: LabelDirectory | None = None,
                  ) -> tuple[ContactRecord, Assignment]:
    """A Person's record with its entries chosen against a link's baseline (and its
    tags, with the account's ``labels``): what the planner reads, for code that works
    on one Person outside a plan (undo)."""
    chosen = _choose(person, baseline)
    return record_from_person(person, chosen, labels), chosen


def crm_tag_of(person: Mapping[str, Any]) -> str | None:
    for item in _entries(person, "clientData"):
        if item.get("key") == CLIENT_DATA_KEY:
            return str(item.get("value") or "") or None
    return None


def crm_tag(database_uuid: str, crm_id: int) -> str:
    """The clientData value that names the CRM contact a Google contact came from (R-G3)."""
    return f"{database_uuid}:{crm_id}"


def group_list(person: Mapping[str, Any]) -> list[str]:
    """The contact groups it is a member of, in order, each once (domain memberships,
    output-only, left out)."""
    groups: dict[str, None] = {}
    for membership in _entries(person, "memberships"):
        name = (membership.get("contactGroupMembership") or {}).get("contactGroupResourceName")
        if name:
            groups[str(name)] = None
    return list(groups)


def group_names_of(person: Mapping[str, Any]) -> set[str]:
    return set(group_list(person))


def memberships(groups: Iterable[str]) -> list[dict[str, Any]]:
    """The ``memberships`` of a write: My Contacts always first — a contact written
    without it leaves "My Contacts", and the next read would see it deleted."""
    ordered = dict.fromkeys([MY_CONTACTS, *groups])
    return [{"contactGroupMembership": {"contactGroupResourceName": g}} for g in ordered]


def memberships_with_tags(person: Mapping[str, Any], tags: str,
                          labels: LabelDirectory) -> list[dict[str, Any]]:
    """The Person's memberships with its tag labels replaced by ``tags``' labels; every
    other group (the app's label, starred, a label that cannot be a tag) kept."""
    wanted = {tag_key(name): name for name in split_tag_names(tags)}
    # A label the contact is in already stays when its tag is wanted — both of two
    # labels differing only by case, too (one tag in the CRM, two labels in Google).
    kept = [g for g in group_list(person)
            if g not in labels.tags or tag_key(labels.tags[g]) in wanted]
    held = {tag_key(labels.tags[g]) for g in kept if g in labels.tags}
    added = []
    for key, name in wanted.items():
        if key in held:
            continue
        resource = labels.resource_for(name)
        if resource is None:  # the engine creates every label before it writes
            raise ValueError(f"no label for tag {name!r}")
        added.append(resource)
    return memberships([*kept, *added])


def contact_from_person(person: Mapping[str, Any], label: str | None = None,
                        labels: LabelDirectory | None = None) -> GoogleContact:
    """A GoogleContact from a read Person (``label``: the app's label's resource name,
    if any; ``labels``: the account's labels, for its tags)."""
    metadata = person.get("metadata") or {}
    sources = metadata.get("sources") or []
    own = next((s for s in sources if isinstance(s, dict) and s.get("type") == "CONTACT"), {})
    update_time = own.get("updateTime")
    deleted = bool(metadata.get("deleted"))
    return GoogleContact(
        resource_name=str(person["resourceName"]),
        etag=str(person.get("etag") or ""),
        record=ContactRecord() if deleted else record_from_person(person, labels=labels),
        entries=() if deleted else entries_of(person),
        updated_at=parse_timestamp_or(update_time, EPOCH),
        deleted=deleted,
        crm_tag=crm_tag_of(person),
        in_label=label is not None and label in group_names_of(person),
        source_etag=str(own["etag"]) if own.get("etag") else None,
        person=person,
    )


def _remove(entries: list[dict[str, Any]], entry: dict[str, Any]) -> None:
    """By identity: two equal entries (a duplicated address) are still two."""
    entries[:] = [e for e in entries if e is not entry]


def _write_entry(entries: list[dict[str, Any]], slot: GoogleSlot, value: str,
                 entry: dict[str, Any] | None) -> dict[str, Any] | None:
    """Write one attribute into ``entry`` (None: a new entry); the entry written, or None
    once it is removed."""
    if entry is not None and slot.entry_type is None:
        # A name or an organisation: one attribute of an entry shared by two fields.
        if value:
            entry[slot.attribute] = value
        else:
            entry.pop(slot.attribute, None)
        for key in _DERIVED_KEYS:
            entry.pop(key, None)
        if not any(k for k in entry if k != "type"):
            _remove(entries, entry)
            return None
        return entry
    if not value:
        if entry is not None:
            _remove(entries, entry)
        return None
    if entry is None:
        entry = {"type": slot.entry_type} if slot.entry_type else {}
        entries.append(entry)
    entry[slot.attribute] = value
    for key in _DERIVED_KEYS:
        entry.pop(key, None)
    return entry


def _write_address(entries: list[dict[str, Any]], slot: GoogleSlot, address: Address,
                   entry: dict[str, Any] | None) -> dict[str, Any] | None:
    if address.is_empty():
        if entry is not None:
            _remove(entries, entry)
        return None
    if entry is None:
        entry = {"type": slot.entry_type}
        entries.append(entry)
    for key in (*_DERIVED_KEYS, "extendedAddress", "countryCode"):
        entry.pop(key, None)
    for key, value in (("streetAddress", address.street), ("postalCode", address.postal_code),
                       ("city", address.city), ("country", address.country)):
        if value:
            entry[key] = value
        else:
            entry.pop(key, None)
    return entry


def merge_into_person(person: Mapping[str, Any], record: ContactRecord,
                      fields: Iterable[Field],
                      slots: Iterable[tuple[Field, str, int]] | None = None,
                      labels: LabelDirectory | None = None) -> Person:
    """The update body: ``person`` with ``fields`` of ``record`` written into it.

    ``slots`` says where each email or phone field sits in the Person's lists (the
    planner's ``assign``); without it, the choice made from the Person alone. A value is
    written into its entry, keeping the entry's type and label; an emptied field removes
    its entry; a field with no entry gets a new one of the field's own type.

    Returns resourceName, etag and the whole of every mapped list (Google-only entries
    included) and the full list of memberships (its tag labels set from the record's
    tags when ``fields`` has them — with ``labels``), ready for batchUpdateContacts
    with ``UPDATE_MASK``.
    """
    chosen = set(fields)
    body: Person = {"resourceName": person.get("resourceName"), "etag": person.get("etag")}
    for list_name in MAPPED_PERSON_FIELDS:
        body[list_name] = copy.deepcopy(_entries(person, list_name))
    if Field.TAGS in chosen and labels is None:
        raise ValueError("writing tags needs the account's labels")
    body["memberships"] = (memberships_with_tags(person, record.tags, labels)
                           if Field.TAGS in chosen and labels is not None
                           else memberships(group_list(person)))
    names = body["names"]
    if chosen & {Field.FIRST_NAME, Field.LAST_NAME} and not any(map(_writable, names)):
        # The name read was a connected profile's (read-only): the contact gets its own,
        # starting from that one, so writing the first name keeps the last name.
        profile_name = next(iter(names), None)
        if profile_name is not None:
            names.append({key: value for key, value in profile_name.items()
                          if key in ("givenName", "familyName", "middleName")})
    if slots is None:
        slots = _choose(person).indexes()
    # Entries by identity, taken before any is removed (indexes then shift).
    where: dict[Field, dict[str, Any] | None] = {
        name: body[list_name][index] for name, list_name, index in slots
        if index < len(body[list_name])}
    for spec in SEED_MAPPING:
        if spec.field not in chosen:
            continue
        entries = body[spec.google.list_name]
        value = record.value(spec.field)
        if isinstance(value, Address):
            where[spec.field] = _write_address(entries, spec.google, value,
                                               where.get(spec.field))
        elif spec.field in _ORGANIZATION_FIELDS:
            # Company and job title share one organisation: a new one serves both.
            written = _write_entry(entries, spec.google, value, where.get(spec.field))
            for name in _ORGANIZATION_FIELDS:
                where[name] = written
        elif spec.field in LIST_OF:  # an email or a phone: in the entry it was read from
            _write_entry(entries, spec.google, value, where.get(spec.field))
        else:
            _write_entry(entries, spec.google, value, _find_entry(entries, spec.google))
    return body


def new_person(record: ContactRecord, tag: str | None, label: str | None,
               labels: LabelDirectory | None = None) -> Person:
    """The body of a contact created by the app: mapped fields, the client tag, the
    app's label and its tags' labels (with ``labels``)."""
    body = merge_into_person({}, record, [spec.field for spec in SEED_MAPPING])
    del body["resourceName"], body["etag"]
    body = {key: value for key, value in body.items() if value}
    if tag:
        body["clientData"] = [{"key": CLIENT_DATA_KEY, "value": tag}]
    groups = [label] if label else []
    if record.tags and labels is not None:
        body["memberships"] = memberships_with_tags(
            {"memberships": memberships(groups)}, record.tags, labels)
    else:
        body["memberships"] = memberships(groups)
    return body
