"""HQ's signed order that a revoked device crypto-erase its store: which device, which order,
the digest of the request (or USB bundle) it answers, and when HQ signed it.

The order is bound to one request: the device accepts it only as the answer to a request it
has just sent (online) or to a bundle it exported and has not yet had answered, so an order
captured on the way cannot be replayed against another request, and only HQ's signing key
(which the device pinned at enrolment) makes one. The signature covers the canonical bytes of
the order after a domain-separation prefix of its own, so no other message HQ signs (a
receipt) can pass for an order, nor an order for anything else.

On the wire: `WIPE_MAGIC` then msgpack {"o": the order's bytes, "s": Ed25519 signature}. Online
it travels hex-encoded in HQ's JSON refusal (410 "wipe", field "order"); by hand it is the file
HQ writes where a bundle's receipt would go.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.checks import ProtocolError, checked_bytes
from sync.protocol.codec import packb, unpackb

WIPE_MAGIC = b"UPFRONT-WIPE\x01"
WIPE_CONTEXT = b"upfront wipe order v1\0"  # signed before the order's bytes: nothing else
WIPE_STATUS = 410  # HQ's refusal that carries an order
WIPE_CODE = "wipe"
MAX_WIPE = 1024  # an order is ~200 bytes; anything larger is not one
_FIELDS = ("device", "order", "digest", "at")


def _bad(name: str, what: str) -> ProtocolError:
    return ProtocolError(400, "bad-wipe-order", f"wipe order.{name}: {what}")


def _uuid(value: Any, name: str) -> str:
    if not isinstance(value, str) or len(value) != 36:
        raise _bad(name, "is not an id")
    try:
        if str(uuid.UUID(value)) != value:
            raise _bad(name, "is not an id in its canonical form")
    except ValueError:
        raise _bad(name, "is not an id") from None
    return value


@dataclass(frozen=True)
class WipeOrder:
    """One order as HQ signs it. `digest` is the SHA-256 request digest (`Envelope.digest`) of
    the request or bundle it answers; `at` is HQ's time.time() when it signed."""

    device: str
    order: str
    digest: bytes
    at: float

    def to_wire(self) -> dict[str, Any]:
        return {"device": self.device, "order": self.order, "digest": self.digest, "at": self.at}

    def canonical(self) -> bytes:
        """The bytes that are signed: msgpack of the map, its keys always in one order."""
        return packb(self.to_wire())

    @classmethod
    def from_wire(cls, d: Any) -> WipeOrder:
        """The order as signed, checked field by field; ProtocolError (400 bad-wipe-order)
        names the field that is missing, extra or wrong."""
        if not isinstance(d, dict):
            raise ProtocolError(400, "bad-wipe-order", "wipe order: is not a map")
        for name in _FIELDS:
            if name not in d:
                raise _bad(name, "is missing")
        extra = sorted(str(k)[:20] for k in d if k not in _FIELDS)
        if extra:
            raise _bad(extra[0], "is not a field of a wipe order")
        at = d["at"]
        if not isinstance(at, float) or not math.isfinite(at) or at < 0:
            raise _bad("at", "is not a time")
        try:
            digest = checked_bytes(d["digest"], "digest", 32)
        except ProtocolError:
            raise _bad("digest", "is not 32 bytes") from None
        return cls(_uuid(d["device"], "device"), _uuid(d["order"], "order"), digest, at)


def sign_wipe(order: WipeOrder, signing: ed25519.Ed25519PrivateKey) -> bytes:
    """The order as it travels: magic, then its bytes and HQ's signature over them."""
    raw = order.canonical()
    return WIPE_MAGIC + packb({"o": raw, "s": signing.sign(WIPE_CONTEXT + raw)})


def is_wipe_order(data: bytes) -> bool:
    """Whether a file or message claims to be a wipe order (it is checked by `open_wipe`)."""
    return data.startswith(WIPE_MAGIC)


def open_wipe(data: bytes, hq_public_raw: bytes) -> WipeOrder:
    """A signed order, its signature checked against HQ's key first, then its fields, then
    that its bytes are the canonical ones (nothing added, nothing re-encoded). What it is
    bound to (device, digest) is for the caller to check. ProtocolError (400 bad-wipe-order)."""
    if not data.startswith(WIPE_MAGIC):
        raise ProtocolError(400, "bad-wipe-order", "wipe order: is not an Upfront wipe order")
    if len(data) > MAX_WIPE:
        raise ProtocolError(400, "bad-wipe-order", "wipe order: is larger than any order")
    try:
        env = unpackb(data[len(WIPE_MAGIC) :], "wipe order")
        if not isinstance(env, dict):
            raise TypeError
        raw = checked_bytes(env["o"], "wipe order")
        sig = checked_bytes(env["s"], "wipe order signature", 64)
        ed25519.Ed25519PublicKey.from_public_bytes(hq_public_raw).verify(sig, WIPE_CONTEXT + raw)
    except (InvalidSignature, KeyError, TypeError, ValueError, ProtocolError) as err:
        raise ProtocolError(400, "bad-wipe-order", "wipe order: its signature is not HQ's") from err
    try:
        fields = unpackb(raw, "wipe order")
    except ProtocolError:
        raise ProtocolError(400, "bad-wipe-order", "wipe order: is not valid msgpack") from None
    order = WipeOrder.from_wire(fields)
    if order.canonical() != raw:
        raise ProtocolError(400, "bad-wipe-order", "wipe order: is not in its canonical form")
    return order


class WipeRefusal(ProtocolError):
    """HQ's refusal of a request from a revoked device it ordered wiped: nothing of the
    request was applied, and the signed order, bound to this request, goes back with it."""

    def __init__(self, signed: bytes) -> None:
        super().__init__(
            WIPE_STATUS,
            WIPE_CODE,
            "this device was revoked at HQ, which ordered it to erase its store; "
            "nothing of this request was applied",
        )
        self.signed = signed

    def body(self) -> dict[str, str]:
        return {**super().body(), "order": self.signed.hex()}
