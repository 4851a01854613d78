"""Sync through a faulty network: connections cut at many points in both directions, slow
and high-latency links, duplicated and reordered requests. Real TLS end to end (the proxy in
between only forwards, cuts, delays or replays the encrypted bytes), real PostgreSQL at HQ,
real SQLCipher stores on the devices. Whatever happens, nothing is applied twice, nothing is
lost, and once the network heals every replica holds the same records."""

from __future__ import annotations

import threading
import time

import pytest
from faultproxy import DOWN, UP, FaultProxy
from sqlalchemy import func, select, text
from synchelp import incident, snapshot, view

from app.models import OutboxEntry
from sync import device as d
from sync import pki
from sync.client import Link, SyncClient, SyncFailed, Unreachable

# ---- helpers ------------------------------------------------------------------------------


def through(dev, proxy: FaultProxy, **client_options) -> None:
    """Point an enrolled device at the proxy (HQ's certificate names 127.0.0.1, so the
    proxy's address verifies) and give it a fresh client."""
    with dev.store.transaction() as s:
        state = d.load_state(s)
        state.hq_url = proxy.url
        d.save_state(s, state)
    dev.client.close()
    dev.client = SyncClient(dev.store, **client_options)


def work(dev, count: int, tag: str, country: str = "SYR", edit_every: int = 3) -> list[str]:
    """`count` new incidents, and an edit of every `edit_every`-th of them."""
    location = {"country": country}
    if country == "SYR":
        location |= {"admin1": "rif dimashq", "place": f"Place {tag}"}
    ids = [
        dev.incidents.add(
            incident(title=f"{tag} {i}", narrative=f"Account {tag} {i}. " * 8, location=location)
        )
        for i in range(count)
    ]
    for i, rid in enumerate(ids[::edit_every]):
        dev.incidents.edit(rid, {"title": f"{tag} {i} (edited)", "date_reported": "2026-10-06"})
    return ids


def outbox_entries(dev) -> int:
    with dev.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def device_id(dev) -> str:
    return dev.client.state().device_id


def hq_row(running_hq, sql: str, **params):
    with running_hq.hq.engine.connect() as conn:
        return conn.execute(text(sql), params).one()


def hq_rows(running_hq, sql: str, **params) -> list:
    with running_hq.hq.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def applied_through(running_hq, dev) -> int:
    wanted = device_id(dev)
    return next(x["applied_through"] for x in running_hq.hq.devices() if x["id"] == wanted)


def assert_applied_once(running_hq, devices, team: str = "SYR") -> None:
    """HQ's database: every (device, seq) answered exactly once, as many as the device wrote,
    and each device change is in the change log exactly once."""
    total, distinct = hq_row(
        running_hq, "SELECT count(*), count(DISTINCT (device_id, seq)) FROM change_results"
    )
    assert total == distinct
    for dev in devices:
        did = device_id(dev)
        n, lo, hi = hq_row(
            running_hq,
            "SELECT count(*), min(seq), max(seq) FROM change_results WHERE device_id = :d",
            d=did,
        )
        assert n == outbox_entries(dev) == applied_through(running_hq, dev)
        if n:
            assert (lo, hi) == (1, n)
        # batches never overlap in what they applied: each seq belongs to one batch
        per_batch = hq_rows(
            running_hq,
            "SELECT batch_id, count(*) FROM change_results WHERE device_id = :d GROUP BY batch_id",
            d=did,
        )
        assert sum(c for _b, c in per_batch) == n
    # the change log holds each device change once: one create per record, and per record as
    # many entries from devices as the devices made changes to it
    creates = hq_rows(
        running_hq,
        "SELECT record_id, count(*) FROM changelog "
        "WHERE kind = 'create' GROUP BY record_id HAVING count(*) > 1",
    )
    assert creates == []
    logged = dict(
        hq_rows(
            running_hq,
            "SELECT record_id, count(*) FROM changelog "
            "WHERE origin NOT LIKE 'hq%' AND kind IN ('create', 'change') "
            "AND team_id = :t GROUP BY record_id",
            t=team,
        )
    )
    made: dict[str, int] = {}
    for dev in devices:
        with dev.store.session() as s:
            for rid, n in s.execute(
                select(OutboxEntry.record_id, func.count()).group_by(OutboxEntry.record_id)
            ):
                made[rid] = made.get(rid, 0) + n
    assert logged == made


def assert_converged(running_hq, devices, expected: int, team: str = "SYR") -> None:
    first = snapshot(devices[0])
    assert len(first) == expected
    for dev in devices[1:]:
        assert snapshot(dev) == first
    at_hq = running_hq.hq.records(team)
    assert len(at_hq) == expected
    assert set(at_hq) == set(first)
    for rid, doc in at_hq.items():
        assert doc["title"] == first[rid]["title"]
        assert doc.get("narrative") == first[rid]["narrative"]
        assert doc.get("date_reported") == first[rid]["date_reported"]


def attempt(dev) -> bool:
    """One sync on a fresh connection: True if it completed, False if the network failed it.
    Anything else (a refusal, a crash) fails the test."""
    dev.client.close()
    try:
        result = dev.sync()
    except SyncFailed as err:
        # a cut network (said as such, or as HQ unreachable), not a refusal by HQ
        assert type(err) in (SyncFailed, Unreachable), err
        return False
    assert result.complete
    return True


@pytest.fixture
def proxy(running_hq):
    with FaultProxy(running_hq.port) as fp:
        yield fp


# ---- cuts ---------------------------------------------------------------------------------


def measure(dev, proxy: FaultProxy) -> dict[str, int]:
    """Bytes one clean sync of `dev` moves each way (on a fresh connection)."""
    up, down = proxy.bytes_up, proxy.bytes_down
    assert attempt(dev)
    return {UP: proxy.bytes_up - up, DOWN: proxy.bytes_down - down}


def check_hq_consistent(running_hq, devices) -> None:
    """At any moment, HQ's answers to a device are exactly 1..applied_through."""
    for dev in devices:
        n, hi = hq_row(
            running_hq,
            "SELECT count(*), coalesce(max(seq), 0) FROM change_results WHERE device_id = :d",
            d=device_id(dev),
        )
        assert n == hi == applied_through(running_hq, dev)


def wave(a, b, number: int, previous: list[str]) -> list[str]:
    """The same shape of work every time: 16 incidents and 6 edits on a, 8 incidents and 3
    edits on b, and b corrects 2 of a's incidents from the previous wave (pulled already)."""
    ids = work(a, 16, f"A{number}")
    work(b, 8, f"B{number}")
    for rid in previous[:2]:
        b.incidents.edit(rid, {"narrative": f"Corrected in wave {number}"})
    return ids


@pytest.mark.slow
def test_cuts_at_many_points_lose_nothing_and_apply_nothing_twice(make_device, running_hq, proxy):
    """Waves of the same work (~30 incidents with edits); each wave's two syncs are cut at a
    different point of their byte range, alternating directions, so across the waves the cuts
    cover the whole exchange: TLS handshake, request, HQ's answer, between rounds. After a
    cut the sync raises SyncFailed (nothing else) or, on a reused connection, recovers by
    itself; with the link healed it completes."""
    a, b = make_device("amina"), make_device("bilal")
    for dev in (a, b):
        through(dev, proxy, batch_limit=10, pull_limit=12)  # several rounds per sync
    previous = wave(a, b, 0, [])
    for dev in (b, a, b):  # full handshakes and session keys out of the way
        assert attempt(dev)
    previous = wave(a, b, 1, previous)
    span = {"a": measure(a, proxy), "b": measure(b, proxy)}  # the byte range of a wave's sync
    assert attempt(a)
    assert min(span["a"][UP], span["b"][DOWN]) > 3000, span

    points = 10
    done: list[tuple[str, str, int, bool]] = []
    for k in range(points):
        previous = wave(a, b, k + 2, previous)
        for name, dev in (("a", a), ("b", b)):
            direction = (UP, DOWN)[(k + (name == "b")) % 2]
            offset = max(1, int(span[name][direction] * (k + 0.5) / points))
            cuts = proxy.cuts
            proxy.cut(offset, direction, times=1)
            completed = attempt(dev)
            proxy.cut_after_bytes = None
            was_cut = proxy.cuts > cuts
            done.append((name, direction, offset, was_cut))
            # an uncut sync completes; a cut one fails with SyncFailed, or completes when the
            # cut hit a kept-alive connection and the one retry on a new connection went
            # through
            assert completed or was_cut, done
            check_hq_consistent(running_hq, (a, b))
            assert attempt(dev)  # healed: the same sync completes
            check_hq_consistent(running_hq, (a, b))
    assert sum(x[3] for x in done) >= 18, done
    assert {x[1] for x in done if x[3]} == {UP, DOWN}

    assert attempt(a)
    waves = points + 2
    assert_converged(running_hq, [a, b], waves * 24)
    assert_applied_once(running_hq, [a, b])
    assert outbox_entries(a) == waves * 22 and outbox_entries(b) == waves * 11 + (waves - 1) * 2


def test_a_response_cut_after_hq_applied_is_answered_as_a_duplicate(make_device, running_hq, proxy):
    a = make_device("amina")
    through(a, proxy)
    a.incidents.add(incident(title="Before"))
    assert a.sync().complete  # the link is now open (kept alive) and the session key known
    for i in range(3):
        a.incidents.add(incident(title=f"Lost answer {i}"))
    counts = (
        "SELECT (SELECT count(*) FROM change_results), "
        "(SELECT count(*) FROM changelog), (SELECT count(*) FROM batches)"
    )
    before = hq_row(running_hq, counts)
    [sent_so_far] = proxy.live_sent(DOWN)
    cuts = proxy.cuts
    proxy.cut(sent_so_far + 20, DOWN, times=1)  # the answer is lost after 20 bytes
    link_sent = a.client._link.bytes_sent
    # HQ applied the batch; the device could not know. Its one retry on a new connection
    # resends the batch, and HQ answers it from what it holds, applying nothing again.
    result = a.sync()
    proxy.heal()
    assert proxy.cuts == cuts + 1
    assert result.complete and result.pushed == 3 and result.pulled == 0
    resent = a.client._link.bytes_sent - link_sent
    assert applied_through(running_hq, a) == 4
    after = hq_row(running_hq, counts)
    assert after[0] == before[0] + 3  # one answer per change
    assert after[1] == before[1] + 3  # one log entry per change
    assert after[2] == before[2] + 1  # the batch is stored once
    assert d.status(a.store).pending == 0

    # once answered, a change is never sent again: the next sync carries no change
    link_sent = a.client._link.bytes_sent
    result = a.sync()
    assert result.complete and result.pushed == 0
    assert a.client._link.bytes_sent - link_sent < resent
    assert_converged(running_hq, [a], 4)
    assert_applied_once(running_hq, [a])


def test_a_kept_alive_connection_dropped_between_rounds_does_not_fail_the_sync(
    make_device, running_hq, proxy
):
    """The rounds of a sync share one kept-alive connection. A server, NAT box or proxy may
    close it while idle (uvicorn does after 120 s; a mobile NAT much sooner). Nothing of the
    next request reached HQ then, and HQ applies each change once anyway, so the client can
    send it again on a new connection instead of failing the whole sync."""
    a = make_device("amina")
    through(a, proxy, batch_limit=2)
    for i in range(5):
        a.incidents.add(incident(title=f"Incident {i}"))
    dropped: list[int] = []

    def after_round(result) -> None:
        if result.rounds == 1:
            dropped.append(proxy.drop_connections())
            time.sleep(0.2)  # the close reaches the client

    result = a.client.sync(progress_cb=after_round)
    assert dropped == [1]
    assert result.complete and result.pushed == 5
    assert_applied_once(running_hq, [a])


# ---- slow links ---------------------------------------------------------------------------


@pytest.mark.slow
def test_sync_over_a_2400_bit_link_with_a_one_second_round_trip(make_device, running_hq, proxy):
    a, b = make_device("amina"), make_device("bilal")
    for dev in (a, b):
        through(dev, proxy)
        # an earlier sync on a good link sealed the session key (it travels once) and left a
        # TLS session to resume: no certificates cross the slow link
        assert dev.sync().complete
        dev.client.close()
    proxy.rate_bps, proxy.delay = 2400, 0.5
    rid = a.incidents.add(incident(narrative="Short note."))
    link = a.client._link
    handshakes, resumed = link.handshakes, link.resumed
    up, down = proxy.bytes_up, proxy.bytes_down
    began = time.monotonic()
    assert a.sync().complete
    took = time.monotonic() - began
    assert (link.handshakes - handshakes, link.resumed - resumed) == (1, 1)
    sent_up, sent_down = proxy.bytes_up - up, proxy.bytes_down - down
    assert sent_up + sent_down < 4000
    # at 300 bytes/s each way (the directions run at once) and 0.5 s each way, the bytes
    # alone take at least the larger direction's count / 300 s; the whole fits in 20 s
    assert max(sent_up, sent_down) / 300 < took < 20
    proxy.heal()
    assert b.sync().complete
    assert snapshot(b) == snapshot(a) and list(snapshot(b)) == [rid]
    assert_applied_once(running_hq, [a, b])


def test_sync_over_a_450_kbit_link(make_device, running_hq, proxy):
    a, b = make_device("amina"), make_device("bilal")
    for dev in (a, b):
        through(dev, proxy)
    proxy.rate_bps, proxy.delay = 450_000, 0.05
    a.incidents.add(incident())
    a.incidents.add(incident(title="Second", narrative="Another account. " * 50))
    for dev in (a, b):
        assert dev.sync().complete
    assert proxy.bytes_down > 0 and proxy.bytes_up > 0
    assert_converged(running_hq, [a, b], 2)
    assert_applied_once(running_hq, [a, b])


# ---- duplicated and reordered requests ----------------------------------------------------


def test_replayed_connections_apply_nothing_twice(make_device, running_hq, proxy):
    a, b = make_device("amina"), make_device("bilal")
    for dev in (a, b):
        through(dev, proxy)
    proxy.duplicate = 3  # each of the three syncs below, on its own connection
    work(a, 4, "A")
    work(b, 3, "B")
    for dev in (a, b, a):
        assert attempt(dev)
    for dev in (a, b):
        dev.client.close()  # the connection ends; the proxy replays its bytes
    proxy.wait_idle()
    assert proxy.replays == 3 and proxy.connections == 3
    assert all(proxy.replay_answers)  # each replay reached HQ's TLS server, and was answered
    assert_converged(running_hq, [a, b], 7)
    assert_applied_once(running_hq, [a, b])


def test_the_same_sealed_request_sent_twice_is_applied_once(make_device, running_hq, proxy):
    """Above TLS: the exact signed envelope arrives twice (a retry by some middlebox, or a
    device that resends), each time on a real TLS connection through the proxy."""
    a, b = make_device("amina"), make_device("bilal")
    through(a, proxy)
    state = a.client.state()
    link = Link(
        proxy.url,
        pki.client_context(
            state.ca_pem.encode(), state.cert_pem.encode(), state.tls_key_pem.encode()
        ),
    )
    answers: list[tuple[int, bytes]] = []

    def twice(path: str, body: bytes) -> tuple[int, bytes]:
        first = link.request("POST", path, body)
        link.close()  # the copy comes on another connection
        answers.append(link.request("POST", path, body))
        return first

    a.client = SyncClient(a.store, transport=twice, batch_limit=2)
    work(a, 5, "A")
    assert a.sync().complete
    assert answers and all(status == 200 for status, _ in answers)
    link.close()
    assert b.sync().complete
    assert_converged(running_hq, [a, b], 5)
    assert_applied_once(running_hq, [a, b])
    # 7 changes (5 creates, 2 edits) in batches of 2: four batches, each stored once though
    # each came twice
    assert outbox_entries(a) == 7 and len(answers) >= 4
    assert (
        hq_row(running_hq, "SELECT count(*) FROM batches WHERE device_id = :d", d=device_id(a))[0]
        == 4
    )


def test_a_held_request_overtaken_by_a_later_one(make_device, running_hq, proxy):
    a, b = make_device("amina"), make_device("bilal")
    for dev in (a, b):
        through(dev, proxy)
    work(a, 4, "A")
    work(b, 4, "B")
    proxy.reorder = 1
    outcome: dict[str, object] = {}

    def held() -> None:
        try:
            outcome["a"] = a.sync()
        except Exception as err:  # reported below
            outcome["a"] = err

    t = threading.Thread(target=held)
    t.start()
    deadline = time.monotonic() + 5
    while proxy.reordered == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proxy.reordered == 1
    assert b.sync().complete  # goes first though it started later
    b.client.close()  # its connection ends: the held one goes on
    t.join(30)
    assert proxy.reorder_timeouts == 0
    assert getattr(outcome["a"], "complete", False), outcome["a"]
    received = dict(
        hq_rows(running_hq, "SELECT device_id, min(received_at) FROM batches GROUP BY device_id")
    )
    assert received[device_id(b)] < received[device_id(a)]
    for dev in (a, b):
        assert dev.sync().complete
    assert_converged(running_hq, [a, b], 8)
    assert_applied_once(running_hq, [a, b])


def test_one_device_two_requests_out_of_order(make_device, running_hq, proxy):
    """The same device's request is held while a later request of that device, carrying the
    same changes, goes first: the held one arrives as a duplicate and changes nothing."""
    a, b = make_device("amina"), make_device("bilal")
    through(a, proxy)
    work(b, 3, "B")
    assert b.sync().complete
    work(a, 3, "A")
    early, late = SyncClient(a.store), SyncClient(a.store)
    proxy.reorder = 1
    outcome: dict[str, object] = {}

    def held() -> None:
        try:
            outcome["early"] = early.sync()
        except Exception as err:  # reported below
            outcome["early"] = err

    t = threading.Thread(target=held)
    t.start()
    deadline = time.monotonic() + 5
    while proxy.reordered == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert late.sync().complete
    late.close()  # its connection ends: the held one goes on
    t.join(30)
    early.close()
    assert proxy.reorder_timeouts == 0
    assert getattr(outcome["early"], "complete", False), outcome["early"]
    assert (
        hq_row(running_hq, "SELECT count(*) FROM batches WHERE device_id = :d", d=device_id(a))[0]
        == 1
    )
    for dev in (a, b):
        assert dev.sync().complete
    assert_converged(running_hq, [a, b], 6)
    assert_applied_once(running_hq, [a, b])
    assert {view(a.incidents.get(r))["title"] for r in snapshot(a)} == {
        view(b.incidents.get(r))["title"] for r in snapshot(b)
    }
