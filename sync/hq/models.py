"""HQ's database: teams, devices, enrollment tokens, session keys, the batches devices sent
(kept with their signatures), the records as HQ holds them, the change log devices pull, and
conflicts. The same schema runs on PostgreSQL (production) and SQLite (embedded default)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(36)
BIG = BigInteger().with_variant(Integer, "sqlite")  # SQLite's rowid alias must be INTEGER


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    country: Mapped[str] = mapped_column(String(3), index=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[float] = mapped_column(Float)


# A device's role: the teams whose records it may receive (`scope`: a list of team ids, or
# None for every team), the audience it reads as ("internal": the country team and HQ's small
# joint team; "un": other UN entities) and the entity it belongs to (OHCHR, OCHA, UNICEF...).
# A team's device has scope [its team], audience internal. The token carries the role the
# device will get.
AUDIENCE = String(16)
ENTITY = String(64)


class Token(Base):
    """Enrollment tokens: only their SHA-256 is kept; single use, with an expiry."""

    __tablename__ = "tokens"
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    team_id: Mapped[str | None] = mapped_column(String(32))
    analyst: Mapped[bool] = mapped_column(Boolean, default=False)
    scope: Mapped[list[str] | None] = mapped_column(JSON)
    audience: Mapped[str] = mapped_column(AUDIENCE, default="internal", server_default="internal")
    entity: Mapped[str] = mapped_column(ENTITY, default="OHCHR", server_default="OHCHR")
    created_at: Mapped[float] = mapped_column(Float)
    expires_at: Mapped[float] = mapped_column(Float)
    used_at: Mapped[float | None] = mapped_column(Float)
    device_id: Mapped[str | None] = mapped_column(ID)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    team_id: Mapped[str | None] = mapped_column(String(32), index=True)
    analyst: Mapped[bool] = mapped_column(Boolean, default=False)
    scope: Mapped[list[str] | None] = mapped_column(JSON)
    audience: Mapped[str] = mapped_column(AUDIENCE, default="internal", server_default="internal")
    entity: Mapped[str] = mapped_column(ENTITY, default="OHCHR", server_default="OHCHR")
    name: Mapped[str] = mapped_column(String(200))
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519 public, raw
    tls_public_pem: Mapped[str] = mapped_column(Text)
    cert_serial: Mapped[str] = mapped_column(String(64))
    cert_not_after: Mapped[float] = mapped_column(Float)
    enrolled_at: Mapped[float] = mapped_column(Float)
    revoked_at: Mapped[float | None] = mapped_column(Float)
    applied_through: Mapped[int] = mapped_column(BigInteger, default=0)
    head: Mapped[bytes] = mapped_column(LargeBinary)  # digest of the batch that ended there
    last_seen: Mapped[float | None] = mapped_column(Float)
    clock_ahead_ms: Mapped[int | None] = mapped_column(BigInteger)


class SessionKeyRow(Base):
    """A device's session key, kept sealed (HPKE) exactly as it arrived: opening it needs
    HQ's ingest private key, so this table holds nothing readable on its own."""

    __tablename__ = "session_keys"
    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    kid: Mapped[bytes] = mapped_column(LargeBinary(8), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[float] = mapped_column(Float)
    expires_at: Mapped[float] = mapped_column(Float)


class Batch(Base):
    """Every batch applied, as received: header, ciphertext and signature, so any record at
    HQ can be traced to the device and batch that brought it, and the signature re-checked."""

    __tablename__ = "batches"
    id: Mapped[int] = mapped_column(BIG, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ID)
    digest: Mapped[bytes] = mapped_column(LargeBinary(32))
    seq_from: Mapped[int] = mapped_column(BigInteger)
    seq_to: Mapped[int] = mapped_column(BigInteger)
    prev: Mapped[bytes] = mapped_column(LargeBinary(32))
    kind: Mapped[str] = mapped_column(String(16))
    # as received, sealed again under the device's team key (sync.hq.vault): the session key
    # that opens them is sealed to HQ's ingest key, which lives beside the database
    header: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    session_kid: Mapped[bytes] = mapped_column(LargeBinary(8))
    received_at: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        Index("ix_batches_device_end", "device_id", "seq_to"),
        Index("ux_batches_digest", "device_id", "digest", unique=True),
    )


class ChangeResult(Base):
    """HQ's answer to each (device, seq): a resent change gets the same answer, applied once."""

    __tablename__ = "change_results"
    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    batch_id: Mapped[int] = mapped_column(BigInteger)
    record_id: Mapped[str] = mapped_column(ID)
    code: Mapped[int] = mapped_column(Integer)
    reason: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed (sync.hq.vault)


class Record(Base):
    __tablename__ = "records"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    team_id: Mapped[str | None] = mapped_column(String(32), index=True)
    # incident, situation, assessment or strategy (see app.schema.situation.KINDS)
    kind: Mapped[str] = mapped_column(String(16), default="incident", server_default="incident")
    # sealed JSON (sync.hq.vault); read and written only by merge and pull
    doc: Mapped[bytes] = mapped_column(LargeBinary)
    stamps: Mapped[bytes] = mapped_column(LargeBinary)  # path -> [hlc, device]
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    confidentiality: Mapped[str | None] = mapped_column(String(64))
    created_by_device: Mapped[str] = mapped_column(ID)
    created_batch: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[float] = mapped_column(Float)


class LogEntry(Base):
    """HQ's change log, read by devices with a cursor. Writers take one lock for their whole
    transaction, so ids become visible in commit order and a cursor never skips one."""

    __tablename__ = "changelog"
    id: Mapped[int] = mapped_column(BIG, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(ID)
    team_id: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # change, conflict
    fields: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed JSON (pull.fields_of)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(64))  # device id, or "hq"
    hlc: Mapped[int] = mapped_column(BigInteger)
    batch_id: Mapped[int | None] = mapped_column(BigInteger)
    conflict_id: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_changelog_team", "team_id", "id"),)


class Conflict(Base):
    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(BIG, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(ID, index=True)
    team_id: Mapped[str | None] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(64))
    # sealed JSON (pull.conflict_values)
    kept: Mapped[bytes | None] = mapped_column(LargeBinary)
    other: Mapped[bytes | None] = mapped_column(LargeBinary)
    kept_by: Mapped[str] = mapped_column(String(64))
    other_by: Mapped[str] = mapped_column(String(64))
    kept_hlc: Mapped[int] = mapped_column(BigInteger)
    other_hlc: Mapped[int] = mapped_column(BigInteger)
    needs_merge: Mapped[bool] = mapped_column(Boolean)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[float] = mapped_column(Float)


class StoredFile(Base):
    """An attachment as HQ receives it, chunk by chunk. Its record counts as complete at HQ
    only when every file has arrived whole and its SHA-256 matches the device's."""

    __tablename__ = "files"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, index=True)
    team_id: Mapped[str | None] = mapped_column(String(32))
    # sealed text (files.meta_of)
    filename: Mapped[bytes] = mapped_column(LargeBinary)
    media_type: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    captured_by: Mapped[bytes] = mapped_column(LargeBinary)
    captured_at: Mapped[bytes] = mapped_column(LargeBinary)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    device_id: Mapped[str] = mapped_column(ID)


class FileChunk(Base):
    """The bytes of a file, one row per chunk as received (appending never rewrites)."""

    __tablename__ = "file_chunks"
    file_id: Mapped[str] = mapped_column(ID, primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # sealed (files.chunks)


class FileCopy(Base):
    """What HQ made of a file for devices reading as an audience other than internal (a `un`
    analyst's): a copy without its metadata (`copy_id`, a file of its own in `files`, whole,
    with its own size and SHA-256) or, when the file cannot be cleaned or is damaged,
    nothing (`outcome` says which). Made once, the first time a view needs it
    (sync.hq.copies)."""

    __tablename__ = "file_copies"
    file_id: Mapped[str] = mapped_column(ID, primary_key=True)  # the original
    copy_id: Mapped[str | None] = mapped_column(ID, unique=True)
    outcome: Mapped[str] = mapped_column(String(16))  # stripped, cannot-clean, damaged
    at: Mapped[float] = mapped_column(Float)


class FileAccess(Base):
    """Which device received the bytes of which file (an original, or a copy without
    metadata), at which audience: first and last piece served, and whether the last byte
    went."""

    __tablename__ = "file_access"
    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    file_id: Mapped[str] = mapped_column(ID, primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, index=True)
    audience: Mapped[str] = mapped_column(AUDIENCE)
    first_at: Mapped[float] = mapped_column(Float)
    last_at: Mapped[float] = mapped_column(Float)
    whole: Mapped[bool] = mapped_column(Boolean, default=False)


class RoleEvent(Base):
    """Every change of who may read what: a token made, a device enrolled, revoked, its role
    changed, a wipe ordered or delivered. Kept for good; never edited."""

    __tablename__ = "role_events"
    id: Mapped[int] = mapped_column(BIG, primary_key=True, autoincrement=True)
    at: Mapped[float] = mapped_column(Float)
    actor: Mapped[str] = mapped_column(String(200))  # the administrator's account, or "hq"
    action: Mapped[str] = mapped_column(String(32))
    device_id: Mapped[str | None] = mapped_column(ID, index=True)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # scope, audience, entity, team


class Access(Base):
    """Which device received which record, at which audience: first and last time, the last
    change-log id that carried it, and (for a redacted view) the digest of what was sent and
    of the withheld names it was scrubbed with, so HQ knows when to send it again. A record
    HQ told the device to remove has `removed_at`."""

    __tablename__ = "access"
    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, primary_key=True)
    audience: Mapped[str] = mapped_column(AUDIENCE)
    first_at: Mapped[float] = mapped_column(Float)
    last_at: Mapped[float] = mapped_column(Float)
    log_id: Mapped[int | None] = mapped_column(BigInteger)
    digest: Mapped[bytes | None] = mapped_column(LargeBinary)
    withheld_mark: Mapped[bytes | None] = mapped_column(LargeBinary)
    removed_at: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (Index("ix_access_record", "record_id"),)


class WipeOrder(Base):
    """An order that a revoked device crypto-erase its store at its next contact. It goes out
    signed by HQ and bound to the request it answers, so it cannot be replayed."""

    __tablename__ = "wipe_orders"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    device_id: Mapped[str] = mapped_column(ID, index=True)
    issued_at: Mapped[float] = mapped_column(Float)
    delivered_at: Mapped[float | None] = mapped_column(Float)
    delivered_for: Mapped[bytes | None] = mapped_column(LargeBinary)  # the request's digest


class TeamKey(Base):
    """A team's data key (sync.hq.vault), wrapped by HQ's master key, which is kept outside the
    database. `id` is random and names the key in every value sealed with it; the current
    key of a team is its one row not retired. A retired key is dropped once no value names
    it (sync.hq.rekey)."""

    __tablename__ = "team_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    team: Mapped[str] = mapped_column(String(32))  # a team id, or "*" for HQ-wide
    version: Mapped[int] = mapped_column(Integer)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    master_kid: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[float] = mapped_column(Float)
    retired_at: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (Index("ux_team_keys_version", "team", "version", unique=True),)


class Unsealed(Base):
    """Columns that still hold values written before encryption at rest (migration 0005), to
    be sealed when HQ next opens with its master key; ("vacuum", "") until the space they
    held is wiped."""

    __tablename__ = "unsealed"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    column_name: Mapped[str] = mapped_column(String(64), primary_key=True)
