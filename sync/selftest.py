"""The self-test's checks of the sync layer: the post-quantum sealing of session keys, and,
on an enrolled device whose store is unlocked, the link to HQ with this device's own
certificate. Added to `upfront selftest` by the composition root."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from app.selftest import Check, Context, Skipped
from app.store import Store
from sync import device as d
from sync import pki
from sync import protocol as p
from sync.client import Link, certificate_problem

HQ_TIMEOUT = 20.0  # seconds: a satellite link answers in a few


def check_sealing(_ctx: Context) -> str:
    """A session key sealed to a fresh ingest key (HPKE, ML-KEM-768 + X25519) opens with
    it, and a sealed key altered by one bit does not."""
    ingest = p.IngestKey.generate()
    session = p.SessionKey.new(ingest.public_bytes(), "selftest")
    assert p.SessionKey.open(session.sealed, ingest, "selftest") == session.key, (
        "a sealed session key did not open"
    )
    forged = session.sealed[:-1] + bytes([session.sealed[-1] ^ 1])
    try:
        p.SessionKey.open(forged, ingest, "selftest")
    except p.ProtocolError:
        pass
    else:
        raise AssertionError("an altered sealed key opened")
    return "HPKE (ML-KEM-768 + X25519, AES-256-GCM) seals and opens a session key"


def check_hq(ctx: Context) -> str:
    """HQ answers over mutual TLS, verified against the CA this device pinned, with this
    device's certificate, which HQ would accept by its dates and issuer."""
    if ctx.store is None:
        if ctx.locked:
            raise Skipped("the store is locked; unlocked, the self-test checks the link to HQ too")
        raise Skipped("no store here, so not enrolled with HQ")
    store: Store = ctx.store  # type: ignore[assignment]
    try:
        with store.session() as session:
            state = d.load_state(session)
    except d.NotEnrolled:
        raise Skipped("this device is not enrolled with HQ") from None
    problem = certificate_problem(state)
    if problem:
        raise AssertionError(problem)
    context = pki.client_context(
        state.ca_pem.encode(), state.cert_pem.encode(), state.tls_key_pem.encode()
    )
    link = Link(state.hq_url, context, timeout=HQ_TIMEOUT)
    try:
        status, body = link.request("GET", "/v1/health")
    finally:
        link.close()
    if status != 200:
        raise AssertionError(f"HQ answered {status} to its health check")
    health = json.loads(body)
    if health.get("protocol") != p.PROTOCOL:
        raise AssertionError(
            f"HQ speaks sync protocol {health.get('protocol')}, this device "
            f"{p.PROTOCOL}: update Upfront"
        )
    from cryptography import x509

    until = x509.load_pem_x509_certificate(state.cert_pem.encode()).not_valid_after_utc
    return (
        f"HQ at {urlsplit(state.hq_url).netloc} answers over TLS (schema "
        f"{health.get('schema')}); this device's certificate is valid until {until:%Y-%m-%d}"
    )


CHECKS = [Check("sealing", check_sealing), Check("hq", check_hq)]
