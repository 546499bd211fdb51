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

from .conftest import JOB_TIMEOUT_MS, UiWorld, names, preview, sync


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


def test_companies_joined_left_made_and_primary_reach_google(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, sample_csv: Path) -> None:
    with SqliteCrm(signed_in.service.crm_path) as crm:
        import_csv(crm, sample_csv)
    preview(qtbot, window)
    [sophie] = [i for i, c in signed_in.crm().items() if c.record.first_name == "Sophie"]
    editor = open_editor(qtbot, window, sophie)
    links = editor.company_links
    assert links.names() == ["Boulangerie Dupain"] and links.list.currentRow() == 0
    assert editor.fields["work_email"].isEnabled()
    assert not links.primary_button.isEnabled()  # it is the primary one already

    # A second company, new: typed, made on save. Its fields are its own.
    links.add("Atelier Roux")
    assert links.names() == ["Boulangerie Dupain", "Atelier Roux"]
    assert links.list.item(1).text() == "Atelier Roux (new company)"
    assert editor.fields["work_email"].text() == ""
    editor.fields["job_title"].setText("Associée")
    editor.fields["work_email"].setText("sophie@atelier-roux.fr")
    editor.fields["work_mobile"].setText("06 12 12 12 12")
    assert editor.readings["work_mobile"].text() == "read as +33 6 12 12 12 12"
    links.select(0)
    assert editor.fields["job_title"].text() != "Associée"  # the bakery's own fields
    links.select(1)
    assert editor.fields["job_title"].text() == "Associée"  # kept while moving around
    links.make_primary()
    assert links.list.item(1).text() == "Atelier Roux (new company) — primary"
    # A wrong professional email is refused, on the company it belongs to.
    editor.fields["work_email"].setText("sophie at atelier")
    links.select(0)
    editor.save()
    assert "sophie at atelier is not an email address" in editor.problem.text()
    assert links.list.currentRow() == 1 and editor.isVisible()
    editor.fields["work_email"].setText("sophie@atelier-roux.fr")
    save(qtbot, window, editor)
    sync(qtbot, window)
    [person] = [p for p in signed_in.google().values()
                if any(e["value"] == "sophie@atelier-roux.fr"
                       for e in p.get("emailAddresses", []))]
    assert person["organizations"][0]["name"] == "Atelier Roux"
    assert person["organizations"][0]["title"] == "Associée"

    # Leaving the bakery: the company stays, the contact is no longer in it.
    editor = open_editor(qtbot, window, sophie)
    assert editor.company_links.names() == ["Atelier Roux", "Boulangerie Dupain"]
    editor.company_links.select(1)
    editor.company_links.leave()
    assert editor.company_links.names() == ["Atelier Roux"]
    save(qtbot, window, editor)
    contact = signed_in.crm()[sophie]
    assert [link.company_name for link in contact.links] == ["Atelier Roux"]
    with SqliteCrm(signed_in.service.crm_path) as crm:
        assert any(c.name == "Boulangerie Dupain" and not c.deleted for c in crm.companies())

    # Leaving the last one: nothing left to hold professional fields, all greyed out.
    editor = open_editor(qtbot, window, sophie)
    editor.company_links.leave()
    assert not editor.fields["work_email"].isEnabled()
    assert editor.fields["work_email"].text() == ""
    save(qtbot, window, editor)
    assert signed_in.crm()[sophie].links == ()


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


def test_undo_after_editor_edits_puts_back_only_what_the_sync_wrote(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, sample_csv: Path) -> None:
    with SqliteCrm(signed_in.service.crm_path) as crm:
        import_csv(crm, sample_csv)
    preview(qtbot, window)
    sync(qtbot, window)
    [sophie] = [i for i, c in signed_in.crm().items() if c.record.first_name == "Sophie"]

    def google_sophie() -> dict:
        [person] = [p for p in signed_in.google().values()
                    if p["names"][0].get("givenName") == "Sophie"]
        return person

    assert google_sophie()["organizations"][0]["name"] == "Boulangerie Dupain"
    # Edited in the window, synced; then edited again before the user undoes that sync.
    editor = open_editor(qtbot, window, sophie)
    editor.fields["job_title"].setText("Cheffe de rayon")
    save(qtbot, window, editor)
    sync(qtbot, window)
    assert google_sophie()["organizations"][0]["title"] == "Cheffe de rayon"
    editor = open_editor(qtbot, window, sophie)
    editor.fields["home_city"].setText("Chambéry")
    editor.note.setPlainText(editor.note.toPlainText() + "\nRappeler en mai")
    save(qtbot, window, editor)

    report = signed_in.service.undo_last()
    assert report.errors == []
    assert google_sophie()["organizations"][0].get("title", "") != "Cheffe de rayon"
    contact = signed_in.crm()[sophie]
    # The user's own typing stays, before and after the sync alike.
    assert contact.record.job_title == "Cheffe de rayon"
    assert contact.record.home_address.city == "Chambéry"
    assert contact.note.endswith("Rappeler en mai")

    # Leaving the company, synced, undone: Google has it back, the CRM stays as the
    # user left it, and the next preview offers the same change again (as the undo
    # question says).
    editor = open_editor(qtbot, window, sophie)
    editor.company_links.leave()
    save(qtbot, window, editor)
    sync(qtbot, window)
    assert not google_sophie().get("organizations")
    plan = signed_in.service.plan_undo()
    dialog = window.open_history()  # the question, as the user sees it
    box = dialog.ask_undo(plan)
    assert "a company left" in box.informativeText()
    box.reject()
    dialog.reject()
    signed_in.service.undo_last()
    assert google_sophie()["organizations"][0]["name"] == "Boulangerie Dupain"
    assert signed_in.crm()[sophie].links == ()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=JOB_TIMEOUT_MS)  # history
    preview(qtbot, window)
    assert "Sophie Martin" in names(window.sync_page.to_google_model)


def test_naming_a_company_already_in_the_list_keeps_what_was_typed(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, sample_csv: Path) -> None:
    with SqliteCrm(signed_in.service.crm_path) as crm:
        import_csv(crm, sample_csv)
    preview(qtbot, window)
    [sophie] = [i for i, c in signed_in.crm().items() if c.record.first_name == "Sophie"]
    editor = open_editor(qtbot, window, sophie)
    links = editor.company_links
    editor.fields["job_title"].setText("Directrice générale")
    links.add("Atelier Roux")
    editor.fields["job_title"].setText("Conseillère")
    links.add("boulangerie DUPAIN")  # already hers: selected, nothing typed is lost
    assert links.names() == ["Boulangerie Dupain", "Atelier Roux"]
    assert links.list.currentRow() == 0
    assert editor.fields["job_title"].text() == "Directrice générale"
    drafted = {link.company_name: link.values["job_title"] for link in links.links()}
    assert drafted == {"Boulangerie Dupain": "Directrice générale",
                       "Atelier Roux": "Conseillère"}
    # Left, then joined again before saving: what it held comes back, not blanks.
    work_email = editor.fields["work_email"].text()
    links.leave()
    links.add("Boulangerie Dupain")
    assert editor.fields["job_title"].text() == "Directrice générale"
    assert editor.fields["work_email"].text() == work_email


def test_undo_never_writes_into_a_company_the_contact_made_primary_since(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, sample_csv: Path) -> None:
    with SqliteCrm(signed_in.service.crm_path) as crm:
        import_csv(crm, sample_csv)
    preview(qtbot, window)
    sync(qtbot, window)
    [sophie] = [i for i, c in signed_in.crm().items() if c.record.first_name == "Sophie"]
    editor = open_editor(qtbot, window, sophie)
    editor.company_links.add("Cabinet Girard")
    editor.fields["job_title"].setText("PDG")
    save(qtbot, window, editor)
    sync(qtbot, window)
    # On the phone, the title at the bakery changes — to the one she has at the other
    # company, so that only the company tells them apart; the sync writes it on the
    # bakery's link.
    [rn] = [rn for rn, p in signed_in.google().items()
            if p["names"][0].get("givenName") == "Sophie"]
    signed_in.sandbox.admin.patch_contact(rn.split("/")[-1], {"organizations": [
        {"name": "Boulangerie Dupain", "title": "PDG"}]})
    preview(qtbot, window)
    sync(qtbot, window)
    assert signed_in.crm()[sophie].record.job_title == "PDG"
    # Then she leaves the bakery: Cabinet Girard is her primary company now.
    editor = open_editor(qtbot, window, sophie)
    editor.company_links.select(0)
    assert editor.company_links.names()[0] == "Boulangerie Dupain"
    editor.company_links.leave()
    save(qtbot, window, editor)
    report = signed_in.service.undo_last()
    contact = signed_in.crm()[sophie]
    assert contact.primary_link is not None
    assert (contact.primary_link.company_name, contact.record.job_title) == (
        "Cabinet Girard", "PDG")  # the bakery's old title was not written here
    assert any("Sophie Martin" in reason.text for reason in report.left_alone)
