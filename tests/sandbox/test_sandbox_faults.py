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
