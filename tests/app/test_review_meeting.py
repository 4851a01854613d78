"""The quarterly review as a meeting (issue 18): situations ranked by what calls for attention,
each with the reasons and points; the meeting's decisions, one of them turned into a strategy
action; and the next quarter's review opening with them, each in its state (done, late,
blocked, dropped, open) with who set it and why. The pack for the UN is scrubbed, decisions
too; `upfront decision` and `upfront review --out` on the real command line. Real stores."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app import cli
from app.errors import BadInput
from app.incidents import Incidents
from app.situations import Situations
from app.situations.review import RANK_POINTS, pack_sha256, previous_quarter
from app.vocab import vocabularies
from tests.app.conftest import PASSPHRASE, incident_doc

Q3_MEETING = date(2026, 9, 15)
Q4_REVIEW = date(2026, 12, 10)
WITHHELD = "Omar Khalil"


def factor(n: int) -> str:
    return vocabularies().terms("risk-factor")[n].code


def seed(store) -> dict[str, str]:
    """Two situations; at Q3's meeting four decisions (one made a strategy action), then what
    happens to them before Q4's review: the action done, one blocked, one dropped, one late."""
    q3 = Situations(store, today=Q3_MEETING)
    calm = q3.add({"name": "Aleppo returns", "country": "SYR", "status": "monitoring"})
    worse = q3.add({"name": "Idlib shelling", "country": "SYR", "status": "crisis"})
    q3.assess(
        worse, {"assessed_on": "2026-08-01", "factors": [{"factor": factor(0), "level": "low"}]}
    )
    acted = q3.add_decision(
        worse,
        {
            "quarter": "2026Q3",
            "text": "Démarche to the governor on the shelling of schools",
            "entity": "rco",
            "person": "Deputy RC",
            "due": "2026-10-31",
        },
        action={"pillar": "political", "level": "country"},
    )
    late = q3.add_decision(
        worse,
        {
            "quarter": "2026Q3",
            "text": "Brief Member States in Geneva",
            "entity": "ohchr",
            "person": "Desk officer",
            "due": "2026-11-15",
        },
    )
    blocked = q3.add_decision(
        calm,
        {"quarter": "2026Q3", "text": "Visit the returnees' camp", "entity": "unhcr", "due": None},
    )
    dropped = q3.add_decision(
        calm,
        {
            "quarter": "2026Q3",
            "text": f"Relocate {WITHHELD}'s family",
            "entity": "ohchr",
            "person": "",
            "due": "2026-12-30",
        },
    )
    # between the meetings
    q4 = Situations(store, today=date(2026, 11, 20))
    q4.assess(
        worse, {"assessed_on": "2026-11-01", "factors": [{"factor": factor(0), "level": "severe"}]}
    )
    strategy = q4.strategy(worse)
    assert strategy is not None
    actions = [
        {k: x for k, x in a.items() if k not in ("overdue", "blocked")}
        | ({"status": "done"} if a["id"] == acted["action_id"] else {})
        for a in strategy["actions"]
    ]
    q4.save_strategy(worse, {"objectives": strategy["objectives"], "actions": actions})
    q4.edit_decision(
        blocked["id"], {"status": "blocked", "status_note": "Access refused at the checkpoint"}
    )
    q4.edit_decision(
        dropped["id"], {"status": "dropped", "status_note": "The family left the country"}
    )
    for who, confidentiality in (
        ("Governor of Idlib", "un"),
        ("Head of the security branch", "internal"),
    ):
        q4.add_engagement(
            worse,
            {
                "date": "2026-11-10",
                "type": "demarche",
                "channel": "country_team",
                "un_by": "Resident Coordinator",
                "with_whom": who,
                "asked": "Stop the shelling of schools",
                "answered": "Will look into it",
                "follow_up_due": "2026-11-24",
                "confidentiality": confidentiality,
            },
        )
    return {
        "calm": calm,
        "worse": worse,
        "acted": acted["id"],
        "action": acted["action_id"],
        "late": late["id"],
        "blocked": blocked["id"],
        "dropped": dropped["id"],
    }


def test_last_quarters_decisions_open_the_next_review_in_their_state(store):
    ids = seed(store)
    pack = Situations(store, today=Q4_REVIEW).review("2026Q4")
    assert pack["previous_quarter"] == "2026Q3" and pack["as_of"] == "2026-12-10"
    states = {d["id"]: d for d in pack["previous_decisions"]}
    assert set(states) == {ids["acted"], ids["late"], ids["blocked"], ids["dropped"]}
    acted = states[ids["acted"]]
    # the decision became a strategy action; the action was marked done: so is the decision
    assert acted["state"] == "done" and acted["action"]["id"] == ids["action"]
    assert acted["action"]["decision"] == ids["acted"] and acted["action"]["status"] == "done"
    late = states[ids["late"]]
    assert late["state"] == "late" and late["due"] == "2026-11-15"
    for key, state, why in (
        ("blocked", "blocked", "Access refused at the checkpoint"),
        ("dropped", "dropped", "The family left the country"),
    ):
        d = states[ids[key]]
        assert (d["state"], d["status_note"]) == (state, why)
        assert (d["status_by"], d["status_on"]) == ("amina", "2026-11-20")  # who, and when
    # a quarter earlier, the late one was still open (its due date had not passed)
    before = Situations(store, today=date(2026, 11, 1)).review("2026Q4")
    assert {d["id"]: d["state"] for d in before["previous_decisions"]}[ids["late"]] == "open"


def test_situations_are_ranked_and_the_pack_says_why(store):
    ids = seed(store)
    Incidents(store).add_many([incident_doc(title=f"Case {n}") for n in range(11)])
    pack = Situations(store, today=Q4_REVIEW).review("2026Q4")
    assert pack["rank_rule"] == RANK_POINTS
    first, second = pack["situations"]
    assert first["situation"]["id"] == ids["worse"]  # ranked first, though later by name
    reasons = {r["reason"]: r for r in first["rank"]}
    assert reasons["risk_up"] == {"reason": "risk_up", "count": 1, "points": 2}
    assert reasons["late_decisions"] == {"reason": "late_decisions", "count": 1, "points": 2}
    assert first["score"] == sum(r["points"] for r in first["rank"])
    assert second["situation"]["id"] == ids["calm"] and second["score"] < first["score"]
    # incidents added: a point per ten started (11 incidents of Syria: 2 points)
    assert reasons["incidents_added"] == {"reason": "incidents_added", "count": 11, "points": 2}
    # ties go by name
    Situations(store, today=Q4_REVIEW).add({"name": "Zarqa", "country": "JOR"})
    Situations(store, today=Q4_REVIEW).add({"name": "Amman", "country": "JOR"})
    ranked = Situations(store, today=Q4_REVIEW).review("2026Q4")["situations"]
    order = [(-s["score"], s["situation"]["name"]) for s in ranked]
    assert order == sorted(order) and order[-2:] == [(0, "Amman"), (0, "Zarqa")]


def test_this_quarters_decisions_sit_with_their_situation(store):
    ids = seed(store)
    q4 = Situations(store, today=Q4_REVIEW)
    made = q4.add_decision(
        ids["calm"],
        {
            "quarter": "2026Q4",
            "text": "Ask for access again",
            "entity": "unhcr",
            "due": "2027-01-31",
        },
    )
    pack = q4.review("2026Q4")
    by_id = {s["situation"]["id"]: s for s in pack["situations"]}
    assert [d["id"] for d in by_id[ids["calm"]]["decisions"]] == [made["id"]]
    assert by_id[ids["worse"]]["decisions"] == []
    assert by_id[ids["calm"]]["decisions"][0]["state"] == "open"


def test_the_pack_carries_its_hash_and_the_un_pack_withholds_the_name(store):
    seed(store)
    Incidents(store).add(
        incident_doc(
            confidentiality="internal",
            status="submitted",
            victims=[{"name": WITHHELD, "sex": "male", "age_group": "adult", "protected": True}],
        )
    )
    situations = Situations(store, today=Q4_REVIEW)
    internal = situations.review("2026Q4")
    un = situations.review("2026Q4", audience="un")
    assert WITHHELD in json.dumps(internal, ensure_ascii=False)
    text = json.dumps(un, ensure_ascii=False)
    assert "Khalil" not in text and "Omar" not in text
    assert (internal["audience"], un["audience"]) == ("internal", "un")
    for pack in (internal, un):
        assert pack["sha256"] == pack_sha256(pack)
    assert internal["sha256"] != un["sha256"]
    assert situations.review("2026Q4")["sha256"] == internal["sha256"]  # the same content


def test_the_quarters_engagements_as_far_as_the_audience_may_read_them(store):
    ids = seed(store)
    situations = Situations(store, today=Q4_REVIEW)

    def met(audience: str) -> list[str]:
        pack = situations.review("2026Q4", audience=audience)
        [worse] = [s for s in pack["situations"] if s["situation"]["id"] == ids["worse"]]
        return [e["with_whom"] for e in worse["engagements"]]

    assert met("internal") == ["Governor of Idlib", "Head of the security branch"]
    assert met("un") == ["Governor of Idlib"]
    earlier = Situations(store, today=Q4_REVIEW).review("2026Q3")
    assert all(s["engagements"] == [] for s in earlier["situations"])


def test_previous_quarter():
    assert previous_quarter("2026Q1") == "2025Q4"
    assert previous_quarter("2026q3") == "2026Q2"
    with pytest.raises(BadInput) as err:
        previous_quarter("2026Q9")
    assert err.value.field == "quarter"


# ---- the command line --------------------------------------------------------------------
@pytest.fixture
def run(store, data_dir, capsys, monkeypatch):
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)

    def run(*argv: str, code: int = 0) -> tuple[str, str]:
        capsys.readouterr()
        assert cli.main([*argv, "--data-dir", str(data_dir)]) == code, capsys.readouterr()
        got = capsys.readouterr()
        return got.out, got.err

    return run


def write(path, value) -> str:
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return str(path)


def test_decisions_on_the_command_line(run, tmp_path):
    out, _ = run(
        "situation",
        "add",
        "--file",
        write(tmp_path / "s.json", {"name": "Idlib shelling", "country": "SYR"}),
    )
    sid = out.strip()
    decision = {
        "quarter": "2026Q4",
        "text": "Brief the Security Council",
        "entity": "ohchr",
        "person": "ASG",
        "due": "2026-12-31",
        "action": {"pillar": "political", "level": "global"},
    }
    out, _ = run(
        "decision", "add", "--situation", sid, "--file", write(tmp_path / "d.json", decision)
    )
    did, _, action_id = out.split()
    shown = json.loads(run("strategy", "show", "--situation", sid)[0])
    assert [(a["id"], a["decision"], a["level"]) for a in shown["actions"]] == [
        (action_id, did, "global")
    ]
    listed = json.loads(run("decision", "list", "--quarter", "2026q4", "--json")[0])
    assert [(d["id"], d["action_id"]) for d in listed] == [(did, action_id)]
    assert run("decision", "list", "--quarter", "2026Q3", "--json")[0].strip() == "[]"
    text, _ = run("decision", "list", "--situation", sid)
    assert did in text and "Brief the Security Council" in text
    out, _ = run(
        "decision",
        "edit",
        did,
        "--file",
        write(tmp_path / "c.json", {"status": "dropped", "status_note": "Overtaken by events"}),
    )
    assert out.split()[1:] == ["revision", "2", "dropped"]
    pack_file = tmp_path / "review.json"
    _, err = run("review", "--quarter", "2026Q4", "--out", str(pack_file))
    pack = json.loads(pack_file.read_text("utf-8"))
    assert pack["situations"][0]["decisions"][0]["status_note"] == "Overtaken by events"
    assert pack["sha256"] in err and pack_sha256(pack) == pack["sha256"]
    run("review", "--quarter", "2026Q4", "--out", str(pack_file), code=2)  # not replaced
    run("review", "--quarter", "2026Q4", "--out", str(pack_file), "--replace")
    text, _ = run("review", "--quarter", "2026Q4")
    assert "decision: Brief the Security Council (dropped)" in text


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ("{not json", "--file"),
        ("[1, 2]", "--file"),
        (json.dumps({"quarter": "2026Q4", "entity": "ohchr"}), "text"),
        (json.dumps({"quarter": "Q4", "text": "x", "entity": "ohchr"}), "quarter"),
        (json.dumps({"quarter": "2026Q4", "text": "x", "entity": "nato"}), "entity"),
        (
            json.dumps({"quarter": "2026Q4", "text": "x", "entity": "ohchr", "action": [1]}),
            "action",
        ),
        (
            json.dumps(
                {"quarter": "2026Q4", "text": "x", "entity": "ohchr", "action": {"pillar": "war"}}
            ),
            "action.pillar",
        ),
        (
            json.dumps({"quarter": "2026Q4", "text": "x", "entity": "ohchr", "status": "blocked"}),
            "status_note",
        ),
    ],
)
def test_a_bad_decision_file_exits_2_naming_the_field(run, tmp_path, capsys, content, field):
    sid = run(
        "situation",
        "add",
        "--file",
        write(tmp_path / "s.json", {"name": "Idlib shelling", "country": "SYR"}),
    )[0].strip()
    _, err = run(
        "decision", "add", "--situation", sid, "--file", write(tmp_path / "d.json", content), code=2
    )
    assert f"error: {field}" in err
    assert json.loads(run("decision", "list", "--json")[0]) == []  # nothing half-written


def test_bad_review_and_decision_arguments_exit_2_naming_the_field(run, tmp_path):
    for argv, field in (
        (("review", "--quarter", "2026Q4", "--out", str(tmp_path / "r.txt")), "out"),
        (("review", "--quarter", "2026Q4", "--out", str(tmp_path / "r.pdf")), "out"),  # no Qt here
        (("review", "--quarter", "2026Q4", "--json", "--out", str(tmp_path / "r.json")), "out"),
        (("review", "--quarter", "2026Q4", "--lang", "de"), "lang"),
        (("review", "--quarter", "2026Q9"), "quarter"),
        (("decision", "list", "--quarter", "spring"), "quarter"),
        (("decision", "edit", "no-such-id", "--file", str(tmp_path / "missing.json")), "--file"),
    ):
        _, err = run(*argv, code=2)
        assert f"error: {field}" in err, (argv, err)
    assert not list(tmp_path.glob("r.*"))
    run("decision", "edit", "no-such-id", "--file", write(tmp_path / "c.json", {}), code=1)
