"""R-UI3 / R-S7 from the window: the history of runs, and Undo last sync."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sync.engine import SyncStatus
from crmsync_gui.ui.history_dialog import HistoryDialog
from crmsync_gui.ui.main_window import MainWindow

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
    dialog.table.selectRow(1)
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
