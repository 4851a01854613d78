"""Accountability for access: which device received which record at which audience, and when,
and which file's bytes (a file as it was taken in, or a copy without metadata). Every pull
page notes what it carried (`noted`), every download piece the file it came from
(`noted_file`); `of_record` and `of_device` answer "who could read this" and "what did this
device receive"."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sync.hq import scope
from sync.hq.models import Access, Device, FileAccess, FileCopy, Record, StoredFile


def noted(s: Session, device_id: str, audience: str, sent: Iterable[tuple[str, int]]) -> None:
    """Note that this device received these records (record id, change-log id) at this
    audience: a new row for a record it never had, else the last time and log id. One
    upsert, its rows in one order, so two requests of one device at once cannot collide."""
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
            "log_id": latest[rid],
        }
        for rid in sorted(latest)  # one order for every writer: no two lock in turn
    ]
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(Access)
    # an executemany of one small statement: psycopg pipelines it, and neither SQLAlchemy
    # nor psycopg compiles a statement as long as the page each time
    s.execute(
        stmt.on_conflict_do_update(
            index_elements=["device_id", "record_id"],
            set_={
                "last_at": stmt.excluded.last_at,
                "log_id": stmt.excluded.log_id,
                "audience": stmt.excluded.audience,
                "removed_at": None,
            },
        ),
        rows,
    )


def noted_file(s: Session, dev: Device, f: StoredFile, record_id: str, *, whole: bool) -> None:
    """Note that this device received bytes of this file (of this record): a new row the
    first time, else the last time; `whole` once the piece that ends the file went."""
    now = time.time()
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(FileAccess).values(
        device_id=dev.id,
        file_id=f.id,
        record_id=record_id,
        audience=dev.audience or "internal",
        first_at=now,
        last_at=now,
        whole=whole,
    )
    s.execute(
        stmt.on_conflict_do_update(
            index_elements=["device_id", "file_id"],
            set_={
                "last_at": stmt.excluded.last_at,
                "audience": stmt.excluded.audience,
                "whole": FileAccess.whole | stmt.excluded.whole,
            },
        )
    )


def _files(s: Session, where: ColumnElement[bool]) -> list[dict[str, Any]]:
    rows = s.execute(
        select(FileAccess, FileCopy.file_id)
        .outerjoin(FileCopy, FileCopy.copy_id == FileAccess.file_id)
        .where(where)
        .order_by(FileAccess.first_at, FileAccess.file_id)
    ).all()
    return [
        {
            "device": a.device_id,
            "record": a.record_id,
            "file": a.file_id,
            # a copy without metadata HQ made of this original, or the file as taken in
            "copy_of": original,
            "audience": a.audience,
            "first_at": a.first_at,
            "last_at": a.last_at,
            "whole": a.whole,
        }
        for a, original in rows
    ]


def of_record(s: Session, record_id: str) -> dict[str, Any] | None:
    """Who could read this record: each device that received it, with its role (scope,
    audience, entity), the first and last time, and whether HQ told it to remove it; and the
    device that created it, which holds it without receiving it. None when HQ knows no such
    record and no device received one of that id. Ids, roles and times only: never content."""
    rec = s.get(Record, record_id)
    rows = s.execute(
        select(Access, Device)
        .outerjoin(Device, Device.id == Access.device_id)
        .where(Access.record_id == record_id)
        .order_by(Access.first_at, Access.device_id)
    ).all()
    if rec is None and not rows:
        return None
    return {
        "files": _files(s, FileAccess.record_id == record_id),
        "record": record_id,
        "team": rec.team_id if rec is not None else None,
        "kind": rec.kind if rec is not None else None,
        "created_by": rec.created_by_device if rec is not None else None,
        "devices": [
            {
                "device": a.device_id,
                **_role(dev),
                "audience": a.audience,
                "first_at": a.first_at,
                "last_at": a.last_at,
                "removed": a.removed_at is not None,
                "removed_at": a.removed_at,
            }
            for a, dev in rows
        ],
    }


def of_device(s: Session, device_id: str) -> dict[str, Any] | None:
    """What this device received: each record with the audience it was sent at, first and
    last time, and whether HQ told the device to remove it. None for a device HQ never
    enrolled."""
    dev = s.get(Device, device_id)
    if dev is None:
        return None
    rows = s.execute(
        select(Access, Record.team_id, Record.kind)
        .outerjoin(Record, Record.id == Access.record_id)
        .where(Access.device_id == device_id)
        .order_by(Access.first_at, Access.record_id)
    ).all()
    return {
        "device": dev.id,
        **_role(dev),
        "files": _files(s, FileAccess.device_id == device_id),
        "records": [
            {
                "record": a.record_id,
                "team": team,
                "kind": kind,
                "audience": a.audience,
                "first_at": a.first_at,
                "last_at": a.last_at,
                "removed": a.removed_at is not None,
                "removed_at": a.removed_at,
            }
            for a, team, kind in rows
        ],
    }


def _role(dev: Device | None) -> dict[str, Any]:
    if dev is None:  # devices are never deleted; an access row without one says so
        return {"name": None, "scope": None, "entity": None, "revoked": None}
    teams = scope.teams(dev)
    return {
        "name": dev.name,
        "scope": "all" if teams is None else teams,
        "entity": dev.entity or "OHCHR",
        "revoked": dev.revoked_at is not None,
    }
