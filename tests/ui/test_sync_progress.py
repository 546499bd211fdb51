"""R-UI3: progress from the worker, Cancel between batches, and the GUI never stalls."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from crmsync_gui.app.demo import play_demo_browser
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.sandbox import SandboxAdmin, write_client_secrets
from crmsync_gui.sync.engine import Progress, SyncStatus
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.worker import JobRunner

from .conftest import UiWorld, make_settings, preview, sync


def contacts(count: int) -> list[CrmWrite]:
    return [CrmWrite(WriteKind.CREATE, contact={
        "first_name": f"Client{i}", "last_name": "Dupont",
        "personal_email": f"client{i}@exemple.fr", "personal_mobile": f"06 12 {i:06d}"[:14]})
        for i in range(count)]


def test_progress_arrives_and_cancel_stops_between_batches(
        qtbot: QtBot, window: MainWindow, signed_in: UiWorld) -> None:
    with SqliteCrm(signed_in.service.crm_path) as crm:
        crm.apply(contacts(450))  # 3 batches of at most 200
    preview(qtbot, window)
    assert window.sync_page.to_google_model.total() == 450
    # Slow Google down so the Cancel lands while batch 1 is still being written.
    signed_in.sandbox.faults.configure(latency_ms=400,
                                       methods=["people.batchCreateContacts"])
    seen: list[Progress] = []

    def on_progress(progress: Progress) -> None:
        seen.append(progress)
        if progress.phase == "sync" and progress.batch == 1:
            qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)

    window.runner.progress.connect(on_progress)
    result = sync(qtbot, window)

    batches = [p for p in seen if p.phase == "sync"]
    assert [p.batch for p in batches] == [1] and batches[0].batches == 3
    assert batches[0].total == 450
    assert result.status is SyncStatus.CANCELLED
    assert len(signed_in.google()) == 200  # batch 1 only, whole
    qtbot.waitUntil(lambda: window.sync_page.to_google_model.total() == 250)  # what remains
    assert not window.cancel_button.isVisible()
    assert window.sync_action.isEnabled()



def test_gui_stall_during_5000_contact_sync(qtbot: QtBot, sandbox_process: str,
                                           tmp_path: Path, runner: JobRunner) -> None:
    SandboxAdmin(sandbox_process).set_account("sub-stall", "stall@exemple.fr")
    secrets = write_client_secrets(tmp_path / "client_secret.json", sandbox_process)
    service = SyncService(Profile.locate(tmp_path / "home"),
                          make_settings(sandbox_process, secrets))
    service.session.sign_in(open_url=play_demo_browser, timeout=20)
    with SqliteCrm(service.crm_path) as crm:
        crm.apply(contacts(5000))
    window = MainWindow(service, runner, play_demo_browser)
    qtbot.addWidget(window)
    window.show()

    clock = QElapsedTimer()
    gaps: list[int] = []
    ticker = QTimer(interval=10)
    ticker.setTimerType(Qt.TimerType.PreciseTimer)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    started = time.monotonic()
    result = sync(qtbot, window)  # the sync, then the preview of what remains
    elapsed = time.monotonic() - started
    ticker.stop()

    assert result.status is SyncStatus.OK
    assert result.applied.get("google_created") == 5000
    assert window.sync_page.to_google_model.total() == 0
    worst = max(gaps[1:])
    print(f"\n5,000-contact sync: {elapsed:.2f} s, {len(gaps)} ticks, longest GUI stall "
          f"{worst} ms (target 100 ms), 99th percentile "
          f"{sorted(gaps)[int(len(gaps) * 0.99)]} ms")
    assert worst < 2000  # a sanity bound; the 100 ms target belongs to a benchmark
