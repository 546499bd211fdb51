"""#15: undo reverts exactly what a run wrote, and never loses what a user typed
(SPEC R-S7, R-S7b). Each case through ``crmsync`` against the sandbox."""

from __future__ import annotations

import json
import re
import sqlite3

from crmsync_gui.google.person import record_from_person

from .cli_harness import Cli, in_sync


def first_names(cli: Cli) -> tuple[str, str]:
    [crm] = cli.crm().values()
    [person] = cli.google().values()
    return crm.record.first_name, record_from_person(person).first_name


def changed_fields(preview: dict, side: str) -> set[str]:
    return {name for change in preview[side] for name in change["fields"]}


def test_undo_asks_names_the_run_and_exits_3_without_a_terminal(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, home_city="Lyon")
    assert cli.sync()[0] == 0
    asked = cli.run("undo")
    assert asked.returncode == 3 and "--yes" in asked.stderr
    assert re.search(r"Undoing run 2 of \d{4}-\d\d-\d\d \d\d:\d\d", asked.stdout)
    assert "Google: 1 contact changed back, 0 deleted, 0 re-created" in asked.stdout
    assert "CRM: 0 contacts changed back" in asked.stdout
    [person] = cli.google().values()
    assert record_from_person(person).home_address.city == "Lyon"  # nothing done yet
    done = cli.run("undo", "--yes")
    assert done.returncode == 0 and "Undid run 2" in done.stdout
    [person] = cli.google().values()
    assert record_from_person(person).home_address.city == ""


def test_undo_keeps_edits_made_after_the_run_pending(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, home_city="Lyon")
    assert cli.sync()[0] == 0  # run N writes the city to Google
    cli.edit_crm(crm_id, home_phone="01 42 00 00 00")  # typed in the CRM since
    [name] = cli.google()
    cli.sandbox.admin.patch_contact(name, {"phoneNumbers": [  # typed on the phone since
        {"value": "06 11 22 33 44", "type": "mobile"}]})
    done = cli.run("undo", "--yes")
    assert done.returncode == 0, done.stderr
    assert "left alone" not in done.stdout  # it never wrote a phone: nothing to say
    preview = cli.preview()
    assert changed_fields(preview, "to_crm") == {"personal_mobile"}
    assert changed_fields(preview, "to_google") == {"home_phone", "home_address"}
    assert cli.sync()[0] == 0
    in_sync(cli)
    contact = cli.crm()[crm_id].record
    assert (contact.home_phone, contact.personal_mobile) == ("01 42 00 00 00",
                                                             "06 11 22 33 44")


def test_two_undos_never_lose_a_name_typed_in_between(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, first_name="Jean-Marc")
    assert cli.sync()[0] == 0  # run A: Jean-Marc to Google
    [name] = cli.google()
    cli.sandbox.admin.patch_contact(name, {"names": [
        {"givenName": "Jean-Marie", "familyName": "Dupont"}]})
    assert cli.sync()[0] == 0  # run B: Jean-Marie to the CRM
    assert first_names(cli) == ("Jean-Marie", "Jean-Marie")
    assert cli.run("undo", "--yes").returncode == 0  # B: the CRM back to Jean-Marc
    assert first_names(cli) == ("Jean-Marc", "Jean-Marie")
    second = cli.run("undo", "--yes")  # A: Google holds Jean-Marie, not what A wrote
    assert second.returncode == 0 and "left alone" in second.stdout
    assert first_names(cli) == ("Jean-Marc", "Jean-Marie")
    assert changed_fields(cli.preview(), "to_crm") == {"first_name"}  # still pending
    third = cli.run("undo", "--yes")  # the first sync: nothing of it is left to revert
    assert "Jean-Marie" in first_names(cli)
    assert third.returncode == 0


def test_undo_puts_back_only_the_note_block_never_later_text(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    with sqlite3.connect(cli.crm_path) as conn:
        conn.execute("UPDATE contact SET note = 'Client depuis 2019.' WHERE id = ?",
                     (crm_id,))
    assert cli.sync()[0] == 0
    [name] = cli.google()
    cli.sandbox.admin.patch_contact(name, {"organizations": [
        {"name": "ACME", "title": "Gérante"}]})
    assert cli.sync()[0] == 0  # the block lands in the note
    note = cli.crm()[crm_id].note
    assert "Société : ACME" in note
    with sqlite3.connect(cli.crm_path) as conn:  # the user adds a remark afterwards
        conn.execute("UPDATE contact SET note = ? WHERE id = ?",
                     (note + "\nRappeler lundi.", crm_id))
    assert cli.run("undo", "--yes").returncode == 0
    after = cli.crm()[crm_id].note
    assert "Client depuis 2019." in after and "Rappeler lundi." in after
    assert "ACME" not in after


def test_undo_after_a_conflict_choice_shows_the_conflict_again(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, home_city="Lyon")
    [name] = cli.google()
    cli.sandbox.admin.patch_contact(name, {"addresses": [{"city": "Brest", "type": "home"}]})
    done = cli.run("--conflicts", "google", "sync", "--yes")  # "keep the Google value"
    assert done.returncode == 0, done.stderr
    assert cli.crm()[crm_id].record.home_address.city == "Brest"
    assert cli.run("undo", "--yes").returncode == 0
    assert cli.crm()[crm_id].record.home_address.city == "Lyon"
    preview = cli.run("--conflicts", "ask", "preview", "--json")
    [conflict] = json.loads(preview.stdout)["conflicts"]
    assert (conflict["fields"], conflict["resolution"]) == (
        {"home_address": {"crm": "Lyon", "google": "Brest"}}, None)
    assert cli.sync()[0] == 0  # newest wins (the CRM, put back last): both equal
    in_sync(cli)
    [person] = cli.google().values()
    assert record_from_person(person).home_address.city == \
        cli.crm()[crm_id].record.home_address.city


def test_history_of_one_run_lists_each_contact_with_what_was_written(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    refused = cli.add_crm("Refusé", "refuse-me@ex.fr")
    cli.sandbox.faults.configure(refuse_value="refuse-me@ex.fr")
    assert cli.sync()[0] == 1  # partial
    cli.sandbox.faults.reset()
    cli.edit_crm(crm_id, home_city="Lyon", home_phone="01 42 00 00 00")
    assert cli.sync()[0] == 0
    [first, second] = sorted(run["run_id"] for run in cli.history())
    rows = json.loads(cli.run("history", "--run", str(first), "--json").stdout)
    assert [(r["action"], r["side"], r["crm_id"], r["name"], r["status"], r["reason_code"])
            for r in rows] == [
        ("create", "google", crm_id, "Jean Dupont", "written", None),
        ("", "google", refused, "Jean Refusé", "not_synced", "google_refused")]
    assert {"last_name", "first_name", "personal_email"} <= set(rows[0]["fields"])
    rows = json.loads(cli.run("history", "--run", str(second), "--json").stdout)
    assert sorted((r["action"], r["crm_id"]) for r in rows) == [
        ("create", refused), ("update", crm_id)]  # the refused one, no longer refused
    [row] = [r for r in rows if r["action"] == "update"]
    assert row["fields"] == ["home_phone", "home_address"]
    table = cli.run("history", "--run", str(second))
    assert "home_phone, home_address" in table.stdout and "written" in table.stdout
    missing = cli.run("history", "--run", "99")
    assert missing.returncode == 1 and "no run 99" in missing.stderr


def test_a_create_undone_leaves_its_source_not_synced_until_synced_again(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    assert cli.run("undo", "--yes").returncode == 0  # the Google copy goes away
    assert cli.google() == {}
    assert cli.sync()[0] == 0 and cli.google() == {}  # not sent again by itself
    again = cli.run("ignore", "--crm", str(crm_id), "--undo")
    assert again.returncode == 0 and "synced again" in again.stdout
    assert cli.sync()[1]["applied"] == {"google_created": 1}
    assert cli.google_emails() == ["j@ex.fr"]


def test_a_created_contact_given_a_note_or_more_since_is_not_removed(cli: Cli) -> None:
    cli.sandbox.admin.seed_contacts([{"names": [{"givenName": "Zoé", "familyName": "G"}],
                                      "emailAddresses": [{"value": "z@ex.fr"}]}])
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0  # Zoé created in the CRM, Dupont in Google
    [zoe] = [c for c in cli.crm().values() if c.crm_id != crm_id]
    with sqlite3.connect(cli.crm_path) as conn:  # typed in the CRM on the new contact
        conn.execute("UPDATE contact SET note = 'Allergique aux noix', tags = 'vip' "
                     "WHERE id = ?", (zoe.crm_id,))
    [dupont] = [n for n, p in cli.google().items()
                if record_from_person(p).last_name == "Dupont"]
    cli.sandbox.admin.patch_contact(dupont, {"biographies": [  # typed on the phone
        {"value": "Code portail 4521B", "contentType": "TEXT_PLAIN"}]})
    done = cli.run("undo", "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("changed in") >= 2  # both left alone, and said
    assert cli.crm()[zoe.crm_id].note == "Allergique aux noix"
    assert dupont in cli.google()


def test_an_undo_whose_answer_is_lost_still_resets_the_pair(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, home_city="Lyon")
    assert cli.sync()[0] == 0
    cli.sandbox.faults.configure(lose_answer_count=1, methods=["people.batchUpdateContacts"])
    done = cli.run("undo", "--yes")
    assert done.returncode == 0 and "problem" not in done.stdout, done.stdout
    cli.sandbox.faults.reset()
    assert changed_fields(cli.preview(), "to_google") == {"home_address"}  # pending again
    assert cli.sync()[0] == 0
    assert cli.crm()[crm_id].record.home_address.city == "Lyon"  # never lost


def test_a_write_landed_under_a_lost_answer_is_journaled_and_undone(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, home_city="Lyon")
    cli.sandbox.faults.configure(lose_answer_count=1, methods=["people.batchUpdateContacts"])
    assert cli.sync()[0] == 0
    cli.sandbox.faults.reset()
    [row] = json.loads(cli.run("history", "--run", "2", "--json").stdout)
    assert (row["action"], row["fields"]) == ("update", ["home_address"])
    done = cli.run("undo", "--yes")
    assert "Undid run 2" in done.stdout
    [person] = cli.google().values()
    assert record_from_person(person).home_address.city == ""


def test_an_undo_google_refuses_stays_to_finish_and_says_so(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    cli.edit_crm(crm_id, first_name="Bravo")
    assert cli.sync()[0] == 0
    cli.sandbox.faults.configure(refuse_value="Dupont")
    refused = cli.run("undo", "--yes")
    assert refused.returncode == 1 and "problem" in refused.stdout
    assert cli.history()[0]["status"] == "partial undo of run 2"
    cli.sandbox.faults.reset()
    again = cli.run("undo", "--yes")  # run 2 again, not run 1
    assert again.returncode == 0 and "Undid run 2" in again.stdout
    assert first_names(cli) == ("Bravo", "Jean")


def test_undoing_a_note_block_offers_it_again(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    assert cli.sync()[0] == 0
    [name] = cli.google()
    cli.sandbox.admin.patch_contact(name, {"organizations": [{"name": "ACME"}]})
    assert cli.sync()[0] == 0
    assert "ACME" in cli.crm()[crm_id].note
    assert cli.run("undo", "--yes").returncode == 0
    assert "ACME" not in cli.crm()[crm_id].note
    [change] = cli.preview()["to_crm"]  # as before the run: the block to write
    assert "company_name" in change["fields"]
