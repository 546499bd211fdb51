"""The Contacts page at N contacts (SPEC §3: the GUI thread never blocked more than 100 ms).

Run: .venv/bin/python benchmarks/contacts_view_bench.py [--sizes 1000 25000]

A CRM database of N contacts (French names, a mobile, a city, one or two tags, a company
for one in three) is opened in the real main window, offscreen, in a separate process.
A 5 ms timer on the GUI thread records the longest gap between its ticks while:
- the page opens: the worker reads the CRM and the state and builds the rows, then the
  model takes them (``open``);
- the user types "martin" in the search, sorts by city, then filters by a tag — each
  runs on the GUI thread inside the model, so its time *is* the stall it causes.
It prints each operation's time, the longest stall and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TICK_MS = 5
LAST = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David")
FIRST = ("Sophie", "Paul", "Élodie", "Jean", "Camille", "Hugo", "Julie", "Thomas", "Léa",
         "Nicolas", "Chloé", "Louis")
CITIES = ("Paris", "Lyon", "Marseille", "Évry", "Lille", "Nantes", "Bordeaux", "Rennes",
          "Strasbourg", "Toulouse", "Nice", "Annecy", "Brest", "Orléans")
TAGS = ("VIP", "Salon 2025", "Fournisseur", "Prospect", "Bio", "Newsletter", "Ancien client")


def make_crm(path: Path, size: int) -> None:
    from crmsync_gui.crm.model import CrmWrite, WriteKind
    from crmsync_gui.crm.sqlite_db import SqliteCrm

    rng = random.Random(size)
    with SqliteCrm(path) as crm:
        writes = []
        for i in range(size):
            tags = ", ".join(rng.sample(TAGS, rng.randint(1, 2)))
            writes.append(CrmWrite(WriteKind.CREATE, contact={
                "last_name": rng.choice(LAST), "first_name": rng.choice(FIRST),
                "personal_email": f"contact{i}@exemple.fr",
                "personal_mobile": f"06 {i // 10000 % 100:02d} {i // 100 % 100:02d} "
                                   f"{i % 100:02d} {rng.randint(0, 99):02d}",
                "home_city": rng.choice(CITIES), "tags": tags}))
            if len(writes) == 1000:
                crm.apply(writes)
                writes = []
        if writes:
            crm.apply(writes)


def window_run(home: str) -> dict[str, Any]:
    """In the child process: open the page, search, sort, filter; the stall meter on."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from crmsync_gui.app.profile import Profile
    from crmsync_gui.app.service import SyncService
    from crmsync_gui.ui.contacts_model import COL_CITY
    from crmsync_gui.ui.main_window import MainWindow
    from crmsync_gui.ui.worker import JobRunner

    app = QApplication([])
    service = SyncService(Profile.locate(Path(home)))
    runner = JobRunner()
    window = MainWindow(service, runner)
    window.show()
    page = window.contacts_page
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    meter = QTimer(interval=TICK_MS)
    meter.timeout.connect(tick)
    results: dict[str, Any] = {}

    # The window's own first paint (fonts, styles) is not the page's doing: let it pass.
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    # Open: the worker reads and builds; the GUI thread only swaps the rows in.
    runner.finished.connect(lambda *_: loop.quit())
    last[0] = began = time.perf_counter()
    meter.start()
    assert window.load_contacts()
    loop.exec()
    QTimer.singleShot(50, loop.quit)  # the paint after the swap counts too
    loop.exec()
    meter.stop()
    results["open"] = (time.perf_counter() - began - 0.05, max(gaps, default=0))
    results["rows"] = page.model.rowCount()

    def on_gui_thread(name: str, action: Any) -> None:
        app.processEvents()
        began = time.perf_counter()
        action()
        app.processEvents()  # the repaint the change causes
        spent = time.perf_counter() - began
        results[name] = (spent, spent)  # nothing else can run meanwhile: all a stall

    on_gui_thread("search martin", lambda: page.search_edit.setText("martin"))
    results["found"] = page.model.rowCount()
    on_gui_thread("sort by city", lambda: page.view.sortByColumn(COL_CITY,
                                                                 Qt.SortOrder.AscendingOrder))
    on_gui_thread("filter tag VIP", lambda: page.tag_filter.setCurrentIndex(
        page.tag_filter.findData("VIP")))
    results["tagged"] = page.model.rowCount()
    on_gui_thread("clear search", lambda: page.search_edit.setText(""))
    runner.shutdown()
    # The editor's work, done in the worker (no GUI stall): what the user waits for
    # between Enter and the editor, and between Save and the editor closing.
    from crmsync_gui.app.service import ContactDraft
    from crmsync_gui.ui import jobs

    crm_id = page.model.row_at(0).crm_id
    began = time.perf_counter()
    form = service.contact_form(crm_id)
    results["editor open"] = (time.perf_counter() - began, 0.0)
    began = time.perf_counter()
    saved = jobs.save_contact(service, ContactDraft(
        crm_id, {**form.values, "home_city": "Annecy"}, form.links, form.note,
        form.read_at, form.read_text, form.links), check=True, book=page.book)
    results["editor save"] = (time.perf_counter() - began, 0.0)
    assert saved.crm_id == crm_id, saved
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 25000])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(window_run(args.child)))
        return
    print("| contacts | operation | time ms | longest GUI stall ms |")
    print("| ---: | --- | ---: | ---: |")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as home:
            made = time.perf_counter()
            make_crm(Path(home) / "crm.sqlite3", size)
            made = time.perf_counter() - made
            done = subprocess.run([sys.executable, __file__, "--child", home],
                                  capture_output=True, text=True, check=True,
                                  env={"QT_QPA_PLATFORM": "offscreen",
                                       "PYTHON_KEYRING_BACKEND":
                                           "keyring.backends.fail.Keyring",
                                       **_inherited()})
            result = json.loads(done.stdout.strip().splitlines()[-1])
            assert result["rows"] == size, result
            for name in ("open", "search martin", "sort by city", "filter tag VIP",
                         "clear search", "editor open", "editor save"):
                spent, stall = result[name]
                print(f"| {size:,} | {name} | {spent * 1000:.0f} | {stall * 1000:.0f} |")
            print(f"| {size:,} | (peak RSS {result['peak_rss_mb']:.0f} MB; "
                  f"{result['found']:,} found, {result['tagged']:,} tagged; "
                  f"database made in {made:.1f} s) | | |", flush=True)


def _inherited() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items()
            if k not in ("QT_QPA_PLATFORM", "PYTHON_KEYRING_BACKEND", "CRMSYNC_CRM_DB",
                         "CRMSYNC_HOME")}


if __name__ == "__main__":
    main()
