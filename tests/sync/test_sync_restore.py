"""A lost laptop is a new laptop: a new device enrolled for the same team restores the team's
records from HQ, attachments included, piece by piece with each piece committed, so a cut
link resumes where it stopped. Real HQ over real TLS (PostgreSQL, and SQLite for the whole
restore), real SQLCipher stores; the wire's download messages checked field by field."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest
from faultproxy import DOWN, FaultProxy
from sqlalchemy import func, select, update
from synchelp import incident, snapshot

from app.attachments import Attachments
from app.models import Attachment, Download, DownloadChunk
from sync import device as d
from sync import downloads
from sync import protocol as p
from sync.client import Refused, SyncClient, SyncFailed, SyncResult
from sync.desktop import DesktopSync
from sync.hq.models import Device as HQDevice
from sync.hq.models import LogEntry

CHUNK = p.CHUNK


class Stop(SyncFailed):
    """The test cuts the sync short (as Lock does through the progress callback)."""


def content(size: int, seed: int) -> bytes:
    return hashlib.shake_256(f"file {seed}".encode()).digest(size) if size else b""


def files_of(dev) -> dict[str, tuple[str, bytes]]:
    """Every attachment on a device: id -> (sha256, bytes)."""
    with dev.store.session() as s:
        return {a.id: (a.sha256, bytes(a.content)) for a in s.scalars(select(Attachment))}


def download_rows(dev) -> tuple[int, int, int]:
    """(downloads, their chunks, bytes received) on a device."""
    with dev.store.session() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Download)) or 0),
            int(s.scalar(select(func.count()).select_from(DownloadChunk)) or 0),
            int(s.scalar(select(func.coalesce(func.sum(Download.received), 0))) or 0),
        )


def device_id(dev) -> str:
    return dev.client.state().device_id


def team_work(dev) -> tuple[list[str], dict[str, bytes]]:
    """Incidents with attachments of several sizes: one of several chunks, one empty, one
    small, one of exactly a chunk; an edited incident and one deleted with its file."""
    ids = [dev.incidents.add(incident(title=f"Incident {i}")) for i in range(5)]
    dev.incidents.edit(ids[1], {"title": "Incident 1 (edited)", "date_reported": "2026-10-06"})
    files = Attachments(dev.store)
    sizes = {ids[0]: [2 * CHUNK + 12_345, 0], ids[1]: [700], ids[2]: [CHUNK], ids[4]: [900]}
    kept: dict[str, bytes] = {}
    for n, (rid, lengths) in enumerate(sizes.items()):
        for m, size in enumerate(lengths):
            data = content(size, 10 * n + m)
            meta = files.add(rid, data, f"evidence-{n}-{m}.jpg")
            kept[meta["id"]] = data
    dev.incidents.delete(ids[4])
    kept = {k: v for k, v in kept.items() if len(v) != 900}
    return ids, kept


def through(dev, proxy: FaultProxy) -> None:
    """Point an enrolled device at the proxy, with a fresh client."""
    with dev.store.transaction() as s:
        state = d.load_state(s)
        state.hq_url = proxy.url
        d.save_state(s, state)
    dev.client.close()
    dev.client = SyncClient(dev.store)


# ---- the whole restore ---------------------------------------------------------------------
@pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)
def test_a_new_device_of_the_team_restores_its_records_and_files(make_device, running_hq):
    a = make_device("amina")
    _ids, kept = team_work(a)
    assert a.sync().complete
    # the attach changes are in HQ's change log, for the team's other devices
    with running_hq.hq.session() as s:
        attach_entries = s.scalar(
            select(func.count()).select_from(LogEntry).where(LogEntry.kind == "attach")
        )
    assert attach_entries == 5  # the deleted incident's file too: HQ logged it when it came

    b = make_device("bilal")  # the lost laptop's successor: a fresh store, same team
    service = DesktopSync(b.store)  # as the window runs it
    result = service.run()
    assert result.complete and result.files_to_fetch == 0
    assert result.pulled > 0
    assert result.files_fetched == len(kept) == 4
    assert result.bytes_fetched == sum(len(v) for v in kept.values())
    # what the window shows when it is over: records received, files and bytes fetched
    progress = service.progress
    assert (progress.pulled, progress.files_fetched, progress.bytes_fetched) == (
        result.pulled,
        len(kept),
        result.bytes_fetched,
    )
    assert not progress.running

    assert snapshot(b) == snapshot(a)
    mine, theirs = files_of(a), files_of(b)
    assert set(theirs) == set(kept)
    for file_id, data in kept.items():
        assert theirs[file_id] == mine[file_id] == (hashlib.sha256(data).hexdigest(), data)
        meta_a = {x["id"]: x for x in Attachments(a.store).list(_incident_of(a, file_id))}
        meta_b = {x["id"]: x for x in Attachments(b.store).list(_incident_of(b, file_id))}
        assert meta_b[file_id] == meta_a[file_id]  # name, capture, SHA-256 as taken in
        custody = Attachments(b.store).custody(file_id)
        assert [e["action"] for e in custody] == ["received"]
        assert "HQ" in custody[0]["detail"] and device_id(a) in custody[0]["detail"]
        assert hashlib.sha256(data).hexdigest() in custody[0]["detail"]
    assert download_rows(b) == (0, 0, 0)
    # B's restore sent nothing back: no outbox entries for what came from HQ
    with b.store.session() as s:
        assert d.next_batch(s, 0) == []
    # a second sync fetches nothing again
    again = b.sync()
    assert again.complete and (again.files_fetched, again.bytes_fetched) == (0, 0)
    assert set(files_of(b)) == set(kept)


def _incident_of(dev, file_id: str) -> str:
    with dev.store.session() as s:
        row = s.get(Attachment, file_id)
        assert row is not None
        return row.incident_id


def test_a_teammates_file_waits_until_hq_holds_it_whole(make_device, running_hq):
    """The description comes before the bytes: a device that pulls it while HQ has only
    part of the file fetches nothing yet, says so, and fetches it on a later sync."""
    a, b = make_device("amina"), make_device("bilal")
    rid = a.incidents.add(incident())
    data = content(CHUNK + 10, 1)
    meta = Attachments(a.store).add(rid, data, "photo.jpg")
    a.client.round()  # the record and the description, not yet the bytes
    first = b.sync()
    assert first.complete and first.files_to_fetch == 1 and first.files_fetched == 0
    assert download_rows(b) == (1, 0, 0)
    assert a.sync().complete  # now the bytes
    second = b.sync()
    assert (second.files_fetched, second.bytes_fetched, second.files_to_fetch) == (
        1,
        len(data),
        0,
    )
    assert files_of(b)[meta["id"]][1] == data


# ---- resuming ------------------------------------------------------------------------------
def test_a_download_cut_midway_resumes_from_the_committed_offset(make_device, running_hq):
    a = make_device("amina")
    rid = a.incidents.add(incident())
    data = content(4 * CHUNK + 777, 2)
    meta = Attachments(a.store).add(rid, data, "video.mp4")
    assert a.sync().complete
    b = make_device("bilal")
    with FaultProxy(running_hq.port) as proxy:
        through(b, proxy)

        def stop_after_two_chunks(result) -> None:
            if result.bytes_fetched >= 2 * CHUNK:
                raise Stop("stopped by the test")

        with pytest.raises(Stop):  # Lock during the download: two chunks are in
            b.client.sync(progress_cb=stop_after_two_chunks)
        assert download_rows(b) == (1, 2, 2 * CHUNK)
        assert meta["id"] not in files_of(b)

        # the link drops in the middle of the next piece: nothing of it is kept
        b.client.close()  # a fresh connection: the cut is not taken for an idle one
        proxy.cut_after_bytes, proxy.cut_direction, proxy.cut_times = 20_000, DOWN, 1
        with pytest.raises(SyncFailed, match="connection to HQ was lost"):
            b.client.download_files()
        assert proxy.cuts == 1
        assert download_rows(b) == (1, 2, 2 * CHUNK)

        proxy.cut_after_bytes = None
        resumed = b.sync()
    assert resumed.complete
    # from the committed offset: only the bytes after it came again
    assert (resumed.files_fetched, resumed.bytes_fetched) == (1, len(data) - 2 * CHUNK)
    assert files_of(b)[meta["id"]] == (meta["sha256"], data)
    assert download_rows(b) == (0, 0, 0)


def test_downloads_go_on_across_connections_cut_again_and_again(make_device, running_hq):
    """Every connection is cut part-way through its second piece: the client asks again
    on a new connection from the offset it holds, and no byte is committed twice."""
    a = make_device("amina")
    rid = a.incidents.add(incident())
    data = content(5 * CHUNK + 5, 3)
    meta = Attachments(a.store).add(rid, data, "scan.pdf")
    assert a.sync().complete
    b = make_device("bilal")
    with FaultProxy(running_hq.port) as proxy:
        through(b, proxy)
        for _ in range(10):  # the rounds first, on unbroken connections
            applied, _sent = b.client.round()
            if not applied.more:
                break
        proxy.cut_after_bytes, proxy.cut_direction = 100_000, DOWN
        result = SyncResult()  # counts across the attempts
        for _attempt in range(20):
            try:
                b.client.download_files(result)
                break
            except SyncFailed:  # a cut the client could not ride over: the next attempt
                continue
        assert proxy.cuts >= 2
    # every byte committed once, however many connections it took
    assert (result.files_fetched, result.bytes_fetched) == (1, len(data))
    assert files_of(b)[meta["id"]][1] == data


# ---- what is refused ---------------------------------------------------------------------
def test_a_file_whose_bytes_do_not_match_is_not_kept(make_device, running_hq):
    a = make_device("amina")
    rid = a.incidents.add(incident())
    data = content(CHUNK + 100, 4)
    meta = Attachments(a.store).add(rid, data, "photo.jpg")
    assert a.sync().complete
    b = make_device("bilal")
    b.client.round()
    # the description B holds says other bytes than HQ sends (as if they were altered)
    wrong = hashlib.sha256(b"other bytes").hexdigest()
    with b.store.transaction() as s:
        s.execute(update(Download).values(sha256=wrong, meta={**_meta(s), "sha256": wrong}))
    result = b.client.download_files()
    # fetched whole twice (the first mismatch starts it over), kept neither time
    assert (result.files_fetched, result.files_to_fetch) == (0, 1)
    assert result.bytes_fetched == 2 * len(data)
    assert meta["id"] not in files_of(b)
    assert download_rows(b) == (1, 0, 0)  # started over: nothing of it kept
    with b.store.transaction() as s:  # the right description: it comes
        s.execute(update(Download).values(sha256=meta["sha256"], meta={**_meta(s), **meta}))
    assert b.client.download_files().files_fetched == 1
    assert files_of(b)[meta["id"]] == (meta["sha256"], data)


def _meta(s) -> dict:
    row = s.scalars(select(Download)).one()
    return dict(row.meta)


def _ask(dev, file_id: str, incident_id: str, size: int) -> bytes:
    """A download request as the client sends it, for any file id."""
    state = dev.client.state()
    with dev.store.session() as s:
        key, confirmed = d.session_key(s, state)
    assert confirmed
    return dev.client._piece(state, key, downloads.Waiting(file_id, incident_id, size, 0), 0, 100)


def test_a_device_of_another_team_or_audience_gets_no_file(make_device, running_hq):
    a = make_device("amina")
    rid = a.incidents.add(incident())
    meta = Attachments(a.store).add(rid, content(500, 5), "photo.jpg")
    assert a.sync().complete
    teammate = make_device("bilal")
    teammate.client.round()  # its session key is known to HQ
    assert _ask(teammate, meta["id"], rid, 500) == content(500, 5)[:100]

    other = make_device("chen", team="LBN")
    assert other.sync().complete
    assert files_of(other) == {} and download_rows(other) == (0, 0, 0)  # nothing pulled
    with pytest.raises(Refused) as err:
        _ask(other, meta["id"], rid, 500)
    # as for a file HQ never heard of: the answer does not confirm the id exists elsewhere
    assert (err.value.status, err.value.code) == (404, "unknown-file")

    with pytest.raises(Refused) as err:  # a file HQ never heard of
        _ask(teammate, "00000000-0000-4000-8000-000000000000", rid, 500)
    assert (err.value.status, err.value.code) == (404, "unknown-file")

    # a device of the team that reads as another audience (a redacted view) gets no file
    with running_hq.hq.session() as s, s.begin():
        row = s.get(HQDevice, device_id(teammate))
        assert row is not None
        row.audience = "un"
    with pytest.raises(Refused) as err:
        _ask(teammate, meta["id"], rid, 500)
    assert (err.value.status, err.value.code) == (403, "audience")


def test_a_request_not_made_with_the_session_key_is_refused(make_device, running_hq):
    a = make_device("amina")
    rid = a.incidents.add(incident())
    meta = Attachments(a.store).add(rid, content(500, 6), "photo.jpg")
    assert a.sync().complete
    state = a.client.state()
    with a.store.session() as s:
        key, _ = d.session_key(s, state)
    request = p.DownloadRequest(state.device_id, meta["id"], 0, 100, key.kid, os.urandom(12))
    forged = p.seal_download_request(request, os.urandom(32))
    status, body = a.client._post(state, forged, "/v1/download")
    assert status == 400 and b"bad-ciphertext" in body
    other = p.DownloadRequest(str(rid), meta["id"], 0, 100, key.kid, os.urandom(12))
    status, body = a.client._post(state, p.seal_download_request(other, key.key), "/v1/download")
    assert status == 403 and b"wrong-device" in body


# ---- the wire ------------------------------------------------------------------------------
FILE = "5f0c7d4e-9a43-4c1b-8f21-0d8a8a3a6b11"
SHA = hashlib.sha256(b"x").hexdigest()
KEY = bytes(range(32))


def _request(**overrides) -> p.DownloadRequest:
    fields = dict(
        device="dev-1",
        attachment=FILE,
        offset=65536,
        length=65536,
        session_kid=b"k" * 8,
        nonce=b"n" * 12,
    )
    return p.DownloadRequest(**(fields | overrides))


def test_a_download_request_goes_and_comes_back_whole():
    request = _request()
    body = p.seal_download_request(request, KEY)
    opened, hb, tag = p.open_download_request(body)
    assert opened == request
    p.check_download_request(opened, hb, tag, KEY)
    with pytest.raises(p.ProtocolError) as err:
        p.check_download_request(opened, hb, tag, bytes(32))
    assert err.value.code == "bad-ciphertext"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"o": -1}, "download request.offset"),
        ({"l": 0}, "download request.length"),
        ({"l": p.MAX_CHUNK + 1}, "download request.length"),
        ({"a": b"short"}, "download request.attachment"),
        ({"ks": b"k"}, "download request.session key id"),
        ({"n": "nonce"}, "download request.nonce"),
        ({"d": 5}, "download request.device"),
        ({"o": None, "drop": "o"}, "download request.offset"),
    ],
)
def test_a_download_request_that_does_not_fit_names_its_field(change, field):
    wire = _request().to_wire() | change
    if "drop" in change:
        del wire[change["drop"]], wire["drop"]
    with pytest.raises(p.ProtocolError) as err:
        p.DownloadRequest.from_wire(wire)
    assert (err.value.status, err.value.code) == (400, "malformed")
    assert err.value.message.startswith(field), err.value.message


def _answer(asked: p.DownloadRequest, data: bytes, /, **overrides) -> bytes:
    fields = dict(
        attachment=asked.attachment,
        offset=asked.offset,
        size=200_000,
        sha256=SHA,
        request=asked.nonce,
        nonce=b"a" * 12,
    )
    return p.seal_download(p.DownloadAnswer(**(fields | overrides)), data, KEY)


def test_a_download_answer_is_checked_against_its_request():
    request = _request()
    header, data = p.open_download(_answer(request, b"piece"), request, KEY)
    assert (data, header.offset, header.size, header.sha256) == (b"piece", 65536, 200_000, SHA)
    cases = [
        (_answer(request, b"piece", request=b"o" * 12), "download answer.request"),
        (_answer(request, b"piece", offset=0), "download answer.offset"),
        (_answer(request, b"piece", attachment=_other_file()), "download answer.attachment"),
        (_answer(request, b"x" * 65537), "download answer: carries more"),
        (_answer(request, b"", size=200_000), "download answer: carries no bytes"),
        (_answer(request, b"piece", size=65538), "download answer: carries more"),
        (_answer(request, b"piece", sha256="Z" * 64), "download answer.sha256"),
        (_flipped(_answer(request, b"piece")), "download answer: does not decrypt"),
        (b"\xc1", "the download answer is not valid msgpack"),
        (p.packb([1, 2]), "download answer: is malformed"),
    ]
    for body, field in cases:
        with pytest.raises(p.ProtocolError) as err:
            p.open_download(body, request, KEY)
        assert (err.value.status, err.value.code) == (502, "bad-answer"), field
        assert err.value.message.startswith(field), (field, err.value.message)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"s": -1}, "download answer.size"),
        ({"o": 300_000}, "download answer.offset"),
        ({"r": b"r"}, "download answer.request"),
        ({"h": None}, "download answer.sha256"),
        ({"a": 7}, "download answer.attachment"),
    ],
)
def test_a_download_answer_that_does_not_fit_names_its_field(change, field):
    wire = p.DownloadAnswer(FILE, 0, 200_000, SHA, b"r" * 12, b"n" * 12).to_wire() | change
    with pytest.raises(p.ProtocolError) as err:
        p.DownloadAnswer.from_wire(wire)
    assert (err.value.status, err.value.code) == (502, "bad-answer")
    assert err.value.message.startswith(field), err.value.message
    missing = {k: v for k, v in wire.items() if k != "n"}
    with pytest.raises(p.ProtocolError, match=r"download answer\.nonce: is missing"):
        p.DownloadAnswer.from_wire(missing)


def _other_file() -> str:
    return "6f0c7d4e-9a43-4c1b-8f21-0d8a8a3a6b11"


def _flipped(body: bytes) -> bytes:
    env = p.unpackb(body)
    ct = bytearray(env["c"])
    ct[0] ^= 1
    return p.packb({"h": env["h"], "c": bytes(ct)})


# ---- the command line ----------------------------------------------------------------------
def _upfront(data, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "UPFRONT_PASSPHRASE": "a long enough passphrase"},
    )


@pytest.mark.slow
def test_upfront_sync_says_what_a_restore_fetched(tmp_path, make_device, running_hq):
    a = make_device("amina")
    rid = a.incidents.add(incident())
    data = content(CHUNK + 3, 7)
    Attachments(a.store).add(rid, data, "photo.jpg")
    assert a.sync().complete
    new = tmp_path / "new-laptop"
    assert _upfront(new, "init").returncode == 0
    token = running_hq.hq.create_token("SYR")
    enrolled = _upfront(
        new,
        "enroll",
        "--hq",
        running_hq.url,
        "--token",
        token,
        "--ca-fingerprint",
        running_hq.fingerprint,
    )
    assert enrolled.returncode == 0, enrolled.stderr
    first = _upfront(new, "sync")
    assert first.returncode == 0, first.stderr
    # the record and its file's description, then the file's bytes
    assert first.stderr.startswith(
        f"synced: 0 sent, 2 received, 1 attachment(s) fetched ({len(data)} bytes), "
    )
    again = _upfront(new, "sync", "--json")
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["files_fetched"], summary["bytes_fetched"], summary["files_to_fetch"]) == (
        0,
        0,
        0,
    )
