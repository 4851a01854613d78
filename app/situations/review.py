"""The quarterly review pack (Human Rights up Front, action 12): for each situation, its risk
changes, deterioration flags, overdue and blocked actions and incidents added in a quarter,
scrubbed for the UN when asked. Situations.review calls this; it only reads."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app.errors import BadInput
from app.models import Assessment, Incident, Situation
from app.redaction import Audience, scrub_texts
from app.situations import strategies
from app.situations.assessments import latest_before
from app.situations.trends import incident_ids
from app.store import Store

REVIEW_AUDIENCES = ("internal", "un")
Signals = Callable[[str, date], Any]  # (situation id, as of) -> the deterioration flags


def parse_quarter(text: str) -> tuple[date, date]:
    """'2026Q4' -> (2026-10-01, 2026-12-31)."""
    match = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", (text or "").strip())
    if not match:
        raise BadInput("quarter", "must look like 2026Q4")
    year, q = int(match[1]), int(match[2])
    start = date(year, 3 * q - 2, 1)
    end = date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1) - timedelta(days=1)
    return start, end


def review(
    store: Store, today: date, quarter: str, signals: Signals | None, audience: str
) -> dict[str, Any]:
    """The pack for `audience` (see Situations.review): all of it for internal, scrubbed for un."""
    if audience not in REVIEW_AUDIENCES:
        raise BadInput(
            "audience",
            f"the quarterly review is a UN planning document: one of {', '.join(REVIEW_AUDIENCES)}",
        )
    pack = review_pack(store, today, quarter, signals)
    if audience == "internal":
        return pack
    with store.session() as session:
        withheld = Audience(audience).withheld_in(session)
    scrubbed: dict[str, Any] = scrub_texts(pack, withheld)
    return scrubbed


def review_pack(store: Store, today: date, quarter: str, signals: Signals | None) -> dict[str, Any]:
    """The whole pack, unscrubbed, as of the quarter's end (or today, while it runs)."""
    start, end = parse_quarter(quarter)
    as_of = min(end, today)
    out: list[dict[str, Any]] = []
    with store.session() as session:
        rows = session.scalars(select(Situation).order_by(Situation.name)).all()
        for row in rows:
            in_quarter = session.scalars(
                select(Assessment)
                .where(
                    Assessment.situation_id == row.id,
                    Assessment.assessed_on >= start,
                    Assessment.assessed_on <= end,
                )
                .order_by(Assessment.assessed_on.desc(), Assessment.version.desc())
                .limit(1)
            ).first()
            before = latest_before(session, row.id, start)
            changes: list[dict[str, Any]] = []
            if in_quarter is not None:
                old = {f["factor"]: f["level"] for f in (before.factors if before else [])}
                for factor in in_quarter.factors:
                    if old.get(factor["factor"]) != factor["level"]:
                        changes.append(
                            {
                                "factor": factor["factor"],
                                "from": old.get(factor["factor"]),
                                "to": factor["level"],
                                "trend": factor["trend"],
                            }
                        )
            strategy_row = strategies.latest(session, row.id)
            overdue: list[dict[str, Any]] = []
            blocked: list[dict[str, Any]] = []
            if strategy_row is not None:
                doc = strategies.strategy_doc(strategy_row, as_of)
                overdue = [a for a in doc["actions"] if a["overdue"]]
                blocked = [a for a in doc["actions"] if a["blocked"]]
            ids = incident_ids(session, row)
            added: list[str] = []
            for i in range(0, len(ids), 500):
                added.extend(
                    session.scalars(
                        select(Incident.id).where(
                            Incident.id.in_(ids[i : i + 500]),
                            Incident.created_at >= start.isoformat(),
                            Incident.created_at < (end + timedelta(days=1)).isoformat(),
                        )
                    )
                )
            out.append(
                {
                    "situation": {
                        "id": row.id,
                        "name": row.name,
                        "country": row.country,
                        "status": row.status,
                    },
                    "risk_changes": changes,
                    "assessed_on": in_quarter.assessed_on.isoformat() if in_quarter else None,
                    "deterioration": [],
                    "overdue_actions": overdue,
                    "blocked_actions": blocked,
                    "incidents_added": sorted(added),
                }
            )
    if signals:  # each in its own read (one SQLite connection per thread)
        for item in out:
            item["deterioration"] = signals(item["situation"]["id"], as_of)
    return {
        "quarter": quarter.upper().replace("-", ""),
        "from": start.isoformat(),
        "to": end.isoformat(),
        "as_of": as_of.isoformat(),
        "situations": out,
    }
