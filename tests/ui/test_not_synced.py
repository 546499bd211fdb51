"""R-S5 / R-S7b in the window: the contacts not synced by choice (ignored, or kept after
their Google copy was removed), and Sync again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crmsync_gui.app.settings import Language
from crmsync_gui.sync.engine import SyncStatus
from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, names, preview, sync
from .test_contact_actions import action, row_menu
from .test_history_undo import click_yes, open_history

NOT_SYNCED_TAB = 3


def listed(window: MainWindow) -> list[tuple[str, ...]]:
    model = window.sync_page.not_synced_model
    return [tuple(model.index(row, column).data() for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def preview_by_hand(qtbot: QtBot, window: MainWindow) -> None:
    """The toolbar's Preview: everything read again, the "Not synced" list too."""
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        window.preview_action.trigger()


def test_a_contact_an_undo_removed_from_google_is_listed_and_synced_again(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    preview(qtbot, window)
    assert window.sync_page.tabs.tabText(NOT_SYNCED_TAB) == "Not synced (0)"
    assert sync(qtbot, window).status is SyncStatus.OK
    report = signed_in.service.undo_last()  # removes the Google copy the sync created
    assert report.reverted == 1 and not signed_in.google_emails()

    preview_by_hand(qtbot, window)
    assert window.sync_page.tabs.tabText(NOT_SYNCED_TAB) == "Not synced (1)"
    assert listed(window) == [("CRM", "Sophie Martin",
                               "kept after its Google copy was removed")]
    assert names(window.sync_page.to_google_model) == []  # kept: not sent again by itself
    assert not window.sync_page.sync_again_button.isEnabled()  # nothing selected yet
    window.sync_page.not_synced_view.selectRow(0)
    assert window.sync_page.sync_again_button.isEnabled()
    title = window.sync_page.detail.findChild(QLabel, "detailTitle")
    assert title is not None and title.text() == "Sophie Martin"

    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        window.sync_page.sync_again_button.click()
    assert listed(window) == []
    assert window.sync_page.tabs.tabText(NOT_SYNCED_TAB) == "Not synced (0)"
    assert names(window.sync_page.to_google_model) == ["Sophie Martin"]
    assert sync(qtbot, window).status is SyncStatus.OK
    assert signed_in.google_emails() == {"sophie@exemple.fr"}


def test_an_ignored_contact_is_listed_in_french_and_synced_again(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, in_language) -> None:
    in_language(Language.FRENCH)
    signed_in.add_crm({"first_name": "Paul", "last_name": "Durand",
                       "personal_email": "paul@exemple.fr"})
    preview(qtbot, window)
    assert window.sync_page.tabs.tabText(NOT_SYNCED_TAB) == "Non synchronisés (0)"
    ignore = action(row_menu(window, window.sync_page.to_google_view, "Paul Durand"),
                    "ignoreContact")
    assert ignore is not None
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        ignore.trigger()
    assert window.sync_page.tabs.tabText(NOT_SYNCED_TAB) == "Non synchronisés (1)"
    assert listed(window) == [("CRM", "Paul Durand", "ignoré à votre demande")]

    window.sync_page.not_synced_view.selectRow(0)
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        assert window.sync_page.sync_again_selected()
    assert listed(window) == []
    assert names(window.sync_page.to_google_model) == ["Paul Durand"]


def test_an_undo_from_history_lists_the_contact_at_once(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    preview(qtbot, window)
    sync(qtbot, window)
    dialog = open_history(qtbot, window)
    qtbot.waitUntil(dialog.undo_button.isEnabled, timeout=JOB_TIMEOUT_MS)
    dialog.undo_button.click()
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        click_yes(qtbot, dialog, "confirmUndo")  # the window previews after the undo
    assert listed(window) == [("CRM", "Sophie Martin",
                               "kept after its Google copy was removed")]
    assert dialog.report_box is not None
    dialog.report_box.accept()
    dialog.close()
