"""A situation's incidents and what is counted from them: the rule plus hand-made links that
choose its incidents, their acts by date, type and region, the weekly counts and charts, and the
deterioration signals (the statistics live in app.signals)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from app import places, signals
from app.models import Incident, Situation, SituationLink, Violation
from app.situations.documents import signal_doc

Event = tuple[date, str, str | None]  # (date of the act, violation type, region)


def incident_ids(session: Session, row: Situation) -> list[str]:
    """The situation's incidents: those its rule matches, and those tied by hand, less
    those kept out by hand; by date of occurrence."""
    rule = rule_select(row, Incident.id)
    links = hand_links(session, row.id)
    chosen = set(session.scalars(rule)) | {i for i, m in links.items() if m == "include"}
    chosen -= {i for i, m in links.items() if m == "exclude"}
    if not chosen:
        return []
    ordered = session.execute(
        select(Incident.id)
        .where(Incident.id.in_(chosen))
        .order_by(Incident.occurred_from, Incident.id)
    ).scalars()
    return list(ordered)


def hand_links(session: Session, situation_id: str) -> dict[str, str]:
    """The incidents tied to the situation by hand: incident id -> "include" or "exclude"."""
    return dict(
        session.execute(
            select(SituationLink.incident_id, SituationLink.mode).where(
                SituationLink.situation_id == situation_id
            )
        ).all()
    )


def rule_select(row: Situation, *columns: Any) -> Select[Any]:
    """The `columns` of the incidents the situation's rule matches (country, regions, dates,
    violation types), hand-made links aside."""
    rule = select(*columns).where(Incident.country == row.country)
    if row.regions:
        pcodes, isos, names = places.region_match(row.country, row.regions)
        rule = rule.where(
            or_(
                Incident.admin1_pcode.in_(pcodes),
                Incident.admin1_code.in_(isos),
                Incident.admin1.in_(names)
                & Incident.admin1_pcode.is_(None)
                & Incident.admin1_code.is_(None),
            )
        )
    if row.date_from:
        rule = rule.where(
            func.coalesce(Incident.occurred_to, Incident.occurred_from) >= row.date_from
        )
    if row.date_to:
        rule = rule.where(Incident.occurred_from <= row.date_to)
    if row.violations:
        rule = rule.where(
            Incident.id.in_(select(Violation.incident_id).where(Violation.type.in_(row.violations)))
        )
    return rule


def incident_events(
    session: Session,
    row: Situation,
    confidentiality: str | None = None,
    *,
    where: Sequence[ColumnElement[bool]] = (),
) -> list[Event]:
    """Each act in the situation's incidents, only those of one confidentiality level if given,
    and only those of incidents meeting `where` (conditions on Incident: an audience's
    `record_filter`, for a briefing that counts what its audience may read)."""
    ids = incident_ids(session, row)
    out: list[Event] = []
    for i in range(0, len(ids), 500):
        q = (
            select(
                func.coalesce(Violation.date, Incident.occurred_from),
                Violation.type,
                Incident.admin1,
            )
            .join(Incident, Incident.id == Violation.incident_id)
            .where(Incident.id.in_(ids[i : i + 500]), *where)
        )
        if confidentiality:
            q = q.where(Incident.confidentiality == confidentiality)
        out.extend((d, t, r) for d, t, r in session.execute(q).all())
    return out


def weekly(events: list[Event], end: date, weeks: int) -> dict[str, Any]:
    """Acts per week, in all and by type, for the `weeks` 7-day weeks ending on `end`."""
    return {
        "end": end.isoformat(),
        "weeks": weeks,
        "total": signals.weekly_counts([d for d, _t, _r in events], end=end, weeks=weeks),
        "by_type": signals.weekly_counts_by_type(
            [(d, t) for d, t, _r in events], end=end, weeks=weeks
        ),
    }


def chart_data(events: list[Event], end: date, weeks: int) -> dict[str, Any]:
    """Acts per week by violation type, and acts by region, over `weeks` weeks ending on `end`."""
    start = end - timedelta(days=7 * weeks - 1)
    in_window = [(d, t, r) for d, t, r in events if start <= d <= end]
    regions: dict[str, int] = {}
    for _d, _t, region in in_window:
        regions[region or ""] = regions.get(region or "", 0) + 1
    return {
        "weeks": [(start + timedelta(days=7 * w + 6)).isoformat() for w in range(weeks)],
        "by_type": signals.weekly_counts_by_type(
            [(d, t) for d, t, _r in in_window], end=end, weeks=weeks
        ),
        "by_region": dict(sorted(regions.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def deterioration(counts: dict[str, Any]) -> dict[str, Any]:
    """The signals of 16 weekly counts (`weekly`): all acts, and per type (Holm-corrected)."""
    overall = signals.deterioration(counts["total"])
    by_type = signals.deteriorations_by_type(counts["by_type"]) if counts["by_type"] else {}
    return {
        "as_of": counts["end"],
        "overall": signal_doc(overall),
        "by_type": {k: signal_doc(x) for k, x in sorted(by_type.items())},
    }


def flags(found: dict[str, Any]) -> list[dict[str, Any]]:
    """Only the flagged signals of `deterioration`: [{"scope": "all" or a type, ...}]."""
    out: list[dict[str, Any]] = []
    if found["overall"]["flagged"]:
        out.append({"scope": "all", **found["overall"]})
    out.extend({"scope": kind, **x} for kind, x in found["by_type"].items() if x["flagged"])
    return out
