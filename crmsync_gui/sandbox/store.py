"""Contacts and contact groups of the sandbox accounts, with Google's rules.

Callers hold the sandbox lock (see ``state.SandboxState``) around every call: the
store itself is plain data so that one lock covers contacts, tokens and counters.

Sync reads: every write gets a per-account sequence number and a (virtual) write
time.  A write is visible to sync-token reads once ``now >= write time +
propagation delay``; since the clock never goes back, the visible writes are a
prefix of the sequence, so a sync token is just "the last visible sequence number".
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
import secrets
from collections import Counter, OrderedDict
from typing import Any

from . import persons as P
from .clock import rfc3339
from .errors import ApiError, expired_sync_token, invalid_argument, not_found, stale_etag

SYNC_TOKEN_TTL_S = 7 * 24 * 3600
MAX_CONTACTS = 25_000
MAX_BATCH_CREATE = 200
MAX_BATCH_UPDATE = 200
MAX_BATCH_DELETE = 500
MAX_BATCH_GET = 200
MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 100
MAX_MODIFY_MEMBERS = 1000
SORT_ORDERS = (
    "LAST_MODIFIED_ASCENDING", "LAST_MODIFIED_DESCENDING", "FIRST_NAME_ASCENDING",
    "LAST_NAME_ASCENDING",
)
SYSTEM_GROUPS = {
    "myContacts": "My Contacts", "starred": "Starred", "friends": "Friends",
    "family": "Family", "coworkers": "Coworkers",
}
# Google only lets clients put contacts into these system groups (and user groups).
WRITABLE_SYSTEM_GROUPS = ("myContacts", "starred")
GROUP_FIELDS = frozenset({"clientData", "groupType", "memberCount", "metadata", "name"})
DEFAULT_GROUP_FIELDS = ["groupType", "memberCount", "metadata", "name"]
# Query parameters that are not part of "the same request" for page-token checks.
_TRANSPORT_PARAMS = frozenset(
    {"pageToken", "alt", "$.xgafv", "prettyPrint", "fields", "key", "quotaUser",
     "access_token", "oauth_token", "callback", "upload_protocol", "uploadType"}
)
_MAX_SESSIONS = 64
MAX_CONTACTS_REASON = "MAX_CONTACTS_REACHED"

Record = dict[str, Any]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def source_id(person_id: str) -> str:
    """Google's CONTACT source id is the hex form of the person number."""
    return format(int(person_id[1:]), "x")


class AccountData:
    """One Google account's contacts, deletions, groups and write log."""

    def __init__(self, sub: str, email: str, name: str = "") -> None:
        self.sub = sub
        self.email = email
        self.name = name
        self.persons: dict[str, Record] = {}
        self.tombstones: dict[str, Record] = {}
        self.groups: dict[str, Record] = {}
        self.write_times: list[float] = []  # write_times[seq - 1]
        self.next_number = 0
        self.next_group = 0
        # Changes on reset, so sync tokens of a previous life of the data expire.
        self.generation = secrets.token_hex(4)

    @property
    def seq(self) -> int:
        return len(self.write_times)

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in (
            "sub", "email", "name", "persons", "tombstones", "groups", "write_times",
            "next_number", "next_group", "generation")}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> AccountData:
        acct = cls(d["sub"], d["email"], d.get("name", ""))
        for k in ("persons", "tombstones", "groups", "write_times", "next_number",
                  "next_group", "generation"):
            setattr(acct, k, d[k])
        return acct


class Store:
    """All accounts plus the People API operations (one method per API method)."""

    def __init__(self) -> None:
        self.accounts: dict[str, AccountData] = {}
        self.active_sub = ""
        self.max_contacts = MAX_CONTACTS
        self.sync_token_ttl_s = SYNC_TOKEN_TTL_S
        self._sessions: OrderedDict[str, Record] = OrderedDict()
        self.set_account("100000000000000000001", "sandbox.user@example.com", "Sandbox User")

    # ----------------------------------------------------------------- accounts
    def set_account(self, sub: str, email: str, name: str = "") -> AccountData:
        """Make ``sub`` the account that signs in next (created when new)."""
        acct = self.accounts.get(sub)
        if acct is None:
            acct = self.accounts[sub] = AccountData(sub, email, name)
        acct.email, acct.name = email, name or acct.name
        self.active_sub = sub
        return acct

    @property
    def active(self) -> AccountData:
        return self.accounts[self.active_sub]

    def reset_data(self) -> None:
        """Forget every contact and group, keep the accounts themselves."""
        for sub, acct in list(self.accounts.items()):
            self.accounts[sub] = AccountData(sub, acct.email, acct.name)
        self._sessions.clear()

    def to_json(self) -> dict[str, Any]:
        return {
            "accounts": [a.to_json() for a in self.accounts.values()],
            "active_sub": self.active_sub,
            "max_contacts": self.max_contacts,
        }

    def load_json(self, d: dict[str, Any]) -> None:
        self.accounts = {a["sub"]: AccountData.from_json(a) for a in d["accounts"]}
        self.active_sub = d["active_sub"]
        self.max_contacts = d.get("max_contacts", MAX_CONTACTS)

    # ------------------------------------------------------------ write helpers
    def _touch(self, acct: AccountData, rec: Record, now: float) -> None:
        """Record a write: new sequence number, etags and updateTime."""
        acct.write_times.append(now)
        rec["seq"] = acct.seq
        rec["update_time"] = now
        digest = hashlib.sha256(
            f"{acct.sub}/{acct.generation}/{rec['id']}/{rec['seq']}".encode()
        ).digest()
        rec["etag"] = "%Eg" + _b64(digest[:15])
        rec["source_etag"] = "#" + _b64(digest[15:24])

    def touch_named(self, acct: AccountData, raw_body: bytes, now: float) -> None:
        """Someone else saves, unchanged, each contact a batch update names: their etags
        move on (a fault switch: the race between a read and a write, on demand)."""
        try:
            names = list((json.loads(raw_body).get("contacts") or {}).keys())
        except (ValueError, AttributeError):
            return
        for name in names:
            rec = acct.persons.get(self._pid(str(name)))
            if rec is not None:
                self._touch(acct, rec, now)

    def _check_groups(self, acct: AccountData, data: Record) -> None:
        for m in data.get("memberships", []):
            gid = m["contactGroupMembership"]["contactGroupResourceName"].split("/", 1)[1]
            if gid not in WRITABLE_SYSTEM_GROUPS and gid not in acct.groups:
                raise invalid_argument(f"Contact group resource name \"contactGroups/{gid}\" "
                                       "is not valid or the group does not exist.")

    def _new_record(self, acct: AccountData, data: Record, now: float) -> Record:
        self._check_groups(acct, data)
        members = data.setdefault("memberships", [])
        if not any(m["contactGroupMembership"]["contactGroupResourceName"]
                   == "contactGroups/myContacts" for m in members):
            members.insert(0, _membership("myContacts"))
        acct.next_number += 1
        pid = f"c{1_000_000_000_000_000_000 + acct.next_number * 7919}"
        rec: Record = {"id": pid, "data": data, "created": now}
        self._touch(acct, rec, now)
        acct.persons[pid] = rec
        return rec

    def _check_room(self, acct: AccountData, extra: int) -> None:
        if len(acct.persons) + extra > self.max_contacts:
            raise ApiError(
                400, "FAILED_PRECONDITION",
                f"Contacts limit exceeded: an account can hold at most {self.max_contacts} "
                f"contacts (it holds {len(acct.persons)}; this request adds {extra}).",
                MAX_CONTACTS_REASON,
            )

    def _delete(self, acct: AccountData, pid: str, now: float) -> None:
        rec = acct.persons.pop(pid)
        self._touch(acct, rec, now)
        acct.tombstones[pid] = {k: rec[k] for k in ("id", "etag", "seq", "update_time")}

    def _updated_data(self, acct: AccountData, rec: Record, data: Record,
                      mask: list[str]) -> Record:
        """The contact after an update, checked but not stored: the masked fields
        replaced, a masked field absent from the body cleared."""
        new = dict(rec["data"])
        for f in mask:
            if data.get(f):
                new[f] = data[f]
            else:
                new.pop(f, None)
        if "memberships" in mask:
            self._check_groups(acct, new)
            if not new.get("memberships"):
                raise invalid_argument("A contact must belong to at least one contact group.")
        return new

    def _apply_update(self, acct: AccountData, rec: Record, data: Record,
                      mask: list[str], now: float) -> None:
        rec["data"] = self._updated_data(acct, rec, data, mask)
        self._touch(acct, rec, now)

    # ------------------------------------------------------------------ lookups
    def _pid(self, resource_name: str) -> str:
        if not resource_name.startswith("people/c") or not resource_name[8:].isdigit():
            raise invalid_argument(f'Resource name "{resource_name}" is not valid.')
        return resource_name[7:]

    def _get(self, acct: AccountData, resource_name: str) -> Record:
        rec = acct.persons.get(self._pid(resource_name))
        if rec is None:
            raise not_found()
        return rec

    def out(self, rec: Record, fields: list[str] | frozenset[str]) -> Record:
        return P.decorate(rec, fields, source_id(rec["id"]))

    # ------------------------------------------------------------- people.get*
    def get(self, acct: AccountData, resource_name: str, params: dict[str, str]) -> Record:
        fields = P.parse_mask(params.get("personFields"), "personFields", P.READ_FIELDS, True)
        if resource_name == "people/me":
            return self._profile(acct, fields)
        return self.out(self._get(acct, resource_name), fields)

    def _profile(self, acct: AccountData, fields: list[str]) -> Record:
        out: Record = {"resourceName": f"people/{acct.sub}", "etag": "%EgMBAgM="}
        if "names" in fields and acct.name:
            out["names"] = [{"displayName": acct.name}]
        if "emailAddresses" in fields:
            out["emailAddresses"] = [{"value": acct.email, "metadata": {"primary": True}}]
        return out

    def batch_get(self, acct: AccountData, names: list[str], params: dict[str, str]) -> Record:
        fields = P.parse_mask(params.get("personFields"), "personFields", P.READ_FIELDS, True)
        if not names:
            raise invalid_argument("resourceNames must not be empty.")
        if len(names) > MAX_BATCH_GET:
            raise invalid_argument(f"Too many resourceNames (max {MAX_BATCH_GET}).")
        responses = []
        for rn in names:
            try:
                person = self.get(acct, rn, {"personFields": ",".join(fields)})
                responses.append({"httpStatusCode": 200, "person": person,
                                  "requestedResourceName": rn, "status": {}})
            except ApiError as e:
                responses.append({"httpStatusCode": e.code, "requestedResourceName": rn,
                                  "status": {"code": 5 if e.code == 404 else 3,
                                             "message": e.message}})
        return {"responses": responses}

    # ------------------------------------------------------- connections.list
    def list_connections(self, acct: AccountData, resource_name: str,
                         params: dict[str, str], now: float, delay: float,
                         force_expired: bool, expired_status: int) -> Record:
        if resource_name != "people/me":
            raise invalid_argument("Only people/me is valid for people.connections.list.")
        fields = P.parse_mask(params.get("personFields"), "personFields", P.READ_FIELDS, True)
        size = _int_param(params, "pageSize", DEFAULT_PAGE_SIZE) or DEFAULT_PAGE_SIZE
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise invalid_argument(f"pageSize must be between 1 and {MAX_PAGE_SIZE}.")
        order = params.get("sortOrder") or "LAST_MODIFIED_ASCENDING"
        if order not in SORT_ORDERS:
            raise invalid_argument(f'Invalid value at \'sort_order\' ("{order}").')
        key = json.dumps(sorted((k, v) for k, v in params.items()
                                if k not in _TRANSPORT_PARAMS))
        want_sync = params.get("requestSyncToken", "").lower() == "true"
        if params.get("pageToken"):
            session, offset = self._session(params["pageToken"], acct, key)
        else:
            session, offset = self._new_session(acct, params, order, now, delay,
                                                force_expired, expired_status), 0
            session["key"] = key
        names = session["names"]
        page = names[offset:offset + size]
        people = []
        for pid in page:
            rec = acct.persons.get(pid)
            if rec is not None:
                people.append(self.out(rec, fields))
            elif session["sync"] and pid in acct.tombstones:
                people.append(P.deleted_person(acct.tombstones[pid], source_id(pid)))
        result: Record = {"totalPeople": session["total"], "totalItems": session["total"]}
        if people:
            result["connections"] = people
        if offset + size < len(names):
            result["nextPageToken"] = _b64(f"{session['id']}:{offset + size}".encode())
        elif want_sync or session["sync"]:
            result["nextSyncToken"] = self._make_sync_token(acct, session["horizon"],
                                                            session["issued"])
        return result

    def visible_seq(self, acct: AccountData, now: float, delay: float) -> int:
        """Writes 1..N are visible to sync reads at ``now`` (write time + delay <= now)."""
        return bisect.bisect_right(acct.write_times, now - delay)

    def _new_session(self, acct: AccountData, params: dict[str, str], order: str,
                     now: float, delay: float, force_expired: bool,
                     expired_status: int) -> Record:
        horizon = self.visible_seq(acct, now, delay)
        token = params.get("syncToken")
        if token:
            since = self._read_sync_token(acct, token, now, force_expired, expired_status)
            changed = [(r["seq"], pid) for pid, r in acct.persons.items()
                       if since < r["seq"] <= horizon]
            changed += [(r["seq"], pid) for pid, r in acct.tombstones.items()
                        if since < r["seq"] <= horizon]
            names = [pid for _, pid in sorted(changed)]
        else:
            names = _sorted_ids(acct.persons, order)
        session = {"id": secrets.token_hex(8), "acct": acct.sub, "names": names,
                   "total": len(names), "horizon": horizon, "issued": now,
                   "sync": bool(token)}
        self._sessions[session["id"]] = session
        while len(self._sessions) > _MAX_SESSIONS:
            self._sessions.popitem(last=False)
        return session

    def _session(self, token: str, acct: AccountData, key: str) -> tuple[Record, int]:
        try:
            sid, offset_text = _unb64(token).decode().split(":")
            offset = int(offset_text)
        except (ValueError, UnicodeDecodeError) as exc:
            raise invalid_argument("Page token is not valid.") from exc
        session = self._sessions.get(sid)
        if session is None or session["acct"] != acct.sub:
            raise invalid_argument("Page token is not valid or has expired.")
        if session["key"] != key:
            raise invalid_argument(
                "Request parameters do not match the parameters of the request that "
                "returned the page token: all parameters but pageToken must be the same."
            )
        self._sessions.move_to_end(sid)
        return session, offset

    def _make_sync_token(self, acct: AccountData, seq: int, issued: float) -> str:
        raw = json.dumps({"g": acct.generation, "a": acct.sub, "s": seq, "t": issued})
        return "sbx1." + _b64(raw.encode())

    def _read_sync_token(self, acct: AccountData, token: str, now: float,
                         force_expired: bool, expired_status: int) -> int:
        try:
            d = json.loads(_unb64(token.removeprefix("sbx1.")))
            seq, issued = int(d["s"]), float(d["t"])
        except (ValueError, KeyError, TypeError) as exc:
            raise invalid_argument("Sync token is not valid.") from exc
        if d.get("a") != acct.sub:
            raise invalid_argument("Sync token is not valid for this account.")
        if (force_expired or d.get("g") != acct.generation
                or now - issued > self.sync_token_ttl_s):
            raise expired_sync_token(expired_status)
        return seq

    # -------------------------------------------------------------- mutations
    def create(self, acct: AccountData, body: Any, params: dict[str, str],
               now: float) -> Record:
        # Google returns every field when personFields is not set.
        fields = P.parse_mask(params.get("personFields"), "personFields", P.READ_FIELDS,
                              False) or sorted(P.READ_FIELDS)
        data = P.clean_person(body)
        self._check_room(acct, 1)
        return self.out(self._new_record(acct, data, now), fields)

    def update(self, acct: AccountData, resource_name: str, body: Any,
               params: dict[str, str], now: float) -> Record:
        mask = P.parse_mask(params.get("updatePersonFields"), "updatePersonFields",
                            P.UPDATE_FIELDS, True)
        fields = P.parse_mask(params.get("personFields"), "personFields", P.READ_FIELDS,
                              False) or sorted(P.READ_FIELDS)
        rec = self._get(acct, resource_name)
        data = P.clean_person(body)
        self._check_etag(rec, body)
        if body.get("resourceName") not in (None, resource_name):
            raise invalid_argument("person.resourceName does not match the request.")
        self._apply_update(acct, rec, data, mask, now)
        return self.out(rec, fields)

    def _check_etag(self, rec: Record, body: Record) -> None:
        top, src = P.require_etag(body)
        if (top and top != rec["etag"]) or (src and src != rec["source_etag"]):
            raise stale_etag()

    def delete(self, acct: AccountData, resource_name: str, now: float) -> Record:
        rec = self._get(acct, resource_name)
        self._delete(acct, rec["id"], now)
        return {}

    def batch_create(self, acct: AccountData, body: Any, now: float) -> Record:
        body = _object(body)
        fields = P.parse_mask(body.get("readMask"), "readMask", P.READ_FIELDS, True)
        contacts = body.get("contacts")
        if not isinstance(contacts, list) or not contacts:
            raise invalid_argument("contacts must not be empty.")
        if len(contacts) > MAX_BATCH_CREATE:
            raise invalid_argument(
                f"Too many contacts in the request: {len(contacts)} (max {MAX_BATCH_CREATE}).")
        datas = []
        for i, c in enumerate(contacts):
            if not isinstance(c, dict) or not isinstance(c.get("contactPerson"), dict):
                raise invalid_argument(f"contacts[{i}].contactPerson is required.")
            data = P.clean_person(c["contactPerson"], f"contacts[{i}].contact_person")
            self._check_groups(acct, data)
            datas.append(data)
        self._check_room(acct, len(datas))
        created = [self._new_record(acct, d, now) for d in datas]
        return {"createdPeople": [{"httpStatusCode": 200, "person": self.out(r, fields),
                                   "status": {}} for r in created]}

    def batch_update(self, acct: AccountData, body: Any, now: float) -> Record:
        body = _object(body)
        mask = P.parse_mask(body.get("updateMask"), "updateMask", P.UPDATE_FIELDS, True)
        fields = P.parse_mask(body.get("readMask"), "readMask", P.READ_FIELDS, True)
        contacts = body.get("contacts")
        if not isinstance(contacts, dict) or not contacts:
            raise invalid_argument("contacts must not be empty.")
        if len(contacts) > MAX_BATCH_UPDATE:
            raise invalid_argument(
                f"Too many contacts in the request: {len(contacts)} (max {MAX_BATCH_UPDATE}).")
        # Validate everything first: one bad contact fails the batch, nothing applied.
        planned = []
        for rn, person in contacts.items():
            rec = self._get(acct, rn)
            data = P.clean_person(person, f"contacts[{rn}]")
            self._check_etag(rec, person)
            planned.append((rn, rec, data))
        # Every contact is checked before any is written: one bad entry fails the batch.
        updated = [(rec, self._updated_data(acct, rec, data, mask))
                   for _rn, rec, data in planned]
        for rec, new in updated:
            rec["data"] = new
            self._touch(acct, rec, now)
        return {"updateResult": {rn: {"httpStatusCode": 200, "requestedResourceName": rn,
                                      "person": self.out(rec, fields), "status": {}}
                                 for rn, rec, _ in planned}}

    def batch_delete(self, acct: AccountData, body: Any, now: float) -> Record:
        body = _object(body)
        names = body.get("resourceNames")
        if not isinstance(names, list) or not names:
            raise invalid_argument("resourceNames must not be empty.")
        if len(names) > MAX_BATCH_DELETE:
            raise invalid_argument(
                f"Too many resource names in the request: {len(names)} "
                f"(max {MAX_BATCH_DELETE}).")
        recs = [self._get(acct, rn) for rn in dict.fromkeys(names)]
        for rec in recs:
            self._delete(acct, rec["id"], now)
        return {}

    # ----------------------------------------------------------- contact groups
    def _group_out(self, acct: AccountData, gid: str, fields: list[str],
                   counts: Counter[str], max_members: int = 0) -> Record:
        user = acct.groups.get(gid)
        name = user["name"] if user else SYSTEM_GROUPS[gid]
        out: Record = {"resourceName": f"contactGroups/{gid}",
                       "etag": user["etag"] if user else "#" + _b64(gid.encode()),
                       "formattedName": name}
        if "name" in fields:
            out["name"] = name if user else gid
        if "groupType" in fields:
            out["groupType"] = "USER_CONTACT_GROUP" if user else "SYSTEM_CONTACT_GROUP"
        if "memberCount" in fields and counts[gid]:
            out["memberCount"] = counts[gid]
        if "metadata" in fields and user:
            out["metadata"] = {"updateTime": rfc3339(user["update_time"])}
        if "clientData" in fields and user and user.get("clientData"):
            out["clientData"] = user["clientData"]
        if max_members > 0:
            members = [f"people/{pid}" for pid, r in acct.persons.items()
                       if _in_group(r, gid)][:max_members]
            if members:
                out["memberResourceNames"] = members
        return out

    def _member_counts(self, acct: AccountData) -> Counter[str]:
        counts: Counter[str] = Counter()
        for r in acct.persons.values():
            for m in r["data"].get("memberships", []):
                counts[m["contactGroupMembership"]["contactGroupResourceName"][14:]] += 1
        return counts

    def _gid(self, acct: AccountData, resource_name: str) -> str:
        if not resource_name.startswith("contactGroups/"):
            raise invalid_argument(f'Resource name "{resource_name}" is not valid.')
        gid = resource_name[14:]
        if gid not in acct.groups and gid not in SYSTEM_GROUPS:
            raise not_found()
        return gid

    def list_groups(self, acct: AccountData, params: dict[str, str]) -> Record:
        fields = (P.parse_mask(params.get("groupFields"), "groupFields", GROUP_FIELDS, False)
                  or DEFAULT_GROUP_FIELDS)
        size = _int_param(params, "pageSize", 30) or 30
        if not 1 <= size <= 1000:
            raise invalid_argument("pageSize must be between 1 and 1000.")
        offset = 0
        if params.get("pageToken"):
            try:
                offset = int(_unb64(params["pageToken"]).decode())
            except (ValueError, UnicodeDecodeError) as exc:
                raise invalid_argument("Page token is not valid.") from exc
        counts = self._member_counts(acct)
        gids = list(SYSTEM_GROUPS) + sorted(acct.groups, key=lambda g: acct.groups[g]["name"])
        result: Record = {
            "contactGroups": [self._group_out(acct, g, fields, counts)
                              for g in gids[offset:offset + size]],
            "totalItems": len(gids),
        }
        if offset + size < len(gids):
            result["nextPageToken"] = _b64(str(offset + size).encode())
        return result

    def get_group(self, acct: AccountData, resource_name: str, params: dict[str, str]) -> Record:
        gid = self._gid(acct, resource_name)
        fields = (P.parse_mask(params.get("groupFields"), "groupFields", GROUP_FIELDS, False)
                  or DEFAULT_GROUP_FIELDS)
        max_members = _int_param(params, "maxMembers", 0)
        return self._group_out(acct, gid, fields, self._member_counts(acct), max_members)

    def batch_get_groups(self, acct: AccountData, names: list[str],
                         params: dict[str, str]) -> Record:
        if not names or len(names) > 200:
            raise invalid_argument("resourceNames must hold 1 to 200 names.")
        responses = []
        for rn in names:
            try:
                responses.append({"contactGroup": self.get_group(acct, rn, params),
                                  "requestedResourceName": rn, "status": {}})
            except ApiError as e:
                responses.append({"requestedResourceName": rn,
                                  "status": {"code": 5, "message": e.message}})
        return {"responses": responses}

    def _check_group_name(self, acct: AccountData, name: Any, except_gid: str = "") -> str:
        if not isinstance(name, str) or not name.strip():
            raise invalid_argument("contactGroup.name must be set.")
        for gid, g in acct.groups.items():
            if gid != except_gid and g["name"] == name:
                raise ApiError(409, "ALREADY_EXISTS", "Contact group name already exists.")
        return name

    def _touch_group(self, acct: AccountData, group: Record, now: float) -> None:
        group["update_time"] = now
        group["version"] = group.get("version", 0) + 1
        group["etag"] = "#" + _b64(hashlib.sha256(
            f"{acct.generation}/{group['id']}/{group['version']}".encode()).digest()[:9])

    def create_group(self, acct: AccountData, body: Any, now: float) -> Record:
        body = _object(body)
        cg = body.get("contactGroup")
        if not isinstance(cg, dict):
            raise invalid_argument("contactGroup is required.")
        name = self._check_group_name(acct, cg.get("name"))
        fields = (P.parse_mask(body.get("readGroupFields"), "readGroupFields", GROUP_FIELDS,
                               False) or DEFAULT_GROUP_FIELDS)
        acct.next_group += 1
        gid = hashlib.sha256(f"{acct.sub}/{acct.next_group}".encode()).hexdigest()[:16]
        group = {"id": gid, "name": name, "clientData": cg.get("clientData") or []}
        self._touch_group(acct, group, now)
        acct.groups[gid] = group
        return self._group_out(acct, gid, fields, Counter())

    def update_group(self, acct: AccountData, resource_name: str, body: Any,
                     now: float) -> Record:
        gid = self._gid(acct, resource_name)
        body = _object(body)
        cg = body.get("contactGroup") or {}
        group = acct.groups.get(gid)
        if group is None:
            raise invalid_argument("System contact groups cannot be modified.")
        if cg.get("etag") and cg["etag"] != group["etag"]:
            raise ApiError(400, "FAILED_PRECONDITION",
                           "Request contactGroup.etag is different than the current etag.")
        mask = (P.parse_mask(body.get("updateGroupFields"), "updateGroupFields",
                             frozenset({"name", "clientData"}), False) or ["name"])
        if "name" in mask:
            group["name"] = self._check_group_name(acct, cg.get("name"), gid)
        if "clientData" in mask:
            group["clientData"] = cg.get("clientData") or []
        self._touch_group(acct, group, now)
        fields = (P.parse_mask(body.get("readGroupFields"), "readGroupFields", GROUP_FIELDS,
                               False) or DEFAULT_GROUP_FIELDS)
        return self._group_out(acct, gid, fields, self._member_counts(acct))

    def delete_group(self, acct: AccountData, resource_name: str, params: dict[str, str],
                     now: float) -> Record:
        gid = self._gid(acct, resource_name)
        if gid not in acct.groups:
            raise invalid_argument("System contact groups cannot be deleted.")
        delete_contacts = params.get("deleteContacts", "").lower() == "true"
        for pid, rec in list(acct.persons.items()):
            if _in_group(rec, gid):
                if delete_contacts:
                    self._delete(acct, pid, now)
                else:
                    rec["data"] = dict(rec["data"])
                    rec["data"]["memberships"] = [
                        m for m in rec["data"]["memberships"] if not _is_group(m, gid)]
                    self._touch(acct, rec, now)
        del acct.groups[gid]
        return {}

    def modify_members(self, acct: AccountData, resource_name: str, body: Any,
                       now: float) -> Record:
        gid = self._gid(acct, resource_name)
        if gid not in acct.groups and gid not in WRITABLE_SYSTEM_GROUPS:
            raise invalid_argument(f"Cannot modify the members of contactGroups/{gid}.")
        body = _object(body)
        add = list(body.get("resourceNamesToAdd") or [])
        remove = list(body.get("resourceNamesToRemove") or [])
        if len(add) + len(remove) > MAX_MODIFY_MEMBERS:
            raise invalid_argument(f"Too many resource names (max {MAX_MODIFY_MEMBERS}).")
        not_found_names, cannot_remove = [], []
        for rn in dict.fromkeys(add):
            rec = acct.persons.get(self._pid(rn))
            if rec is None:
                not_found_names.append(rn)
            elif not _in_group(rec, gid):
                rec["data"] = dict(rec["data"])
                rec["data"]["memberships"] = [*rec["data"].get("memberships", []),
                                              _membership(gid)]
                self._touch(acct, rec, now)
        for rn in dict.fromkeys(remove):
            rec = acct.persons.get(self._pid(rn))
            if rec is None:
                not_found_names.append(rn)
            elif _in_group(rec, gid):
                left = [m for m in rec["data"]["memberships"] if not _is_group(m, gid)]
                if not left:
                    cannot_remove.append(rn)
                    continue
                rec["data"] = dict(rec["data"])
                rec["data"]["memberships"] = left
                self._touch(acct, rec, now)
        if gid in acct.groups:
            self._touch_group(acct, acct.groups[gid], now)
        result: Record = {}
        if not_found_names:
            result["notFoundResourceNames"] = not_found_names
        if cannot_remove:
            result["canNotRemoveLastContactGroupResourceNames"] = cannot_remove
        return result

    # ------------------------------------------------ "the user on the phone"
    def user_create(self, acct: AccountData, person: Any, now: float) -> Record:
        """A contact as the owner creates it; entries marked ``metadata.source.type:
        PROFILE`` seed the Google profile it is connected to (read-only data)."""
        person, profile = P.split_profile(person)
        data = P.clean_person(person)
        self._check_room(acct, 1)
        rec = self._new_record(acct, data, now)
        if profile:
            self._set_profile(acct, rec, profile, now)
        return self.out(rec, sorted(P.READ_FIELDS))

    def connect_profile(self, acct: AccountData, resource_name: str, person: Any,
                        now: float) -> Record:
        """Connect the contact to a profile showing ``person``'s entries (all of them
        are profile data, whatever their metadata), replacing what it showed; an empty
        ``person`` disconnects it. As when the profile's owner edits it: the merged
        person changes (new etag, seen by sync reads), the contact's own data does not.
        """
        rec = self._get(acct, resource_name)
        person = _object(person)
        profile: dict[str, list[Record]] = {}
        for key, value in person.items():
            if key not in P.READ_FIELDS or key == "memberships" or not isinstance(value, list):
                raise invalid_argument(f"A profile cannot show '{key}'.")
            marked = [{**e, "metadata": {"source": {"type": P.PROFILE}}}
                      for e in value if isinstance(e, dict)]
            profile.update(P.split_profile({key: marked})[1])
        self._set_profile(acct, rec, profile, now)
        return self.out(rec, sorted(P.READ_FIELDS))

    def _set_profile(self, acct: AccountData, rec: Record,
                     profile: dict[str, list[Record]], now: float) -> None:
        rec.pop("profile", None)
        if profile:
            rec["profile"] = profile
            # A profile's source id is a long decimal number, like Google's account ids.
            rec.setdefault("profile_id", str(10**20 + int(rec["id"][1:]) % 10**20))
        self._touch(acct, rec, now)
        rec["profile_etag"] = "#" + rec["etag"][-12:]

    def user_patch(self, acct: AccountData, resource_name: str, person: Any,
                   now: float) -> Record:
        """Edit like the Contacts app: fields given replace, fields given as null clear."""
        rec = self._get(acct, resource_name)
        person = _object(person)
        cleared = [k for k, v in person.items() if v is None]
        data = P.clean_person({k: v for k, v in person.items() if v is not None})
        mask = [k for k in (*data, *cleared) if k in P.UPDATE_FIELDS]
        self._apply_update(acct, rec, data, mask, now)
        return self.out(rec, sorted(P.READ_FIELDS))

    def dump(self, acct: AccountData) -> Record:
        counts = self._member_counts(acct)
        return {
            "account": {"sub": acct.sub, "email": acct.email, "name": acct.name},
            "contacts": [self.out(r, sorted(P.READ_FIELDS)) for r in acct.persons.values()],
            "deleted": [P.deleted_person(t, source_id(t["id"]))
                        for t in acct.tombstones.values()],
            "groups": [self._group_out(acct, g, sorted(GROUP_FIELDS), counts, 1_000_000)
                       for g in [*SYSTEM_GROUPS, *acct.groups]],
        }


def _membership(gid: str) -> Record:
    return {"contactGroupMembership": {"contactGroupResourceName": f"contactGroups/{gid}"}}


def _is_group(m: Record, gid: str) -> bool:
    return m["contactGroupMembership"]["contactGroupResourceName"] == f"contactGroups/{gid}"


def _in_group(rec: Record, gid: str) -> bool:
    return any(_is_group(m, gid) for m in rec["data"].get("memberships", []))


def _object(body: Any) -> Record:
    if not isinstance(body, dict):
        raise invalid_argument("Invalid JSON payload received. Expected an object.")
    return body


def _int_param(params: dict[str, str], name: str, default: int) -> int:
    value = params.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise invalid_argument(f'Invalid value at \'{name}\' (TYPE_INT32), "{value}"') from exc


def _name_key(rec: Record, part: str) -> tuple[str, int]:
    names = rec["data"].get("names") or [{}]
    return (str(names[0].get(part, "")).casefold(), rec["seq"])


def _sorted_ids(persons: dict[str, Record], order: str) -> list[str]:
    recs = list(persons.values())
    if order == "FIRST_NAME_ASCENDING":
        recs.sort(key=lambda r: _name_key(r, "givenName"))
    elif order == "LAST_NAME_ASCENDING":
        recs.sort(key=lambda r: _name_key(r, "familyName"))
    else:
        recs.sort(key=lambda r: r["seq"], reverse=order == "LAST_MODIFIED_DESCENDING")
    return [r["id"] for r in recs]
