"""Who may sync with HQ: teams, single-use enrollment tokens, devices (enrol, revoke, renew a
certificate) and the checks every request passes (an enrolled device that is not revoked, and
a session key HQ holds for it)."""

from __future__ import annotations

import hashlib
import math
import secrets
import time
import uuid
from collections.abc import Iterable
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.vocab import vocabularies
from sync import pki
from sync import protocol as p
from sync.hq import roles
from sync.hq import scope as scope_of
from sync.hq.core import HQCore
from sync.hq.database import HQError
from sync.hq.models import Device, SessionKeyRow, Team, Token, WipeOrder

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


AUDIENCES = ("internal", "un")
# UN entities spelled as they spell themselves; any other name is taken as given
ENTITIES = {
    e.casefold(): e
    for e in (
        "OHCHR",
        "OCHA",
        "UNICEF",
        "DPPA",
        "DPO",
        "UNHCR",
        "WFP",
        "UNDP",
        "UNFPA",
        "UN Women",
        "UNOPS",
        "UNODC",
        "UNESCO",
        "UNMAS",
        "UNRWA",
        "WHO",
        "IOM",
        "FAO",
        "ILO",
        "DSS",
        "DOS",
        "EOSG",
    )
}
MAX_TOKEN_HOURS = 24 * 90


def entity_name(entity: str) -> str:
    """The entity a device belongs to, checked: printable, 1 to 64 characters; known ones
    (OHCHR, OCHA, UNICEF...) in their own spelling whatever the case given."""
    if not isinstance(entity, str):
        raise BadInput("entity", "must be text, e.g. OHCHR or OCHA")
    name = " ".join(entity.split())
    if not name:
        raise BadInput("entity", "is empty; give the UN entity the device belongs to, e.g. OCHA")
    if len(name) > 64:
        raise BadInput("entity", "is longer than 64 characters")
    if not name.isprintable():
        raise BadInput("entity", "holds characters that cannot be printed")
    return ENTITIES.get(name.casefold(), name)


def _scope(s: Session, teams: Iterable[str] | None) -> list[str] | None:
    """The teams of a token's scope, each checked to exist; None for every team."""
    if teams is None:
        return None
    if isinstance(teams, str):
        teams = teams.split(",")
    out: list[str] = []
    for raw in teams:
        team = str(raw).strip().upper()
        if not team:
            continue
        if s.get(Team, team) is None:
            raise BadInput("teams", f"no team {team!r}; add it with `upfront-hq team add`")
        if team not in out:
            out.append(team)
    if not out:
        raise BadInput("teams", "names no team; give team ids separated by commas, e.g. SYR,YEM")
    return out


def create_token(
    hq: HQCore,
    team_id: str | None,
    *,
    analyst: bool = False,
    hours: float = TOKEN_HOURS,
    scope: Iterable[str] | None = None,
    audience: str = "internal",
    entity: str = "OHCHR",
    by: str = "hq",
) -> str:
    """A single-use token that enrols one device in a role: a team's device (scope [its team],
    audience internal) or an analyst's (`scope`: the teams it may read, None for every
    team; `audience`: internal or un). Every input is checked; a bad one raises BadInput
    naming it. The token is returned, never logged; the role event names the role only."""
    if not isinstance(hours, (int, float)) or not math.isfinite(hours):
        raise BadInput("hours", "must be a number of hours")
    if hours > MAX_TOKEN_HOURS:
        raise BadInput("hours", f"is more than {MAX_TOKEN_HOURS} (90 days); give fewer")
    if audience not in AUDIENCES:
        raise BadInput(
            "audience",
            f"must be one of {', '.join(AUDIENCES)}, not {str(audience)[:40]!r}: row-level "
            "data goes to no other audience",
        )
    entity = entity_name(entity)
    # hex, not URL-safe base64: one of those in 64 began with "-", which `upfront enroll
    # --token TOKEN` then read as an option; hex is also easier to read out on a phone
    token = secrets.token_hex(20)
    digest = hashlib.sha256(token.encode()).hexdigest()
    with hq.session() as s, s.begin():
        if analyst:
            team_id = None
            teams = _scope(s, scope)
            if teams is None and audience != "internal":
                raise BadInput(
                    "teams",
                    f"an analyst reading as {audience} must be given the teams it may read "
                    "(--teams); only internal analysts read every team",
                )
        else:
            team_id = str(team_id or "").strip().upper()
            if not team_id:
                raise BadInput("team", "is empty; give the team's id, e.g. SYR")
            if s.get(Team, team_id) is None:
                raise BadInput("team", f"no team {team_id!r}; add it with `upfront-hq team add`")
            if audience != "internal":
                raise BadInput("audience", "a team's device reads as internal; it cannot be un")
            if scope is not None and _scope(s, scope) != [team_id]:
                raise BadInput("teams", "a team's device reads its own team only")
            teams = [team_id]
        now = time.time()
        s.add(
            Token(
                hash=digest,
                team_id=team_id,
                analyst=analyst,
                scope=teams,
                audience=audience,
                entity=entity,
                created_at=now,
                expires_at=now + hours * 3600,
            )
        )
        roles.record(
            s,
            "token-created",
            detail={
                "token": digest[:12],  # names the token in the log; cannot be used as one
                "team": team_id,
                "analyst": analyst,
                "scope": teams if teams is not None else "all",
                "audience": audience,
                "entity": entity,
                "hours": hours,
            },
            by=by,
        )
    return token


def devices(hq: HQCore) -> list[dict]:
    with hq.session() as s:
        out = []
        for d in s.scalars(select(Device).order_by(Device.enrolled_at)):
            teams = scope_of.teams(d)
            out.append(
                {
                    "id": d.id,
                    "team": d.team_id,
                    "analyst": d.analyst,
                    "scope": "all" if teams is None else teams,
                    "audience": d.audience or "internal",
                    "entity": d.entity or "OHCHR",
                    "name": d.name,
                    "enrolled_at": d.enrolled_at,
                    "revoked": d.revoked_at is not None,
                    "last_seen": d.last_seen,
                    "applied_through": d.applied_through,
                    "certificate_expires": d.cert_not_after,
                    "clock_ahead_ms": d.clock_ahead_ms,
                }
            )
        return out


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
        role: dict[str, Any] = {
            "scope": row.scope if row.analyst else [row.team_id],
            "audience": row.audience or "internal",
            "entity": row.entity or "OHCHR",
        }
        s.add(
            Device(
                id=device_id,
                team_id=row.team_id,
                analyst=row.analyst,
                name=name[:200],
                signing_key=signing_raw,
                tls_public_pem=pki.public_pem(cert).decode(),
                cert_serial=str(cert.serial_number),
                cert_not_after=cert.not_valid_after_utc.timestamp(),
                enrolled_at=time.time(),
                applied_through=0,
                head=p.GENESIS,
                **role,
            )
        )
        team = row.team_id
        roles.record(
            s,
            "enrolled",
            device_id=device_id,
            detail={"token": row.hash[:12], "team": row.team_id, **role},
        )
    return {
        "device_id": device_id,
        "team": team,
        "analyst": row.analyst,
        **role,
        "certificate": pki.cert_pem(cert).decode(),
        "ca_certificate": pki.cert_pem(hq.keys.ca.cert).decode(),
        "ingest_key": hq.keys.ingest.public_bytes().hex(),
        "hq_signing_key": hq.keys.signing_public.hex(),
        "schema": hq.schema,
    }


def certificate_names(device_id: str, tls_device: str | None) -> None:
    """A sealed request names the device whose client certificate it came with (403
    `wrong-device` otherwise)."""
    if tls_device is None or device_id != tls_device:
        raise p.ProtocolError(
            403,
            "wrong-device",
            "the request names another device than the certificate it came with",
        )


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


def held_session_key(
    hq: HQCore, s: Session, dev: Device, kid: bytes, *, remedy: str = "sync first"
) -> bytes:
    """The session key HQ holds for this device under this id, opened (the one reader for
    sync answers, uploads and downloads). ProtocolError 409 `session-key-unknown` when HQ
    holds none (expired, or never received); `remedy` says what the device does next."""
    row = s.get(SessionKeyRow, (dev.id, kid))
    if row is None or row.expires_at < time.time():
        raise p.ProtocolError(
            409,
            "session-key-unknown",
            f"HQ holds no such session key for this device (expired or never received); {remedy}",
        )
    return p.SessionKey.open(row.sealed, hq.keys.ingest, dev.id)


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
