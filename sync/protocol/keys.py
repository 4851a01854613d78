"""HQ's ingest key (hybrid ML-KEM-768 + X25519) and the session key a device seals to it
with HPKE once, then uses for every batch until it expires (the encapsulation is ~1.1 KB)."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.protocol.checks import ProtocolError

SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SESSION_INFO = b"upfront session key v1"
SESSION_SECONDS = 24 * 3600


def key_id(public: bytes) -> bytes:
    return hashlib.sha256(public).digest()[:8]


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
