"""One sync request or USB bundle from end to end: open and verify the envelope (device,
signature, session key), apply the pushed batch, add the pull page, seal the answer; and a
stand-in transport to an in-process HQ for the merge-rule tests.

A revoked device HQ ordered wiped gets, instead of the usual refusal, HQ's signed wipe order
bound to the very request it sent (online: a 410 "wipe" refusal; a bundle: the order in
place of the receipt), once its signature shows the request is its own; nothing of the
request is applied."""

from __future__ import annotations

import time

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.hq import enrollment, ingest, pull, roles
from sync.hq.core import HQCore
from sync.hq.models import Device, SessionKeyRow, WipeOrder


def exchange(hq: HQCore, body: bytes, *, tls_device: str | None, kind: str = "sync") -> bytes:
    """One sync request: verify, apply the pushed batch, answer with a pull page. All
    refusals raise ProtocolError before anything is written."""
    env = p.Envelope.unpack(body)
    header = p.Header.unpack(env.header_bytes)
    if kind == "sync":
        if header.device != p.certified(tls_device):
            raise p.ProtocolError(
                403,
                "wrong-device",
                "the batch names another device than the certificate it came with",
            )
    with hq.session() as s:
        order = wipe_order(hq, s, header, env)
        if order is not None:
            raise p.WipeRefusal(order)
        dev = enrollment.device_for_request(s, header.device)
        key = session_key(hq, s, dev, header, env)
        s.commit()
    answer = process(hq, env, header, key, kind)
    return p.seal_response(answer.to_wire(), key, env.digest)


def wipe_order(hq: HQCore, s: Session, header: p.Header, env: p.Envelope) -> bytes | None:
    """HQ's signed wipe order for this request, when it comes from a revoked device HQ
    ordered wiped (else None: the usual checks follow). The request's signature is checked
    first, so only the device itself gets its order; the order is bound to this request's
    digest and noted as delivered (committed), each time the device comes back (a device
    that crashed before it erased gets it again, bound to its new request)."""
    dev = s.get(Device, header.device)
    if dev is None or dev.revoked_at is None:
        return None
    row = s.scalars(
        select(WipeOrder)
        .where(WipeOrder.device_id == dev.id)
        .order_by(WipeOrder.issued_at, WipeOrder.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    check_signature(dev, header, env)
    now = time.time()
    signed = p.sign_wipe(p.WipeOrder(dev.id, row.id, env.digest, now), hq.keys.signing)
    row.delivered_at, row.delivered_for = now, env.digest
    roles.record(
        s,
        "wipe-delivered",
        device_id=dev.id,
        detail={"order": row.id, "request": env.digest.hex()[:16], "kind": header.kind},
    )
    s.commit()
    return signed


def check_signature(dev: Device, header: p.Header, env: p.Envelope) -> None:
    """The request is signed by this device's key (ProtocolError 403 bad-signature)."""
    if header.device_kid != p.key_id(dev.signing_key):
        raise p.ProtocolError(
            403, "bad-signature", "the batch names a signing key this device does not hold"
        )
    p.verify_signature(env, dev.signing_key)


def session_key(hq: HQCore, s: Session, dev: Device, header: p.Header, env: p.Envelope) -> bytes:
    """The request's session key, after checking the device's signature and HQ's ingest key:
    a newly sealed one is opened and kept, else the one HQ holds for this device."""
    check_signature(dev, header, env)
    if header.hq_kid != hq.keys.ingest_kid:
        raise p.ProtocolError(
            409,
            "ingest-key",
            "the batch is sealed to an HQ ingest key "
            "HQ no longer uses; enroll again to fetch the current one",
        )
    if env.sealed_key is not None:
        if p.key_id(env.sealed_key) != header.session_kid:
            raise p.ProtocolError(400, "malformed", "the session key id does not match")
        key = p.SessionKey.open(env.sealed_key, hq.keys.ingest, dev.id)
        if s.get(SessionKeyRow, (dev.id, header.session_kid)) is None:
            try:  # the same new key may arrive twice at once (a retry after a cut)
                with s.begin_nested():
                    s.add(
                        SessionKeyRow(
                            device_id=dev.id,
                            kid=header.session_kid,
                            sealed=env.sealed_key,
                            created_at=time.time(),
                            expires_at=time.time() + p.SESSION_SECONDS,
                        )
                    )
            except IntegrityError:
                pass  # the other request stored the same key
        return key
    return enrollment.held_session_key(hq, s, dev, header.session_kid, remedy="seal a new one")


def process(hq: HQCore, env: p.Envelope, header: p.Header, key: bytes, kind: str) -> p.Answer:
    if header.seq_from and not (hq.schema - 1 <= header.schema <= hq.schema):
        newer = header.schema > hq.schema
        raise p.ProtocolError(
            409,
            "schema-too-new" if newer else "schema-too-old",
            (
                f"HQ takes schema {hq.schema - 1} or {hq.schema}; this device writes "
                f"schema {header.schema}. "
                + (
                    "Its changes wait on the device until HQ is upgraded."
                    if newer
                    else "Update Upfront on this device."
                )
            ),
        )
    changes: list[p.Change] = []
    if header.seq_from:
        plain = p.open_request(env, header, key)
        changes = p.decode_changes(plain, header.seq_from)
        if len(changes) != header.seq_to - header.seq_from + 1:
            raise p.ProtocolError(
                400,
                "malformed",
                "the batch holds a different number of changes than its header says",
            )
    elif env.ciphertext:
        p.open_request(env, header, key)  # authenticates the (empty) pull request
    pushed = ingest.push(
        hq,
        header.device,
        header.seq_from,
        header.seq_to,
        header.prev,
        changes,
        header.time_ms,
        env=env,
        header=header,
        kind=kind,
        known_thru=header.known_thru,
    )
    page = cert = None
    if kind == "sync":
        page = pull.pull(hq, header.device, header.cursor, header.limit)
        cert = enrollment.renewal(hq, header.device)
    return p.Answer(
        tuple(pushed.results),
        pushed.thru,
        pushed.head,
        pushed.duplicate,
        pushed.clock_ahead_ms,
        pushed.log_mark,
        page,
        cert,
    )


def import_bundle(hq: HQCore, data: bytes) -> bytes:
    """Apply a USB bundle exactly as an online push; answer with a receipt signed by HQ, or,
    from a revoked device HQ ordered wiped, with the signed wipe order (nothing applied)."""
    if not data.startswith(p.BUNDLE_MAGIC):
        raise p.ProtocolError(400, "not-a-bundle", "this file is not an Upfront bundle")
    body = data[len(p.BUNDLE_MAGIC) :]
    env = p.Envelope.unpack(body)
    header = p.Header.unpack(env.header_bytes)
    if header.kind != "bundle":
        raise p.ProtocolError(400, "not-a-bundle", "this message is not a bundle")
    with hq.session() as s:
        order = wipe_order(hq, s, header, env)
        if order is not None:
            return order
        dev = enrollment.device_for_request(s, header.device)
        key = session_key(hq, s, dev, header, env)
        s.commit()
    answer = process(hq, env, header, key, "bundle")
    receipt = p.Receipt.of(header, env.digest, answer, time.time())
    return p.sign_receipt(receipt, hq.keys.signing)
