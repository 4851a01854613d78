"""Append-only, hash-chained audit log.

Each entry's hash covers its content and the previous entry's hash, so editing an entry breaks
its own hash and deleting one breaks the chain (a gap in `seq` or a `prev_hash` that no longer
matches). The newest (seq, hash) is also kept in store_meta, so dropping entries from the end is
caught too. The log lives inside the encrypted store: tampering needs the database key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.engine import insert_many
from app.models import AuditEntry, StoreMeta

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def _digest(entry: dict[str, Any]) -> str:
    canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _content(e: AuditEntry) -> dict[str, Any]:
    return {
        "seq": e.seq,
        "at": e.at,
        "actor": e.actor,
        "action": e.action,
        "object_type": e.object_type,
        "object_id": e.object_id,
        "detail": e.detail,
        "prev_hash": e.prev_hash,
    }


class AuditLog:
    """Appends within the caller's transaction, so an entry lands only with its change."""

    def __init__(self, session: Session) -> None:
        self.session = session
        head = session.execute(select(StoreMeta.value).where(StoreMeta.key == HEAD_KEY)).first()
        self._has_head = head is not None
        if head is None:
            self._seq, self._hash = 0, GENESIS
        else:
            seq, _, digest = head[0].partition(":")
            self._seq, self._hash = int(seq), digest

    def append(
        self,
        actor: str,
        action: str,
        object_type: str | None = None,
        object_id: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        return self.append_many(actor, action, object_type, [(object_id, detail)])[0]

    def append_many(
        self,
        actor: str,
        action: str,
        object_type: str | None,
        items: Iterable[tuple[str | None, dict[str, Any] | None]],
    ) -> list[dict[str, Any]]:
        """One entry per (object_id, detail), written with a single statement."""
        rows: list[dict[str, Any]] = []
        for object_id, detail in items:
            entry: dict[str, Any] = {
                "seq": self._seq + 1,
                "at": utcnow(),
                "actor": actor,
                "action": action,
                "object_type": object_type,
                "object_id": object_id,
                "detail": detail,
                "prev_hash": self._hash,
            }
            entry["hash"] = _digest(entry)
            rows.append(entry)
            self._seq, self._hash = entry["seq"], entry["hash"]
        if not rows:
            return rows
        if self.session.autoflush:  # what the session holds goes first, as an ORM insert has it
            self.session.flush()
        insert_many(self.session.connection(), AuditEntry.__table__, rows)
        value = f"{self._seq}:{self._hash}"
        if self._has_head:
            self.session.execute(
                update(StoreMeta).where(StoreMeta.key == HEAD_KEY).values(value=value)
            )
        else:
            self.session.execute(insert(StoreMeta).values(key=HEAD_KEY, value=value))
            self._has_head = True
        return rows


def append(
    session: Session,
    actor: str,
    action: str,
    object_type: str | None = None,
    object_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return AuditLog(session).append(actor, action, object_type, object_id, detail)


@dataclass(frozen=True)
class Problem:
    seq: int
    reason: str


def verify(session: Session) -> tuple[int, list[Problem]]:
    """Walk the chain. Returns the number of entries and every problem found."""
    problems: list[Problem] = []
    expected_seq, prev = 1, GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        count += 1
        if entry.seq != expected_seq:
            problems.append(
                Problem(entry.seq, f"entries {expected_seq}..{entry.seq - 1} are missing")
            )
        if entry.prev_hash != prev:
            problems.append(Problem(entry.seq, "does not follow the previous entry (chain broken)"))
        if _digest(_content(entry)) != entry.hash:
            problems.append(Problem(entry.seq, "content was altered after it was written"))
        expected_seq, prev = entry.seq + 1, entry.hash
    head = session.get(StoreMeta, HEAD_KEY)
    if head is not None:
        seq, _, digest = head.value.partition(":")
        if int(seq) != expected_seq - 1 or digest != prev:
            problems.append(
                Problem(int(seq), f"the log should end at entry {seq}; entries were removed")
            )
    elif count:
        problems.append(Problem(0, "the log's head marker is missing"))
    return count, problems
