"""From a planned ``Change`` to the write each side understands, and back to the state.

CRM changes become ``CrmWrite``s (only the columns of the fields that change); Google
changes become Person bodies merged into the Person as read, so Google-only data rides
along untouched. Journal images hold what undo needs to put a record back.
"""

from __future__ import annotations

from typing import Any

from crmsync_gui.core.baseline import Baseline, Settling, baseline_after
from crmsync_gui.core.mapping import crm_values
from crmsync_gui.core.plan import Action, Change
from crmsync_gui.core.plan_input import Link
from crmsync_gui.core.sides import CrmContact, GoogleContact
from crmsync_gui.core.tags import LabelDirectory
from crmsync_gui.core.timestamps import format_timestamp
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.google.person import Person, merge_into_person, new_person


def crm_write(change: Change, current: CrmContact | None) -> CrmWrite:
    """The CRM write of a CRM-side change (CREATE, UPDATE or DELETE)."""
    if change.action is Action.DELETE:
        assert change.crm_id is not None
        return CrmWrite(WriteKind.DELETE, crm_id=change.crm_id,
                        expected_updated_at=current.updated_at if current else None,
                        expected_updated_text=current.updated_at_text if current else None)
    assert change.record is not None
    values = crm_values(change.record, change.fields)
    if change.action is Action.CREATE:
        # Professional columns live on a company link: only with a company to hold them.
        return CrmWrite(WriteKind.CREATE, contact=values.contact,
                        link=values.link if change.company_id is not None else {},
                        company_id=change.company_id, note=change.note)
    assert change.crm_id is not None and current is not None
    return CrmWrite(WriteKind.UPDATE, crm_id=change.crm_id, contact=values.contact,
                    link=values.link, company_id=change.company_id, note=change.note,
                    expected_updated_at=current.updated_at,
                    expected_updated_text=current.updated_at_text)


def google_body(change: Change, current: Person | None, label: str | None,
                labels: LabelDirectory) -> Person:
    """The Person to send for a Google-side CREATE/RESTORE, or for an UPDATE of
    ``current`` (the Person as last read); ``labels`` holds every tag's label."""
    assert change.record is not None
    if change.action in (Action.CREATE, Action.RESTORE):
        return new_person(change.record, change.client_tag, label, labels)
    assert current is not None
    return merge_into_person(current, change.record, change.fields, change.google_slots,
                             labels)


def link_after(previous: Link | None, change: Settling, *, crm_id: int, resource_name: str,
               google: GoogleContact | None, created_by_sync: bool | None = None) -> Link:
    """The pair's link once ``change`` (a change, or housekeeping) is applied: its
    baseline moved by it; ``google``: the Google contact as this sync last read or wrote
    it, whose CONTACT source etag the link remembers (None when Google gave none: the
    whole contact's etag is compared instead)."""
    base: Baseline | None = previous.baseline if previous else None
    return Link(crm_id=crm_id, resource_name=resource_name,
                baseline=baseline_after(base, change),
                etag=google.etag if google else (previous.etag if previous else None),
                google_seen=google.source_etag if google else
                (previous.google_seen if previous else None),
                created_by_sync=(created_by_sync if created_by_sync is not None
                                 else bool(previous and previous.created_by_sync)),
                manual=bool(previous and previous.manual))


def crm_image(contact: CrmContact) -> dict[str, Any]:
    """A CRM contact as undo needs it: the mapped columns, the note, the company."""
    values = crm_values(contact.record)
    link = contact.primary_link
    return {"contact": values.contact, "link": values.link, "note": contact.note,
            "company_id": link.company_id if link else None,
            "deleted": contact.deleted,
            "updated_at": format_timestamp(contact.updated_at)}
