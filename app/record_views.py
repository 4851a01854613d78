"""Records this device holds as HQ rendered them for its audience (a `un` analyst's device):
names withheld, places coarsened, staff unnamed (see `app.redaction` and `sync.hq.views`).

- A **view** replaces whatever the device held of the record, whole: the old content goes
  (its children, its history rows' old and new values, drafts, sync conflicts; for an
  incident the full-text index is rebuilt without it at the end of the sync page), then the
  record HQ rendered is inserted as HQ sent it, and the `record_views` table marks it.
- A view is **read-only** here: the services refuse to edit, delete or attach to it
  (`refuse_if_view`, a `BadInput` on "id" saying why), so nothing of it enters the outbox;
  HQ refuses such a change anyway (`sync.hq.scope.edit_problem`).
- **Withdrawn** (`remove`): when the record stops reaching the audience (confidentiality
  raised, consent withdrawn, found false, deleted), HQ tells the device, which removes it for
  good: the record with its children and attachments, its history rows' content, its drafts
  and conflicts, its mark; the freed pages are overwritten (SQLite's secure_delete) and the
  search index is rebuilt without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import Kind, note
from app.clock import utcnow
from app.errors import BadInput
from app.models import (
    Assessment,
    Draft,
    HistoryEntry,
    Incident,
    RecordView,
    Situation,
    Strategy,
    SyncConflict,
)

if TYPE_CHECKING:
    from app.incidents import Incidents
    from app.situations import Situations

READ_ONLY = (
    "this record is the {audience} view of a record HQ holds (names withheld, places "
    "coarsened); it cannot be changed on this device: ask the team that holds it"
)
_MODELS: dict[str, type[Situation] | type[Assessment] | type[Strategy]] = {
    "situation": Situation,
    "assessment": Assessment,
    "strategy": Strategy,
}
_KINDS = {
    "incident": Kind.INCIDENTS,
    "situation": Kind.SITUATIONS,
    "assessment": Kind.ASSESSMENTS,
    "strategy": Kind.STRATEGIES,
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
    """What this device holds under this id: incident, situation, assessment, strategy."""
    if session.get(Incident, record_id) is not None:
        return "incident"
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


def _purge(session: Session, record_id: str, kind: str) -> None:
    """The record's content gone from this device (not its view mark)."""
    _secure(session)
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
    holds of the record, whole, and is marked. Returns the record's kind. Raises BadInput
    when this device cannot take it (sync keeps a trace; what it held is gone)."""
    audience, team = parse_origin(origin)
    kind = str(fields.get("kind") or "incident")
    if kind not in _KINDS:
        raise BadInput("kind", "is not a kind of record this device knows")
    held = kind_held(session, record_id)
    if held is not None and (held != kind or kind != "situation"):
        # a situation is updated in place (its assessments and strategies hang on it)
        _purge(session, record_id, held)
        session.flush()
    if kind == "incident":
        failed = incidents.insert_remote(session, [(record_id, fields)], origin=origin)
        if record_id in failed:
            session.execute(delete(RecordView).where(RecordView.record_id == record_id))
            raise failed[record_id]
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
        by_origin.setdefault(origin, []).append((record_id, fields))
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
