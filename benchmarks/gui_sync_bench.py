"""The desktop window during a first sync of N contacts per side (SPEC §3: "the GUI thread
is never blocked more than 100 ms during a sync"), against the sandbox in another process.

Run: .venv/bin/python benchmarks/gui_sync_bench.py [--sizes 5000 25000]

Each size is seeded as in sync_bench.py (both sides hold N after the first sync). A
separate process (so that its peak RSS is its own) opens the real main window offscreen,
shows the preview, then syncs three times with the window's own worker thread — the first
sync, the one reading its own writes back, one with nothing to do — while a 5 ms timer
on the GUI thread records the longest gap between its ticks: the longest the window could
not answer. It prints each run's time (the sync and the preview that follows it) and
longest stall, and the window process's peak RSS measured from outside
(``/usr/bin/time -f %M``; automatic garbage collection is paused while a job runs: see
crmsync_gui/ui/worker.py).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from crmsync_gui.sandbox.process import SandboxProcess

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sync_bench.py, a sibling script
from sync_bench import prepare

TICK_MS = 5


def window_run(home: str) -> dict[str, Any]:
    """In the child process: the window's preview then sync, with the stall meter on."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from crmsync_gui.app.profile import Profile
    from crmsync_gui.app.service import SyncService
    from crmsync_gui.ui.main_window import MainWindow
    from crmsync_gui.ui.worker import JobRunner

    app = QApplication([])
    service = SyncService(Profile.locate(Path(home)))
    runner = JobRunner()
    window = MainWindow(service, runner)
    window.show()
    stalls: list[float] = []
    last = [time.perf_counter()]
    phase = ["start"]
    # The longest stalls and the job's phase when they ended: where to look first.
    worst: list[tuple[float, str]] = []
    runner.progress.connect(lambda event: phase.__setitem__(0, event.phase))

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(now - last[0])
        if now - last[0] > 0.05:
            worst.append((round((now - last[0]) * 1000), phase[0]))
        last[0] = now

    meter = QTimer(interval=TICK_MS)
    meter.timeout.connect(tick)

    def wait(signal: Any, start: Any) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)
        began = time.perf_counter()
        last[0] = began
        stalls.clear()
        meter.start()
        if not start():
            raise RuntimeError("the window refused to start the job")
        loop.exec()
        meter.stop()
        signal.disconnect(loop.quit)
        return time.perf_counter() - began

    preview_s = wait(window.preview_shown, window.preview)
    preview_stall = max(stalls, default=0.0)
    preview_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results: list[Any] = []
    window.sync_done.connect(results.append)
    runs = []
    # The first sync, the one reading its own writes back, then one with nothing to do:
    # each as the window runs it (the sync, then the preview that refreshes the tables).
    for label in ("first sync", "echo read", "no-change"):
        seconds = wait(window.sync_done, window.sync)
        runs.append({"run": label, "sync_s": seconds,
                     "stall_ms": max(stalls, default=0.0) * 1000,
                     "status": str(results[-1].status.value),
                     "applied": results[-1].applied})
    runner.shutdown()
    app.processEvents()
    return {"preview_s": preview_s, "preview_stall_ms": preview_stall * 1000, "runs": runs,
            "rss_after_preview_mb": preview_rss, "stalls_over_50ms": worst}


def run_size(total: int) -> dict[str, Any]:
    sandbox = SandboxProcess()
    try:
        with tempfile.TemporaryDirectory() as folder:
            env = prepare(total, sandbox.url, Path(folder))
            env["QT_QPA_PLATFORM"] = "offscreen"
            # The window process's peak RSS measured from outside (as for `crmsync sync`).
            rss_file = Path(folder) / "window.rss"
            timer = (["/usr/bin/time", "-f", "%M", "-o", str(rss_file)]
                     if Path("/usr/bin/time").exists() else [])
            child = subprocess.run([*timer, sys.executable, __file__, "--window",
                                    env["CRMSYNC_HOME"]],
                                   env=env, capture_output=True, text=True, timeout=1800,
                                   check=False)
            if child.returncode != 0:
                raise RuntimeError(f"window run failed: {child.stderr[-3000:]}")
            row = json.loads(child.stdout.strip().splitlines()[-1])
            row["peak_rss_mb"] = (int(rss_file.read_text().split()[-1]) / 1024
                                  if timer else float("nan"))
            return {"size": total, **row}
    finally:
        sandbox.stop()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 25000])
    parser.add_argument("--verbose", action="store_true", help="list the stalls over 50 ms")
    parser.add_argument("--window", metavar="HOME", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.window:
        print(json.dumps(window_run(args.window)))
        return
    # RSS: peak after the preview (its tables filled), then the window process's peak
    # over the three syncs, measured from outside.
    print(f"{'size':>6} {'run':<11} {'s':>7} {'stall ms':>8} {'RSS MB':>7}  applied")
    for size in args.sizes:
        row = run_size(size)
        print(f"{row['size']:>6} {'preview':<11} {row['preview_s']:>7.2f} "
              f"{row['preview_stall_ms']:>8.0f} {row['rss_after_preview_mb']:>7.0f}",
              flush=True)
        for run in row["runs"]:
            assert run["status"] == "ok", run
            print(f"{row['size']:>6} {run['run']:<11} {run['sync_s']:>7.2f} "
                  f"{run['stall_ms']:>8.0f} {'':>7}  {run['applied']}", flush=True)
        print(f"{row['size']:>6} {'window peak':<11} {'':>7} {'':>8} "
              f"{row['peak_rss_mb']:>7.0f}", flush=True)
        if args.verbose:
            print(f"        stalls over 50 ms (ms, phase): {row['stalls_over_50ms']}")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main(sys.argv[1:])
