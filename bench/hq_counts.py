"""HQ's weekly counts (issue 19): the memory HQ keeps for every incident's acts
(`sync.hq.counts.kept_acts`), against each act keeping its own strings and dates, and the time a
device's counts take from what is kept (the flattening and `app.scope_counts.build`, as
`sync.hq.counts.for_device` makes them between two changes).

    python bench/hq_counts.py [--incidents 500000]

The incidents are bench/scan.py's (50 countries, about 1,500 regions, one to three acts each),
each read from its JSON text as HQ reads a sealed document once opened. Memory is what
tracemalloc counts as still allocated once the structure is made, the record ids left out (HQ
holds them either way).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import scope_counts
from app.vocab import vocabularies
from bench.scan import TO, documents
from sync.hq import counts

TEAM = "team-bench"


def kept(texts: list[tuple[str, str]], keep: Callable[[str, dict[str, Any]], Any]) -> tuple:
    """(bytes kept, the structure, seconds) of keeping every incident's acts as `keep` does."""
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    per = {rid: keep(TEAM, json.loads(text)) for rid, text in texts}
    seconds = time.perf_counter() - started
    gc.collect()
    size, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return size, per, seconds


def placed(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as a device sends it: its region resolved to its P-code (the device's
    `Incidents` does it on saving; bench/scan.py's documents give the P-code as typed)."""
    location = doc["location"]
    return {**doc, "location": {**location, "admin1_pcode": location["admin1"]}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=500_000)
    args = parser.parse_args()
    n = args.incidents
    print(f"making {n:,} incidents…", file=sys.stderr)
    texts = [(str(uuid.uuid4()), json.dumps(placed(doc))) for doc in documents(n)]

    def own(team: str, doc: dict[str, Any]) -> Any:
        return team, tuple(scope_counts.acts_of(doc))

    days: dict = {}
    plain, _, plain_s = kept(texts, own)
    shared, per, shared_s = kept(texts, lambda team, doc: counts.kept_acts(team, doc, days))
    acts = sum(len(a) for _team, a in per.values())

    vocab = vocabularies()
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        found = [a for _team, got in per.values() for a in got]
        payload = scope_counts.build(
            found, TO, vocab, threshold=counts.threshold(), suppress=True, countries=None
        )
        runs.append(time.perf_counter() - started)
    cells = len(payload["series"])

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print()
    print(f"HQ's kept acts: {n:,} incidents, {acts:,} acts; {cells:,} cells in a device's counts")
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} (1 min) at the end")
    print(f"{'what':<52} {'measured':>12}")
    print(f"{'kept, each act its own strings and dates':<52} {plain / 1e6:>9.0f} MB")
    print(f"{'kept as HQ keeps them (interned, one object a day)':<52} {shared / 1e6:>9.0f} MB")
    print(f"{'  ratio':<52} {plain / shared:>11.2f}x")
    print(f"{'  per incident, as HQ keeps them':<52} {shared / n:>10.0f} B")
    print(f"{'reading them from JSON text, each its own (traced)':<52} {plain_s:>10.2f} s")
    print(f"{'reading them from JSON text, as HQ keeps them (traced)':<52} {shared_s:>10.2f} s")
    print(f"{'a device counts from them (best of 3), whole scope':<52} {min(runs):>10.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
