"""#19: companies written by hand — create, rename, soft delete (refused while contacts
are linked, unless they are unlinked) — on a real CRM file, and what the next sync sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmsync_gui.crm.company_writes import (
    create_company,
    delete_company,
    linked_contacts,
    rename_company,
)
from crmsync_gui.crm.csv_io import import_csv
from crmsync_gui.crm.model import CrmError
from crmsync_gui.crm.sqlite_db import SqliteCrm


@pytest.fixture
def crm(tmp_path: Path, sample_csv: Path) -> SqliteCrm:
    crm = SqliteCrm(tmp_path / "crm.sqlite3")
    import_csv(crm, sample_csv)
    return crm


def company_named(crm: SqliteCrm, name: str) -> int:
    return next(c.company_id for c in crm.companies() if c.name == name and not c.deleted)


def test_create_and_rename_refuse_empty_and_duplicate_names(crm: SqliteCrm) -> None:
    made = create_company(crm, "  Atelier   Roux ")
    assert company_named(crm, "Atelier Roux") == made
    with pytest.raises(CrmError, match="A company needs a name"):
        create_company(crm, "   ")
    with pytest.raises(CrmError, match="There is a company 'Boulangerie Dupain' already"):
        create_company(crm, "boulangerie DUPAIN")  # the same, folded
    with pytest.raises(CrmError, match="already"):
        rename_company(crm, made, "Boulangerie Dupain")
    coeur = create_company(crm, "Cœur d’Atelier")
    with pytest.raises(CrmError, match="already"):  # what the search finds as one
        create_company(crm, "coeur d'atelier")
    assert coeur
    rename_company(crm, made, "Atelier Roux & Fils")
    assert company_named(crm, "Atelier Roux & Fils") == made


def test_a_rename_reaches_the_linked_contacts_as_their_newest_change(
        crm: SqliteCrm) -> None:
    dupain = company_named(crm, "Boulangerie Dupain")
    linked = linked_contacts(crm, dupain)
    before = {c.crm_id: c.updated_at for c in crm.read_all()}
    rename_company(crm, dupain, "Boulangerie Dupain & Fils")
    after = crm.read(linked)
    assert {c.record.company_name for c in after.values()} == {"Boulangerie Dupain & Fils"}
    assert all(after[i].updated_at > before[i] for i in linked)  # newest wins: ours


def test_delete_is_refused_while_contacts_are_linked_unless_they_are_unlinked(
        crm: SqliteCrm) -> None:
    dupain = company_named(crm, "Boulangerie Dupain")
    linked = linked_contacts(crm, dupain)
    assert linked
    with pytest.raises(CrmError, match=f"{len(linked)} contact"):
        delete_company(crm, dupain)
    assert not next(c for c in crm.companies() if c.company_id == dupain).deleted
    assert delete_company(crm, dupain, unlink=True) == len(linked)
    assert next(c for c in crm.companies() if c.company_id == dupain).deleted
    for contact in crm.read(linked).values():
        assert contact.record.company_name != "Boulangerie Dupain"
        assert all(link.company_id != dupain for link in contact.links)
    lonely = create_company(crm, "Sans Contact")
    assert delete_company(crm, lonely) == 0


def test_an_import_naming_a_deleted_company_restores_it_and_says_so(
        crm: SqliteCrm, sample_csv: Path) -> None:
    # Its reference stays reserved: a link to it would be hidden from every view.
    dupain = company_named(crm, "Boulangerie Dupain")
    linked = linked_contacts(crm, dupain)
    delete_company(crm, dupain, unlink=True)
    report = import_csv(crm, sample_csv)
    assert any("Boulangerie Dupain" in w.text and "restored" in w.text
               for w in report.warnings)
    assert not next(c for c in crm.companies() if c.company_id == dupain).deleted
    assert sorted(linked_contacts(crm, dupain)) == sorted(linked)
    for contact in crm.read(linked).values():  # visible, as the file says
        assert contact.record.company_name == "Boulangerie Dupain"
