"""#18: the Contacts page — every CRM contact, found by any value, with where it stands
with the sync, and the sync's actions for one contact. Real widgets offscreen, the
app's service, the sandbox on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from crmsync_gui.app.settings import ConflictPolicy, Language
from crmsync_gui.core.contact_book import ContactStatus
from crmsync_gui.crm.csv_io import import_csv
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.ui.contacts_model import COL_CITY
from crmsync_gui.ui.main_window import MainWindow

from .conftest import JOB_TIMEOUT_MS, UiWorld, preview, sync

# Brought in as a firm brings its spreadsheet: a CSV import (companies, notes, tags).
PEOPLE_CSV = (
    "ID;Nom;Prénom;Mobile perso;Email perso;Ville;Note;Centres d'intérêt;Société;"
    "Tél. fixe pro\n"
    ";Lefèvre;Élodie;06 12 34 56 78;elodie@ex.fr;Évry;;VIP, Salon 2025;;\n"
    ";Durand;Paul;;paul@ex.fr;Lyon;Rencontré au salon de Lyon;Salon 2025;"
    "Boulangerie Dupain;04 72 00 00 01\n"
    ";Martin;Sophie;;sophie@ex.fr;Paris;;;;\n")


def add_people(world: UiWorld, tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE_CSV, encoding="utf-8")
    with SqliteCrm(world.service.crm_path) as crm:
        import_csv(crm, csv)


def shown(window: MainWindow) -> dict[str, ContactStatus]:
    model = window.contacts_page.model
    return {model.row_at(i).name: model.row_at(i).status for i in range(model.rowCount())}


def search(window: MainWindow, text: str) -> list[str]:
    window.contacts_page.search_edit.setText(text)
    return sorted(shown(window))


def select(window: MainWindow, name: str) -> None:
    page = window.contacts_page
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == name)
    page.view.selectRow(row)


def test_every_contact_is_listed_with_its_status_and_found_by_any_value(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path,
        in_language: Any) -> None:
    add_people(signed_in, tmp_path)
    preview(qtbot, window)
    assert window.pages.currentWidget() is window.contacts_page  # the first page
    assert shown(window) == dict.fromkeys(("Élodie Lefèvre", "Paul Durand", "Sophie Martin"),
                                          ContactStatus.WAITING)
    sync(qtbot, window)
    qtbot.waitUntil(lambda: set(shown(window).values()) == {ContactStatus.IN_SYNC},
                    timeout=JOB_TIMEOUT_MS)
    in_language(Language.ENGLISH)  # the English plural forms
    window.contacts_page.search_edit.setText(" ")
    assert window.contacts_page.counts_label.text() == "3 contacts"

    # Changed on the phone: after a preview, that one waits.
    [sophie] = [rn for rn, p in signed_in.google().items()
                if p["emailAddresses"][0]["value"] == "sophie@ex.fr"]
    signed_in.sandbox.admin.patch_contact(sophie.split("/")[-1], {
        "phoneNumbers": [{"value": "07 11 22 33 44", "type": "mobile"}]})
    preview(qtbot, window)
    assert shown(window)["Sophie Martin"] is ContactStatus.WAITING
    assert shown(window)["Paul Durand"] is ContactStatus.IN_SYNC
    assert "1 waiting" in window.contacts_page.counts_label.text()

    assert search(window, "0612") == ["Élodie Lefèvre"]  # phone digits
    assert search(window, "06 12 34") == ["Élodie Lefèvre"]  # as typed, with spaces
    assert search(window, "+33 6 12 34") == ["Élodie Lefèvre"]  # international form
    assert search(window, "dupain") == ["Paul Durand"]  # company
    assert search(window, "0472000001") == ["Paul Durand"]  # work phone
    assert search(window, "EVRY elodie") == ["Élodie Lefèvre"]  # accents, case, 2 words
    assert search(window, "rencontre salon") == ["Paul Durand"]  # words of the note
    assert search(window, "salon 2025") == ["Paul Durand", "Élodie Lefèvre"]  # a tag
    assert search(window, "martin lyon") == []
    assert "0 of 3 contacts" in window.contacts_page.counts_label.text()
    assert search(window, "") == ["Paul Durand", "Sophie Martin", "Élodie Lefèvre"]

    # The pane follows its contact through a search, and empties when it is filtered out.
    page = window.contacts_page
    select(window, "Paul Durand")
    search(window, "pa")
    assert page.current() is not None and page.current().name == "Paul Durand"
    assert page.detail_name.text() == "Paul Durand" and page.sync_now_button.isEnabled()
    search(window, "sophie")
    assert page.current() is None and not page.sync_now_button.isVisible()
    search(window, "")

    page.tag_filter.setCurrentIndex(page.tag_filter.findData("VIP"))
    assert sorted(shown(window)) == ["Élodie Lefèvre"]
    page.tag_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ContactStatus.WAITING))
    assert sorted(shown(window)) == ["Sophie Martin"]
    page.status_filter.setCurrentIndex(0)

    page.view.sortByColumn(COL_CITY, Qt.SortOrder.AscendingOrder)  # as the user reads it
    assert [page.model.row_at(i).city for i in range(3)] == ["Évry", "Lyon", "Paris"]


def test_a_contact_pane_shows_its_google_side_and_sync_now_syncs_it_alone(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path) -> None:
    add_people(signed_in, tmp_path)
    preview(qtbot, window)
    to_google = window.sync_page.to_google_model
    [sophie_key] = [to_google.row_at(i).key for i in range(to_google.rowCount())
                    if to_google.row_at(i).change.name == "Sophie Martin"]
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        to_google.set_included([sophie_key], False)  # a choice on the Sync page, kept
    select(window, "Paul Durand")
    page = window.contacts_page
    assert page.google_label.text() == "Not linked to a Google contact."
    assert not page.open_google.isVisibleTo(page)  # nothing to open yet
    with qtbot.waitSignal(window.sync_done, timeout=JOB_TIMEOUT_MS):
        page.findChild(QPushButton, "syncContactNow").click()
    assert signed_in.google_emails() == {"paul@ex.fr"}  # that pair alone
    qtbot.waitUntil(lambda: shown(window)["Paul Durand"] is ContactStatus.IN_SYNC,
                    timeout=JOB_TIMEOUT_MS)
    # The others wait, their choices kept: Sophie is still left out of the next sync.
    assert shown(window)["Sophie Martin"] is ContactStatus.LEFT_OUT
    assert sophie_key in window.decisions().excluded
    # Named by the user, a contact left out is synced all the same.
    select(window, "Sophie Martin")
    with qtbot.waitSignal(window.sync_done, timeout=JOB_TIMEOUT_MS):
        page.sync_now_button.click()
    assert signed_in.google_emails() == {"paul@ex.fr", "sophie@ex.fr"}
    # Synced by name: back in the sync — her next change is not left out any more.
    service = signed_in.service
    with service.open_crm() as crm, service._state(crm) as state:
        assert state.choices().left_out == frozenset()
    select(window, "Paul Durand")
    assert page.google_label.text().startswith("Linked to a Google contact")
    # A real account gets the link to the contact in Google Contacts (the demo none).
    assert page.open_google.isVisibleTo(page)
    assert "contacts.google.com/person/c" in page.open_google.text()


def test_never_sync_sync_again_unlink_and_link_from_the_page(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path) -> None:
    add_people(signed_in, tmp_path)
    preview(qtbot, window)
    sync(qtbot, window)
    qtbot.waitUntil(lambda: shown(window).get("Paul Durand") is ContactStatus.IN_SYNC,
                    timeout=JOB_TIMEOUT_MS)
    page = window.contacts_page

    select(window, "Paul Durand")
    assert page.ignore_button.text() == "Never sync"
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        page.ignore_button.click()
    assert shown(window)["Paul Durand"] is ContactStatus.NOT_SYNCED
    select(window, "Paul Durand")
    assert page.ignore_button.text() == "Sync again"
    assert not page.sync_now_button.isEnabled()
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        page.ignore_button.click()
    assert shown(window)["Paul Durand"] is not ContactStatus.NOT_SYNCED

    select(window, "Sophie Martin")
    [sophie] = [rn for rn, p in signed_in.google().items()
                if p["emailAddresses"][0]["value"] == "sophie@ex.fr"]
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        page.unlink_button.click()
    select(window, "Sophie Martin")
    assert page.current() is not None and page.current().resource_name is None
    assert page.link_button.isEnabled()

    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        page.link_button.click()  # reads the Google contacts no one is linked to
    dialog = page.link_dialog
    dialog.search_edit.setText("sophie")
    assert dialog.model.rowCount() == 1
    assert dialog.model.item_at(0).resource_name == sophie
    with qtbot.waitSignal(window.preview_shown, timeout=JOB_TIMEOUT_MS):
        dialog.accept()
    select(window, "Sophie Martin")
    assert page.current() is not None and page.current().resource_name == sophie
    assert len(signed_in.google()) == 3  # linked again, never duplicated
    sync(qtbot, window)
    assert len(signed_in.google()) == 3


def test_the_contacts_show_without_google(qtbot: QtBot, window: MainWindow,
                                          signed_in: UiWorld, tmp_path: Path) -> None:
    add_people(signed_in, tmp_path)
    signed_in.service.session.sign_out()
    with qtbot.waitSignal(window.runner.failed, timeout=JOB_TIMEOUT_MS):
        window.preview()
    qtbot.waitUntil(lambda: len(shown(window)) == 3, timeout=JOB_TIMEOUT_MS)
    # Not signed in: the state cannot be read, so no status is guessed.
    assert set(shown(window).values()) == {ContactStatus.UNKNOWN}
    select(window, "Paul Durand")
    assert not window.contacts_page.sync_now_button.isEnabled()


def test_ctrl_f_searches_the_page_in_front(qtbot: QtBot, window: MainWindow,
                                           signed_in: UiWorld) -> None:
    preview(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.contacts_page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contacts_page.search_edit.hasFocus())
    window.show_sync_page()
    qtbot.keyClick(window.sync_page.to_google_view, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.sync_page.filter_edit.hasFocus())


def test_enter_opens_the_contact(qtbot: QtBot, window: MainWindow, signed_in: UiWorld,
                                 tmp_path: Path) -> None:
    add_people(signed_in, tmp_path)
    preview(qtbot, window)
    page = window.contacts_page
    with qtbot.waitActive(window):
        window.activateWindow()
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    name = page.model.row_at(0).name
    with qtbot.waitSignal(window.runner.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.detail_name.text() == name
    assert page.editor is not None and page.editor.isVisible()  # the contact, to edit
    first, last = page.editor.fields["first_name"].text(), page.editor.fields[
        "last_name"].text()
    assert f"{first} {last}" == name


def test_sync_this_contact_sends_a_conflict_to_the_sync_page(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path) -> None:
    signed_in.service.settings.conflict_policy = ConflictPolicy.ASK
    add_people(signed_in, tmp_path)
    preview(qtbot, window)
    sync(qtbot, window)
    [paul] = [c.crm_id for c in signed_in.crm().values() if c.record.last_name == "Durand"]
    with SqliteCrm(signed_in.service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=paul,
                            contact={"personal_mobile": "06 00 00 00 01"})])
    [rn] = [rn for rn, p in signed_in.google().items()
            if p["emailAddresses"][0]["value"] == "paul@ex.fr"]
    signed_in.sandbox.admin.patch_contact(rn.split("/")[-1], {
        "phoneNumbers": [{"value": "06 99 99 99 99", "type": "mobile"}]})
    preview(qtbot, window)
    assert shown(window)["Paul Durand"] is ContactStatus.CONFLICT
    select(window, "Paul Durand")
    google_before = signed_in.google()
    window.contacts_page.sync_now_button.click()
    assert not window.runner.busy  # nothing started: the choice comes first
    assert window.pages.currentWidget() is window.sync_page
    assert "needs your choice first" in window.statusBar().currentMessage()
    assert signed_in.google() == google_before


def test_a_tag_is_renamed_from_the_tag_filter_and_its_label_follows(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, tmp_path: Path,
        monkeypatch: Any) -> None:
    """R-S13: "Rename…" beside the tag filter renames the tag on every contact; the next
    sync renames its Google label (the same label, no second one)."""
    from PySide6.QtWidgets import QInputDialog

    add_people(signed_in, tmp_path)
    preview(qtbot, window)
    sync(qtbot, window)
    page = window.contacts_page
    assert not page.rename_tag_button.isEnabled()  # "Every tag": nothing to rename
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("Salon 2025"))
    assert page.rename_tag_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *args, **kwargs: ("Salon 2026", True))
    page.rename_tag_button.click()
    qtbot.waitUntil(lambda: page.tag_filter.currentData() == "Salon 2026",
                    timeout=JOB_TIMEOUT_MS)
    assert sorted(shown(window)) == ["Paul Durand", "Élodie Lefèvre"]
    assert "Salon 2025" not in [page.tag_filter.itemData(i)
                                for i in range(page.tag_filter.count())]
    labels = {g["name"] for g in signed_in.sandbox.admin.dump()["groups"]}
    assert "Salon 2025" in labels  # Google follows at the sync, not before
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=JOB_TIMEOUT_MS)
    sync(qtbot, window)
    labels = {g["name"] for g in signed_in.sandbox.admin.dump()["groups"]}
    assert "Salon 2026" in labels and "Salon 2025" not in labels
