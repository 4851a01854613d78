"""The warning-to-action timeline (app.situations.timeline) on a real SQLCipher store: a
situation seeded with incidents, an assessment, strategy versions and engagements on known
dates gives exactly the events and intervals worked out by hand."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import cli
from app.errors import NotFound
from app.incidents import Incidents
from app.situations import Situations
from app.situations import strategies as strategies_module
from app.situations import timeline as timeline_module
from app.vocab import vocabularies
from tests.app.conftest import PASSPHRASE, incident_doc
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


def engagement(day: str, channel: str, kind: str = "meeting") -> dict:
    return {
        "date": day,
        "type": kind,
        "channel": channel,
        "un_by": "Resident Coordinator",
        "with_whom": "Ministry of Foreign Affairs",
        "asked": "Access to the camps",
    }


def test_engagements_through_channels_of_rising_rank_escalate(store, situations, monkeypatch):
    Incidents(store).add(incident_on("2026-03-10", "reasonable_grounds"))  # the warning
    sid = situations.add(situation())
    first = situations.add_engagement(sid, engagement("2026-03-12", "country_team", "demarche"))
    situations.add_engagement(sid, engagement("2026-03-20", "country_team"))  # same rank
    hq = situations.add_engagement(sid, engagement("2026-04-02", "headquarters"))
    situations.add_engagement(sid, engagement("2026-04-09", "regional"))  # lower: no escalation
    dsg = situations.add_engagement(sid, engagement("2026-05-01", "member_states", "briefing"))
    situations.add_engagement(sid, engagement("2026-05-03", "human_rights_council"))  # same rank
    council = situations.add_engagement(sid, engagement("2026-06-30", "security_council"))
    save_strategy_on(situations, monkeypatch, sid, "2026-03-31", ["country"])

    tl = situations.timeline(sid)
    events = by_key(tl)
    assert events["engagement"]["date"] == "2026-03-12"
    assert events["engagement"]["source"] == {"kind": "engagement", "id": first["id"]}
    ladder = [e for e in tl["events"] if e.get("ladder") == "engagement"]
    assert [(e["from"], e["to"], e["date"], e["source"]["id"]) for e in ladder] == [
        ("country_team", "headquarters", "2026-04-02", hq["id"]),
        ("headquarters", "member_states", "2026-05-01", dsg["id"]),
        ("member_states", "security_council", "2026-06-30", council["id"]),
    ]
    got = intervals(tl)
    assert tl["warning"]["key"] == "incident:reasonable_grounds"  # 10 March
    assert got["first_engagement"]["days"] == 2
    assert got["first_action"]["days"] == 21
    assert got["channel:headquarters"]["days"] == 23
    assert got["channel:member_states"]["days"] == 52  # the DSG's briefing of Member States
    assert got["channel:security_council"]["days"] == 112
    assert got["channel:security_council"]["to"]["source"]["id"] == council["id"]
    assert got["action:regional"]["open"]
    text = "\n".join(tl["draft"])
    assert (
        "The first engagement through Security Council came on 2026-06-30, 112 days after "
        f"the first warning (source: engagement {council['id']})." in text
    )
    # an engagement edited to an earlier date moves on the axis
    situations.edit_engagement(council["id"], {"date": "2026-05-02", "revision": 1})
    assert intervals(situations.timeline(sid))["channel:security_council"]["days"] == 53


def test_an_engagement_before_the_warning_is_a_negative_interval(store, situations):
    sid = situations.add(situation())
    situations.add_engagement(sid, engagement("2026-02-01", "country_team"))
    situations.assess(sid, {"assessed_on": "2026-02-11", "factors": factors(f3="severe")})
    tl = situations.timeline(sid)
    assert intervals(tl)["first_engagement"]["days"] == -10
    assert any("10 days before the first warning" in line for line in tl["draft"])


# -- properties over random dates ----------------------------------------------------------------
CHANNELS = [t.code for t in vocabularies().terms("engagement-channel")]
START = date(2025, 1, 1)


@st.composite
def histories(draw):
    """Strategy versions (in order, dates rising) with random levels, and engagements on
    random dates through random channels."""
    days = sorted(draw(st.lists(st.integers(0, 700), max_size=8)))
    versions = [
        (
            START + timedelta(days=d),
            f"s{i}",
            i + 1,
            [
                {"id": f"a{i}{j}", "title": "t", "level": lv}
                for j, lv in enumerate(draw(st.lists(st.sampled_from(timeline_module.LEVELS))))
            ],
        )
        for i, d in enumerate(days)
    ]
    logged = [
        {"id": f"e{i}", "date": (START + timedelta(days=d)).isoformat(), "channel": c}
        for i, (d, c) in enumerate(
            draw(st.lists(st.tuples(st.integers(0, 700), st.sampled_from(CHANNELS)), max_size=10))
        )
    ]
    warning = draw(st.none() | st.integers(0, 700))
    return versions, logged, warning


@settings(max_examples=200, deadline=None)
@given(histories())
def test_escalations_rise_strictly_and_intervals_after_a_warning_are_never_negative(history):
    versions, logged, warning_day = history
    vocab = vocabularies()
    actions, action_escalations = timeline_module.action_ladder(versions)
    first, channel_escalations, by_channel = timeline_module.engagement_events(vocab, logged)
    # each ladder rises strictly, in time order, and starts above the first rung
    levels = [timeline_module.LEVELS.index(e["to"]) for e in action_escalations]
    assert levels == sorted(set(levels))
    for e in action_escalations:
        assert timeline_module.LEVELS.index(e["from"]) < timeline_module.LEVELS.index(e["to"])
    ranks = [vocab.rank("engagement-channel", e["to"]) for e in channel_escalations]
    assert all(a < b for a, b in zip(ranks, ranks[1:], strict=False))
    if first:
        assert all(r > vocab.rank("engagement-channel", first["channel"]) for r in ranks)
    for ladder in (action_escalations, channel_escalations):
        assert [e["date"] for e in ladder] == sorted(e["date"] for e in ladder)
        for e in ladder:
            assert e["from"] != e["to"]
    # intervals: exact days; never negative when the action follows the warning
    as_of = START + timedelta(days=800)
    warning = (
        None
        if warning_day is None
        else {
            "key": "risk",
            "date": (START + timedelta(days=warning_day)).isoformat(),
            "source": {"kind": "assessment", "id": "x"},
        }
    )
    for to in [*actions, *action_escalations, *by_channel.values(), first]:
        item = timeline_module.interval("k", warning, to, as_of)
        if warning is None or to is None:
            assert item["open"] and item["days"] is None
            continue
        gap = (date.fromisoformat(to["date"]) - date.fromisoformat(warning["date"])).days
        assert item["days"] == gap
        if to["date"] >= warning["date"]:
            assert item["days"] >= 0


# -- the command line ----------------------------------------------------------------------------
def test_the_engagement_commands_add_edit_and_list(store, data_dir, tmp_path, capsys, monkeypatch):
    sid = Situations(store, today=TODAY).add(situation())
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)

    def run(*argv: str, code: int = 0) -> str:
        capsys.readouterr()
        assert cli.main([*argv, "--data-dir", str(data_dir)]) == code
        said = capsys.readouterr()
        return said.out if code == 0 else said.err

    path = tmp_path / "engagement.json"
    path.write_text(json.dumps(engagement("2026-03-12", "country_team", "demarche")))
    eid = run("engagement", "add", "--situation", sid, "--file", str(path)).strip()
    path.write_text(json.dumps({"channel": "security_council", "revision": 1}))
    assert run("engagement", "edit", eid, "--file", str(path)).strip() == f"{eid} revision 2"
    listed = json.loads(run("engagement", "list", "--situation", sid, "--json"))
    assert [(e["id"], e["channel"], e["revision"]) for e in listed] == [
        (eid, "security_council", 2)
    ]
    plain = run("engagement", "list", "--situation", sid)
    assert eid in plain and "security_council" in plain and "Ministry" not in plain
    # bad input: exit 2, the field named
    for doc, field in (
        ({**engagement("2026-03-12", "country_team"), "channel": "pigeon"}, "channel"),
        ({**engagement("2026-03-12", "country_team"), "date": "2026-02-30"}, "date"),
        (
            {k: x for k, x in engagement("2026-03-12", "country_team").items() if k != "un_by"},
            "un_by",
        ),
    ):
        path.write_text(json.dumps(doc))
        said = run("engagement", "add", "--situation", sid, "--file", str(path), code=2)
        assert f"{field}:" in said, said
    path.write_text(json.dumps({"channel": "security_council", "revision": 1}))
    assert "revision" in run("engagement", "edit", eid, "--file", str(path), code=2)
    assert "--file" in run(
        "engagement", "add", "--situation", sid, "--file", "/nonexistent", code=2
    )
