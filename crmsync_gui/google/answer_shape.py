"""Is a Person, as an answer handed it over, in the shape the People API documents?

A broken proxy, a Google bug or a test double can hand over a contact whose emails are
plain strings or whose name is a number. Read as it comes, such a contact either crashes
the run ("unexpected problem") or, worse, lands in the CRM as ``42``. Each read answer is
checked before anything of it is used, and a wrong shape names the contact and the
field, so the run stops with words the user can pass on.

Only the shapes CRM Sync relies on are checked: the repeated fields are lists of
objects; the texts it reads are texts; metadata and memberships are objects. Fields this
version does not know pass unchecked (Google adds fields).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Person fields the API documents as single values; every other known field is repeated.
_SINGLE = frozenset({"resourceName", "etag", "metadata", "ageRange"})
_REPEATED = frozenset({
    "addresses", "ageRanges", "biographies", "birthdays", "braggingRights", "calendarUrls",
    "clientData", "coverPhotos", "emailAddresses", "events", "externalIds", "fileAses",
    "genders", "imClients", "interests", "locales", "locations", "memberships",
    "miscKeywords", "names", "nicknames", "occupations", "organizations", "phoneNumbers",
    "photos", "relations", "relationshipInterests", "relationshipStatuses", "residences",
    "sipAddresses", "skills", "taglines", "urls", "userDefined"})
# Attributes of an entry that are texts wherever they appear.
_TEXTS = frozenset({
    "value", "type", "formattedType", "givenName", "familyName", "middleName",
    "honorificPrefix", "honorificSuffix", "displayName", "unstructuredName",
    "streetAddress", "extendedAddress", "city", "postalCode", "region", "country",
    "countryCode", "poBox", "formattedValue", "name", "title", "department", "key",
    "canonicalForm", "text", "contentType", "url"})
# Attributes of an entry that are objects wherever they appear.
_OBJECTS = frozenset({"metadata", "date", "contactGroupMembership", "startDate", "endDate",
                      "source"})


def person_shape_problem(person: Any) -> str | None:
    """What is wrong with ``person``'s shape, in words naming the contact and the field;
    None when it is fit to read."""
    if not isinstance(person, Mapping):
        return "a contact is not an object"
    name = person.get("resourceName")
    who = f"contact {name}" if isinstance(name, str) else "a contact"
    for key in _SINGLE & {"resourceName", "etag"}:
        if key in person and not isinstance(person[key], str):
            return f"{who}: {key} is {_shown(person[key])}, not text"
    problem = _metadata_problem(person.get("metadata", {}))
    if problem:
        return f"{who}: metadata{problem}"
    for key in _REPEATED & person.keys():
        entries = person[key]
        if not isinstance(entries, list):
            return f"{who}: {key} is {_shown(entries)}, not a list"
        for index, entry in enumerate(entries):
            problem = _entry_problem(entry)
            if problem:
                return f"{who}: {key}[{index}]{problem}"
    return None


def _metadata_problem(metadata: Any) -> str | None:
    if not isinstance(metadata, Mapping):
        return f" is {_shown(metadata)}, not an object"
    sources = metadata.get("sources", [])
    if not isinstance(sources, list):
        return f".sources is {_shown(sources)}, not a list"
    for index, source in enumerate(sources):
        problem = _entry_problem(source, texts=_TEXTS | {"etag", "updateTime", "id"})
        if problem:
            return f".sources[{index}]{problem}"
    return None


def _entry_problem(entry: Any, texts: frozenset[str] = _TEXTS) -> str | None:
    if not isinstance(entry, Mapping):
        return f" is {_shown(entry)}, not an object"
    for key, value in entry.items():
        if key in texts and not isinstance(value, str):
            return f".{key} is {_shown(value)}, not text"
        if key in _OBJECTS and not isinstance(value, Mapping):
            return f".{key} is {_shown(value)}, not an object"
    return None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:37]}…"
