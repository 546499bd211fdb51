"""Where a sync's long-lived data goes in the cyclic garbage collector, and how it is let
go (SPEC §3: the window never stalls more than 100 ms).

Reading 25,000 contacts or planning them makes hundreds of thousands of objects that
live as long as the run and hold no reference cycles. Left in the youngest generation,
the next young collection — the window's worker makes one at each progress report, to
free what each HTTP exchange leaves in cycles — scans all of them at once, holding the
GIL (and freezing the window) for 100-300 ms at 25,000 contacts. Moved to the oldest
generation as they are, unscanned, they wait for a full collection, which the window
runs when nobody looks at it (ui/worker.py).

Freeing them is the same problem the other way round: dropping the last reference to a
plan of 25,000 changes frees it in one C-level cascade, the GIL held throughout (a
120-240 ms stall of the window at the end of a first sync). ``let_go`` frees such a
container a slice at a time, yielding the GIL between slices.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, MutableMapping, MutableSequence

SLICE = 2_000  # items freed between two pauses: a few milliseconds of work


def keep_as_old() -> None:
    """Every object the collector tracks, moved to its oldest generation unscanned."""
    gc.freeze()
    gc.unfreeze()


def let_go(*containers: MutableSequence[object] | MutableMapping[object, object],
           pause: Callable[[], None] = lambda: time.sleep(0)) -> None:
    """Empty each container a slice at a time, ``pause`` between slices (by default a
    zero sleep, which hands the GIL to a thread waiting for it: the window's). What the
    items still share with others stays; the rest is freed as the slices go."""
    for container in containers:
        while container:
            if isinstance(container, MutableMapping):
                for _ in range(min(SLICE, len(container))):
                    container.popitem()
            else:
                del container[-SLICE:]
            pause()
