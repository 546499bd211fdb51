"""Process mode (``python -m crmsync_gui.sandbox``) and persistence across restarts."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from crmsync_gui.sandbox import SandboxAdmin, SandboxServer, obtain_tokens
from crmsync_gui.sandbox.testing import build_people, person

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def sandbox_process(*args: str) -> Iterator[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "crmsync_gui.sandbox", "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), proc.stderr.read() if proc.stderr else ""
        yield url
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0


def _names(people: Any) -> list[str]:
    page = people.people().connections().list(resourceName="people/me",
                                              personFields="names").execute()
    return [p["names"][0]["givenName"] for p in page.get("connections", [])]


def test_process_mode_and_persistence(tmp_path: Path) -> None:
    data = tmp_path / "google"
    with sandbox_process("--data", str(data), "--auto-approve") as url:
        admin = SandboxAdmin(url)
        assert admin.state()["auto_approve"] is True
        admin.seed_contacts([person("Alice"), person("Bob")])
        admin.create_group("Simple CRM")
        admin.advance_clock(3000)
        tokens = obtain_tokens(url)
        people = build_people(url, tokens["access_token"])
        assert sorted(_names(people)) == ["Alice", "Bob"]
        sync = people.people().connections().list(
            resourceName="people/me", personFields="names",
            requestSyncToken=True).execute()["nextSyncToken"]
        assert admin.counts()["people.connections.list"] == 2
    assert (data / "sandbox_state.json").exists()

    with sandbox_process("--data", str(data)) as url:
        admin = SandboxAdmin(url)
        state = admin.state()
        assert state["contact_count"] == 2 and state["clock_offset_s"] == 3000
        people = build_people(url, tokens["access_token"])  # the token survived
        assert sorted(_names(people)) == ["Alice", "Bob"]
        page = people.people().connections().list(resourceName="people/me",
                                                   personFields="names",
                                                   syncToken=sync).execute()
        assert "connections" not in page
        assert "Simple CRM" in [g.get("name") for g in admin.dump()["groups"]]


def test_in_process_persistence(tmp_path: Path) -> None:
    with SandboxServer(data_dir=tmp_path) as sb:
        (p,) = sb.admin.seed_contacts([person("Carl")])
    with SandboxServer(data_dir=tmp_path) as sb:
        again = sb.admin.get_contact(p["resourceName"])
        assert again["etag"] == p["etag"]
        (q,) = sb.admin.seed_contacts([person("Dora")])
        assert q["resourceName"] != p["resourceName"]
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]


def test_a_flush_waits_for_the_write_the_saver_has_begun(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """``stop()`` flushes, then the process ends: a flush that found nothing pending
    returned while the saver thread was still writing, and the sandbox ended without its
    file (the flaky process test above)."""
    import threading
    import time

    from crmsync_gui.sandbox.state import STATE_FILE, SandboxState

    state = SandboxState(tmp_path)
    real_write = state._write
    began = threading.Event()

    def slow_write() -> None:
        began.set()
        time.sleep(0.3)
        real_write()

    monkeypatch.setattr(state, "_write", slow_write)
    state._dirty = True
    saver = threading.Thread(target=state.flush)  # as the saver thread does
    saver.start()
    assert began.wait(5)
    state.flush()  # nothing pending any more: it must still wait for that write
    assert (tmp_path / STATE_FILE).exists()
    saver.join()


def test_loopback_only() -> None:
    with pytest.raises(ValueError):
        SandboxServer(host="0.0.0.0")
    proc = subprocess.run([sys.executable, "-m", "crmsync_gui.sandbox", "--host", "0.0.0.0"],
                          capture_output=True, text=True, timeout=30,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2
    with pytest.raises(ValueError):
        SandboxAdmin("http://example.com:80")
