"""HQ behaviours: several server processes on one PostgreSQL, certificate renewal, clocks
from the future, the pull cursor across commits."""

from __future__ import annotations

import re
import threading
import time

from sqlalchemy import update
from synchelp import free_port, incident, snapshot, start_server, stop_process

from sync import device as d
from sync.hq.ingest import FUTURE_TOLERANCE_MS
from sync.hq.models import Device as HQDevice


def test_two_server_processes_on_one_postgresql_serve_the_same_hq(make_device, running_hq):
    second_port = free_port()
    second = start_server(running_hq.directory, second_port, running_hq.db_url)
    try:
        a, b = make_device("amina"), make_device("bilal")
        with b.store.transaction() as s:  # bilal talks to the second process
            state = d.load_state(s)
            state.hq_url = f"https://127.0.0.1:{second_port}"
            d.save_state(s, state)
        errors: list[BaseException] = []

        def work(dev, prefix: str) -> None:
            try:
                for round_ in range(4):
                    dev.incidents.add_many(
                        [incident(title=f"{prefix} {round_}.{i}") for i in range(10)]
                    )
                    dev.sync()
            except BaseException as err:  # reported below
                errors.append(err)

        threads = [
            threading.Thread(target=work, args=(a, "A")),
            threading.Thread(target=work, args=(b, "B")),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not errors
        for dev in (a, b, a, b):
            assert dev.sync().complete
        assert len(snapshot(a)) == len(snapshot(b)) == 80
        assert snapshot(a) == snapshot(b)
        assert len(running_hq.hq.records()) == 80
    finally:
        stop_process(second)


def test_a_certificate_near_its_end_is_renewed_during_sync(make_device, running_hq):
    a = make_device("amina")
    before = a.client.state().cert_pem
    with running_hq.hq.session() as s, s.begin():
        s.execute(update(HQDevice).values(cert_not_after=time.time() + 3600))
    assert a.sync().complete
    renewed = a.client.state().cert_pem
    assert renewed != before
    from cryptography import x509

    cert = x509.load_pem_x509_certificate(renewed.encode())
    assert cert.not_valid_after_utc.timestamp() > time.time() + 20 * 86400
    a.incidents.add(incident())
    assert a.sync().complete  # the next connection presents the new certificate
    assert a.client._link_cert == renewed


def test_a_clock_days_ahead_is_flagged_and_does_not_win_every_conflict(
    make_device, running_hq, monkeypatch
):
    a, b = make_device("amina"), make_device("bilal")
    rid = a.incidents.add(incident())
    assert a.sync().complete and b.sync().complete
    days = 3 * 86_400_000
    import app.hlc
    import sync.client

    real = app.hlc.wall_ms
    monkeypatch.setattr(app.hlc, "wall_ms", lambda: real() + days)
    monkeypatch.setattr(sync.client, "wall_ms", lambda: real() + days)
    a.incidents.edit(rid, {"title": "From the future"})
    assert a.sync().complete
    monkeypatch.undo()
    flagged = {x["id"]: x for x in running_hq.hq.devices()}[a.client.state().device_id]
    assert flagged["clock_ahead_ms"] > FUTURE_TOLERANCE_MS
    assert d.status(a.store).clock_ahead_ms > FUTURE_TOLERANCE_MS
    # bilal, who had not seen the edit, changes the same field a moment later: his edit is
    # the later one in HQ's time, so it stands, and the conflict is on record
    time.sleep(0.01)
    b.incidents.edit(rid, {"title": "Honest clock"})
    assert b.sync().complete and a.sync().complete
    assert a.incidents.get(rid)["title"] == b.incidents.get(rid)["title"] == "Honest clock"
    assert [c["field"] for c in running_hq.hq.conflicts()] == ["title"]


def test_the_pull_cursor_sees_every_change_committed_while_it_reads(make_device, running_hq):
    """Writers hold HQ's lock for their whole transaction, so change-log ids become visible
    in commit order: a reader that pages while others push never skips one."""
    writers = [make_device(f"w{i}") for i in range(3)]
    reader = make_device("reader")
    stop = threading.Event()
    errors: list[BaseException] = []

    def write(dev) -> None:
        try:
            n = 0
            while not stop.is_set() and n < 8:
                dev.incidents.add_many([incident(title=f"{dev.name} {n}.{i}") for i in range(5)])
                dev.sync()
                n += 1
        except BaseException as err:
            errors.append(err)

    threads = [threading.Thread(target=write, args=(w,)) for w in writers]
    for t in threads:
        t.start()
    reader.client.pull_limit = 7  # small pages, many reads interleaved with commits
    while any(t.is_alive() for t in threads):
        reader.sync()
    for t in threads:
        t.join()
    assert not errors
    assert reader.sync().complete
    assert len(snapshot(reader)) == len(running_hq.hq.records()) == 3 * 8 * 5


def test_serve_with_several_workers(make_device, running_hq):
    """`upfront-hq serve --workers 2`: worker processes rebuild HQ (and its TLS context) from
    the directory and database alone."""
    port = free_port()
    proc = start_server(running_hq.directory, port, running_hq.db_url, workers=2)
    try:
        a = make_device("amina")
        with a.store.transaction() as s:
            state = d.load_state(s)
            state.hq_url = f"https://127.0.0.1:{port}"
            d.save_state(s, state)
        for n in range(3):
            a.incidents.add(incident(title=f"through a worker {n}"))
            assert a.sync().complete
            a.client.close()  # a new connection each time: either worker may take it
        assert len(running_hq.hq.records()) == 3
    finally:
        stop_process(proc, 20)


def test_enrollment_tokens_never_read_as_an_option(tmp_path):
    """A token is typed after `--token`; one starting with "-" was read by argparse as an
    option (one URL-safe token in 64 did). Tokens are hex: 160 bits, nothing to misread."""
    from tests.sync.synchelp import make_hq_dir

    hq = make_hq_dir(tmp_path, f"sqlite:///{tmp_path / 'hq.db'}")
    try:
        hq.add_team("SYR")
        tokens = [hq.create_token("SYR") for _ in range(300)]
    finally:
        hq.engine.dispose()
    assert all(re.fullmatch(r"[0-9a-f]{40}", t) for t in tokens)
    assert len(set(tokens)) == len(tokens)
