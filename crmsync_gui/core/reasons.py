"""Why something happens, as a code and its arguments: the words come later (R-UI5).

Every sentence the core hands the user — a plan item's reason, an undo or backup line,
a Google or CRM error — is a ``Reason``: a ``ReasonCode`` and named arguments. The
English text (what the CLI and ``Plan.to_json()`` print) is made here, from the one
English template of each code in ``ENGLISH``; the window makes its own text from the
same code and arguments through Qt translation (``crmsync_gui/ui/reasons.py``), so a
French user reads French while the core never depends on Qt.

An argument is text or a number taken as is (a name, an email, a count), a ``Side`` or
a ``Field`` (words the window translates), another ``Reason`` (an error inside a
sentence), or a tuple of them (the lines of a CSV report).

Errors (``GoogleError``, ``CrmError``, ``SettingsError``, ``StateError``) carry their
Reason as ``error.reason``, warnings are Reasons, and a run's errors are kept in the state
as code and arguments next to their English text. Only texts written by older versions
(a backup.json without a code, a run's errors stored before state schema 3) are read back
from English, by ``reason_from_text``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, TypeAlias

from crmsync_gui.core.plan import Side
from crmsync_gui.core.record import Field


class ReasonCode(StrEnum):
    # -- plan: why a change is made ----------------------------------------------------
    CHANGED_IN_CRM = "changed_in_crm"
    CHANGED_IN_GOOGLE = "changed_in_google"
    CHANGED_IN_CRM_FIRST_SYNC = "changed_in_crm_first_sync"
    CHANGED_IN_GOOGLE_FIRST_SYNC = "changed_in_google_first_sync"
    MATCHED_BY_YOUR_LINK = "matched_by_your_link"
    MATCHED_BY_TAG = "matched_by_tag"
    MATCHED_BY_PERSONAL_EMAIL = "matched_by_personal_email"
    MATCHED_BY_WORK_EMAIL = "matched_by_work_email"
    MATCHED_AGAIN_AFTER_RESTORE = "matched_again_after_restore"
    NEW_IN_CRM = "new_in_crm"
    NEW_IN_GOOGLE = "new_in_google"
    NEW_IN_GOOGLE_WITH_COMPANY = "new_in_google_with_company"
    DELETED_IN_CRM = "deleted_in_crm"
    DETACHED_IN_GOOGLE = "detached_in_google"
    DELETED_IN_GOOGLE = "deleted_in_google"
    KEPT_AFTER_GOOGLE_DELETION = "kept_after_google_deletion"
    KEPT_CHANGED_AFTER_GOOGLE_DELETION = "kept_changed_after_google_deletion"
    RESTORED_AFTER_GOOGLE_DELETION = "restored_after_google_deletion"
    RESTORED_KEPT_CONTACT = "restored_kept_contact"
    # -- plan: conflicts -----------------------------------------------------------------
    CONFLICT_YOUR_CHOICE = "conflict_your_choice"
    CONFLICT_NEWEST_WINS = "conflict_newest_wins"
    CONFLICT_CRM_WINS = "conflict_crm_wins"
    CONFLICT_GOOGLE_WINS = "conflict_google_wins"
    CONFLICT_ASK = "conflict_ask"
    FIRST_SYNC_YOUR_CHOICE = "first_sync_your_choice"
    FIRST_SYNC_NEWEST_WINS = "first_sync_newest_wins"
    FIRST_SYNC_CRM_WINS = "first_sync_crm_wins"
    FIRST_SYNC_GOOGLE_WINS = "first_sync_google_wins"
    FIRST_SYNC_ASK = "first_sync_ask"
    # -- plan: skipped contacts and possible matches ---------------------------------------
    SKIPPED_CHANGED_AFTER_CRM_DELETION = "skipped_changed_after_crm_deletion"
    SKIPPED_EMPTY_IN_CRM = "skipped_empty_in_crm"
    SKIPPED_EMPTY_IN_GOOGLE = "skipped_empty_in_google"
    SKIPPED_TAG_OF_DELETED_CONTACT = "skipped_tag_of_deleted_contact"
    SKIPPED_SECOND_TAGGED_COPY = "skipped_second_tagged_copy"
    SKIPPED_EMAIL_SHARED_IN_CRM = "skipped_email_shared_in_crm"
    SKIPPED_EMAIL_SHARED_IN_GOOGLE = "skipped_email_shared_in_google"
    SKIPPED_EMAIL_TAKEN_IN_GOOGLE = "skipped_email_taken_in_google"
    SKIPPED_EMAIL_TAKEN_IN_CRM = "skipped_email_taken_in_crm"
    SKIPPED_KEPT_APART_FROM_GOOGLE = "skipped_kept_apart_from_google"
    LEFT_OUT = "left_out"
    SKIPPED_UNLINKED_FROM_GOOGLE = "skipped_unlinked_from_google"
    SKIPPED_UNLINKED_FROM_CRM = "skipped_unlinked_from_crm"
    SKIPPED_KEPT_APART_FROM_CRM = "skipped_kept_apart_from_crm"
    POSSIBLE_SAME_EMAIL_LEFT_OUT = "possible_same_email_left_out"
    POSSIBLE_SAME_PHONE = "possible_same_phone"
    POSSIBLE_SAME_NAME = "possible_same_name"
    MASS_DELETION = "mass_deletion"
    CRM_CONTACT_WITHOUT_NAME = "crm_contact_without_name"  # the name shown for it
    # -- backups and undo ------------------------------------------------------------------
    BACKUP_BEFORE_FIRST_SYNC = "backup_before_first_sync"
    BACKUP_BEFORE_DELETIONS = "backup_before_deletions"
    BACKUP_BEFORE_RESTORE = "backup_before_restore"
    UNDO_GOOGLE_CHANGED_NOT_REMOVED = "undo_google_changed_not_removed"
    UNDO_REMOVED_FROM_GOOGLE = "undo_removed_from_google"
    UNDO_GOOGLE_FIELD_CHANGED = "undo_google_field_changed"
    UNDO_BACK_IN_GOOGLE = "undo_back_in_google"
    UNDO_PHOTO_NOT_RESTORED = "undo_photo_not_restored"
    UNDO_NOT_RECREATED_SYNCED = "undo_not_recreated_synced"
    UNDO_CRM_CHANGED_NOT_REMOVED = "undo_crm_changed_not_removed"
    UNDO_REMOVED_FROM_CRM = "undo_removed_from_crm"
    UNDO_CRM_FIELD_CHANGED = "undo_crm_field_changed"
    UNDO_BACK_IN_CRM = "undo_back_in_crm"
    UNDO_NOTE_BLOCK_CHANGED = "undo_note_block_changed"
    UNDO_FAILED = "undo_failed"
    # -- Google errors and sign-in ---------------------------------------------------------
    GOOGLE_SYNC_TOKEN_EXPIRED = "google_sync_token_expired"
    GOOGLE_SIGN_IN_REJECTED = "google_sign_in_rejected"
    GOOGLE_STALE_ETAG = "google_stale_etag"
    GOOGLE_CONTACT_LIMIT = "google_contact_limit"
    GOOGLE_BUSY = "google_busy"
    STOPPED_AT_YOUR_REQUEST = "stopped_at_your_request"
    GOOGLE_ACCESS_REFUSED = "google_access_refused"
    GOOGLE_REFUSED = "google_refused"
    OAUTH_CLIENT_UNREADABLE = "oauth_client_unreadable"
    OAUTH_CLIENT_MISSING = "oauth_client_missing"
    OAUTH_CLIENT_NOT_A_CLIENT_FILE = "oauth_client_not_a_client_file"
    OAUTH_CLIENT_NOT_DESKTOP = "oauth_client_not_desktop"
    INSECURE_ADDRESS_IN_ENVIRONMENT = "insecure_address_in_environment"
    INSECURE_ADDRESS_IN_SETTINGS = "insecure_address_in_settings"
    INSECURE_ADDRESS_IN_CLIENT_FILE = "insecure_address_in_client_file"
    INSECURE_REQUEST_REFUSED = "insecure_request_refused"
    SIGN_IN_OTHER_APPLICATION = "sign_in_other_application"
    SIGN_IN_NO_ACCOUNT = "sign_in_no_account"
    SIGN_IN_TIMED_OUT = "sign_in_timed_out"
    SIGN_IN_CANCELLED = "sign_in_cancelled"
    SIGN_IN_DENIED = "sign_in_denied"
    SIGN_IN_REFUSED = "sign_in_refused"
    SIGN_IN_NO_OFFLINE_ACCESS = "sign_in_no_offline_access"
    NOT_SIGNED_IN = "not_signed_in"
    GOOGLE_UNREACHABLE = "google_unreachable"
    GOOGLE_UNREACHABLE_FOR_SIGN_IN = "google_unreachable_for_sign_in"
    GOOGLE_CREATES_UNCONFIRMED = "google_creates_unconfirmed"
    GOOGLE_REFUSED_CREATES = "google_refused_creates"
    GOOGLE_REFUSED_UPDATE = "google_refused_update"
    GOOGLE_LABEL_NOT_LISTED = "google_label_not_listed"
    KEYRING_MISSING = "keyring_missing"
    # -- CRM and CSV errors ----------------------------------------------------------------
    CRM_CONTACT_CHANGED_MEANWHILE = "crm_contact_changed_meanwhile"
    CRM_UNUSABLE_DATABASE = "crm_unusable_database"
    DISK_FULL = "disk_full"
    CRM_DATABASE_MISSING = "crm_database_missing"
    CRM_NOT_WRITABLE = "crm_not_writable"
    CRM_FOREIGN_DATABASE = "crm_foreign_database"
    CONTACT_BAD_EMAIL = "contact_bad_email"
    COMPANY_NAME_EMPTY = "company_name_empty"
    COMPANY_EXISTS = "company_exists"
    COMPANY_HAS_CONTACTS = "company_has_contacts"
    CONTACT_EDITED_MEANWHILE = "contact_edited_meanwhile"
    NOTE_HAS_BLOCK_START = "note_has_block_start"
    COMPANY_DELETED_MEANWHILE = "company_deleted_meanwhile"
    EXPORT_OVER_OWN_FILE = "export_over_own_file"
    CRM_CONTACT_MISSING = "crm_contact_missing"
    CRM_NO_COMPANY_FOR_PRO_FIELDS = "crm_no_company_for_pro_fields"
    CRM_NETWORK_SHARE = "crm_network_share"
    CRM_READABLE_BY_OTHERS = "crm_readable_by_others"
    PROFILE_NOT_PRIVATE = "profile_not_private"
    PROFILE_READ_ONLY = "profile_read_only"
    CRM_NEWER_SCHEMA = "crm_newer_schema"
    CRM_FILE_EXISTS = "crm_file_exists"
    CRM_FILE_MISSING = "crm_file_missing"
    NO_SUCH_BACKUP = "no_such_backup"
    CSV_NOTHING_IMPORTED = "csv_nothing_imported"
    CSV_MORE_ERRORS = "csv_more_errors"
    CSV_EMPTY_FILE = "csv_empty_file"
    CSV_BAD_BYTE = "csv_bad_byte"
    CSV_UTF16_WITHOUT_BOM = "csv_utf16_without_bom"
    CSV_UNKNOWN_COLUMN = "csv_unknown_column"
    CSV_DUPLICATE_COLUMN = "csv_duplicate_column"
    CSV_COLUMN_COUNT = "csv_column_count"
    CSV_LINE_ERROR = "csv_line_error"
    CSV_ID_NOT_A_NUMBER = "csv_id_not_a_number"
    CSV_DUPLICATE_ID = "csv_duplicate_id"
    CSV_DUPLICATE_REF = "csv_duplicate_ref"
    CSV_BAD_EMAIL = "csv_bad_email"
    CSV_PRO_FIELDS_WITHOUT_COMPANY = "csv_pro_fields_without_company"
    CSV_COMPANY_REF_WITHOUT_NAME = "csv_company_ref_without_name"
    CSV_REF_OF_ANOTHER_CONTACT = "csv_ref_of_another_contact"
    CSV_EMAIL_ALSO_OTHERS = "csv_email_also_others"
    CSV_ID_OF_SOMEONE_ELSE = "csv_id_of_someone_else"
    CSV_DELETED_COMPANY_RESTORED = "csv_deleted_company_restored"
    # -- the settings file, the state file, a run's errors ----------------------------------
    SETTINGS_EMPTY_LABEL = "settings_empty_label"
    SETTINGS_TWO_SCOPES = "settings_two_scopes"
    CRM_UNKNOWN_TAG = "crm_unknown_tag"
    CRM_BAD_TAG_NAME = "crm_bad_tag_name"
    SETTINGS_BAD_ONLY_TAG = "settings_bad_only_tag"
    SETTINGS_BAD_INTERVAL = "settings_bad_interval"
    SETTINGS_NOT_A_CHOICE = "settings_not_a_choice"
    SETTINGS_NOT_TRUE_OR_FALSE = "settings_not_true_or_false"
    SETTINGS_NOT_A_WHOLE_NUMBER = "settings_not_a_whole_number"
    SETTINGS_NOT_TEXT = "settings_not_text"
    SETTINGS_INSECURE_ADDRESS = "settings_insecure_address"
    SETTINGS_UNREADABLE = "settings_unreadable"
    SETTINGS_NOT_AN_OBJECT = "settings_not_an_object"
    SETTINGS_FILE_UNUSABLE = "settings_file_unusable"
    STATE_NEWER_VERSION = "state_newer_version"
    STATE_DAMAGED = "state_damaged"
    STATE_NOT_WRITABLE = "state_not_writable"
    STATE_OTHER_ACCOUNT = "state_other_account"
    STATE_OTHER_CRM = "state_other_crm"
    SYNC_CHANGE_FAILED = "sync_change_failed"  # a run's error line: a contact and why
    # -- how a run went (core/run_report.py) -------------------------------------------------
    REPLAN_LIMIT = "replan_limit"
    NOT_APPLIED = "not_applied"
    CRM_DATE_UNREADABLE = "crm_date_unreadable"
    LABEL_RECREATED = "label_recreated"
    LEAVES_SCOPE = "leaves_scope"
    SCOPE_LABEL_DELETED = "scope_label_deleted"
    LABEL_NOT_A_TAG = "label_not_a_tag"
    LABEL_RESERVED_NAME = "label_reserved_name"
    LABEL_RENAME_REFUSED = "label_rename_refused"
    LABEL_DELETED_TAG_REMOVED = "label_deleted_tag_removed"
    LABEL_RENAMED_TAG_RENAMED = "label_renamed_tag_renamed"
    GOOGLE_BAD_ANSWER = "google_bad_answer"
    CRM_BUSY = "crm_busy"
    CRM_IN_USE = "crm_in_use"
    SYNC_STOPPED = "sync_stopped"
    TEXT = "text"  # words we have no code for (an OS or Google message): shown as is


# The English text of every code: the CLI's words, and the source text the window's
# translations are made from (tests/ui/test_reasons.py checks both lists agree).
ENGLISH: Mapping[ReasonCode, str] = {
    ReasonCode.CHANGED_IN_CRM: "changed in the CRM",
    ReasonCode.CHANGED_IN_GOOGLE: "changed in Google",
    ReasonCode.CHANGED_IN_CRM_FIRST_SYNC: "changed in the CRM (first sync, matched by {match})",
    ReasonCode.CHANGED_IN_GOOGLE_FIRST_SYNC: "changed in Google (first sync, matched by "
                                             "{match})",
    ReasonCode.MATCHED_BY_YOUR_LINK: "your link",
    ReasonCode.MATCHED_BY_TAG: "CRM Sync tag",
    ReasonCode.MATCHED_BY_PERSONAL_EMAIL: "personal email {email}",
    ReasonCode.MATCHED_BY_WORK_EMAIL: "work email {email}",
    ReasonCode.MATCHED_AGAIN_AFTER_RESTORE: "its link from before its deletion in the CRM",
    ReasonCode.NEW_IN_CRM: "new in the CRM",
    ReasonCode.NEW_IN_GOOGLE: "new in Google",
    ReasonCode.NEW_IN_GOOGLE_WITH_COMPANY: "new in Google, linked to the company {company}",
    ReasonCode.DELETED_IN_CRM: "deleted in the CRM",
    ReasonCode.DETACHED_IN_GOOGLE: "deleted in the CRM; kept in Google (not created by CRM "
                                   "Sync, not in the label) and no longer synced",
    ReasonCode.DELETED_IN_GOOGLE: "deleted in Google",
    ReasonCode.KEPT_AFTER_GOOGLE_DELETION: "deleted in Google — kept in the CRM and no longer "
                                           "sent to Google (choose delete to remove it, or "
                                           "restore to send it back)",
    ReasonCode.KEPT_CHANGED_AFTER_GOOGLE_DELETION: "deleted in Google, changed in the CRM "
                                                   "since: kept (choose delete to remove "
                                                   "it)",
    ReasonCode.RESTORED_AFTER_GOOGLE_DELETION: "deleted in Google, restored at your request",
    ReasonCode.RESTORED_KEPT_CONTACT: "kept after its deletion in Google; restored at your "
                                      "request",
    ReasonCode.CONFLICT_YOUR_CHOICE: "your choice: the {side} value is kept",
    ReasonCode.CONFLICT_NEWEST_WINS: "changed on both sides: the newest ({side}) wins",
    ReasonCode.CONFLICT_CRM_WINS: "changed on both sides: the CRM wins",
    ReasonCode.CONFLICT_GOOGLE_WINS: "changed on both sides: Google wins",
    ReasonCode.CONFLICT_ASK: "changed on both sides: choose the value to keep",
    ReasonCode.FIRST_SYNC_YOUR_CHOICE: "different values at the first sync: the {side} value "
                                       "is kept",
    ReasonCode.FIRST_SYNC_NEWEST_WINS: "different values at the first sync: the newest "
                                       "({side}) wins",
    ReasonCode.FIRST_SYNC_CRM_WINS: "different values at the first sync: the CRM wins",
    ReasonCode.FIRST_SYNC_GOOGLE_WINS: "different values at the first sync: Google wins",
    ReasonCode.FIRST_SYNC_ASK: "different values at the first sync: choose the value to keep",
    ReasonCode.SKIPPED_CHANGED_AFTER_CRM_DELETION: "deleted in the CRM but changed in Google "
                                                   "since the last sync: not deleted in "
                                                   "Google (delete it there, or restore it "
                                                   "in the CRM)",
    ReasonCode.SKIPPED_EMPTY_IN_CRM: "no name, phone, email or address to send",
    ReasonCode.SKIPPED_EMPTY_IN_GOOGLE: "no name, phone, email or address to copy",
    ReasonCode.SKIPPED_TAG_OF_DELETED_CONTACT: "created by CRM Sync for CRM contact "
                                               "{crm_id}, which is deleted in the CRM: left "
                                               "alone",
    ReasonCode.SKIPPED_SECOND_TAGGED_COPY: "a second Google copy of CRM contact {crm_id} "
                                           "(same CRM Sync tag): delete one of them in "
                                           "Google",
    ReasonCode.SKIPPED_EMAIL_SHARED_IN_CRM: "email {email} is also used by CRM contact "
                                            "{owner}: only that one is synced",
    ReasonCode.SKIPPED_EMAIL_SHARED_IN_GOOGLE: "email {email} is also used by Google contact "
                                               "{owner}: only that one is synced",
    ReasonCode.SKIPPED_EMAIL_TAKEN_IN_GOOGLE: "email {email} is already used by Google "
                                              "contact {holder}, which is synced with "
                                              "another CRM contact, skipped, or outside the "
                                              "label",
    ReasonCode.SKIPPED_EMAIL_TAKEN_IN_CRM: "email {email} is already used by CRM contact "
                                           "{holder}, which is synced with another Google "
                                           "contact or skipped",
    ReasonCode.SKIPPED_UNLINKED_FROM_GOOGLE: "unlinked from Google contact {holder}: not "
                                             "synced until you link them again",
    ReasonCode.SKIPPED_UNLINKED_FROM_CRM: "unlinked from CRM contact {holder}: not synced "
                                          "until you link them again",
    ReasonCode.SKIPPED_KEPT_APART_FROM_GOOGLE: "email {email} is used by Google contact "
                                               "{holder}, which you keep apart from it: "
                                               "link them to sync it",
    ReasonCode.SKIPPED_KEPT_APART_FROM_CRM: "email {email} is used by CRM contact {holder}, "
                                            "which you keep apart from it: link them to sync "
                                            "it",
    ReasonCode.LEFT_OUT: "left out by you: not synced until you tick it again",
    ReasonCode.POSSIBLE_SAME_EMAIL_LEFT_OUT: "the same email {email}, and one of them is left "
                                             "out of the sync: link them, or keep them apart",
    ReasonCode.POSSIBLE_SAME_PHONE: "the same phone number: link them, or keep them apart",
    ReasonCode.POSSIBLE_SAME_NAME: "the same first and last name: link them, or keep them "
                                   "apart",
    ReasonCode.MASS_DELETION: "this run would delete {deletions} of {linked} synced contacts: "
                              "confirm the deletions to go on",
    ReasonCode.CRM_CONTACT_WITHOUT_NAME: "CRM contact {crm_id}",
    ReasonCode.BACKUP_BEFORE_FIRST_SYNC: "before the first sync",
    ReasonCode.BACKUP_BEFORE_DELETIONS: "before a sync that deletes",
    ReasonCode.BACKUP_BEFORE_RESTORE: "before restoring {backup}",
    ReasonCode.UNDO_GOOGLE_CHANGED_NOT_REMOVED: "{name}: changed in Google since the sync; "
                                                "not removed",
    ReasonCode.UNDO_REMOVED_FROM_GOOGLE: "{name}: removed from Google; it will not be sent "
                                         "again unless you restore it",
    ReasonCode.UNDO_GOOGLE_FIELD_CHANGED: "{name}: {field} changed in Google since; left as is",
    ReasonCode.UNDO_BACK_IN_GOOGLE: "{name}: back in Google, and left out of the sync (its "
                                    "CRM contact is deleted)",
    ReasonCode.UNDO_PHOTO_NOT_RESTORED: "{name}: its photo could not be put back (Google "
                                        "sets no photo on a new contact): add it again on "
                                        "the phone",
    ReasonCode.UNDO_NOT_RECREATED_SYNCED: "{name}: not put back in Google: its CRM contact "
                                          "was restored and is synced with another Google "
                                          "contact since",
    ReasonCode.UNDO_CRM_CHANGED_NOT_REMOVED: "{name}: changed in the CRM since; not removed",
    ReasonCode.UNDO_REMOVED_FROM_CRM: "{name}: removed from the CRM; its Google contact is "
                                      "left out of the sync",
    ReasonCode.UNDO_CRM_FIELD_CHANGED: "{name}: {field} changed in the CRM since; left as is",
    ReasonCode.UNDO_BACK_IN_CRM: "{name}: back in the CRM, not sent to Google unless you "
                                 "restore it",
    ReasonCode.UNDO_NOTE_BLOCK_CHANGED: "{name}: the Google block of the note changed in the "
                                        "CRM since; left as is",
    ReasonCode.UNDO_FAILED: "{side} {contact}: {error}",
    ReasonCode.GOOGLE_SYNC_TOKEN_EXPIRED: "Google's change list expired; reading all "
                                          "contacts.",
    ReasonCode.GOOGLE_SIGN_IN_REJECTED: "Google no longer accepts this sign-in: sign in "
                                        "again.",
    ReasonCode.GOOGLE_STALE_ETAG: "A contact was changed in Google while we were syncing it.",
    ReasonCode.GOOGLE_CONTACT_LIMIT: "Your Google account holds the most contacts Google "
                                     "allows (25,000).",
    ReasonCode.STOPPED_AT_YOUR_REQUEST: "Stopped at your request: nothing was written.",
    ReasonCode.GOOGLE_BUSY: "Google is busy or unreachable: try again in a few minutes. "
                            "Nothing is lost (a sync picks up where it stopped).",
    ReasonCode.GOOGLE_ACCESS_REFUSED: "Google refused access to the contacts: check that the "
                                      "app is allowed (see the Google setup guide).",
    ReasonCode.GOOGLE_REFUSED: "Google refused a change: {message}",
    ReasonCode.OAUTH_CLIENT_UNREADABLE: "Cannot read the Google client file {path}: {error}",
    ReasonCode.OAUTH_CLIENT_MISSING: "This copy of CRM Sync has no Google OAuth client yet. "
                                     "Create one for a desktop app (see the Google setup "
                                     "guide) and choose its client_secret.json.",
    ReasonCode.OAUTH_CLIENT_NOT_A_CLIENT_FILE: "{path} is not a Google OAuth client file.",
    ReasonCode.INSECURE_ADDRESS_IN_ENVIRONMENT: "The environment variable {variable} is {url}: "
                                                "Google addresses must use https (plain http "
                                                "only to this computer: 127.0.0.1, ::1, "
                                                "localhost). Correct or remove it.",
    ReasonCode.INSECURE_ADDRESS_IN_SETTINGS: "{key} in {path} is {url}: Google addresses "
                                             "must use https (plain http only to this "
                                             "computer: 127.0.0.1, ::1, localhost). Correct "
                                             "or remove it in the settings.",
    ReasonCode.INSECURE_ADDRESS_IN_CLIENT_FILE: "{key} in the Google client file {path} is "
                                                "{url}: Google addresses must use https.",
    ReasonCode.INSECURE_REQUEST_REFUSED: "CRM Sync refused to send your Google sign-in to "
                                         "{url}: it is not an https address.",
    ReasonCode.OAUTH_CLIENT_NOT_DESKTOP: "{path} is not the OAuth client of a desktop app. In "
                                         "Google Cloud, create a client of type \"Desktop "
                                         "app\" (see the Google setup guide) and download "
                                         "its JSON file.",
    ReasonCode.SIGN_IN_OTHER_APPLICATION: "Google answered for another application: sign in "
                                          "again.",
    ReasonCode.SIGN_IN_NO_ACCOUNT: "Google did not say which account signed in.",
    ReasonCode.SIGN_IN_TIMED_OUT: "Google sign-in timed out: nobody approved it in time.",
    ReasonCode.SIGN_IN_CANCELLED: "Sign-in cancelled.",
    ReasonCode.SIGN_IN_DENIED: "Google sign-in was refused in the browser.",
    ReasonCode.SIGN_IN_REFUSED: "Google refused the sign-in: {error}",
    ReasonCode.SIGN_IN_NO_OFFLINE_ACCESS: "Google did not grant offline access: sign in "
                                          "again.",
    ReasonCode.NOT_SIGNED_IN: "Not signed in to Google: sign in first.",
    ReasonCode.GOOGLE_UNREACHABLE: "Cannot reach Google: check the connection and try "
                                   "again. Nothing is lost (a sync picks up where it "
                                   "stopped).",
    ReasonCode.GOOGLE_UNREACHABLE_FOR_SIGN_IN: "Cannot reach Google to renew the sign-in.",
    ReasonCode.GOOGLE_CREATES_UNCONFIRMED: "Google did not confirm new contacts: the next "
                                           "sync looks for them before sending them again.",
    ReasonCode.GOOGLE_REFUSED_CREATES: "Google refused {count} new contacts.",
    ReasonCode.GOOGLE_REFUSED_UPDATE: "Google refused to update {name}.",
    ReasonCode.GOOGLE_LABEL_NOT_LISTED: "Google says the label {name!r} exists but does not "
                                        "list it.",
    ReasonCode.KEYRING_MISSING: "No secure password store (keyring) was found on this "
                                "computer: the Google sign-in is kept in memory only, and "
                                "you will have to sign in again next time.",
    ReasonCode.CRM_CONTACT_CHANGED_MEANWHILE: "CRM contact {crm_id} was modified by someone "
                                              "else meanwhile",
    ReasonCode.CRM_UNUSABLE_DATABASE: "{path} is not a usable CRM database: {error}",
    ReasonCode.DISK_FULL: "The disk that holds {path} is full. Free some space, then try "
                          "again: a sync picks up where it stopped.",
    ReasonCode.CRM_DATABASE_MISSING: "The CRM database {path} named by {settings} does not "
                                     "exist (moved, renamed, or a drive not connected): "
                                     "choose it again, or correct the name there.",
    ReasonCode.CRM_NOT_WRITABLE: "The CRM database {path} is read-only (the file or its "
                                 "folder): nothing was changed. It can be read, listed and "
                                 "exported; to sync, make it writable.",
    ReasonCode.CONTACT_BAD_EMAIL: "{value!r} is not an email address (something@domain): "
                                  "correct it, or leave the field empty.",
    ReasonCode.CONTACT_EDITED_MEANWHILE: "{name} changed since you opened it (a sync or "
                                         "another program wrote it): nothing was saved. "
                                         "Close the editor, open the contact again and make "
                                         "your change on what it holds now.",
    ReasonCode.COMPANY_NAME_EMPTY: "A company needs a name.",
    ReasonCode.NOTE_HAS_BLOCK_START: "The note has a line {marker!r}: only the sync writes "
                                     "that block. Take the line out, or change it, and "
                                     "save again.",
    ReasonCode.COMPANY_DELETED_MEANWHILE: "The company {name} was deleted while the "
                                          "editor was open: nothing was saved. Choose "
                                          "another company, or type its name to make it "
                                          "again.",
    ReasonCode.COMPANY_EXISTS: "There is a company {name!r} already.",
    ReasonCode.COMPANY_HAS_CONTACTS: "{count} contacts are linked to this company: unlink "
                                     "them to delete it (they lose their company in Google "
                                     "at the next sync).",
    ReasonCode.CRM_FOREIGN_DATABASE: "it is another program's database (tables {tables}), "
                                     "not a CRM: nothing was changed in it",
    ReasonCode.EXPORT_OVER_OWN_FILE: "{path} is one of CRM Sync's own files (the CRM "
                                     "database, its settings or its state): choose "
                                     "another name for the export.",
    ReasonCode.STATE_NOT_WRITABLE: "The sync state {path} cannot be written ({error}): the "
                                   "file and its folder must be yours and writable.",
    ReasonCode.CRM_CONTACT_MISSING: "CRM contact {crm_id} does not exist",
    ReasonCode.CRM_NO_COMPANY_FOR_PRO_FIELDS: "CRM contact {crm_id} has no company to hold "
                                              "professional fields",
    ReasonCode.CRM_NETWORK_SHARE: "The CRM database {path} is on a network share. SQLite "
                                  "cannot lock files safely there: keep it on this PC's own "
                                  "disk, or let only one PC use it.",
    ReasonCode.CRM_READABLE_BY_OTHERS: "Every user of this computer can read the CRM "
                                       "database {path}. Unless it is meant to be shared, "
                                       "make it readable by you alone (chmod 600).",
    ReasonCode.PROFILE_READ_ONLY: "The profile folder {path} is read-only: CRM Sync keeps "
                                  "its sync state, backups and log there, so nothing was "
                                  "changed. Make the folder writable (or use another "
                                  "profile folder), then try again.",
    ReasonCode.PROFILE_NOT_PRIVATE: "The profile folder {path} cannot be made private (its "
                                    "file system does not keep file permissions): other "
                                    "users of this computer may read your contacts, the "
                                    "sync state and the backups. Keep the profile on this "
                                    "computer's own disk.",
    ReasonCode.CRM_NEWER_SCHEMA: "this CRM database was written by a newer CRM Sync (schema "
                                 "{version}, this version knows up to {known}); update the "
                                 "app",
    ReasonCode.CRM_FILE_EXISTS: "{path} already exists: open it, or choose another name.",
    ReasonCode.CRM_FILE_MISSING: "{path} does not exist.",
    ReasonCode.NO_SUCH_BACKUP: "No backup named {name}.",
    ReasonCode.CSV_NOTHING_IMPORTED: "Nothing was imported:\n{lines}",
    ReasonCode.CSV_MORE_ERRORS: "… and {count} more",
    ReasonCode.CSV_EMPTY_FILE: "line 1: the file is empty",
    ReasonCode.CSV_BAD_BYTE: "line {line}: byte {byte} is not {encoding} text: save the file "
                             "again as CSV UTF-8",
    ReasonCode.CSV_UTF16_WITHOUT_BOM: "line 1: the file looks like UTF-16 text without its "
                                      "byte-order mark: save it again as CSV UTF-8",
    ReasonCode.CSV_UNKNOWN_COLUMN: "line 1: unknown column {column!r} (expected: {headers})",
    ReasonCode.CSV_DUPLICATE_COLUMN: "line 1: column {column!r} appears twice",
    ReasonCode.CSV_COLUMN_COUNT: "line {line}: {count} columns, the header has {expected}",
    ReasonCode.CSV_LINE_ERROR: "line {line}: {error}",
    ReasonCode.CSV_ID_NOT_A_NUMBER: "line {line}: ID {id!r} is not a number",
    ReasonCode.CSV_DUPLICATE_ID: "line {line}: ID {id} already on line {first}",
    ReasonCode.CSV_DUPLICATE_REF: "line {line}: Réf. contact {ref!r} already on line {first}",
    ReasonCode.CSV_BAD_EMAIL: "line {line}: {column} {email!r} is not an email address",
    ReasonCode.CSV_PRO_FIELDS_WITHOUT_COMPANY: "line {line}: professional fields need a "
                                               "Société (they belong to the contact's "
                                               "company)",
    ReasonCode.CSV_REF_OF_ANOTHER_CONTACT: "Réf. contact {ref!r} belongs to {owner} (ID "
                                           "{crm_id}), not to this row's contact",
    ReasonCode.CSV_COMPANY_REF_WITHOUT_NAME: "line {line}: Réf. société without a Société "
                                             "name",
    ReasonCode.CSV_EMAIL_ALSO_OTHERS: "line {line}: {email} is also the email of {owner}: "
                                      "the sync keeps the two apart until one of them "
                                      "changes",
    ReasonCode.CSV_ID_OF_SOMEONE_ELSE: "line {line}: ID {id} is {here} here; created as a "
                                       "new contact, {name}",
    ReasonCode.CSV_DELETED_COMPANY_RESTORED: "line {line}: the company {ref} ({company}) had "
                                             "been deleted; it is restored",
    ReasonCode.SETTINGS_EMPTY_LABEL: "label_name: the Google label name cannot be empty",
    ReasonCode.CRM_UNKNOWN_TAG: "no contact has the tag {tag!r}",
    ReasonCode.CRM_BAD_TAG_NAME: "{tag!r} cannot be a tag: it is empty, holds a comma or a "
                                 "semicolon, or is the name of a Google group or of the "
                                 "app's label",
    ReasonCode.SETTINGS_TWO_SCOPES: "only_tag and sync_label_only exclude each other: sync "
                                    "all contacts, the label's, or one tag's",
    ReasonCode.SETTINGS_BAD_ONLY_TAG: "only_tag: {tag!r} cannot be a Google label (a comma, "
                                      "a semicolon, a Google group's name, or the app's "
                                      "label's)",
    ReasonCode.SETTINGS_BAD_INTERVAL: "reminder_interval_minutes: must be between 1 and 1440",
    ReasonCode.SETTINGS_NOT_A_CHOICE: "{key} is {value}; expected one of {allowed}",
    ReasonCode.SETTINGS_NOT_TRUE_OR_FALSE: "{key} must be true or false, not {value}",
    ReasonCode.SETTINGS_NOT_A_WHOLE_NUMBER: "{key} must be a whole number, not {value}",
    ReasonCode.SETTINGS_NOT_TEXT: "{key} must be text, not {value}",
    ReasonCode.SETTINGS_INSECURE_ADDRESS: "{key}: {value} is not an https address (plain http "
                                          "only to this computer: 127.0.0.1, ::1, localhost)",
    ReasonCode.SETTINGS_UNREADABLE: "it cannot be read ({error})",
    ReasonCode.SETTINGS_NOT_AN_OBJECT: "it must hold a JSON object",
    ReasonCode.SETTINGS_FILE_UNUSABLE: "The settings file {path} cannot be used: {error}",
    ReasonCode.STATE_DAMAGED: "The sync state {path} is damaged ({error}): a reset (\"Start a "
                              "new sync state\" in the window, `crmsync state reset` on the "
                              "command line) sets it aside and starts a new one. Nothing is "
                              "duplicated (contacts are matched again by their CRM Sync tag "
                              "and email); the undo history is lost.",
    ReasonCode.STATE_NEWER_VERSION: "{path} was written by a newer CRM Sync (schema {version}, "
                                    "this version knows {known}): update CRM Sync",
    ReasonCode.STATE_OTHER_ACCOUNT: "{path} holds the sync state of another Google account: "
                                    "it is never mixed with this one (sign in with the "
                                    "account it belongs to, or use the state file of this "
                                    "account)",
    ReasonCode.STATE_OTHER_CRM: "{path} holds the sync state of another CRM database "
                                "({stored}), not {current}",
    ReasonCode.SYNC_CHANGE_FAILED: "{name}: {error}",
    ReasonCode.REPLAN_LIMIT: "changed again while the sync wrote it ({count} times in this "
                             "run): left for the next sync",
    ReasonCode.NOT_APPLIED: "planned but not written by this run: the next sync tries again",
    ReasonCode.CRM_DATE_UNREADABLE: "its CRM modification date {value!r} is in no format "
                                    "CRM Sync reads: newest-wins counts its CRM values as "
                                    "the oldest",
    ReasonCode.LEAVES_SCOPE: "leaves the sync scope (tag {tag}): no longer synced, "
                             "nothing deleted",
    ReasonCode.SCOPE_LABEL_DELETED: "The label {tag!r}, which the sync is limited to, was "
                                    "deleted or renamed in Google: confirm to remove the tag from "
                                    "{count} contacts in the CRM.",
    ReasonCode.LABEL_NOT_A_TAG: "The label {name!r} is not synced as a tag: a CRM tag "
                                "cannot hold a comma or a semicolon.",
    ReasonCode.LABEL_RENAME_REFUSED: "Google refused to rename the label {old!r} to {new!r}: "
                                     "{error} It is tried again at the next sync.",
    ReasonCode.LABEL_RESERVED_NAME: "The label {name!r} is not synced as a tag: Google names "
                                    "one of its own groups so, or CRM Sync's label is named "
                                    "so.",
    ReasonCode.LABEL_DELETED_TAG_REMOVED: "The label {name!r} was deleted in Google: the tag "
                                          "is removed from {count} contacts in the CRM.",
    ReasonCode.LABEL_RENAMED_TAG_RENAMED: "The label {name!r} was renamed {new!r} in Google: "
                                          "the tag is renamed on {count} contacts in the CRM.",
    ReasonCode.LABEL_RECREATED: "The label {name!r} was deleted in Google: re-created, with "
                                "{count} synced contacts put back in it.",
    ReasonCode.GOOGLE_BAD_ANSWER: "Google answered with data CRM Sync cannot use ({what}): "
                                  "nothing of that answer was stored.",
    ReasonCode.CRM_BUSY: "The CRM database {path} is busy or cannot be written: {error}",
    ReasonCode.CRM_IN_USE: "{path} is in use by another program: try again once it has "
                           "finished",
    ReasonCode.SYNC_STOPPED: "The sync stopped on an unexpected error: {error}",
    ReasonCode.TEXT: "{text}",
}

# English for the word arguments; the window says them with ui/labels.py, whose English
# is the same (tests/ui/test_reasons.py).
ENGLISH_WORDS: Mapping[Side | Field, str] = {
    Side.CRM: "CRM",
    Side.GOOGLE: "Google",
    Field.LAST_NAME: "Last name",
    Field.FIRST_NAME: "First name",
    Field.HOME_PHONE: "Home phone",
    Field.PERSONAL_MOBILE: "Personal mobile",
    Field.PERSONAL_EMAIL: "Personal email",
    Field.HOME_ADDRESS: "Home address",
    Field.WORK_PHONE: "Work phone",
    Field.WORK_MOBILE: "Work mobile",
    Field.WORK_EMAIL: "Work email",
    Field.COMPANY_NAME: "Company",
    Field.JOB_TITLE: "Job title",
    Field.TAGS: "Tags",
}

Arg: TypeAlias = "str | int | Side | Field | Reason | tuple[Reason, ...]"


@dataclass(frozen=True, slots=True)
class Reason:
    """A sentence for the user as data: ``code`` and named ``args`` (see the module doc).

    ``args`` is a tuple of (name, value) pairs so a Reason stays hashable; build one with
    ``Reason.of(code, name=value, ...)``.
    """

    code: ReasonCode
    args: tuple[tuple[str, Arg], ...] = ()

    @classmethod
    def of(cls, code: ReasonCode, /, **args: Arg) -> Reason:
        if not args:
            return _bare(code)  # one shared object: a first sync may make 25,000 of them
        # A made-up name (ReasonText) is kept as its reason, so the window, and the JSON
        # a run's errors are stored as, still know it is words to translate.
        return cls(code, tuple((name, value.reason if isinstance(value, ReasonText) else value)
                               for name, value in args.items()))

    @classmethod
    def text_only(cls, text: str) -> Reason:
        """Words with no code of their own (an OS or Google message): shown as they are."""
        return cls(ReasonCode.TEXT, (("text", text),))

    @property
    def kwargs(self) -> dict[str, Arg]:
        return dict(self.args)

    @property
    def text(self) -> str:
        """The English sentence (what the CLI and the JSON output say)."""
        return format_reason(self, english_template(self), english_arg)

    def __str__(self) -> str:
        return self.text

    def json_args(self) -> dict[str, Any]:
        """The arguments for JSON: words as their codes, inner reasons as objects."""
        return {name: _json_arg(value) for name, value in self.args}

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code.value, "args": self.json_args()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Reason:
        """The inverse of ``to_json``; ValueError for a code this version does not know."""
        code = ReasonCode(data["code"])
        raw = data.get("args") or {}
        return cls(code, tuple((str(name), _arg_from_json(str(name), value))
                               for name, value in raw.items()))


@cache
def _bare(code: ReasonCode) -> Reason:
    return Reason(code)


class ReasonText(str):
    """Words the core makes up where plain text is expected (the name shown for a CRM
    contact with no name): the English text for the CLI and the JSON, and its ``reason``
    so the window can say it in the user's language (``ui/reasons.py`` ``contact_name``).

    A ``str``, so the plan's name fields, sorting and searching work unchanged; text made
    from it (``+``, f-strings) is plain English again.
    """

    reason: Reason

    def __new__(cls, reason: Reason) -> ReasonText:
        made = super().__new__(cls, reason.text)
        made.reason = reason
        return made

    def __getnewargs__(self) -> tuple[Reason]:  # type: ignore[override]
        # copy and pickle rebuild it from its reason, not from its text.
        return (self.reason,)


def english_arg(value: Arg) -> str | int:
    """An argument in English: words by ``ENGLISH_WORDS``, inner reasons by their text."""
    if isinstance(value, Side | Field):
        return ENGLISH_WORDS[value]
    if isinstance(value, Reason):
        return value.text
    if isinstance(value, tuple):
        return "\n".join(item.text for item in value)
    return value


# The singular of the templates whose words follow {count} ("1 new contact", not "1 new
# contacts"); ENGLISH holds the plural. The window says both through Qt's plural forms.
ENGLISH_ONE: Mapping[ReasonCode, str] = {
    ReasonCode.GOOGLE_REFUSED_CREATES: "Google refused {count} new contact.",
    ReasonCode.COMPANY_HAS_CONTACTS: "{count} contact is linked to this company: unlink it to "
                                     "delete the company (it loses its company in Google at "
                                     "the next sync).",
    ReasonCode.CSV_COLUMN_COUNT: "line {line}: {count} column, the header has {expected}",
    ReasonCode.REPLAN_LIMIT: "changed again while the sync wrote it ({count} time in this "
                             "run): left for the next sync",
    ReasonCode.LABEL_RECREATED: "The label {name!r} was deleted in Google: re-created, with "
                                "{count} synced contact put back in it.",
    ReasonCode.SCOPE_LABEL_DELETED: "The label {tag!r}, which the sync is limited to, was "
                                    "deleted or renamed in Google: confirm to remove the tag from "
                                    "{count} contact in the CRM.",
    ReasonCode.LABEL_DELETED_TAG_REMOVED: "The label {name!r} was deleted in Google: the tag "
                                          "is removed from {count} contact in the CRM.",
    ReasonCode.LABEL_RENAMED_TAG_RENAMED: "The label {name!r} was renamed {new!r} in Google: "
                                          "the tag is renamed on {count} contact in the CRM.",
}


def english_template(reason: Reason) -> str:
    """The English template of ``reason``: its singular when its count is one."""
    one = ENGLISH_ONE.get(reason.code)
    if one is not None and dict(reason.args).get("count") == 1:
        return one
    return ENGLISH[reason.code]


def format_reason(reason: Reason, template: str, say: Callable[[Arg], object]) -> str:
    """``template`` filled with ``reason``'s arguments, each said by ``say(value)``.

    The window calls this with its translated template and its own ``say``: one way to
    fill a template for both languages.
    """
    return template.format(**{name: say(value) for name, value in reason.args})


def reason_of(error: BaseException) -> Reason:
    """The reason an exception carries (GoogleError, CrmError), else its text as is."""
    reason = getattr(error, "reason", None)
    if isinstance(reason, Reason):
        return reason
    return Reason.text_only(str(error) or type(error).__name__)


# -- back from English text ---------------------------------------------------------------

# Argument names with a fixed meaning in every template: what they hold, so a sentence
# read back gets the same argument types a Reason made in code has.
_NUMBER_ARGS = frozenset({"crm_id", "line", "count", "deletions", "linked", "first",
                          "expected", "version", "known"})
_WORD_ARGS: Mapping[str, type[Side] | type[Field]] = {"side": Side, "field": Field}
_REASON_ARGS = frozenset({"error", "match"})  # an inner sentence
_LINES_ARGS = frozenset({"lines"})  # inner sentences, one a line


def reason_from_text(text: str) -> Reason:
    """The Reason whose English ``text`` this is; ``Reason.text_only`` when none fits.

    For sentences older versions saved as English text without their code: a
    backup.json's reason, and a run's errors stored before state schema 3. Everything this
    version raises or stores carries its Reason: do not write new text to be read back
    here. (Two fallbacks still lean on it until their callers move to ``error.reason``:
    GoogleError and CrmError given a plain message, and the window's ``text_in_language``
    given ``str(error)``; every code's English reads back to its code, tested.)
    Templates with more fixed words are tried first, so "{name}: {error}" only takes what
    nothing more precise explains.
    """
    for code, pattern in _patterns():
        found = pattern.fullmatch(text)
        if found:
            return Reason(code, tuple((name, _arg_from_text(name, value))
                                      for name, value in found.groupdict().items()))
    return Reason.text_only(text)


@cache
def _patterns() -> tuple[tuple[ReasonCode, re.Pattern[str]], ...]:
    compiled = []
    for code, template in (*ENGLISH.items(), *ENGLISH_ONE.items()):
        if code is ReasonCode.TEXT:
            continue  # the fallback, not a pattern
        regex, fixed = [], 0
        for literal, name, _spec, conversion in string.Formatter().parse(template):
            regex.append(re.escape(literal))
            fixed += len(literal)
            if name is None:
                continue
            group = _arg_pattern(name)
            # {x!r} is the repr of a string: in quotes.
            regex.append(f"'{group}'" if conversion == "r" else group)
        compiled.append((fixed, code, re.compile("".join(regex), re.DOTALL)))
    compiled.sort(key=lambda item: -item[0])
    return tuple((code, pattern) for _fixed, code, pattern in compiled)


def _arg_pattern(name: str) -> str:
    if name in _NUMBER_ARGS:
        return rf"(?P<{name}>\d+)"
    if name in _WORD_ARGS:
        words = [ENGLISH_WORDS[member] for member in _WORD_ARGS[name]]
        return f"(?P<{name}>{'|'.join(re.escape(w) for w in words)})"
    return f"(?P<{name}>.*?)"


def _arg_from_text(name: str, text: str) -> Arg:
    if name in _NUMBER_ARGS:
        return int(text)
    if name in _WORD_ARGS:
        return next(member for member in _WORD_ARGS[name] if ENGLISH_WORDS[member] == text)
    if name in _REASON_ARGS:
        return reason_from_text(text)
    if name in _LINES_ARGS:
        return tuple(reason_from_text(line) for line in text.split("\n"))
    return text


def _json_arg(value: Arg) -> Any:
    if isinstance(value, Reason):
        return value.to_json()
    if isinstance(value, tuple):
        return [item.to_json() for item in value]
    if isinstance(value, Side | Field):
        return value.value
    return value


def _arg_from_json(name: str, value: Any) -> Arg:
    if isinstance(value, dict):
        return Reason.from_json(value)
    if isinstance(value, list):
        return tuple(Reason.from_json(item) for item in value)
    if name in _WORD_ARGS and isinstance(value, str):
        return _WORD_ARGS[name](value)
    if isinstance(value, str | int):
        return value
    return str(value)
