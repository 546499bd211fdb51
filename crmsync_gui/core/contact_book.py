"""The Contacts page's rows (R-UI7): every live CRM contact with what the page shows,
what its search looks in, and where it stands with the sync.

The status comes from what is already known, never from a Google call: the state (the
links, the user's choices, when the last sync ended), the CRM (when each contact was
saved) and the last preview's plan, when there is one. Pure: the service gathers the
inputs; the window's worker calls ``contact_book``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from crmsync_gui.core.plan import HousekeepingKind, Plan
from crmsync_gui.core.plan_input import Choices
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.record import PHONE_FIELDS
from crmsync_gui.core.search import fold, haystack
from crmsync_gui.core.sides import CrmContact, GoogleContact


class ContactStatus(StrEnum):
    """Where a CRM contact stands with the sync; the order is the priority when more
    than one is true (a conflict is what the user most needs to see)."""

    CONFLICT = "conflict"  # a field changed on both sides, waiting for a choice
    WAITING = "waiting"  # the next sync writes something of it (a link included)
    LEFT_OUT = "left_out"  # it would, but the user left it out of this run
    POSSIBLE_MATCH = "possible_match"  # may be a Google contact: link or keep apart
    SKIPPED_DUPLICATE = "skipped_duplicate"  # shares its email with another contact
    SKIPPED = "skipped"  # held back for another reason (unlinked, nothing to send…)
    NOT_SYNCED = "not_synced"  # the user chose never to sync it
    KEPT = "kept"  # its Google copy was deleted; kept here, no longer synced
    IN_SYNC = "in_sync"  # linked, and nothing to write
    NEVER_SYNCED = "never_synced"  # no Google contact yet (no preview has planned it)
    UNKNOWN = "unknown"  # the state cannot be read (not signed in, damaged)
    IN_TRASH = "in_trash"  # deleted in the CRM: listed only under this status


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One CRM contact as the Contacts page shows, sorts and searches it."""

    crm_id: int
    name: str
    company: str
    job_title: str
    mobile: str
    email: str
    city: str
    tags: tuple[str, ...]
    tag_keys: tuple[str, ...]  # the tags folded, for the tag filter
    status: ContactStatus
    why: Reason | None  # the plan's words for a skipped contact or a possible match
    resource_name: str | None  # its Google contact, when linked
    search: str  # ``core.search.haystack`` of every value, the note's words included

    def column_texts(self) -> tuple[str, ...]:
        """The page's columns, in order (the status column is said by the window); the
        name is ``NAME_TEXT``."""
        return (self.name, self.company, self.job_title, self.mobile, self.email,
                self.city, ", ".join(self.tags))


NAME_TEXT = 0  # the name's place in ``ContactRow.column_texts``


@dataclass(frozen=True, slots=True)
class ContactBook:
    rows: tuple[ContactRow, ...]
    tags: tuple[str, ...]  # every tag in use, sorted as the user reads them
    last_sync: datetime | None
    demo: bool  # no real Google account: no "Open in Google Contacts"
    # Folded sort keys by column (``sort_keys``): made once per book, by the worker that
    # built it rather than by the window's thread when it shows the rows (~40 ms of it
    # at 25,000). A book made with other rows (``replace``) starts with none.
    _sort_keys: dict[int, list[str]] = field(default_factory=dict, init=False,
                                             compare=False, repr=False)

    def sort_keys(self, column: int) -> list[str]:
        """One folded key per row for ``ContactRow.column_texts()[column]``: a city
        sorts as the user reads it, "Évry" beside "Evreux"."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = [fold(row.column_texts()[column])
                                              for row in self.rows]
        return keys


def split_tags(tags: str) -> tuple[str, ...]:
    """Simple CRM's ``tags`` column: comma- or semicolon-separated words."""
    found: list[str] = []
    for tag in tags.replace(";", ",").split(","):
        tag = tag.strip()
        if tag and fold(tag) not in (fold(t) for t in found):
            found.append(tag)
    return tuple(found)


def contact_book(contacts: Iterable[CrmContact], links: Mapping[int, str] | None,
                 choices: Choices, plan: Plan | None, last_sync: datetime | None, *,
                 demo: bool = False) -> ContactBook:
    """The rows of every contact (those in the trash with that status). ``links``: CRM
    id → Google resource name; None
    when the state cannot be read (every status is then "unknown", never a guess)."""
    planned = _planned_statuses(plan) if plan is not None and links is not None else {}
    rows = []
    tags: dict[str, str] = {}
    # A firm has a few dozen tags over thousands of contacts: each tags column, split
    # and folded once, shared by every row that has it (25,000 rows: ~5 MB less).
    split: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for contact in contacts:
        status, why = (ContactStatus.IN_TRASH, None) if contact.deleted else (
            planned.get(contact.crm_id) or (_status_from_state(
                contact, links, choices, last_sync, planned=plan is not None), None))
        if contact.tags not in split:
            names = split_tags(contact.tags)
            split[contact.tags] = (names, tuple(fold(tag) for tag in names))
        row = _row(contact, status, why, (links or {}).get(contact.crm_id),
                   *split[contact.tags])
        rows.append(row)
        for tag in row.tags if not contact.deleted else ():
            tags.setdefault(fold(tag), tag)
    return ContactBook(tuple(rows), tuple(sorted(tags.values(), key=fold)), last_sync, demo)


def google_copy_row(crm_id: int, contact: GoogleContact) -> ContactRow:
    """A row from the Google copy the state keeps, for a contact the CRM no longer has
    at all (another program removed its row): what a deletion is about is still shown."""
    record = contact.record
    name = record.display_name() or contact.resource_name
    return ContactRow(
        crm_id=crm_id, name=name, company=record.company_name, job_title=record.job_title,
        mobile=record.personal_mobile or record.work_mobile,
        email=record.personal_email or record.work_email,
        city=record.home_address.city, tags=(), tag_keys=(), status=ContactStatus.UNKNOWN,
        why=None, resource_name=contact.resource_name,
        search=haystack((name, record.personal_email, record.work_email,
                         record.company_name, record.home_address.city),
                        (record.personal_mobile, record.work_mobile, record.home_phone)))


def with_rows(book: ContactBook, changed: ContactBook) -> ContactBook:
    """``book`` with the rows of ``changed`` in place of its rows for the same contacts
    (new contacts at the end), and their tags among the tags in use: after one save,
    without building 25,000 rows again. A tag nobody has any more stays listed until
    the next whole book (the preview that follows a save brings it)."""
    new = {row.crm_id: row for row in changed.rows}
    rows = [new.pop(row.crm_id, row) for row in book.rows]
    rows.extend(new.values())
    tags = {fold(tag): tag for tag in (*book.tags, *changed.tags)}
    return replace(book, rows=tuple(rows),
                               tags=tuple(sorted(tags.values(), key=fold)))


def _row(contact: CrmContact, status: ContactStatus, why: Reason | None,
         resource_name: str | None, tags: tuple[str, ...],
         tag_keys: tuple[str, ...]) -> ContactRow:
    record = contact.record
    address = record.home_address
    name = record.display_name() or f"#{contact.crm_id}"
    return ContactRow(
        crm_id=contact.crm_id, name=name,
        company=record.company_name, job_title=record.job_title,
        mobile=record.personal_mobile or record.work_mobile,
        email=record.personal_email or record.work_email, city=address.city,
        tags=tags,
        tag_keys=tag_keys,
        status=status,
        why=why,
        resource_name=resource_name,
        search=haystack(
            (name, record.first_name, record.last_name, record.personal_email, record.work_email,
             record.company_name, record.job_title, address.street, address.postal_code,
             address.city, address.country, *tags, contact.note,
             *(company.company_name for company in contact.links)),
            # As typed, and in international form (found by "+33 6 12" and "0612").
            (record.home_phone, record.personal_mobile, record.work_phone,
             record.work_mobile, *(record.norm(field) for field in PHONE_FIELDS))),
    )


_DUPLICATES = frozenset({
    ReasonCode.SKIPPED_EMAIL_SHARED_IN_CRM, ReasonCode.SKIPPED_EMAIL_SHARED_IN_GOOGLE,
    ReasonCode.SKIPPED_EMAIL_TAKEN_IN_GOOGLE, ReasonCode.SKIPPED_EMAIL_TAKEN_IN_CRM,
    ReasonCode.SKIPPED_SECOND_TAGGED_COPY})


def _planned_statuses(plan: Plan) -> dict[int, tuple[ContactStatus, Reason | None]]:
    """What the last preview says of each CRM contact it names; the strongest wins."""
    found: dict[int, tuple[ContactStatus, Reason | None]] = {}
    order = list(ContactStatus)

    def note(crm_id: int | None, status: ContactStatus, why: Reason | None = None) -> None:
        if crm_id is None:
            return
        current = found.get(crm_id)
        if current is None or order.index(status) < order.index(current[0]):
            found[crm_id] = (status, why)

    for conflict in plan.unresolved():  # one the rule settled is a change like another
        note(conflict.crm_id, ContactStatus.CONFLICT)
    for change in (*plan.to_google, *plan.to_crm):
        note(change.crm_id, ContactStatus.LEFT_OUT if change.excluded
             else ContactStatus.WAITING)
    for chore in plan.housekeeping:  # matched by email: the next sync links the pair
        if chore.kind is HousekeepingKind.LINK:
            note(chore.crm_id, ContactStatus.WAITING)
    for match in plan.possible_matches:
        note(match.crm_id, ContactStatus.POSSIBLE_MATCH, match.why)
    for skipped in plan.skipped:
        note(skipped.crm_id, ContactStatus.SKIPPED_DUPLICATE
             if skipped.why.code in _DUPLICATES else ContactStatus.SKIPPED, skipped.why)
    return found


def _status_from_state(contact: CrmContact, links: Mapping[int, str] | None,
                       choices: Choices, last_sync: datetime | None, *,
                       planned: bool) -> ContactStatus:
    if links is None:
        return ContactStatus.UNKNOWN
    if contact.crm_id in choices.ignored_crm:
        return ContactStatus.NOT_SYNCED
    if contact.crm_id in choices.kept_deleted:
        return ContactStatus.KEPT
    if contact.crm_id not in links:
        return ContactStatus.NEVER_SYNCED
    # No preview yet: a contact saved since the last sync has something to send. After
    # a preview, the plan knows better (a save that changed no mapped field sends none).
    if not planned and last_sync is not None and contact.updated_at > last_sync:
        return ContactStatus.WAITING
    return ContactStatus.IN_SYNC
