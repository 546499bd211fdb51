"""Our own backoff for Google calls: exponential, jittered, and honouring Retry-After.

``execute(num_retries=N)`` retries 429/5xx but ignores ``Retry-After`` (SPEC pitfalls),
so every request goes through ``run_with_retry`` instead: under a 429 storm the run slows
down, it does not fail (R-G2).
"""

from __future__ import annotations

import email.utils
import http.client
import logging
import random
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

import httplib2
from googleapiclient.errors import HttpError

from crmsync_gui.core.reasons import Reason, ReasonCode
from crmsync_gui.google.errors import (
    RetriesCancelled,
    TemporaryGoogleError,
    http_status,
    is_retryable,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    ConnectionError, socket.timeout, TimeoutError, http.client.HTTPException,
    httplib2.HttpLib2Error, ssl.SSLError, OSError,
)


@dataclass
class RetryPolicy:
    max_attempts: int = 8
    base_delay: float = 0.5
    max_delay: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)
    retries: int = 0  # how many retries this policy made: the benchmarks and tests read it
    # Set by the user (a preview's Cancel): the wait before the next retry ends at once
    # and the call raises ``RetriesCancelled`` — a minute of backoff must not hold the
    # window's only worker.
    cancel: threading.Event | None = None

    def delay(self, attempt: int, retry_after: float | None) -> float:
        # Full jitter (AWS architecture blog): spreads clients that failed together.
        backoff = self.rng.uniform(0, min(self.max_delay, self.base_delay * 2 ** attempt))
        if retry_after is not None:
            return min(self.max_delay, max(retry_after, backoff))
        return backoff


def retry_after_seconds(error: HttpError) -> float | None:
    """The Retry-After header as seconds (delta-seconds or an HTTP date)."""
    value = error.resp.get("retry-after") if hasattr(error.resp, "get") else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


class UncertainWrite(TemporaryGoogleError):
    """A create whose answer was lost: Google may or may not have made the contacts.

    Retrying could create them twice; the engine finds them by their clientData tag in
    a full read instead (R-G3).
    """


# 429 and 503 say "not processed"; a 500, 502, 504 or a cut connection do not.
_SAFE_TO_REPEAT = frozenset({429, 503})


def run_with_retry(call: Callable[[], T], policy: RetryPolicy, what: str,
                   idempotent: bool = True, read_only: bool = False) -> T:
    """``call()`` until it succeeds, a non-retryable error occurs, or attempts run out.

    ``idempotent=False`` (creates): only answers that say the request was not processed
    are retried; anything uncertain raises ``UncertainWrite``.

    The policy's ``cancel`` ends a wait before a retry only when stopping there leaves
    nothing unknown: a read, or a write Google said it did not carry out (429, 503). A
    write whose answer was a 500 or a cut connection may have landed: it is retried to a
    known end, and the run stops after it (else Google would hold a change no journal
    knows, that undo could never put back).
    """
    for attempt in range(policy.max_attempts):
        not_carried_out = read_only
        try:
            return call()
        except HttpError as error:
            if not is_retryable(error) or attempt == policy.max_attempts - 1:
                raise
            if not idempotent and http_status(error) not in _SAFE_TO_REPEAT:
                raise UncertainWrite(Reason.of(ReasonCode.GOOGLE_CREATES_UNCONFIRMED),
                                     f"{what}: HTTP {http_status(error)}") from error
            wait = policy.delay(attempt, retry_after_seconds(error))
            not_carried_out = read_only or http_status(error) in _SAFE_TO_REPEAT
            log.info("%s: HTTP %s, retry %d in %.2fs", what, http_status(error), attempt + 1,
                     wait)
        except NETWORK_ERRORS as error:
            if not idempotent:
                raise UncertainWrite(Reason.of(ReasonCode.GOOGLE_CREATES_UNCONFIRMED),
                                     f"{what}: {error!r}") from error
            if attempt == policy.max_attempts - 1:
                raise TemporaryGoogleError(Reason.of(ReasonCode.GOOGLE_UNREACHABLE),
                                           f"{what}: {error!r}") from error
            wait = policy.delay(attempt, None)
            log.info("%s: network error %r, retry %d in %.2fs", what, error, attempt + 1, wait)
        policy.retries += 1
        if policy.cancel is None or not not_carried_out:
            policy.sleep(wait)
        elif policy.cancel.wait(wait):
            raise RetriesCancelled(Reason.of(ReasonCode.STOPPED_AT_YOUR_REQUEST), what)
    raise AssertionError("unreachable")  # the loop returns or raises
