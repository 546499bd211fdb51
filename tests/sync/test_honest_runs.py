"""#14: every run ends, and says exactly what it did (SPEC R-S12).

Each case runs ``crmsync`` as a user would (a separate process, signed in to the sandbox
through the stand-in browser), with the fault the sandbox's switches provoke, and checks
the run's status, its exit code, its ``--json`` errors and History against what really
happened on both sides.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
from typing import Any

import pytest

from crmsync_gui.google.person import record_from_person

from .cli_harness import LABEL, Cli, in_sync

# -- 1. dates other programs write ------------------------------------------------------

@pytest.mark.parametrize("written", ["1764063000000", "Tue, 25 Nov 2026 09:30:00 +0100",
                                     "hier vers 9h", ""])
def test_a_foreign_or_unreadable_crm_date_never_stalls_the_sync(cli: Cli,
                                                                written: str) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    with sqlite3.connect(cli.crm_path) as conn:
        conn.execute("UPDATE contact SET updated_at = ? WHERE id = ?", (written, crm_id))
    [name] = cli.google()
    cli.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        {"value": "06 99 99 99 99", "type": "mobile"}]})
    code, run = cli.sync()
    assert (code, run["status"], run["errors"]) == (0, "ok", [])
    assert cli.crm()[crm_id].record.personal_mobile == "06 99 99 99 99"
    readable = written not in ("hier vers 9h", "")
    warned = [w for w in run["warnings"] if w["reason_code"] == "crm_date_unreadable"]
    assert warned == ([] if readable else [{
        "crm_id": crm_id, "resource_name": name, "name": "Jean Dupont", "side": "crm",
        "reason_code": "crm_date_unreadable", "message": warned[0]["message"]}])
    in_sync(cli)


# -- re-plans are bounded ---------------------------------------------------------------

def test_a_contact_edited_at_every_write_ends_partial_with_replan_limit(cli: Cli) -> None:
    first = cli.add_crm("Dupont", "j@ex.fr")
    second = cli.add_crm("Martin", "m@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(first, home_city="Lyon")
    cli.edit_crm(second, home_city="Nantes")
    # Someone else saves the batch's contacts just before each of its writes, forever.
    cli.sandbox.faults.configure(concurrent_edit_count=1000)
    code, run = cli.sync()
    assert code == 1 and run["status"] == "partial"
    assert sorted((e["crm_id"], e["reason_code"], e["side"]) for e in run["errors"]) == [
        (first, "replan_limit", "google"), (second, "replan_limit", "google")]
    assert run["applied"]["replanned"] == 2 * 4  # 3 re-plans each, the 4th refused
    assert cli.history()[0]["status"] == "partial"
    assert cli.history()[0]["errors"] == run["errors"]
    cli.sandbox.faults.reset()
    code, run = cli.sync()  # the next run brings them over
    assert (code, run["status"], run["applied"].get("google_updated")) == (0, "ok", 2)
    in_sync(cli)


def test_a_few_concurrent_edits_are_re_planned_and_the_run_is_ok(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, home_city="Lyon")
    cli.sandbox.faults.configure(concurrent_edit_count=2)
    code, run = cli.sync()
    assert (code, run["status"], run["errors"]) == (0, "ok", [])
    assert run["applied"]["google_updated"] == 1 and run["applied"]["replanned"] == 2
    in_sync(cli)


# -- 2. a deleted label -----------------------------------------------------------------

def test_a_label_deleted_in_google_is_re_created_with_its_contacts(cli: Cli) -> None:
    cli.settings(sync_label_only=True)
    for i in range(3):
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    assert cli.sync()[0] == 0
    members = cli.label_members()
    assert len(members) == 3
    cli.sandbox.admin.delete_group(LABEL)
    assert cli.label_members() == set()
    preview = cli.preview()  # "only the label": a vanished label removes nobody
    assert (preview["to_google"], preview["to_crm"]) == ([], [])
    cli.add_crm("Nouveau", "new@ex.fr")
    code, run = cli.sync()
    assert (code, run["status"], run["errors"]) == (0, "ok", [])
    assert run["applied"]["google_created"] == 1
    assert [w["reason_code"] for w in run["warnings"]] == ["label_recreated"]
    assert [w["reason_code"] for w in cli.history()[0]["warnings"]] == ["label_recreated"]
    assert len(cli.label_members()) == 4 and members < cli.label_members()
    assert cli.google_emails() == sorted([*(f"n{i}@ex.fr" for i in range(3)), "new@ex.fr"])
    in_sync(cli)


def test_a_label_deleted_between_read_and_write_is_re_created_for_the_creates(
        cli: Cli) -> None:
    # The label exists but holds nobody (the first contact came from Google): its
    # deletion shows in no read, and the next create is the first to hear of it.
    cli.sandbox.admin.seed_contacts([{"names": [{"givenName": "Zoé", "familyName": "G"}],
                                      "emailAddresses": [{"value": "z@ex.fr"}]}])
    assert cli.sync()[0] == 0
    cli.sandbox.admin.delete_group(LABEL)
    cli.add_crm("Nouveau", "new@ex.fr")
    code, run = cli.sync()
    assert (code, run["status"], run["errors"]) == (0, "ok", [])
    assert run["applied"] == {"google_created": 1}
    assert [w["reason_code"] for w in run["warnings"]] == ["label_recreated"]
    assert len(cli.label_members()) == 1
    in_sync(cli)


# -- refused writes ---------------------------------------------------------------------

def test_a_contact_google_refuses_makes_the_run_partial_and_names_it(cli: Cli) -> None:
    for i in range(3):
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    refused = cli.add_crm("Refusé", "refuse-me@ex.fr")
    cli.sandbox.faults.configure(refuse_value="refuse-me@ex.fr")
    code, run = cli.sync()
    assert (code, run["status"]) == (1, "partial")
    assert run["applied"]["google_created"] == 3
    [error] = run["errors"]
    assert (error["crm_id"], error["name"], error["side"], error["reason_code"]) == (
        refused, "Jean Refusé", "google", "google_refused")
    assert "refuse-me@ex.fr" in error["message"]
    assert cli.history()[0]["status"] == "partial"
    refused = cli.run("sync", "--yes").stdout  # still refused
    assert "1 contact not synced: the next sync tries it again" in refused
    cli.sandbox.faults.reset()
    assert cli.sync()[0] == 0
    in_sync(cli)


def test_a_refused_contact_among_lost_answers_is_found_by_tag_and_named(cli: Cli) -> None:
    for i in range(3):
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    refused = cli.add_crm("Refusé", "refuse-me@ex.fr")
    # The batch is refused, and that answer lost twice: looked up by tag, sent again,
    # then contact by contact.
    cli.sandbox.faults.configure(refuse_value="refuse-me@ex.fr", lose_answer_count=2,
                                 methods=["people.batchCreateContacts"])
    code, run = cli.sync()
    assert cli.sandbox.faults.fired().get("lost_answer") == 2
    assert (code, run["status"], run["applied"]["google_created"]) == (1, "partial", 3)
    assert [(e["crm_id"], e["reason_code"]) for e in run["errors"]] == [
        (refused, "google_refused")]
    assert cli.google_emails() == [f"n{i}@ex.fr" for i in range(3)]


def test_a_refused_update_among_concurrent_edits_is_named_the_others_re_planned(
        cli: Cli) -> None:
    kept = cli.add_crm("Dupont", "j@ex.fr")
    refused = cli.add_crm("Refusé", "refuse-me@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(kept, home_city="Lyon")
    cli.edit_crm(refused, home_city="Brest")
    cli.sandbox.faults.configure(refuse_value="refuse-me@ex.fr", concurrent_edit_count=3)
    code, run = cli.sync()
    assert (code, run["status"]) == (1, "partial")
    assert [(e["crm_id"], e["reason_code"]) for e in run["errors"]] == [
        (refused, "google_refused")]
    assert run["applied"]["google_updated"] == 1 and run["applied"]["replanned"] == 3
    cities = {record_from_person(p).personal_email: record_from_person(p).home_address.city
              for p in cli.google().values()}
    assert cities == {"j@ex.fr": "Lyon", "refuse-me@ex.fr": ""}


def test_a_label_deleted_while_an_update_is_sent_is_re_created_with_that_contact(
        cli: Cli) -> None:
    cli.settings(sync_label_only=True)
    first = cli.add_crm("Dupont", "j@ex.fr")
    cli.add_crm("Martin", "m@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(first, home_city="Lyon")
    deleted: list[str] = []

    def user_deletes_the_label(method: str) -> None:
        if method == "people.batchUpdateContacts" and not deleted:
            deleted.append(method)
            cli.sandbox.admin.delete_group(LABEL)

    cli.sandbox.faults.before_write = user_deletes_the_label
    try:
        code, run = cli.sync()
    finally:
        cli.sandbox.faults.before_write = None
    assert deleted and (code, run["status"], run["errors"]) == (0, "ok", [])
    assert [w["reason_code"] for w in run["warnings"]] == ["label_recreated"]
    assert len(cli.label_members()) == 2  # the updated contact is back in it too
    in_sync(cli)


def test_a_partial_run_exits_1_even_with_conflicts_waiting(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, home_city="Lyon")  # and another city in Google: a conflict
    [name] = cli.google()
    cli.sandbox.admin.patch_contact(name, {"addresses": [{"city": "Brest", "type": "home"}]})
    cli.add_crm("Refusé", "refuse-me@ex.fr")
    cli.sandbox.faults.configure(refuse_value="refuse-me@ex.fr")
    done = cli.run("--conflicts", "ask", "sync", "--yes", "--json")
    run = json.loads(done.stdout)
    assert (run["status"], run["counts"]["unresolved_conflicts"]) == ("partial", 1)
    assert done.returncode == 1  # partial wins over 3 (choices waiting)


# -- 3. failed runs are recorded as failed ----------------------------------------------

def test_a_locked_crm_after_the_google_writes_is_a_failed_run(cli: Cli) -> None:
    crm_id = synced_then_a_phone_in_google(cli)
    cli.add_crm("Martin", "m@ex.fr")  # a Google create first, then the CRM write
    cli.env["CRMSYNC_CRM_BUSY_SECONDS"] = "1"  # the colleague's write outlasts the wait
    process = sync_slowed_at_its_google_creates(cli)
    locker = sqlite3.connect(cli.crm_path, isolation_level=None, timeout=30)
    locker.execute("BEGIN EXCLUSIVE")  # a colleague's long write transaction
    try:
        out, err = process.communicate(timeout=120)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    run = json.loads(out)
    assert (process.returncode, run["status"]) == (1, "failed"), err
    assert run["applied"] == {"google_created": 1}  # what it did write is said
    assert [e["reason_code"] for e in run["errors"]] == ["crm_in_use"]
    [last] = cli.history()[:1]
    assert (last["status"], [e["reason_code"] for e in last["errors"]]) == (
        "failed", ["crm_in_use"])
    code, again = cli.sync()
    assert (code, again["status"]) == (0, "ok")
    assert cli.crm()[crm_id].record.personal_mobile == "06 11 22 33 44"
    assert len(cli.google_emails()) == 2  # no duplicate of the create
    in_sync(cli)


@pytest.mark.parametrize("method", ["people.batchUpdateContacts",
                                    "people.batchCreateContacts"])
def test_a_write_whose_answer_was_lost_is_counted_and_not_doubled(cli: Cli,
                                                                 method: str) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, home_city="Lyon")
    cli.add_crm("Martin", "m@ex.fr")
    cli.sandbox.faults.configure(lose_answer_count=1, methods=[method])
    code, run = cli.sync()
    assert cli.sandbox.faults.fired().get("lost_answer") == 1
    assert (code, run["status"], run["errors"]) == (0, "ok", [])
    assert run["applied"]["google_updated"] == 1 and run["applied"]["google_created"] == 1
    assert cli.google_emails() == ["j@ex.fr", "m@ex.fr"]  # Google applied it once
    in_sync(cli)


# -- 4. a wedged profile ----------------------------------------------------------------

@pytest.mark.parametrize("shape", ["sync_token_number", "sync_token_empty",
                                   "connections_not_list", "person_without_resource_name",
                                   "person_without_etag"])
def test_an_answer_of_the_wrong_shape_fails_the_run_and_stores_nothing(cli: Cli,
                                                                       shape: str) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.add_crm("Martin", "m@ex.fr")
    [name] = cli.google()  # a change in Google, so the next read holds a contact
    cli.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        {"value": "06 11 22 33 44", "type": "mobile"}]})
    cli.sandbox.faults.configure(malformed_list_answer=shape)
    preview = cli.run("preview", "--json")
    assert preview.returncode == 1 and "cannot use" in preview.stderr
    assert cli.sandbox.faults.fired().get("malformed_answer") == 1
    code, run = cli.sync()  # Google answers normally again: nothing wedged
    assert (code, run["status"], run["applied"]) == (
        0, "ok", {"google_created": 1, "crm_updated": 1})
    assert cli.crm()[crm_id].record.personal_mobile == "06 11 22 33 44"
    in_sync(cli)


def test_a_sync_token_google_calls_not_valid_means_a_full_read(cli: Cli) -> None:
    cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    state = next(cli.home.rglob("state-*.sqlite3"))
    with sqlite3.connect(state) as conn:  # what an older version let in
        conn.execute("UPDATE meta SET value = '12345' WHERE key = 'sync_token'")
    cli.add_crm("Martin", "m@ex.fr")
    code, run = cli.sync()
    assert (code, run["status"], run["applied"]) == (0, "ok", {"google_created": 1})
    in_sync(cli)


# -- 5. a colleague edits a contact while the sync writes -------------------------------

def test_a_crm_edit_during_the_run_re_plans_the_batch_creates_included(cli: Cli) -> None:
    crm_id = synced_then_a_phone_in_google(cli)
    for i in range(3):  # CRM creates in the same batch as the update
        cli.sandbox.admin.seed_contacts([{"names": [{"givenName": "G", "familyName": f"N{i}"}],
                                          "emailAddresses": [{"value": f"g{i}@ex.fr"}]}])
    cli.add_crm("Martin", "m@ex.fr")  # a Google create: the window for the colleague
    process = sync_slowed_at_its_google_creates(cli)
    cli.edit_crm(crm_id, home_city="Lyon")  # after the run's CRM read, before its writes
    out, err = process.communicate(timeout=120)
    run = json.loads(out)
    assert (process.returncode, run["status"], run["errors"]) == (0, "ok", []), err
    assert run["applied"]["crm_created"] == 3 and run["applied"]["replanned"] == 1
    assert run["applied"]["crm_updated"] == 1
    contact = cli.crm()[crm_id].record
    assert (contact.personal_mobile, contact.home_address.city) == ("06 11 22 33 44", "Lyon")
    assert len(cli.crm()) == 5
    in_sync(cli)  # the colleague's city went to Google in the same run


def test_a_colleague_editing_without_pause_never_hangs_the_run(cli: Cli) -> None:
    crm_id = synced_then_a_phone_in_google(cli)
    stop = threading.Event()

    def colleague() -> None:  # saves the contact again and again, as fast as SQLite lets
        conn = sqlite3.connect(cli.crm_path, isolation_level=None, timeout=30)
        n = 0
        while not stop.is_set():
            n += 1
            conn.execute("UPDATE contact SET tags = ?, updated_at = ? WHERE id = ?",
                         (f"appel {n}", f"2026-12-01T10:00:{n % 60:02d}.{n % 1000:03d}Z",
                          crm_id))
            time.sleep(0.0005)
        conn.close()

    thread = threading.Thread(target=colleague)
    thread.start()
    try:
        started = time.monotonic()
        code, run = cli.sync()
    finally:
        stop.set()
        thread.join()
    assert time.monotonic() - started < 100  # a sanity bound: it ends
    # Either it slipped between two edits, or it gave up on that contact: never "ok"
    # with the Google phone missing from the CRM.
    if run["status"] == "ok":
        assert cli.crm()[crm_id].record.personal_mobile == "06 11 22 33 44"
    else:
        assert (code, run["status"]) == (1, "partial")
        assert [(e["crm_id"], e["reason_code"]) for e in run["errors"]] == [
            (crm_id, "replan_limit")]


def synced_then_a_phone_in_google(cli: Cli) -> int:
    """A contact synced, then given a mobile in Google: the next run writes the CRM."""
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    [name] = cli.google()
    cli.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        {"value": "06 11 22 33 44", "type": "mobile"}]})
    return crm_id


def sync_slowed_at_its_google_creates(cli: Cli) -> subprocess.Popen[str]:
    """``sync --yes --json`` started, returned once it sends its Google creates (slowed
    down): its CRM read is done, its CRM writes are still to come."""
    cli.sandbox.faults.configure(latency_ms=1500, methods=["people.batchCreateContacts"])
    cli.sandbox.admin.reset_counts()
    process = subprocess.Popen([sys.executable, "-m", "crmsync_gui.cli.main", "sync",
                                "--yes", "--json"], env=cli.env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: cli.sandbox.admin.counts().get("people.batchCreateContacts"))
    return process


def _wait_for(condition: Any, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)
