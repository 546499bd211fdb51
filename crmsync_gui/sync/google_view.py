"""The current view of the Google side: a full read, or the last view plus a sync-token
increment (R-G1, R-G2).

The state keeps the last view (every contact's record, etag and raw Person) with the
sync token it matches. A no-change run then costs exactly one list call. An expired
token (either of Google's forms) falls back to a full read; so does a run with creates
whose outcome is unknown, because sync-token reads may lag by minutes while a full read
finds them at once by their clientData tag (R-G3).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from crmsync_gui.core.sides import GoogleContact
from crmsync_gui.google.errors import SyncTokenExpired
from crmsync_gui.google.people import PeopleApi
from crmsync_gui.google.person import contact_from_person
from crmsync_gui.state.store import StateStore

log = logging.getLogger(__name__)


@dataclass
class GoogleView:
    contacts: dict[str, GoogleContact]  # by resource name, deleted ones left out
    sync_token: str | None
    full_read: bool
    label: str | None
    changed: list[GoogleContact] = field(default_factory=list)  # for the state's copy
    removed: list[str] = field(default_factory=list)

    def put(self, contact: GoogleContact) -> None:
        self.contacts[contact.resource_name] = contact
        self.changed.append(contact)

    def remove(self, resource_name: str) -> None:
        self.contacts.pop(resource_name, None)
        self.removed.append(resource_name)

    def save(self, state: StateStore) -> None:
        """Write what changed since the last save into the state's copy."""
        if self.changed or self.removed:
            state.put_google_contacts(self.changed, self.removed)
        self.changed, self.removed = [], []


def read_google_view(api: PeopleApi, state: StateStore, label: str | None,
                     force_full: bool = False) -> GoogleView:
    token = state.sync_token
    if token and not force_full:
        known = {c.resource_name: c for c in state.google_contacts()}
        try:
            read = api.read_connections(token)
        except SyncTokenExpired:
            log.info("sync token expired: full read")
        else:
            view = GoogleView(known, read.sync_token, full_read=False, label=label)
            for person in read.persons:
                contact = contact_from_person(person, label)
                if contact.deleted:
                    view.remove(contact.resource_name)
                else:
                    view.put(contact)
            return view
    read = api.read_connections()
    contacts = {}
    for person in read.persons:
        contact = contact_from_person(person, label)
        if not contact.deleted:
            contacts[contact.resource_name] = contact
    previous = {c.resource_name for c in state.google_contacts()}
    view = GoogleView(contacts, read.sync_token, full_read=True, label=label,
                      changed=list(contacts.values()),
                      removed=sorted(previous - set(contacts)))
    return view
