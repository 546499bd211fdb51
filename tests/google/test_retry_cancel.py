"""A Cancel during the waits between retries (#20): it stops at once where stopping
leaves nothing unknown — a read, a write Google said it did not carry out (429, 503) —
and never after a write that may have landed (500, a cut connection): that one is
retried to a known end, or a change would sit in Google that no journal knows."""

from __future__ import annotations

import json
import threading

import httplib2
import pytest
from googleapiclient.errors import HttpError

from crmsync_gui.google.errors import RetriesCancelled
from crmsync_gui.google.retry import RetryPolicy, run_with_retry


def http_error(status: int) -> HttpError:
    return HttpError(httplib2.Response({"status": status}),
                     json.dumps({"error": {"code": status}}).encode())


def failing(*errors: BaseException) -> tuple[list[int], object]:
    calls: list[int] = []

    def call() -> str:
        calls.append(1)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]
        return "done"
    return calls, call


def cancelled_policy() -> RetryPolicy:
    cancel = threading.Event()
    cancel.set()  # the user clicked Cancel: every wait that may end, ends
    return RetryPolicy(base_delay=0.0, cancel=cancel)


@pytest.mark.parametrize("error", [http_error(503), http_error(429)])
def test_a_write_google_did_not_carry_out_stops_at_the_cancel(error: HttpError) -> None:
    calls, call = failing(error, error)
    with pytest.raises(RetriesCancelled):
        run_with_retry(call, cancelled_policy(), "people.batchUpdateContacts")
    assert len(calls) == 1


@pytest.mark.parametrize("error", [http_error(500), http_error(502), ConnectionResetError()])
def test_a_write_that_may_have_landed_is_retried_to_a_known_end(error: BaseException) -> None:
    calls, call = failing(error, error)
    assert run_with_retry(call, cancelled_policy(), "people.batchDeleteContacts") == "done"
    assert len(calls) == 3


@pytest.mark.parametrize("error", [http_error(500), ConnectionResetError()])
def test_a_read_stops_at_the_cancel_whatever_the_failure(error: BaseException) -> None:
    calls, call = failing(error, error)
    with pytest.raises(RetriesCancelled):
        run_with_retry(call, cancelled_policy(), "people.connections.list", read_only=True)
    assert len(calls) == 1
