"""The background check (R-UI4): every N minutes, ask whether changes are waiting.

A QTimer alone drifts and says nothing about a laptop that slept through its interval;
this one ticks every minute and compares wall-clock time with the last check, so a PC
waking up after a night checks once, at once, instead of never or many times.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 60_000


class ReminderScheduler(QObject):
    """Emits ``due`` when a check is due (not while paused, not while one runs)."""

    due = Signal()

    def __init__(self, interval_minutes: int, clock: Callable[[], float] = time.time,
                 parent: QObject | None = None, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self._clock = clock
        self.interval_s = interval_minutes * 60.0
        self.paused = False
        self.busy = False  # set by the owner while a check or a sync runs
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def set_interval(self, minutes: int) -> None:
        self.interval_s = minutes * 60.0

    def checked(self) -> None:
        """The owner ran a check (scheduled or by hand): the interval starts again."""
        self._last = self._clock()

    def tick(self) -> None:
        if self.paused or self.busy:
            return
        if self._clock() - self._last >= self.interval_s:
            self._last = self._clock()  # one catch-up after a sleep, not one per missed slot
            self.due.emit()
