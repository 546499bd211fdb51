"""R-S8 from the window: the backups, and a restore of the chosen sides."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmsync_gui.sync.engine import SyncStatus
from crmsync_gui.ui.backups_dialog import BackupsDialog, RestoreSidesDialog
from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, preview, sync


def test_restore_the_crm_side_of_the_first_backup(qtbot: QtBot, window: MainWindow,
                                                  signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    signed_in.add_google("Léa", "Roux", "lea@exemple.fr")
    preview(qtbot, window)
    assert sync(qtbot, window).status is SyncStatus.OK
    assert len(signed_in.crm()) == 2  # Léa came from Google

    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog, "backupsDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=JOB_TIMEOUT_MS)
    assert dialog.table.item(0, 1).text() == "before the first sync"
    assert (dialog.table.item(0, 2).text(), dialog.table.item(0, 3).text()) == ("1", "1")

    dialog.restore_button.click()
    sides = dialog.findChild(RestoreSidesDialog, "restoreSides")
    assert sides is not None and sides.both.isChecked()
    sides.crm_only.setChecked(True)
    sides.accept()
    box = dialog.findChild(QMessageBox, "confirmRestore")
    assert box is not None and "the CRM database as they were" in box.text()
    with (qtbot.waitSignal(dialog.restore_done, timeout=JOB_TIMEOUT_MS) as done,
          qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS)):
        box.button(QMessageBox.StandardButton.Yes).click()
    report = done.args[0]
    assert report.google is None and report.safety_backup is not None
    assert [c.record.last_name for c in signed_in.crm().values()] == ["Martin"]
    assert "is restored" in dialog.report_text(report)
    # The safety copy of the CRM as it was is listed too.
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=JOB_TIMEOUT_MS)
    assert dialog.report_box is not None
    dialog.report_box.accept()
    dialog.close()
