"""Fault injection for the People API routes (never for OAuth or the admin API).

Each switch is either a count ("the next N calls") or a probability; a seed makes
the random draws reproducible. ``methods`` scopes every switch to some API method
names (e.g. ``["people.batchUpdateContacts"]``).

Every fault that actually fires is counted by kind (``fired()``), so a soak or a test
can tell "faults were switched on" from "faults hit the client".
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass
class FaultConfig:
    latency_ms: int = 0
    rate_limit_count: int = 0
    rate_limit_probability: float = 0.0
    retry_after_s: int = 1
    server_error_count: int = 0
    server_error_probability: float = 0.0
    server_error_code: int = 503
    drop_count: int = 0
    drop_probability: float = 0.0
    methods: list[str] | None = None
    seed: int | None = None
    # Not faults of one call but Google behaviours tests want to provoke:
    propagation_delay_s: float = 0.0
    expire_next_sync_token: bool = False
    sync_token_expired_status: int = 400  # 400 (what Google does) or 410 (documented)


# What happens to one call; checked in this order so a test can combine them.
DROP = "drop"
RATE_LIMIT = "rate_limit"
SERVER_ERROR = "server_error"

# Counter names of ``FaultInjector.fired()`` besides DROP and RATE_LIMIT: server errors
# are counted per status ("server_error_503"), since 503 says "not processed" and 500
# does not, and clients must treat them differently.
EXPIRED_SYNC_TOKEN = "expired_sync_token"
ACCESS_TOKENS_EXPIRED = "access_tokens_expired"  # admin expire_access_tokens() calls
UNAUTHENTICATED = "unauthenticated_401"  # API calls refused for a missing/expired token


class FaultInjector:
    """Holds the fault configuration and decides, per call, which fault fires."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.config = FaultConfig()
        self._rng = random.Random()
        self._fired: Counter[str] = Counter()

    def configure(self, **changes: Any) -> FaultConfig:
        """Change some switches; unknown names raise ``ValueError`` (typos must not pass)."""
        known = {f.name for f in fields(FaultConfig)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown fault settings: {sorted(unknown)}")
        with self._lock:
            for key, value in changes.items():
                setattr(self.config, key, value)
            if "seed" in changes:
                self._rng = random.Random(changes["seed"])
            if self.config.sync_token_expired_status not in (400, 410):
                raise ValueError("sync_token_expired_status must be 400 or 410")
            if self.config.server_error_code not in (500, 502, 503, 504):
                raise ValueError("server_error_code must be a 5xx code")
            return self.config

    def reset(self) -> None:
        """Switch every fault off. The fired counts are history and stay."""
        with self._lock:
            self.config = FaultConfig()
            self._rng = random.Random()

    def record(self, kind: str, amount: int = 1) -> None:
        """Count a fault that happened outside ``decide`` (expired tokens, 401s)."""
        with self._lock:
            self._fired[kind] += amount

    def fired(self) -> dict[str, int]:
        """How many faults of each kind actually hit a call, since the last clear."""
        with self._lock:
            return dict(self._fired)

    def clear_fired(self) -> None:
        with self._lock:
            self._fired.clear()

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return asdict(self.config)

    def latency_s(self, method: str) -> float:
        with self._lock:
            if not self._applies(method):
                return 0.0
            return self.config.latency_ms / 1000.0

    def decide(self, method: str) -> str | None:
        """Which fault (if any) this call of ``method`` suffers; consumes counts."""
        with self._lock:
            if not self._applies(method):
                return None
            c = self.config
            for kind, count_attr, prob in (
                (DROP, "drop_count", c.drop_probability),
                (RATE_LIMIT, "rate_limit_count", c.rate_limit_probability),
                (SERVER_ERROR, "server_error_count", c.server_error_probability),
            ):
                count = getattr(c, count_attr)
                if count > 0:
                    setattr(c, count_attr, count - 1)
                elif not (prob > 0 and self._rng.random() < prob):
                    continue
                self._fired[f"{kind}_{c.server_error_code}" if kind == SERVER_ERROR
                            else kind] += 1
                return kind
            return None

    def take_expire_next_sync_token(self) -> bool:
        with self._lock:
            fired = self.config.expire_next_sync_token
            self.config.expire_next_sync_token = False
            if fired:
                self._fired[EXPIRED_SYNC_TOKEN] += 1
            return fired

    def _applies(self, method: str) -> bool:
        return self.config.methods is None or method in self.config.methods
