"""The Contacts page (R-UI7): the built-in CRM as the firm's contact book. Every contact,
found by any value, with where it stands with the sync, and from a contact its Google
side and the sync's actions for it (link, unlink, never sync or sync again, sync now).

Reading runs in the worker (``jobs.contacts``, and every preview brings the rows along);
this page only swaps the model's rows and filters them in the model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmsync_gui.app.service import (
    ContactDraft,
    ContactForm,
    GoogleCandidate,
    NotSynced,
    SyncService,
)
from crmsync_gui.core.contact_book import ContactBook, ContactRow, ContactStatus
from crmsync_gui.core.plan import Side
from crmsync_gui.core.plan_input import Decisions
from crmsync_gui.core.search import Query, haystack
from crmsync_gui.ui import jobs
from crmsync_gui.ui.contact_actions import ContactActions
from crmsync_gui.ui.contact_editor import ContactEditor
from crmsync_gui.ui.contacts_model import (
    COL_CITY,
    COL_COMPANY,
    COL_EMAIL,
    COL_JOB,
    COL_MOBILE,
    COL_NAME,
    COL_STATUS,
    ContactsModel,
)
from crmsync_gui.ui.list_model import ItemListModel
from crmsync_gui.ui.reasons import reason_text
from crmsync_gui.ui.tables import fast_rows
from crmsync_gui.ui.worker import JobRunner

GOOGLE_CONTACTS_URL = "https://contacts.google.com/person/{id}"


class ContactsPage(QWidget):
    message = Signal(str, int)  # a sentence for the status bar, and for how long (ms)
    sync_one = Signal(int)  # "Sync now": the window syncs this CRM contact's pair
    choice_needed = Signal()  # a conflict or a possible match: the Sync page decides

    def __init__(self, service: SyncService, runner: JobRunner,
                 open_url: Callable[[str], object] | None,
                 decisions: Callable[[], Decisions], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.open_url = open_url
        self.decisions = decisions
        self.book: ContactBook | None = None
        self.editor: ContactEditor | None = None
        self.drafts: list[ContactEditor] = []  # editors left open behind the current one
        self.duplicate_box: QMessageBox | None = None
        self.model = ContactsModel(self.status_text, self)
        self.actions = ContactActions(service, runner, decisions, self.message.emit, self)
        self._build()
        self.show_contact(None)

    # -- words -------------------------------------------------------------------------------

    def status_text(self, status: ContactStatus) -> str:
        return {
            ContactStatus.CONFLICT: self.tr("conflict"),
            ContactStatus.WAITING: self.tr("waiting"),
            ContactStatus.LEFT_OUT: self.tr("left out of this sync"),
            ContactStatus.POSSIBLE_MATCH: self.tr("possible match"),
            ContactStatus.SKIPPED_DUPLICATE: self.tr("skipped duplicate"),
            ContactStatus.SKIPPED: self.tr("held back"),
            ContactStatus.NOT_SYNCED: self.tr("not synced by choice"),
            ContactStatus.KEPT: self.tr("kept after a Google deletion"),
            ContactStatus.IN_SYNC: self.tr("in sync"),
            ContactStatus.NEVER_SYNCED: self.tr("never synced"),
            ContactStatus.UNKNOWN: self.tr("unknown"),
            ContactStatus.IN_TRASH: self.tr("in the trash"),
        }[status]

    def _status_sentence(self, status: ContactStatus) -> str:
        return {
            ContactStatus.CONFLICT: self.tr(
                "Changed on both sides: choose the value to keep on the Sync page."),
            ContactStatus.WAITING: self.tr("The next sync writes its changes."),
            ContactStatus.LEFT_OUT: self.tr(
                "It has changes, but you left them out of the next sync."),
            ContactStatus.POSSIBLE_MATCH: self.tr(
                "It may be a Google contact already: link them or keep them apart on the "
                "Sync page."),
            ContactStatus.SKIPPED_DUPLICATE: self.tr(
                "It shares its email with another contact: it is not synced until that "
                "changes."),
            ContactStatus.SKIPPED: self.tr("The sync holds it back."),
            ContactStatus.NOT_SYNCED: self.tr(
                "You chose never to sync it: syncs leave it alone."),
            ContactStatus.KEPT: self.tr(
                "Its Google copy was deleted: it is kept here and no longer sent to Google."),
            ContactStatus.IN_SYNC: self.tr("Nothing to sync."),
            ContactStatus.NEVER_SYNCED: self.tr(
                "It has no Google contact yet: the next preview says what the sync will do."),
            ContactStatus.UNKNOWN: self.tr(
                "The sync state cannot be read now (not signed in, or a problem the Sync "
                "page shows): where it stands is not known."),
            ContactStatus.IN_TRASH: self.tr(
                "Deleted: the next sync deletes its Google copy too, unless it was changed "
                "in Google since (a backup is made first). Restore brings it back."),
        }[status]

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("contactSearch")
        self.search_edit.setPlaceholderText(self.tr(
            "Search by name, email, phone, company, city, tag or note (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_filters)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Every status"), None)
        for status in ContactStatus:
            self.status_filter.addItem(self.status_text(status), status)
        self.status_filter.currentIndexChanged.connect(self._on_filters)
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.addItem(self.tr("Every tag"), "")
        self.tag_filter.currentIndexChanged.connect(self._on_filters)
        self.rename_tag_button = QPushButton(self.tr("Rename…"))
        self.rename_tag_button.setObjectName("renameTag")
        self.rename_tag_button.setToolTip(self.tr(
            "Rename this tag on every contact; its Google label follows at the next sync"))
        self.rename_tag_button.clicked.connect(self.rename_tag)
        self.rename_tag_button.setEnabled(False)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("contactCounts")
        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.setObjectName("newContact")
        self.new_button.setToolTip(self.tr("Add a contact to the CRM (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_contact)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.tag_filter, 1)
        top.addWidget(self.rename_tag_button)
        top.addWidget(self.counts_label)

        self.view = QTableView()
        self.view.setObjectName("contactsTable")
        self.view.setModel(self.model)
        fast_rows(self.view)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        for column, width in ((COL_NAME, 170), (COL_STATUS, 130), (COL_COMPANY, 150),
                              (COL_JOB, 110), (COL_MOBILE, 110), (COL_EMAIL, 190),
                              (COL_CITY, 100)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)  # the tags take what is left
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.activated.connect(self._open)  # Enter, double-click
        delete = QAction(self.tr("Delete"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.view.addAction(delete)

        self.detail_box = QGroupBox(self.tr("Contact"))
        self.detail_box.setObjectName("contactDetail")
        self.detail_name = QLabel()
        bold = self.detail_name.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.detail_name.setFont(bold)
        self.detail_name.setWordWrap(True)
        self.detail_fields = QFormLayout()
        self.detail_status = QLabel()
        self.detail_status.setWordWrap(True)
        self.google_label = QLabel()
        self.google_label.setObjectName("googleSide")
        self.google_label.setWordWrap(True)
        self.open_google = QLabel()
        self.open_google.setObjectName("openInGoogle")
        self.open_google.linkActivated.connect(self._open_link)
        self.link_button = QPushButton(self.tr("Link…"))
        self.link_button.setObjectName("linkContact")
        self.link_button.setToolTip(self.tr("It is a Google contact already: sync them "
                                            "together"))
        self.link_button.clicked.connect(self.link_current)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setObjectName("unlinkContact")
        self.unlink_button.setToolTip(self.tr(
            "Not the same person: neither is synced with the other again"))
        self.unlink_button.clicked.connect(self.unlink_current)
        self.ignore_button = QPushButton()
        self.ignore_button.setObjectName("ignoreContact")
        self.ignore_button.clicked.connect(self.toggle_ignored)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editContact")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteContact")
        self.delete_button.setToolTip(self.tr("To the trash (the Delete key): it can be "
                                              "restored from there"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreContact")
        self.restore_button.clicked.connect(self.restore_selected)
        self.sync_now_button = QPushButton(self.tr("Sync this contact"))
        self.sync_now_button.setObjectName("syncContactNow")
        self.sync_now_button.setToolTip(self.tr("Sync this contact alone, now"))
        self.sync_now_button.clicked.connect(self.sync_current)
        edits = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.restore_button):
            edits.addWidget(button)
        edits.addStretch(1)
        # Two by two: in French the four side by side are wider than the pane, and Qt
        # cut their words ("nchroniser ce conta").
        buttons = QGridLayout()
        for index, button in enumerate((self.sync_now_button, self.link_button,
                                        self.unlink_button, self.ignore_button)):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        detail = QVBoxLayout(self.detail_box)
        detail.addWidget(self.detail_name)
        detail.addLayout(self.detail_fields)
        detail.addWidget(self.detail_status)
        detail.addLayout(edits)
        detail.addSpacing(8)
        detail.addWidget(self.google_label)
        detail.addWidget(self.open_google)
        detail.addLayout(buttons)
        detail.addStretch(1)

        # The table gets the width: the pane is for reading one contact, not a form.
        self.detail_box.setMaximumWidth(440)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- rows -------------------------------------------------------------------------------------

    def show_contacts(self, book: ContactBook) -> None:
        current = self.current()
        self.book = book
        self.model.set_book(book)
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Every tag"), "")
        for tag in book.tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(chosen)))
        self.tag_filter.blockSignals(False)
        self._on_filters()
        self._select(current.crm_id if current else None)

    def _on_filters(self) -> None:
        current = self.current()
        self.model.set_search(self.search_edit.text())
        chosen = self.status_filter.currentData()  # Qt hands the enum back as its text
        self.model.set_status_filter(ContactStatus(chosen) if chosen else None)
        self.model.set_tag_filter(self.tag_filter.currentData() or "")
        self.rename_tag_button.setEnabled(bool(self.tag_filter.currentData()))
        self._update_counts()
        # The filter reset the view: the pane follows its contact, or empties when it is
        # filtered out (never buttons for a row that is no longer the current one).
        self._select(current.crm_id if current else None)

    def _update_counts(self) -> None:
        counts = self.model.counts()
        shown, total = self.model.rowCount(), self.model.total()
        text = (self.tr("%Ln contact(s)", "", total) if shown == total else
                self.tr("%Ln of {total} contact(s)", "", shown).format(
                    total=self.locale().toString(total)))
        waiting = counts[ContactStatus.WAITING] + counts[ContactStatus.CONFLICT]
        if waiting:
            text += " · " + self.tr("%Ln waiting", "", waiting)
        self.counts_label.setText(text)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def current(self) -> ContactRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _select(self, crm_id: int | None) -> None:
        row = self.model.row_of(crm_id) if crm_id is not None else None
        if row is None:
            self.view.clearSelection()
            self.show_contact(None)
            return
        self.view.selectRow(row)
        self.show_contact(self.model.row_at(row))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_contact(self.model.row_at(current.row()) if current.isValid() else None)

    def _open(self, index: QModelIndex) -> None:
        """Enter or a double-click: the contact in the editor (from the trash: its pane,
        with Restore)."""
        row = self.model.row_at(index.row())
        self.show_contact(row)
        if row.status is ContactStatus.IN_TRASH:
            self.restore_button.setFocus()
        else:
            self.edit_current()

    # -- one contact -----------------------------------------------------------------------------

    def show_contact(self, row: ContactRow | None) -> None:
        while self.detail_fields.rowCount():
            self.detail_fields.removeRow(0)
        for widget in (self.detail_status, self.google_label, self.open_google):
            widget.setVisible(row is not None)
        if row is None:
            self.detail_name.setText(self.tr("Choose a contact to see it here."))
            self._update_buttons(None)
            return
        self.detail_name.setText(row.name)
        for label, value in ((self.tr("Company"), row.company),
                             (self.tr("Job title"), row.job_title),
                             (self.tr("Email"), row.email), (self.tr("Mobile"), row.mobile),
                             (self.tr("City"), row.city),
                             (self.tr("Tags"), ", ".join(row.tags))):
            if value:
                field = QLabel(value)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.detail_fields.addRow(label, field)
        # The plan's own words when it has them (why it is held back, why a match).
        sentence = reason_text(row.why) if row.why else self._status_sentence(row.status)
        self.detail_status.setText(f"<b>{self.status_text(row.status)}</b> — {sentence}")
        last = self.book.last_sync if self.book else None
        if row.status is ContactStatus.UNKNOWN:
            self.google_label.setText(self.tr("Its Google side is not known now."))
        elif row.resource_name is None:
            self.google_label.setText(self.tr("Not linked to a Google contact."))
        elif last is not None:
            self.google_label.setText(self.tr("Linked to a Google contact · last sync {when}")
                                      .format(when=last.astimezone().strftime(
                                          "%Y-%m-%d %H:%M")))
        else:
            self.google_label.setText(self.tr("Linked to a Google contact."))
        # The demo's Google is a stand-in on this computer: no page to open there.
        real = row.resource_name is not None and self.book is not None and not self.book.demo
        self.open_google.setVisible(real)
        if real and row.resource_name:
            url = GOOGLE_CONTACTS_URL.format(id=row.resource_name.split("/")[-1])
            words = self.tr("Open in Google Contacts")  # outside the f-string: lupdate
            self.open_google.setText(f'<a href="{url}">{words}</a>')
        self._update_buttons(row)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons(self.current())

    def _update_buttons(self, row: ContactRow | None) -> None:
        idle = not getattr(self, "_busy", False)
        ignored = row is not None and row.status in (ContactStatus.NOT_SYNCED,
                                                     ContactStatus.KEPT)
        trashed = row is not None and row.status is ContactStatus.IN_TRASH
        known = row is not None and row.status is not ContactStatus.UNKNOWN and not trashed
        self.ignore_button.setText(self.tr("Sync again") if ignored else
                                   self.tr("Never sync"))
        self.ignore_button.setToolTip(
            self.tr("Take it back into the sync") if ignored else
            self.tr("Leave this contact out of every sync"))
        for button, usable in (
                (self.sync_now_button, known and not ignored),
                (self.link_button, known and row is not None and row.resource_name is None
                 and not ignored),
                (self.unlink_button, known and row is not None
                 and row.resource_name is not None),
                (self.ignore_button, known)):
            button.setEnabled(idle and usable)
            button.setVisible(row is not None and not trashed)
        for button, shown in ((self.edit_button, not trashed),
                              (self.delete_button, not trashed),
                              (self.restore_button, trashed)):
            button.setVisible(row is not None and shown)
            button.setEnabled(idle)
        self.new_button.setEnabled(idle)

    # -- editing ---------------------------------------------------------------------------

    def new_contact(self) -> bool:
        return self._edit(None)

    def edit_current(self) -> bool:
        row = self.current()
        return row is not None and self._edit(row.crm_id)

    def _edit(self, crm_id: int | None) -> bool:
        service = self.service
        return self.runner.start("contact_form", lambda _progress, _cancel:
                                 jobs.contact_form(service, crm_id))

    def open_editor(self, form: ContactForm) -> ContactEditor:
        if self.editor is not None:
            self.drafts.append(self.editor)  # a draft left open ("Open her")
        editor = ContactEditor(form, self.book.tags if self.book else (), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        editor.saved.connect(lambda draft: self._save_from(editor, draft))
        self.editor = editor
        editor.open()
        return editor

    def _forget(self, editor: ContactEditor) -> None:
        """An editor closed (saved or cancelled): never touched again (Qt deletes it)."""
        if editor in self.drafts:
            self.drafts.remove(editor)
        if self.editor is editor:
            self.editor = self.drafts.pop() if self.drafts else None
        if getattr(self, "_saving", None) is editor:
            self._saving = None

    def _save_from(self, editor: ContactEditor, draft: ContactDraft) -> None:
        self._saving = editor  # the one to close once written (there may be two open)
        if not self.save(draft, check=True):  # a preview or a sync is running
            editor.show_problem(self.tr("A preview or a sync is running: save again in a "
                                        "moment (nothing is lost while the editor is open)."))

    def save(self, draft: ContactDraft, check: bool) -> bool:
        service, book = self.service, self.book
        return self.runner.start("save_contact", lambda _progress, _cancel:
                                 jobs.save_contact(service, draft, check, book))

    def on_saved(self, outcome: jobs.SaveOutcome) -> bool:
        """True when the contact was written; else the duplicate question is asked."""
        if outcome.duplicate is not None:
            self._ask_duplicate(outcome)
            return False
        assert outcome.book is not None and outcome.crm_id is not None
        saving = getattr(self, "_saving", None) or self.editor
        if saving is not None:
            saving.accept()  # finished: _forget drops it
        self.show_contacts(outcome.book)
        self._select(outcome.crm_id)
        self.message.emit(self.tr("Saved. The next sync takes it to Google."), 10_000)
        return True

    def _ask_duplicate(self, outcome: jobs.SaveOutcome) -> None:
        assert outcome.duplicate is not None
        other_id, other_name = outcome.duplicate
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Same email"),
                          self.tr("{name} already has this email.").format(name=other_name),
                          QMessageBox.StandardButton.Cancel,
                          getattr(self, "_saving", None) or self.editor or self)
        box.setObjectName("duplicateEmail")
        open_other = box.addButton(self.tr("Open {name}").format(name=other_name),
                                   QMessageBox.ButtonRole.ActionRole)
        save_anyway = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        open_other.setObjectName("openOther")
        save_anyway.setObjectName("saveAnyway")
        save_anyway.clicked.connect(lambda: self.save(outcome.draft, check=False))

        def show_other() -> None:
            # Beside the draft, which stays open with what the user typed (it used to
            # be closed and lost).
            self._select(other_id)
            self._edit(other_id)
        open_other.clicked.connect(show_other)
        self.duplicate_box = box
        box.open()

    def selected_rows(self) -> list[ContactRow]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def delete_selected(self) -> bool:
        ids = [r.crm_id for r in self.selected_rows() if r.status is not ContactStatus.IN_TRASH]
        return bool(ids) and self._trash(ids, restore=False)

    def restore_selected(self) -> bool:
        ids = [r.crm_id for r in self.selected_rows() if r.status is ContactStatus.IN_TRASH]
        return bool(ids) and self._trash(ids, restore=True)

    def _trash(self, crm_ids: list[int], restore: bool) -> bool:
        service = self.service
        return self.runner.start("trash", lambda _progress, _cancel:
                                 jobs.trash(service, crm_ids, restore))

    def on_trashed(self, outcome: jobs.TrashOutcome) -> None:
        self.show_contacts(outcome.book)
        self.message.emit(
            self.tr("%n contact(s) restored.", "", outcome.count) if outcome.restored else
            self.tr("%n contact(s) moved to the trash (see the status filter).", "",
                    outcome.count), 10_000)

    def rename_tag(self) -> bool:
        """The tag chosen in the filter, renamed on every contact (R-S13)."""
        old = self.tag_filter.currentData() or ""
        if not old:
            return False
        new, ok = QInputDialog.getText(
            self, self.tr("Rename a tag"),
            self.tr("New name of the tag {tag} (on every contact, and its Google label at "
                    "the next sync):").format(tag=old), text=old)
        new = new.strip()
        if not ok or not new or new == old:
            return False
        service = self.service
        return self.runner.start("rename_tag", lambda _progress, _cancel:
                                 jobs.rename_tag(service, old, new))

    def on_tag_renamed(self, outcome: jobs.TagRenamed) -> None:
        self.show_contacts(outcome.book)
        index = self.tag_filter.findData(outcome.new)
        if index < 0:  # another spelling of it was in use already
            index = next((i for i in range(self.tag_filter.count())
                          if str(self.tag_filter.itemData(i)).casefold()
                          == outcome.new.casefold()), 0)
        self.tag_filter.setCurrentIndex(index)
        text = self.tr("Tag {old} renamed {new} on %n contact(s).", "",
                       outcome.count).format(old=outcome.old, new=outcome.new)
        if not outcome.label_follows:
            text += " " + self.tr("Not signed in to Google: its label is not renamed.")
        self.message.emit(text, 10_000)

    def _open_link(self, url: str) -> None:
        if self.open_url is not None:
            self.open_url(url)

    # -- actions ---------------------------------------------------------------------------------

    def sync_current(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.status in (ContactStatus.CONFLICT, ContactStatus.POSSIBLE_MATCH):
            # Nothing can be written for it before the user's choice: say where to make it.
            self.message.emit(self.tr("{name} needs your choice first, on the Sync page.")
                              .format(name=row.name), 10_000)
            self.choice_needed.emit()
            return
        self.sync_one.emit(row.crm_id)

    def unlink_current(self) -> bool:
        row = self.current()
        if row is None or row.resource_name is None:
            return False
        return self.actions.unlink(row.name, row.crm_id)

    def toggle_ignored(self) -> bool:
        row = self.current()
        if row is None:
            return False
        if row.status in (ContactStatus.NOT_SYNCED, ContactStatus.KEPT):
            contact = NotSynced(Side.CRM, row.crm_id, None, row.name, "")
            return self.actions.sync_again(
                [contact], self.tr("{name} is back in the sync.").format(name=row.name))
        return self.actions.ignore(row.name, row.crm_id, None)

    def link_current(self) -> bool:
        """Link…: the Google contacts no one is linked to are read in the worker; the
        window hands them to ``choose_link``."""
        row = self.current()
        if row is None:
            return False
        crm_id, service = row.crm_id, self.service
        return self.runner.start("link_candidates", lambda _progress, _cancel:
                                 jobs.link_candidates(service, crm_id))

    def choose_link(self, found: jobs.LinkCandidates) -> LinkDialog:
        row = next((r for r in (self.book.rows if self.book else ())
                    if r.crm_id == found.crm_id), None)
        dialog = LinkDialog(row.name if row else str(found.crm_id), found.candidates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda name: self._link(found.crm_id, name))
        dialog.open()
        self.link_dialog = dialog
        return dialog

    def _link(self, crm_id: int, resource_name: str) -> bool:
        service, decisions = self.service, self.decisions()
        return self.runner.start("link", lambda progress, _cancel: jobs.link_then_preview(
            service, crm_id, resource_name, False, decisions, progress))


class LinkDialog(QDialog):
    """Choose the Google contact a CRM contact is (R-S9), found by the same search."""

    chosen = Signal(str)  # the Google contact's resource name

    def __init__(self, name: str, candidates: list[GoogleCandidate],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link {name} to a Google contact").format(name=name))
        self.resize(560, 420)
        self._candidates = candidates
        self._hay = [haystack((c.name, c.email)) for c in candidates]
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the Google contacts"))
        self.search_edit.textChanged.connect(self._filter)
        self.model: ItemListModel[GoogleCandidate] = ItemListModel(
            [self.tr("Google contact"), self.tr("Email")], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        fast_rows(self.view)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().resizeSection(0, 220)
        self.view.activated.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not candidates:
            layout.addWidget(QLabel(self.tr("Every Google contact read by the last preview "
                                            "is linked already.")))
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._filter("")

    def _filter(self, text: str) -> None:
        query = Query.of(text)
        self.model.set_items([(c, (c.name, c.email), None)
                              for c, hay in zip(self._candidates, self._hay, strict=True)
                              if query.matches(hay)])
        if self.model.rowCount():
            self.view.selectRow(0)

    def accept(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.chosen.emit(self.model.item_at(index.row()).resource_name)
        super().accept()
