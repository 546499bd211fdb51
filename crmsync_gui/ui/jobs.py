"""What the window's jobs return: everything prepared in the worker, so the GUI thread
only swaps models when a job ends."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from crmsync_gui.app.service import (
    CompanyRow,
    ContactDraft,
    ContactForm,
    CrmDatabaseInfo,
    GoogleCandidate,
    ImportReport,
    NotSynced,
    Status,
    SyncService,
)
from crmsync_gui.core.contact_book import NAME_TEXT, ContactBook, google_copy_row, with_rows
from crmsync_gui.core.heap import let_go
from crmsync_gui.core.plan import Action, Plan
from crmsync_gui.core.plan_input import Decisions
from crmsync_gui.sync.engine import Progress, SyncResult, SyncStatus
from crmsync_gui.ui.change_model import ChangeRow, change_rows, waiting_for_choice

ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class PreviewOutcome:
    plan: Plan
    to_google: list[ChangeRow]
    to_crm: list[ChangeRow]
    status: Status
    # The contacts not synced by choice, when this job read them (None: not read, the
    # window keeps its list). Reading them reads the whole CRM again, so only the jobs
    # after which they may differ do it.
    not_synced: list[NotSynced] | None = None
    # The Contacts page's rows with their statuses after this plan (R-UI7).
    book: ContactBook | None = None


@dataclass(frozen=True)
class ContactsOutcome:
    book: ContactBook


@dataclass(frozen=True)
class LinkCandidates:
    """The Google contacts a CRM contact may be linked to by hand (Link…)."""

    crm_id: int
    candidates: list[GoogleCandidate]


@dataclass(frozen=True)
class ResetOutcome:
    aside: Path | None  # the damaged state's new name (None: there was none)
    after: PreviewOutcome  # the first preview of the new state


@dataclass(frozen=True)
class SyncOutcome:
    result: SyncResult
    after: PreviewOutcome | None  # the preview run right after, of what remains


def preview(service: SyncService, decisions: Decisions, progress: ProgressCallback,
            not_synced: bool = False,
            cancel: threading.Event | None = None, local: bool = False) -> PreviewOutcome:
    """``local``: planned again from the copy of Google the last preview kept."""
    plan, book = (service.replan_with_book(decisions) if local else
                  service.preview_with_book(decisions, progress=progress, cancel=cancel))
    to_google = [*plan.to_google, *waiting_for_choice(plan)]
    in_book = {row.crm_id for row in book.rows}
    # A CRM row removed by another program: its deletion row shows Google's copy.
    gone = {c.resource_name: c.crm_id for c in plan.to_google
            if c.record is None and c.resource_name and c.crm_id not in in_book}
    copies = {name: google_copy_row(gone[name], contact)
              for name, contact in service.google_copies(gone).items()}
    book.sort_keys(NAME_TEXT)  # here, not on the window's thread (the page sorts by name)
    return PreviewOutcome(plan, change_rows(to_google, plan.conflicts, book, copies),
                          change_rows(plan.to_crm, plan.conflicts, book), service.status(),
                          service.not_synced_by_choice() if not_synced else None, book)


def contacts(service: SyncService, plan: Plan | None) -> ContactsOutcome:
    """The Contacts page without a Google call: at start (before the first preview can
    answer, or when it cannot), and after a change made from the page."""
    book = service.contact_book(plan)
    book.sort_keys(NAME_TEXT)  # here, not on the window's thread (the page sorts by name)
    return ContactsOutcome(book)


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    report: ImportReport
    book: ContactBook  # the contact book after the import (no Google call)


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    count: int


@dataclass(frozen=True)
class DatabaseOutcome:
    info: CrmDatabaseInfo
    book: ContactBook


def import_csv(service: SyncService, path: Path) -> ImportOutcome:
    report = service.import_csv(path)
    return ImportOutcome(path, report, service.contact_book(None))


def export_csv(service: SyncService, path: Path) -> ExportOutcome:
    return ExportOutcome(path, service.export_csv(path))


def choose_database(service: SyncService, path: Path, create: bool) -> DatabaseOutcome:
    """Another CRM database for this profile (R-CRM1): saved in the settings; it has its
    own sync state, so its first sync matches contacts again by email."""
    info = service.choose_crm_database(path, create=create)
    service.save_settings()
    return DatabaseOutcome(info, service.contact_book(None))


@dataclass(frozen=True)
class EditorOutcome:
    form: ContactForm


@dataclass(frozen=True)
class SaveOutcome:
    """A contact saved (``crm_id``), or not yet: another live contact has one of its
    emails (``duplicate``: its id and name) and the user is asked first."""

    draft: ContactDraft
    crm_id: int | None
    duplicate: tuple[int, str] | None
    book: ContactBook | None


def contact_form(service: SyncService, crm_id: int | None) -> EditorOutcome:
    return EditorOutcome(service.contact_form(crm_id))


def save_contact(service: SyncService, draft: ContactDraft, check: bool,
                 book: ContactBook | None = None) -> SaveOutcome:
    """``book``: the page's rows, to update with the saved contact's alone (reading
    every contact again made the editor wait seconds at 25,000); None: read them all."""
    if check:
        owner = service.email_owner(draft.emails(), other_than=draft.crm_id)
        if owner is not None:
            return SaveOutcome(draft, None, owner, None)
    crm_id = service.save_contact(draft)
    if book is None:
        return SaveOutcome(draft, crm_id, None, service.contact_book(None))
    return SaveOutcome(draft, crm_id, None,
                       with_rows(book, service.contact_book(None, only=[crm_id])))


@dataclass(frozen=True)
class TrashOutcome:
    count: int
    restored: bool
    book: ContactBook


def trash(service: SyncService, crm_ids: Sequence[int], restore: bool) -> TrashOutcome:
    service.delete_contacts(crm_ids, restore=restore)
    return TrashOutcome(len(crm_ids), restore, service.contact_book(None))


@dataclass(frozen=True)
class TagRenamed:
    old: str
    new: str
    count: int
    book: ContactBook
    label_follows: bool  # signed in: the next sync renames its Google label


def rename_tag(service: SyncService, old: str, new: str) -> TagRenamed:
    count, follows = service.rename_tag(old, new)
    return TagRenamed(old, new.strip(), count, service.contact_book(None), follows)


@dataclass(frozen=True)
class CompaniesOutcome:
    rows: list[CompanyRow]
    book: ContactBook | None = None  # after a change that reached contacts
    selected: int | None = None  # the company to show (made or renamed)


def companies(service: SyncService) -> CompaniesOutcome:
    return CompaniesOutcome(service.company_rows())


def change_company(service: SyncService, action: str, company_id: int | None,
                   name: str = "", unlink: bool = False) -> CompaniesOutcome:
    """``action``: "create", "rename" or "delete"."""
    if action == "create":
        company_id = service.create_company(name)
    elif action == "rename":
        assert company_id is not None
        service.rename_company(company_id, name)
    else:
        assert company_id is not None
        service.delete_company(company_id, unlink=unlink)
        company_id = None
    return CompaniesOutcome(service.company_rows(), service.contact_book(None), company_id)


def link_candidates(service: SyncService, crm_id: int) -> LinkCandidates:
    return LinkCandidates(crm_id, service.link_candidates())


def sync(service: SyncService, decisions: Decisions, confirm_deletions: bool,
         progress: ProgressCallback, cancel: threading.Event) -> SyncOutcome:
    result = service.sync(decisions, confirm_deletions=confirm_deletions, progress=progress,
                          cancel=cancel)
    if result.status is SyncStatus.NEEDS_CONFIRMATION:
        return SyncOutcome(result, None)
    if decisions.only is not None and result.status in (SyncStatus.OK, SyncStatus.PARTIAL):
        service.forget_left_out(decisions.only)  # synced by name: back in the sync
    # The run's plan is spent: let it go before planning again, rather than hold two plans
    # of 25,000 changes at once — a slice at a time (core/heap.py: all at once held the
    # GIL, and froze the window, 120-240 ms after a first sync of 25,000).
    spent_plan = [*result.plan.to_google, *result.plan.to_crm, *result.plan.housekeeping]
    result = dataclasses.replace(result, plan=Plan())
    let_go(spent_plan)
    # After a run that reached its end (ok, or partial: its refused contacts are said in
    # its report) the user's one-run choices are spent; after a cancel or a failure they
    # still describe what remains.
    # A "Sync now" of one contact spends nothing of the others': their choices stay.
    spent = result.status in (SyncStatus.OK, SyncStatus.PARTIAL) and decisions.only is None
    again = Decisions() if spent else dataclasses.replace(decisions, only=None)
    # A run may keep a contact whose Google copy was deleted: a new "not synced" one.
    return SyncOutcome(result, preview(service, again, progress, not_synced=True))


def reset_state_then_preview(service: SyncService, decisions: Decisions,
                             progress: ProgressCallback) -> ResetOutcome:
    """Set a damaged state aside and start a new one (#17): the preview that follows
    matches the contacts again by their CRM Sync tag and email."""
    aside = service.reset_state()
    return ResetOutcome(aside, preview(service, decisions, progress, not_synced=True))


def link_then_preview(service: SyncService, crm_id: int, resource_name: str, apart: bool,
                      decisions: Decisions, progress: ProgressCallback) -> PreviewOutcome:
    if apart:
        service.keep_apart(crm_id, resource_name)
    else:
        service.link(crm_id, resource_name)
    return preview(service, decisions, progress)


def ignore_then_preview(service: SyncService, crm_id: int | None, resource_name: str | None,
                        decisions: Decisions, progress: ProgressCallback) -> PreviewOutcome:
    """R-S9: never sync this contact again (the state keeps the choice)."""
    service.ignore(crm_id=crm_id, resource_name=resource_name)
    return preview(service, decisions, progress, not_synced=True)


def sync_again_then_preview(service: SyncService, contacts: Sequence[NotSynced],
                            decisions: Decisions, progress: ProgressCallback
                            ) -> PreviewOutcome:
    """Undo "not synced" choices (ignored, or kept after its Google copy went): the
    preview then shows what the next sync does with these contacts."""
    for contact in contacts:
        service.sync_again(crm_id=contact.crm_id, resource_name=contact.resource_name)
    return preview(service, decisions, progress, not_synced=True)


def unlink_then_preview(service: SyncService, crm_id: int, decisions: Decisions,
                        progress: ProgressCallback) -> PreviewOutcome:
    """R-S9: the pair is two different people from now on (kept apart, so the next run
    does not match them again by email)."""
    service.unlink(crm_id)
    return preview(service, decisions, progress)


def waiting_count(plan: Plan) -> int:
    """The reminder's number: the contacts with something waiting — a change either
    way (left-out rows aside) or a conflict waiting for a choice — each counted once."""
    contacts = {(c.crm_id, c.resource_name if c.crm_id is None else None)
                for c in plan.changes()}
    contacts |= {(c.crm_id, None) for c in plan.unresolved()}
    return len(contacts)


def needs_decision(plan: Plan) -> bool:
    """True when a run could do something the user should choose first (R-UI4: only the
    rest may sync by itself): an unresolved conflict, a mass deletion to confirm, a
    possible match, or anything about a deleted contact (delete, keep, detach)."""
    deletion_like = (Action.DELETE, Action.KEEP, Action.DETACH, Action.RESTORE)
    return bool(plan.unresolved() or plan.needs_confirmation or plan.possible_matches
                or any(c.action in deletion_like for c in plan.changes()))
