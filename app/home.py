"""What needs the officer today: the counts of the home page, read in one session.

Drafts to finish (the user's own, and all of them), records waiting for the user's review,
records the user submitted that a reviewer returned, overdue and blocked strategy actions,
the quarterly review's decisions past their due date, new deterioration signals, sync
conflicts to merge, and where sync stands (changes waiting to go to HQ; the last success and
problem come from an optional provider, as this core layer never imports sync). Each count
says where it leads (`HomeCounts.lead`): an incident list (an `IncidentQuery`) or a page of
the window, by name.

"New" signals: a deterioration flag (app.signals, as the Situations page computes it) raised
within the last `NEW_SIGNAL_DAYS` days, that is flagged as of today and not flagged as of
that many days before. A flag that has stood longer is still counted in `signals_flagged`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.incident_queries import IncidentQuery, count_select
from app.models import Incident, Situation, Strategy, SyncConflict, Violation
from app.outbox import pending_count
from app.situations import coordination, strategies, trends
from app.store import Store

NEW_SIGNAL_DAYS = 14
SIGNAL_WEEKS = 16  # the signals' window: 4 recent weeks against the 12 before

# what each count is called, and the page it leads to where it leads to no incident list
MY_DRAFTS = "my_drafts"
ALL_DRAFTS = "all_drafts"
TO_REVIEW = "to_review"
CAME_BACK = "came_back"
OVERDUE_ACTIONS = "overdue_actions"
BLOCKED_ACTIONS = "blocked_actions"
LATE_DECISIONS = "late_decisions"
NEW_SIGNALS = "new_signals"
CONFLICTS = "conflicts"
SYNC = "sync"

PAGES = {
    OVERDUE_ACTIONS: "strategies",
    BLOCKED_ACTIONS: "strategies",
    LATE_DECISIONS: "situations",
    NEW_SIGNALS: "situations",
    CONFLICTS: "sync",
    SYNC: "sync",
}


class SyncFacts(Protocol):
    """What the home page reads of where sync stands (sync.device.SyncStatus has it)."""

    @property
    def enrolled(self) -> bool: ...
    @property
    def last_success(self) -> str | None: ...
    @property
    def last_error(self) -> str | None: ...


@dataclass(frozen=True)
class SyncState:
    enrolled: bool | None  # None: no provider (the window gave none)
    pending: int  # changes waiting in the outbox for HQ
    last_success: str | None
    last_error: str | None


@dataclass(frozen=True)
class HomeCounts:
    user: str
    today: date
    my_drafts: int
    all_drafts: int
    to_review: int
    came_back: int
    overdue_actions: int
    blocked_actions: int
    late_decisions: int  # the quarterly review's decisions past their due date, undone
    new_signals: int
    signals_flagged: int  # flags standing today, new or not
    conflicts: int
    sync: SyncState
    # situation ids with a new signal, for the page to say where
    signal_situations: tuple[str, ...] = field(default=())

    def lead(self, key: str) -> IncidentQuery | str:
        """Where the count `key` leads: an incident list's query, or a page's name."""
        return lead(key, self.user)


def lead(key: str, user: str) -> IncidentQuery | str:
    """Where the count `key` leads for `user`: an incident list's query, or a page's name."""
    queries = {
        MY_DRAFTS: IncidentQuery(status="draft", created_by=user),
        ALL_DRAFTS: IncidentQuery(status="draft"),
        TO_REVIEW: IncidentQuery(review_for=user),
        CAME_BACK: IncidentQuery(returned_to=user),
    }
    if key in queries:
        return queries[key]
    if key in PAGES:
        return PAGES[key]
    raise KeyError(key)


def home_counts(
    store: Store,
    user: str | None = None,
    *,
    today: date | None = None,
    conflicts: Callable[[], int] | None = None,
    sync_facts: Callable[[], SyncFacts] | None = None,
) -> HomeCounts:
    """The home page's counts for `user` (the store's signed-in user by default), as of
    `today` (UTC today by default), read in one session.

    `conflicts` replaces the count of open sync conflicts read here; `sync_facts` gives the
    last sync and its last problem (both are callables the window passes from sync)."""
    user = user or store.user
    today = today or datetime.now(UTC).date()
    with store.session() as session:

        def count(key: str) -> int:
            query = lead(key, user)
            assert isinstance(query, IncidentQuery)
            return int(session.scalar(count_select(query)) or 0)

        overdue = blocked = 0
        for action in strategies.all_actions(session, today):
            overdue += action["overdue"]
            blocked += action["blocked"]
        late = _late_decisions(session, today)
        new, standing, where = _signals(session, today)
        counts = {key: count(key) for key in (MY_DRAFTS, ALL_DRAFTS, TO_REVIEW, CAME_BACK)}
        open_conflicts = (
            conflicts()
            if conflicts is not None
            else int(
                session.scalar(
                    select(func.count())
                    .select_from(SyncConflict)
                    .where(SyncConflict.state == "open")
                )
                or 0
            )
        )
        pending = pending_count(session)
    facts = sync_facts() if sync_facts is not None else None
    return HomeCounts(
        user=user,
        today=today,
        **counts,
        overdue_actions=overdue,
        blocked_actions=blocked,
        late_decisions=late,
        new_signals=new,
        signals_flagged=standing,
        conflicts=open_conflicts,
        sync=SyncState(
            enrolled=None if facts is None else facts.enrolled,
            pending=pending,
            last_success=None if facts is None else facts.last_success,
            last_error=None if facts is None else facts.last_error,
        ),
        signal_situations=tuple(where),
    )


def _late_decisions(session: Session, today: date) -> int:
    """Decisions of the quarterly review late as of `today` (as the review counts them:
    app.situations.coordination.decision_state)."""
    current: dict[str, Strategy | None] = {}
    late = 0
    for doc in coordination.records(session, None, "decision"):
        state = coordination.with_state(session, doc, today, current, who=False)["state"]
        late += state == "late"
    return late


def _signals(session: Session, today: date) -> tuple[int, int, list[str]]:
    """(new flags, flags standing today, situations with a new flag): each situation's
    deterioration signals (all acts, and per violation type) as of today and as of
    NEW_SIGNAL_DAYS before; a flag is new when it stands today and did not then."""
    before = today - timedelta(days=NEW_SIGNAL_DAYS)
    new = standing = 0
    where: list[str] = []
    start = before - timedelta(weeks=SIGNAL_WEEKS)
    for row in session.scalars(select(Situation).order_by(Situation.name, Situation.id)):
        events = _acts(session, row, start, today)
        now = _flags(events, today)
        then = _flags(events, before)
        standing += len(now)
        fresh = len(now - then)
        new += fresh
        if fresh:
            where.append(row.id)
    return new, standing, where


def _acts(session: Session, row: Situation, start: date, end: date) -> list[trends.Event]:
    """The acts of the situation's incidents (its rule, and the hand-made links) dated from
    `start` to `end`, as `trends.incident_events` gives them (without their region); an act
    without a date of its own is dated by its incident. Only the acts in the window are read,
    through indexes, however many incidents the situation holds."""
    links = trends.hand_links(session, row.id)
    excluded = {i for i, mode in links.items() if mode == "exclude"}
    included = [i for i, mode in links.items() if mode == "include"]
    found: dict[str, tuple[str, date, str]] = {}  # act id -> incident id, date, type
    # the rule's incidents in the window, for their acts without a date of their own
    in_window = trends.rule_select(row, Incident.id, Incident.occurred_from).where(
        Incident.occurred_from.between(start, end)
    )
    occurred: dict[str, date] = {iid: day for iid, day in session.execute(in_window)}
    undated = select(Violation.id, Violation.incident_id, Violation.type).where(
        Violation.date.is_(None),
        Violation.incident_id.in_(
            trends.rule_select(row, Incident.id).where(Incident.occurred_from.between(start, end))
        ),
    )
    for vid, iid, kind in session.execute(undated):
        found[vid] = (iid, occurred[iid], kind)
    # the rule's acts dated in the window (ix_violations_date)
    dated = select(Violation.id, Violation.incident_id, Violation.date, Violation.type).where(
        Violation.date.between(start, end),
        Violation.incident_id.in_(trends.rule_select(row, Incident.id)),
    )
    for vid, iid, day, kind in session.execute(dated):
        if day is not None:  # between() says so; the type does not
            found[vid] = (iid, day, kind)
    # the incidents tied by hand (few): every act, dated here
    for chunk in (included[i : i + 500] for i in range(0, len(included), 500)):
        for vid, iid, day, kind in session.execute(
            select(
                Violation.id,
                Violation.incident_id,
                func.coalesce(Violation.date, Incident.occurred_from),
                Violation.type,
            )
            .join(Incident, Incident.id == Violation.incident_id)
            .where(Violation.incident_id.in_(chunk))
        ):
            if start <= day <= end:
                found[vid] = (iid, day, kind)
    return [(day, kind, None) for iid, day, kind in found.values() if iid not in excluded]


def _flags(events: list[trends.Event], end: date) -> set[str]:
    """The scopes flagged as of `end`: "all" and/or violation types."""
    found = trends.deterioration(trends.weekly(events, end, SIGNAL_WEEKS))
    return {flag["scope"] for flag in trends.flags(found)}
