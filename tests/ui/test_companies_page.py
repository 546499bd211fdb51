"""#19: the Companies page — find, create, rename, delete (refused while contacts are
linked unless they are unlinked), and the next sync takes the change to Google."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from crmsync_gui.crm.csv_io import import_csv
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, preview, sync


def listed(window: MainWindow) -> list[str]:
    model = window.companies_page.model
    return [model.item_at(i).name for i in range(model.rowCount())]


def select(window: MainWindow, name: str) -> None:
    page = window.companies_page
    page.view.selectRow(listed(window).index(name))


def test_find_create_rename_and_delete_with_its_contacts_unlinked(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, sample_csv: Path) -> None:
    with SqliteCrm(signed_in.service.crm_path) as crm:
        import_csv(crm, sample_csv)
    preview(qtbot, window)
    sync(qtbot, window)
    page = window.companies_page
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        window.pages.setCurrentWidget(page)  # read when first shown
    assert "Boulangerie Dupain" in listed(window)
    page.search_edit.setText("sophie")  # a company is found by its contacts too
    assert listed(window) == ["Boulangerie Dupain"]
    select(window, "Boulangerie Dupain")
    names = [page.contacts.item(i).text() for i in range(page.contacts.count())]
    assert "Sophie Martin" in names
    page.search_edit.setText("")

    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        assert page.create("Atelier Roux")
    assert page.current() is not None and page.current().name == "Atelier Roux"
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=JOB_TIMEOUT_MS)
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        assert page.rename_current("Atelier Roux & Fils")
    assert "Atelier Roux & Fils" in listed(window) and "Atelier Roux" not in listed(window)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=JOB_TIMEOUT_MS)

    select(window, "Boulangerie Dupain")
    assert not page.delete_current(confirm=False)  # the user said no: nothing happens
    assert "Boulangerie Dupain" in listed(window)
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        assert page.delete_current(confirm=True)
    assert "Boulangerie Dupain" not in listed(window)
    sophie = next(c for c in signed_in.crm().values() if c.record.first_name == "Sophie")
    assert sophie.record.company_name != "Boulangerie Dupain"
    sync(qtbot, window)  # Google loses the company too
    person = next(p for p in signed_in.google().values()
                  if any(e["value"] == "sophie.martin@exemple.fr"
                         for e in p.get("emailAddresses", [])))
    assert all(o.get("name") != "Boulangerie Dupain" for o in person.get("organizations", []))
