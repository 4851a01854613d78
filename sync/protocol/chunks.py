"""Attachment uploads: a file goes up in sealed chunks (ChunkHeader as associated data, the
session key as in a batch) and HQ answers each with an UploadAnswer, so uploads resume.
Downloads, the other way: a device asks for a file's bytes from an offset (DownloadRequest,
tagged with the session key) and HQ answers with a DownloadAnswer around the sealed bytes."""

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


# ---- downloads: a file's bytes from HQ (a new device restoring its team's records) -----------
MAX_DOWNLOAD_REQUEST = 4096


@dataclass(frozen=True)
class DownloadRequest:
    """A device asks HQ for at most `length` bytes of a file from `offset`. On the wire, this
    header and an AES-GCM tag over it made with the session key (`seal_download_request`):
    HQ answers only a device that holds the key it sealed to HQ."""

    device: str
    attachment: str
    offset: int
    length: int
    session_kid: bytes
    nonce: bytes

    def to_wire(self) -> dict[str, Any]:
        return {
            "d": self.device,
            "a": uuid_bytes(self.attachment),
            "o": self.offset,
            "l": self.length,
            "ks": self.session_kid,
            "n": self.nonce,
        }

    @classmethod
    def from_wire(cls, d: Any) -> DownloadRequest:
        """The request as sent, checked; ProtocolError (400 malformed) names the field."""
        what = "download request"
        if not isinstance(d, dict):
            raise ProtocolError(400, "malformed", f"{what}: is not a map")
        names = {"d": "device", "a": "attachment", "o": "offset", "l": "length"}
        names |= {"ks": "session key id", "n": "nonce"}
        missing = [names[k] for k in names if k not in d]
        if missing:
            raise ProtocolError(400, "malformed", f"{what}.{missing[0]}: is missing")
        return cls(
            checked_text(d["d"], f"{what}.device", 64),
            uuid_text(checked_bytes(d["a"], f"{what}.attachment", 16)),
            checked_int(d["o"], f"{what}.offset"),
            checked_int(d["l"], f"{what}.length", 1, MAX_CHUNK),
            checked_bytes(d["ks"], f"{what}.session key id", 8),
            checked_bytes(d["n"], f"{what}.nonce", 12),
        )


def seal_download_request(request: DownloadRequest, key: bytes) -> bytes:
    hb = packb(request.to_wire())
    return packb({"h": hb, "t": AESGCM(key).encrypt(request.nonce, b"", hb)})


def open_download_request(body: bytes) -> tuple[DownloadRequest, bytes, bytes]:
    """(request, header bytes, tag); check the tag with `check_download_request` once the
    session key is known."""
    if len(body) > MAX_DOWNLOAD_REQUEST:
        raise ProtocolError(413, "too-large", "a download request is a few dozen bytes")
    env = unpackb(body, "download request")
    if not isinstance(env, dict) or not {"h", "t"} <= set(env):
        raise ProtocolError(400, "malformed", "download request: is malformed")
    hb = checked_bytes(env["h"], "download request.header")
    tag = checked_bytes(env["t"], "download request.tag", 16)
    return DownloadRequest.from_wire(unpackb(hb, "download request header")), hb, tag


def check_download_request(request: DownloadRequest, hb: bytes, tag: bytes, key: bytes) -> None:
    try:
        AESGCM(key).decrypt(request.nonce, tag, hb)
    except InvalidTag as err:
        raise ProtocolError(
            400, "bad-ciphertext", "the download request was not made with this session key"
        ) from err


@dataclass(frozen=True)
class DownloadAnswer:
    """HQ's answer to a DownloadRequest, around the bytes it sends (sealed with the session
    key, this header as associated data): the file's whole size and SHA-256, the offset the
    bytes start at, and the request's nonce, so an answer never stands for another request."""

    attachment: str
    offset: int
    size: int
    sha256: str
    request: bytes  # the nonce of the request this answers
    nonce: bytes

    def to_wire(self) -> dict[str, Any]:
        return {
            "a": uuid_bytes(self.attachment),
            "o": self.offset,
            "s": self.size,
            "h": self.sha256,
            "r": self.request,
            "n": self.nonce,
        }

    @classmethod
    def from_wire(cls, d: Any) -> DownloadAnswer:
        """The answer as sent, checked; ProtocolError (502 bad-answer) names the field."""
        what = "download answer"
        if not isinstance(d, dict):
            raise ProtocolError(502, "bad-answer", f"{what}: is not a map")
        names = {"a": "attachment", "o": "offset", "s": "size", "h": "sha256"}
        names |= {"r": "request", "n": "nonce"}
        missing = [names[k] for k in names if k not in d]
        if missing:
            raise ProtocolError(502, "bad-answer", f"{what}.{missing[0]}: is missing")
        sha = d["h"]
        if not isinstance(sha, str) or len(sha) != 64 or not set(sha) <= set("0123456789abcdef"):
            raise ProtocolError(502, "bad-answer", f"{what}.sha256: is not a SHA-256")
        try:
            out = cls(
                uuid_text(checked_bytes(d["a"], f"{what}.attachment", 16)),
                checked_int(d["o"], f"{what}.offset"),
                checked_int(d["s"], f"{what}.size"),
                sha,
                checked_bytes(d["r"], f"{what}.request", 12),
                checked_bytes(d["n"], f"{what}.nonce", 12),
            )
        except ProtocolError as err:
            raise ProtocolError(502, "bad-answer", err.message) from None
        if out.offset > out.size:
            raise ProtocolError(502, "bad-answer", f"{what}.offset: is past the file's size")
        return out


def seal_download(answer: DownloadAnswer, data: bytes, key: bytes) -> bytes:
    hb = packb(answer.to_wire())
    return packb({"h": hb, "c": AESGCM(key).encrypt(answer.nonce, data, hb)})


def open_download(
    body: bytes, request: DownloadRequest, key: bytes
) -> tuple[DownloadAnswer, bytes]:
    """HQ's answer to `request`: its header and the bytes, checked (they decrypt with the
    session key under that header, answer this request, and fit the file). ProtocolError
    (502 bad-answer) names what does not fit."""
    what = "download answer"
    if len(body) > MAX_CHUNK + 4096:
        raise ProtocolError(502, "bad-answer", f"{what}: is larger than a chunk")
    try:
        env = unpackb(body, what)
    except ProtocolError as err:
        raise ProtocolError(502, "bad-answer", err.message) from None
    if not isinstance(env, dict) or not {"h", "c"} <= set(env):
        raise ProtocolError(502, "bad-answer", f"{what}: is malformed")
    hb, ct = env["h"], env["c"]
    if not isinstance(hb, bytes) or not isinstance(ct, bytes):
        raise ProtocolError(502, "bad-answer", f"{what}: is malformed")
    try:
        header = DownloadAnswer.from_wire(unpackb(hb, f"{what} header"))
    except ProtocolError as err:
        raise ProtocolError(502, "bad-answer", err.message) from None
    if header.request != request.nonce:
        raise ProtocolError(502, "bad-answer", f"{what}.request: answers another request")
    if header.attachment != request.attachment:
        raise ProtocolError(502, "bad-answer", f"{what}.attachment: is another file")
    if header.offset != request.offset:
        raise ProtocolError(502, "bad-answer", f"{what}.offset: is not the offset asked for")
    try:
        data = AESGCM(key).decrypt(header.nonce, ct, hb)
    except InvalidTag:
        raise ProtocolError(
            502, "bad-answer", f"{what}: does not decrypt with the session key"
        ) from None
    if len(data) > request.length or header.offset + len(data) > header.size:
        raise ProtocolError(502, "bad-answer", f"{what}: carries more bytes than asked for")
    if not data and header.offset < header.size:
        raise ProtocolError(502, "bad-answer", f"{what}: carries no bytes")
    return header, data
