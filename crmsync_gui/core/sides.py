"""The two sides' contacts as the sync engine sees them: a record plus identity and times.

Pure values (no I/O): the CRM adapter and the Google adapter build them; matching and
planning read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crmsync_gui.core.google_entries import Entry
from crmsync_gui.core.record import PRO_FIELDS, ContactRecord, Field


@dataclass(frozen=True, slots=True)
class CompanyLink:
    """A Contact-Société row with its company: where the professional fields live."""

    company_id: int
    company_name: str
    company_external_ref: str | None
    work_phone: str
    work_mobile: str
    work_email: str
    job_title: str
    is_primary: bool
    updated_at: datetime
    company_updated_at: datetime


@dataclass(frozen=True, slots=True)
class Company:
    company_id: int
    name: str
    external_ref: str | None
    updated_at: datetime
    deleted: bool


@dataclass(frozen=True, slots=True)
class CrmContact:
    """One CRM contact as read: its mapped record plus what the mapping does not cover."""

    crm_id: int
    record: ContactRecord
    note: str
    tags: str
    external_ref: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    links: tuple[CompanyLink, ...] = ()
    primary_link: CompanyLink | None = None
    # ``updated_at`` as stored, and whether a format reads it: another program may write
    # a date no format reads; ``updated_at`` is then the creation time (the oldest the
    # change can be), and the write check compares this text instead (R-S12).
    updated_at_text: str = ""
    updated_at_readable: bool = True
    # A digest of its raw row and primary link ("" when not asked for): the state keeps
    # the record's normalised form under it, so the next run need not compute it again.
    row_digest: str = field(default="", compare=False, repr=False)

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    def field_updated_at(self, name: Field) -> datetime:
        """When ``name`` last changed, as newest-wins reads it (SPEC R-S2).

        Contact fields: the contact's ``updated_at``; Contact-Société fields: the
        link's; the company name: the company's.
        """
        link = self.primary_link
        if name not in PRO_FIELDS or link is None:
            return self.updated_at
        if name is Field.COMPANY_NAME:
            return link.company_updated_at
        return link.updated_at

    def last_modified(self) -> datetime:
        """The latest of the contact's, its primary link's and its company's times."""
        link = self.primary_link
        if link is None:
            return self.updated_at
        return max(self.updated_at, link.updated_at, link.company_updated_at)


@dataclass(frozen=True, slots=True)
class GoogleContact:
    """One Google contact (a People API Person) as read.

    ``updated_at`` is ``metadata.sources[type=CONTACT].updateTime`` (newest-wins);
    ``crm_tag`` the ``clientData`` value ``crmsync.id`` written when the app created it
    (R-G3); ``person`` the raw Person JSON, kept so an update can rewrite only the mapped
    entries and leave Google-only data (other phones, birthdays, photos) untouched.
    """

    resource_name: str
    etag: str
    record: ContactRecord
    updated_at: datetime
    deleted: bool = False
    crm_tag: str | None = None
    in_label: bool = False
    # ``metadata.sources[type=CONTACT].etag``: moves with any edit of the contact's own
    # data, a birthday included, but not with its labels or a connected profile (R-S5).
    source_etag: str | None = None
    person: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # Every email and phone, whatever its type (R-S10); None when not known (a view
    # stored by an older version, until the next full read).
    entries: tuple[Entry, ...] | None = field(default=None, repr=False, compare=False)

    def all_emails(self) -> tuple[str, ...]:
        """Every email it holds, normalised: what matching and "already used" read."""
        if self.entries is None:
            return self.record.emails()
        return tuple(dict.fromkeys(e.email for e in self.entries if e.email))
