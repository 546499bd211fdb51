"""A Hypothesis state machine for undo (#15, R-S7b): users type on both sides, syncs and
undos (one, or several in a row) come in any order, and

    no value a user typed disappears from both sides:

for each contact and field, the value typed last is still on one side at least (a value
typed before it was replaced by that user edit; the machine never deletes contacts, and
a field is typed on one side only between two syncs, so no conflict decides for the
user). After a sync that follows an undo, whatever undo left pending converges: the
next preview is empty.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from crmsync_gui.sync.engine import SyncStatus

from .typing_machine import PEOPLE, TypingUsers, same_value


class UndoMachine(TypingUsers):
    def __init__(self) -> None:
        super().__init__()
        self.syncs = 0  # after the first: undo then has more than the creates to revert

    # -- syncs and undos -------------------------------------------------------------------

    @rule()
    def sync(self) -> None:
        result = self.service.sync()
        assert result.status is SyncStatus.OK, [e.text for e in result.errors]
        self.claimed.clear()
        self.syncs += 1

    @rule()
    def sync_and_converge(self) -> None:
        self.sync()
        plan = self.service.preview()
        assert not plan.to_google and not plan.to_crm, plan.to_json()

    @precondition(lambda self: self.syncs > 1)
    @rule(times=st.integers(1, 3))
    def undo(self, times: int) -> None:
        for _ in range(times):
            report = self.service.undo_last()
            assert not report.errors, [e.text for e in report.errors]
        # Undo writes both sides like a sync does: a field it put back is this round's.
        self.claimed = {key: "undo" for key in self.typed}

    @invariant()
    def no_typed_value_is_lost(self) -> None:
        assert sorted(self._crm()) == sorted(PEOPLE)  # undo never deletes what a user made
        for (who, name), value in self.typed.items():
            held = self.held(who, name)
            assert any(same_value(name, h, value) for h in held), (who, name, value, held)


def test_undo_never_loses_a_typed_value() -> None:
    run_state_machine_as_test(UndoMachine, settings=settings(
        max_examples=12, stateful_step_count=12, deadline=None,
        suppress_health_check=[HealthCheck.too_slow]))
