"""The log of role changes: every token made, device enrolled, revoked, wipe ordered or
delivered is a row of `role_events` and a line of HQ's log (ids, roles and actions only; never
a record's content)."""

from __future__ import annotations

import getpass
import logging
import time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.hq.models import RoleEvent

log = logging.getLogger("upfront.hq")


def actor() -> str:
    """Who is acting: the account running an administrative command."""
    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):  # no name for this uid (a container)
        return "unknown"


def record(
    s: Session,
    action: str,
    *,
    device_id: str | None = None,
    detail: dict[str, Any] | None = None,
    by: str = "hq",
) -> None:
    """Note a role change inside the caller's transaction."""
    s.add(RoleEvent(at=time.time(), actor=by, action=action, device_id=device_id, detail=detail))
    log.info(
        "role: %s device=%s by=%s %s",
        action,
        device_id or "-",
        by,
        " ".join(f"{k}={v}" for k, v in sorted((detail or {}).items())),
    )


def events(s: Session, device_id: str | None = None) -> list[dict[str, Any]]:
    q = select(RoleEvent).order_by(RoleEvent.id)
    if device_id:
        q = q.where(RoleEvent.device_id == device_id)
    return [
        {
            "at": e.at,
            "actor": e.actor,
            "action": e.action,
            "device": e.device_id,
            "detail": e.detail,
        }
        for e in s.scalars(q)
    ]
