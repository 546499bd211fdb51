"""Renaming a tag (R-S13, issue #22): `crmsync crm rename-tag OLD NEW` renames it on every
CRM contact, and the next sync renames its label in Google — never two labels for one tag.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crmsync_gui.core.tags import tag_key

from .cli_harness import Cli, in_sync, signed_in_cli
from .test_tags_labels import groups, synced, user_labels


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    yield from signed_in_cli(tmp_path)

def test_rename_tag_renames_the_label_never_two_labels_for_one_tag(cli: Cli) -> None:
    first = cli.add_crm("Dupont", "a@ex.fr", tags="VIP, Nord")
    second = cli.add_crm("Durand", "b@ex.fr", tags="vip")
    cli.add_crm("Petit", "c@ex.fr", tags="Sud")
    synced(cli)
    [old_label] = [r for r, n in groups(cli).items() if n == "VIP"]
    done = cli.run("crm", "rename-tag", "VIP", "Clients VIP")
    assert done.returncode == 0, done.stderr
    assert "2 contacts" in done.stdout
    crm = cli.crm()
    assert (crm[first].tags, crm[second].tags) == ("Clients VIP, Nord", "Clients VIP")
    run = synced(cli)
    # The label itself was renamed: same resource, no second label, no contact rewritten.
    assert groups(cli)[old_label] == "Clients VIP"
    assert not [n for n in groups(cli).values() if n == "VIP"]
    assert run["counts"]["to_google"] == 0, run
    assert {frozenset(user_labels(cli, p)) for p in cli.google().values()} == {
        frozenset({"Clients VIP", "Nord"}), frozenset({"Clients VIP"}), frozenset({"Sud"})}
    in_sync(cli)


def test_rename_tag_onto_an_existing_label_moves_the_contacts_into_it(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    cli.add_crm("Durand", "b@ex.fr", tags="Clients")
    synced(cli)
    assert cli.run("crm", "rename-tag", "vip", "Clients").returncode == 0
    assert cli.crm()[crm_id].tags == "Clients"
    synced(cli)
    assert {frozenset(user_labels(cli, p)) for p in cli.google().values()} == {
        frozenset({"Clients"})}
    assert sorted(n for n in groups(cli).values() if tag_key(n) == "clients") == ["Clients"]
    in_sync(cli)


def test_rename_tag_of_an_unknown_tag_exits_1_and_changes_nothing(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    done = cli.run("crm", "rename-tag", "Salon", "Salon 2026")
    assert done.returncode == 1
    assert "Salon" in done.stderr
    done = cli.run("crm", "rename-tag", "VIP", "A, B")
    assert done.returncode == 1
    assert cli.crm()[crm_id].tags == "VIP"


def test_the_preview_after_a_rename_shows_what_the_sync_does_and_changes_nothing(
        cli: Cli) -> None:
    cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    synced(cli)
    assert cli.run("crm", "rename-tag", "VIP", "vip 2026").returncode == 0
    in_sync(cli)  # the label will be renamed: no contact to rewrite
    assert "VIP" in groups(cli).values()  # a preview renames nothing in Google
    synced(cli)
    assert "vip 2026" in groups(cli).values() and "VIP" not in groups(cli).values()
    # Renamed again, case only: the label follows.
    assert cli.run("crm", "rename-tag", "VIP 2026", "VIP 2026").returncode == 0
    synced(cli)
    assert "VIP 2026" in groups(cli).values()
    in_sync(cli)


def test_renamed_tags_keep_their_place_and_merge_with_the_new_name() -> None:
    from crmsync_gui.crm.tag_writes import renamed_tags

    assert renamed_tags("Nord; vip, Salon", "VIP", "Clients") == "Nord, Clients, Salon"
    assert renamed_tags("Clients, VIP", "vip", "clients") == "Clients"
    assert renamed_tags("Nord", "VIP", "Clients") is None


def test_a_label_rename_google_refuses_is_reported_and_the_rest_syncs(cli: Cli) -> None:
    first = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    synced(cli)
    assert cli.run("crm", "rename-tag", "VIP", "Clients VIP").returncode == 0
    other = cli.add_crm("Durand", "b@ex.fr")
    cli.sandbox.admin.set_faults(refuse_value="Clients VIP",
                                 methods=["contactGroups.update", "contactGroups.create",
                                          "people.batchUpdateContacts"])
    code, run = cli.sync()
    assert (code, run["status"]) == (1, "partial"), run
    assert "label_rename_refused" in [e["reason_code"] for e in run["errors"]]
    assert "b@ex.fr" in cli.google_emails() and other in cli.crm()  # the rest landed
    cli.sandbox.admin.set_faults(reset=True)
    synced(cli)  # tried again: the label itself is renamed
    assert "Clients VIP" in groups(cli).values() and "VIP" not in groups(cli).values()
    assert cli.crm()[first].tags == "Clients VIP"
    in_sync(cli)


def test_rename_tag_refuses_a_name_google_keeps_or_the_app_label(cli: Cli) -> None:
    crm_id = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    for name in ("Starred", "my contacts", "simple crm"):
        done = cli.run("crm", "rename-tag", "VIP", name)
        assert done.returncode == 1, name
    assert cli.crm()[crm_id].tags == "VIP"


def test_the_old_name_typed_again_after_a_rename_is_a_new_tag(cli: Cli) -> None:
    first = cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    second = cli.add_crm("Durand", "b@ex.fr", tags="Sud")
    synced(cli)
    assert cli.run("crm", "rename-tag", "VIP", "Clients").returncode == 0
    cli.edit_crm(second, tags="Sud, VIP")  # typed after the rename: a tag of its own
    synced(cli)
    crm = cli.crm()
    assert (crm[first].tags, crm[second].tags) == ("Clients", "Sud, VIP")
    assert sorted(n for n in groups(cli).values() if n in ("VIP", "Clients")) == [
        "Clients", "VIP"]
    in_sync(cli)


def test_rename_tag_signed_out_says_the_label_does_not_follow(cli: Cli) -> None:
    cli.add_crm("Dupont", "a@ex.fr", tags="VIP")
    synced(cli)
    assert cli.run("logout").returncode == 0
    done = cli.run("crm", "rename-tag", "VIP", "Clients")
    assert done.returncode == 0
    assert "not signed in to Google: its label is not renamed" in done.stderr
