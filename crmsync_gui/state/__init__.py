"""The sync state (SPEC R-S1): one SQLite file per (CRM database, Google account) pair.

The engine reads links, baselines and choices from it before planning, and writes a
checkpoint after every batch it applies. Nothing secret is stored here.
"""

from crmsync_gui.state.store import (
    Checkpoint,
    IntendedCreate,
    JournalEntry,
    RunRecord,
    StateBindingError,
    StateDamagedError,
    StateError,
    StateStore,
    StateVersionError,
    state_path,
)

__all__ = [
    "Checkpoint",
    "IntendedCreate",
    "JournalEntry",
    "RunRecord",
    "StateBindingError",
    "StateDamagedError",
    "StateError",
    "StateStore",
    "StateVersionError",
    "state_path",
]
