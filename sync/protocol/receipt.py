"""HQ's signed Receipt for a USB bundle, carried back by hand: its fields, signing it with HQ's
key and opening (checking) it on the device."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.answer import Answer, Result, results_from_wire
from sync.protocol.checks import ProtocolError, checked_bytes, checked_int, checked_text
from sync.protocol.codec import packb, unpackb
from sync.protocol.envelope import Header

RECEIPT_MAGIC = b"UPFRONT-RECEIPT\x01"


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
                checked_text(d["device"], "receipt.device", 64),
                checked_int(d["from"], "receipt.from"),
                checked_int(d["to"], "receipt.to"),
                checked_bytes(d["digest"], "receipt.digest", 32),
                results_from_wire(d["res"], "receipt", bad),
                checked_int(d["thru"], "receipt.thru"),
                checked_bytes(d["head"], "receipt.head", 32),
                bool(d["dup"]),
                checked_int(d["lm"], "receipt.lm"),
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
        raw, sig = (
            checked_bytes(env["r"], "receipt"),
            checked_bytes(env["s"], "receipt signature", 64),
        )
        ed25519.Ed25519PublicKey.from_public_bytes(hq_public_raw).verify(
            sig, b"upfront receipt v1\0" + raw
        )
    except (InvalidSignature, KeyError, TypeError, ValueError, ProtocolError) as err:
        raise ProtocolError(400, "bad-receipt", "the receipt's signature is not HQ's") from err
    return Receipt.from_wire(unpackb(raw, "receipt"))
