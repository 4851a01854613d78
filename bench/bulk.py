"""Bulk change benchmark: one change to 10,000 incidents of a large encrypted store.

Builds a store of N incidents (bench/store.py's documents, as bench/ui.py does), then times,
as the list's "Change selected…" runs them on the store worker: the preview of a change that
widens who may read the records (counted before the confirmation is asked), and the change
itself (one transaction: each record's row, history, audit and outbox entry). Target
(issue 17): a bulk change of 10,000 records < 10 s.

    python bench/bulk.py [--incidents 100000] [--selected 10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from app.bulk import Bulk  # noqa: E402
from app.models import Incident  # noqa: E402
from app.store import Store  # noqa: E402
from bench.store import build  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--selected", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument(
        "--store",
        type=Path,
        help="a folder for the store, kept afterwards: built there when it holds none, else "
        "reused (bench/ui.py's --store makes the same one; the changes stay in it)",
    )
    args = parser.parse_args()
    results: list[tuple[str, float, int, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        directory = args.store or Path(tmp) / "store"
        if not Store.exists(directory):
            build(directory, args.incidents, args.batch)
        store = Store.open(directory, "benchmark passphrase", "bench")
        bulk = Bulk(store)
        with store.session() as session:
            # a selection as a filtered list gives it: the newest incidents, by date
            ids = list(
                session.scalars(
                    select(Incident.id).order_by(Incident.occurred_from.desc()).limit(args.selected)
                )
            )
        steps = [
            ("confidentiality", "internal", ""),
            ("confidentiality", "public", "< 10 s"),
            ("status", "draft", "< 10 s"),
            ("verification", "pending", "< 10 s"),
        ]
        for fld, value, target in steps:
            change = bulk.change(fld, value)
            started = time.perf_counter()
            preview = bulk.preview(ids, change)
            results.append((f"preview: {fld} {value}", time.perf_counter() - started, 0, ""))
            started = time.perf_counter()
            done = bulk.apply(ids, change, confirm=preview.audience)
            elapsed = time.perf_counter() - started
            results.append((f"change: {fld} {value}", elapsed, done.changed, target))
        store.close()

    print(f"\nbulk change of {len(ids):,} of {args.incidents:,} incidents (SQLCipher)\n")
    print(f"| {'step':<36} | {'time':>10} | {'records changed':>15} | {'target':>8} |")
    print(f"|{'-' * 38}|{'-' * 12}|{'-' * 17}|{'-' * 10}|")
    for label, elapsed, changed, target in results:
        print(f"| {label:<36} | {elapsed:>8.2f} s | {changed:>15,} | {target:>8} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
