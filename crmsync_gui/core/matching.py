"""Which CRM contact is which Google contact (SPEC R-S3).

In this order: an existing link (or one the user made in the preview); the
``clientData`` tag the app writes on what it creates; the personal email; the
professional email. An email is compared normalised (trimmed, lower case) and belongs
to its *first holder* on each side — lowest CRM id; on Google the contact already
linked or tagged, else the lowest resource name. Other holders are skipped, never
merged. Contacts left over that share a phone or a full name (when one of them has no
email) are only *possible* matches: the user decides.

The user's choices hold for every rule (R-S5, R-S9): a pair kept apart (unlinked, or a
possible match kept apart) is never matched again, by tag or by email, until the user
links it. Ignored contacts — a Google contact a CRM deletion detached among them — take
no part in matching nor in the "email already used" checks; a contact whose email only
an ignored contact of the other side holds is a possible match, never a create. A CRM
contact restored after its deletion detached its Google contact is linked to that
contact again, with the pair's old baseline, unless it is gone or linked elsewhere.

Everything is iterated in sorted order, so the result does not depend on input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from crmsync_gui.core.baseline import UNKNOWN
from crmsync_gui.core.companies import fold_name
from crmsync_gui.core.google_entries import PHONES
from crmsync_gui.core.plan import PossibleMatch, Side, Skipped
from crmsync_gui.core.plan_input import Choices, Link
from crmsync_gui.core.reasons import Reason, ReasonCode, ReasonText
from crmsync_gui.core.record import FIELDS, PHONE_FIELDS, ContactRecord, Field
from crmsync_gui.core.sides import CrmContact, GoogleContact


@dataclass(frozen=True, slots=True)
class Pair:
    """A link and both sides as read; a side is None when it no longer exists."""

    link: Link
    crm: CrmContact | None
    google: GoogleContact | None
    new: bool = False  # matched in this plan: the link is not stored yet
    how: Reason | None = None  # for a new pair, how it was matched (said in its changes)


@dataclass(frozen=True, slots=True)
class Matching:
    pairs: tuple[Pair, ...]
    crm_only: tuple[CrmContact, ...]  # candidates for a Google create
    google_only: tuple[GoogleContact, ...]  # candidates for a CRM create
    skipped: tuple[Skipped, ...]
    possible_matches: tuple[PossibleMatch, ...]


_PERSONAL = FIELDS.index(Field.PERSONAL_EMAIL)
_WORK = FIELDS.index(Field.WORK_EMAIL)


def _emails(record: ContactRecord) -> tuple[str, ...]:
    """``record.emails()`` read straight from the normalised tuple (hot in matching)."""
    normalized = record.normalized
    personal, work = normalized[_PERSONAL], normalized[_WORK]
    if personal and work:
        return (personal, work) if personal != work else (personal,)
    return (personal,) if personal else (work,) if work else ()


def _google_emails(contact: GoogleContact) -> tuple[str, ...]:
    """Every email of a Google contact, whatever its type (its record's, hot, when its
    entries are not known)."""
    return _emails(contact.record) if contact.entries is None else contact.all_emails()


def crm_name(contact: CrmContact) -> str:
    """Its name, email or company; for a contact with none, words the window translates
    (a ``ReasonText``: "CRM contact 12" for the CLI)."""
    return contact.record.display_name() or ReasonText(
        Reason.of(ReasonCode.CRM_CONTACT_WITHOUT_NAME, crm_id=contact.crm_id))


def google_name(contact: GoogleContact) -> str:
    return contact.record.display_name() or contact.resource_name


def match_contacts(crm: Iterable[CrmContact], google: Iterable[GoogleContact], *,
                   links: Iterable[Link], choices: Choices, crm_database_uuid: str,
                   label_only: bool = False,
                   manual_links: Sequence[tuple[int, str]] = ()) -> Matching:
    return _Matcher(crm, google, links, choices, crm_database_uuid, label_only,
                    manual_links).run()


class _Matcher:
    def __init__(self, crm: Iterable[CrmContact], google: Iterable[GoogleContact],
                 links: Iterable[Link], choices: Choices, uuid: str, label_only: bool,
                 manual_links: Sequence[tuple[int, str]]) -> None:
        # Ignored contacts never appear, not even as a side of a link (R-S9); they are
        # set apart, in one pass, for the restore and "left out" possible-match rules.
        self.crm: dict[int, CrmContact] = {}
        self.left_out_crm: dict[int, CrmContact] = {}
        for c in crm:
            (self.left_out_crm if c.crm_id in choices.ignored_crm else self.crm)[c.crm_id] = c
        self.google: dict[str, GoogleContact] = {}
        self.left_out_google: dict[str, GoogleContact] = {}
        for g in google:
            (self.left_out_google if g.resource_name in choices.ignored_google
             else self.google)[g.resource_name] = g
        self.links = sorted(links, key=lambda link: link.crm_id)
        self.linked_google = {link.resource_name for link in self.links}
        self.choices = choices
        self.tag_prefix = f"{uuid}:"
        self.label_only = label_only
        self.manual_links = sorted(manual_links)
        self.pairs: list[Pair] = []
        self.skipped: list[Skipped] = []
        self.paired_crm: set[int] = set()
        self.paired_google: set[str] = set()
        # Held back from a create by a contact of the other side the user keeps apart.
        self.held_crm: set[int] = set()
        self.held_google: set[str] = set()

    def run(self) -> Matching:
        self._existing_links()
        self._restored()
        self._unlinked()
        crm_free = [c for _, c in sorted(self.crm.items())
                    if not c.deleted and c.crm_id not in self.paired_crm]
        google_free = [g for _, g in sorted(self.google.items())
                       if not g.deleted and g.resource_name not in self.paired_google
                       and (g.in_label or not self.label_only)]
        unpaired_crm, unpaired_google = list(crm_free), list(google_free)
        self._tags(google_free)
        crm_owner, google_owner = self._email_owners()
        # A contact holding an email that belongs to another contact of its side is
        # skipped outright, even if another email of it is its own: matching it would
        # carry the duplicate over to the other side.
        crm_free = [c for c in crm_free if c.crm_id not in self.paired_crm
                    and self._crm_owns_its_emails(c, crm_owner)]
        google_free = [g for g in google_free if g.resource_name not in self.paired_google
                       and self._google_owns_its_emails(g, google_owner)]
        self._emails(crm_free, {g.resource_name for g in google_free}, crm_owner,
                     google_owner)
        crm_left = [c for c in crm_free if c.crm_id not in self.paired_crm
                    and self._crm_keeps(c, google_owner)]
        google_left = [g for g in google_free if g.resource_name not in self.paired_google
                       and self._google_keeps(g, crm_owner)]
        left_out = self._held_by_left_out(crm_left, google_left)
        # A contact skipped above (its email used elsewhere) is still the person it is:
        # a contact of the other side that may be the same one is held back with it,
        # not created — once the email is sorted out, it would be there twice.
        crm_kept = {c.crm_id for c in crm_left}
        google_kept = {g.resource_name for g in google_left}
        possible, held_crm, held_google = _possible_matches(
            crm_left, google_left, self.choices.keep_apart, left_out,
            crm_skipped=[c for c in unpaired_crm if c.crm_id not in self.paired_crm
                         and c.crm_id not in crm_kept],
            google_skipped=[g for g in unpaired_google
                            if g.resource_name not in self.paired_google
                            and g.resource_name not in google_kept])
        held_crm |= self.held_crm
        held_google |= self.held_google
        self.pairs.sort(key=lambda p: (p.link.crm_id, p.link.resource_name))
        return Matching(
            pairs=tuple(self.pairs),
            crm_only=tuple(c for c in crm_left if c.crm_id not in held_crm),
            google_only=tuple(g for g in google_left if g.resource_name not in held_google),
            skipped=tuple(self.skipped),
            possible_matches=possible,
        )

    def _pair(self, link: Link, new: bool, how: Reason | None) -> None:
        self.pairs.append(Pair(link, self.crm.get(link.crm_id),
                               self.google.get(link.resource_name), new, how))
        self.paired_crm.add(link.crm_id)
        self.paired_google.add(link.resource_name)

    def _existing_links(self) -> None:
        for link in self.links:
            if (link.crm_id in self.choices.ignored_crm
                    or link.resource_name in self.choices.ignored_google):
                # Keep the ids reserved so the other side is not matched elsewhere.
                self.paired_crm.add(link.crm_id)
                self.paired_google.add(link.resource_name)
                continue
            self._pair(link, new=False, how=None)
        for crm_id, resource_name in self.manual_links:
            crm, google = self.crm.get(crm_id), self.google.get(resource_name)
            if (crm is None or google is None or crm_id in self.paired_crm
                    or resource_name in self.paired_google):
                continue  # already linked elsewhere: the user unlinks first (R-S9)
            self._pair(Link(crm_id, resource_name, manual=True), new=True,
                       how=Reason.of(ReasonCode.MATCHED_BY_YOUR_LINK))

    def _restored(self) -> None:
        """A CRM contact restored after its deletion detached its Google contact: the
        same pair again, with its old baseline, so edits made on both sides meanwhile
        merge instead of the contact being skipped, or created twice (R-S5)."""
        for crm_id, link in sorted(self.choices.detached.items()):
            crm = self.crm.get(crm_id)
            google = (self.google.get(link.resource_name)
                      or self.left_out_google.get(link.resource_name))
            if (crm is None or crm.deleted or google is None or google.deleted
                    or crm_id in self.paired_crm or link.resource_name in self.paired_google
                    or link.resource_name in self.linked_google
                    or (crm_id, link.resource_name) in self.choices.keep_apart):
                continue
            self.pairs.append(Pair(link, crm, google, new=True,
                                   how=Reason.of(ReasonCode.MATCHED_AGAIN_AFTER_RESTORE)))
            self.paired_crm.add(crm_id)
            self.paired_google.add(link.resource_name)

    def _unlinked(self) -> None:
        """A pair the user unlinked stays apart, and neither of the two is created on
        the other side either — that would be one person twice, whatever rule matched
        them (an email, a phone, a name). Both are shown until linked again (R-S9)."""
        for crm_id, link in sorted(self.choices.detached.items()):
            name = link.resource_name
            if (crm_id, name) not in self.choices.keep_apart:
                continue  # detached by a CRM deletion: see _restored
            # Each one left is held back, the other deleted or not: a deletion on one
            # side does not turn the other into a new contact (R-S5). "Sync again"
            # lets it go on its own.
            crm, google = self.crm.get(crm_id), self.google.get(name)
            if crm is not None and not crm.deleted and crm_id not in self.paired_crm:
                self.skipped.append(Skipped(
                    Side.CRM, crm_id, None, crm_name(crm),
                    Reason.of(ReasonCode.SKIPPED_UNLINKED_FROM_GOOGLE, holder=name)))
                self.paired_crm.add(crm_id)  # out of matching and of the creates
            if (google is not None and not google.deleted
                    and name not in self.paired_google):
                self.skipped.append(Skipped(
                    Side.GOOGLE, None, name, google_name(google),
                    Reason.of(ReasonCode.SKIPPED_UNLINKED_FROM_CRM, holder=crm_id)))
                self.paired_google.add(name)

    def _tags(self, google_free: list[GoogleContact]) -> None:
        """A contact the app created carries its CRM id: the surest match (R-G3)."""
        for contact in google_free:
            tag = contact.crm_tag or ""
            if not tag.startswith(self.tag_prefix):
                continue  # no tag, or written for another CRM database
            try:
                crm_id = int(tag[len(self.tag_prefix):])
            except ValueError:
                continue
            if (crm_id, contact.resource_name) in self.choices.keep_apart:
                continue  # unlinked by the user: the tag no longer says "the same"
            crm = self.crm.get(crm_id)
            if crm is None or crm.deleted:
                self.skipped.append(Skipped(
                    Side.GOOGLE, crm_id, contact.resource_name, google_name(contact),
                    Reason.of(ReasonCode.SKIPPED_TAG_OF_DELETED_CONTACT, crm_id=crm_id)))
                self.paired_google.add(contact.resource_name)
            elif crm_id in self.paired_crm:
                self.skipped.append(Skipped(
                    Side.GOOGLE, crm_id, contact.resource_name, google_name(contact),
                    Reason.of(ReasonCode.SKIPPED_SECOND_TAGGED_COPY, crm_id=crm_id)))
                self.paired_google.add(contact.resource_name)
            else:
                self._pair(Link(crm_id, contact.resource_name, created_by_sync=True),
                           new=True, how=Reason.of(ReasonCode.MATCHED_BY_TAG))

    def _email_owners(self) -> tuple[dict[str, int], dict[str, str]]:
        """The first holder of each email on each side, among live contacts.

        Ignored contacts (detached ones among them) are not counted: they are out of
        the sync, and the user may ignore one of two copies precisely so that the other
        one syncs. A contact whose email only they hold is a possible match instead
        (``_held_by_left_out``).
        """
        crm_after, google_after = self._emails_after_this_run()
        crm_owner: dict[str, int] = {}
        for contact in sorted((c for c in self.crm.values() if not c.deleted),
                              key=lambda c: (c.crm_id not in self.paired_crm, c.crm_id)):
            for email in crm_after.get(contact.crm_id, _emails(contact.record)):
                crm_owner.setdefault(email, contact.crm_id)
        google_owner: dict[str, str] = {}
        for contact in sorted((g for g in self.google.values() if not g.deleted),
                              key=lambda g: (g.resource_name not in self.paired_google
                                             and g.crm_tag is None, g.resource_name)):
            for email in google_after.get(contact.resource_name, _google_emails(contact)):
                google_owner.setdefault(email, contact.resource_name)
        return crm_owner, google_owner

    def _emails_after_this_run(self) -> tuple[dict[int, tuple[str, ...]],
                                              dict[str, tuple[str, ...]]]:
        """What each linked pair's sides will hold once this run's changes are applied:
        an email moved from one contact to another converges in one run (R-S10).

        Per email field, three-way against the baseline as the planner will decide:
        changed on one side only → the other side takes it; both changed or no
        baseline → both values count (a conflict keeps one of them). Google keeps its
        emails the mapping does not use."""
        crm_after: dict[int, tuple[str, ...]] = {}
        google_after: dict[str, tuple[str, ...]] = {}
        for pair in self.pairs:
            crm, google, base = pair.crm, pair.google, pair.link.baseline
            if crm is None or google is None or crm.deleted or google.deleted:
                continue
            if (base is not None and crm.record.normalized == base.crm
                    and google.record.normalized == base.google):
                continue  # nothing moves this run: each side keeps what it holds
            held: list[str] = []
            for name in (Field.PERSONAL_EMAIL, Field.WORK_EMAIL):
                c, g = crm.record.norm(name), google.record.norm(name)
                bc = base.crm_value(name) if base else UNKNOWN
                bg = base.google_value(name) if base else UNKNOWN
                if c == g or (UNKNOWN not in (bc, bg) and g == bg):
                    held.append(c)
                elif UNKNOWN not in (bc, bg) and c == bc:
                    held.append(g)
                else:
                    held += [c, g]
            held = [email for email in dict.fromkeys(held) if email]
            mapped = set(_emails(google.record))
            crm_after[crm.crm_id] = tuple(held)
            google_after[google.resource_name] = tuple(
                dict.fromkeys([*held, *(e for e in google.all_emails() if e not in mapped)]))
        return crm_after, google_after

    def _emails(self, crm_free: list[CrmContact], google_free: set[str],
                crm_owner: dict[str, int], google_owner: dict[str, str]) -> None:
        # All personal emails first: a work email must not steal a personal match.
        for name, how in ((Field.PERSONAL_EMAIL, ReasonCode.MATCHED_BY_PERSONAL_EMAIL),
                          (Field.WORK_EMAIL, ReasonCode.MATCHED_BY_WORK_EMAIL)):
            for contact in crm_free:
                email = contact.record.norm(name)
                if (not email or contact.crm_id in self.paired_crm
                        or crm_owner.get(email) != contact.crm_id):
                    continue
                resource_name = google_owner.get(email, "")
                if (resource_name not in google_free or resource_name in self.paired_google
                        or (contact.crm_id, resource_name) in self.choices.keep_apart):
                    continue
                self._pair(Link(contact.crm_id, resource_name), new=True,
                           how=Reason.of(how, email=email))

    def _crm_owns_its_emails(self, contact: CrmContact, crm_owner: dict[str, int]) -> bool:
        for email in _emails(contact.record):
            owner = crm_owner[email]
            if owner != contact.crm_id:
                self.skipped.append(Skipped(
                    Side.CRM, contact.crm_id, None, crm_name(contact),
                    Reason.of(ReasonCode.SKIPPED_EMAIL_SHARED_IN_CRM, email=email,
                              owner=owner)))
                return False
        return True

    def _google_owns_its_emails(self, contact: GoogleContact,
                                google_owner: dict[str, str]) -> bool:
        for email in _google_emails(contact):
            owner = google_owner[email]
            if owner != contact.resource_name:
                self.skipped.append(Skipped(
                    Side.GOOGLE, None, contact.resource_name, google_name(contact),
                    Reason.of(ReasonCode.SKIPPED_EMAIL_SHARED_IN_GOOGLE, email=email,
                              owner=owner)))
                return False
        return True

    def _crm_keeps(self, contact: CrmContact, google_owner: dict[str, str]) -> bool:
        """False (and a Skipped) when creating it in Google would duplicate an email."""
        for email in _emails(contact.record):
            holder = google_owner.get(email)
            if holder is not None:
                apart = (contact.crm_id, holder) in self.choices.keep_apart
                self.skipped.append(Skipped(
                    Side.CRM, contact.crm_id, None, crm_name(contact),
                    Reason.of(ReasonCode.SKIPPED_KEPT_APART_FROM_GOOGLE if apart
                              else ReasonCode.SKIPPED_EMAIL_TAKEN_IN_GOOGLE, email=email,
                              holder=holder)))
                return False
        return True

    def _google_keeps(self, contact: GoogleContact, crm_owner: dict[str, int]) -> bool:
        for email in _google_emails(contact):
            holder = crm_owner.get(email)
            if holder is not None:
                apart = (holder, contact.resource_name) in self.choices.keep_apart
                self.skipped.append(Skipped(
                    Side.GOOGLE, None, contact.resource_name, google_name(contact),
                    Reason.of(ReasonCode.SKIPPED_KEPT_APART_FROM_CRM if apart
                              else ReasonCode.SKIPPED_EMAIL_TAKEN_IN_CRM, email=email,
                              holder=holder)))
                return False
        return True

    def _held_by_left_out(self, crm_left: list[CrmContact], google_left: list[GoogleContact],
                          ) -> list[PossibleMatch]:
        """A possible match for each contact left to create whose email an ignored
        contact of the other side holds: one person, left out of the sync on one side; a
        create would make a duplicate (R-S9). The user links them, or keeps them apart —
        then the create stays held back, as for any email already used."""
        ignored_google: dict[str, GoogleContact] = {}
        for _, g in sorted(self.left_out_google.items()) if crm_left else ():
            if not g.deleted:
                for email in _google_emails(g):
                    ignored_google.setdefault(email, g)
        ignored_crm: dict[str, CrmContact] = {}
        for _, c in sorted(self.left_out_crm.items()) if google_left else ():
            if not c.deleted:
                for email in _emails(c.record):
                    ignored_crm.setdefault(email, c)
        found: list[PossibleMatch] = []
        for contact in crm_left:
            email = next((e for e in _emails(contact.record) if e in ignored_google), None)
            if email is None:
                continue
            google = ignored_google[email]
            if (contact.crm_id, google.resource_name) in self.choices.keep_apart:
                self.skipped.append(Skipped(
                    Side.CRM, contact.crm_id, None, crm_name(contact),
                    Reason.of(ReasonCode.SKIPPED_KEPT_APART_FROM_GOOGLE, email=email,
                              holder=google.resource_name)))
                self.held_crm.add(contact.crm_id)
                continue
            found.append(PossibleMatch(
                contact.crm_id, google.resource_name, crm_name(contact), google_name(google),
                Reason.of(ReasonCode.POSSIBLE_SAME_EMAIL_LEFT_OUT, email=email),
                contact.record, google.record))
        for google in google_left:
            email = next((e for e in _google_emails(google) if e in ignored_crm), None)
            if email is None:
                continue
            crm = ignored_crm[email]
            if (crm.crm_id, google.resource_name) in self.choices.keep_apart:
                self.skipped.append(Skipped(
                    Side.GOOGLE, None, google.resource_name, google_name(google),
                    Reason.of(ReasonCode.SKIPPED_KEPT_APART_FROM_CRM, email=email,
                              holder=crm.crm_id)))
                self.held_google.add(google.resource_name)
                continue
            found.append(PossibleMatch(
                crm.crm_id, google.resource_name, crm_name(crm), google_name(google),
                Reason.of(ReasonCode.POSSIBLE_SAME_EMAIL_LEFT_OUT, email=email),
                crm.record, google.record))
        return found


_PHONES = tuple(name for name in FIELDS if name in PHONE_FIELDS)  # a fixed order


_PHONE_INDEXES = tuple(FIELDS.index(name) for name in _PHONES)


def _keys(record: ContactRecord) -> list[str]:
    """Phones (E.164) and the folded full name: what a possible match may share."""
    normalized = record.normalized
    keys = [f"tel:{normalized[i]}" for i in _PHONE_INDEXES if normalized[i]]
    if record.first_name and record.last_name:
        keys.append(f"name:{fold_name(record.first_name)}|{fold_name(record.last_name)}")
    return keys


def _google_keys(contact: GoogleContact) -> list[str]:
    """``_keys``, and every other phone the contact holds: the same person's number may
    sit in Google's second mobile, an untyped or a custom-labelled entry the mapping
    leaves alone (emails already count every entry, R-S10)."""
    keys = _keys(contact.record)
    mapped = {contact.record.value(name) for name in _PHONES}
    region = contact.record.region()
    for entry in contact.entries or ():
        if entry.list_name == PHONES and entry.value not in mapped:
            number = entry.norm(region)
            if number and f"tel:{number}" not in keys:
                keys.append(f"tel:{number}")
    return keys


def _possible_matches(crm_left: list[CrmContact], google_left: list[GoogleContact],
                      keep_apart: frozenset[tuple[int, str]],
                      left_out: list[PossibleMatch],
                      crm_skipped: Sequence[CrmContact] = (),
                      google_skipped: Sequence[GoogleContact] = (),
                      ) -> tuple[tuple[PossibleMatch, ...], set[int], set[str]]:
    """Pairs that share a phone or the full name, at least one of them left to create
    (``*_left``); a skipped one (``*_skipped``) holds back its match as any other."""
    skipped_google = {g.resource_name for g in google_skipped}
    by_key: dict[str, list[GoogleContact]] = {}
    for contact in (*google_left, *google_skipped):
        for key in _google_keys(contact):
            by_key.setdefault(key, []).append(contact)
    found: dict[tuple[int, str], PossibleMatch] = {}
    skipped_crm = {c.crm_id for c in crm_skipped}
    for crm in sorted((*crm_left, *crm_skipped), key=lambda c: c.crm_id):
        for key in _keys(crm.record):
            for google in by_key.get(key, ()):
                pair = (crm.crm_id, google.resource_name)
                if pair in found or pair in keep_apart:
                    continue
                if crm.crm_id in skipped_crm and google.resource_name in skipped_google:
                    continue  # neither would be created: nothing to hold back
                if _emails(crm.record) and _google_emails(google):
                    continue  # different emails: two people, not one
                found[pair] = PossibleMatch(
                    crm.crm_id, google.resource_name, crm_name(crm), google_name(google),
                    Reason.of(ReasonCode.POSSIBLE_SAME_PHONE if key.startswith("tel:")
                              else ReasonCode.POSSIBLE_SAME_NAME),
                    crm.record, google.record)
    for match in left_out:
        found.setdefault((match.crm_id, match.resource_name), match)
    matches = tuple(found[k] for k in sorted(found))
    return (matches, {m.crm_id for m in matches},
            {m.resource_name for m in matches})
