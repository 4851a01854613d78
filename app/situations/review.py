"""The quarterly review pack (Human Rights up Front, action 12): the agenda and the record of
the inter-agency meeting. For each situation, its risk changes, deterioration flags, overdue and
blocked actions, incidents added in a quarter, the engagements of the quarter its audience may
read and the decisions taken in it; the situations
ranked by what calls for the meeting's attention (`RANK_POINTS`, each situation's `rank` says
why); and the decisions of the quarter before, with their state as of the review (done, late,
blocked, dropped, open), who set it and why. Scrubbed for the UN when asked; the pack carries
the SHA-256 of its content, which its PDF prints. Situations.review calls this; it only reads."""

from __future__ import annotations

import hashlib
import json
import math
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
from app.situations.coordination import engagements_for
from app.situations.trends import incident_ids
from app.store import Store
from app.vocab import Vocabularies, vocabularies

REVIEW_AUDIENCES = ("internal", "un")
# How a situation's place in the review is scored: points per item of each reason (incidents
# added: per ten started). The pack states this rule (`rank_rule`) and, per situation, the
# reasons that scored (`rank`); ties go by name.
RANK_POINTS = {
    "deterioration": 3,  # a deterioration flag (app.signals) as of the review
    "risk_up": 2,  # a risk factor assessed higher in the quarter than before it
    "late_actions": 2,  # a strategy action past its due date, not done
    "blocked_actions": 2,  # a strategy action blocked
    "late_decisions": 2,  # a decision of the quarter before, late as of the review
    "incidents_added": 1,  # per ten incidents (or fewer) added in the quarter
}
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


def previous_quarter(text: str) -> str:
    """'2026Q1' -> '2025Q4'."""
    start, _end = parse_quarter(text)
    before = start - timedelta(days=1)
    return f"{before.year}Q{(before.month - 1) // 3 + 1}"


def pack_sha256(pack: dict[str, Any]) -> str:
    """SHA-256 of the pack's content (canonical JSON, less its own `sha256`): printed on the
    review's PDF and kept in its JSON, so two copies with the same reference say the same."""
    content = {k: x for k, x in pack.items() if k != "sha256"}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def review(
    store: Store, today: date, quarter: str, signals: Signals | None, audience: str
) -> dict[str, Any]:
    """The pack for `audience` (see Situations.review): all of it for internal, scrubbed for un."""
    if audience not in REVIEW_AUDIENCES:
        raise BadInput(
            "audience",
            f"the quarterly review is a UN planning document: one of {', '.join(REVIEW_AUDIENCES)}",
        )
    pack = review_pack(store, today, quarter, signals, audience=audience)
    if audience != "internal":
        with store.session() as session:
            withheld = Audience(audience).withheld_in(session)
        pack = scrub_texts(pack, withheld)
    pack["audience"] = audience
    pack["sha256"] = pack_sha256(pack)
    return pack


def review_pack(
    store: Store,
    today: date,
    quarter: str,
    signals: Signals | None,
    vocab: Vocabularies | None = None,
    *,
    audience: str = "internal",
) -> dict[str, Any]:
    """The whole pack, unscrubbed, as of the quarter's end (or today, while it runs); the
    engagement log holds only the entries whose confidentiality reaches `audience`."""
    start, end = parse_quarter(quarter)
    as_of = min(end, today)
    vocab = vocab or vocabularies()
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
                    "engagements": engagements_for(session, row.id, audience, start, end),
                }
            )
    if signals:  # each in its own read (one SQLite connection per thread)
        for item in out:
            item["deterioration"] = signals(item["situation"]["id"], as_of)
    name = quarter.upper().replace("-", "")
    decided = _decisions(store, today, name, as_of)
    previous = _decisions(store, today, previous_quarter(name), as_of)
    for item in out:
        sid = item["situation"]["id"]
        item["decisions"] = [d for d in decided if d["situation_id"] == sid]
        late = sum(1 for d in previous if d["situation_id"] == sid and d["state"] == "late")
        item["rank"] = rank_reasons(item, vocab, late)
        item["score"] = sum(r["points"] for r in item["rank"])
    out.sort(key=lambda item: (-item["score"], item["situation"]["name"].casefold()))
    return {
        "quarter": name,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "as_of": as_of.isoformat(),
        "rank_rule": dict(RANK_POINTS),
        "situations": out,
        "previous_quarter": previous_quarter(name),
        "previous_decisions": previous,
    }


def _decisions(store: Store, today: date, quarter: str, as_of: date) -> list[dict[str, Any]]:
    """A quarter's decisions, each with its state as of `as_of` (app.situations.coordination)."""
    from app.situations.service import Situations  # the service imports this module

    return Situations(store, today=today).decisions(quarter=quarter, as_of=as_of)


def rank_reasons(
    item: dict[str, Any], vocab: Vocabularies, late_decisions: int
) -> list[dict[str, Any]]:
    """Why a situation stands where it does: each reason with its count and points."""

    def level(code: str | None) -> int:
        term = vocab.term("risk-level", code) if code else None
        return (term.rank or 0) if term else 0

    counts = {
        "deterioration": len(item["deterioration"]),
        "risk_up": sum(1 for c in item["risk_changes"] if level(c["to"]) > level(c["from"])),
        "late_actions": len(item["overdue_actions"]),
        "blocked_actions": len(item["blocked_actions"]),
        "late_decisions": late_decisions,
        "incidents_added": len(item["incidents_added"]),
    }
    out = []
    for reason, count in counts.items():
        if not count:
            continue
        units = math.ceil(count / 10) if reason == "incidents_added" else count
        out.append({"reason": reason, "count": count, "points": units * RANK_POINTS[reason]})
    return out
