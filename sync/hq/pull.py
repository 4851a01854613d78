"""What a device pulls: the next page of HQ's change log in its scope (its team, or all for an
analyst) after its cursor, with the conflicts HQ recorded; and HQ's own reading of what it holds
(records, conflicts, where each change came from) for analysts and tests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.hq import access, files, scope, sealed, views
from sync.hq.core import HQCore
from sync.hq.models import Batch, Conflict, Device, LogEntry, Record

OPS = {"create": p.Op.CREATE, "attach": p.Op.ATTACH}  # change-log kinds as pulled; else UPDATE


def pull(hq: HQCore, device_id: str, cursor: int, limit: int = 500) -> p.Page:
    """The next page of HQ's change log in this device's scope, after `cursor`. The
    device's own applied changes are skipped (it has them), but the cursor moves past
    them. `more` says whether another page waits. A device that reads as an audience other
    than internal gets redacted views instead (`sync.hq.views`). What the page carried is
    noted (`sync.hq.access`)."""
    limit = max(1, min(limit or 500, 2000))
    with hq.session() as s, s.begin():
        dev = s.get(Device, device_id)
        assert dev is not None
        if scope.redacted(dev):
            return views.pull(hq, s, dev, cursor, limit)
        page = _pull(hq, s, dev, cursor, limit)
        access.noted(s, dev.id, dev.audience, ((c.record_id, c.log_id) for c in page.changes))
        return page


def fields_of(hq: HQCore, entry: Any) -> dict[str, Any] | None:
    """A change-log entry's field values (the one place that reads them); `entry` is a
    LogEntry or a row of its columns."""
    return sealed.open_log_fields(hq.vault, entry)


def docs_of(hq: HQCore, records: Iterable[Record]) -> dict[str, dict[str, Any]]:
    """Records' documents by id (the one place that reads them)."""
    return {r.id: sealed.record_doc(hq.vault, r) for r in records}


def conflict_values(hq: HQCore, x: Conflict) -> tuple[Any, Any]:
    """A conflict's kept and other values (the one place that reads them)."""
    return sealed.open_conflict(hq.vault, x)


# a page's rows, with the sealed values of the device's own changes left at HQ: it skips
# them (a push's pages are mostly its own changes), so neither are they read
_COLUMNS = [c for c in LogEntry.__table__.columns if c.key != "fields"]


def _pull(hq: HQCore, s: Session, dev: Device, cursor: int, limit: int) -> p.Page:
    fields = case((LogEntry.origin != dev.id, LogEntry.fields), else_=None).label("fields")
    q = select(*_COLUMNS, fields).where(LogEntry.id > cursor, scope.clause(dev, LogEntry.team_id))
    rows = list(s.execute(q.order_by(LogEntry.id).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    conflicts = {}
    ids = [r.conflict_id for r in rows if r.conflict_id]
    if ids:
        conflicts = {x.id: x for x in s.scalars(select(Conflict).where(Conflict.id.in_(ids)))}
    out, confs = [], []
    for r in rows:
        if r.kind == "conflict":
            x = conflicts[r.conflict_id]
            kept, other = conflict_values(hq, x)
            confs.append(
                p.PulledConflict(
                    x.id, x.record_id, x.field, kept, other, x.kept_by, x.other_by, x.needs_merge
                )
            )
        elif r.kind == files.FILE_WHOLE:
            continue  # for redacted views: the ATTACH entry told this device of the file
        elif r.origin != dev.id:
            op = p.Op.DELETE if r.deleted else OPS.get(r.kind, p.Op.UPDATE)
            out.append(
                p.PulledChange(r.id, r.record_id, op, r.hlc, dict(fields_of(hq, r) or {}), r.origin)
            )
    new_cursor = rows[-1].id if rows else cursor
    return p.Page(tuple(out), tuple(confs), new_cursor, more)


# ---- reading (analysts, tests) ------------------------------------------------------------
def records(hq: HQCore, team_id: str | None = None, kind: str = "incident") -> dict[str, dict]:
    with hq.session() as s:
        q = select(Record).where(Record.deleted.is_(False), Record.kind == kind)
        if team_id:
            q = q.where(Record.team_id == team_id)
        return docs_of(hq, s.scalars(q))


def conflicts(hq: HQCore) -> list[dict]:
    with hq.session() as s:
        out = []
        for x in s.scalars(select(Conflict).order_by(Conflict.id)):
            kept, other = conflict_values(hq, x)
            out.append(
                {
                    "id": x.id,
                    "record": x.record_id,
                    "field": x.field,
                    "kept": kept,
                    "other": other,
                    "kept_by": x.kept_by,
                    "other_by": x.other_by,
                    "needs_merge": x.needs_merge,
                    "resolved": x.resolved,
                }
            )
        return out


def trace(hq: HQCore, record_id: str) -> list[dict]:
    """Which device and batch brought each change of a record, with the signature."""
    with hq.session() as s:
        rows = s.execute(
            select(LogEntry, Batch)
            .join(Batch, Batch.id == LogEntry.batch_id)
            .where(LogEntry.record_id == record_id)
            .order_by(LogEntry.id)
        ).all()
        return [
            {
                "log": e.id,
                "device": b.device_id,
                "batch": b.digest.hex(),
                "seq": [b.seq_from, b.seq_to],
                "signature": b.signature.hex(),
                "kind": b.kind,
            }
            for e, b in rows
        ]
