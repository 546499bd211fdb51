"""The sync's actions on one contact (R-S9), the same from the Sync page's tables and
the Contacts page: the choice is saved in the worker, the preview that follows shows
what it does, and the status bar says it in one sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from crmsync_gui.app.service import NotSynced, SyncService
from crmsync_gui.core.plan_input import Decisions
from crmsync_gui.ui import jobs
from crmsync_gui.ui.worker import JobRunner

Say = Callable[[str, int], None]


class ContactActions(QObject):
    def __init__(self, service: SyncService, runner: JobRunner,
                 decisions: Callable[[], Decisions], say: Say,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner, self.decisions, self.say = (service, runner, decisions,
                                                               say)

    def ignore(self, name: str, crm_id: int | None, resource_name: str | None) -> bool:
        """Never sync it again: the CRM contact when there is one (the CRM is the user's
        own list), else the Google-only contact."""
        service, decisions = self.service, self.decisions()
        self.say(self.tr("{name} will not be synced any more.").format(name=name), 10_000)
        return self.runner.start("ignore", lambda progress, _cancel: jobs.ignore_then_preview(
            service, crm_id, None if crm_id is not None else resource_name, decisions,
            progress))

    def unlink(self, name: str, crm_id: int) -> bool:
        service, decisions = self.service, self.decisions()
        self.say(self.tr("{name}: the CRM and Google contacts are no longer linked.")
                 .format(name=name), 10_000)
        return self.runner.start("unlink", lambda progress, _cancel: jobs.unlink_then_preview(
            service, crm_id, decisions, progress))

    def sync_again(self, contacts: list[NotSynced], said: str) -> bool:
        service, decisions = self.service, self.decisions()
        if not self.runner.start("sync_again", lambda progress, _cancel:
                                 jobs.sync_again_then_preview(service, contacts, decisions,
                                                              progress)):
            return False
        self.say(said, 10_000)
        return True
