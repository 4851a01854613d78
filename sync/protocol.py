"""The sync wire format, shared by the device and HQ.

A request envelope (msgpack) holds a header, a ciphertext, the device's Ed25519 signature over
both, and, when a new session key is set up, that key sealed to HQ's ingest key with HPKE
(ML-KEM-768 + X25519, AES-256-GCM). The ciphertext is the batch of changes, msgpack then zstd,
under AES-256-GCM with the session key; the header is its associated data. HQ's answer comes
back under the same session key, bound to the request's hash, so it can be neither read nor
replayed on another request. TLS (mutual, pinned CA) carries all of it.

The hybrid encapsulation is about 1.1 KB, so a session key is sealed once and then used for
every batch until it expires, not once per batch.
"""

from __future__ import annotations

import enum
import hashlib
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import msgpack
import zstandard
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.schema.incident import EDITABLE, LOCATION_KEYS, VERIFICATION_KEYS
from app.schema.situation import ASSESSMENT_WIRE, SITUATION_WIRE, STRATEGY_WIRE, WIRE_PATHS

PROTOCOL = 1
SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SESSION_INFO = b"upfront session key v1"
SESSION_SECONDS = 24 * 3600
SIGN_CONTEXT = b"upfront batch v1\0"
BUNDLE_MAGIC = b"UPFRONT-BUNDLE\x01"
RECEIPT_MAGIC = b"UPFRONT-RECEIPT\x01"
MAX_BODY = 8 * 1024 * 1024
MAX_BUNDLE = len(BUNDLE_MAGIC) + MAX_BODY  # a USB bundle is the magic and one request
MAX_CHANGES = 5000
GENESIS = b"\0" * 32

# Field paths as small numbers on the wire; the list only ever grows (new paths at the end).
# A path means what the record's kind gives it ("status" of an incident or of a situation).
# Incident paths added after the first release go in _ADDED, in the order they came, never
# into the sorted lists (that would renumber every path after them).
_ADDED = ("location.sensitive", "public_summary")
_INCIDENT_FIELDS = (
    sorted(k for k in EDITABLE if k not in ("location", "verification") and k not in _ADDED)
    + [f"location.{k}" for k in sorted(LOCATION_KEYS) if f"location.{k}" not in _ADDED]
    + [f"verification.{k}" for k in sorted(VERIFICATION_KEYS)]
    + ["attachment"]
)
FIELDS: tuple[str, ...] = tuple(dict.fromkeys((*_INCIDENT_FIELDS, *WIRE_PATHS, *_ADDED)))
# the paths each kind of record has (an incident's "attachment" comes only with attach)
_VERSION = ("kind", "created_by", "created_at")
PATHS: dict[str, frozenset[str]] = {
    "incident": frozenset((*_INCIDENT_FIELDS, *_ADDED)) - {"attachment"},
    "situation": frozenset((*SITUATION_WIRE, *_VERSION)),
    "assessment": frozenset((*ASSESSMENT_WIRE, *_VERSION)),
    "strategy": frozenset((*STRATEGY_WIRE, *_VERSION)),
}
FIELD_CODE = {name: i for i, name in enumerate(FIELDS)}

# answers per change
APPLIED, CONFLICT, REJECTED = 0, 1, 2
ANSWERS = {APPLIED: "applied", CONFLICT: "conflict", REJECTED: "rejected"}


class Op(enum.IntEnum):
    """What a change does, in both directions (a device's push, HQ's pull page): the number
    is its code on the wire, the lower-case name the word the outbox keeps."""

    CREATE = 0
    UPDATE = 1
    DELETE = 2
    ATTACH = 3

    @property
    def word(self) -> str:
        return self.name.lower()

    @classmethod
    def of(cls, value: Op | str) -> Op:
        """An Op from itself or from its word ("create", ...)."""
        if isinstance(value, cls):
            return value
        try:
            return cls[str(value).upper()]
        except KeyError:
            raise ValueError(f"{value!r} is not an operation") from None


class ProtocolError(Exception):
    """A message that is malformed, forged or does not fit: `status` is the HTTP status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _b(value: Any, what: str, size: int | None = None) -> bytes:
    """A bytes field from the network, checked (never `bytes(n)` on a number someone sent)."""
    if not isinstance(value, bytes) or (size is not None and len(value) != size):
        raise ProtocolError(
            400,
            "malformed",
            f"{what} is not {size or 'a'} bytes" if size else f"{what} is not bytes",
        )
    return value


def _i(value: Any, what: str, low: int = 0, high: int = 2**63 - 1) -> int:
    """An integer field from the network, checked for type and range."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ProtocolError(400, "malformed", f"{what} is not a whole number in range")
    return value


def _s(value: Any, what: str, max_len: int = 200) -> str:
    if not isinstance(value, str) or len(value) > max_len:
        raise ProtocolError(400, "malformed", f"{what} is not a short text")
    return value


def _opt_s(value: Any, what: str) -> str | None:
    return None if value is None else _s(value, what)


def packb(value: Any) -> bytes:
    out: bytes = msgpack.packb(value, use_bin_type=True)
    return out


def unpackb(data: bytes, what: str = "message") -> Any:
    try:
        return msgpack.unpackb(data, raw=False, strict_map_key=False)
    except Exception as err:  # any decoding failure is a malformed message
        raise ProtocolError(400, "malformed", f"the {what} is not valid msgpack") from err


_local = threading.local()  # zstd compressors are not thread-safe: one per thread


def compress(data: bytes) -> bytes:
    compressor = getattr(_local, "zc", None)
    if compressor is None:
        compressor = _local.zc = zstandard.ZstdCompressor(level=9)
    return compressor.compress(data)


def decompress(data: bytes) -> bytes:
    try:
        return zstandard.ZstdDecompressor().decompress(data, max_output_size=MAX_BODY * 4)
    except zstandard.ZstdError as err:
        raise ProtocolError(400, "malformed", "the payload does not decompress") from err


def key_id(public: bytes) -> bytes:
    return hashlib.sha256(public).digest()[:8]


# ---- keys ---------------------------------------------------------------------------------
@dataclass
class IngestKey:
    """HQ's ingest key pair: hybrid ML-KEM-768 + X25519."""

    mlkem_seed: bytes
    x25519_raw: bytes

    @classmethod
    def generate(cls) -> IngestKey:
        return cls(
            mlkem.MLKEM768PrivateKey.generate().private_bytes_raw(),
            x25519.X25519PrivateKey.generate().private_bytes_raw(),
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> IngestKey:
        return cls(data[:64], data[64:96])

    def to_bytes(self) -> bytes:
        return self.mlkem_seed + self.x25519_raw

    def private(self) -> hpke.MLKEM768X25519PrivateKey:
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed),
            x25519.X25519PrivateKey.from_private_bytes(self.x25519_raw),
        )

    def public_bytes(self) -> bytes:
        pm = mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed).public_key()
        px = x25519.X25519PrivateKey.from_private_bytes(self.x25519_raw).public_key()
        return pm.public_bytes_raw() + px.public_bytes_raw()


def ingest_public(data: bytes) -> hpke.MLKEM768X25519PublicKey:
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(data[:-32]),
        x25519.X25519PublicKey.from_public_bytes(data[-32:]),
    )


@dataclass
class SessionKey:
    key: bytes
    kid: bytes
    sealed: bytes
    expires: float

    @classmethod
    def new(cls, ingest_public_bytes: bytes, device_id: str) -> SessionKey:
        key = AESGCM.generate_key(bit_length=256)
        sealed = SUITE.encrypt(
            key, ingest_public(ingest_public_bytes), info=SESSION_INFO + device_id.encode()
        )
        return cls(key, key_id(sealed), sealed, time.time() + SESSION_SECONDS)

    @staticmethod
    def open(sealed: bytes, ingest: IngestKey, device_id: str) -> bytes:
        try:
            return SUITE.decrypt(sealed, ingest.private(), info=SESSION_INFO + device_id.encode())
        except Exception as err:  # any failure means it is not for us
            raise ProtocolError(
                400, "bad-session-key", "the sealed session key does not open with HQ's ingest key"
            ) from err

    def to_record(self) -> dict[str, Any]:
        return {
            "key": self.key.hex(),
            "kid": self.kid.hex(),
            "sealed": self.sealed.hex(),
            "expires": self.expires,
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> SessionKey:
        return cls(
            bytes.fromhex(rec["key"]),
            bytes.fromhex(rec["kid"]),
            bytes.fromhex(rec["sealed"]),
            float(rec["expires"]),
        )


# ---- changes ------------------------------------------------------------------------------
@dataclass
class Change:
    seq: int
    record_id: str
    op: Op  # given as an Op or its word ("update"), kept as an Op
    hlc: int
    fields: dict[str, Any] = field(default_factory=dict)
    bases: dict[str, str] = field(default_factory=dict)  # path -> hex of 8-byte hash
    # why HQ cannot read this change (a field or operation it does not know): HQ refuses the
    # change alone, with this reason, and applies the rest of the batch
    problem: str | None = None

    def __post_init__(self) -> None:
        self.op = Op.of(self.op)


def encode_changes(changes: list[Change]) -> bytes:
    rows = []
    for c in changes:
        row: list[Any] = [uuid.UUID(c.record_id).bytes, int(c.op), c.hlc]
        if c.fields:
            row.append({FIELD_CODE[k]: x for k, x in c.fields.items()})
        if c.bases:
            row.append({FIELD_CODE[k]: bytes.fromhex(x) for k, x in c.bases.items()})
        rows.append(row)
    return compress(packb(rows))


def decode_changes(data: bytes, seq_from: int) -> list[Change]:
    rows = unpackb(decompress(data), "batch")
    if not isinstance(rows, list) or len(rows) > MAX_CHANGES:
        raise ProtocolError(400, "malformed", "the batch is not a list of changes")
    out = []
    for i, row in enumerate(rows):
        what = f"change {i} of the batch"
        if not isinstance(row, list) or not 3 <= len(row) <= 5:
            raise ProtocolError(400, "malformed", f"{what} is malformed")
        rid = str(uuid.UUID(bytes=_b(row[0], f"{what}: record id", 16)))
        try:  # past the record id, what HQ cannot read refuses this change, not the batch
            out.append(_decode_change(seq_from + i, rid, row))
        except ProtocolError as err:
            out.append(Change(seq_from + i, rid, Op.UPDATE, 0, problem=err.message))
    return out


def _decode_change(seq: int, rid: str, row: list[Any]) -> Change:
    op = _i(row[1], "op:", 0, 2**31)
    if op >= len(Op):
        raise ProtocolError(400, "malformed", "op: is not an operation HQ knows")
    hlc = _i(row[2], "hlc:")
    raw_fields = row[3] if len(row) > 3 else {}
    raw_bases = row[4] if len(row) > 4 else {}
    if not isinstance(raw_fields, dict) or not isinstance(raw_bases, dict):
        raise ProtocolError(400, "malformed", "fields: are malformed")
    for k in (*raw_fields, *raw_bases):
        if not isinstance(k, int) or isinstance(k, bool) or not 0 <= k < len(FIELDS):
            raise ProtocolError(
                400,
                "malformed",
                "fields: hold a field HQ does not know (this device may be newer than HQ)",
            )
    fields = {FIELDS[k]: x for k, x in raw_fields.items()}
    bases = {FIELDS[k]: _b(x, "bases:", 8).hex() for k, x in raw_bases.items()}
    return Change(seq, rid, Op(op), hlc, fields, bases)


# ---- envelopes ----------------------------------------------------------------------------
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
                _s(h["d"], "header.device", 64),
                _i(h["a"], "header.from"),
                _i(h["b"], "header.to"),
                _b(h["p"], "header.prev", 32),
                _i(h["s"], "header.schema"),
                _b(h["kd"], "header.device key id", 8),
                _b(h["kh"], "header.HQ key id", 8),
                _b(h["ks"], "header.session key id", 8),
                _b(h["n"], "header.nonce", 12),
                _i(h["c"], "header.cursor"),
                _i(h["l"], "header.limit"),
                _i(h["t"], "header.time", -(2**62), 2**62),
                _s(h["k"], "header.kind", 16),
                _i(h.get("kt", 0), "header.known"),
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
            _b(e["h"], "envelope.header"),
            _b(e["c"], "envelope.ciphertext"),
            _b(e["s"], "envelope.signature", 64),
            _b(e["k"], "envelope.sealed key") if e.get("k") is not None else None,
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
            _b(env["n"], "answer.nonce", 12),
            _b(env["c"], "answer"),
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


# ---- HQ's answer to a sync request -------------------------------------------------------
# Built by HQ as typed values and turned into the wire dict (short keys, msgpack) only at the
# edge, `Answer.to_wire`; the device checks the dict's shape at the edge, `Answer.from_wire`,
# and then reads attributes. The wire is what it always was: old devices read it unchanged.
class Result(NamedTuple):
    """HQ's answer to one change that was not plainly applied (on the wire [seq, code,
    reason])."""

    seq: int
    code: int  # CONFLICT or REJECTED (APPLIED is never listed)
    reason: str | None


@dataclass(frozen=True)
class PulledChange:
    """One entry of HQ's change log, as a device pulls it."""

    log_id: int
    record_id: str
    op: Op
    hlc: int
    fields: dict[str, Any]  # path -> value; on the wire, field code -> value
    origin: str

    def to_wire(self) -> list[Any]:
        return [
            self.log_id,
            uuid_bytes(self.record_id),
            self.op,
            self.hlc,
            {FIELD_CODE[k]: x for k, x in self.fields.items()},
            self.origin,
        ]

    @classmethod
    def from_wire(cls, row: Any, what: str) -> PulledChange:
        if not isinstance(row, list | tuple) or len(row) != 6:
            raise ProtocolError(502, "bad-answer", f"{what}: is not a change")
        log_id, rid, op, hlc, fields, origin = row
        op = _i(op, f"{what}.op", 0, len(Op) - 1)
        fields = {} if fields is None else fields
        if not isinstance(fields, dict) or not all(
            isinstance(k, int) and not isinstance(k, bool) and 0 <= k < len(FIELDS) for k in fields
        ):
            raise ProtocolError(
                502,
                "bad-answer",
                f"{what}.fields: hold a field this device does not know (HQ may be newer)",
            )
        return cls(
            _i(log_id, f"{what}.id"),
            uuid_text(_b(rid, f"{what}.record", 16)),
            Op(op),
            _i(hlc, f"{what}.hlc"),
            {FIELDS[k]: x for k, x in fields.items()},
            _s(origin, f"{what}.origin"),
        )


@dataclass(frozen=True)
class PulledConflict:
    """A conflict HQ recorded on a record in the device's scope: the value kept, the other."""

    id: int
    record_id: str
    field: str
    kept: Any
    other: Any
    kept_by: str | None
    other_by: str | None
    needs_merge: bool

    def to_wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "r": uuid_bytes(self.record_id),
            "f": self.field,
            "k": self.kept,
            "o": self.other,
            "kb": self.kept_by,
            "ob": self.other_by,
            "m": self.needs_merge,
        }

    @classmethod
    def from_wire(cls, c: Any, what: str) -> PulledConflict:
        if not isinstance(c, dict):
            raise ProtocolError(502, "bad-answer", f"{what}: is not a conflict")
        try:
            return cls(
                _i(c["id"], f"{what}.id"),
                uuid_text(_b(c["r"], f"{what}.record", 16)),
                _s(c["f"], f"{what}.field"),
                c["k"],
                c["o"],
                _opt_s(c["kb"], f"{what}.kept_by"),
                _opt_s(c["ob"], f"{what}.other_by"),
                bool(c["m"]),
            )
        except KeyError as err:
            raise ProtocolError(502, "bad-answer", f"{what}.{err.args[0]}: is missing") from None


@dataclass(frozen=True)
class Page:
    """A page of HQ's change log after the device's cursor; `more` if another waits."""

    changes: tuple[PulledChange, ...]
    conflicts: tuple[PulledConflict, ...]
    cursor: int
    more: bool


@dataclass(frozen=True)
class Answer:
    """HQ's answer to a sync request (and, without a page, to a bundle)."""

    results: tuple[Result, ...]  # every change after the device's known_thru not applied
    thru: int  # HQ holds this device's changes up to here
    head: bytes  # the hash of the last batch HQ holds from this device
    duplicate: bool = False  # the batch was applied before: nothing changed
    clock_ahead_ms: int = 0  # how far the device's clock runs ahead of HQ's, if too far
    log_mark: int = 0  # HQ's change-log id up to which this batch's effects are recorded
    page: Page | None = None  # sync only
    cert: str | None = None  # a renewed device certificate (PEM), when it was near its end

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "res": [list(r) for r in self.results],
            "thru": self.thru,
            "head": self.head,
            "dup": self.duplicate,
            "clock": self.clock_ahead_ms,
            "lm": self.log_mark,
        }
        if self.page is not None:
            out.update(
                {
                    "pull": [c.to_wire() for c in self.page.changes],
                    "conf": [c.to_wire() for c in self.page.conflicts],
                    "cur": self.page.cursor,
                    "more": self.page.more,
                }
            )
        if self.cert:
            out["cert"] = self.cert
        return out

    @classmethod
    def from_wire(cls, d: Any) -> Answer:
        """The answer as sent, checked; ProtocolError (502 bad-answer) names the field that
        does not fit."""
        try:
            return cls._from_wire(d)
        except ProtocolError as err:
            if err.code == "bad-answer":
                raise
            raise ProtocolError(
                502, "bad-answer", f"HQ's answer is malformed: {err.message}"
            ) from None

    @classmethod
    def _from_wire(cls, d: Any) -> Answer:
        if not isinstance(d, dict):
            raise ProtocolError(502, "bad-answer", "answer: is not a map")

        def bad(name: str, what: str) -> ProtocolError:
            return ProtocolError(502, "bad-answer", f"answer.{name}: {what}")

        results = _results(d.get("res", []), "answer", bad)
        cert = d.get("cert")
        if cert is not None and not isinstance(cert, str):
            raise bad("cert", "is not text")
        page = None
        if "cur" in d:
            pull, conf = d.get("pull", []), d.get("conf", [])
            if not isinstance(pull, list) or not isinstance(conf, list):
                raise bad("pull", "is not a list")
            page = Page(
                tuple(
                    PulledChange.from_wire(row, f"answer.pull[{i}]") for i, row in enumerate(pull)
                ),
                tuple(PulledConflict.from_wire(c, f"answer.conf[{i}]") for i, c in enumerate(conf)),
                _i(d["cur"], "answer.cur"),
                bool(d.get("more")),
            )
        head = d.get("head") or GENESIS
        return cls(
            results,
            _i(d.get("thru", 0), "answer.thru"),
            _b(head, "answer.head", 32),
            bool(d.get("dup")),
            _i(d.get("clock") or 0, "answer.clock", -(2**62), 2**62),
            _i(d.get("lm") or 0, "answer.lm"),
            page,
            cert,
        )


def _results(res: Any, what: str, bad: Callable[[str, str], ProtocolError]) -> tuple[Result, ...]:
    """The wire's [[seq, code, reason], ...], checked; `bad(field, why)` is the error."""
    if not isinstance(res, list):
        raise bad("res", "is not a list")
    out = []
    for i, r in enumerate(res):
        if (
            not isinstance(r, list | tuple)
            or len(r) != 3
            or not (r[2] is None or isinstance(r[2], str))
        ):
            raise bad(f"res[{i}]", "is not [seq, code, reason]")
        out.append(
            Result(_i(r[0], f"{what}.res[{i}].seq"), _i(r[1], f"{what}.res[{i}].code", 0, 2), r[2])
        )
    return tuple(out)


# ---- attachment chunks --------------------------------------------------------------------
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
                _s(h["d"], "chunk.device", 64),
                uuid_text(_b(h["a"], "chunk.attachment", 16)),
                _i(h["o"], "chunk.offset"),
                _b(h["ks"], "chunk.session key id", 8),
                _b(h["n"], "chunk.nonce", 12),
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
    hb, ct = _b(env["h"], "chunk header"), _b(env["c"], "chunk data")
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
                _i(have, "upload answer.have"), _i(size, "upload answer.size"), complete, sha
            )
        except ProtocolError as err:
            raise ProtocolError(502, "bad-answer", err.message) from None


# ---- receipts (USB bundles) ---------------------------------------------------------------
@dataclass(frozen=True)
class Receipt:
    """HQ's answer to a USB bundle, signed by HQ and carried back by hand: which bundle it
    answers (device, changes, digest), the answer itself, and when HQ read it. On the wire a
    map with short keys (msgpack), turned to and from this only at the edge."""

    device: str
    seq_from: int
    seq_to: int
    digest: bytes  # the bundle's request digest
    results: tuple[Result, ...]
    thru: int
    head: bytes
    duplicate: bool
    log_mark: int
    at: float  # HQ's time.time() when it signed

    @classmethod
    def of(cls, header: Header, digest: bytes, answer: Answer, at: float) -> Receipt:
        return cls(
            header.device,
            header.seq_from,
            header.seq_to,
            digest,
            answer.results,
            answer.thru,
            answer.head,
            answer.duplicate,
            answer.log_mark,
            at,
        )

    def answer(self) -> Answer:
        """What the device applies: a bundle's answer has no pull page, clock or cert."""
        return Answer(self.results, self.thru, self.head, self.duplicate, log_mark=self.log_mark)

    def to_wire(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "from": self.seq_from,
            "to": self.seq_to,
            "digest": self.digest,
            "res": [list(r) for r in self.results],
            "thru": self.thru,
            "head": self.head,
            "dup": self.duplicate,
            "lm": self.log_mark,
            "at": self.at,
        }

    @classmethod
    def from_wire(cls, d: Any) -> Receipt:
        """The receipt as signed, checked; ProtocolError (400 bad-receipt) names the field."""

        def bad(name: str, what: str) -> ProtocolError:
            return ProtocolError(400, "bad-receipt", f"receipt.{name}: {what}")

        if not isinstance(d, dict):
            raise ProtocolError(400, "bad-receipt", "receipt: is not a map")
        try:
            at = d["at"]
            if not isinstance(at, int | float) or isinstance(at, bool):
                raise bad("at", "is not a time")
            return cls(
                _s(d["device"], "receipt.device", 64),
                _i(d["from"], "receipt.from"),
                _i(d["to"], "receipt.to"),
                _b(d["digest"], "receipt.digest", 32),
                _results(d["res"], "receipt", bad),
                _i(d["thru"], "receipt.thru"),
                _b(d["head"], "receipt.head", 32),
                bool(d["dup"]),
                _i(d["lm"], "receipt.lm"),
                at,
            )
        except KeyError as err:
            raise bad(str(err.args[0]), "is missing") from None
        except ProtocolError as err:
            if err.code == "bad-receipt":
                raise
            raise ProtocolError(400, "bad-receipt", err.message) from None


def sign_receipt(receipt: Receipt, signing: ed25519.Ed25519PrivateKey) -> bytes:
    raw = packb(receipt.to_wire())
    return RECEIPT_MAGIC + packb({"r": raw, "s": signing.sign(b"upfront receipt v1\0" + raw)})


def open_receipt(data: bytes, hq_public_raw: bytes) -> Receipt:
    """A receipt file, its signature checked against HQ's key and its shape at the edge."""
    if not data.startswith(RECEIPT_MAGIC):
        raise ProtocolError(400, "not-a-receipt", "this file is not an Upfront receipt")
    env = unpackb(data[len(RECEIPT_MAGIC) :], "receipt")
    try:
        raw, sig = _b(env["r"], "receipt"), _b(env["s"], "receipt signature", 64)
        ed25519.Ed25519PublicKey.from_public_bytes(hq_public_raw).verify(
            sig, b"upfront receipt v1\0" + raw
        )
    except (InvalidSignature, KeyError, TypeError, ValueError, ProtocolError) as err:
        raise ProtocolError(400, "bad-receipt", "the receipt's signature is not HQ's") from err
    return Receipt.from_wire(unpackb(raw, "receipt"))


def uuid_bytes(text: str) -> bytes:
    return uuid.UUID(text).bytes


def uuid_text(data: bytes) -> str:
    return str(uuid.UUID(bytes=_b(data, "id", 16)))
