"""Fault soak: repeated two-way syncs of N contacts while Google misbehaves and the client
is SIGKILLed, checking after every round that nothing was duplicated or lost (R-S6, R-G2,
R-G3). Loopback only: Google is the sandbox, in its own process.

Run: .venv/bin/python benchmarks/fault_soak.py [--minutes 5] [--contacts 2000] [--seed S]
                                               [--max-rounds R] [--json] [--keep]

Setup: a temporary profile, ~N contacts spread over both sides (a fifth of them on both,
matched by email, some with different values, so the first sync merges and settles
conflicts), a sign-in through the consent page, then a first sync under faults (killed
once on purpose, at its first batch create) and a clean one.

Each round:

a. edits "as a user would": in the CRM database (``SqliteCrm.apply``) and on the phone
   (the sandbox admin API): names, phones, addresses, e-mails, job titles, new contacts
   (some without e-mail) and a few deletions. Every edit goes into the round's ledger
   with the value expected on BOTH sides afterwards. Contacts edited on both sides get
   different fields (merged), or the same field with the CRM edited last, which "newest
   wins" (the default policy) settles for the CRM: the sandbox clock is kept a minute
   behind the wall clock, so Google's ``updateTime`` is always the older one;
b. faults for one sync: 429s (with Retry-After), 5xx (503, or 500/502 which say "maybe
   processed"), dropped connections, latency, an expired sync token, a propagation delay
   of sync-token reads; access tokens expired while the sync runs; some contacts edited
   again *during* the sync (stale etags, CRM rows moved under the engine);
c. ``crmsync sync --yes --json`` under those faults, SIGKILLed in most rounds: after a
   random delay, when the sandbox has seen its k-th API call or write call (so kills
   land mid-request too), or right after its k-th commit to the CRM database or to its
   state file (between a write and its checkpoint). A run that gives up with a clear
   error counts as "gave up";
d. faults off, one clean ``crmsync sync --yes``: the resume path must converge in one run;
e. checks: duplicates on each side (two live contacts with one soak id, or one e-mail),
   every contact's 11 mapped fields on both sides against the model (normalised: phones
   in E.164), deletions propagated (the deletion policy is "delete", so a contact deleted
   on the phone is deleted in the CRM; one deleted in the CRM is deleted in Google when
   CRM Sync created it, else detached and left alone), and ``crmsync preview --json``
   is empty. A mismatch on a field edited this round is a *lost edit*; elsewhere it is
   *drift*. Contacts found wrong are reported once, then left out of later rounds.

Prints a line per round and a totals table (``--json``: the totals as JSON on stdout,
rounds on stderr). Exits 1 if any duplicate, lost edit, drift, non-empty follow-up
preview, failed clean sync or unexpected error (a traceback instead of a clear message)
was found.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crmsync_gui.core.record import FIELDS, Address, ContactRecord, Field
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sandbox import SandboxAdmin
from crmsync_gui.sandbox.client import AdminError
from crmsync_gui.sandbox.process import SandboxProcess
from crmsync_gui.sandbox.testing import client_env

BROWSER = Path(__file__).resolve().parent.parent / "tests" / "google" / "browser.py"
# The soak's id of a person, carried in the last name on both sides ("Martin U00042"),
# so both copies of one person are found whatever the sync did to e-mails and links.
UID = re.compile(r"U(\d{5})$")
CLI_TIMEOUT_S = 600  # a sync that hangs this long is a failure of its own
WRITE_METHODS = ("people.batchCreateContacts", "people.batchUpdateContacts",
                 "people.batchDeleteContacts")

FIRST_NAMES = ("Zoé", "Léa", "Hélène", "François", "Chloé", "Jérôme", "Agnès", "Benoît",
               "Cécile", "Noël", "Maëlle", "Loïc", "Anaïs", "Gaëtan", "Inès", "Joël")
SURNAMES = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy",
            "Moreau", "Lefèvre", "Garçon", "Mercier", "Bonnet", "Rousseau", "Gauthier")
COMPANIES = ("Boulangerie Dupain", "Société Générale de Fournitures", "Atelier Mécanique",
             "Cabinet Lefèvre & Associés", "Éditions du Midi", "Garage Central",
             "Pharmacie de la Gare", "Transports Rapides", "Ferme des Écureuils",
             "Librairie Côté Livres")
TITLES = ("Gérant", "Comptable", "Directrice commerciale", "Chef de projet", "Assistante",
          "Responsable achats", "Technicien", "Pharmacienne", "Libraire", "Chauffeur")
TOWNS = (("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"),
         ("31000", "Toulouse"), ("44000", "Nantes"), ("33000", "Bordeaux"),
         ("67000", "Strasbourg"), ("59000", "Lille"))
# Mainland only: an overseas postcode changes the phone region, and with it what two
# differently formatted copies of one number normalise to; that is the planner's tests'
# business, here it would only blur what "the expected value" is.
COUNTRIES = ("France", "FR", "")

EDITABLE = (Field.FIRST_NAME, Field.LAST_NAME, Field.HOME_PHONE, Field.PERSONAL_MOBILE,
            Field.PERSONAL_EMAIL, Field.HOME_ADDRESS)
PRO_EDITABLE = (Field.JOB_TITLE, Field.WORK_PHONE)  # only for contacts with a company
PHONE_TYPES = {Field.HOME_PHONE: "home", Field.PERSONAL_MOBILE: "mobile",
               Field.WORK_PHONE: "work"}
PHONE_PREFIX = {Field.HOME_PHONE: "014", Field.PERSONAL_MOBILE: "06",
                Field.WORK_PHONE: "044"}
CRM_COLUMN = {Field.FIRST_NAME: "first_name", Field.LAST_NAME: "last_name",
              Field.HOME_PHONE: "home_phone", Field.PERSONAL_MOBILE: "personal_mobile",
              Field.PERSONAL_EMAIL: "personal_email"}
LINK_COLUMN = {Field.JOB_TITLE: "job_title", Field.WORK_PHONE: "work_phone"}
# Keys a user may send for each Person list (the rest of a read entry is output-only).
INPUT_KEYS = {"names": ("givenName", "familyName", "middleName", "honorificPrefix"),
              "phoneNumbers": ("type", "value"), "emailAddresses": ("type", "value"),
              "addresses": ("type", "streetAddress", "extendedAddress", "postalCode",
                            "city", "country", "countryCode"),
              "organizations": ("name", "title", "department", "type")}

Value = str | Address
# When something happens to a running sync: ("time", seconds after its start),
# ("calls", k) / ("writes", k): when the sandbox has received its k-th API call / write
# call since it started; for kills also ("crm", k) / ("state", k): right after its k-th
# commit to the CRM database / to its state file.
Trigger = tuple[str, float]
Action = tuple[Trigger, Callable[[], None]]


# ----------------------------------------------------------------------------- the model

@dataclass
class Person:
    """One person as the soak expects it on both sides after a clean sync."""

    uid: int
    origin: str  # "crm" | "google" | "both": where it was first entered
    values: dict[Field, Value]
    company: str = ""  # the CRM company / Google organisation ("" for none)
    in_crm: bool = True  # expected live in the CRM
    in_google: bool = True  # expected in Google
    synced: bool = True  # False once detached (deleted in the CRM, kept in Google)

    def record(self) -> ContactRecord:
        values = {f.value: v for f, v in self.values.items()}
        return ContactRecord(**values, company_name=self.company)  # type: ignore[arg-type]


@dataclass
class Ledger:
    """The round's edits: (uid, what) → a short description, for the report."""

    entries: dict[tuple[int, str], str] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, uid: int, what: str, kind: str, note: str = "") -> None:
        self.entries[(uid, what)] = f"{kind} {what}{': ' + note if note else ''}"
        self.counts[kind] += 1


@dataclass
class CliRun:
    code: int | None
    seconds: float
    stdout: str
    stderr: str
    killed: bool
    api_calls: int

    @property
    def unexpected(self) -> bool:
        # A bug surfaces as "unexpected problem" (the traceback is in the log); a fault
        # that outlasted the retries must end in a plain sentence instead.
        return "unexpected problem" in self.stderr or (
            self.code not in (0, 1, None) and not self.killed)


@dataclass
class Check:
    duplicates: int = 0
    lost_edits: int = 0
    drift: int = 0
    preview_items: int = 0
    problems: list[str] = field(default_factory=list)
    bad_uids: set[int] = field(default_factory=set)


@dataclass
class Totals:
    contacts: int = 0
    seed: int = 0
    rounds: int = 0
    syncs: int = 0
    kills: int = 0
    gave_up: int = 0
    unexpected_errors: int = 0
    clean_sync_failures: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    api_calls: int = 0
    edits: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    lost_edits: int = 0
    drift: int = 0
    nonempty_previews: int = 0  # rounds whose follow-up preview was not empty
    preview_items: int = 0  # the rows those previews showed
    wall_s: float = 0.0
    problems: list[str] = field(default_factory=list)

    def failed(self) -> bool:
        return bool(self.duplicates or self.lost_edits or self.drift
                    or self.nonempty_previews or self.clean_sync_failures
                    or self.unexpected_errors)


# ------------------------------------------------------------------------ Person JSON

def _strip(list_name: str, entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if k in INPUT_KEYS[list_name]}


def person_json(p: Person) -> dict[str, Any]:
    """The Person a user would type on the phone for ``p`` (seeding)."""
    body: dict[str, Any] = {}
    for f in FIELDS:
        if p.values.get(f):
            body.update(google_patch(body, f, p.values[f]))
    if p.company:
        org = (body.get("organizations") or [{}])[0]
        body["organizations"] = [{**org, "name": p.company}]
    return body


def google_patch(person: dict[str, Any], f: Field, value: Value) -> dict[str, Any]:
    """The admin PATCH body that sets one mapped field of ``person`` to ``value`` and
    keeps the rest of the lists it touches (a whole list is replaced by a patch)."""
    if f in (Field.FIRST_NAME, Field.LAST_NAME):
        names = [_strip("names", n) for n in person.get("names") or []] or [{}]
        key = "givenName" if f is Field.FIRST_NAME else "familyName"
        names[0] = {k: v for k, v in names[0].items() if k != key}
        if value:
            names[0][key] = value
        return {"names": names}
    if f in PHONE_TYPES or f is Field.PERSONAL_EMAIL:
        list_name = "emailAddresses" if f is Field.PERSONAL_EMAIL else "phoneNumbers"
        kind = "home" if f is Field.PERSONAL_EMAIL else PHONE_TYPES[f]
        entries = [_strip(list_name, e) for e in person.get(list_name) or []
                   if e.get("type") != kind]
        if value:
            entries.append({"type": kind, "value": value})
        return {list_name: entries or None}
    if f is Field.HOME_ADDRESS:
        assert isinstance(value, Address)
        entries = [_strip("addresses", e) for e in person.get("addresses") or []
                   if e.get("type") != "home"]
        if not value.is_empty():
            entry = {"type": "home", "streetAddress": value.street,
                     "postalCode": value.postal_code, "city": value.city,
                     "country": value.country}
            entries.append({k: v for k, v in entry.items() if v})
        return {"addresses": entries or None}
    if f is Field.JOB_TITLE:
        orgs = [_strip("organizations", o) for o in person.get("organizations") or []] or [{}]
        orgs[0] = {k: v for k, v in orgs[0].items() if k != "title"}
        if value:
            orgs[0]["title"] = value
        return {"organizations": orgs}
    raise ValueError(f"the soak does not edit {f} in Google")


def crm_columns(values: dict[Field, Value]) -> tuple[dict[str, str], dict[str, str]]:
    """(contact columns, primary-link columns) of some field values."""
    contact: dict[str, str] = {}
    link: dict[str, str] = {}
    for f, value in values.items():
        if isinstance(value, Address):
            contact.update(home_street=value.street, home_postal_code=value.postal_code,
                           home_city=value.city, home_country=value.country)
        elif f in CRM_COLUMN:
            contact[CRM_COLUMN[f]] = value
        elif f in LINK_COLUMN:
            link[LINK_COLUMN[f]] = value
    return contact, link


# ------------------------------------------------------------------------- the soak

class Soak:
    def __init__(self, args: argparse.Namespace, root: Path, url: str) -> None:
        self.args = args
        self.n = args.contacts
        self.seed = args.seed
        self.rng = random.Random(f"{self.seed}:setup")
        self.root = root
        self.home = root / "home"
        self.home.mkdir()
        self.crm_path = self.home / "crm.sqlite3"
        self.admin = SandboxAdmin(url, timeout=60)
        # Never the real keyring: a plain-text one in a temporary data folder.
        self.env = client_env(url, root, BROWSER, self.home)
        self.people: dict[int, Person] = {}
        self.crm_id: dict[int, int] = {}  # uid → CRM id, as last checked
        self.resource: dict[int, str] = {}  # uid → Google resource name, as last checked
        self.companies: dict[str, int] = {}  # name → CRM company id
        self.quarantined: set[int] = set()
        self.serial = 0
        self.totals = Totals(contacts=self.n, seed=self.seed)
        # What a faulted sync typically costs, to aim kills inside it.
        self.typical_s = 3.0
        self.typical_calls = 4
        self.log = sys.stderr if args.json else sys.stdout

    # -- helpers ---------------------------------------------------------------------

    def say(self, text: str) -> None:
        print(text, file=self.log, flush=True)

    def next_uid(self) -> int:
        uid = len(self.people) + 1
        if uid > 99_999:
            raise RuntimeError("the soak's ids have five digits: use fewer contacts")
        return uid

    def phone(self, uid: int, f: Field, rng: random.Random, intl: bool = False) -> str:
        """A valid French number unique to this person (so no two people share one and
        no "possible match" appears), in national or international spelling."""
        self.serial += 1
        prefix = PHONE_PREFIX[f]
        if f is Field.PERSONAL_MOBILE:
            prefix += rng.choice("1245678")
        digits = f"{prefix}{uid:05d}{self.serial % 100:02d}"
        if intl:
            return f"+33 {digits[1]} {digits[2:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}"
        return " ".join(digits[i:i + 2] for i in range(0, 10, 2))

    def address(self, rng: random.Random) -> Address:
        postcode, city = rng.choice(TOWNS)
        return Address(street=f"{rng.randint(1, 120)} rue des {rng.choice(SURNAMES)}",
                       postal_code=postcode, city=city, country=rng.choice(COUNTRIES))

    def last_name(self, uid: int, rng: random.Random) -> str:
        return f"{rng.choice(SURNAMES)} U{uid:05d}"

    def new_person(self, origin: str, rng: random.Random, *, email: bool = True,
                   company: bool | None = None) -> Person:
        uid = self.next_uid()
        values: dict[Field, Value] = {
            Field.FIRST_NAME: rng.choice(FIRST_NAMES),
            Field.LAST_NAME: self.last_name(uid, rng),
            Field.PERSONAL_MOBILE: self.phone(uid, Field.PERSONAL_MOBILE, rng,
                                              intl=origin == "google"),
        }
        if email:
            values[Field.PERSONAL_EMAIL] = f"u{uid}@exemple.fr"
        if rng.random() < 0.3:
            values[Field.HOME_ADDRESS] = self.address(rng)
        with_company = rng.random() < 0.3 if company is None else company
        name = rng.choice(COMPANIES) if with_company else ""
        if name:
            values[Field.JOB_TITLE] = rng.choice(TITLES)
            values[Field.WORK_PHONE] = self.phone(uid, Field.WORK_PHONE, rng)
        person = Person(uid, origin, values, company=name)
        self.people[uid] = person
        return person

    def crm_create(self, person: Person, values: dict[Field, Value] | None = None) -> CrmWrite:
        contact, link = crm_columns(values if values is not None else person.values)
        company_id = self.companies[person.company] if person.company else None
        return CrmWrite(WriteKind.CREATE, contact=contact, link=link if company_id else {},
                        company_id=company_id)

    def api_calls(self, methods: Iterable[str] | None = None) -> int:
        counts = self.admin.counts()
        wanted = set(methods) if methods is not None else None
        return sum(v for k, v in counts.items() if not k.startswith("oauth2.")
                   and (wanted is None or k in wanted))

    # -- the command line ---------------------------------------------------------------

    def crmsync(self, *args: str, kill: Trigger | None = None,
                during: list[Action] | None = None) -> CliRun:
        """Run one ``crmsync`` process (the deletion policy is always "delete", so the
        outcome of a deletion on the phone is definite), SIGKILLed at ``kill``; the
        ``during`` actions run at their triggers (all of them: at once if it ended)."""
        started = time.monotonic()
        calls_before = self.api_calls()
        ended = threading.Event()
        helper = None
        if during:
            helper = threading.Thread(target=self._disturb, args=(list(during), ended),
                                      daemon=True)
            helper.start()
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            process = subprocess.Popen(
                [sys.executable, "-m", "crmsync_gui.cli.main", "--deletions", "delete",
                 *args], env=self.env, stdout=out, stderr=err)
            try:
                self._maybe_kill(process, kill)
                process.wait(timeout=CLI_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                self.totals.problems.append(f"crmsync {' '.join(args)} hung: killed")
            finally:
                ended.set()
            seconds = time.monotonic() - started
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read().decode(), err.read().decode()
        if helper is not None:
            helper.join()
        return CliRun(process.returncode, seconds, stdout, stderr,
                      killed=process.returncode == -signal.SIGKILL,
                      api_calls=self.api_calls() - calls_before)

    def _fired(self, trigger: Trigger, started: float, base: dict[str, int]) -> bool:
        mode, amount = trigger
        if mode == "time":
            return time.monotonic() - started >= amount
        methods = WRITE_METHODS if mode == "writes" else None
        return self.api_calls(methods) - base[mode] >= amount

    def _bases(self) -> dict[str, int]:
        return {"calls": self.api_calls(), "writes": self.api_calls(WRITE_METHODS)}

    def _maybe_kill(self, process: subprocess.Popen[bytes], kill: Trigger | None) -> None:
        if kill is None:
            return
        mode, amount = kill
        if mode in ("crm", "state"):
            self._kill_after_commit(process, mode, int(amount))
            return
        started, base = time.monotonic(), self._bases()
        # The sandbox counts a call when its request arrives, before answering it: a
        # kill right then lands while Google is still working on the request.
        while process.poll() is None:
            if self._fired(kill, started, base):
                process.kill()
                return
            time.sleep(0.01)

    def _kill_after_commit(self, process: subprocess.Popen[bytes], which: str,
                           commits: int) -> None:
        """SIGKILL right after the sync's ``commits``-th commit to the CRM database or
        to its state file: the moments between a write and its checkpoint, where a
        resumed run must not do anything twice."""
        path = self.crm_path if which == "crm" else None
        while path is None and process.poll() is None:
            path = next((self.home / "state").glob("state-*.sqlite3"), None)
            time.sleep(0.001)
        if path is None:
            return
        # data_version changes when another connection commits (SQLite docs), and
        # costs no lock: polled every millisecond while the sync runs.
        conn = sqlite3.connect(path, timeout=10)
        try:
            last = conn.execute("PRAGMA data_version").fetchone()[0]
            seen = 0
            while process.poll() is None:
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                if version != last:
                    last, seen = version, seen + 1
                    if seen >= commits:
                        process.kill()
                        return
                time.sleep(0.001)
        finally:
            conn.close()

    def _disturb(self, actions: list[Action], ended: threading.Event) -> None:
        started, base = time.monotonic(), self._bases()
        while actions:
            done = ended.is_set()
            for item in [a for a in actions if done or self._fired(a[0], started, base)]:
                actions.remove(item)
                try:
                    item[1]()
                except Exception as error:  # reported, never silently lost
                    self.totals.problems.append(f"an edit during the sync failed: "
                                                f"{error!r}")
            ended.wait(0.01)

    # -- setup ---------------------------------------------------------------------------

    def seed_sides(self) -> None:
        rng = self.rng
        overlap = self.n // 5
        per_side = (self.n + overlap) // 2
        with SqliteCrm(self.crm_path) as crm, crm.transaction() as conn:
            for name in COMPANIES:
                self.companies[name] = int(conn.execute(
                    "INSERT INTO company (name, updated_at) VALUES (?, ?)",
                    (name, "2026-01-05T08:00:00Z")).lastrowid or 0)
        crm_writes: list[CrmWrite] = []
        google: list[dict[str, Any]] = []
        for _ in range(per_side - overlap):
            crm_writes.append(self.crm_create(self.new_person("crm", rng)))
        for _ in range(per_side - overlap):
            person = self.new_person("google", rng, email=rng.random() > 0.1)
            google.append(person_json(person))
        for _ in range(overlap):
            person = self.new_person("both", rng)
            theirs = dict(person.values)
            # Values differ between the copies: an empty side takes the other's value,
            # two different ones are a conflict the CRM wins (its edit is the newer).
            theirs[Field.PERSONAL_MOBILE] = self._intl(str(theirs[Field.PERSONAL_MOBILE]))
            if rng.random() < 0.3:
                theirs[Field.FIRST_NAME] = "Autre"
            if rng.random() < 0.5:
                person.values[Field.HOME_PHONE] = theirs[Field.HOME_PHONE] = self.phone(
                    person.uid, Field.HOME_PHONE, rng)
            ours = {f: v for f, v in person.values.items() if f is not Field.HOME_PHONE}
            crm_writes.append(self.crm_create(person, ours))
            if person.company and rng.random() < 0.5:
                theirs[Field.JOB_TITLE] = "Autre fonction"
            google.append(person_json(dataclasses.replace(person, values=theirs)))
        with SqliteCrm(self.crm_path) as crm:
            crm.apply(crm_writes)
        for start in range(0, len(google), 500):
            self.admin.seed_contacts(google[start:start + 500])
        self.totals.edits["seeded"] = len(self.people)

    @staticmethod
    def _intl(national: str) -> str:
        digits = national.replace(" ", "")
        return f"+33 {digits[1:]}"

    # -- one round's edits --------------------------------------------------------------

    def editable(self) -> list[int]:
        return sorted(uid for uid, p in self.people.items()
                      if p.synced and p.in_crm and p.in_google and uid in self.crm_id
                      and uid in self.resource and uid not in self.quarantined)

    def new_value(self, person: Person, f: Field, rng: random.Random) -> Value:
        """A value of ``f`` that really changes it: an edit that writes the value the
        field already holds is no edit, and would make "who wins" wrong in the ledger."""
        current = _norm(f, person.values.get(f, Address() if f is Field.HOME_ADDRESS else ""))
        while True:
            value = self._candidate(person, f, rng)
            if _norm(f, value) != current:
                return value

    def _candidate(self, person: Person, f: Field, rng: random.Random) -> Value:
        uid = person.uid
        if f is Field.FIRST_NAME:
            return rng.choice([n for n in FIRST_NAMES if n != person.values.get(f)])
        if f is Field.LAST_NAME:
            return self.last_name(uid, rng)
        if f in PHONE_TYPES:
            if person.values.get(f) and rng.random() < 0.15:
                return ""  # a number removed
            return self.phone(uid, f, rng, intl=rng.random() < 0.3)
        if f is Field.PERSONAL_EMAIL:
            self.serial += 1
            return f"u{uid}.{self.serial}@exemple.fr"
        if f is Field.HOME_ADDRESS:
            return self.address(rng)
        if f is Field.JOB_TITLE:
            return rng.choice([t for t in TITLES if t != person.values.get(f)])
        raise ValueError(f)

    def fields_of(self, person: Person) -> tuple[Field, ...]:
        return EDITABLE + (PRO_EDITABLE if person.company else ())

    def edit_crm(self, crm: SqliteCrm, uid: int, changes: dict[Field, Value]) -> None:
        contact, link = crm_columns(changes)
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=self.crm_id[uid], contact=contact,
                            link=link)])

    def edit_google(self, uid: int, f: Field, value: Value) -> None:
        """Change one field on the phone. The phone app rewrites a whole list (all the
        numbers) from what it read: with the etag of that read, so that it never puts
        back a value the sync wrote in between; on a stale etag it reads again."""
        for _ in range(10):
            current = self.admin.get_contact(self.resource[uid])
            body = {**google_patch(current, f, value), "etag": current["etag"]}
            try:
                self.admin.patch_contact(self.resource[uid], body)
                return
            except AdminError as error:
                if error.status != 400:
                    raise
        raise RuntimeError(f"U{uid:05d} kept changing under the phone's edit")

    def make_edits(self, rng: random.Random, ledger: Ledger) -> list[Action]:
        """Edit both sides now; return the edits to make while the sync runs."""
        pool = self.editable()
        rng.shuffle(pool)
        scale = max(1, self.n // 100)
        bulk = rng.random() < 0.2  # a big round: several write batches to kill inside
        n_crm = rng.randint(scale, 5 * scale) * (3 if bulk else 1)
        n_google = rng.randint(scale, 5 * scale) * (3 if bulk else 1)
        n_both = max(1, scale // 2)
        n_conflict = max(1, scale // 4)
        n_concurrent = rng.randint(0, max(1, scale // 4))
        n_del_crm, n_del_google = rng.randint(0, 2), rng.randint(0, 2)

        def take(k: int) -> list[int]:
            chosen = pool[:k]
            del pool[:k]
            return chosen

        crm_changes: dict[int, dict[Field, Value]] = {}
        for uid in take(n_crm):
            p = self.people[uid]
            for f in rng.sample(self.fields_of(p), rng.choice((1, 1, 2))):
                value = self.new_value(p, f, rng)
                crm_changes.setdefault(uid, {})[f] = p.values[f] = value
                ledger.add(uid, f.value, "crm")
        for uid in take(n_google):
            p = self.people[uid]
            f = rng.choice(self.fields_of(p))
            p.values[f] = value = self.new_value(p, f, rng)
            self.edit_google(uid, f, value)
            ledger.add(uid, f.value, "google")
        for uid in take(n_both):  # one field each side: merged, no conflict
            p = self.people[uid]
            f_crm, f_google = rng.sample(self.fields_of(p), 2)
            p.values[f_google] = value = self.new_value(p, f_google, rng)
            self.edit_google(uid, f_google, value)
            p.values[f_crm] = value = self.new_value(p, f_crm, rng)
            crm_changes.setdefault(uid, {})[f_crm] = value
            ledger.add(uid, f_google.value, "both", "google side")
            ledger.add(uid, f_crm.value, "both", "crm side")
        for uid in take(n_conflict):  # the same field: Google first, the CRM last wins
            p = self.people[uid]
            f = rng.choice((Field.FIRST_NAME, Field.PERSONAL_MOBILE)
                           + ((Field.JOB_TITLE,) if p.company else ()))
            theirs = self.new_value(p, f, rng)
            self.edit_google(uid, f, theirs)
            value = self.new_value(p, f, rng)
            while _norm(f, value) == _norm(f, theirs):  # a conflict, not an agreement
                value = self.new_value(p, f, rng)
            p.values[f] = value
            crm_changes.setdefault(uid, {})[f] = value
            ledger.add(uid, f.value, "conflict", "the CRM edit is newer")
        with SqliteCrm(self.crm_path) as crm:
            for uid, changes in crm_changes.items():
                self.edit_crm(crm, uid, changes)

        creates: list[CrmWrite] = []
        for _ in range(rng.randint(1, max(1, scale))):
            p = self.new_person("crm", rng)
            creates.append(self.crm_create(p))
            ledger.add(p.uid, "create", "new_crm")
        with SqliteCrm(self.crm_path) as crm:
            if creates:
                crm.apply(creates)
        bodies = []
        for _ in range(rng.randint(1, max(1, scale))):
            p = self.new_person("google", rng, email=rng.random() > 0.3)
            bodies.append(person_json(p))
            ledger.add(p.uid, "create", "new_google")
        self.admin.seed_contacts(bodies)

        # Deletions: few (the mass-deletion stop is > 5 and > 10 % of the linked).
        for uid in take(n_del_crm):
            p = self.people[uid]
            with SqliteCrm(self.crm_path) as crm:
                crm.apply([CrmWrite(WriteKind.DELETE, crm_id=self.crm_id[uid])])
            p.in_crm = False
            # R-S5: deleted in Google only if CRM Sync created it there (tag, label);
            # a contact that came from Google is detached and left as it is.
            p.in_google = p.origin != "crm"
            p.synced = False
            ledger.add(uid, "delete", "delete_crm")
        for uid in take(n_del_google):
            p = self.people[uid]
            self.admin.delete_contact(self.resource[uid])
            p.in_crm = p.in_google = p.synced = False  # policy "delete"
            ledger.add(uid, "delete", "delete_google")

        # During the sync: one side edited under the engine's feet, a different field
        # than the other side's edit of the same contact (so the result is definite).
        during: list[Action] = []
        edited = [uid for uid in crm_changes if uid in self.resource
                  and self.people[uid].synced]
        rng.shuffle(edited)
        for uid in edited[:n_concurrent]:
            p = self.people[uid]
            free = [f for f in self.fields_of(p) if f not in crm_changes[uid]
                    and (uid, f.value) not in ledger.entries]
            if not free:
                continue
            f = rng.choice(free)
            p.values[f] = value = self.new_value(p, f, rng)
            on_google = rng.random() < 0.6
            # Mostly right after the sync's first read: between its read and its writes.
            when: Trigger = (("calls", 1) if rng.random() < 0.6
                             else ("time", rng.uniform(0, self.typical_s)))
            if on_google:
                during.append((when, lambda u=uid, ff=f, v=value: self.edit_google(u, ff, v)))
            else:
                during.append((when,
                               lambda u=uid, ff=f, v=value: self._edit_crm_alone(u, ff, v)))
            ledger.add(uid, f.value, "during_sync", "google" if on_google else "crm")
        return during

    def _edit_crm_alone(self, uid: int, f: Field, value: Value) -> None:
        with SqliteCrm(self.crm_path) as crm:  # its own connection, in its own thread
            self.edit_crm(crm, uid, {f: value})

    # -- faults ---------------------------------------------------------------------------

    def faults_for(self, rng: random.Random, round_seed: int) -> dict[str, Any]:
        """Probabilities high enough to fire several times per sync, low enough that the
        client's 8 attempts (google/retry.py) usually get through; one round in eight is
        a storm where giving up is likely."""
        storm = rng.random() < 0.125
        high = (0.3,) if storm else (0.0, 0.1, 0.2)
        return {
            "seed": round_seed,
            "rate_limit_probability": rng.choice(high),
            "retry_after_s": rng.choice((0, 1)),
            "server_error_probability": rng.choice(high),
            # 503 says "not processed"; 500 and 502 may have been, so a create answered
            # with one must be found again by its clientData tag, not sent twice.
            "server_error_code": rng.choice((503, 503, 500, 502)),
            "drop_probability": rng.choice((0.2,) if storm else (0.0, 0.05, 0.1)),
            "latency_ms": rng.choice((0, 0, 20, 80)),
            "expire_next_sync_token": rng.random() < 0.4,
            "propagation_delay_s": rng.choice((0, 0, 300)),
        }

    def keep_clock_behind(self) -> None:
        """Google's clock one minute behind the wall clock: the CRM's edits of a round,
        made after Google's, are always the newer ones (newest wins)."""
        now = float(self.admin.state()["now"])
        target = time.time() - 60
        if target > now:
            self.admin.advance_clock(target - now)

    # -- a round ----------------------------------------------------------------------------

    def faulted_sync(self, rng: random.Random, round_seed: int, *, first: bool,
                     during: list[Action]) -> tuple[str, CliRun]:
        faults = self.faults_for(rng, round_seed)
        self.admin.set_faults(reset=True, **faults)
        during = list(during)
        if rng.random() < 0.5:
            # After some call: the next one then meets a 401 and must refresh the token.
            during.append((("calls", rng.randint(1, self.typical_calls)),
                           self.admin.expire_access_tokens))
        kill: Trigger | None = None
        if first:
            kill = ("writes", 1)  # inside the first batch create: R-G3's case
        elif rng.random() < self.args.kill_probability:
            mode = rng.choice(("time", "calls", "writes", "crm", "state"))
            most = {"time": 0, "calls": self.typical_calls, "writes": 3, "crm": 2,
                    "state": 6}[mode]
            kill = ((mode, rng.uniform(0.2, self.typical_s)) if mode == "time" else
                    (mode, rng.randint(1, most)))
        run = self.crmsync("sync", "--yes", "--json", kill=kill, during=during)
        self.admin.set_faults(reset=True)
        self.totals.syncs += 1
        if run.killed:
            self.totals.kills += 1
            what = f"killed ({kill[0]} {kill[1]:.3g})" if kill else "killed"
        elif run.unexpected:
            self.totals.unexpected_errors += 1
            what = "UNEXPECTED ERROR"
            self.totals.problems.append(f"round seed {round_seed}: faulted sync: "
                                        f"{run.stderr.strip()[-500:]}")
        elif run.code != 0:
            self.totals.gave_up += 1
            what = "gave up: " + (run.stderr.strip().splitlines() or ["?"])[-1][:80]
        else:
            what = "ok"
            # Aim the next kills inside a sync like this one.
            self.typical_s = 0.7 * self.typical_s + 0.3 * run.seconds
            self.typical_calls = max(2, int(0.7 * self.typical_calls + 0.3 * run.api_calls))
        storm = " storm" if faults["rate_limit_probability"] >= 0.3 else ""
        return f"sync {what} {run.seconds:.1f}s{storm}", run

    def converge(self, round_seed: int) -> tuple[str, bool]:
        run = self.crmsync("sync", "--yes", "--json")
        self.totals.syncs += 1
        if run.code == 0:
            return f"clean {run.seconds:.1f}s", True
        self.totals.clean_sync_failures += 1
        self.totals.problems.append(f"round seed {round_seed}: the clean sync failed "
                                    f"({run.code}): {run.stderr.strip()[-500:]}")
        return "CLEAN SYNC FAILED", False

    def run_round(self, number: int) -> Check:
        round_seed = random.Random(f"{self.seed}:{number}").randrange(2**31)
        rng = random.Random(round_seed)
        started = time.monotonic()
        faults_before = self.admin.fault_counts()
        ledger = Ledger()
        first = number == 0
        during: list[Action] = []
        if not first:
            self.keep_clock_behind()
            during = self.make_edits(rng, ledger)
        sync_text, _ = self.faulted_sync(rng, round_seed, first=first, during=during)
        converge_text, _ = self.converge(round_seed)
        check = self.check(ledger, round_seed)
        fired = Counter(self.admin.fault_counts())
        fired.subtract(faults_before)
        for kind, count in fired.items():
            if count:
                self.totals.faults[kind] = self.totals.faults.get(kind, 0) + count
        for kind, count in ledger.counts.items():
            self.totals.edits[kind] = self.totals.edits.get(kind, 0) + count
        self.totals.rounds += 0 if first else 1
        fault_text = " ".join(f"{_short(k)}:{v}" for k, v in sorted(fired.items()) if v)
        edits = sum(ledger.counts.values())
        verdict = ("ok" if not (check.duplicates or check.lost_edits or check.drift
                                or check.preview_items) else
                   f"dup {check.duplicates} lost {check.lost_edits} drift {check.drift} "
                   f"preview {check.preview_items}")
        self.say(f"{'first' if first else f'round {number:3d}'} seed {round_seed:>10} "
                 f"edits {edits:4d} | faults {fault_text or '-'} | {sync_text} | "
                 f"{converge_text} | {verdict} | {time.monotonic() - started:.1f}s")
        for line in check.problems[:12]:
            self.say(f"    {line}")
        if len(check.problems) > 12:
            self.say(f"    … {len(check.problems) - 12} more")
        self.totals.problems += [f"round seed {round_seed}: {p}" for p in check.problems[:30]]
        return check

    # -- checks ---------------------------------------------------------------------------

    def check(self, ledger: Ledger, round_seed: int) -> Check:
        result = Check()
        google_by_uid: dict[int, list[tuple[str, ContactRecord]]] = {}
        strays: list[str] = []
        for person in self.admin.dump()["contacts"]:
            record = record_from_person(person)
            m = UID.search(record.last_name)
            if m:
                google_by_uid.setdefault(int(m.group(1)), []).append(
                    (str(person["resourceName"]), record))
            else:
                strays.append(f"Google {person['resourceName']} {record.display_name()!r}")
        crm_by_uid: dict[int, list[tuple[int, ContactRecord]]] = {}
        with SqliteCrm(self.crm_path) as crm:
            for contact in crm.read_all():
                if contact.deleted:
                    continue
                m = UID.search(contact.record.last_name)
                if m:
                    crm_by_uid.setdefault(int(m.group(1)), []).append(
                        (contact.crm_id, contact.record))
                else:
                    strays.append(f"CRM {contact.crm_id} {contact.record.display_name()!r}")
        for side, by_uid in (("Google", google_by_uid), ("CRM", crm_by_uid)):
            for uid, copies in by_uid.items():
                if len(copies) > 1:
                    result.duplicates += len(copies) - 1
                    result.bad_uids.add(uid)
                    result.problems.append(f"DUPLICATE in {side}: U{uid:05d} x{len(copies)}: "
                                           f"{[c[0] for c in copies]}")
            holders: dict[str, set[int]] = {}
            for uid, copies in by_uid.items():
                for _, record in copies:
                    for email in record.emails():
                        holders.setdefault(email, set()).add(uid)
            for email, uids in holders.items():
                if len(uids) > 1:
                    result.duplicates += len(uids) - 1
                    result.bad_uids |= uids
                    result.problems.append(f"DUPLICATE e-mail in {side}: {email} held by "
                                           f"{sorted(uids)}")
        for stray in strays:
            result.drift += 1
            result.problems.append(f"DRIFT: a contact the soak never made: {stray}")

        for uid, person in self.people.items():
            if uid in self.quarantined:
                continue
            expected = person.record()
            for side, by_uid, exists in (("Google", google_by_uid, person.in_google),
                                         ("CRM", crm_by_uid, person.in_crm)):
                copies = by_uid.get(uid, [])
                if bool(copies) != exists:
                    what = "create" if (uid, "create") in ledger.entries else "delete"
                    self._mismatch(result, ledger, uid, what,
                                   f"{side}: {'missing' if exists else 'still there'} "
                                   f"({person.origin}, synced={person.synced}) "
                                   f"{ledger.entries.get((uid, what), '')}")
                    continue
                if not copies:
                    continue
                record = copies[0][1]
                for f in FIELDS:
                    if record.norm(f) != expected.norm(f):
                        self._mismatch(result, ledger, uid, f.value,
                                       f"{side} {copies[0][0]} {f.value}: "
                                       f"{_show(record.value(f))!r}, expected "
                                       f"{_show(expected.value(f))!r} "
                                       f"({ledger.entries.get((uid, f.value), 'not edited')})")
            google_copies, crm_copies = google_by_uid.get(uid), crm_by_uid.get(uid)
            if google_copies:
                self.resource[uid] = google_copies[0][0]
            if crm_copies:
                self.crm_id[uid] = crm_copies[0][0]

        preview = self.crmsync("preview", "--json")
        try:
            plan = json.loads(preview.stdout)
        except ValueError:
            plan = {}
            result.problems.append(f"preview failed: {preview.stderr.strip()[-300:]}")
            result.preview_items += 1
        for key in ("to_google", "to_crm", "conflicts", "possible_matches", "skipped"):
            for item in plan.get(key) or []:
                uids = {int(m.group(1)) for name in (item.get("name"), item.get("google_name"))
                        if (m := UID.search(name or ""))}
                if uids and uids <= self.quarantined:
                    continue  # reported in an earlier round; it stays until someone acts
                result.preview_items += 1
                result.bad_uids |= uids
                result.problems.append(f"PREVIEW {key}: {item.get('action', key)} "
                                       f"{item.get('name')!r} crm {item.get('crm_id')} "
                                       f"{item.get('resource_name')} "
                                       f"{json.dumps(item.get('fields'), ensure_ascii=False)}"
                                       f" {item.get('reason', '')}")
        self.totals.duplicates += result.duplicates
        self.totals.lost_edits += result.lost_edits
        self.totals.drift += result.drift
        self.totals.nonempty_previews += 1 if result.preview_items else 0
        self.totals.preview_items += result.preview_items
        # A person found wrong is reported once: left out of later edits and checks, so
        # one fault does not echo through every later round.
        self.quarantined |= result.bad_uids
        return result

    @staticmethod
    def _mismatch(result: Check, ledger: Ledger, uid: int, what: str, text: str) -> None:
        if (uid, what) in ledger.entries:
            result.lost_edits += 1
            result.problems.append(f"LOST EDIT U{uid:05d}: {text}")
        else:
            result.drift += 1
            result.problems.append(f"DRIFT U{uid:05d}: {text}")
        result.bad_uids.add(uid)

    # -- the whole soak -------------------------------------------------------------------

    def run(self) -> Totals:
        started = time.monotonic()
        deadline = started + self.args.minutes * 60
        self.say(f"fault soak: {self.n} contacts, seed {self.seed}, "
                 f"{self.args.minutes} min, profile {self.root}")
        self.seed_sides()
        login = self.crmsync("login", "--timeout", "60")
        if login.code != 0:
            raise RuntimeError(f"crmsync login failed: {login.stderr[-2000:]}")
        self.run_round(0)
        number = 1
        while time.monotonic() < deadline and (self.args.max_rounds is None
                                               or number <= self.args.max_rounds):
            self.run_round(number)
            number += 1
        self.totals.api_calls = self.api_calls()
        self.totals.wall_s = round(time.monotonic() - started, 1)
        return self.totals


def _short(kind: str) -> str:
    return {"rate_limit": "429", "server_error_500": "500", "server_error_502": "502",
            "server_error_503": "503", "drop": "drop", "expired_sync_token": "synctok",
            "access_tokens_expired": "acctok", "unauthenticated_401": "401"}.get(kind, kind)


def _norm(f: Field, value: Value) -> str:
    return ContactRecord(**{f.value: value}).norm(f)  # type: ignore[arg-type]


def _show(value: Value) -> str:
    return value.one_line() if isinstance(value, Address) else value


def print_totals(t: Totals, out: Any = sys.stdout) -> None:
    server = sum(v for k, v in t.faults.items() if k.startswith("server_error"))
    rows = [
        ("contacts", f"{t.contacts} (seed {t.seed})"),
        ("rounds (+ first sync)", t.rounds),
        ("syncs run", t.syncs),
        ("  killed (SIGKILL)", t.kills),
        ("  gave up (clear error)", t.gave_up),
        ("  unexpected errors", t.unexpected_errors),
        ("  clean syncs failed", t.clean_sync_failures),
        ("API calls", t.api_calls),
        ("faults: 429", t.faults.get("rate_limit", 0)),
        ("faults: 5xx", f"{server} (" + ", ".join(
            f"{k[-3:]}: {v}" for k, v in sorted(t.faults.items())
            if k.startswith("server_error")) + ")"),
        ("faults: dropped connections", t.faults.get("drop", 0)),
        ("faults: expired sync tokens", t.faults.get("expired_sync_token", 0)),
        ("faults: access tokens expired", f"{t.faults.get('access_tokens_expired', 0)} "
         f"({t.faults.get('unauthenticated_401', 0)} calls answered 401)"),
        ("edits made", f"{sum(v for k, v in t.edits.items() if k != 'seeded')} (" + ", ".join(
            f"{k} {v}" for k, v in sorted(t.edits.items()) if k != "seeded") + ")"),
        ("duplicates", t.duplicates),
        ("lost edits", t.lost_edits),
        ("drift (unedited values changed)", t.drift),
        ("non-empty follow-up previews", f"{t.nonempty_previews} ({t.preview_items} rows)"),
        ("wall time", f"{t.wall_s:.0f} s"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"| {'':<{width}} | |", file=out)
    print(f"|{'-' * (width + 2)}|---|", file=out)
    for name, value in rows:
        print(f"| {name:<{width}} | {value} |", file=out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0,
                        help="time bound: no round starts after it (default 5)")
    parser.add_argument("--contacts", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=None, help="default: random, printed")
    parser.add_argument("--max-rounds", type=int, default=None)
    parser.add_argument("--kill-probability", type=float, default=0.7,
                        help="share of rounds whose faulted sync is SIGKILLed")
    parser.add_argument("--json", action="store_true", help="totals as JSON on stdout")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary profile (logs, state) for a post-mortem")
    args = parser.parse_args(argv)
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1_000_000)
    root = Path(tempfile.mkdtemp(prefix="crmsync-soak-"))
    sandbox = SandboxProcess()
    try:
        soak = Soak(args, root, sandbox.url)
        totals = soak.run()
    finally:
        sandbox.stop()
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    if args.json:
        print(json.dumps(dataclasses.asdict(totals), ensure_ascii=False, indent=2))
        print_totals(totals, sys.stderr)
    else:
        print_totals(totals)
        for problem in totals.problems[:40]:
            print(f"  {problem}")
    return 1 if totals.failed() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
