"""Attachment uploads: a file goes up in sealed chunks (ChunkHeader as associated data, the
session key as in a batch) and HQ answers each with an UploadAnswer, so uploads resume."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.protocol.checks import (
    ProtocolError,
    checked_bytes,
    checked_int,
    checked_text,
    uuid_bytes,
    uuid_text,
)
from sync.protocol.codec import packb, unpackb

CHUNK = 64 * 1024  # 16-256 KiB is the range; 64 KiB suits slow links and resumes cheaply
MAX_CHUNK = 256 * 1024


@dataclass
class ChunkHeader:
    device: str
    attachment: str
    offset: int
    session_kid: bytes
    nonce: bytes

    def pack(self) -> bytes:
        return packb(
            {
                "d": self.device,
                "a": uuid_bytes(self.attachment),
                "o": self.offset,
                "ks": self.session_kid,
                "n": self.nonce,
            }
        )

    @classmethod
    def unpack(cls, data: bytes) -> ChunkHeader:
        h = unpackb(data, "chunk header")
        if not isinstance(h, dict):
            raise ProtocolError(400, "malformed", "the chunk header is malformed")
        try:
            out = cls(
                checked_text(h["d"], "chunk.device", 64),
                uuid_text(checked_bytes(h["a"], "chunk.attachment", 16)),
                checked_int(h["o"], "chunk.offset"),
                checked_bytes(h["ks"], "chunk.session key id", 8),
                checked_bytes(h["n"], "chunk.nonce", 12),
            )
        except KeyError as err:
            raise ProtocolError(400, "malformed", "the chunk header is malformed") from err
        if out.offset < 0 or len(out.nonce) != 12:
            raise ProtocolError(400, "malformed", "the chunk header's numbers do not fit")
        return out


def seal_chunk(header: ChunkHeader, chunk: bytes, key: bytes) -> bytes:
    hb = header.pack()
    return packb({"h": hb, "c": AESGCM(key).encrypt(header.nonce, chunk, hb)})


def open_chunk(body: bytes) -> tuple[ChunkHeader, bytes, bytes]:
    """(header, header bytes, ciphertext); decrypt with `open_chunk_data` once the key is
    known."""
    if len(body) > MAX_CHUNK + 4096:
        raise ProtocolError(413, "too-large", f"a chunk carries at most {MAX_CHUNK} bytes")
    env = unpackb(body, "chunk")
    if not isinstance(env, dict) or not {"h", "c"} <= set(env):
        raise ProtocolError(400, "malformed", "the chunk is malformed")
    hb, ct = checked_bytes(env["h"], "chunk header"), checked_bytes(env["c"], "chunk data")
    return ChunkHeader.unpack(hb), hb, ct


def open_chunk_data(header: ChunkHeader, hb: bytes, ct: bytes, key: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(header.nonce, ct, hb)
    except InvalidTag as err:
        raise ProtocolError(400, "bad-ciphertext", "the chunk does not decrypt") from err


@dataclass(frozen=True)
class UploadAnswer:
    """HQ's answer to a chunk (JSON on the wire): the bytes it holds of the file, the file's
    size and whether it is whole; to a question (a chunk with no bytes), also the SHA-256 of
    the bytes it holds, so an interrupted upload resumes exactly where it stopped."""

    have: int
    size: int
    complete: bool
    sha256: str | None = None

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"have": self.have, "size": self.size, "complete": self.complete}
        if self.sha256 is not None:
            out["sha256"] = self.sha256
        return out

    @classmethod
    def from_wire(cls, d: Any) -> UploadAnswer:
        """The answer as sent, checked; ProtocolError (502 bad-answer) names the field."""
        if not isinstance(d, dict):
            raise ProtocolError(502, "bad-answer", "upload answer: is not a map")
        try:
            have, size, complete = d["have"], d["size"], d["complete"]
        except KeyError as err:
            raise ProtocolError(
                502, "bad-answer", f"upload answer.{err.args[0]}: is missing"
            ) from None
        sha = d.get("sha256")
        if not isinstance(complete, bool):
            raise ProtocolError(502, "bad-answer", "upload answer.complete: is not true or false")
        if sha is not None and not isinstance(sha, str):
            raise ProtocolError(502, "bad-answer", "upload answer.sha256: is not text")
        try:
            return cls(
                checked_int(have, "upload answer.have"),
                checked_int(size, "upload answer.size"),
                complete,
                sha,
            )
        except ProtocolError as err:
            raise ProtocolError(502, "bad-answer", err.message) from None
