"""Situations of concern, risk assessments, strategies and the quarterly review, on a real
SQLCipher store."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from app import cli
from app.errors import BadInput, NotFound
from app.incidents import Incidents
from app.situations import Situations
from app.situations.review import parse_quarter
from app.vocab import vocabularies
from tests.app.conftest import PASSPHRASE, incident_doc

TODAY = date(2026, 11, 20)


@pytest.fixture
def situations(store):
    return Situations(store, today=TODAY)


def situation(**overrides) -> dict:
    doc = {
        "name": "Rif Dimashq displacement",
        "country": "SYR",
        "regions": ["rif dimashq"],
        "description": "Shelling and arrests around the camps.",
        "status": "concern",
        "owner": "amina",
    }
    doc.update(overrides)
    return doc


def factors(**levels) -> list[dict]:
    codes = [t.code for t in vocabularies().terms("risk-factor")]
    return [
        {"factor": codes[int(k[1:]) - 1], "level": level, "rationale": f"why {k}"}
        for k, level in levels.items()
    ]


def test_a_situation_round_trips_and_bad_input_names_the_field(situations):
    sid = situations.add(situation())
    doc = situations.get(sid)
    assert doc["name"] == "Rif Dimashq displacement" and doc["status"] == "concern"
    assert doc["regions"] == ["Rural Damascus"]  # the unit as OCHA names it, as incidents
    assert doc["revision"] == 1 and doc["links"] == {"include": [], "exclude": []}
    edited = situations.edit(sid, {"status": "crisis", "revision": 1})
    assert edited["status"] == "crisis" and edited["revision"] == 2
    with pytest.raises(BadInput) as err:
        situations.edit(sid, {"name": "x", "revision": 1})
    assert err.value.field == "revision"
    cases = [
        ({"status": "alarm"}, "status"),
        ({"country": "XXX"}, "country"),
        ({"date_from": "2026-05-01", "date_to": "2026-04-01"}, "date_to"),
        ({"violations": ["killing", "teasing"]}, "violations[1]"),
        ({"regions": ["Rif Dimashq", "Idlibb"]}, "regions[1]"),  # no such governorate
        ({"regions": ["SY0200"]}, "regions[0]"),  # an admin 2 P-code
        ({"country": "LBN", "regions": ["Idleb"]}, "regions[0]"),  # of another country
        ({"name": ""}, "name"),
        ({"colour": "red"}, "colour"),
    ]
    for change, field in cases:
        with pytest.raises(BadInput) as err:
            situations.add(situation(**change))
        assert err.value.field == field, change
    assert [s["id"] for s in situations.list()] == [sid]
    with pytest.raises(NotFound):
        situations.get("01900000-0000-7000-8000-000000000000")


def test_incidents_belong_by_rule_and_by_hand(store, situations):
    incidents = Incidents(store)
    inside = incidents.add(incident_doc())
    other_region = incidents.add(incident_doc(location={"country": "SYR", "admin1": "Halab"}))
    other_type = incidents.add(incident_doc(violations=[{"type": "arbitrary_detention"}]))
    too_early = incidents.add(incident_doc(occurred_from="2025-01-10"))
    sid = situations.add(situation(date_from="2026-01-01", violations=["killing"]))
    assert situations.incident_ids(sid) == [inside]
    situations.link(sid, other_region)
    situations.link(sid, inside, "exclude")
    assert set(situations.incident_ids(sid)) == {other_region}
    situations.unlink(sid, inside)
    assert set(situations.incident_ids(sid)) == {inside, other_region}
    assert other_type not in situations.incident_ids(sid)
    assert too_early not in situations.incident_ids(sid)
    with pytest.raises(NotFound):
        situations.link(sid, "01900000-0000-7000-8000-000000000000")


def test_assessments_are_versioned_and_the_heat_map_has_the_right_cells(store, situations):
    sid = situations.add(situation())
    evidence = Incidents(store).add(incident_doc())
    first = situations.assess(
        sid, {"assessed_on": "2026-07-01", "factors": factors(f1="moderate", f9="low")}
    )
    assert [f["trend"] for f in first["factors"]] == ["first_assessment"] * 2
    second = situations.assess(
        sid,
        {
            "assessed_on": "2026-10-01",
            "summary": "worse",
            "factors": factors(f1="high", f9="low", f13="severe"),
        },
    )
    by_factor = {f["factor"][:4]: f for f in second["factors"]}
    assert by_factor["rf01"]["trend"] == "worsening"
    assert by_factor["rf09"]["trend"] == "stable"
    assert by_factor["rf13"]["trend"] == "first_assessment"
    assert second["overall"] == "severe" and second["high_or_severe"] == 2
    # a correction the same day is a new version; the old one stays
    again = situations.assess(
        sid,
        {
            "assessed_on": "2026-10-01",
            "factors": [{**factors(f1="high")[0], "evidence": [evidence]}, *factors(f9="moderate")],
        },
    )
    assert again["version"] == 2
    assert len(situations.assessments(sid, all_versions=True)) == 3
    latest = situations.assessments(sid)
    assert [a["version"] for a in latest] == [1, 2]

    heat = situations.heat_map(sid)
    assert len(heat.factors) == 14 and heat.dates == ["2026-07-01", "2026-10-01"]
    f1, f9, f13 = heat.factors[0], heat.factors[8], heat.factors[12]
    assert heat.level(f1, "2026-07-01") == "moderate" and heat.level(f1, "2026-10-01") == "high"
    assert heat.level(f9, "2026-10-01") == "moderate"
    assert heat.level(f13, "2026-10-01") is None  # not in the latest version of that date
    assert heat.overall == ["moderate", "high"]

    for bad, field in [
        ({"factors": []}, "factors"),
        ({"factors": [{"factor": "rf99", "level": "low"}]}, "factors[0].factor"),
        ({"factors": factors(f1="extreme")}, "factors[0].level"),
        ({"assessed_on": "2027-01-01", "factors": factors(f1="low")}, "assessed_on"),
        ({"factors": factors(f1="low") * 2}, "factors[1].factor"),
    ]:
        with pytest.raises(BadInput) as err:
            situations.assess(sid, bad)
        assert err.value.field == field


def strategy_doc() -> dict:
    return {
        "objectives": ["Protect civilians in the camps", "Keep humanitarian access"],
        "actions": [
            {
                "title": "Démarche to the governor",
                "objective": 0,
                "pillar": "political",
                "level": "country",
                "lead": "rco",
                "partners": ["ohchr"],
                "owner": "RC",
                "due": "2026-09-30",
                "status": "under_way",
                "indicators": ["meeting held"],
                "risk_factors": [factors(f1="low")[0]["factor"]],
            },
            {
                "title": "Negotiate access",
                "pillar": "humanitarian",
                "level": "country",
                "lead": "ocha",
                "due": "2026-12-31",
                "status": "blocked",
            },
            {
                "title": "Brief the Security Council",
                "pillar": "political",
                "level": "global",
                "lead": "dppa",
                "due": "2026-08-01",
                "status": "done",
            },
        ],
    }


def test_strategy_versions_round_trip_and_late_or_blocked_actions_stand_out(situations):
    sid = situations.add(situation())
    assert situations.strategy(sid) is None
    one = situations.save_strategy(sid, strategy_doc())
    assert one["version"] == 1
    shown = situations.strategy(sid)
    assert [a["overdue"] for a in shown["actions"]] == [True, False, False]
    assert [a["blocked"] for a in shown["actions"]] == [False, True, False]
    again = strategy_doc()
    again["actions"][0]["status"] = "done"
    again["version"] = 1
    two = situations.save_strategy(sid, again)
    assert two["version"] == 2 and not two["actions"][0]["overdue"]
    assert situations.strategy(sid, 1)["actions"][0]["status"] == "under_way"
    assert [v["version"] for v in situations.strategy_versions(sid)] == [1, 2]
    with pytest.raises(BadInput) as err:
        situations.save_strategy(sid, {**strategy_doc(), "version": 1})
    assert err.value.field == "version"
    bad = strategy_doc()
    bad["actions"][1]["lead"] = "nato"
    with pytest.raises(BadInput) as err:
        situations.save_strategy(sid, bad)
    assert err.value.field == "actions[1].lead"
    bad = strategy_doc()
    bad["actions"][0]["objective"] = 5
    with pytest.raises(BadInput) as err:
        situations.save_strategy(sid, bad)
    assert err.value.field == "actions[0].objective"


def test_parse_quarter():
    assert parse_quarter("2026Q4") == (date(2026, 10, 1), date(2026, 12, 31))
    assert parse_quarter("2026q1") == (date(2026, 1, 1), date(2026, 3, 31))
    with pytest.raises(BadInput):
        parse_quarter("2026Q5")


def test_the_review_pack_lists_risk_changes_flags_overdue_actions_and_new_incidents(
    store, situations
):
    incidents = Incidents(store)
    sid = situations.add(situation())
    situations.assess(sid, {"assessed_on": "2026-08-01", "factors": factors(f1="moderate")})
    situations.assess(sid, {"assessed_on": "2026-11-01", "factors": factors(f1="high")})
    situations.save_strategy(sid, strategy_doc())
    # a doubled rate: 1 act a week for 12 weeks, then 4 a week for the last 4
    end = TODAY
    docs = []
    for week in range(16):
        day = end - timedelta(days=7 * (15 - week) + 3)
        for _ in range(4 if week >= 12 else 1):
            docs.append(
                incident_doc(
                    occurred_from=day.isoformat(),
                    date_reported=day.isoformat(),
                    violations=[{"type": "killing"}],
                )
            )
    added = incidents.add_many(docs)
    pack = situations.review("2026Q4", signals=situations.signals_as_of)
    [item] = pack["situations"]
    assert item["risk_changes"] == [
        {
            "factor": factors(f1="x")[0]["factor"],
            "from": "moderate",
            "to": "high",
            "trend": "worsening",
        }
    ]
    assert [a["title"] for a in item["overdue_actions"]] == ["Démarche to the governor"]
    assert [a["title"] for a in item["blocked_actions"]] == ["Negotiate access"]
    assert sorted(item["incidents_added"]) == sorted(added)
    scopes = {flag["scope"] for flag in item["deterioration"]}
    assert "all" in scopes and "killing" in scopes
    # the quarter before: nothing of this
    earlier = situations.review("2026Q2", signals=situations.signals_as_of)["situations"][0]
    assert earlier["risk_changes"] == [] and earlier["incidents_added"] == []


def test_command_line(store, data_dir, tmp_path, capsys, monkeypatch):
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> str:
        capsys.readouterr()
        assert cli.main([*argv, "--data-dir", str(data_dir)]) == 0
        return capsys.readouterr().out

    path = tmp_path / "situation.json"
    path.write_text(json.dumps(situation()))
    sid = run("situation", "add", "--file", str(path)).strip()
    assert sid in run("situation", "list")
    path.write_text(json.dumps({"assessed_on": "2026-10-01", "factors": factors(f2="high")}))
    run("assessment", "add", "--situation", sid, "--file", str(path))
    path.write_text(json.dumps(strategy_doc()))
    assert run("strategy", "save", "--situation", sid, "--file", str(path)).strip() == "version 1"
    shown = json.loads(run("strategy", "show", "--situation", sid, "--json"))
    assert shown["version"] == 1 and len(shown["actions"]) == 3
    heat = json.loads(run("assessment", "heatmap", "--situation", sid))
    assert heat["dates"] == ["2026-10-01"] and heat["cells"][1] == ["high"]
    pack = json.loads(run("review", "--quarter", "2026Q4", "--json"))
    assert pack["situations"][0]["situation"]["id"] == sid
    text = run("review", "--quarter", "2026Q4")  # for people: labels, not codes
    assert "Rif Dimashq displacement (SYR, Concern)" in text
    assert "risk: Record of serious violations of international human rights and " in text
    assert ": - -> High" in text
    doc = json.loads(run("situation", "show", sid))
    assert doc["signals"]["overall"]["flagged"] is False
    capsys.readouterr()
    path.write_text(json.dumps({"factors": [{"factor": "rf01", "level": "awful"}]}))
    assert (
        cli.main(
            [
                "assessment",
                "add",
                "--situation",
                sid,
                "--file",
                str(path),
                "--data-dir",
                str(data_dir),
            ]
        )
        == 2
    )
    assert "factors[0]" in capsys.readouterr().err


def outbox_rows(store) -> list[tuple[str, str, dict | None, dict | None]]:
    from sqlalchemy import select

    from app.models import OutboxEntry

    with store.session() as s:
        return [
            (e.record_id, e.op, e.fields, e.bases)
            for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]


def test_every_change_goes_to_the_outbox_for_hq_in_its_own_transaction(store, situations):
    from app.outbox import value_hash

    rid = Incidents(store).add(incident_doc())
    sid = situations.add(situation())
    situations.edit(sid, {"status": "crisis", "description": "Worse."})
    situations.link(sid, rid, "exclude")
    situations.link(sid, rid, "exclude")  # nothing changes: nothing to send
    assessed = situations.assess(sid, {"assessed_on": "2026-11-01", "factors": factors(f1="high")})
    saved = situations.save_strategy(
        sid,
        {
            "objectives": ["Protect"],
            "actions": [
                {"title": "Démarche", "pillar": "political", "level": "country", "lead": "rco"}
            ],
        },
    )
    rows = [r for r in outbox_rows(store) if r[0] != rid]
    assert [(r[0], r[1]) for r in rows] == [
        (sid, "create"),
        (sid, "update"),
        (sid, "update"),
        (assessed["id"], "create"),
        (rows[4][0], "create"),
    ]
    created = rows[0][2]
    assert created["kind"] == "situation" and created["regions"] == ["Rural Damascus"]
    assert created["links"] == {"include": [], "exclude": []}
    assert rows[1][2] == {"status": "crisis", "description": "Worse."}
    assert rows[1][3] == {
        "status": value_hash("concern"),
        "description": value_hash(situation()["description"]),
    }
    assert rows[2][2] == {"links": {"include": [], "exclude": [rid]}}
    assert rows[3][2]["kind"] == "assessment" and rows[3][2]["factors"] == assessed["factors"]
    assert rows[4][2]["kind"] == "strategy" and rows[4][2]["version"] == saved["version"]
    assert rows[4][2]["actions"][0]["title"] == "Démarche"


def test_a_failed_write_leaves_no_outbox_entry(store, situations):
    sid = situations.add(situation())
    before = outbox_rows(store)
    with pytest.raises(BadInput):
        situations.assess(
            sid,
            {
                "factors": factors(f1="high")
                + [
                    {
                        "factor": "rf02_record_of_violations",
                        "level": "low",
                        "evidence": ["0190f0f0-0000-7000-8000-000000000001"],
                    }
                ]
            },
        )
    with pytest.raises(BadInput):
        situations.edit(sid, {"status": "exploding"})
    assert outbox_rows(store) == before


def test_remote_records_are_checked_like_the_forms(situations):
    from app.schema.situation import remote_fields

    vocab = vocabularies()
    good = {
        "kind": "assessment",
        "situation_id": "0190f0f0-0000-7000-8000-000000000001",
        "assessed_on": "2026-11-01",
        "version": 2,
        "summary": "",
        "factors": factors(f3="severe"),
        "created_by": "amina",
        "created_at": "2026-11-01T10:00:00Z",
    }
    checked = remote_fields(vocab, "assessment", good)
    assert checked["assessed_on"] == date(2026, 11, 1) and checked["version"] == 2
    assert list(checked["factors"]) == ["rf03_weak_state_structures"]
    for change, field in (
        ({"version": 0}, "version"),
        ({"assessed_on": None}, "assessed_on"),
        ({"situation_id": "x"}, "situation_id"),
        ({"factors": []}, "factors"),
        ({"created_by": None}, "created_by"),
        ({"title": "t"}, "title"),
    ):
        with pytest.raises(BadInput) as err:
            remote_fields(vocab, "assessment", {**good, **change})
        assert err.value.field == field
    with pytest.raises(BadInput) as err:
        remote_fields(
            vocab, "situation", {"name": "x", "country": "SYR", "links": {"include": ["nope"]}}
        )
    assert err.value.field == "links.include[0]"


def test_the_strategies_board_lists_every_current_action_late_first(situations):
    a = situations.add(situation(name="A"))
    b = situations.add(situation(name="B"))
    act = {"pillar": "political", "level": "country", "lead": "rco"}
    situations.save_strategy(a, {"actions": [{**act, "title": "old", "due": "2026-01-01"}]})
    situations.save_strategy(
        a,
        {
            "actions": [
                {**act, "title": "late", "due": "2026-10-01"},
                {**act, "title": "later", "due": "2026-12-01"},
            ]
        },
    )
    situations.save_strategy(
        b,
        {
            "actions": [
                {**act, "title": "stuck", "status": "blocked"},
                {**act, "title": "done late", "status": "done", "due": "2026-09-01"},
            ]
        },
    )
    board = situations.all_actions()
    assert [(x["title"], x["situation"]["name"], x["version"]) for x in board] == [
        ("late", "A", 2),
        ("stuck", "B", 1),
        ("done late", "B", 1),
        ("later", "A", 2),
    ]
    assert [x["overdue"] for x in board] == [True, False, False, False]
