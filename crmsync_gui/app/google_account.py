"""The signed-in Google account: who it is (a file) and its refresh token (the keyring).

``account.json`` holds only the account's ``sub`` and email, which are not secret; the
token store holds the refresh token. The sync state is bound to the ``sub`` (R-S1).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import google.oauth2.credentials

from crmsync_gui.app.settings import Settings
from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.google.auth import (
    DEFAULT_SIGN_IN_TIMEOUT,
    SIGN_IN_PAGE_TEXT,
    GoogleConfig,
    SignInFlow,
    credentials_from_refresh_token,
    load_google_config,
    revoke,
)
from crmsync_gui.google.errors import GoogleError, SignInRequired
from crmsync_gui.google.people import PeopleApi
from crmsync_gui.google.retry import RetryPolicy
from crmsync_gui.google.tokens import TokenStore, open_token_store
from crmsync_gui.private_files import write_private_text

log = logging.getLogger(__name__)

ACCOUNT_FILE = "account.json"


@dataclass(frozen=True)
class Account:
    sub: str
    email: str


class AccountFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Account | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Account(sub=str(data["sub"]), email=str(data.get("email", "")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, account: Account) -> None:
        # Not secret, but personal: 0600 like the rest of the profile (R-SEC).
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_private_text(self.path, json.dumps({"sub": account.sub, "email": account.email}))

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


class GoogleSession:
    """Sign in, sign out, and credentials for the one account this profile syncs with."""

    def __init__(self, config: GoogleConfig | None, tokens: TokenStore,
                 account_file: AccountFile, config_error: GoogleError | None = None) -> None:
        self._config = config
        self.config_error = config_error  # why there is no config, for the wizard to say
        self.tokens = tokens
        self.account_file = account_file
        # Reused while the refresh token is the same, so runs in one process share the
        # access token instead of asking for a new one each time.
        self._credentials: tuple[str, google.oauth2.credentials.Credentials] | None = None

    @property
    def config(self) -> GoogleConfig:
        """The OAuth client and endpoints. A copy with no OAuth client of its own yet still
        opens (the wizard explains what to do); signing in then raises why it cannot."""
        if self._config is None:
            assert self.config_error is not None
            raise self.config_error
        return self._config

    @property
    def account(self) -> Account | None:
        return self.account_file.load()

    def start_sign_in(self, open_url: Callable[[str], object] | None = None,
                      timeout: float = DEFAULT_SIGN_IN_TIMEOUT,
                      success_message: str = SIGN_IN_PAGE_TEXT) -> SignInFlow:
        """A flow to ``run()`` in a worker (``cancel()`` works from the UI thread); then
        hand its result to ``finish_sign_in``. ``success_message`` is the page the browser
        shows once Google answered: the window passes it in the user's language."""
        return SignInFlow(self.config, open_url=open_url, timeout=timeout,
                          success_message=success_message)

    def sign_in(self, open_url: Callable[[str], object] | None = None,
                timeout: float = DEFAULT_SIGN_IN_TIMEOUT) -> Account:
        flow = self.start_sign_in(open_url, timeout)
        signed_in = flow.run()
        return self.finish_sign_in(signed_in.sub, signed_in.email, signed_in.refresh_token)

    def finish_sign_in(self, sub: str, email: str, refresh_token: str) -> Account:
        previous = self.account
        if previous is not None and previous.sub != sub:
            # Another account: its state will be another state file (R-S1); the old
            # account's token is forgotten so two accounts never mix.
            log.info("switching Google account")
            self.tokens.delete(previous.sub)
        self.tokens.save(sub, refresh_token)
        account = Account(sub=sub, email=email)
        self.account_file.save(account)
        return account

    def credentials(self) -> google.oauth2.credentials.Credentials:
        account = self.account
        token = self.tokens.load(account.sub) if account else None
        if account is None or not token:
            raise SignInRequired(Reason.of(ReasonCode.NOT_SIGNED_IN),
                                 "no account or no stored refresh token")
        if self._credentials is None or self._credentials[0] != token:
            self._credentials = (token, credentials_from_refresh_token(self.config, token))
        return self._credentials[1]

    def people(self, policy: RetryPolicy | None = None) -> PeopleApi:
        return PeopleApi(self.credentials(), self.config.api_endpoint, policy)

    def sign_out(self) -> bool | None:
        """Revoke the token at Google and forget it. False if Google was unreachable;
        None when no token was kept here (no keyring, lost): there was nothing to ask
        Google to revoke — its permission may still stand, and the user is told so."""
        account = self.account
        if account is None:
            return True
        token = self.tokens.load(account.sub)
        # Without a usable OAuth client Google cannot be asked to revoke: forget anyway.
        revoked = revoke(self._config, token) if token and self._config else (
            None if not token else False)
        self.tokens.delete(account.sub)
        self.account_file.clear()
        return revoked


def open_google_session(home: Path, settings: Settings,
                        tokens: TokenStore | None = None) -> GoogleSession:
    """The session of a profile: endpoints from settings and environment (R-G6)."""
    try:
        config: GoogleConfig | None = load_google_config(
            settings.google_client_secrets, settings.google_auth_uri,
            settings.google_token_uri, settings.google_api_endpoint,
            settings_file=str(home / "settings.json"))
        error = None
    except GoogleError as problem:  # no OAuth client yet, or an unreadable client file
        config, error = None, problem
    return GoogleSession(config, tokens or open_token_store(), AccountFile(home / ACCOUNT_FILE),
                         error)
