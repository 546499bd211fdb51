"""People API behaviour of the sandbox, driven by the real google-api-python-client."""

from __future__ import annotations

from typing import Any

import pytest
from googleapiclient.errors import HttpError

from crmsync_gui.sandbox import MAX_CONTACTS_REASON, SandboxServer, obtain_tokens
from crmsync_gui.sandbox.testing import build_people, error_of, person

FIELDS = "names,emailAddresses,phoneNumbers,memberships,clientData,metadata"


def _list(people: Any, **kw: Any) -> dict[str, Any]:
    kw.setdefault("personFields", FIELDS)
    return people.people().connections().list(resourceName="people/me", **kw).execute()


def _full_read(people: Any, **kw: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    found, token = [], None
    while True:
        page = _list(people, pageToken=token, **kw) if token else _list(people, **kw)
        found += page.get("connections", [])
        token = page.get("nextPageToken")
        if not token:
            return found, page


def test_paging_2500_contacts_in_three_pages(sandbox: SandboxServer, people: Any) -> None:
    sandbox.admin.seed_contacts([person(f"P{i}", email=f"p{i}@x.fr") for i in range(2500)])
    sandbox.admin.reset_counts()
    found, last = _full_read(people, pageSize=1000, requestSyncToken=True)
    assert len(found) == 2500
    assert len({p["resourceName"] for p in found}) == 2500
    assert last["totalItems"] == last["totalPeople"] == 2500
    assert "nextSyncToken" in last
    assert sandbox.admin.counts() == {"people.connections.list": 3}
    rn = found[0]["resourceName"]
    assert rn.startswith("people/c") and rn[8:].isdigit()
    src = found[0]["metadata"]["sources"][0]
    assert src["type"] == "CONTACT" and src["id"] and src["etag"]
    assert src["updateTime"].endswith("Z")


def test_page_token_needs_the_same_parameters(sandbox: SandboxServer, people: Any) -> None:
    sandbox.admin.seed_contacts([person(f"P{i}") for i in range(5)])
    first = _list(people, pageSize=2)
    with pytest.raises(HttpError) as exc:
        _list(people, pageSize=2, personFields="names", pageToken=first["nextPageToken"])
    assert exc.value.status_code == 400
    assert error_of(exc.value)["status"] == "INVALID_ARGUMENT"
    # The same parameters work, and repeating a page (a retry) too.
    again = _list(people, pageSize=2, pageToken=first["nextPageToken"])
    assert again == _list(people, pageSize=2, pageToken=first["nextPageToken"])


def test_person_fields_required_and_page_size_bounds(people: Any) -> None:
    with pytest.raises(HttpError) as exc:
        people.people().connections().list(resourceName="people/me").execute()
    assert exc.value.status_code == 400
    assert "personFields" in error_of(exc.value)["message"]
    with pytest.raises(HttpError) as exc:
        _list(people, pageSize=1001)
    assert exc.value.status_code == 400


def test_read_mask_limits_fields(sandbox: SandboxServer, people: Any) -> None:
    sandbox.admin.seed_contacts([person("Ann", email="ann@x.fr")])
    (p,) = _list(people, personFields="names")["connections"]
    assert set(p) == {"resourceName", "etag", "names"}
    assert p["names"][0]["displayName"] == "Ann Test"


def test_sync_token_increments_with_deletions(sandbox: SandboxServer, people: Any) -> None:
    a, b, c = sandbox.admin.seed_contacts([person("A"), person("B"), person("C")])
    _, last = _full_read(people, requestSyncToken=True)
    token = last["nextSyncToken"]

    sandbox.admin.patch_contact(a["resourceName"], {"names": [{"givenName": "A2"}]})
    sandbox.admin.delete_contact(b["resourceName"])
    created = people.people().createContact(body=person("D")).execute()

    page = _list(people, syncToken=token, requestSyncToken=True)
    changed = {p["resourceName"]: p for p in page["connections"]}
    assert set(changed) == {a["resourceName"], b["resourceName"], created["resourceName"]}
    assert changed[a["resourceName"]]["names"][0]["givenName"] == "A2"
    deleted = changed[b["resourceName"]]
    assert deleted["metadata"]["deleted"] is True and "names" not in deleted
    assert c["resourceName"] not in changed

    empty = _list(people, syncToken=page["nextSyncToken"], requestSyncToken=True)
    assert "connections" not in empty and empty["nextSyncToken"]


@pytest.mark.parametrize("status", [400, 410])
def test_sync_token_expires_after_7_days(sandbox: SandboxServer, people: Any,
                                         status: int) -> None:
    sandbox.admin.set_faults(sync_token_expired_status=status)
    token = _list(people, requestSyncToken=True)["nextSyncToken"]
    sandbox.admin.advance_clock(6 * 86400)
    # Access tokens live one hour of virtual time: sign in again after the jump.
    people = build_people(sandbox.url, obtain_tokens(sandbox.url)["access_token"])
    token = _list(people, syncToken=token, requestSyncToken=True)["nextSyncToken"]
    sandbox.admin.advance_clock(7 * 86400 + 1)
    people = build_people(sandbox.url, obtain_tokens(sandbox.url)["access_token"])
    with pytest.raises(HttpError) as exc:
        _list(people, syncToken=token, requestSyncToken=True)
    assert exc.value.status_code == status
    err = error_of(exc.value)
    assert err["details"][0]["reason"] == "EXPIRED_SYNC_TOKEN"
    assert err["details"][0]["@type"] == "type.googleapis.com/google.rpc.ErrorInfo"
    if status == 400:
        assert err["status"] == "FAILED_PRECONDITION"


def test_forced_sync_token_expiry_is_one_shot(sandbox: SandboxServer, people: Any) -> None:
    token = _list(people, requestSyncToken=True)["nextSyncToken"]
    sandbox.admin.set_faults(expire_next_sync_token=True)
    _list(people)  # a full read does not consume the switch
    with pytest.raises(HttpError) as exc:
        _list(people, syncToken=token)
    assert error_of(exc.value)["details"][0]["reason"] == "EXPIRED_SYNC_TOKEN"
    assert "nextSyncToken" in _list(people, syncToken=token)


def test_update_contact_rules(sandbox: SandboxServer, people: Any) -> None:
    p = people.people().createContact(
        body=person("Eve", email="eve@x.fr", phoneNumbers=[{"value": "0601", "type": "mobile"}]),
        personFields=FIELDS).execute()
    api = people.people()
    # updatePersonFields is required.
    with pytest.raises(HttpError) as exc:
        api.updateContact(resourceName=p["resourceName"], body=p).execute()
    assert exc.value.status_code == 400
    assert "updatePersonFields" in error_of(exc.value)["message"]
    # The etag is required.
    with pytest.raises(HttpError) as exc:
        api.updateContact(resourceName=p["resourceName"], updatePersonFields="names",
                          body={"names": [{"givenName": "X"}]}).execute()
    assert exc.value.status_code == 400
    # A field in the mask but absent from the body is cleared; others are kept.
    body = {"etag": p["etag"], "names": [{"givenName": "Eva", "familyName": "Test"}]}
    updated = api.updateContact(resourceName=p["resourceName"], body=body,
                                updatePersonFields="names,phoneNumbers",
                                personFields=FIELDS).execute()
    assert updated["names"][0]["givenName"] == "Eva"
    assert "phoneNumbers" not in updated
    assert updated["emailAddresses"][0]["value"] == "eve@x.fr"
    assert updated["etag"] != p["etag"]
    # The old etag is now stale.
    with pytest.raises(HttpError) as exc:
        api.updateContact(resourceName=p["resourceName"], body={**body, "etag": p["etag"]},
                          updatePersonFields="names").execute()
    err = error_of(exc.value)
    assert exc.value.status_code == 400 and err["status"] == "FAILED_PRECONDITION"
    assert err["message"] == ("Request person.etag is different than the current "
                              "person.etag. Clear local cache and get the latest person.")
    # Reading back what the API returned (decorated entries) and writing it works.
    again = api.updateContact(resourceName=p["resourceName"], body=updated,
                              updatePersonFields="names,emailAddresses").execute()
    assert again["names"][0]["givenName"] == "Eva"


def test_user_edit_bumps_etag_and_update_time(sandbox: SandboxServer, people: Any) -> None:
    (p,) = sandbox.admin.seed_contacts([person("Max")])
    sandbox.admin.advance_clock(60)
    edited = sandbox.admin.patch_contact(p["resourceName"], {"phoneNumbers": [{"value": "1"}]})
    assert edited["etag"] != p["etag"]
    before = p["metadata"]["sources"][0]["updateTime"]
    assert edited["metadata"]["sources"][0]["updateTime"] > before
    with pytest.raises(HttpError) as exc:
        people.people().updateContact(resourceName=p["resourceName"], body=p,
                                      updatePersonFields="names").execute()
    assert error_of(exc.value)["status"] == "FAILED_PRECONDITION"


def test_batch_update_stale_etag_fails_whole_batch(sandbox: SandboxServer,
                                                   people: Any) -> None:
    a, b = sandbox.admin.seed_contacts([person("A"), person("B")])
    sandbox.admin.patch_contact(b["resourceName"], {"names": [{"givenName": "B-phone"}]})
    body = {"contacts": {a["resourceName"]: {"etag": a["etag"], "names": [{"givenName": "A2"}]},
                         b["resourceName"]: {"etag": b["etag"], "names": [{"givenName": "B2"}]}},
            "updateMask": "names", "readMask": "names"}
    with pytest.raises(HttpError) as exc:
        people.people().batchUpdateContacts(body=body).execute()
    assert exc.value.status_code == 400
    assert error_of(exc.value)["status"] == "FAILED_PRECONDITION"
    assert sandbox.admin.get_contact(a["resourceName"])["etag"] == a["etag"]  # not applied

    fresh_b = sandbox.admin.get_contact(b["resourceName"])
    body["contacts"][b["resourceName"]]["etag"] = fresh_b["etag"]
    result = people.people().batchUpdateContacts(body=body).execute()["updateResult"]
    assert result[a["resourceName"]]["httpStatusCode"] == 200
    assert result[b["resourceName"]]["person"]["names"][0]["givenName"] == "B2"


def test_batch_limits(sandbox: SandboxServer, people: Any) -> None:
    api = people.people()
    creates = [{"contactPerson": person(f"P{i}")} for i in range(201)]
    with pytest.raises(HttpError) as exc:
        api.batchCreateContacts(body={"contacts": creates, "readMask": "names"}).execute()
    assert exc.value.status_code == 400
    assert sandbox.admin.dump()["contacts"] == []

    created = api.batchCreateContacts(
        body={"contacts": creates[:200], "readMask": "names"}).execute()["createdPeople"]
    assert len(created) == 200 and all(c["httpStatusCode"] == 200 for c in created)
    assert set(created[0]["person"]) == {"resourceName", "etag", "names"}
    names = [c["person"]["resourceName"] for c in created]

    with pytest.raises(HttpError) as exc:
        api.batchDeleteContacts(body={"resourceNames": names * 3}).execute()  # 600 > 500
    assert exc.value.status_code == 400
    with pytest.raises(HttpError):
        api.batchDeleteContacts(body={"resourceNames": names + [f"people/c{i}" for i in
                                                                range(1, 302)]}).execute()
    assert len(sandbox.admin.dump()["contacts"]) == 200
    api.batchDeleteContacts(body={"resourceNames": names}).execute()
    assert sandbox.admin.dump()["contacts"] == []

    with pytest.raises(HttpError) as exc:
        api.getBatchGet(resourceNames=names + names[:1], personFields="names").execute()
    assert exc.value.status_code == 400


def test_contact_ceiling(sandbox: SandboxServer, people: Any) -> None:
    sandbox.admin.set_config(max_contacts=3)
    sandbox.admin.seed_contacts([person("A"), person("B")])
    with pytest.raises(HttpError) as exc:
        people.people().batchCreateContacts(body={
            "contacts": [{"contactPerson": person("C")}, {"contactPerson": person("D")}],
            "readMask": "names"}).execute()
    err = error_of(exc.value)
    assert exc.value.status_code == 400 and err["status"] == "FAILED_PRECONDITION"
    assert err["details"][0]["reason"] == MAX_CONTACTS_REASON
    people.people().createContact(body=person("C")).execute()
    with pytest.raises(HttpError):
        people.people().createContact(body=person("D")).execute()


def test_get_batch_get_and_delete(sandbox: SandboxServer, people: Any) -> None:
    a, b = sandbox.admin.seed_contacts([person("A"), person("B")])
    api = people.people()
    assert api.get(resourceName=a["resourceName"], personFields="names").execute()[
        "names"][0]["givenName"] == "A"
    api.deleteContact(resourceName=b["resourceName"]).execute()
    with pytest.raises(HttpError) as exc:
        api.get(resourceName=b["resourceName"], personFields="names").execute()
    assert exc.value.status_code == 404
    got = api.getBatchGet(resourceNames=[a["resourceName"], b["resourceName"]],
                          personFields="names").execute()["responses"]
    assert [r["httpStatusCode"] for r in got] == [200, 404]


def test_client_data_round_trip(people: Any) -> None:
    tag = {"key": "crmsync.id", "value": "uuid:42"}
    p = people.people().createContact(body=person("T", clientData=[tag]),
                                      personFields="clientData").execute()
    assert p["clientData"][0]["key"] == "crmsync.id"
    assert p["clientData"][0]["value"] == "uuid:42"


def test_contact_groups(sandbox: SandboxServer, people: Any) -> None:
    groups = people.contactGroups()
    names = {g["resourceName"] for g in groups.list().execute()["contactGroups"]}
    assert {"contactGroups/myContacts", "contactGroups/starred"} <= names

    label = groups.create(body={"contactGroup": {"name": "Simple CRM"}}).execute()
    assert label["groupType"] == "USER_CONTACT_GROUP" and label["name"] == "Simple CRM"
    with pytest.raises(HttpError) as exc:
        groups.create(body={"contactGroup": {"name": "Simple CRM"}}).execute()
    assert exc.value.status_code == 409
    assert error_of(exc.value)["status"] == "ALREADY_EXISTS"
    listed = [g for g in groups.list().execute()["contactGroups"]
              if g.get("name") == "Simple CRM"]
    assert listed[0]["resourceName"] == label["resourceName"]

    a, b = sandbox.admin.seed_contacts([person("A"), person("B")])
    groups.members().modify(resourceName=label["resourceName"], body={
        "resourceNamesToAdd": [a["resourceName"], b["resourceName"], "people/c1"]}).execute()
    got = groups.get(resourceName=label["resourceName"], maxMembers=10).execute()
    assert sorted(got["memberResourceNames"]) == sorted([a["resourceName"], b["resourceName"]])
    assert got["memberCount"] == 2
    pa = people.people().get(resourceName=a["resourceName"],
                             personFields="memberships").execute()
    assert {m["contactGroupMembership"]["contactGroupResourceName"]
            for m in pa["memberships"]} == {"contactGroups/myContacts", label["resourceName"]}
    assert pa["etag"] != a["etag"]

    res = groups.members().modify(resourceName=label["resourceName"], body={
        "resourceNamesToRemove": [b["resourceName"]]}).execute()
    assert res == {}
    got = groups.get(resourceName=label["resourceName"], maxMembers=10).execute()
    assert got["memberResourceNames"] == [a["resourceName"]]
    # A contact cannot lose its last group.
    res = groups.members().modify(resourceName="contactGroups/myContacts", body={
        "resourceNamesToRemove": [b["resourceName"]]}).execute()
    assert res["canNotRemoveLastContactGroupResourceNames"] == [b["resourceName"]]


def test_create_contact_in_label(people: Any) -> None:
    label = people.contactGroups().create(body={"contactGroup": {"name": "L"}}).execute()
    membership = {"contactGroupMembership": {"contactGroupResourceName": label["resourceName"]}}
    p = people.people().createContact(body=person("A", memberships=[membership]),
                                      personFields="memberships").execute()
    assert {m["contactGroupMembership"]["contactGroupId"] for m in p["memberships"]} == {
        "myContacts", label["resourceName"].split("/")[1]}


def test_concurrent_writers(sandbox: SandboxServer, tokens: dict[str, Any]) -> None:
    import threading

    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            svc = build_people(sandbox.url, tokens["access_token"])  # one client per thread
            for i in range(10):
                svc.people().createContact(body=person(f"T{n}-{i}")).execute()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    contacts = sandbox.admin.dump()["contacts"]
    assert len({c["resourceName"] for c in contacts}) == 40
