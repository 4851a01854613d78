"""HQ's weekly counts for a device's scope (`app.scope_counts`), on `/v1/counts`: the device
asks (a CountsRequest tagged with its session key, as a download request is: HQ answers only
a device holding the key it sealed to HQ) with the SHA-256 of the counts it holds, and HQ
answers with a CountsAnswer header and, when they changed, the counts (JSON, zstd) sealed with
the session key under that header, which names the request it answers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.protocol.checks import ProtocolError, checked_bytes, checked_int, checked_text
from sync.protocol.codec import MAX_BODY, compress, decompress, packb, unpackb

MAX_COUNTS_REQUEST = 4096
# what the answer says of the counts: none for this device (it reads internal records, or
# HQ has none for it: the device forgets what it held), the same it holds, or new ones
NONE, SAME, NEW = 0, 1, 2
COUNTS_NONE, COUNTS_SAME, COUNTS_NEW = NONE, SAME, NEW


def counts_digest(payload: bytes) -> bytes:
    return hashlib.sha256(payload).digest()


@dataclass(frozen=True)
class CountsRequest:
    device: str
    have: bytes  # SHA-256 of the counts' JSON the device holds, or b"" for none
    session_kid: bytes
    nonce: bytes

    def to_wire(self) -> dict[str, Any]:
        return {"d": self.device, "h": self.have, "ks": self.session_kid, "n": self.nonce}

    @classmethod
    def from_wire(cls, d: Any) -> CountsRequest:
        what = "counts request"
        if not isinstance(d, dict):
            raise ProtocolError(400, "malformed", f"{what}: is not a map")
        names = {"d": "device", "h": "have", "ks": "session key id", "n": "nonce"}
        missing = [names[k] for k in names if k not in d]
        if missing:
            raise ProtocolError(400, "malformed", f"{what}.{missing[0]}: is missing")
        have = checked_bytes(d["h"], f"{what}.have")
        if len(have) not in (0, 32):
            raise ProtocolError(400, "malformed", f"{what}.have: is not a SHA-256")
        return cls(
            checked_text(d["d"], f"{what}.device", 64),
            have,
            checked_bytes(d["ks"], f"{what}.session key id", 8),
            checked_bytes(d["n"], f"{what}.nonce", 12),
        )


def seal_counts_request(request: CountsRequest, key: bytes) -> bytes:
    hb = packb(request.to_wire())
    return packb({"h": hb, "t": AESGCM(key).encrypt(request.nonce, b"", hb)})


def open_counts_request(body: bytes) -> tuple[CountsRequest, bytes, bytes]:
    """(request, header bytes, tag); check the tag with `check_counts_request` once the
    session key is known."""
    if len(body) > MAX_COUNTS_REQUEST:
        raise ProtocolError(413, "too-large", "a counts request is a few dozen bytes")
    env = unpackb(body, "counts request")
    if not isinstance(env, dict) or not {"h", "t"} <= set(env):
        raise ProtocolError(400, "malformed", "counts request: is malformed")
    hb = checked_bytes(env["h"], "counts request.header")
    tag = checked_bytes(env["t"], "counts request.tag", 16)
    return CountsRequest.from_wire(unpackb(hb, "counts request header")), hb, tag


def check_counts_request(request: CountsRequest, hb: bytes, tag: bytes, key: bytes) -> None:
    try:
        AESGCM(key).decrypt(request.nonce, tag, hb)
    except InvalidTag as err:
        raise ProtocolError(
            400, "bad-ciphertext", "the counts request was not made with this session key"
        ) from err


def seal_counts(
    request: CountsRequest, what: int, payload: bytes, key: bytes, nonce: bytes
) -> bytes:
    """HQ's answer: `what` (NONE, SAME, NEW) and, for NEW, the payload sealed under the
    header, which names the request it answers."""
    header = {"r": request.nonce, "w": what, "n": nonce}
    hb = packb(header)
    body = compress(payload) if what == NEW else b""
    return packb({"h": hb, "c": AESGCM(key).encrypt(nonce, body, hb)})


def open_counts(body: bytes, request: CountsRequest, key: bytes) -> tuple[int, bytes]:
    """(what, payload) of HQ's answer to `request`, checked: it decrypts with the session
    key under its header and answers this request. ProtocolError (502 bad-answer) names what
    does not fit."""
    what = "counts answer"
    if len(body) > MAX_BODY:
        raise ProtocolError(502, "bad-answer", f"{what}: is larger than an answer")
    try:
        env = unpackb(body, what)
        if not isinstance(env, dict) or not {"h", "c"} <= set(env):
            raise ProtocolError(502, "bad-answer", f"{what}: is malformed")
        hb = checked_bytes(env["h"], f"{what}.header")
        ct = checked_bytes(env["c"], f"{what}.body")
        header = unpackb(hb, f"{what} header")
        if not isinstance(header, dict) or not {"r", "w", "n"} <= set(header):
            raise ProtocolError(502, "bad-answer", f"{what}.header: is malformed")
        kind = checked_int(header["w"], f"{what}.what", NONE, NEW)
        nonce = checked_bytes(header["n"], f"{what}.nonce", 12)
        request_nonce = checked_bytes(header["r"], f"{what}.request", 12)
    except ProtocolError as err:
        raise ProtocolError(502, "bad-answer", err.message) from None
    if request_nonce != request.nonce:
        raise ProtocolError(502, "bad-answer", f"{what}.request: answers another request")
    try:
        plain = AESGCM(key).decrypt(nonce, ct, hb)
    except InvalidTag:
        raise ProtocolError(
            502, "bad-answer", f"{what}: does not decrypt with the session key"
        ) from None
    if kind != NEW:
        return kind, b""
    try:
        return kind, decompress(plain)
    except ProtocolError as err:
        raise ProtocolError(502, "bad-answer", f"{what}: {err.message}") from None
