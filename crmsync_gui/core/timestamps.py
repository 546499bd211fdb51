"""UTC timestamps: one fixed format written, every common format read.

The CRM database is shared with other programs that write ``updated_at`` as they please
("2026-11-25 09:30:00", "…+01:00", epoch seconds). Text comparison of such values is
wrong, so everything is parsed to an aware UTC datetime before it is compared.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

_LONG_FRACTION = re.compile(r"(\.\d{6})\d+")


class TimestampError(ValueError):
    """A timestamp text that no known format reads."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_timestamp(moment: datetime) -> str:
    """The app's one written format: ``2026-11-25T09:30:00.123Z`` (UTC, milliseconds)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: the app only writes UTC moments")
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_timestamp(value: object) -> datetime:
    """An aware UTC datetime from what another program may have stored.

    A value no format reads, or one that reads but lies outside the years a datetime
    holds once moved to UTC (``9999-12-31T23:59:59-01:00``, epoch 1e18), raises
    ``TimestampError``: later arithmetic on it would fail mid-run.

    Accepts ISO-8601 with ``T`` or a space, ``Z`` or an offset or nothing (read as UTC,
    which is what SQLite's CURRENT_TIMESTAMP writes), any number of fraction digits,
    a bare date; ``2026/11/25 09:30``; day-first ``25/11/2026 09:30`` (never month
    first); Unix epoch seconds (9–11 digits) or milliseconds (12–14); RFC 2822.
    """
    try:
        moment = _parse(value)
        return moment.astimezone(UTC)
    except (OverflowError, OSError, ValueError) as error:
        if isinstance(error, TimestampError):
            raise
        raise TimestampError(f"not a timestamp: {value!r}") from None


def _parse(value: object) -> datetime:
    if isinstance(value, str) and len(value) == 24 and value[10] == "T" and value[23] == "Z":
        # The app's own format (``format_timestamp``), every row of a CRM it wrote: read
        # first and directly, 25,000 rows × 2 dates through the general path cost ~1 s.
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Epoch seconds, or milliseconds (12 digits and more: JavaScript, Java).
        return datetime.fromtimestamp(value / 1000 if abs(value) >= 1e11 else value, UTC)
    if not isinstance(value, str) or not value.strip():
        raise TimestampError(f"not a timestamp: {value!r}")
    text = value.strip()
    if re.fullmatch(r"\d{9,11}(\.\d+)?", text):
        return datetime.fromtimestamp(float(text), UTC)
    if re.fullmatch(r"\d{12,14}", text):
        return datetime.fromtimestamp(int(text) / 1000, UTC)
    other = _other_formats(text)
    if other is not None:
        return other
    # Python reads at most microseconds; nanosecond writers (Go, Java) would fail.
    iso = _LONG_FRACTION.sub(r"\1", text)
    if iso.endswith(("z", "Z")):
        iso = iso[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        raise TimestampError(f"not a timestamp: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# 2026/11/25 09:30[:00] (year first), 25/11/2026[ 09:30[:00]] (day first: a French CRM;
# never read month first). No zone: UTC, like the rest.
_YEAR_FIRST = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_DAY_FIRST = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def _other_formats(text: str) -> datetime | None:
    """Slash dates and RFC 2822 (e-mail style) dates; None when it is neither."""
    for pattern, order in ((_YEAR_FIRST, (0, 1, 2)), (_DAY_FIRST, (2, 1, 0))):
        found = pattern.fullmatch(text)
        if found:
            parts = found.groups()
            year, month, day = (int(parts[i]) for i in order)
            hour, minute, second = (int(p) if p else 0 for p in parts[3:])
            try:
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            except ValueError:
                raise TimestampError(f"not a timestamp: {text!r}") from None
    if not re.search(r"[A-Za-z]{3}", text):
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_timestamp_or(value: object, default: datetime) -> datetime:
    """Like ``parse_timestamp`` but ``default`` for NULL or garbage (logged by callers)."""
    try:
        return parse_timestamp(value)
    except TimestampError:
        return default
