"""#21: a row left out (unticked) in a preview stays out of every sync — the window's,
the tray's, `crmsync sync`'s — until ticked again; the Contacts page says "left out",
the JSON lists it as skipped with the reason code "left_out"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmsync_gui.core.contact_book import ContactStatus
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.ui.change_model import COL_INCLUDE
from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, preview, sync


def row_of(window: MainWindow, name: str) -> int:
    model = window.sync_page.to_google_model
    return next(i for i in range(model.rowCount()) if model.row_at(i).change.name == name)


def test_a_row_left_out_stays_out_of_every_sync_until_ticked_again(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@ex.fr", "personal_mobile": "06 12 34 56 78"},
                      {"first_name": "Paul", "last_name": "Durand",
                       "personal_email": "paul@ex.fr"})
    preview(qtbot, window)
    model = window.sync_page.to_google_model
    index = model.index(row_of(window, "Sophie Martin"), COL_INCLUDE)
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):  # written down
        model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    sync(qtbot, window)
    assert signed_in.google_emails() == {"paul@ex.fr"}
    # After the run, the row is still unticked (it used to come back ticked, unsaid).
    model = window.sync_page.to_google_model
    [row] = [model.row_at(i) for i in range(model.rowCount())]
    assert row.change.name == "Sophie Martin" and row.change.excluded
    assert row.key in model.excluded()
    contacts = window.contacts_page.model
    status = {contacts.row_at(i).name: contacts.row_at(i).status
              for i in range(contacts.rowCount())}
    assert status["Sophie Martin"] is ContactStatus.LEFT_OUT
    # The tray's or the command line's sync, which have no window's choices: still out.
    service = signed_in.service
    assert service.sync().status.value == "ok"
    assert signed_in.google_emails() == {"paul@ex.fr"}
    skipped = service.preview().to_json()["skipped"]
    assert [(s["name"], s["reason_code"]) for s in skipped] == [("Sophie Martin", "left_out")]
    # The same person then appears in Google: the pair is linked, her create becomes an
    # update — still hers, still left out (remembered by contact and side).
    signed_in.add_google("Sophie", "Martin", "sophie@ex.fr")
    preview(qtbot, window)
    model = window.sync_page.to_google_model
    [row] = [model.row_at(i) for i in range(model.rowCount())
             if model.row_at(i).change.name == "Sophie Martin"]
    assert row.change.excluded
    # Ticked again: the next sync takes her.
    preview(qtbot, window)
    model = window.sync_page.to_google_model
    index = model.index(row_of(window, "Sophie Martin"), COL_INCLUDE)
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    sync(qtbot, window)
    assert signed_in.google_emails() == {"paul@ex.fr", "sophie@ex.fr"}
    assert len(signed_in.google()) == 2  # one Sophie, never two


def test_a_contact_left_out_is_still_asked_about_its_deletion(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    [paul] = signed_in.add_crm({"first_name": "Paul", "last_name": "Durand",
                                "personal_email": "paul@ex.fr"})
    preview(qtbot, window)
    sync(qtbot, window)
    with SqliteCrm(signed_in.service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=paul,
                            contact={"home_city": "Lyon"})])
    preview(qtbot, window)
    model = window.sync_page.to_google_model
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        model.setData(model.index(0, COL_INCLUDE), Qt.CheckState.Unchecked.value,
                      Qt.ItemDataRole.CheckStateRole)
    signed_in.service.delete_contacts([paul])
    preview(qtbot, window)
    model = window.sync_page.to_google_model
    [row] = [model.row_at(i) for i in range(model.rowCount())]
    assert row.change.is_deletion and not row.change.excluded  # news: asked, not hidden


def test_a_google_contact_left_out_stays_out_once_the_crm_has_it_too(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.add_google("Anne", "Roy", "anne@ex.fr",
                         phoneNumbers=[{"value": "06 22 33 44 55", "type": "mobile"}])
    preview(qtbot, window)
    model = window.sync_page.to_crm_model
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        model.setData(model.index(0, COL_INCLUDE), Qt.CheckState.Unchecked.value,
                      Qt.ItemDataRole.CheckStateRole)
    sync(qtbot, window)
    assert signed_in.crm() == {}
    signed_in.add_crm({"first_name": "Anne", "last_name": "Roy",
                       "personal_email": "anne@ex.fr"})  # the same person, typed in the CRM
    preview(qtbot, window)
    model = window.sync_page.to_crm_model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    assert rows and all(row.change.excluded for row in rows)  # still left out
