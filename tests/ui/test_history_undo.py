"""R-UI3 / R-S7 from the window: the history of runs, what each did to each contact, and
Undo last sync."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmsync_gui.app.settings import Language
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sync.engine import SyncStatus
from crmsync_gui.ui.history_dialog import HistoryDialog, local_time
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.worker import JobRunner

from .conftest import JOB_TIMEOUT_MS, UiWorld, preview, sync


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryDialog:
    with qtbot.waitSignal(window.history_action.triggered, timeout=1000):
        window.history_action.trigger()
    dialog = window.findChild(HistoryDialog, "historyDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0 or "No sync" in dialog.summary.text(),
                    timeout=JOB_TIMEOUT_MS)
    return dialog


def click_yes(qtbot: QtBot, parent: HistoryDialog, name: str) -> None:
    # The question comes once the dialog has read what the undo would do.
    qtbot.waitUntil(lambda: (box := parent.findChild(QMessageBox, name)) is not None
                    and box.isVisible(), timeout=JOB_TIMEOUT_MS)
    box = parent.findChild(QMessageBox, name)
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()


def test_history_lists_runs_and_undo_reverts_both_sides(qtbot: QtBot, window: MainWindow,
                                                        signed_in: UiWorld) -> None:
    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@exemple.fr"})
    resource = signed_in.add_google("Léa", "Roux", "lea@exemple.fr")
    preview(qtbot, window)
    assert sync(qtbot, window).status is SyncStatus.OK
    # Edit both sides, sync the edits, then undo that second sync from the dialog.
    with SqliteCrm(signed_in.service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id,
                            contact={"home_phone": "01 02 03 04 05"})])
    google_sophie = next(p for p in signed_in.google().values() if p["resourceName"]
                         != resource)
    signed_in.sandbox.admin.patch_contact(resource.split("/")[-1], {
        "etag": signed_in.google()[resource]["etag"],
        "phoneNumbers": [{"value": "06 99 99 99 99", "type": "mobile"}]})
    preview(qtbot, window)
    assert sync(qtbot, window).status is SyncStatus.OK
    lea_id = next(i for i, c in signed_in.crm().items() if c.record.last_name == "Roux")
    assert signed_in.crm()[lea_id].record.personal_mobile == "06 99 99 99 99"

    dialog = open_history(qtbot, window)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "done"
    assert "updated in Google" in dialog.table.item(0, 2).text()
    assert dialog.table.item(0, 3).text() == "0"
    with qtbot.waitSignal(dialog.changes_loaded, timeout=JOB_TIMEOUT_MS):
        dialog.table.selectRow(1)  # what it did is read in the worker
    assert dialog.errors.toPlainText() == "No error."
    assert dialog.undo_button.isEnabled()

    dialog.undo_button.click()
    with qtbot.waitSignal(dialog.undo_done, timeout=JOB_TIMEOUT_MS) as done:
        click_yes(qtbot, dialog, "confirmUndo")
    report = done.args[0]
    assert report.reverted == 2 and not report.errors
    assert dialog.report_box is not None
    assert dialog.report_box.text().startswith("2 changes put back.")
    # Both sides are back to what the first sync left.
    google = record_from_person(signed_in.google()[google_sophie["resourceName"]])
    assert not google.home_phone
    assert not signed_in.crm()[lea_id].record.personal_mobile
    assert signed_in.crm()[crm_id].record.home_phone == "01 02 03 04 05"  # the CRM's own
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=JOB_TIMEOUT_MS)
    assert dialog.table.item(0, 1).text().startswith("undo of run")
    dialog.report_box.accept()
    dialog.close()


def test_undo_with_nothing_to_undo_says_so(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_history(qtbot, window)
    assert dialog.summary.text() == "No sync has run yet."
    assert not dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.undo_done, timeout=JOB_TIMEOUT_MS):
        dialog.undo()
    assert dialog.report_box is not None
    assert dialog.report_box.text() == "There is no sync to undo."
    dialog.report_box.accept()
    dialog.close()


# -- what one run did, contact by contact (R-S7b) -----------------------------------------

REFUSED_EMAIL = "refuse-me@exemple.fr"
NBSP = "\u00a0"


def run_with_a_create_an_update_and_a_refusal(qtbot: QtBot, window: MainWindow,
                                              world: UiWorld) -> None:
    """A first sync, then one that updates Sophie, creates Paul and has Jean refused."""
    [sophie] = world.add_crm({"first_name": "Sophie", "last_name": "Martin",
                              "personal_email": "sophie@exemple.fr"})
    preview(qtbot, window)
    assert sync(qtbot, window).status is SyncStatus.OK
    with SqliteCrm(world.service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=sophie,
                            contact={"home_phone": "01 02 03 04 05"})])
    world.add_crm({"first_name": "Paul", "last_name": "Durand",
                   "personal_email": "paul@exemple.fr"},
                  {"first_name": "Jean", "last_name": "Refusé",
                   "personal_email": REFUSED_EMAIL})
    world.sandbox.faults.configure(refuse_value=REFUSED_EMAIL)
    preview(qtbot, window)
    assert sync(qtbot, window).status is SyncStatus.PARTIAL


def wait_for_changes(qtbot: QtBot, dialog: HistoryDialog) -> None:
    qtbot.waitUntil(lambda: dialog.changes_stack.currentWidget() is dialog.changes_view,
                    timeout=JOB_TIMEOUT_MS)


def shown_rows(dialog: HistoryDialog) -> list[tuple[str, ...]]:
    model = dialog.changes_view.model()
    return [tuple(model.index(row, column).data() for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def headers(dialog: HistoryDialog) -> list[str]:
    model = dialog.changes_view.model()
    return [model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(model.columnCount())]


def test_history_shows_what_the_selected_run_did_to_each_contact(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, runner: JobRunner,
        in_language) -> None:
    run_with_a_create_an_update_and_a_refusal(qtbot, window, signed_in)

    dialog = open_history(qtbot, window)
    wait_for_changes(qtbot, dialog)  # the newest run is selected, its rows read
    assert headers(dialog) == ["Action", "Side", "Name", "Fields", "Status", "Reason"]
    [create, update, refused] = shown_rows(dialog)  # in the order written
    assert update == ("updated", "Google", "Sophie Martin", "Home phone", "written", "")
    assert create == ("created", "Google", "Paul Durand",
                      "Last name, First name, Personal email", "written", "")
    assert refused[:5] == ("", "Google", "Jean Refusé", "", "not synced")
    assert refused[5].startswith("Google refused a change: ") and REFUSED_EMAIL in refused[5]
    # The errors pane says the same refusal, whole.
    assert dialog.errors.toPlainText() == f"Jean Refusé — {refused[5]}"
    # Sorted by a column, then back on the first sync: its one create.
    dialog.changes_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [row[2] for row in shown_rows(dialog)] == ["Jean Refusé", "Paul Durand",
                                                      "Sophie Martin"]
    dialog.table.selectRow(1)
    wait_for_changes(qtbot, dialog)
    assert shown_rows(dialog) == [
        ("created", "Google", "Sophie Martin", "Last name, First name, Personal email",
         "written", "")]
    dialog.close()

    in_language(Language.FRENCH)
    french = HistoryDialog(signed_in.service, runner)
    qtbot.addWidget(french)
    wait_for_changes(qtbot, french)
    assert headers(french) == ["Action", "Côté", "Nom", "Champs", "État", "Motif"]
    [create, update, refused] = shown_rows(french)
    assert update == ("modifié", "Google", "Sophie Martin", "Téléphone domicile",
                      "enregistré", "")
    assert create == ("créé", "Google", "Paul Durand", "Nom, Prénom, E-mail personnel",
                      "enregistré", "")
    assert refused[:5] == ("", "Google", "Jean Refusé", "", "non synchronisé")
    assert refused[5].startswith(f"Google a refusé une modification{NBSP}: ")


def test_an_undo_has_no_rows_of_its_own(qtbot: QtBot, window: MainWindow,
                                        signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    preview(qtbot, window)
    sync(qtbot, window)
    signed_in.service.undo_last()

    dialog = open_history(qtbot, window)
    assert dialog.table.item(0, 1).text() == "undo of run 1"
    assert dialog.changes_stack.currentWidget() is dialog.changes_placeholder
    first = local_time(dialog.runs[1].started_at)
    assert dialog.changes_placeholder.text() == (
        f"An undo has no list of its own: it put back what the run of {first} wrote.\n"
        "Select that run to see its contacts.")
    assert dialog.changes_model.rowCount() == 0
    dialog.table.selectRow(1)
    wait_for_changes(qtbot, dialog)
    assert [row[:3] for row in shown_rows(dialog)] == [("created", "Google", "Sophie Martin")]
    dialog.close()
