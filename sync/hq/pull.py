"""What a device pulls: the next page of HQ's change log in its scope (its team, or all for an
analyst) after its cursor, with the conflicts HQ recorded; and HQ's own reading of what it holds
(records, conflicts, where each change came from) for analysts and tests."""

from __future__ import annotations

from sqlalchemy import select

from sync import protocol as p
from sync.hq.core import HQCore
from sync.hq.models import Batch, Conflict, Device, LogEntry, Record


def pull(hq: HQCore, device_id: str, cursor: int, limit: int = 500) -> p.Page:
    """The next page of HQ's change log in this device's scope, after `cursor`. The
    device's own applied changes are skipped (it has them), but the cursor moves past
    them. `more` says whether another page waits."""
    limit = max(1, min(limit or 500, 2000))
    with hq.session() as s:
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
            conflicts = {x.id: x for x in s.scalars(select(Conflict).where(Conflict.id.in_(ids)))}
        out, confs = [], []
        for r in rows:
            if r.kind == "conflict":
                x = conflicts[r.conflict_id]
                confs.append(
                    p.PulledConflict(
                        x.id,
                        x.record_id,
                        x.field,
                        x.kept,
                        x.other,
                        x.kept_by,
                        x.other_by,
                        x.needs_merge,
                    )
                )
            elif r.origin != device_id:
                op = (
                    p.Op.DELETE if r.deleted else p.Op.CREATE if r.kind == "create" else p.Op.UPDATE
                )
                out.append(
                    p.PulledChange(r.id, r.record_id, op, r.hlc, dict(r.fields or {}), r.origin)
                )
        new_cursor = rows[-1].id if rows else cursor
    return p.Page(tuple(out), tuple(confs), new_cursor, more)


# ---- reading (analysts, tests) ------------------------------------------------------------
def records(hq: HQCore, team_id: str | None = None, kind: str = "incident") -> dict[str, dict]:
    with hq.session() as s:
        q = select(Record).where(Record.deleted.is_(False), Record.kind == kind)
        if team_id:
            q = q.where(Record.team_id == team_id)
        return {r.id: r.doc for r in s.scalars(q)}


def conflicts(hq: HQCore) -> list[dict]:
    with hq.session() as s:
        return [
            {
                "id": x.id,
                "record": x.record_id,
                "field": x.field,
                "kept": x.kept,
                "other": x.other,
                "kept_by": x.kept_by,
                "other_by": x.other_by,
                "needs_merge": x.needs_merge,
                "resolved": x.resolved,
            }
            for x in s.scalars(select(Conflict).order_by(Conflict.id))
        ]


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
