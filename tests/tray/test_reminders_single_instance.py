"""Background checks that catch up after sleep, and one app per user session."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from crmsync_gui.ui.reminders import ReminderScheduler
from crmsync_gui.ui.single_instance import SingleInstance


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_reminder_due_after_the_interval_once_even_after_a_long_sleep(qtbot: QtBot) -> None:
    clock = Clock()
    scheduler = ReminderScheduler(30, clock=clock)
    fired: list[float] = []
    scheduler.due.connect(lambda: fired.append(clock.now))
    clock.now += 29 * 60
    scheduler.tick()
    assert fired == []
    clock.now += 60
    scheduler.tick()
    assert len(fired) == 1
    clock.now += 10 * 3600  # the laptop slept all night
    scheduler.tick()
    scheduler.tick()
    assert len(fired) == 2  # one catch-up check, not twenty


def test_paused_or_busy_scheduler_stays_quiet(qtbot: QtBot) -> None:
    clock = Clock()
    scheduler = ReminderScheduler(1, clock=clock)
    fired: list[int] = []
    scheduler.due.connect(lambda: fired.append(1))
    clock.now += 3600
    scheduler.paused = True
    scheduler.tick()
    scheduler.paused, scheduler.busy = False, True
    scheduler.tick()
    assert fired == []
    scheduler.busy = False
    scheduler.checked()  # a check by hand restarts the interval
    scheduler.tick()
    assert fired == []


def test_the_real_timer_ticks(qtbot: QtBot) -> None:
    clock = Clock()
    scheduler = ReminderScheduler(1, clock=clock, tick_ms=10)
    clock.now += 120
    with qtbot.waitSignal(scheduler.due, timeout=2000):
        scheduler.start()
    scheduler.stop()


def test_second_instance_raises_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            second = SingleInstance(tmp_path)
            assert not second.claim()
    finally:
        first.release()


def test_second_launch_from_another_process(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim()
    script = ("import sys; from pathlib import Path; from PySide6.QtCore import "
              "QCoreApplication; from crmsync_gui.ui.single_instance import SingleInstance; "
              "app = QCoreApplication([]); "
              f"sys.exit(0 if not SingleInstance(Path({str(tmp_path)!r})).claim() else 1)")
    try:
        with qtbot.waitSignal(first.show_requested, timeout=15000):
            process = subprocess.Popen([sys.executable, "-c", script])
            qtbot.waitUntil(lambda: process.poll() is not None, timeout=15000)
        assert process.returncode == 0
    finally:
        first.release()


def test_a_stale_socket_from_a_crash_does_not_block_start(tmp_path: Path, qtbot: QtBot) -> None:
    other_profile = SingleInstance(tmp_path / "other")
    assert other_profile.claim()
    other_profile.release()
    again = SingleInstance(tmp_path / "other")
    assert again.claim()
    again.release()
