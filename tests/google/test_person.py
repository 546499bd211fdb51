"""Person JSON ↔ record: the mapping's Google side, and Google-only data kept."""

from __future__ import annotations

from crmsync_gui.core.record import FIELDS, Address, ContactRecord, Field
from crmsync_gui.google.person import (
    MAPPED_PERSON_FIELDS,
    contact_from_person,
    crm_tag,
    merge_into_person,
    new_person,
    record_from_person,
)

PERSON = {
    "resourceName": "people/c1", "etag": "e1",
    "names": [{"givenName": "Sophie", "familyName": "Martin", "middleName": "Anne",
               "displayName": "Sophie Anne Martin"}],
    "phoneNumbers": [
        {"value": "06 12 34 56 78", "type": "mobile", "formattedType": "Mobile"},
        {"value": "01 42 68 53 00", "type": "home"},
        {"value": "+33 9 99 99 99 99", "type": "other"},  # Google-only
        {"value": "06 00 00 00 01", "type": "main"},  # the seed's "Mobile principal"
    ],
    "emailAddresses": [{"value": "sophie@exemple.fr", "type": "home"},
                       {"value": "perso2@exemple.fr", "type": "other"},
                       {"value": "s.martin@dupain.fr", "type": "work"}],
    "addresses": [{"streetAddress": "12 rue de la Paix", "postalCode": "75002",
                   "city": "Paris", "country": "France", "type": "home",
                   "formattedValue": "12 rue de la Paix 75002 Paris"},
                  {"city": "Lyon", "type": "work"}],
    "organizations": [{"name": "Boulangerie Dupain", "title": "Gérante",
                       "department": "Vente"}],
    "birthdays": [{"date": {"month": 5, "day": 4}}],
    "memberships": [{"contactGroupMembership": {
        "contactGroupResourceName": "contactGroups/myContacts"}},
        {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/label1"}}],
    "clientData": [{"key": "crmsync.id", "value": "db-uuid:7"}],
    "metadata": {"sources": [{"type": "CONTACT", "id": "1",
                              "updateTime": "2026-11-25T09:30:00.123456Z"}]},
}


def test_person_to_record_follows_the_mapping() -> None:
    assert record_from_person(PERSON) == ContactRecord(
        last_name="Martin", first_name="Sophie", home_phone="01 42 68 53 00",
        personal_mobile="06 12 34 56 78", personal_email="sophie@exemple.fr",
        home_address=Address("12 rue de la Paix", "75002", "Paris", "France"),
        work_phone="", work_mobile="06 00 00 00 01", work_email="s.martin@dupain.fr",
        company_name="Boulangerie Dupain", job_title="Gérante")


def test_work_mobile_prefers_its_own_type_over_main() -> None:
    person = {"phoneNumbers": [{"value": "1", "type": "main"},
                               {"value": "2", "type": "workMobile"}]}
    assert record_from_person(person).work_mobile == "2"


def test_contact_from_person_reads_tag_label_time() -> None:
    contact = contact_from_person(PERSON, label="contactGroups/label1")
    assert contact.crm_tag == "db-uuid:7" and contact.in_label
    assert contact.updated_at.isoformat() == "2026-11-25T09:30:00.123456+00:00"
    assert not contact_from_person(PERSON, label="contactGroups/other").in_label
    deleted = contact_from_person({"resourceName": "people/c2", "etag": "x",
                                   "metadata": {"deleted": True}})
    assert deleted.deleted and deleted.record == ContactRecord()


def test_update_rewrites_only_mapped_entries_and_keeps_google_only_data() -> None:
    record = record_from_person(PERSON).replace(
        personal_mobile="07 00 00 00 00", work_mobile="", job_title="Directrice",
        home_address=Address("1 place X", "69002", "Lyon", "France"))
    body = merge_into_person(PERSON, record, [Field.PERSONAL_MOBILE, Field.WORK_MOBILE,
                                              Field.JOB_TITLE, Field.HOME_ADDRESS])
    assert body["etag"] == "e1" and body["resourceName"] == "people/c1"
    assert set(body) == {"resourceName", "etag", *MAPPED_PERSON_FIELDS, "memberships"}
    # The full memberships ride along unchanged (the update mask names them, R-S13).
    assert [m["contactGroupMembership"] for m in body["memberships"]] == [
        m["contactGroupMembership"] for m in PERSON["memberships"]]
    phones = {(p["type"], p["value"]) for p in body["phoneNumbers"]}
    assert phones == {("mobile", "07 00 00 00 00"), ("home", "01 42 68 53 00"),
                      ("other", "+33 9 99 99 99 99")}  # main removed: work mobile emptied
    assert body["emailAddresses"] == PERSON["emailAddresses"]
    assert body["organizations"] == [{"name": "Boulangerie Dupain", "title": "Directrice",
                                      "department": "Vente"}]
    assert body["names"][0]["middleName"] == "Anne"
    home = next(a for a in body["addresses"] if a["type"] == "home")
    assert home == {"type": "home", "streetAddress": "1 place X", "postalCode": "69002",
                    "city": "Lyon", "country": "France"}
    assert {"city": "Lyon", "type": "work"} in body["addresses"]
    assert record_from_person({**PERSON, **body}) == record
    # The original is untouched (bodies are copies).
    assert PERSON["phoneNumbers"][0]["value"] == "06 12 34 56 78"


def test_a_new_value_is_added_as_a_typed_entry() -> None:
    body = merge_into_person({"resourceName": "people/c9", "etag": "e"},
                             ContactRecord(work_phone="01 02 03 04 05"), [Field.WORK_PHONE])
    assert body["phoneNumbers"] == [{"type": "work", "value": "01 02 03 04 05"}]


def test_new_person_carries_the_tag_and_the_label() -> None:
    record = ContactRecord(last_name="Payet", first_name="Jean-Marc",
                           personal_mobile="0692123456", company_name="Payet Import",
                           job_title="Directeur")
    body = new_person(record, crm_tag("uuid", 4), "contactGroups/label1")
    assert body["clientData"] == [{"key": "crmsync.id", "value": "uuid:4"}]
    groups = [m["contactGroupMembership"]["contactGroupResourceName"]
              for m in body["memberships"]]
    assert groups == ["contactGroups/myContacts", "contactGroups/label1"]
    assert "addresses" not in body and "emailAddresses" not in body
    assert record_from_person(body) == record
    assert [f for f in FIELDS if record.norm(f)] == [
        Field.LAST_NAME, Field.FIRST_NAME, Field.PERSONAL_MOBILE, Field.COMPANY_NAME,
        Field.JOB_TITLE]
