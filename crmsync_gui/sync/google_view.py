"""The current view of the Google side: a full read, or the last view plus a sync-token
increment (R-G1, R-G2).

The state keeps the last view (every contact's record, etag and raw Person) with the
sync token it matches; contacts loaded from it leave their raw Person on disk until a
write needs it (``GoogleView.persons``), which keeps a 25,000-contact run small. A
no-change run then costs exactly one list call. An expired token (either of Google's
forms) falls back to a full read; so does a run with creates whose outcome is unknown,
because sync-token reads may lag by minutes while a full read finds them at once by
their clientData tag (R-G3).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from crmsync_gui.core.heap import keep_as_old
from crmsync_gui.core.sides import GoogleContact
from crmsync_gui.core.tags import LabelDirectory
from crmsync_gui.google.errors import SyncTokenExpired
from crmsync_gui.google.people import BACKUP_FIELDS, PeopleApi
from crmsync_gui.google.person import READ_FIELDS, Person, contact_from_person
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
    # Contacts the state's copy had in the label and this read does not: taken out by
    # the user, or the label itself deleted in Google (the engine tells which).
    left_label: list[str] = field(default_factory=list)
    # The account's labels, for every contact's tags (R-S13).
    labels: LabelDirectory = field(default_factory=LabelDirectory)
    # The label of the one tag the sync is limited to was deleted in Google since the
    # last read: acting on it removes that tag from its contacts, so it asks first.
    scope_label_deleted: bool = False
    # Labels that were tags at the last read and are gone (resource → name), or renamed
    # (resource → (old name, new name)) in Google since: said once, in the preview.
    labels_deleted: dict[str, str] = field(default_factory=dict)
    labels_renamed: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Google brought no change and nothing else planning reads moved since a run that
    # had nothing to do (sync/quiet.py): ``contacts`` is left unread, and nothing is
    # planned.
    quiet: bool = False

    def contact(self, person: Person) -> GoogleContact:
        """A read Person as the sync sees it: in the app's label or not, with its tags."""
        return contact_from_person(person, self.label, self.labels)

    def put(self, contact: GoogleContact) -> None:
        self.contacts[contact.resource_name] = contact
        self.changed.append(contact)

    def remove(self, resource_name: str) -> None:
        self.contacts.pop(resource_name, None)
        self.removed.append(resource_name)

    def persons(self, resource_names: Iterable[str], state: StateStore) -> dict[str, Person]:
        """The raw Persons of these contacts, to merge a write into or keep for undo: the
        one just read when there is one, else the state's copy."""
        found: dict[str, Person] = {}
        missing = []
        for name in resource_names:
            contact = self.contacts.get(name)
            if contact is not None and contact.person:
                found[name] = dict(contact.person)
            else:
                missing.append(name)
        found.update(state.google_persons(missing))
        return found

    def save(self, state: StateStore) -> None:
        """Write what changed since the last save into the state's copy; from then on the
        raw Persons live there only (a first read of 25,000 holds ~100 MB of them)."""
        if self.changed or self.removed:
            state.put_google_contacts(self.changed, self.removed)
        for contact in self.changed:
            if contact.person and self.contacts.get(contact.resource_name) is contact:
                self.contacts[contact.resource_name] = replace(contact, person={})
        self.changed, self.removed = [], []


def read_google_view(api: PeopleApi, state: StateStore, label: str | None,
                     force_full: bool = False,
                     labels: LabelDirectory | None = None,
                     quiet: Callable[[], bool] | None = None,
                     backup: Callable[[Iterable[Person]], object] | None = None
                     ) -> GoogleView:
    """``quiet``: asked when Google brings no change since the sync token; True leaves
    the state's copy unread (a ``quiet`` view: the run has nothing to plan).
    ``backup``: a full read is made (whatever the token), asks for every field a backup
    keeps, and hands its Persons to ``backup`` as they arrive — one read for both
    (SPEC §3). Either way Google is read a page at a time: 25,000 raw Persons are never
    held at once."""
    labels = labels if labels is not None else LabelDirectory()
    token = state.sync_token
    if token and not force_full and backup is None:
        try:
            return _read_changes(api, state, token, label, labels, quiet)
        except SyncTokenExpired:
            log.info("sync token expired: full read")
    contacts: dict[str, GoogleContact] = {}
    tokens: list[str | None] = []

    def persons() -> Iterator[Person]:
        fields = READ_FIELDS if backup is None else BACKUP_FIELDS
        for page, page_token in api.connection_pages(fields=fields):
            tokens.append(page_token)
            for person in page:
                contact = contact_from_person(person, label, labels)
                if not contact.deleted:
                    contacts[contact.resource_name] = contact
                yield person
            gc.collect(0)  # the page's HTTP cycles freed while they are few (heap.py)

    if backup is not None:
        backup(persons())
    else:
        for _ in persons():
            pass
    keep_as_old()  # the contacts live as long as the run (core/heap.py)
    previous = state.google_resource_names()
    members = state.label_members() if label is not None else set()
    view = GoogleView(contacts, _last_token(tokens), full_read=True, label=label,
                      changed=list(contacts.values()),
                      removed=sorted(previous - set(contacts)),
                      left_label=sorted(name for name in members if name in contacts
                                        and not contacts[name].in_label),
                      labels=labels)
    return view


def _read_changes(api: PeopleApi, state: StateStore, token: str, label: str | None,
                  labels: LabelDirectory, quiet: Callable[[], bool] | None) -> GoogleView:
    """The state's copy and Google's changes since ``token``, a page at a time; the copy
    is loaded only once Google brings a change (or ``quiet`` says planning is needed)."""
    def with_copy() -> GoogleView:
        view = GoogleView({c.resource_name: c for c in state.google_contacts()}, None,
                          full_read=False, label=label, labels=labels)
        keep_as_old()  # the copy lives as long as the run (core/heap.py)
        return view

    view: GoogleView | None = None
    tokens: list[str | None] = []
    for page, page_token in api.connection_pages(token):
        tokens.append(page_token)
        for person in page:
            if view is None:
                view = with_copy()
            before = view.contacts.get(str(person.get("resourceName")))
            if before is not None and before.etag and person.get("etag") == before.etag \
                    and not (person.get("metadata") or {}).get("deleted"):
                # The very version the copy holds — most often this app's own write
                # read back: nothing new, and nothing to build or store again (labels
                # renamed since the copy was read force a full read instead).
                continue
            contact = view.contact(person)
            if contact.deleted:
                view.remove(contact.resource_name)
                continue
            if before is not None and before.in_label and not contact.in_label:
                view.left_label.append(contact.resource_name)
            view.put(contact)
        gc.collect(0)  # the page's HTTP cycles freed while they are few (heap.py)
    if view is None:
        if quiet is not None and quiet():
            return GoogleView({}, _last_token(tokens), full_read=False, label=label,
                              labels=labels, quiet=True)
        view = with_copy()
    view.sync_token = _last_token(tokens)
    return view


def _last_token(tokens: list[str | None]) -> str | None:
    """The sync token a read ends with (Google gives it with the last page only)."""
    return next((t for t in reversed(tokens) if t), None)
