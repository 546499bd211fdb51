"""R-UI1: the first-run wizard, end to end against the sandbox."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmsync_gui.app.demo import play_demo_browser
from crmsync_gui.app.settings import ConflictPolicy, DeletionPolicy, load_settings
from crmsync_gui.sandbox import SandboxAdmin
from crmsync_gui.ui.app import AppController
from crmsync_gui.ui.worker import JobRunner

from .conftest import JOB_TIMEOUT_MS, UiWorld


def test_wizard_imports_csv_signs_in_and_shows_first_preview(
        qtbot: QtBot, world: UiWorld, runner: JobRunner, sample_csv: Path,
        tmp_path: Path) -> None:
    controller = AppController(world.service, play_demo_browser, runner)
    assert controller.needs_wizard()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None  # the controller deletes it once finished

    # Page 1: import the sample CSV into a new database.
    crm_page = wizard.crm_page
    database = tmp_path / "mon-crm.sqlite3"
    crm_page.import_radio.setChecked(True)
    crm_page.database.setText(str(database))
    crm_page.csv_file.setText(str(sample_csv))
    assert crm_page.isComplete()
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=JOB_TIMEOUT_MS):
        wizard.next()
    assert crm_page.info is not None and crm_page.info.contacts == 10
    assert "10" in crm_page.result_label.text()
    assert database.exists()

    # Page 2: sign in; the browser is played by the demo helper, the sandbox approves.
    page = wizard.sign_in_page
    assert wizard.currentPage() is page
    assert not page.isComplete()
    with qtbot.waitSignal(runner.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(page.panel.sign_in_button, Qt.MouseButton.LeftButton)
    assert "marie@dupain.example" in page.panel.account_label.text()
    assert page.isComplete()
    wizard.next()

    # Page 3: options, then Finish: the main window runs the first preview.
    options = wizard.options_page
    options.label_name.setText("Clients CRM")
    options.conflict.setCurrentIndex(options.conflict.findData(ConflictPolicy.CRM))
    options.deletion.setCurrentIndex(options.deletion.findData(DeletionPolicy.KEEP))
    options.reminder.setValue(45)
    with qtbot.waitSignal(runner.finished, timeout=JOB_TIMEOUT_MS):
        wizard.accept()
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.plan_outcome is not None, timeout=JOB_TIMEOUT_MS)
    assert window.sync_page.to_google_model.total() == 10  # every sample contact goes to Google
    assert window.sync_page.to_crm_model.total() == 0
    assert "marie@dupain.example" in window.account_label.text()

    saved = load_settings(world.service.profile.settings_file)
    assert saved.crm_database == str(database)
    assert (saved.label_name, saved.conflict_policy, saved.deletion_policy,
            saved.reminder_interval_minutes) == ("Clients CRM", ConflictPolicy.CRM,
                                                 DeletionPolicy.KEEP, 45)
    assert not AppController(world.service, play_demo_browser, runner).needs_wizard()


def test_sign_in_waits_without_freezing_and_cancel_works(
        qtbot: QtBot, world: UiWorld, runner: JobRunner) -> None:
    SandboxAdmin(world.sandbox.url).set_auto_approve(False)  # nobody approves
    opened: list[str] = []
    controller = AppController(world.service, opened.append, runner)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.crm_page.create_radio.setChecked(True)
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=JOB_TIMEOUT_MS):
        wizard.next()
    page = wizard.sign_in_page
    page.panel.sign_in()
    qtbot.waitUntil(lambda: "o/oauth2/auth" in page.panel.url_label.text(), timeout=10_000)
    assert page.panel.waiting.isVisible() and "gives up in" in page.panel.countdown_label.text()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)  # the browser opens in a thread
    assert opened[0].startswith(world.sandbox.url)
    with qtbot.waitSignal(runner.failed, timeout=10_000):
        qtbot.mouseClick(page.panel.cancel_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in page.panel.account_label.text().lower()
    assert page.panel.sign_in_button.isEnabled() and not page.isComplete()


def test_the_wizard_finishes_without_google_and_the_window_opens_on_the_contacts(
        qtbot: QtBot, world: UiWorld, runner: JobRunner, sample_csv: Path) -> None:
    controller = AppController(world.service, play_demo_browser, runner)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None  # the controller deletes it once finished
    wizard.crm_page.import_radio.setChecked(True)
    wizard.crm_page.csv_file.setText(str(sample_csv))
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=JOB_TIMEOUT_MS):
        wizard.next()
    page = wizard.sign_in_page
    assert not page.isComplete()  # Google, or say "later"
    page.later.setChecked(True)
    assert page.isComplete()
    wizard.next()
    with qtbot.waitSignal(runner.finished, timeout=JOB_TIMEOUT_MS):  # the contact book
        wizard.accept()
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.contacts_page.model.rowCount() == 10,
                    timeout=JOB_TIMEOUT_MS)
    assert window.account_menu.lost_box is None  # no error box at start
    assert "Sign in" in window.statusBar().currentMessage()
    assert window.account_menu.sign_in_action.isVisible()
    assert world.service.session.account is None
    # Finished: the next start opens the window, not the wizard again.
    assert not AppController(world.service, play_demo_browser, runner).needs_wizard()


def test_try_the_demo_leaves_this_profile_alone_and_comes_back_to_the_wizard(
        qtbot: QtBot, world: UiWorld, runner: JobRunner) -> None:
    controller = AppController(world.service, play_demo_browser, runner)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    button = wizard.crm_page.demo_button
    assert button.isVisible() and button.objectName() == "tryDemo"
    settings = world.service.profile.settings_file
    # --smoke-test: the demo opens, shows its preview and closes by itself, as a user
    # would after a look.
    process = wizard.try_demo("--smoke-test")
    assert process is not None and not wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.isVisible(), timeout=60_000)
    assert process.exitCode() == 0, bytes(process.readAllStandardError().data()).decode()
    assert not settings.exists() and not world.service.crm_path.exists()
    assert wizard.currentPage() is wizard.crm_page  # where the user left it
