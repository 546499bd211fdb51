"""The user's sync policies, as planning reads them (the settings file stores them)."""

from __future__ import annotations

from enum import StrEnum


class ConflictPolicy(StrEnum):
    NEWEST = "newest"  # the seed's rule: the side modified last wins
    CRM = "crm"
    GOOGLE = "google"
    ASK = "ask"


class DeletionPolicy(StrEnum):
    """What a contact deleted in Google does to the CRM contact (R-S5)."""

    ASK = "ask"  # shown in the preview, kept unless the user chooses to delete
    KEEP = "keep"
    DELETE = "delete"
