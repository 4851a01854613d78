"""Situations, assessments and strategies as sync meets them: which ids are which kind here, what
to call them in sync's lists, and applying a change HQ sent (inside sync's transaction; no outbox).
The Situations service (app.situations) calls these."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import changes as ch
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import BadInput
from app.models import Assessment, Situation, SituationLink, SituationRecord, Strategy
from app.schema.coordination import COORDINATION_KINDS
from app.schema.situation import remote_fields
from app.situations import coordination
from app.situations.assessments import fill_trends
from app.situations.documents import links, situation_wire
from app.vocab import Vocabularies

# what a change to each kind of record changes, for the views (app.changes)
_KINDS = {
    "situation": ch.Kind.SITUATIONS,
    "assessment": ch.Kind.ASSESSMENTS,
    "strategy": ch.Kind.STRATEGIES,
}


def existing_kinds(session: Session, ids: list[str]) -> dict[str, str]:
    """Which of these ids are situations, assessments, strategies or coordination records
    (app.situations.coordination) here, by kind."""
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        out.update(
            session.execute(
                select(SituationRecord.id, SituationRecord.kind).where(
                    SituationRecord.id.in_(ids[i : i + 500])
                )
            ).all()
        )
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


def titles(session: Session, record_ids: list[str]) -> dict[str, str]:
    """A situation's name, its assessments and strategies under that name (Situations.titles)."""
    kinds = existing_kinds(session, list(set(record_ids)))
    ours = list(kinds)
    parents = {rid: rid for rid, kind in kinds.items() if kind == "situation"}
    for model in (Assessment, Strategy, SituationRecord):
        parents.update(
            session.execute(select(model.id, model.situation_id).where(model.id.in_(ours))).all()
        )
    names = dict(
        session.execute(
            select(Situation.id, Situation.name).where(Situation.id.in_(set(parents.values())))
        ).all()
    )
    return {
        rid: names[rid] if kind == "situation" else f"{names[parents[rid]]} ({kind})"
        for rid, kind in kinds.items()
    }


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
    keep: set[str] | None,
) -> None:
    """A change HQ sent (see Situations.apply_remote)."""
    if keep is None:
        return
    if kind in COORDINATION_KINDS:
        coordination.apply_remote(
            session,
            vocab,
            record_id,
            kind,
            fields,
            create=create,
            deleted=deleted,
            origin=origin,
            keep=keep,
        )
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
            insert_version(session, vocab, record_id, kind, fields, actor)
        return
    if row is None and not create:
        return
    # kind "situation": the row, when this device has the record, is a Situation
    situation = row if isinstance(row, Situation) else None
    checked = remote_fields(
        vocab,
        "situation",
        fields
        if situation is None
        else {**situation_wire(situation, links(session, record_id)), **fields},
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
        if "links" in fields and checked["links"] != links(session, record_id):
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
    AuditLog(session).append(actor, "situation.sync", "situation", record_id, {"fields": changed})
    ch.note(session, ch.Kind.SITUATIONS, ids=[record_id])


def insert_version(
    session: Session,
    vocab: Vocabularies,
    record_id: str,
    kind: str,
    fields: dict[str, Any],
    actor: str,
) -> None:
    """An assessment or strategy version HQ sent, added whole (its situation must be here)."""
    checked = remote_fields(vocab, kind, fields)
    situation_id = checked["situation_id"]
    if session.get(Situation, situation_id) is None:
        raise BadInput("situation_id", "this device holds no situation with this id")
    if kind == "assessment":
        fill_trends(session, vocab, situation_id, checked["assessed_on"], checked["factors"])
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
