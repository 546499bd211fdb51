"""Admin operations (in-process) and their HTTP routes under ``/__admin/``.

The admin API is what tests and the demo use to play "the user on the phone", to
inject faults and to move time.  It never suffers faults and needs no token.
"""

from __future__ import annotations

import json
from typing import Any

from .clock import rfc3339
from .errors import stale_etag
from .faults import ACCESS_TOKENS_EXPIRED
from .oauth import CONTACTS, SCOPE_ALIASES
from .persons import READ_FIELDS
from .state import SandboxState

DEFAULT_SCOPES = ["openid", SCOPE_ALIASES["email"], CONTACTS]


def _rn(contact: str) -> str:
    return contact if contact.startswith("people/") else f"people/{contact}"


class AdminOps:
    """The admin operations; ``SandboxAdmin`` (HTTP client) has the same methods."""

    def __init__(self, state: SandboxState, url: str = "") -> None:
        self.s = state
        self.url = url

    def state(self) -> dict[str, Any]:
        s = self.s
        with s.lock:
            now = s.now()
            acct = s.store.active
            return {
                "url": self.url,
                "now": now,
                "now_rfc3339": rfc3339(now),
                "clock_offset_s": s.clock.offset,
                "account": {"sub": acct.sub, "email": acct.email, "name": acct.name},
                "accounts": [{"sub": a.sub, "email": a.email, "contacts": len(a.persons)}
                             for a in s.store.accounts.values()],
                "contact_count": len(acct.persons),
                "group_count": len(acct.groups),
                "max_contacts": s.store.max_contacts,
                "auto_approve": s.oauth.auto_approve,
                "client_id": s.oauth.client_id,
                "faults": s.faults.snapshot(),
                "fault_counts": s.faults.fired(),
                "counts": dict(s.counts),
                "data_dir": str(s.data_dir) if s.data_dir else None,
            }

    def counts(self) -> dict[str, int]:
        with self.s.lock:
            return dict(self.s.counts)

    def reset_counts(self) -> dict[str, int]:
        with self.s.lock:
            self.s.counts.clear()
            return {}

    def fault_counts(self) -> dict[str, int]:
        """Faults that actually fired, by kind (``drop``, ``rate_limit``,
        ``server_error_503``, ``expired_sync_token``…); see ``faults.py``."""
        return self.s.faults.fired()

    def reset_fault_counts(self) -> dict[str, int]:
        self.s.faults.clear_fired()
        return {}

    def set_faults(self, **changes: Any) -> dict[str, Any]:
        """Change fault switches (see ``FaultConfig``); ``reset=True`` clears them first."""
        if changes.pop("reset", False):
            self.s.faults.reset()
        self.s.faults.configure(**changes)
        return self.s.faults.snapshot()

    def advance_clock(self, seconds: float) -> dict[str, Any]:
        now = self.s.clock.advance(float(seconds))
        self.s.save()
        return {"now": now, "now_rfc3339": rfc3339(now)}

    def reset(self, tokens: bool = False, clock: bool = False) -> dict[str, Any]:
        """Forget contacts, groups, faults and counts (tokens/clock only when asked)."""
        s = self.s
        with s.lock:
            s.store.reset_data()
            s.faults.reset()
            s.faults.clear_fired()
            s.counts.clear()
            if tokens:
                s.oauth.reset()
            if clock:
                s.clock.offset = 0.0
            s.save()
        return {}

    def set_account(self, sub: str, email: str, name: str = "") -> dict[str, Any]:
        with self.s.lock:
            acct = self.s.store.set_account(str(sub), str(email), str(name))
            self.s.save()
            return {"sub": acct.sub, "email": acct.email, "name": acct.name}

    def seed_contacts(self, contacts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Create contacts as the account owner would (same rules, limits, etags)."""
        with self.s.lock:
            now, acct = self.s.now(), self.s.store.active
            self.s.store._check_room(acct, len(contacts))
            out = [self.s.store.user_create(acct, c, now) for c in contacts]
            self.s.save()
            return out

    def get_contact(self, contact: str) -> dict[str, Any]:
        with self.s.lock:
            store = self.s.store
            return store.out(store._get(store.active, _rn(contact)), sorted(READ_FIELDS))

    def patch_contact(self, contact: str, person: dict[str, Any]) -> dict[str, Any]:
        """Edit as the user: given fields replace, ``null`` fields are cleared.

        With an ``etag`` in the body the edit applies only to that version (else HTTP
        400, stale etag), as the Contacts app's own edits do: a test that reads a
        contact, changes one entry of a list and writes the list back must not undo a
        write the sync made in between (a soak's "user" edits while a sync runs).
        """
        etag = None
        if isinstance(person, dict) and "etag" in person:
            person = dict(person)
            etag = person.pop("etag")
        with self.s.lock:
            store = self.s.store
            if etag is not None and etag != store._get(store.active, _rn(contact))["etag"]:
                raise stale_etag()
            out = store.user_patch(store.active, _rn(contact), person, self.s.now())
            self.s.save()
            return out

    def connect_profile(self, contact: str, person: dict[str, Any]) -> dict[str, Any]:
        """Connect a contact to a Google profile showing ``person``'s entries (names,
        phones…, read-only through the API); ``{}`` disconnects it."""
        with self.s.lock:
            store = self.s.store
            out = store.connect_profile(store.active, _rn(contact), person, self.s.now())
            self.s.save()
            return out

    def set_photo(self, contact: str, url: str | None) -> dict[str, Any]:
        """The owner sets (or removes) the contact's photo on the phone."""
        with self.s.lock:
            store = self.s.store
            rec = store._get(store.active, _rn(contact))
            if url:
                rec["photo_url"] = url
            else:
                rec.pop("photo_url", None)
            store._touch(store.active, rec, self.s.now())
            self.s.save()
            return {}

    def delete_contact(self, contact: str) -> dict[str, Any]:
        with self.s.lock:
            self.s.store.delete(self.s.store.active, _rn(contact), self.s.now())
            self.s.save()
            return {}

    def dump(self) -> dict[str, Any]:
        with self.s.lock:
            return self.s.store.dump(self.s.store.active)

    def create_group(self, name: str) -> dict[str, Any]:
        with self.s.lock:
            out = self.s.store.create_group(self.s.store.active,
                                            {"contactGroup": {"name": name}}, self.s.now())
            self.s.save()
            return out

    def delete_group(self, name: str) -> dict[str, Any]:
        """Delete a label as the user does in Google Contacts: its contacts stay, out
        of it."""
        with self.s.lock:
            store, acct = self.s.store, self.s.store.active
            gid = next((gid for gid, group in acct.groups.items() if group["name"] == name),
                       None)
            if gid is None:
                raise KeyError(name)
            store.delete_group(acct, f"contactGroups/{gid}", {}, self.s.now())
            self.s.save()
            return {}

    def rename_group(self, name: str, new_name: str) -> dict[str, Any]:
        """Rename a label as the user does in Google Contacts (its contacts untouched)."""
        with self.s.lock:
            store, acct = self.s.store, self.s.store.active
            gid = next((gid for gid, group in acct.groups.items() if group["name"] == name),
                       None)
            if gid is None:
                raise KeyError(name)
            out = store.update_group(acct, f"contactGroups/{gid}",
                                     {"contactGroup": {"name": new_name}}, self.s.now())
            self.s.save()
            return out

    def set_auto_approve(self, enabled: bool) -> dict[str, Any]:
        with self.s.lock:
            self.s.oauth.auto_approve = bool(enabled)
            self.s.save()
            return {"auto_approve": self.s.oauth.auto_approve}

    def set_token_outage(self, enabled: bool) -> dict[str, Any]:
        """The token endpoint answers refreshes 503 "temporarily_unavailable" (Google's
        token service busy): no OAuth fault switch does that, the API faults skip it."""
        with self.s.lock:
            self.s.oauth.token_outage = bool(enabled)
            return {"token_outage": self.s.oauth.token_outage}

    def issue_tokens(self, scopes: list[str] | None = None) -> dict[str, Any]:
        """Token response for the active account, skipping the browser (tests, demo)."""
        with self.s.lock:
            out = self.s.oauth.issue_direct(scopes or DEFAULT_SCOPES, self.s.now())
            self.s.save()
            return out

    def expire_access_tokens(self) -> dict[str, Any]:
        with self.s.lock:
            n = self.s.oauth.expire_all_access(self.s.now())
            self.s.faults.record(ACCESS_TOKENS_EXPIRED)
            self.s.save()
            return {"expired": n}

    def flush(self) -> dict[str, Any]:
        """Write the persisted state now (it is otherwise written within ~1 s)."""
        self.s.flush()
        return {"data_dir": str(self.s.data_dir) if self.s.data_dir else None}

    def set_config(self, max_contacts: int | None = None,
                   sync_token_ttl_s: float | None = None) -> dict[str, Any]:
        with self.s.lock:
            if max_contacts is not None:
                self.s.store.max_contacts = int(max_contacts)
            if sync_token_ttl_s is not None:
                self.s.store.sync_token_ttl_s = float(sync_token_ttl_s)
            self.s.save()
            return {"max_contacts": self.s.store.max_contacts,
                    "sync_token_ttl_s": self.s.store.sync_token_ttl_s}


def handle(ops: AdminOps, verb: str, path: str, raw_body: bytes) -> Any:
    """Dispatch one admin HTTP request; raises ``KeyError`` for an unknown route."""
    body: Any = json.loads(raw_body) if raw_body.strip() else {}
    sub = path.removeprefix("/__admin/").strip("/")
    if sub.startswith("contacts/") and sub.endswith("/profile") and verb == "PUT":
        return ops.connect_profile(sub.removeprefix("contacts/").removesuffix("/profile"),
                                   body)
    if sub.startswith("contacts/"):
        contact = sub.removeprefix("contacts/")
        if verb == "GET":
            return ops.get_contact(contact)
        if verb == "PATCH":
            return ops.patch_contact(contact, body)
        if verb == "DELETE":
            return ops.delete_contact(contact)
        raise KeyError(path)
    if (verb, sub) == ("POST", "contacts"):
        contacts = body if isinstance(body, list) else body.get("contacts", [])
        return {"contacts": ops.seed_contacts(contacts)}
    routes: dict[tuple[str, str], Any] = {
        ("GET", "state"): lambda: ops.state(),
        ("GET", "counts"): lambda: ops.counts(),
        ("DELETE", "counts"): lambda: ops.reset_counts(),
        ("POST", "counts/reset"): lambda: ops.reset_counts(),
        ("POST", "faults"): lambda: ops.set_faults(**body),
        ("GET", "faults"): lambda: ops.s.faults.snapshot(),
        ("GET", "faults/counts"): lambda: ops.fault_counts(),
        ("DELETE", "faults/counts"): lambda: ops.reset_fault_counts(),
        ("POST", "clock/advance"): lambda: ops.advance_clock(body.get("seconds", 0)),
        ("POST", "reset"): lambda: ops.reset(**body),
        ("POST", "accounts"): lambda: ops.set_account(**body),
        ("GET", "contacts"): lambda: ops.dump(),
        ("POST", "groups"): lambda: ops.create_group(body["name"]),
        ("POST", "groups/delete"): lambda: ops.delete_group(body["name"]),
        ("POST", "groups/rename"): lambda: ops.rename_group(body["name"], body["new_name"]),
        ("POST", "auto_approve"): lambda: ops.set_auto_approve(body.get("enabled", True)),
        ("POST", "token_outage"): lambda: ops.set_token_outage(body.get("enabled", True)),
        ("POST", "tokens"): lambda: ops.issue_tokens(body.get("scopes")),
        ("POST", "tokens/expire"): lambda: ops.expire_access_tokens(),
        ("POST", "config"): lambda: ops.set_config(**body),
        ("POST", "flush"): lambda: ops.flush(),
    }
    fn = routes.get((verb, sub))
    if fn is None:
        raise KeyError(path)
    return fn()
