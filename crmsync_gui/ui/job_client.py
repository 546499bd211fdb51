"""A dialog's own jobs on the app's one worker (R-UI3).

Dialogs share the window's ``JobRunner`` (one job at a time keeps the service's files
safe), so they must not react to the window's jobs, nor the window to theirs. Their jobs
carry a ``dialog:`` prefix: the window leaves their failures to them, and a job asked for
while another runs (the dialog opened during a sync) waits for the worker instead of
being dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from crmsync_gui.ui.worker import JobFunction, JobRunner

PREFIX = "dialog:"


def is_dialog_job(name: str) -> bool:
    return name.startswith(PREFIX)


class JobClient(QObject):
    """Starts jobs named ``dialog:<owner>:<name>``; reports only those, by ``<name>``."""

    finished = Signal(str, object)
    failed = Signal(str, object)  # name, ErrorText
    busy_changed = Signal(bool)  # the shared worker, busy with anybody's job

    def __init__(self, runner: JobRunner, owner: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._prefix = f"{PREFIX}{owner}:"
        self._queued: list[tuple[str, JobFunction]] = []
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.busy_changed.connect(self._on_busy)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start(self, name: str, run: JobFunction) -> None:
        """Run now, or as soon as the worker is free."""
        if not self.runner.start(self._prefix + name, run):
            self._queued.append((name, run))

    def _on_busy(self, busy: bool) -> None:
        self.busy_changed.emit(busy)
        if not busy and self._queued:
            # Later, not inside the runner's own signal: the job that just ended has
            # not yet told its listeners it finished.
            QTimer.singleShot(0, self._start_queued)

    def _start_queued(self) -> None:
        if self._queued and not self.runner.busy:
            name, run = self._queued.pop(0)
            self.start(name, run)

    def _own(self, name: str) -> str | None:
        return name[len(self._prefix):] if name.startswith(self._prefix) else None

    def _on_finished(self, name: str, result: object) -> None:
        own = self._own(name)
        if own is not None:
            self.finished.emit(own, result)

    def _on_failed(self, name: str, error: object) -> None:
        own = self._own(name)
        if own is not None:
            self.failed.emit(own, error)
