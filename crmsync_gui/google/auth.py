"""Google sign-in (R-G5, R-G6): the installed-app OAuth flow, and credentials rebuilt
from the stored refresh token.

The flow runs ``InstalledAppFlow.run_local_server`` on a loopback port with PKCE. It can
only time out by itself; to cancel it we send its own redirect URI an
``error=access_denied`` (SPEC pitfalls). The URI is learnt from a ``webbrowser``
controller registered for the flow, which is also how the UI opens the browser.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
import webbrowser
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import google.auth.jwt
import google.oauth2.credentials
from google.auth.exceptions import RefreshError

from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.core.secure_urls import is_loopback_http, may_carry_secrets
from crmsync_gui.google.errors import (
    GoogleError,
    SignInCancelled,
    SignInRequired,
    refresh_failure,
)
from crmsync_gui.google.secure_transport import (
    InsecureAddress,
    loopback_oauth_transport,
    refuse_unless_safe,
)

log = logging.getLogger(__name__)

CONTACTS_SCOPE = "https://www.googleapis.com/auth/contacts"
# Long forms only: the token endpoint answers with long forms, and oauthlib raises
# "Scope has changed" when the two differ.
SCOPES = ("openid", "https://www.googleapis.com/auth/userinfo.email", CONTACTS_SCOPE)

GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
GOOGLE_REVOKE_URI = "https://oauth2.googleapis.com/revoke"

ENV_API_ENDPOINT = "CRMSYNC_GOOGLE_API_ENDPOINT"
ENV_AUTH_URI = "CRMSYNC_GOOGLE_AUTH_URI"
ENV_TOKEN_URI = "CRMSYNC_GOOGLE_TOKEN_URI"
ENV_CLIENT_SECRETS = "CRMSYNC_GOOGLE_CLIENT_SECRETS"

PLACEHOLDER_MARK = "REPLACE-WITH-YOUR-CLIENT-ID"
DEFAULT_SIGN_IN_TIMEOUT = 300.0
# The page the browser shows when Google sends it back to us. google-auth-oauthlib shows
# the same page whatever Google answered (approved or denied), so it says neither; the
# window passes its own words in the user's language (``SignInFlow(success_message=…)``).
SIGN_IN_PAGE_TEXT = ("CRM Sync has received Google's answer. You can close this window "
                     "and go back to CRM Sync.")


class OAuthClientMissing(GoogleError):
    title = "No Google OAuth client configured"


@dataclass(frozen=True)
class GoogleConfig:
    """Where to talk to Google (or the sandbox): endpoints and the OAuth client."""

    client_id: str
    client_secret: str
    auth_uri: str = GOOGLE_AUTH_URI
    token_uri: str = GOOGLE_TOKEN_URI
    revoke_uri: str = GOOGLE_REVOKE_URI
    api_endpoint: str | None = None  # None: Google's People API

    @property
    def is_loopback(self) -> bool:
        """True when every OAuth URI is a local http sandbox: only then is http allowed."""
        return all(is_loopback_http(u) for u in self.sign_in_uris)

    @property
    def sign_in_uris(self) -> tuple[str, str]:
        """The addresses oauthlib talks to during a sign-in."""
        return (self.auth_uri, self.token_uri)


def _revoke_uri_for(token_uri: str) -> str:
    """The revoke endpoint beside a token endpoint: same scheme and host, "revoke" in
    place of the path's last part."""
    if token_uri == GOOGLE_TOKEN_URI:
        return GOOGLE_REVOKE_URI
    parts = urllib.parse.urlsplit(token_uri)
    folder = parts.path.rsplit("/", 1)[0] if "/" in parts.path else ""
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{folder}/revoke", "", ""))


def load_google_config(client_secrets: str | None = None, auth_uri: str | None = None,
                       token_uri: str | None = None, api_endpoint: str | None = None,
                       settings_file: str = "settings.json") -> GoogleConfig:
    """The config from settings values, environment variables winning (R-G6).

    The client comes from ``CRMSYNC_GOOGLE_CLIENT_SECRETS``, else ``client_secrets``,
    else the bundled ``resources/client_secret.json`` (a placeholder until a real client
    is set up: see docs/google-setup.md). Every address must be https or this computer
    (R-SEC): ``InsecureAddress`` says which one and where it was set.
    """
    path = os.environ.get(ENV_CLIENT_SECRETS) or client_secrets
    if path:
        data = _read_client_file(path)
    else:
        data = json.loads(resources.files("crmsync_gui.resources")
                          .joinpath("client_secret.json").read_text(encoding="utf-8"))
    installed = data.get("installed") or data.get("web") or {}
    client_id = _usable_client_id(installed)
    if not client_id:
        raise OAuthClientMissing(Reason.of(ReasonCode.OAUTH_CLIENT_MISSING))
    client_file = str(path or "client_secret.json")

    def choose(variable: str | None, setting_key: str, setting: str | None,
               client_key: str) -> str | None:
        """The first value set, environment then settings then client file; refused
        (naming where it was set) when it would carry a secret in clear text."""
        if variable and os.environ.get(variable):
            return _checked(os.environ[variable], ReasonCode.INSECURE_ADDRESS_IN_ENVIRONMENT,
                            variable=variable)
        if setting:
            return _checked(setting, ReasonCode.INSECURE_ADDRESS_IN_SETTINGS,
                            key=setting_key, path=settings_file)
        if client_key and installed.get(client_key):
            return _checked(str(installed[client_key]),
                            ReasonCode.INSECURE_ADDRESS_IN_CLIENT_FILE, key=client_key,
                            path=client_file)
        return None

    chosen_token_uri = (choose(ENV_TOKEN_URI, "google_token_uri", token_uri, "token_uri")
                        or GOOGLE_TOKEN_URI)
    return GoogleConfig(
        client_id=client_id,
        client_secret=str(installed.get("client_secret") or ""),
        auth_uri=(choose(ENV_AUTH_URI, "google_auth_uri", auth_uri, "auth_uri")
                  or GOOGLE_AUTH_URI),
        token_uri=chosen_token_uri,
        revoke_uri=(choose(None, "", None, "revoke_uri")
                    or _revoke_uri_for(chosen_token_uri)),
        api_endpoint=choose(ENV_API_ENDPOINT, "google_api_endpoint", api_endpoint, ""),
    )


def _checked(url: str, where: ReasonCode, **place: str) -> str:
    if not may_carry_secrets(url):
        raise InsecureAddress(Reason.of(where, url=url, **place), f"unsafe address {url}")
    return url


def _read_client_file(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).expanduser().read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise OAuthClientMissing(Reason.of(ReasonCode.OAUTH_CLIENT_UNREADABLE, path=str(path),
                                           error=str(error))) from error
    if not isinstance(data, dict):
        raise OAuthClientMissing(Reason.of(ReasonCode.OAUTH_CLIENT_NOT_A_CLIENT_FILE,
                                           path=str(path)))
    return data


def check_client_file(path: str) -> str:
    """The client id of the OAuth client file the user picked, once it is known to be a
    client for a desktop app (a web client fails later, at Google, with a cryptic
    redirect_uri_mismatch)."""
    client_id = _usable_client_id(_read_client_file(path).get("installed"))
    if not client_id:
        raise OAuthClientMissing(Reason.of(ReasonCode.OAUTH_CLIENT_NOT_DESKTOP, path=str(path)))
    return client_id


def _usable_client_id(client: object) -> str:
    """The client id of a client file's section; "" when missing or the placeholder."""
    client_id = str(client.get("client_id") or "") if isinstance(client, dict) else ""
    return "" if PLACEHOLDER_MARK in client_id else client_id


@dataclass(frozen=True)
class SignedIn:
    """The result of a sign-in: who, and the refresh token to keep in the keyring."""

    sub: str
    email: str
    refresh_token: str
    credentials: google.oauth2.credentials.Credentials


def _client_config_dict(config: GoogleConfig) -> dict[str, Any]:
    return {"installed": {
        "client_id": config.client_id, "client_secret": config.client_secret,
        "auth_uri": config.auth_uri, "token_uri": config.token_uri,
        "redirect_uris": ["http://127.0.0.1", "http://localhost"]}}


def identity_from_id_token(id_token: str, client_id: str) -> tuple[str, str]:
    """``sub`` and ``email`` of an ID token received straight from the token endpoint.

    Its signature is not checked: it came over the TLS connection we opened to the token
    endpoint, which OpenID Connect Core §3.1.3.7 accepts in place of a signature check.
    """
    claims: Mapping[str, Any] = google.auth.jwt.decode(id_token, verify=False)
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if client_id not in audiences:
        raise SignInRequired(Reason.of(ReasonCode.SIGN_IN_OTHER_APPLICATION),
                             f"id_token aud={audience!r}")
    if not claims.get("sub"):
        raise SignInRequired(Reason.of(ReasonCode.SIGN_IN_NO_ACCOUNT), "no sub")
    return str(claims["sub"]), str(claims.get("email") or "")


class _BrowserHook(webbrowser.BaseBrowser):
    """Registered as a ``webbrowser`` controller so we learn the auth URL (and port)."""

    def __init__(self, sign_in: SignInFlow) -> None:
        super().__init__(f"crmsync-{uuid.uuid4().hex}")
        self._sign_in = sign_in

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self._sign_in._browser_opened(url)
        return True


class SignInFlow:
    """One sign-in attempt. ``run()`` blocks (call it from a worker); ``cancel()`` from
    any thread unblocks it with ``SignInCancelled``."""

    def __init__(self, config: GoogleConfig, open_url: Callable[[str], object] | None = None,
                 timeout: float = DEFAULT_SIGN_IN_TIMEOUT,
                 success_message: str = SIGN_IN_PAGE_TEXT) -> None:
        self.config = config
        self._open_url = open_url or webbrowser.open
        self.timeout = timeout
        self.success_message = success_message  # the browser's page once Google answered
        self.auth_url: str | None = None
        self.url_ready = threading.Event()
        self._cancelled = threading.Event()

    def _browser_opened(self, url: str) -> None:
        self.auth_url = url
        self.url_ready.set()
        if self._cancelled.is_set():
            # Not inline: the flow only starts listening once this method returns.
            threading.Thread(target=self._send_cancel, daemon=True).start()
            return
        # In a thread: a browser command that blocks until it is closed (a BROWSER set
        # to a terminal browser) must not stop the flow from listening for the answer.
        threading.Thread(target=self._launch_browser, args=(url,), daemon=True,
                         name="sign-in-browser").start()

    def _launch_browser(self, url: str) -> None:
        try:
            opened = self._open_url(url)
        except Exception:  # no browser is not fatal: the URL is shown to the user
            log.warning("could not open a browser for the sign-in", exc_info=True)
            opened = False
        if opened is False:
            log.info("no browser opened; the user must open the sign-in URL by hand")

    def run(self) -> SignedIn:
        # oauthlib's https rule is lifted only while signing in to a sandbox on this
        # computer; the guarded session refuses an unsafe token address in any case.
        with loopback_oauth_transport(self.config.sign_in_uris):
            return self._run()

    def _run(self) -> SignedIn:
        # Imported here: only signing in needs them, and every sync starts a process
        # whose start-up time the tray pays every 30 minutes (SPEC §3).
        from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
        from oauthlib.oauth2.rfc6749.errors import OAuth2Error

        from crmsync_gui.google.secure_requests import guard_requests_session

        flow = InstalledAppFlow.from_client_config(_client_config_dict(self.config),
                                                   scopes=list(SCOPES))
        guard_requests_session(flow.oauth2session)
        hook = _BrowserHook(self)
        webbrowser.register(hook.name, None, hook)
        try:
            credentials = flow.run_local_server(
                host="127.0.0.1", port=0, open_browser=True, browser=hook.name,
                timeout_seconds=self.timeout, authorization_prompt_message=None,
                success_message=self.success_message,
                access_type="offline", prompt="consent")
        except WSGITimeoutError as error:
            raise SignInCancelled(Reason.of(ReasonCode.SIGN_IN_TIMED_OUT), str(error)) from error
        except (OAuth2Error, ValueError) as error:
            if self._cancelled.is_set():
                raise SignInCancelled(Reason.of(ReasonCode.SIGN_IN_CANCELLED),
                                      "cancelled by the user") from error
            if "access_denied" in str(error) or getattr(error, "error", "") == "access_denied":
                raise SignInCancelled(Reason.of(ReasonCode.SIGN_IN_DENIED),
                                      str(error)) from error
            raise SignInRequired(Reason.of(ReasonCode.SIGN_IN_REFUSED, error=str(error)),
                                 repr(error)) from error
        if not credentials.refresh_token:
            raise SignInRequired(Reason.of(ReasonCode.SIGN_IN_NO_OFFLINE_ACCESS),
                                 "no refresh_token in the token response")
        if not set(SCOPES) <= set(credentials.granted_scopes or credentials.scopes or ()):
            log.warning("granted scopes %s", credentials.granted_scopes)
        sub, email = identity_from_id_token(credentials.id_token, self.config.client_id)
        return SignedIn(sub=sub, email=email, refresh_token=credentials.refresh_token,
                        credentials=credentials)

    def cancel(self) -> None:
        self._cancelled.set()
        if self.auth_url is not None:
            self._send_cancel()

    def _send_cancel(self) -> None:
        """Answer the flow's loopback server ourselves, as a "Deny" in the browser would."""
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.auth_url or "").query)
        redirect = (query.get("redirect_uri") or [""])[0]
        state = (query.get("state") or [""])[0]
        if not is_loopback_http(redirect):
            return
        url = f"{redirect}?{urllib.parse.urlencode({'error': 'access_denied', 'state': state})}"
        try:
            with urllib.request.urlopen(url, timeout=5):
                pass
        except (urllib.error.URLError, OSError):
            log.debug("sign-in server already gone when cancelling")


def credentials_from_refresh_token(config: GoogleConfig, refresh_token: str
                                   ) -> google.oauth2.credentials.Credentials:
    """Credentials with the configured token URI (``from_authorized_user_info`` would
    force Google's, SPEC pitfalls)."""
    refuse_unless_safe(config.token_uri)
    return google.oauth2.credentials.Credentials(
        token=None, refresh_token=refresh_token, token_uri=config.token_uri,
        client_id=config.client_id, client_secret=config.client_secret, scopes=list(SCOPES))


def check_refresh(credentials: google.oauth2.credentials.Credentials) -> None:
    """Refresh now; a revoked or expired grant becomes a plain "sign in again"."""
    from crmsync_gui.google.secure_requests import secure_auth_request

    try:
        credentials.refresh(secure_auth_request())
    except RefreshError as error:
        raise refresh_failure(error) from error


def revoke(config: GoogleConfig, token: str) -> bool:
    """Ask Google to revoke a token; False if it could not be reached (forgotten anyway).

    The token travels only to an https address or this computer, and never follows a
    redirect."""
    import requests

    from crmsync_gui.google.secure_requests import secure_requests_session

    refuse_unless_safe(config.revoke_uri)
    try:
        with secure_requests_session() as session:
            response = session.post(config.revoke_uri, data={"token": token}, timeout=15,
                                    allow_redirects=False)
    except (requests.RequestException, OSError):
        log.warning("could not reach the revoke endpoint")
        return False
    # 400 invalid_token: already revoked or expired — the goal is reached.
    return response.status_code in (200, 400)
