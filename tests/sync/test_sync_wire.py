"""The typed edge of the sync wire: HQ's USB receipt, its answer to an attachment chunk and its
answer to a sync are built as dataclasses and turned into the wire only at the edge. The
bytes are the ones the old dict shapes made (old devices and HQs read them unchanged), they
decode both ways, and a field that does not fit is named."""

from __future__ import annotations

import json
import os
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from sync import protocol as p
from sync.protocol import codec

DEVICE = str(uuid.UUID(int=7))
RECORD = str(uuid.UUID(int=8))
DIGEST = bytes(range(32))
HEAD = bytes(range(32, 64))
SHA = "ab" * 32


def _answer(page: p.Page | None = None) -> p.Answer:
    return p.Answer(
        (p.Result(2, p.CONFLICT, None), p.Result(3, p.REJECTED, "title: too long")),
        thru=3,
        head=HEAD,
        duplicate=True,
        clock_ahead_ms=0,
        log_mark=41,
        page=page,
    )


def _header() -> p.Header:
    return p.Header(
        device=DEVICE,
        seq_from=1,
        seq_to=3,
        prev=p.GENESIS,
        schema=5,
        device_kid=b"d" * 8,
        hq_kid=b"h" * 8,
        session_kid=b"s" * 8,
        nonce=os.urandom(12),
        kind="bundle",
    )


def _old_sign(body: dict, signing: ed25519.Ed25519PrivateKey) -> bytes:
    """sign_receipt as it was, taking the receipt as a dict."""
    raw = p.packb(body)
    return p.RECEIPT_MAGIC + p.packb({"r": raw, "s": signing.sign(b"upfront receipt v1\0" + raw)})


# ---- the receipt -----------------------------------------------------------------------------
def test_a_receipt_is_the_bytes_the_old_dict_made_and_decodes_both_ways():
    answer, header, at = _answer(), _header(), 1_760_000_000.25
    wire = answer.to_wire()
    # the dict HQ signed before the receipt was typed (sync/hq/exchange.py import_bundle)
    old = {
        "device": header.device,
        "from": header.seq_from,
        "to": header.seq_to,
        "digest": DIGEST,
        "res": wire["res"],
        "thru": wire["thru"],
        "head": wire["head"],
        "dup": wire["dup"],
        "lm": wire["lm"],
        "at": at,
    }
    new = p.Receipt.of(header, DIGEST, answer, at)
    assert new.to_wire() == old
    assert p.packb(new.to_wire()) == p.packb(old)
    signing = ed25519.Ed25519PrivateKey.generate()  # Ed25519 signs deterministically
    public = signing.public_key().public_bytes_raw()
    assert p.sign_receipt(new, signing) == _old_sign(old, signing)
    # decoded both ways: an old receipt opens as the typed one, a new one as the old dict
    assert p.open_receipt(_old_sign(old, signing), public) == new
    assert p.Receipt.from_wire(p.unpackb(p.packb(old))) == new
    assert p.unpackb(p.packb(new.to_wire())) == old
    assert new.answer() == p.Answer(answer.results, 3, HEAD, True, 0, 41)
    assert (new.device, new.seq_from, new.seq_to, new.duplicate) == (DEVICE, 1, 3, True)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"lm": None}, "receipt.lm"),
        ({"device": 5}, "receipt.device"),
        ({"from": "1"}, "receipt.from"),
        ({"digest": b"short"}, "receipt.digest"),
        ({"res": [[1, 9, None]]}, "receipt.res[0].code"),
        ({"res": [[1, 1]]}, "receipt.res[0]"),
        ({"head": None}, "receipt.head"),
        ({"at": "yesterday"}, "receipt.at"),
        ({"thru": -1}, "receipt.thru"),
    ],
)
def test_a_signed_receipt_that_does_not_fit_names_its_field(change, field):
    signing = ed25519.Ed25519PrivateKey.generate()
    body = {**p.Receipt.of(_header(), DIGEST, _answer(), 1.5).to_wire(), **change}
    with pytest.raises(p.ProtocolError) as err:
        p.open_receipt(_old_sign(body, signing), signing.public_key().public_bytes_raw())
    assert (err.value.status, err.value.code) == (400, "bad-receipt")
    assert err.value.message.startswith(field), err.value.message


def test_a_receipt_missing_a_field_names_it_and_one_not_signed_by_hq_is_refused():
    signing = ed25519.Ed25519PrivateKey.generate()
    body = p.Receipt.of(_header(), DIGEST, _answer(), 1.5).to_wire()
    del body["to"]
    with pytest.raises(p.ProtocolError, match=r"receipt\.to: is missing"):
        p.open_receipt(_old_sign(body, signing), signing.public_key().public_bytes_raw())
    other = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    with pytest.raises(p.ProtocolError, match="signature is not HQ's"):
        p.open_receipt(_old_sign(body, signing), other)


# ---- the answer to an attachment chunk ---------------------------------------------------
UPLOADS = [  # (old dict, as files.upload built it; the typed answer)
    (
        {"have": 65536, "size": 200000, "complete": False, "sha256": SHA},
        p.UploadAnswer(65536, 200000, False, SHA),
    ),  # a question: the hash of what HQ holds
    ({"have": 200000, "size": 200000, "complete": True}, p.UploadAnswer(200000, 200000, True)),
    ({"have": 0, "size": 0, "complete": True, "sha256": SHA}, p.UploadAnswer(0, 0, True, SHA)),
]


@pytest.mark.parametrize(("old", "new"), UPLOADS)
def test_an_upload_answer_is_the_bytes_the_old_dict_made_and_decodes_both_ways(old, new):
    assert new.to_wire() == old
    # the API (FastAPI's JSON response) and the in-process transport (json.dumps)
    assert (
        JSONResponse(jsonable_encoder(new.to_wire())).body
        == JSONResponse(jsonable_encoder(old)).body
    )
    assert json.dumps(new.to_wire()).encode() == json.dumps(old).encode()
    assert p.UploadAnswer.from_wire(json.loads(json.dumps(old))) == new
    assert json.loads(json.dumps(new.to_wire())) == old


@pytest.mark.parametrize(
    ("wire", "field"),
    [
        ({"size": 1, "complete": False}, "upload answer.have"),
        ({"have": "1", "size": 1, "complete": False}, "upload answer.have"),
        ({"have": 1, "size": -1, "complete": False}, "upload answer.size"),
        ({"have": 1, "size": 1, "complete": 1}, "upload answer.complete"),
        ({"have": 1, "size": 1, "complete": False, "sha256": 5}, "upload answer.sha256"),
        ([1, 1, False], "upload answer"),
    ],
)
def test_an_upload_answer_that_does_not_fit_names_its_field(wire, field):
    with pytest.raises(p.ProtocolError) as err:
        p.UploadAnswer.from_wire(wire)
    assert (err.value.status, err.value.code) == (502, "bad-answer")
    assert err.value.message.startswith(field), err.value.message


# ---- the answer to a sync ----------------------------------------------------------------
def test_a_sync_answer_is_the_bytes_the_old_dict_made_and_decodes_both_ways():
    change = p.PulledChange(9, RECORD, p.Op.UPDATE, 1234, {"title": "x"}, "hq:abc")
    conflict = p.PulledConflict(4, RECORD, "narrative", "a", "b", "dev-a", None, True)
    new = p.Answer(
        _answer().results, 3, HEAD, False, 5000, 41, p.Page((change,), (conflict,), 9, True), "PEM"
    )
    old = {
        "res": [[2, p.CONFLICT, None], [3, p.REJECTED, "title: too long"]],
        "thru": 3,
        "head": HEAD,
        "dup": False,
        "clock": 5000,
        "lm": 41,
        "pull": [[9, uuid.UUID(RECORD).bytes, 1, 1234, {p.FIELD_CODE["title"]: "x"}, "hq:abc"]],
        "conf": [
            {
                "id": 4,
                "r": uuid.UUID(RECORD).bytes,
                "f": "narrative",
                "k": "a",
                "o": "b",
                "kb": "dev-a",
                "ob": None,
                "m": True,
            }
        ],
        "cur": 9,
        "more": True,
        "cert": "PEM",
    }
    assert p.packb(new.to_wire()) == p.packb(old)
    assert p.Answer.from_wire(p.unpackb(p.packb(old))) == new
    assert p.unpackb(p.packb(new.to_wire())) == old


@pytest.mark.parametrize("size", [0, 1, 4096, codec.LARGE - 1, codec.LARGE, 3 * codec.LARGE])
def test_payloads_small_and_large_come_back_whole_and_smaller(size):
    """Compression changes level at codec.LARGE; both sides of it decompress to the same
    bytes, and msgpack of repetitive records shrinks either way."""
    rows = [{"id": i, "title": f"Shelling near the market {i % 97}"} for i in range(size // 40)]
    data = p.packb(rows)[:size] if size else b""
    packed = codec.compress(data)
    assert codec.decompress(packed) == data
    if size >= 4096:
        assert len(packed) < len(data) / 3
