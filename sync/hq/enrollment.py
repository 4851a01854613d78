"""Who may sync with HQ: teams, single-use enrollment tokens, devices (enrol, revoke, renew a
certificate) and the check every request passes (an enrolled device that is not revoked)."""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid

from cryptography.hazmat.primitives.asymmetric import ed25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.vocab import vocabularies
from sync import pki
from sync import protocol as p
from sync.hq import roles
from sync.hq.core import HQCore
from sync.hq.database import HQError
from sync.hq.models import Device, Team, Token, WipeOrder

TOKEN_HOURS = 72


# ---- administration -----------------------------------------------------------------------
def add_team(hq: HQCore, country: str, name: str | None = None) -> dict:
    country = country.strip().upper()
    vocabularies().check("country", country, "country")
    with hq.session() as s, s.begin():
        taken = {t for (t,) in s.execute(select(Team.id).where(Team.country == country))}
        team_id = country if country not in taken else f"{country}-{len(taken) + 1}"
        s.add(Team(id=team_id, country=country, name=name or country, created_at=time.time()))
    return {"id": team_id, "country": country, "name": name or country}


def teams(hq: HQCore) -> list[dict]:
    with hq.session() as s:
        return [
            {"id": t.id, "country": t.country, "name": t.name}
            for t in s.scalars(select(Team).order_by(Team.id))
        ]


def create_token(
    hq: HQCore, team_id: str | None, *, analyst: bool = False, hours: float = TOKEN_HOURS
) -> str:
    # hex, not URL-safe base64: one of those in 64 began with "-", which `upfront enroll
    # --token TOKEN` then read as an option; hex is also easier to read out on a phone
    token = secrets.token_hex(20)
    with hq.session() as s, s.begin():
        if not analyst:
            if team_id is None or s.get(Team, team_id) is None:
                raise HQError(f"no team {team_id!r}; add it with `upfront-hq team add`")
        s.add(
            Token(
                hash=hashlib.sha256(token.encode()).hexdigest(),
                team_id=None if analyst else team_id,
                analyst=analyst,
                created_at=time.time(),
                expires_at=time.time() + hours * 3600,
            )
        )
    return token


def devices(hq: HQCore) -> list[dict]:
    with hq.session() as s:
        return [
            {
                "id": d.id,
                "team": d.team_id,
                "analyst": d.analyst,
                "name": d.name,
                "enrolled_at": d.enrolled_at,
                "revoked": d.revoked_at is not None,
                "last_seen": d.last_seen,
                "applied_through": d.applied_through,
                "certificate_expires": d.cert_not_after,
                "clock_ahead_ms": d.clock_ahead_ms,
            }
            for d in s.scalars(select(Device).order_by(Device.enrolled_at))
        ]


def revoke(hq: HQCore, device_id: str, *, wipe: bool = False, by: str = "hq") -> str | None:
    """Refuse the device from now on; with `wipe`, also order it to crypto-erase its store
    at its next contact (the order's id is returned). Both are role changes, logged."""
    with hq.session() as s, s.begin():
        dev = s.get(Device, device_id)
        if dev is None:
            raise HQError(f"no device {device_id}")
        if dev.revoked_at is None:
            dev.revoked_at = time.time()
            roles.record(s, "revoked", device_id=dev.id, by=by)
        if not wipe:
            return None
        order = WipeOrder(id=str(uuid.uuid4()), device_id=dev.id, issued_at=time.time())
        s.add(order)
        roles.record(s, "wipe-ordered", device_id=dev.id, detail={"order": order.id}, by=by)
        return order.id


# ---- enrollment ---------------------------------------------------------------------------
def enroll(hq: HQCore, token: str, csr_pem: str, signing_key_hex: str, name: str) -> dict:
    """Trade a token for a device certificate. Raises ProtocolError (status 4xx)."""
    try:
        signing_raw = bytes.fromhex(signing_key_hex)
        ed25519.Ed25519PublicKey.from_public_bytes(signing_raw)
    except ValueError as err:
        raise p.ProtocolError(
            400, "bad-signing-key", "signing_key: is not an Ed25519 public key in hex"
        ) from err
    with hq.session() as s, s.begin():
        row = s.get(Token, hashlib.sha256(token.encode()).hexdigest(), with_for_update=True)
        if row is None:
            raise p.ProtocolError(403, "bad-token", "token: is not one HQ issued")
        if row.used_at is not None:
            raise p.ProtocolError(
                403, "token-used", "token: was already used; ask HQ for a new one"
            )
        if row.expires_at < time.time():
            raise p.ProtocolError(403, "token-expired", "token: has expired; ask HQ for a new one")
        device_id = str(uuid.uuid4())
        try:
            cert = pki.device_cert_from_csr(hq.keys.ca, csr_pem.encode(), device_id)
        except ValueError as err:
            raise p.ProtocolError(400, "bad-csr", f"csr: {err}") from err
        row.used_at, row.device_id = time.time(), device_id
        s.add(
            Device(
                id=device_id,
                team_id=row.team_id,
                analyst=row.analyst,
                scope=row.scope if row.analyst else [row.team_id],
                audience=row.audience or "internal",
                entity=row.entity or "OHCHR",
                name=name[:200],
                signing_key=signing_raw,
                tls_public_pem=pki.public_pem(cert).decode(),
                cert_serial=str(cert.serial_number),
                cert_not_after=cert.not_valid_after_utc.timestamp(),
                enrolled_at=time.time(),
                applied_through=0,
                head=p.GENESIS,
            )
        )
        team = row.team_id
        roles.record(
            s,
            "enrolled",
            device_id=device_id,
            detail={
                "team": row.team_id,
                "scope": row.scope if row.analyst else [row.team_id],
                "audience": row.audience or "internal",
                "entity": row.entity or "OHCHR",
            },
        )
    return {
        "device_id": device_id,
        "team": team,
        "analyst": row.analyst,
        "certificate": pki.cert_pem(cert).decode(),
        "ca_certificate": pki.cert_pem(hq.keys.ca.cert).decode(),
        "ingest_key": hq.keys.ingest.public_bytes().hex(),
        "hq_signing_key": hq.keys.signing_public.hex(),
        "schema": hq.schema,
    }


def device_for_request(s: Session, device_id: str) -> Device:
    dev = s.get(Device, device_id)
    if dev is None:
        raise p.ProtocolError(403, "unknown-device", "this device is not enrolled at HQ")
    if dev.revoked_at is not None:
        raise p.ProtocolError(
            403,
            "revoked",
            "this device was revoked at HQ; it can no "
            "longer sync. Ask HQ to enroll it again if that was a mistake",
        )
    return dev


def renewal(hq: HQCore, device_id: str) -> str | None:
    """Note that the device was seen; a new certificate (PEM) for the same key when its
    certificate is near its end, else None."""
    with hq.session() as s, s.begin():
        dev = s.get(Device, device_id)
        assert dev is not None
        dev.last_seen = time.time()
        if dev.cert_not_after - time.time() > pki.RENEW_WITHIN_DAYS * 86400:
            return None
        cert = pki.device_cert_for_key(hq.keys.ca, dev.tls_public_pem.encode(), dev.id)
        dev.cert_serial = str(cert.serial_number)
        dev.cert_not_after = cert.not_valid_after_utc.timestamp()
        return pki.cert_pem(cert).decode()
