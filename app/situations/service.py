"""Situations of concern: the incidents that belong to them, dated risk assessments against the
14 factors of the UN Framework of Analysis for Atrocity Crimes, signals from incident data,
the country strategy, and the quarterly review pack (Human Rights up Front, actions 6, 7, 12).

Documents are plain JSON, as for incidents (their fields and checks: app.schema.situation);
every write is one transaction with its audit entry. Assessments and strategies are never
edited in place: saving makes a new version.

`Situations` is the one service callers use. It holds situations and their incident links
here; its other methods call the rest of the package: assessments (assessments, heat map),
strategies, trends (incidents counted, signals), review (the quarterly pack), remote (changes
from HQ) and documents (the documents and wire forms).
"""

from __future__ import annotations

import builtins
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import changes as ch
from app import validation as v
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import BadInput, NotFound
from app.ids import new_id
from app.models import Incident, Situation, SituationLink, SituationRecord
from app.outbox import Outbox
from app.record_views import refuse_if_view
from app.schema.revision import schema_number
from app.schema.situation import SITUATION_COLUMNS, situation_columns
from app.situations import assessments as assessments_
from app.situations import coordination, evidence, remote, review, strategies, timeline, trends
from app.situations.assessments import HeatMap
from app.situations.documents import links, situation_doc, situation_row, situation_wire
from app.store import Store
from app.vocab import Vocabularies, vocabularies


def _today() -> date:
    return datetime.now(UTC).date()


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
                        **situation_wire(row, links(session, situation_id)),
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
            row = situation_row(session, situation_id)
            refuse_if_view(session, situation_id)
            current = situation_doc(row)
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
            linked = links(session, situation_id)
            before = situation_wire(row, linked)
            for key in changed:
                setattr(row, key, columns[key])
            after = situation_wire(row, linked)
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
            return self._doc(session, situation_row(session, situation_id))

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

    # builtins.list below: in this class, `list` is the method above
    def _doc(self, session: Session, row: Situation) -> dict[str, Any]:
        doc = situation_doc(row)
        linked = session.execute(
            select(SituationLink.incident_id, SituationLink.mode)
            .where(SituationLink.situation_id == row.id)
            .order_by(SituationLink.at)
        ).all()
        doc["links"] = {
            "include": [i for i, m in linked if m == "include"],
            "exclude": [i for i, m in linked if m == "exclude"],
        }
        return doc

    # ---- changes from HQ (used by sync, inside its transaction; no outbox) ------------------
    @staticmethod
    def existing_kinds(session: Session, ids: builtins.list[str]) -> dict[str, str]:
        """Which of these ids are situations, assessments or strategies here, by kind."""
        return remote.existing_kinds(session, ids)

    def titles(self, record_ids: builtins.list[str]) -> dict[str, str]:
        """What to call each of these records that is a situation, an assessment or a
        strategy here (sync's conflict and quarantine lists): a situation's name, its
        assessments and strategies under that name. Other ids are left out."""
        with self.store.session() as session:
            return remote.titles(session, record_ids)

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
        remote.apply_remote(
            session,
            self.vocab,
            record_id,
            kind,
            fields,
            create=create,
            deleted=deleted,
            origin=origin,
            keep=keep,
        )

    # ---- incidents of a situation ---------------------------------------------------------
    def link(self, situation_id: str, incident_id: str, mode: str = "include") -> None:
        """Tie an incident to the situation by hand, or keep it out ("exclude")."""
        if mode not in ("include", "exclude"):
            raise BadInput("mode", "is include or exclude")
        with self.store.transaction() as session:
            situation_row(session, situation_id)
            refuse_if_view(session, situation_id)
            if session.get(Incident, incident_id) is None:
                raise NotFound(f"no incident with id {incident_id}")
            before = links(session, situation_id)
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
            situation_row(session, situation_id)
            refuse_if_view(session, situation_id)
            before = links(session, situation_id)
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
        after = links(session, situation_id)
        if after != before:
            Outbox(session, schema_number()).updated(situation_id, [("links", before, after)])
            ch.note(session, ch.Kind.SITUATIONS, ids=[situation_id])

    def incident_ids(self, situation_id: str) -> builtins.list[str]:
        """The situation's incidents: those its rule matches, and those tied by hand, less
        those kept out by hand; by date of occurrence."""
        with self.store.session() as session:
            return trends.incident_ids(session, situation_row(session, situation_id))

    def incident_events(
        self, situation_id: str, *, confidentiality: str | None = None
    ) -> builtins.list[tuple[date, str, str | None]]:
        """(date of the act, violation type, region) of each act in the situation's
        incidents, only those of one confidentiality level if given: what signals and charts
        count."""
        with self.store.session() as session:
            row = situation_row(session, situation_id)
            return trends.incident_events(session, row, confidentiality)

    def find_incidents(
        self, situation_id: str, text: str | None, *, in_scope: bool = True
    ) -> builtins.list[dict[str, Any]]:
        """Incidents to cite as evidence or as addressed by an action: matching `text`
        (full-text), newest first, by default only in the situation's country, regions and
        period (app.situations.evidence)."""
        with self.store.session() as session:
            return evidence.find(session, situation_id, text, in_scope=in_scope)

    def incidents_named(self, ids: builtins.list[str]) -> dict[str, dict[str, Any]]:
        """The summary rows of those of `ids` this device holds, by id."""
        with self.store.session() as session:
            return evidence.named(session, ids)

    # ---- signals from incident data --------------------------------------------------------
    def weekly(
        self, situation_id: str, *, end: date | None = None, weeks: int = 16
    ) -> dict[str, Any]:
        """Acts (violations) per week in the situation's incidents, in all and by type, for
        the `weeks` 7-day weeks ending on `end` (oldest first)."""
        end = end or self.today
        return trends.weekly(self.incident_events(situation_id), end, weeks)

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
        events = self.incident_events(situation_id, confidentiality=confidentiality)
        return trends.chart_data(events, end, weeks)

    def signals(self, situation_id: str, as_of: date | None = None) -> dict[str, Any]:
        """Deterioration of the last 4 weeks against the 12 before (see app.signals), for all
        acts and per violation type (Holm-corrected across types)."""
        return trends.deterioration(self.weekly(situation_id, end=as_of, weeks=16))

    def signals_as_of(self, situation_id: str, as_of: date) -> builtins.list[dict[str, Any]]:
        """Only the flags, for the review pack: [{"scope": "all" or a type, ...}]."""
        return trends.flags(self.signals(situation_id, as_of))

    # ---- assessments (app.situations.assessments) -------------------------------------------
    def assess(self, situation_id: str, doc: Any) -> dict[str, Any]:
        """Save a dated assessment; a second one on the same date is a new version of it.
        A factor's trend, when not given, comes from the previous assessment's level."""
        return assessments_.assess(
            self.store, self.vocab, self.actor, self.today, situation_id, doc
        )

    def assessments(
        self, situation_id: str, *, all_versions: bool = False
    ) -> builtins.list[dict[str, Any]]:
        """Oldest first; by default the latest version of each date."""
        with self.store.session() as session:
            return assessments_.assessments(
                session, self.vocab, situation_id, all_versions=all_versions
            )

    def heat_map(self, situation_id: str) -> HeatMap:
        return assessments_.heat_map(self.vocab, self.assessments(situation_id))

    # ---- strategy (app.situations.strategies) -----------------------------------------------
    def save_strategy(self, situation_id: str, doc: Any) -> dict[str, Any]:
        """Save the strategy as a new version (earlier versions stay, to compare)."""
        return strategies.save(self.store, self.vocab, self.actor, self.today, situation_id, doc)

    def strategy(self, situation_id: str, version: int | None = None) -> dict[str, Any] | None:
        """The latest version (or the one asked for), with each action marked overdue (due
        date passed, not done) or blocked; None when the situation has no strategy yet."""
        with self.store.session() as session:
            return strategies.strategy(session, situation_id, version, self.today)

    def strategy_versions(self, situation_id: str) -> builtins.list[dict[str, Any]]:
        with self.store.session() as session:
            return strategies.versions(session, situation_id)

    def all_actions(self, as_of: date | None = None) -> builtins.list[dict[str, Any]]:
        """Every action of every situation's current strategy, for the strategies board:
        overdue first, then blocked, then by due date (none last) and title. Each carries its
        situation (id, name, country, status) and strategy version."""
        with self.store.session() as session:
            return strategies.all_actions(session, as_of or self.today)

    # ---- the quarterly review (app.situations.review) ---------------------------------------
    def review(
        self, quarter: str, *, signals: Any = None, audience: str = "internal"
    ) -> dict[str, Any]:
        """The agenda of the inter-agency meeting for a quarter: for every situation, its
        risk changes, deterioration flags, overdue and blocked actions, incidents added.

        `signals(situation_id, as_of)`, when given, returns the deterioration flags (the
        statistics live in app.signals; see `Situations.signals`). The review is a UN
        planning document: for `un` its texts are scrubbed of every name the UN may not
        read (`app.redaction`); partners and the public get none."""
        return review.review(self.store, self.today, quarter, signals, audience)

    # ---- coordination (app.situations.coordination) ---------------------------------------
    @property
    def _coordination(self) -> coordination.Coordination:
        return coordination.Coordination(self.store, self.vocab, self.actor, self.today)

    def add_decision(self, situation_id: str, doc: Any, action: Any = None) -> dict[str, Any]:
        """Record a decision of the quarterly review. With `action` (a strategy action's
        fields), the same transaction saves a new strategy version holding that action, tied
        to the decision both ways (the action's `decision`, the decision's `action_id`)."""
        return self._coordination.add_decision(situation_id, doc, action)

    def edit_decision(self, decision_id: str, changes: Any) -> dict[str, Any]:
        """Change a decision; a change of status (done, blocked or dropped: the last two
        need a why, `status_note`) records who changed it and when."""
        return self._coordination.edit_decision(decision_id, changes)

    def decisions(
        self,
        quarter: str | None = None,
        situation_id: str | None = None,
        as_of: date | None = None,
    ) -> builtins.list[dict[str, Any]]:
        """The decisions (of a quarter's review, of a situation), each with its `state` as
        of `as_of` (done, late, blocked, dropped or open), its situation's name and the
        strategy action it became."""
        return self._coordination.decisions(quarter, situation_id, as_of)

    def add_engagement(self, situation_id: str, doc: Any) -> dict[str, Any]:
        """An entry of the situation's engagement log: démarche, meeting, briefing, public
        statement or letter; who from the UN, with whom, through which channel, what was
        asked and answered, the follow-up due; its confidentiality."""
        return self._coordination.add_engagement(situation_id, doc)

    def edit_engagement(self, engagement_id: str, changes: Any) -> dict[str, Any]:
        return self._coordination.edit_engagement(engagement_id, changes)

    def engagements(self, situation_id: str) -> builtins.list[dict[str, Any]]:
        """The engagement log, by date."""
        return self._coordination.engagements(situation_id)

    def set_taskforce(self, situation_id: str, doc: Any) -> dict[str, Any]:
        """Set (or change) the situation's inter-agency task force: its member entities and
        the Situation Response Coordinator, if one is appointed."""
        return self._coordination.set_taskforce(situation_id, doc)

    def taskforce(self, situation_id: str) -> dict[str, Any] | None:
        return self._coordination.taskforce(situation_id)

    def issue_guidance(self, situation_id: str, doc: Any) -> dict[str, Any]:
        """A new version of the consolidated guidance to the RC/HC (earlier ones stay)."""
        return self._coordination.issue_guidance(situation_id, doc)

    def guidance(self, situation_id: str) -> builtins.list[dict[str, Any]]:
        """Every version, each with its acknowledgements."""
        return self._coordination.guidance(situation_id)

    def acknowledge(self, guidance_id: str, doc: Any) -> dict[str, Any]:
        """Record the Resident Coordinator's acknowledgement of a guidance version: by the
        RC office's own device (`on_behalf` False) or by a user on the RC's behalf; who
        recorded it and when are kept."""
        return self._coordination.acknowledge(guidance_id, doc)

    def coordination_record(self, record_id: str) -> dict[str, Any]:
        """Any coordination record by id, as stored (NotFound when there is none)."""
        with self.store.session() as session:
            row = session.get(SituationRecord, record_id)
            if row is None:
                raise NotFound(f"no coordination record with id {record_id}")
            return coordination.record_doc(row)

    # ---- the warning-to-action timeline (app.situations.timeline) ---------------------------
    def timeline(self, situation_id: str, as_of: date | None = None) -> dict[str, Any]:
        """First warnings, first actions, escalations and the days between, each with its
        source record, and the after-action review draft (`draft`)."""
        with self.store.session() as session:
            return timeline.timeline(session, self.vocab, situation_id, as_of or self.today)
