"""R-UI2 / R-UI3: the two tables, the choices, and what a sync does with them."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot

from crmsync_gui.app.settings import ConflictPolicy
from crmsync_gui.core.plan import Action, Side
from crmsync_gui.core.record import Field
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.sync.engine import SyncStatus
from crmsync_gui.ui.change_model import COL_ACTION, COL_EMAIL, COL_INCLUDE
from crmsync_gui.ui.main_window import MainWindow

from .conftest import UiWorld, names, preview, sync


def test_preview_fills_both_tables(qtbot: QtBot, window: MainWindow,
                                   signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"},
                      {"first_name": "Paul", "last_name": "Durand",
                       "personal_email": "paul@exemple.fr"})
    signed_in.add_google("Léa", "Roux", "lea@exemple.fr")
    preview(qtbot, window)
    assert names(window.sync_page.to_google_model) == ["Paul Durand", "Sophie Martin"]
    assert names(window.sync_page.to_crm_model) == ["Léa Roux"]
    first = window.sync_page.to_google_model.row_at(0).change
    assert first.action is Action.CREATE and first.target is Side.GOOGLE
    assert window.sync_page.box_title(window.sync_page.to_google_box) == "CRM → Google (2)"
    assert window.sync_action.isEnabled()

    # The detail pane shows the selected change field by field.
    window.sync_page.to_crm_view.selectRow(0)
    texts = " ".join(label.text() for label in window.sync_page.detail.widget().findChildren(
        type(window.account_label)))
    assert "Léa Roux" in texts and "lea@exemple.fr" in texts


def test_unchecked_row_is_not_synced(qtbot: QtBot, window: MainWindow,
                                     signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"},
                      {"first_name": "Paul", "last_name": "Durand",
                       "personal_email": "paul@exemple.fr"})
    preview(qtbot, window)
    model = window.sync_page.to_google_model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).change.name == "Paul Durand")
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):  # kept in the state
        assert model.setData(model.index(row, COL_INCLUDE), Qt.CheckState.Unchecked.value,
                             Qt.ItemDataRole.CheckStateRole)
    assert "1 left out" in window.sync_page.box_title(window.sync_page.to_google_box)

    result = sync(qtbot, window)
    assert result.status is SyncStatus.OK
    assert signed_in.google_emails() == {"sophie@exemple.fr"}
    qtbot.waitUntil(lambda: window.sync_page.to_google_model.total() == 1)
    # What remains is the row left out, still left out (#21: until ticked again).
    assert names(window.sync_page.to_google_model) == ["Paul Durand"]
    assert window.sync_page.to_google_model.excluded()


def test_conflict_choice_is_honoured(qtbot: QtBot, window: MainWindow,
                                     signed_in: UiWorld) -> None:
    signed_in.service.settings.conflict_policy = ConflictPolicy.CRM
    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@exemple.fr",
                                  "personal_mobile": "06 12 34 56 78"})
    preview(qtbot, window)
    sync(qtbot, window)
    [resource] = signed_in.google()
    # Both sides change the same field; the rule says "CRM wins", the user picks Google.
    with SqliteCrm(signed_in.service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id,
                            contact={"personal_mobile": "06 00 00 00 01"})])
    current = signed_in.google()[resource]
    signed_in.sandbox.admin.patch_contact(resource.split("/")[-1], {
        "etag": current["etag"],
        "phoneNumbers": [{"value": "06 99 99 99 99", "type": "mobile"}]})
    preview(qtbot, window)
    assert window.sync_page.conflicts_model.rowCount() == 1
    window.sync_page.conflicts_view.selectRow(0)
    google = window.sync_page.detail.widget().findChild(QRadioButton, "choose-google")
    assert google is not None and not google.isChecked()
    reads = signed_in.sandbox.admin.counts().get("people.connections.list", 0)
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        google.click()  # the choice plans again: from the copy the preview kept
    assert signed_in.sandbox.admin.counts().get("people.connections.list", 0) == reads
    assert window.decisions().conflicts == {(crm_id, Field.PERSONAL_MOBILE): Side.GOOGLE}
    conflicts = window.sync_page.conflicts_model
    assert "your choice" in conflicts.data(conflicts.index(0, 4))

    assert sync(qtbot, window).status is SyncStatus.OK
    assert signed_in.crm()[crm_id].record.personal_mobile == "06 99 99 99 99"
    qtbot.waitUntil(lambda: window.sync_page.conflicts_model.rowCount() == 0)


def test_failure_is_shown_in_words_with_details(qtbot: QtBot, window: MainWindow,
                                                signed_in: UiWorld) -> None:
    # Another program left something that is no database where the CRM should be.
    signed_in.service.crm_path.write_bytes(b"this is not a database, " * 200)
    with qtbot.waitSignal(window.runner.failed, timeout=30_000):
        window.preview()
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "CRM database problem"
    assert str(signed_in.service.crm_path) in box.text()
    assert box.detailedText() and "Traceback" not in box.text() + box.detailedText()
    box.close()


def test_deleted_in_google_keep_or_delete_choice(qtbot: QtBot, window: MainWindow,
                                                  signed_in: UiWorld) -> None:
    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@exemple.fr",
                                  "personal_mobile": "06 12 34 56 78", "home_city": "Évry"})
    signed_in.add_crm({"first_name": "Paul", "last_name": "Durand",
                       "personal_email": "paul@exemple.fr"})
    preview(qtbot, window)
    sync(qtbot, window)
    [resource] = [rn for rn, p in signed_in.google().items()
                  if p["emailAddresses"][0]["value"] == "sophie@exemple.fr"]
    signed_in.sandbox.admin.delete_contact(resource.split("/")[-1])
    [paul] = [i for i, c in signed_in.crm().items() if c.record.first_name == "Paul"]
    signed_in.service.delete_contacts([paul])  # and one deleted in the CRM
    preview(qtbot, window)
    page = window.sync_page
    to_crm = page.to_crm_model
    [row] = [to_crm.row_at(i) for i in range(to_crm.rowCount())]
    assert row.change.action is Action.KEEP  # the default: the CRM contact stays
    # Readable: its email (the change holds no record), its words in full on hover, one
    # word per idea ("send back", as the choice says), a delete icon not a floppy disk.
    index = to_crm.index(0, COL_ACTION)
    assert to_crm.data(index) == "keep in CRM"
    assert to_crm.data(to_crm.index(0, COL_EMAIL)) == "sophie@exemple.fr"
    assert to_crm.data(index, Qt.ItemDataRole.ToolTipRole).startswith("keep in CRM — ")
    page.to_google_view.selectRow(0)
    page.to_crm_view.selectRow(0)
    assert not page.to_google_view.selectionModel().hasSelection()  # one row selected
    shown = page.detail.widget().findChild(QGroupBox, "deletedContact")
    assert shown is not None
    texts = [label.text() for label in shown.findChildren(QLabel)]
    assert "06 12 34 56 78" in texts and "Évry" in texts
    send_back = page.detail.widget().findChild(QRadioButton, "deletion-restore")
    assert send_back is not None and send_back.text() == "Send it back to Google"
    delete = window.sync_page.detail.widget().findChild(QRadioButton, "deletion-delete")
    assert delete is not None
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        delete.click()
    assert window.decisions().delete_in_crm == {crm_id}
    assert window.sync_page.to_crm_model.row_at(0).change.action is Action.DELETE
    assert sync(qtbot, window).status is SyncStatus.OK
    assert crm_id not in signed_in.crm()


def test_possible_match_can_be_linked(qtbot: QtBot, window: MainWindow,
                                      signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Jean", "last_name": "Payet",
                       "personal_mobile": "06 92 12 34 56", "home_country": "France"})
    signed_in.sandbox.admin.seed_contacts([{
        "names": [{"givenName": "Jean", "familyName": "Payet"}],
        "phoneNumbers": [{"value": "+262 692 12 34 56", "type": "mobile"}],
        "organizations": [{"name": "Rhum Payet"}]}])
    preview(qtbot, window)
    assert window.sync_page.matches_model.rowCount() == 1
    window.sync_page.tabs.setCurrentIndex(2)
    window.sync_page.matches_view.selectRow(0)
    # Both contacts side by side, for the user to decide: phones, company.
    sides = window.sync_page.detail.widget().findChild(QGroupBox, "matchSides")
    assert sides is not None
    texts = [label.text() for label in sides.findChildren(QLabel)]
    assert "06 92 12 34 56" in texts and "+262 692 12 34 56" in texts
    assert "Rhum Payet" in texts
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        qtbot.mouseClick(window.sync_page.link_button, Qt.MouseButton.LeftButton)
    assert window.sync_page.matches_model.rowCount() == 0
    # Linked: the CRM phone now goes to that Google contact, nobody is created twice.
    assert [window.sync_page.to_google_model.row_at(i).change.action
            for i in range(window.sync_page.to_google_model.rowCount())] == [Action.UPDATE]


def test_detail_pane_lists_what_stays_in_google(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QGroupBox

    from crmsync_gui.core.google_entries import EMAILS, PHONES, Entry
    from crmsync_gui.core.plan import Action, Change, Side
    from crmsync_gui.core.reasons import Reason, ReasonCode
    from crmsync_gui.ui.detail_pane import DetailPane

    pane = DetailPane()
    qtbot.addWidget(pane)
    change = Change(Side.GOOGLE, Action.UPDATE, 1, "people/c1", "Jean-Pierre Durand",
                    Reason.of(ReasonCode.CHANGED_IN_CRM),
                    left_entries=(Entry(EMAILS, 1, "Perso", "jp.perso@ex.fr"),
                                  Entry(PHONES, 2, "workMobile", "06 22 22 22 22")))
    pane.show_change(change, (), {}, None)
    [box] = [b for b in pane.widget().findChildren(QGroupBox)
             if b.title() == "Stays in Google as it is"]
    texts = [label.text() for label in box.findChildren(QLabel)]
    assert texts == ["Email (Perso)", "jp.perso@ex.fr", "Phone (work mobile)",
                     "06 22 22 22 22"]


def test_a_preview_waiting_on_a_busy_google_can_be_cancelled_and_says_its_rows_are_old(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld, caplog) -> None:
    caplog.set_level(logging.INFO, logger="crmsync_gui")
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        window.preview()
    assert window.sync_page.to_google_model.total() == 1
    # Google answers 503 to every read: the preview retries, with backoff.
    signed_in.sandbox.admin.set_faults(server_error_probability=1.0)
    assert window.preview()
    qtbot.waitUntil(lambda: signed_in.sandbox.admin.fault_counts().get("server_error_503",
                                                                       0) >= 2,
                    timeout=30_000)
    assert window.cancel_button.isVisible() and window.cancel_button.isEnabled()
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):  # at once, not in 20 s
        window.cancel_button.click()
    signed_in.sandbox.admin.set_faults(server_error_probability=0.0)
    assert window.findChild(QMessageBox, "errorBox") is None  # the user's own doing
    assert "Stopped at your request" in window.statusBar().currentMessage()
    stale = window.sync_page.stale_label
    assert not stale.isHidden() and "the last preview did not finish" in stale.text()
    assert window.sync_page.to_google_model.total() == 1  # still there, said to be old
    # A situation the app knows is logged in words, without a traceback.
    records = [r for r in caplog.records if "job preview" in r.getMessage()]
    assert records and all(r.exc_info is None for r in records)
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        window.preview()
    assert stale.isHidden()


def test_a_sync_waiting_on_a_busy_google_stops_at_once_when_cancelled(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        window.preview()
    signed_in.sandbox.admin.set_faults(server_error_probability=1.0)
    assert window.sync()
    qtbot.waitUntil(lambda: signed_in.sandbox.admin.fault_counts().get("server_error_503",
                                                                       0) >= 2,
                    timeout=30_000)
    started = time.monotonic()
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):  # it used to take ~50 s
        window.cancel_button.click()
    assert time.monotonic() - started < 5  # a sanity bound: the wait ends at once
    signed_in.sandbox.admin.set_faults(server_error_probability=0.0)
    assert window.findChild(QMessageBox, "errorBox") is None
    assert "Stopped at your request" in window.statusBar().currentMessage()
    assert signed_in.google_emails() == set()  # nothing half-written
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        window.preview()
    assert window.sync_page.to_google_model.total() == 1


def test_a_sync_cancelled_while_google_refuses_its_writes_ends_cancelled_not_failed(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr"})
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        window.preview()
    signed_in.sandbox.admin.set_faults(server_error_probability=1.0,
                                       methods=["people.batchCreateContacts"])
    assert window.sync()
    qtbot.waitUntil(lambda: signed_in.sandbox.admin.fault_counts().get("server_error_503",
                                                                       0) >= 2,
                    timeout=30_000)
    with qtbot.waitSignal(window.sync_done, timeout=10_000) as done:
        window.cancel_button.click()
    signed_in.sandbox.admin.set_faults(server_error_probability=0.0, methods=None)
    assert done.args[0].status is SyncStatus.CANCELLED
    assert window.findChild(QMessageBox, "errorBox") is None
    assert signed_in.google_emails() == set()
    sync(qtbot, window)  # the next sync continues from there: one contact, once
    assert signed_in.google_emails() == {"sophie@exemple.fr"}


def test_the_sync_page_filter_says_when_nothing_matches(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                       "personal_email": "sophie@exemple.fr", "home_city": "Évry"})
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        window.preview()
    page = window.sync_page
    page.filter_edit.setText("evry")
    assert page.box_title(page.to_google_box) == "CRM → Google (1)"
    page.filter_edit.setText("Lyon")
    assert page.box_title(page.to_google_box) == "CRM → Google (0/1) · no match"


def test_the_detail_pane_puts_the_choices_before_the_fields(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from crmsync_gui.core.plan import Change, Conflict, FieldDiff
    from crmsync_gui.core.reasons import Reason, ReasonCode
    from crmsync_gui.ui.detail_pane import DetailPane

    moment = datetime(2026, 11, 30, tzinfo=UTC)
    diffs = tuple(FieldDiff(field, "", "x") for field in (
        Field.LAST_NAME, Field.FIRST_NAME, Field.HOME_PHONE, Field.PERSONAL_EMAIL))
    change = Change(Side.GOOGLE, Action.UPDATE, 1, "people/c1", "Sophie Martin",
                    Reason.of(ReasonCode.CHANGED_IN_CRM), diffs)
    conflict = Conflict(1, "people/c1", "Sophie Martin", Field.PERSONAL_MOBILE, "06 01",
                        "06 02", moment, moment, None, Reason.of(ReasonCode.CONFLICT_ASK))
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_change(change, [conflict], {}, None)
    boxes = [box.title() for box in pane.widget().findChildren(QGroupBox)]
    assert boxes.index("Conflict: Personal mobile") < boxes.index("Fields")


def test_a_conflict_waiting_for_a_choice_is_in_the_tables(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    signed_in.service.settings.conflict_policy = ConflictPolicy.ASK
    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@exemple.fr",
                                  "personal_mobile": "06 12 34 56 78"})
    preview(qtbot, window)
    sync(qtbot, window)
    [resource] = signed_in.google()
    with SqliteCrm(signed_in.service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id,
                            contact={"personal_mobile": "06 00 00 00 01"})])
    current = signed_in.google()[resource]
    signed_in.sandbox.admin.patch_contact(resource.split("/")[-1], {
        "etag": current["etag"],
        "phoneNumbers": [{"value": "06 99 99 99 99", "type": "mobile"}]})
    preview(qtbot, window)
    page = window.sync_page
    # It used to be in neither table (only in the Conflicts tab) under "ask".
    assert names(page.to_google_model) == ["Sophie Martin"]
    model = page.to_google_model
    assert model.data(model.index(0, COL_ACTION)) == "your choice (conflict)"
    # No tick box: the choice is what decides (unticked, it was left out for ever).
    assert not model.flags(model.index(0, COL_INCLUDE)) & Qt.ItemFlag.ItemIsUserCheckable
    page.to_google_view.selectRow(0)
    google = page.detail.widget().findChild(QRadioButton, "choose-google")
    assert google is not None
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        google.click()
    assert names(page.to_crm_model) == ["Sophie Martin"]  # now a change to the CRM
    assert names(page.to_google_model) == []


def test_on_a_small_screen_the_two_tables_are_stacked(qtbot: QtBot, window: MainWindow
                                                      ) -> None:
    window.show_sync_page()
    window.resize(1024, 640)  # a small laptop's screen: side by side, columns were cut
    qtbot.waitUntil(lambda: window.sync_page.tables.orientation() is Qt.Orientation.Vertical,
                    timeout=5_000)
    window.resize(1360, 840)
    qtbot.waitUntil(lambda: window.sync_page.tables.orientation()
                    is Qt.Orientation.Horizontal, timeout=5_000)


def test_a_conflict_choice_holds_only_for_the_values_it_was_made_on(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    # Found by a review: a choice applied by field overwrote a newer Google edit nobody
    # had seen.
    signed_in.service.settings.conflict_policy = ConflictPolicy.ASK
    [crm_id] = signed_in.add_crm({"first_name": "Sophie", "last_name": "Martin",
                                  "personal_email": "sophie@exemple.fr",
                                  "personal_mobile": "06 12 34 56 78"})
    preview(qtbot, window)
    sync(qtbot, window)
    [resource] = signed_in.google()
    with SqliteCrm(signed_in.service.crm_path) as crm:
        crm.apply([CrmWrite(WriteKind.UPDATE, crm_id=crm_id,
                            contact={"personal_mobile": "06 00 00 00 01"})])

    def google_mobile(value: str) -> None:
        current = signed_in.google()[resource]
        signed_in.sandbox.admin.patch_contact(resource.split("/")[-1], {
            "etag": current["etag"], "phoneNumbers": [{"value": value, "type": "mobile"}]})

    google_mobile("06 99 99 99 99")
    preview(qtbot, window)
    page = window.sync_page
    page.to_google_view.selectRow(0)
    crm_side = page.detail.widget().findChild(QRadioButton, "choose-crm")
    with qtbot.waitSignal(window.preview_shown, timeout=30_000):
        crm_side.click()
    google_mobile("06 55 55 55 55")  # edited again on the phone, after the choice
    assert sync(qtbot, window).status is SyncStatus.OK
    person = signed_in.google()[resource]
    assert person["phoneNumbers"][0]["value"] == "06 55 55 55 55"  # not overwritten
    assert signed_in.crm()[crm_id].record.personal_mobile == "06 00 00 00 01"
    qtbot.waitUntil(lambda: window.sync_page.conflicts_model.rowCount() == 1)  # asked again
    # Asked again means no side shown as chosen: the old choice is gone with its values.
    assert window.decisions().conflicts == {}
    window.sync_page.conflicts_view.selectRow(0)
    for side in ("choose-crm", "choose-google"):
        button = window.sync_page.detail.widget().findChild(QRadioButton, side)
        assert button is not None and not button.isChecked()


def test_a_contact_another_program_removed_from_the_crm_is_shown_before_its_deletion(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    [crm_id] = signed_in.add_crm({"first_name": "Noël", "last_name": "Bérard",
                                  "personal_email": "noel@ex.fr",
                                  "personal_mobile": "06 11 22 33 44"})
    preview(qtbot, window)
    sync(qtbot, window)
    with SqliteCrm(signed_in.service.crm_path) as crm, crm.transaction() as conn:
        conn.execute("DELETE FROM contact WHERE id = ?", (crm_id,))  # not a soft delete
    preview(qtbot, window)
    page = window.sync_page
    model = page.to_google_model
    [row] = [model.row_at(i) for i in range(model.rowCount())]
    assert row.change.action is Action.DELETE and row.email == "noel@ex.fr"
    page.filter_edit.setText("noel@ex")
    assert model.rowCount() == 1  # found by its values too
    page.filter_edit.setText("")
    page.to_google_view.selectRow(0)
    shown = page.detail.widget().findChild(QGroupBox, "deletedContact")
    assert shown is not None
    assert "06 11 22 33 44" in [label.text() for label in shown.findChildren(QLabel)]
