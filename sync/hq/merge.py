"""Applying one change of a batch to HQ's copy of a record: scope, kind and field checks, the
per-field merge by base hash and hybrid logical clock (conflicts kept for both sides), and the
change-log rows devices will pull. `BatchContext` is what one batch reads once."""

from __future__ import annotations

import time
import uuid
from typing import Any

import orjson
from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.outbox import LONG_TEXT, apply_fields, get_path, value_hash
from app.schema import coordination
from app.schema.incident import EDITABLE
from app.schema.situation import remote_fields
from sync import protocol as p
from sync.hq import files, scope, sealed
from sync.hq.core import HQCore
from sync.hq.database import insert_rows
from sync.hq.logs import fault
from sync.hq.models import Access, ChangeResult, Conflict, Device, LogEntry, Record, Team

SCOPE = "belongs to another team: this device cannot change it, and HQ left it as it was"


class BatchContext:
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
            chunk = ids[i : i + 500]
            self.records.update(
                (r.id, r)
                for r in s.scalars(select(Record).where(Record.id.in_(chunk)).with_for_update())
            )
            self.open_conflicts.update(
                s.scalars(
                    select(Conflict.record_id).where(
                        Conflict.record_id.in_(chunk), Conflict.resolved.is_(False)
                    )
                )
            )

    def add_record(self, s: Session, rec: Record) -> None:
        self.records[rec.id] = rec
        if self.isolate:
            s.add(rec)
        else:
            self.new_records.append(rec)  # inserted with the batch's other new records

    def write_change(self, s: Session) -> None:
        """Isolated: this change's rows now, inside its savepoint."""
        s.flush()
        insert_rows(s, LogEntry.__table__, s.info.pop("log_rows", []))

    def write(self, s: Session, answered: list[dict]) -> None:
        """The batch's new records, change-log rows and answers (`answered`: their reasons
        already sealed), each in a few multi-row INSERTs."""
        columns = [c.key for c in Record.__table__.columns]
        insert_rows(
            s, Record.__table__, [{k: getattr(r, k) for k in columns} for r in self.new_records]
        )
        insert_rows(s, LogEntry.__table__, s.info.pop("log_rows", []))
        insert_rows(s, ChangeResult.__table__, answered)


# records that hang on a situation (its team is theirs) and those never edited once made
ON_SITUATION = ("assessment", "strategy", *coordination.COORDINATION_KINDS)
NEVER_EDITED = (
    "assessment",
    "strategy",
    *(k for k in coordination.COORDINATION_KINDS if k not in coordination.EDITED),
)


def team_of(s: Session, dev: Device, doc: dict, kind: str, ctx: BatchContext) -> str | None:
    if not dev.analyst:
        return dev.team_id
    if kind in ON_SITUATION:  # the situation's team (checked before)
        return record(s, ctx, str(doc.get("situation_id"))).team_id
    country = (
        doc.get("country") if kind == "situation" else ((doc.get("location") or {}).get("country"))
    )
    if country not in ctx.teams:
        ctx.teams[country] = s.scalar(
            select(Team.id).where(Team.country == country).order_by(Team.id).limit(1)
        )
    return ctx.teams[country]


def record(s: Session, ctx: BatchContext, record_id: str) -> Record | None:
    """A record this batch touched or made, else as HQ holds it."""
    if record_id not in ctx.records:
        ctx.records[record_id] = s.get(Record, record_id)
    return ctx.records[record_id]


def situation_problem(s: Session, dev: Device, doc: dict, ctx: BatchContext) -> str | None:
    """Why an assessment, a strategy version or a coordination record cannot hang on its
    situation, if it cannot."""
    try:
        situation_id = str(uuid.UUID(str(doc.get("situation_id"))))
    except ValueError:
        return "situation_id: is not an id"
    parent = record(s, ctx, situation_id)
    if parent is None or parent.kind != "situation" or parent.deleted:
        return "situation_id: HQ holds no situation with this id"
    if not scope.in_scope(dev, parent.team_id):
        return f"situation_id: the situation {SCOPE}"
    return None


def on_situation(hq: HQCore, s: Session, situation_id: str, ctx: BatchContext) -> list[Record]:
    """The live records that hang on this situation, those this batch made and has not
    written yet among them. Their situation is inside their sealed documents, so each record
    of those kinds is opened (a situation is deleted rarely)."""
    rows = s.scalars(
        select(Record).where(Record.kind.in_(ON_SITUATION), Record.deleted.is_(False))
    ).all()
    rows = [
        *rows,
        *(r for r in ctx.new_records if r.kind in ON_SITUATION and not r.deleted),
    ]
    return [
        r for r in rows if sealed.record_plain(hq.vault, r)[0].get("situation_id") == situation_id
    ]


def apply_one(
    hq: HQCore,
    s: Session,
    dev: Device,
    c: p.Change,
    batch_id: int,
    now_limit: int,
    ctx: BatchContext,
) -> tuple[int, str | None]:
    """One change's answer. Isolated, the change runs in a savepoint: if anything in it
    fails, what it wrote is undone, it is refused, and the batch goes on."""
    if c.problem:
        return p.REJECTED, c.problem
    if not ctx.isolate:
        return apply(hq, s, dev, c, batch_id, now_limit, ctx)
    known = c.record_id in ctx.records
    rec = ctx.records.get(c.record_id)
    conflicted = c.record_id in ctx.open_conflicts
    try:
        with s.begin_nested():
            answer = apply(hq, s, dev, c, batch_id, now_limit, ctx)
            ctx.write_change(s)
        return answer
    except (p.ProtocolError, OperationalError):
        raise
    except Exception as err:  # this change alone is refused
        s.info.pop("log_rows", None)
        if not known:
            ctx.records.pop(c.record_id, None)
        elif rec is not None and rec in s:
            s.expire(rec)  # read again: as it was before this change
        if not conflicted:
            ctx.open_conflicts.discard(c.record_id)
        fault(f"device {dev.id} change {c.seq}", err)
        return p.REJECTED, (
            f"change: HQ could not take this change ({type(err).__name__}"
            "); it stays in the device's quarantine. Tell HQ's support"
        )


def apply(
    hq: HQCore,
    s: Session,
    dev: Device,
    c: p.Change,
    batch_id: int,
    now_limit: int,
    ctx: BatchContext,
) -> tuple[int, str | None]:
    stamp = min(c.hlc, now_limit)
    if not plain_json(c.fields):  # values are stored as JSON
        return p.REJECTED, "fields: hold values that are not plain JSON"
    rec = ctx.records.get(c.record_id)
    if rec is not None:
        problem = scope.edit_problem(dev, rec)
        if problem:  # and nothing of that record goes back to it
            return p.REJECTED, problem
    if c.op is p.Op.CREATE:
        if rec is not None:
            return p.REJECTED, "id: a record with this id already exists at HQ"
        kind = c.fields.get("kind") or "incident"
        if not isinstance(kind, str) or kind not in p.PATHS:
            return p.REJECTED, "kind: is not a kind of record HQ keeps"
        unknown = sorted(set(c.fields) - p.PATHS[kind])
        if unknown:
            return p.REJECTED, f"{unknown[0]}: is not a field of a {kind}"
        doc = apply_fields({}, c.fields)
        reason = invalid(hq, doc, c.record_id, kind)
        if reason is None and kind in ON_SITUATION:
            reason = situation_problem(s, dev, doc, ctx)
        if reason:
            return p.REJECTED, reason
        team = team_of(s, dev, doc, kind, ctx)
        if not scope.in_scope(dev, team):
            where = "country" if kind == "situation" else "location.country"
            return p.REJECTED, (
                f"{where}: no team in this device's scope works on this country; HQ did not "
                "take the record"
            )
        rec = Record(
            id=c.record_id,
            team_id=team,
            kind=kind,
            deleted=False,
            confidentiality=doc.get("confidentiality"),
            created_by_device=dev.id,
            created_batch=batch_id,
            updated_at=time.time(),
        )
        sealed.set_record(hq.vault, s, rec, doc, {k: [stamp, dev.id] for k in c.fields})
        ctx.add_record(s, rec)
        log_change(
            hq,
            s,
            c.record_id,
            team,
            c.fields,
            origin=dev.id,
            hlc=stamp,
            batch_id=batch_id,
            kind="create",
        )
        return p.APPLIED, None
    if rec is None:
        return p.REJECTED, "id: HQ holds no record with this id"
    if rec.deleted:
        return p.REJECTED, (
            "the record was deleted at HQ; this change is kept in the device's quarantine"
        )
    if c.op is p.Op.UPDATE and rec.kind in NEVER_EDITED:
        return p.REJECTED, (
            f"kind: {'an' if rec.kind[0] in 'aeiou' else 'a'} "
            f"{rec.kind} is never edited; saving again makes a new "
            "version"
        )
    if c.op is p.Op.ATTACH and rec.kind != "incident":
        return p.REJECTED, "attachment: only incidents carry files"
    if c.op is p.Op.ATTACH:
        code, reason = files.attach(hq, s, dev, rec, c.fields.get("attachment"))
        if code == p.APPLIED:  # the team's other devices pull it, then fetch the bytes
            meta = files.description(c.fields["attachment"])
            log_change(
                hq,
                s,
                rec.id,
                rec.team_id,
                {"attachment": meta},
                origin=dev.id,
                hlc=stamp,
                batch_id=batch_id,
                kind="attach",
            )
        return code, reason
    if "kind" in c.fields:
        return p.REJECTED, "kind: a record's kind never changes"
    unknown = sorted(set(c.fields) - p.PATHS[rec.kind] - {"attachment"})
    if unknown:
        return p.REJECTED, f"{unknown[0]}: is not a field of a {rec.kind}"
    if c.op is p.Op.DELETE:
        # a situation goes with what hangs on it (assessments, strategy versions, coordination
        # records): left, they would reach a device that never held the situation, which
        # refuses them, and stay readable at HQ with nothing to read them by
        gone = [rec, *(on_situation(hq, s, rec.id, ctx) if rec.kind == "situation" else [])]
        # but never records this device could not change itself (another team's, or others'
        # where it reads a redacted view): a delete reaches no further than an edit
        barred = sum(1 for one in gone[1:] if scope.edit_problem(dev, one))
        if barred:
            return p.REJECTED, (
                f"id: {barred} record(s) this device may not change hang on this situation "
                "(another team's, or others' it reads as a view); HQ did not delete it"
            )
        for one in gone:
            one.deleted = True
            one.updated_at = time.time()
            log_change(
                hq,
                s,
                one.id,
                one.team_id,
                None,
                origin=dev.id,
                hlc=stamp,
                batch_id=batch_id,
                deleted=True,
            )
        return p.APPLIED, None
    held, held_stamps = sealed.record_plain(hq.vault, rec)
    doc, stamps = held, dict(held_stamps)
    changed: dict[str, Any] = {}
    kept_back: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    # a redacted device edits its own record from a view: where its base is not what HQ
    # holds (a name it was not shown, an edit it has not seen), its value never wins
    redacted = scope.redacted(dev)
    for path, value in c.fields.items():
        current = get_path(doc, path)
        cur_hlc, cur_dev = stamps.get(path) or [0, ""]
        base = c.bases.get(path)
        if value == current:
            continue
        if (base is None and not redacted) or base == value_hash(current):
            doc = apply_fields(doc, {path: value})
            stamps[path] = [max(stamp, cur_hlc + 1), dev.id]
            changed[path] = value
            continue
        incoming_wins = not redacted and (stamp, dev.id) > (cur_hlc, cur_dev)
        conflict = Conflict(
            record_id=rec.id,
            team_id=rec.team_id,
            field=path,
            kept_by=dev.id if incoming_wins else cur_dev,
            other_by=cur_dev if incoming_wins else dev.id,
            kept_hlc=stamp if incoming_wins else cur_hlc,
            other_hlc=cur_hlc if incoming_wins else stamp,
            needs_merge=path in LONG_TEXT,
            resolved=False,
            at=time.time(),
        )
        sealed.seal_conflict(
            hq.vault,
            s,
            conflict,
            value if incoming_wins else current,
            current if incoming_wins else value,
        )
        conflicts.append(conflict)
        if incoming_wins:
            doc = apply_fields(doc, {path: value})
            stamps[path] = [stamp, dev.id]
            changed[path] = value
        else:
            kept_back[path] = current
    if changed:
        reason = invalid(hq, doc, rec.id, rec.kind)
        if reason:
            # the sender holds values HQ refused: send it HQ's, the quarantine keeps its own
            resend(s, dev, rec)
            log_change(
                hq,
                s,
                rec.id,
                rec.team_id,
                {k: get_path(held, k) for k in c.fields},
                origin=f"hq:{dev.id}:{c.seq}",
                hlc=stamp,
                batch_id=batch_id,
            )
            return p.REJECTED, reason
        sealed.set_record(hq.vault, s, rec, doc, stamps)
        rec.confidentiality = doc.get("confidentiality")
        rec.updated_at = time.time()
        log_change(hq, s, rec.id, rec.team_id, changed, origin=dev.id, hlc=stamp, batch_id=batch_id)
        # an edit made after seeing the current value settles an open merge
        if rec.id in ctx.open_conflicts:
            s.execute(
                update(Conflict)
                .where(
                    Conflict.record_id == rec.id,
                    Conflict.field.in_(
                        [k for k in changed if k not in {x.field for x in conflicts}]
                    ),
                    Conflict.resolved.is_(False),
                )
                .values(resolved=True)
            )
    if kept_back:  # the sender holds a value that lost: send it the one HQ kept
        resend(s, dev, rec)
        log_change(
            hq,
            s,
            rec.id,
            rec.team_id,
            kept_back,
            origin=f"hq:{dev.id}:{c.seq}",
            hlc=stamp,
            batch_id=batch_id,
        )
    for conflict in conflicts:
        s.add(conflict)
        s.flush()
        ctx.open_conflicts.add(rec.id)
        log_change(
            hq,
            s,
            rec.id,
            rec.team_id,
            None,
            origin="hq",
            hlc=stamp,
            batch_id=batch_id,
            conflict_id=conflict.id,
        )
    if conflicts:
        return p.CONFLICT, ", ".join(f"{x.field}: edited elsewhere too" for x in conflicts)
    return p.APPLIED, None


def plain_json(value: Any) -> bool:
    """Whether `value` is what JSON holds and reads back as it was: no bytes, NaN, infinity,
    key that is not text, or integer past 64 bits. orjson writes and reads it back (a few
    microseconds, where json.dumps with allow_nan=False took tens): NaN and infinity come
    back as null, so the value differs; what orjson cannot write raises."""
    try:
        return bool(orjson.loads(orjson.dumps(value)) == value)
    except (TypeError, ValueError):
        return False


def resend(s: Session, dev: Device, rec: Record) -> None:
    """A redacted device holds values of its own record that HQ did not take: what HQ sent
    it last is no longer what it holds, so its next pull renders the record for it again
    (`sync.hq.views` sends only what differs from what it was sent)."""
    if scope.redacted(dev):
        s.execute(
            update(Access)
            .where(Access.device_id == dev.id, Access.record_id == rec.id)
            .values(digest=None)
        )


def invalid(hq: HQCore, doc: dict, record_id: str, kind: str = "incident") -> str | None:
    try:
        if kind in coordination.COORDINATION_KINDS:
            coordination.remote_check(hq.validator.vocab, kind, doc)
            return None
        if kind != "incident":
            remote_fields(hq.validator.vocab, kind, doc)
            return None
        hq.validator.rows({k: doc[k] for k in EDITABLE if k in doc}, incident_id=record_id)
    except BadInput as err:
        return f"{err.field}: {err.reason}"
    return None


def log_change(
    hq: HQCore,
    s: Session,
    record_id: str,
    team_id: str | None,
    fields: dict | None,
    *,
    origin: str,
    hlc: int,
    batch_id: int | None,
    deleted: bool = False,
    conflict_id: int | None = None,
    kind: str = "change",
) -> None:
    row: dict[str, Any] = dict(
        record_id=record_id,
        team_id=team_id,
        kind="conflict" if conflict_id else kind,
        fields=fields,
        deleted=deleted,
        origin=origin,
        hlc=hlc,
        batch_id=batch_id,
        conflict_id=conflict_id,
    )
    row["fields"] = sealed.log_fields(hq.vault, s, row)
    s.info.setdefault("log_rows", []).append(row)
