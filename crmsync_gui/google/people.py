"""The People API adapter (R-G1–R-G4): reads, native batch writes, the label.

Everything goes through ``google-api-python-client`` built on the bundled discovery
document, so it works offline and against the sandbox by endpoint alone. httplib2 is not
thread-safe: each thread gets its own service object (and so its own connection).
Mutations are sent one call at a time, in the caller's thread: Google asks that writes
for one user be sequential.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import google_auth_httplib2
from google.auth.credentials import Credentials
from google.auth.exceptions import RefreshError, TransportError
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.google.answer_shape import person_shape_problem
from crmsync_gui.google.errors import (
    GoogleError,
    GoogleRequestRefused,
    MalformedAnswer,
    TemporaryGoogleError,
    error_from_http,
    refresh_failure,
)
from crmsync_gui.google.person import READ_FIELDS, UPDATE_MASK, Person
from crmsync_gui.google.retry import RetryPolicy, run_with_retry
from crmsync_gui.google.secure_transport import SecureHttp

log = logging.getLogger(__name__)
T = TypeVar("T")

PAGE_SIZE = 1000  # the most connections.list returns per page
WRITE_BATCH = 200  # batchCreateContacts / batchUpdateContacts limit
DELETE_BATCH = 500  # batchDeleteContacts limit
GET_BATCH = 200  # getBatchGet limit
MEMBERS_BATCH = 1000  # contactGroups.members.modify limit
HTTP_TIMEOUT = 60
BACKUP_FIELDS = (
    "addresses,biographies,birthdays,calendarUrls,clientData,emailAddresses,events,"
    "externalIds,genders,imClients,interests,locales,locations,memberships,metadata,"
    "miscKeywords,names,nicknames,occupations,organizations,phoneNumbers,relations,"
    "sipAddresses,urls,userDefined")
# Everything of a contact, photos included: what the journal keeps of one a sync deletes.
WHOLE_FIELDS = f"{BACKUP_FIELDS},photos"


@dataclass(frozen=True)
class PeopleRead:
    """One read of the connections: full (``incremental`` False) or since a sync token."""

    persons: list[Person]
    sync_token: str | None
    incremental: bool


@dataclass
class CallCounter:
    """API calls made, by method name (benchmarks compare them with the minimum)."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, method: str) -> None:
        self.counts[method] = self.counts.get(method, 0) + 1


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# Calls that change nothing at Google: a Cancel may stop them in any wait between retries.
READS = frozenset({"people.connections.list", "people.getBatchGet", "contactGroups.list"})


def label_named(groups: Iterable[dict[str, Any]], name: str) -> str | None:
    """The user label of that exact name among ``contactGroups.list``'s groups."""
    for group in groups:
        if group.get("groupType", "USER_CONTACT_GROUP") != "USER_CONTACT_GROUP":
            continue
        if name in (group.get("name"), group.get("formattedName")):
            return str(group["resourceName"])
    return None


class PeopleApi:
    """The People API for one signed-in account."""

    def __init__(self, credentials: Credentials, api_endpoint: str | None = None,
                 policy: RetryPolicy | None = None) -> None:
        self._credentials = credentials
        self._endpoint = api_endpoint
        self.policy = policy or RetryPolicy()
        self.calls = CallCounter()
        self._local = threading.local()

    @property
    def _service(self) -> Any:
        service = getattr(self._local, "service", None)
        if service is None:
            # SecureHttp under the authorization: API calls and the token refreshes they
            # trigger go only to https or this computer (R-SEC).
            http = google_auth_httplib2.AuthorizedHttp(
                self._credentials, http=SecureHttp(timeout=HTTP_TIMEOUT))
            options = {"api_endpoint": self._endpoint} if self._endpoint else None
            service = build("people", "v1", http=http, static_discovery=True,
                            cache_discovery=False, client_options=options)
            self._local.service = service
        return service

    def _execute(self, method: str, make_request: Callable[[Any], Any],
                 resource_names: tuple[str, ...] = (), idempotent: bool = True) -> Any:
        """Run one API call with our retry policy; errors become domain errors."""
        def attempt() -> Any:
            self.calls.add(method)
            return make_request(self._service).execute()
        try:
            # Every People API answer is a JSON object (a delete's is {}): anything else
            # — a proxy's HTML page, a list — stops here, named, before anyone reads it.
            return _answer_object(method, run_with_retry(
                attempt, self.policy, method, idempotent=idempotent,
                read_only=method in READS))
        except HttpError as error:
            raise error_from_http(error, resource_names) from error
        except RefreshError as error:
            raise refresh_failure(error) from error
        except TransportError as error:
            raise TemporaryGoogleError(Reason.of(ReasonCode.GOOGLE_UNREACHABLE_FOR_SIGN_IN),
                                       str(error)) from error

    # -- reads -----------------------------------------------------------------------

    def _pages(self, params: dict[str, Any]) -> Iterator[tuple[list[Person], str | None]]:
        """Each page of connections.list, with the sync token (on the last page only)."""
        page_token: str | None = None
        while True:
            # A pageToken must travel with exactly the first page's other parameters.
            page_params = {**params, "pageToken": page_token} if page_token else params
            response = self._execute(
                "people.connections.list",
                lambda s, p=page_params: s.people().connections().list(**p))
            connections, page_token, sync_token = _checked_page(response)
            yield connections, sync_token
            if not page_token:
                return

    def read_for_backup(self) -> Iterator[Person]:
        """Every contact with every field a backup must keep (birthdays, notes, URLs…),
        not only the ones sync reads; page by page, so that a backup of 25,000 contacts
        is written as it arrives instead of held in memory whole."""
        for page, _ in self._pages({"resourceName": "people/me",
                                    "personFields": BACKUP_FIELDS, "pageSize": PAGE_SIZE}):
            yield from page

    def connection_pages(self, sync_token: str | None = None, fields: str = READ_FIELDS
                         ) -> Iterator[tuple[list[Person], str | None]]:
        """``read_connections`` a page at a time, each with the next sync token (on the
        last page only): 25,000 contacts read without holding all of them at once."""
        params: dict[str, Any] = {"resourceName": "people/me", "personFields": fields,
                                  "pageSize": PAGE_SIZE, "requestSyncToken": True}
        if sync_token:
            params["syncToken"] = sync_token
        return self._pages(params)

    def read_connections(self, sync_token: str | None = None,
                         fields: str = READ_FIELDS) -> PeopleRead:
        """All of "My Contacts", or only what changed since ``sync_token``; ``fields``:
        BACKUP_FIELDS for a full read a backup is written from.

        An expired token raises ``SyncTokenExpired`` (both of Google's forms): the
        caller then reads everything. Deleted contacts come in incremental reads as
        Persons with ``metadata.deleted``.
        """
        persons: list[Person] = []
        next_token: str | None = None
        for page, token in self.connection_pages(sync_token, fields):
            persons.extend(page)
            next_token = token
        return PeopleRead(persons, next_token, bool(sync_token))

    def get_many(self, resource_names: Sequence[str],
                 fields: str = READ_FIELDS) -> dict[str, Person]:
        """Fresh copies of some contacts (missing ones are left out)."""
        found: dict[str, Person] = {}
        for chunk in _chunks(list(resource_names), GET_BATCH):
            response = self._execute(
                "people.getBatchGet",
                lambda s, c=chunk: s.people().getBatchGet(resourceNames=list(c),
                                                          personFields=fields))
            for item in response.get("responses") or []:
                person = item.get("person")
                if person and person.get("resourceName"):
                    problem = person_shape_problem(person)
                    if problem:  # checked before a delete trusts it, as a list page is
                        raise _bad_answer(problem, person)
                    found[person["resourceName"]] = person
        return found

    # -- writes (sequential, 200 per call) --------------------------------------------

    def create_many(self, bodies: Sequence[Person],
                    refused: dict[int, GoogleError] | None = None) -> list[Person | None]:
        """Create contacts; the created Persons in the order given.

        A lost answer raises ``UncertainWrite`` rather than risk a duplicate: the
        caller recovers the contacts by their clientData tag. Contacts an answer says
        were refused one by one are None in the list and their errors go to
        ``refused`` (by position) when the caller collects them; else the call raises.
        """
        created: list[Person | None] = []
        for chunk in _chunks(list(bodies), WRITE_BATCH):
            response = self._execute(
                "people.batchCreateContacts",
                lambda s, c=chunk: s.people().batchCreateContacts(body={
                    "contacts": [{"contactPerson": body} for body in c],
                    "readMask": READ_FIELDS}),
                idempotent=False)
            results = response.get("createdPeople") or []
            failures = [r for r in results if _item_refused(r)]
            if len(results) != len(chunk) or (failures and refused is None):
                raise GoogleRequestRefused(
                    Reason.of(ReasonCode.GOOGLE_REFUSED_CREATES,
                              count=len(failures) or len(chunk)),
                    str(failures)[:2000])
            for result in results:
                if _item_refused(result):
                    assert refused is not None
                    refused[len(created)] = _item_error(result)
                    created.append(None)
                else:
                    created.append(result["person"])
        return created

    def update_many(self, bodies: Sequence[Person],
                    refused: dict[str, GoogleError] | None = None) -> dict[str, Person]:
        """Update contacts from ``merge_into_person`` bodies; the updated Persons by name.

        A stale etag fails the whole call (Google's rule): ``StaleEtag`` names every
        contact of that call so the caller can re-read and re-plan them. Contacts the
        answer says were refused one by one go to ``refused`` when the caller collects
        them (the others of the call did land); else the call raises.
        """
        updated: dict[str, Person] = {}
        mask = UPDATE_MASK
        for chunk in _chunks(list(bodies), WRITE_BATCH):
            names = tuple(str(body["resourceName"]) for body in chunk)
            response = self._execute(
                "people.batchUpdateContacts",
                lambda s, c=chunk: s.people().batchUpdateContacts(body={
                    "contacts": {body["resourceName"]: body for body in c},
                    "updateMask": mask, "readMask": READ_FIELDS}),
                resource_names=names)
            for name, result in (response.get("updateResult") or {}).items():
                if _item_refused(result):
                    if refused is None:
                        raise GoogleRequestRefused(
                            Reason.of(ReasonCode.GOOGLE_REFUSED_UPDATE, name=name),
                            str(result)[:2000])
                    refused[name] = _item_error(result)
                    continue
                updated[name] = result["person"]
        return updated

    def delete_many(self, resource_names: Sequence[str]) -> None:
        """Delete contacts; ones already gone count as deleted."""
        for chunk in _chunks(list(resource_names), DELETE_BATCH):
            try:
                self._execute("people.batchDeleteContacts",
                              lambda s, c=chunk: s.people().batchDeleteContacts(
                                  body={"resourceNames": list(c)}))
            except GoogleRequestRefused as error:
                if error.status != 404:
                    raise
                # One missing contact fails the batch: delete the rest one by one.
                for name in chunk:
                    self._delete_one(name)

    def _delete_one(self, resource_name: str) -> None:
        try:
            self._execute("people.deleteContact",
                          lambda s: s.people().deleteContact(resourceName=resource_name))
        except GoogleRequestRefused as error:
            if error.status != 404:
                raise

    # -- the label (R-G4) ---------------------------------------------------------------

    def groups(self) -> list[dict[str, Any]]:
        """Every contact group, system groups included: one call for up to 1,000 (the
        default page is 30), more pages only for an account with more labels."""
        groups: list[dict[str, Any]] = []
        page_token: str | None = None
        while True:
            params: dict[str, Any] = {"pageSize": 1000}
            if page_token:
                params["pageToken"] = page_token
            response = self._execute(
                "contactGroups.list", lambda s, p=params: s.contactGroups().list(**p))
            page = response.get("contactGroups") or []
            if not isinstance(page, list) or not all(isinstance(g, dict) for g in page):
                raise _bad_answer("contactGroups is not a list of groups", response)
            groups.extend(page)
            page_token = response.get("nextPageToken")
            if not page_token:
                return groups

    def create_label(self, name: str) -> str | None:
        """A new label's resource name; None when one of that name exists (409)."""
        try:
            group = self._execute(
                "contactGroups.create",
                lambda s: s.contactGroups().create(body={"contactGroup": {"name": name}}))
        except GoogleRequestRefused as error:
            if error.status != 409:
                raise
            return None
        return str(group["resourceName"])

    def rename_label(self, resource_name: str, name: str, etag: str | None) -> bool:
        """Rename a label; False when one of that name exists already (409)."""
        group: dict[str, Any] = {"resourceName": resource_name, "name": name}
        if etag:
            group["etag"] = etag
        try:
            self._execute("contactGroups.update",
                          lambda s: s.contactGroups().update(
                              resourceName=resource_name,
                              body={"contactGroup": group, "updateGroupFields": "name"}))
        except GoogleRequestRefused as error:
            if error.status != 409:
                raise
            return False
        return True

    def group_names(self) -> set[str]:
        """The resource names of every contact group (labels and system groups)."""
        return {str(g["resourceName"]) for g in self.groups() if g.get("resourceName")}

    def find_label(self, name: str) -> str | None:
        return label_named(self.groups(), name)

    def ensure_label(self, name: str) -> str:
        """The label's resource name, created on first use (409: it exists, look it up)."""
        return self.find_label(name) or self.create_or_find_label(name)

    def create_or_find_label(
            self, name: str,
            find: Callable[[list[dict[str, Any]], str], str | None] = label_named) -> str:
        """A label known to be missing, created; one made meanwhile (409) is looked up in
        the labels listed again, by ``find`` (by default its exact name)."""
        created = self.create_label(name)
        if created is not None:
            return created
        found = find(self.groups(), name)
        if found is None:
            raise GoogleRequestRefused(Reason.of(ReasonCode.GOOGLE_LABEL_NOT_LISTED,
                                                 name=name))
        return found

    def modify_members(self, label: str, add: Sequence[str],
                       remove: Sequence[str]) -> list[str]:
        """Put contacts into a label and take others out of it, 1,000 a call; the ones
        Google says it could not move (gone, or left with no group at all)."""
        moves = [(name, True) for name in add] + [(name, False) for name in remove]
        failed: list[str] = []
        for chunk in _chunks(moves, MEMBERS_BATCH):
            body = {"resourceNamesToAdd": [n for n, adding in chunk if adding],
                    "resourceNamesToRemove": [n for n, adding in chunk if not adding]}
            answer = self._execute(
                "contactGroups.members.modify",
                lambda s, b=body: s.contactGroups().members().modify(resourceName=label,
                                                                      body=b))
            for key in ("notFoundResourceNames", "canNotRemoveLastContactGroupResourceNames"):
                failed += [str(n) for n in answer.get(key) or []]
        return failed

    def add_to_label(self, label: str, resource_names: Sequence[str]) -> None:
        for chunk in _chunks(list(resource_names), MEMBERS_BATCH):
            self._execute("contactGroups.members.modify",
                          lambda s, c=chunk: s.contactGroups().members().modify(
                              resourceName=label, body={"resourceNamesToAdd": list(c)}))


def _item_refused(result: dict[str, Any]) -> bool:
    return int(result.get("httpStatusCode", 200)) >= 400 or "person" not in result


def _item_error(result: dict[str, Any]) -> GoogleError:
    """One contact of a batch answer refused: Google's words for it."""
    status = result.get("status") or {}
    message = str(status.get("message") or f"HTTP {result.get('httpStatusCode')}")
    return GoogleRequestRefused(Reason.of(ReasonCode.GOOGLE_REFUSED, message=message),
                                str(result)[:2000], int(result.get("httpStatusCode", 0)))


def _bad_answer(what: str, answer: Any) -> MalformedAnswer:
    return MalformedAnswer(Reason.of(ReasonCode.GOOGLE_BAD_ANSWER, what=what),
                           repr(answer)[:2000])


def _answer_object(method: str, response: Any) -> dict[str, Any]:
    """The answer, if it is the JSON object every People API answer is. The client
    library hands text that is not JSON over as a string (a proxy's error page)."""
    if isinstance(response, dict):
        return response
    if response in ("", b"", None):  # an empty body (a delete): nothing to read
        return {}
    if isinstance(response, str | bytes):
        start = response[:60] if isinstance(response, str) else response[:60].decode(
            "utf-8", "replace")
        raise _bad_answer(f"{method} answered with something that is not JSON: "
                          f"{start!r}", response)
    raise _bad_answer(f"{method} answered with {type(response).__name__}, not an object",
                      response)


def _checked_page(response: Any) -> tuple[list[Person], str | None, str | None]:
    """A connections.list page as (connections, next page token, next sync token), after
    checking its shape: an answer that a broken proxy or a Google bug mangled must stop
    the run before anything of it is stored (a number kept as the sync token would make
    every later read fail)."""
    def bad(what: str) -> MalformedAnswer:
        return _bad_answer(what, response)

    connections = response.get("connections", [])
    if not isinstance(connections, list):
        raise bad("connections is not a list")
    for person in connections:
        if not isinstance(person, dict):
            raise bad("a contact is not an object")
        name = person.get("resourceName")
        if not isinstance(name, str) or not name.startswith("people/"):
            raise bad(f"a contact has no resource name ({name!r})")
        deleted = isinstance(person.get("metadata"), dict) and person["metadata"].get("deleted")
        etag = person.get("etag")
        if not deleted and (not isinstance(etag, str) or not etag):
            raise bad(f"contact {name} has no etag")
        problem = person_shape_problem(person)
        if problem:
            raise bad(problem)
    tokens = []
    for key in ("nextPageToken", "nextSyncToken"):
        token = response.get(key)
        if token is not None and (not isinstance(token, str) or not token):
            raise bad(f"{key} is {token!r}")
        tokens.append(token)
    return connections, tokens[0], tokens[1]
