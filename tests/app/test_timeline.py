"""The warning-to-action timeline (app.situations.timeline) on a real SQLCipher store: a
situation seeded with incidents, an assessment, strategy versions and engagements on known
dates gives exactly the events and intervals worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import NotFound
from app.incidents import Incidents
from app.situations import Situations
from app.situations import strategies as strategies_module
from tests.app.conftest import incident_doc
from tests.app.test_situations import factors, situation

TODAY = date(2026, 11, 20)


@pytest.fixture
def situations(store):
    return Situations(store, today=TODAY)


def incident_on(day: str, standard: str, **more) -> dict:
    return incident_doc(
        occurred_from=day,
        date_reported=day,
        verification={"status": standard, "credibility": "probably_true"},
        **more,
    )


def save_strategy_on(situations, monkeypatch, sid: str, day: str, levels: list[str]) -> dict:
    """A strategy version saved on `day` (its date is when it was saved) with one action at
    each of `levels`."""
    monkeypatch.setattr(strategies_module, "utcnow", lambda: f"{day}T09:00:00.000000+00:00")
    current = situations.strategy(sid)
    doc = {
        "objectives": ["Protect civilians"],
        "actions": [
            {"title": f"Act at {level}", "pillar": "political", "level": level, "lead": "rco"}
            for level in levels
        ],
    }
    if current:
        doc["version"] = current["version"]
    return situations.save_strategy(sid, doc)


def by_key(tl: dict) -> dict:
    return {e["key"]: e for e in tl["events"]}


def intervals(tl: dict) -> dict:
    return {i["key"]: i for i in tl["intervals"]}


def test_a_seeded_situation_gives_the_dates_and_intervals_worked_out_by_hand(
    store, situations, monkeypatch
):
    incidents = Incidents(store)
    suspicion = incidents.add(incident_on("2026-03-02", "reasonable_suspicion"))
    grounds = incidents.add(incident_on("2026-03-10", "reasonable_grounds"))
    convincing = incidents.add(incident_on("2026-04-01", "clear_and_convincing"))
    incidents.add(incident_on("2026-02-01", "pending"))  # not a standard of proof
    sid = situations.add(situation())
    situations.assess(sid, {"assessed_on": "2026-02-20", "factors": factors(f1="moderate")})
    assessed = situations.assess(
        sid, {"assessed_on": "2026-03-05", "factors": factors(f1="high", f9="severe")}
    )
    v1 = save_strategy_on(situations, monkeypatch, sid, "2026-03-20", ["country"])
    save_strategy_on(situations, monkeypatch, sid, "2026-04-01", ["country"])  # no new level
    save_strategy_on(situations, monkeypatch, sid, "2026-04-15", ["country", "regional"])
    save_strategy_on(situations, monkeypatch, sid, "2026-06-01", ["global", "country"])
    v1_row = situations.strategy(sid, 1)

    tl = situations.timeline(sid)
    events = by_key(tl)
    # first incident at each standard: the earliest incident verified at least at it
    assert events["incident:reasonable_suspicion"]["date"] == "2026-03-02"
    assert events["incident:reasonable_suspicion"]["source"] == {
        "kind": "incident",
        "id": suspicion,
    }
    assert events["incident:reasonable_grounds"]["source"]["id"] == grounds
    assert events["incident:balance_of_probabilities"]["source"]["id"] == convincing
    assert events["incident:clear_and_convincing"]["date"] == "2026-04-01"
    assert "incident:beyond_reasonable_doubt" not in events
    # the first assessment with a factor at high or severe, severe named first
    risk = events["risk"]
    assert risk["date"] == "2026-03-05"
    assert [f["level"] for f in risk["factors"]] == ["severe", "high"]
    assert risk["source"] == {"kind": "assessment", "id": assessed["id"], "version": 1}
    # actions: the first version holding each level, and the escalations
    assert [events[f"action:{lv}"]["date"] for lv in ("country", "regional", "global")] == [
        "2026-03-20",
        "2026-04-15",
        "2026-06-01",
    ]
    assert events["action:country"]["source"]["version"] == v1["version"] == 1
    assert events["action:country"]["source"]["action"] == v1_row["actions"][0]["id"]
    escalations = [e for e in tl["events"] if e["kind"] == "escalation"]
    assert [(e["from"], e["to"], e["date"]) for e in escalations] == [
        ("country", "regional", "2026-04-15"),
        ("regional", "global", "2026-06-01"),
    ]
    # one time axis: in date order
    assert [e["date"] for e in tl["events"]] == sorted(e["date"] for e in tl["events"])
    # the first warning: the high/severe factor (5 March) comes before the incident at
    # reasonable grounds (10 March); the one at reasonable suspicion (2 March) is no warning
    assert tl["warning"]["key"] == "risk" and tl["warning"]["date"] == "2026-03-05"
    got = intervals(tl)
    assert got["first_action"]["days"] == 15  # 5 March -> 20 March
    assert got["action:country"]["days"] == 15
    assert got["action:regional"]["days"] == 41  # 5 March -> 15 April
    assert got["action:global"]["days"] == 88  # 5 March -> 1 June
    assert got["action:global"]["to"]["source"]["version"] == 4
    # no engagement yet: open, with the days the warning has waited (5 March -> 20 November)
    assert got["first_engagement"]["open"] and got["first_engagement"]["days"] is None
    assert got["first_engagement"]["why"] == "no action yet"
    assert got["first_engagement"]["waited"] == 260
    # the draft states each interval with its sources
    text = "\n".join(tl["draft"])
    assert f"assessment {assessed['id']}" in text
    assert "The first action at regional level came on 2026-04-15, 41 days after" in text
    assert (
        "The first engagement has not come as of 2026-11-20: 260 days since the first "
        "warning (still open)"
    ) in text
    # as of an earlier day, later records are not there yet
    early = situations.timeline(sid, as_of=date(2026, 4, 20))
    assert "action:global" not in by_key(early)
    assert intervals(early)["action:global"]["open"]
    assert intervals(early)["action:regional"]["days"] == 41


def test_no_warning_yet_leaves_every_interval_open(store, situations, monkeypatch):
    Incidents(store).add(incident_on("2026-03-02", "reasonable_suspicion"))
    sid = situations.add(situation())
    situations.assess(sid, {"assessed_on": "2026-02-20", "factors": factors(f1="moderate")})
    save_strategy_on(situations, monkeypatch, sid, "2026-03-20", ["country"])
    tl = situations.timeline(sid)
    assert tl["warning"] is None
    assert all(i["open"] and i["why"] == "no warning yet" for i in tl["intervals"])
    assert tl["draft"][0].startswith("No warning as of 2026-11-20")
    # an empty situation has no events at all
    empty = situations.timeline(situations.add(situation(name="Quiet", regions=["Halab"])))
    assert empty["events"] == [] and empty["warning"] is None
    with pytest.raises(NotFound):
        situations.timeline("01900000-0000-7000-8000-000000000000")


def test_no_action_yet_is_said_so(store, situations):
    Incidents(store).add(incident_on("2026-03-10", "reasonable_grounds"))
    sid = situations.add(situation())
    tl = situations.timeline(sid)
    assert tl["warning"]["key"] == "incident:reasonable_grounds"
    assert all(i["open"] and i["why"] == "no action yet" for i in tl["intervals"])
    assert {i["waited"] for i in tl["intervals"]} == {(TODAY - date(2026, 3, 10)).days}


def test_the_first_deterioration_signal_is_the_first_sunday_the_signals_flag(store, situations):
    incidents = Incidents(store)
    start = date(2026, 5, 4)  # a Monday
    # one act a week for 12 weeks, then five a week
    for week in range(12):
        incidents.add(incident_on((start + timedelta(weeks=week)).isoformat(), "pending"))
    for week in range(12, 16):
        for k in range(5):
            day = start + timedelta(weeks=week, days=k)
            incidents.add(incident_on(day.isoformat(), "pending"))
    sid = situations.add(situation())
    signal = by_key(situations.timeline(sid))["signal"]
    flagged_on = date.fromisoformat(signal["date"])
    assert flagged_on.weekday() == 6  # a Sunday
    # the same signals the situation page shows, as of that Sunday and the one before
    assert situations.signals_as_of(sid, flagged_on)
    assert not situations.signals_as_of(sid, flagged_on - timedelta(days=7))
    assert signal["source"] == {"kind": "signal", "id": sid, "week_ending": signal["date"]}
    assert situations.timeline(sid)["warning"]["key"] == "signal"
