"""Fault injection, propagation delay, virtual clock and access-token checks."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import pytest
from google.auth.exceptions import RefreshError
from googleapiclient.errors import HttpError

from crmsync_gui.sandbox import SandboxAdmin, SandboxServer
from crmsync_gui.sandbox.client import AdminError
from crmsync_gui.sandbox.faults import LOST_ANSWER, SERVER_ERROR, FaultInjector
from crmsync_gui.sandbox.testing import build_people, error_of, person


def _list(people: Any, **kw: Any) -> dict[str, Any]:
    return people.people().connections().list(resourceName="people/me",
                                               personFields="names", **kw).execute()


def test_429_with_retry_after(sandbox: SandboxServer, people: Any) -> None:
    sandbox.admin.set_faults(rate_limit_count=1, retry_after_s=7)
    with pytest.raises(HttpError) as exc:
        _list(people)
    assert exc.value.status_code == 429
    assert exc.value.resp["retry-after"] == "7"
    err = error_of(exc.value)
    assert err["status"] == "RESOURCE_EXHAUSTED"
    assert err["details"][0]["reason"] == "RATE_LIMIT_EXCEEDED"
    _list(people)  # the count is used up
    assert sandbox.admin.counts()["people.connections.list"] == 2


def test_faults_scoped_by_method_and_5xx(sandbox: SandboxServer, people: Any) -> None:
    sandbox.admin.set_faults(server_error_count=2, server_error_code=500,
                             methods=["people.createContact"])
    _list(people)  # not in scope: untouched, and the count is not consumed
    for _ in range(2):
        with pytest.raises(HttpError) as exc:
            people.people().createContact(body=person("A")).execute()
        assert exc.value.status_code == 500
    people.people().createContact(body=person("A")).execute()
    assert len(sandbox.admin.dump()["contacts"]) == 1


def test_503_probability_is_deterministic_with_seed(sandbox: SandboxServer,
                                                    people: Any) -> None:
    def run() -> list[bool]:
        sandbox.admin.set_faults(server_error_probability=0.5, seed=42)
        outcome = []
        for _ in range(12):
            try:
                _list(people)
                outcome.append(True)
            except HttpError as exc:
                assert exc.status_code == 503
                outcome.append(False)
        return outcome

    first = run()
    assert first == run()
    assert True in first and False in first


def test_dropped_connection(sandbox: SandboxServer, tokens: dict[str, Any]) -> None:
    sandbox.admin.set_faults(drop_count=1)
    host = urlsplit(sandbox.url)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=5)
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    path = "/v1/people/me/connections?personFields=names"
    conn.request("GET", path, headers=headers)
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        conn.getresponse()
    conn.close()
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=5)
    conn.request("GET", path, headers=headers)
    assert conn.getresponse().status == 200
    conn.close()


def test_latency_and_admin_api_never_faulted(sandbox: SandboxServer, people: Any) -> None:
    admin = SandboxAdmin(sandbox.url)
    admin.set_faults(latency_ms=300, rate_limit_probability=1.0)
    t0 = time.monotonic()
    assert admin.state()["faults"]["latency_ms"] == 300  # admin: no latency, no 429
    assert time.monotonic() - t0 < 0.25
    t0 = time.monotonic()
    with pytest.raises(HttpError):
        _list(people)
    assert time.monotonic() - t0 >= 0.3
    admin.set_faults(reset=True)
    _list(people)


def test_propagation_delay(sandbox: SandboxServer, people: Any) -> None:
    sync = _list(people, requestSyncToken=True)["nextSyncToken"]
    sandbox.admin.set_faults(propagation_delay_s=120)
    created = people.people().createContact(body=person("Late")).execute()
    page = _list(people, syncToken=sync, requestSyncToken=True)
    assert "connections" not in page  # the sync read does not see it yet…
    full = _list(people)  # …while a full read and get do
    assert [p["resourceName"] for p in full["connections"]] == [created["resourceName"]]
    people.people().get(resourceName=created["resourceName"], personFields="names").execute()
    sandbox.admin.advance_clock(121)
    people = build_people(sandbox.url, sandbox.admin.issue_tokens()["access_token"])
    page = _list(people, syncToken=page["nextSyncToken"], requestSyncToken=True)
    assert [p["resourceName"] for p in page["connections"]] == [created["resourceName"]]


def test_unauthenticated_and_expired_tokens(sandbox: SandboxServer, people: Any,
                                            tokens: dict[str, Any]) -> None:
    req = urllib.request.Request(f"{sandbox.url}/v1/people/me/connections?personFields=names")
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=5)
    assert exc.value.code == 401
    _list(people)
    sandbox.admin.advance_clock(3601)
    with pytest.raises(RefreshError):  # 401, and these credentials cannot refresh
        _list(people)
    fresh = build_people(sandbox.url, sandbox.admin.issue_tokens()["access_token"])
    _list(fresh)
    sandbox.admin.expire_access_tokens()
    with pytest.raises(RefreshError):
        _list(fresh)


def test_read_only_scope_cannot_write(sandbox: SandboxServer) -> None:
    ro = sandbox.admin.issue_tokens(["https://www.googleapis.com/auth/contacts.readonly"])
    people = build_people(sandbox.url, ro["access_token"])
    _list(people)
    with pytest.raises(HttpError) as exc:
        people.people().createContact(body=person("A")).execute()
    assert exc.value.status_code == 403
    assert error_of(exc.value)["status"] == "PERMISSION_DENIED"


def test_admin_http_api(sandbox: SandboxServer) -> None:
    admin = SandboxAdmin(sandbox.url)
    (p,) = admin.seed_contacts([person("Zoé", email="zoe@x.fr")])
    assert admin.get_contact(p["resourceName"])["names"][0]["givenName"] == "Zoé"
    admin.advance_clock(10)
    edited = admin.patch_contact(p["resourceName"], {"emailAddresses": None})
    assert "emailAddresses" not in edited and edited["etag"] != p["etag"]
    admin.create_group("Clients")
    dump = admin.dump()
    assert len(dump["contacts"]) == 1
    assert "Clients" in [g.get("name") for g in dump["groups"]]
    admin.delete_contact(p["resourceName"])
    dump = admin.dump()
    assert dump["contacts"] == [] and dump["deleted"][0]["metadata"]["deleted"]
    acct = admin.set_account("42", "other@example.com")
    assert admin.state()["account"] == {**acct, "name": ""}
    assert admin.dump()["contacts"] == []  # another account, another address book
    admin.reset()
    assert admin.counts() == {}


def test_fired_faults_are_counted_by_kind(sandbox: SandboxServer, people: Any) -> None:
    """A soak reports faults that hit calls, not faults that were merely switched on."""
    admin = SandboxAdmin(sandbox.url)
    admin.set_faults(rate_limit_count=2, retry_after_s=0)
    for _ in range(2):
        with pytest.raises(HttpError):
            _list(people)
    admin.set_faults(server_error_count=1, server_error_code=500)
    with pytest.raises(HttpError):
        _list(people)
    admin.set_faults(server_error_count=1, server_error_code=503,
                     methods=["people.createContact"])
    _list(people)  # out of scope: nothing fires, nothing counted
    admin.set_faults(reset=True, drop_count=1)
    _list(people)  # httplib2 silently sends a dropped GET again: still one drop fired
    sync = _list(people, requestSyncToken=True)["nextSyncToken"]
    admin.set_faults(expire_next_sync_token=True)
    _list(people)  # a full read does not use up the switch
    with pytest.raises(HttpError):
        _list(people, syncToken=sync)
    admin.expire_access_tokens()
    with pytest.raises(RefreshError):
        _list(people)
    assert admin.fault_counts() == {"rate_limit": 2, "server_error_500": 1, "drop": 1,
                                    "expired_sync_token": 1, "access_tokens_expired": 1,
                                    "unauthenticated_401": 1}
    assert admin.state()["fault_counts"] == admin.fault_counts()
    admin.set_faults(reset=True)  # switching faults off keeps their history...
    assert admin.fault_counts()["rate_limit"] == 2
    admin.reset_fault_counts()  # ...until it is cleared
    assert admin.fault_counts() == {}


def test_admin_patch_with_etag_refuses_a_stale_version(sandbox: SandboxServer) -> None:
    """The user on the phone rewrites a whole list from what they read: with its etag, a
    write the sync made in between is never silently undone."""
    admin = SandboxAdmin(sandbox.url)
    (p,) = admin.seed_contacts([person("Zoé", email="zoe@x.fr")])
    read = admin.get_contact(p["resourceName"])
    admin.patch_contact(p["resourceName"], {"names": [{"givenName": "Zoë"}]})  # "the sync"
    with pytest.raises(AdminError) as exc:
        admin.patch_contact(p["resourceName"], {"etag": read["etag"],
                                                "emailAddresses": [{"value": "z@x.fr"}]})
    assert exc.value.status == 400
    fresh = admin.get_contact(p["resourceName"])
    edited = admin.patch_contact(p["resourceName"], {"etag": fresh["etag"],
                                                     "emailAddresses": [{"value": "z@x.fr"}]})
    assert edited["names"][0]["givenName"] == "Zoë"
    assert edited["emailAddresses"][0]["value"] == "z@x.fr"


# ------------------------------------------------------------------ lost answers
def _rename(people: Any, sandbox: SandboxServer, rn: str, given: str) -> dict[str, Any]:
    """batchUpdateContacts of one contact's names, with its current etag."""
    etag = sandbox.admin.get_contact(rn)["etag"]
    body = {"contacts": {rn: {"etag": etag, "names": [{"givenName": given}]}},
            "updateMask": "names", "readMask": "names"}
    return people.people().batchUpdateContacts(body=body).execute()


def test_lost_answer_applies_the_write_but_the_client_sees_no_answer(
        sandbox: SandboxServer, people: Any) -> None:
    """Google applied the write and the answer was lost: the client cannot tell it from
    a write that never arrived, and the contact has changed all the same."""
    (p,) = sandbox.admin.seed_contacts([person("Anne")])
    rn = p["resourceName"]
    # Two: httplib2 silently sends a request again when the first answer is cut, even a
    # POST; only when the second answer is lost too does the client see the failure.
    sandbox.admin.set_faults(lose_answer_count=2, methods=["people.batchUpdateContacts"])
    _list(people)  # out of scope: answered, and no count used up
    with pytest.raises((ConnectionError, http.client.HTTPException)):
        _rename(people, sandbox, rn, "Anna")
    assert sandbox.admin.get_contact(rn)["names"][0]["givenName"] == "Anna"
    assert [c["names"][0]["givenName"] for c in sandbox.admin.dump()["contacts"]] == ["Anna"]
    # The resend carried the old etag: refused (400), and that answer was lost as well.
    assert sandbox.admin.counts()["people.batchUpdateContacts"] == 2
    assert sandbox.admin.fault_counts() == {"lost_answer": 2}
    assert sandbox.faults.snapshot()["lose_answer_count"] == 0
    done = _rename(people, sandbox, rn, "Annie")  # used up: answered again
    assert done["updateResult"][rn]["person"]["names"][0]["givenName"] == "Annie"


def test_one_lost_answer_is_hidden_by_the_client_resend(sandbox: SandboxServer,
                                                        people: Any) -> None:
    """What a client on httplib2 sees after one lost answer: a duplicate create that
    looks like one success, or a stale-etag 400 for an update that was applied."""
    admin = SandboxAdmin(sandbox.url)
    admin.set_faults(lose_answer_count=1)
    people.people().createContact(body=person("Twin")).execute()
    (c1, c2) = admin.dump()["contacts"]
    assert c1["names"][0]["givenName"] == c2["names"][0]["givenName"] == "Twin"
    assert c1["resourceName"] != c2["resourceName"]
    admin.set_faults(lose_answer_count=1)
    with pytest.raises(HttpError) as exc:
        _rename(people, sandbox, c1["resourceName"], "Solo")
    assert exc.value.status_code == 400
    assert admin.get_contact(c1["resourceName"])["names"][0]["givenName"] == "Solo"
    assert admin.fault_counts() == {"lost_answer": 2}


def test_lost_answer_never_follows_a_refusal(sandbox: SandboxServer, people: Any) -> None:
    """A refused call (503, 429, drop) was not processed: no write whose answer to lose,
    and the lost-answer count waits for a call that is processed."""
    sandbox.faults.configure(server_error_count=1, lose_answer_count=2,
                             methods=["people.createContact"])
    with pytest.raises(HttpError) as exc:
        people.people().createContact(body=person("A")).execute()
    assert exc.value.status_code == 503
    assert sandbox.admin.dump()["contacts"] == []
    assert sandbox.admin.fault_counts() == {"server_error_503": 1}
    with pytest.raises((ConnectionError, http.client.HTTPException)):
        people.people().createContact(body=person("A")).execute()
    assert len(sandbox.admin.dump()["contacts"]) == 2  # the call and httplib2's resend
    assert sandbox.admin.fault_counts() == {"server_error_503": 1, "lost_answer": 2}


def test_lost_answer_probability_uses_the_seeded_rng() -> None:
    faults = FaultInjector()

    def run() -> list[str | None]:
        faults.configure(lose_answer_probability=0.5, seed=7)
        return [faults.decide("people.createContact") for _ in range(20)]

    first = run()
    assert first == run()
    assert set(first) == {LOST_ANSWER, None}
    faults.configure(server_error_probability=1.0, seed=7)
    assert {faults.decide("people.createContact") for _ in range(20)} == {SERVER_ERROR}
    faults.reset()
    assert faults.decide("people.createContact") is None
    assert faults.fired()[LOST_ANSWER] == first.count(LOST_ANSWER) * 2


# -------------------------------------------------------------- malformed answers
@pytest.mark.parametrize(("mode", "token"), [("sync_token_number", 12345),
                                             ("sync_token_empty", "")])
def test_malformed_sync_token_on_the_last_page_once(sandbox: SandboxServer, people: Any,
                                                    mode: str, token: Any) -> None:
    admin = SandboxAdmin(sandbox.url)
    admin.seed_contacts([person("A"), person("B"), person("C")])
    admin.set_faults(malformed_list_answer=mode)
    first = _list(people, pageSize=2, requestSyncToken=True)
    assert "nextSyncToken" not in first and len(first["connections"]) == 2
    assert admin.fault_counts() == {}  # nothing to break on this page: still armed
    last = _list(people, pageSize=2, requestSyncToken=True, pageToken=first["nextPageToken"])
    assert last["nextSyncToken"] == token
    assert [p["names"][0]["givenName"] for p in last["connections"]] == ["C"]
    assert admin.fault_counts() == {"malformed_answer": 1}
    assert admin.state()["faults"]["malformed_list_answer"] == ""
    again = _list(people, requestSyncToken=True)
    assert isinstance(again["nextSyncToken"], str) and again["nextSyncToken"]
    assert "connections" not in _list(people, syncToken=again["nextSyncToken"])


def test_malformed_connections_not_a_list_once(sandbox: SandboxServer, people: Any) -> None:
    seeded = sandbox.admin.seed_contacts([person("A"), person("B")])
    sandbox.faults.configure(malformed_list_answer="connections_not_list")
    page = _list(people)
    assert isinstance(page["connections"], dict)
    assert page["connections"]["resourceName"] == seeded[0]["resourceName"]
    assert sandbox.faults.fired() == {"malformed_answer": 1}
    assert [p["resourceName"] for p in _list(people)["connections"]] == [
        p["resourceName"] for p in seeded]


@pytest.mark.parametrize(("mode", "key"), [("person_without_resource_name", "resourceName"),
                                           ("person_without_etag", "etag")])
def test_malformed_first_person_once(sandbox: SandboxServer, people: Any, mode: str,
                                     key: str) -> None:
    sandbox.faults.configure(malformed_list_answer=mode)
    assert "connections" not in _list(people)  # no person to break: still armed
    assert sandbox.faults.snapshot()["malformed_list_answer"] == mode
    sandbox.admin.seed_contacts([person("A"), person("B")])
    first, second = _list(people)["connections"]
    assert key not in first and key in second
    assert first["names"][0]["givenName"] == "A"
    assert sandbox.faults.fired() == {"malformed_answer": 1}
    assert all(key in p for p in _list(people)["connections"])
    # The store's own record was never touched, only the answer.
    assert all(key in c for c in sandbox.admin.dump()["contacts"])


def test_malformed_answer_scoped_by_methods(sandbox: SandboxServer, people: Any) -> None:
    admin = SandboxAdmin(sandbox.url)
    admin.set_faults(malformed_list_answer="sync_token_empty",
                     methods=["people.createContact"])
    assert _list(people, requestSyncToken=True)["nextSyncToken"]  # out of scope
    assert admin.state()["faults"]["malformed_list_answer"] == "sync_token_empty"
    admin.set_faults(methods=None)
    assert _list(people, requestSyncToken=True)["nextSyncToken"] == ""
    assert admin.fault_counts() == {"malformed_answer": 1}


def test_new_switches_are_validated_and_reset(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError, match="malformed_list_answer"):
        sandbox.faults.configure(malformed_list_answer="sync_token_missing")
    admin = SandboxAdmin(sandbox.url)
    with pytest.raises(AdminError) as exc:
        admin.set_faults(malformed_list_answer="bogus", lose_answer_count=3)
    assert exc.value.status == 400
    # A refused change leaves nothing half-applied.
    assert admin.state()["faults"]["lose_answer_count"] == 0
    assert sandbox.faults.snapshot()["malformed_list_answer"] == ""
    admin.set_faults(lose_answer_count=3, lose_answer_probability=0.25,
                     malformed_list_answer="person_without_etag")
    admin.set_faults(reset=True)
    snap = admin.state()["faults"]
    assert (snap["lose_answer_count"], snap["lose_answer_probability"],
            snap["malformed_list_answer"]) == (0, 0.0, "")
