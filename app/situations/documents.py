"""The shapes of a situation's records: a row as the document callers read and as the wire form
sync sends (situations, assessments, strategies, signals), plus the two small reads those shapes
need (a situation by id, its hand-made links). Shared by the Situations service and its wings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import signals
from app.errors import NotFound
from app.models import Assessment, Situation, SituationLink, Strategy
from app.schema.situation import SITUATION_COLUMNS
from app.vocab import Vocabularies

HIGH = 3  # rank of "high" on the risk-level scale; "severe" is 4


def situation_row(session: Session, situation_id: str) -> Situation:
    """The situation's row; NotFound when this store has none with this id."""
    row = session.get(Situation, situation_id)
    if row is None:
        raise NotFound(f"no situation with id {situation_id}")
    return row


def links(session: Session, situation_id: str) -> dict[str, list[str]]:
    """The hand-made links as they travel: incident ids in order, so equal sets hash alike."""
    rows = session.execute(
        select(SituationLink.incident_id, SituationLink.mode).where(
            SituationLink.situation_id == situation_id
        )
    ).all()
    return {
        "include": sorted(i for i, m in rows if m == "include"),
        "exclude": sorted(i for i, m in rows if m == "exclude"),
    }


def signal_doc(signal: signals.Signal) -> dict[str, Any]:
    out: dict[str, Any] = {
        k: getattr(signal, k)
        for k in (
            "recent_count",
            "baseline_count",
            "recent_rate_per_week",
            "baseline_rate_per_week",
            "rate_ratio",
            "p_value",
            "dispersion",
            "flagged",
            "rule",
            "reason",
        )
    }
    if out["rate_ratio"] == float("inf"):
        out["rate_ratio"] = None  # JSON has no infinity
    return out


def situation_doc(row: Situation) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "country": row.country,
        "regions": list(row.regions),
        "description": row.description,
        "status": row.status,
        "owner": row.owner,
        "date_from": row.date_from.isoformat() if row.date_from else None,
        "date_to": row.date_to.isoformat() if row.date_to else None,
        "violations": list(row.violations),
        "revision": row.revision,
        "created_by": row.created_by,
        "created_at": row.created_at,
        "updated_by": row.updated_by,
        "updated_at": row.updated_at,
    }


def assessment_doc(row: Assessment, vocab: Vocabularies) -> dict[str, Any]:
    levels = [vocab.rank("risk-level", f["level"]) or 0 for f in row.factors]
    top = max(levels, default=0)
    overall = next(
        (f["level"] for f in row.factors if (vocab.rank("risk-level", f["level"]) or 0) == top),
        None,
    )
    return {
        "id": row.id,
        "situation_id": row.situation_id,
        "assessed_on": row.assessed_on.isoformat(),
        "version": row.version,
        "summary": row.summary,
        "factors": [dict(f) for f in row.factors],
        "overall": overall,
        "high_or_severe": sum(1 for x in levels if x >= HIGH),
        "created_by": row.created_by,
        "created_at": row.created_at,
    }


def situation_wire(row: Situation, linked: dict[str, list[str]]) -> dict[str, Any]:
    """What travels of a situation: its own fields and its hand-made links (see `links`)."""
    doc = situation_doc(row)
    return {**{k: doc[k] for k in SITUATION_COLUMNS}, "links": linked}


def assessment_wire(row: Assessment) -> dict[str, Any]:
    return {
        "kind": "assessment",
        "situation_id": row.situation_id,
        "assessed_on": row.assessed_on.isoformat(),
        "version": row.version,
        "summary": row.summary,
        "factors": [dict(f) for f in row.factors],
        "created_by": row.created_by,
        "created_at": row.created_at,
    }


def strategy_wire(row: Strategy) -> dict[str, Any]:
    return {
        "kind": "strategy",
        "situation_id": row.situation_id,
        "version": row.version,
        "objectives": list(row.objectives),
        "actions": [dict(a) for a in row.actions],
        "note": row.note,
        "created_by": row.created_by,
        "created_at": row.created_at,
    }
