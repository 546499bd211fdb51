"""CRM tags ↔ Google labels (R-S13, issue #22), through `crmsync` against the sandbox.

Each test runs the real CLI in its own process, as a user does, on address books
shaped like real ones: labels in other cases, a label named like the app's own, a label
with a comma, labels renamed and deleted on the phone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crmsync_gui.core.tags import split_tag_names, tag_key
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person

from .cli_harness import LABEL, Cli, in_sync, signed_in_cli


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    yield from signed_in_cli(tmp_path)


def groups(cli: Cli) -> dict[str, str]:
    """Label resource name → name (user labels and system groups)."""
    return {g["resourceName"]: g.get("name", "") for g in cli.sandbox.admin.dump()["groups"]}


def labels_of(cli: Cli, person: dict[str, Any]) -> set[str]:
    names = groups(cli)
    return {names[m["contactGroupMembership"]["contactGroupResourceName"]]
            for m in person.get("memberships", [])}


def user_labels(cli: Cli, person: dict[str, Any]) -> set[str]:
    return labels_of(cli, person) - {LABEL, "myContacts", "starred"}


def only_person(cli: Cli) -> dict[str, Any]:
    [person] = cli.google().values()
    return person


def tag_keys(value: str) -> set[str]:
    return {tag_key(name) for name in split_tag_names(value)}


def set_labels(cli: Cli, person: dict[str, Any], names: set[str]) -> None:
    """The user puts the contact in exactly these labels on the phone (created as
    needed), leaving My Contacts and the app's label as they are."""
    by_name = {name: resource for resource, name in groups(cli).items()}
    for name in names - set(by_name):
        by_name[name] = cli.sandbox.admin.create_group(name)["resourceName"]
    kept = [m for m in person.get("memberships", [])
            if groups(cli)[m["contactGroupMembership"]["contactGroupResourceName"]]
            in {"myContacts", LABEL}]
    cli.sandbox.admin.patch_contact(person["resourceName"], {"memberships": [
        *kept, *({"contactGroupMembership": {"contactGroupResourceName": by_name[n]}}
                 for n in sorted(names))]})


def synced(cli: Cli) -> dict[str, Any]:
    code, run = cli.sync()
    assert (code, run["status"]) == (0, "ok"), run
    return run


def test_tags_become_labels_and_labels_become_tags_both_ways(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr", tags="VIP, Fournisseur")
    synced(cli)
    person = only_person(cli)
    assert user_labels(cli, person) == {"VIP", "Fournisseur"}
    assert LABEL in labels_of(cli, person) and "myContacts" in labels_of(cli, person)
    in_sync(cli)

    # A label added on the phone is a tag after the next sync; the preview says so.
    set_labels(cli, person, {"VIP", "Fournisseur", "Salon 2025"})
    [change] = cli.preview()["to_crm"]
    assert change["fields"]["tags"]["added"] == ["Salon 2025"]
    assert change["fields"]["tags"]["removed"] == []
    text = cli.run("preview")
    assert "tags: +Salon 2025" in text.stdout, text.stdout
    synced(cli)
    assert tag_keys(cli.crm()[crm_id].tags) == {"vip", "fournisseur", "salon 2025"}
    assert cli.crm()[crm_id].tags == "VIP, Fournisseur, Salon 2025"
    in_sync(cli)

    # Removing either removes the other.
    cli.edit_crm(crm_id, tags="VIP, Salon 2025")
    synced(cli)
    assert user_labels(cli, only_person(cli)) == {"VIP", "Salon 2025"}
    set_labels(cli, only_person(cli), {"Salon 2025"})
    synced(cli)
    assert cli.crm()[crm_id].tags == "Salon 2025"
    in_sync(cli)
    # Still in My Contacts through all those writes: never seen as a deletion.
    assert "myContacts" in labels_of(cli, only_person(cli))
    assert len(cli.crm()) == 1


def test_a_new_google_contact_brings_its_labels_as_tags(cli: Cli) -> None:
    vip = cli.sandbox.admin.create_group("VIP")["resourceName"]
    cli.sandbox.admin.seed_contacts([{
        "names": [{"familyName": "Martin"}],
        "emailAddresses": [{"value": "m@ex.fr", "type": "home"}],
        "memberships": [{"contactGroupMembership": {"contactGroupResourceName": vip}}]}])
    synced(cli)
    [contact] = cli.crm().values()
    assert contact.tags == "VIP"
    in_sync(cli)


def test_tags_added_on_both_sides_land_once_in_the_existing_label(cli: Cli) -> None:
    # Google has "vip" (lower case) already; the CRM says "VIP": no second label.
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    synced(cli)
    cli.edit_crm(crm_id, tags="VIP")
    set_labels(cli, only_person(cli), {"vip"})
    synced(cli)
    names = [n for n in groups(cli).values() if tag_key(n) == "vip"]
    assert names == ["vip"]
    assert user_labels(cli, only_person(cli)) == {"vip"}
    assert tag_keys(cli.crm()[crm_id].tags) == {"vip"}
    in_sync(cli)


def test_a_tag_goes_to_the_label_of_its_exact_name_among_case_twins(cli: Cli) -> None:
    cli.sandbox.admin.create_group("Vip")
    cli.sandbox.admin.create_group("VIP")
    cli.add_crm("Dupont", "j@ex.fr", tags="VIP")
    synced(cli)
    assert user_labels(cli, only_person(cli)) == {"VIP"}
    assert sorted(n for n in groups(cli).values() if tag_key(n) == "vip") == ["VIP", "Vip"]


def test_names_that_cannot_be_labels_stay_in_the_crm(cli: Cli) -> None:
    # The app's own label and Google's system groups are never tags: not sent, and no
    # label of that name is made.
    crm_id = cli.add_crm("Dupont", "j@ex.fr", tags=f"{LABEL.lower()}, Starred, Client")
    synced(cli)
    assert user_labels(cli, only_person(cli)) == {"Client"}
    assert sorted(n for n in groups(cli).values() if tag_key(n) == "starred") == ["starred"]
    in_sync(cli)
    assert tag_keys(cli.crm()[crm_id].tags) == {"simple crm", "starred", "client"}


def test_a_label_with_a_comma_is_not_a_tag(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    synced(cli)
    set_labels(cli, only_person(cli), {"Paris, Lyon", "VIP"})
    # The preview says why that label is not synced, as a note, not a pending item.
    assert [n["reason_code"] for n in cli.preview()["notes"]] == ["label_not_a_tag"]
    assert "Note: The label 'Paris, Lyon' is not synced as a tag" in cli.run(
        "preview").stdout
    synced(cli)
    assert cli.crm()[crm_id].tags == "VIP"
    in_sync(cli)
    # The sync's own writes keep the contact in that label.
    cli.edit_crm(crm_id, tags="VIP, Nord")
    synced(cli)
    assert user_labels(cli, only_person(cli)) == {"Paris, Lyon", "VIP", "Nord"}


def test_a_label_renamed_in_google_renames_the_tag(cli: Cli) -> None:
    first = cli.add_crm("Dupont", "j@ex.fr", tags="VIP, Nord")
    second = cli.add_crm("Durand", "d@ex.fr", tags="VIP")
    synced(cli)
    cli.sandbox.admin.rename_group("VIP", "Clients VIP")
    # The preview says it once for the label, then one row per contact.
    preview = cli.preview()
    assert [(n["reason_code"], n["reason_args"]["count"]) for n in preview["notes"]] == [
        ("label_renamed_tag_renamed", 2)]
    assert len(preview["to_crm"]) == 2
    synced(cli)
    crm = cli.crm()
    assert tag_keys(crm[first].tags) == {"clients vip", "nord"}
    assert crm[second].tags == "Clients VIP"
    assert [n for n in groups(cli).values() if "vip" in n.lower()] == ["Clients VIP"]
    in_sync(cli)


def test_a_label_deleted_in_google_removes_the_tag(cli: Cli) -> None:
    first = cli.add_crm("Dupont", "j@ex.fr", tags="VIP, Nord")
    second = cli.add_crm("Durand", "d@ex.fr", tags="VIP")
    synced(cli)
    cli.sandbox.admin.delete_group("VIP")
    assert "Note: The label 'VIP' was deleted in Google: the tag is removed from 2 " \
        "contacts in the CRM." in cli.run("preview").stdout
    synced(cli)
    crm = cli.crm()
    assert (crm[first].tags, crm[second].tags) == ("Nord", "")
    in_sync(cli)


def test_a_label_google_refuses_is_reported_not_called_success(cli: Cli) -> None:
    # Google refuses to create one tag's label: that contact's write is reported (and
    # planned again next run), the others land; the run is never "ok".
    refused = cli.add_crm("Dupont", "j@ex.fr", tags="Interdit, VIP")
    landed = cli.add_crm("Durand", "d@ex.fr", tags="VIP")
    cli.sandbox.admin.set_faults(refuse_value="Interdit", methods=["contactGroups.create"])
    code, run = cli.sync()
    assert (code, run["status"]) == (1, "partial"), run
    assert [e["crm_id"] for e in run["errors"]] == [refused]
    [person] = cli.google().values()
    assert user_labels(cli, person) == {"VIP"}
    cli.sandbox.admin.set_faults(reset=True)
    synced(cli)
    assert len(cli.google()) == 2 and landed in cli.crm()
    assert {frozenset(user_labels(cli, p)) for p in cli.google().values()} == {
        frozenset({"VIP"}), frozenset({"VIP", "Interdit"})}
    in_sync(cli)


def test_undo_puts_tags_and_labels_back_both_ways(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr", tags="VIP")
    synced(cli)
    cli.edit_crm(crm_id, tags="VIP, Nord")  # run 2 adds the label Nord in Google
    set_labels(cli, only_person(cli), {"VIP", "Salon"})  # … and the tag Salon in the CRM
    synced(cli)
    assert user_labels(cli, only_person(cli)) == {"VIP", "Nord", "Salon"}
    assert tag_keys(cli.crm()[crm_id].tags) == {"vip", "nord", "salon"}
    done = cli.run("undo", "--yes")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "left alone" not in done.stdout, done.stdout
    # Each side as it was before run 2: the edits made before it stay, pending again.
    assert user_labels(cli, only_person(cli)) == {"VIP", "Salon"}
    assert tag_keys(cli.crm()[crm_id].tags) == {"vip", "nord"}
    assert "myContacts" in labels_of(cli, only_person(cli))


def test_undo_leaves_a_label_changed_since_alone(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr", tags="VIP")
    synced(cli)
    cli.edit_crm(crm_id, tags="VIP, Nord")
    synced(cli)
    set_labels(cli, only_person(cli), {"VIP", "Nord", "Sud"})  # the phone, since
    done = cli.run("undo", "--yes")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "changed in Google since; left as is" in done.stdout, done.stdout
    assert user_labels(cli, only_person(cli)) == {"VIP", "Nord", "Sud"}


# -- syncing only part of the address book (--only-tag, the setting only_tag) ---------

def test_only_tag_syncs_exactly_that_part_both_ways(cli: Cli) -> None:
    vip = cli.add_crm("Dupont", "vip@ex.fr", tags="VIP, Fournisseur")
    supplier = cli.add_crm("Durand", "sup@ex.fr", tags="Fournisseur")
    label = cli.sandbox.admin.create_group("VIP")["resourceName"]
    cli.sandbox.admin.seed_contacts([
        {"names": [{"familyName": "Phone-VIP"}],
         "emailAddresses": [{"value": "pvip@ex.fr", "type": "home"}],
         "memberships": [{"contactGroupMembership": {"contactGroupResourceName": label}}]},
        {"names": [{"familyName": "Famille"}],
         "emailAddresses": [{"value": "fam@ex.fr", "type": "home"}]}])
    done = cli.run("--only-tag", "VIP", "sync", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    emails = cli.google_emails()
    assert "vip@ex.fr" in emails and "sup@ex.fr" not in emails  # the supplier stays off
    crm = {c.record.personal_email: c for c in cli.crm().values()}
    assert set(crm) == {"vip@ex.fr", "sup@ex.fr", "pvip@ex.fr"}  # the family stays off
    assert crm["pvip@ex.fr"].tags == "VIP"  # came in with the tag
    assert crm["vip@ex.fr"].crm_id == vip and supplier in cli.crm()
    person = next(p for p in cli.google().values()
                  if record_from_person(p).personal_email == "vip@ex.fr")
    assert user_labels(cli, person) == {"VIP", "Fournisseur"}
    preview = json_preview(cli, "--only-tag", "VIP")
    assert (preview["to_google"], preview["to_crm"]) == ([], [])


def test_a_contact_leaving_the_scope_is_detached_not_deleted(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "vip@ex.fr", tags="VIP")
    cli.settings(only_tag="VIP")
    synced(cli)
    [name] = cli.google()
    cli.edit_crm(crm_id, tags="")  # no longer VIP
    [change] = cli.preview()["to_google"]
    assert change["reason_code"] == "leaves_scope"
    synced(cli)
    assert user_labels(cli, cli.google()[name]) == set()  # out of the label, still there
    cli.edit_crm(crm_id, home_city="Lyon")  # outside the scope: not synced
    in_sync(cli)
    cli.edit_crm(crm_id, tags="VIP")  # back in: synced again, same contact
    synced(cli)
    assert list(cli.google()) == [name]
    assert record_city(cli.google()[name]) == "Lyon"


def test_only_tag_and_label_only_exclude_each_other(cli: Cli) -> None:
    cli.settings(sync_label_only=True)
    done = cli.run("--only-tag", "VIP", "preview")
    assert done.returncode == 2
    assert "only_tag and sync_label_only exclude each other" in done.stderr
    done = cli.run("--only-tag", "A, B", "preview")
    assert done.returncode == 2


def test_deleting_the_scope_label_asks_before_removing_the_tag(cli: Cli) -> None:
    first = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    cli.add_crm("Durand", "b@ex.fr", tags="VIP, Nord")
    cli.settings(only_tag="VIP")
    synced(cli)
    cli.sandbox.admin.delete_group("VIP")
    code, run = cli.sync()
    assert code == 3, run
    assert "remove the tag from 2 contacts" in cli.run("sync", "--yes").stderr
    assert cli.crm()[first].tags == "VIP"  # nothing done yet
    done = cli.run("sync", "--yes", "--confirm-deletions")
    assert done.returncode == 0, done.stdout + done.stderr
    assert {c.tags for c in cli.crm().values()} == {"", "Nord"}


def json_preview(cli: Cli, *options: str) -> dict[str, Any]:
    done = cli.run(*options, "preview", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def record_city(person: dict[str, Any]) -> str:
    return record_from_person(person).home_address.city



# -- found by the hostile review of #22 -------------------------------------------------

def by_email(cli: Cli) -> dict[str, dict[str, Any]]:
    return {record_from_person(p).personal_email: p for p in cli.google().values()}


def crm_by_email(cli: Cli) -> dict[str, Any]:
    return {c.record.personal_email: c for c in cli.crm().values()}


def test_a_label_renamed_into_a_tag_name_becomes_a_tag_and_keeps_its_members(
        cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    synced(cli)
    set_labels(cli, only_person(cli), {"Paris, Lyon", "VIP"})
    synced(cli)
    cli.sandbox.admin.rename_group("Paris, Lyon", "Paris-Lyon")
    synced(cli)
    assert tag_keys(cli.crm()[crm_id].tags) == {"vip", "paris-lyon"}
    cli.edit_crm(crm_id, tags=cli.crm()[crm_id].tags + ", Nord")
    synced(cli)
    assert user_labels(cli, only_person(cli)) == {"VIP", "Paris-Lyon", "Nord"}
    in_sync(cli)


def test_two_labels_differing_by_case_both_stay_through_a_tags_write(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "j@ex.fr")
    synced(cli)
    set_labels(cli, only_person(cli), {"VIP", "Vip"})
    synced(cli)
    cli.edit_crm(crm_id, tags=cli.crm()[crm_id].tags + ", Nord")
    synced(cli)
    assert user_labels(cli, only_person(cli)) == {"VIP", "Vip", "Nord"}
    in_sync(cli)


def test_a_user_label_named_like_a_google_group_is_no_tag_either_way(cli: Cli) -> None:
    family = cli.sandbox.admin.create_group("Family")["resourceName"]
    cli.sandbox.admin.seed_contacts([{
        "names": [{"familyName": "Martin"}],
        "emailAddresses": [{"value": "m@ex.fr", "type": "home"}],
        "memberships": [{"contactGroupMembership": {"contactGroupResourceName": family}}]}])
    synced(cli)
    assert crm_by_email(cli)["m@ex.fr"].tags == ""  # not one way only: not a tag at all
    assert [n["reason_code"] for n in cli.preview()["notes"]] == ["label_reserved_name"]
    crm_id = crm_by_email(cli)["m@ex.fr"].crm_id
    cli.edit_crm(crm_id, tags="Nord")
    synced(cli)
    assert user_labels(cli, by_email(cli)["m@ex.fr"]) == {"Family", "Nord"}  # kept


def test_the_app_label_renamed_in_the_settings_loses_no_tag_and_makes_none(
        cli: Cli) -> None:
    first = cli.add_crm("Dupont", "a@ex.fr", tags="VIP, Nord")
    second = cli.add_crm("Durand", "b@ex.fr", tags="Nord")
    synced(cli)
    cli.settings(label_name="Clients")  # the old label stays in Google: never a tag
    # Nor in the preview, which does not create the new label: no "Simple CRM" tag to
    # write into every synced contact (the hostile review saw one per contact).
    in_sync(cli)
    synced(cli)
    assert cli.crm()[second].tags == "Nord"
    cli.settings(label_name="VIP")  # named like a tag's label: the tag stays in the CRM
    synced(cli)
    assert tag_keys(cli.crm()[first].tags) == {"vip", "nord"}
    assert cli.crm()[second].tags == "Nord"
    in_sync(cli)


def test_a_tag_named_like_the_app_s_old_label_stays_in_the_crm_and_is_never_lost(
        cli: Cli) -> None:
    """The old label stays in Google and is never read as a tag: a CRM tag of its name
    used to be written into it, then taken off the contact at the next Google edit
    (found by a hostile review). It stays in the CRM, like the app's label's own name."""
    crm_id = cli.add_crm("Gamma", "g@ex.fr")
    synced(cli)
    cli.settings(label_name="CRM X")
    synced(cli)
    cli.edit_crm(crm_id, tags="Simple CRM, Nord")
    run = synced(cli)
    assert [c["crm_id"] for c in run["to_google"]] == [crm_id]  # Nord only
    assert user_labels(cli, by_email(cli)["g@ex.fr"]) == {"Nord"}
    [name] = [n for n, p in cli.google().items()
              if p["emailAddresses"][0]["value"] == "g@ex.fr"]
    cli.sandbox.admin.patch_contact(name, {"phoneNumbers": [
        {"value": "06 01 02 03 05", "type": "mobile"}]})
    synced(cli)
    assert tag_keys(cli.crm()[crm_id].tags) == {"simple crm", "nord"}
    in_sync(cli)


def test_an_empty_only_tag_is_a_usage_error_not_the_whole_address_book(cli: Cli) -> None:
    cli.add_crm("Famille", "f@ex.fr")
    for value in ("", "  ", "Starred", "my contacts"):
        done = cli.run("--only-tag", value, "sync", "--yes", "--json")
        assert done.returncode == 2, (value, done.stdout)
    assert cli.google_emails() == []


def test_a_label_renamed_in_google_keeps_a_tag_removed_in_the_crm_meanwhile(
        cli: Cli) -> None:
    first = cli.add_crm("Dupont", "a@ex.fr", tags="VIP, Nord")
    second = cli.add_crm("Durand", "b@ex.fr", tags="VIP")
    third = cli.add_crm("Petit", "c@ex.fr")
    synced(cli)
    cli.edit_crm(first, tags="Nord")  # the user takes VIP off in the CRM…
    cli.edit_crm(third, tags="VIP")  # … and gives it to another contact
    cli.sandbox.admin.rename_group("VIP", "Clients VIP")  # while the phone renames it
    synced(cli)
    crm = cli.crm()
    assert crm[first].tags == "Nord"
    assert (crm[second].tags, crm[third].tags) == ("Clients VIP", "Clients VIP")
    assert user_labels(cli, by_email(cli)["a@ex.fr"]) == {"Nord"}
    assert user_labels(cli, by_email(cli)["c@ex.fr"]) == {"Clients VIP"}
    assert [n for n in groups(cli).values() if "vip" in n.lower()] == ["Clients VIP"]
    in_sync(cli)


def test_renaming_the_scope_label_asks_first(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    cli.settings(only_tag="VIP")
    synced(cli)
    cli.sandbox.admin.rename_group("VIP", "Clients VIP")
    code, _ = cli.sync()
    assert code == 3
    assert cli.crm()[crm_id].tags == "VIP"
    code, _ = cli.sync()  # asked again: nothing was acted on
    assert code == 3


def test_a_label_renamed_and_renamed_back_before_a_sync_changes_nothing(
        cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    synced(cli)
    cli.sandbox.admin.rename_group("VIP", "Gold")
    assert len(cli.preview()["to_crm"]) == 1  # the preview reads the rename…
    cli.sandbox.admin.rename_group("Gold", "VIP")  # … which is undone on the phone
    run = synced(cli)
    assert run["counts"]["to_crm"] == 0, run
    assert cli.crm()[crm_id].tags == "VIP"
    in_sync(cli)


def test_a_rename_seen_by_a_run_that_stopped_is_still_known_to_the_next(
        cli: Cli) -> None:
    # A run that reads a rename and stops before its end (here: it asks first, the
    # label being the scope's) stores its copy of Google, not the rename as done: the
    # next run still knows VIP was renamed, and asks again.
    crm_id = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    cli.settings(only_tag="VIP")
    synced(cli)
    cli.sandbox.admin.rename_group("VIP", "Gold")
    assert cli.sync()[0] == 3
    assert cli.sync()[0] == 3
    cli.sandbox.admin.rename_group("Gold", "VIP")  # undone on the phone: nothing to do
    run = synced(cli)
    assert run["counts"]["to_crm"] == 0, run
    assert cli.crm()[crm_id].tags == "VIP"
    in_sync(cli)


# -- tag-only runs: label by label (contactGroups.members.modify) ----------------------

def add_many(cli: Cli, count: int) -> list[int]:
    with SqliteCrm(cli.crm_path) as crm:
        return [c.crm_id for c in crm.apply([CrmWrite(WriteKind.CREATE, contact={
            "last_name": f"Nom{i}", "personal_email": f"c{i}@ex.fr"})
            for i in range(count)])]


def tag_all(cli: Cli, ids: list[int], tags: Any) -> None:
    import sqlite3

    conn = sqlite3.connect(cli.crm_path)
    with conn:  # as another program would: updated_at left alone (R-CRM2)
        conn.executemany("UPDATE contact SET tags = ? WHERE id = ?",
                         [(tags(i), crm_id) for i, crm_id in enumerate(ids)])
    conn.close()


def api_calls(cli: Cli) -> dict[str, int]:
    return {k: v for k, v in cli.sandbox.admin.counts().items() if not k.startswith("oauth2.")}


def test_a_tag_given_to_many_contacts_goes_label_by_label(cli: Cli) -> None:
    ids = add_many(cli, 201)  # two batches of updates, or one label move
    synced(cli)
    tag_all(cli, ids, lambda i: "VIP")
    # Google refuses the move first: all 201 reported, the run is not "ok".
    cli.sandbox.admin.set_faults(refuse_value="people/", methods=[
        "contactGroups.members.modify"])
    code, run = cli.sync()
    assert (code, run["status"], len(run["errors"])) == (1, "partial", 201), run
    cli.sandbox.admin.set_faults(reset=True)
    cli.sandbox.admin.reset_counts()
    run = synced(cli)  # planned again: they land
    assert run["applied"]["google_updated"] == 201
    calls = api_calls(cli)
    # One call for 201 members instead of two batches; no contact rewritten.
    assert calls.get("contactGroups.members.modify") == 1, calls
    assert "people.batchUpdateContacts" not in calls, calls
    assert all(user_labels(cli, p) == {"VIP"} for p in cli.google().values())
    assert all("myContacts" in labels_of(cli, p) for p in cli.google().values())
    in_sync(cli)
    # And back: the tag taken off them all, one call again.
    tag_all(cli, ids, lambda i: "")
    cli.sandbox.admin.reset_counts()
    synced(cli)
    assert api_calls(cli).get("contactGroups.members.modify") == 1
    assert all(user_labels(cli, p) == set() for p in cli.google().values())
    # Deleted in the CRM right after: the label move changed its source etag without
    # saying to what, and the app's own move is not taken for an edit on the phone.
    with SqliteCrm(cli.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.DELETE, crm_id=ids[0])])
    run = synced(cli)
    assert run["applied"].get("google_deleted") == 1, run
    assert len(cli.google()) == 200
    in_sync(cli)


def test_tags_that_differ_per_contact_ride_in_batches(cli: Cli) -> None:
    ids = add_many(cli, 3)
    synced(cli)
    tag_all(cli, ids, lambda i: f"Tag {i}")  # three labels for three contacts: one batch
    cli.sandbox.admin.reset_counts()
    synced(cli)
    calls = api_calls(cli)
    assert calls.get("people.batchUpdateContacts") == 1, calls
    assert "contactGroups.members.modify" not in calls, calls
    in_sync(cli)
