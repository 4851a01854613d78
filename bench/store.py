"""Store benchmark: SQLCipher against plain SQLite, same workload, same run.

Inserts N realistic incidents (acts, victims, perpetrators, sources) through the real service
path (validation, history, audit), then times a filtered, sorted page of 100 rows.
Targets (issue 2): SQLCipher <= 1.3x plain SQLite; 100k inserts < 60 s; the page < 50 ms.
Then the encrypted store's key is rotated (`Store.rekey`: a full copy under the new key), timed,
and its records counted again; last, the emergency wipe of the full store is timed (target:
under half a second, as it overwrites the key file only).

    python bench/store.py [--incidents 100000] [--batch 1000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.engine import make_engine, migrate
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.keyfile import KdfParams, KeyFile, Slot
from app.paths import db_path
from app.store import Store
from app.vocab import vocabularies
from app.wipe import wipe

COUNTRIES = ["SYR", "COD", "MMR", "SDN", "UKR", "AFG", "YEM", "HTI"]
WORDS = (
    "shelling market checkpoint village detention raid convoy school clinic camp "
    "displacement protest arrest abduction airstrike patrol border night family "
    "district road well harvest mosque church courthouse river"
).split()


def lexicon(rng: random.Random, size: int = 20_000) -> list[str]:
    """Made-up words for narratives, drawn with a Zipf-like skew as real text is: a few words
    in most records, most words in few."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = WORDS + [
        "".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(size)
    ]
    return words


def documents(n: int, seed: int = 7):
    rng = random.Random(seed)
    words = lexicon(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    vocab = vocabularies()
    admin1 = {c: [t.code for t in vocab.terms("admin1", country=c)] for c in COUNTRIES}
    codes = {
        k: [t.code for t in vocab.terms(k)]
        for k in (
            "violation",
            "perpetrator",
            "involvement",
            "source-type",
            "source-connection",
            "reliability",
            "verification",
            "confidentiality",
            "sex",
            "age-group",
            "consent",
        )
    }
    start = date(2018, 1, 1)
    for _ in range(n):
        country = rng.choice(COUNTRIES)
        nviol = rng.randint(1, 3)
        yield {
            "title": " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).capitalize(),
            "occurred_from": (start + timedelta(days=rng.randint(0, 3000))).isoformat(),
            "location": {
                "country": country,
                "admin1": rng.choice(admin1[country]),
                "place": rng.choice(WORDS).title(),
                "lat": rng.uniform(-30, 40),
                "lon": rng.uniform(-20, 70),
                "precision": "near",
            },
            "narrative": " ".join(rng.choices(words, weights, k=rng.randint(40, 120))),
            "confidentiality": rng.choice(codes["confidentiality"]),
            "status": "submitted",
            "violations": [
                {
                    "type": rng.choice(codes["violation"]),
                    "victims_count": rng.randint(1, 30),
                    "counts": [
                        {
                            "sex": rng.choice(codes["sex"]),
                            "age_group": rng.choice(codes["age-group"]),
                            "count": 1,
                        }
                    ],
                }
                for _ in range(nviol)
            ],
            "victims": [
                {
                    "name": f"Person {rng.randint(1, 10**6)}",
                    "sex": rng.choice(codes["sex"]),
                    "age_group": rng.choice(codes["age-group"]),
                    "protected": rng.random() < 0.3,
                    "consent": rng.choice(codes["consent"]),
                }
                for _ in range(rng.randint(1, 4))
            ],
            "perpetrators": [
                {
                    "category": rng.choice(codes["perpetrator"]),
                    "involvement": [
                        {
                            "violation": rng.randrange(nviol),
                            "degree": rng.choice(codes["involvement"]),
                        }
                    ],
                }
                for _ in range(rng.randint(1, 2))
            ],
            "sources": [
                {
                    "type": rng.choice(codes["source-type"]),
                    "connection": rng.choice(codes["source-connection"]),
                    "reliability": rng.choice(codes["reliability"]),
                }
                for _ in range(rng.randint(1, 3))
            ],
            "verification": {"status": rng.choice(codes["verification"])},
        }


def build(directory: Path, n: int, batch: int = 1000) -> None:
    """A store of `n` of these documents, for the desktop benchmarks (bench/ui.py and
    bench/bulk.py): user 'bench', passphrase 'benchmark passphrase', cheap Argon2."""
    print(f"building a store of {n:,} incidents (roughly {n / 1000:.0f} s)…", file=sys.stderr)
    started = time.perf_counter()
    cheap = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)  # unlocking is not timed
    store, _ = Store.create(directory, "bench", "benchmark passphrase", kdf=cheap)
    incidents = Incidents(store)
    docs = documents(n)
    for i in range(0, n, batch):
        incidents.add_many(next(docs) for _ in range(min(batch, n - i)))
    store.close()
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def plain_store(directory: Path) -> Store:
    """The same schema and service on an unencrypted SQLite file (benchmark baseline only)."""
    directory.mkdir(parents=True)
    engine = make_engine(db_path(directory), None)
    migrate(engine)
    keys = KeyFile(path=directory / "unused.json", store_id=str(uuid.uuid4()))
    slot = Slot(
        id="bench",
        label="bench",
        kind="passphrase",
        kdf=KdfParams(),
        salt=b"",
        nonce=b"",
        wrapped=b"",
        created_at="",
    )
    return Store(directory, keys, engine, slot, b"")


QUERIES = {
    "page: country+violation+dates, by date": IncidentQuery(
        country="SYR",
        violation="killing",
        date_from=date(2019, 1, 1),
        date_to=date(2024, 12, 31),
        sort="occurred_from",
        limit=100,
    ),
    "page: verification, by title": IncidentQuery(
        verification="reasonable_grounds", sort="title", descending=False, limit=100, offset=200
    ),
    "page: full-text 'school convoy', by date": IncidentQuery(
        text="school convoy", sort="occurred_from", limit=100
    ),
}


def run(stores: dict[str, Store], docs: list[dict], batch: int) -> dict[str, dict[str, float]]:
    """Both sides take turns, batch by batch and query by query, so that whatever else the
    machine is doing weighs on both alike."""
    services = {name: Incidents(store) for name, store in stores.items()}
    out: dict[str, dict[str, float]] = {name: {"insert": 0.0} for name in stores}
    order = list(services.items())
    for i in range(0, len(docs), batch):
        order.reverse()  # who goes first alternates, so neither side always meets a cold CPU
        for name, incidents in order:
            started = time.perf_counter()
            incidents.add_many(docs[i : i + batch])
            out[name]["insert"] += time.perf_counter() - started
    for label, query in QUERIES.items():
        times: dict[str, list[float]] = {name: [] for name in stores}
        for incidents in services.values():
            assert incidents.list(query), label  # warm the cache, as an open window has
        for _ in range(15):
            order.reverse()
            for name, incidents in order:
                started = time.perf_counter()
                incidents.list(query)
                times[name].append(time.perf_counter() - started)
        for name in stores:
            out[name][label] = statistics.median(times[name])
    for name, incidents in services.items():
        out[name]["count"] = incidents.count()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    docs = list(documents(args.incidents))
    with tempfile.TemporaryDirectory() as tmp:
        encrypted, _ = Store.create(Path(tmp) / "cipher", "bench", "benchmark passphrase")
        plain = plain_store(Path(tmp) / "plain")
        stores = {"plain SQLite": plain, "SQLCipher": encrypted}
        results = run(stores, docs, args.batch)
        started = time.perf_counter()
        encrypted.rekey()
        rekey_seconds = time.perf_counter() - started
        assert Incidents(encrypted).count() == results["SQLCipher"]["count"]
        for store in stores.values():
            store.close()
        sizes = {
            name: (Path(tmp) / d / "upfront.db").stat().st_size
            for name, d in (("plain SQLite", "plain"), ("SQLCipher", "cipher"))
        }
        started = time.perf_counter()  # the emergency wipe of the full store (crypto-erase)
        wipe(Path(tmp) / "cipher")
        wipe_seconds = time.perf_counter() - started
    p, c = results["plain SQLite"], results["SQLCipher"]
    print(f"\n{args.incidents:,} incidents, batches of {args.batch} (one transaction each)\n")
    print(f"| {'measure':<42} | {'plain SQLite':>12} | {'SQLCipher':>12} | {'ratio':>6} |")
    print(f"|{'-' * 44}|{'-' * 14}|{'-' * 14}|{'-' * 8}|")
    for key in p:
        if key == "count":
            continue
        scale, unit = (1, "s") if key == "insert" else (1000, "ms")
        print(
            f"| {key + f' ({unit})':<42} | {p[key] * scale:>12.2f} | {c[key] * scale:>12.2f} "
            f"| {c[key] / p[key]:>5.2f}x |"
        )
    print(
        f"| {'database size (MB)':<42} | {sizes['plain SQLite'] / 1e6:>12.1f} | "
        f"{sizes['SQLCipher'] / 1e6:>12.1f} | "
        f"{sizes['SQLCipher'] / sizes['plain SQLite']:>5.2f}x |"
    )
    print(f"| {'rekey (s)':<42} | {'-':>12} | {rekey_seconds:>12.2f} | {'':>6} |")
    print(f"| {'emergency wipe (ms)':<42} | {'-':>12} | {wipe_seconds * 1000:>12.2f} | {'':>6} |")
    print(f"\nrows: {p['count']:,} / {c['count']:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
