"""Words for the core's enums (fields, actions, sides, policies), through Qt translation.

``QCoreApplication.translate`` is thread-safe, so the worker may use these too when it
prepares table rows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crmsync_gui.app.settings import ConflictPolicy, DeletionPolicy, Language
from crmsync_gui.core.plan import Action, Side
from crmsync_gui.core.record import Field


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def field_label(field: Field) -> str:
    return {
        Field.LAST_NAME: _tr("Last name"),
        Field.FIRST_NAME: _tr("First name"),
        Field.HOME_PHONE: _tr("Home phone"),
        Field.PERSONAL_MOBILE: _tr("Personal mobile"),
        Field.PERSONAL_EMAIL: _tr("Personal email"),
        Field.HOME_ADDRESS: _tr("Home address"),
        Field.WORK_PHONE: _tr("Work phone"),
        Field.WORK_MOBILE: _tr("Work mobile"),
        Field.WORK_EMAIL: _tr("Work email"),
        Field.COMPANY_NAME: _tr("Company"),
        Field.JOB_TITLE: _tr("Job title"),
    }[field]


def action_label(action: Action, target: Side) -> str:
    if action is Action.DELETE:
        return _tr("delete in Google") if target is Side.GOOGLE else _tr("delete in CRM")
    return {
        Action.CREATE: _tr("create"),
        Action.UPDATE: _tr("update"),
        Action.KEEP: _tr("deleted in Google: keep"),
        Action.RESTORE: _tr("restore"),
        Action.DETACH: _tr("stop syncing"),
    }[action]


def side_label(side: Side) -> str:
    return _tr("CRM") if side is Side.CRM else _tr("Google")


def conflict_policy_label(policy: ConflictPolicy) -> str:
    return {
        ConflictPolicy.NEWEST: _tr("The newest change wins"),
        ConflictPolicy.CRM: _tr("The CRM wins"),
        ConflictPolicy.GOOGLE: _tr("Google wins"),
        ConflictPolicy.ASK: _tr("Ask me in the preview"),
    }[policy]


def deletion_policy_label(policy: DeletionPolicy) -> str:
    return {
        DeletionPolicy.ASK: _tr("Ask me (keep until I decide)"),
        DeletionPolicy.KEEP: _tr("Keep the CRM contact"),
        DeletionPolicy.DELETE: _tr("Delete the CRM contact too"),
    }[policy]


def language_label(language: Language) -> str:
    return {
        Language.SYSTEM: _tr("Same as the system"),
        Language.FRENCH: "Français",  # a language is named in itself
        Language.ENGLISH: "English",
    }[language]
