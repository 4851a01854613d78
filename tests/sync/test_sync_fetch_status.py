"""What a device says of the files still to come from HQ (a restore's attachments, a teammate's
new file): how many, how many of their bytes are not here yet, what a running sync set out to
fetch, and the files HQ refused to send, counted and never named (a file's name may be one
withheld from this device). Real HQ over real TLS, real SQLCipher stores; `upfront sync
--status` run as a person runs it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update
from synchelp import FAST_KDF, PASSPHRASE, incident

from app.attachments import Attachments
from app.models import Download, DownloadChunk, StoreMeta
from app.store import Store
from sync import device as d
from sync import downloads
from sync import protocol as p
from sync.client import SyncFailed, SyncResult
from sync.hq.models import Record

CHUNK = p.CHUNK
# a file's name that names a person: it must never reach a status, a count, a log or the CLI
NAMED = "Testimony of Leila MARKER-7Q (protected).jpg"
MARKER = "MARKER-7Q"


class Stop(SyncFailed):
    """The test cuts the sync short, as Lock does through the progress callback."""


def content(size: int, seed: int) -> bytes:
    return hashlib.shake_256(f"file {seed}".encode()).digest(size)


def pull_descriptions(dev) -> None:
    """The records and the files' descriptions, not yet their bytes."""
    for _ in range(20):
        applied, _sent = dev.client.round()
        if not applied.more:
            return
    raise AssertionError("the pull did not end")


def team_files(dev) -> dict[str, bytes]:
    """An incident with a file of several pieces and a small one, synced to HQ whole."""
    rid = dev.incidents.add(incident())
    files = Attachments(dev.store)
    kept = {}
    for seed, size in ((1, 2 * CHUNK + 12_345), (2, 700)):
        data = content(size, seed)
        kept[files.add(rid, data, f"photo-{seed}.jpg")["id"]] = data
    assert dev.sync().complete
    return kept


def refused_twice(a, b, running_hq) -> None:
    """B learns of two files HQ then refuses: one whose incident A deleted meanwhile (HQ no
    longer holds it), one whose incident moved to another team at HQ (out of B's scope)."""
    files = Attachments(a.store)
    gone = a.incidents.add(incident(title="To be deleted"))
    moved = a.incidents.add(incident(title="To move"))
    files.add(gone, content(300, 3), NAMED)
    files.add(moved, content(400, 4), "other-" + NAMED)
    assert a.sync().complete
    pull_descriptions(b)
    a.incidents.delete(gone)
    assert a.sync().complete
    if "LBN" not in {t["id"] for t in running_hq.hq.teams()}:
        running_hq.hq.add_team("LBN")
    with running_hq.hq.session() as s, s.begin():
        s.execute(update(Record).where(Record.id == moved).values(team_id="LBN"))


# ---- files to fetch and bytes left --------------------------------------------------------
def test_the_status_counts_files_to_fetch_and_the_bytes_left(make_device, running_hq):
    a, b = make_device("amina"), make_device("bilal")
    kept = team_files(a)
    total = sum(len(v) for v in kept.values())
    assert (d.status(b.store).files_to_fetch, d.status(b.store).bytes_to_fetch) == (0, 0)
    pull_descriptions(b)
    status = d.status(b.store)
    assert (status.files_to_fetch, status.bytes_to_fetch) == (2, total)

    seen: list[SyncResult] = []

    def stop_after_a_piece(result: SyncResult) -> None:
        seen.append(dataclasses.replace(result))
        if result.bytes_fetched:
            raise Stop("stopped by the test")

    with pytest.raises(Stop):
        b.client.sync(progress_cb=stop_after_a_piece)
    # what the fetch set out to bring was told before its first piece
    first = next(r for r in seen if r.fetch_files_total)
    assert (first.fetch_files_total, first.fetch_bytes_total, first.bytes_fetched) == (2, total, 0)
    got = seen[-1]
    status = d.status(b.store)
    # what arrived of a file cut short is not counted again
    assert status.files_to_fetch == 2 - got.files_fetched
    assert status.bytes_to_fetch == total - got.bytes_fetched > 0

    done = b.sync()
    assert done.complete and (done.files_to_fetch, done.bytes_to_fetch) == (0, 0)
    assert done.fetch_files_total == status.files_to_fetch
    assert done.fetch_bytes_total == done.bytes_fetched == status.bytes_to_fetch
    status = d.status(b.store)
    assert (status.files_to_fetch, status.bytes_to_fetch, status.files_refused) == (0, 0, 0)


def test_a_file_hq_does_not_hold_whole_yet_is_still_to_fetch(make_device, running_hq):
    a, b = make_device("amina"), make_device("bilal")
    rid = a.incidents.add(incident())
    data = content(CHUNK + 10, 5)
    Attachments(a.store).add(rid, data, NAMED)
    a.client.round()  # the record and the description, not the bytes
    result = b.sync()
    assert result.complete and result.files_refused == 0
    assert (result.files_to_fetch, result.bytes_to_fetch) == (1, len(data))
    assert d.status(b.store).bytes_to_fetch == len(data)
    assert a.sync().complete
    assert (b.sync().files_to_fetch, d.status(b.store).files_to_fetch) == (0, 0)


# ---- refused ------------------------------------------------------------------------------
def test_files_hq_refuses_are_counted_and_never_named(make_device, running_hq, caplog):
    caplog.set_level(logging.DEBUG)
    a, b = make_device("amina"), make_device("bilal")
    refused_twice(a, b, running_hq)
    assert d.status(b.store).files_to_fetch == 2

    result = b.client.download_files()
    assert (result.files_refused, result.files_fetched, result.files_to_fetch) == (2, 0, 0)
    status = d.status(b.store)
    assert (status.files_to_fetch, status.bytes_to_fetch) == (0, 0)
    assert status.files_refused == 2 and status.files_refused_at
    with b.store.session() as s:  # nothing of them kept: not their pieces, not their names
        assert s.scalars(select(Download)).all() == []
        assert s.scalars(select(DownloadChunk)).all() == []
    assert MARKER not in json.dumps(dataclasses.asdict(status))
    assert MARKER not in caplog.text and "download refused" in caplog.text

    # a later sync does not ask again, and the count stays (it is what happened)
    again = b.sync()
    assert again.complete and again.files_refused == 0
    assert d.status(b.store).files_refused == 2


# ---- the counts against hostile stored values ---------------------------------------------
@pytest.fixture(scope="module")
def bare_store(tmp_path_factory):
    store, _ = Store.create(tmp_path_factory.mktemp("bare") / "s", "s", PASSPHRASE, kdf=FAST_KDF)
    yield store
    store.close()


ROW = st.tuples(st.integers(0, 50 * 2**20), st.integers(0, 60 * 2**20))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(ROW, max_size=12))
def test_bytes_left_is_what_has_not_arrived_of_each_file(bare_store, rows):
    """Whatever the rows hold, even an offset past a file's end (never written, but the
    count must not go below zero or take from another file)."""
    with bare_store.transaction() as s:
        s.execute(delete(Download))
        for i, (size, received) in enumerate(rows):
            s.add(
                Download(
                    file_id=f"00000000-0000-4000-8000-{i:012d}",
                    incident_id="00000000-0000-4000-8000-000000000000",
                    meta={},
                    size=size,
                    sha256="0" * 64,
                    received=received,
                    created_at="2026-01-01T00:00:00+00:00",
                )
            )
    with bare_store.session() as s:
        left = downloads.left(s)
    assert left == downloads.Left(len(rows), sum(max(a - b, 0) for a, b in rows))


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)
STORED = (
    st.text()
    | JSONISH.map(json.dumps)
    | st.builds(
        lambda files, at: json.dumps({"files": files, "last_at": at}),
        JSONISH | st.integers(-5, 5),
        JSONISH,
    )
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stored=STORED)
def test_a_damaged_refusal_count_reads_as_none_and_counts_on(bare_store, stored):
    with bare_store.transaction() as s:
        s.execute(delete(StoreMeta).where(StoreMeta.key == downloads.REFUSED_KEY))
        s.add(StoreMeta(key=downloads.REFUSED_KEY, value=stored))
    with bare_store.session() as s:
        before = downloads.refusals(s)
    assert isinstance(before.files, int) and before.files >= 0
    assert before.last_at is None or isinstance(before.last_at, str)
    with bare_store.transaction() as s:
        downloads.refused(s, "00000000-0000-4000-8000-000000000001")
    with bare_store.session() as s:
        after = downloads.refusals(s)
    assert after.files == before.files + 1 and after.last_at


# ---- the command line ---------------------------------------------------------------------
def _upfront(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "UPFRONT_PASSPHRASE": PASSPHRASE},
    )


@pytest.mark.slow
def test_upfront_sync_status_says_what_is_still_to_fetch_and_what_hq_refused(
    tmp_path, make_device, running_hq
):
    a, b = make_device("amina"), make_device("bilal")
    refused_twice(a, b, running_hq)
    b.client.download_files()  # the two refused
    kept = team_files(a)
    total = sum(len(v) for v in kept.values())
    pull_descriptions(b)
    b.close()  # the command opens the store itself

    shown = _upfront(tmp_path / "bilal", "sync", "--status")
    assert shown.returncode == 0, shown.stderr
    status = json.loads(shown.stdout)
    assert (status["files_to_fetch"], status["bytes_to_fetch"]) == (2, total)
    assert status["files_refused"] == 2 and status["files_refused_at"]
    assert shown.stderr.splitlines() == [
        "sync status: to send to HQ: 0 change(s), 0 attachment(s)",
        "sync status: to fetch from HQ: 2 attachment(s), 140.7 KiB left",
        "sync status: not fetched: 2 attachment(s) could not be fetched: HQ refused to send "
        "them (not for this device's team or audience, or no longer held at HQ); their "
        "records are here without them",
    ]

    synced = _upfront(tmp_path / "bilal", "sync", "--json")
    assert synced.returncode == 0, synced.stderr
    summary = json.loads(synced.stdout)
    assert (summary["files_fetched"], summary["bytes_fetched"]) == (2, total)
    assert (summary["files_to_fetch"], summary["bytes_to_fetch"], summary["files_refused"]) == (
        0,
        0,
        0,
    )
    after = _upfront(tmp_path / "bilal", "sync", "--status")
    assert after.returncode == 0, after.stderr
    assert "sync status: to fetch from HQ: nothing" in after.stderr.splitlines()
    assert json.loads(after.stdout)["files_refused"] == 2  # what happened stays told
    log = (tmp_path / "bilal" / "upfront.log").read_text(encoding="utf-8")
    for text in (shown.stdout, shown.stderr, synced.stdout, synced.stderr, after.stderr, log):
        assert MARKER not in text


def test_sizes_read_as_a_person_reads_them():
    from sync.cli import size

    assert [size(n) for n in (0, 1, 700, 1023)] == ["0 bytes", "1 byte", "700 bytes", "1023 bytes"]
    assert [size(n) for n in (1024, 144_077, 5 * 2**20, 3 * 2**40)] == [
        "1.0 KiB",
        "140.7 KiB",
        "5.0 MiB",
        "3072.0 GiB",
    ]
