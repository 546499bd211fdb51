"""Cyclic garbage collection stays out of the window's way: not during a job, not right
after it (everything the job made would be scanned at once), but while nobody looks."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from crmsync_gui.ui.worker import IdleCollector, JobRunner


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


@pytest.fixture
def jobs() -> Iterator[JobRunner]:
    runner = JobRunner()
    runner.idle_gc.stop()  # the tests call it themselves
    yield runner
    runner.shutdown()


def run(qtbot: QtBot, runner: JobRunner, job) -> object:
    with qtbot.waitSignal(runner.finished, timeout=10_000) as done:
        assert runner.start("job", job)
    return done.args[1]


def test_a_job_runs_without_collections_and_leaves_its_objects_frozen(
        qtbot: QtBot, jobs: JobRunner) -> None:
    def job(_progress: object, _cancel: threading.Event) -> tuple[bool, int, list[Node]]:
        made = [Node() for _ in range(20_000)]
        return gc.isenabled(), gc.get_count()[0], made

    enabled_during, young_during, _made = run(qtbot, jobs, job)  # kept alive
    assert enabled_during is False and young_during >= 20_000
    assert gc.isenabled()
    # The job's survivors are not young any more: the next collection will not scan them.
    assert gc.get_freeze_count() >= 20_000
    assert gc.get_count()[0] < 1_000


def test_idle_collector_frees_a_jobs_cycles_only_when_quiet(qtbot: QtBot,
                                                            jobs: JobRunner) -> None:
    def job(_progress: object, _cancel: threading.Event) -> weakref.ref[Node]:
        return weakref.ref(Node())  # the cycle itself is garbage at once

    garbage = run(qtbot, jobs, job)
    gc.collect()  # an ordinary collection does not reach frozen objects
    assert garbage() is not None
    quiet = False
    collector = IdleCollector(jobs, interval_ms=60_000, is_quiet=lambda: quiet)
    try:
        assert not collector.collect_if_quiet()  # the user is looking
        assert garbage() is not None
        quiet = True
        assert collector.collect_if_quiet()
        assert garbage() is None and gc.get_freeze_count() == 0
        assert not collector.collect_if_quiet()  # nothing frozen: nothing to do
    finally:
        collector.stop()


def test_idle_collector_runs_anyway_past_its_limit(qtbot: QtBot, jobs: JobRunner) -> None:
    garbage = run(qtbot, jobs, lambda _p, _c: weakref.ref(Node()))
    collector = IdleCollector(jobs, interval_ms=60_000, is_quiet=lambda: False, force_at=1)
    try:
        assert collector.collect_if_quiet()
        assert garbage() is None
    finally:
        collector.stop()


def test_cycles_a_batch_leaves_are_freed_at_the_next_progress_report(
        qtbot: QtBot, jobs: JobRunner) -> None:
    """HTTP requests and answers end in reference cycles: a 25,000-contact run would hold
    150 MB of them until its end if nothing collected them before."""
    def job(progress, _cancel: threading.Event) -> tuple[bool, bool]:
        garbage = weakref.ref(Node())
        alive_before = garbage() is not None
        progress(None)  # a batch is done
        return alive_before, garbage() is None

    alive_before, freed_after = run(qtbot, jobs, job)
    assert alive_before and freed_after


class Row:
    """A row as the tables hold them (weakly referenceable, to see when it is freed)."""


def test_let_go_frees_a_slice_at_a_time_and_yields_between_slices() -> None:
    """Freeing a plan of 25,000 changes at once held the GIL through the whole cascade:
    ``let_go`` frees a slice, then pauses (a zero sleep hands the GIL to the window)."""
    from crmsync_gui.core.heap import SLICE, let_go

    rows = [Row() for _ in range(SLICE * 2 + 5)]
    by_key = {i: Row() for i in range(SLICE + 1)}
    kept = rows[0]  # shared with someone else: stays
    refs = [weakref.ref(r) for r in (*rows, *by_key.values())]
    alive: list[int] = []
    let_go(rows, by_key, pause=lambda: alive.append(sum(r() is not None for r in refs)))
    assert rows == [] and by_key == {}
    total = len(refs)
    # Three slices of the list, two of the dict: a pause after each, fewer left each
    # time (the dict's SLICE + 1 rows and the shared one stay until the dict's turn).
    assert alive == [total - SLICE, total - 2 * SLICE, SLICE + 2, 2, 1]
    assert [r() for r in refs if r() is not None] == [kept]


def test_rows_a_table_lets_go_are_freed_over_several_turns_of_the_event_loop(
        qtbot: QtBot) -> None:
    from crmsync_gui.core.heap import SLICE
    from crmsync_gui.ui import tables

    rows = [Row() for _ in range(SLICE * 3)]
    refs = [weakref.ref(r) for r in rows]
    tables.let_go_later(rows)
    del rows
    assert all(r() is not None for r in refs)  # nothing freed in the caller's turn
    qtbot.waitUntil(lambda: not tables._LEFT, timeout=5_000)
    assert all(r() is None for r in refs)
    tables.let_go_later([Row()])  # a handful is freed at once: nothing deferred
    assert not tables._LEFT
