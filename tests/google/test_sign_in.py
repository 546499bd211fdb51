"""Sign-in with the real google-auth-oauthlib flow against the sandbox (R-G5, R-G6)."""

from __future__ import annotations

import json
import logging
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from crmsync_gui.app.google_account import AccountFile, GoogleSession
from crmsync_gui.app.logs import setup_logging
from crmsync_gui.google.auth import (
    ENV_API_ENDPOINT,
    ENV_CLIENT_SECRETS,
    ENV_TOKEN_URI,
    GoogleConfig,
    OAuthClientMissing,
    check_refresh,
    load_google_config,
)
from crmsync_gui.google.errors import SignInCancelled, SignInRequired
from crmsync_gui.google.tokens import (
    KeyringTokenStore,
    MemoryTokenStore,
    TokenStore,
    open_token_store,
)
from crmsync_gui.sandbox import SandboxServer, follow_consent


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps passwords in this process (never the OS one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def play_browser(approve: bool = True) -> callable:
    """A "browser": follows the consent page, then lands on the app's loopback URL."""
    def open_url(url: str) -> bool:
        def visit() -> None:
            location = follow_consent(url, approve=approve)
            with urllib.request.urlopen(location, timeout=10):
                pass
        threading.Thread(target=visit, daemon=True).start()
        return True
    return open_url


def session_for(config: GoogleConfig, tokens: TokenStore, tmp_path: Path) -> GoogleSession:
    return GoogleSession(config, tokens, AccountFile(tmp_path / "account.json"))


def test_sign_in_stores_only_the_refresh_token_in_the_keyring(
        sandbox: SandboxServer, config: GoogleConfig, memory_keyring: MemoryKeyring,
        tmp_path: Path) -> None:
    sandbox.admin.set_account("sub-123", "gerante@dupain.fr")
    session = session_for(config, open_token_store(), tmp_path)
    account = session.sign_in(open_url=play_browser(), timeout=20)
    assert (account.sub, account.email) == ("sub-123", "gerante@dupain.fr")
    [(key, token)] = memory_keyring.passwords.items()
    assert key == ("crmsync", "sub-123") and len(token) < 2560
    assert json.loads((tmp_path / "account.json").read_text()) == {
        "sub": "sub-123", "email": "gerante@dupain.fr"}
    # Credentials rebuilt from the keyring reach the People API through our token URI.
    assert session.people().read_connections().persons == []
    assert session.credentials().token_uri == config.token_uri


def test_denied_in_the_browser_is_a_cancel(config: GoogleConfig, tmp_path: Path) -> None:
    session = session_for(config, MemoryTokenStore(), tmp_path)
    with pytest.raises(SignInCancelled):
        session.sign_in(open_url=play_browser(approve=False), timeout=20)
    assert session.account is None


def test_cancel_unblocks_a_waiting_sign_in(config: GoogleConfig, tmp_path: Path) -> None:
    session = session_for(config, MemoryTokenStore(), tmp_path)
    flow = session.start_sign_in(open_url=lambda url: True, timeout=60)  # nobody approves
    errors: list[BaseException] = []
    worker = threading.Thread(target=lambda: _run_catching(flow, errors))
    worker.start()
    assert flow.url_ready.wait(10)
    flow.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert isinstance(errors[0], SignInCancelled)


def test_cancel_before_the_browser_opens(config: GoogleConfig, tmp_path: Path) -> None:
    flow = session_for(config, MemoryTokenStore(), tmp_path).start_sign_in(
        open_url=lambda url: True, timeout=60)
    flow.cancel()
    with pytest.raises(SignInCancelled):
        flow.run()


def _run_catching(flow, errors: list[BaseException]) -> None:
    try:
        flow.run()
    except BaseException as error:
        errors.append(error)


def test_sign_in_times_out(config: GoogleConfig, tmp_path: Path) -> None:
    session = session_for(config, MemoryTokenStore(), tmp_path)
    with pytest.raises(SignInCancelled, match="timed out"):
        session.sign_in(open_url=lambda url: True, timeout=0.5)


def test_refresh_then_revoke_leads_to_sign_in_again(config: GoogleConfig, tmp_path: Path,
                                                    sandbox: SandboxServer) -> None:
    tokens = MemoryTokenStore()
    session = session_for(config, tokens, tmp_path)
    account = session.sign_in(open_url=play_browser(), timeout=20)
    stale = session.credentials()
    check_refresh(stale)
    assert stale.token
    assert session.sign_out() is True
    assert tokens.load(account.sub) is None and session.account is None
    with pytest.raises(SignInRequired):
        check_refresh(stale)  # Google says invalid_grant: the token was revoked
    with pytest.raises(SignInRequired, match="Not signed in"):
        session.people()


def test_expired_access_token_is_refreshed_transparently(config: GoogleConfig,
                                                         tmp_path: Path,
                                                         sandbox: SandboxServer) -> None:
    session = session_for(config, MemoryTokenStore(), tmp_path)
    session.sign_in(open_url=play_browser(), timeout=20)
    api = session.people()
    api.read_connections()
    sandbox.admin.expire_access_tokens()
    assert api.read_connections().persons == []
    assert sandbox.admin.counts()["oauth2.token"] >= 3  # code + 2 refreshes


def test_revoked_token_during_a_read_is_sign_in_required(config: GoogleConfig,
                                                         tmp_path: Path,
                                                         sandbox: SandboxServer) -> None:
    tokens = MemoryTokenStore()
    session = session_for(config, tokens, tmp_path)
    account = session.sign_in(open_url=play_browser(), timeout=20)
    api = session.people()
    from crmsync_gui.google.auth import revoke
    revoke(config, tokens.load(account.sub) or "")
    sandbox.admin.expire_access_tokens()
    with pytest.raises(SignInRequired):
        api.read_connections()


def test_another_account_replaces_the_first_never_mixes(config: GoogleConfig,
                                                        memory_keyring: MemoryKeyring,
                                                        sandbox: SandboxServer,
                                                        tmp_path: Path) -> None:
    session = session_for(config, KeyringTokenStore(), tmp_path)
    sandbox.admin.set_account("sub-a", "a@x.fr")
    session.sign_in(open_url=play_browser(), timeout=20)
    sandbox.admin.set_account("sub-b", "b@x.fr")
    assert session.sign_in(open_url=play_browser(), timeout=20).sub == "sub-b"
    assert list(memory_keyring.passwords) == [("crmsync", "sub-b")]


def test_without_a_keyring_tokens_stay_in_memory_with_a_warning() -> None:
    # tests/conftest.py selects keyring's "fail" backend, like a headless Linux.
    store = open_token_store()
    assert isinstance(store, MemoryTokenStore) and not store.secure
    assert "memory" in str(store.warning or "")  # a Reason: its English text


def test_a_keyring_that_breaks_falls_back_to_memory(memory_keyring: MemoryKeyring,
                                                    monkeypatch) -> None:
    def broken(*args: object) -> None:
        raise keyring.errors.KeyringLocked("locked")
    monkeypatch.setattr(memory_keyring, "set_password", broken)
    store = KeyringTokenStore()
    store.save("sub", "refresh-token")
    assert store.load("sub") == "refresh-token" and not store.secure and store.warning


def test_no_token_in_logs_or_profile_files_at_debug(config: GoogleConfig, tmp_path: Path,
                                                    sandbox: SandboxServer) -> None:
    handler = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    try:
        tokens = MemoryTokenStore()
        session = session_for(config, tokens, tmp_path)
        account = session.sign_in(open_url=play_browser(), timeout=20)
        api = session.people()
        api.read_connections()
        secrets = {tokens.load(account.sub), api._credentials.token}
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert None not in secrets
    text = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
    assert "people.connections" in text or "GET" in text or "sign" in text.lower()
    for secret in secrets:
        assert secret not in text


def test_bundled_placeholder_client_says_what_to_do(monkeypatch) -> None:
    monkeypatch.delenv(ENV_CLIENT_SECRETS, raising=False)
    with pytest.raises(OAuthClientMissing, match="setup guide"):
        load_google_config()


def test_environment_overrides_win_over_settings(sandbox: SandboxServer, tmp_path: Path,
                                                 monkeypatch) -> None:
    secrets = tmp_path / "client.json"
    sandbox.write_client_secrets(secrets)
    monkeypatch.setenv(ENV_CLIENT_SECRETS, str(secrets))
    monkeypatch.setenv(ENV_API_ENDPOINT, "http://127.0.0.1:1")
    monkeypatch.setenv(ENV_TOKEN_URI, "http://127.0.0.1:2/token")
    config = load_google_config(client_secrets="/nowhere.json", token_uri="https://x/token",
                                api_endpoint="https://people.example")
    assert config.api_endpoint == "http://127.0.0.1:1"
    assert config.token_uri == "http://127.0.0.1:2/token"
    assert config.revoke_uri.startswith(sandbox.url)
    assert config.is_loopback


def test_http_is_allowed_only_for_a_loopback_sandbox() -> None:
    google = GoogleConfig("id", "secret")
    assert not google.is_loopback
    assert not GoogleConfig("id", "s", auth_uri="http://10.0.0.5/auth",
                            token_uri="http://10.0.0.5/token").is_loopback
    assert GoogleConfig("id", "s", auth_uri="http://localhost:9/auth",
                        token_uri="http://127.0.0.1:9/token").is_loopback


def test_demo_tokens_live_in_the_demo_profile_only(tmp_path: Path) -> None:
    from crmsync_gui.google.tokens import DemoTokenStore
    path = tmp_path / "demo" / "sandbox-tokens.json"
    store = open_token_store(demo_file=path)
    assert isinstance(store, DemoTokenStore)
    store.save("demo-sub", "demo-refresh")
    assert DemoTokenStore(path).load("demo-sub") == "demo-refresh"  # another process
    store.delete("demo-sub")
    assert store.load("demo-sub") is None


def test_an_unsafe_address_is_refused_naming_where_it_was_set(sandbox: SandboxServer,
                                                              tmp_path: Path,
                                                              monkeypatch) -> None:
    from crmsync_gui.google.secure_transport import InsecureAddress

    secrets = tmp_path / "client.json"
    sandbox.write_client_secrets(secrets)
    monkeypatch.setenv(ENV_CLIENT_SECRETS, str(secrets))
    monkeypatch.setenv(ENV_TOKEN_URI, "http://192.0.2.10/token")
    with pytest.raises(InsecureAddress) as caught:
        load_google_config()
    assert ENV_TOKEN_URI in caught.value.message
    monkeypatch.delenv(ENV_TOKEN_URI)
    with pytest.raises(InsecureAddress) as caught:
        load_google_config(api_endpoint="http://people.example",
                           settings_file="/home/u/settings.json")
    assert "google_api_endpoint in /home/u/settings.json" in caught.value.message
    client = json.loads(secrets.read_text())
    client["installed"]["token_uri"] = "http://oauth2.googleapis.com/token"
    secrets.write_text(json.dumps(client))
    with pytest.raises(InsecureAddress) as caught:
        load_google_config()
    assert f"token_uri in the Google client file {secrets}" in caught.value.message
    # A safe value set earlier in the order hides the client file's unsafe one.
    assert load_google_config(token_uri="https://oauth2.googleapis.com/token").token_uri \
        == "https://oauth2.googleapis.com/token"


@pytest.mark.parametrize(("token_uri", "revoke_uri"), [
    ("http://127.0.0.1:8765/o/oauth2/token", "http://127.0.0.1:8765/o/oauth2/revoke"),
    ("http://127.0.0.1:8765", "http://127.0.0.1:8765/revoke"),  # not "http://revoke"
    ("https://oauth.example.com", "https://oauth.example.com/revoke"),
    ("https://oauth.example.com/token?x=1", "https://oauth.example.com/revoke"),
])
def test_the_revoke_address_sits_beside_the_token_address(token_uri: str,
                                                          revoke_uri: str) -> None:
    from crmsync_gui.google.auth import _revoke_uri_for

    assert _revoke_uri_for(token_uri) == revoke_uri
