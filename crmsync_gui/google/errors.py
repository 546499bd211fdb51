"""Every failure Google can hand us, as a few domain errors with words for the user.

The People API answers in Google's JSON error shape (code, status, message, ErrorInfo
reason). ``error_from_http`` turns an ``HttpError`` into one of these, so the engine and
the UI branch on a type, never on HTTP details.
"""

from __future__ import annotations

import json
from typing import Any

from googleapiclient.errors import HttpError


class GoogleError(Exception):
    """A Google failure: ``title`` and ``message`` are for the user, ``detail`` for logs."""

    title = "Google Contacts error"

    def __init__(self, message: str, detail: str = "", status: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.status = status  # the HTTP status when Google answered, else 0


class SignInRequired(GoogleError):
    title = "Sign in to Google again"


class SignInCancelled(GoogleError):
    title = "Sign-in cancelled"


class SyncTokenExpired(GoogleError):
    """Google forgot our sync token (HTTP 400 EXPIRED_SYNC_TOKEN, or 410): read everything."""

    title = "Full read needed"


class StaleEtag(GoogleError):
    """A contact changed in Google since we read it: re-read it and re-plan (R-G2)."""

    title = "Contact changed in Google meanwhile"

    def __init__(self, message: str, resource_names: tuple[str, ...] = (),
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


def error_from_http(error: HttpError, resource_names: tuple[str, ...] = ()) -> GoogleError:
    payload = _payload(error)
    status = http_status(error)
    message = str(payload.get("message") or error.reason or error)
    detail = f"HTTP {status} {payload.get('status', '')}: {message}"
    reasons = error_reasons(error)
    if status == 410 or "EXPIRED_SYNC_TOKEN" in reasons:
        return SyncTokenExpired("Google's change list expired; reading all contacts.",
                                detail, status)
    if status == 401:
        return SignInRequired("Google no longer accepts this sign-in: sign in again.",
                              detail, status)
    if status == 400 and payload.get("status") == "FAILED_PRECONDITION" and \
            "etag" in message.lower():
        return StaleEtag("A contact was changed in Google while we were syncing it.",
                         resource_names, detail)
    if "MAX_CONTACTS_REACHED" in reasons:
        return ContactLimitReached(
            "Your Google account holds the most contacts Google allows (25,000).", detail, status)
    if is_retryable(error):
        return TemporaryGoogleError(
            "Google is busy or unreachable; the sync will pick up where it stopped.",
            detail, status)
    if status == 403:
        return GoogleRequestRefused(
            "Google refused access to the contacts: check that the app is allowed "
            "(see the Google setup guide).", detail, status)
    return GoogleRequestRefused(f"Google refused a change: {message}", detail, status)
