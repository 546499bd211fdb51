"""Where a sync's long-lived data goes in the cyclic garbage collector (SPEC §3).

Reading 25,000 contacts or planning them makes hundreds of thousands of objects that
live as long as the run and hold no reference cycles. Left in the youngest generation,
the next young collection — the window's worker makes one at each progress report, to
free what each HTTP exchange leaves in cycles — scans all of them at once, holding the
GIL (and freezing the window) for 100-300 ms at 25,000 contacts. Moved to the oldest
generation as they are, unscanned, they wait for a full collection, which the window
runs when nobody looks at it (ui/worker.py).
"""

from __future__ import annotations

import gc


def keep_as_old() -> None:
    """Every object the collector tracks, moved to its oldest generation unscanned."""
    gc.freeze()
    gc.unfreeze()
