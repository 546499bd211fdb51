"""R-SEC in the window: who else may read the user's data is shown with the status."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crmsync_gui.app.settings import Language
from crmsync_gui.ui.main_window import MainWindow

from .conftest import UiWorld, preview


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_crm_database_every_user_can_read_is_flagged_in_french(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path,
        in_language: Callable[[Language], object]) -> None:
    shared = tmp_path / "office" / "crm.sqlite3"
    shared.parent.mkdir()
    sqlite3.connect(shared).close()
    shared.chmod(0o644)
    signed_in.service.settings.crm_database = str(shared)
    in_language(Language.FRENCH)

    preview(qtbot, window)

    assert window.account_label.text().endswith("⚠")
    # After the keyring's warning (tests have none), one paragraph each.
    assert window.account_label.toolTip().split("\n\n")[-1] == (
        f"Tous les utilisateurs de cet ordinateur peuvent lire la base CRM {shared}. Sauf "
        "si elle doit être partagée, rendez-la lisible par vous uniquement (chmod 600).")
    shared.chmod(0o600)
    preview(qtbot, window)
    assert "Tous les utilisateurs" not in window.account_label.toolTip()
