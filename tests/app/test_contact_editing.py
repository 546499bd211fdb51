"""#19: the service behind the contact editor — create, edit, delete to the trash and
restore, through the CRM backend; the note's managed block kept; emails checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import ContactDraft, SyncService
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
    company_id, _name = form.companies[0]
    crm_id = service.save_contact(ContactDraft(None, values, dict(form.link, job_title="Chef"),
                                               company_id, "Rencontrée au salon"))
    saved = service.contact_form(crm_id)
    assert saved.values["personal_mobile"] == "06 55 44 33 22"  # as typed
    assert saved.company_id == company_id and saved.link["job_title"] == "Chef"
    assert saved.note == "Rencontrée au salon" and saved.values["tags"] == "VIP"

    # The block the sync maintains stays as it was, whatever the user types.
    with SqliteCrm(service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id,
                            note=f"Rencontrée au salon\n\n{BLOCK}")])
    form = service.contact_form(crm_id)
    assert form.note == "Rencontrée au salon" and form.managed_block == BLOCK
    service.save_contact(ContactDraft(crm_id, draft(form.values, home_city="Annecy"),
                                      form.link, form.company_id, "Cliente depuis 2024"))
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
                                          form.link, None, ""))
    with SqliteCrm(service.crm_path) as crm:
        assert len(crm.read_all()) == before
