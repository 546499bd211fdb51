"""Tags ↔ labels (R-S13): the per-name three-way merge and the label directory."""

from __future__ import annotations

import pytest

from crmsync_gui.core.baseline import UNKNOWN
from crmsync_gui.core.tags import (
    LabelDirectory,
    merge_tags,
    tag_changes,
    tags_normalized,
)


def merge(crm: str, google: str, base: str | None,
          base_google: str | None = None) -> tuple[str, str]:
    base_crm = UNKNOWN if base is None else tags_normalized(base)
    base_g = base_crm if base_google is None else tags_normalized(base_google)
    return merge_tags(crm, google, base_crm, base_g, frozenset({"simple crm"}))


@pytest.mark.parametrize(("crm", "google", "base", "expected"), [
    # added on one side → added on the other
    ("VIP, Salon", "Salon", "Salon", ("VIP, Salon", "Salon, VIP")),
    ("Salon", "Salon, Famille", "Salon", ("Salon, Famille", "Salon, Famille")),
    # removed on one side, untouched on the other → removed
    ("Salon", "Salon, VIP", "Salon, VIP", ("Salon", "Salon")),
    ("Salon, VIP", "VIP", "Salon, VIP", ("VIP", "VIP")),
    # added on both sides → once (whatever the case)
    ("Salon, vip", "Salon, VIP", "Salon", ("Salon, vip", "Salon, VIP")),
    # added in the CRM where Google never had it
    ("VIP", "", "", ("VIP", "VIP")),
    # never synced: joined
    ("VIP; Salon", "Famille, vip", None, ("VIP, Salon, Famille", "Famille, vip, Salon")),
    # the app's label's name stays in the CRM, never goes to Google
    ("Simple CRM, VIP", "", None, ("Simple CRM, VIP", "VIP")),
])
def test_merge_follows_each_name_three_way(crm: str, google: str, base: str | None,
                                           expected: tuple[str, str]) -> None:
    assert merge(crm, google, base) == expected


def test_an_untouched_difference_stays() -> None:
    # The CRM holds a reserved name since the last sync, Google never had it: no write.
    assert merge("Simple CRM, VIP", "VIP", "Simple CRM, VIP", "VIP") == (
        "Simple CRM, VIP", "VIP")


def test_a_name_with_a_comma_is_never_sent() -> None:
    # A CRM cell cannot hold one (commas separate), but a split value must not rejoin.
    assert merge("A;B", "", None) == ("A, B", "A, B")


def test_tag_changes_read_as_adds_and_removes() -> None:
    assert tag_changes("VIP, Salon 2025", "vip, Fournisseur") == "+Fournisseur \u2212Salon 2025"
    assert tag_changes("", "") == ""


GROUPS = [
    {"resourceName": "contactGroups/myContacts", "groupType": "SYSTEM_CONTACT_GROUP",
     "name": "myContacts", "formattedName": "My Contacts"},
    {"resourceName": "contactGroups/starred", "groupType": "SYSTEM_CONTACT_GROUP",
     "name": "starred", "formattedName": "Starred"},
    {"resourceName": "contactGroups/b2", "groupType": "USER_CONTACT_GROUP", "name": "vip"},
    {"resourceName": "contactGroups/a1", "groupType": "USER_CONTACT_GROUP", "name": "Vip"},
    {"resourceName": "contactGroups/c3", "groupType": "USER_CONTACT_GROUP", "name": "VIP "},
    {"resourceName": "contactGroups/s0", "groupType": "USER_CONTACT_GROUP",
     "name": "Simple CRM"},
    {"resourceName": "contactGroups/d4", "groupType": "USER_CONTACT_GROUP",
     "name": "Paris, Lyon"},
]


def test_directory_keeps_user_labels_that_can_be_tags() -> None:
    labels = LabelDirectory.of(GROUPS, "Simple CRM")
    assert set(labels.tags) == {"contactGroups/a1", "contactGroups/b2", "contactGroups/c3"}
    assert labels.unsyncable == {"contactGroups/d4": "Paris, Lyon"}
    assert {"simple crm", "starred", "my contacts", "mycontacts"} <= labels.reserved
    assert not labels.sendable("starred") and not labels.sendable("SIMPLE CRM ")
    assert labels.sendable("VIP")


def test_a_tag_maps_to_its_exact_name_else_the_lowest_resource_name() -> None:
    labels = LabelDirectory.of(GROUPS, "Simple CRM")
    assert labels.resource_for("vip") == "contactGroups/b2"
    assert labels.resource_for("VIP") == "contactGroups/c3"  # "VIP " trimmed is exact
    assert labels.resource_for("vIP") == "contactGroups/a1"
    assert labels.resource_for("Salon") is None


def test_a_contact_in_two_labels_of_one_name_has_the_tag_once() -> None:
    labels = LabelDirectory.of(GROUPS, "Simple CRM")
    tags = labels.tags_of(["contactGroups/a1", "contactGroups/b2", "contactGroups/s0",
                           "contactGroups/myContacts", "contactGroups/d4"])
    assert tags_normalized(tags) == "vip"
