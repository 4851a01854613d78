"""What HQ refuses, over real TLS and real PostgreSQL: each refusal gives the right status and
code, and leaves HQ exactly as it was (no record, change-log row, batch or device position
moved). Where the SyncClient cannot produce the bad input, requests are built by hand from the
device's own keys and sent with http.client over the device's mutual-TLS context."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import http.client
import json
import os
import random
import ssl
import uuid
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from sqlalchemy import func, select, update
from synchelp import (
    FAST_KDF,
    PASSPHRASE,
    free_port,
    incident,
    make_hq_dir,
    start_server,
    stop_process,
)

from app.hlc import pack, wall_ms
from app.models import OutboxEntry
from app.store import Store
from sync import device as d
from sync import pki
from sync import protocol as p
from sync.client import Refused, SyncClient, SyncFailed, enroll
from sync.hq.models import Batch, ChangeResult, LogEntry


# ---- helpers ------------------------------------------------------------------------------
def hq_state(hq) -> dict:
    """Everything a refused request must leave untouched."""
    with hq.session() as s:
        counts = {
            name: s.scalar(select(func.count()).select_from(model))
            for name, model in (
                ("changelog", LogEntry),
                ("batches", Batch),
                ("results", ChangeResult),
            )
        }
    return {
        "records": hq.records(),
        **counts,
        "through": {x["id"]: (x["applied_through"], x["revoked"]) for x in hq.devices()},
        "conflicts": hq.conflicts(),
    }


def state_of(dev) -> d.DeviceState:
    with dev.store.session() as s:
        return d.load_state(s)


def device_context(state: d.DeviceState) -> ssl.SSLContext:
    return pki.client_context(
        state.ca_pem.encode(), state.cert_pem.encode(), state.tls_key_pem.encode()
    )


def post(
    port: int,
    context: ssl.SSLContext,
    body: bytes | None,
    path: str = "/v1/sync",
    content_type: str = "application/octet-stream",
    *,
    chunked: bool = False,
) -> tuple[int, bytes]:
    conn = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=60)
    try:
        headers = {"Content-Type": content_type}
        if chunked:
            conn.request(
                "POST",
                path,
                body=iter([body[i : i + 65536] for i in range(0, len(body), 65536)]),
                headers=headers,
                encode_chunked=True,
            )
        else:
            conn.request("POST", path, body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def error_code(data: bytes) -> str:
    return json.loads(data)["error"]


def sealed(dev, changes: list[p.Change] | None = None) -> tuple[p.Envelope, p.SessionKey]:
    """A valid request envelope from `dev` (its pending changes unless `changes` is given),
    with a fresh session key sealed in, exactly as the SyncClient builds it."""
    state = state_of(dev)
    with dev.store.transaction() as s:
        progress = d.load_progress(s)
        if changes is None:
            changes = d.next_batch(s, progress.thru, 500)
        env, key = dev.client._envelope(s, state, changes, progress, "sync", fresh_key=True)
    return env, key


def resign(env: p.Envelope, state: d.DeviceState) -> p.Envelope:
    sig = state.signer.sign(
        p.SIGN_CONTEXT + hashlib.sha256(env.header_bytes + env.ciphertext).digest()
    )
    return p.Envelope(env.header_bytes, env.ciphertext, sig, env.sealed_key)


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def client_cert(
    issuer: pki.Issued, state: d.DeviceState, *, not_before: dt.datetime, not_after: dt.datetime
) -> str:
    """A client certificate for the device's own TLS key, issued by `issuer`."""
    key = pki.load_key(state.tls_key_pem.encode())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, state.device_id)]))
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
        .sign(issuer.key, hashes.SHA256())
    )
    return pki.cert_pem(cert).decode()


def with_state(dev, **changes) -> SyncClient:
    """Change the device's stored enrollment state; a new client so no link is reused."""
    with dev.store.transaction() as s:
        state = d.load_state(s)
        for name, value in changes.items():
            setattr(state, name, value)
        d.save_state(s, state)
    dev.client.close()
    dev.client = SyncClient(dev.store)
    return dev.client


NO_ANSWER = (ssl.SSLError, http.client.RemoteDisconnected, ConnectionResetError)


def assert_refused_in_handshake(port: int, context: ssl.SSLContext) -> None:
    """The connection is dropped before any HTTP answer. (HQ's asyncio TLS server closes it
    without sending OpenSSL's alert, so the client sees EOF, not the alert's reason.)"""
    with pytest.raises(NO_ANSWER):
        post(port, context, b"x")


def outbox_rows(dev) -> list[tuple[str, str | None]]:
    with dev.store.session() as s:
        return [
            (e.state, e.reason) for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]


# ---- TLS-level refusals -------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/v1/sync", "/v1/upload", "/v1/download", "/v1/counts"])
def test_no_client_certificate_is_401_and_applies_nothing(make_device, running_hq, path):
    a = make_device("amina")
    a.incidents.add(incident())
    env, _ = sealed(a)
    before = hq_state(running_hq.hq)
    status, data = post(
        running_hq.port, pki.client_context(running_hq.ca_pem), env.pack(), path=path
    )
    assert status == 401
    assert error_code(data) == "no-client-certificate"
    assert hq_state(running_hq.hq) == before


def test_certificate_from_another_ca_is_refused_in_the_handshake(make_device, running_hq):
    a = make_device("amina")
    a.incidents.add(incident())
    before = hq_state(running_hq.hq)
    state = state_of(a)
    rogue = pki.make_ca("Rogue CA")
    csr = pki.make_csr(pki.load_key(state.tls_key_pem.encode()))
    forged = pki.cert_pem(pki.device_cert_from_csr(rogue, csr, state.device_id)).decode()

    assert post(running_hq.port, device_context(state), b"x")[0] == 400  # control: answered
    # the raw TLS client sees the handshake refused
    assert_refused_in_handshake(
        running_hq.port, device_context(with_state(a, cert_pem=forged).state())
    )
    # and the SyncClient turns it into a clear message, not a refusal HQ answered
    with pytest.raises(SyncFailed) as err:
        a.client.sync()
    assert not isinstance(err.value, Refused)
    assert "not issued by the HQ it pinned" in str(err.value)
    assert hq_state(running_hq.hq) == before
    assert d.status(a.store).pending == 1
    assert "enroll the device again" in d.status(a.store).last_error


def test_expired_device_certificate_is_refused_and_said_so(make_device, running_hq):
    a = make_device("amina")
    a.incidents.add(incident())
    before = hq_state(running_hq.hq)
    now = dt.datetime.now(dt.UTC)
    expired = client_cert(
        running_hq.hq.keys.ca,
        state_of(a),
        not_before=now - dt.timedelta(days=40),
        not_after=now - dt.timedelta(days=1),
    )
    assert post(running_hq.port, device_context(state_of(a)), b"x")[0] == 400  # control
    client = with_state(a, cert_pem=expired)
    assert_refused_in_handshake(running_hq.port, device_context(client.state()))
    with pytest.raises(SyncFailed) as err:
        client.sync()
    assert not isinstance(err.value, Refused)
    assert "expired" in str(err.value)
    assert hq_state(running_hq.hq) == before


@pytest.mark.slow
def test_server_not_signed_by_the_pinned_ca_is_refused(make_device, running_hq, tmp_path):
    a = make_device("amina")
    a.incidents.add(incident())
    before = hq_state(running_hq.hq)
    other_dir = tmp_path / "hq2"
    other_dir.mkdir()
    other_db = f"sqlite:///{other_dir / 'hq.db'}"
    other = make_hq_dir(other_dir, other_db)
    port = free_port()
    proc = start_server(other_dir, port, other_db)
    try:
        other_url = f"https://127.0.0.1:{port}"
        client = with_state(a, hq_url=other_url)
        with pytest.raises(SyncFailed) as err:
            client.sync()
        assert not isinstance(err.value, Refused)
        assert "not signed by the CA this device pinned" in str(err.value)
        assert other.devices() == [] and other.records() == {}

        # enrollment checks the CA it is handed against the fingerprint it was given
        other.add_team("SYR")
        token = other.create_token("SYR")
        store, _ = Store.create(tmp_path / "newcomer", "newcomer", PASSPHRASE, kdf=FAST_KDF)
        try:
            with pytest.raises(SyncFailed, match="fingerprint"):
                enroll(store, other_url, token, running_hq.fingerprint, "newcomer")
            wrong = ":".join(["AB"] * 32)
            with pytest.raises(SyncFailed, match="fingerprint"):
                enroll(store, running_hq.url, running_hq.hq.create_token("SYR"), wrong, "x")
            assert d.status(store).enrolled is False
        finally:
            store.close()
        assert other.devices() == []  # the token was never even sent
    finally:
        stop_process(proc)
        other.engine.dispose()
    assert hq_state(running_hq.hq) == before


# ---- refusals HQ answers --------------------------------------------------------------------
def test_revoked_device_is_refused_403(make_device, running_hq):
    a = make_device("amina")
    a.incidents.add(incident())
    state = state_of(a)
    running_hq.hq.revoke(state.device_id)
    before = hq_state(running_hq.hq)
    with pytest.raises(Refused) as err:
        a.sync()
    assert (err.value.status, err.value.code) == (403, "revoked")
    assert hq_state(running_hq.hq) == before
    assert d.status(a.store).pending == 1


def test_forged_signature_is_refused_403(make_device, running_hq):
    a = make_device("amina")
    a.incidents.add(incident())
    env, _ = sealed(a)
    forged = p.Envelope(env.header_bytes, env.ciphertext, flip(env.signature, 10), env.sealed_key)
    before = hq_state(running_hq.hq)
    status, data = post(running_hq.port, device_context(state_of(a)), forged.pack())
    assert (status, error_code(data)) == (403, "bad-signature")
    assert hq_state(running_hq.hq) == before


def test_replayed_batch_is_a_duplicate_and_another_device_cannot_replay_it(make_device, running_hq):
    a, b = make_device("amina"), make_device("bilal")
    a.incidents.add(incident())
    a.incidents.add(incident(title="Second"))
    env, key = sealed(a)
    body = env.pack()
    ctx = device_context(state_of(a))

    status, data = post(running_hq.port, ctx, body)
    assert status == 200
    first = p.open_response(data, key.key, env.digest)
    assert first["dup"] is False and first["thru"] == 2
    applied = hq_state(running_hq.hq)
    assert len(applied["records"]) == 2

    status, data = post(running_hq.port, ctx, body)
    assert status == 200
    again = p.open_response(data, key.key, env.digest)
    assert again["dup"] is True and again["thru"] == 2 and again["res"] == first["res"]
    assert hq_state(running_hq.hq) == applied

    status, data = post(running_hq.port, device_context(state_of(b)), body)
    assert (status, error_code(data)) == (403, "wrong-device")
    assert hq_state(running_hq.hq) == applied


def test_tampered_ciphertext_with_a_valid_signature_is_400(make_device, running_hq):
    a = make_device("amina")
    a.incidents.add(incident())
    state = state_of(a)
    env, _ = sealed(a)
    tampered = resign(
        p.Envelope(env.header_bytes, flip(env.ciphertext, 5), env.signature, env.sealed_key), state
    )
    before = hq_state(running_hq.hq)
    status, data = post(running_hq.port, device_context(state), tampered.pack())
    assert (status, error_code(data)) == (400, "bad-ciphertext")
    assert hq_state(running_hq.hq) == before


def test_pushing_into_another_teams_record_refuses_that_change_alone(make_device, running_hq):
    """(It once refused the whole batch with 403, which the device resent forever; see
    test_sync_partial_refusal.py for the device's side.)"""
    syr, yem = make_device("amina"), make_device("yemen-officer", "YEM")
    rid = syr.incidents.add(incident())
    assert syr.sync().complete
    own = yem.incidents.add(incident(location={"country": "YEM"}, title="Yemen"))  # seq 1
    before = hq_state(running_hq.hq)
    assert set(before["records"]) == {rid}

    with yem.store.session() as s:
        legit = d.next_batch(s, 0, 500)
    assert [c.seq for c in legit] == [1]
    hostile = p.Change(
        2,
        rid,
        "update",
        pack(wall_ms(), 0),
        {"title": "Rewritten by YEM"},
        {"title": hashlib.sha256(b"x").hexdigest()[:16]},
    )
    env, key = sealed(yem, legit + [hostile])
    status, data = post(running_hq.port, device_context(state_of(yem)), env.pack())
    assert status == 200
    answer = p.open_response(data, key.key, env.digest)
    assert [r[:2] for r in answer["res"]] == [[2, p.REJECTED]]
    assert answer["res"][0][2].startswith("id: belongs to another team")
    assert rid not in {p.uuid_text(row[1]) for row in answer["pull"]}
    after = hq_state(running_hq.hq)
    assert set(after["records"]) == {rid, own}
    assert after["records"][rid] == before["records"][rid]


def test_oversized_bodies_are_413(make_device, running_hq):
    a = make_device("amina")
    ctx = device_context(state_of(a))
    before = hq_state(running_hq.hq)
    big = b"\0" * (p.MAX_BODY + 1)
    status, data = post(running_hq.port, ctx, big)  # Content-Length declared
    assert (status, error_code(data)) == (413, "too-large")
    status, data = post(running_hq.port, ctx, big, chunked=True)  # no length: counted
    assert (status, error_code(data)) == (413, "too-large")
    assert hq_state(running_hq.hq) == before


MALFORMED = {
    "random bytes": random.Random(7).randbytes(300),
    "empty": b"",
    "msgpack list": p.packb([1, 2, 3]),
    "msgpack int": p.packb(5),
    "envelope without signature": p.packb({"h": b"", "c": b""}),
    "envelope of wrong types": p.packb({"h": [1], "c": {}, "s": 3.5}),
    "header not msgpack": p.packb({"h": b"\xc1\xc1", "c": b"", "s": b""}),
    "header a list": p.packb({"h": p.packb([1, 2]), "c": b"", "s": b""}),
    "header missing keys": p.packb({"h": p.packb({"v": p.PROTOCOL}), "c": b"", "s": b""}),
    # a huge length where bytes are expected must not make HQ allocate it
    "huge int for bytes": p.packb({"h": 2**62, "c": b"", "s": b""}),
    "huge int too big for an index": p.packb({"h": 2**63 + 5, "c": b"", "s": b""}),
}


def _header(**over) -> bytes:
    h = {
        "v": p.PROTOCOL,
        "k": "sync",
        "d": str(uuid.uuid4()),
        "a": 0,
        "b": 0,
        "p": p.GENESIS,
        "s": 1,
        "kd": b"k" * 8,
        "kh": b"h" * 8,
        "ks": b"s" * 8,
        "n": b"n" * 12,
        "c": 0,
        "l": 10,
        "t": 0,
    }
    h.update(over)
    return p.packb(h)


MALFORMED.update(
    {
        "header with infinite number": p.packb({"h": _header(a=float("inf")), "c": b"", "s": b""}),
        "header with huge nonce length": p.packb({"h": _header(n=2**62), "c": b"", "s": b""}),
    }
)


def test_malformed_bodies_are_400(make_device, running_hq):
    a = make_device("amina")
    ctx = device_context(state_of(a))
    before = hq_state(running_hq.hq)
    answers = {}
    for name, body in MALFORMED.items():
        status, data = post(running_hq.port, ctx, body)
        answers[name] = (status, error_code(data) if status != 500 else data.decode())
    wrong = {
        name: got
        for name, got in answers.items()
        if got[0] != 400 or got[1] not in {"malformed", "protocol"}
    }
    assert wrong == {}
    assert hq_state(running_hq.hq) == before


# ---- enrollment ---------------------------------------------------------------------------
def test_enrollment_token_refusals(make_device, running_hq, tmp_path: Path):
    make_device("amina")  # makes team SYR
    hq = running_hq.hq
    used = hq.create_token("SYR")
    first, _ = Store.create(tmp_path / "first", "first", PASSPHRASE, kdf=FAST_KDF)
    second, _ = Store.create(tmp_path / "second", "second", PASSPHRASE, kdf=FAST_KDF)
    try:
        enroll(first, running_hq.url, used, running_hq.fingerprint, "first")
        devices = hq.devices()
        cases = [
            (used, "token-used"),
            (hq.create_token("SYR", hours=-1), "token-expired"),
            ("not-a-token-hq-issued", "bad-token"),
        ]
        for token, code in cases:
            with pytest.raises(Refused) as err:
                enroll(second, running_hq.url, token, running_hq.fingerprint, "second")
            assert (err.value.status, err.value.code) == (403, code)
            assert d.status(second).enrolled is False
        assert hq.devices() == devices
    finally:
        first.close()
        second.close()
        # enroll() leaves its CA-download connection open until the cyclic GC frees it (see
        # test_enroll_leaves_no_connection_open); without this, HQ's graceful shutdown waits
        # on those idle TLS peers longer than the fixture allows
        gc.collect()


def established_to(port: int) -> int:
    """This process's established TCP connections to `port` on loopback."""
    fds = Path("/proc/self/fd")
    inodes = set()
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            cols = line.split()
            if int(cols[2].rsplit(":", 1)[1], 16) == port and cols[3] == "01" and cols[9] in inodes:
                count += 1
    return count


def test_enroll_leaves_no_connection_open(make_device, running_hq, tmp_path: Path):
    make_device("amina")
    gc.collect()
    assert established_to(running_hq.port) == 0
    store, _ = Store.create(tmp_path / "newcomer", "newcomer", PASSPHRASE, kdf=FAST_KDF)
    gc_was = gc.isenabled()
    gc.disable()  # what matters is whether enroll closes its connections, not when GC runs
    try:
        enroll(
            store,
            running_hq.url,
            running_hq.hq.create_token("SYR"),
            running_hq.fingerprint,
            "newcomer",
        )
        assert established_to(running_hq.port) == 0
    finally:
        if gc_was:
            gc.enable()
        store.close()
        gc.collect()


# ---- schema ---------------------------------------------------------------------------------
def test_schema_too_new_is_409_and_the_changes_are_held(make_device, running_hq):
    a = make_device("amina")
    a.incidents.add(incident())
    a.incidents.add(incident(title="Second"))
    newer = running_hq.hq.schema + 1
    with a.store.transaction() as s:
        s.execute(update(OutboxEntry).values(schema=newer))
    before = hq_state(running_hq.hq)

    env, _ = sealed(a)
    assert p.Header.unpack(env.header_bytes).schema == newer
    status, data = post(running_hq.port, device_context(state_of(a)), env.pack())
    assert (status, error_code(data)) == (409, "schema-too-new")

    result = a.sync()
    assert result.complete is False
    assert result.held and "schema" in result.held
    assert result.pending == 2
    rows = outbox_rows(a)
    assert [state for state, _ in rows] == ["held", "held"]
    assert all(reason == result.held for _, reason in rows)
    assert d.status(a.store).pending == 2
    assert hq_state(running_hq.hq) == before
