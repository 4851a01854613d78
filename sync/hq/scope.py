"""What a device may receive and change at HQ, from its role: the teams in its scope (a list,
or None for every team) and the audience it reads as. One place decides, so push, pull and
uploads cannot disagree.

- A device receives the records of the teams in its scope. Records with no team (an analyst's
  record for a country HQ has no team for) reach only devices whose scope is every team.
- A device reading as `internal` receives records as they are, field by field. Any other
  audience receives a redacted view rendered for it (`sync.hq.views`), and may change only
  the records it created itself: a view is read-only.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, true
from sqlalchemy.orm import InstrumentedAttribute

from sync.hq.models import Device, Record

REDACTED_VIEW = (
    "this device holds a redacted view of this record (audience {audience}): it cannot change "
    "it, and HQ left it as it was"
)


def teams(dev: Device) -> list[str] | None:
    """The device's teams, or None for every team."""
    if dev.scope is not None:
        return list(dev.scope)
    if not dev.analyst:  # a team's device enrolled before roles existed
        return [dev.team_id] if dev.team_id else []
    return None


def in_scope(dev: Device, team_id: str | None) -> bool:
    scoped = teams(dev)
    return scoped is None or (team_id is not None and team_id in scoped)


def clause(
    dev: Device, column: InstrumentedAttribute[str | None] | ColumnElement[str | None]
) -> ColumnElement[bool]:
    """SQL: rows whose team (`column`) is in the device's scope."""
    scoped = teams(dev)
    return true() if scoped is None else column.in_(scoped)


def redacted(dev: Device) -> bool:
    """Whether this device receives redacted views rather than records as they are."""
    return (dev.audience or "internal") != "internal"


def edit_problem(dev: Device, rec: Record) -> str | None:
    """Why this device may not change this record HQ holds, if it may not."""
    if not in_scope(dev, rec.team_id):
        return "id: belongs to another team: this device cannot change it, and HQ left it as it was"
    if redacted(dev) and rec.created_by_device != dev.id:
        return "id: " + REDACTED_VIEW.format(audience=dev.audience)
    return None
