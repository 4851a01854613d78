"""A situation's coordination records (Human Rights up Front, actions 1, 12 and 13): the quarterly
review's decisions, which may become strategy actions; the engagement log with the State and
Member States; the inter-agency task force and its Situation Response Coordinator; versions of
the consolidated guidance to the RC/HC and the RC's acknowledgements of them.

Each write is one transaction with its audit entry and its outbox entry, so the records sync with
HQ as assessments and strategies do: decisions, engagements and the task force are edited field
by field; a guidance version and an acknowledgement are sent once, whole, and never edited. The
documents' fields and checks are app.schema.coordination's. The Situations service calls these.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import changes as ch
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import BadInput, NotFound
from app.ids import new_id
from app.models import Situation, SituationRecord, Strategy
from app.outbox import Outbox
from app.record_views import refuse_if_view
from app.redaction import Audience
from app.schema import coordination as schema
from app.schema.revision import schema_number
from app.situations import strategies
from app.situations.documents import situation_row
from app.store import Store
from app.vocab import Vocabularies

KIND = ch.Kind.SITUATIONS  # what a change to a coordination record changes, for the views


def records(session: Session, situation_id: str | None, kind: str) -> list[dict[str, Any]]:
    """The stored documents of `kind` (of one situation, or of all), each with its record's
    keys, in the order they were made."""
    q = select(SituationRecord).where(SituationRecord.kind == kind)
    if situation_id is not None:
        q = q.where(SituationRecord.situation_id == situation_id)
    rows = session.scalars(q.order_by(SituationRecord.created_at, SituationRecord.id))
    return [record_doc(r) for r in rows]


def engagements_for(
    session: Session,
    situation_id: str,
    audience: str,
    start: date | None = None,
    end: date | None = None,
) -> list[dict[str, Any]]:
    """The situation's engagement log as a document for `audience` may show it (a review
    pack, a briefing): the entries dated in [start, end] whose confidentiality reaches the
    audience, by date. Texts are the caller's to scrub of withheld names."""
    reaching = set(Audience(audience).confidentialities())
    out = [
        doc
        for doc in records(session, situation_id, "engagement")
        if (doc.get("confidentiality") or "internal") in reaching
        and (start is None or doc["date"] >= start.isoformat())
        and (end is None or doc["date"] <= end.isoformat())
    ]
    return sorted(out, key=lambda d: (d["date"], d["created_at"], d["id"]))


def record_doc(row: SituationRecord) -> dict[str, Any]:
    return {
        **row.doc,
        "id": row.id,
        "situation_id": row.situation_id,
        "kind": row.kind,
        "revision": row.revision,
        "created_by": row.created_by,
        "created_at": row.created_at,
        "updated_by": row.updated_by,
        "updated_at": row.updated_at,
    }


def wire(row: SituationRecord) -> dict[str, Any]:
    """What travels of a record when it is made: its kind, situation, document, author."""
    return {
        "kind": row.kind,
        "situation_id": row.situation_id,
        **row.doc,
        "created_by": row.created_by,
        "created_at": row.created_at,
    }


def _row(session: Session, record_id: str, kind: str) -> SituationRecord:
    row = session.get(SituationRecord, record_id)
    if row is None or row.kind != kind:
        raise NotFound(f"no {kind} with id {record_id}")
    return row


class Coordination:
    """The writes and reads (see the Situations methods that call them)."""

    def __init__(self, store: Store, vocab: Vocabularies, actor: str, today: date) -> None:
        self.store = store
        self.vocab = vocab
        self.actor = actor
        self.today = today

    # ---- writing --------------------------------------------------------------------------
    def _create(
        self,
        session: Session,
        situation_id: str,
        kind: str,
        doc: dict[str, Any],
        record_id: str | None = None,
    ) -> SituationRecord:
        # a device that holds the situation as HQ's view of it (an analyst's) may add its own
        # records to it: HQ's review, briefings and guidance happen there
        situation_row(session, situation_id)
        now = utcnow()
        row = SituationRecord(
            id=record_id or new_id(),
            situation_id=situation_id,
            kind=kind,
            doc=doc,
            revision=1,
            created_by=self.actor,
            created_at=now,
            updated_by=self.actor,
            updated_at=now,
        )
        session.add(row)
        AuditLog(session).append(
            self.actor, f"{kind}.create", "situation", situation_id, {kind: row.id}
        )
        Outbox(session, schema_number()).created({row.id: wire(row)})
        ch.note(session, KIND, ids=[situation_id])
        session.flush()
        return row

    def _edit(self, session: Session, row: SituationRecord, doc: dict[str, Any]) -> SituationRecord:
        refuse_if_view(session, row.id)  # another device's record, as HQ rendered it here
        before = row.doc
        changed = [k for k in schema.KEYS[row.kind] if before.get(k) != doc.get(k)]
        if not changed:
            return row
        Outbox(session, schema_number()).updated(
            row.id, [(k, before.get(k), doc.get(k)) for k in changed]
        )
        row.doc = doc
        row.revision += 1
        row.updated_by, row.updated_at = self.actor, utcnow()
        AuditLog(session).append(
            self.actor,
            f"{row.kind}.update",
            "situation",
            row.situation_id,
            {row.kind: row.id, "revision": row.revision, "fields": changed},
        )
        ch.note(session, KIND, ids=[row.situation_id])
        session.flush()
        return row

    @staticmethod
    def _expect(row: SituationRecord, changes: dict[str, Any]) -> None:
        expected = changes.get("revision")
        if expected is not None and expected != row.revision:
            raise BadInput(
                "revision",
                f"the {row.kind} changed since revision {expected} "
                f"(it is now at {row.revision}); reload it and edit again",
            )

    # ---- decisions ------------------------------------------------------------------------
    def add_decision(self, situation_id: str, doc: Any, action: Any = None) -> dict[str, Any]:
        given = schema.form_input("decision", doc)
        given.setdefault("decided_on", self.today.isoformat())
        checked = schema.check(self.vocab, "decision", given)
        if checked["status"] != "open":
            checked["status_by"], checked["status_on"] = self.actor, self.today.isoformat()
        with self.store.transaction() as session:
            if checked["action_id"] is not None:
                if action is not None:
                    raise BadInput("action", "give a new action or an existing action_id, not both")
                self._action_of(session, situation_id, checked["action_id"])
            decision_id = new_id()
            if action is not None:
                checked["action_id"] = self._add_action(
                    session, situation_id, decision_id, action, checked
                )
            row = self._create(session, situation_id, "decision", checked, decision_id)
            return self._decision_doc(session, row, self.today)

    def _add_action(
        self,
        session: Session,
        situation_id: str,
        decision_id: str,
        action: Any,
        decision: dict[str, Any],
    ) -> str:
        """Add `action` to the situation's strategy as a new version, tied to the decision."""
        if not isinstance(action, dict):
            raise BadInput("action", "must be an object: the strategy action's fields")
        current = strategies.latest(session, situation_id)
        given = {k: x for k, x in action.items() if k not in ("id", "decision")}
        given.setdefault("title", decision["text"][:1000])
        given.setdefault("lead", decision["entity"])
        given.setdefault("due", decision["due"])
        if decision["person"]:
            given.setdefault("owner", decision["person"])
        new_action = {**given, "decision": decision_id}
        actions = [*(current.actions if current else []), new_action]
        doc = {
            "objectives": list(current.objectives) if current else [],
            "actions": actions,
            "note": current.note if current else "",
        }
        try:
            saved = strategies.save_in(
                session, self.vocab, self.actor, self.today, situation_id, doc
            )
        except BadInput as error:  # name the field as the caller gave it
            index = len(actions) - 1
            field = error.field.replace(f"actions[{index}]", "action")
            raise BadInput(field, error.reason) from None
        return str(saved["actions"][-1]["id"])

    @staticmethod
    def _action_of(session: Session, situation_id: str, action_id: str) -> dict[str, Any]:
        current = strategies.latest(session, situation_id)
        for action in current.actions if current else []:
            if action.get("id") == action_id:
                return dict(action)
        raise BadInput("action_id", "is not an action of the situation's current strategy")

    def edit_decision(self, decision_id: str, changes: Any) -> dict[str, Any]:
        if not isinstance(changes, dict):
            raise BadInput("decision", "must be an object")
        with self.store.transaction() as session:
            row = _row(session, decision_id, "decision")
            self._expect(row, changes)
            given = {**row.doc, **schema.form_input("decision", changes)}
            checked = schema.check(self.vocab, "decision", given)
            if checked["action_id"] is not None and checked["action_id"] != row.doc.get(
                "action_id"
            ):
                self._action_of(session, row.situation_id, checked["action_id"])
            if checked["status"] != row.doc.get("status") or (
                checked["status_note"] != row.doc.get("status_note")
            ):
                checked["status_by"], checked["status_on"] = self.actor, self.today.isoformat()
            else:
                checked["status_by"] = row.doc.get("status_by")
                checked["status_on"] = row.doc.get("status_on")
            self._edit(session, row, checked)
            return self._decision_doc(session, row, self.today)

    def decisions(
        self, quarter: str | None, situation_id: str | None, as_of: date | None
    ) -> list[dict[str, Any]]:
        wanted = schema.quarter(quarter) if quarter is not None else None
        with self.store.session() as session:
            if situation_id is not None:
                situation_row(session, situation_id)
            q = select(SituationRecord).where(SituationRecord.kind == "decision")
            if situation_id is not None:
                q = q.where(SituationRecord.situation_id == situation_id)
            rows = [r for r in session.scalars(q) if wanted in (None, r.doc.get("quarter"))]
            current: dict[str, Strategy | None] = {}  # each situation's strategy, read once
            docs = [self._decision_doc(session, r, as_of or self.today, current) for r in rows]
        return sorted(docs, key=lambda d: (d["decided_on"], d["created_at"], d["id"]))

    def _decision_doc(
        self,
        session: Session,
        row: SituationRecord,
        as_of: date,
        current: dict[str, Strategy | None] | None = None,
    ) -> dict[str, Any]:
        doc = with_state(session, record_doc(row), as_of, {} if current is None else current)
        situation = session.get(Situation, row.situation_id)
        doc["situation_name"] = situation.name if situation else None
        return doc

    # ---- engagements ----------------------------------------------------------------------
    def add_engagement(self, situation_id: str, doc: Any) -> dict[str, Any]:
        checked = schema.check(
            self.vocab, "engagement", schema.form_input("engagement", doc), today=self.today
        )
        with self.store.transaction() as session:
            return self._engagement_doc(self._create(session, situation_id, "engagement", checked))

    def edit_engagement(self, engagement_id: str, changes: Any) -> dict[str, Any]:
        if not isinstance(changes, dict):
            raise BadInput("engagement", "must be an object")
        with self.store.transaction() as session:
            row = _row(session, engagement_id, "engagement")
            self._expect(row, changes)
            given = {**row.doc, **schema.form_input("engagement", changes)}
            checked = schema.check(self.vocab, "engagement", given, today=self.today)
            return self._engagement_doc(self._edit(session, row, checked))

    def engagements(self, situation_id: str) -> list[dict[str, Any]]:
        with self.store.session() as session:
            situation_row(session, situation_id)
            rows = session.scalars(
                select(SituationRecord).where(
                    SituationRecord.situation_id == situation_id,
                    SituationRecord.kind == "engagement",
                )
            )
            docs = [self._engagement_doc(r) for r in rows]
        return sorted(docs, key=lambda d: (d["date"], d["created_at"], d["id"]))

    def _engagement_doc(self, row: SituationRecord) -> dict[str, Any]:
        doc = record_doc(row)
        due = doc.get("follow_up_due")
        doc["follow_up_overdue"] = bool(due and date.fromisoformat(due) < self.today)
        return doc

    # ---- task force -----------------------------------------------------------------------
    def set_taskforce(self, situation_id: str, doc: Any) -> dict[str, Any]:
        if not isinstance(doc, dict):
            raise BadInput("taskforce", "must be an object")
        with self.store.transaction() as session:
            situation_row(session, situation_id)
            row = session.scalars(
                select(SituationRecord)
                .where(
                    SituationRecord.situation_id == situation_id,
                    SituationRecord.kind == "taskforce",
                )
                .order_by(SituationRecord.created_at)
                .limit(1)
            ).first()
            if row is None:
                checked = schema.check(self.vocab, "taskforce", schema.form_input("taskforce", doc))
                return record_doc(self._create(session, situation_id, "taskforce", checked))
            self._expect(row, doc)
            given = {**row.doc, **schema.form_input("taskforce", doc)}
            checked = schema.check(self.vocab, "taskforce", given)
            return record_doc(self._edit(session, row, checked))

    def taskforce(self, situation_id: str) -> dict[str, Any] | None:
        with self.store.session() as session:
            situation_row(session, situation_id)
            found = records(session, situation_id, "taskforce")
        return found[0] if found else None

    # ---- guidance -------------------------------------------------------------------------
    def issue_guidance(self, situation_id: str, doc: Any) -> dict[str, Any]:
        given = schema.form_input("guidance", doc)
        given.setdefault("issued_on", self.today.isoformat())
        checked = schema.check(self.vocab, "guidance", given)
        with self.store.transaction() as session:
            situation_row(session, situation_id)
            earlier = records(session, situation_id, "guidance")
            expected = doc.get("version") if isinstance(doc, dict) else None
            top = max((d["version"] for d in earlier), default=0)
            if expected is not None and expected != top:
                raise BadInput(
                    "version",
                    f"the guidance changed since version {expected} "
                    f"(it is now at {top}); reload it and issue again",
                )
            checked["version"] = top + 1
            row = self._create(session, situation_id, "guidance", checked)
            return {**record_doc(row), "acknowledgements": []}

    def guidance(self, situation_id: str) -> list[dict[str, Any]]:
        with self.store.session() as session:
            situation_row(session, situation_id)
            versions = records(session, situation_id, "guidance")
            acks = records(session, situation_id, "acknowledgement")
        for doc in versions:
            doc["acknowledgements"] = sorted(
                (a for a in acks if a["guidance_id"] == doc["id"]),
                key=lambda a: (a["acknowledged_on"], a["created_at"]),
            )
        return sorted(versions, key=lambda d: (d["version"], d["created_at"]))

    def acknowledge(self, guidance_id: str, doc: Any) -> dict[str, Any]:
        given = schema.form_input("acknowledgement", doc)
        given["guidance_id"] = guidance_id
        given.setdefault("acknowledged_on", self.today.isoformat())
        checked = schema.check(self.vocab, "acknowledgement", given, today=self.today)
        with self.store.transaction() as session:
            guidance = _row(session, guidance_id, "guidance")
            checked["version"] = guidance.doc["version"]
            checked["recorded_by"], checked["recorded_at"] = self.actor, utcnow()
            row = self._create(session, guidance.situation_id, "acknowledgement", checked)
            return record_doc(row)


def with_state(
    session: Session,
    doc: dict[str, Any],
    as_of: date,
    current: dict[str, Strategy | None],
    *,
    who: bool = True,
) -> dict[str, Any]:
    """A decision's document with the strategy action it became (`action`, from its
    situation's current strategy) and its `state` as of `as_of`. `current` keeps each
    situation's current strategy once read, for a caller going through many decisions.

    Where the state is the action's (done or blocked in the strategy, not on the decision),
    `status_by` and `status_on` say who saved the strategy version that gave the action that
    status and when (with `who`; a caller counting states only passes False), not who last
    set the decision's own status: "done by Alice" must name who marked it done."""
    action = None
    if doc.get("action_id"):
        sid = doc["situation_id"]
        if sid not in current:
            current[sid] = strategies.latest(session, sid)
        strategy = current[sid]
        found = [a for a in strategy.actions if a.get("id") == doc["action_id"]] if strategy else []
        action = dict(found[0]) if found else None
    out = {**doc, "action": action, "state": decision_state(doc, action, as_of)}
    if who and action is not None and out["state"] in ("done", "blocked"):
        if action.get("status") == out["state"] and doc.get("status") != out["state"]:
            since = strategies.status_since(
                session, doc["situation_id"], doc["action_id"], out["state"]
            )
            out["status_by"], out["status_on"] = since if since else (None, None)
    return out


def decision_state(doc: dict[str, Any], action: dict[str, Any] | None, as_of: date) -> str:
    """Where a decision stands as of `as_of`: done, blocked or dropped as recorded (an action
    it became says done and blocked itself), late when its due date passed undone, else
    open."""
    status = doc.get("status") or "open"
    due = doc.get("due")
    if status == "dropped":
        return "dropped"
    if action is not None:
        if action.get("status") == "done":
            return "done"
        if action.get("status") == "blocked":
            return "blocked"
        due = action.get("due") or due
    if status in ("done", "blocked"):
        return status
    if due and date.fromisoformat(due) < as_of:
        return "late"
    return "open"


# ---- changes from HQ (inside sync's transaction; no outbox) ----------------------------------
def apply_remote(
    session: Session,
    vocab: Vocabularies,
    record_id: str,
    kind: str,
    fields: dict[str, Any],
    *,
    create: bool,
    deleted: bool,
    origin: str,
    keep: set[str],
) -> None:
    """A coordination record HQ sent (see Situations.apply_remote): a deletion, a record made
    elsewhere, or an edit of its fields less those in `keep` (changes of ours HQ has not
    answered). Checked as HQ checks it; a record of a situation this device does not hold is
    refused (BadInput), which sync keeps a trace of."""
    actor = f"sync:{origin}"
    row = session.get(SituationRecord, record_id)
    if deleted:
        if row is not None:
            session.delete(row)
            AuditLog(session).append(
                actor, f"{row.kind}.sync_delete", "situation", row.situation_id, {kind: record_id}
            )
            ch.note(session, KIND, ids=[row.situation_id])
        return
    given = {k: x for k, x in fields.items() if k not in keep and k != "kind"}
    if row is None:
        if not create:
            return
        checked = schema.remote_check(vocab, kind, given)
        situation_id = checked.pop("situation_id")
        if session.get(Situation, situation_id) is None:
            raise BadInput("situation_id", "this device holds no situation with this id")
        created_by, created_at = checked.pop("created_by"), checked.pop("created_at")
        row = SituationRecord(
            id=record_id,
            situation_id=situation_id,
            kind=kind,
            doc=checked,
            revision=1,
            created_by=created_by,
            created_at=created_at,
            updated_by=actor,
            updated_at=utcnow(),
        )
        session.add(row)
        changed = sorted(checked)
    else:
        if kind not in schema.EDITED or row.kind != kind:
            return  # a guidance version or an acknowledgement is never edited
        checked = schema.remote_check(vocab, kind, {**wire(row), **given})
        doc = {k: checked[k] for k in schema.KEYS[kind]}
        changed = [k for k in schema.KEYS[kind] if row.doc.get(k) != doc[k]]
        if not changed:
            return
        row.doc = doc
        row.revision += 1
        row.updated_by, row.updated_at = actor, utcnow()
    AuditLog(session).append(
        actor, f"{kind}.sync", "situation", row.situation_id, {kind: record_id, "fields": changed}
    )
    ch.note(session, KIND, ids=[row.situation_id])
