"""CRM tags ↔ Google labels (SPEC R-S13): names, the label directory, the three-way merge.

A CRM contact's ``tags`` column ("centres d'intérêt") holds comma- or semicolon-separated
names; a Google contact's tags are the names of the user labels it is a member of. Both
are one record field (``Field.TAGS``) whose normalised form is the sorted set of the
names' keys, so the baseline machinery keeps them like any other field. Unlike other
fields they merge per name and never conflict: an add on either side is an add, a
removal on one side of a name the other did not touch is a removal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from crmsync_gui.core.baseline import UNKNOWN
from crmsync_gui.core.record import (
    TAG_SEPARATORS,
    clean_text,
    split_tag_names,
    tag_key,
    tag_moves,
    tags_normalized,
)

__all__ = ["LabelDirectory", "merge_tags", "split_tag_names", "tag_changes", "tag_key",
           "tags_normalized"]
# Google's system groups (never tags): their ids and the English names Google shows.
SYSTEM_GROUP_IDS = ("myContacts", "starred", "friends", "family", "coworkers",
                    "chatBuddies", "all", "blocked")
SYSTEM_GROUP_NAMES = ("My Contacts", "Starred", "Friends", "Family", "Coworkers",
                      "Chat contacts", "All contacts", "Blocked")


def join_tags(names: Iterable[str]) -> str:
    return ", ".join(names)


def syncable_label_name(name: str) -> bool:
    """A label can be a tag only if the CRM's tags column can hold its name: a comma or
    a semicolon would split it in two there."""
    return bool(clean_text(name)) and not TAG_SEPARATORS.search(name)


def reserved_keys(sync_label_name: str) -> frozenset[str]:
    """The keys of the names no tag may take in Google: the app's label's, and Google's
    system groups' (ids and English names)."""
    return frozenset({tag_key(sync_label_name), *map(tag_key, SYSTEM_GROUP_IDS),
                      *map(tag_key, SYSTEM_GROUP_NAMES)})


def sendable_tag(name: str, reserved: frozenset[str]) -> bool:
    """Whether a CRM tag may be a Google label: a name a CRM cell holds whole, and not
    one of the ``reserved`` (``reserved_keys``)."""
    return tag_key(name) not in reserved and syncable_label_name(name)


def tag_changes(old: str, new: str) -> str:
    """"+VIP −Salon 2025": what a tags write adds and removes, for the preview."""
    added, removed = tag_moves(old, new)
    return " ".join([f"+{n}" for n in added] + [f"\u2212{n}" for n in removed])


@dataclass(frozen=True, slots=True)
class LabelDirectory:
    """The account's contact groups, as one ``contactGroups.list`` gives them.

    ``tags``: the user labels that are tags, resource name → name; ``reserved``: the
    keys of names no tag may take in Google (the app's label, Google's system groups);
    ``unsyncable``: user labels whose name no CRM tag can hold (a comma, a semicolon);
    ``not_tags``: the other user labels that are no tags — named like a system group or
    like the app's label, or an app's label of before (``former``, whose names are
    reserved too: a CRM tag of that name would land in that label, which is never read
    back as a tag, and the tag would then be taken off the contact). A contact's
    membership of any label that is no tag is left as it is.
    """

    tags: Mapping[str, str] = field(default_factory=dict)
    reserved: frozenset[str] = frozenset()
    unsyncable: Mapping[str, str] = field(default_factory=dict)
    not_tags: Mapping[str, str] = field(default_factory=dict)
    former: frozenset[str] = frozenset()

    @classmethod
    def of(cls, groups: Iterable[Mapping[str, object]], sync_label_name: str,
           sync_label: str | None = None,
           former: Iterable[str] = ()) -> LabelDirectory:
        """From ``contactGroups.list`` entries; the app's label by name (and resource),
        and the resource names of the app's labels of before (a label renamed in the
        settings stays in Google, and never becomes a tag)."""
        tags: dict[str, str] = {}
        unsyncable: dict[str, str] = {}
        not_tags: dict[str, str] = {}
        reserved = set(reserved_keys(sync_label_name))
        user: list[tuple[str, str]] = []
        for group in groups:
            resource = str(group.get("resourceName") or "")
            name = str(group.get("name") or group.get("formattedName") or "")
            if not resource or not name:
                continue
            if group.get("groupType", "USER_CONTACT_GROUP") != "USER_CONTACT_GROUP":
                reserved.add(tag_key(name))
                reserved.add(tag_key(str(group.get("formattedName") or name)))
            elif resource != sync_label:
                user.append((resource, name))
        old = frozenset(former)
        reserved |= {tag_key(name) for resource, name in user if resource in old}
        for resource, name in user:
            if resource in old or tag_key(name) in reserved:
                not_tags[resource] = name
            elif syncable_label_name(name):
                tags[resource] = clean_text(name)
            else:
                unsyncable[resource] = name
        return cls(tags, frozenset(reserved), unsyncable, not_tags, old)

    def watched(self) -> dict[str, str]:
        """Every user label but the app's, resource → name: what the state keeps, so that
        a label renamed into a tag, or out of one, is noticed."""
        return {**self.not_tags, **self.unsyncable, **self.tags}

    def tags_of(self, groups: Iterable[str]) -> str:
        """A contact's tags from its group resource names, sorted by key."""
        names = {tag_key(self.tags[g]): self.tags[g] for g in groups if g in self.tags}
        return join_tags(names[key] for key in sorted(names))

    def resource_for(self, name: str) -> str | None:
        """The label a tag maps to: the one of its exact name, else the lowest resource
        name among those of its key (labels may differ only by case)."""
        exact = sorted(r for r, n in self.tags.items() if n == clean_text(name))
        if exact:
            return exact[0]
        key = tag_key(name)
        folded = sorted(r for r, n in self.tags.items() if tag_key(n) == key)
        return folded[0] if folded else None

    def with_label(self, resource: str, name: str) -> LabelDirectory:
        return LabelDirectory({**self.tags, resource: clean_text(name)}, self.reserved,
                              self.unsyncable, self.not_tags, self.former)

    def sendable(self, name: str) -> bool:
        """Whether a CRM tag may go to Google as a label."""
        return sendable_tag(name, self.reserved)


def merge_tags(crm_value: str, google_value: str, base_crm: str, base_google: str,
               reserved: frozenset[str] = frozenset()) -> tuple[str, str]:
    """The tags each side holds once merged: (CRM value, Google value).

    Per name, three-way against each side's baseline key set (``UNKNOWN``: never
    synced, the two sets are joined): a name added or removed on one side only follows
    on the other; added on both sides, once; changed on both sides in opposite ways, the
    add wins (nothing the user typed is lost). Names whose key is ``reserved`` stay in
    the CRM and never go to Google. The CRM keeps its own names' spelling and order,
    and takes Google's spelling for names it gains; Google likewise.
    """
    crm_names, google_names = split_tag_names(crm_value), split_tag_names(google_value)
    in_crm = {tag_key(n): n for n in crm_names}
    in_google = {tag_key(n): n for n in google_names}
    first = UNKNOWN in (base_crm, base_google)
    crm_base = set() if first else set(filter(None, base_crm.split(",")))
    google_base = set() if first else set(filter(None, base_google.split(",")))
    keep: dict[str, bool] = {}
    for key in {**in_crm, **in_google}:
        crm_has, google_has = key in in_crm, key in in_google
        if key in reserved:
            # No label can hold it: Google can neither add it nor take it away.
            keep[key] = crm_has
            continue
        if first:
            keep[key] = True
            continue
        crm_moved, google_moved = crm_has != (key in crm_base), google_has != (key in google_base)
        if crm_moved and not google_moved:
            keep[key] = crm_has
        elif google_moved and not crm_moved:
            keep[key] = google_has
        elif crm_moved and google_moved:
            keep[key] = crm_has or google_has
        # untouched on both sides: each keeps what it holds (a reserved name in the CRM)
    crm_after = [n for n in crm_names if keep.get(tag_key(n), True)]
    crm_after += [n for key, n in in_google.items() if keep.get(key) and key not in in_crm]
    google_after = [n for n in google_names if keep.get(tag_key(n), True)]
    google_after += [n for key, n in in_crm.items() if keep.get(key) and key not in in_google
                     and sendable_tag(n, reserved)]
    return join_tags(crm_after), join_tags(google_after)


def labels_moved(before: Mapping[str, str], now: LabelDirectory) -> bool:
    """Whether a user label known at the last sync is renamed or gone: its members'
    tags may have changed without the members themselves being edited (R-S13)."""
    watched = now.watched()
    return any(resource not in watched or watched[resource] != name
               for resource, name in before.items())


def renamed_value(value: str, renames: Mapping[str, str]) -> str:
    """A tags value with the names renamed (old key → new name), each name once."""
    if not renames:
        return value
    names: dict[str, str] = {}
    for name in split_tag_names(value):
        name = renames.get(tag_key(name), name)
        names.setdefault(tag_key(name), name)
    return join_tags(names.values())


def renamed_keys(normalized: str, renames: Mapping[str, str]) -> str:
    """A baseline's key set with the keys renamed (``UNKNOWN`` as it is)."""
    if not renames or normalized == UNKNOWN:
        return normalized
    return ",".join(sorted({tag_key(renames[key]) if key in renames else key
                            for key in normalized.split(",") if key}))
