"""The application service: the one door through which the CLI and the window act.

It knows the profile, the settings, the Google session and (for ``--demo``) the demo
world, and opens per call what a thread may not share (SQLite connections, the People
API's HTTP connection). Every method can run in a worker thread.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from crmsync_gui.app.google_account import Account, GoogleSession, open_google_session
from crmsync_gui.app.profile import CRM_DB_ENV, Profile, ProfileReadOnlyError
from crmsync_gui.app.settings import Settings, load_settings, save_settings
from crmsync_gui.core.contact_book import ContactBook, contact_book
from crmsync_gui.core.mapping import CONTACT_COLUMNS
from crmsync_gui.core.note_block import BLOCK_START, join_note, split_note
from crmsync_gui.core.plan import Plan, Side
from crmsync_gui.core.plan_input import Choices, Decisions, PlanOptions
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.record import clean_text, looks_like_email
from crmsync_gui.core.run_changes import RunChange, run_changes
from crmsync_gui.core.search import fold
from crmsync_gui.core.sides import CrmContact, GoogleContact
from crmsync_gui.core.tags import reserved_keys
from crmsync_gui.core.timestamps import utc_now
from crmsync_gui.crm import company_writes
from crmsync_gui.crm.contact_writes import LinkWrite, email_holder
from crmsync_gui.crm.contact_writes import save_contact as write_contact
from crmsync_gui.crm.csv_io import ImportReport, export_csv, import_csv
from crmsync_gui.crm.model import CrmConflictError, CrmError, CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.crm.tag_writes import rename_tag
from crmsync_gui.disk_space import ROOM_BEFORE_WRITING, disk_full, existing_ancestor
from crmsync_gui.google.errors import SignInRequired
from crmsync_gui.google.retry import RetryPolicy
from crmsync_gui.private_files import make_private_dir
from crmsync_gui.state.store import (
    Checkpoint,
    RunRecord,
    StateError,
    StateStore,
    set_aside,
    state_path,
)
from crmsync_gui.sync.backup import (
    BackupInfo,
    GoogleRestoreReport,
    list_backups,
    restore_crm,
    restore_google,
)
from crmsync_gui.sync.engine import ProgressCallback, SyncEngine, SyncResult
from crmsync_gui.sync.undo import UndoReport, plan_undo, undo_run

if TYPE_CHECKING:
    from crmsync_gui.app.demo import DemoWorld

log = logging.getLogger(__name__)


IGNORED, KEPT = "ignored", "kept"  # why a contact is not synced: the user's two choices


@dataclass(frozen=True)
class NotSynced:
    side: Side
    crm_id: int | None
    resource_name: str | None
    name: str
    why: str  # IGNORED, or KEPT (its Google copy deleted, or undone)


@dataclass
class RestoreReport:
    backup: BackupInfo
    safety_backup: BackupInfo | None = None
    google: GoogleRestoreReport | None = None


@dataclass(frozen=True)
class Status:
    account: Account | None
    token_stored: bool
    token_warning: Reason | None  # e.g. no keyring: the sign-in is kept in memory only
    crm_path: str
    crm_contacts: int
    last_sync: str | None
    linked: int
    # Who else may read the user's data (R-SEC): a profile on a file system that keeps no
    # permissions, a CRM database outside the profile that every user can read.
    privacy_warnings: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class LinkDraft:
    """One of a contact's companies as the editor shows and saves it."""

    company_id: int | None  # None: a new company, made on save under ``company_name``
    company_name: str
    values: dict[str, str]  # LINK_COLUMNS: job title, work phone, mobile and email
    primary: bool = False  # its fields are the ones that go to Google


@dataclass(frozen=True)
class ContactForm:
    """A CRM contact as the editor shows it (R-UI7): values as stored, its company
    links (the primary one first), the note's own text apart from the block the sync
    maintains, and the companies to choose from."""

    crm_id: int | None  # None: a new contact
    values: dict[str, str]  # CONTACT_COLUMNS and "tags"
    links: tuple[LinkDraft, ...]
    note: str  # the user's part
    managed_block: str  # read-only in the editor
    companies: list[tuple[int, str]]  # live companies, by name
    # When it was read: a save refuses to overwrite what a sync (or another program)
    # wrote since — the user's older values would undo Google's newer ones.
    read_at: datetime | None = None
    read_text: str = ""

    @property
    def primary(self) -> LinkDraft | None:
        return next((link for link in self.links if link.primary), None)


@dataclass(frozen=True)
class ContactDraft:
    crm_id: int | None
    values: dict[str, str]
    links: tuple[LinkDraft, ...]
    note: str
    read_at: datetime | None = None  # the form's, for the stale-write check
    read_text: str = ""
    read_links: tuple[LinkDraft, ...] | None = None  # the form's links, ditto

    def emails(self) -> tuple[str, ...]:
        """Every email the draft gives the contact: personal and professional."""
        return (self.values.get("personal_email", ""),
                *(link.values.get("work_email", "") for link in self.links))


@dataclass(frozen=True)
class CompanyRow:
    company_id: int
    name: str
    contacts: list[str]  # the names of its live contacts


@dataclass(frozen=True)
class GoogleCandidate:
    resource_name: str
    name: str
    email: str


@dataclass(frozen=True)
class CrmDatabaseInfo:
    """The CRM database the user chose (first-run wizard, settings)."""

    path: Path
    contacts: int
    warning: Reason | None  # e.g. the file sits on a network share
    imported: ImportReport | None = None


class SyncService:
    """Everything the user can do, for one profile (the demo's, with ``demo``)."""

    def __init__(self, profile: Profile, settings: Settings | None = None,
                 demo: DemoWorld | None = None) -> None:
        self.profile = profile
        self.settings = settings or load_settings(profile.settings_file)
        # A profile that cannot be written (a read-only mount) is still read: the CRM
        # and the state from copies in memory; whatever would write stops first.
        self.read_only = not profile.writable()
        self.demo = demo
        self._session: GoogleSession | None = None

    @classmethod
    @contextmanager
    def open(cls, base: Profile, *, demo: bool = False, settings: Settings | None = None,
             sandbox_process: bool = False) -> Iterator[SyncService]:
        """The service of a profile, or of its demo world (running while open; the
        window asks for the demo's sandbox in its own process)."""
        if not demo:
            yield cls(base, settings)
            return
        # Imported here: the demo brings the sandbox along, which no real sync needs.
        from crmsync_gui.app.demo import DemoWorld, demo_profile, play_demo_browser

        profile = demo_profile(base)
        with DemoWorld(profile, separate_process=sandbox_process) as world:
            service = cls(profile, settings, demo=world)
            if service.session.account is None:
                service.session.sign_in(open_url=play_demo_browser, timeout=30)
            yield service

    # -- settings and account --------------------------------------------------------

    def save_settings(self) -> None:
        self.require_writable()
        save_settings(self.settings, self.profile.settings_file)

    @property
    def session(self) -> GoogleSession:
        if self._session is None:
            self._session = (self.demo.session() if self.demo is not None else
                             open_google_session(self.profile.home, self.settings))
        return self._session

    @property
    def crm_path(self) -> Path:
        if self.demo is not None:  # its own, never the user's (CRMSYNC_CRM_DB)
            return self.demo.crm_path
        return self.profile.crm_database(self.settings.crm_database)

    def open_crm(self, create: bool = False) -> SqliteCrm:
        """The CRM database. One named by the settings or ``CRMSYNC_CRM_DB`` must exist
        unless ``create`` (an import into a new file): gone or mistyped, a new empty one
        there would be filled with every Google contact by the next sync. The profile's
        own ``crm.sqlite3`` is the embedded default and is made on first use."""
        path = self.crm_path
        named_by = (f"${CRM_DB_ENV}" if os.environ.get(CRM_DB_ENV) and self.demo is None
                    else str(self.profile.settings_file) if self.settings.crm_database
                    and self.demo is None else None)
        if named_by is not None and not create and not path.exists():
            raise CrmError(Reason.of(ReasonCode.CRM_DATABASE_MISSING, path=str(path),
                                     settings=named_by))
        return SqliteCrm(path, read_only=self.read_only or not _writable_file(path))

    def require_writable(self, crm: bool = True) -> None:
        """Before anything that writes: a read-only profile, or a disk with less than
        ``ROOM_BEFORE_WRITING`` free, stops it here with its name, not halfway (an undo
        or a sync that wrote to Google and could not record it leaves the sides out of
        step with the state)."""
        if self.read_only:
            raise ProfileReadOnlyError(self.profile.home)
        if not crm:  # the state or the account only (ignore, link, sign in…)
            return
        for place in (self.profile.home, self.crm_path):
            if disk_full(place, ROOM_BEFORE_WRITING):  # stop before, not halfway
                raise StateError(Reason.of(ReasonCode.DISK_FULL, path=str(place)))
        if not _writable_file(self.crm_path):  # a sync would write Google, then fail here
            raise CrmError(Reason.of(ReasonCode.CRM_NOT_WRITABLE, path=str(self.crm_path)))

    def _account(self) -> Account:
        if self.session.config_error is not None:
            # An unusable Google configuration (an http address off this computer, an
            # unreadable client file) is what to fix first: "not signed in" would send
            # the user to a sign-in that cannot work.
            raise self.session.config_error
        account = self.session.account
        if account is None:
            raise SignInRequired(Reason.of(ReasonCode.NOT_SIGNED_IN), "no account")
        return account

    @contextmanager
    def _state(self, crm: SqliteCrm, account: Account | None = None) -> Iterator[StateStore]:
        account = account or self._account()
        path = state_path(self.profile.state_dir, crm.database_uuid, account.sub)
        if not self.read_only:
            make_private_dir(path.parent)
        with StateStore.open(path, crm_database_uuid=crm.database_uuid,
                             google_sub=account.sub, read_only=self.read_only) as state:
            yield state

    def reset_state(self) -> Path | None:
        """Set the state of this CRM database and Google account aside (renamed, kept for
        support) so that the next run starts a new one; the new name, or None when there
        was none."""
        self.require_writable(crm=False)
        with self.open_crm() as crm:
            path = state_path(self.profile.state_dir, crm.database_uuid, self._account().sub)
        if not path.exists():
            return None
        return set_aside(path, utc_now())

    def _options(self) -> PlanOptions:
        return PlanOptions(conflict_policy=self.settings.conflict_policy,
                           deletion_policy=self.settings.deletion_policy,
                           label_only=self.settings.sync_label_only,
                           only_tag=(self.settings.only_tag or "").strip())

    @contextmanager
    def _engine(self, progress: ProgressCallback | None = None,
                cancel: threading.Event | None = None,
                retries: RetryPolicy | None = None) -> Iterator[SyncEngine]:
        with self.open_crm() as crm, self._state(crm) as state:
            yield SyncEngine(crm, self.session.people(retries), state, crm_path=self.crm_path,
                             label_name=self.settings.label_name, options=self._options(),
                             backups_dir=self.profile.backups_dir, progress=progress,
                             cancel=cancel)

    # -- the jobs ----------------------------------------------------------------------

    def preview(self, decisions: Decisions | None = None,
                progress: ProgressCallback | None = None) -> Plan:
        self.require_writable()
        with self._engine(progress) as engine:
            return engine.preview(decisions)

    def preview_with_book(self, decisions: Decisions | None = None,
                          progress: ProgressCallback | None = None,
                          cancel: threading.Event | None = None,
                          ) -> tuple[Plan, ContactBook]:
        """A preview, and the Contacts page's rows after it, from one read of the CRM.
        ``cancel`` stops it while Google is asked again (a preview writes nothing, so
        it can stop anywhere; a sync stops only between batches)."""
        self.require_writable()
        with self._engine(progress, retries=RetryPolicy(cancel=cancel) if cancel else None
                          ) as engine:
            contacts = engine.read_crm()
            plan = engine.preview(decisions, contacts)
            return plan, self._book(contacts, engine.state, plan)

    def replan_with_book(self, decisions: Decisions | None = None
                         ) -> tuple[Plan, ContactBook]:
        """``preview_with_book`` without reading Google: from the copy the last preview
        kept (a choice made on the Sync page changes the plan, not Google)."""
        with self._engine() as engine:
            contacts = engine.read_crm()
            plan = engine.replan(decisions, contacts)
            return plan, self._book(contacts, engine.state, plan)

    def sync(self, decisions: Decisions | None = None, *, confirm_deletions: bool = False,
             progress: ProgressCallback | None = None,
             cancel: threading.Event | None = None) -> SyncResult:
        self.require_writable()
        # The cancel also ends a wait between retries (Google busy): a stop in seconds,
        # not after a minute of backoff.
        with self._engine(progress, cancel,
                          retries=RetryPolicy(cancel=cancel) if cancel else None) as engine:
            return engine.sync(decisions, confirm_deletions=confirm_deletions)

    def undo_last(self) -> UndoReport:
        self.require_writable()
        with self.open_crm() as crm, self._state(crm) as state:
            return undo_run(crm, self.session.people(), state)

    def plan_undo(self) -> UndoReport:
        """What ``undo_last`` would do now (which run, how many contacts per side),
        without writing anything: the question asked before an undo."""
        with self.open_crm() as crm, self._state(crm) as state:
            return plan_undo(crm, self.session.people(), state)

    def run_changes(self, run_id: int) -> list[RunChange] | None:
        """What run ``run_id`` did to each contact (None: no such run)."""
        with self.open_crm() as crm, self._state(crm) as state:
            run = state.run(run_id)
            if run is None:
                return None
            return run_changes(state.journal_lines(run_id), run.errors, run.warnings)

    def runs(self, limit: int = 50) -> list[RunRecord]:
        with self.open_crm() as crm, self._state(crm) as state:
            return state.runs(limit)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.profile.backups_dir)

    def restore_backup(self, name: str, *, crm: bool = True,
                       google: bool = True) -> RestoreReport:
        """Put a backup back (R-S8): the CRM file (the current one is backed up first)
        and/or the Google contacts (re-created if gone, mapped fields put back)."""
        self.require_writable(crm=crm)
        backup = next((b for b in self.backups() if b.name == name), None)
        if backup is None:
            raise CrmError(Reason.of(ReasonCode.NO_SUCH_BACKUP, name=name))
        report = RestoreReport(backup=backup)
        if crm:
            report.safety_backup = restore_crm(backup, self.crm_path, self.profile.backups_dir)
        if google:
            report.google = restore_google(backup, self.session.people())
        return report

    def link(self, crm_id: int, resource_name: str) -> None:
        self.require_writable(crm=False)
        with self.open_crm() as crm, self._state(crm) as state:
            existing = state.link_for_resource(resource_name)
            if existing is not None and existing.crm_id != crm_id:
                state.unlink(existing.crm_id)
            state.set_keep_apart(crm_id, resource_name, apart=False)
            state.set_ignored_crm(crm_id, ignored=False)
            state.set_ignored_google(resource_name, ignored=False)
            state.link_by_hand(crm_id, resource_name)

    def unlink(self, crm_id: int, keep_apart: bool = True) -> None:
        self.require_writable(crm=False)
        with self.open_crm() as crm, self._state(crm) as state:
            link = state.link_for_crm(crm_id)
            state.unlink(crm_id)
            if link is not None and keep_apart:
                # Otherwise the next run would match them again by email.
                state.set_keep_apart(crm_id, link.resource_name)

    def ignore(self, *, crm_id: int | None = None, resource_name: str | None = None,
               ignored: bool = True) -> None:
        self.require_writable(crm=False)
        with self.open_crm() as crm, self._state(crm) as state:
            if crm_id is not None:
                state.set_ignored_crm(crm_id, ignored)
            if resource_name is not None:
                state.set_ignored_google(resource_name, ignored)

    def not_synced_by_choice(self) -> list[NotSynced]:
        """Contacts left out of the sync by a choice: ignored on either side, or kept in
        the CRM after their Google copy was deleted or undone (R-S5, R-S7b)."""
        with self.open_crm() as crm, self._state(crm) as state:
            choices = state.choices()
            # Only the contacts chosen out: the list is read with every preview.
            crm_contacts = {i: c for i, c in crm.read(
                sorted(choices.ignored_crm | choices.kept_deleted)).items() if not c.deleted}
            google = {g.resource_name: g
                      for g in state.google_contacts(sorted(choices.ignored_google))}
        found = [NotSynced(Side.CRM, crm_id, None, crm_contacts[crm_id].record.display_name(),
                           KEPT if crm_id in choices.kept_deleted else IGNORED)
                 for crm_id in sorted(choices.ignored_crm | choices.kept_deleted)
                 if crm_id in crm_contacts]
        found += [NotSynced(Side.GOOGLE, None, name, google[name].record.display_name(),
                            IGNORED)
                  for name in sorted(choices.ignored_google) if name in google]
        return found

    def sync_again(self, *, crm_id: int | None = None,
                   resource_name: str | None = None) -> None:
        """Undo a "not synced" choice: the next sync takes the contact in again. A
        contact held back because the user unlinked it from its pair goes on its own."""
        self.require_writable()
        with self.open_crm() as crm, self._state(crm) as state:
            choices = state.choices()
            if crm_id is not None:
                state.set_ignored_crm(crm_id, False)
                unlinked = crm_id in choices.detached and (
                    crm_id, choices.detached[crm_id].resource_name) in choices.keep_apart
                state.checkpoint(Checkpoint(unkept=(crm_id,),
                                            undetach=(crm_id,) if unlinked else ()))
            if resource_name is not None:
                state.set_ignored_google(resource_name, False)
                detached = [link for link in choices.detached.values()
                            if link.resource_name == resource_name]
                if detached and (detached[0].crm_id, resource_name) in choices.keep_apart:
                    state.checkpoint(Checkpoint(undetach=(detached[0].crm_id,)))
                    return
                gone = crm.read([detached[0].crm_id]).get(detached[0].crm_id) \
                    if detached else None
                if gone is not None and gone.deleted:
                    # Detached by the deletion of its CRM contact: synced again means
                    # that contact back, linked to it with their old baseline (the next
                    # sync), not a second CRM contact made from it (R-S5).
                    crm.apply([CrmWrite(WriteKind.RESTORE, crm_id=gone.crm_id)])

    def google_copies(self, resource_names: Iterable[str]) -> dict[str, GoogleContact]:
        """The Google contacts as the last read kept them (no Google call)."""
        wanted = list(resource_names)
        if not wanted:
            return {}
        with self.open_crm() as crm, self._state(crm) as state:
            return {c.resource_name: c for c in state.google_contacts(only=wanted)}

    def rename_tag(self, old: str, new: str) -> tuple[int, bool]:
        """Rename a tag on every CRM contact that has it: the number of contacts, and
        whether its Google label follows — renamed at the next sync of the signed-in
        account; signed out, nobody's label is renamed (the contacts move into a label
        of the new name at the next sync, R-S13)."""
        self.require_writable(crm=True)
        with self.open_crm() as crm:
            count = rename_tag(crm, old, new, reserved_keys(self.settings.label_name))
            account = self.session.account
            if account is None or self.session.config_error is not None:
                return count, False
            with self._state(crm, account) as state:
                state.add_tag_rename(clean_text(old), clean_text(new))
        return count, True

    def set_left_out(self, keys: Sequence[str], left_out: bool = True,
                     account_sub: str | None = None) -> None:
        """Rows unticked in a preview (by change key) stay out of every sync — the
        window's, the tray's, `crmsync sync` — until ticked again (#21). ``account_sub``:
        the account whose preview showed them; another one signed in since (the write
        waited for the worker) has its own state, which this choice is not about."""
        self.require_writable(crm=False)
        account = self.session.account
        if account_sub is not None and (account is None or account.sub != account_sub):
            return
        with self.open_crm() as crm, self._state(crm) as state:
            state.set_left_out(keys, left_out)

    def forget_left_out(self, crm_ids: Iterable[int]) -> None:
        """Contacts synced by name ("Sync now"): the user took them back into the
        sync; their rows left out before would otherwise leave out their next changes."""
        wanted = {str(crm_id) for crm_id in crm_ids}
        with self.open_crm() as crm, self._state(crm) as state:
            keys = [key for key in state.choices().left_out
                    if key.split(":")[1:2] and key.split(":")[1] in wanted]
            if keys:
                state.set_left_out(keys, False)

    def keep_apart(self, crm_id: int, resource_name: str) -> None:
        self.require_writable(crm=False)
        with self.open_crm() as crm, self._state(crm) as state:
            state.set_keep_apart(crm_id, resource_name)

    def contact_book(self, plan: Plan | None = None,
                     only: Sequence[int] | None = None) -> ContactBook:
        """The Contacts page's rows and statuses, without a Google call (R-UI7): from
        the CRM, the state and ``plan``, the last preview's. ``only``: those contacts'
        rows alone (``with_rows`` puts them into the page's book)."""
        def read(crm: SqliteCrm, forms: Mapping[int, tuple[str, Sequence[str]]] | None
                 ) -> list[CrmContact]:
            return crm.read_all(forms) if only is None else list(crm.read(only, forms).values())

        with self.open_crm() as crm:
            account = self.session.account
            if account is not None:
                try:
                    with self._state(crm, account) as state:
                        # The forms the last sync kept: 25,000 contacts read in about a
                        # second rather than three (SPEC §3).
                        return self._book(read(crm, state.crm_forms()), state, plan)
                except StateError as error:  # the preview says it, with the way out
                    log.warning("contacts shown without the sync state: %s", error)
            # No state to read: where each contact stands is unknown, not "never synced".
            return contact_book(read(crm, None), None, Choices(), plan, None,
                                demo=self.demo is not None)

    def _book(self, contacts: list[CrmContact], state: StateStore,
              plan: Plan | None) -> ContactBook:
        return contact_book(contacts, state.link_names(), state.choices(), plan,
                            state.last_sync_at, demo=self.demo is not None)

    def link_candidates(self) -> list[GoogleCandidate]:
        """The Google contacts known from the last read that no CRM contact is linked to:
        what Link… offers (R-S9)."""
        with self.open_crm() as crm, self._state(crm) as state:
            linked = set(state.link_names().values())
            google = state.google_contacts()
        return sorted((GoogleCandidate(g.resource_name, g.record.display_name(),
                                       g.record.personal_email or g.record.work_email)
                       for g in google if g.resource_name not in linked and not g.deleted),
                      key=lambda c: (c.name.casefold(), c.resource_name))

    def status(self) -> Status:
        account = self.session.account
        token = self.session.tokens.load(account.sub) if account else None
        with self.open_crm() as crm:
            count = crm.count_contacts()
            last, linked = None, 0
            if account is not None:
                # Not _account(): the status names a configuration problem as a warning
                # and still shows what it can.
                with self._state(crm, account) as state:
                    moment = state.last_sync_at
                    last = moment.isoformat(timespec="seconds") if moment else None
                    linked = state.link_count()
        return Status(account, token is not None, self.session.tokens.warning,
                      str(self.crm_path), count, last, linked, self.privacy_warnings())

    def privacy_warnings(self) -> tuple[Reason, ...]:
        """What the status says about who else may read the user's data (R-SEC)."""
        found = (self.profile.privacy_warning(),
                 self.profile.crm_database_warning(self.crm_path))
        return tuple(warning for warning in found if warning is not None)

    # -- editing the contact book (issue #19) --------------------------------------------

    def contact_form(self, crm_id: int | None) -> ContactForm:
        with self.open_crm() as crm:
            contact = crm.read([crm_id]).get(crm_id) if crm_id is not None else None
            companies = sorted(((c.company_id, c.name) for c in crm.companies()
                                if not c.deleted), key=lambda c: fold(c[1]))
        if contact is None:
            return ContactForm(None, dict.fromkeys((*CONTACT_COLUMNS, "tags"), ""), (),
                               "", "", companies)
        record, address = contact.record, contact.record.home_address
        values = {"last_name": record.last_name, "first_name": record.first_name,
                  "home_phone": record.home_phone, "personal_mobile": record.personal_mobile,
                  "personal_email": record.personal_email, "home_street": address.street,
                  "home_postal_code": address.postal_code, "home_city": address.city,
                  "home_country": address.country}
        primary = contact.primary_link
        links = tuple(LinkDraft(
            link.company_id, link.company_name,
            {"job_title": link.job_title, "work_phone": link.work_phone,
             "work_mobile": link.work_mobile, "work_email": link.work_email},
            primary=link is primary)
            for link in sorted(contact.links, key=lambda link: (link is not primary,
                                                                 fold(link.company_name))))
        note = split_note(contact.note)
        return ContactForm(contact.crm_id, {**values, "tags": contact.tags}, links,
                           note.user, note.block, companies, contact.updated_at,
                           contact.updated_at_text)

    def email_owner(self, emails: Sequence[str],
                    other_than: int | None) -> tuple[int, str] | None:
        """A live contact that already has one of ``emails`` (personal, or on any of its
        companies), as (CRM id, name), for the editor's duplicate question; None when
        nobody has."""
        with self.open_crm() as crm:
            return email_holder(crm, emails, other_than)

    def save_contact(self, draft: ContactDraft) -> int:
        """Create or update one contact and its company links through the CRM backend
        (one transaction, ``updated_at`` set), keeping the note's managed block as it
        is and where it is."""
        self.require_writable()
        for email in draft.emails():
            if email.strip() and not looks_like_email(email):
                raise CrmError(Reason.of(ReasonCode.CONTACT_BAD_EMAIL, value=email))
        with self.open_crm() as crm:
            stored = crm.read([draft.crm_id]).get(draft.crm_id) if draft.crm_id else None
            split = split_note(stored.note if stored is not None else "")
            if _markers(draft.note) > _markers(split.user):
                # Pasted from another note: the sync would take it for this contact's
                # block (and its values for Google's).
                raise CrmError(Reason.of(ReasonCode.NOTE_HAS_BLOCK_START, marker=BLOCK_START))
            name = stored.record.display_name() if stored is not None else ""
            write = CrmWrite(WriteKind.UPDATE if stored is not None else WriteKind.CREATE,
                             crm_id=draft.crm_id if stored is not None else None,
                             contact=dict(draft.values), note=join_note(split, draft.note),
                             expected_updated_at=draft.read_at if stored else None,
                             expected_updated_text=draft.read_text or None
                             if stored else None)
            links = [LinkWrite(link.company_id, link.company_name, link.values, link.primary)
                     for link in draft.links]
            read_links = None if stored is None or draft.read_links is None else {
                link.company_id: link.values for link in draft.read_links
                if link.company_id is not None}
            try:
                return write_contact(crm, write, links, read_links)
            except CrmConflictError as error:
                raise CrmError(Reason.of(ReasonCode.CONTACT_EDITED_MEANWHILE,
                                         name=name)) from error

    def delete_contacts(self, crm_ids: Sequence[int], restore: bool = False) -> None:
        """To the trash (a soft delete: the next sync deletes the Google copy too, unless
        it was changed in Google since — R-S5), or back from it."""
        self.require_writable()
        kind = WriteKind.RESTORE if restore else WriteKind.DELETE
        with self.open_crm() as crm:
            crm.apply([CrmWrite(kind, crm_id=crm_id) for crm_id in crm_ids])

    # -- companies (issue #19) -------------------------------------------------------------

    def company_rows(self) -> list[CompanyRow]:
        with self.open_crm() as crm:
            contacts = [c for c in crm.read_all() if not c.deleted]
            companies = [c for c in crm.companies() if not c.deleted]
        names: dict[int, list[str]] = {c.company_id: [] for c in companies}
        for contact in contacts:
            for link in contact.links:
                if link.company_id in names:
                    names[link.company_id].append(
                        contact.record.display_name() or f"#{contact.crm_id}")
        # Sorted as people read them: "Étienne" among the E's, not after the Z's.
        return sorted((CompanyRow(c.company_id, c.name, sorted(names[c.company_id], key=fold))
                       for c in companies), key=lambda row: fold(row.name))

    def create_company(self, name: str) -> int:
        self.require_writable()
        with self.open_crm() as crm:
            return company_writes.create_company(crm, name)

    def rename_company(self, company_id: int, name: str) -> None:
        self.require_writable()
        with self.open_crm() as crm:
            company_writes.rename_company(crm, company_id, name)

    def delete_company(self, company_id: int, unlink: bool = False) -> int:
        """Soft delete; refused while contacts are linked unless ``unlink``."""
        self.require_writable()
        with self.open_crm() as crm:
            return company_writes.delete_company(crm, company_id, unlink=unlink)

    # -- spreadsheets (the window's File menu, issue #19) -------------------------------

    def import_csv(self, path: Path) -> ImportReport:
        """All or nothing (R-CRM3): a refused line raises ``CsvImportError`` naming every
        refused line, and nothing is imported. Through the CRM backend, in one
        transaction, so the next preview shows what changed."""
        self.require_writable()
        with self.open_crm() as crm:
            return import_csv(crm, Path(path))

    def export_csv(self, path: Path) -> int:
        """Every live contact to ``path`` (never over the CRM or the profile's files)."""
        with self.open_crm() as crm:
            return export_csv(crm, Path(path), protected=self.profile.own_files())

    def crm_database_locked_by_environment(self) -> bool:
        """``CRMSYNC_CRM_DB`` chooses the database: the window cannot choose another."""
        return bool(os.environ.get(CRM_DB_ENV)) and self.demo is None

    # -- choosing the CRM database and applying settings (the window, issue #6) ---------

    def choose_crm_database(self, path: Path, *, create: bool = False,
                            csv_file: Path | None = None) -> CrmDatabaseInfo:
        """Create a CRM database (or open one that exists), optionally import a CSV into
        it, and point the settings at it (the caller saves them)."""
        self.require_writable()
        path = Path(path).expanduser()
        if create and path.exists():
            raise CrmError(Reason.of(ReasonCode.CRM_FILE_EXISTS, path=str(path)))
        if not create and not path.exists():
            raise CrmError(Reason.of(ReasonCode.CRM_FILE_MISSING, path=str(path)))
        report = None
        try:
            with SqliteCrm(path) as crm:
                if csv_file is not None:
                    report = import_csv(crm, Path(csv_file))
                contacts = sum(1 for c in crm.read_all() if not c.deleted)
                warning = crm.warning
        except BaseException:
            if create:  # a failed import leaves no empty database behind
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        self.settings.crm_database = str(path)
        return CrmDatabaseInfo(path, contacts, warning, report)

    def apply_settings(self, settings: Settings) -> None:
        """Validate, save and use ``settings``; new Google endpoints mean a new session."""
        self.require_writable()
        endpoints = _google_endpoints(self.settings)
        settings.validate()
        save_settings(settings, self.profile.settings_file)
        self.settings = settings
        if self.demo is None and _google_endpoints(settings) != endpoints:
            self._session = None


def _writable_file(path: Path) -> bool:
    """Can SQLite write this database: the file (when it exists) and its folder (for its
    journal and -shm)? A file that does not exist yet is made in a folder we can write."""
    path = path.resolve()  # a link's target is what SQLite writes, in its own folder
    folder = existing_ancestor(path.parent)
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _google_endpoints(settings: Settings) -> tuple[str | None, ...]:
    return (settings.google_api_endpoint, settings.google_auth_uri, settings.google_token_uri,
            settings.google_client_secrets)


def _markers(note: str) -> int:
    """How many lines of ``note`` would start a managed block."""
    return sum(1 for line in note.split("\n") if line.strip() == BLOCK_START)
