"""HQ's own keys: its CA (device certificates), its ingest key (devices seal session keys to
it) and its signing key (USB bundle receipts), with how they are created, saved and loaded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync import pki
from sync import protocol as p


@dataclass
class HQKeys:
    ca: pki.Issued
    ingest: p.IngestKey
    signing: ed25519.Ed25519PrivateKey

    @property
    def ingest_kid(self) -> bytes:
        return p.key_id(self.ingest.public_bytes())

    @property
    def signing_public(self) -> bytes:
        return self.signing.public_key().public_bytes_raw()

    @classmethod
    def create(cls) -> HQKeys:
        return cls(pki.make_ca(), p.IngestKey.generate(), ed25519.Ed25519PrivateKey.generate())

    def save(self, directory: Path) -> None:
        import os

        directory.mkdir(parents=True, exist_ok=True)
        files = {
            "ca.pem": pki.cert_pem(self.ca.cert),
            "ca.key": pki.key_pem(self.ca.key),
            "ingest.key": self.ingest.to_bytes(),
            "signing.key": self.signing.private_bytes_raw(),
        }
        for name, data in files.items():
            path = directory / name
            fd = os.open(
                path,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                0o644 if name.endswith(".pem") else 0o600,
            )
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)

    @classmethod
    def load(cls, directory: Path) -> HQKeys:
        ca = pki.Issued(
            x509.load_pem_x509_certificate((directory / "ca.pem").read_bytes()),
            pki.load_key((directory / "ca.key").read_bytes()),
        )
        return cls(
            ca,
            p.IngestKey.from_bytes((directory / "ingest.key").read_bytes()),
            ed25519.Ed25519PrivateKey.from_private_bytes((directory / "signing.key").read_bytes()),
        )
