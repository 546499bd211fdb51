"""Fault injection for the People API routes (never for OAuth or the admin API).

Each switch is either a count ("the next N calls") or a probability; a seed makes
the random draws reproducible. ``methods`` scopes every switch to some API method
names (e.g. ``["people.batchUpdateContacts"]``).

Two switches break the answer rather than the call: ``lose_answer_*`` lets a call run
(the store changes) and then cuts the connection, as when Google applied a write but its
answer was lost on the way; ``malformed_list_answer`` hands the next
``people.connections.list`` answer over in a wrong shape (a broken proxy, a Google bug).

Every fault that actually fires is counted by kind (``fired()``), so a soak or a test
can tell "faults were switched on" from "faults hit the client".
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from typing import Any


@dataclass
class FaultConfig:
    latency_ms: int = 0
    rate_limit_count: int = 0
    rate_limit_probability: float = 0.0
    retry_after_s: int = 1
    server_error_count: int = 0
    server_error_probability: float = 0.0
    server_error_code: int = 503
    drop_count: int = 0
    drop_probability: float = 0.0
    # The call is processed (writes are applied and saved), then the answer is lost.
    lose_answer_count: int = 0
    lose_answer_probability: float = 0.0
    # One of MALFORMED_LIST_ANSWERS; applies to one people.connections.list answer.
    malformed_list_answer: str = ""
    # Every write call whose body holds this text is refused (400 INVALID_ARGUMENT), as
    # Google refuses one contact's value: a batch holding it fails whole.
    refuse_value: str = ""
    # The next N batchUpdateContacts calls find each of their contacts edited by someone
    # else just before (new etag, same data): the stale-etag race, on demand.
    concurrent_edit_count: int = 0
    methods: list[str] | None = None
    seed: int | None = None
    # Not faults of one call but Google behaviours tests want to provoke:
    propagation_delay_s: float = 0.0
    expire_next_sync_token: bool = False
    sync_token_expired_status: int = 400  # 400 (what Google does) or 410 (documented)


# What happens to one call; checked in this order so a test can combine them.
DROP = "drop"
RATE_LIMIT = "rate_limit"
SERVER_ERROR = "server_error"
# Decided after the three above and only when none fired: a call that was refused was not
# processed, so there is no applied write whose answer could be lost.
LOST_ANSWER = "lost_answer"

# Counter names of ``FaultInjector.fired()`` besides DROP and RATE_LIMIT: server errors
# are counted per status ("server_error_503"), since 503 says "not processed" and 500
# does not, and clients must treat them differently.
EXPIRED_SYNC_TOKEN = "expired_sync_token"
REFUSED_VALUE = "refused_value"
CONCURRENT_EDIT = "concurrent_edit"
ACCESS_TOKENS_EXPIRED = "access_tokens_expired"  # admin expire_access_tokens() calls
UNAUTHENTICATED = "unauthenticated_401"  # API calls refused for a missing/expired token
MALFORMED_ANSWER = "malformed_answer"  # list answers handed over in a wrong shape

LIST_METHOD = "people.connections.list"
# What a broken proxy hands over instead of the answer (``not_json``).
PROXY_PAGE = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
_BAD_SYNC_TOKEN: dict[str, Any] = {"sync_token_number": 12345, "sync_token_empty": ""}
_DROPPED_PERSON_KEY = {"person_without_resource_name": "resourceName",
                       "person_without_etag": "etag"}
# Shapes of one contact (the first connection): the field and the wrong value it gets.
_BAD_PERSON_FIELD: dict[str, tuple[str, Any]] = {
    "person_etag_number": ("etag", 12345),
    "names_not_list": ("names", "Sophie Martin"),
    "name_not_object": ("names", ["Sophie Martin"]),
    "email_not_object": ("emailAddresses", ["sophie@ex.fr"]),
    "email_value_number": ("emailAddresses", [{"value": 42}]),
    "phone_value_null": ("phoneNumbers", [{"value": None, "type": "mobile"}]),
    "address_city_number": ("addresses", [{"city": 75001, "type": "home"}]),
    "birthday_date_text": ("birthdays", [{"date": "1980-01-01"}]),
    "metadata_not_object": ("metadata", "CONTACT"),
    "sources_not_list": ("metadata", {"sources": "CONTACT"}),
    "membership_not_object": ("memberships", [{"contactGroupMembership": "myContacts"}]),
    "client_data_key_number": ("clientData", [{"key": 7, "value": "x"}]),
    "entry_metadata_text": ("emailAddresses", [{"value": "a@ex.fr", "metadata": "primary"}]),
}
# The wrong shapes ``malformed_list_answer`` can give one list answer ("" = off).
MALFORMED_LIST_ANSWERS = (
    "",
    "not_json",  # a proxy's HTML page, with status 200
    "answer_not_object",  # a JSON list
    "sync_token_number",  # nextSyncToken is an integer
    "sync_token_empty",  # nextSyncToken is ""
    "page_token_number",  # nextPageToken is an integer
    "connections_not_list",  # connections is one object, not a list
    "person_not_object",  # the first connection is a string
    "person_without_resource_name",  # the first connection has no resourceName
    "person_without_etag",  # the first connection has no etag
    *_BAD_PERSON_FIELD,  # one field of the first connection in a wrong shape
)


class FaultInjector:
    """Holds the fault configuration and decides, per call, which fault fires."""

    def __init__(self) -> None:
        # In-process tests only (never over HTTP): called with the method name before
        # each write call is processed, so a test can act "while Google is written" (a
        # colleague editing the CRM meanwhile).
        self.before_write: Callable[[str], None] | None = None
        self._lock = threading.Lock()
        self.config = FaultConfig()
        self._rng = random.Random()
        self._fired: Counter[str] = Counter()

    def configure(self, **changes: Any) -> FaultConfig:
        """Change some switches; unknown names raise ``ValueError`` (typos must not pass)."""
        known = {f.name for f in fields(FaultConfig)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown fault settings: {sorted(unknown)}")
        with self._lock:
            # Checked on a copy first: a refused change must not leave a half-applied,
            # invalid configuration behind for the next call to trip over.
            _validate(replace(self.config, **changes))
            for key, value in changes.items():
                setattr(self.config, key, value)
            if "seed" in changes:
                self._rng = random.Random(changes["seed"])
            return self.config

    def reset(self) -> None:
        """Switch every fault off. The fired counts are history and stay."""
        with self._lock:
            self.config = FaultConfig()
            self._rng = random.Random()

    def record(self, kind: str, amount: int = 1) -> None:
        """Count a fault that happened outside ``decide`` (expired tokens, 401s)."""
        with self._lock:
            self._fired[kind] += amount

    def fired(self) -> dict[str, int]:
        """How many faults of each kind actually hit a call, since the last clear."""
        with self._lock:
            return dict(self._fired)

    def clear_fired(self) -> None:
        with self._lock:
            self._fired.clear()

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return asdict(self.config)

    def latency_s(self, method: str) -> float:
        with self._lock:
            if not self._applies(method):
                return 0.0
            return self.config.latency_ms / 1000.0

    def decide(self, method: str) -> str | None:
        """Which fault (if any) this call of ``method`` suffers; consumes counts."""
        with self._lock:
            if not self._applies(method):
                return None
            c = self.config
            for kind, count_attr, prob in (
                (DROP, "drop_count", c.drop_probability),
                (RATE_LIMIT, "rate_limit_count", c.rate_limit_probability),
                (SERVER_ERROR, "server_error_count", c.server_error_probability),
            ):
                count = getattr(c, count_attr)
                if count > 0:
                    setattr(c, count_attr, count - 1)
                elif not (prob > 0 and self._rng.random() < prob):
                    continue
                self._fired[f"{kind}_{c.server_error_code}" if kind == SERVER_ERROR
                            else kind] += 1
                return kind
            if c.lose_answer_count > 0:
                c.lose_answer_count -= 1
            elif not (c.lose_answer_probability > 0
                      and self._rng.random() < c.lose_answer_probability):
                return None
            self._fired[LOST_ANSWER] += 1
            return LOST_ANSWER

    def malform(self, method: str, answer: dict[str, Any]) -> Any:
        """The successful ``answer`` of ``method`` as the client will get it: in the wrong
        shape ``malformed_list_answer`` asks for, once, else unchanged. Bytes (``not_json``)
        are sent as they are, not as JSON.

        The switch stays armed while an in-scope list answer has nothing to break (no
        ``nextSyncToken`` on a page that is not the last, no connection on an empty
        page), so a test gets exactly one broken answer whatever the paging.
        """
        with self._lock:
            mode = self.config.malformed_list_answer
            # A proxy's page can stand in for any answer: with ``methods`` it replaces
            # the answer of those (a batch create, a label lookup); the other shapes only
            # make sense for a list page.
            scoped = mode == "not_json" and self.config.methods is not None
            if not mode or not self._applies(method) or (method != LIST_METHOD
                                                         and not scoped):
                return answer
            out: Any = dict(answer)  # never edit what the store handed out
            if mode == "not_json":
                out = PROXY_PAGE
            elif mode == "answer_not_object":
                out = [answer]
            elif mode == "page_token_number":
                out["nextPageToken"] = 7
            elif mode in _BAD_SYNC_TOKEN:
                if "nextSyncToken" not in out:
                    return answer
                out["nextSyncToken"] = _BAD_SYNC_TOKEN[mode]
            elif mode == "connections_not_list":
                people = out.get("connections") or [{"resourceName": "people/c1"}]
                out["connections"] = dict(people[0])
            else:
                people = out.get("connections")
                if not people:
                    return answer
                first: Any = dict(people[0])
                if mode == "person_not_object":
                    first = first.get("resourceName")
                elif mode in _BAD_PERSON_FIELD:
                    key, value = _BAD_PERSON_FIELD[mode]
                    first[key] = value
                else:
                    first.pop(_DROPPED_PERSON_KEY[mode], None)
                out["connections"] = [first, *people[1:]]
            self.config.malformed_list_answer = ""
            self._fired[MALFORMED_ANSWER] += 1
            return out

    def refuses(self, method: str, raw: bytes) -> str | None:
        """The refused value a write call's body holds, if any."""
        with self._lock:
            value = self.config.refuse_value
            if not value or not self._applies(method) or value.encode() not in raw:
                return None
            self._fired[REFUSED_VALUE] += 1
            return value

    def take_concurrent_edit(self, method: str) -> bool:
        with self._lock:
            if (method != "people.batchUpdateContacts" or not self._applies(method)
                    or self.config.concurrent_edit_count <= 0):
                return False
            self.config.concurrent_edit_count -= 1
            self._fired[CONCURRENT_EDIT] += 1
            return True

    def take_expire_next_sync_token(self) -> bool:
        with self._lock:
            fired = self.config.expire_next_sync_token
            self.config.expire_next_sync_token = False
            if fired:
                self._fired[EXPIRED_SYNC_TOKEN] += 1
            return fired

    def _applies(self, method: str) -> bool:
        return self.config.methods is None or method in self.config.methods


def _validate(config: FaultConfig) -> None:
    if config.sync_token_expired_status not in (400, 410):
        raise ValueError("sync_token_expired_status must be 400 or 410")
    if config.server_error_code not in (500, 502, 503, 504):
        raise ValueError("server_error_code must be a 5xx code")
    if config.malformed_list_answer not in MALFORMED_LIST_ANSWERS:
        raise ValueError(f"malformed_list_answer must be one of {MALFORMED_LIST_ANSWERS}, "
                         f"not {config.malformed_list_answer!r}")
