"""Crash tests: `kill -9` of the device and of the HQ server at random points during sync,
many times. Afterwards both stores open, their integrity checks pass, and sync completes with
every record once on both sides."""

from __future__ import annotations

import json
import os
import random
import select
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

import pytest
from sqlalchemy import text
from synchelp import FAST_KDF, PASSPHRASE, incident, snapshot, view

from app import audit
from app.errors import NotFound
from app.incidents import Incidents
from app.store import Store
from sync import device as d
from sync.client import Refused, SyncClient, SyncFailed, enroll

CHILD = Path(__file__).with_name("crashchild.py")


# ---- checks ---------------------------------------------------------------------------------
def check_store(directory: Path) -> d.SyncStatus:
    """The store opens, SQLite finds it sound, the audit chain is intact. Returns its sync
    status."""
    store = Store.open(directory, PASSPHRASE)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        with store.session() as session:
            count, problems = audit.verify(session)
        assert problems == [], problems
        assert count > 0
        Incidents(store).list()  # every record readable
        return d.status(store)
    finally:
        store.close()


def check_hq(hq) -> dict[str, int]:
    """HQ's database is consistent: every change a device sent was answered exactly once
    (change_results covers 1..applied_through with no gap), batches chain without gaps, the
    device's head is its last batch, each record was created once. Returns applied_through
    by device."""
    out = {}
    with hq.engine.connect() as conn:
        devices = conn.execute(text("SELECT id, applied_through, head FROM devices")).all()
        for dev_id, through, head in devices:
            out[dev_id] = through
            seqs = (
                conn.execute(
                    text("SELECT seq FROM change_results WHERE device_id = :d ORDER BY seq"),
                    {"d": dev_id},
                )
                .scalars()
                .all()
            )
            assert seqs == list(range(1, through + 1)), (dev_id, through, seqs)
            batches = conn.execute(
                text(
                    "SELECT id, seq_from, seq_to, prev, digest FROM batches "
                    "WHERE device_id = :d ORDER BY id"
                ),
                {"d": dev_id},
            ).all()
            end, last_digest = 0, None
            by_id = {}
            for bid, a, b, _prev, digest in batches:
                assert a <= end + 1 and b > end, ("batches out of order", dev_id, batches)
                end, last_digest = b, bytes(digest)
                by_id[bid] = (a, b)
            assert end == through
            if through:
                assert bytes(head) == last_digest
            bad = [
                (seq, bid)
                for seq, bid in conn.execute(
                    text("SELECT seq, batch_id FROM change_results WHERE device_id = :d"),
                    {"d": dev_id},
                ).all()
                if bid not in by_id or not by_id[bid][0] <= seq <= by_id[bid][1]
            ]
            assert bad == [], ("change answered by a batch that does not hold it", bad)
        created = dict(
            conn.execute(
                text(
                    "SELECT record_id, count(*) FROM changelog WHERE kind = 'create' "
                    "GROUP BY record_id"
                )
            ).all()
        )
        records = conn.execute(text("SELECT id, created_batch FROM records")).all()
        assert created == {rid: 1 for rid, _ in records}
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM changelog c WHERE c.batch_id IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM batches b WHERE b.id = c.batch_id)"
            )
        ).scalar()
        assert orphans == 0
        assert (
            conn.execute(
                text(
                    "SELECT count(*) FROM records r WHERE NOT EXISTS "
                    "(SELECT 1 FROM batches b WHERE b.id = r.created_batch)"
                )
            ).scalar()
            == 0
        )
    return out


def hq_view(running_hq, team: str = "SYR") -> dict[str, dict]:
    return {rid: view(doc) for rid, doc in running_hq.hq.records(team).items()}


def store_view(store: Store) -> dict[str, dict]:
    inc = Incidents(store)
    return {row["id"]: view(inc.get(row["id"])) for row in inc.list()}


def differences(**views: dict[str, dict]) -> list[tuple]:
    """(record, field, {side: value}) wherever the named views disagree."""
    out = []
    names = list(views)
    for rid in sorted(set().union(*views.values())):
        docs = {n: views[n].get(rid) for n in names}
        if any(doc is None for doc in docs.values()):
            out.append((rid, "(record)", {n: doc is not None for n, doc in docs.items()}))
            continue
        for key in docs[names[0]]:
            values = {n: doc.get(key) for n, doc in docs.items()}
            if any(x != values[names[0]] for x in values.values()):
                out.append((rid, key, values))
    return out


def read_ids(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line for line in path.read_text().split("\n") if len(line) == 36]


# ---- the device killed ----------------------------------------------------------------------
CLIENT_KILLS = 15
BATCH_LIMIT = 2  # the same in every run of the device, as in the application (see below)


@pytest.mark.slow
def test_device_killed_at_random_points_during_sync(tmp_path, running_hq, make_device):
    rng = random.Random(0xC0FFEE)
    peer = make_device("bilal")  # another officer of the team, syncing between the crashes
    token = running_hq.hq.create_token("SYR")
    directory = tmp_path / "amina"
    store, _ = Store.create(directory, "amina", PASSPHRASE, kdf=FAST_KDF)
    device_id = enroll(store, running_hq.url, token, running_hq.fingerprint, "amina")["device_id"]
    store.close()
    ids_file, deleted_file = tmp_path / "created.ids", tmp_path / "deleted.ids"
    log = tmp_path / "child.log"

    for i in range(CLIENT_KILLS):
        with open(log, "ab") as err:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    str(CHILD),
                    str(directory),
                    str(ids_file),
                    str(deleted_file),
                    str(rng.randrange(10**6)),
                    str(BATCH_LIMIT),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                env={**os.environ, "UPFRONT_PASSPHRASE": PASSPHRASE},
            )
        proc.stdin.write(json.dumps(incident()).encode() + b"\n")
        proc.stdin.close()
        try:
            if i % 5 == 4:  # now and then while it is still starting and opening the store
                time.sleep(rng.uniform(0.05, 1.0))
            else:
                ready, _, _ = select.select([proc.stdout], [], [], 60)
                assert ready and proc.stdout.readline() == b"ready\n", log.read_text()
                time.sleep(rng.uniform(0.05, 1.5))
            assert proc.poll() is None, f"the child died on its own:\n{log.read_text()}"
        finally:
            proc.kill()  # SIGKILL
            proc.wait(10)
            proc.stdout.close()

        status = check_store(directory)
        through = check_hq(running_hq.hq)
        # the device never believes HQ holds more than it does
        assert status.thru <= through[device_id]
        if i % 3 == 1:  # the peer edits what it pulled of the killed device's records
            assert peer.sync().complete
            mine = [rid for rid in snapshot(peer) if rid in set(read_ids(ids_file))]
            if mine:
                try:
                    peer.incidents.edit(rng.choice(mine), {"title": f"peer edit {i}"})
                except NotFound:
                    pass
            peer.incidents.add(incident(title=f"peer {i}"))
            assert peer.sync().complete

    store = Store.open(directory, PASSPHRASE)
    try:
        client = SyncClient(store, batch_limit=BATCH_LIMIT)
        assert client.sync().complete
        assert peer.sync().complete
        result = client.sync()
        assert result.complete and result.pending == 0
        client.close()

        status = check_store(directory)
        through = check_hq(running_hq.hq)
        assert status.thru == through[device_id]
        hq = hq_view(running_hq)
        device = store_view(store)
        assert differences(device=device, peer=snapshot(peer), hq=hq) == []
    finally:
        store.close()

    with running_hq.hq.engine.connect() as conn:
        made_here = dict(
            conn.execute(
                text("SELECT id, deleted FROM records WHERE created_by_device = :d"),
                {"d": device_id},
            ).all()
        )
    created, deleted = set(read_ids(ids_file)), set(read_ids(deleted_file))
    assert created, "the child never got to create anything"
    # every add the device committed reached HQ, once; at most one add per kill was
    # committed without its id reaching the file
    assert created <= set(made_here)
    assert len(set(made_here) - created) <= CLIENT_KILLS
    # nothing vanished that was not deleted on purpose
    assert (created - deleted) <= set(device)
    assert {rid for rid, gone in made_here.items() if gone} <= deleted


# ---- HQ killed ------------------------------------------------------------------------------
SERVER_KILLS = 8


def _work(
    dev,
    rng: random.Random,
    stop: threading.Event,
    failures: list,
    refusals: list,
) -> None:
    n = 0
    try:
        while not stop.is_set():
            for _ in range(rng.randint(1, 3)):
                n += 1
                live = [row["id"] for row in dev.incidents.list()]
                if not live or (len(live) < 40 and rng.random() < 0.5):
                    dev.incidents.add(incident(title=f"{dev.name} {n}"))
                else:
                    try:
                        dev.incidents.edit(
                            rng.choice(live),
                            rng.choice(
                                [
                                    {"title": f"{dev.name} edit {n}"},
                                    {"narrative": f"{dev.name} narrative {n}"},
                                ]
                            ),
                        )
                    except NotFound:
                        pass
            try:
                dev.client.sync(max_rounds=rng.randint(1, 6))  # short: the test can stop it
            except Refused as err:
                refusals.append(str(err))
            except SyncFailed:
                pass
            time.sleep(rng.uniform(0.02, 0.2))  # leave the (two) CPUs to HQ starting again
    except Exception:  # reported by the test
        failures.append(traceback.format_exc())


@pytest.mark.slow
def test_hq_killed_at_random_points_during_sync(running_hq, make_device):
    rng = random.Random(0xBEEF)
    a, b = make_device("amina"), make_device("bilal")
    for dev in (a, b):  # small batches and pages: many rounds per sync
        dev.client.batch_limit, dev.client.pull_limit = 3, 10
    a.incidents.add(incident(title="shared"))
    assert a.sync().complete and b.sync().complete

    stop, failures, refusals = threading.Event(), [], []
    workers = [
        threading.Thread(
            target=_work,
            args=(dev, random.Random(rng.random()), stop, failures, refusals),
            daemon=True,
        )
        for dev in (a, b)
    ]
    for w in workers:
        w.start()
    try:
        for _ in range(SERVER_KILLS):
            time.sleep(rng.uniform(0.05, 1.5))
            running_hq.stop(kill=True)  # SIGKILL of the uvicorn process
            check_hq(running_hq.hq)
            time.sleep(rng.uniform(0, 0.3))
            running_hq.start()
            assert not failures, failures[0]
    finally:
        stop.set()
        for w in workers:
            w.join(60)
    assert not any(w.is_alive() for w in workers)
    assert not failures, failures[0]
    assert refusals == [], refusals[:3]

    for dev in (a, b, a):
        assert dev.sync().complete
    through = check_hq(running_hq.hq)
    for dev in (a, b):
        status = check_store(dev.store.directory)
        assert status.pending == 0
        assert status.thru == through[dev.client.state().device_id]
    hq = hq_view(running_hq)
    assert len(hq) > 1
    assert differences(amina=snapshot(a), bilal=snapshot(b), hq=hq) == []


def test_an_edit_made_after_a_sync_cut_is_not_undone_by_hqs_older_answer(make_device, running_hq):
    """HQ dies in the middle of a sync, after it answered the device's edit (it lost a
    conflict; HQ's record of that sends the device the winning value) and before the device
    pulled that far. The officer edits the field again; the next sync takes the new edit to
    HQ (it wins). Pulling HQ's older answer must not put the old winner back on the device
    alone: the device must end with what HQ holds."""
    a, b = make_device("amina"), make_device("bilal")
    rid = a.incidents.add(incident(title="Original"))
    assert a.sync().complete and b.sync().complete
    a.incidents.edit(rid, {"title": "Amina 1"})  # older
    b.incidents.edit(rid, {"title": "Bilal 1"})  # newer: wins over Amina 1
    assert b.sync().complete

    a.client.pull_limit = 1  # the first round pulls one entry: HQ's answer comes later

    def kill_hq(_result) -> None:
        running_hq.stop(kill=True)

    with pytest.raises(SyncFailed):
        a.client.sync(progress_cb=kill_hq)
    running_hq.start()
    assert running_hq.hq.records("SYR")[rid]["title"] == "Bilal 1"

    a.incidents.edit(rid, {"title": "Amina 2"})  # the newest edit of all
    a.client.pull_limit = 500
    assert a.sync().complete
    assert running_hq.hq.records("SYR")[rid]["title"] == "Amina 2"
    assert b.sync().complete
    assert b.incidents.get(rid)["title"] == "Amina 2"
    assert a.incidents.get(rid)["title"] == "Amina 2"


def test_a_resent_batch_shorter_than_what_hq_applied_leaves_nothing_pending(
    make_device, running_hq, tmp_path
):
    """The device crashed after HQ applied its changes and before it recorded HQ's answer
    (here: a USB bundle imported at HQ, its receipt never carried back), and then sends a
    batch that ends before where HQ is (its online batch limit is smaller than the bundle,
    as with any bundle of more than 500 changes). Every change must still be answered."""
    a = make_device("amina")
    for n in range(3):
        a.incidents.add(incident(title=f"bundled {n}"))
    bundle = tmp_path / "out.upb"
    a.client.export_bundle(bundle)
    running_hq.hq.import_bundle(bundle.read_bytes())  # the receipt is lost
    a.client.batch_limit = 1
    result = a.sync()
    assert result.complete and result.pending == 0, result
    assert d.status(a.store).pending == 0
    assert set(snapshot(a)) == set(running_hq.hq.records("SYR"))
