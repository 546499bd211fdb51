"""The People adapter against the sandbox, through the real google-api-python-client."""

from __future__ import annotations

import pytest

from crmsync_gui.core.record import ContactRecord, Field
from crmsync_gui.google.errors import (
    GoogleRequestRefused,
    StaleEtag,
    SyncTokenExpired,
    TemporaryGoogleError,
)
from crmsync_gui.google.people import PeopleApi
from crmsync_gui.google.person import (
    contact_from_person,
    merge_into_person,
    new_person,
    record_from_person,
)
from crmsync_gui.google.retry import UncertainWrite
from crmsync_gui.sandbox import SandboxServer

from .conftest import RecordedSleep


def seed(sandbox: SandboxServer, count: int, start: int = 0) -> list[dict]:
    return sandbox.admin.seed_contacts([
        {"names": [{"givenName": f"Prénom{i}", "familyName": f"Nom{i}"}],
         "emailAddresses": [{"value": f"c{i}@exemple.fr", "type": "home"}]}
        for i in range(start, start + count)])


def test_full_read_pages_2500_contacts_in_three_calls(sandbox: SandboxServer,
                                                      api: PeopleApi) -> None:
    seed(sandbox, 2500)
    read = api.read_connections()
    assert len(read.persons) == 2500
    assert len({p["resourceName"] for p in read.persons}) == 2500
    assert read.sync_token and not read.incremental
    assert api.calls.counts == {"people.connections.list": 3}
    assert sandbox.admin.counts()["people.connections.list"] == 3


def test_incremental_read_brings_changes_and_deletions(sandbox: SandboxServer,
                                                       api: PeopleApi) -> None:
    first, second, _ = seed(sandbox, 3)
    token = api.read_connections().sync_token
    sandbox.admin.patch_contact(first["resourceName"],
                                {"names": [{"givenName": "Changé", "familyName": "Nom0"}]})
    sandbox.admin.delete_contact(second["resourceName"])
    [added] = seed(sandbox, 1, start=10)
    changes = api.read_connections(token)
    assert changes.incremental and changes.sync_token
    by_name = {p["resourceName"]: contact_from_person(p) for p in changes.persons}
    assert set(by_name) == {first["resourceName"], second["resourceName"],
                            added["resourceName"]}
    assert by_name[second["resourceName"]].deleted
    assert by_name[first["resourceName"]].record.first_name == "Changé"
    assert api.read_connections(changes.sync_token).persons == []


@pytest.mark.parametrize("status", [400, 410])
def test_expired_sync_token_in_both_forms(sandbox: SandboxServer, api: PeopleApi,
                                          status: int) -> None:
    seed(sandbox, 2)
    token = api.read_connections().sync_token
    sandbox.admin.set_faults(sync_token_expired_status=status)
    sandbox.admin.advance_clock(8 * 24 * 3600)  # Google keeps sync tokens about a week
    with pytest.raises(SyncTokenExpired):
        api.read_connections(token)
    assert len(api.read_connections().persons) == 2  # the full read that follows works


def test_429_storm_slows_down_honouring_retry_after(sandbox: SandboxServer, api: PeopleApi,
                                                    sleeps: RecordedSleep) -> None:
    seed(sandbox, 5)
    sandbox.admin.set_faults(rate_limit_count=4, retry_after_s=7)
    assert len(api.read_connections().persons) == 5
    assert len(sleeps.waits) == 4
    assert all(wait >= 7 for wait in sleeps.waits)
    assert sandbox.admin.counts()["people.connections.list"] == 5


def test_server_errors_and_dropped_connections_are_retried_on_reads(
        sandbox: SandboxServer, api: PeopleApi, sleeps: RecordedSleep) -> None:
    seed(sandbox, 3)
    sandbox.admin.set_faults(server_error_count=2, drop_count=1)
    assert len(api.read_connections().persons) == 3
    assert sandbox.admin.counts()["people.connections.list"] == 4  # 2 × 5xx, 1 cut, 1 ok
    # httplib2 itself repeats a GET once on a cut connection; the 5xx are ours.
    assert len(sleeps.waits) >= 2


def test_retries_give_up_with_a_plain_error(sandbox: SandboxServer, api: PeopleApi) -> None:
    sandbox.admin.set_faults(server_error_count=100)
    with pytest.raises(TemporaryGoogleError):
        api.read_connections()
    assert api.policy.retries == api.policy.max_attempts - 1


def test_a_create_whose_answer_is_lost_is_not_repeated(sandbox: SandboxServer,
                                                       api: PeopleApi) -> None:
    sandbox.admin.set_faults(server_error_count=1, server_error_code=500,
                             methods=["people.batchCreateContacts"])
    with pytest.raises(UncertainWrite):
        api.create_many([new_person(ContactRecord(last_name="Once"), "db:1", None)])
    assert sandbox.admin.counts()["people.batchCreateContacts"] == 1


def test_a_create_refused_with_429_is_simply_retried(sandbox: SandboxServer,
                                                     api: PeopleApi) -> None:
    sandbox.admin.set_faults(rate_limit_count=2, methods=["people.batchCreateContacts"])
    [created] = api.create_many([new_person(ContactRecord(last_name="Once"), "db:1", None)])
    assert record_from_person(created).last_name == "Once"
    assert len(api.read_connections().persons) == 1


def test_writes_are_cut_to_googles_batch_limits(sandbox: SandboxServer,
                                                api: PeopleApi) -> None:
    created = api.create_many([new_person(ContactRecord(last_name=f"N{i}"), f"db:{i}", None)
                               for i in range(450)])
    assert len(created) == 450
    assert [record_from_person(p).last_name for p in created[:3]] == ["N0", "N1", "N2"]
    bodies = [merge_into_person(p, ContactRecord(last_name="Renamed"), [Field.LAST_NAME])
              for p in created]
    assert len(api.update_many(bodies)) == 450
    api.delete_many([p["resourceName"] for p in created] * 1)
    assert api.calls.counts == {"people.batchCreateContacts": 3,
                                "people.batchUpdateContacts": 3,
                                "people.batchDeleteContacts": 1}
    assert api.read_connections().persons == []


def test_the_sandbox_itself_refuses_oversized_batches(sandbox: SandboxServer,
                                                      api: PeopleApi) -> None:
    # Proves the limits above are real: sending 201 at once is refused.
    service = api._service
    body = {"contacts": [{"contactPerson": {"names": [{"givenName": "x"}]}}] * 201,
            "readMask": "names"}
    from googleapiclient.errors import HttpError
    with pytest.raises(HttpError) as error:
        service.people().batchCreateContacts(body=body).execute()
    assert error.value.resp.status == 400


def test_stale_etag_single_update(sandbox: SandboxServer, api: PeopleApi) -> None:
    [person] = seed(sandbox, 1)
    read = api.get_many([person["resourceName"]])[person["resourceName"]]
    sandbox.admin.patch_contact(person["resourceName"],
                                {"names": [{"givenName": "Phone", "familyName": "Edit"}]})
    body = merge_into_person(read, ContactRecord(last_name="Mine"), [Field.LAST_NAME])
    with pytest.raises(StaleEtag) as error:
        api.update_many([body])
    assert error.value.resource_names == (person["resourceName"],)
    fresh = api.get_many([person["resourceName"]])[person["resourceName"]]
    assert record_from_person(fresh).first_name == "Phone"  # nothing overwritten blindly


def test_stale_etag_fails_the_whole_batch(sandbox: SandboxServer, api: PeopleApi) -> None:
    persons = seed(sandbox, 3)
    names = [p["resourceName"] for p in persons]
    read = api.get_many(names)
    sandbox.admin.patch_contact(names[1], {"names": [{"givenName": "Phone"}]})
    bodies = [merge_into_person(read[n], ContactRecord(last_name="Mine"), [Field.LAST_NAME])
              for n in names]
    with pytest.raises(StaleEtag) as error:
        api.update_many(bodies)
    assert set(error.value.resource_names) == set(names)
    after = api.get_many(names)
    assert all(record_from_person(after[n]).last_name != "Mine" for n in names)


def test_google_only_data_survives_an_update(sandbox: SandboxServer, api: PeopleApi) -> None:
    [person] = sandbox.admin.seed_contacts([{
        "names": [{"givenName": "Ana", "familyName": "Lopes"}],
        "phoneNumbers": [{"value": "06 11 11 11 11", "type": "mobile"},
                         {"value": "01 99 99 99 99", "type": "other"}],
        "emailAddresses": [{"value": "ana@x.fr", "type": "home"},
                           {"value": "ana.extra@x.fr", "type": "other"}],
        "birthdays": [{"date": {"year": 1980, "month": 5, "day": 4}}],
        "biographies": [{"value": "Note du téléphone"}]}])
    read = api.get_many([person["resourceName"]])[person["resourceName"]]
    record = record_from_person(read).replace(personal_mobile="07 22 22 22 22")
    api.update_many([merge_into_person(read, record, [Field.PERSONAL_MOBILE])])
    stored = sandbox.admin.get_contact(person["resourceName"])
    assert {p["value"] for p in stored["phoneNumbers"]} == {"07 22 22 22 22",
                                                            "01 99 99 99 99"}
    assert {e["value"] for e in stored["emailAddresses"]} == {"ana@x.fr", "ana.extra@x.fr"}
    assert stored["birthdays"][0]["date"]["year"] == 1980
    assert stored["biographies"][0]["value"] == "Note du téléphone"


def test_label_created_once_then_found(sandbox: SandboxServer, api: PeopleApi) -> None:
    label = api.ensure_label("Simple CRM")
    assert api.ensure_label("Simple CRM") == label
    assert sandbox.admin.counts()["contactGroups.create"] == 1


def test_label_created_meanwhile_answers_409_and_is_looked_up(sandbox: SandboxServer,
                                                              api: PeopleApi,
                                                              monkeypatch) -> None:
    real_find = api.find_label
    lookups: list[str] = []

    def find_label_racing(name: str) -> str | None:
        # The first lookup misses: another device creates the label right after it.
        lookups.append(name)
        if len(lookups) == 1:
            sandbox.admin.create_group(name)
            return None
        return real_find(name)

    monkeypatch.setattr(api, "find_label", find_label_racing)
    label = api.ensure_label("Simple CRM")
    assert label.startswith("contactGroups/")
    assert sandbox.admin.counts()["contactGroups.create"] == 1  # the 409 one


def test_created_contacts_join_the_label(sandbox: SandboxServer, api: PeopleApi) -> None:
    label = api.ensure_label("Simple CRM")
    [created] = api.create_many([new_person(ContactRecord(last_name="L"), "db:1", label)])
    assert contact_from_person(created, label).in_label
    [other] = seed(sandbox, 1)
    api.add_to_label(label, [other["resourceName"]])
    persons = api.get_many([other["resourceName"]])
    assert contact_from_person(persons[other["resourceName"]], label).in_label


def test_deleting_a_contact_already_gone_is_not_an_error(sandbox: SandboxServer,
                                                         api: PeopleApi) -> None:
    a, b, c = seed(sandbox, 3)
    sandbox.admin.delete_contact(b["resourceName"])
    api.delete_many([a["resourceName"], b["resourceName"], c["resourceName"]])
    assert api.read_connections().persons == []


def test_refused_request_is_reported_not_dropped(sandbox: SandboxServer,
                                                 api: PeopleApi) -> None:
    with pytest.raises(GoogleRequestRefused):
        api.update_many([{"resourceName": "people/c404", "etag": "x", "names": []}])


def test_each_thread_builds_its_own_service(api: PeopleApi) -> None:
    import threading
    services = []
    thread = threading.Thread(target=lambda: services.append(api._service))
    thread.start()
    thread.join()
    assert services[0] is not api._service
