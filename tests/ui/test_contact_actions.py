"""R-S9 from the tables (ignore, unlink) and Help ▸ Export diagnostics (R-UI4)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView
from pytestqt.qtbot import QtBot

from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.sync.engine import SyncStatus
from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, names, preview, sync


def row_menu(window: MainWindow, view: QTableView, name: str) -> QMenu:
    """The table's context menu for the row of ``name`` (built, not popped up)."""
    page = window.sync_page
    model = page.to_google_model if view is page.to_google_view else page.to_crm_model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).change.name == name)
    view.selectRow(row)
    menu = QMenu(view)
    page._add_contact_actions(menu, view, QPoint(-1, -1))  # the current row
    return menu


def action(menu: QMenu, name: str) -> QAction | None:
    return next((a for a in menu.actions() if a.objectName() == name), None)


def test_ignore_this_contact_from_the_table(qtbot: QtBot, window: MainWindow,
                                            signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"},
                      {"first_name": "Paul", "last_name": "Durand",
                       "personal_email": "paul@exemple.fr"})
    preview(qtbot, window)
    menu = row_menu(window, window.sync_page.to_google_view, "Paul Durand")
    ignore = action(menu, "ignoreContact")
    assert ignore is not None and action(menu, "unlinkContact") is None  # not linked
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        ignore.trigger()
    assert names(window.sync_page.to_google_model) == ["Sophie Martin"]
    assert sync(qtbot, window).status is SyncStatus.OK
    assert signed_in.google_emails() == {"sophie@exemple.fr"}


def test_unlink_a_linked_update(qtbot: QtBot, window: MainWindow,
                                signed_in: UiWorld) -> None:
    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@exemple.fr"})
    preview(qtbot, window)
    sync(qtbot, window)
    with SqliteCrm(signed_in.service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id,
                            contact={"home_phone": "01 02 03 04 05"})])
    preview(qtbot, window)
    unlink = action(row_menu(window, window.sync_page.to_google_view, "Sophie Martin"),
                    "unlinkContact")
    assert unlink is not None
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        unlink.trigger()
    assert window.plan_outcome is not None and window.plan_outcome.status.linked == 0


def test_export_diagnostics_from_the_help_menu(qtbot: QtBot, window: MainWindow,
                                               tmp_path: Path) -> None:
    window.diagnostics.choose_folder = lambda _parent: tmp_path
    with qtbot.waitSignal(window.diagnostics.exported, timeout=JOB_TIMEOUT_MS) as done:
        window.diagnostics_action.trigger()
    path = done.args[0]
    assert path.parent == tmp_path and path.suffix == ".zip"
    assert "settings.json" in zipfile.ZipFile(path).namelist()
    box = window.diagnostics.result_box
    assert box is not None and str(path) in box.text()
    box.accept()
