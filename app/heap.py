"""The garbage collector, set once a process has started (`settle`).

A sync moves thousands of records: tens of thousands of short-lived dicts, lists and strings,
made while the modules, the ORM's mappers, the vocabularies and the keys sit in the heap for
as long as the process lives. CPython's defaults (a young collection every 700 allocations,
and older ones that walk everything that survived) spent a fifth of HQ's time on a push of
1,000 changes walking objects that can never be garbage (bench/sync.py, part 9).

`settle()` is called by the long-lived entry points once their start-up is done (HQ's
`serve` in each worker, the desktop window, `upfront sync`): what exists then is moved out of
the collector's sight (`gc.freeze`), and the young generation is collected ten times less
often. Cycles are still collected; only the start-up objects are never walked again. Tests do
not call it: their processes keep the defaults.
"""

from __future__ import annotations

import gc

YOUNG = 7_000  # allocations between young collections (CPython's default: 700)
_settled = False


def settle() -> bool:
    """Freeze what the start-up made and collect the young generation less often; once per
    process (False when already done)."""
    global _settled
    if _settled:
        return False
    gc.collect()  # garbage of the start-up goes now, not frozen with what lives
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG, middle, old)
    _settled = True
    return True
