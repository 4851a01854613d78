"""Data exchange benchmark (issue 6 targets): import of a 50,000-row CSV under 30 s; export of
100,000 incidents to each format under 20 s.

The store is seeded with realistic incidents (bench/store.py's generator: one to three acts,
one to four victims, sources and perpetrators each). Exports run for `internal` (everything)
`un` (rows, every text scrubbed of the store's withheld names) and `partners` (counts
only). For un and partners the same export also runs with the scrubber off (no withheld
names) in the same run, and the table gives the ratio (issue 14: at most 1.3). The import
reads a KoboToolbox-style CSV through the starter mapping, checks every row (vocabulary
matching, places resolved in the gazetteer, validation, likely duplicates) and inserts the
valid rows in one transaction (issue 16: with place resolution, under 30 s). The last row is
migration 0010 resolving the regions of 100,000 incidents stored as typed.

    python bench/exchange.py [--incidents 100000] [--import-rows 50000] [--migrated-regions N]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.exchange import FORMATS, Exporter, ExportRequest
from app.gazetteer import gazetteer
from app.incidents import Incidents
from app.keyfile import KdfParams
from app.store import Store
from bench.report import scrubber
from bench.store import documents, lexicon

FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)


def spellings(rng: random.Random, name: str) -> str:
    """A place's name as officers and forms write it: as given, lower case, a Kobo choice
    name (rif_dimashq), upper case."""
    return rng.choice([name, name.lower(), name.lower().replace(" ", "_"), name.upper()])


def regions_typed(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """(admin 1, admin 2) of Syria's units as typed, through any of their names."""
    places = gazetteer()
    units = places.units_of("SYR", 2)
    out = []
    for _ in range(n):
        second = rng.choice(units)
        first = places.unit(second.parent)
        assert first is not None
        out.append(
            (
                spellings(rng, rng.choice(places.names(first))),
                spellings(rng, rng.choice(places.names(second))),
            )
        )
    return out


def kobo_csv(path: Path, n: int, seed: int = 5) -> None:
    """A KoboToolbox-style export: group-prefixed headers, labels as officers type them, real
    places spelled every way the gazetteer knows them."""
    rng = random.Random(seed)
    words = lexicon(rng)  # officers' own words: titles differ as real ones do
    places = regions_typed(rng, 500)
    kinds = [
        "killing",
        "arbitrary_detention",
        "torture",
        "attack_on_civilians",
        "abduction",
        "destruction_of_property",
    ]
    start = date(2025, 1, 1)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(
            [
                "start",
                "end",
                "incident/incident_date",
                "incident/country",
                "incident/province",
                "incident/district",
                "incident/village",
                "incident/_gps_latitude",
                "incident/_gps_longitude",
                "incident/incident_type",
                "incident/killed",
                "incident/injured",
                "incident/description",
                "_uuid",
                "_submission_time",
            ]
        )
        for i in range(n):
            day = start + timedelta(days=rng.randrange(600))
            writer.writerow(
                [
                    f"{day}T08:00:00.000+03:00",
                    f"{day}T08:20:00.000+03:00",
                    day.isoformat(),
                    "SYR",
                    *rng.choice(places),
                    f"Village {rng.randrange(4000)}",
                    f"{rng.uniform(32.5, 37):.5f}",
                    f"{rng.uniform(35.8, 42):.5f}",
                    " ".join(rng.sample(kinds, rng.randint(1, 2))),
                    rng.randrange(0, 6),
                    rng.randrange(0, 9),
                    " ".join(rng.choice(words).capitalize() for _ in range(rng.randint(10, 40)))
                    + ".",
                    f"uuid-{i}",
                    f"{day}T09:00:00",
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=50_000)
    parser.add_argument("--migrated-regions", type=int, default=100_000)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store, _ = Store.create(tmp / "store", "bench", "benchmark passphrase", kdf=FAST_KDF)
        incidents = Incidents(store)
        docs = documents(args.incidents, seed=3)
        t = time.perf_counter()
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) == 1000:
                incidents.add_many(batch)
                batch = []
        if batch:
            incidents.add_many(batch)
        print(
            f"seeded {args.incidents:,} incidents in {time.perf_counter() - t:.1f} s",
            file=sys.stderr,
        )
        for fmt in FORMATS:
            for audience in ("internal", "un", "partners"):
                out = tmp / f"export-{audience}.{'csv' if fmt == 'hxl' else fmt}"
                with scrubber(True):  # cold: the withheld names indexed again
                    t = time.perf_counter()
                    done = Exporter(store).write(
                        ExportRequest.parse(format=fmt, audience=audience), out
                    )
                    took = time.perf_counter() - t
                size = out.stat().st_size / 2**20
                out.unlink()
                off = None
                if audience != "internal":
                    with scrubber(False):
                        t = time.perf_counter()
                        Exporter(store).write(
                            ExportRequest.parse(format=fmt, audience=audience), out
                        )
                        off = time.perf_counter() - t
                    out.unlink()
                rows.append(
                    (
                        f"export {fmt} ({done.rows:,} {done_unit(audience)})",
                        audience,
                        f"{done.incidents:,} incidents",
                        took,
                        size,
                        20.0,
                        off,
                    )
                )
        store.close()
        try:
            from app.exchange import check, commit, read_table
        except ImportError:  # the import side arrives separately
            check = None
        if check is not None:
            from app.exchange import load_mapping

            fresh, _ = Store.create(tmp / "fresh", "bench", "benchmark passphrase", kdf=FAST_KDF)
            source = tmp / "kobo.csv"
            kobo_csv(source, args.import_rows)
            t = time.perf_counter()
            table = read_table(source)
            checked = check(fresh, table, load_mapping("kobo"))
            ids = commit(fresh, checked, table)
            took = time.perf_counter() - t
            rows.append(
                (
                    "import csv (KoboToolbox)",
                    "-",
                    f"{len(ids):,} of {args.import_rows:,} rows",
                    took,
                    source.stat().st_size / 2**20,
                    30.0,
                    None,
                )
            )
            fresh.close()
        rows.append(migration_row(tmp, args.migrated_regions))
    print(
        "| operation | audience | size | time (s) | scrubber off (s) | ratio | file (MiB) | "
        "target (s) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for op, audience, size, took, mib, target, off in rows:
        verdict = "<" if took < target else "NOT <"
        ratio = f"{off:.1f} | {took / off:.2f}x" if off else "- | -"
        print(
            f"| {op} | {audience} | {size} | {took:.1f} | {ratio} | {mib:.1f} | "
            f"{verdict} {target:.0f} |"
        )


def migration_row(tmp: Path, n: int) -> tuple:
    """Migration 0010 on a store of `n` incidents whose regions were stored as typed (as 0009
    left them: no P-codes, names in every spelling, some places the gazetteer lacks)."""
    from alembic import command
    from sqlalchemy import text

    from app.schema.revision import alembic_config

    store, _ = Store.create(tmp / "migrated", "bench", "benchmark passphrase", kdf=FAST_KDF)
    rng = random.Random(10)
    docs = documents(n, seed=4)
    typed = regions_typed(rng, 2000) + [("Old town", "Camp 4")] * 20
    incidents = Incidents(store)
    while batch := list(itertools.islice(docs, 1000)):
        for doc in batch:
            doc["location"] = {"country": "SYR", "not_in_gazetteer": True}
        incidents.add_many(batch)
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
        ids = [r[0] for r in conn.execute(text("SELECT id FROM incidents"))]
        conn.execute(
            text("UPDATE incidents SET admin1 = :a1, admin2 = :a2 WHERE id = :id"),
            [
                {"id": i, "a1": a1, "a2": a2}
                for i, (a1, a2) in zip(ids, rng.choices(typed, k=len(ids)), strict=True)
            ],
        )
    t = time.perf_counter()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    took = time.perf_counter() - t
    with store.engine.connect() as conn:
        coded = conn.execute(
            text("SELECT count(*) FROM incidents WHERE admin2_pcode IS NOT NULL")
        ).scalar_one()
    store.close()
    return (
        "migration 0010: regions typed resolved to P-codes",
        "-",
        f"{coded:,} of {n:,} incidents coded",
        took,
        0.0,
        30.0,
        None,
    )


def done_unit(audience: str) -> str:
    return "rows" if audience in ("internal", "un") else "counts"


if __name__ == "__main__":
    main()
