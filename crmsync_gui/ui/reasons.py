"""The core's reasons in the user's language (R-UI5).

The core says why something happens as a ``Reason``: a code and its arguments
(``crmsync_gui/core/reasons.py``, which also holds the English text). Here each code has
its template through Qt translation, written out as a literal so ``pyside6-lupdate``
finds it (see packaging/update_translations.py); word arguments (a side, a field) are
said with ui/labels.py, inner reasons in turn. Every place of the window that shows a
plan item's reason, an undo or backup line, or an error message goes through
``reason_text``. The English of these templates is the core's English, word for word
(tests/ui/test_reasons.py), so the two cannot drift apart.

``QCoreApplication.translate`` is thread-safe, so the worker may use these too.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject

from crmsync_gui.core.plan import Side
from crmsync_gui.core.reasons import (
    Arg,
    Reason,
    ReasonCode,
    ReasonText,
    format_reason,
    reason_from_text,
)
from crmsync_gui.core.record import Field
from crmsync_gui.core.run_report import RunProblem
from crmsync_gui.ui.labels import field_label, side_label

translate = QCoreApplication.translate

# One literal per code (lupdate cannot see through a variable); a lambda so the text is
# translated when it is shown, in the language installed then.
TEMPLATES: Mapping[ReasonCode, Callable[[], str]] = {
    ReasonCode.CHANGED_IN_CRM: lambda: translate("Reasons", "changed in the CRM"),
    ReasonCode.CHANGED_IN_GOOGLE: lambda: translate("Reasons", "changed in Google"),
    ReasonCode.CHANGED_IN_CRM_FIRST_SYNC: lambda: translate(
        "Reasons", "changed in the CRM (first sync, matched by {match})"),
    ReasonCode.CHANGED_IN_GOOGLE_FIRST_SYNC: lambda: translate(
        "Reasons", "changed in Google (first sync, matched by {match})"),
    ReasonCode.MATCHED_BY_YOUR_LINK: lambda: translate("Reasons", "your link"),
    ReasonCode.MATCHED_BY_TAG: lambda: translate("Reasons", "CRM Sync tag"),
    ReasonCode.MATCHED_BY_PERSONAL_EMAIL: lambda: translate("Reasons", "personal email {email}"),
    ReasonCode.MATCHED_BY_WORK_EMAIL: lambda: translate("Reasons", "work email {email}"),
    ReasonCode.MATCHED_AGAIN_AFTER_RESTORE: lambda: translate(
        "Reasons", "its link from before its deletion in the CRM"),
    ReasonCode.NEW_IN_CRM: lambda: translate("Reasons", "new in the CRM"),
    ReasonCode.NEW_IN_GOOGLE: lambda: translate("Reasons", "new in Google"),
    ReasonCode.NEW_IN_GOOGLE_WITH_COMPANY: lambda: translate(
        "Reasons", "new in Google, linked to the company {company}"),
    ReasonCode.DELETED_IN_CRM: lambda: translate("Reasons", "deleted in the CRM"),
    ReasonCode.DETACHED_IN_GOOGLE: lambda: translate(
        "Reasons", "deleted in the CRM; kept in Google (not created by CRM Sync, not in the "
        "label) and no longer synced"),
    ReasonCode.DELETED_IN_GOOGLE: lambda: translate("Reasons", "deleted in Google"),
    ReasonCode.KEPT_AFTER_GOOGLE_DELETION: lambda: translate(
        "Reasons", "deleted in Google — kept in the CRM and no longer sent to Google (choose "
        "delete to remove it, or restore to send it back)"),
    ReasonCode.RESTORED_AFTER_GOOGLE_DELETION: lambda: translate(
        "Reasons", "deleted in Google, restored at your request"),
    ReasonCode.KEPT_CHANGED_AFTER_GOOGLE_DELETION: lambda: translate(
        "Reasons", "deleted in Google, changed in the CRM since: kept (choose delete to "
                   "remove it)"),
    ReasonCode.RESTORED_KEPT_CONTACT: lambda: translate(
        "Reasons", "kept after its deletion in Google; restored at your request"),
    ReasonCode.CONFLICT_YOUR_CHOICE: lambda: translate(
        "Reasons", "your choice: the {side} value is kept"),
    ReasonCode.CONFLICT_NEWEST_WINS: lambda: translate(
        "Reasons", "changed on both sides: the newest ({side}) wins"),
    ReasonCode.CONFLICT_CRM_WINS: lambda: translate(
        "Reasons", "changed on both sides: the CRM wins"),
    ReasonCode.CONFLICT_GOOGLE_WINS: lambda: translate(
        "Reasons", "changed on both sides: Google wins"),
    ReasonCode.CONFLICT_ASK: lambda: translate(
        "Reasons", "changed on both sides: choose the value to keep"),
    ReasonCode.FIRST_SYNC_YOUR_CHOICE: lambda: translate(
        "Reasons", "different values at the first sync: the {side} value is kept"),
    ReasonCode.FIRST_SYNC_NEWEST_WINS: lambda: translate(
        "Reasons", "different values at the first sync: the newest ({side}) wins"),
    ReasonCode.FIRST_SYNC_CRM_WINS: lambda: translate(
        "Reasons", "different values at the first sync: the CRM wins"),
    ReasonCode.FIRST_SYNC_GOOGLE_WINS: lambda: translate(
        "Reasons", "different values at the first sync: Google wins"),
    ReasonCode.FIRST_SYNC_ASK: lambda: translate(
        "Reasons", "different values at the first sync: choose the value to keep"),
    ReasonCode.SKIPPED_CHANGED_AFTER_CRM_DELETION: lambda: translate(
        "Reasons", "deleted in the CRM but changed in Google since the last sync: not deleted in "
        "Google (delete it there, or restore it in the CRM)"),
    ReasonCode.SKIPPED_EMPTY_IN_CRM: lambda: translate(
        "Reasons", "no name, phone, email or address to send"),
    ReasonCode.SKIPPED_EMPTY_IN_GOOGLE: lambda: translate(
        "Reasons", "no name, phone, email or address to copy"),
    ReasonCode.SKIPPED_TAG_OF_DELETED_CONTACT: lambda: translate(
        "Reasons", "created by CRM Sync for CRM contact {crm_id}, which is deleted in the CRM: "
        "left alone"),
    ReasonCode.SKIPPED_SECOND_TAGGED_COPY: lambda: translate(
        "Reasons", "a second Google copy of CRM contact {crm_id} (same CRM Sync tag): delete one "
        "of them in Google"),
    ReasonCode.SKIPPED_EMAIL_SHARED_IN_CRM: lambda: translate(
        "Reasons", "email {email} is also used by CRM contact {owner}: only that one is synced"),
    ReasonCode.SKIPPED_EMAIL_SHARED_IN_GOOGLE: lambda: translate(
        "Reasons", "email {email} is also used by Google contact {owner}: only that one is synced"),
    ReasonCode.SKIPPED_EMAIL_TAKEN_IN_GOOGLE: lambda: translate(
        "Reasons", "email {email} is already used by Google contact {holder}, which is synced "
        "with another CRM contact, skipped, or outside the label"),
    ReasonCode.SKIPPED_EMAIL_TAKEN_IN_CRM: lambda: translate(
        "Reasons", "email {email} is already used by CRM contact {holder}, which is synced with "
        "another Google contact or skipped"),
    ReasonCode.POSSIBLE_SAME_PHONE: lambda: translate(
        "Reasons", "the same phone number: link them, or keep them apart"),
    ReasonCode.SKIPPED_UNLINKED_FROM_GOOGLE: lambda: translate(
        "Reasons", "unlinked from Google contact {holder}: not synced until you link them "
        "again"),
    ReasonCode.SKIPPED_UNLINKED_FROM_CRM: lambda: translate(
        "Reasons", "unlinked from CRM contact {holder}: not synced until you link them "
        "again"),
    ReasonCode.SKIPPED_KEPT_APART_FROM_GOOGLE: lambda: translate(
        "Reasons", "email {email} is used by Google contact {holder}, which you keep apart "
        "from it: link them to sync it"),
    ReasonCode.SKIPPED_KEPT_APART_FROM_CRM: lambda: translate(
        "Reasons", "email {email} is used by CRM contact {holder}, which you keep apart from "
        "it: link them to sync it"),
    ReasonCode.POSSIBLE_SAME_EMAIL_LEFT_OUT: lambda: translate(
        "Reasons", "the same email {email}, and one of them is left out of the sync: link "
        "them, or keep them apart"),
    ReasonCode.POSSIBLE_SAME_NAME: lambda: translate(
        "Reasons", "the same first and last name: link them, or keep them apart"),
    ReasonCode.MASS_DELETION: lambda: translate(
        "Reasons", "this run would delete {deletions} of {linked} synced contacts: confirm the "
        "deletions to go on"),
    ReasonCode.CRM_CONTACT_WITHOUT_NAME: lambda: translate("Reasons", "CRM contact {crm_id}"),
    ReasonCode.BACKUP_BEFORE_FIRST_SYNC: lambda: translate("Reasons", "before the first sync"),
    ReasonCode.BACKUP_BEFORE_DELETIONS: lambda: translate("Reasons", "before a sync that deletes"),
    ReasonCode.BACKUP_BEFORE_RESTORE: lambda: translate("Reasons", "before restoring {backup}"),
    ReasonCode.UNDO_GOOGLE_CHANGED_NOT_REMOVED: lambda: translate(
        "Reasons", "{name}: changed in Google since the sync; not removed"),
    ReasonCode.UNDO_REMOVED_FROM_GOOGLE: lambda: translate(
        "Reasons", "{name}: removed from Google; it will not be sent again unless you restore it"),
    ReasonCode.UNDO_GOOGLE_FIELD_CHANGED: lambda: translate(
        "Reasons", "{name}: {field} changed in Google since; left as is"),
    ReasonCode.UNDO_BACK_IN_GOOGLE: lambda: translate(
        "Reasons", "{name}: back in Google, and left out of the sync (its CRM contact is deleted)"),
    ReasonCode.UNDO_PHOTO_NOT_RESTORED: lambda: translate(
        "Reasons", "{name}: its photo could not be put back (Google sets no photo on a new "
        "contact): add it again on the phone"),
    ReasonCode.UNDO_NOT_RECREATED_SYNCED: lambda: translate(
        "Reasons", "{name}: not put back in Google: its CRM contact was restored and is "
        "synced with another Google contact since"),
    ReasonCode.UNDO_CRM_CHANGED_NOT_REMOVED: lambda: translate(
        "Reasons", "{name}: changed in the CRM since; not removed"),
    ReasonCode.UNDO_REMOVED_FROM_CRM: lambda: translate(
        "Reasons", "{name}: removed from the CRM; its Google contact is left out of the sync"),
    ReasonCode.UNDO_CRM_FIELD_CHANGED: lambda: translate(
        "Reasons", "{name}: {field} changed in the CRM since; left as is"),
    ReasonCode.UNDO_BACK_IN_CRM: lambda: translate(
        "Reasons", "{name}: back in the CRM, not sent to Google unless you restore it"),
    ReasonCode.UNDO_NOTE_BLOCK_CHANGED: lambda: translate(
        "Reasons", "{name}: the Google block of the note changed in the CRM since; left as "
                   "is"),
    ReasonCode.UNDO_FAILED: lambda: translate("Reasons", "{side} {contact}: {error}"),
    ReasonCode.GOOGLE_SYNC_TOKEN_EXPIRED: lambda: translate(
        "Reasons", "Google's change list expired; reading all contacts."),
    ReasonCode.GOOGLE_SIGN_IN_REJECTED: lambda: translate(
        "Reasons", "Google no longer accepts this sign-in: sign in again."),
    ReasonCode.GOOGLE_STALE_ETAG: lambda: translate(
        "Reasons", "A contact was changed in Google while we were syncing it."),
    ReasonCode.GOOGLE_CONTACT_LIMIT: lambda: translate(
        "Reasons", "Your Google account holds the most contacts Google allows (25,000)."),
    ReasonCode.GOOGLE_BUSY: lambda: translate(
        "Reasons", "Google is busy or unreachable: try again in a few minutes. Nothing is lost "
        "(a sync picks up where it stopped)."),
    ReasonCode.GOOGLE_ACCESS_REFUSED: lambda: translate(
        "Reasons", "Google refused access to the contacts: check that the app is allowed (see "
        "the Google setup guide)."),
    ReasonCode.GOOGLE_REFUSED: lambda: translate("Reasons", "Google refused a change: {message}"),
    ReasonCode.OAUTH_CLIENT_UNREADABLE: lambda: translate(
        "Reasons", "Cannot read the Google client file {path}: {error}"),
    ReasonCode.OAUTH_CLIENT_MISSING: lambda: translate(
        "Reasons", "This copy of CRM Sync has no Google OAuth client yet. Create one for a "
        "desktop app (see the Google setup guide) and choose its client_secret.json."),
    ReasonCode.OAUTH_CLIENT_NOT_A_CLIENT_FILE: lambda: translate(
        "Reasons", "{path} is not a Google OAuth client file."),
    ReasonCode.INSECURE_ADDRESS_IN_ENVIRONMENT: lambda: translate(
        "Reasons", "The environment variable {variable} is {url}: Google addresses must use "
        "https (plain http only to this computer: 127.0.0.1, ::1, localhost). Correct or "
        "remove it."),
    ReasonCode.INSECURE_ADDRESS_IN_SETTINGS: lambda: translate(
        "Reasons", "{key} in {path} is {url}: Google addresses must use https (plain http "
        "only to this computer: 127.0.0.1, ::1, localhost). Correct or remove it in the "
        "settings."),
    ReasonCode.INSECURE_ADDRESS_IN_CLIENT_FILE: lambda: translate(
        "Reasons", "{key} in the Google client file {path} is {url}: Google addresses must "
        "use https."),
    ReasonCode.INSECURE_REQUEST_REFUSED: lambda: translate(
        "Reasons", "CRM Sync refused to send your Google sign-in to {url}: it is not an "
        "https address."),
    ReasonCode.OAUTH_CLIENT_NOT_DESKTOP: lambda: translate(
        "Reasons", "{path} is not the OAuth client of a desktop app. In Google Cloud, create a "
        'client of type "Desktop app" (see the Google setup guide) and download its JSON file.'),
    ReasonCode.SIGN_IN_OTHER_APPLICATION: lambda: translate(
        "Reasons", "Google answered for another application: sign in again."),
    ReasonCode.SIGN_IN_NO_ACCOUNT: lambda: translate(
        "Reasons", "Google did not say which account signed in."),
    ReasonCode.SIGN_IN_TIMED_OUT: lambda: translate(
        "Reasons", "Google sign-in timed out: nobody approved it in time."),
    ReasonCode.SIGN_IN_CANCELLED: lambda: translate("Reasons", "Sign-in cancelled."),
    ReasonCode.SIGN_IN_DENIED: lambda: translate(
        "Reasons", "Google sign-in was refused in the browser."),
    ReasonCode.SIGN_IN_REFUSED: lambda: translate("Reasons", "Google refused the sign-in: {error}"),
    ReasonCode.SIGN_IN_NO_OFFLINE_ACCESS: lambda: translate(
        "Reasons", "Google did not grant offline access: sign in again."),
    ReasonCode.NOT_SIGNED_IN: lambda: translate(
        "Reasons", "Not signed in to Google: sign in first."),
    ReasonCode.GOOGLE_UNREACHABLE: lambda: translate(
        "Reasons", "Cannot reach Google: check the connection and try again. Nothing is lost "
        "(a sync picks up where it stopped)."),
    ReasonCode.GOOGLE_UNREACHABLE_FOR_SIGN_IN: lambda: translate(
        "Reasons", "Cannot reach Google to renew the sign-in."),
    ReasonCode.GOOGLE_CREATES_UNCONFIRMED: lambda: translate(
        "Reasons", "Google did not confirm new contacts: the next sync looks for them "
                   "before sending them again."),
    ReasonCode.GOOGLE_REFUSED_UPDATE: lambda: translate(
        "Reasons", "Google refused to update {name}."),
    ReasonCode.GOOGLE_LABEL_NOT_LISTED: lambda: translate(
        "Reasons", "Google says the label {name!r} exists but does not list it."),
    ReasonCode.KEYRING_MISSING: lambda: translate(
        "Reasons", "No secure password store (keyring) was found on this computer: the Google "
        "sign-in is kept in memory only, and you will have to sign in again next time."),
    ReasonCode.CRM_CONTACT_CHANGED_MEANWHILE: lambda: translate(
        "Reasons", "CRM contact {crm_id} was modified by someone else meanwhile"),
    ReasonCode.DISK_FULL: lambda: translate(
        "Reasons", "The disk that holds {path} is full. Free some space, then try again: a "
        "sync picks up where it stopped."),
    ReasonCode.CRM_DATABASE_MISSING: lambda: translate(
        "Reasons", "The CRM database {path} named by {settings} does not exist (moved, "
        "renamed, or a drive not connected): choose it again, or correct the name there."),
    ReasonCode.CRM_NOT_WRITABLE: lambda: translate(
        "Reasons", "The CRM database {path} is read-only (the file or its folder): nothing "
        "was changed. It can be read, listed and exported; to sync, make it writable."),
    ReasonCode.CONTACT_BAD_EMAIL: lambda: translate(
        "Reasons", "{value!r} is not an email address (something@domain): correct it, or "
        "leave the field empty."),
    ReasonCode.CONTACT_EDITED_MEANWHILE: lambda: translate(
        "Reasons", "{name} changed since you opened it (a sync or another program wrote "
        "it): nothing was saved. Close the editor, open the contact again and make your "
        "change on what it holds now."),
    ReasonCode.COMPANY_NAME_EMPTY: lambda: translate("Reasons", "A company needs a name."),
    ReasonCode.NOTE_HAS_BLOCK_START: lambda: translate(
        "Reasons", "The note has a line {marker!r}: only the sync writes that block. Take the "
        "line out, or change it, and save again."),
    ReasonCode.COMPANY_DELETED_MEANWHILE: lambda: translate(
        "Reasons", "The company {name} was deleted while the editor was open: nothing was "
        "saved. Choose another company, or type its name to make it again."),
    ReasonCode.STOPPED_AT_YOUR_REQUEST: lambda: translate(
        "Reasons", "Stopped at your request: nothing was written."),
    ReasonCode.LEFT_OUT: lambda: translate(
        "Reasons", "left out by you: not synced until you tick it again"),
    ReasonCode.COMPANY_EXISTS: lambda: translate("Reasons",
                                                 "There is a company {name!r} already."),
    ReasonCode.CRM_FOREIGN_DATABASE: lambda: translate(
        "Reasons", "it is another program's database (tables {tables}), not a CRM: nothing "
        "was changed in it"),
    ReasonCode.EXPORT_OVER_OWN_FILE: lambda: translate(
        "Reasons", "{path} is one of CRM Sync's own files (the CRM database, its settings "
        "or its state): choose another name for the export."),
    ReasonCode.STATE_NOT_WRITABLE: lambda: translate(
        "Reasons", "The sync state {path} cannot be written ({error}): the file and its "
        "folder must be yours and writable."),
    ReasonCode.CRM_UNUSABLE_DATABASE: lambda: translate(
        "Reasons", "{path} is not a usable CRM database: {error}"),
    ReasonCode.CRM_CONTACT_MISSING: lambda: translate(
        "Reasons", "CRM contact {crm_id} does not exist"),
    ReasonCode.CRM_NO_COMPANY_FOR_PRO_FIELDS: lambda: translate(
        "Reasons", "CRM contact {crm_id} has no company to hold professional fields"),
    ReasonCode.CRM_NETWORK_SHARE: lambda: translate(
        "Reasons", "The CRM database {path} is on a network share. SQLite cannot lock files "
        "safely there: keep it on this PC's own disk, or let only one PC use it."),
    ReasonCode.CRM_READABLE_BY_OTHERS: lambda: translate(
        "Reasons", "Every user of this computer can read the CRM database {path}. Unless it "
        "is meant to be shared, make it readable by you alone (chmod 600)."),
    ReasonCode.PROFILE_READ_ONLY: lambda: translate(
        "Reasons", "The profile folder {path} is read-only: CRM Sync keeps its sync state, "
        "backups and log there, so nothing was changed. Make the folder writable (or use "
        "another profile folder), then try again."),
    ReasonCode.PROFILE_NOT_PRIVATE: lambda: translate(
        "Reasons", "The profile folder {path} cannot be made private (its file system does "
        "not keep file permissions): other users of this computer may read your contacts, "
        "the sync state and the backups. Keep the profile on this computer's own disk."),
    ReasonCode.CRM_NEWER_SCHEMA: lambda: translate(
        "Reasons", "this CRM database was written by a newer CRM Sync (schema {version}, this "
        "version knows up to {known}); update the app"),
    ReasonCode.CRM_FILE_EXISTS: lambda: translate(
        "Reasons", "{path} already exists: open it, or choose another name."),
    ReasonCode.CRM_FILE_MISSING: lambda: translate("Reasons", "{path} does not exist."),
    ReasonCode.NO_SUCH_BACKUP: lambda: translate("Reasons", "No backup named {name}."),
    ReasonCode.CSV_NOTHING_IMPORTED: lambda: translate("Reasons", "Nothing was imported:\n{lines}"),
    ReasonCode.CSV_MORE_ERRORS: lambda: translate("Reasons", "… and {count} more"),
    ReasonCode.CSV_EMPTY_FILE: lambda: translate("Reasons", "line 1: the file is empty"),
    ReasonCode.CSV_UNKNOWN_COLUMN: lambda: translate(
        "Reasons", "line 1: unknown column {column!r} (expected: {headers})"),
    ReasonCode.CSV_DUPLICATE_COLUMN: lambda: translate(
        "Reasons", "line 1: column {column!r} appears twice"),
    ReasonCode.CSV_LINE_ERROR: lambda: translate("Reasons", "line {line}: {error}"),
    ReasonCode.CSV_ID_NOT_A_NUMBER: lambda: translate(
        "Reasons", "line {line}: ID {id!r} is not a number"),
    ReasonCode.CSV_DUPLICATE_ID: lambda: translate(
        "Reasons", "line {line}: ID {id} already on line {first}"),
    ReasonCode.CSV_DUPLICATE_REF: lambda: translate(
        "Reasons", "line {line}: Réf. contact {ref!r} already on line {first}"),
    ReasonCode.CSV_BAD_EMAIL: lambda: translate(
        "Reasons", "line {line}: {column} {email!r} is not an email address"),
    ReasonCode.CSV_PRO_FIELDS_WITHOUT_COMPANY: lambda: translate(
        "Reasons", "line {line}: professional fields need a Société (they belong to the "
        "contact's company)"),
    ReasonCode.CSV_BAD_BYTE: lambda: translate(
        "Reasons", "line {line}: byte {byte} is not {encoding} text: save the file again as "
        "CSV UTF-8"),
    ReasonCode.CSV_UTF16_WITHOUT_BOM: lambda: translate(
        "Reasons", "line 1: the file looks like UTF-16 text without its byte-order mark: save "
        "it again as CSV UTF-8"),
    ReasonCode.CSV_REF_OF_ANOTHER_CONTACT: lambda: translate(
        "Reasons", "Réf. contact {ref!r} belongs to {owner} (ID {crm_id}), not to this row's "
        "contact"),
    ReasonCode.CSV_COMPANY_REF_WITHOUT_NAME: lambda: translate(
        "Reasons", "line {line}: Réf. société without a Société name"),
    ReasonCode.CSV_EMAIL_ALSO_OTHERS: lambda: translate(
        "Reasons", "line {line}: {email} is also the email of {owner}: the sync keeps the two "
        "apart until one of them changes"),
    ReasonCode.CSV_ID_OF_SOMEONE_ELSE: lambda: translate(
        "Reasons", "line {line}: ID {id} is {here} here; created as a new contact, {name}"),
    ReasonCode.CSV_DELETED_COMPANY_RESTORED: lambda: translate(
        "Reasons", "line {line}: the company {ref} ({company}) had been deleted; it is "
        "restored"),
    ReasonCode.SETTINGS_EMPTY_LABEL: lambda: translate(
        "Reasons", "label_name: the Google label name cannot be empty"),
    ReasonCode.SETTINGS_BAD_INTERVAL: lambda: translate(
        "Reasons", "reminder_interval_minutes: must be between 1 and 1440"),
    ReasonCode.SETTINGS_NOT_A_CHOICE: lambda: translate(
        "Reasons", "{key} is {value}; expected one of {allowed}"),
    ReasonCode.SETTINGS_NOT_TRUE_OR_FALSE: lambda: translate(
        "Reasons", "{key} must be true or false, not {value}"),
    ReasonCode.SETTINGS_NOT_A_WHOLE_NUMBER: lambda: translate(
        "Reasons", "{key} must be a whole number, not {value}"),
    ReasonCode.SETTINGS_NOT_TEXT: lambda: translate("Reasons", "{key} must be text, not {value}"),
    ReasonCode.CRM_UNKNOWN_TAG: lambda: translate("Reasons", "no contact has the tag {tag!r}"),
    ReasonCode.CRM_BAD_TAG_NAME: lambda: translate(
        "Reasons", "{tag!r} cannot be a tag: it is empty, holds a comma or a semicolon, or is "
        "the name of a Google group or of the app's label"),
    ReasonCode.SETTINGS_TWO_SCOPES: lambda: translate(
        "Reasons", "only_tag and sync_label_only exclude each other: sync all contacts, the "
        "label's, or one tag's"),
    ReasonCode.SETTINGS_BAD_ONLY_TAG: lambda: translate(
        "Reasons", "only_tag: {tag!r} cannot be a Google label (a comma, a semicolon, a Google "
        "group's name, or the app's label's)"),
    ReasonCode.LEAVES_SCOPE: lambda: translate(
        "Reasons", "leaves the sync scope (tag {tag}): no longer synced, nothing deleted"),
    ReasonCode.LABEL_RENAME_REFUSED: lambda: translate(
        "Reasons", "Google refused to rename the label {old!r} to {new!r}: {error} It is "
        "tried again at the next sync."),
    ReasonCode.LABEL_RESERVED_NAME: lambda: translate(
        "Reasons", "The label {name!r} is not synced as a tag: Google names one of its own "
        "groups so, or CRM Sync's label is named so."),
    ReasonCode.LABEL_NOT_A_TAG: lambda: translate(
        "Reasons", "The label {name!r} is not synced as a tag: a CRM tag cannot hold a comma "
        "or a semicolon."),
    ReasonCode.SETTINGS_INSECURE_ADDRESS: lambda: translate(
        "Reasons", "{key}: {value} is not an https address (plain http only to this "
        "computer: 127.0.0.1, ::1, localhost)"),
    ReasonCode.SETTINGS_UNREADABLE: lambda: translate("Reasons", "it cannot be read ({error})"),
    ReasonCode.SETTINGS_NOT_AN_OBJECT: lambda: translate("Reasons", "it must hold a JSON object"),
    ReasonCode.SETTINGS_FILE_UNUSABLE: lambda: translate(
        "Reasons", "The settings file {path} cannot be used: {error}"),
    ReasonCode.STATE_DAMAGED: lambda: translate(
        "Reasons", "The sync state {path} is damaged ({error}): a reset (\"Start a new sync "
        "state\" in the window, `crmsync state reset` on the command line) sets it aside and "
        "starts a new one. Nothing is duplicated (contacts are matched again by their CRM "
        "Sync tag and email); the undo history is lost."),
    ReasonCode.STATE_NEWER_VERSION: lambda: translate(
        "Reasons", "{path} was written by a newer CRM Sync (schema {version}, this version knows "
        "{known}): update CRM Sync"),
    ReasonCode.STATE_OTHER_ACCOUNT: lambda: translate(
        "Reasons", "{path} holds the sync state of another Google account: it is never mixed "
        "with this one (sign in with the account it belongs to, or use the state file of this "
        "account)"),
    ReasonCode.STATE_OTHER_CRM: lambda: translate(
        "Reasons", "{path} holds the sync state of another CRM database ({stored}), not {current}"),
    ReasonCode.SYNC_CHANGE_FAILED: lambda: translate("Reasons", "{name}: {error}"),
    ReasonCode.NOT_APPLIED: lambda: translate(
        "Reasons", "planned but not written by this run: the next sync tries again"),
    ReasonCode.CRM_DATE_UNREADABLE: lambda: translate(
        "Reasons", "its CRM modification date {value!r} is in no format CRM Sync reads: "
        "newest-wins counts its CRM values as the oldest"),
    ReasonCode.GOOGLE_BAD_ANSWER: lambda: translate(
        "Reasons", "Google answered with data CRM Sync cannot use ({what}): nothing of that "
        "answer was stored."),
    ReasonCode.CRM_IN_USE: lambda: translate(
        "Reasons", "{path} is in use by another program: try again once it has finished"),
    ReasonCode.CRM_BUSY: lambda: translate(
        "Reasons", "The CRM database {path} is busy or cannot be written: {error}"),
    ReasonCode.SYNC_STOPPED: lambda: translate(
        "Reasons", "The sync stopped on an unexpected error: {error}"),
    # Words with no code (an OS or Google message): not ours to translate.
    ReasonCode.TEXT: lambda: "{text}",
}


class Reasons(QObject):
    """The templates with a count the words agree with, in Qt's plural forms (%n is the
    count; English's from crmsync_en.ts: "1 new contact", as the core's ENGLISH_ONE).
    In ``self.tr`` because that is where lupdate sees a plural; the class name is the
    context, the other templates' ("Reasons")."""

    def plural(self, code: ReasonCode, n: int) -> str:
        if code is ReasonCode.GOOGLE_REFUSED_CREATES:
            return self.tr("Google refused %n new contact(s).", "", n)
        if code is ReasonCode.COMPANY_HAS_CONTACTS:
            return self.tr("%n contact(s) linked to this company: unlink to delete it (they "
                           "lose their company in Google at the next sync).", "", n)
        if code is ReasonCode.CSV_COLUMN_COUNT:
            return self.tr("line {line}: %n column(s), the header has {expected}", "", n)
        if code is ReasonCode.REPLAN_LIMIT:
            return self.tr("changed again while the sync wrote it (%n time(s) in this run): "
                           "left for the next sync", "", n)
        if code is ReasonCode.SCOPE_LABEL_DELETED:
            return self.tr("The label {tag!r}, which the sync is limited to, was deleted or "
                           "renamed in Google: confirm to remove the tag from %n contact(s) "
                           "in the CRM.", "", n)
        if code is ReasonCode.LABEL_DELETED_TAG_REMOVED:
            return self.tr("The label {name!r} was deleted in Google: the tag is removed from "
                           "%n contact(s) in the CRM.", "", n)
        if code is ReasonCode.LABEL_RENAMED_TAG_RENAMED:
            return self.tr("The label {name!r} was renamed {new!r} in Google: the tag is "
                           "renamed on %n contact(s) in the CRM.", "", n)
        assert code is ReasonCode.LABEL_RECREATED, code
        return self.tr("The label {name!r} was deleted in Google: re-created, with %n synced "
                       "contact(s) put back in it.", "", n)


_REASONS = Reasons()
PLURAL_TEMPLATES: Mapping[ReasonCode, Callable[[int], str]] = {
    code: partial(_REASONS.plural, code) for code in (
        ReasonCode.GOOGLE_REFUSED_CREATES, ReasonCode.COMPANY_HAS_CONTACTS,
        ReasonCode.CSV_COLUMN_COUNT, ReasonCode.REPLAN_LIMIT, ReasonCode.LABEL_RECREATED,
        ReasonCode.SCOPE_LABEL_DELETED, ReasonCode.LABEL_DELETED_TAG_REMOVED,
        ReasonCode.LABEL_RENAMED_TAG_RENAMED)}


def template_of(reason: Reason) -> str:
    """The template of ``reason`` in the user's language, its plural form chosen."""
    plural = PLURAL_TEMPLATES.get(reason.code)
    if plural is not None:
        count = dict(reason.args).get("count", 0)
        return plural(count if isinstance(count, int) else 0)
    return TEMPLATES[reason.code]()


def reason_text(reason: Reason | None) -> str:
    """``reason`` in the user's language ("" for none)."""
    if reason is None:
        return ""
    return format_reason(reason, template_of(reason), _say)


def text_in_language(text: Reason | str | None) -> str:
    """A warning or message in the user's language: a Reason (what the core hands over
    now) said directly; an English text read back with ``reason_from_text`` first.

    The text path is for words older versions saved, and for the few window places that
    still pass ``str(error)`` rather than the error's ``reason`` (ui/errors.py for
    StateError and SettingsError, the settings dialog): every code's English reads back
    to its code (tests/core/test_reasons.py), so those still come out translated.
    """
    if isinstance(text, Reason):
        return reason_text(text)
    return reason_text(reason_from_text(text)) if text else ""


def contact_name(name: str) -> str:
    """A contact's name as the plan gives it (``Change.name``, ``Skipped.name``, …), in
    the user's language: the name the core makes up for a contact with no name
    ("CRM contact 12", a ``ReasonText``) is said from its reason; real names as they are.
    """
    reason = name.reason if isinstance(name, ReasonText) else None
    return reason_text(reason) if reason is not None else name


def name_or_id(name: str, crm_id: int | None, resource_name: str | None) -> str:
    """A stored contact name (a journal line's, a not-synced contact's), in the user's
    language: kept as plain text, a made-up "CRM contact 12" is English, so it is said
    again from its reason; a contact with no name at all is named by its id."""
    # A made-up name ends with the id: real names skip building the reason (a first
    # sync's History sorts 25,000 of them).
    if crm_id is not None and (not name or name[-1:].isdigit()):
        made_up = Reason.of(ReasonCode.CRM_CONTACT_WITHOUT_NAME, crm_id=crm_id)
        if not name or name == made_up.text:
            return reason_text(made_up)
    return name or resource_name or ""


def problem_text(problem: RunProblem) -> str:
    """One line of a run's report in the user's language: the contact, then why; the
    reason alone for a problem of the whole run (no contact)."""
    why = reason_text(problem.reason)
    name = contact_name(problem.name)
    return translate("Reasons", "{name} — {reason}").format(name=name, reason=why) if name \
        else why


def os_error_text(error: OSError) -> str:
    """What went wrong with a file, in the user's language, for the errors a user can act
    on (no permission, disk full or read-only, missing file); the system's own words
    otherwise — they are not ours to translate."""
    path = error.filename
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return (translate("Reasons", "access to {path} is denied").format(path=path) if path
                else translate("Reasons", "access is denied"))
    if error.errno == errno.ENOSPC:
        return translate("Reasons", "the disk is full")
    if error.errno == errno.EROFS:
        return (translate("Reasons", "{path} is on a read-only disk").format(path=path)
                if path else translate("Reasons", "the disk is read-only"))
    if isinstance(error, FileNotFoundError) and path:
        return translate("Reasons", "{path} does not exist").format(path=path)
    return str(error) or type(error).__name__


def _say(value: Arg) -> object:
    # Side and Field are str enums: they are checked before plain text.
    if isinstance(value, Side):
        return side_label(value)
    if isinstance(value, Field):
        return field_label(value)
    if isinstance(value, Reason):
        return reason_text(value)
    if isinstance(value, tuple):
        return "\n".join(reason_text(item) for item in value)
    return value
