"""#17, 4: Google answers in a wrong shape (a broken proxy, a Google bug), one table of
them. Each makes ``crmsync sync`` stop with "Google answered with data CRM Sync cannot
use", naming the contact and the field where it can, and change nothing on either side;
the next sync, Google well again, goes through. Through ``crmsync`` against the sandbox's
``malformed_list_answer`` switch.

One signed-in profile serves the whole table: every case fails before anything is
written, which is what each asserts, so the next case starts where the first began.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crmsync_gui.sandbox.faults import MALFORMED_LIST_ANSWERS
from tests.cli.conftest import crm_dump

from .cli_harness import Cli, in_sync, signed_in_cli

# What the error names, per shape ({rn}: the contact the answer carried first).
EXPECTED = {
    "not_json": "people.connections.list answered with something that is not JSON: "
                "'<html><body><h1>502 Bad Gateway</h1></body></html>'",
    "answer_not_object": "people.connections.list answered with list, not an object",
    "sync_token_number": "nextSyncToken is 12345",
    "sync_token_empty": "nextSyncToken is ''",
    "page_token_number": "nextPageToken is 7",
    "connections_not_list": "connections is not a list",
    "person_not_object": "a contact is not an object",
    "person_without_resource_name": "a contact has no resource name (None)",
    "person_without_etag": "contact {rn} has no etag",
    "person_etag_number": "contact {rn} has no etag",
    "names_not_list": "contact {rn}: names is 'Sophie Martin', not a list",
    "name_not_object": "contact {rn}: names[0] is 'Sophie Martin', not an object",
    "email_not_object": "contact {rn}: emailAddresses[0] is 'sophie@ex.fr', not an object",
    "email_value_number": "contact {rn}: emailAddresses[0].value is 42, not text",
    "phone_value_null": "contact {rn}: phoneNumbers[0].value is None, not text",
    "address_city_number": "contact {rn}: addresses[0].city is 75001, not text",
    "birthday_date_text": "contact {rn}: birthdays[0].date is '1980-01-01', not an object",
    "metadata_not_object": "contact {rn}: metadata is 'CONTACT', not an object",
    "sources_not_list": "contact {rn}: metadata.sources is 'CONTACT', not a list",
    "membership_not_object": "contact {rn}: memberships[0].contactGroupMembership is "
                             "'myContacts', not an object",
    "client_data_key_number": "contact {rn}: clientData[0].key is 7, not text",
    "entry_metadata_text": "contact {rn}: emailAddresses[0].metadata is 'primary', not an "
                           "object",
}


def test_the_table_covers_every_shape_the_sandbox_can_break() -> None:
    assert set(EXPECTED) == set(MALFORMED_LIST_ANSWERS) - {""}


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cli, str]]:
    """A profile in sync with two contacts, and the Google contact each case edits (an
    incremental read then carries it first)."""
    for cli in signed_in_cli(tmp_path_factory.mktemp("bad-answers")):
        cli.add_crm("Martin", "sophie@ex.fr")
        cli.add_crm("Durand", "paul@ex.fr")
        assert cli.sync()[0] == 0
        [name] = [rn for rn, p in cli.google().items()
                  if p["emailAddresses"][0]["value"] == "sophie@ex.fr"]
        yield cli, name


def _both_sides(cli: Cli) -> tuple[list[str], dict[str, Any], list[Path]]:
    return crm_dump(cli.crm_path), cli.google(), sorted(cli.home.rglob("state-*"))


@pytest.mark.parametrize("shape", sorted(EXPECTED))
def test_an_answer_in_a_wrong_shape_is_named_and_changes_nothing(
        synced: tuple[Cli, str], shape: str) -> None:
    cli, name = synced
    cli.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        {"value": "06 11 22 33 44", "type": "mobile"}]})  # a change for the read to carry
    cli.add_crm("Petit", f"{shape}@ex.fr")  # and one for the sync to write, if it went on
    before = _both_sides(cli)
    state_bytes = [p.read_bytes() for p in before[2]]
    cli.sandbox.faults.configure(malformed_list_answer=shape)

    done = cli.run("sync", "--yes")

    assert cli.sandbox.faults.fired().get("malformed_answer", 0) >= 1
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "error: Google answered with data CRM Sync cannot use" in done.stderr
    # The contact the answer carried first: one of the account's, by its resource name.
    assert any(EXPECTED[shape].format(rn=rn) in done.stderr for rn in cli.google()), \
        done.stderr
    assert "unexpected problem" not in done.stderr and "Traceback" not in done.stderr
    assert _both_sides(cli) == before  # neither side, nor the state, was written
    assert [p.read_bytes() for p in before[2]] == state_bytes


@pytest.mark.parametrize("method", ["people.batchCreateContacts", "contactGroups.list"])
def test_a_proxy_page_for_another_answer_is_named_and_the_next_run_has_no_duplicate(
        cli: Cli, method: str) -> None:
    cli.add_crm("Martin", "sophie@ex.fr")
    cli.add_crm("Durand", "paul@ex.fr")
    cli.sandbox.faults.configure(malformed_list_answer="not_json", methods=[method])
    done = cli.run("sync", "--yes")
    assert done.returncode == 1, done.stdout
    assert f"{method} answered with something that is not JSON" in (done.stdout
                                                                   + done.stderr)
    assert "unexpected" not in done.stdout + done.stderr
    cli.sandbox.faults.reset()
    code, run = cli.sync()  # a create whose answer was lost: found again, not repeated
    assert (code, run["status"]) == (0, "ok"), run
    assert cli.google_emails() == ["paul@ex.fr", "sophie@ex.fr"]
    in_sync(cli)


def test_after_the_bad_answers_google_well_again_syncs_everything(
        synced: tuple[Cli, str]) -> None:
    cli, name = synced
    cli.sandbox.faults.reset()
    cli.sandbox.admin.patch_contact(name, {"phoneNumbers": [  # the cases' change, again:
        {"value": "06 11 22 33 44", "type": "mobile"}]})  # each may run in its own worker
    code, run = cli.sync()
    assert (code, run["status"]) == (0, "ok"), run
    assert cli.google()[name]["phoneNumbers"][0]["value"] == "06 11 22 33 44"
    emails = cli.google_emails()
    assert len(emails) == len(set(emails)) == len(cli.crm())  # no duplicate, none lost
    in_sync(cli)
