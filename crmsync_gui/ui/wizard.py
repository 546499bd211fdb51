"""The first-run wizard (R-UI1): CRM database → Google sign-in → options.

Every page that does blocking work (opening or importing the database, the OAuth flow)
runs it through the shared ``JobRunner`` and moves on when the job's signal arrives, so
the wizard never freezes and its Cancel buttons always answer.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmsync_gui.app.demo import demo_command
from crmsync_gui.app.service import CrmDatabaseInfo, SyncService
from crmsync_gui.app.settings import ConflictPolicy, DeletionPolicy
from crmsync_gui.google.auth import DEFAULT_SIGN_IN_TIMEOUT
from crmsync_gui.ui.errors import ErrorText, describe_error
from crmsync_gui.ui.icons import app_icon
from crmsync_gui.ui.labels import conflict_policy_label, deletion_policy_label
from crmsync_gui.ui.reasons import text_in_language
from crmsync_gui.ui.settings_dialog import PathField, chosen, policy_combo, select
from crmsync_gui.ui.sign_in_panel import SignInPanel, show_problem
from crmsync_gui.ui.worker import JobRunner

CRM_JOB = "choose-crm"
log = logging.getLogger(__name__)

CREATE, OPEN, IMPORT = "create", "open", "import"


class SetupWizard(QWizard):
    def __init__(self, service: SyncService, runner: JobRunner,
                 open_url: Callable[[str], object] | None = None,
                 sign_in_timeout: float = DEFAULT_SIGN_IN_TIMEOUT,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.setWindowTitle(self.tr("Set up CRM Sync"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.crm_page = CrmPage(self)
        self.sign_in_page = SignInPage(open_url, sign_in_timeout, self)
        self.options_page = OptionsPage(self)
        for page in (self.crm_page, self.sign_in_page, self.options_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Show the first preview"))
        self.demo: QProcess | None = None  # the demo, while it runs
        self.resize(720, 520)

    def reject(self) -> None:
        self.sign_in_page.cancel()
        super().reject()

    def try_demo(self, *extra: str) -> QProcess | None:
        """The demo in a process of its own (its own profile and sandbox; this profile
        is not touched); this wizard waits hidden and comes back when it is closed."""
        if self.demo is not None:
            return None
        command = demo_command(self.service.profile.home)
        process = QProcess(self)
        process.setProgram(command[0])
        process.setArguments([*command[1:], *extra])
        process.finished.connect(self._demo_closed)
        process.errorOccurred.connect(self._demo_failed)
        self.demo = process
        process.start()
        self.hide()
        return process

    def _demo_closed(self) -> None:
        self.demo = None
        self.show()
        self.raise_()
        self.activateWindow()

    def _demo_failed(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            log.warning("the demo could not start: %s", self.demo.errorString()
                        if self.demo else error)
            self._demo_closed()
            QMessageBox.warning(self, self.tr("The demo could not start"), self.tr(
                "The demo could not start. The setup continues here; the log file has "
                "the details."))


class _Page(QWizardPage):
    """A page that may wait for a job of the wizard's runner."""

    job_name = ""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        wizard.runner.finished.connect(self._finished)
        wizard.runner.failed.connect(self._failed)
        # Bound methods, not lambdas: Qt drops them with the page.
        wizard.runner.busy_changed.connect(self._recheck)

    @property
    def service(self) -> SyncService:
        return self.setup.service

    def _recheck(self, *_args: object) -> None:
        self.completeChanged.emit()

    @Slot(str, object)
    def _finished(self, name: str, result: object) -> None:
        if name == self.job_name:
            self.job_done(result)

    @Slot(str, object)
    def _failed(self, name: str, error: object) -> None:
        if name == self.job_name:
            assert isinstance(error, ErrorText)
            self.job_failed(error)

    def job_done(self, result: object) -> None: ...

    def job_failed(self, error: ErrorText) -> None: ...

    def isComplete(self) -> bool:
        return not self.setup.runner.busy




class CrmPage(_Page):
    """Create, open, or fill from a CSV the CRM database the app syncs."""

    job_name = CRM_JOB

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Your CRM database"))
        self.setSubTitle(self.tr("CRM Sync keeps your contacts in a CRM database file. "
                                 "Start a new one, open the one you have, or import your "
                                 "contacts from a spreadsheet (CSV)."))
        self.create_radio = QRadioButton(self.tr("Create a new, empty CRM database"))
        self.open_radio = QRadioButton(self.tr("Open an existing CRM database"))
        self.import_radio = QRadioButton(
            self.tr("Import a CSV file (into a new database, or the existing one)"))
        self.mode = QButtonGroup(self)
        for radio, mode in ((self.create_radio, CREATE), (self.open_radio, OPEN),
                            (self.import_radio, IMPORT)):
            radio.setObjectName(f"crm-{mode}")
            self.mode.addButton(radio)
            radio.toggled.connect(self._changed)
        self.database = PathField(self.tr("CRM database"),
                                  self.tr("CRM database (*.sqlite3 *.sqlite *.db)"), save=True)
        self.csv_file = PathField(self.tr("CSV file"), self.tr("CSV files (*.csv *.txt)"))
        self.database.edit.textChanged.connect(self._changed)
        self.csv_file.edit.textChanged.connect(self._changed)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_button = QPushButton(self.tr("Try the demo first…"))
        self.demo_button.setObjectName("tryDemo")
        self.demo_button.setToolTip(self.tr(
            "Sample contacts and a stand-in for Google, in a profile of their own: nothing "
            "here is touched. Closing the demo brings you back to this setup."))
        self.demo_button.clicked.connect(lambda: wizard.try_demo())
        self.demo_button.setVisible(wizard.service.demo is None)
        form = QFormLayout()
        form.addRow(self.tr("Database file:"), self.database)
        form.addRow(self.tr("CSV file:"), self.csv_file)
        layout = QVBoxLayout(self)
        for radio in (self.create_radio, self.open_radio, self.import_radio):
            layout.addWidget(radio)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        demo_row = QHBoxLayout()
        demo_row.addStretch(1)
        demo_row.addWidget(self.demo_button)
        layout.addLayout(demo_row)
        self._done_for: tuple[str, str, str] | None = None
        self.info: CrmDatabaseInfo | None = None

    def initializePage(self) -> None:
        path = self.service.crm_path
        self.database.setText(str(path))
        (self.open_radio if path.exists() else self.create_radio).setChecked(True)

    def choice(self) -> tuple[str, str, str]:
        mode = (CREATE if self.create_radio.isChecked() else
                OPEN if self.open_radio.isChecked() else IMPORT)
        return mode, self.database.text(), self.csv_file.text() if mode == IMPORT else ""

    def _changed(self) -> None:
        self.csv_file.setEnabled(self.import_radio.isChecked())
        self.database._save = not self.open_radio.isChecked()
        if self._done_for is not None and self._done_for != self.choice():
            self._done_for = None
            self.result_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        mode, database, csv_file = self.choice()
        return super().isComplete() and bool(database) and (mode != IMPORT or bool(csv_file))

    def validatePage(self) -> bool:
        choice = self.choice()
        if self._done_for == choice:
            return True
        mode, database, csv_file = choice
        path = Path(database).expanduser()
        create = mode == CREATE or (mode == IMPORT and not path.exists())
        csv_path = Path(csv_file).expanduser() if csv_file else None
        service = self.service
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Importing…") if csv_path else self.tr("Opening…"))
        self.setup.runner.start(CRM_JOB, lambda _progress, _cancel: service.choose_crm_database(
            path, create=create, csv_file=csv_path))
        return False  # the wizard moves on when the job is done

    def job_done(self, result: object) -> None:
        assert isinstance(result, CrmDatabaseInfo)
        self.info = result
        self._done_for = self.choice()
        text = self.tr("%Ln contact(s) in {path}.", "", result.contacts).format(
            path=result.path)
        if result.imported is not None:
            report = result.imported
            text = self.tr("Imported: {created}, {updated}. ").format(
                created=self.tr("%n new", "", report.created),
                updated=self.tr("%n updated", "", report.updated)) + text
        if result.warning:
            text += "\n⚠ " + text_in_language(result.warning)
        self.result_label.setStyleSheet("")
        self.result_label.setText(text)
        self.setup.next()

    def job_failed(self, error: ErrorText) -> None:
        show_problem(self.result_label, error)


class SignInPage(_Page):
    """Sign in to Google without freezing: the flow waits in the worker (the panel)."""

    def __init__(self, open_url: Callable[[str], object] | None, timeout: float,
                 wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Your Google account"))
        self.setSubTitle(self.tr("CRM Sync needs your permission to read and update your "
                                 "Google Contacts. Your browser will ask you to approve."))
        self.panel = SignInPanel(wizard.service, wizard.runner, open_url, timeout, self)
        self.panel.changed.connect(self.completeChanged)
        self.later = QCheckBox(self.tr("Sign in later: use CRM Sync as a contact book for "
                                       "now (Account ▸ Sign in… when you are ready)"))
        self.later.setObjectName("signInLater")
        self.later.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.later)

    def initializePage(self) -> None:
        self.panel.show_account()

    def isComplete(self) -> bool:
        return super().isComplete() and not self.panel.busy and (
            self.service.session.account is not None or self.later.isChecked())

    def cancel(self) -> None:
        self.panel.cancel()


class OptionsPage(_Page):
    """The options a first sync depends on; the rest waits in the settings dialog."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("How to sync"))
        self.setSubTitle(self.tr("You can change these later in the settings."))
        self.label_name = QLineEdit()
        self.label_name.setToolTip(self.tr("Contacts created in Google get this label"))
        self.conflict: QComboBox = policy_combo(list(ConflictPolicy), conflict_policy_label)
        self.deletion: QComboBox = policy_combo(list(DeletionPolicy), deletion_policy_label)
        self.reminder = QSpinBox()
        self.reminder.setRange(1, 24 * 60)
        self.reminder.setSuffix(self.tr(" minutes"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Google label for your CRM contacts:"), self.label_name)
        form.addRow(self.tr("When a contact changed on both sides:"), self.conflict)
        form.addRow(self.tr("When a contact is deleted in Google:"), self.deletion)
        form.addRow(self.tr("Remind me of waiting changes every:"), self.reminder)
        form.addRow(self.error_label)
        self.label_name.textChanged.connect(self._recheck)

    def initializePage(self) -> None:
        settings = self.service.settings
        self.label_name.setText(settings.label_name)
        select(self.conflict, settings.conflict_policy)
        select(self.deletion, settings.deletion_policy)
        self.reminder.setValue(settings.reminder_interval_minutes)

    def isComplete(self) -> bool:
        return super().isComplete() and bool(self.label_name.text().strip())

    def validatePage(self) -> bool:
        settings = dataclasses.replace(
            self.service.settings, label_name=self.label_name.text().strip(),
            conflict_policy=chosen(self.conflict, ConflictPolicy),
            deletion_policy=chosen(self.deletion, DeletionPolicy),
            reminder_interval_minutes=self.reminder.value(), setup_done=True,
            extra=dict(self.service.settings.extra))
        try:
            self.service.apply_settings(settings)  # a small JSON file: fine on this thread
        except Exception as error:  # shown in words
            show_problem(self.error_label, describe_error(error))
            return False
        return True
