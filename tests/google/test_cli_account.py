"""`crmsync login | status | logout` as separate processes, with a real browser stand-in
(the BROWSER variable) and a file keyring backend (never the OS keyring)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crmsync_gui.sandbox import SandboxServer
from crmsync_gui.sandbox.testing import client_env

BROWSER = Path(__file__).with_name("browser.py")


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crmsync_gui.cli.main", *args], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def test_login_status_logout(sandbox: SandboxServer, tmp_path: Path) -> None:
    secrets = sandbox.write_client_secrets(tmp_path / "client_secret.json")
    sandbox.admin.set_account("sub-42", "gerant@atelier.fr")
    env = client_env(sandbox.url, tmp_path, BROWSER, secrets=secrets)
    login = run(["login", "--timeout", "30"], env)
    assert login.returncode == 0, login.stderr
    assert "Signed in to Google as gerant@atelier.fr" in login.stdout
    assert "http://127.0.0.1" in login.stdout  # the URL is shown in case no browser opens
    status = run(["status"], env)
    assert "gerant@atelier.fr (token in OS keyring)" in status.stdout
    profile_text = "".join(p.read_text(errors="replace")
                           for p in (tmp_path / "home").rglob("*") if p.is_file())
    assert "refresh" not in profile_text.lower() or "[REDACTED]" in profile_text
    logout = run(["logout"], env)
    assert "revoked and forgotten" in logout.stdout
    assert "not signed in" in run(["status"], env).stdout
    assert sandbox.admin.counts().get("oauth2.revoke") == 1


def test_login_timeout_is_a_plain_error(sandbox: SandboxServer, tmp_path: Path) -> None:
    secrets = tmp_path / "client_secret.json"
    sandbox.write_client_secrets(secrets)
    env = {**os.environ, "CRMSYNC_HOME": str(tmp_path / "home"),
           "CRMSYNC_GOOGLE_CLIENT_SECRETS": str(secrets), "BROWSER": "true %s"}
    login = run(["login", "--timeout", "1"], env)
    assert login.returncode == 1
    assert "timed out" in login.stderr and "Traceback" not in login.stderr


def test_login_without_a_keyring_says_the_sign_in_is_not_kept_and_fails(
        sandbox: SandboxServer, tmp_path: Path) -> None:
    env = client_env(sandbox.url, tmp_path, BROWSER)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no keyring at all
    login = run(["login", "--timeout", "30"], env)
    assert login.returncode == 1, login.stdout
    assert "but this sign-in could not be saved (no keyring)" in login.stderr
    assert "the next command will ask again" in login.stderr
    assert "Signed in to Google as" not in login.stdout  # never the bare success
    assert "(sign in again)" in run(["status"], env).stdout  # what the message foretold


def test_logout_without_a_kept_sign_in_does_not_claim_a_revocation(
        sandbox: SandboxServer, tmp_path: Path) -> None:
    env = client_env(sandbox.url, tmp_path, BROWSER)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    assert run(["login", "--timeout", "30"], env).returncode == 1  # not kept
    logout = run(["logout"], env)
    assert logout.returncode == 0
    assert "No sign-in was kept on this computer" in logout.stdout
    assert "revoked and forgotten" not in logout.stdout
    assert sandbox.admin.counts().get("oauth2.revoke", 0) == 0  # none was sent: said so
