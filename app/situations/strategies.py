"""A situation's country strategy: saving a new version (earlier ones stay, to compare), reading
a version with each action marked overdue or blocked, and the board of every current action.
The Situations service (app.situations) calls these; a strategy is never edited in place."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import changes as ch
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import BadInput, NotFound
from app.ids import new_id
from app.models import Incident, Situation, Strategy
from app.outbox import Outbox
from app.schema.revision import schema_number
from app.schema.situation import strategy_fields
from app.situations.documents import situation_row, strategy_wire
from app.store import Store
from app.vocab import Vocabularies


def save(
    store: Store, vocab: Vocabularies, actor: str, today: date, situation_id: str, doc: Any
) -> dict[str, Any]:
    """Save the strategy as a new version (see Situations.save_strategy)."""
    with store.transaction() as session:
        return save_in(session, vocab, actor, today, situation_id, doc)


def save_in(
    session: Session, vocab: Vocabularies, actor: str, today: date, situation_id: str, doc: Any
) -> dict[str, Any]:
    """`save` inside the caller's transaction (a decision that becomes an action saves both
    in one)."""
    objectives, actions, note = strategy_fields(vocab, doc)
    situation_row(session, situation_id)
    # an incident the current version already names stays even when it is no longer on
    # this device (deleted, or withdrawn from its view); a new one must exist
    previous = latest(session, situation_id)
    carried = {i for a in (previous.actions if previous else []) for i in a["incidents"]}
    for i, action in enumerate(actions):
        for j, iid in enumerate(action["incidents"]):
            if iid not in carried and session.get(Incident, iid) is None:
                raise BadInput(f"actions[{i}].incidents[{j}]", "is not an incident in this store")
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
        created_by=actor,
        created_at=utcnow(),
    )
    session.add(row)
    AuditLog(session).append(
        actor,
        "strategy.save",
        "situation",
        situation_id,
        {"version": row.version, "objectives": len(objectives), "actions": len(actions)},
    )
    Outbox(session, schema_number()).created({row.id: strategy_wire(row)})
    ch.note(session, ch.Kind.STRATEGIES, ids=[situation_id])
    session.flush()
    return strategy_doc(row, today)


def without_objective(doc: dict[str, Any], index: int) -> dict[str, Any]:
    """The strategy document with objective `index` removed: the actions that served it keep
    no objective, those of later objectives follow theirs down one place."""
    objectives = list(doc.get("objectives") or [])
    if not 0 <= index < len(objectives):
        raise BadInput("objectives", f"there is no objective {index + 1} to remove")
    del objectives[index]
    actions = []
    for action in doc.get("actions") or []:
        objective = action.get("objective")
        if objective == index:
            objective = None
        elif isinstance(objective, int) and objective > index:
            objective -= 1
        actions.append({**action, "objective": objective})
    return {**doc, "objectives": objectives, "actions": actions}


def serving(doc: dict[str, Any] | None, index: int) -> list[str]:
    """The titles of the actions that serve objective `index`."""
    return [a["title"] for a in (doc or {}).get("actions") or [] if a.get("objective") == index]


def strategy(
    session: Session, situation_id: str, version: int | None, as_of: date
) -> dict[str, Any] | None:
    """The latest version (or the one asked for); None when the situation has none yet."""
    situation_row(session, situation_id)
    q = select(Strategy).where(Strategy.situation_id == situation_id)
    if version is not None:
        q = q.where(Strategy.version == version)
    row = session.scalars(q.order_by(Strategy.version.desc()).limit(1)).first()
    if row is None and version is not None:
        raise NotFound(f"no version {version} of this situation's strategy")
    return None if row is None else strategy_doc(row, as_of)


def latest(session: Session, situation_id: str) -> Strategy | None:
    """The situation's current strategy (its highest version), if any."""
    return session.scalars(
        select(Strategy)
        .where(Strategy.situation_id == situation_id)
        .order_by(Strategy.version.desc())
        .limit(1)
    ).first()


def status_since(
    session: Session, situation_id: str, action_id: str, status: str
) -> tuple[str, str] | None:
    """(who, day) the action took `status` it still has: the author and UTC day of the first
    version of the latest run of versions that give it that status; None when the current
    version does not."""
    since = None
    rows = session.scalars(
        select(Strategy)
        .where(Strategy.situation_id == situation_id)
        .order_by(Strategy.version.desc())
    )
    for row in rows:
        found = [a for a in row.actions if a.get("id") == action_id]
        if not found or found[0].get("status") != status:
            break
        since = (row.created_by, row.created_at[:10])
    return since


def versions(session: Session, situation_id: str) -> list[dict[str, Any]]:
    situation_row(session, situation_id)
    return [
        {
            "version": r.version,
            "created_by": r.created_by,
            "created_at": r.created_at,
            "actions": len(r.actions),
        }
        for r in session.scalars(
            select(Strategy).where(Strategy.situation_id == situation_id).order_by(Strategy.version)
        )
    ]


def strategy_doc(row: Strategy, as_of: date) -> dict[str, Any]:
    """A strategy version, each action marked overdue (due before `as_of`, not done) or blocked."""
    actions: list[dict[str, Any]] = []
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


def all_actions(session: Session, as_of: date) -> list[dict[str, Any]]:
    """Every action of every situation's current strategy (see Situations.all_actions)."""
    actions: list[dict[str, Any]] = []
    situations = {r.id: r for r in session.scalars(select(Situation))}
    current: dict[str, Strategy] = {}
    for row in session.scalars(
        select(Strategy).order_by(Strategy.version, Strategy.created_at, Strategy.id)
    ):
        current[row.situation_id] = row  # the last version of each situation wins
    for sid, row in current.items():
        situation = situations[sid]
        doc = strategy_doc(row, as_of)
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
    actions.sort(key=attention_order)
    return actions


def attention_order(action: dict[str, Any]) -> tuple[Any, ...]:
    """Actions in the order they need attention: late first, then blocked, then by due date
    (none last) and title."""
    return (
        not action["overdue"],
        not action["blocked"],
        action["due"] is None,
        action["due"] or "",
        action["title"].casefold(),
    )
