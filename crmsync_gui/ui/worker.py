"""The one worker thread every blocking service call runs in (R-UI3).

A ``_Worker`` QObject lives in a ``QThread``; jobs reach it through a queued signal and
answer through signals, so the GUI thread never waits and never touches a widget from
the worker. One thread and a busy flag also guarantee the service never runs two calls at
once (its SQLite files and HTTP connection are opened per call, not shared).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThread, Signal, Slot

from crmsync_gui.sync.engine import Progress
from crmsync_gui.ui.errors import describe_error

log = logging.getLogger(__name__)

# A job gets a progress callback (safe to call from the worker) and the cancel event.
JobFunction = Callable[[Callable[[Progress], None], threading.Event], object]


@dataclass
class Job:
    name: str
    run: JobFunction
    cancel: threading.Event = field(default_factory=threading.Event)


class _Worker(QObject):
    progress = Signal(object)
    finished = Signal(str, object)
    failed = Signal(str, object)

    @Slot(object)
    def run(self, job: Job) -> None:
        try:
            with _no_cyclic_gc():
                result = job.run(self.progress.emit, job.cancel)
        except Exception as error:  # every failure becomes words, never a crash
            log.exception("job %s failed", job.name)
            self.failed.emit(job.name, describe_error(error))
        else:
            self.finished.emit(job.name, result)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """No automatic cyclic GC while a job runs.

    A sync of thousands of contacts makes CPython run full (generation 2) collections,
    each holding the GIL for 60-170 ms with 5,000 contacts: the window froze that long.
    Reference counting still frees almost everything at once; the few cycles wait for
    the end of the job, when collection resumes as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class JobRunner(QObject):
    """Runs one job at a time in its thread; signals arrive in the GUI thread."""

    started = Signal(str)
    progress = Signal(object)  # Progress
    finished = Signal(str, object)  # job name, its result
    failed = Signal(str, object)  # job name, ErrorText
    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("crmsync-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._job: Job | None = None
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def job_name(self) -> str | None:
        return self._job.name if self._job else None

    def start(self, name: str, run: JobFunction) -> bool:
        """Queue ``run``; False (and nothing queued) while another job runs."""
        if self._job is not None:
            return False
        self._job = Job(name, run)
        self.busy_changed.emit(True)
        self.started.emit(name)
        self._submit.emit(self._job)
        return True

    def cancel(self) -> None:
        """The engine looks at this between batches; the job then ends as cancelled."""
        if self._job is not None:
            self._job.cancel.set()

    def _done(self) -> None:
        self._job = None
        self.busy_changed.emit(False)

    @Slot(str, object)
    def _on_finished(self, name: str, result: object) -> None:
        self._done()
        self.finished.emit(name, result)

    @Slot(str, object)
    def _on_failed(self, name: str, error: object) -> None:
        self._done()
        self.failed.emit(name, error)

    def shutdown(self, wait_ms: int = 30_000) -> None:
        """Stop the thread (after the running job, told to cancel, returns)."""
        self.cancel()
        self._thread.quit()
        if not self._thread.wait(wait_ms):
            log.warning("the worker did not stop in %d ms", wait_ms)
