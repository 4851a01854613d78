"""The outbox: every local change to a record, as field paths and values, written in the same
transaction as the change, waiting for HQ's answer. Sync reads it; nothing else does.

A field path is a top-level field of the incident document ("title", "narrative", "victims")
or one sub-field of its location or verification ("location.admin1", "verification.status").
Child lists (violations, victims, perpetrators, sources) travel whole, and so does the public
summary (its text with who wrote and who cleared it: a clearance never lands on another text).
Each update carries, per path, a short hash of the value it replaced (its base): HQ applies an
edit whose base is what it holds, and records a conflict when someone else changed the field in
between.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import bindparam, func, insert, null, select, update
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.hlc import StoredClock
from app.models import OutboxEntry

NESTED = {"location", "verification"}
# Long free texts are never silently overwritten when two people edit them: HQ keeps both and
# a person merges them (an incident's narrative, a situation's description, what an engagement
# asked and what was answered, a decision's words).
LONG_TEXT = frozenset({"narrative", "description", "asked", "answered", "text"})
PENDING, APPLIED, CONFLICT, REJECTED, HELD = "pending", "applied", "conflict", "rejected", "held"
DELIVERED = (APPLIED, CONFLICT)


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def value_hash(value: Any) -> str:
    """8 bytes of SHA-256: enough to tell one value from another, small on the wire."""
    return hashlib.sha256(canonical(value)).hexdigest()[:16]


def paths(doc: Mapping[str, Any], editable: Iterable[str]) -> dict[str, Any]:
    """The document's editable values by field path."""
    out: dict[str, Any] = {}
    for key in sorted(editable):
        value = doc.get(key)
        if key in NESTED and isinstance(value, dict):
            for sub, item in value.items():
                out[f"{key}.{sub}"] = item
        else:
            out[key] = value
    return out


def get_path(doc: Mapping[str, Any], path: str) -> Any:
    top, _, sub = path.partition(".")
    if sub:
        return (doc.get(top) or {}).get(sub)
    return doc.get(top)


def apply_fields(doc: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """A copy of `doc` with the given paths set (the values themselves are not copied)."""
    out = copy.deepcopy(doc) if doc else {}  # a new record's: nothing to copy
    for path, value in fields.items():
        top, _, sub = path.partition(".")
        if sub:
            out.setdefault(top, {})
            if out[top] is None:
                out[top] = {}
            out[top][sub] = value
        else:
            out[top] = value
    return out


class Outbox:
    """Writes within the caller's transaction; `schema` is the store's schema number."""

    def __init__(self, session: Session, schema: int) -> None:
        self.session = session
        self.schema = schema
        self._clock: StoredClock | None = None

    @property
    def clock(self) -> StoredClock:
        if self._clock is None:
            self._clock = StoredClock(self.session)
        return self._clock

    def created(self, docs: dict[str, dict[str, Any]]) -> None:
        """New records: `docs` maps record id to its field paths."""
        now = utcnow()
        rows = [
            {
                "record_id": rid,
                "op": "create",
                "fields": fields,
                "bases": None,
                "hlc": self.clock.tick(),
                "schema": self.schema,
                "state": PENDING,
                "created_at": now,
            }
            for rid, fields in docs.items()
        ]
        if rows:
            self.session.connection().execute(insert(OutboxEntry.__table__), rows)

    def updated(self, record_id: str, diff: Iterable[tuple[str, Any, Any]]) -> None:
        diff = list(diff)
        if not diff:
            return
        self.session.execute(
            insert(OutboxEntry).values(
                record_id=record_id,
                op="update",
                fields={f: new for f, _old, new in diff},
                bases={f: value_hash(old) for f, old, _new in diff},
                hlc=self.clock.tick(),
                schema=self.schema,
                state=PENDING,
                created_at=utcnow(),
            )
        )

    def updated_many(self, diffs: Iterable[tuple[str, Iterable[tuple[str, Any, Any]]]]) -> None:
        """`updated` for many records (record id, diff) at once, in one insert: entries
        alike, each its own clock tick, in the order given."""
        now = utcnow()
        rows = []
        for record_id, diff in diffs:
            changes = list(diff)
            if changes:
                rows.append(
                    {
                        "record_id": record_id,
                        "op": "update",
                        "fields": {f: new for f, _old, new in changes},
                        "bases": {f: value_hash(old) for f, old, _new in changes},
                        "hlc": self.clock.tick(),
                        "schema": self.schema,
                        "state": PENDING,
                        "created_at": now,
                    }
                )
        if rows:
            self.session.connection().execute(insert(OutboxEntry.__table__), rows)

    def attached(self, record_id: str, meta: dict[str, Any]) -> None:
        """A file added to a record: its description goes in the batch, its bytes follow
        in chunks once HQ has taken the description."""
        self.session.execute(
            insert(OutboxEntry).values(
                record_id=record_id,
                op="attach",
                fields={"attachment": meta},
                bases=None,
                hlc=self.clock.tick(),
                schema=self.schema,
                state=PENDING,
                created_at=utcnow(),
            )
        )

    def deleted(self, record_id: str) -> None:
        self.session.execute(
            insert(OutboxEntry).values(
                record_id=record_id,
                op="delete",
                fields=None,
                bases=None,
                hlc=self.clock.tick(),
                schema=self.schema,
                state=PENDING,
                created_at=utcnow(),
            )
        )


# ---- reading and answering (used by sync) --------------------------------------------------
def pending(
    session: Session, after: int = 0, limit: int = 500, states: tuple[str, ...] = (PENDING, HELD)
) -> list[OutboxEntry]:
    return list(
        session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.state.in_(states), OutboxEntry.seq > after)
            .order_by(OutboxEntry.seq)
            .limit(limit)
        )
    )


def pending_count(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.state.in_((PENDING, HELD)))
        )
        or 0
    )


Protection = tuple[set[str] | None, dict[str, list[tuple[int, int]]]]


def protected_paths(session: Session, record_id: str) -> Protection:
    return protected_paths_many(session, [record_id]).get(record_id, (set(), {}))


def protected_paths_many(session: Session, record_ids: list[str]) -> dict[str, Protection]:
    """`protected_paths` for many records in one query per 500 ids (records with nothing
    to protect are left out)."""
    out: dict[str, Protection] = {}
    for i in range(0, len(record_ids), 500):
        chunk = record_ids[i : i + 500]
        rows = session.execute(
            select(
                OutboxEntry.record_id,
                OutboxEntry.seq,
                OutboxEntry.op,
                OutboxEntry.fields,
                OutboxEntry.state,
                OutboxEntry.echo,
            )
            .where(
                OutboxEntry.record_id.in_(chunk),
                OutboxEntry.fields.is_not(None) | OutboxEntry.state.in_((PENDING, HELD)),
            )
            .order_by(OutboxEntry.seq)
        ).all()
        by_record: dict[str, list[tuple[Any, ...]]] = {}
        for row in rows:
            by_record.setdefault(row[0], []).append(row[1:])
        for rid, entries in by_record.items():
            out[rid] = _protection(entries)
    return out


def _protection(entries: list[tuple[Any, ...]]) -> Protection:
    """Which paths of a record a pulled change must not overwrite.

    First: paths with a change HQ has not answered yet (None when a create or delete of the
    whole record is pending). Second: paths of changes HQ took, each as (seq, change-log id
    of HQ's record of it); a pulled entry older than that is superseded by our change."""
    hard: set[str] = set()
    soft: dict[str, list[tuple[int, int]]] = {}
    for seq, op, fields, state, echo in entries:
        if op == "attach":
            continue
        if state in (PENDING, HELD):
            if op in ("delete", "create"):
                return None, {}
            hard.update(fields or {})
        elif state in DELIVERED and echo:
            for path in fields or {}:
                soft.setdefault(path, []).append((seq, echo))
    return hard, soft


def answer(
    session: Session, seq: int, state: str, reason: str | None = None, echo: int | None = None
) -> None:
    """Record HQ's answer for one entry."""
    answer_many(session, [(seq, state, reason, echo)])


def answer_many(session: Session, answers: list[tuple[int, str, str | None, int | None]]) -> None:
    """HQ's answers, (seq, state, reason, echo) each, in one statement."""
    if not answers:
        return
    table = OutboxEntry.__table__
    now = utcnow()
    session.execute(
        update(table)
        .where(table.c.seq == bindparam("b_seq"))
        .values(
            state=bindparam("b_state"),
            reason=bindparam("b_reason"),
            echo=bindparam("b_echo"),
            answered_at=now,
        ),
        [
            {"b_seq": seq, "b_state": state, "b_reason": reason, "b_echo": echo}
            for seq, state, reason, echo in answers
        ],
    )


def prune(session: Session, cursor: int) -> None:
    """Drop the values of delivered changes once the pull cursor has passed HQ's record of
    them: they are at HQ, and nothing older can overwrite them any more."""
    session.execute(
        update(OutboxEntry)
        .where(
            OutboxEntry.state.in_(DELIVERED),
            OutboxEntry.fields.is_not(None),
            (OutboxEntry.echo.is_(None)) | (OutboxEntry.echo <= cursor),
        )
        .values(fields=null(), bases=null())
    )


def quarantined(session: Session) -> list[OutboxEntry]:
    return list(
        session.scalars(
            select(OutboxEntry).where(OutboxEntry.state == REJECTED).order_by(OutboxEntry.seq)
        )
    )
