"""OAuth 2.0 endpoints of the sandbox, shaped like accounts.google.com / oauth2.googleapis.com.

Installed-app flow: consent page → loopback redirect with ``code`` → token endpoint
(PKCE S256 check, client credentials in HTTP Basic or the form) → access token,
refresh token and an ID token (HS256, keyed with the client secret) carrying the
account's ``sub`` and ``email``.  Callers hold the sandbox lock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import secrets
from typing import Any
from urllib.parse import unquote_plus, urlencode, urlsplit

from .errors import OAuthError, unauthenticated
from .store import Store

DEFAULT_CLIENT_ID = "sandbox-client-id.apps.googleusercontent.com"
DEFAULT_CLIENT_SECRET = "sandbox-secret"
ACCESS_TOKEN_TTL_S = 3600
CODE_TTL_S = 600
CONTACTS = "https://www.googleapis.com/auth/contacts"
CONTACTS_READONLY = "https://www.googleapis.com/auth/contacts.readonly"
# Google answers short scope names in their long form (the oauthlib "Scope has
# changed" pitfall), so the sandbox does the same.
SCOPE_ALIASES = {
    "email": "https://www.googleapis.com/auth/userinfo.email",
    "profile": "https://www.googleapis.com/auth/userinfo.profile",
}
KNOWN_SCOPES = frozenset({
    "openid", CONTACTS, CONTACTS_READONLY,
    "https://www.googleapis.com/auth/userinfo.email",
    "https://www.googleapis.com/auth/userinfo.profile",
    "https://www.googleapis.com/auth/contacts.other.readonly",
    "https://www.googleapis.com/auth/directory.readonly",
})


class Redirect:
    """A 302 answer of the authorization endpoint."""

    def __init__(self, location: str) -> None:
        self.location = location


class HtmlPage:
    """An HTML answer (consent page or Google-like error page)."""

    def __init__(self, status: int, body: str) -> None:
        self.status = status
        self.body = body


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def is_loopback_redirect(uri: str) -> bool:
    """Google's rule for installed apps: http on 127.0.0.1 / localhost, any port."""
    try:
        parts = urlsplit(uri)
        port = parts.port
    except ValueError:
        return False
    return (parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost")
            and port is not None and not parts.query and not parts.fragment)


class OAuthService:
    def __init__(self, store: Store, client_id: str = DEFAULT_CLIENT_ID,
                 client_secret: str = DEFAULT_CLIENT_SECRET) -> None:
        self.store = store
        self.client_id = client_id
        self.client_secret = client_secret
        self.issuer = "http://127.0.0.1"
        self.auto_approve = False
        # Google's token service down for a while (a 503 "temporarily_unavailable" to a
        # refresh): the grant stands, the sign-in is not lost.
        self.token_outage = False
        self._pending: dict[str, dict[str, Any]] = {}  # consent requests on screen
        self.codes: dict[str, dict[str, Any]] = {}
        self.grants: dict[str, dict[str, Any]] = {}  # refresh token → grant
        self.access: dict[str, dict[str, Any]] = {}  # access token → {grant, exp, scopes}

    # ------------------------------------------------------------ persistence
    def to_json(self) -> dict[str, Any]:
        return {"grants": self.grants, "access": self.access, "codes": self.codes,
                "auto_approve": self.auto_approve}

    def load_json(self, d: dict[str, Any]) -> None:
        self.grants, self.access, self.codes = d["grants"], d["access"], d["codes"]
        self.auto_approve = self.auto_approve or d.get("auto_approve", False)

    def reset(self) -> None:
        self._pending.clear()
        self.codes.clear()
        self.grants.clear()
        self.access.clear()

    # ------------------------------------------------------ authorization step
    def authorize(self, q: dict[str, str], now: float) -> Redirect | HtmlPage:
        if q.get("client_id") != self.client_id:
            return _error_page(401, "invalid_client", "The OAuth client was not found.")
        redirect_uri = q.get("redirect_uri", "")
        if not is_loopback_redirect(redirect_uri):
            return _error_page(400, "redirect_uri_mismatch",
                               "redirect_uri must be a loopback address "
                               "(http://127.0.0.1:PORT/ or http://localhost:PORT/).")
        if q.get("response_type") != "code":
            return _error_page(400, "invalid_request", "response_type must be 'code'.")
        scopes = normalise_scopes(q.get("scope", ""))
        if not scopes:
            return _error_page(400, "invalid_request", "Missing required parameter: scope")
        unknown = [s for s in scopes if s not in KNOWN_SCOPES]
        if unknown:
            return _error_page(400, "invalid_scope", f"Some requested scopes were invalid: "
                                                     f"{', '.join(unknown)}")
        if not q.get("code_challenge"):
            return _error_page(400, "invalid_request",
                               "Missing required parameter: code_challenge (PKCE is required).")
        if q.get("code_challenge_method") != "S256":
            return _error_page(400, "invalid_request",
                               "code_challenge_method must be S256.")
        request = {"redirect_uri": redirect_uri, "scopes": scopes, "state": q.get("state"),
                   "challenge": q["code_challenge"], "sub": self.store.active_sub,
                   "created": now}
        if self.auto_approve:
            return self._approve(request, now)
        rid = secrets.token_urlsafe(12)
        self._pending[rid] = request
        return HtmlPage(200, self._consent_html(rid, request))

    def consent(self, q: dict[str, str], now: float) -> Redirect | HtmlPage:
        request = self._pending.pop(q.get("request", ""), None)
        if request is None:
            return _error_page(400, "invalid_request", "This consent request is unknown "
                                                       "or was already answered.")
        if q.get("decision") == "allow":
            return self._approve(request, now)
        params = {"error": "access_denied"}
        if request["state"] is not None:
            params["state"] = request["state"]
        return Redirect(_with_query(request["redirect_uri"], params))

    def _approve(self, request: dict[str, Any], now: float) -> Redirect:
        code = "4/0" + secrets.token_urlsafe(32)
        self.codes[code] = {**request, "expires": now + CODE_TTL_S}
        params = {"code": code}
        if request["state"] is not None:
            params["state"] = request["state"]
        params["scope"] = " ".join(request["scopes"])
        return Redirect(_with_query(request["redirect_uri"], params))

    def _consent_html(self, rid: str, request: dict[str, Any]) -> str:
        acct = self.store.accounts[request["sub"]]
        scopes = "".join(f"<li>{html.escape(s)}</li>" for s in request["scopes"])
        allow = f"/o/oauth2/consent?request={rid}&amp;decision=allow"
        deny = f"/o/oauth2/consent?request={rid}&amp;decision=deny"
        return (
            "<!doctype html><html><head><meta charset='utf-8'>"
            "<title>Sign in - CRM Sync sandbox</title></head><body>"
            f"<h1>CRM Sync sandbox wants to access your Google Account</h1>"
            f"<p>Account: <b>{html.escape(acct.email)}</b></p><ul>{scopes}</ul>"
            f"<form method='post' action='/o/oauth2/consent'>"
            f"<input type='hidden' name='request' value='{rid}'>"
            "<button name='decision' value='allow' id='allow'>Allow</button>"
            "<button name='decision' value='deny' id='deny'>Deny</button></form>"
            f"<p><a id='allow-link' href='{allow}'>Allow</a> | "
            f"<a id='deny-link' href='{deny}'>Deny</a></p></body></html>"
        )

    # -------------------------------------------------------------- token step
    def token(self, form: dict[str, str], authorization: str | None, now: float) -> dict:
        self._client_auth(form, authorization)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            return self._exchange_code(form, now)
        if grant_type == "refresh_token":
            if self.token_outage:
                raise OAuthError("temporarily_unavailable", "The service is busy.", 503)
            grant = self.grants.get(form.get("refresh_token", ""))
            if grant is None or grant["revoked"]:
                raise OAuthError("invalid_grant", "Token has been expired or revoked.")
            return self._issue(grant, now, with_refresh=False)
        raise OAuthError("unsupported_grant_type", f"Invalid grant_type: {grant_type}")

    def _client_auth(self, form: dict[str, str], authorization: str | None) -> None:
        cid, secret = form.get("client_id"), form.get("client_secret")
        if authorization and authorization.lower().startswith("basic "):
            try:
                raw = base64.b64decode(authorization[6:].strip()).decode()
                cid, secret = (unquote_plus(x) for x in raw.split(":", 1))
            except (ValueError, UnicodeDecodeError) as exc:
                raise OAuthError("invalid_client", "Unauthorized", 401) from exc
        if cid != self.client_id:
            raise OAuthError("invalid_client", "The OAuth client was not found.", 401)
        if not hmac.compare_digest(secret or "", self.client_secret):
            raise OAuthError("invalid_client", "Unauthorized", 401)

    def _exchange_code(self, form: dict[str, str], now: float) -> dict:
        code = self.codes.pop(form.get("code", ""), None)  # single use, even on failure
        if code is None or code["expires"] < now:
            raise OAuthError("invalid_grant", "Bad Request")
        if form.get("redirect_uri") != code["redirect_uri"]:
            raise OAuthError("redirect_uri_mismatch", "Bad Request")
        verifier = form.get("code_verifier")
        if not verifier:
            raise OAuthError("invalid_grant", "Missing code verifier.")
        challenge = _b64(hashlib.sha256(verifier.encode()).digest())
        if not hmac.compare_digest(challenge, code["challenge"]):
            raise OAuthError("invalid_grant", "Invalid code verifier.")
        grant = {"refresh_token": "1//sbx" + secrets.token_urlsafe(40), "sub": code["sub"],
                 "scopes": code["scopes"], "revoked": False, "created": now}
        self.grants[grant["refresh_token"]] = grant
        return self._issue(grant, now, with_refresh=True)

    def issue_direct(self, scopes: list[str], now: float) -> dict:
        """Tokens for the active account without the browser step (admin/test helper)."""
        grant = {"refresh_token": "1//sbx" + secrets.token_urlsafe(40),
                 "sub": self.store.active_sub, "scopes": normalise_scopes(" ".join(scopes)),
                 "revoked": False, "created": now}
        self.grants[grant["refresh_token"]] = grant
        return self._issue(grant, now, with_refresh=True)

    def _issue(self, grant: dict[str, Any], now: float, with_refresh: bool) -> dict:
        # Forget long-expired access tokens so the table (and state file) stays small.
        for tok in [t for t, a in self.access.items() if a["exp"] < now - 86400]:
            del self.access[tok]
        access = "ya29.sbx" + secrets.token_urlsafe(48)
        self.access[access] = {"grant": grant["refresh_token"], "exp": now + ACCESS_TOKEN_TTL_S}
        out: dict[str, Any] = {"access_token": access, "expires_in": ACCESS_TOKEN_TTL_S,
                               "scope": " ".join(grant["scopes"]), "token_type": "Bearer"}
        if with_refresh:
            out["refresh_token"] = grant["refresh_token"]
        if "openid" in grant["scopes"]:
            out["id_token"] = self._id_token(grant, now)
        return out

    def _id_token(self, grant: dict[str, Any], now: float) -> str:
        acct = self.store.accounts[grant["sub"]]
        claims: dict[str, Any] = {"iss": self.issuer, "azp": self.client_id,
                                  "aud": self.client_id, "sub": acct.sub, "iat": int(now),
                                  "exp": int(now) + ACCESS_TOKEN_TTL_S}
        if SCOPE_ALIASES["email"] in grant["scopes"]:
            claims.update(email=acct.email, email_verified=True)
        if SCOPE_ALIASES["profile"] in grant["scopes"] and acct.name:
            claims["name"] = acct.name
        head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        body = _b64(json.dumps(claims).encode())
        sig = hmac.new(self.client_secret.encode(), f"{head}.{body}".encode(), hashlib.sha256)
        return f"{head}.{body}.{_b64(sig.digest())}"

    # ------------------------------------------------------------------ revoke
    def revoke(self, token: str) -> None:
        """Revoking either token of a grant revokes the grant (as Google does)."""
        grant = self.grants.get(token)
        if grant is None and token in self.access:
            grant = self.grants.get(self.access[token]["grant"])
        if grant is None or grant["revoked"]:
            raise OAuthError("invalid_token", "Token expired or revoked")
        grant["revoked"] = True
        for tok in [t for t, a in self.access.items() if a["grant"] == grant["refresh_token"]]:
            del self.access[tok]

    def expire_all_access(self, now: float) -> int:
        for a in self.access.values():
            a["exp"] = min(a["exp"], now - 1)
        return len(self.access)

    # ------------------------------------------------------------- API access
    def authenticate(self, authorization: str | None, now: float) -> tuple[str, list[str]]:
        """(account sub, scopes) of a Bearer token, else 401 UNAUTHENTICATED."""
        if not authorization or not authorization.lower().startswith("bearer "):
            raise unauthenticated("CREDENTIALS_MISSING")
        access = self.access.get(authorization[7:].strip())
        if access is None:
            raise unauthenticated("ACCESS_TOKEN_TYPE_UNSUPPORTED")
        if access["exp"] <= now:
            raise unauthenticated("ACCESS_TOKEN_EXPIRED")
        grant = self.grants[access["grant"]]
        return grant["sub"], grant["scopes"]


def normalise_scopes(scope: str) -> list[str]:
    return list(dict.fromkeys(SCOPE_ALIASES.get(s, s) for s in scope.split()))


def _with_query(uri: str, params: dict[str, str]) -> str:
    return f"{uri}{'&' if '?' in uri else '?'}{urlencode(params)}"


def _error_page(status: int, error: str, description: str) -> HtmlPage:
    return HtmlPage(status, (
        "<!doctype html><html><head><meta charset='utf-8'><title>Error</title></head><body>"
        f"<h1>Error {status}: {html.escape(error)}</h1><p>{html.escape(description)}</p>"
        "</body></html>"))
