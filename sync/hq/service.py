"""HQ's work, independent of HTTP: enrollment, applying batches, the pull cursor, bundles.

Every batch is applied in one transaction that first takes HQ's single writer lock (a
PostgreSQL advisory lock; SQLite's BEGIN IMMEDIATE). Change-log ids are drawn under that lock,
so they become visible in commit order and a device's cursor never skips an id that commits
late. Nothing is kept in process memory between requests: several server processes can share
one PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ed25519
from sqlalchemy import (
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.hlc import pack, wall_ms
from app.incidents import EDITABLE, Validator
from app.outbox import LONG_TEXT, apply_fields, get_path, value_hash
from app.situations import remote_fields
from app.store import schema_number
from app.vocab import vocabularies
from sync import pki
from sync import protocol as p
from sync.hq.models import (
    Batch,
    ChangeResult,
    Conflict,
    Device,
    FileChunk,
    LogEntry,
    Record,
    SessionKeyRow,
    StoredFile,
    Team,
    Token,
)

log = logging.getLogger("upfront.hq")

LOCK_ID = 0x55_50_46_52  # "UPFR"
FUTURE_TOLERANCE_MS = 5 * 60 * 1000
TOKEN_HOURS = 72
MAX_FILE_SIZE = 2**53  # an attachment's declared size: a whole number HQ's database holds
SCOPE = "belongs to another team: this device cannot change it, and HQ left it as it was"


class HQError(Exception):
    """An administrative request that cannot be done; the message says why."""


# ---- database -----------------------------------------------------------------------------
def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url)

        @event.listens_for(engine, "connect")
        def _on_connect(conn, _rec):  # noqa: ANN001
            conn.isolation_level = None
            cur = conn.cursor()
            for pragma in ("journal_mode = WAL", "busy_timeout = 30000", "foreign_keys = ON",
                           "synchronous = NORMAL"):
                cur.execute(f"PRAGMA {pragma}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):  # noqa: ANN001
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    # a batch's rows go as multi-row INSERT ... VALUES (SQLAlchemy's "insertmanyvalues"),
    # not as one statement per row: 1,000 changes cost a few round trips, not 3,000
    engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def migrate(engine: Engine) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("sync.hq") / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _writer_lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_ID})


# ---- keys ---------------------------------------------------------------------------------
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
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                         0o644 if name.endswith(".pem") else 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)

    @classmethod
    def load(cls, directory: Path) -> HQKeys:
        ca = pki.Issued(x509.load_pem_x509_certificate((directory / "ca.pem").read_bytes()),
                        pki.load_key((directory / "ca.key").read_bytes()))
        return cls(ca, p.IngestKey.from_bytes((directory / "ingest.key").read_bytes()),
                   ed25519.Ed25519PrivateKey.from_private_bytes(
                       (directory / "signing.key").read_bytes()))


# ---- the service --------------------------------------------------------------------------
class _BatchContext:
    """What applying one batch reads once: its records (locked), which of them have
    conflicts still open, the team of each country (for analysts' new records)."""

    def __init__(self, s: Session, record_ids: list[str], isolate: bool = False) -> None:
        ids = list(dict.fromkeys(record_ids))
        # isolate: each change goes in its own savepoint and is written before the next
        # (new records through the session), so one that the database refuses is refused alone
        self.isolate = isolate
        self.records: dict[str, Record] = {}
        self.new_records: list[Record] = []
        self.open_conflicts: set[str] = set()
        self.teams: dict[str | None, str | None] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            self.records.update((r.id, r) for r in s.scalars(
                select(Record).where(Record.id.in_(chunk)).with_for_update()))
            self.open_conflicts.update(s.scalars(select(Conflict.record_id).where(
                Conflict.record_id.in_(chunk), Conflict.resolved.is_(False))))

    def add_record(self, s: Session, rec: Record) -> None:
        self.records[rec.id] = rec
        if self.isolate:
            s.add(rec)
        else:
            self.new_records.append(rec)  # inserted with the batch's other new records

    def write_change(self, s: Session) -> None:
        """Isolated: this change's rows now, inside its savepoint."""
        s.flush()
        _insert_rows(s, LogEntry.__table__, s.info.pop("log_rows", []))

    def write(self, s: Session, answered: list[dict]) -> None:
        columns = [c.key for c in Record.__table__.columns]
        _insert_rows(s, Record.__table__,
                     [{k: getattr(r, k) for k in columns} for r in self.new_records])
        _insert_rows(s, LogEntry.__table__, s.info.pop("log_rows", []))
        _insert_rows(s, ChangeResult.__table__, answered)


def _fault(where: str, err: BaseException) -> None:
    """HQ's log of a fault: where, and the kind of error at which line of code; never its
    message, which may hold the values (a database error quotes the statement's)."""
    import traceback

    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if "/sync/" in f.filename.replace("\\", "/")] or frames
    at = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    log.warning("%s: %s at %s", where, type(err).__name__, at)


def _clean_reason(reason: str | None) -> str | None:
    """A refusal's reason as stored and sent: no control characters (PostgreSQL's text holds
    no NUL, and a reason may name a key the device sent), and short."""
    if reason is None:
        return None
    text = "".join(ch if ch.isprintable() else "?" for ch in reason)
    return text if len(text) <= 300 else text[:299] + "…"


_ATTACHMENT_TEXTS = {"filename": 300, "media_type": 120, "captured_by": 200,
                     "captured_at": 40}


def _attachment_problem(meta: Any) -> str | None:
    """Why an attachment's description cannot be kept, naming the sub-field."""
    if not isinstance(meta, dict):
        return "attachment: the description is incomplete or malformed"
    try:
        uuid.UUID(meta.get("id") if isinstance(meta.get("id"), str) else "")
    except ValueError:
        return "attachment.id: is not an id"
    for name in _ATTACHMENT_TEXTS:
        value = meta.get(name)
        if not isinstance(value, str):
            return f"attachment.{name}: must be text"
        if "\0" in value:
            return f"attachment.{name}: contains a NUL character"
    size = meta.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_FILE_SIZE:
        return f"attachment.size: must be a whole number from 0 to {MAX_FILE_SIZE}"
    sha = meta.get("sha256")
    if not isinstance(sha, str) or len(sha) != 64 or not set(sha) <= set("0123456789abcdef"):
        return "attachment.sha256: must be 64 lower-case hexadecimal digits"
    return None


def _insert_rows(s: Session, table, rows: list[dict]) -> None:  # noqa: ANN001
    """An executemany INSERT, which the engine sends as multi-row VALUES in order (see
    `make_engine`)."""
    if rows:
        s.execute(insert(table), rows)



@dataclass
class Pushed:
    """What HQ answers to a push: per-change answers that are not plain "applied"."""

    results: list[list]  # [seq, code, reason]
    thru: int
    head: bytes
    duplicate: bool = False
    clock_ahead_ms: int = 0
    log_mark: int = 0  # HQ's change-log id up to which this batch's effects are recorded


class HQ:
    def __init__(self, engine: Engine, keys: HQKeys) -> None:
        self.engine = engine
        self.keys = keys
        self.schema = schema_number()
        self.validator = Validator(vocabularies(), today=date.max)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def warm(self) -> None:
        """Load what validating a record needs (vocabularies, countries and subdivisions)
        before the first device waits for it."""
        self._invalid({"title": "warm-up", "occurred_from": "2020-01-01",
                       "location": {"country": "SYR", "admin1": "Damascus"},
                       "violations": [{"type": "killing"}], "victims": [{}],
                       "sources": [{"type": "individual"}]}, "00000000-0000-0000-0000-000000000000")

    # ---- administration ---------------------------------------------------------------
    def add_team(self, country: str, name: str | None = None) -> dict:
        country = country.strip().upper()
        vocabularies().check("country", country, "country")
        with self.session() as s, s.begin():
            taken = {t for (t,) in s.execute(select(Team.id).where(Team.country == country))}
            team_id = country if country not in taken else f"{country}-{len(taken) + 1}"
            s.add(Team(id=team_id, country=country, name=name or country,
                       created_at=time.time()))
        return {"id": team_id, "country": country, "name": name or country}

    def teams(self) -> list[dict]:
        with self.session() as s:
            return [{"id": t.id, "country": t.country, "name": t.name}
                    for t in s.scalars(select(Team).order_by(Team.id))]

    def create_token(self, team_id: str | None, *, analyst: bool = False,
                     hours: float = TOKEN_HOURS) -> str:
        # hex, not URL-safe base64: one of those in 64 began with "-", which `upfront enroll
        # --token TOKEN` then read as an option; hex is also easier to read out on a phone
        token = secrets.token_hex(20)
        with self.session() as s, s.begin():
            if not analyst:
                if team_id is None or s.get(Team, team_id) is None:
                    raise HQError(f"no team {team_id!r}; add it with `upfront-hq team add`")
            s.add(Token(hash=hashlib.sha256(token.encode()).hexdigest(),
                        team_id=None if analyst else team_id, analyst=analyst,
                        created_at=time.time(), expires_at=time.time() + hours * 3600))
        return token

    def devices(self) -> list[dict]:
        with self.session() as s:
            return [{"id": d.id, "team": d.team_id, "analyst": d.analyst, "name": d.name,
                     "enrolled_at": d.enrolled_at, "revoked": d.revoked_at is not None,
                     "last_seen": d.last_seen, "applied_through": d.applied_through,
                     "certificate_expires": d.cert_not_after,
                     "clock_ahead_ms": d.clock_ahead_ms}
                    for d in s.scalars(select(Device).order_by(Device.enrolled_at))]

    def revoke(self, device_id: str) -> None:
        with self.session() as s, s.begin():
            dev = s.get(Device, device_id)
            if dev is None:
                raise HQError(f"no device {device_id}")
            dev.revoked_at = dev.revoked_at or time.time()

    # ---- enrollment -------------------------------------------------------------------
    def enroll(self, token: str, csr_pem: str, signing_key_hex: str, name: str) -> dict:
        """Trade a token for a device certificate. Raises ProtocolError (status 4xx)."""
        try:
            signing_raw = bytes.fromhex(signing_key_hex)
            ed25519.Ed25519PublicKey.from_public_bytes(signing_raw)
        except ValueError as err:
            raise p.ProtocolError(400, "bad-signing-key",
                                  "signing_key: is not an Ed25519 public key in hex") from err
        with self.session() as s, s.begin():
            row = s.get(Token, hashlib.sha256(token.encode()).hexdigest(), with_for_update=True)
            if row is None:
                raise p.ProtocolError(403, "bad-token", "token: is not one HQ issued")
            if row.used_at is not None:
                raise p.ProtocolError(403, "token-used", "token: was already used; ask HQ "
                                      "for a new one")
            if row.expires_at < time.time():
                raise p.ProtocolError(403, "token-expired", "token: has expired; ask HQ for "
                                      "a new one")
            device_id = str(uuid.uuid4())
            try:
                cert = pki.device_cert_from_csr(self.keys.ca, csr_pem.encode(), device_id)
            except ValueError as err:
                raise p.ProtocolError(400, "bad-csr", f"csr: {err}") from err
            row.used_at, row.device_id = time.time(), device_id
            s.add(Device(
                id=device_id, team_id=row.team_id, analyst=row.analyst, name=name[:200],
                signing_key=signing_raw, tls_public_pem=pki.public_pem(cert).decode(),
                cert_serial=str(cert.serial_number),
                cert_not_after=cert.not_valid_after_utc.timestamp(), enrolled_at=time.time(),
                applied_through=0, head=p.GENESIS))
            team = row.team_id
        return {"device_id": device_id, "team": team, "analyst": row.analyst,
                "certificate": pki.cert_pem(cert).decode(),
                "ca_certificate": pki.cert_pem(self.keys.ca.cert).decode(),
                "ingest_key": self.keys.ingest.public_bytes().hex(),
                "hq_signing_key": self.keys.signing_public.hex(), "schema": self.schema}

    def device_for_request(self, s: Session, device_id: str) -> Device:
        dev = s.get(Device, device_id)
        if dev is None:
            raise p.ProtocolError(403, "unknown-device", "this device is not enrolled at HQ")
        if dev.revoked_at is not None:
            raise p.ProtocolError(403, "revoked", "this device was revoked at HQ; it can no "
                                  "longer sync. Ask HQ to enroll it again if that was a mistake")
        return dev

    def local_transport(self, device_id: str):  # noqa: ANN201
        """A stand-in for HTTPS to this HQ, for tests of the merge rules with many replicas:
        the same exchange, refusals as (status, JSON), no sockets."""

        def transport(path: str, body: bytes) -> tuple[int, bytes]:
            try:
                if path == "/v1/upload":
                    return 200, json.dumps(self.upload(body, tls_device=device_id)).encode()
                return 200, self.exchange(body, tls_device=device_id)
            except p.ProtocolError as err:
                return err.status, json.dumps({"error": err.code,
                                               "detail": err.message}).encode()
        return transport

    # ---- the sync exchange --------------------------------------------------------------
    def exchange(self, body: bytes, *, tls_device: str | None, kind: str = "sync") -> bytes:
        """One sync request: verify, apply the pushed batch, answer with a pull page. All
        refusals raise ProtocolError before anything is written."""
        env = p.Envelope.unpack(body)
        header = p.Header.unpack(env.header_bytes)
        if kind == "sync":
            if tls_device is None:
                raise p.ProtocolError(401, "no-client-certificate", "this call needs the "
                                      "device's client certificate (enroll first)")
            if header.device != tls_device:
                raise p.ProtocolError(403, "wrong-device", "the batch names another device "
                                      "than the certificate it came with")
        with self.session() as s:
            dev = self.device_for_request(s, header.device)
            key = self._session_key(s, dev, header, env)
            s.commit()
        answer = self._process(env, header, key, kind)
        return p.seal_response(answer, key, env.digest)

    def _session_key(self, s: Session, dev: Device, header: p.Header,
                     env: p.Envelope) -> bytes:
        if header.device_kid != p.key_id(dev.signing_key):
            raise p.ProtocolError(403, "bad-signature", "the batch names a signing key this "
                                  "device does not hold")
        p.verify_signature(env, dev.signing_key)
        if header.hq_kid != self.keys.ingest_kid:
            raise p.ProtocolError(409, "ingest-key", "the batch is sealed to an HQ ingest key "
                                  "HQ no longer uses; enroll again to fetch the current one")
        if env.sealed_key is not None:
            if p.key_id(env.sealed_key) != header.session_kid:
                raise p.ProtocolError(400, "malformed", "the session key id does not match")
            key = p.SessionKey.open(env.sealed_key, self.keys.ingest, dev.id)
            if s.get(SessionKeyRow, (dev.id, header.session_kid)) is None:
                try:  # the same new key may arrive twice at once (a retry after a cut)
                    with s.begin_nested():
                        s.add(SessionKeyRow(device_id=dev.id, kid=header.session_kid,
                                            sealed=env.sealed_key, created_at=time.time(),
                                            expires_at=time.time() + p.SESSION_SECONDS))
                except IntegrityError:
                    pass  # the other request stored the same key
            return key
        row = s.get(SessionKeyRow, (dev.id, header.session_kid))
        if row is None or row.expires_at < time.time():
            raise p.ProtocolError(409, "session-key-unknown", "HQ holds no such session key "
                                  "for this device (expired or never received); seal a new one")
        return p.SessionKey.open(row.sealed, self.keys.ingest, dev.id)

    def _process(self, env: p.Envelope, header: p.Header, key: bytes, kind: str) -> dict:
        if header.seq_from and not (self.schema - 1 <= header.schema <= self.schema):
            newer = header.schema > self.schema
            raise p.ProtocolError(409, "schema-too-new" if newer else "schema-too-old", (
                f"HQ takes schema {self.schema - 1} or {self.schema}; this device writes "
                f"schema {header.schema}. " + (
                    "Its changes wait on the device until HQ is upgraded."
                    if newer else "Update Upfront on this device.")))
        changes: list[p.Change] = []
        if header.seq_from:
            plain = p.open_request(env, header, key)
            changes = p.decode_changes(plain, header.seq_from)
            if len(changes) != header.seq_to - header.seq_from + 1:
                raise p.ProtocolError(400, "malformed", "the batch holds a different number "
                                      "of changes than its header says")
        elif env.ciphertext:
            p.open_request(env, header, key)  # authenticates the (empty) pull request
        pushed = self.push(header.device, header.seq_from, header.seq_to, header.prev,
                           changes, header.time_ms, env=env, header=header, kind=kind,
                           known_thru=header.known_thru)
        answer: dict[str, Any] = {"res": pushed.results, "thru": pushed.thru,
                                  "head": pushed.head, "dup": pushed.duplicate,
                                  "clock": pushed.clock_ahead_ms, "lm": pushed.log_mark}
        if kind == "sync":
            answer.update(self.pull(header.device, header.cursor, header.limit))
            cert = self._renewal(header.device)
            if cert:
                answer["cert"] = cert
        return answer

    def _renewal(self, device_id: str) -> str | None:
        with self.session() as s, s.begin():
            dev = s.get(Device, device_id)
            assert dev is not None
            dev.last_seen = time.time()
            if dev.cert_not_after - time.time() > pki.RENEW_WITHIN_DAYS * 86400:
                return None
            cert = pki.device_cert_for_key(self.keys.ca, dev.tls_public_pem.encode(), dev.id)
            dev.cert_serial = str(cert.serial_number)
            dev.cert_not_after = cert.not_valid_after_utc.timestamp()
            return pki.cert_pem(cert).decode()

    # ---- push ---------------------------------------------------------------------------
    def push(self, device_id: str, seq_from: int, seq_to: int, prev: bytes,
             changes: list[p.Change], time_ms: int = 0, *, env: p.Envelope | None = None,
             header: p.Header | None = None, kind: str = "sync",
             known_thru: int | None = None) -> Pushed:
        """Apply a batch in one transaction, once. A batch HQ already applied (all its
        sequence numbers answered) changes nothing and gets the same answers back.

        The answer covers every change after `known_thru` (what the device last heard HQ
        had), not only this batch: answers the device missed (a lost reply, a receipt that
        never came back) reach it with the next exchange."""
        try:
            pushed = self._push(device_id, seq_from, seq_to, prev, changes, time_ms, env=env,
                                header=header, kind=kind)
        except (p.ProtocolError, OperationalError):
            raise  # a refusal of the whole request, or the database is not there: say so
        except Exception as err:  # noqa: BLE001 - any fault: find the change behind it
            # one change HQ cannot take (a value its database refuses, a fault in a check)
            # must not refuse the others, which the device would then resend forever: once
            # more, each change on its own; the one at fault is refused alone
            _fault(f"device {device_id} batch {seq_from}-{seq_to}", err)
            pushed = self._push(device_id, seq_from, seq_to, prev, changes, time_ms, env=env,
                                header=header, kind=kind, isolate=True)
        if known_thru is not None and known_thru < pushed.thru:
            low = min(known_thru + 1, seq_from or known_thru + 1)
            with self.session() as s:
                pushed.results = self._answers(s, device_id, low, pushed.thru)
                pushed.log_mark = max(pushed.log_mark,
                                      self._log_mark(s, device_id, low, pushed.thru))
        return pushed

    def _push(self, device_id: str, seq_from: int, seq_to: int, prev: bytes,
              changes: list[p.Change], time_ms: int = 0, *, env: p.Envelope | None = None,
              header: p.Header | None = None, kind: str = "sync",
              isolate: bool = False) -> Pushed:
        with self.session() as s, s.begin():
            if seq_from:  # pulls alone do not queue behind the writers
                _writer_lock(s)
            dev = s.get(Device, device_id, with_for_update=True)
            assert dev is not None
            ahead = 0
            if time_ms and time_ms - wall_ms() > FUTURE_TOLERANCE_MS:
                ahead = time_ms - wall_ms()
                dev.clock_ahead_ms = ahead
            elif time_ms:
                dev.clock_ahead_ms = None
            thru = dev.applied_through
            if not seq_from:
                return Pushed([], thru, dev.head, clock_ahead_ms=ahead)
            if seq_to <= thru:
                return Pushed(self._answers(s, device_id, seq_from, seq_to), thru, dev.head,
                              duplicate=True, clock_ahead_ms=ahead,
                              log_mark=self._log_mark(s, device_id, seq_from, seq_to))
            if seq_from > thru + 1:
                raise p.ProtocolError(409, "gap", f"HQ holds this device's changes up to "
                                      f"{thru}; send from {thru + 1}")
            self._check_chain(s, device_id, seq_from, prev)
            digest = env.digest if env else hashlib.sha256(
                b"%d:%d:" % (seq_from, seq_to) + prev).digest()
            batch = Batch(device_id=device_id, digest=digest, seq_from=seq_from, seq_to=seq_to,
                          prev=prev, kind=kind, header=env.header_bytes if env else b"",
                          ciphertext=env.ciphertext if env else b"",
                          signature=env.signature if env else b"",
                          session_kid=header.session_kid if header else b"",
                          received_at=time.time())
            s.add(batch)
            s.flush()
            # a stamp from the future counts as HQ's own time: a clock days ahead must not
            # win every conflict (HQ also flags the device, above)
            now_limit = pack(wall_ms(), 0xFFFF)
            fresh = [c for c in changes if c.seq > thru]
            ctx = _BatchContext(s, [c.record_id for c in fresh], isolate)
            results, answered = [], []
            for change in fresh:
                code, reason = self._apply_one(s, dev, change, batch.id, now_limit, ctx)
                reason = _clean_reason(reason)
                answered.append({"device_id": device_id, "seq": change.seq,
                                 "batch_id": batch.id, "record_id": change.record_id,
                                 "code": code, "reason": reason})
                if code != p.APPLIED:
                    results.append([change.seq, code, reason])
            dev.applied_through = seq_to
            dev.head = digest
            # rows go in a few multi-row INSERTs, not one statement each; change-log rows in
            # the order the changes were applied, which is the order devices will read them
            s.flush()
            ctx.write(s, answered)
            mark = self._log_mark(s, device_id, seq_from, seq_to)
            return Pushed(results, seq_to, digest, clock_ahead_ms=ahead, log_mark=mark)

    def _log_mark(self, s: Session, device_id: str, a: int, b: int) -> int:
        return int(s.scalar(select(func.max(LogEntry.id)).where(LogEntry.batch_id.in_(
            select(Batch.id).where(Batch.device_id == device_id, Batch.seq_from <= b,
                                   Batch.seq_to >= a)))) or 0)

    def _answers(self, s: Session, device_id: str, a: int, b: int) -> list[list]:
        return [[r.seq, r.code, r.reason] for r in s.scalars(
            select(ChangeResult).where(ChangeResult.device_id == device_id,
                                       ChangeResult.seq.between(a, b),
                                       ChangeResult.code != p.APPLIED)
            .order_by(ChangeResult.seq))]

    def _check_chain(self, s: Session, device_id: str, seq_from: int, prev: bytes) -> None:
        if seq_from == 1:
            ok = prev == p.GENESIS
        else:
            ok = s.scalar(select(func.count()).select_from(Batch).where(
                Batch.device_id == device_id, Batch.seq_to == seq_from - 1,
                Batch.digest == prev)) > 0
        if not ok:
            raise p.ProtocolError(409, "chain", "the batch does not follow the batch HQ holds "
                                  "before it (its previous-batch hash does not match)")

    def _team_of(self, s: Session, dev: Device, doc: dict, kind: str,
                 ctx: _BatchContext) -> str | None:
        if not dev.analyst:
            return dev.team_id
        if kind in ("assessment", "strategy"):  # the situation's team (checked before)
            return self._record(s, ctx, str(doc.get("situation_id"))).team_id
        country = doc.get("country") if kind == "situation" else (
            (doc.get("location") or {}).get("country"))
        if country not in ctx.teams:
            ctx.teams[country] = s.scalar(select(Team.id).where(Team.country == country)
                                          .order_by(Team.id).limit(1))
        return ctx.teams[country]

    @staticmethod
    def _record(s: Session, ctx: _BatchContext, record_id: str) -> Record | None:
        """A record this batch touched or made, else as HQ holds it."""
        if record_id not in ctx.records:
            ctx.records[record_id] = s.get(Record, record_id)
        return ctx.records[record_id]

    def _situation_problem(self, s: Session, dev: Device, doc: dict,
                           ctx: _BatchContext) -> str | None:
        """Why an assessment or strategy version cannot hang on its situation, if it
        cannot."""
        try:
            situation_id = str(uuid.UUID(str(doc.get("situation_id"))))
        except ValueError:
            return "situation_id: is not an id"
        parent = self._record(s, ctx, situation_id)
        if parent is None or parent.kind != "situation" or parent.deleted:
            return "situation_id: HQ holds no situation with this id"
        if not dev.analyst and parent.team_id != dev.team_id:
            return f"situation_id: the situation {SCOPE}"
        return None

    def _apply_one(self, s: Session, dev: Device, c: p.Change, batch_id: int,
                   now_limit: int, ctx: _BatchContext) -> tuple[int, str | None]:
        """One change's answer. Isolated, the change runs in a savepoint: if anything in it
        fails, what it wrote is undone, it is refused, and the batch goes on."""
        if c.problem:
            return p.REJECTED, c.problem
        if not ctx.isolate:
            return self._apply(s, dev, c, batch_id, now_limit, ctx)
        known = c.record_id in ctx.records
        rec = ctx.records.get(c.record_id)
        conflicted = c.record_id in ctx.open_conflicts
        try:
            with s.begin_nested():
                answer = self._apply(s, dev, c, batch_id, now_limit, ctx)
                ctx.write_change(s)
            return answer
        except (p.ProtocolError, OperationalError):
            raise
        except Exception as err:  # noqa: BLE001 - this change alone is refused
            s.info.pop("log_rows", None)
            if not known:
                ctx.records.pop(c.record_id, None)
            elif rec is not None and rec in s:
                s.expire(rec)  # read again: as it was before this change
            if not conflicted:
                ctx.open_conflicts.discard(c.record_id)
            _fault(f"device {dev.id} change {c.seq}", err)
            return p.REJECTED, (f"change: HQ could not take this change ({type(err).__name__}"
                                "); it stays in the device's quarantine. Tell HQ's support")

    def _apply(self, s: Session, dev: Device, c: p.Change, batch_id: int,
               now_limit: int, ctx: _BatchContext) -> tuple[int, str | None]:
        stamp = min(c.hlc, now_limit)
        try:  # values are stored as JSON: refuse what JSON cannot hold (bytes, NaN, ...)
            json.dumps(c.fields, allow_nan=False)
        except (TypeError, ValueError):
            return p.REJECTED, "fields: hold values that are not plain JSON"
        rec = ctx.records.get(c.record_id)
        if rec is not None and not dev.analyst and rec.team_id != dev.team_id:
            return p.REJECTED, f"id: {SCOPE}"  # and nothing of that record goes back to it
        if c.op == "create":
            if rec is not None:
                return p.REJECTED, "id: a record with this id already exists at HQ"
            kind = c.fields.get("kind") or "incident"
            if not isinstance(kind, str) or kind not in p.PATHS:
                return p.REJECTED, "kind: is not a kind of record HQ keeps"
            unknown = sorted(set(c.fields) - p.PATHS[kind])
            if unknown:
                return p.REJECTED, f"{unknown[0]}: is not a field of a {kind}"
            doc = apply_fields({}, c.fields)
            reason = self._invalid(doc, c.record_id, kind)
            if reason is None and kind in ("assessment", "strategy"):
                reason = self._situation_problem(s, dev, doc, ctx)
            if reason:
                return p.REJECTED, reason
            team = self._team_of(s, dev, doc, kind, ctx)
            rec = Record(id=c.record_id, team_id=team, kind=kind, doc=doc,
                         stamps={k: [stamp, dev.id] for k in c.fields}, deleted=False,
                         confidentiality=doc.get("confidentiality"), created_by_device=dev.id,
                         created_batch=batch_id, updated_at=time.time())
            ctx.add_record(s, rec)
            self._log(s, c.record_id, team, c.fields, origin=dev.id, hlc=stamp,
                      batch_id=batch_id, kind="create")
            return p.APPLIED, None
        if rec is None:
            return p.REJECTED, "id: HQ holds no record with this id"
        if rec.deleted:
            return p.REJECTED, ("the record was deleted at HQ; this change is kept in the "
                                "device's quarantine")
        if c.op == "update" and rec.kind in ("assessment", "strategy"):
            return p.REJECTED, (f"kind: {'an' if rec.kind == 'assessment' else 'a'} "
                                f"{rec.kind} is never edited; saving again makes a new "
                                "version")
        if c.op == "attach" and rec.kind != "incident":
            return p.REJECTED, "attachment: only incidents carry files"
        if c.op == "attach":
            return self._attach(s, dev, rec, c.fields.get("attachment"))
        if "kind" in c.fields:
            return p.REJECTED, "kind: a record's kind never changes"
        unknown = sorted(set(c.fields) - p.PATHS[rec.kind] - {"attachment"})
        if unknown:
            return p.REJECTED, f"{unknown[0]}: is not a field of a {rec.kind}"
        if c.op == "delete":
            rec.deleted = True
            rec.updated_at = time.time()
            self._log(s, rec.id, rec.team_id, None, origin=dev.id, hlc=stamp,
                      batch_id=batch_id, deleted=True)
            return p.APPLIED, None
        doc, stamps = rec.doc, dict(rec.stamps)
        changed: dict[str, Any] = {}
        kept_back: dict[str, Any] = {}
        conflicts: list[Conflict] = []
        for path, value in c.fields.items():
            current = get_path(doc, path)
            cur_hlc, cur_dev = (stamps.get(path) or [0, ""])
            base = c.bases.get(path)
            if value == current:
                continue
            if base is None or base == value_hash(current):
                doc = apply_fields(doc, {path: value})
                stamps[path] = [max(stamp, cur_hlc + 1), dev.id]
                changed[path] = value
                continue
            incoming_wins = (stamp, dev.id) > (cur_hlc, cur_dev)
            conflicts.append(Conflict(
                record_id=rec.id, team_id=rec.team_id, field=path,
                kept=value if incoming_wins else current,
                other=current if incoming_wins else value,
                kept_by=dev.id if incoming_wins else cur_dev,
                other_by=cur_dev if incoming_wins else dev.id,
                kept_hlc=stamp if incoming_wins else cur_hlc,
                other_hlc=cur_hlc if incoming_wins else stamp,
                needs_merge=path in LONG_TEXT, resolved=False, at=time.time()))
            if incoming_wins:
                doc = apply_fields(doc, {path: value})
                stamps[path] = [stamp, dev.id]
                changed[path] = value
            else:
                kept_back[path] = current
        if changed:
            reason = self._invalid(doc, rec.id, rec.kind)
            if reason:
                # the sender holds values HQ refused: send it HQ's, the quarantine keeps its own
                self._log(s, rec.id, rec.team_id,
                          {k: get_path(rec.doc, k) for k in c.fields},
                          origin=f"hq:{dev.id}:{c.seq}", hlc=stamp, batch_id=batch_id)
                return p.REJECTED, reason
            rec.doc, rec.stamps = doc, stamps
            rec.confidentiality = doc.get("confidentiality")
            rec.updated_at = time.time()
            self._log(s, rec.id, rec.team_id, changed, origin=dev.id, hlc=stamp,
                      batch_id=batch_id)
            # an edit made after seeing the current value settles an open merge
            if rec.id in ctx.open_conflicts:
                s.execute(update(Conflict).where(
                    Conflict.record_id == rec.id, Conflict.field.in_(
                        [k for k in changed if k not in {x.field for x in conflicts}]),
                    Conflict.resolved.is_(False)).values(resolved=True))
        if kept_back:  # the sender holds a value that lost: send it the one HQ kept
            self._log(s, rec.id, rec.team_id, kept_back, origin=f"hq:{dev.id}:{c.seq}", hlc=stamp,
                      batch_id=batch_id)
        for conflict in conflicts:
            s.add(conflict)
            s.flush()
            ctx.open_conflicts.add(rec.id)
            self._log(s, rec.id, rec.team_id, None, origin="hq", hlc=stamp,
                      batch_id=batch_id, conflict_id=conflict.id)
        if conflicts:
            return p.CONFLICT, ", ".join(f"{x.field}: edited elsewhere too" for x in conflicts)
        return p.APPLIED, None

    def _attach(self, s: Session, dev: Device, rec: Record, meta: Any) -> tuple[int, str | None]:
        problem = _attachment_problem(meta)
        if problem:
            return p.REJECTED, problem
        file_id, size, sha = str(uuid.UUID(meta["id"])), meta["size"], meta["sha256"]
        row = StoredFile(
            id=file_id, record_id=rec.id, team_id=rec.team_id,
            filename=meta["filename"][:300], media_type=meta["media_type"][:120],
            size=size, sha256=sha, captured_by=meta["captured_by"][:200],
            captured_at=meta["captured_at"][:40], received=0,
            complete=size == 0 and sha == hashlib.sha256(b"").hexdigest(), device_id=dev.id)
        existing = s.get(StoredFile, file_id)
        if existing is not None:
            if existing.sha256 != sha or existing.record_id != rec.id:
                return p.REJECTED, "attachment.id: another file already has this id at HQ"
            return p.APPLIED, None
        s.add(row)
        return p.APPLIED, None

    def upload(self, body: bytes, *, tls_device: str | None) -> dict:
        """One chunk of an attachment at a byte offset, or (with no bytes) a question: how
        much does HQ hold? The answer names the bytes held and, for a question, the SHA-256
        of those bytes, so an interrupted upload resumes exactly where it stopped."""
        header, hb, ct = p.open_chunk(body)
        if tls_device is None or header.device != tls_device:
            raise p.ProtocolError(403, "wrong-device", "the chunk names another device than "
                                  "the certificate it came with")
        with self.session() as s, s.begin():
            dev = self.device_for_request(s, header.device)
            row = s.get(SessionKeyRow, (dev.id, header.session_kid))
            if row is None or row.expires_at < time.time():
                raise p.ProtocolError(409, "session-key-unknown", "HQ holds no such session "
                                      "key for this device; sync first")
            key = p.SessionKey.open(row.sealed, self.keys.ingest, dev.id)
            data = p.open_chunk_data(header, hb, ct, key)
            f = s.get(StoredFile, header.attachment, with_for_update=True)
            if f is None:
                raise p.ProtocolError(404, "unknown-file", "HQ has no description of this "
                                      "file yet; sync the record first")
            if not dev.analyst and f.team_id != dev.team_id:
                raise p.ProtocolError(403, "scope", "this file belongs to another team")
            answer = {"have": f.received, "size": f.size, "complete": f.complete}
            if not data:
                answer["sha256"] = self._file_hash(s, f.id)
                return answer
            if f.complete:
                return answer
            if header.offset != f.received:
                raise p.ProtocolError(409, "offset", f"HQ holds {f.received} bytes of this "
                                      f"file; send from there")
            if f.received + len(data) > f.size:
                raise p.ProtocolError(400, "too-large", "the chunk goes past the file's size")
            s.add(FileChunk(file_id=f.id, offset=f.received, data=data))
            f.received += len(data)
            mismatch = False
            if f.received == f.size:
                s.flush()
                if self._file_hash(s, f.id) == f.sha256:
                    f.complete = True
                else:  # start over rather than keep a bad copy
                    s.execute(delete(FileChunk).where(FileChunk.file_id == f.id))
                    f.received, mismatch = 0, True
            answer = {"have": f.received, "size": f.size, "complete": f.complete}
        if mismatch:
            raise p.ProtocolError(409, "hash-mismatch", "the file arrived whole but its "
                                  "SHA-256 differs; send it again from the start")
        return answer

    @staticmethod
    def _file_hash(s: Session, file_id: str) -> str:
        digest = hashlib.sha256()
        for (data,) in s.execute(select(FileChunk.data).where(FileChunk.file_id == file_id)
                                 .order_by(FileChunk.offset)):
            digest.update(data)
        return digest.hexdigest()

    def file_bytes(self, file_id: str) -> bytes:
        with self.session() as s:
            return b"".join(d for (d,) in s.execute(
                select(FileChunk.data).where(FileChunk.file_id == file_id)
                .order_by(FileChunk.offset)))

    def record_status(self, record_id: str) -> dict:
        """Whether HQ holds a record whole: complete only when every file has arrived."""
        with self.session() as s:
            rec = s.get(Record, record_id)
            if rec is None:
                raise HQError(f"no record {record_id}")
            files = list(s.scalars(select(StoredFile).where(StoredFile.record_id == record_id)))
            return {"id": rec.id, "deleted": rec.deleted,
                    "complete": all(f.complete for f in files),
                    "files": [{"id": f.id, "size": f.size, "received": f.received,
                               "complete": f.complete, "sha256": f.sha256} for f in files]}

    def _invalid(self, doc: dict, record_id: str, kind: str = "incident") -> str | None:
        try:
            if kind != "incident":
                remote_fields(self.validator.vocab, kind, doc)
                return None
            self.validator.rows({k: doc[k] for k in EDITABLE if k in doc},
                                incident_id=record_id)
        except BadInput as err:
            return f"{err.field}: {err.reason}"
        return None

    def _log(self, s: Session, record_id: str, team_id: str | None, fields: dict | None, *,
             origin: str, hlc: int, batch_id: int | None, deleted: bool = False,
             conflict_id: int | None = None, kind: str = "change") -> None:
        s.info.setdefault("log_rows", []).append(dict(
            record_id=record_id, team_id=team_id, kind="conflict" if conflict_id else kind,
            fields=fields, deleted=deleted, origin=origin, hlc=hlc, batch_id=batch_id,
            conflict_id=conflict_id))

    # ---- pull ---------------------------------------------------------------------------
    def pull(self, device_id: str, cursor: int, limit: int = 500) -> dict:
        """The next page of HQ's change log in this device's scope, after `cursor`. The
        device's own applied changes are skipped (it has them), but the cursor moves past
        them. `more` says whether another page waits."""
        limit = max(1, min(limit or 500, 2000))
        with self.session() as s:
            dev = s.get(Device, device_id)
            assert dev is not None
            q = select(LogEntry).where(LogEntry.id > cursor)
            if not dev.analyst:
                q = q.where(LogEntry.team_id == dev.team_id)
            rows = list(s.scalars(q.order_by(LogEntry.id).limit(limit + 1)))
            more = len(rows) > limit
            rows = rows[:limit]
            conflicts = {}
            ids = [r.conflict_id for r in rows if r.conflict_id]
            if ids:
                conflicts = {x.id: x for x in s.scalars(select(Conflict).where(
                    Conflict.id.in_(ids)))}
            out, confs = [], []
            for r in rows:
                if r.kind == "conflict":
                    x = conflicts[r.conflict_id]
                    confs.append({"id": x.id, "r": p.uuid_bytes(x.record_id), "f": x.field,
                                  "k": x.kept, "o": x.other, "kb": x.kept_by,
                                  "ob": x.other_by, "m": x.needs_merge})
                elif r.origin != device_id:
                    op = 2 if r.deleted else 0 if r.kind == "create" else 1
                    out.append([r.id, p.uuid_bytes(r.record_id), op, r.hlc,
                                {p.FIELD_CODE[k]: x for k, x in (r.fields or {}).items()},
                                r.origin])
            new_cursor = rows[-1].id if rows else cursor
        return {"pull": out, "conf": confs, "cur": new_cursor, "more": more}

    # ---- bundles ------------------------------------------------------------------------
    def import_bundle(self, data: bytes) -> bytes:
        """Apply a USB bundle exactly as an online push; answer with a receipt signed by HQ."""
        if not data.startswith(p.BUNDLE_MAGIC):
            raise p.ProtocolError(400, "not-a-bundle", "this file is not an Upfront bundle")
        body = data[len(p.BUNDLE_MAGIC):]
        env = p.Envelope.unpack(body)
        header = p.Header.unpack(env.header_bytes)
        if header.kind != "bundle":
            raise p.ProtocolError(400, "not-a-bundle", "this message is not a bundle")
        with self.session() as s:
            dev = self.device_for_request(s, header.device)
            key = self._session_key(s, dev, header, env)
            s.commit()
        answer = self._process(env, header, key, "bundle")
        receipt = {"device": header.device, "from": header.seq_from, "to": header.seq_to,
                   "digest": env.digest, "res": answer["res"], "thru": answer["thru"],
                   "head": answer["head"], "dup": answer["dup"], "lm": answer["lm"],
                   "at": time.time()}
        return p.sign_receipt(receipt, self.keys.signing)

    # ---- reading (analysts, tests) ------------------------------------------------------
    def records(self, team_id: str | None = None, kind: str = "incident") -> dict[str, dict]:
        with self.session() as s:
            q = select(Record).where(Record.deleted.is_(False), Record.kind == kind)
            if team_id:
                q = q.where(Record.team_id == team_id)
            return {r.id: r.doc for r in s.scalars(q)}

    def conflicts(self) -> list[dict]:
        with self.session() as s:
            return [{"id": x.id, "record": x.record_id, "field": x.field, "kept": x.kept,
                     "other": x.other, "kept_by": x.kept_by, "other_by": x.other_by,
                     "needs_merge": x.needs_merge, "resolved": x.resolved}
                    for x in s.scalars(select(Conflict).order_by(Conflict.id))]

    def trace(self, record_id: str) -> list[dict]:
        """Which device and batch brought each change of a record, with the signature."""
        with self.session() as s:
            rows = s.execute(
                select(LogEntry, Batch).join(Batch, Batch.id == LogEntry.batch_id)
                .where(LogEntry.record_id == record_id).order_by(LogEntry.id)).all()
            return [{"log": e.id, "device": b.device_id, "batch": b.digest.hex(),
                     "seq": [b.seq_from, b.seq_to], "signature": b.signature.hex(),
                     "kind": b.kind} for e, b in rows]

