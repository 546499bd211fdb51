"""Every failure Google can hand us, as a few domain errors with words for the user.

The People API answers in Google's JSON error shape (code, status, message, ErrorInfo
reason). ``error_from_http`` turns an ``HttpError`` into one of these, so the engine and
the UI branch on a type, never on HTTP details.

The sentence for the user is a ``Reason`` (``error.reason``), so the window can say it in
the user's language; ``error.message`` is its English text.
"""

from __future__ import annotations

import json
from typing import Any

from google.auth.exceptions import RefreshError
from googleapiclient.errors import HttpError

from crmsync_gui.core.reasons import Reason, ReasonCode, reason_from_text


class GoogleError(Exception):
    """A Google failure: ``title`` and ``reason`` are for the user, ``detail`` for logs.

    ``message`` may still be plain English text (modules not converted to reasons yet):
    its reason is then read back from it (``reason_from_text``).
    """

    title = "Google Contacts error"

    def __init__(self, message: Reason | str, detail: str = "", status: int = 0) -> None:
        self.reason = message if isinstance(message, Reason) else reason_from_text(message)
        self.message = self.reason.text
        super().__init__(self.message)
        self.detail = detail
        self.status = status  # the HTTP status when Google answered, else 0


class SignInRequired(GoogleError):
    title = "Sign in to Google again"


class SignInCancelled(GoogleError):
    title = "Sign-in cancelled"


class RetriesCancelled(GoogleError):
    """The user cancelled while Google was being asked again (a preview's Cancel)."""

    title = "Cancelled"


class SyncTokenExpired(GoogleError):
    """Google forgot our sync token (HTTP 400 EXPIRED_SYNC_TOKEN, or 410): read everything."""

    title = "Full read needed"


class StaleEtag(GoogleError):
    """A contact changed in Google since we read it: re-read it and re-plan (R-G2)."""

    title = "Contact changed in Google meanwhile"

    def __init__(self, message: Reason | str, resource_names: tuple[str, ...] = (),
                 detail: str = "", status: int = 400) -> None:
        super().__init__(message, detail, status)
        self.resource_names = resource_names


class ContactLimitReached(GoogleError):
    title = "Google Contacts is full"


class TemporaryGoogleError(GoogleError):
    """429, 5xx or a network failure that outlasted our retries."""

    title = "Google is not answering"


class GoogleRequestRefused(GoogleError):
    """Any other refusal (bad request, permission): reported, never dropped silently."""

    title = "Google refused a change"


def _payload(error: HttpError) -> dict[str, Any]:
    try:
        data = json.loads(error.content.decode("utf-8", errors="replace"))
    except (ValueError, AttributeError):
        return {}
    inner = data.get("error") if isinstance(data, dict) else None
    return inner if isinstance(inner, dict) else {}


def error_reasons(error: HttpError) -> set[str]:
    """The ErrorInfo ``reason`` values of a Google error body."""
    reasons = set()
    for item in _payload(error).get("details") or []:
        if isinstance(item, dict) and item.get("reason"):
            reasons.add(str(item["reason"]))
    for item in _payload(error).get("errors") or []:  # the older v1 shape
        if isinstance(item, dict) and item.get("reason"):
            reasons.add(str(item["reason"]))
    return reasons


def http_status(error: HttpError) -> int:
    return int(getattr(error.resp, "status", 0) or 0)


def is_retryable(error: HttpError) -> bool:
    status = http_status(error)
    return status == 429 or status >= 500


def _bad_sync_token(status: int, payload: dict[str, Any]) -> bool:
    """Google refusing the sync token itself (400 INVALID_ARGUMENT "Sync token is not
    valid"): like an expired one, only a full read gets past it, never a retry."""
    message = str(payload.get("message") or "").lower().replace("_", " ")
    return (status == 400 and payload.get("status") == "INVALID_ARGUMENT"
            and ("sync token" in message or "synctoken" in message))


class MalformedAnswer(GoogleError):
    """An answer of the wrong shape (a broken proxy, a Google bug): nothing of it may be
    stored, or every later run would fail on it."""

    title = "Google answered with unusable data"


def error_from_http(error: HttpError, resource_names: tuple[str, ...] = ()) -> GoogleError:
    payload = _payload(error)
    status = http_status(error)
    message = str(payload.get("message") or error.reason or error)
    detail = f"HTTP {status} {payload.get('status', '')}: {message}"
    reasons = error_reasons(error)
    if status == 410 or "EXPIRED_SYNC_TOKEN" in reasons or _bad_sync_token(status, payload):
        return SyncTokenExpired(Reason.of(ReasonCode.GOOGLE_SYNC_TOKEN_EXPIRED), detail, status)
    if status == 401:
        return SignInRequired(Reason.of(ReasonCode.GOOGLE_SIGN_IN_REJECTED), detail, status)
    if status == 400 and payload.get("status") == "FAILED_PRECONDITION" and \
            "etag" in message.lower():
        return StaleEtag(Reason.of(ReasonCode.GOOGLE_STALE_ETAG), resource_names, detail)
    if "MAX_CONTACTS_REACHED" in reasons:
        return ContactLimitReached(Reason.of(ReasonCode.GOOGLE_CONTACT_LIMIT), detail, status)
    if is_retryable(error):
        return TemporaryGoogleError(Reason.of(ReasonCode.GOOGLE_BUSY), detail, status)
    if status == 403:
        return GoogleRequestRefused(Reason.of(ReasonCode.GOOGLE_ACCESS_REFUSED), detail,
                                    status)
    # Google's own words: in English whatever the user's language, but still said.
    return GoogleRequestRefused(Reason.of(ReasonCode.GOOGLE_REFUSED, message=message),
                                detail, status)


def refresh_failure(error: RefreshError) -> GoogleError:
    """What a failed token refresh means: Google's token service busy or down
    (``retryable``: a 5xx, "temporarily_unavailable") is no lost sign-in — the user must
    not be sent to sign in again for it; anything else is."""
    if error.retryable:
        return TemporaryGoogleError(Reason.of(ReasonCode.GOOGLE_UNREACHABLE_FOR_SIGN_IN),
                                    str(error))
    return SignInRequired(Reason.of(ReasonCode.GOOGLE_SIGN_IN_REJECTED), str(error))

