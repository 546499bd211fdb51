"""SIGKILL `crmsync sync` at random points of a 1,000-contact first sync, then rerun:
no duplicate, everything linked, and the next preview is empty (R-S6, R-G3).

Google lives in another process (the sandbox) with a propagation delay on, so the
contacts a killed run created are invisible to sync-token reads and must be found by
their clientData tag in a full read.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.google.person import record_from_person
from crmsync_gui.sandbox import SandboxAdmin
from crmsync_gui.sandbox.testing import client_env

BROWSER = Path(__file__).parent.parent / "google" / "browser.py"
CONTACTS = 1000



def crmsync(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crmsync_gui.cli.main", *args], env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_killed_first_sync_resumes_without_duplicates(sandbox_process: str,
                                                      tmp_path: Path) -> None:
    admin = SandboxAdmin(sandbox_process)
    # Latency stretches the run so that kills land inside it, not before or after.
    admin.set_faults(propagation_delay_s=600, latency_ms=400)
    home = tmp_path / "home"
    env = client_env(sandbox_process, tmp_path, BROWSER, home)
    with SqliteCrm(home / "crm.sqlite3") as crm:
        crm.apply([CrmWrite(WriteKind.CREATE, contact={
            "last_name": f"Nom{i}", "first_name": "Zoé", "personal_email": f"z{i}@exemple.fr",
            "personal_mobile": f"06 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d} 11"})
            for i in range(CONTACTS)])
    assert crmsync(env, "login", "--timeout", "30").returncode == 0

    rng = random.Random(20261125)
    kills = 0
    for _ in range(10):
        if kills >= 3:
            break
        process = subprocess.Popen([sys.executable, "-m", "crmsync_gui.cli.main", "sync",
                                    "--yes"], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 2.0))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
    final = crmsync(env, "sync", "--yes")
    assert final.returncode == 0, final.stderr

    persons = admin.dump()["contacts"]
    emails = [e for p in persons for e in record_from_person(p).emails()]
    assert len(emails) == CONTACTS, f"{len(emails) - CONTACTS} duplicates after {kills} kills"
    assert len(set(emails)) == CONTACTS
    preview = json.loads(crmsync(env, "preview", "--json").stdout)
    assert preview["to_google"] == [] and preview["to_crm"] == []
    assert "Linked:         1000 contacts" in crmsync(env, "status").stdout
    assert kills >= 2  # the run really was interrupted, several times
    print(f"kills: {kills}")
