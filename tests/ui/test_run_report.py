"""R-S12 in the window: a run says what it did — ok, partial (the contacts it could not
bring over, each with why), or stopped (and why) — with its warnings, in the status bar,
in a report box and in the history (the tray's balloon: tests/ui/test_tray.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmsync_gui.app.settings import Language
from crmsync_gui.core.plan import Plan, Side
from crmsync_gui.core.reasons import Reason, ReasonCode, ReasonText
from crmsync_gui.core.run_report import RunProblem
from crmsync_gui.sync.engine import SyncResult, SyncStatus
from crmsync_gui.ui import jobs
from crmsync_gui.ui.change_model import COL_INCLUDE
from crmsync_gui.ui.history_dialog import HistoryDialog
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.reasons import problem_text
from crmsync_gui.ui.worker import JobRunner

from .conftest import JOB_TIMEOUT_MS, UiWorld, names, preview, sync

NBSP = "\u00a0"
REFUSED_EMAIL = "refuse-me@exemple.fr"


def three_and_one_google_refuses(world: UiWorld) -> int:
    """Three CRM contacts Google takes, and one whose email it refuses: its crm_id."""
    world.add_crm(*({"first_name": "Jean", "last_name": f"Nom{i}",
                     "personal_email": f"n{i}@exemple.fr"} for i in range(3)))
    [refused] = world.add_crm({"first_name": "Jean", "last_name": "Refusé",
                               "personal_email": REFUSED_EMAIL})
    world.sandbox.faults.configure(refuse_value=REFUSED_EMAIL)
    return refused


def report_box(window: MainWindow) -> QMessageBox:
    box = window.report_box
    assert box is not None and box.isVisible()
    return box


def deliver(qtbot: QtBot, window: MainWindow, result: SyncResult) -> None:
    """A run's result reaching the window as the worker hands it over."""
    with qtbot.waitSignal(window.sync_done, timeout=JOB_TIMEOUT_MS):
        window.runner.finished.emit("sync", jobs.SyncOutcome(result, None))


def hand_made_partial() -> SyncResult:
    nameless = ReasonText(Reason.of(ReasonCode.CRM_CONTACT_WITHOUT_NAME, crm_id=7))
    return SyncResult(
        SyncStatus.PARTIAL, Plan(), applied={"google_created": 4, "replanned": 3},
        errors=[RunProblem(Reason.of(ReasonCode.GOOGLE_REFUSED, message="Invalid email"),
                           crm_id=3, resource_name=None, name="Sophie Martin",
                           side=Side.GOOGLE),
                RunProblem(Reason.of(ReasonCode.REPLAN_LIMIT, count=3), crm_id=7,
                           resource_name="people/c7", name=nameless, side=Side.GOOGLE)],
        warnings=[RunProblem(Reason.of(ReasonCode.LABEL_RECREATED, name="CRM Sync",
                                       count=2))])


# -- the main window ----------------------------------------------------------------------

def test_a_partial_sync_names_each_contact_not_synced_and_why(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    refused = three_and_one_google_refuses(signed_in)
    preview(qtbot, window)
    model = window.sync_page.to_google_model
    left_out = next(i for i in range(model.rowCount()) if model.row_at(i).change.name ==
                    "Jean Nom0")
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):  # kept in the state
        assert model.setData(model.index(left_out, COL_INCLUDE),
                             Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    result = sync(qtbot, window)
    assert result.status is SyncStatus.PARTIAL
    [problem] = result.errors
    assert (problem.crm_id, problem.name) == (refused, "Jean Refusé")
    assert window.statusBar().currentMessage() == (
        "Sync finished with 1 contact not synced; 2 changes written.")
    box = report_box(window)
    assert box.windowTitle() == "Some contacts were not synced"
    assert box.icon() is QMessageBox.Icon.Warning
    assert box.text().startswith("1 contact could not be synced.")
    assert box.informativeText() == f"• {problem_text(problem)}"
    assert box.informativeText().startswith("• Jean Refusé — Google refused a change: ")
    box.close()
    # The run reached its end: what remains is offered again — the refused contact, and
    # the row left out, still left out (#21: until the user ticks it again).
    qtbot.waitUntil(lambda: window.sync_page.to_google_model.total() == 2)
    model = window.sync_page.to_google_model
    assert names(model) == ["Jean Nom0", "Jean Refusé"]
    assert [model.row_at(i).change.name for i in range(2)
            if model.row_at(i).key in model.excluded()] == ["Jean Nom0"]


def test_a_partial_sync_in_french_with_real_plurals(
        qtbot: QtBot, in_language, window: MainWindow) -> None:
    in_language(Language.FRENCH)
    deliver(qtbot, window, hand_made_partial())
    assert window.statusBar().currentMessage() == (
        f"Synchronisation terminée avec 2 contacts non synchronisés{NBSP}; 4 modifications "
        "enregistrées.")
    box = report_box(window)
    assert box.windowTitle() == "Certains contacts n’ont pas été synchronisés"
    assert box.text().startswith("2 contacts n’ont pas pu être synchronisés.")
    assert box.informativeText().split("\n") == [
        f"• Sophie Martin — Google a refusé une modification{NBSP}: Invalid email",
        "• Contact CRM 7 — modifié de nouveau pendant que la synchronisation l’enregistrait "
        f"(3 fois pendant cette synchronisation){NBSP}: laissé pour la prochaine "
        "synchronisation",
        "",
        f"• Avertissement{NBSP}: Le libellé 'CRM Sync' avait été supprimé dans Google{NBSP}: "
        "il a été recréé, avec 2 contacts synchronisés remis dedans."]
    box.close()

    one = hand_made_partial()
    del one.errors[1:]
    deliver(qtbot, window, one)
    assert window.statusBar().currentMessage().startswith(
        "Synchronisation terminée avec 1 contact non synchronisé" + NBSP + ";")
    assert report_box(window).text().startswith("1 contact n’a pas pu être synchronisé.")


def test_a_long_report_shows_the_first_lines_and_the_rest_in_details(
        qtbot: QtBot, window: MainWindow) -> None:
    result = SyncResult(SyncStatus.PARTIAL, Plan(), errors=[
        RunProblem(Reason.of(ReasonCode.NOT_APPLIED), crm_id=i, name=f"Contact {i}")
        for i in range(30)])
    deliver(qtbot, window, result)
    box = report_box(window)
    shown = box.informativeText().split("\n")
    assert shown[0] == ("• Contact 0 — planned but not written by this run: the next sync "
                        "tries again")
    assert shown[-1] == "… and 18 more (Show Details…)" and len(shown) == 13
    assert len(box.detailedText().split("\n")) == 30


def test_a_stopped_sync_says_why(qtbot: QtBot, window: MainWindow,
                                 signed_in: UiWorld) -> None:
    signed_in.sandbox.admin.set_config(max_contacts=1)
    signed_in.add_crm({"last_name": "Martin", "personal_email": "m@exemple.fr"},
                      {"last_name": "Roux", "personal_email": "r@exemple.fr"})
    preview(qtbot, window)
    assert sync(qtbot, window).status is SyncStatus.FAILED
    assert window.statusBar().currentMessage() == (
        "Sync stopped after 0 changes: Your Google account holds the most contacts Google "
        "allows (25,000).")
    box = report_box(window)
    assert box.windowTitle() == "The sync stopped"
    assert box.informativeText() == ("• Your Google account holds the most contacts Google "
                                     "allows (25,000).")


def test_what_stopped_a_run_comes_before_the_contacts_refused_until_then(
        qtbot: QtBot, window: MainWindow) -> None:
    refused = RunProblem(Reason.of(ReasonCode.GOOGLE_REFUSED, message="Invalid phone"),
                         crm_id=2, name="Léa Roux", side=Side.GOOGLE)
    busy = RunProblem(Reason.of(ReasonCode.CRM_BUSY, path="/data/crm.sqlite3",
                                error=Reason.text_only("database is locked")))
    deliver(qtbot, window, SyncResult(SyncStatus.FAILED, Plan(),
                                      applied={"google_created": 2}, errors=[refused, busy]))
    assert window.statusBar().currentMessage() == (
        "Sync stopped after 2 changes: The CRM database /data/crm.sqlite3 is busy or "
        "cannot be written: database is locked")
    assert report_box(window).informativeText().split("\n") == [
        "• The CRM database /data/crm.sqlite3 is busy or cannot be written: database is "
        "locked",
        "",
        "• Léa Roux — Google refused a change: Invalid phone"]


def test_an_ok_run_with_a_warning_is_no_failure(qtbot: QtBot, window: MainWindow,
                                                signed_in: UiWorld) -> None:
    """The label deleted in Google: re-created by the next sync, said as a warning."""
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    preview(qtbot, window)
    assert sync(qtbot, window).status is SyncStatus.OK
    assert window.report_box is None  # nothing to tell: no box
    signed_in.sandbox.admin.delete_group(signed_in.service.settings.label_name)
    signed_in.add_crm({"first_name": "Paul", "last_name": "Durand",
                       "personal_email": "paul@exemple.fr"})
    preview(qtbot, window)
    result = sync(qtbot, window)
    assert (result.status, result.errors) == (SyncStatus.OK, [])
    [warning] = result.warnings
    assert warning.reason.code is ReasonCode.LABEL_RECREATED
    assert window.statusBar().currentMessage() == (
        "Sync done: 1 change written; 1 warning.")
    box = report_box(window)
    assert (box.windowTitle(), box.icon()) == ("Sync done", QMessageBox.Icon.Information)
    assert box.informativeText() == f"• {problem_text(warning)}"
    assert "re-created" in box.informativeText()


# -- the history -----------------------------------------------------------------------------

def test_history_shows_a_partial_run_with_its_problems_then_its_warnings(
        qtbot: QtBot, in_language, window: MainWindow, signed_in: UiWorld,
        runner: JobRunner) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    preview(qtbot, window)
    sync(qtbot, window)
    label = signed_in.service.settings.label_name
    signed_in.sandbox.admin.delete_group(label)
    three_and_one_google_refuses(signed_in)
    result = sync(qtbot, window)  # its read finds the label gone
    assert result.status is SyncStatus.PARTIAL
    assert [w.reason.code for w in result.warnings] == [ReasonCode.LABEL_RECREATED]
    [problem] = result.errors
    refusal = problem_text(problem).split(" — ")[1]

    dialog = HistoryDialog(signed_in.service, runner)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.runs_loaded, timeout=JOB_TIMEOUT_MS).wait()
    assert [dialog.table.item(0, column).text() for column in range(4)][1:] == [
        "partly done", "3 created in Google", "1"]
    assert dialog.table.item(1, 1).text() == "done"
    assert dialog.errors.toPlainText().split("\n") == [
        f"Jean Refusé — {refusal}",
        f"Warning: The label '{label}' was deleted in Google: re-created, with 1 synced "
        "contact put back in it."]

    in_language(Language.FRENCH)
    dialog = HistoryDialog(signed_in.service, runner)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.runs_loaded, timeout=JOB_TIMEOUT_MS).wait()
    assert dialog.table.item(0, 1).text() == "partielle"
    lines = dialog.errors.document().toRawText().splitlines()  # U+2029 between lines
    assert lines[0].startswith(f"Jean Refusé — Google a refusé une modification{NBSP}: ")
    assert lines[1] == (f"Avertissement{NBSP}: Le libellé '{label}' avait été supprimé dans "
                        f"Google{NBSP}: il a été recréé, avec 1 contact synchronisé remis "
                        "dedans.")
