"""R-UI5: the core's reasons, reports and error messages reach the window translated.

The core keeps a code and arguments (crmsync_gui/core/reasons.py); ui/reasons.py has one
translated template per code. These tests keep the two in step: every code has a
template, the window's English is the core's English word for word, and in French the
real planner's, undo's and Google's sentences come out in French.
"""

from __future__ import annotations

import errno
import json
import threading
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

import httplib2
import pytest
from googleapiclient.errors import HttpError
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import Language, Settings, SettingsError, load_settings
from crmsync_gui.core.plan import Plan, Side
from crmsync_gui.core.plan_input import Decisions, PlanOptions
from crmsync_gui.core.policies import ConflictPolicy
from crmsync_gui.core.reasons import ENGLISH, ENGLISH_ONE, ENGLISH_WORDS, Reason, ReasonCode
from crmsync_gui.core.record import Field
from crmsync_gui.crm.csv_io import CsvImportError, read_rows
from crmsync_gui.crm.model import CrmError, CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.auth import SIGN_IN_PAGE_TEXT
from crmsync_gui.google.errors import SignInRequired, error_from_http
from crmsync_gui.google.tokens import open_token_store
from crmsync_gui.sandbox.testing import write_client_secrets
from crmsync_gui.sync.backup import BEFORE_DELETIONS, BEFORE_FIRST_SYNC
from crmsync_gui.sync.engine import Progress, SyncStatus
from crmsync_gui.sync.undo import UndoReport
from crmsync_gui.ui.app import install_translations
from crmsync_gui.ui.errors import describe_error
from crmsync_gui.ui.history_dialog import HistoryDialog
from crmsync_gui.ui.labels import field_label, side_label
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.reasons import (
    PLURAL_TEMPLATES,
    TEMPLATES,
    contact_name,
    os_error_text,
    reason_text,
    text_in_language,
)
from crmsync_gui.ui.tray import TrayController
from crmsync_gui.ui.wizard import SetupWizard
from crmsync_gui.ui.worker import JobRunner
from tests.core.conftest import World, at, company, crm_contact, google_contact, make_plan
from tests.core.test_reasons import sample

from .conftest import JOB_TIMEOUT_MS, UiWorld

NBSP = "\u00a0"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, Language.FRENCH)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def representative_plans() -> list[Plan]:
    """Real plans from the real planner, covering most kinds of reasons."""
    crm = [crm_contact(1, last_name="Martin", personal_email="m@x.fr", home_phone="0102030405",
                       updated=at(5)),
           crm_contact(2, last_name="Neuf", personal_email="n@x.fr"),
           crm_contact(3, first_name="Léa", last_name="Roux", personal_mobile="0611223344"),
           crm_contact(4, last_name="Double", personal_email="d@x.fr"),
           crm_contact(5, last_name="Doublon", personal_email="d@x.fr"),
           crm_contact(6)]
    google = [google_contact("people/c1", last_name="Martin", personal_email="M@x.fr",
                             home_phone="0199999999", updated=at(1)),
              google_contact("people/c9", last_name="Acmé", company_name="ACME"),
              google_contact("people/c8", last_name="Seul", work_email="s@x.fr"),
              google_contact("people/c7", first_name="Léa", last_name="Roux")]
    first = make_plan(crm, google, companies=[company(4, "Acme")],
                      options=PlanOptions(conflict_policy=ConflictPolicy.NEWEST))
    ask = make_plan(crm[:1], google[:1], options=PlanOptions(conflict_policy=ConflictPolicy.ASK))
    # Deletions on both sides, and the mass-deletion stop.
    world = World()
    for i in range(1, 9):
        world.crm[i] = crm_contact(i, last_name=f"Nom{i}", personal_email=f"{i}@x.fr")
    world.sync()
    world.google.clear()
    deletions = world.plan(Decisions(delete_in_crm=frozenset(range(1, 8))))
    return [first, ask, deletions]


def plan_reasons(plan: Plan) -> list[Reason]:
    items = (*plan.to_google, *plan.to_crm, *plan.conflicts, *plan.skipped,
             *plan.possible_matches)
    return [item.why for item in items] + ([plan.confirmation] if plan.confirmation else [])


# -- every code has words, and the English is the core's -------------------------------------

def test_every_code_has_a_window_template() -> None:
    """Fails when a code is added to ReasonCode without its translated template."""
    assert set(TEMPLATES) | set(PLURAL_TEMPLATES) == set(ReasonCode)
    assert not set(TEMPLATES) & set(PLURAL_TEMPLATES)
    assert set(PLURAL_TEMPLATES) == set(ENGLISH_ONE)  # each plural has its English singular


@pytest.mark.parametrize("code", list(ReasonCode))
def test_window_english_template_is_the_core_english(code: ReasonCode) -> None:
    if code in PLURAL_TEMPLATES:  # "1 new contact", "2 new contacts": Qt's plural forms
        for n, english in ((1, ENGLISH_ONE[code]), (2, ENGLISH[code]), (0, ENGLISH[code])):
            assert PLURAL_TEMPLATES[code](n) == english.replace("{count}", str(n))
        return
    assert TEMPLATES[code]() == ENGLISH[code]


def test_word_arguments_are_the_window_labels_in_english() -> None:
    for word, english in ENGLISH_WORDS.items():
        label = side_label(word) if isinstance(word, Side) else field_label(word)
        assert label == english, word


@pytest.mark.parametrize("code", list(ReasonCode))
def test_window_english_equals_core_english(code: ReasonCode) -> None:
    reason = sample(code)
    assert reason_text(reason) == reason.text


def test_window_english_equals_core_english_for_real_plans() -> None:
    reasons = [r for plan in representative_plans() for r in plan_reasons(plan)]
    codes = {r.code for r in reasons}
    assert len(codes) >= 12, codes  # the plans really cover many kinds of reasons
    for reason in reasons:
        assert reason_text(reason) == reason.text


# -- in French ---------------------------------------------------------------------------------

@pytest.mark.usefixtures("french")
def test_every_code_is_translated_to_french() -> None:
    untranslated = [code for code in TEMPLATES
                    if code is not ReasonCode.TEXT and TEMPLATES[code]() == ENGLISH[code]]
    untranslated += [code for code, template in PLURAL_TEMPLATES.items()
                     if template(2) == ENGLISH[code].replace("{count}", "2")]
    assert not untranslated


@pytest.mark.usefixtures("french")
def test_real_plans_read_in_french() -> None:
    for plan in representative_plans():
        for reason in plan_reasons(plan):
            assert reason_text(reason) != reason.text, reason
    [first, ask, deletions] = representative_plans()
    martin = next(c for c in first.to_google if c.crm_id == 1)
    assert reason_text(martin.why) == ("modifié dans le CRM (première synchronisation, "
                                       "rapproché via l’e-mail personnel m@x.fr)")
    [conflict] = first.conflicts
    assert reason_text(conflict.why) == ("valeurs différentes à la première synchronisation"
                                         f"{NBSP}: la plus récente (CRM) l’emporte")
    assert reason_text(ask.conflicts[0].why) == ("valeurs différentes à la première "
                                                 f"synchronisation{NBSP}: choisissez la "
                                                 "valeur à garder")
    acme = next(c for c in first.to_crm if c.resource_name == "people/c9")
    assert reason_text(acme.why) == "nouveau dans Google, associé à l’entreprise Acme"
    shared = next(s for s in first.skipped if s.crm_id == 5)
    assert reason_text(shared.why) == (f"l’e-mail d@x.fr est aussi utilisé par le contact "
                                       f"CRM 4{NBSP}: seul celui-ci est synchronisé")
    assert reason_text(deletions.confirmation) == (
        "cette synchronisation supprimerait 7 des 8 contacts synchronisés"
        f"{NBSP}: confirmez les suppressions pour continuer")


@pytest.mark.usefixtures("french")
def test_word_arguments_are_translated() -> None:
    assert reason_text(Reason.of(ReasonCode.CONFLICT_YOUR_CHOICE, side=Side.GOOGLE)) == (
        f"votre choix{NBSP}: la valeur Google est conservée")
    assert reason_text(Reason.of(ReasonCode.UNDO_GOOGLE_FIELD_CHANGED, name="Léa Roux",
                                 field=Field.HOME_PHONE)) == (
        f"Léa Roux{NBSP}: Téléphone domicile modifié dans Google depuis{NBSP}; laissé tel quel")


@pytest.mark.usefixtures("french")
def test_google_errors_in_french() -> None:
    error = error_from_http(HttpError(httplib2.Response({"status": 503}),
                                      json.dumps({"error": {"code": 503}}).encode()))
    text = describe_error(error)
    assert text.title == "Google ne répond pas"
    assert text.message == ("Google est occupé ou injoignable\u00a0: réessayez dans "
                            "quelques minutes. Rien n’est perdu (une synchronisation reprend "
                            "où elle s’était arrêtée).")



@pytest.mark.usefixtures("french")
def test_errors_raised_by_the_service_in_french(tmp_path: Path) -> None:
    # A copy with its OAuth client: without one, that is what the service names first.
    secrets = write_client_secrets(tmp_path / "client_secret.json", "http://127.0.0.1:9")
    service = SyncService(Profile.locate(tmp_path / "home"),
                          Settings(google_client_secrets=str(secrets)))
    with pytest.raises(SignInRequired) as error:
        service.runs()
    assert describe_error(error.value).message == (
        f"Vous n’êtes pas connecté à Google{NBSP}: connectez-vous d’abord.")
    with pytest.raises(CrmError) as missing:
        service.choose_crm_database(tmp_path / "absent.sqlite3")
    assert describe_error(missing.value).message == (
        f"{tmp_path / 'absent.sqlite3'} n’existe pas.")
    # Warnings are reasons too (the window's tooltip, the wizard's result).
    assert text_in_language(open_token_store().warning) == (
        "Aucun trousseau de mots de passe sécurisé n’a été trouvé sur cet ordinateur"
        f"{NBSP}: la connexion à Google n’est gardée qu’en mémoire, et vous devrez vous "
        "reconnecter la prochaine fois.")


@pytest.mark.usefixtures("french")
def test_a_broken_settings_file_in_french(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"conflict_policy": "loudest"}), encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        load_settings(path)
    expected = (f"Le fichier de paramètres {path} est inutilisable{NBSP}: conflict_policy "
                f"vaut 'loudest'{NBSP}; valeurs possibles{NBSP}: newest, crm, google, ask")
    assert reason_text(error.value.reason) == expected
    # The error box reads it back from its English text (ui/errors.py): the same words.
    assert describe_error(error.value).message == expected
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SettingsError) as unreadable:
        load_settings(path)
    assert reason_text(unreadable.value.reason).startswith(
        f"Le fichier de paramètres {path} est inutilisable{NBSP}: il est illisible (")


@pytest.mark.usefixtures("french")
def test_the_name_of_a_nameless_contact_in_french() -> None:
    plan = make_plan([crm_contact(7, home_phone="0102030405"),
                      crm_contact(8, last_name="Roux", home_phone="0102030406")], [])
    names = sorted(contact_name(change.name) for change in plan.to_google)
    assert names == ["Contact CRM 7", "Roux"]
    assert [change.name for change in plan.to_google if change.crm_id == 7] == [
        "CRM contact 7"]  # the CLI's words are unchanged


@pytest.mark.usefixtures("french")
def test_file_errors_of_the_system_in_french() -> None:
    denied = PermissionError(errno.EACCES, "Permission denied", "/home/u/.config/autostart")
    assert os_error_text(denied) == "accès refusé à /home/u/.config/autostart"
    assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == (
        "le disque est plein")
    assert os_error_text(OSError(errno.EROFS, "Read-only file system", "/mnt/x")) == (
        "/mnt/x se trouve sur un disque en lecture seule")
    # Anything else is the system's own words.
    assert os_error_text(OSError(errno.EIO, "Input/output error")) == (
        "[Errno 5] Input/output error")


@pytest.mark.usefixtures("french")
def test_csv_import_errors_in_french() -> None:
    with pytest.raises(CsvImportError) as error:
        read_rows("Nom;Email perso\nMartin;pas-un-email\n")
    assert describe_error(error.value).message == (
        f"Rien n’a été importé{NBSP}:\nligne 2{NBSP}: Email perso 'pas-un-email' n’est pas "
        "une adresse e-mail")


@pytest.mark.usefixtures("french")
def test_backup_reasons_and_stored_lines_in_french() -> None:
    assert reason_text(BEFORE_FIRST_SYNC) == "avant la première synchronisation"
    assert reason_text(BEFORE_DELETIONS) == "avant une synchronisation qui supprime des contacts"
    # Run errors stored as English by an older version: read back, said in French.
    assert text_in_language("Sophie Martin: Google refused to update people/c1.") == (
        f"Sophie Martin{NBSP}: Google a refusé de modifier people/c1.")
    assert text_in_language("Something Google said") == "Something Google said"


def test_undo_report_in_french(qtbot: QtBot, signed_in: UiWorld, runner: JobRunner,
                               qapp: QApplication) -> None:
    """A real undo that leaves a field alone, its report read in French."""
    service = signed_in.service
    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@exemple.fr"})
    service.sync()
    with SqliteCrm(service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id,
                            contact={"home_phone": "01 02 03 04 05"})])
    service.sync()
    [(name, person)] = signed_in.google().items()
    signed_in.sandbox.admin.patch_contact(name.split("/")[-1], {
        "etag": person["etag"], "phoneNumbers": [{"value": "01 99 99 99 99", "type": "home"}]})
    report = service.undo_last()
    assert report.left_alone == [Reason.of(ReasonCode.UNDO_GOOGLE_FIELD_CHANGED,
                                           name="Sophie Martin", field=Field.HOME_PHONE)]

    translators = install_translations(qapp, Language.FRENCH)
    try:
        dialog = HistoryDialog(service, runner)
        qtbot.addWidget(dialog)
        qtbot.waitSignal(dialog.runs_loaded, timeout=JOB_TIMEOUT_MS).wait()
        text, details = dialog.report_text(report)
        assert text.startswith("0 modification remise.")
        assert details == (f"Laissés tels quels{NBSP}:\n  • Sophie Martin{NBSP}: Téléphone "
                           f"domicile modifié dans Google depuis{NBSP}; laissé tel quel")
        failed = UndoReport(run_id=3, errors=[Reason.of(
            ReasonCode.UNDO_FAILED, side=Side.GOOGLE, contact="people/c1",
            error=Reason.of(ReasonCode.GOOGLE_BUSY))])
        assert dialog.report_text(failed)[1].endswith(
            f"Google people/c1{NBSP}: Google est occupé ou injoignable{NBSP}: réessayez dans "
            "quelques minutes. Rien n’est perdu (une synchronisation reprend où elle "
            "s’était arrêtée).")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


# -- a run's errors, kept with the run as reasons ------------------------------------------------

def test_run_errors_are_kept_as_reasons_and_read_in_french(
        qtbot: QtBot, signed_in: UiWorld, runner: JobRunner, qapp: QApplication) -> None:
    """A real sync where Google refuses one contact (deleted in Google while the run
    writes): the run is partial, its problem names the contact and is kept in the state
    as code and arguments, and the history says it in French."""
    service = signed_in.service
    [_sophie, nameless] = signed_in.add_crm(
        {"first_name": "Sophie", "last_name": "Martin", "personal_email": "sophie@exemple.fr",
         "home_phone": "01 02 03 04 05"},
        {"home_phone": "01 99 99 99 99"})  # no name: shown as "CRM contact N"
    assert service.sync().status is SyncStatus.OK
    with SqliteCrm(service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id, contact={"home_phone": phone})
                   for crm_id, phone in ((_sophie, "01 02 03 04 06"),
                                         (nameless, "01 99 99 99 98"))])
    [gone] = [name for name, person in signed_in.google().items() if "names" not in person]

    def delete_while_writing(progress: Progress) -> None:
        if progress.phase == "sync" and progress.batch == 1:
            signed_in.sandbox.admin.delete_contact(gone.split("/")[-1])

    result = service.sync(progress=delete_while_writing)
    assert result.status is SyncStatus.PARTIAL and result.applied.get("google_updated") == 1
    [problem] = result.errors
    assert (problem.crm_id, problem.resource_name, problem.side) == (nameless, gone, Side.GOOGLE)
    assert contact_name(problem.name) == f"CRM contact {nameless}"
    assert problem.reason.code is ReasonCode.GOOGLE_REFUSED
    message = problem.reason.kwargs["message"]
    # The CLI's English is unchanged.
    assert problem.text == f"CRM contact {nameless}: Google refused a change: {message}"
    [run, _first] = service.runs()
    assert (run.status, run.errors) == ("partial", result.errors)

    translators = install_translations(qapp, Language.FRENCH)
    try:
        dialog = HistoryDialog(service, runner)
        qtbot.addWidget(dialog)
        qtbot.waitSignal(dialog.runs_loaded, timeout=JOB_TIMEOUT_MS).wait()
        dialog.table.selectRow(0)
        assert [dialog.table.item(0, column).text() for column in (1, 3)] == ["partielle", "1"]
        # toRawText: toPlainText would turn the no-break spaces into plain ones. The
        # made-up name comes back from the state as English text, and is said in French.
        assert dialog.errors.document().toRawText() == (
            f"Contact CRM {nameless} — Google a refusé une modification{NBSP}: {message}")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_run_stopped_by_google_keeps_its_reason(signed_in: UiWorld) -> None:
    signed_in.sandbox.admin.set_config(max_contacts=1)
    signed_in.add_crm({"last_name": "Martin", "personal_email": "m@exemple.fr"},
                      {"last_name": "Roux", "personal_email": "r@exemple.fr"})
    result = signed_in.service.sync()
    assert result.status is SyncStatus.FAILED
    assert [problem.reason for problem in result.errors] == [
        Reason.of(ReasonCode.GOOGLE_CONTACT_LIMIT)]
    [run] = signed_in.service.runs()
    assert (run.status, run.errors) == ("failed", result.errors)


# -- the tray and the sign-in page -----------------------------------------------------------------

class RefusedAutostart:
    """Start at login where the system refuses to write (a locked-down profile)."""

    def enable(self, command: Sequence[str]) -> None:
        raise PermissionError(errno.EACCES, "Permission denied",
                              "/home/u/.config/autostart/crm-sync.desktop")

    def disable(self) -> None:
        self.enable([])

    def is_enabled(self) -> bool:
        return False


@pytest.mark.usefixtures("french")
def test_start_at_login_refused_is_said_in_french(signed_in: UiWorld, runner: JobRunner,
                                                  window: MainWindow) -> None:
    tray = TrayController(signed_in.service, runner, window, tray_available=False,
                          autostart=RefusedAutostart())
    try:
        signed_in.service.settings.start_at_login = True
        tray.apply_settings()
        assert window.statusBar().currentMessage() == (
            f"Impossible de modifier le lancement à l’ouverture de session{NBSP}: accès "
            "refusé à /home/u/.config/autostart/crm-sync.desktop")
    finally:
        tray.stop()


def test_the_browser_page_after_sign_in_is_in_the_window_language(
        qtbot: QtBot, world: UiWorld, runner: JobRunner, qapp: QApplication) -> None:
    pages: list[str] = []
    read = threading.Event()

    def browser(url: str) -> bool:
        def visit() -> None:
            # The sandbox approves at once and sends the browser back to CRM Sync.
            with urllib.request.urlopen(url, timeout=10) as page:
                pages.append(page.read().decode("utf-8"))
            read.set()
        threading.Thread(target=visit, daemon=True).start()
        return True

    translators = install_translations(qapp, Language.FRENCH)
    try:
        wizard = SetupWizard(world.service, runner, browser)
        qtbot.addWidget(wizard)
        with qtbot.waitSignal(runner.finished, timeout=JOB_TIMEOUT_MS):
            wizard.sign_in_page.panel.sign_in()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert read.wait(10)
    assert pages == ["CRM Sync a reçu la réponse de Google. Vous pouvez fermer cette fenêtre "
                     "et revenir à CRM Sync."]
    assert world.service.session.account is not None


def test_the_window_english_sign_in_page_is_the_cli_one(world: UiWorld, runner: JobRunner,
                                                        qtbot: QtBot) -> None:
    wizard = SetupWizard(world.service, runner, lambda _url: True)
    qtbot.addWidget(wizard)
    page = wizard.sign_in_page
    assert page.panel.tr("CRM Sync has received Google's answer. You can close this window and "
                   "go back to CRM Sync.") == SIGN_IN_PAGE_TEXT
