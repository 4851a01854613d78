"""Records this device holds as HQ rendered them for its audience (a `un` analyst's device):
names withheld, places coarsened, staff unnamed (see `app.redaction` and `sync.hq.views`).

- A **view** replaces whatever the device held of the record, whole: the old content goes
  (its children, its history rows' old and new values, drafts, sync conflicts; for an
  incident the full-text index is rebuilt without it at the end of the sync page), then the
  record HQ rendered is inserted as HQ sent it, and the `record_views` table marks it.
- A view is **read-only** here: the services refuse to edit, delete or attach to it
  (`refuse_if_view`, a `BadInput` on "id" saying why), so nothing of it enters the outbox;
  HQ refuses such a change anyway (`sync.hq.scope.edit_problem`).
- **Files.** An incident's view lists its attachments as HQ made them for the audience:
  copies without their metadata (their own id, size and SHA-256), or files HQ withholds
  (they cannot be cleaned). The copies are fetched like any attachment from HQ (`sync`'s
  downloads) and kept as attachments of the view, read-only like it. A view sent again
  keeps the copies it still lists, with the texts it gives them now (a name withheld since
  is cut from a file's name too); one it no longer lists goes, and so does what arrived of
  a copy still on its way.
- **Withdrawn** (`remove`): when the record stops reaching the audience (confidentiality
  raised, consent withdrawn, found false, deleted), HQ tells the device, which removes it for
  good: the record with its children and attachments (and whatever of a file was still
  arriving), its history rows' content, its drafts and conflicts, its mark; the freed pages
  are overwritten (SQLite's secure_delete) and the search index is rebuilt without it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import Kind, note
from app.clock import utcnow
from app.errors import BadInput
from app.models import (
    Assessment,
    Attachment,
    CustodyEvent,
    Download,
    DownloadChunk,
    Draft,
    HistoryEntry,
    Incident,
    RecordView,
    Situation,
    SituationRecord,
    Strategy,
    SyncConflict,
)
from app.schema.coordination import COORDINATION_KINDS

if TYPE_CHECKING:
    from app.incidents import Incidents
    from app.situations import Situations

READ_ONLY = (
    "this record is the {audience} view of a record HQ holds (names withheld, places "
    "coarsened); it cannot be changed on this device: ask the team that holds it"
)
_MODELS: dict[str, type[Situation] | type[Assessment] | type[Strategy] | type[SituationRecord]] = {
    "situation": Situation,
    "assessment": Assessment,
    "strategy": Strategy,
    **dict.fromkeys(COORDINATION_KINDS, SituationRecord),
}
_KINDS = {
    "incident": Kind.INCIDENTS,
    "situation": Kind.SITUATIONS,
    "assessment": Kind.ASSESSMENTS,
    "strategy": Kind.STRATEGIES,
    **dict.fromkeys(COORDINATION_KINDS, Kind.SITUATIONS),
}
_PURGED = "upfront.record_views.purged"  # Session.info: the page removed or replaced content


def parse_origin(origin: str) -> tuple[str, str | None]:
    """A view's audience and team from its origin (`view:<audience>:<team>`)."""
    _view, _, rest = origin.partition(":")
    audience, _, team = rest.partition(":")
    return audience or "un", team or None


def view_of(session: Session, record_id: str) -> RecordView | None:
    return session.get(RecordView, record_id)


def is_view(session: Session, record_id: str) -> bool:
    return session.get(RecordView, record_id) is not None


def holds_views(session: Session) -> bool:
    """Whether this device holds any record as a view (it reads as an audience other than
    internal)."""
    return session.scalar(select(RecordView.record_id).limit(1)) is not None


def views(session: Session, ids: list[str] | None = None) -> dict[str, str]:
    """The records held as views (all, or among `ids`), with their audience."""
    q = select(RecordView.record_id, RecordView.audience)
    if ids is None:
        return {rid: aud for rid, aud in session.execute(q)}
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        out.update(
            (rid, aud)
            for rid, aud in session.execute(q.where(RecordView.record_id.in_(ids[i : i + 500])))
        )
    return out


def read_only_reason(audience: str) -> str:
    return READ_ONLY.format(audience=audience)


def refuse_if_view(session: Session, record_id: str) -> None:
    """BadInput when the record is a view: it cannot be changed on this device."""
    row = session.get(RecordView, record_id)
    if row is not None:
        raise BadInput("id", read_only_reason(row.audience))


def mark(session: Session, record_id: str, kind: str, audience: str, team: str | None) -> None:
    row = session.get(RecordView, record_id)
    if row is None:
        session.add(
            RecordView(
                record_id=record_id,
                kind=kind,
                audience=audience,
                team=team,
                received_at=utcnow(),
            )
        )
    else:
        row.kind, row.audience, row.team, row.received_at = kind, audience, team, utcnow()


def kind_held(session: Session, record_id: str) -> str | None:
    """What this device holds under this id: incident, situation, assessment, strategy, or
    a coordination record's kind."""
    if session.get(Incident, record_id) is not None:
        return "incident"
    coordination = session.get(SituationRecord, record_id)
    if coordination is not None:
        return coordination.kind
    for kind, model in _MODELS.items():
        if session.get(model, record_id) is not None:
            return kind
    return None


def _secure(session: Session) -> None:
    """Overwrite what is deleted from now on in this sync (freed pages hold no old content);
    `finish` puts the connection's setting back."""
    if _PURGED not in session.info:
        conn = session.connection()
        before = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        session.info[_PURGED] = int(before or 0)


# what of a listed file's description the device takes from each view (the texts HQ
# scrubbed with the withheld names of the day), with the columns' lengths; id, size and
# SHA-256 never change
_TEXTS = {"filename": 300, "media_type": 120, "captured_by": 200, "captured_at": 40}


def listed_files(files: Any) -> dict[str, dict[str, Any]]:
    """The copies a view's file list names (`attachments` as HQ sent it), by id; entries HQ
    withholds, or malformed, name none."""
    out: dict[str, dict[str, Any]] = {}
    for meta in files if isinstance(files, list) else ():
        if isinstance(meta, dict) and isinstance(meta.get("id"), str):
            out[meta["id"]] = meta
    return out


def _texts(meta: Mapping[str, Any], row: Mapping[str, Any]) -> dict[str, Any]:
    """A held file's texts as this view describes them (a name newly withheld is cut from a
    file's name too), in the column limits; what the view lacks stays as it was."""
    out = {}
    for name, limit in _TEXTS.items():
        value = meta.get(name)
        if isinstance(value, str):
            if name == "filename":
                value = Path(value).name or "attachment"
            out[name] = value[:limit]
        else:
            out[name] = row[name]
    return out


def _settle_downloads(
    session: Session, record_id: str, listed: Mapping[str, Mapping[str, Any]]
) -> None:
    """The record's files still on their way: those the view lists (same SHA-256) take its
    description's texts, the others go with what arrived of them."""
    dropped = []
    for row in session.scalars(select(Download).where(Download.incident_id == record_id)):
        meta = listed.get(row.file_id)
        if meta is None or meta.get("sha256") != row.sha256:
            dropped.append(row.file_id)
        else:
            row.meta = {**row.meta, **_texts(meta, row.meta)}
    if dropped:
        session.execute(delete(DownloadChunk).where(DownloadChunk.file_id.in_(dropped)))
        session.execute(delete(Download).where(Download.file_id.in_(dropped)))


def _held_files(
    session: Session, record_id: str, listed: Mapping[str, Mapping[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The attachments of the record the view still lists (same id and SHA-256), with their
    custody events, as rows to put back once the record is replaced: their texts as the
    view describes them now."""
    if not listed:
        return [], []
    table = Attachment.__table__
    rows = [
        {**r._mapping, **_texts(listed[r.id], dict(r._mapping))}
        for r in session.execute(
            select(table).where(table.c.incident_id == record_id, table.c.id.in_(list(listed)))
        )
        if listed[r.id].get("sha256") == r.sha256
    ]
    events = CustodyEvent.__table__
    custody = [
        dict(r._mapping)
        for r in session.execute(
            select(events).where(events.c.attachment_id.in_([r["id"] for r in rows]))
        )
    ]
    return rows, custody


def _purge(
    session: Session,
    record_id: str,
    kind: str,
    listed: Mapping[str, Mapping[str, Any]] | None = None,
) -> None:
    """The record's content gone from this device (not its view mark), its attachments and
    its downloads with it, but the downloads of the files a new view still lists."""
    _secure(session)
    if kind == "incident":
        _settle_downloads(session, record_id, listed or {})
    session.execute(
        update(HistoryEntry).where(HistoryEntry.incident_id == record_id).values(old=None, new=None)
    )
    session.execute(delete(Draft).where(Draft.incident_id == record_id))
    session.execute(delete(SyncConflict).where(SyncConflict.record_id == record_id))
    if kind == "incident":
        session.execute(delete(Incident).where(Incident.id == record_id))
    else:
        model = _MODELS[kind]
        session.execute(delete(model).where(model.id == record_id))
    note(session, _KINDS[kind], Kind.ATTACHMENTS, ids=[record_id])


def put(
    session: Session,
    incidents: Incidents,
    situations: Situations,
    record_id: str,
    fields: dict[str, Any],
    origin: str,
) -> str:
    """A view HQ sent, in the caller's (sync's) transaction: it replaces what the device
    holds of the record, whole, and is marked. Of the attachments held, those the view
    still lists (`attachments`: `listed_files`) stay, with their custody, the others go;
    fetching the new ones is the caller's (sync's) work. Returns the record's kind. Raises
    BadInput when this device cannot take it (sync keeps a trace; what it held is gone)."""
    fields = dict(fields)
    files = listed_files(fields.pop("attachments", None))
    audience, team = parse_origin(origin)
    kind = str(fields.get("kind") or "incident")
    if kind not in _KINDS:
        raise BadInput("kind", "is not a kind of record this device knows")
    held = kind_held(session, record_id)
    kept: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
    if held is not None and (held != kind or kind != "situation"):
        # a situation is updated in place (its assessments and strategies hang on it)
        if held == "incident" and kind == "incident":
            kept = _held_files(session, record_id, files)
        _purge(session, record_id, held, files if kind == "incident" else None)
        session.flush()
    if kind == "incident":
        failed = incidents.insert_remote(session, [(record_id, fields)], origin=origin)
        if record_id in failed:
            session.execute(delete(RecordView).where(RecordView.record_id == record_id))
            raise failed[record_id]
        rows, custody = kept
        if rows:  # the copies still listed, as they were
            session.execute(insert(Attachment.__table__), rows)
            if custody:
                session.execute(insert(CustodyEvent.__table__), custody)
    else:
        if held == "situation" and kind == "situation":
            _secure(session)  # the old texts are overwritten in place
        situations.apply_remote(
            session,
            record_id,
            kind,
            fields,
            create=True,
            deleted=False,
            origin=origin,
            keep=set(),
        )
    mark(session, record_id, kind, audience, team)
    return kind


def put_new(
    session: Session, incidents: Incidents, items: list[tuple[str, dict[str, Any], str]]
) -> dict[str, BadInput]:
    """Views of incidents this device does not hold yet (record id, fields, origin),
    inserted together and marked: a first pull of ten thousand is one insert per table and
    origin, not ten thousand. Returns those this device could not take, by id."""
    failed: dict[str, BadInput] = {}
    by_origin: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for record_id, fields, origin in items:
        # the files it lists are fetched by the caller (sync)
        by_origin.setdefault(origin, []).append(
            (record_id, {k: v for k, v in fields.items() if k != "attachments"})
        )
    now = utcnow()
    for origin, docs in by_origin.items():
        failed.update(incidents.insert_remote(session, docs, origin=origin))
        audience, team = parse_origin(origin)
        rows = [
            {
                "record_id": rid,
                "kind": "incident",
                "audience": audience,
                "team": team,
                "received_at": now,
            }
            for rid, _fields in docs
            if rid not in failed
        ]
        if rows:
            session.execute(insert(RecordView), rows)
    return failed


def remove(session: Session, record_id: str, origin: str) -> str | None:
    """A record HQ withdrew from this device: gone for good (see the module's docstring).
    Returns the kind removed, or None when the device held nothing under the id."""
    kind = kind_held(session, record_id)
    if kind is not None:
        _purge(session, record_id, kind)
        AuditLog(session).append(f"sync:{origin}", f"{kind}.withdrawn", kind, record_id)
    else:
        _settle_downloads(session, record_id, {})
    session.execute(delete(RecordView).where(RecordView.record_id == record_id))
    return kind


def finish(session: Session) -> None:
    """After a sync page: when it removed or replaced content, the search index is rebuilt
    without it (FTS5 keeps a deleted row's words until its segments merge) and the
    connection's secure_delete goes back to what it was."""
    before = session.info.pop(_PURGED, None)
    if before is None:
        return
    conn = session.connection()
    conn.exec_driver_sql("INSERT INTO incidents_fts(incidents_fts) VALUES ('optimize')")
    conn.exec_driver_sql(f"PRAGMA secure_delete = {int(before)}")
