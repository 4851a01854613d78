"""HQ's HTTP API under fuzzing, in process (ASGI, no sockets): schemathesis drives every
operation of HQ's own OpenAPI document and no answer may be a server error; /v1/sync is
further fuzzed with random bodies as an authenticated device (what the TLS server would put
in the request state), from raw bytes down to well-signed batches of nonsense changes.

HQ runs on a fresh SQLite database (the same schema and code as PostgreSQL)."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
import schemathesis
from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from synchelp import incident, make_hq_dir

from app.hlc import pack, wall_ms
from app.outbox import paths
from sync import pki
from sync import protocol as p
from sync.hq.api import create_app
from sync.hq.models import Device
from sync.hq.service import HQ


@dataclass
class Enrolled:
    device_id: str
    signer: ed25519.Ed25519PrivateKey
    session: p.SessionKey


@pytest.fixture(scope="module")
def hq(tmp_path_factory) -> HQ:
    directory: Path = tmp_path_factory.mktemp("hq")
    hq = make_hq_dir(directory, f"sqlite:///{directory / 'hq.db'}")
    hq.add_team("SYR")
    yield hq
    hq.engine.dispose()


@pytest.fixture(scope="module")
def device(hq) -> Enrolled:
    signer = ed25519.Ed25519PrivateKey.generate()
    answer = hq.enroll(
        hq.create_token("SYR"),
        pki.make_csr(pki.new_tls_key()).decode(),
        signer.public_key().public_bytes_raw().hex(),
        "fuzzer",
    )
    session = p.SessionKey.new(hq.keys.ingest.public_bytes(), answer["device_id"])
    return Enrolled(answer["device_id"], signer, session)


class AsDevice:
    """What sync.hq.server does for a verified client certificate: the device id goes into
    the request state."""

    def __init__(self, app, device_id: str) -> None:
        self.app, self.device_id = app, device_id

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            scope = {**scope, "state": {**scope.get("state", {}), "tls_device": self.device_id}}
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def api_schema(hq):
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(hq))


REQUIRED = {("GET", "/v1/health"), ("GET", "/v1/ca"), ("POST", "/v1/enroll"), ("POST", "/v1/sync")}


def operations(api_schema) -> list:
    return [r.ok() for r in api_schema.get_all_operations()]


def test_openapi_document_is_valid_and_lists_the_api(api_schema):
    listed = {(op.method.upper(), op.path) for op in operations(api_schema)}
    assert listed >= REQUIRED
    raw = api_schema.raw_schema
    assert raw["openapi"].startswith("3.")
    assert raw["paths"]["/v1/sync"]["post"]["requestBody"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }


def octet_paths(api_schema) -> list[str]:
    return sorted(
        op.path
        for op in operations(api_schema)
        if op.method.upper() == "POST"
        and "application/octet-stream"
        in api_schema.raw_schema["paths"][op.path]["post"]["requestBody"]["content"]
    )


# schemathesis's own pytest integration (`schemathesis.pytest.from_fixture`) reads pytest's
# private `Function._nodeid`, gone in pytest 9, so cases are drawn with plain hypothesis from
# every operation the document lists. Negative cases need something to break: only operations
# with a JSON body or parameters have one.
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
@given(data=st.data())
def test_no_operation_answers_with_a_server_error(api_schema, data):
    ops = operations(api_schema)
    negatable = [
        op
        for op in ops
        if op.query
        or op.path_parameters
        or op.headers
        or any("json" in body.media_type for body in op.body)
    ]
    mode, pool = data.draw(
        st.sampled_from(
            [
                (schemathesis.GenerationMode.POSITIVE, ops),
                (schemathesis.GenerationMode.NEGATIVE, negatable),
            ]
        )
    )
    op = data.draw(st.sampled_from(pool), label="operation")
    case = data.draw(op.as_strategy(generation_mode=mode), label="case")
    case.call_and_validate(checks=[not_a_server_error])


# ---- /v1/sync as an authenticated device -----------------------------------------------------
@pytest.fixture(scope="module")
def as_device(hq, device) -> TestClient:
    return TestClient(AsDevice(create_app(hq), device.device_id), raise_server_exceptions=False)


def post_sync(client: TestClient, body: bytes, path: str = "/v1/sync"):
    return client.post(path, content=body, headers={"Content-Type": "application/octet-stream"})


def assert_no_server_error(resp, body: bytes) -> None:
    assert resp.status_code < 500, (resp.status_code, resp.content[:200], body[:200])
    if resp.status_code != 200:
        assert resp.json()["error"], resp.content


SLOW = settings(
    max_examples=int(os.environ.get("UPFRONT_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SLOW
@given(data=st.data())
def test_octet_stream_calls_with_random_bytes_as_a_device(api_schema, as_device, data):
    path = data.draw(st.sampled_from(octet_paths(api_schema)), label="path")
    body = data.draw(st.binary(max_size=4096), label="body")
    assert_no_server_error(post_sync(as_device, body, path), body)


# msgpack values of every kind; integers either small or at the edges of the 64-bit range
# (not in between: `bytes(n)` of a mid-sized n would allocate gigabytes in this process)
EDGE_INTS = st.sampled_from([2**62, 2**63 - 1, 2**63 + 5, 2**64 - 1, -(2**63), -1])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**16), 2**16)
    | EDGE_INTS
    | st.floats()
    | st.binary(max_size=40)
    | st.text(max_size=20)
)
ANY = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=3) | st.integers(0, 20), inner, max_size=5)
    ),
    max_leaves=12,
)
HEADER_KEYS = ("v", "k", "d", "a", "b", "p", "s", "kd", "kh", "ks", "n", "c", "l", "t")


@st.composite
def envelopes(draw, device_id: str) -> bytes:
    base = {
        "v": p.PROTOCOL,
        "k": "sync",
        "d": device_id,
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
    for key in draw(st.lists(st.sampled_from(HEADER_KEYS), max_size=4, unique=True)):
        base[key] = draw(ANY)
    header = draw(st.just(p.packb(base)) | ANY)
    env = {
        "h": header,
        "c": draw(st.binary(max_size=64) | ANY),
        "s": draw(st.binary(min_size=64, max_size=64) | ANY),
    }
    if draw(st.booleans()):
        env["k"] = draw(ANY)
    return p.packb(env)


@SLOW
@given(data=st.data())
def test_sync_with_msgpack_envelopes_of_any_shape_as_a_device(as_device, device, data):
    body = data.draw(envelopes(device.device_id))
    assert_no_server_error(post_sync(as_device, body), body)


# Well-signed, well-sealed batches whose changes are nonsense: what a device with a bug (or a
# stolen device key) could send. HQ must refuse or reject them, never fail. Changes name either
# a record HQ holds (KNOWN, created first) or a new one, and mix plausible values with any.
KNOWN = uuid.UUID("6b0f4c53-3c55-4f0e-9f64-5b1b2f1f0a01")
PLAUSIBLE = paths(incident(), incident().keys())
FIELD_CODES = st.integers(0, len(p.FIELDS) - 1) | st.integers(-3, len(p.FIELDS) + 2)
VALUES = st.sampled_from(list(PLAUSIBLE.values())) | ANY
ROW = st.tuples(
    st.just(KNOWN.bytes) | st.uuids().map(lambda u: u.bytes) | ANY,
    st.integers(0, 2) | ANY,
    st.integers(0, 2**62) | ANY,
    st.dictionaries(FIELD_CODES, VALUES, max_size=5) | ANY,
    st.dictionaries(FIELD_CODES, st.binary(min_size=8, max_size=8) | ANY, max_size=3) | ANY,
).flatmap(lambda t: st.integers(3, 5).map(lambda n: list(t[:n])))
ROWS = st.lists(ROW | ANY, min_size=1, max_size=4)


def signed_batch(hq: HQ, device: Enrolled, rows: list) -> bytes:
    with hq.session() as s:
        dev = s.get(Device, device.device_id)
        thru, head = dev.applied_through, dev.head
    header = p.Header(
        device=device.device_id,
        seq_from=thru + 1,
        seq_to=thru + len(rows),
        prev=head,
        schema=hq.schema,
        device_kid=p.key_id(device.signer.public_key().public_bytes_raw()),
        hq_kid=hq.keys.ingest_kid,
        session_kid=device.session.kid,
        nonce=os.urandom(12),
        cursor=0,
        limit=50,
        time_ms=wall_ms(),
    )
    env = p.seal_request(
        header, p.compress(p.packb(rows)), device.session, device.signer, include_key=True
    )
    return env.pack()


@pytest.fixture(scope="module")
def known_record(hq, device, as_device) -> str:
    row = [
        KNOWN.bytes,
        int(p.Op.CREATE),
        pack(wall_ms(), 0),
        {p.FIELD_CODE[k]: v for k, v in PLAUSIBLE.items()},
    ]
    resp = post_sync(as_device, signed_batch(hq, device, [row]))
    assert resp.status_code == 200, resp.content
    return str(KNOWN)


def test_a_signed_batch_with_a_real_create_is_applied(hq, known_record):
    """The signed-batch fuzz below reaches HQ's apply path: a well-formed create through the
    same helper is applied."""
    assert hq.records()[known_record]["title"] == incident()["title"]


@SLOW
@example(rows=[[KNOWN.bytes, 1, float("inf"), {p.FIELD_CODE["title"]: "x"}]])
@example(rows=[[2**62, 0, 1]])
@given(rows=ROWS)
def test_sync_with_signed_batches_of_nonsense_changes(hq, device, as_device, known_record, rows):
    body = signed_batch(hq, device, rows)
    assert_no_server_error(post_sync(as_device, body), body)
