"""What a run says about itself: its status and the contacts it could not bring over
(SPEC R-S12).

A run is

- ``ok`` when every planned change landed;
- ``partial`` when it reached its end but some contacts were refused, deferred, or hit
  the re-plan limit (each one is a ``RunProblem`` in its ``errors``);
- ``failed`` when it stopped early (what it had written up to then is recorded, and the
  error that stopped it is its last problem).

``warnings`` are things the user should know that lose nothing by themselves (a CRM date
no format reads, a label re-created): they never make a run partial.

A problem's ``reason`` is a ``Reason`` (code and arguments), so the window says it in the
user's language; ``to_json`` is the shape of ``crmsync sync --json`` and ``crmsync
history --json`` (``message`` in English), and ``to_state`` adds the arguments the state
file keeps to say it again later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crmsync_gui.core.plan import Side
from crmsync_gui.core.reasons import Reason, ReasonCode, ReasonText, reason_from_text


class RunStatus(StrEnum):
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"
    CANCELLED = "cancelled"
    NEEDS_CONFIRMATION = "needs_confirmation"


@dataclass(frozen=True, slots=True)
class RunProblem:
    """One contact a run could not bring over (or, with no contact, the whole run)."""

    reason: Reason
    crm_id: int | None = None
    resource_name: str | None = None
    name: str = ""
    side: Side | None = None  # the side the write was for

    @property
    def reason_code(self) -> str:
        return self.reason.code.value

    @property
    def message(self) -> str:
        return self.reason.text

    @property
    def text(self) -> str:
        """One English line: the contact, then why (the CLI's words)."""
        return f"{self.name}: {self.message}" if self.name else self.message

    def to_json(self) -> dict[str, Any]:
        return {"crm_id": self.crm_id, "resource_name": self.resource_name,
                "name": self.name, "side": self.side.value if self.side else None,
                "reason_code": self.reason_code, "message": self.message}

    def to_state(self) -> dict[str, Any]:
        state = {**self.to_json(), "reason": self.reason.to_json()}
        if isinstance(self.name, ReasonText):  # a made-up name: said again in any language
            state["name_reason"] = self.name.reason.to_json()
        return state

    @classmethod
    def from_state(cls, data: Mapping[str, Any]) -> RunProblem:
        """The inverse of ``to_state``; a reason this version does not know is read
        back from its English message."""
        try:
            reason = Reason.from_json(data["reason"])
        except (ValueError, KeyError, TypeError):
            reason = reason_from_text(str(data.get("message") or ""))
        side = data.get("side")
        crm_id = data.get("crm_id")
        name: str = str(data.get("name") or "")
        if isinstance(data.get("name_reason"), dict):
            # A code this version does not know keeps the English text read above.
            with suppress(ValueError, KeyError, TypeError):
                name = ReasonText(Reason.from_json(data["name_reason"]))
        return cls(reason=reason, crm_id=crm_id if isinstance(crm_id, int) else None,
                   resource_name=data.get("resource_name") or None, name=name,
                   side=Side(side) if side in (Side.CRM.value, Side.GOOGLE.value) else None)


def run_status(stopped: bool, cancelled: bool, errors: Iterable[RunProblem]) -> RunStatus:
    """The status a run ends with (see the module doc)."""
    if cancelled:
        return RunStatus.CANCELLED
    if stopped:
        return RunStatus.FAILED
    return RunStatus.PARTIAL if any(True for _ in errors) else RunStatus.OK


def replan_limit(limit: int) -> Reason:
    return Reason.of(ReasonCode.REPLAN_LIMIT, count=limit)
