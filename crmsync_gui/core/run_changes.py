"""What one run did to each contact, for History (R-S7b): a row per contact written,
refused or warned about, in the shape ``crmsync history --run N --json`` prints and the
window's table shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from crmsync_gui.core.plan import Side
from crmsync_gui.core.reasons import Reason
from crmsync_gui.core.record import FIELDS
from crmsync_gui.core.run_report import RunProblem

WRITTEN, NOT_SYNCED, WARNING = "written", "not_synced", "warning"


@dataclass(frozen=True, slots=True)
class RunChange:
    action: str  # create, update, delete, keep… or "" for a contact the run did not write
    side: Side | None  # the side written (or refused)
    crm_id: int | None
    resource_name: str | None
    name: str
    fields: tuple[str, ...]  # the fields written, in the mapping's order
    status: str  # WRITTEN, NOT_SYNCED or WARNING
    reason: Reason | None = None  # why not synced, or the warning

    def to_json(self) -> dict[str, Any]:
        return {"action": self.action, "side": self.side.value if self.side else None,
                "crm_id": self.crm_id, "resource_name": self.resource_name,
                "name": self.name, "fields": list(self.fields), "status": self.status,
                "reason_code": self.reason.code.value if self.reason else None,
                "reason": self.reason.text if self.reason else None}


@dataclass(frozen=True, slots=True)
class JournalLine:
    """One journal entry without its before-image (a first sync holds 25,000)."""

    side: str
    action: str
    crm_id: int | None
    resource_name: str | None
    written: tuple[str, ...] | None  # None: an entry of a version that did not say
    name: str


def run_changes(journal: Iterable[JournalLine], errors: Iterable[RunProblem],
                warnings: Iterable[RunProblem]) -> list[RunChange]:
    """The run's rows: each write it made, then each contact it could not bring over,
    then its warnings."""
    order = {name.value: i for i, name in enumerate(FIELDS)}
    rows = [RunChange(line.action, _side(line.side), line.crm_id, line.resource_name,
                      line.name, tuple(sorted(line.written or (), key=order.__getitem__)),
                      WRITTEN)
            for line in journal]
    rows += [RunChange("", problem.side, problem.crm_id, problem.resource_name,
                       str(problem.name), (), status, problem.reason)
             for status, problems in ((NOT_SYNCED, errors), (WARNING, warnings))
             for problem in problems]
    return rows


def _side(value: str) -> Side | None:
    return Side(value) if value in (Side.CRM.value, Side.GOOGLE.value) else None
