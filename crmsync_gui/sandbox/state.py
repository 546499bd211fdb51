"""Everything the sandbox knows, under one lock, and its JSON persistence."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from .clock import VirtualClock
from .faults import FaultInjector
from .oauth import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, OAuthService
from .store import Store

log = logging.getLogger(__name__)
STATE_FILE = "sandbox_state.json"
STATE_VERSION = 1


class SandboxState:
    """Store + OAuth + clock + faults + call counts; ``lock`` guards all of them.

    One re-entrant lock (rather than one per part) keeps multi-part operations, such
    as "authenticate then write then save", atomic without lock-ordering worries.
    """

    def __init__(self, data_dir: str | os.PathLike[str] | None = None,
                 auto_approve: bool = False, client_id: str = DEFAULT_CLIENT_ID,
                 client_secret: str = DEFAULT_CLIENT_SECRET,
                 follow_real_time: bool = False) -> None:
        self.lock = threading.RLock()
        self.clock = VirtualClock(follow_real_time=follow_real_time)
        self.faults = FaultInjector()
        self.store = Store()
        self.oauth = OAuthService(self.store, client_id, client_secret)
        self.oauth.auto_approve = auto_approve
        self.counts: Counter[str] = Counter()
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self._save_cond = threading.Condition()
        self._write_lock = threading.Lock()  # one writer of the file at a time
        self._dirty = False
        self._saver: threading.Thread | None = None
        self._save_interval = 0.2
        if self.data_dir is not None:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.load()

    @property
    def path(self) -> Path | None:
        return self.data_dir / STATE_FILE if self.data_dir is not None else None

    def now(self) -> float:
        return self.clock.now()

    def save(self) -> None:
        """Ask for the state to be written soon (debounced, in a background thread).

        Writing 25,000 contacts takes a few hundred ms: doing it after every batch call
        would make bulk syncs crawl, so writes are coalesced; ``flush()`` (called on
        ``stop()``) writes whatever is pending at once.
        """
        if self.data_dir is None:
            return
        with self._save_cond:
            self._dirty = True
            if self._saver is None:
                self._saver = threading.Thread(target=self._save_loop, daemon=True,
                                               name="sandbox-saver")
                self._saver.start()
            self._save_cond.notify()

    def flush(self) -> None:
        """Write now if anything changed since the last write — and, either way, not
        before a write the saver thread has begun is on disk: ``stop()`` returning while
        that write was still running let the process end without its file."""
        with self._write_lock:
            with self._save_cond:
                if not self._dirty:
                    return
                self._dirty = False
            self._write()

    def _save_loop(self) -> None:
        while True:
            with self._save_cond:
                while not self._dirty:
                    self._save_cond.wait()
            time.sleep(self._save_interval)
            started = time.monotonic()
            try:
                self.flush()
            except OSError:
                log.exception("could not save the sandbox state")
            # Keep the lock free most of the time even with a big address book.
            self._save_interval = max(0.2, 4 * (time.monotonic() - started))

    def _write(self) -> None:
        """Atomic write (temp file + ``os.replace``) so a crash never leaves half a file.
        Called with ``_write_lock`` held (``flush``): one writer of the file at a time."""
        path = self.path
        if path is None:
            return
        with self.lock:
            text = json.dumps({"version": STATE_VERSION, "clock": self.clock.to_json(),
                               "store": self.store.to_json(), "oauth": self.oauth.to_json()},
                              separators=(",", ":"))
        fd, tmp = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def load(self) -> bool:
        path = self.path
        if path is None or not path.exists():
            return False
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != STATE_VERSION:
            return False
        with self.lock:
            self.clock.restore(data["clock"]["start"], data["clock"]["offset"])
            self.store.load_json(data["store"])
            self.oauth.load_json(data["oauth"])
        return True
