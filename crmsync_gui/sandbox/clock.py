"""Virtual clock: the sandbox's notion of "now".

Tests need token expiry (1 h), sync-token expiry (7 days) and propagation delays
(minutes) without waiting, so time only moves when the admin API says so
(optionally it can also follow the wall clock, handy for a long-running demo).
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class VirtualClock:
    """``now()`` = start + offset (+ real time elapsed when ``follow_real_time``)."""

    def __init__(self, start: float | None = None, follow_real_time: bool = False) -> None:
        self._lock = threading.Lock()
        self._start = time.time() if start is None else start
        self._real_start = time.monotonic()
        self.offset = 0.0
        self.follow_real_time = follow_real_time

    def now(self) -> float:
        with self._lock:
            t = self._start + self.offset
            if self.follow_real_time:
                t += time.monotonic() - self._real_start
            return t

    def advance(self, seconds: float) -> float:
        """Move time forward (never backwards: expiry logic assumes monotonic time)."""
        if seconds < 0:
            raise ValueError("the virtual clock only moves forward")
        with self._lock:
            self.offset += seconds
        return self.now()

    def restore(self, start: float, offset: float) -> None:
        """Resume a persisted clock without ever going back in time."""
        with self._lock:
            self._start = max(self._start, start)
            self.offset = offset

    def to_json(self) -> dict[str, float]:
        with self._lock:
            return {"start": self._start, "offset": self.offset}


def rfc3339(ts: float) -> str:
    """RFC 3339 UTC with milliseconds and ``Z``, the shape of Google's ``updateTime``."""
    dt = datetime.fromtimestamp(ts, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
