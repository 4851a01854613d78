"""Remote wipe: `revoke --wipe` makes the device, at its next contact (online sync, or the
receipt of a bundle), verify HQ's signed wipe order and crypto-erase its store as `upfront
wipe` does. A forged order (another key, another device, a tampered byte) and a replayed one
(bound to another request) are refused and leave the store as it was; nothing of the last
request is applied at HQ and nothing more is pushed. A revoke without --wipe refuses the
device as before.

Real HQ over real TLS on loopback (PostgreSQL, and SQLite for the main path), real SQLCipher
stores. Someone on the way is played by a SyncClient transport that sends the device's real
request to the real HQ over the device's own TLS link and rewrites HQ's answer before the
device reads it."""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import os
import ssl
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from sqlalchemy import func, select
from synchelp import incident

from app.errors import StoreClosed, StoreWiped
from app.store import Store
from sync import device as d
from sync import pki
from sync import protocol as p
from sync.client import Refused, SyncClient, SyncFailed
from sync.hq.models import Batch, ChangeResult, FileChunk, LogEntry, WipeOrder

ROOT = Path(__file__).resolve().parents[2]


# ---- helpers ------------------------------------------------------------------------------
def hq_state(hq) -> dict:
    """Everything a request HQ answers with a wipe order must leave untouched."""
    with hq.session() as s:
        counts = {
            name: s.scalar(select(func.count()).select_from(model))
            for name, model in (
                ("changelog", LogEntry),
                ("batches", Batch),
                ("results", ChangeResult),
                ("chunks", FileChunk),
            )
        }
    return {
        "records": sorted(hq.records()),
        **counts,
        "through": {x["id"]: x["applied_through"] for x in hq.devices()},
    }


def state_of(dev) -> d.DeviceState:
    with dev.store.session() as s:
        return d.load_state(s)


def erased(directory: Path) -> bool:
    """As `upfront wipe` leaves a data folder: nothing in it (no key file, no database)."""
    return directory.is_dir() and not any(directory.iterdir()) and not Store.exists(directory)


def intact(dev, pending: int) -> bool:
    """The store is open, its key file and database there, its changes still waiting."""
    return (
        not dev.store.closed
        and Store.exists(dev.store.directory)
        and d.status(dev.store).pending == pending
    )


def events(hq, device_id: str) -> list[str]:
    with hq.session() as s:
        from sync.hq import roles

        return [e["action"] for e in roles.events(s, device_id)]


def orders(hq, device_id: str) -> list[WipeOrder]:
    with hq.session() as s:
        return list(s.scalars(select(WipeOrder).where(WipeOrder.device_id == device_id)))


def device_context(state: d.DeviceState) -> ssl.SSLContext:
    return pki.client_context(
        state.ca_pem.encode(), state.cert_pem.encode(), state.tls_key_pem.encode()
    )


def post(port: int, context: ssl.SSLContext, body: bytes, path: str = "/v1/sync"):
    conn = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=60)
    try:
        conn.request("POST", path, body=body, headers={"Content-Type": "application/octet-stream"})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def sealed(dev, kind: str = "sync") -> p.Envelope:
    """A request exactly as the device's client builds it (its pending changes)."""
    state = state_of(dev)
    with dev.store.transaction() as s:
        progress = d.load_progress(s)
        changes = d.next_batch(s, progress.thru, 500)
        env, _key = dev.client._envelope(s, state, changes, progress, kind, fresh_key=True)
    return env


def captured_order(running_hq, dev) -> bytes:
    """A genuine order, captured off the wire: the device's own request, sent by someone
    else, answered by HQ with the order bound to that request (the device never saw it)."""
    status, data = post(running_hq.port, device_context(state_of(dev)), sealed(dev).pack())
    assert status == p.WIPE_STATUS, data
    body = json.loads(data)
    assert body["error"] == p.WIPE_CODE
    return bytes.fromhex(body["order"])


def on_the_way(dev, rewrite) -> SyncClient:
    """A client of `dev` whose requests go to the real HQ over the device's own TLS link and
    whose answers pass through `rewrite(request, status, answer)` first."""
    link = dev.client.link(state_of(dev))

    def transport(path: str, body: bytes) -> tuple[int, bytes]:
        status, data = link.request("POST", path, body)
        return rewrite(body, status, data)

    return SyncClient(dev.store, transport=transport)


def with_order(status: int, data: bytes, order: bytes) -> tuple[int, bytes]:
    """HQ's wipe refusal with its order replaced."""
    assert status == p.WIPE_STATUS, data
    body = json.loads(data)
    return status, json.dumps({**body, "order": order.hex()}).encode()


def digest_of(request: bytes) -> bytes:
    return p.Envelope.unpack(request).digest


def tampered(signed: bytes, old: bytes, new: bytes) -> bytes:
    """The signed bytes with one value changed, the signature kept."""
    assert signed.count(old) == 1
    return signed.replace(old, new)


def cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    from synchelp import PASSPHRASE

    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "UPFRONT_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)},
    )


def hq_cmd(hq_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sync.hq.cli", "--dir", str(hq_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


# ---- the wipe order on the wire -----------------------------------------------------------
HQ_KEY = ed25519.Ed25519PrivateKey.generate()
HQ_PUBLIC = HQ_KEY.public_key().public_bytes_raw()
DEVICE = str(uuid.uuid4())
ORDER = p.WipeOrder(DEVICE, str(uuid.uuid4()), hashlib.sha256(b"request").digest(), 1.7e9)


def test_an_order_signed_by_hq_opens_and_round_trips():
    signed = p.sign_wipe(ORDER, HQ_KEY)
    assert p.is_wipe_order(signed) and not p.is_wipe_order(b"UPFRONT-RECEIPT\x01")
    assert p.open_wipe(signed, HQ_PUBLIC) == ORDER
    assert p.WipeOrder.from_wire(ORDER.to_wire()) == ORDER
    # the domain-separation prefix: HQ's signature over the bare bytes is no order
    bare = p.WIPE_MAGIC + p.packb({"o": ORDER.canonical(), "s": HQ_KEY.sign(ORDER.canonical())})
    with pytest.raises(p.ProtocolError, match="signature is not HQ's"):
        p.open_wipe(bare, HQ_PUBLIC)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"device": None}, "device"),
        ({"device": "not-a-uuid"}, "device"),
        ({"device": DEVICE.upper()}, "device"),
        ({"device": 7}, "device"),
        ({"order": b"\0" * 16}, "order"),
        ({"order": ""}, "order"),
        ({"digest": b"\0" * 31}, "digest"),
        ({"digest": "00" * 32}, "digest"),
        ({"at": 1700000000}, "at"),
        ({"at": float("nan")}, "at"),
        ({"at": -1.0}, "at"),
        ({"at": True}, "at"),
        ({"extra": 1}, "extra"),
    ],
)
def test_from_wire_names_the_bad_field(change, field):
    with pytest.raises(p.ProtocolError) as err:
        p.WipeOrder.from_wire({**ORDER.to_wire(), **change})
    assert err.value.code == "bad-wipe-order" and err.value.status == 400
    assert err.value.message.startswith(f"wipe order.{field}: ")


@pytest.mark.parametrize("missing", ["device", "order", "digest", "at"])
def test_from_wire_names_a_missing_field(missing):
    wire = ORDER.to_wire()
    del wire[missing]
    with pytest.raises(p.ProtocolError, match=f"wipe order.{missing}: is missing"):
        p.WipeOrder.from_wire(wire)
    with pytest.raises(p.ProtocolError, match="wipe order: is not a map"):
        p.WipeOrder.from_wire([ORDER.device])


def test_open_wipe_refuses_what_hq_did_not_sign_exactly():
    signed = p.sign_wipe(ORDER, HQ_KEY)
    other = ed25519.Ed25519PrivateKey.generate()
    cases = {
        "another key": p.sign_wipe(ORDER, other),
        "a byte changed": tampered(signed, ORDER.digest, bytes(32)),
        "no magic": signed[len(p.WIPE_MAGIC) :],
        "a receipt's magic": p.RECEIPT_MAGIC + signed[len(p.WIPE_MAGIC) :],
        "cut short": signed[:-5],
        "not msgpack": p.WIPE_MAGIC + b"\xc1\xc1",
        "too large": signed + b"\0" * p.MAX_BODY,
    }
    for what, data in cases.items():
        with pytest.raises(p.ProtocolError) as err:
            p.open_wipe(data, HQ_PUBLIC)
        assert err.value.code == "bad-wipe-order", what
    # HQ's own signature over a field set that is not canonical (an extra key) is refused too
    raw = p.packb({**ORDER.to_wire(), "note": "x"})
    odd = p.WIPE_MAGIC + p.packb({"o": raw, "s": HQ_KEY.sign(p.WIPE_CONTEXT + raw)})
    with pytest.raises(p.ProtocolError, match=r"wipe order\.note: is not a field"):
        p.open_wipe(odd, HQ_PUBLIC)
    reordered = p.packb(dict(reversed(list(ORDER.to_wire().items()))))
    odd = p.WIPE_MAGIC + p.packb({"o": reordered, "s": HQ_KEY.sign(p.WIPE_CONTEXT + reordered)})
    with pytest.raises(p.ProtocolError, match="canonical"):
        p.open_wipe(odd, HQ_PUBLIC)


def test_the_wipe_refusal_carries_the_order_in_its_body():
    signed = p.sign_wipe(ORDER, HQ_KEY)
    body = p.WipeRefusal(signed).body()
    assert body["error"] == "wipe" and bytes.fromhex(body["order"]) == signed
    assert p.ProtocolError(403, "revoked", "no").body() == {"error": "revoked", "detail": "no"}


# ---- online -------------------------------------------------------------------------------
@pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)
def test_revoke_with_wipe_erases_the_store_at_the_next_sync_and_applies_nothing(
    make_device, running_hq
):
    hq = running_hq.hq
    dev = make_device("amina")
    dev.incidents.add(incident())
    assert dev.sync().complete
    dev.incidents.add(incident(title="Written after HQ revoked the device"))
    state = state_of(dev)
    directory = dev.store.directory
    order_id = hq.revoke(state.device_id, wipe=True)
    assert events(hq, state.device_id)[-2:] == ["revoked", "wipe-ordered"]
    before = hq_state(hq)

    sent: list[bytes] = []

    def watch(request: bytes, status: int, data: bytes) -> tuple[int, bytes]:
        sent.append(request)
        return status, data

    with pytest.raises(StoreWiped, match="ordered it erased"):
        on_the_way(dev, watch).sync()

    assert erased(directory) and dev.store.closed
    with pytest.raises(StoreClosed):
        d.status(dev.store)
    assert len(sent) == 1  # nothing more went after the order: no round, no upload
    assert hq_state(hq) == before  # nothing of that last request was applied
    (row,) = orders(hq, state.device_id)
    assert row.id == order_id and row.delivered_at is not None
    assert row.delivered_for == digest_of(sent[0])  # bound to the very request it answered
    assert events(hq, state.device_id)[-3:] == ["revoked", "wipe-ordered", "wipe-delivered"]


def test_revoke_without_wipe_refuses_the_device_and_leaves_its_store(make_device, running_hq):
    hq = running_hq.hq
    dev = make_device("amina")
    dev.incidents.add(incident())
    state = state_of(dev)
    assert hq.revoke(state.device_id) is None
    before = hq_state(hq)
    with pytest.raises(Refused) as err:
        dev.sync()
    assert (err.value.status, err.value.code) == (403, "revoked")
    assert intact(dev, 1) and hq_state(hq) == before
    assert orders(hq, state.device_id) == []
    assert "wipe-delivered" not in events(hq, state.device_id)


def test_forged_orders_are_refused_and_the_genuine_one_is_carried_out_once(
    make_device, running_hq, caplog
):
    hq = running_hq.hq
    dev = make_device("amina")
    dev.incidents.add(incident())
    state = state_of(dev)
    directory = dev.store.directory
    hq.revoke(state.device_id, wipe=True)
    before = hq_state(hq)
    other = ed25519.Ed25519PrivateKey.generate()
    genuine = hq.keys.signing

    def order(request: bytes, key=genuine, **changes) -> bytes:
        fields = {
            "device": state.device_id,
            "order": str(uuid.uuid4()),
            "digest": digest_of(request),
            "at": 1.7e9,
            **changes,
        }
        return p.sign_wipe(p.WipeOrder(**fields), key)

    forgeries = {
        "signed by another key": lambda req, real: order(req, other),
        "for another device": lambda req, real: order(req, device=str(uuid.uuid4())),
        "bound to another request": lambda req, real: order(req, digest=bytes(32)),
        "HQ's own order, its device changed": lambda req, real: tampered(
            real, state.device_id.encode(), str(uuid.uuid4()).encode()
        ),
        "HQ's own order, its digest changed": lambda req, real: tampered(
            real, digest_of(req), bytes(32)
        ),
        "not an order": lambda req, real: b"UPFRONT-RECEIPT\x01" + real[len(p.WIPE_MAGIC) :],
        "no order at all": lambda req, real: b"",
    }
    caplog.set_level(logging.WARNING, logger="sync.client")
    for what, forge in forgeries.items():

        def rewrite(request, status, data, forge=forge):
            real = bytes.fromhex(json.loads(data)["order"])
            assert p.open_wipe(real, hq.keys.signing_public).digest == digest_of(request)
            return with_order(status, data, forge(request, real))

        with pytest.raises(SyncFailed, match="did not verify.*nothing was erased") as err:
            on_the_way(dev, rewrite).sync()
        assert not isinstance(err.value, StoreWiped)
        assert intact(dev, 1), what
        assert d.status(dev.store).last_error == str(err.value), what
    assert hq_state(hq) == before
    refused = [r.getMessage() for r in caplog.records if "wipe order refused" in r.getMessage()]
    assert len(refused) == len(forgeries)
    assert {m.rsplit(": ", 1)[1] for m in refused} == {
        "not-verified",
        "other-device",
        "not-waiting",
    }
    assert not any(state.signing_key in m or state.hq_signing_key in m for m in refused)

    # each contact was a delivery, bound to its own request; the next, untouched, erases
    assert events(hq, state.device_id).count("wipe-delivered") == len(forgeries)
    with pytest.raises(StoreWiped):
        dev.sync()
    assert erased(directory)
    assert events(hq, state.device_id).count("wipe-delivered") == len(forgeries) + 1
    assert hq_state(hq) == before
    with pytest.raises(StoreClosed):  # accepted once: there is nothing left to sync
        dev.sync()


def test_a_replayed_order_is_refused_and_the_device_gets_its_own_again(make_device, running_hq):
    hq = running_hq.hq
    dev = make_device("amina")
    dev.incidents.add(incident())
    state = state_of(dev)
    directory = dev.store.directory
    hq.revoke(state.device_id, wipe=True)
    before = hq_state(hq)
    old = captured_order(running_hq, dev)  # a genuine order, from an earlier exchange
    assert p.open_wipe(old, hq.keys.signing_public).device == state.device_id
    assert intact(dev, 1)

    replayed = on_the_way(dev, lambda request, status, data: with_order(status, data, old))
    with pytest.raises(SyncFailed, match="replayed.*nothing was erased"):
        replayed.sync()
    assert intact(dev, 1)
    # a device that crashed before it erased comes back: the order again, for its new request
    (row,) = orders(hq, state.device_id)
    first_for = row.delivered_for
    with pytest.raises(StoreWiped):
        dev.sync()
    assert erased(directory) and hq_state(hq) == before
    (row,) = orders(hq, state.device_id)
    assert row.delivered_for != first_for
    assert events(hq, state.device_id).count("wipe-delivered") == 3  # one per contact


def test_hq_gives_the_order_only_to_the_device_itself(make_device, running_hq):
    hq = running_hq.hq
    dev = make_device("amina")
    dev.incidents.add(incident())
    state = state_of(dev)
    hq.revoke(state.device_id, wipe=True)
    env = sealed(dev)
    forged = p.Envelope(env.header_bytes, env.ciphertext, bytes(64), env.sealed_key)
    status, data = post(running_hq.port, device_context(state_of(dev)), forged.pack())
    assert (status, json.loads(data)["error"]) == (403, "bad-signature")
    assert "order" not in json.loads(data)
    assert "wipe-delivered" not in events(hq, state.device_id)
    assert orders(hq, state.device_id)[0].delivered_at is None
    # uploads from a revoked device are refused as before, order or not
    key = p.SessionKey.new(bytes.fromhex(state.ingest_key), state.device_id)
    chunk = p.seal_chunk(
        p.ChunkHeader(state.device_id, str(uuid.uuid4()), 0, key.kid, os.urandom(12)),
        b"",
        key.key,
    )
    status, data = post(running_hq.port, device_context(state), chunk, "/v1/upload")
    assert (status, json.loads(data)["error"]) == (403, "revoked")


def test_upfront_sync_says_the_store_was_erased_with_exit_code_4(make_device, running_hq):
    dev = make_device("amina")
    dev.incidents.add(incident())
    state = state_of(dev)
    directory = dev.store.directory
    dev.close()  # the command opens the store itself
    running_hq.hq.revoke(state.device_id, wipe=True)
    done = cli(directory, "sync")
    assert done.returncode == 4, done.stderr
    assert "ordered it erased" in done.stderr and "wiped" in done.stderr
    assert erased(directory)


# ---- USB bundles --------------------------------------------------------------------------
def test_a_bundle_gets_the_order_in_place_of_a_receipt(make_device, running_hq, tmp_path):
    hq = running_hq.hq
    dev = make_device("amina")
    dev.incidents.add(incident())
    state = state_of(dev)
    directory = dev.store.directory
    usb = tmp_path / "usb"
    usb.mkdir()
    dev.client.export_bundle(usb / "old.upfront")
    answered = digest_of((usb / "old.upfront").read_bytes()[len(p.BUNDLE_MAGIC) :])
    assert dev.sync().complete  # that bundle's changes went online since: it is answered
    dev.incidents.add(incident(title="Second"))
    dev.client.export_bundle(usb / "syr.upfront")
    hq.revoke(state.device_id, wipe=True)
    before = hq_state(hq)

    done = hq_cmd(
        running_hq.directory,
        "bundle",
        "import",
        str(usb / "syr.upfront"),
        "--receipt",
        str(usb / "back.receipt"),
    )
    assert done.returncode == 0, done.stderr
    assert "NOT applied" in done.stderr and "wipe order" in done.stderr
    assert hq_state(hq) == before
    kept = sorted((running_hq.directory / "receipts").iterdir())
    assert len(kept) == 1 and "_wipe_" in kept[0].name
    assert kept[0].read_bytes() == (usb / "back.receipt").read_bytes()
    real = (usb / "back.receipt").read_bytes()
    assert p.open_wipe(real, hq.keys.signing_public).digest == digest_of(
        (usb / "syr.upfront").read_bytes()[len(p.BUNDLE_MAGIC) :]
    )

    other = ed25519.Ed25519PrivateKey.generate()
    online = captured_order(running_hq, dev)  # bound to an online request, not a bundle
    refused = {
        "signed by another key": p.sign_wipe(p.open_wipe(real, hq.keys.signing_public), other),
        "replayed from an online exchange": online,
        "for a bundle already answered": p.sign_wipe(
            p.WipeOrder(state.device_id, str(uuid.uuid4()), answered, 1.7e9), hq.keys.signing
        ),
        "tampered": tampered(real, state.device_id.encode(), str(uuid.uuid4()).encode()),
    }
    for what, data in refused.items():
        path = usb / f"{what}.receipt"
        path.write_bytes(data)
        with pytest.raises(SyncFailed, match="did not verify.*nothing was erased"):
            dev.client.apply_receipt(path)
        assert intact(dev, 1), what

    dev.close()  # the command opens the store itself
    done = cli(directory, "bundle", "receipt", str(usb / "back.receipt"))
    assert done.returncode == 4, done.stderr
    assert "ordered it erased" in done.stderr
    assert erased(directory)
    assert hq_state(hq) == before
    assert events(hq, state.device_id).count("wipe-delivered") == 2  # the bundle, the capture


def test_a_bundle_from_a_device_revoked_without_wipe_is_refused_as_before(
    make_device, running_hq, tmp_path
):
    hq = running_hq.hq
    dev = make_device("amina")
    dev.incidents.add(incident())
    dev.client.export_bundle(tmp_path / "syr.upfront")
    hq.revoke(state_of(dev).device_id)
    with pytest.raises(p.ProtocolError) as err:
        hq.import_bundle((tmp_path / "syr.upfront").read_bytes())
    assert (err.value.status, err.value.code) == (403, "revoked")
    assert intact(dev, 1)
