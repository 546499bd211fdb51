from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crmsync_gui.core.timestamps import (
    EPOCH,
    TimestampError,
    format_timestamp,
    parse_timestamp,
    parse_timestamp_or,
)

MOMENT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("text", [
    "2026-11-25T09:30:00Z",
    "2026-11-25T09:30:00.000Z",
    "2026-11-25 09:30:00",  # SQLite CURRENT_TIMESTAMP: UTC without a zone
    "2026-11-25T10:30:00+01:00",
    "2026-11-25T09:30:00.000000000Z",  # nanoseconds (Go, Java)
    "2026-11-25T09:30:00+00:00",
    "1795599000",  # epoch seconds as text
    1795599000,
    1795599000.0,
    "1795599000000",  # epoch milliseconds (JavaScript, Java)
    1795599000000,
    "2026/11/25 09:30",  # year first, slashes
    "2026/11/25 09:30:00",
    "25/11/2026 09:30",  # day first: a French program's dates
    "25/11/2026 09:30:00",
    "Wed, 25 Nov 2026 10:30:00 +0100",  # RFC 2822
    "25 Nov 2026 09:30:00 GMT",
])
def test_timestamps_written_by_others_are_read(text: object) -> None:
    assert parse_timestamp(text) == MOMENT


def test_app_writes_one_fixed_format_and_reads_it_back() -> None:
    moment = datetime(2026, 11, 25, 9, 30, 0, 123456, tzinfo=UTC)
    text = format_timestamp(moment)
    assert text == "2026-11-25T09:30:00.123Z"
    assert parse_timestamp(text) == moment.replace(microsecond=123000)


def test_offsets_are_converted_not_text_compared() -> None:
    earlier_text, later_text = "2026-11-25T10:00:00+02:00", "2026-11-25T09:00:00Z"
    assert earlier_text > later_text  # as text the order is wrong…
    assert parse_timestamp(earlier_text) < parse_timestamp(later_text)  # …parsed it is right


def test_format_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError):
        format_timestamp(datetime(2026, 1, 1))


def test_format_converts_to_utc() -> None:
    paris = timezone(timedelta(hours=1))
    assert format_timestamp(datetime(2026, 1, 1, 10, tzinfo=paris)) == "2026-01-01T09:00:00.000Z"


@pytest.mark.parametrize("garbage", ["", "yesterday", None, "2026-13-45", True,
                                     "31/02/2026", "2026/11/25 25:00", "Foo, 99 Bar"])
def test_garbage_is_an_error_or_the_default(garbage: object) -> None:
    with pytest.raises(TimestampError):
        parse_timestamp(garbage)
    assert parse_timestamp_or(garbage, MOMENT) is MOMENT


def test_a_slash_date_is_read_day_first_never_month_first() -> None:
    assert parse_timestamp("03/11/2026") == datetime(2026, 11, 3, tzinfo=UTC)
    with pytest.raises(TimestampError):
        parse_timestamp("11/25/2026 09:30")  # month first: no 25th month


@pytest.mark.parametrize("value", ["9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00",
                                   10**18, -(10**15), float("inf")])
def test_a_date_beyond_what_utc_holds_is_unreadable_not_a_crash_later(value: object) -> None:
    """#14: read as is, these would fail the first time the run moved them to UTC or
    wrote them back (after its CRM write had landed)."""
    with pytest.raises(TimestampError):
        parse_timestamp(value)
    assert parse_timestamp_or(value, EPOCH) is EPOCH
