"""Accountability for access: which device received which record at which audience, and when.
Every pull page notes what it carried (`noted`); `of_record` and `of_device` answer "who could
read this" and "what did this device receive"."""

from __future__ import annotations

import time
from collections.abc import Iterable

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sync.hq.models import Access


def noted(s: Session, device_id: str, audience: str, sent: Iterable[tuple[str, int]]) -> None:
    """Note that this device received these records (record id, change-log id) at this
    audience: a new row for a record it never had, else the last time and log id. One
    multi-row upsert, so two requests of one device at once cannot collide."""
    latest: dict[str, int] = {}
    for record_id, log_id in sent:
        latest[record_id] = max(log_id, latest.get(record_id, 0))
    if not latest:
        return
    now = time.time()
    rows = [
        {
            "device_id": device_id,
            "record_id": rid,
            "audience": audience,
            "first_at": now,
            "last_at": now,
            "log_id": log_id,
        }
        for rid, log_id in latest.items()
    ]
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    for i in range(0, len(rows), 500):
        stmt = dialect.insert(Access).values(rows[i : i + 500])
        s.execute(
            stmt.on_conflict_do_update(
                index_elements=["device_id", "record_id"],
                set_={
                    "last_at": stmt.excluded.last_at,
                    "log_id": stmt.excluded.log_id,
                    "audience": stmt.excluded.audience,
                    "removed_at": None,
                },
            )
        )
