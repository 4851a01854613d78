"""Sync benchmark: bytes on the wire, speed over loopback and over a 2.4 kbit/s link, what a
cut connection costs, and HQ's throughput with many devices at once.

Everything is real: an `upfront-hq serve` process over mutual TLS on a fresh PostgreSQL
database, devices with SQLCipher stores enrolled over TLS, and (where bytes are counted or
the link is slowed) the tests' FaultProxy forwarding the encrypted bytes in between.
Measurements only: the "target" columns say whether the issue's targets are met this run.

    python bench/sync.py [--quick] [--skip-slow] [--only 1,2,3,4,5] [--devices 50]
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sync"))

import psycopg  # noqa: E402
from faultproxy import FaultProxy  # noqa: E402
from sqlalchemy import text  # noqa: E402
from synchelp import (  # noqa: E402
    FAST_KDF,
    PASSPHRASE,
    enroll_in_process,
    free_port,
    fresh_pg_database,
    incident,
    make_hq_dir,
)
from synchelp import start_server as start_hq_process  # noqa: E402

from app import heap  # noqa: E402
from app.incidents import Incidents  # noqa: E402
from app.store import Store  # noqa: E402
from sync import device as d  # noqa: E402
from sync import pki  # noqa: E402
from sync.client import Link, SyncClient, SyncResult, enroll  # noqa: E402
from sync.hq.service import HQ  # noqa: E402

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
CONFIDENTIALITY = ["public", "partners", "un", "internal"]
VERIFICATION = [
    "unverified",
    "pending",
    "reasonable_suspicion",
    "reasonable_grounds",
    "balance_of_probabilities",
]
STATUS = ["draft", "submitted"]
EDIT_FIELDS = ("status", "confidentiality", "verification.status", "location.place")
PLACES = (
    "Central market",
    "North checkpoint",
    "Old mosque",
    "Camp 4",
    "Clinic road",
    "River crossing",
    "School 12",
    "Bakery",
    "Bus station",
    "Well 3",
)


# ---- HQ and devices ---------------------------------------------------------------------
def pg_database() -> contextlib.AbstractContextManager[str]:
    return fresh_pg_database("upfront_bench")


def pg_version() -> str:
    with psycopg.connect(PG_ADMIN) as conn:
        return str(conn.execute("SHOW server_version").fetchone()[0])


class Server:
    """A real `upfront-hq serve` process; `hq` is an in-process HQ on the same database."""

    def __init__(self, directory: Path, db_url: str) -> None:
        self.directory, self.db_url = directory, db_url
        directory.mkdir(parents=True, exist_ok=True)
        self.hq: HQ = make_hq_dir(directory, db_url)
        self.fingerprint = pki.fingerprint(self.hq.keys.ca.cert)
        self.procs: list[subprocess.Popen] = []
        self.ports: list[int] = []
        self.workers = 0

    @property
    def port(self) -> int:
        return self.ports[0]

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def urls(self) -> list[str]:
        return [f"https://127.0.0.1:{port}" for port in self.ports]

    def start(self, workers: int = 1, processes: int = 1) -> Server:
        """`processes` separate `upfront-hq serve` processes on one database (as behind a
        load balancer), each with `workers` uvicorn workers."""
        self.stop()
        self.workers = workers
        for _ in range(processes):
            port = free_port()
            self.procs.append(start_hq_process(self.directory, port, self.db_url, workers=workers))
            self.ports.append(port)
        return self

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        self.procs, self.ports = [], []

    def team(self, country: str = "SYR") -> str:
        return self.hq.add_team(country)["id"]

    def scalar(self, sql: str, **params) -> int:
        with self.hq.engine.connect() as conn:
            return int(conn.execute(text(sql), params).scalar() or 0)

    def applied_through(self, device_id: str) -> int:
        return next(x["applied_through"] for x in self.hq.devices() if x["id"] == device_id)


@dataclass
class Device:
    name: str
    store: Store
    incidents: Incidents
    client: SyncClient
    device_id: str
    options: dict = field(default_factory=dict)

    @property
    def link(self) -> Link:
        return self.client.link(self.client.state())

    def point_at(self, url: str, **options) -> None:
        """Send this device's syncs to `url` (a proxy in front of HQ; HQ's certificate names
        127.0.0.1, so it verifies) with a fresh SyncClient: a new Link, so a full handshake."""
        with self.store.transaction() as s:
            state = d.load_state(s)
            state.hq_url = url
            d.save_state(s, state)
        self.client.close()
        self.options = options or self.options
        self.client = SyncClient(self.store, **self.options)

    def pending(self) -> int:
        return d.status(self.store).pending

    def close(self) -> None:
        self.client.close()
        self.store.close()


def new_device(server: Server, tmp: Path, name: str, team: str, **options) -> Device:
    store, _ = Store.create(tmp / "devices" / name, name, PASSPHRASE, kdf=FAST_KDF)
    token = server.hq.create_token(team)
    device_id = enroll(store, server.url, token, server.fingerprint, name)["device_id"]
    return Device(name, store, Incidents(store), SyncClient(store, **options), device_id, options)


def sync_ok(dev: Device) -> SyncResult:
    result = dev.client.sync()
    if not result.complete:
        raise RuntimeError(f"{dev.name}: sync did not complete: {result}")
    return result


def day_incidents(rng: random.Random, n: int, tag: str) -> list[dict]:
    """Incidents as an officer records them: synchelp's document (a victim, a source), with
    a second victim and source now and then and a narrative of a few sentences."""
    docs = []
    for i in range(n):
        victims = [
            {
                "name": f"Person {rng.randint(1, 10**6)}",
                "sex": rng.choice(["female", "male"]),
                "age_group": "adult",
                "protected": rng.random() < 0.3,
                "consent": "un",
            }
            for _ in range(rng.randint(1, 3))
        ]
        sources = [
            {"type": "individual", "reliability": "likely_reliable"}
            for _ in range(rng.randint(1, 2))
        ]
        narrative = " ".join(
            f"Witness {rng.randint(1, 99)} describes shelling near the "
            f"{rng.choice(PLACES).lower()} at {rng.randint(1, 12)} o'clock."
            for _ in range(rng.randint(2, 5))
        )
        docs.append(
            incident(
                title=f"{tag} {i}: shelling of {rng.choice(PLACES).lower()}",
                narrative=narrative,
                victims=victims,
                sources=sources,
                location={"country": "SYR", "admin1": "rif dimashq", "place": rng.choice(PLACES)},
            )
        )
    return docs


def structured_edit(dev: Device, rid: str, rng: random.Random) -> int:
    """Change 1 to 3 of status, confidentiality, verification.status, location.place (each
    to a value other than the current one). Returns how many fields changed."""
    doc = dev.incidents.get(rid)
    picked = rng.sample(EDIT_FIELDS, rng.randint(1, 3))
    changes: dict = {}

    def other(values, current):
        return rng.choice([x for x in values if x != current])

    for path in picked:
        if path == "status":
            changes["status"] = other(STATUS, doc.get("status"))
        elif path == "confidentiality":
            changes["confidentiality"] = other(CONFIDENTIALITY, doc.get("confidentiality"))
        elif path == "verification.status":
            current = (doc.get("verification") or {}).get("status")
            changes["verification"] = {"status": other(VERIFICATION, current)}
        else:
            current = (doc.get("location") or {}).get("place")
            changes["location"] = {"place": other(PLACES, current)}
    dev.incidents.edit(rid, changes)
    return len(picked)


class Counter:
    """Bytes between two points: the Link's payload counters and the proxy's wire bytes."""

    def __init__(self, dev: Device, proxy: FaultProxy | None) -> None:
        self.dev, self.proxy = dev, proxy
        link = dev.link
        self.link = link
        self.sent0, self.recv0 = link.bytes_sent, link.bytes_received
        self.hs0, self.res0 = link.handshakes, link.resumed
        self.up0 = proxy.bytes_up if proxy else 0
        self.down0 = proxy.bytes_down if proxy else 0
        self.t0 = time.perf_counter()

    def stop(self) -> dict:
        out = {
            "seconds": time.perf_counter() - self.t0,
            "sent": self.link.bytes_sent - self.sent0,
            "received": self.link.bytes_received - self.recv0,
            "handshakes": self.link.handshakes - self.hs0,
            "resumed": self.link.resumed - self.res0,
        }
        if self.proxy:
            out["up"] = self.proxy.bytes_up - self.up0
            out["down"] = self.proxy.bytes_down - self.down0
        return out


def table(title: str, header: list[str], rows: list[list], notes: list[str] = ()) -> None:
    cells = [[str(c) for c in r] for r in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(header)
    ]
    print(f"\n{title}\n")
    print(
        "| "
        + " | ".join(
            h.ljust(w) if i == 0 else h.rjust(w)
            for i, (h, w) in enumerate(zip(header, widths, strict=True))
        )
        + " |"
    )
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in cells:
        print(
            "| "
            + " | ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
            + " |"
        )
    for note in notes:
        print(f"  {note}")
    sys.stdout.flush()


def yes(ok: bool) -> str:
    return "yes" if ok else "NO"


# ---- 1. bytes per changed incident --------------------------------------------------------
def bench_bytes(server: Server, tmp: Path, sizes: list[int], rng: random.Random) -> None:
    team = server.team()
    with FaultProxy(server.port) as proxy:
        a = new_device(server, tmp, "bytes-a", team)
        b = new_device(server, tmp, "bytes-b", team)
        a.point_at(proxy.url)
        b.point_at(proxy.url)
        # fixed costs, on a's first syncs: a full handshake and a fresh session key, then a
        # warm connection with the confirmed key, then a resumed TLS session
        first = Counter(a, proxy)
        sync_ok(a)
        first = first.stop()
        warm = Counter(a, proxy)
        sync_ok(a)
        warm = warm.stop()
        a.client.close()
        resumed = Counter(a, proxy)
        sync_ok(a)
        resumed = resumed.stop()
        with a.store.session() as s:
            sealed = len(d.session_key(s, a.client.state())[0].sealed)
        fixed = [
            [
                "empty sync, full TLS handshake, new session key sealed",
                first["sent"],
                first["received"],
                first["up"],
                first["down"],
                first["handshakes"],
                first["resumed"],
            ],
            [
                "empty sync, warm connection, confirmed key",
                warm["sent"],
                warm["received"],
                warm["up"],
                warm["down"],
                warm["handshakes"],
                warm["resumed"],
            ],
            [
                "empty sync, new TCP connection, resumed TLS session",
                resumed["sent"],
                resumed["received"],
                resumed["up"],
                resumed["down"],
                resumed["handshakes"],
                resumed["resumed"],
            ],
        ]
        table(
            "1a. Fixed costs of a sync (bytes)",
            ["case", "request body", "answer body", "TLS up", "TLS down", "handshakes", "resumed"],
            fixed,
            [
                f"HPKE-sealed session key (ML-KEM-768+X25519): {sealed} B, sent once per key "
                f"(request body {first['sent'] - warm['sent']:+d} B with it); the measured "
                "syncs below reuse the confirmed key.",
                "TLS columns: what the proxy forwarded (TLS records, HTTP headers included).",
            ],
        )

        total = max(sizes)
        ids = a.incidents.add_many(day_incidents(rng, total, "Edit target"))
        sync_ok(a)
        sync_ok(b)
        rows = []
        for n in sizes:
            per_mode = {}
            for mode in ("warm", "resumed"):
                chosen = rng.sample(ids, n)
                fields = sum(structured_edit(a, rid, rng) for rid in chosen)
                assert a.pending() == n
                if mode == "resumed":
                    a.client.close()  # new TCP connection, same Link: resumed TLS session
                counter = Counter(a, proxy)
                result = sync_ok(a)
                m = counter.stop()
                m["pushed"], m["fields"] = result.pushed, fields
                pull = Counter(b, proxy)
                got = sync_ok(b)
                m["pull_answer"], m["pulled"] = pull.stop()["received"], got.pulled
                per_mode[mode] = m
            w, r = per_mode["warm"], per_mode["resumed"]
            payload = w["sent"] + w["received"]
            rows.append(
                [
                    n,
                    f"{w['fields'] / n:.1f}",
                    w["sent"],
                    w["received"],
                    f"{payload / n:.0f}",
                    f"{(w['up'] + w['down']) / n:.0f}",
                    f"{(r['up'] + r['down']) / n:.0f}",
                    f"{w['pull_answer'] / max(1, w['pulled']):.0f}",
                    f"{w['resumed']}/{r['resumed']}",
                    "n/a" if n < 10 else yes(payload / n <= 120),
                ]
            )
            assert w["pushed"] == n and r["pushed"] == n and w["pulled"] == n
        table(
            "1b. Bytes on the wire per changed incident (edit sync only; key confirmed)",
            [
                "edits",
                "fields/edit",
                "push B",
                "answer B",
                "payload B/edit",
                "TLS B/edit (warm)",
                "TLS B/edit (resumed)",
                "pull B/edit (device B)",
                "resumed w/r",
                "<=120 B/edit",
            ],
            rows,
            [
                "payload = request body + answer body (SyncClient Link counters); 'warm' = the "
                "kept-alive connection of the previous sync; 'resumed' = a new TCP connection "
                "resuming the TLS session (abbreviated handshake).",
                "pull B/edit = the answer body device B receives when it pulls the same edits.",
            ],
        )
        for dev in (a, b):
            dev.close()


# ---- 2. 1,000 changes over loopback -------------------------------------------------------
def timed_posts(dev: Device) -> list[float]:
    """Time spent waiting on HQ (request out, answer in) during syncs, per request."""
    waits: list[float] = []
    inner = dev.client._post

    def post(*args, **kwargs):
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            waits.append(time.perf_counter() - started)

    dev.client._post = post  # type: ignore[method-assign]
    return waits


def bench_thousand(
    server: Server, tmp: Path, n: int, configs: list[tuple[int, int]], rng: random.Random
) -> None:
    rows = []
    for batch, pull in configs:
        team = server.team()
        opts = {"batch_limit": batch, "pull_limit": pull}
        a = new_device(server, tmp, f"push-{batch}", team, **opts)
        b = new_device(server, tmp, f"pull-{batch}", team, **opts)
        for dev in (a, b):
            sync_ok(dev)  # session key confirmed; not part of the measure
        a.incidents.add_many(day_incidents(rng, n, "Thousand"))
        out = {}
        for name, dev in (("push", a), ("pull", b)):
            dev.client.close()  # each side opens a connection (resumed TLS session)
            waits = timed_posts(dev)
            started = time.perf_counter()
            result = sync_ok(dev)
            seconds = time.perf_counter() - started
            out[name] = (
                seconds,
                sum(waits),
                len(waits),
                result.pushed if name == "push" else result.pulled,
            )
        assert out["push"][3] == n and out["pull"][3] == n, out
        (ps, pw, pr, _), (ls, lw, lr, _) = out["push"], out["pull"]
        rows.append(
            [
                f"{batch}/{pull}",
                n,
                f"{ps:.2f}",
                f"{pw:.2f}",
                f"{ps - pw:.2f}",
                pr,
                f"{ls:.2f}",
                f"{lw:.2f}",
                f"{ls - lw:.2f}",
                lr,
                f"{ps + ls:.2f}",
                yes(ps < 1.5 and ls < 1.5),
            ]
        )
        for dev in (a, b):
            dev.close()
    table(
        f"2. {n:,} new incidents pushed by device A, pulled by device B (loopback, TLS, "
        "PostgreSQL)",
        [
            "batch/pull limit",
            "changes",
            "push s",
            "  of which HQ",
            "  device",
            "rounds",
            "pull s",
            "  of which HQ",
            "  device",
            "rounds",
            "total s",
            "both < 1.5 s",
        ],
        rows,
        [
            "'of which HQ' = waiting for HQ's answer (network, TLS, HQ's work); 'device' = "
            "the rest (reading the outbox, sealing, applying the answer in SQLCipher).",
            "Each sync starts on a new TCP connection with a resumed TLS session; the session "
            "key was confirmed before. Reference: PouchDB->CouchDB on loopback ~1.1-1.4 s "
            "push, 0.6-0.9 s pull.",
        ],
    )


# ---- 3. a day's work over 2.4 kbit/s ------------------------------------------------------
def bench_slow_link(server: Server, tmp: Path, n: int, rng: random.Random) -> None:
    rows = []
    team = server.team()
    with FaultProxy(server.port) as proxy:
        dev = new_device(server, tmp, "field-officer", team)
        proxy.rate_bps, proxy.delay = 2400, 0.5  # each way: 1 s round trip
        dev.point_at(proxy.url)  # fresh SyncClient and Link: a full TLS handshake
        for case in ("cold", "resumed"):
            dev.incidents.add_many(day_incidents(rng, n, f"Day {case}"))
            if case == "resumed":
                dev.client.close()  # next day: new TCP connection, same Link (TLS session)
            with dev.store.session() as s:
                _key, confirmed = d.session_key(s, dev.client.state())
            counter = Counter(dev, proxy)
            result = sync_ok(dev)
            m = counter.stop()
            assert result.pushed == n
            target = 60 if case == "cold" else 40
            rows.append(
                [
                    case + (" (new session key sealed)" if not confirmed else " (key confirmed)"),
                    n,
                    f"{m['seconds']:.1f}",
                    m["sent"],
                    m["received"],
                    m["up"],
                    m["down"],
                    m["handshakes"],
                    m["resumed"],
                    f"< {target}",
                    yes(m["seconds"] < target),
                ]
            )
        dev.close()
    table(
        f"3. A day's work ({n} new incidents with victims and sources, no attachments) over "
        "2.4 kbit/s, 1 s round trip",
        [
            "case",
            "incidents",
            "seconds",
            "request B",
            "answer B",
            "TLS up B",
            "TLS down B",
            "handshakes",
            "resumed",
            "target s",
            "met",
        ],
        rows,
        [
            "FaultProxy rate_bps=2400 per direction, delay=0.5 s per chunk and direction. The "
            "proxy accepts the TCP connection locally, so the TCP SYN round trip (+1 s on a "
            "real link) is not in these times."
        ],
    )


# ---- 4. a cut connection -------------------------------------------------------------------
def lose_answer(server: Server, dev: Device, proxy: FaultProxy, target: int) -> dict:
    """Sync while the proxy holds HQ's answers back (1 s delay); as soon as HQ has
    committed the batch (applied_through reaches `target`), drop the connection, so the
    request went through and its answer is lost. Returns the outcome and the bytes moved."""
    proxy.delay = 1.0
    counter = Counter(dev, proxy)
    outcome: list[str] = []

    def attempt() -> None:
        try:
            result = dev.client.sync()
            outcome.append(f"complete, {result.pushed} acknowledged")
        except Exception as err:  # a SyncFailed is what we expect
            outcome.append(type(err).__name__)

    worker = threading.Thread(target=attempt)
    worker.start()
    deadline = time.monotonic() + 60
    while server.applied_through(dev.device_id) < target and time.monotonic() < deadline:
        time.sleep(0.01)
    dropped = proxy.drop_connections()
    proxy.delay = 0.0  # a retry on a new connection goes at full speed
    worker.join(60)
    m = counter.stop()
    m["outcome"] = outcome[0] if outcome else "hung"
    m["dropped"] = dropped
    return m


def bench_cut(server: Server, tmp: Path, n: int, rng: random.Random) -> None:
    team = server.team()

    def answered() -> tuple[int, int]:
        return (
            server.scalar(
                "SELECT count(*) FROM change_results WHERE device_id = :d", d=dev.device_id
            ),
            server.scalar("SELECT count(*) FROM changelog WHERE team_id = :t", t=team),
        )

    rows, notes = [], []
    with FaultProxy(server.port) as proxy:
        dev = new_device(server, tmp, "cut", team)
        dev.point_at(proxy.url)
        sync_ok(dev)  # session key confirmed, connection warm
        target = 0
        for case in ("kept-alive", "new"):
            ids = dev.incidents.add_many(day_incidents(rng, n * 2 // 3, f"Cut {case}"))
            for rid in ids[: n - len(ids)]:
                structured_edit(dev, rid, rng)
            changes = dev.pending()
            target += changes
            before = answered()
            if case == "new":
                dev.client.close()  # the attempt opens a connection: nothing to retry on
            m = lose_answer(server, dev, proxy, target)
            mid = answered()
            label = (
                "kept-alive connection dropped after HQ applied the batch"
                if case == "kept-alive"
                else "new connection dropped after HQ applied the batch"
            )
            rows.append(
                [
                    label,
                    changes,
                    m["outcome"],
                    m["sent"],
                    m["up"],
                    m["down"],
                    mid[0] - before[0] - changes,
                    mid[1] - before[1] - changes,
                ]
            )
            if case == "new":
                proxy.heal()
                counter = Counter(dev, proxy)
                retry = sync_ok(dev)
                r = counter.stop()
                after = answered()
                rows.append(
                    [
                        "  next sync (the batch again)",
                        retry.pushed,
                        f"complete, {retry.pushed} acknowledged",
                        r["sent"],
                        r["up"],
                        r["down"],
                        after[0] - mid[0],
                        after[1] - mid[1],
                    ]
                )
                mid = after
            notes.append(
                f"{case}: HQ change_results {before[0]} -> {mid[0]}, change-log rows "
                f"{before[1]} -> {mid[1]} for {changes} changes; applied_through "
                f"{server.applied_through(dev.device_id)}"
            )
        counter = Counter(dev, proxy)
        nxt = sync_ok(dev)
        m = counter.stop()
        rows.append(
            [
                "next sync after a successful round",
                nxt.pushed,
                f"complete, {nxt.pushed} acknowledged",
                m["sent"],
                m["up"],
                m["down"],
                "-",
                "-",
            ]
        )
        dev.close()
    table(
        f"4. A cut connection: {n} changes pushed, HQ's answer lost",
        [
            "case",
            "changes",
            "outcome",
            "request body B (acknowledged)",
            "TLS up B",
            "TLS down B",
            "re-applied at HQ",
            "extra change-log rows",
        ],
        rows,
        notes
        + [
            "The answer is held back by the proxy and the connection dropped once HQ has "
            "committed the batch. On a kept-alive connection the Link sends the request once "
            "more on a new one (same sync: TLS up holds both copies); on a new connection the "
            "sync fails and the next one sends the unanswered batch again. Either way the "
            "whole batch is re-sent, and HQ, which answers a duplicate batch from what it "
            "stored, applies nothing twice (the last two columns must be 0).",
            "request body B = the Link's count for requests that got an answer (the lost one "
            "is not in it).",
        ],
    )


# ---- 5. many devices at once --------------------------------------------------------------
def sync_all(devices: list[Device]) -> tuple[list, list[float], float]:
    """Every device's sync at once, one thread each, released together by a barrier."""
    barrier = threading.Barrier(len(devices) + 1)
    results: list[SyncResult | Exception | None] = [None] * len(devices)
    latency = [0.0] * len(devices)

    def run(i: int) -> None:
        barrier.wait()
        started = time.perf_counter()
        try:
            results[i] = devices[i].client.sync()
        except Exception as err:  # reported by the caller
            results[i] = err
        latency[i] = time.perf_counter() - started

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(devices))]
    for t in threads:
        t.start()
    barrier.wait()
    started = time.perf_counter()
    for t in threads:
        t.join()
    return results, latency, time.perf_counter() - started


def bench_concurrency(
    server: Server, tmp: Path, count: int, lo: int, hi: int, rng: random.Random
) -> None:
    server.start(workers=1)
    # each device in a team of its own: its pull is empty, so the run measures HQ's push
    devices = [new_device(server, tmp, f"many-{i}", server.team()) for i in range(count)]
    modes = [
        ("upfront-hq serve --workers 2", 2, 1),
        ("2 processes x 1 worker", 1, 2),
        ("1 process x 1 worker", 1, 1),
    ]
    rows, notes = [], []
    for label, workers, processes in modes:
        try:
            server.start(workers=workers, processes=processes)
        except RuntimeError as err:
            last = [x for x in str(err).splitlines() if x.strip()][-1]
            rows.append([label, count, "-", "-", "-", "-", "-", "-", "-", "-", "-"])
            notes.append(f"{label}: HQ did not start: {last}")
            continue
        for i, dev in enumerate(devices):
            dev.point_at(server.urls[i % len(server.urls)])
            sync_ok(dev)  # session key confirmed before the measure
        expected = 0
        for dev in devices:
            k = rng.randint(lo, hi)
            creates = max(1, k * 2 // 3)
            ids = dev.incidents.add_many(day_incidents(rng, creates, dev.name))
            for i in range(k - creates):
                structured_edit(dev, ids[i % len(ids)], rng)
            expected += dev.pending()
        for dev in devices:
            dev.client.close()  # each sync opens a connection (resumed TLS session)
        before = server.scalar("SELECT count(*) FROM change_results")
        t_mark = time.time()
        results, latency, wall = sync_all(devices)
        failures = [r for r in results if isinstance(r, Exception)]
        ok = [r for r in results if isinstance(r, SyncResult)]
        applied = server.scalar("SELECT count(*) FROM change_results") - before
        with server.hq.engine.connect() as conn:
            first, last = conn.execute(
                text(
                    "SELECT min(received_at), max(received_at) FROM batches WHERE received_at >= :t"
                ),
                {"t": t_mark},
            ).one()
        span = (last - first) if first is not None else 0.0
        rows.append(
            [
                label,
                len(devices),
                expected,
                applied,
                sum(r.pushed for r in ok),
                len(failures),
                f"{wall:.2f}",
                f"{applied / wall:.0f}",
                f"{statistics.median(latency):.2f}",
                f"{max(latency):.2f}",
                f"{span:.2f}",
            ]
        )
        if failures:
            notes.append(f"{label}: {len(failures)} syncs failed, e.g. {failures[0]!r}")
        for proc, port in zip(server.procs, server.ports, strict=True):
            if proc.poll() is not None:
                log = (server.directory / f"serve-{port}.log").read_text(errors="replace")
                notes.append(
                    f"{label}: the HQ process on port {port} DIED (exit "
                    f"{proc.returncode}): {log.strip().splitlines()[-1:]}"
                )
    for dev in devices:
        dev.close()
    server.start(workers=1)
    table(
        f"5. HQ throughput: {count} devices syncing at once ({lo}-{hi} pending changes "
        "each, about 2/3 new incidents, 1/3 edits), PostgreSQL",
        [
            "HQ",
            "devices",
            "pending",
            "applied at HQ",
            "acknowledged",
            "failed",
            "wall s",
            "changes/s",
            "median sync s",
            "slowest sync s",
            "HQ batch span s",
        ],
        rows,
        notes
        + [
            "changes/s = change_results rows HQ wrote during the run / wall time from the "
            "barrier to the last sync's end (each sync on a new TCP connection, resumed TLS "
            "session, confirmed key). '2 processes': devices split between two serve "
            "processes on one database.",
            "HQ batch span = first to last batch received at HQ. Each device is in a team of "
            "its own (empty pulls). The devices' threads run in this process, on the same "
            "CPUs as HQ and PostgreSQL.",
        ],
    )


# ---- main ---------------------------------------------------------------------------------
# ---- 6. encryption at rest: on and off, same run ----------------------------------------
def local_device(hq: HQ, tmp: Path, name: str, token: str, limit: int = 500) -> Device:
    """A device enrolled with `hq` in this process and syncing through `HQ.local_transport`
    (the whole exchange: session keys, sealing, signatures, SQLCipher; no TLS, no socket)."""
    store, client, device_id = enroll_in_process(hq, tmp / "devices", name, token, limit=limit)
    opts = {"batch_limit": limit, "pull_limit": limit}
    return Device(name, store, Incidents(store), client, device_id, opts)


def bench_at_rest(tmp: Path, n: int, rounds: int, rng: random.Random) -> None:
    """Push and pull of `n` changes through HQ with its encryption at rest on and off, each
    on its own fresh PostgreSQL database, alternating so drift hits both alike."""
    docs = day_incidents(rng, n, "AtRest")
    times: dict[str, dict[str, list[float]]] = {
        "on": {"push": [], "pull": []},
        "off": {"push": [], "pull": []},
    }
    for r in range(rounds):
        for mode in ("on", "off") if r % 2 == 0 else ("off", "on"):
            with pg_database() as db:
                directory = tmp / f"at-rest-{mode}-{r}"
                directory.mkdir(parents=True)
                hq = make_hq_dir(directory, db, encrypted=mode == "on")
                try:
                    team = hq.add_team("SYR")["id"]
                    a = local_device(hq, tmp, f"rest-a-{mode}-{r}", hq.create_token(team))
                    b = local_device(hq, tmp, f"rest-b-{mode}-{r}", hq.create_token(team))
                    for dev in (a, b):
                        sync_ok(dev)
                    a.incidents.add_many(docs)
                    for side, dev in (("push", a), ("pull", b)):
                        started = time.perf_counter()
                        result = sync_ok(dev)
                        times[mode][side].append(time.perf_counter() - started)
                        moved = result.pushed if side == "push" else result.pulled
                        assert moved == n, (mode, side, moved)
                    for dev in (a, b):
                        dev.close()
                finally:
                    hq.engine.dispose()
    rows = []
    for side in ("push", "pull"):
        on, off = statistics.median(times["on"][side]), statistics.median(times["off"][side])
        rows.append([side, n, f"{off:.2f}", f"{on:.2f}", f"{on / off:.2f}x", yes(on / off <= 1.3)])
    table(
        f"6. {n:,} changes pushed and pulled with HQ's encryption at rest off and on "
        f"(median of {rounds}, in-process HQ on PostgreSQL, same run)",
        ["", "changes", "off s", "on s", "on/off", "<= 1.3x"],
        rows,
        [
            "The whole exchange but the socket: the device's SQLCipher work, sealing and "
            "signatures, HQ's checks, merge and database writes; 'on' adds sealing every "
            "document, stamp, change-log value and stored batch under the team's data key."
        ],
    )


# ---- 7. a `un` analyst's first pull ---------------------------------------------------------
def bench_un_first_pull(server: Server, tmp: Path, n: int, rng: random.Random) -> None:
    team = server.team("SYR")
    a = new_device(server, tmp, "un-source", team, batch_limit=1000, pull_limit=1000)
    docs = day_incidents(rng, n, "UNPull")
    for i, doc in enumerate(docs):  # a mix of what reaches the UN and what stays internal
        doc["confidentiality"] = "internal" if i % 4 == 0 else "un"
    a.incidents.add_many(docs)
    sync_ok(a)
    store, _ = Store.create(tmp / "devices" / "un-analyst", "un-analyst", PASSPHRASE, kdf=FAST_KDF)
    token = server.hq.create_token(None, analyst=True, scope=[team], audience="un", entity="OCHA")
    enroll(store, server.url, token, server.fingerprint, "un-analyst")
    un = Device("un-analyst", store, Incidents(store), SyncClient(store, pull_limit=1000), "")
    started = time.perf_counter()
    sync_ok(un)
    seconds = time.perf_counter() - started
    held = un.incidents.count()
    expected = sum(1 for doc in docs if doc["confidentiality"] == "un")
    table(
        f"7. A `un` analyst's first pull of a team of {n:,} incidents (TLS, PostgreSQL)",
        ["incidents at HQ", "reach `un`", "pulled", "seconds", "< 30 s"],
        [[n, expected, held, f"{seconds:.1f}", yes(seconds < 30)]],
        [
            "Every record rendered for the audience by app.redaction: names withheld across "
            "the whole store, coordinates rounded, internal records never sent."
        ],
    )
    for dev in (a, un):
        dev.close()


# ---- 8. a lost laptop: restoring a team to a new device -------------------------------------
def bench_restore(server: Server, tmp: Path, n: int, rng: random.Random) -> None:
    team = server.team("SYR")
    a = new_device(server, tmp, "restore-source", team, batch_limit=2000, pull_limit=2000)
    made = time.perf_counter()
    for start in range(0, n, 10_000):
        a.incidents.add_many(day_incidents(rng, min(10_000, n - start), f"Restore{start}"))
    recorded = time.perf_counter() - made
    started = time.perf_counter()
    sync_ok(a)
    pushed = time.perf_counter() - started
    b = new_device(server, tmp, "restore-new", team, batch_limit=2000, pull_limit=2000)
    started = time.perf_counter()
    result = sync_ok(b)
    restored = time.perf_counter() - started
    table(
        f"8. A lost laptop: a new device of the team restores {n:,} incidents from HQ "
        "(TLS, PostgreSQL)",
        ["incidents", "recorded s", "pushed s", "restored s", "restored per s"],
        [[n, f"{recorded:.0f}", f"{pushed:.0f}", f"{restored:.0f}", f"{n / restored:,.0f}"]],
        [f"pulled {result.pulled:,} changes in the restore"],
    )
    for dev in (a, b):
        dev.close()


# ---- 9. the peer: PouchDB to express-pouchdb ------------------------------------------------
POUCH_PACKAGES = ("pouchdb@9.0.0", "express-pouchdb@4.2.0", "express@4.22.3")


def pouchdb_folder() -> Path | None:
    """A scratch folder with PouchDB installed by npm (kept between runs), or None with a
    message where node or npm is missing or the install fails."""
    import shutil

    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        print("\n9. PouchDB peer skipped: node or npm is not on this machine")
        return None
    folder = Path(tempfile.gettempdir()) / "upfront-bench-pouchdb"
    folder.mkdir(exist_ok=True)
    if not (folder / "node_modules" / "express-pouchdb").is_dir():
        (folder / "package.json").write_text('{"name": "upfront-bench-peer", "private": true}')
        done = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--silent", *POUCH_PACKAGES],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            print(f"\n9. PouchDB peer skipped: npm install failed: {done.stderr[-300:]}")
            return None
    return folder


def bench_pouchdb(server: Server, tmp: Path, n: int, rounds: int, rng: random.Random) -> None:
    import json
    import shutil

    folder = pouchdb_folder()
    if folder is None:
        return
    docs = day_incidents(rng, n, "Peer")
    pouch: dict[str, list[float]] = {"push": [], "pull": []}
    ours: dict[str, list[float]] = {"push": [], "pull": []}
    (tmp / "peer-docs.json").write_text(
        json.dumps([{"_id": f"{i:06d}", **doc} for i, doc in enumerate(docs)])
    )
    for r in range(rounds):
        work = tmp / f"peer-{r}"
        work.mkdir()
        done = subprocess.run(
            [
                shutil.which("node") or "node",
                str(ROOT / "bench" / "pouchdb_peer.js"),
                str(tmp / "peer-docs.json"),
                str(work),
            ],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "NODE_PATH": str(folder / "node_modules")},
        )
        if done.returncode != 0:
            print(f"\n9. PouchDB peer failed: {done.stderr[-500:]}")
            return
        got = json.loads(done.stdout.strip().splitlines()[-1])
        assert got["pushed"] == n and got["pulled"] == n, got
        pouch["push"].append(got["push_s"])
        pouch["pull"].append(got["pull_s"])
        team = server.team()
        a = new_device(server, tmp, f"peer-a-{r}", team)
        b = new_device(server, tmp, f"peer-b-{r}", team)
        for dev in (a, b):
            sync_ok(dev)
        a.incidents.add_many(docs)
        for side, dev in (("push", a), ("pull", b)):
            dev.client.close()
            started = time.perf_counter()
            sync_ok(dev)
            ours[side].append(time.perf_counter() - started)
        for dev in (a, b):
            dev.close()
    rows = []
    for side in ("push", "pull"):
        p_s, u_s = statistics.median(pouch[side]), statistics.median(ours[side])
        ratio = u_s / p_s
        rows.append([side, n, f"{p_s:.2f}", f"{u_s:.2f}", f"{ratio:.2f}x", yes(ratio <= 0.7)])
    table(
        f"9. The peer: PouchDB -> express-pouchdb vs Upfront -> upfront-hq, {n:,} documents "
        f"(median of {rounds}, same run)",
        ["", "docs", "PouchDB s", "Upfront s", "Upfront/PouchDB", "<= 0.7x"],
        rows,
        [
            "PouchDB: plain HTTP on loopback, LevelDB both ends, no encryption, default "
            "batch size. Upfront: mutual TLS, sealed and signed batches, SQLCipher device, "
            "HQ's encryption at rest on, PostgreSQL.",
        ],
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a fast smoke run")
    parser.add_argument(
        "--skip-slow", action="store_true", help="skip the 2.4 kbit/s link (about a minute)"
    )
    parser.add_argument(
        "--devices",
        type=int,
        default=None,
        help="devices syncing at once in part 5 (default 50; 8 with --quick)",
    )
    parser.add_argument(
        "--only",
        default="",
        help="run only these parts, e.g. --only 1,4 (1 bytes, 2 thousand, "
        "3 slow link, 4 cut, 5 concurrency, 6 encryption at rest on/off, 7 a un analyst's "
        "first pull, 8 restoring a team to a new device, 9 the PouchDB peer)",
    )
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    faulthandler.enable()
    heap.settle()  # as `upfront sync` and the window do once started: devices run here
    only = {int(x) for x in args.only.split(",") if x.strip()}
    rng = random.Random(args.seed)
    quick = args.quick
    sizes = [1, 10, 50] if quick else [1, 10, 200]
    thousand = 200 if quick else 1000
    configs = [(500, 500)] if quick else [(500, 500), (1000, 1000)]
    day = 5 if quick else 20
    devices = args.devices or (8 if quick else 50)
    lo, hi = (5, 10) if quick else (20, 40)

    print(
        f"Sync benchmark: {platform.machine()} {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, PostgreSQL {pg_version()} (loopback), "
        f"{'quick run' if quick else 'full run'}; load average "
        f"{'/'.join(f'{x:.1f}' for x in os.getloadavg())} (1/5/15 min)"
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp_name, pg_database() as db:
        tmp = Path(tmp_name)
        server = Server(tmp / "hq", db)
        try:
            server.start(workers=1)
            print(f"HQ: upfront-hq serve --workers 1 on {server.url}, database {db}")
            steps: list[tuple[int, Callable[[], None]]] = [
                (1, lambda: bench_bytes(server, tmp, sizes, rng)),
                (2, lambda: bench_thousand(server, tmp, thousand, configs, rng)),
                (3, lambda: bench_slow_link(server, tmp, day, rng)),
                (4, lambda: bench_cut(server, tmp, 10 if quick else 50, rng)),
                (5, lambda: bench_concurrency(server, tmp, devices, lo, hi, rng)),
                (6, lambda: bench_at_rest(tmp, thousand, 1 if quick else 3, rng)),
                (7, lambda: bench_un_first_pull(server, tmp, 1000 if quick else 10_000, rng)),
                (8, lambda: bench_restore(server, tmp, 5000 if quick else 100_000, rng)),
                (9, lambda: bench_pouchdb(server, tmp, thousand, 1 if quick else 5, rng)),
            ]
            steps = [
                (n, step)
                for n, step in steps
                if (not only or n in only) and not (n == 3 and args.skip_slow)
            ]
            for _n, step in steps:
                step()
        finally:
            server.stop()
            server.hq.engine.dispose()
    print(
        f"\n(benchmark ran {time.perf_counter() - started:.0f} s; load average "
        f"{'/'.join(f'{x:.1f}' for x in os.getloadavg())})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
