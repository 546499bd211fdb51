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
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from crmsync_gui.sync.engine import Progress
from crmsync_gui.ui.errors import ErrorText, describe_error

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
                result = job.run(self._progress, job.cancel)
        except Exception as error:  # every failure becomes words, never a crash
            said = describe_error(error)
            _log_failure(job.name, error, said)
            self.failed.emit(job.name, said)
        else:
            self.finished.emit(job.name, result)

    def _progress(self, event: Progress) -> None:
        # A job reports between phases and batches: the moment to free what the last
        # batch left in reference cycles (HTTP requests and answers, 150 MB by the end of
        # a 25,000-contact run otherwise). Only the objects made since the last report
        # are scanned, a few milliseconds: not the full collections kept out of jobs.
        gc.collect(0)
        self.progress.emit(event)


def _log_failure(name: str, error: Exception, said: ErrorText) -> None:
    """What ``describe_error`` knows is logged in words; a bug keeps its traceback."""
    if said.cancelled:
        log.info("job %s: %s", name, said.message)
    elif said.foreseen:
        log.warning("job %s: %s: %s (%s)", name, said.title, said.message,
                    said.detail or type(error).__name__)
    else:
        log.exception("job %s failed", name)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """No automatic cyclic garbage collection while a job runs, nor right after it.

    A sync of thousands of contacts makes CPython run full (generation 2) collections,
    each holding the GIL for 60-170 ms with 5,000 contacts: the window froze that long.
    Reference counting still frees almost everything at once, and a young collection at
    each progress report frees the cycles (``_Worker._progress``). Since what the job
    allocated and kept is young when it ends, the first collection after it would scan
    all of it (116-172 ms after a 25,000-contact run): so the job's survivors are frozen
    (left out of collections) and ``IdleCollector`` collects the few cycles later, when
    nobody is looking at the window.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


class IdleCollector(QObject):
    """The cyclic garbage collection the worker defers, run while the app is in the
    background (another window active, or only the tray icon left) and no job runs.

    A full collection of a 25,000-contact session takes about 200 ms; the user does not
    see it then. Past ``force_at`` frozen objects it runs anyway, so that a window kept in
    front all day cannot grow without bound.
    """

    def __init__(self, runner: JobRunner, interval_ms: int = 30_000,
                 is_quiet: Callable[[], bool] | None = None,
                 force_at: int = 4_000_000) -> None:
        super().__init__(runner)
        self.runner = runner
        self.is_quiet = is_quiet or _app_in_background
        self.force_at = force_at
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_if_quiet)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def collect_if_quiet(self) -> bool:
        frozen = gc.get_freeze_count()
        if self.runner.busy or frozen == 0:
            return False
        if frozen < self.force_at and not self.is_quiet():
            return False
        started = time.perf_counter()
        gc.unfreeze()
        found = gc.collect()
        log.debug("deferred collection: %d of %d objects in %.0f ms", found, frozen,
                  (time.perf_counter() - started) * 1000)
        return True


def _app_in_background() -> bool:
    return (QGuiApplication.applicationState()
            is not Qt.ApplicationState.ApplicationActive)


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
        self.idle_gc = IdleCollector(self)

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
        self.idle_gc.stop()
        gc.unfreeze()  # back to ordinary collections once no job can run
