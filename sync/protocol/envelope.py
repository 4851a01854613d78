"""A request on the wire: its Header (the associated data), the Envelope around the sealed
batch with the device's Ed25519 signature, and sealing, signing and opening a request and
HQ's answer under the session key (the answer bound to the request's digest)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.protocol.checks import ProtocolError, checked_bytes, checked_int, checked_text
from sync.protocol.codec import MAX_BODY, compress, decompress, packb, unpackb
from sync.protocol.keys import SessionKey

PROTOCOL = 1
SIGN_CONTEXT = b"upfront batch v1\0"
BUNDLE_MAGIC = b"UPFRONT-BUNDLE\x01"
MAX_BUNDLE = len(BUNDLE_MAGIC) + MAX_BODY  # a USB bundle is the magic and one request
GENESIS = b"\0" * 32  # the `prev` of a device's first batch: no batch before it


@dataclass(frozen=True)
class Header:
    device: str
    seq_from: int  # 0 and seq_to 0: nothing pushed, a pull only
    seq_to: int
    prev: bytes
    schema: int
    device_kid: bytes
    hq_kid: bytes
    session_kid: bytes
    nonce: bytes
    cursor: int = 0
    limit: int = 500
    time_ms: int = 0
    kind: str = "sync"  # sync or bundle
    known_thru: int = 0  # HQ had answered up to here, as far as the device heard

    def pack(self) -> bytes:
        return packb(
            {
                "v": PROTOCOL,
                "k": self.kind,
                "d": self.device,
                "a": self.seq_from,
                "b": self.seq_to,
                "p": self.prev,
                "s": self.schema,
                "kd": self.device_kid,
                "kh": self.hq_kid,
                "ks": self.session_kid,
                "n": self.nonce,
                "c": self.cursor,
                "l": self.limit,
                "t": self.time_ms,
                "kt": self.known_thru,
            }
        )

    @classmethod
    def unpack(cls, data: bytes) -> Header:
        h = unpackb(data, "header")
        if not isinstance(h, dict):
            raise ProtocolError(400, "malformed", "the header is malformed")
        try:
            if h["v"] != PROTOCOL:
                raise ProtocolError(
                    400,
                    "protocol",
                    f"protocol version {h['v']!r:.20} is not spoken here (HQ speaks {PROTOCOL})",
                )
            out = cls(
                checked_text(h["d"], "header.device", 64),
                checked_int(h["a"], "header.from"),
                checked_int(h["b"], "header.to"),
                checked_bytes(h["p"], "header.prev", 32),
                checked_int(h["s"], "header.schema"),
                checked_bytes(h["kd"], "header.device key id", 8),
                checked_bytes(h["kh"], "header.HQ key id", 8),
                checked_bytes(h["ks"], "header.session key id", 8),
                checked_bytes(h["n"], "header.nonce", 12),
                checked_int(h["c"], "header.cursor"),
                checked_int(h["l"], "header.limit"),
                checked_int(h["t"], "header.time", -(2**62), 2**62),
                checked_text(h["k"], "header.kind", 16),
                checked_int(h.get("kt", 0), "header.known"),
            )
        except KeyError as err:
            raise ProtocolError(400, "malformed", "the header lacks a field") from err
        if (
            out.seq_from < 0
            or out.seq_to < out.seq_from
            or len(out.nonce) != 12
            or out.limit < 0
            or out.cursor < 0
            or (out.seq_from == 0) != (out.seq_to == 0)
        ):
            raise ProtocolError(400, "malformed", "the header's numbers do not fit together")
        return out


@dataclass
class Envelope:
    header_bytes: bytes
    ciphertext: bytes
    signature: bytes
    sealed_key: bytes | None = None

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.header_bytes + self.ciphertext).digest()

    def pack(self) -> bytes:
        out = {"h": self.header_bytes, "c": self.ciphertext, "s": self.signature}
        if self.sealed_key is not None:
            out["k"] = self.sealed_key
        return packb(out)

    @classmethod
    def unpack(cls, data: bytes) -> Envelope:
        if len(data) > MAX_BODY:
            raise ProtocolError(413, "too-large", "the message is larger than HQ accepts")
        e = unpackb(data, "envelope")
        if not isinstance(e, dict) or not {"h", "c", "s"} <= set(e):
            raise ProtocolError(400, "malformed", "the envelope is malformed")
        return cls(
            checked_bytes(e["h"], "envelope.header"),
            checked_bytes(e["c"], "envelope.ciphertext"),
            checked_bytes(e["s"], "envelope.signature", 64),
            checked_bytes(e["k"], "envelope.sealed key") if e.get("k") is not None else None,
        )


def seal_request(
    header: Header,
    changes_blob: bytes,
    session: SessionKey,
    signing: ed25519.Ed25519PrivateKey,
    *,
    include_key: bool,
) -> Envelope:
    hb = header.pack()
    ct = AESGCM(session.key).encrypt(header.nonce, changes_blob, hb)
    sig = signing.sign(SIGN_CONTEXT + hashlib.sha256(hb + ct).digest())
    return Envelope(hb, ct, sig, session.sealed if include_key else None)


def verify_signature(env: Envelope, public_raw: bytes) -> None:
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(public_raw).verify(
            env.signature, SIGN_CONTEXT + env.digest
        )
    except (InvalidSignature, ValueError) as err:
        raise ProtocolError(
            403, "bad-signature", "the batch's signature does not verify with this device's key"
        ) from err


def open_request(env: Envelope, header: Header, key: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(header.nonce, env.ciphertext, env.header_bytes)
    except InvalidTag as err:
        raise ProtocolError(
            400,
            "bad-ciphertext",
            "the batch does not decrypt (tampered with, or sealed to another key)",
        ) from err


def seal_response(body: dict[str, Any], key: bytes, request_digest: bytes) -> bytes:
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, compress(packb(body)), b"upfront answer\0" + request_digest)
    return packb({"n": nonce, "c": ct})


def open_response(data: bytes, key: bytes, request_digest: bytes) -> dict[str, Any]:
    env = unpackb(data, "answer")
    try:
        plain = AESGCM(key).decrypt(
            checked_bytes(env["n"], "answer.nonce", 12),
            checked_bytes(env["c"], "answer"),
            b"upfront answer\0" + request_digest,
        )
    except (InvalidTag, KeyError, TypeError, ProtocolError) as err:
        raise ProtocolError(
            502,
            "bad-answer",
            "HQ's answer does not open with this sync's "
            "key: it was altered on the way or is not for this request",
        ) from err
    answer: dict[str, Any] = unpackb(decompress(plain), "answer")
    return answer
