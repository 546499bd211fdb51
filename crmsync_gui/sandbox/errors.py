"""Google-shaped error values.

The People API answers errors as ``{"error": {"code", "message", "status", "details"}}``
and the OAuth token endpoint as ``{"error": "...", "error_description": "..."}``.
Client code (and google-api-python-client's ``HttpError``) parses exactly these
shapes, so the sandbox builds them in one place.
"""

from __future__ import annotations

from typing import Any

ERROR_INFO_TYPE = "type.googleapis.com/google.rpc.ErrorInfo"
SERVICE = "people.googleapis.com"


class ApiError(Exception):
    """A People API error answered as Google's JSON error body."""

    def __init__(
        self,
        code: int,
        status: str,
        message: str,
        reason: str | None = None,
        metadata: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.message = message
        self.reason = reason
        self.metadata = metadata or {}
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The JSON body Google sends for this error."""
        err: dict[str, Any] = {"code": self.code, "message": self.message, "status": self.status}
        if self.reason:
            err["details"] = [
                {
                    "@type": ERROR_INFO_TYPE,
                    "reason": self.reason,
                    "domain": "googleapis.com",
                    "metadata": {"service": SERVICE, **self.metadata},
                }
            ]
        return {"error": err}


def invalid_argument(message: str) -> ApiError:
    return ApiError(400, "INVALID_ARGUMENT", message)


def failed_precondition(message: str, reason: str | None = None) -> ApiError:
    return ApiError(400, "FAILED_PRECONDITION", message, reason)


def not_found(message: str = "Requested entity was not found.") -> ApiError:
    return ApiError(404, "NOT_FOUND", message)


STALE_ETAG_MESSAGE = (
    "Request person.etag is different than the current person.etag. "
    "Clear local cache and get the latest person."
)
EXPIRED_SYNC_TOKEN_MESSAGE = (
    "Sync token is expired. Clear local cache and retry call without the sync token."
)


def stale_etag() -> ApiError:
    return failed_precondition(STALE_ETAG_MESSAGE)


def expired_sync_token(http_status: int = 400) -> ApiError:
    """Google really answers 400 + ErrorInfo EXPIRED_SYNC_TOKEN; its docs promise 410.

    Both forms carry the same ErrorInfo so a client can test either the status or
    the reason.
    """
    return ApiError(
        http_status, "FAILED_PRECONDITION", EXPIRED_SYNC_TOKEN_MESSAGE, "EXPIRED_SYNC_TOKEN"
    )


def unauthenticated(reason: str = "CREDENTIALS_MISSING") -> ApiError:
    message = (
        "Request had invalid authentication credentials. Expected OAuth 2 access token, "
        "login cookie or other valid authentication credential. See "
        "https://developers.google.com/identity/sign-in/web/devconsole-project."
    )
    if reason == "CREDENTIALS_MISSING":
        message = (
            "Request is missing required authentication credential. Expected OAuth 2 "
            "access token, login cookie or other valid authentication credential. See "
            "https://developers.google.com/identity/sign-in/web/devconsole-project."
        )
    return ApiError(
        401,
        "UNAUTHENTICATED",
        message,
        reason,
        headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'},
    )


def insufficient_scope() -> ApiError:
    return ApiError(
        403,
        "PERMISSION_DENIED",
        "Request had insufficient authentication scopes.",
        "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
    )


def rate_limited(retry_after_s: int, method: str) -> ApiError:
    metric = "Critical read requests (Contact and Profile Reads)"
    if any(w in method for w in ("create", "update", "delete", "Contact", "modify")):
        metric = "Critical write requests (Contact and Profile Writes)"
    return ApiError(
        429,
        "RESOURCE_EXHAUSTED",
        f"Quota exceeded for quota metric '{metric}' and limit '{metric} per minute "
        f"per user' of service '{SERVICE}' for consumer 'project_number:0'.",
        "RATE_LIMIT_EXCEEDED",
        {"quota_metric": metric, "quota_limit_value": "90"},
        headers={"Retry-After": str(retry_after_s)},
    )


def server_error(code: int) -> ApiError:
    if code == 503:
        return ApiError(503, "UNAVAILABLE", "The service is currently unavailable.")
    return ApiError(code, "INTERNAL", "Internal error encountered.")


class OAuthError(Exception):
    """An error of the OAuth token/revoke endpoints (RFC 6749 shape, as Google sends it)."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status = status

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}
