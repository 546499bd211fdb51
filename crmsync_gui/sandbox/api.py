"""People API v1 routing: path → API method name → store operation.

Paths and method names follow the bundled discovery document (people.v1.json);
names drop the leading service id, e.g. ``people.connections.list``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from .errors import ApiError, insufficient_scope, invalid_argument
from .oauth import CONTACTS, CONTACTS_READONLY
from .state import SandboxState
from .store import AccountData

Handler = Callable[[SandboxState, AccountData, re.Match[str], dict[str, Any], Any, float],
                   dict[str, Any]]

_P = r"(people/c[^/:]*)"  # a contact resource name (validated by the store)
_G = r"(contactGroups/[^/:]+)"


def _list(s: SandboxState, a: AccountData, m: re.Match[str], q: dict, b: Any,
          now: float) -> dict:
    faults = s.faults
    force = bool(q.get("syncToken")) and faults.take_expire_next_sync_token()
    return s.store.list_connections(a, m.group(1), q, now, faults.config.propagation_delay_s,
                                    force, faults.config.sync_token_expired_status)


ROUTES: list[tuple[str, re.Pattern[str], str, bool, Handler]] = [
    (verb, re.compile(rx), name, write, fn) for verb, rx, name, write, fn in [
        ("GET", r"/v1/(people/me)/connections", "people.connections.list", False, _list),
        ("GET", r"/v1/people:batchGet", "people.getBatchGet", False,
         lambda s, a, m, q, b, now: s.store.batch_get(a, q.get("resourceNames", []), q)),
        ("POST", r"/v1/people:createContact", "people.createContact", True,
         lambda s, a, m, q, b, now: s.store.create(a, b, q, now)),
        ("POST", r"/v1/people:batchCreateContacts", "people.batchCreateContacts", True,
         lambda s, a, m, q, b, now: s.store.batch_create(a, b, now)),
        ("POST", r"/v1/people:batchUpdateContacts", "people.batchUpdateContacts", True,
         lambda s, a, m, q, b, now: s.store.batch_update(a, b, now)),
        ("POST", r"/v1/people:batchDeleteContacts", "people.batchDeleteContacts", True,
         lambda s, a, m, q, b, now: s.store.batch_delete(a, b, now)),
        ("PATCH", rf"/v1/{_P}:updateContact", "people.updateContact", True,
         lambda s, a, m, q, b, now: s.store.update(a, m.group(1), b, q, now)),
        ("DELETE", rf"/v1/{_P}:deleteContact", "people.deleteContact", True,
         lambda s, a, m, q, b, now: s.store.delete(a, m.group(1), now)),
        ("GET", r"/v1/(people/me|people/c[^/:]*)", "people.get", False,
         lambda s, a, m, q, b, now: s.store.get(a, m.group(1), q)),
        ("GET", r"/v1/contactGroups", "contactGroups.list", False,
         lambda s, a, m, q, b, now: s.store.list_groups(a, q)),
        ("POST", r"/v1/contactGroups", "contactGroups.create", True,
         lambda s, a, m, q, b, now: s.store.create_group(a, b, now)),
        ("GET", r"/v1/contactGroups:batchGet", "contactGroups.batchGet", False,
         lambda s, a, m, q, b, now: s.store.batch_get_groups(a, q.get("resourceNames", []),
                                                             q)),
        ("POST", rf"/v1/{_G}/members:modify", "contactGroups.members.modify", True,
         lambda s, a, m, q, b, now: s.store.modify_members(a, m.group(1), b, now)),
        ("GET", rf"/v1/{_G}", "contactGroups.get", False,
         lambda s, a, m, q, b, now: s.store.get_group(a, m.group(1), q)),
        ("PUT", rf"/v1/{_G}", "contactGroups.update", True,
         lambda s, a, m, q, b, now: s.store.update_group(a, m.group(1), b, now)),
        ("DELETE", rf"/v1/{_G}", "contactGroups.delete", True,
         lambda s, a, m, q, b, now: s.store.delete_group(a, m.group(1), q, now)),
    ]
]
# Query parameters that may repeat (all others: first value wins).
_REPEATED = {"resourceNames", "sources", "requestMask.includeField"}


def route(verb: str, path: str) -> tuple[str, bool, Handler, re.Match[str]] | None:
    for v, rx, name, write, fn in ROUTES:
        if v == verb:
            m = rx.fullmatch(path)
            if m:
                return name, write, fn, m
    return None


def flatten_query(query: dict[str, list[str]]) -> dict[str, Any]:
    return {k: (v if k in _REPEATED else v[0]) for k, v in query.items()}


def call(state: SandboxState, name: str, write: bool, fn: Handler, m: re.Match[str],
         query: dict[str, list[str]], authorization: str | None, raw_body: bytes) -> dict:
    """Authenticate and run one API call; the caller holds ``state.lock``."""
    now = state.now()
    sub, scopes = state.oauth.authenticate(authorization, now)
    if CONTACTS not in scopes and (write or CONTACTS_READONLY not in scopes):
        raise insufficient_scope()
    body: Any = None
    if raw_body.strip():
        try:
            body = json.loads(raw_body)
        except ValueError as exc:
            raise invalid_argument(f"Invalid JSON payload received. {exc}") from exc
    elif write:
        body = {}
    result = fn(state, state.store.accounts[sub], m, flatten_query(query), body, now)
    if write:
        state.save()
    return result


__all__ = ["ROUTES", "ApiError", "call", "route"]
