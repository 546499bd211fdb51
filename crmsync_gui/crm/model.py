"""The CRM backend interface (R-CRM1) and the values that cross it.

The sync engine sees a CRM only through ``CrmBackend``: read everything, read what
changed since a moment, apply a list of writes in one transaction. Ids are stable
integers; every contact carries the modification times that newest-wins needs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from crmsync_gui.core.reasons import Reason, ReasonCode, reason_from_text
from crmsync_gui.core.sides import Company, CrmContact


class WriteKind(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"  # soft delete: deleted_at is set, the row stays
    RESTORE = "restore"


@dataclass(frozen=True, slots=True)
class CrmWrite:
    """One change to apply to the CRM.

    ``contact`` and ``link`` hold only the columns to set. ``link`` columns go to the
    primary link, or to the link with ``company_id`` (created and made primary when it
    does not exist yet). ``note`` is the whole new note text when it changes.
    ``expected_updated_at`` refuses the write if the contact moved since it was read;
    ``expected_updated_text`` is the stored text it was read from, compared as text when
    either the stored or the expected value is in no format a parser reads.
    """

    kind: WriteKind
    crm_id: int | None = None
    contact: Mapping[str, str] = field(default_factory=dict)
    link: Mapping[str, str] = field(default_factory=dict)
    company_id: int | None = None
    note: str | None = None
    expected_updated_at: datetime | None = None
    expected_updated_text: str | None = None


class CrmError(Exception):
    """A CRM read or write that cannot be done; ``reason`` is for the user.

    ``str(error)`` is its English text. A message given as plain English text (modules
    not converted to reasons yet) has its reason read back from it (``reason_from_text``).
    """

    def __init__(self, message: Reason | str) -> None:
        self.reason = message if isinstance(message, Reason) else reason_from_text(message)
        super().__init__(self.reason.text)


class CrmConflictError(CrmError):
    """The contact changed in the CRM between reading and writing: re-read and re-plan."""

    def __init__(self, crm_id: int) -> None:
        super().__init__(Reason.of(ReasonCode.CRM_CONTACT_CHANGED_MEANWHILE, crm_id=crm_id))
        self.crm_id = crm_id


class CrmBackend(Protocol):
    """What the sync engine needs from a CRM (R-CRM1)."""

    @property
    def database_uuid(self) -> str:
        """Stable id of this CRM database: the sync state is bound to it."""
        ...

    def read_all(self) -> list[CrmContact]:
        """Every contact, soft-deleted ones included, ordered by id."""
        ...

    def read_changed_since(self, since: datetime) -> list[CrmContact]:
        """Contacts whose contact, primary link or company changed after ``since``."""
        ...

    def read(self, crm_ids: Sequence[int]) -> dict[int, CrmContact]:
        ...

    def companies(self) -> list[Company]:
        ...

    def apply(self, writes: Sequence[CrmWrite]) -> list[CrmContact]:
        """Apply all writes in one transaction (all or nothing); the contacts after it."""
        ...
