"""#19: the contact editor and the trash, as a user drives them — create a contact in
the editor → sync → it is in Google; edit it in Google → sync → the editor shows the new
value; delete → trash → restore → sync: still one contact on each side. Real widgets
offscreen, the app's service, the sandbox on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crmsync_gui.core.contact_book import ContactStatus
from crmsync_gui.crm.csv_io import import_csv
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.ui.contact_editor import ContactEditor
from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, preview, sync


def open_editor(qtbot: QtBot, window: MainWindow, crm_id: int | None) -> ContactEditor:
    page = window.contacts_page
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        assert page._edit(crm_id)
    assert page.editor is not None
    return page.editor


def save(qtbot: QtBot, window: MainWindow, editor: ContactEditor) -> None:
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        editor.save()  # saved in the worker, then a preview shows what goes to Google


def rows(window: MainWindow) -> dict[str, ContactStatus]:
    model = window.contacts_page.model
    return {model.row_at(i).name: model.row_at(i).status for i in range(model.rowCount())}


def test_create_edit_in_google_and_see_it_in_the_editor(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    preview(qtbot, window)
    assert window.new_contact_action.shortcut().toString() == "Ctrl+N"
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        window.new_contact_action.trigger()
    editor = window.contacts_page.editor
    assert editor is not None and editor.windowTitle() == "New contact"
    editor.fields["first_name"].setText("Agathe")
    editor.fields["last_name"].setText("Lemoine")
    editor.fields["personal_email"].setText("agathe@ex.fr")
    editor.fields["personal_mobile"].setText("06 55 44 33 22")
    assert editor.readings["personal_mobile"].text() == "read as +33 6 55 44 33 22"
    editor.fields["home_phone"].setText("12")
    assert "not read as a phone number" in editor.readings["home_phone"].text()
    editor.fields["home_phone"].setText("")
    save(qtbot, window, editor)
    assert rows(window) == {"Agathe Lemoine": ContactStatus.WAITING}
    sync(qtbot, window)
    assert signed_in.google_emails() == {"agathe@ex.fr"}

    [rn] = signed_in.google()
    signed_in.sandbox.admin.patch_contact(rn.split("/")[-1], {
        "phoneNumbers": [{"value": "06 99 88 77 66", "type": "mobile"}]})
    preview(qtbot, window)
    sync(qtbot, window)
    [crm_id] = signed_in.crm()
    editor = open_editor(qtbot, window, crm_id)
    assert editor.fields["personal_mobile"].text() == "06 99 88 77 66"


def test_a_bad_email_is_refused_with_a_word_and_a_duplicate_asked(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    [sophie] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@ex.fr"})
    preview(qtbot, window)
    editor = open_editor(qtbot, window, None)
    editor.fields["last_name"].setText("Durand")
    editor.fields["personal_email"].setText("paul at ex.fr")
    editor.save()
    assert editor.problem.isVisibleTo(editor)
    assert "paul at ex.fr is not an email address" in editor.problem.text()
    assert not window.runner.busy and len(signed_in.crm()) == 1  # nothing written

    editor.fields["personal_email"].setText("SOPHIE@ex.fr")  # Sophie's, another case
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        editor.save()
    box = window.contacts_page.duplicate_box
    assert box is not None and box.text() == "Sophie Martin already has this email."
    assert len(signed_in.crm()) == 1  # asked first
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        box.findChild(QPushButton, "saveAnyway").click()
    assert sorted(c.record.last_name for c in signed_in.crm().values()) == ["Durand",
                                                                             "Martin"]
    assert sophie in signed_in.crm()


def test_delete_to_the_trash_restore_and_sync_keep_one_contact_a_side(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@ex.fr"})
    preview(qtbot, window)
    sync(qtbot, window)
    page = window.contacts_page
    qtbot.waitUntil(lambda: rows(window) == {"Sophie Martin": ContactStatus.IN_SYNC},
                    timeout=JOB_TIMEOUT_MS)
    page.view.selectRow(0)
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        page.view.setFocus()
        assert page.delete_selected()
    assert rows(window) == {}  # out of the list…
    page.status_filter.setCurrentIndex(page.status_filter.findData(ContactStatus.IN_TRASH))
    assert rows(window) == {"Sophie Martin": ContactStatus.IN_TRASH}  # …into the trash
    page.view.selectRow(0)
    assert page.restore_button.isVisible() and not page.edit_button.isVisible()
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        page.restore_button.click()
    page.status_filter.setCurrentIndex(0)
    assert list(rows(window)) == ["Sophie Martin"]
    sync(qtbot, window)
    assert signed_in.google_emails() == {"sophie@ex.fr"} and len(signed_in.google()) == 1
    assert len(signed_in.crm()) == 1
    assert window.findChild(QMessageBox, "errorBox") is None


def test_the_managed_block_is_shown_apart_and_kept(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    from crmsync_gui.crm.model import CrmWrite, WriteKind
    from crmsync_gui.crm.sqlite_db import SqliteCrm

    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@ex.fr"})
    block = "--- Google (CRM Sync) ---\nFonction : Gérante\n--- end ---"
    with SqliteCrm(signed_in.service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id, note=f"Cliente\n\n{block}")])
    preview(qtbot, window)
    editor = open_editor(qtbot, window, crm_id)
    assert editor.note.toPlainText() == "Cliente"
    shown = editor.findChild(type(editor.note), "managedBlock")
    assert shown is not None and shown.isReadOnly() and shown.toPlainText() == block
    editor.note.setPlainText("Cliente fidèle")
    save(qtbot, window, editor)
    assert signed_in.crm()[crm_id].note == f"Cliente fidèle\n\n{block}"


def test_a_form_opened_before_a_sync_never_undoes_what_the_sync_wrote(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@ex.fr",
                                  "personal_mobile": "06 11 11 11 11"})
    preview(qtbot, window)
    sync(qtbot, window)
    editor = open_editor(qtbot, window, crm_id)  # opened, then left open…
    [rn] = signed_in.google()
    signed_in.sandbox.admin.patch_contact(rn.split("/")[-1], {
        "phoneNumbers": [{"value": "06 99 99 99 99", "type": "mobile"}]})
    preview(qtbot, window)
    sync(qtbot, window)  # …while the sync brings the phone's new number in
    assert signed_in.crm()[crm_id].record.personal_mobile == "06 99 99 99 99"
    editor.note.setPlainText("Rappeler lundi")
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        editor.save()
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "Sophie Martin changed since you opened it" in box.text()
    assert signed_in.crm()[crm_id].record.personal_mobile == "06 99 99 99 99"
    assert editor.isVisible()  # the user's typing is still there to copy


def test_a_contact_with_a_company_offers_no_silent_no_company(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, sample_csv: Path) -> None:
    # "(no company)" used to be offered and then ignored: the link stayed, unsaid.
    with SqliteCrm(signed_in.service.crm_path) as crm:
        import_csv(crm, sample_csv)
    preview(qtbot, window)
    [sophie] = [i for i, c in signed_in.crm().items() if c.record.first_name == "Sophie"]
    editor = open_editor(qtbot, window, sophie)
    texts = [editor.company.itemText(i) for i in range(editor.company.count())]
    assert "(no company)" not in texts and editor.company.currentText() == "Boulangerie Dupain"
    editor.reject()
    editor = open_editor(qtbot, window, None)
    assert editor.company.itemText(0) == "(no company)"  # a new contact may have none


def test_open_the_other_contact_keeps_the_draft_and_tags_complete_after_a_comma(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    [sophie] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@ex.fr", "tags": "Salon 2025"})
    preview(qtbot, window)
    draft = open_editor(qtbot, window, None)
    draft.fields["last_name"].setText("Durand")
    draft.fields["personal_email"].setText("sophie@ex.fr")
    draft.tags.setText("VIP, sal")
    completer = draft.tags.completer()
    assert completer.splitPath(draft.tags.text()) == ["sal"]
    completer.setCompletionPrefix("sal")
    assert completer.setCurrentRow(0)
    assert completer.pathFromIndex(completer.currentIndex()) == "VIP, Salon 2025"
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        draft.save()
    box = window.contacts_page.duplicate_box
    assert box is not None
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        box.findChild(QPushButton, "openOther").click()
    other = window.contacts_page.editor
    assert other is not None and other is not draft
    assert other.fields["first_name"].text() == "Sophie" and other.form.crm_id == sophie
    assert draft.isVisible() and draft.fields["last_name"].text() == "Durand"  # kept
