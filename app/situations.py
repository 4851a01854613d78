"""Situations of concern: the incidents that belong to them, dated risk assessments against the
14 factors of the UN Framework of Analysis for Atrocity Crimes, signals from incident data,
the country strategy, and the quarterly review pack (Human Rights up Front, actions 6, 7, 12).

Documents are plain JSON, as for incidents (their fields and checks: app.schema.situation);
every write is one transaction with its audit entry. Assessments and strategies are never
edited in place: saving makes a new version.
"""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from app import changes as ch
from app import signals
from app import validation as v
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import BadInput, NotFound
from app.ids import new_id
from app.models import (
    Assessment,
    Incident,
    Situation,
    SituationLink,
    Strategy,
    Violation,
)
from app.outbox import Outbox
from app.redaction import Audience
from app.redaction import scrub_texts as _scrub_texts
from app.schema.revision import schema_number
from app.schema.situation import (
    SITUATION_COLUMNS,
    assessment_fields,
    remote_fields,
    situation_columns,
    strategy_fields,
)
from app.store import Store
from app.vocab import Vocabularies, vocabularies

HIGH = 3  # rank of "high" on the risk-level scale; "severe" is 4
# what a change to each kind of record changes, for the views (app.changes)
_KINDS = {
    "situation": ch.Kind.SITUATIONS,
    "assessment": ch.Kind.ASSESSMENTS,
    "strategy": ch.Kind.STRATEGIES,
}


def _today() -> date:
    return datetime.now(UTC).date()


def parse_quarter(text: str) -> tuple[date, date]:
    """'2026Q4' -> (2026-10-01, 2026-12-31)."""
    match = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", (text or "").strip())
    if not match:
        raise BadInput("quarter", "must look like 2026Q4")
    year, q = int(match[1]), int(match[2])
    start = date(year, 3 * q - 2, 1)
    end = date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1) - timedelta(days=1)
    return start, end


@dataclass(frozen=True)
class HeatMap:
    """Factor levels over time: rows are the 14 factors, columns the assessment dates."""

    factors: list[str]
    dates: list[str]
    cells: list[list[str | None]]  # cells[row][column]: a risk-level code or None
    overall: list[str | None]  # the highest level of each column

    def level(self, factor: str, on: str) -> str | None:
        return self.cells[self.factors.index(factor)][self.dates.index(on)]


class Situations:
    def __init__(
        self, store: Store, vocab: Vocabularies | None = None, today: date | None = None
    ) -> None:
        self.store = store
        self.vocab = vocab or vocabularies()
        self._today = today

    @property
    def today(self) -> date:
        return self._today or _today()

    @property
    def actor(self) -> str:
        return self.store.user

    # ---- situations -----------------------------------------------------------------------
    def add(self, doc: dict[str, Any]) -> str:
        columns = situation_columns(self.vocab, doc)
        situation_id = v.uuid_text(doc.get("id"), "id") or new_id()
        now = utcnow()
        with self.store.transaction() as session:
            if session.get(Situation, situation_id) is not None:
                raise BadInput("id", "a situation with this id already exists")
            row = Situation(
                id=situation_id,
                **columns,
                created_by=self.actor,
                created_at=now,
                updated_by=self.actor,
                updated_at=now,
                revision=1,
            )
            session.add(row)
            AuditLog(session).append(self.actor, "situation.create", "situation", situation_id)
            Outbox(session, schema_number()).created(
                {
                    situation_id: {
                        "kind": "situation",
                        **_situation_wire(row, _links(session, situation_id)),
                        "created_by": row.created_by,
                        "created_at": row.created_at,
                    }
                }
            )
            ch.note(session, ch.Kind.SITUATIONS, ids=[situation_id])
        return situation_id

    def edit(self, situation_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        changes = v.obj(changes, "situation")
        with self.store.transaction() as session:
            row = self._row(session, situation_id)
            current = _situation_doc(row)
            expected = changes.get("revision")
            if expected is not None and expected != row.revision:
                raise BadInput(
                    "revision",
                    f"the situation changed since revision {expected} "
                    f"(it is now at {row.revision}); reload it and edit again",
                )
            editable = {
                k: x
                for k, x in changes.items()
                if k
                not in (
                    "id",
                    "revision",
                    "links",
                    "created_by",
                    "created_at",
                    "updated_by",
                    "updated_at",
                )
            }
            columns = situation_columns(
                self.vocab,
                editable,
                {k: current[k] for k in SITUATION_COLUMNS},
            )
            changed = [k for k, x in columns.items() if getattr(row, k) != x]
            if not changed:
                return self._doc(session, row)
            links = _links(session, situation_id)
            before = _situation_wire(row, links)
            for key in changed:
                setattr(row, key, columns[key])
            after = _situation_wire(row, links)
            Outbox(session, schema_number()).updated(
                situation_id, [(k, before[k], after[k]) for k in changed]
            )
            row.revision += 1
            row.updated_by, row.updated_at = self.actor, utcnow()
            AuditLog(session).append(
                self.actor,
                "situation.update",
                "situation",
                situation_id,
                {"revision": row.revision, "fields": changed},
            )
            ch.note(session, ch.Kind.SITUATIONS, ids=[situation_id])
            session.flush()
            return self._doc(session, row)

    def get(self, situation_id: str) -> dict[str, Any]:
        with self.store.session() as session:
            return self._doc(session, self._row(session, situation_id))

    def list(self) -> list[dict[str, Any]]:
        with self.store.session() as session:
            rows = session.scalars(select(Situation).order_by(Situation.name)).all()
            return [
                {
                    "id": r.id,
                    "name": r.name,
                    "country": r.country,
                    "status": r.status,
                    "owner": r.owner,
                    "updated_at": r.updated_at,
                }
                for r in rows
            ]

    @staticmethod
    def _row(session: Session, situation_id: str) -> Situation:
        row = session.get(Situation, situation_id)
        if row is None:
            raise NotFound(f"no situation with id {situation_id}")
        return row

    # builtins.list below: in this class, `list` is the method above
    def _doc(self, session: Session, row: Situation) -> dict[str, Any]:
        doc = _situation_doc(row)
        links = session.execute(
            select(SituationLink.incident_id, SituationLink.mode)
            .where(SituationLink.situation_id == row.id)
            .order_by(SituationLink.at)
        ).all()
        doc["links"] = {
            "include": [i for i, m in links if m == "include"],
            "exclude": [i for i, m in links if m == "exclude"],
        }
        return doc

    # ---- changes from HQ (used by sync, inside its transaction; no outbox) ----------------
    @staticmethod
    def existing_kinds(session: Session, ids: builtins.list[str]) -> dict[str, str]:
        """Which of these ids are situations, assessments or strategies here, by kind."""
        out: dict[str, str] = {}
        for kind, model in (
            ("situation", Situation),
            ("assessment", Assessment),
            ("strategy", Strategy),
        ):
            for i in range(0, len(ids), 500):
                out.update(
                    (x, kind)
                    for x in session.scalars(select(model.id).where(model.id.in_(ids[i : i + 500])))
                )
        return out

    def titles(self, record_ids: builtins.list[str]) -> dict[str, str]:
        """What to call each of these records that is a situation, an assessment or a
        strategy here (sync's conflict and quarantine lists): a situation's name, its
        assessments and strategies under that name. Other ids are left out."""
        with self.store.session() as session:
            kinds = self.existing_kinds(session, list(set(record_ids)))
            ours = list(kinds)
            parents = {rid: rid for rid, kind in kinds.items() if kind == "situation"}
            for model in (Assessment, Strategy):
                parents.update(
                    session.execute(
                        select(model.id, model.situation_id).where(model.id.in_(ours))
                    ).all()
                )
            names = dict(
                session.execute(
                    select(Situation.id, Situation.name).where(
                        Situation.id.in_(set(parents.values()))
                    )
                ).all()
            )
        return {
            rid: names[rid] if kind == "situation" else f"{names[parents[rid]]} ({kind})"
            for rid, kind in kinds.items()
        }

    def apply_remote(
        self,
        session: Session,
        record_id: str,
        kind: str,
        fields: dict[str, Any],
        *,
        create: bool,
        deleted: bool,
        origin: str,
        keep: set[str] | None,
    ) -> None:
        """A change HQ sent. `keep` as for incidents: paths with a local change HQ has not
        answered stay as they are; None leaves the whole record alone. Raises BadInput when
        this device cannot take the values (older vocabularies): sync keeps a trace."""
        if keep is None:
            return
        actor = f"sync:{origin}"
        model = {"situation": Situation, "assessment": Assessment, "strategy": Strategy}[kind]
        row = session.get(model, record_id)
        if deleted:
            if row is not None:
                session.delete(row)
                AuditLog(session).append(actor, f"{kind}.sync_delete", kind, record_id)
                ch.note(session, _KINDS[kind], ids=[getattr(row, "situation_id", record_id)])
            return
        fields = {k: x for k, x in fields.items() if k not in keep and k != "kind"}
        if kind != "situation":
            if row is None and create:  # versions are sent once, whole, and never edited
                self._insert_version(session, record_id, kind, fields, actor)
            return
        if row is None and not create:
            return
        # kind "situation": the row, when this device has the record, is a Situation
        situation = row if isinstance(row, Situation) else None
        checked = remote_fields(
            self.vocab,
            "situation",
            fields
            if situation is None
            else {**_situation_wire(situation, _links(session, record_id)), **fields},
        )
        columns = {k: checked[k] for k in checked if k not in ("links", "created_by", "created_at")}
        if situation is None:
            now = utcnow()
            situation = Situation(
                id=record_id,
                **columns,
                created_by=checked.get("created_by") or actor,
                created_at=checked.get("created_at") or now,
                updated_by=actor,
                updated_at=now,
                revision=1,
            )
            session.add(situation)
            changed = sorted(fields)
        else:
            changed = [k for k, x in columns.items() if getattr(situation, k) != x]
            if "links" in fields and checked["links"] != _links(session, record_id):
                changed.append("links")
            if not changed:
                return
            for key in changed:
                if key != "links":
                    setattr(situation, key, columns[key])
            situation.revision += 1
            situation.updated_by, situation.updated_at = actor, utcnow()
        if "links" in changed or create:
            session.flush()
            session.execute(delete(SituationLink).where(SituationLink.situation_id == record_id))
            session.add_all(
                SituationLink(
                    situation_id=record_id, incident_id=iid, mode=mode, at=utcnow(), actor=actor
                )
                for mode in ("include", "exclude")
                for iid in checked["links"][mode]
            )
        AuditLog(session).append(
            actor, "situation.sync", "situation", record_id, {"fields": changed}
        )
        ch.note(session, ch.Kind.SITUATIONS, ids=[record_id])

    def _insert_version(
        self, session: Session, record_id: str, kind: str, fields: dict[str, Any], actor: str
    ) -> None:
        checked = remote_fields(self.vocab, kind, fields)
        situation_id = checked["situation_id"]
        if session.get(Situation, situation_id) is None:
            raise BadInput("situation_id", "this device holds no situation with this id")
        if kind == "assessment":
            self._fill_trends(session, situation_id, checked["assessed_on"], checked["factors"])
            row: Assessment | Strategy = Assessment(
                id=record_id,
                situation_id=situation_id,
                assessed_on=checked["assessed_on"],
                version=checked["version"],
                summary=checked["summary"],
                factors=list(checked["factors"].values()),
                created_by=checked["created_by"],
                created_at=checked["created_at"],
            )
        else:
            row = Strategy(
                id=record_id,
                situation_id=situation_id,
                version=checked["version"],
                objectives=checked["objectives"],
                actions=checked["actions"],
                note=checked["note"],
                created_by=checked["created_by"],
                created_at=checked["created_at"],
            )
        session.add(row)
        AuditLog(session).append(
            actor,
            f"{kind}.sync",
            "situation",
            situation_id,
            {kind: record_id, "version": checked["version"]},
        )
        ch.note(session, _KINDS[kind], ids=[situation_id])

    # ---- incidents of a situation ---------------------------------------------------------
    def link(self, situation_id: str, incident_id: str, mode: str = "include") -> None:
        """Tie an incident to the situation by hand, or keep it out ("exclude")."""
        if mode not in ("include", "exclude"):
            raise BadInput("mode", "is include or exclude")
        with self.store.transaction() as session:
            self._row(session, situation_id)
            if session.get(Incident, incident_id) is None:
                raise NotFound(f"no incident with id {incident_id}")
            before = _links(session, situation_id)
            session.execute(
                delete(SituationLink).where(
                    SituationLink.situation_id == situation_id,
                    SituationLink.incident_id == incident_id,
                )
            )
            session.add(
                SituationLink(
                    situation_id=situation_id,
                    incident_id=incident_id,
                    mode=mode,
                    at=utcnow(),
                    actor=self.actor,
                )
            )
            AuditLog(session).append(
                self.actor,
                f"situation.{mode}",
                "situation",
                situation_id,
                {"incident": incident_id},
            )
            self._links_changed(session, situation_id, before)

    def unlink(self, situation_id: str, incident_id: str) -> None:
        with self.store.transaction() as session:
            self._row(session, situation_id)
            before = _links(session, situation_id)
            session.execute(
                delete(SituationLink).where(
                    SituationLink.situation_id == situation_id,
                    SituationLink.incident_id == incident_id,
                )
            )
            AuditLog(session).append(
                self.actor, "situation.unlink", "situation", situation_id, {"incident": incident_id}
            )
            self._links_changed(session, situation_id, before)

    @staticmethod
    def _links_changed(
        session: Session, situation_id: str, before: dict[str, builtins.list[str]]
    ) -> None:
        session.flush()
        after = _links(session, situation_id)
        if after != before:
            Outbox(session, schema_number()).updated(situation_id, [("links", before, after)])
            ch.note(session, ch.Kind.SITUATIONS, ids=[situation_id])

    def incident_ids(self, situation_id: str) -> builtins.list[str]:
        """The situation's incidents: those its rule matches, and those tied by hand, less
        those kept out by hand; by date of occurrence."""
        with self.store.session() as session:
            return self._incident_ids(session, self._row(session, situation_id))

    def _incident_ids(self, session: Session, row: Situation) -> builtins.list[str]:
        rule = select(Incident.id).where(Incident.country == row.country)
        if row.regions:
            rule = rule.where(
                or_(Incident.admin1.in_(row.regions), Incident.admin1_code.in_(row.regions))
            )
        if row.date_from:
            rule = rule.where(
                func.coalesce(Incident.occurred_to, Incident.occurred_from) >= row.date_from
            )
        if row.date_to:
            rule = rule.where(Incident.occurred_from <= row.date_to)
        if row.violations:
            rule = rule.where(
                Incident.id.in_(
                    select(Violation.incident_id).where(Violation.type.in_(row.violations))
                )
            )
        links = dict(
            session.execute(
                select(SituationLink.incident_id, SituationLink.mode).where(
                    SituationLink.situation_id == row.id
                )
            ).all()
        )
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

    def incident_events(
        self, situation_id: str, *, confidentiality: str | None = None
    ) -> builtins.list[tuple[date, str, str | None]]:
        """(date of the act, violation type, region) of each act in the situation's
        incidents, only those of one confidentiality level if given: what signals and charts
        count."""
        with self.store.session() as session:
            ids = self._incident_ids(session, self._row(session, situation_id))
            out: builtins.list[tuple[date, str, str | None]] = []
            for i in range(0, len(ids), 500):
                q = (
                    select(
                        func.coalesce(Violation.date, Incident.occurred_from),
                        Violation.type,
                        Incident.admin1,
                    )
                    .join(Incident, Incident.id == Violation.incident_id)
                    .where(Incident.id.in_(ids[i : i + 500]))
                )
                if confidentiality:
                    q = q.where(Incident.confidentiality == confidentiality)
                out.extend((d, t, r) for d, t, r in session.execute(q).all())
            return out

    # ---- signals from incident data --------------------------------------------------------
    def weekly(
        self, situation_id: str, *, end: date | None = None, weeks: int = 16
    ) -> dict[str, Any]:
        """Acts (violations) per week in the situation's incidents, in all and by type, for
        the `weeks` 7-day weeks ending on `end` (oldest first)."""
        end = end or self.today
        events = self.incident_events(situation_id)
        return {
            "end": end.isoformat(),
            "weeks": weeks,
            "total": signals.weekly_counts([d for d, _t, _r in events], end=end, weeks=weeks),
            "by_type": signals.weekly_counts_by_type(
                [(d, t) for d, t, _r in events], end=end, weeks=weeks
            ),
        }

    def chart_data(
        self,
        situation_id: str,
        *,
        end: date | None = None,
        weeks: int = 26,
        confidentiality: str | None = None,
    ) -> dict[str, Any]:
        """What the dashboard draws: acts per week by violation type, and acts by region,
        over `weeks` weeks ending on `end`; with `confidentiality`, only incidents of that
        level, as the incident list filters."""
        end = end or self.today
        start = end - timedelta(days=7 * weeks - 1)
        rows = self.incident_events(situation_id, confidentiality=confidentiality)
        in_window = [(d, t, r) for d, t, r in rows if start <= d <= end]
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

    def signals(self, situation_id: str, as_of: date | None = None) -> dict[str, Any]:
        """Deterioration of the last 4 weeks against the 12 before (see app.signals), for all
        acts and per violation type (Holm-corrected across types)."""
        counts = self.weekly(situation_id, end=as_of, weeks=16)
        overall = signals.deterioration(counts["total"])
        by_type = signals.deteriorations_by_type(counts["by_type"]) if counts["by_type"] else {}
        return {
            "as_of": counts["end"],
            "overall": _signal_doc(overall),
            "by_type": {k: _signal_doc(x) for k, x in sorted(by_type.items())},
        }

    def signals_as_of(self, situation_id: str, as_of: date) -> builtins.list[dict[str, Any]]:
        """Only the flags, for the review pack: [{"scope": "all" or a type, ...}]."""
        found = self.signals(situation_id, as_of)
        flags: builtins.list[dict[str, Any]] = []
        if found["overall"]["flagged"]:
            flags.append({"scope": "all", **found["overall"]})
        flags.extend({"scope": kind, **x} for kind, x in found["by_type"].items() if x["flagged"])
        return flags

    # ---- assessments ----------------------------------------------------------------------
    def assess(self, situation_id: str, doc: Any) -> dict[str, Any]:
        """Save a dated assessment; a second one on the same date is a new version of it.
        A factor's trend, when not given, comes from the previous assessment's level."""
        on, summary, given = assessment_fields(self.vocab, doc)
        on = on or self.today
        v.not_future(on, "assessed_on", self.today)
        with self.store.transaction() as session:
            self._row(session, situation_id)
            for code, factor in given.items():
                missing = [x for x in factor["evidence"] if session.get(Incident, x) is None]
                if missing:
                    raise BadInput("evidence", f"no incident with id {missing[0]} (factor {code})")
            self._fill_trends(session, situation_id, on, given)
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
                created_by=self.actor,
                created_at=utcnow(),
            )
            session.add(row)
            AuditLog(session).append(
                self.actor,
                "assessment.create",
                "situation",
                situation_id,
                {"assessment": row.id, "assessed_on": on.isoformat(), "version": version},
            )
            Outbox(session, schema_number()).created({row.id: _assessment_wire(row)})
            ch.note(session, ch.Kind.ASSESSMENTS, ids=[situation_id])
            session.flush()
            return _assessment_doc(row, self.vocab)

    def _fill_trends(
        self, session: Session, situation_id: str, on: date, given: dict[str, dict[str, Any]]
    ) -> None:
        previous = self._latest_before(session, situation_id, on)
        before = {f["factor"]: f["level"] for f in (previous.factors if previous else [])}
        for code, factor in given.items():
            if factor["trend"] is None:
                factor["trend"] = self._trend(before.get(code), factor["level"])

    def _trend(self, before: str | None, now: str) -> str:
        if before is None:
            return "first_assessment"
        # every risk level has a rank (0 as _assessment_doc counts a level without one)
        a = self.vocab.rank("risk-level", before) or 0
        b = self.vocab.rank("risk-level", now) or 0
        return "worsening" if b > a else "improving" if b < a else "stable"

    @staticmethod
    def _latest_before(session: Session, situation_id: str, on: date) -> Assessment | None:
        return session.scalars(
            select(Assessment)
            .where(Assessment.situation_id == situation_id, Assessment.assessed_on < on)
            .order_by(Assessment.assessed_on.desc(), Assessment.version.desc())
            .limit(1)
        ).first()

    def assessments(
        self, situation_id: str, *, all_versions: bool = False
    ) -> builtins.list[dict[str, Any]]:
        """Oldest first; by default the latest version of each date."""
        with self.store.session() as session:
            self._row(session, situation_id)
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
            return [_assessment_doc(r, self.vocab) for r in rows]

    def heat_map(self, situation_id: str) -> HeatMap:
        docs = self.assessments(situation_id)
        factors = [t.code for t in self.vocab.terms("risk-factor")]
        dates = [d["assessed_on"] for d in docs]
        cells: list[list[str | None]] = [[None] * len(docs) for _ in factors]
        for col, doc in enumerate(docs):
            for factor in doc["factors"]:
                cells[factors.index(factor["factor"])][col] = factor["level"]
        return HeatMap(factors, dates, cells, [d["overall"] for d in docs])

    # ---- strategy -------------------------------------------------------------------------
    def save_strategy(self, situation_id: str, doc: Any) -> dict[str, Any]:
        """Save the strategy as a new version (earlier versions stay, to compare)."""
        objectives, actions, note = strategy_fields(self.vocab, doc)
        with self.store.transaction() as session:
            self._row(session, situation_id)
            for i, action in enumerate(actions):
                for j, iid in enumerate(action["incidents"]):
                    if session.get(Incident, iid) is None:
                        raise BadInput(
                            f"actions[{i}].incidents[{j}]", "is not an incident in this store"
                        )
            expected = doc.get("version")
            current = (
                session.scalar(
                    select(func.max(Strategy.version)).where(Strategy.situation_id == situation_id)
                )
                or 0
            )
            if expected is not None and expected != current:
                raise BadInput(
                    "version",
                    f"the strategy changed since version {expected} "
                    f"(it is now at {current}); reload it and save again",
                )
            row = Strategy(
                id=new_id(),
                situation_id=situation_id,
                version=current + 1,
                objectives=objectives,
                actions=actions,
                note=note,
                created_by=self.actor,
                created_at=utcnow(),
            )
            session.add(row)
            AuditLog(session).append(
                self.actor,
                "strategy.save",
                "situation",
                situation_id,
                {"version": row.version, "actions": len(actions)},
            )
            Outbox(session, schema_number()).created({row.id: _strategy_wire(row)})
            ch.note(session, ch.Kind.STRATEGIES, ids=[situation_id])
            session.flush()
            return self._strategy_doc(row)

    def strategy(self, situation_id: str, version: int | None = None) -> dict[str, Any] | None:
        """The latest version (or the one asked for), with each action marked overdue (due
        date passed, not done) or blocked; None when the situation has no strategy yet."""
        with self.store.session() as session:
            self._row(session, situation_id)
            q = select(Strategy).where(Strategy.situation_id == situation_id)
            if version is not None:
                q = q.where(Strategy.version == version)
            row = session.scalars(q.order_by(Strategy.version.desc()).limit(1)).first()
            if row is None and version is not None:
                raise NotFound(f"no version {version} of this situation's strategy")
            return None if row is None else self._strategy_doc(row)

    def strategy_versions(self, situation_id: str) -> builtins.list[dict[str, Any]]:
        with self.store.session() as session:
            self._row(session, situation_id)
            return [
                {
                    "version": r.version,
                    "created_by": r.created_by,
                    "created_at": r.created_at,
                    "actions": len(r.actions),
                }
                for r in session.scalars(
                    select(Strategy)
                    .where(Strategy.situation_id == situation_id)
                    .order_by(Strategy.version)
                )
            ]

    def _strategy_doc(self, row: Strategy, as_of: date | None = None) -> dict[str, Any]:
        as_of = as_of or self.today
        actions: builtins.list[dict[str, Any]] = []
        for action in row.actions:
            due = date.fromisoformat(action["due"]) if action.get("due") else None
            actions.append(
                {
                    **action,
                    "overdue": bool(due and due < as_of and action["status"] != "done"),
                    "blocked": action["status"] == "blocked",
                }
            )
        return {
            "situation_id": row.situation_id,
            "version": row.version,
            "objectives": list(row.objectives),
            "actions": actions,
            "note": row.note,
            "created_by": row.created_by,
            "created_at": row.created_at,
        }

    def all_actions(self, as_of: date | None = None) -> builtins.list[dict[str, Any]]:
        """Every action of every situation's current strategy, for the strategies board:
        overdue first, then blocked, then by due date (none last) and title. Each carries its
        situation (id, name, country, status) and strategy version."""
        as_of = as_of or self.today
        actions: builtins.list[dict[str, Any]] = []
        with self.store.session() as session:
            situations = {r.id: r for r in session.scalars(select(Situation))}
            current: dict[str, Strategy] = {}
            for row in session.scalars(
                select(Strategy).order_by(Strategy.version, Strategy.created_at, Strategy.id)
            ):
                current[row.situation_id] = row  # the last version of each situation wins
            for sid, row in current.items():
                situation = situations[sid]
                doc = self._strategy_doc(row, as_of)
                for action in doc["actions"]:
                    actions.append(
                        {
                            **action,
                            "version": doc["version"],
                            "situation": {
                                "id": sid,
                                "name": situation.name,
                                "country": situation.country,
                                "status": situation.status,
                            },
                        }
                    )
        actions.sort(
            key=lambda a: (
                not a["overdue"],
                not a["blocked"],
                a["due"] is None,
                a["due"] or "",
                a["title"].casefold(),
            )
        )
        return actions

    # ---- the quarterly review ---------------------------------------------------------------
    def review(
        self, quarter: str, *, signals: Any = None, audience: str = "internal"
    ) -> dict[str, Any]:
        """The agenda of the inter-agency meeting for a quarter: for every situation, its
        risk changes, deterioration flags, overdue and blocked actions, incidents added.

        `signals(situation_id, as_of)`, when given, returns the deterioration flags (the
        statistics live in app.signals; see `Situations.signals`). The review is a UN
        planning document: for `un` its texts are scrubbed of every name the UN may not
        read (`app.redaction`); partners and the public get none."""
        if audience not in REVIEW_AUDIENCES:
            raise BadInput(
                "audience",
                "the quarterly review is a UN planning document: "
                f"one of {', '.join(REVIEW_AUDIENCES)}",
            )
        pack = self._review(quarter, signals)
        if audience == "internal":
            return pack
        with self.store.session() as session:
            withheld = Audience(audience).withheld_in(session)
        scrubbed: dict[str, Any] = _scrub_texts(pack, withheld)
        return scrubbed

    def _review(self, quarter: str, signals: Any) -> dict[str, Any]:
        start, end = parse_quarter(quarter)
        as_of = min(end, self.today)
        out: builtins.list[dict[str, Any]] = []
        with self.store.session() as session:
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
                before = self._latest_before(session, row.id, start)
                changes: builtins.list[dict[str, Any]] = []
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
                strategy_row = session.scalars(
                    select(Strategy)
                    .where(Strategy.situation_id == row.id)
                    .order_by(Strategy.version.desc())
                    .limit(1)
                ).first()
                overdue: builtins.list[dict[str, Any]] = []
                blocked: builtins.list[dict[str, Any]] = []
                if strategy_row is not None:
                    doc = self._strategy_doc(strategy_row, as_of)
                    overdue = [a for a in doc["actions"] if a["overdue"]]
                    blocked = [a for a in doc["actions"] if a["blocked"]]
                ids = self._incident_ids(session, row)
                added: builtins.list[str] = []
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


REVIEW_AUDIENCES = ("internal", "un")


def _signal_doc(signal: signals.Signal) -> dict[str, Any]:
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


def _situation_doc(row: Situation) -> dict[str, Any]:
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


def _assessment_doc(row: Assessment, vocab: Vocabularies) -> dict[str, Any]:
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


def _links(session: Session, situation_id: str) -> dict[str, list[str]]:
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


def _situation_wire(row: Situation, links: dict[str, list[str]]) -> dict[str, Any]:
    doc = _situation_doc(row)
    return {**{k: doc[k] for k in SITUATION_COLUMNS}, "links": links}


def _assessment_wire(row: Assessment) -> dict[str, Any]:
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


def _strategy_wire(row: Strategy) -> dict[str, Any]:
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
