"""The home page's counts (app.home) on a real SQLCipher store with two users: drafts, the
review queue and records that came back, overdue and blocked strategy actions, new and
standing deterioration signals, sync conflicts and the outbox; and where each count leads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from app import home
from app.home import home_counts
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.models import SyncConflict
from app.situations import Situations
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE, incident_doc

TODAY = datetime.now(UTC).date()


@pytest.fixture
def bilal(store):
    store.keys.add_user(store._db_key, "bilal", PASSPHRASE, kdf=FAST_KDF)
    other = Store.open(store.directory, PASSPHRASE, "bilal")
    yield other
    other.close()


def _draft(store: Store, **overrides) -> str:
    return Incidents(store).add(incident_doc(status="draft", **overrides))


def _ids(store: Store, query: IncidentQuery | str) -> set[str]:
    assert isinstance(query, IncidentQuery)
    return {r["id"] for r in Incidents(store).list(query)}


def test_an_empty_store_needs_nothing(store):
    counts = home_counts(store, today=TODAY)
    assert counts.user == "amina" and counts.today == TODAY
    assert (counts.my_drafts, counts.all_drafts, counts.to_review, counts.came_back) == (0,) * 4
    assert (counts.overdue_actions, counts.blocked_actions, counts.late_decisions) == (0, 0, 0)
    assert (counts.new_signals, counts.signals_flagged, counts.conflicts) == (0, 0, 0)
    assert counts.sync == home.SyncState(None, 0, None, None)


def test_drafts_review_and_returns_for_each_of_two_users(store, bilal):
    amina_drafts = [_draft(store, title=f"Amina draft {i}") for i in range(3)]
    bilal_draft = _draft(bilal, title="Bilal draft")
    # amina submits two: one to anyone, one assigned to bilal; bilal returns the second
    Incidents(store).submit(amina_drafts[0])
    Incidents(store).submit(amina_drafts[1], assignee="bilal")
    Incidents(bilal).send_back(amina_drafts[1], "Add the second source")
    # bilal submits his own: waiting for amina, never for himself
    Incidents(bilal).submit(bilal_draft)
    Incidents(store).add(incident_doc(status="submitted"))  # an import by amina

    a = home_counts(store, today=TODAY)
    # amina: drafts 1 and 2 (2 came back as a draft); no other user's draft is left
    assert a.my_drafts == 2 and a.all_drafts == 2
    assert a.to_review == 1  # bilal's, not her own two submissions
    assert a.came_back == 1
    assert _ids(store, a.lead(home.MY_DRAFTS)) == {amina_drafts[1], amina_drafts[2]}
    assert _ids(store, a.lead(home.TO_REVIEW)) == {bilal_draft}
    assert _ids(store, a.lead(home.CAME_BACK)) == {amina_drafts[1]}

    b = home_counts(bilal, today=TODAY)
    assert b.user == "bilal"
    assert b.my_drafts == 0 and b.all_drafts == 2
    assert b.to_review == 2  # amina's unassigned submission and her import; not his own
    assert b.came_back == 0
    assert _ids(bilal, b.lead(home.ALL_DRAFTS)) == {amina_drafts[1], amina_drafts[2]}
    # a user's name is matched whatever its case, as the review queue does
    assert home_counts(store, "BILAL", today=TODAY).to_review == 2

    # bilal approves one: it leaves his queue
    Incidents(bilal).approve(amina_drafts[0], "reasonable_grounds")
    assert home_counts(bilal, today=TODAY).to_review == 1


def _action(title: str, **fields) -> dict:
    return {"title": title, "pillar": "political", "level": "country", "lead": "rco", **fields}


def test_overdue_and_blocked_actions_of_current_strategies(store):
    situations = Situations(store, today=TODAY)
    a = situations.add({"name": "A", "country": "SYR", "status": "concern"})
    b = situations.add({"name": "B", "country": "SYR", "status": "crisis"})
    late = (TODAY - timedelta(days=3)).isoformat()
    # version 1 of A had a late action; version 2 replaces it: only the current one counts
    situations.save_strategy(a, {"actions": [_action("old", due="2020-01-01")]})
    situations.save_strategy(
        a,
        {
            "actions": [
                _action("late", due=late),
                _action("late and blocked", due=late, status="blocked"),
                _action("done late", due=late, status="done"),
                _action("due today", due=TODAY.isoformat()),
            ]
        },
    )
    situations.save_strategy(b, {"actions": [_action("stuck", status="blocked")]})
    counts = home_counts(store, today=TODAY)
    assert (counts.overdue_actions, counts.blocked_actions) == (2, 2)
    assert counts.lead(home.OVERDUE_ACTIONS) == counts.lead(home.BLOCKED_ACTIONS) == "strategies"
    # tomorrow, the action due today is late too
    assert home_counts(store, today=TODAY + timedelta(days=1)).overdue_actions == 3


def test_late_decisions_of_the_quarterly_review(store):
    situations = Situations(store, today=TODAY)
    sid = situations.add({"name": "A", "country": "SYR", "status": "concern"})
    past = (TODAY - timedelta(days=2)).isoformat()
    base = {"quarter": "2026Q4", "entity": "ohchr"}
    situations.add_decision(sid, {**base, "text": "late", "due": past})
    situations.add_decision(sid, {**base, "text": "due today", "due": TODAY.isoformat()})
    situations.add_decision(
        sid, {**base, "text": "dropped", "due": past, "status": "dropped", "status_note": "moot"}
    )
    situations.add_decision(sid, {**base, "text": "done", "due": past, "status": "done"})
    # one became an action that is done: the action says so
    acted = situations.add_decision(
        sid,
        {**base, "text": "acted", "due": past},
        action={"pillar": "political", "level": "country"},
    )
    strategy = situations.strategy(sid)
    assert strategy is not None
    situations.save_strategy(
        sid,
        {
            "version": strategy["version"],
            "actions": [
                {**a, "status": "done"} if a.get("decision") == acted["id"] else a
                for a in strategy["actions"]
            ],
        },
    )
    counts = home_counts(store, today=TODAY)
    assert counts.late_decisions == 1
    assert counts.lead(home.LATE_DECISIONS) == "situations"
    assert home_counts(store, today=TODAY + timedelta(days=1)).late_decisions == 2


def _weekly(store: Store, violation: str, per_week: list[int]) -> None:
    """Incidents of one violation type, `per_week[w]` in week w of the 16 ending today."""
    docs = []
    for w, n in enumerate(per_week):
        day = TODAY - timedelta(days=7 * (len(per_week) - 1 - w) + 1)
        docs += [
            incident_doc(
                occurred_from=day.isoformat(),
                date_reported=day.isoformat(),
                violations=[{"type": violation}],
            )
            for _ in range(n)
        ]
    Incidents(store).add_many(docs)


def test_new_signals_are_flags_raised_in_the_last_two_weeks(store):
    situations = Situations(store, today=TODAY)
    rising = situations.add(
        {"name": "Rising", "country": "SYR", "status": "concern", "violations": ["killing"]}
    )
    standing = situations.add(
        {"name": "Standing", "country": "SYR", "status": "crisis", "violations": ["torture"]}
    )
    quiet = situations.add(
        {"name": "Quiet", "country": "SYR", "status": "monitoring", "violations": ["abduction"]}
    )
    _weekly(store, "killing", [1] * 14 + [8, 8])  # a surge in the last two weeks
    _weekly(store, "torture", [1] * 12 + [8] * 4)  # a surge for four weeks: flagged before
    _weekly(store, "abduction", [2] * 16)  # steady
    for sid, flagged in ((rising, True), (standing, True), (quiet, False)):
        assert bool(situations.signals_as_of(sid, TODAY)) is flagged
    assert situations.signals_as_of(standing, TODAY - timedelta(days=home.NEW_SIGNAL_DAYS))
    assert not situations.signals_as_of(rising, TODAY - timedelta(days=home.NEW_SIGNAL_DAYS))

    counts = home_counts(store, today=TODAY)
    # the rising situation's flags (all acts, and killing) are new; the standing one's are not
    new_flags = len(situations.signals_as_of(rising, TODAY))
    assert counts.new_signals == new_flags >= 1
    assert counts.signal_situations == (rising,)
    assert counts.signals_flagged == new_flags + len(situations.signals_as_of(standing, TODAY))
    assert counts.lead(home.NEW_SIGNALS) == "situations"


@dataclass(frozen=True)
class Facts:
    enrolled: bool
    last_success: str | None
    last_error: str | None


def test_conflicts_outbox_and_sync_state(store):
    _draft(store)  # a new record waits in the outbox for HQ
    now = datetime.now(UTC).isoformat()
    with store.transaction() as s:
        s.execute(
            insert(SyncConflict),
            [
                {"id": f"c{i}", "record_id": f"r{i}", "field": "narrative", "state": state,
                 "needs_merge": True, "at": now}
                for i, state in enumerate(["open", "open", "resolved"])
            ],
        )  # fmt: skip
    counts = home_counts(store, today=TODAY)
    assert counts.conflicts == 2 and counts.lead(home.CONFLICTS) == "sync"
    assert counts.sync.pending == 1 and counts.sync.enrolled is None
    facts = Facts(True, "2026-12-01T10:00:00+00:00", "HQ did not answer")
    counts = home_counts(store, today=TODAY, conflicts=lambda: 7, sync_facts=lambda: facts)
    assert counts.conflicts == 7
    assert counts.sync == home.SyncState(True, 1, facts.last_success, facts.last_error)
    assert counts.lead(home.SYNC) == "sync"
    with pytest.raises(KeyError):
        counts.lead("elsewhere")


def test_the_counts_read_an_index_alone(store):
    """Drafts, the review queue and returned records are counted from an index alone (the
    review queue read every submitted row otherwise: 700 ms on 100,000), never by a scan."""
    from app.incident_queries import count_select

    with store.session() as s:
        for key in (home.MY_DRAFTS, home.ALL_DRAFTS, home.TO_REVIEW, home.CAME_BACK):
            query = home.lead(key, "amina")
            assert isinstance(query, IncidentQuery)
            stmt = count_select(query).compile(compile_kwargs={"literal_binds": True})
            rows = s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {stmt}")
            plan = " | ".join(str(r[-1]) for r in rows)
            assert re.fullmatch(
                r"SEARCH incidents USING COVERING INDEX ix_incidents_(home|review) \(status=.*",
                plan,
            ), (key, plan)


def test_today_defaults_to_utc_today(store):
    assert home_counts(store).today == datetime.now(UTC).date()
    assert isinstance(home_counts(store).today, date)


def test_new_signals_read_exactly_the_acts_the_situation_counts_in_the_window(store):
    """The home page reads only a window's acts (app.home._acts), through indexes; they are
    exactly the situation's acts (trends.incident_events) in that window: acts with their
    own date, acts dated by their incident, incidents tied or kept out by hand."""
    from app.home import _acts
    from app.models import Situation
    from app.situations import trends

    start, end = TODAY - timedelta(days=60), TODAY - timedelta(days=10)
    inside, outside = TODAY - timedelta(days=30), TODAY - timedelta(days=200)
    incidents = Incidents(store)

    def add(occurred: date, acts: list[dict], country: str = "SYR") -> str:
        location = {"country": country} if country != "SYR" else incident_doc()["location"]
        return incidents.add(
            incident_doc(occurred_from=occurred.isoformat(), violations=acts, location=location)
        )

    killing, torture = {"type": "killing"}, {"type": "torture"}
    add(inside, [killing, torture])  # dated by the incident, inside
    add(outside, [killing])  # outside
    add(outside, [{**killing, "date": inside.isoformat()}])  # its own date, inside
    add(inside, [{**torture, "date": outside.isoformat()}, killing])  # one of each
    kept_out = add(inside, [killing])
    tied = add(inside, [torture], country="UKR")
    add(inside, [killing], country="UKR")  # another country: not the situation's
    situations = Situations(store, today=TODAY)
    sid = situations.add({"name": "S", "country": "SYR", "status": "concern"})
    situations.link(sid, kept_out, "exclude")
    situations.link(sid, tied, "include")
    with store.session() as s:
        row = s.get(Situation, sid)
        read = sorted(_acts(s, row, start, end))
        expected = sorted(
            (d, t, None) for d, t, _r in trends.incident_events(s, row) if start <= d <= end
        )
    assert read == expected
    assert [t for _d, t, _r in read] == sorted(
        ["killing", "torture", "killing", "killing", "torture"]
    )
