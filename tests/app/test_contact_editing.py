"""#19: the service behind the contact editor — create, edit, delete to the trash and
restore, through the CRM backend; the note's managed block kept; emails checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import ContactDraft, ContactForm, LinkDraft, SyncService
from crmsync_gui.core.sides import CrmContact
from crmsync_gui.crm.csv_io import import_csv
from crmsync_gui.crm.model import CrmError, CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm

BLOCK = "--- Google (CRM Sync) ---\nFonction : Gérante\n--- end ---"


@pytest.fixture
def service(tmp_path: Path, sample_csv: Path) -> SyncService:
    service = SyncService(Profile.locate(tmp_path / "home"))
    with SqliteCrm(service.crm_path) as crm:
        import_csv(crm, sample_csv)
    return service


def draft(form_values: dict[str, str], **changes: str) -> dict[str, str]:
    return {**form_values, **changes}


def test_create_edit_delete_restore(service: SyncService) -> None:
    form = service.contact_form(None)
    assert form.crm_id is None and form.companies  # the sample's companies to choose
    values = draft(form.values, first_name="Agathe", last_name="Lemoine",
                   personal_email="agathe@ex.fr", personal_mobile="06 55 44 33 22",
                   tags="VIP")
    company_id, name = form.companies[0]
    crm_id = service.save_contact(ContactDraft(None, values, (
        LinkDraft(company_id, name, {"job_title": "Chef"}, primary=True),),
        "Rencontrée au salon"))
    saved = service.contact_form(crm_id)
    assert saved.values["personal_mobile"] == "06 55 44 33 22"  # as typed
    assert saved.primary is not None and saved.primary.company_id == company_id
    assert saved.primary.values["job_title"] == "Chef"
    assert saved.note == "Rencontrée au salon" and saved.values["tags"] == "VIP"

    # The block the sync maintains stays as it was, whatever the user types.
    with SqliteCrm(service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id,
                            note=f"Rencontrée au salon\n\n{BLOCK}")])
    form = service.contact_form(crm_id)
    assert form.note == "Rencontrée au salon" and form.managed_block == BLOCK
    service.save_contact(ContactDraft(crm_id, draft(form.values, home_city="Annecy"),
                                      form.links, "Cliente depuis 2024", form.read_at,
                                      form.read_text, form.links))
    with SqliteCrm(service.crm_path) as crm:
        stored = crm.read([crm_id])[crm_id]
    assert stored.note == f"Cliente depuis 2024\n\n{BLOCK}"
    assert stored.record.home_address.city == "Annecy"

    assert service.email_owner(["AGATHE@ex.fr "], other_than=None) == (crm_id,
                                                                        "Agathe Lemoine")
    assert service.email_owner(["agathe@ex.fr"], other_than=crm_id) is None
    service.delete_contacts([crm_id])
    assert service.email_owner(["agathe@ex.fr"], other_than=None) is None  # in the trash
    with SqliteCrm(service.crm_path) as crm:
        assert crm.read([crm_id])[crm_id].deleted
    service.delete_contacts([crm_id], restore=True)
    with SqliteCrm(service.crm_path) as crm:
        assert not crm.read([crm_id])[crm_id].deleted


def test_an_email_of_the_wrong_shape_is_refused_and_nothing_is_written(
        service: SyncService) -> None:
    form = service.contact_form(None)
    with SqliteCrm(service.crm_path) as crm:
        before = len(crm.read_all())
    with pytest.raises(CrmError, match=r"'paul at ex\.fr' is not an email address"):
        service.save_contact(ContactDraft(None, draft(form.values, last_name="Durand",
                                                      personal_email="paul at ex.fr"),
                                          (), ""))
    with SqliteCrm(service.crm_path) as crm:
        assert len(crm.read_all()) == before


def save(service: SyncService, form: ContactForm, note: str | None = None,
         links: tuple[LinkDraft, ...] | None = None, **values: str) -> int:
    """What the editor sends: the form as read, with the user's changes."""
    return service.save_contact(ContactDraft(
        form.crm_id, {**form.values, **values}, form.links if links is None else links,
        form.note if note is None else note, form.read_at, form.read_text, form.links))


def stored(service: SyncService, crm_id: int) -> CrmContact:
    with SqliteCrm(service.crm_path) as crm:
        return crm.read([crm_id])[crm_id]


def test_several_companies_join_leave_new_and_primary(service: SyncService) -> None:
    form = service.contact_form(None)
    (first_id, first), (second_id, second) = form.companies[:2]
    crm_id = save(service, form, links=(
        LinkDraft(first_id, first, {"job_title": "Gérante", "work_email": "g@one.fr"}),
        LinkDraft(None, "Atelier  Neuf", {"work_phone": "04 50 00 00 01"}, primary=True),
        LinkDraft(second_id, second, {"work_email": "g@two.fr"})), last_name="Roux")
    contact = stored(service, crm_id)
    assert contact.primary_link is not None
    assert contact.primary_link.company_name == "Atelier Neuf"  # made on save, cleaned
    assert contact.record.work_phone == "04 50 00 00 01"  # the primary's fields are read
    assert {link.company_name for link in contact.links} == {first, second, "Atelier Neuf"}
    # The email of a company that is not the primary one counts for duplicates too.
    assert service.email_owner(["G@TWO.fr"], other_than=None) == (crm_id, "Roux")

    form = service.contact_form(crm_id)
    assert form.links[0].company_name == "Atelier Neuf" and form.links[0].primary
    times = {link.company_id: link.updated_at for link in contact.links}
    kept = tuple(LinkDraft(link.company_id, link.company_name, link.values,
                           primary=link.company_name == first)
                 for link in form.links if link.company_name != second)
    save(service, form, links=kept)
    contact = stored(service, crm_id)
    assert {link.company_name for link in contact.links} == {first, "Atelier Neuf"}  # left
    assert contact.primary_link is not None and contact.primary_link.company_name == first
    assert contact.record.work_email == "g@one.fr" and contact.record.job_title == "Gérante"
    # Made primary: its fields are the contact's now, as of now for newest-wins; the
    # link that did not change keeps its time.
    new_times = {link.company_id: link.updated_at for link in contact.links}
    assert new_times[first_id] > times[first_id]
    atelier = next(link.company_id for link in contact.links
                   if link.company_name == "Atelier Neuf")
    assert new_times[atelier] == times[atelier]

    # A new company typed with another case or accent is the existing one, not a twin.
    form = service.contact_form(crm_id)
    save(service, form, links=(*form.links, LinkDraft(None, first.upper(), {})))
    assert len(stored(service, crm_id).links) == 2
    with SqliteCrm(service.crm_path) as crm:
        assert sum(1 for c in crm.companies() if c.name.casefold() == first.casefold()) == 1


def test_a_link_a_sync_changed_since_the_form_was_read_refuses_the_save(
        service: SyncService) -> None:
    form = service.contact_form(None)
    company_id, name = form.companies[0]
    crm_id = save(service, form, links=(LinkDraft(company_id, name, {"job_title": "A"},
                                                  primary=True),), last_name="Roux")
    form = service.contact_form(crm_id)
    with SqliteCrm(service.crm_path) as crm:  # what a sync from Google writes: the link
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id, link={"job_title": "B"})])
    with pytest.raises(CrmError, match="changed since you opened it"):
        save(service, form, home_city="Annecy")
    assert stored(service, crm_id).record.job_title == "B"
    assert stored(service, crm_id).record.home_address.city == ""


@pytest.mark.parametrize("note", [
    f"Avant le bloc\n\n{BLOCK}\n\nAprès le bloc",
    f"{BLOCK}\nJuste après",
    f"Tout en haut\n{BLOCK}",
    f"un\n\n\n{BLOCK}\ndeux\ntrois",
])
def test_the_block_stays_where_it_was_and_an_unchanged_note_is_unchanged(
        service: SyncService, note: str) -> None:
    form = service.contact_form(None)
    crm_id = save(service, form, last_name="Roux")
    with SqliteCrm(service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id, note=note)])
    form = service.contact_form(crm_id)
    assert "Google (CRM Sync)" not in form.note and form.managed_block == BLOCK
    save(service, form, home_city="Annecy")  # the note as shown, untouched
    assert stored(service, crm_id).note == note
    # A line added at the top and one at the very end: the block keeps its place
    # among the user's lines (it used to drop below everything the user wrote), and
    # a block that opened (closed) the note still opens (closes) it.
    form = service.contact_form(crm_id)
    save(service, form, note=f"Ajout en haut\n{form.note}\nAjout en bas")
    new = stored(service, crm_id).note
    assert new.count(BLOCK) == 1
    old_before, old_after = (part.split("\n") for part in note.split(BLOCK))
    new_before, new_after = (part.split("\n") for part in new.split(BLOCK))
    before, after = [x for x in old_before if x], [x for x in old_after if x]
    added_top, added_end = ["Ajout en haut"], ["Ajout en bas"]
    assert [x for x in new_before if x] == (
        [*added_top, *before, *([] if after else added_end)] if before else [])
    assert [x for x in new_after if x] == (
        [*([] if before else added_top), *after, *added_end] if after else [])


def test_a_block_pasted_into_the_note_is_refused_with_a_word(service: SyncService) -> None:
    form = service.contact_form(None)
    crm_id = save(service, form, last_name="Roux", note="Ma note")
    form = service.contact_form(crm_id)
    pasted = "--- Google (CRM Sync) ---\nSociété : Autre\n--- end ---"
    with pytest.raises(CrmError, match="only the sync writes that block"):
        save(service, form, note=f"Ma note\n{pasted}")
    assert stored(service, crm_id).note == "Ma note"
    # A stray marker already in the user's text (the block module keeps it as theirs)
    # does not stop every later save.
    with SqliteCrm(service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id,
                            note=f"{BLOCK}\n--- Google (CRM Sync) ---\nà moi")])
    form = service.contact_form(crm_id)
    save(service, form, home_city="Annecy")
    assert stored(service, crm_id).record.home_address.city == "Annecy"


def test_a_link_to_a_company_deleted_by_another_program_does_not_lock_the_contact(
        service: SyncService) -> None:
    form = service.contact_form(None)
    (first_id, first), (second_id, second) = form.companies[:2]
    crm_id = save(service, form, last_name="Roux", links=(
        LinkDraft(first_id, first, {}, primary=True),
        LinkDraft(second_id, second, {"work_email": "roux@hidden.fr"})))
    with SqliteCrm(service.crm_path) as crm, crm.transaction() as conn:  # another program
        conn.execute("UPDATE company SET deleted_at = '2026-11-30T10:00:00Z' WHERE id = ?",
                     (second_id,))
    form = service.contact_form(crm_id)
    assert [link.company_id for link in form.links] == [first_id]
    save(service, form, home_city="Annecy")  # used to be refused, every time
    assert stored(service, crm_id).record.home_address.city == "Annecy"
    assert service.email_owner(["roux@hidden.fr"], other_than=None) is None
    with SqliteCrm(service.crm_path) as crm:  # the hidden link is not the editor's
        rows = crm.connection.execute("SELECT company_id FROM contact_company "
                                      "WHERE contact_id = ?", (crm_id,)).fetchall()
    assert sorted(row[0] for row in rows) == sorted((first_id, second_id))


def test_joining_a_company_deleted_while_the_editor_was_open_is_refused(
        service: SyncService) -> None:
    company_id = service.create_company("Imprimerie Roux")
    form = service.contact_form(None)
    crm_id = save(service, form, last_name="Nguyen")
    form = service.contact_form(crm_id)
    service.delete_company(company_id)  # the Companies page, another window
    with pytest.raises(CrmError, match="Imprimerie Roux was deleted while the editor"):
        save(service, form, links=(LinkDraft(company_id, "Imprimerie Roux",
                                             {"job_title": "Acheteuse"}, primary=True),))
    assert stored(service, crm_id).links == ()


@pytest.mark.parametrize("note", [
    "\r\n".join(["Avant", "", *BLOCK.split("\n"), "", "Après", ""]),  # a Windows program's
    "Sans bloc\r\ndeux lignes\r\n",
    "\r".join(["Vieux Mac", "", *BLOCK.split("\n"), ""]),  # an old Mac program's
    f"Texte\n\n{BLOCK}\n",
])
def test_an_unchanged_note_keeps_its_line_endings(service: SyncService, note: str) -> None:
    form = service.contact_form(None)
    crm_id = save(service, form, last_name="Roux")
    with SqliteCrm(service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id, note=note)])
    form = service.contact_form(crm_id)
    assert "\r" not in form.note  # the editor's text
    save(service, form, home_city="Annecy")
    assert stored(service, crm_id).note == note
    save(service, service.contact_form(crm_id), note=form.note + "\najout")
    assert "\r\n" not in note or "\n" not in stored(service, crm_id).note.replace("\r\n", "")
