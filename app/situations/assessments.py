"""Risk assessments of a situation against the 14 factors of the UN Framework of Analysis for
Atrocity Crimes: saving a dated version, the trend of each factor, the history and the heat map.
The Situations service (app.situations) calls these; an assessment is never edited in place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import changes as ch
from app import validation as v
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import BadInput
from app.humanitarian import check_series
from app.ids import new_id
from app.models import Assessment, Incident
from app.outbox import Outbox
from app.schema.revision import schema_number
from app.schema.situation import assessment_fields
from app.situations.documents import assessment_doc, assessment_wire, situation_row
from app.store import Store
from app.vocab import Vocabularies


@dataclass(frozen=True)
class HeatMap:
    """Factor levels over time: rows are the 14 factors, columns the assessment dates."""

    factors: list[str]
    dates: list[str]
    cells: list[list[str | None]]  # cells[row][column]: a risk-level code or None
    overall: list[str | None]  # the highest level of each column

    def level(self, factor: str, on: str) -> str | None:
        return self.cells[self.factors.index(factor)][self.dates.index(on)]


def assess(
    store: Store, vocab: Vocabularies, actor: str, today: date, situation_id: str, doc: Any
) -> dict[str, Any]:
    """Save a dated assessment (see Situations.assess) and return it as a document."""
    on, summary, given = assessment_fields(vocab, doc)
    on = on or today
    v.not_future(on, "assessed_on", today)
    with store.transaction() as session:
        situation_row(session, situation_id)
        # evidence carried from an earlier assessment stays even when its incident is no
        # longer on this device (deleted, or withdrawn from its view); new evidence must exist
        carried = cited(session, situation_id)
        carried_series = {
            _series_key(ref)
            for factors in session.scalars(
                select(Assessment.factors).where(Assessment.situation_id == situation_id)
            )
            for factor in factors
            for ref in factor.get("series") or ()
        }
        for i, (code, factor) in enumerate(given.items()):
            for j, x in enumerate(factor["evidence"]):
                if x not in carried and session.get(Incident, x) is None:
                    raise BadInput(
                        f"factors[{i}].evidence[{j}]",
                        f"is not an incident in this store (factor {code})",
                    )
            # a humanitarian series cited anew must be held here; one an earlier assessment
            # cited stays even when its dataset has since been deleted
            for j, ref in enumerate(factor.get("series") or ()):
                if _series_key(ref) not in carried_series:
                    check_series(session, ref, f"factors[{i}].series[{j}]")
        fill_trends(session, vocab, situation_id, on, given)
        version = 1 + (
            session.scalar(
                select(func.max(Assessment.version)).where(
                    Assessment.situation_id == situation_id, Assessment.assessed_on == on
                )
            )
            or 0
        )
        row = Assessment(
            id=new_id(),
            situation_id=situation_id,
            assessed_on=on,
            version=version,
            summary=summary,
            factors=list(given.values()),
            created_by=actor,
            created_at=utcnow(),
        )
        session.add(row)
        AuditLog(session).append(
            actor,
            "assessment.create",
            "situation",
            situation_id,
            {"assessment": row.id, "assessed_on": on.isoformat(), "version": version},
        )
        Outbox(session, schema_number()).created({row.id: assessment_wire(row)})
        ch.note(session, ch.Kind.ASSESSMENTS, ids=[situation_id])
        session.flush()
        return assessment_doc(row, vocab)


def _series_key(ref: dict[str, Any]) -> tuple[str, str, str]:
    return (ref["dataset"], ref["place"], ref["measure"])


def cited(session: Session, situation_id: str) -> set[str]:
    """Every incident id an earlier assessment of the situation gives as evidence."""
    return {
        iid
        for factors in session.scalars(
            select(Assessment.factors).where(Assessment.situation_id == situation_id)
        )
        for factor in factors
        for iid in factor.get("evidence") or ()
    }


def fill_trends(
    session: Session,
    vocab: Vocabularies,
    situation_id: str,
    on: date,
    given: dict[str, dict[str, Any]],
) -> None:
    """Give each factor without a trend the one its level makes against the assessment before."""
    previous = latest_before(session, situation_id, on)
    before = {f["factor"]: f["level"] for f in (previous.factors if previous else [])}
    for code, factor in given.items():
        if factor["trend"] is None:
            factor["trend"] = trend(vocab, before.get(code), factor["level"])


def trend(vocab: Vocabularies, before: str | None, now: str) -> str:
    if before is None:
        return "first_assessment"
    # every risk level has a rank (0 as assessment_doc counts a level without one)
    a = vocab.rank("risk-level", before) or 0
    b = vocab.rank("risk-level", now) or 0
    return "worsening" if b > a else "improving" if b < a else "stable"


def latest_before(session: Session, situation_id: str, on: date) -> Assessment | None:
    """The situation's last assessment (latest version) dated before `on`, if any."""
    return session.scalars(
        select(Assessment)
        .where(Assessment.situation_id == situation_id, Assessment.assessed_on < on)
        .order_by(Assessment.assessed_on.desc(), Assessment.version.desc())
        .limit(1)
    ).first()


def latest_and_previous(
    session: Session, situation_id: str, until: date
) -> tuple[Assessment | None, Assessment | None]:
    """The situation's latest assessment dated `until` or before (its latest version), and
    the one dated before that: what a heat map shows and what it compares against."""
    done = list(
        session.scalars(
            select(Assessment)
            .where(Assessment.situation_id == situation_id, Assessment.assessed_on <= until)
            .order_by(
                Assessment.assessed_on.desc(),
                Assessment.version.desc(),
                Assessment.created_at.desc(),
            )
        )
    )
    if not done:
        return None, None
    latest = done[0]
    return latest, next((a for a in done if a.assessed_on < latest.assessed_on), None)


def assessments(
    session: Session, vocab: Vocabularies, situation_id: str, *, all_versions: bool = False
) -> list[dict[str, Any]]:
    """Oldest first; by default the latest version of each date."""
    situation_row(session, situation_id)
    rows = session.scalars(
        select(Assessment)
        .where(Assessment.situation_id == situation_id)
        .order_by(Assessment.assessed_on, Assessment.version)
    ).all()
    if not all_versions:
        latest: dict[date, Assessment] = {}
        for row in rows:
            latest[row.assessed_on] = row
        rows = list(latest.values())
    return [assessment_doc(r, vocab) for r in rows]


def heat_map(vocab: Vocabularies, docs: list[dict[str, Any]]) -> HeatMap:
    """The heat map of these assessment documents (oldest first, one per date)."""
    factors = [t.code for t in vocab.terms("risk-factor")]
    dates = [d["assessed_on"] for d in docs]
    cells: list[list[str | None]] = [[None] * len(docs) for _ in factors]
    for col, doc in enumerate(docs):
        for factor in doc["factors"]:
            cells[factors.index(factor["factor"])][col] = factor["level"]
    return HeatMap(factors, dates, cells, [d["overall"] for d in docs])
