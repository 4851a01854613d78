"""Incidents as a situation's records cite them: the evidence of an assessment's factors and
the incidents a strategy action addresses. Finding them (full-text, within the situation's
country, regions and period by default) and naming the ids a record already holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_
from sqlalchemy.orm import Session

from app import places
from app.incident_queries import IncidentQuery, summaries, summary_select
from app.models import Incident
from app.situations.documents import situation_row

LIMIT = 200  # a search shows this many at most, newest first; a narrower search finds the rest


def find(
    session: Session,
    situation_id: str,
    text: str | None,
    *,
    in_scope: bool = True,
    limit: int = LIMIT,
) -> list[dict[str, Any]]:
    """Incidents matching `text` (full-text: title, narrative, place names; none: all),
    newest first; with `in_scope`, only those in the situation's country, regions and
    period (its violation types are left to the officer: evidence may be of another kind)."""
    row = situation_row(session, situation_id)
    q = IncidentQuery(text=text, limit=limit)
    if in_scope:
        q.country, q.date_from, q.date_to = row.country, row.date_from, row.date_to
    stmt = summary_select(q)
    if in_scope and row.regions:
        pcodes, isos, names = places.region_match(row.country, row.regions)
        stmt = stmt.where(
            or_(
                Incident.admin1_pcode.in_(pcodes),
                Incident.admin1_code.in_(isos),
                Incident.admin1.in_(names)
                & Incident.admin1_pcode.is_(None)
                & Incident.admin1_code.is_(None),
            )
        )
    return summaries(session, stmt)


def named(session: Session, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The summary rows of those of `ids` this device holds, by id; the others are left out
    (deleted here, or never sent to this device)."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, dict[str, Any]] = {}
    for chunk in (wanted[i : i + 500] for i in range(0, len(wanted), 500)):
        stmt = summary_select(IncidentQuery()).where(Incident.id.in_(chunk))
        out.update((r["id"], r) for r in summaries(session, stmt))
    return out
