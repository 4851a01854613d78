"""The record model (HURIDOCS Events Standard Formats, OHCHR monitoring practice).

An incident holds acts (violations); persons appear in roles (victims, alleged perpetrators,
sources); an involvement ties a perpetrator to an act with a degree. Vocabulary values are
stored as codes from resources/vocabularies. Timestamps are ISO-8601 UTC text, so they sort
and sync the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(36)
CODE = String(64)
STAMP = String(40)


class Base(DeclarativeBase):
    # every model here is declared with a __tablename__, so mapped to a Table (the base
    # class types it as any FromClause, which Core's insert and update do not take)
    __table__: ClassVar[Table]


class StoreMeta(Base):
    """Facts about this store: its id (matching the key file), creation time."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Incident(Base):
    __tablename__ = "incidents"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    occurred_from: Mapped[date] = mapped_column(Date)
    occurred_to: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(CODE)
    date_reported: Mapped[date | None] = mapped_column(Date)
    country: Mapped[str] = mapped_column(String(3))
    admin1: Mapped[str | None] = mapped_column(String(200))
    admin1_code: Mapped[str | None] = mapped_column(String(16))
    admin1_pcode: Mapped[str | None] = mapped_column(String(32))
    admin2: Mapped[str | None] = mapped_column(String(200))
    admin2_pcode: Mapped[str | None] = mapped_column(String(32))
    place: Mapped[str | None] = mapped_column(String(300))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    location_precision: Mapped[str | None] = mapped_column(CODE)
    # a home, a shelter, a safe house: outside the team only admin1 and admin2 are shown
    location_sensitive: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # the record says its admin 1 or admin 2 is not in the gazetteer: kept as typed, uncoded
    location_unlisted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    narrative: Mapped[str] = mapped_column(Text, default="")
    # The summary written for partners and the public, cleared for release by a user other
    # than its author (or by the single user of a one-person office, which says so). Setting
    # a different text records its author and drops the clearance.
    public_summary: Mapped[str | None] = mapped_column(Text)
    public_summary_by: Mapped[str | None] = mapped_column(String(64))
    public_summary_at: Mapped[str | None] = mapped_column(STAMP)
    public_summary_cleared_by: Mapped[str | None] = mapped_column(String(64))
    public_summary_cleared_at: Mapped[str | None] = mapped_column(STAMP)
    public_summary_single_user: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    confidentiality: Mapped[str] = mapped_column(CODE)
    status: Mapped[str] = mapped_column(CODE)
    verification_status: Mapped[str] = mapped_column(CODE)
    verification_reviewer: Mapped[str | None] = mapped_column(String(200))
    verification_date: Mapped[date | None] = mapped_column(Date)
    information_credibility: Mapped[str | None] = mapped_column(CODE)
    # Review: who submitted the record and when, the reviewer it is assigned to, and the last
    # decision (approved or returned) with who took it, when and the comment. Set by
    # `Incidents`' review steps, never taken from an edit; sync carries them whole.
    review_assignee: Mapped[str | None] = mapped_column(String(64))
    review_submitted_by: Mapped[str | None] = mapped_column(String(64))
    review_submitted_at: Mapped[str | None] = mapped_column(STAMP)
    review_outcome: Mapped[str | None] = mapped_column(CODE)
    review_by: Mapped[str | None] = mapped_column(String(64))
    review_at: Mapped[str | None] = mapped_column(STAMP)
    review_comment: Mapped[str | None] = mapped_column(Text)
    # approved by its own submitter, allowed only where the office has a single user
    review_single_user: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(STAMP)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[str] = mapped_column(STAMP)
    revision: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        # the home page's counts (app.home) read this index alone: drafts by author, the
        # review queue, records that came back
        Index(
            "ix_incidents_home",
            "status",
            "review_outcome",
            "review_assignee",
            "review_submitted_by",
            "created_by",
        ),
        # the map's two aggregate passes (app.map_data) read only this: a whole store's map
        # scans the index, not the (large) rows: 1.4 s -> 0.4 s on 72,000 incidents
        Index(
            "ix_incidents_map",
            "country",
            "admin1_pcode",
            "admin1_code",
            "admin1",
            "lat",
            "lon",
            "location_precision",
            "location_sensitive",
            "id",
        ),
        # id closes each index: filters by violation type test incidents.id, which a
        # covering index answers without reading the (large) incident row
        Index("ix_incidents_occurred", "occurred_from", "id"),
        Index("ix_incidents_country", "country", "occurred_from", "id"),
        Index("ix_incidents_admin1", "admin1_code", "occurred_from", "id"),
        Index("ix_incidents_admin1_pcode", "admin1_pcode", "occurred_from", "id"),
        Index("ix_incidents_updated", "updated_at"),
        Index("ix_incidents_title", "title"),
        Index("ix_incidents_verification", "verification_status", "occurred_from", "id"),
    )


def _child_fk() -> Mapped[str]:
    return mapped_column(ID, ForeignKey("incidents.id", ondelete="CASCADE"), index=True)


class Violation(Base):
    """An act: one violation of one type, with victim counts by sex and age group."""

    __tablename__ = "violations"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    incident_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(CODE)
    date: Mapped[date | None] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(Text)
    victims_count: Mapped[int | None] = mapped_column(Integer)
    # [{"sex": code, "age_group": code, "count": n}]
    counts: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)

    __table_args__ = (
        Index("ix_violations_type", "type", "incident_id"),
        # acts dated in a window (the home page's signals, app.home), without reading the rows
        Index("ix_violations_date", "date", "incident_id", "type"),
    )


class Victim(Base):
    __tablename__ = "victims"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    incident_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(CODE)
    name: Mapped[str | None] = mapped_column(String(300))
    sex: Mapped[str] = mapped_column(CODE)
    age_group: Mapped[str] = mapped_column(CODE)
    group_size: Mapped[int | None] = mapped_column(Integer)
    protected: Mapped[bool] = mapped_column(Boolean, default=False)
    consent: Mapped[str] = mapped_column(CODE)
    consent_date: Mapped[date | None] = mapped_column(Date)


class Perpetrator(Base):
    __tablename__ = "perpetrators"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    incident_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(CODE)
    name: Mapped[str | None] = mapped_column(String(300))


class Involvement(Base):
    """A perpetrator's degree of involvement in one act."""

    __tablename__ = "involvements"
    perpetrator_id: Mapped[str] = mapped_column(
        ID, ForeignKey("perpetrators.id", ondelete="CASCADE"), primary_key=True
    )
    violation_id: Mapped[str] = mapped_column(
        ID, ForeignKey("violations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    degree: Mapped[str] = mapped_column(CODE)


class Source(Base):
    """Where information came from: reliability of the source is kept apart from the
    credibility of the information (on the incident's verification)."""

    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    incident_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(CODE)
    connection: Mapped[str | None] = mapped_column(CODE)
    reliability: Mapped[str] = mapped_column(CODE)
    name: Mapped[str | None] = mapped_column(String(300))
    protected: Mapped[bool] = mapped_column(Boolean, default=True)
    consent: Mapped[str] = mapped_column(CODE)
    consent_date: Mapped[date | None] = mapped_column(Date)
    information_date: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(16))


class Attachment(Base):
    """A file kept inside the encrypted store; its SHA-256 is taken at intake."""

    __tablename__ = "attachments"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    incident_id: Mapped[str] = _child_fk()
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    captured_by: Mapped[str] = mapped_column(String(200))
    captured_at: Mapped[str] = mapped_column(STAMP)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class CustodyEvent(Base):
    """Chain of custody: every intake, view and export of an attachment."""

    __tablename__ = "custody_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    attachment_id: Mapped[str] = mapped_column(
        ID, ForeignKey("attachments.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[str] = mapped_column(STAMP)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(CODE)
    detail: Mapped[str | None] = mapped_column(Text)


class HistoryEntry(Base):
    """One changed field of one incident revision: who, when, old and new value (as JSON)."""

    __tablename__ = "history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(ID, index=True)
    revision: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(STAMP)
    actor: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(64))
    old: Mapped[object | None] = mapped_column(JSON)
    new: Mapped[object | None] = mapped_column(JSON)


class AuditEntry(Base):
    """Append-only, hash-chained: hash = SHA-256(prev_hash + canonical entry)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(STAMP)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str | None] = mapped_column(String(64))
    object_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Draft(Base):
    """Unsaved editor state, autosaved every few seconds so a crash or a power cut loses
    little typing. Kept inside the encrypted store; `content` may not validate yet."""

    __tablename__ = "drafts"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    incident_id: Mapped[str | None] = mapped_column(ID, index=True)  # None: a new incident
    actor: Mapped[str] = mapped_column(String(64), index=True)
    updated_at: Mapped[str] = mapped_column(STAMP)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)


class OutboxEntry(Base):
    """One local change waiting for (or already given) HQ's answer, written in the same
    transaction as the change itself. (device id, seq) identifies it at HQ, so the sequence
    never reuses a number (AUTOINCREMENT), even after entries are pruned.

    `fields` maps a field path ("title", "location.admin1", "victims") to its new value;
    `bases` maps the same paths to a short hash of the value the edit replaced, which is how
    HQ tells a follow-up edit from a concurrent one. The values are dropped once delivered and
    the pull cursor has passed HQ's record of them (`echo`)."""

    __tablename__ = "sync_outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(ID, index=True)
    op: Mapped[str] = mapped_column(CODE)  # create, update, delete
    fields: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    bases: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    hlc: Mapped[int] = mapped_column(Integer)
    schema: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(CODE)  # pending, applied, conflict, rejected, held
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(STAMP)
    answered_at: Mapped[str | None] = mapped_column(STAMP)
    # HQ's change-log id up to which this change's own effect is recorded: until the pull
    # cursor passes it, older log entries must not overwrite the values sent
    echo: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_sync_outbox_state", "state", "seq"), {"sqlite_autoincrement": True})


class SyncConflict(Base):
    """A field that two people changed without seeing each other's edit, as HQ reported it.
    Both values are kept; long texts wait here for a person to merge them."""

    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, index=True)
    field: Mapped[str] = mapped_column(String(64))
    kept: Mapped[object | None] = mapped_column(JSON)  # the value HQ kept (the winner)
    other: Mapped[object | None] = mapped_column(JSON)  # the value that lost, kept here
    kept_by: Mapped[str | None] = mapped_column(String(64))
    other_by: Mapped[str | None] = mapped_column(String(64))
    needs_merge: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(CODE)  # open, resolved
    at: Mapped[str] = mapped_column(STAMP)


class Situation(Base):
    """A situation of concern the country team follows (Human Rights up Front, actions 7 and
    12). Incidents belong to it by its rule (country, regions, dates, violation types) or by
    hand."""

    __tablename__ = "situations"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(3), index=True)
    regions: Mapped[list[str]] = mapped_column(JSON)  # admin1 names as stored on incidents
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(CODE)
    owner: Mapped[str | None] = mapped_column(String(200))
    date_from: Mapped[date | None] = mapped_column(Date)
    date_to: Mapped[date | None] = mapped_column(Date)
    violations: Mapped[list[str]] = mapped_column(JSON)  # violation type codes; [] = any
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(STAMP)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[str] = mapped_column(STAMP)
    revision: Mapped[int] = mapped_column(Integer, default=1)


class SituationLink(Base):
    """An incident tied to a situation by hand ("include"), or kept out of it although its
    rule matches ("exclude")."""

    __tablename__ = "situation_links"
    situation_id: Mapped[str] = mapped_column(
        ID, ForeignKey("situations.id", ondelete="CASCADE"), primary_key=True
    )
    incident_id: Mapped[str] = mapped_column(ID, primary_key=True, index=True)
    mode: Mapped[str] = mapped_column(CODE)  # include, exclude
    at: Mapped[str] = mapped_column(STAMP)
    actor: Mapped[str] = mapped_column(String(64))


class Assessment(Base):
    """A dated assessment of a situation against the 14 risk factors. Saving again makes a
    new version; earlier versions stay."""

    __tablename__ = "assessments"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    situation_id: Mapped[str] = mapped_column(
        ID, ForeignKey("situations.id", ondelete="CASCADE"), index=True
    )
    assessed_on: Mapped[date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    # [{"factor", "level", "trend", "rationale", "evidence": [incident ids], and "series":
    # [{"dataset", "place", "measure"}] when it cites humanitarian series}], in factor order
    factors: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(STAMP)


class Strategy(Base):
    """One version of a situation's strategy: objectives and actions across the pillars."""

    __tablename__ = "strategies"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    situation_id: Mapped[str] = mapped_column(
        ID, ForeignKey("situations.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    objectives: Mapped[list[str]] = mapped_column(JSON)
    # [{"id", "title", "pillar", "level", "lead", "partners", "owner", "due", "status",
    #   "indicators", "risk_factors", "incidents", "objective"}]
    actions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(STAMP)


class SituationRecord(Base):
    """A situation's coordination record (Human Rights up Front, actions 1, 12 and 13): a
    decision of the quarterly review, an entry of the engagement log, the inter-agency task
    force, a version of the consolidated guidance to the RC/HC, or the RC's acknowledgement
    of one. Its fields are a JSON document (app.schema.coordination checks them); decisions,
    engagements and the task force are edited, guidance versions and acknowledgements never."""

    __tablename__ = "situation_records"
    __table_args__ = (Index("ix_situation_records_kind", "situation_id", "kind"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    situation_id: Mapped[str] = mapped_column(ID, ForeignKey("situations.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(CODE)
    doc: Mapped[dict[str, Any]] = mapped_column(JSON)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(STAMP)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[str] = mapped_column(STAMP)


class HumanitarianDataset(Base):
    """A humanitarian series imported from an HXL file (app.humanitarian): displacement,
    access constraints, attacks on aid. Read-only once imported (deleted whole, never edited);
    it stays on this device (it does not sync). `period` is "day" or "week" (each value's day
    is then its ISO week's Monday); `measures` the HXL hashtags of its numeric columns."""

    __tablename__ = "humanitarian_datasets"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(300))
    licence: Mapped[str] = mapped_column(String(300))
    dataset_date: Mapped[date | None] = mapped_column(Date)
    period: Mapped[str] = mapped_column(CODE)
    measures: Mapped[list[str]] = mapped_column(JSON)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[str] = mapped_column(STAMP)


class HumanitarianValue(Base):
    """One figure of a humanitarian dataset: a day (or a week's Monday), a place (an admin 1
    P-code, or a country's ISO 3166-1 alpha-3 code for a national figure) and a measure."""

    __tablename__ = "humanitarian_values"
    __table_args__ = (Index("ix_humanitarian_values_place", "place", "measure", "day"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dataset_id: Mapped[str] = mapped_column(
        ID, ForeignKey("humanitarian_datasets.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    country: Mapped[str] = mapped_column(String(3))
    place: Mapped[str] = mapped_column(String(32))
    measure: Mapped[str] = mapped_column(String(200))
    value: Mapped[float] = mapped_column(Float)


class RecordView(Base):
    """A record this device holds as HQ rendered it for the device's audience (a `un`
    analyst's device): names withheld, places coarsened. It is read-only here; HQ sends it
    again when it changes and tells the device to remove it when it no longer reaches the
    audience."""

    __tablename__ = "record_views"
    record_id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(CODE)  # incident, situation, assessment, strategy
    audience: Mapped[str] = mapped_column(CODE)
    team: Mapped[str | None] = mapped_column(CODE)
    received_at: Mapped[str] = mapped_column(STAMP)


class Download(Base):
    """An attachment HQ holds whose bytes this device is fetching (a restored or received
    record's file): its description, and how many bytes have arrived in `download_chunks`.
    Once whole and its SHA-256 checked, it becomes an attachment and the row goes."""

    __tablename__ = "downloads"
    file_id: Mapped[str] = mapped_column(ID, primary_key=True)
    incident_id: Mapped[str] = mapped_column(ID, index=True)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    received: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[str] = mapped_column(STAMP)


class DownloadChunk(Base):
    __tablename__ = "download_chunks"
    file_id: Mapped[str] = mapped_column(
        ID, ForeignKey("downloads.file_id", ondelete="CASCADE"), primary_key=True
    )
    offset: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
