"""#16: deletions, unlink, ignore and restore never take a user's data with them (SPEC
R-S5, R-S7b, R-S9). Each case through ``crmsync`` against the sandbox."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person

from .cli_harness import LABEL, Cli, in_sync


def _by_email(cli: Cli, email: str) -> str | None:
    """The resource name of the Google contact holding ``email`` (None: none does)."""
    found = [name for name, person in cli.google().items()
             if email in record_from_person(person).emails()]
    assert len(found) <= 1, found  # never a duplicate
    return found[0] if found else None


def _crm_write(cli: Cli, kind: WriteKind, crm_id: int) -> None:
    with SqliteCrm(cli.crm_path) as crm:
        crm.apply([CrmWrite(kind, crm_id=crm_id)])


def _codes(items: list[dict[str, Any]]) -> dict[Any, str]:
    return {item.get("crm_id") or item.get("resource_name"): item["reason_code"]
            for item in items}


def _seed(cli: Cli, last: str, email: str, **more: Any) -> str:
    """A contact the owner made on the phone (not by the app, not in its label)."""
    [person] = cli.sandbox.admin.seed_contacts([{
        "names": [{"givenName": "Jean", "familyName": last}],
        "emailAddresses": [{"value": email}], **more}])
    return str(person["resourceName"])


def test_the_delete_policy_keeps_a_crm_contact_edited_since_the_last_sync(cli: Cli) -> None:
    edited = cli.add_crm("Dupont", "j@ex.fr")
    untouched = cli.add_crm("Martin", "m@ex.fr")
    for i in range(20):  # enough synced contacts that two deletions are no mass deletion
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    assert cli.sync()[0] == 0
    for name, person in cli.google().items():
        if person["emailAddresses"][0]["value"] in ("j@ex.fr", "m@ex.fr"):
            cli.sandbox.admin.delete_contact(name)  # deleted on the phone
    cli.edit_crm(edited, home_city="Lyon")  # while someone typed in the CRM
    done = cli.run("--deletions", "delete", "sync", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    crm = cli.crm()
    assert untouched not in crm  # unchanged: deleted as the policy says
    assert crm[edited].record.home_address.city == "Lyon"  # edited: kept, and said why
    reasons = {c["crm_id"]: (c["action"], c["reason_code"])
               for c in json.loads(done.stdout)["to_crm"]}
    assert reasons == {untouched: ("delete", "deleted_in_google"),
                       edited: ("keep", "kept_changed_after_google_deletion")}
    history = cli.history()[0]
    assert history["counts"] == {"crm_deleted": 1, "crm_kept": 1}


def test_a_crm_deletion_keeps_a_google_contact_given_a_birthday_on_the_phone(cli: Cli) -> None:
    """Issue #16, 1: a field the sync does not map (a birthday) counts as a change."""
    birthday, untouched = cli.add_crm("Dupont", "j@ex.fr"), cli.add_crm("Martin", "m@ex.fr")
    for i in range(20):  # two deletions among 22 synced contacts: no mass deletion
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    assert cli.sync()[0] == 0
    phone = _by_email(cli, "j@ex.fr")
    cli.sandbox.admin.patch_contact(phone, {"birthdays": [{"date": {"month": 5, "day": 14}}]})
    _crm_write(cli, WriteKind.DELETE, birthday)
    _crm_write(cli, WriteKind.DELETE, untouched)
    preview = cli.preview()
    assert [(c["crm_id"], c["action"]) for c in preview["to_google"]] == [(untouched, "delete")]
    assert _codes(preview["skipped"]) == {birthday: "skipped_changed_after_crm_deletion"}
    code, result = cli.sync()
    assert code == 0, result
    assert _by_email(cli, "m@ex.fr") is None  # unchanged: deleted, as before
    kept = cli.google()[phone]
    assert kept["birthdays"][0]["date"] == {"month": 5, "day": 14}


def test_a_deleted_google_contact_comes_back_whole_with_undo(cli: Cli) -> None:
    """Issue #16, 1: the journal keeps every field of a contact a sync deletes (read
    just before the delete); undo re-creates it whole, says the photo could not be put
    back, and restoring the CRM contact afterwards links it to the re-created one."""
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    for i in range(20):
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    assert cli.sync()[0] == 0
    phone = _by_email(cli, "j@ex.fr")
    extras = {"birthdays": [{"date": {"year": 1980, "month": 5, "day": 14}}],
              "nicknames": [{"value": "Jeannot"}],
              "urls": [{"value": "https://dupont.example", "type": "homePage"}],
              "biographies": [{"value": "Met at the fair", "contentType": "TEXT_PLAIN"}]}
    cli.sandbox.admin.patch_contact(phone, extras)
    cli.sandbox.admin.set_photo(phone, "https://lh3.googleusercontent.com/cm/jean")
    assert cli.sync()[0] == 0  # these are synced as they are: nothing of them is mapped
    _crm_write(cli, WriteKind.DELETE, crm_id)
    code, result = cli.sync()
    assert code == 0 and result["applied"]["google_deleted"] == 1, result
    assert _by_email(cli, "j@ex.fr") is None

    undone = cli.run("undo", "--yes")
    assert undone.returncode == 0, undone.stderr
    assert "photo could not be put back" in undone.stdout
    back = _by_email(cli, "j@ex.fr")
    assert back is not None and back != phone
    person = cli.google()[back]
    for key, value in extras.items():
        assert [{k: v for k, v in e.items() if k not in ("metadata", "formattedType")}
                for e in person[key]] \
            == value, key
    in_sync(cli)  # its CRM contact is still deleted: it stays out of the sync
    assert _by_email(cli, "j@ex.fr") == back

    _crm_write(cli, WriteKind.RESTORE, crm_id)
    cli.edit_crm(crm_id, home_city="Lyon")
    code, result = cli.sync()
    assert code == 0, result
    assert _by_email(cli, "j@ex.fr") == back  # linked to it again: no second copy
    assert record_from_person(cli.google()[back]).home_address.city == "Lyon"
    assert cli.google()[back]["nicknames"][0]["value"] == "Jeannot"
    in_sync(cli)


def test_unlink_keeps_the_pair_apart_for_every_matching_rule(cli: Cli) -> None:
    """Issue #16, 2: neither the clientData tag nor the email links them again."""
    made = cli.add_crm("Dupont", "j@ex.fr")  # created in Google by the app: tagged
    matched = cli.add_crm("Martin", "m@ex.fr")
    phone = _seed(cli, "Martin", "m@ex.fr")  # matched by email
    assert cli.sync()[0] == 0
    tagged = _by_email(cli, "j@ex.fr")
    for crm_id in (made, matched):
        assert cli.run("unlink", str(crm_id)).returncode == 0
        cli.edit_crm(crm_id, home_city="Lyon")
    preview = cli.preview()
    assert preview["to_google"] == [] and preview["to_crm"] == []
    assert _codes(preview["skipped"]) == {
        made: "skipped_unlinked_from_google", matched: "skipped_unlinked_from_google",
        tagged: "skipped_unlinked_from_crm", phone: "skipped_unlinked_from_crm"}
    code, _ = cli.sync()
    assert code == 0
    for name in (tagged, phone):
        assert record_from_person(cli.google()[name]).home_address.city == ""
    assert len(cli.google()) == 2 and len(cli.crm()) == 2

    assert cli.run("link", str(matched), phone).returncode == 0  # until linked again
    assert cli.sync()[0] == 0
    assert record_from_person(cli.google()[phone]).home_address.city == "Lyon"


def test_a_restored_crm_contact_links_again_to_its_detached_google_contact(
        cli: Cli) -> None:
    """Issue #16, 3: matched by email (not created by the app), deleted in the CRM: the
    pair is detached. Restored, with edits on both sides meanwhile: linked again with its
    old baseline, both edits kept — not skipped forever as "email already used"."""
    crm_id = cli.add_crm("Martin", "m@ex.fr")
    phone = _seed(cli, "Martin", "m@ex.fr")
    assert cli.sync()[0] == 0
    _crm_write(cli, WriteKind.DELETE, crm_id)
    code, result = cli.sync()
    assert code == 0 and result["applied"]["detached"] == 1, result
    assert phone in cli.google()  # not ours to delete

    _crm_write(cli, WriteKind.RESTORE, crm_id)
    cli.edit_crm(crm_id, home_city="Lyon")
    cli.sandbox.admin.patch_contact(phone, {"phoneNumbers": [{"value": "06 12 34 56 78",
                                                               "type": "mobile"}]})
    preview = cli.preview()
    assert not preview["skipped"], preview["skipped"]
    assert [c["action"] for c in (*preview["to_google"], *preview["to_crm"])] == [
        "update", "update"]
    assert cli.sync()[0] == 0
    assert record_from_person(cli.google()[phone]).home_address.city == "Lyon"
    assert cli.crm()[crm_id].record.personal_mobile == "06 12 34 56 78"
    assert len(cli.google()) == 1 and len(cli.crm()) == 1
    in_sync(cli)


def test_an_email_only_an_ignored_google_contact_holds_is_a_possible_match(
        cli: Cli) -> None:
    """Issue #16: ignored contacts take no part in matching; a CRM contact whose email
    only an ignored Google contact holds is shown as a possible match, never created."""
    phone = _seed(cli, "Martin", "m@ex.fr")
    assert cli.run("ignore", "--google", phone).returncode == 0
    crm_id = cli.add_crm("Martin", "m@ex.fr")
    preview = cli.preview()
    assert preview["to_google"] == [] and preview["to_crm"] == []
    [possible] = preview["possible_matches"]
    assert (possible["crm_id"], possible["resource_name"], possible["reason_code"]) == (
        crm_id, phone, "possible_same_email_left_out")
    assert cli.sync()[0] == 0
    assert len(cli.google()) == 1  # no duplicate
    assert cli.run("link", str(crm_id), phone).returncode == 0
    cli.edit_crm(crm_id, home_city="Lyon")
    assert cli.sync()[0] == 0
    assert record_from_person(cli.google()[phone]).home_address.city == "Lyon"


def test_a_relink_clears_kept_after_a_google_deletion(cli: Cli) -> None:
    """Issue #16, 4: deleted on the phone, kept in the CRM; the person added again on the
    phone is matched by email, and the contact is synced again like any other."""
    crm_id = cli.add_crm("Martin", "m@ex.fr")
    assert cli.sync()[0] == 0
    cli.sandbox.admin.delete_contact(_by_email(cli, "m@ex.fr"))
    code, result = cli.sync()
    assert code == 0 and result["applied"]["crm_kept"] == 1, result
    [state] = (cli.home / "state").glob("state-*.sqlite3")

    def kept() -> list[int]:
        with sqlite3.connect(state) as conn:
            return [row[0] for row in conn.execute("SELECT crm_id FROM kept_deleted")]

    assert kept() == [crm_id]
    _seed(cli, "Martin", "m@ex.fr")
    assert cli.sync()[0] == 0  # linked by email: no longer "kept"
    assert kept() == []
    cli.edit_crm(crm_id, home_city="Lyon")  # a plain synced contact: its edits go out
    assert cli.sync()[1]["applied"] == {"google_updated": 1}
    assert record_from_person(cli.google()[_by_email(cli, "m@ex.fr")]).home_address.city \
        == "Lyon"


def test_linking_a_pair_linked_already_keeps_what_waits_to_sync(cli: Cli) -> None:
    """Found by the choices machine: `crmsync link` on a synced pair made a fresh link
    without a baseline, so an edit waiting on the phone became a first-sync conflict
    that the CRM's older value could win."""
    crm_id = cli.add_crm("Martin", "m@ex.fr")
    assert cli.sync()[0] == 0
    phone = _by_email(cli, "m@ex.fr")
    cli.sandbox.admin.patch_contact(phone, {"names": [{"givenName": "Béa",
                                                        "familyName": "Martin"}]})
    assert cli.run("link", str(crm_id), phone).returncode == 0
    preview = cli.preview()
    assert preview["conflicts"] == []
    assert cli.sync()[0] == 0
    assert cli.crm()[crm_id].record.first_name == "Béa"


def test_a_pair_unlinked_then_linked_again_merges_what_changed_meanwhile(cli: Cli) -> None:
    """Found by the choices machine: linked again after an unlink, the pair started over
    without a baseline, so a name typed on the phone meanwhile met the CRM's old one as
    a first-sync conflict, which the CRM could win. It keeps its baseline instead."""
    crm_id = cli.add_crm("Martin", "m@ex.fr")
    assert cli.sync()[0] == 0
    phone = _by_email(cli, "m@ex.fr")
    assert cli.run("unlink", str(crm_id)).returncode == 0
    cli.sandbox.admin.patch_contact(phone, {"names": [{"givenName": "Chloé",
                                                        "familyName": "Martin"}]})
    cli.edit_crm(crm_id, home_city="Lyon")
    assert cli.sync()[0] == 0  # apart: nothing crosses
    assert cli.crm()[crm_id].record.first_name == "Jean"
    assert cli.run("link", str(crm_id), phone).returncode == 0
    assert cli.preview()["conflicts"] == []
    assert cli.sync()[0] == 0
    assert cli.crm()[crm_id].record.first_name == "Chloé"
    assert record_from_person(cli.google()[phone]).home_address.city == "Lyon"
    in_sync(cli)


# -- found by the hostile review of #16 ------------------------------------------------


def _synced_with_fillers(cli: Cli, *people: tuple[str, str]) -> list[int]:
    """CRM contacts synced to Google, among 20 others (a deletion or two is no mass
    deletion)."""
    ids = [cli.add_crm(last, email) for last, email in people]
    for i in range(20):
        cli.add_crm(f"Nom{i}", f"n{i}@ex.fr")
    assert cli.sync()[0] == 0
    return ids


def test_an_undo_run_again_after_a_refusal_re_creates_each_contact_once(cli: Cli) -> None:
    alpha, beta = _synced_with_fillers(cli, ("Alpha", "a@ex.fr"), ("Beta", "b@ex.fr"))
    _crm_write(cli, WriteKind.DELETE, alpha)
    _crm_write(cli, WriteKind.DELETE, beta)
    assert cli.sync()[1]["applied"]["google_deleted"] == 2
    cli.sandbox.faults.configure(refuse_value="b@ex.fr",
                                 methods=["people.batchCreateContacts"])
    first = cli.run("undo", "--yes")
    assert first.returncode == 1, first.stdout
    assert "Undid run 2: 1 record put back." in first.stdout  # not Beta, refused
    cli.sandbox.faults.configure(refuse_value="", methods=None, lose_answer_count=1)
    second = cli.run("undo", "--yes")  # its answer lost too: found by its marker
    assert second.returncode == 0, second.stdout + second.stderr
    assert cli.google_emails().count("a@ex.fr") == 1
    assert cli.google_emails().count("b@ex.fr") == 1


def test_an_undo_re_creates_a_contact_whose_label_was_deleted_since(cli: Cli) -> None:
    [crm_id] = _synced_with_fillers(cli, ("Dupont", "j@ex.fr"))
    _crm_write(cli, WriteKind.DELETE, crm_id)
    assert cli.sync()[1]["applied"]["google_deleted"] == 1
    cli.sandbox.admin.delete_group(LABEL)
    undone = cli.run("undo", "--yes")
    assert undone.returncode == 0, undone.stdout + undone.stderr
    assert cli.google_emails().count("j@ex.fr") == 1


def test_an_undo_does_not_re_create_a_contact_restored_and_synced_since(cli: Cli) -> None:
    [crm_id] = _synced_with_fillers(cli, ("Dupont", "j@ex.fr"))
    _crm_write(cli, WriteKind.DELETE, crm_id)
    assert cli.sync()[0] == 0  # deleted in Google
    _crm_write(cli, WriteKind.RESTORE, crm_id)
    assert cli.sync()[0] == 0  # sent to Google again, as a new contact
    again = _by_email(cli, "j@ex.fr")
    cli.sandbox.admin.patch_contact(again, {"birthdays": [{"date": {"month": 5, "day": 1}}]})
    assert cli.run("undo", "--yes").returncode == 0  # the re-send: changed since, kept
    second = cli.run("undo", "--yes")  # the deletion: its contact is synced again
    assert second.returncode == 0, second.stdout
    assert "not put back in Google" in second.stdout
    assert _by_email(cli, "j@ex.fr") == again


def test_unlinking_a_pair_matched_by_phone_creates_no_copy(cli: Cli) -> None:
    with SqliteCrm(cli.crm_path) as crm:
        [paul] = crm.apply([CrmWrite(WriteKind.CREATE, contact={
            "first_name": "Paul", "last_name": "Phone", "personal_mobile": "06 98 76 54 32"})])
    [phone] = cli.sandbox.admin.seed_contacts([{
        "names": [{"givenName": "Paul", "familyName": "Phone"}],
        "phoneNumbers": [{"value": "+33698765432", "type": "mobile"}]}])
    assert cli.run("link", str(paul.crm_id), phone["resourceName"]).returncode == 0
    assert cli.sync()[0] == 0
    assert cli.run("unlink", str(paul.crm_id)).returncode == 0
    code, result = cli.sync()
    assert code == 0 and result["applied"] == {}, result
    assert len(cli.google()) == 1 and len(cli.crm()) == 1


def test_the_delete_policy_keeps_a_crm_contact_whose_note_was_edited(cli: Cli) -> None:
    noted, plain = _synced_with_fillers(cli, ("Dupont", "j@ex.fr"), ("Martin", "m@ex.fr"))
    for email in ("j@ex.fr", "m@ex.fr"):
        cli.sandbox.admin.delete_contact(_by_email(cli, email))
    with SqliteCrm(cli.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=noted, note="Rappeler lundi")])
    done = cli.run("--deletions", "delete", "sync", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    reasons = {c["crm_id"]: c["reason_code"] for c in json.loads(done.stdout)["to_crm"]}
    assert reasons == {plain: "deleted_in_google",
                       noted: "kept_changed_after_google_deletion"}
    assert noted in cli.crm() and plain not in cli.crm()


def test_a_crm_deletion_deletes_a_contact_whose_email_was_only_relabelled(cli: Cli) -> None:
    [crm_id] = _synced_with_fillers(cli, ("Dupont", "j@ex.fr"))
    phone = _by_email(cli, "j@ex.fr")
    cli.sandbox.admin.patch_contact(phone, {"emailAddresses": [{"value": "j@ex.fr",
                                                                 "type": "work"}]})
    assert cli.sync()[0] == 0 and cli.preview()["skipped"] == []  # settled as it is
    _crm_write(cli, WriteKind.DELETE, crm_id)
    code, result = cli.sync()
    assert code == 0 and result["applied"].get("google_deleted") == 1, result


def test_syncing_again_a_contact_a_crm_deletion_detached_brings_its_crm_contact_back(
        cli: Cli) -> None:
    """Not a second CRM contact made from it: "sync again" on the Google contact that
    the deletion of its CRM contact detached restores that contact, linked again."""
    crm_id = cli.add_crm("Martin", "m@ex.fr")
    phone = _seed(cli, "Martin", "m@ex.fr")
    assert cli.sync()[0] == 0
    _crm_write(cli, WriteKind.DELETE, crm_id)
    assert cli.sync()[1]["applied"]["detached"] == 1
    cli.sandbox.admin.patch_contact(phone, {"addresses": [{"city": "Brest", "type": "home"}]})
    assert cli.run("ignore", "--undo", "--google", phone).returncode == 0
    assert cli.sync()[0] == 0
    assert list(cli.crm()) == [crm_id]
    assert cli.crm()[crm_id].record.home_address.city == "Brest"
    in_sync(cli)


# -- found by the second hostile review --------------------------------------------------


def test_a_pair_linked_then_unlinked_before_any_sync_creates_no_copy(cli: Cli) -> None:
    with SqliteCrm(cli.crm_path) as crm:
        [paul] = crm.apply([CrmWrite(WriteKind.CREATE, contact={
            "first_name": "Paul", "last_name": "Phone", "personal_mobile": "06 98 76 54 32"})])
    [phone] = cli.sandbox.admin.seed_contacts([{
        "names": [{"givenName": "Paul", "familyName": "Phone"}],
        "phoneNumbers": [{"value": "+33698765432", "type": "mobile"}]}])
    assert cli.run("link", str(paul.crm_id), phone["resourceName"]).returncode == 0
    assert cli.run("unlink", str(paul.crm_id)).returncode == 0
    code, result = cli.sync()
    assert code == 0 and result["applied"] == {}, result
    assert len(cli.google()) == 1 and len(cli.crm()) == 1


def test_an_undo_run_again_after_a_crash_re_creates_nothing_twice(cli: Cli) -> None:
    """Killed after its creates, an undo leaves no record of itself: what it brought back
    is found by the resource name each contact replaces (clientData), not made again."""
    alpha, beta = _synced_with_fillers(cli, ("Alpha", "a@ex.fr"), ("Beta", "b@ex.fr"))
    _crm_write(cli, WriteKind.DELETE, alpha)
    _crm_write(cli, WriteKind.DELETE, beta)
    assert cli.sync()[1]["applied"]["google_deleted"] == 2
    assert cli.run("undo", "--yes").returncode == 0
    [state] = (cli.home / "state").glob("state-*.sqlite3")
    with sqlite3.connect(state) as conn:  # as if it died before recording itself
        conn.execute("DELETE FROM run WHERE status LIKE 'undo of run %'")
    again = cli.run("undo", "--yes")
    assert again.returncode == 0, again.stdout + again.stderr
    assert cli.google_emails().count("a@ex.fr") == 1
    assert cli.google_emails().count("b@ex.fr") == 1


def test_a_backup_restore_after_an_undo_or_twice_re_creates_nothing_twice(cli: Cli) -> None:
    [crm_id] = _synced_with_fillers(cli, ("Alpha", "a@ex.fr"))
    _crm_write(cli, WriteKind.DELETE, crm_id)
    code, result = cli.sync()
    assert code == 0 and result["applied"]["google_deleted"] == 1
    backup = max(p.name for p in (cli.home / "backups").iterdir())  # before deletions
    assert cli.run("undo", "--yes").returncode == 0  # back once
    for _ in range(2):
        restored = cli.run("restore", backup, "--google-only")
        assert restored.returncode == 0, restored.stdout + restored.stderr
    assert cli.google_emails().count("a@ex.fr") == 1


def test_a_contact_unlinked_from_its_pair_stays_held_when_the_other_is_deleted(
        cli: Cli) -> None:
    """Unlinked, then deleted on one side: the other is not made a new contact on the
    side the user deleted it from. `ignore --undo` lets it go on its own."""
    kept, dropped = _synced_with_fillers(cli, ("Dupont", "j@ex.fr"), ("Martin", "m@ex.fr"))
    phone = _by_email(cli, "m@ex.fr")
    for crm_id in (kept, dropped):
        assert cli.run("unlink", str(crm_id)).returncode == 0
    cli.sandbox.admin.delete_contact(_by_email(cli, "j@ex.fr"))  # on the phone
    _crm_write(cli, WriteKind.DELETE, dropped)  # in the CRM
    code, result = cli.sync()
    assert code == 0 and result["applied"] == {}, result
    assert _by_email(cli, "j@ex.fr") is None and dropped not in cli.crm()
    assert _codes(cli.preview()["skipped"]) == {
        kept: "skipped_unlinked_from_google", phone: "skipped_unlinked_from_crm"}
    assert cli.run("ignore", "--undo", "--crm", str(kept)).returncode == 0
    code, result = cli.sync()
    assert code == 0 and result["applied"] == {"google_created": 1}, result
