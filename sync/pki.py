"""HQ's certificate authority, TLS certificates for HQ and devices, and the TLS contexts both
ends use. Built on `cryptography`'s X.509 API; nothing here is hand-rolled crypto."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

DEVICE_CERT_DAYS = 30
RENEW_WITHIN_DAYS = 10


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_tls_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def load_key(pem: bytes) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return key


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def fingerprint(cert: x509.Certificate | bytes) -> str:
    """SHA-256 of the DER certificate, as hex pairs joined by colons (as browsers show it)."""
    if isinstance(cert, bytes):
        cert = (
            x509.load_pem_x509_certificate(cert)
            if cert.startswith(b"-----")
            else x509.load_der_x509_certificate(cert)
        )
    digest = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    return ":".join(digest[i : i + 2] for i in range(0, 64, 2)).upper()


MAX_CA_BYTES = 64 * 1024  # a CA certificate is a few kilobytes


def single_ca(data: bytes) -> bytes:
    """The one certificate `data` holds, as canonical PEM; ValueError when it holds none,
    several, or anything past one PEM certificate. A pinned fingerprint covers one
    certificate: a second one beside it (an attacker's CA after HQ's) would be trusted by the
    TLS context unchecked, so a file that is not exactly one certificate is refused."""
    if len(data) > MAX_CA_BYTES:
        raise ValueError("the answer is larger than a CA certificate")
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError:
        raise ValueError("the answer is not a CA certificate") from None
    if len(certs) != 1:
        raise ValueError(f"the answer holds {len(certs)} certificates, not HQ's one CA")
    pem = cert_pem(certs[0])
    if data.strip() != pem.strip():
        raise ValueError("the answer holds more than one PEM certificate")
    return pem


def normalise_fingerprint(text: str) -> str:
    hexed = "".join(ch for ch in text if ch in "0123456789abcdefABCDEF")
    if len(hexed) != 64:
        raise ValueError("a SHA-256 fingerprint has 64 hex digits")
    hexed = hexed.upper()
    return ":".join(hexed[i : i + 2] for i in range(0, 64, 2))


@dataclass
class Issued:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey | None = None


def make_ca(name: str = "Upfront HQ CA", days: int = 3650) -> Issued:
    key = new_tls_key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_now() - dt.timedelta(minutes=5))
        .not_valid_after(_now() + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(cert, key)


def _leaf(
    ca: Issued, subject_cn: str, public_key, *, days: float, server: bool, names: list[str] = ()
) -> x509.Certificate:
    assert ca.key is not None
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject_cn)]))
        .issuer_name(ca.cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(_now() - dt.timedelta(minutes=5))
        .not_valid_after(_now() + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False
        )
    )
    if names:
        alt: list[x509.GeneralName] = []
        for name in names:
            try:
                alt.append(x509.IPAddress(ipaddress.ip_address(name)))
            except ValueError:
                alt.append(x509.DNSName(name))
        builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
    return builder.sign(ca.key, hashes.SHA256())


def make_server_cert(ca: Issued, names: list[str], days: int = 825) -> Issued:
    key = new_tls_key()
    return Issued(_leaf(ca, names[0], key.public_key(), days=days, server=True, names=names), key)


def make_csr(key: ec.EllipticCurvePrivateKey) -> bytes:
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "upfront-device")]))
        .sign(key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM)


def device_cert_from_csr(
    ca: Issued, csr_pem: bytes, device_id: str, days: float = DEVICE_CERT_DAYS
) -> x509.Certificate:
    """A client certificate for the key in a CSR; the CSR's own signature must hold."""
    csr = x509.load_pem_x509_csr(csr_pem)
    if not csr.is_signature_valid:
        raise ValueError("the certificate request's signature does not verify")
    if not isinstance(csr.public_key(), ec.EllipticCurvePublicKey):
        raise ValueError("the certificate request must carry an ECDSA P-256 key")
    return _leaf(ca, device_id, csr.public_key(), days=days, server=False)


def device_cert_for_key(
    ca: Issued, public_pem: bytes, device_id: str, days: float = DEVICE_CERT_DAYS
) -> x509.Certificate:
    public = serialization.load_pem_public_key(public_pem)
    return _leaf(ca, device_id, public, days=days, server=False)


def public_pem(cert: x509.Certificate) -> bytes:
    return cert.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


# ---- TLS contexts -----------------------------------------------------------------------
def server_context(cert_file: Path, key_file: Path, ca_file: Path) -> ssl.SSLContext:
    """TLS 1.2 minimum (1.3 preferred). A client certificate is asked for and, when sent,
    must chain to HQ's CA; enrollment is the one call made without one, so the application
    refuses every other call that lacks it."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert_file, key_file)
    ctx.load_verify_locations(cafile=str(ca_file))
    ctx.verify_mode = ssl.CERT_OPTIONAL
    ctx.options |= ssl.OP_NO_COMPRESSION
    # one TLS 1.3 session ticket per connection, not two: half a kilobyte less on every
    # sync, which is two seconds at 2.4 kbit/s
    ctx.num_tickets = 1
    return ctx


def client_context(
    ca_pem: bytes, cert_pem_: bytes | None = None, key_pem_: bytes | None = None
) -> ssl.SSLContext:
    """Trusts HQ's pinned CA and nothing else; presents the device certificate. The key is
    handed to OpenSSL through a pipe-free temporary in memory only (see `_load_chain`)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_verify_locations(cadata=ca_pem.decode())
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    if cert_pem_ is not None and key_pem_ is not None:
        _load_chain(ctx, cert_pem_, key_pem_)
    return ctx


def _load_chain(ctx: ssl.SSLContext, cert: bytes, key: bytes) -> None:
    """Python's ssl loads a key only from a file path. The device key lives in the encrypted
    store, so it goes through a memory-backed file (memfd on Linux) that never touches a
    disk and disappears when closed."""
    import os
    import tempfile

    if hasattr(os, "memfd_create"):
        fd = os.memfd_create("upfront-tls", 0)
        try:
            os.write(fd, cert + b"\n" + key)
            path = f"/proc/self/fd/{fd}"
            ctx.load_cert_chain(path)
        finally:
            os.close(fd)
        return
    # elsewhere: a private temporary directory, removed at once (0700, user only)
    with tempfile.TemporaryDirectory() as tmp:  # pragma: no cover - not Linux
        path = Path(tmp) / "chain.pem"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(cert + b"\n" + key)
        ctx.load_cert_chain(str(path))
