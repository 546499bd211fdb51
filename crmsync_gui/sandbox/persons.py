"""Person JSON helpers: field masks, cleaning client input, decorating output.

Google accepts what a client read back (with per-entry ``metadata``, ``formattedType``
…) and ignores the output-only parts; on read it decorates entries again. Mimicking
this catches clients that compare raw API output with their own values.

A contact connected to a Google profile also shows that profile's entries (a name, a
phone…) with ``metadata.source.type: PROFILE``. They are read-only: Google ignores
non-contact data in a write ("Any non-contact data in the person to update will be
ignored", people.updateContact) and keeps it across updates. The sandbox stores them
apart from the contact's own data (``profile`` of a record) and merges them on read.
"""

from __future__ import annotations

from typing import Any

from .clock import rfc3339
from .errors import invalid_argument

# Every person field a read mask may name (discovery doc of people.v1).
READ_FIELDS = frozenset(
    [
        "addresses", "ageRanges", "biographies", "birthdays", "calendarUrls", "clientData",
        "coverPhotos", "emailAddresses", "events", "externalIds", "genders", "imClients",
        "interests", "locales", "locations", "memberships", "metadata", "miscKeywords", "names",
        "nicknames", "occupations", "organizations", "phoneNumbers", "photos", "relations",
        "sipAddresses", "skills", "urls", "userDefined",
    ]
)
# Fields ``updatePersonFields``/``updateMask`` may name.
UPDATE_FIELDS = frozenset(
    [
        "addresses", "biographies", "birthdays", "calendarUrls", "clientData", "emailAddresses",
        "events", "externalIds", "genders", "imClients", "interests", "locales", "locations",
        "memberships", "miscKeywords", "names", "nicknames", "occupations", "organizations",
        "phoneNumbers", "relations", "sipAddresses", "urls", "userDefined",
    ]
)
# Top-level keys a Person body may carry (unknown keys are a 400 at Google).
PERSON_KEYS = READ_FIELDS | {
    "resourceName", "etag", "ageRange", "braggingRights", "fileAses", "relationshipInterests",
    "relationshipStatuses", "residences", "taglines",
}
# Output-only keys inside list entries, dropped on write.
_OUTPUT_ONLY = frozenset(
    {"metadata", "formattedType", "displayName", "displayNameLastFirst", "canonicalForm",
     "formattedProtocol", "formattedOccupation"}
)

DOC_URL = "https://developers.google.com/people/api/rest/v1/people.connections/list"
PROFILE = "PROFILE"


def parse_mask(value: str | None, name: str, allowed: frozenset[str], required: bool) -> list[str]:
    """Split a field mask; 400 INVALID_ARGUMENT when missing (if required) or invalid."""
    paths = [p.strip() for p in (value or "").split(",") if p.strip()]
    paths = [p.removeprefix("person.") for p in paths]
    if not paths:
        if required:
            raise invalid_argument(
                f"{name} mask is required. Please specify one or more valid paths. "
                f"Valid paths are documented at {DOC_URL}."
            )
        return []
    for p in paths:
        if p not in allowed:
            raise invalid_argument(
                f'Invalid {name} mask path: "{p}". Valid paths are documented at {DOC_URL}.'
            )
    return list(dict.fromkeys(paths))


def clean_person(body: Any, where: str = "person") -> dict[str, Any]:
    """Keep only the writable data of a Person body (fields → cleaned entry lists)."""
    if not isinstance(body, dict):
        raise invalid_argument(f"Invalid JSON payload received. '{where}' must be an object.")
    out: dict[str, Any] = {}
    for key, value in body.items():
        if key not in PERSON_KEYS:
            raise invalid_argument(
                f'Invalid JSON payload received. Unknown name "{key}" at \'{where}\': '
                "Cannot find field."
            )
        if key not in UPDATE_FIELDS:
            continue  # resourceName, etag, metadata, photos…: output-only or not ours
        if not isinstance(value, list):
            raise invalid_argument(
                f"Invalid value at '{where}.{key}', expected a list of objects."
            )
        entries = []
        for entry in value:
            if not isinstance(entry, dict):
                raise invalid_argument(f"Invalid value at '{where}.{key}', expected an object.")
            if entry_source(entry) not in ("", "CONTACT"):
                continue  # profile data read back: ignored, as Google does
            if key == "memberships":
                entries.append(_clean_membership(entry, where))
            else:
                entries.append({k: v for k, v in entry.items() if k not in _OUTPUT_ONLY})
        if key == "clientData":
            for e in entries:
                if not isinstance(e.get("key"), str) or not e.get("key"):
                    raise invalid_argument("clientData.key must be set.")
        out[key] = entries
    return out


def entry_source(entry: dict[str, Any]) -> str:
    """The ``metadata.source.type`` an entry carries ("" when it says none)."""
    meta = entry.get("metadata")
    source = meta.get("source") if isinstance(meta, dict) else None
    kind = source.get("type") if isinstance(source, dict) else None
    return kind if isinstance(kind, str) else ""


def split_profile(body: Any) -> tuple[Any, dict[str, list[dict[str, Any]]]]:
    """(the body without its PROFILE entries, those entries by field, cleaned).

    For seeding only ("this contact is connected to a profile showing…"): a client's
    write never creates profile data."""
    if not isinstance(body, dict):
        return body, {}
    contact: dict[str, Any] = {}
    profile: dict[str, list[dict[str, Any]]] = {}
    for key, value in body.items():
        if key in READ_FIELDS and isinstance(value, list):
            mine = [e for e in value if isinstance(e, dict) and entry_source(e) == PROFILE]
            if mine:
                profile[key] = [{k: v for k, v in e.items() if k not in _OUTPUT_ONLY}
                                for e in mine]
                value = [e for e in value if not (isinstance(e, dict)
                                                  and entry_source(e) == PROFILE)]
        contact[key] = value
    return contact, profile


def _clean_membership(entry: dict[str, Any], where: str) -> dict[str, Any]:
    cgm = entry.get("contactGroupMembership")
    if not isinstance(cgm, dict):
        raise invalid_argument(
            f"Invalid value at '{where}.memberships': only contactGroupMembership can be set."
        )
    rn = cgm.get("contactGroupResourceName")
    if not rn and cgm.get("contactGroupId"):
        rn = f"contactGroups/{cgm['contactGroupId']}"
    if not isinstance(rn, str) or not rn.startswith("contactGroups/"):
        raise invalid_argument("contactGroupMembership.contactGroupResourceName must be set.")
    return {"contactGroupMembership": {"contactGroupResourceName": rn}}


def body_etags(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """(top-level etag, CONTACT source etag) as a client may send either."""
    top = body.get("etag") if isinstance(body.get("etag"), str) else None
    src = None
    meta = body.get("metadata")
    if isinstance(meta, dict):
        for s in meta.get("sources") or []:
            if isinstance(s, dict) and s.get("type") == "CONTACT" and s.get("etag"):
                src = s["etag"]
    return top, src


def require_etag(body: dict[str, Any]) -> tuple[str | None, str | None]:
    top, src = body_etags(body)
    if not top and not src:
        raise invalid_argument(
            "Request must set person.etag or person.metadata.sources.etag for the source "
            "that is being updated."
        )
    return top, src


def _formatted_type(t: str) -> str:
    words, cur = [], ""
    for ch in t:
        if ch.isupper() and cur:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return " ".join(w.capitalize() for w in words if w)


def decorate(
    rec: dict[str, Any], fields: list[str] | frozenset[str], source_id: str
) -> dict[str, Any]:
    """The Person JSON Google returns for a stored record, restricted to ``fields``."""
    data = rec["data"]
    profile: dict[str, list[dict[str, Any]]] = rec.get("profile") or {}
    out: dict[str, Any] = {"resourceName": f"people/{rec['id']}", "etag": rec["etag"]}
    src = {"type": "CONTACT", "id": source_id}
    profile_src = {"type": PROFILE, "id": rec.get("profile_id", "")}
    for f in fields:
        if f == "metadata":
            sources: list[dict[str, Any]] = [
                {
                    "type": "CONTACT",
                    "id": source_id,
                    "etag": rec["source_etag"],
                    "updateTime": rfc3339(rec["update_time"]),
                }
            ]
            if profile:
                sources.append({**profile_src, "etag": rec.get("profile_etag", ""),
                                "profileMetadata": {"objectType": "PERSON",
                                                    "userTypes": ["GOOGLE_USER"]}})
            out["metadata"] = {"sources": sources, "objectType": "PERSON"}
            continue
        if f == "photos":
            # Google always lists one: the contact's own (set on the phone; an app sets
            # it with updateContactPhoto, never on a create), else the default letter.
            url = rec.get("photo_url")
            out["photos"] = [{"metadata": {"primary": True, "source": src}, "url": url}
                             if url else
                             {"metadata": {"primary": True, "source": src}, "default": True,
                              "url": "https://lh3.googleusercontent.com/cm/default"}]
            continue
        # The contact's own entries first, then the connected profile's (read-only).
        own = data.get(f) or []
        entries = [*own, *(profile.get(f) or [])] if f != "memberships" else own
        if not entries:
            continue
        decorated = []
        for i, entry in enumerate(entries):
            d = dict(entry)
            mine = i < len(own)
            d["metadata"] = {"source": src if mine else profile_src,
                             "sourcePrimary": i in (0, len(own))}
            if i == 0 and f != "memberships":
                d["metadata"]["primary"] = True
            if f == "memberships":
                rn = entry["contactGroupMembership"]["contactGroupResourceName"]
                d["contactGroupMembership"] = {
                    "contactGroupId": rn.split("/", 1)[1],
                    "contactGroupResourceName": rn,
                }
            elif f == "names":
                given, family = d.get("givenName", ""), d.get("familyName", "")
                d["displayName"] = " ".join(x for x in (given, family) if x)
                d["displayNameLastFirst"] = ", ".join(x for x in (family, given) if x)
            if isinstance(d.get("type"), str) and d["type"]:
                d["formattedType"] = _formatted_type(d["type"])
            decorated.append(d)
        out[f] = decorated
    return out


def deleted_person(tomb: dict[str, Any], source_id: str) -> dict[str, Any]:
    """What a sync read returns for a contact deleted since the token."""
    return {
        "resourceName": f"people/{tomb['id']}",
        "etag": tomb["etag"],
        "metadata": {
            "sources": [
                {"type": "CONTACT", "id": source_id, "updateTime": rfc3339(tomb["update_time"])}
            ],
            "objectType": "PERSON",
            "deleted": True,
        },
    }

