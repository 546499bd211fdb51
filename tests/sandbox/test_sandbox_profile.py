"""Contacts connected to a Google profile: its entries are read-only (issue #13).

Google merges a connected profile's data (a name, a phone…) into the Person, each entry
with ``metadata.source.type: PROFILE``, and ignores non-contact data in a write: an
update neither removes nor copies those entries.
"""

from __future__ import annotations

from typing import Any

from crmsync_gui.sandbox import SandboxAdmin, SandboxServer
from crmsync_gui.sandbox.testing import person

FIELDS = "names,emailAddresses,phoneNumbers,metadata"
PROFILE = {"metadata": {"source": {"type": "PROFILE"}}}


def _sources(entries: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(e["metadata"]["source"]["type"], e.get("value") or e.get("givenName", ""))
            for e in entries]


def _seed_connected(sandbox: SandboxServer) -> dict[str, Any]:
    [created] = sandbox.admin.seed_contacts([{
        "emailAddresses": [{"value": "paul@ex.fr", "type": "home"}],
        "names": [{"givenName": "Paul", "familyName": "Profil", **PROFILE}],
        "phoneNumbers": [{"value": "06 10 00 00 01", "type": "mobile"},
                         {"value": "06 20 00 00 02", "type": "mobile", **PROFILE}],
    }])
    return created


def test_seeded_profile_entries_read_back_with_source_profile(sandbox: SandboxServer,
                                                              people: Any) -> None:
    created = _seed_connected(sandbox)
    read = people.people().get(resourceName=created["resourceName"],
                               personFields=FIELDS).execute()
    assert _sources(read["phoneNumbers"]) == [("CONTACT", "06 10 00 00 01"),
                                              ("PROFILE", "06 20 00 00 02")]
    assert _sources(read["names"]) == [("PROFILE", "Paul")]
    assert read["names"][0]["metadata"]["primary"] is True
    assert [s["type"] for s in read["metadata"]["sources"]] == ["CONTACT", "PROFILE"]
    profile_id = read["metadata"]["sources"][1]["id"]
    assert profile_id.isdigit() and read["names"][0]["metadata"]["source"]["id"] == profile_id
    listed = people.people().connections().list(resourceName="people/me",
                                                personFields=FIELDS).execute()
    assert listed["connections"][0]["names"] == read["names"]


def test_update_keeps_profile_entries_and_ignores_them_in_the_body(
        sandbox: SandboxServer, people: Any) -> None:
    created = _seed_connected(sandbox)
    api = people.people()
    read = api.get(resourceName=created["resourceName"], personFields=FIELDS).execute()
    # The client writes back what it read, with the profile's phone edited: ignored.
    read["phoneNumbers"][1]["value"] = "06 99 99 99 99"
    updated = api.updateContact(resourceName=read["resourceName"], body=read,
                                updatePersonFields="phoneNumbers",
                                personFields=FIELDS).execute()
    assert _sources(updated["phoneNumbers"]) == [("CONTACT", "06 10 00 00 01"),
                                                 ("PROFILE", "06 20 00 00 02")]
    # A masked field sent without the profile's entries keeps them all the same.
    body = {"etag": updated["etag"], "phoneNumbers": [], "names": [
        {"givenName": "Paulo", "familyName": "Profil"}]}
    updated = api.updateContact(resourceName=read["resourceName"], body=body,
                                updatePersonFields="phoneNumbers,names",
                                personFields=FIELDS).execute()
    assert _sources(updated["phoneNumbers"]) == [("PROFILE", "06 20 00 00 02")]
    # The contact's own name comes first; the profile's stays.
    assert _sources(updated["names"]) == [("CONTACT", "Paulo"), ("PROFILE", "Paul")]
    stored = sandbox.admin.get_contact(read["resourceName"])
    assert stored["phoneNumbers"] == updated["phoneNumbers"]


def test_batch_update_and_user_edits_leave_the_profile_alone(sandbox: SandboxServer,
                                                             people: Any) -> None:
    created = _seed_connected(sandbox)
    rn = created["resourceName"]
    body = {"contacts": {rn: {"etag": created["etag"], "phoneNumbers": []}},
            "updateMask": "phoneNumbers", "readMask": FIELDS}
    result = people.people().batchUpdateContacts(body=body).execute()["updateResult"]
    assert _sources(result[rn]["person"]["phoneNumbers"]) == [("PROFILE", "06 20 00 00 02")]
    # The user on the phone edits the contact; the profile's data is not theirs to edit.
    edited = sandbox.admin.patch_contact(rn, {"phoneNumbers": [
        {"value": "01 00 00 00 00", "type": "home"},
        {"value": "06 77 77 77 77", "type": "mobile", **PROFILE}], "names": None})
    assert _sources(edited["phoneNumbers"]) == [("CONTACT", "01 00 00 00 00"),
                                                ("PROFILE", "06 20 00 00 02")]
    assert _sources(edited["names"]) == [("PROFILE", "Paul")]


def test_connecting_a_profile_later_changes_the_person_for_sync_reads(
        sandbox: SandboxServer, people: Any) -> None:
    [created] = sandbox.admin.seed_contacts([person("Lou", email="lou@ex.fr")])
    rn = created["resourceName"]
    first = people.people().connections().list(
        resourceName="people/me", personFields=FIELDS, requestSyncToken=True).execute()
    connected = sandbox.admin.connect_profile(rn, {"phoneNumbers": [
        {"value": "07 00 00 00 07", "type": "mobile"}]})
    assert connected["etag"] != created["etag"]
    assert _sources(connected["phoneNumbers"]) == [("PROFILE", "07 00 00 00 07")]
    changed = people.people().connections().list(
        resourceName="people/me", personFields=FIELDS, syncToken=first["nextSyncToken"],
        requestSyncToken=True).execute()
    [person_read] = changed["connections"]
    assert _sources(person_read["phoneNumbers"]) == [("PROFILE", "07 00 00 00 07")]
    # Over HTTP too (another process drives the sandbox); {} disconnects it.
    SandboxAdmin(sandbox.url)._call("PUT", f"contacts/{rn}/profile", {})
    assert "phoneNumbers" not in sandbox.admin.get_contact(rn)
    assert [s["type"] for s in sandbox.admin.get_contact(rn)["metadata"]["sources"]] == [
        "CONTACT"]
