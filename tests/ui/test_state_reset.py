"""#17, 4: a damaged sync state in the window. The preview's failure offers "Start a new
sync state"; the button sets the file aside and previews with a new state, in which
nobody is created twice."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, preview, sync


def test_a_damaged_state_is_reset_from_the_window_without_duplicates(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@ex.fr"},
                      {"first_name": "Paul", "last_name": "Durand",
                       "personal_email": "paul@ex.fr"})
    signed_in.add_google("Marc", "Phone", "marc@ex.fr")
    preview(qtbot, window)
    sync(qtbot, window)
    google, crm = signed_in.google_emails(), sorted(signed_in.crm())
    [state] = (signed_in.home / "state").glob("state-*.sqlite3")
    state.write_bytes(b"overwritten by another program\n" * 100)

    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        window.preview()
    box = window.findChild(QMessageBox, "stateDamagedBox")
    assert box is not None and box.isVisible()
    assert str(state) in box.text() and "damaged" in box.text()
    assert window.findChild(QMessageBox, "errorBox") is None  # one box, with the way out
    button = box.findChild(QPushButton, "resetState")
    assert button is not None

    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        button.click()
    [aside] = (signed_in.home / "state").glob("state-*.sqlite3.damaged-*")
    assert aside.read_bytes().startswith(b"overwritten by another program")
    assert aside.name in window.statusBar().currentMessage()
    # Matched again by tag and email: nothing to create on either side.
    page = window.sync_page
    assert page.to_google_model.rowCount() == 0 and page.to_crm_model.rowCount() == 0
    sync(qtbot, window)
    assert (signed_in.google_emails(), sorted(signed_in.crm())) == (google, crm)
