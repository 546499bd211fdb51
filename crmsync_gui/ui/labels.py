"""Words for the core's enums (fields, actions, sides, policies), through Qt translation.

``QCoreApplication.translate`` is thread-safe, so the worker may use these too when it
prepares table rows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crmsync_gui.app.settings import ConflictPolicy, DeletionPolicy, Language
from crmsync_gui.core.plan import Action, Side
from crmsync_gui.core.record import Field

# Literal strings in each call, so pyside6-lupdate finds them (a helper taking a variable
# would hide them from it): see packaging/update_translations.py.
translate = QCoreApplication.translate


def field_label(field: Field) -> str:
    return {
        Field.LAST_NAME: translate("Labels", "Last name"),
        Field.FIRST_NAME: translate("Labels", "First name"),
        Field.HOME_PHONE: translate("Labels", "Home phone"),
        Field.PERSONAL_MOBILE: translate("Labels", "Personal mobile"),
        Field.PERSONAL_EMAIL: translate("Labels", "Personal email"),
        Field.HOME_ADDRESS: translate("Labels", "Home address"),
        Field.WORK_PHONE: translate("Labels", "Work phone"),
        Field.WORK_MOBILE: translate("Labels", "Work mobile"),
        Field.WORK_EMAIL: translate("Labels", "Work email"),
        Field.COMPANY_NAME: translate("Labels", "Company"),
        Field.JOB_TITLE: translate("Labels", "Job title"),
        Field.TAGS: translate("Labels", "Tags"),
    }[field]


def action_label(action: Action, target: Side) -> str:
    if action is Action.DELETE:
        if target is Side.GOOGLE:
            return translate("Labels", "delete in Google")
        return translate("Labels", "delete in CRM")
    return {
        Action.CREATE: translate("Labels", "create"),
        Action.UPDATE: translate("Labels", "update"),
        Action.KEEP: translate("Labels", "keep in CRM"),
        Action.RESTORE: translate("Labels", "send back to Google"),
        Action.DETACH: translate("Labels", "stop syncing"),
    }[action]


def side_label(side: Side) -> str:
    return translate("Labels", "CRM") if side is Side.CRM else translate("Labels", "Google")


def conflict_policy_label(policy: ConflictPolicy) -> str:
    return {
        ConflictPolicy.NEWEST: translate("Labels", "The newest change wins"),
        ConflictPolicy.CRM: translate("Labels", "The CRM wins"),
        ConflictPolicy.GOOGLE: translate("Labels", "Google wins"),
        ConflictPolicy.ASK: translate("Labels", "Ask me in the preview"),
    }[policy]


def deletion_policy_label(policy: DeletionPolicy) -> str:
    return {
        DeletionPolicy.ASK: translate("Labels", "Ask me (keep until I decide)"),
        DeletionPolicy.KEEP: translate("Labels", "Keep the CRM contact"),
        DeletionPolicy.DELETE: translate("Labels", "Delete the CRM contact too"),
    }[policy]


def language_label(language: Language) -> str:
    return {
        Language.SYSTEM: translate("Labels", "Same as the system"),
        Language.FRENCH: "Français",  # a language is named in itself
        Language.ENGLISH: "English",
    }[language]


def entry_type_label(kind: str) -> str:
    """A Google email or phone type as the phone shows it; a custom label as typed."""
    labels = {
        "home": translate("Labels", "home"),
        "work": translate("Labels", "work"),
        "mobile": translate("Labels", "mobile"),
        "workmobile": translate("Labels", "work mobile"),
        "main": translate("Labels", "main"),
        "other": translate("Labels", "other"),
        "homefax": translate("Labels", "home fax"),
        "workfax": translate("Labels", "work fax"),
        "pager": translate("Labels", "pager"),
    }
    return labels.get(kind.casefold(), kind)
