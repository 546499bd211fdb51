"""Secrets only over https or to this computer (R-SEC, R-G5), tested for real: a capture
server on a non-loopback address, in a network namespace of the test's own, must
receive nothing from login, preview, sync, logout, or a second sign-in in one process.

The namespace keeps the test off every real network: 192.0.2.10 (TEST-NET-1) lives on
the namespace's own ``lo``; the host's addresses are never used.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PROBE = Path(__file__).with_name("leak_probe.py")


def _unshare_command() -> list[str]:
    # Root makes a network namespace directly; anyone else needs a user namespace too.
    return ["unshare", "-n"] if os.geteuid() == 0 else ["unshare", "-rn"]


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    why_not = None
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        why_not = "unshare and ip are needed (apt-get install util-linux iproute2)"
    else:
        check = subprocess.run([*_unshare_command(), "ip", "link", "set", "lo", "up"],
                               capture_output=True, text=True, check=False)
        if check.returncode != 0:
            why_not = f"cannot make a network namespace here: {check.stderr.strip()}"
    if why_not:
        if os.environ.get("CI") == "true":
            pytest.fail(why_not)
        pytest.skip(why_not)
    out = tmp_path_factory.mktemp("leak") / "result.json"
    script = ("ip link set lo up && ip addr add 192.0.2.10/32 dev lo && "
              f'exec "{sys.executable}" "{PROBE}" "{out}"')
    done = subprocess.run([*_unshare_command(), "sh", "-c", script], capture_output=True,
                          text=True, timeout=600, check=False)
    assert out.exists(), done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "crash" not in result, result.get("crash")
    return result


def test_the_capture_server_is_reachable(probe: dict[str, Any]) -> None:
    # Without this, "received nothing" could mean "could not receive".
    assert len(probe["control"]) == 1 and "GET /control" in probe["control"][0]


def test_cli_sends_nothing_to_an_http_address_off_this_computer(
        probe: dict[str, Any]) -> None:
    assert probe["login"]["rc"] == 0, probe["login"]["stderr"]
    assert probe["captured_by_cli"] == []
    for name, run in probe["runs"].items():
        if name.startswith("after") or name.endswith(("signed in again", "status")):
            assert run["rc"] == 0, (name, run)
            continue
        assert run["rc"] == 1, (name, run)
        assert "Traceback" not in run["stderr"], name


@pytest.mark.parametrize("command", ["preview", "sync --yes", "logout", "login --timeout 10"])
def test_cli_says_which_variable_set_the_unsafe_address(probe: dict[str, Any],
                                                        command: str) -> None:
    token = probe["runs"][f"token-env {command}"]
    api = probe["runs"][f"api-env {command}"]
    if command == "logout":
        # Forgotten here even though Google cannot be told (nothing is sent), and said so.
        assert "not asked to revoke" in token["stderr"]
    assert "CRMSYNC_GOOGLE_TOKEN_URI" in token["stderr"]
    assert "https" in token["stderr"]
    assert "CRMSYNC_GOOGLE_API_ENDPOINT" in api["stderr"]


def test_cli_names_the_settings_file_that_holds_an_unsafe_token_address(
        probe: dict[str, Any]) -> None:
    run = probe["runs"]["token-settings preview"]
    assert run["rc"] == 1
    assert "google_token_uri" in run["stderr"] and "settings.json" in run["stderr"]
    status = probe["runs"]["token-settings status"]  # status still answers, and warns
    assert "google_token_uri" in status["stderr"] and "settings.json" in status["stderr"]


def test_transports_refuse_an_unsafe_address_before_connecting(
        probe: dict[str, Any]) -> None:
    for name, outcome in probe["guards"].items():
        assert outcome.startswith("refused: "), (name, outcome)
        assert "192.0.2.10" in outcome
    assert probe["captured_in_process"] == []


def test_a_second_sign_in_does_not_inherit_the_first_ones_http_permission(
        probe: dict[str, Any]) -> None:
    assert probe["first_sign_in"] == "gerant@atelier.fr"
    assert probe["insecure_transport_after_sign_in"] is None
    assert probe["guards"]["second sign-in"].startswith("refused")
    assert probe["guards"]["second sign-in, code exchange"].startswith("refused")
