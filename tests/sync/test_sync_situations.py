"""Situations of concern, their risk assessments and strategy versions travel through HQ
like incidents: over real TLS, to a real PostgreSQL (and the embedded SQLite) HQ."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from synchelp import incident

from app import outbox
from app.clock import utcnow
from app.models import AuditEntry, OutboxEntry
from app.outbox import Outbox
from app.schema.revision import schema_number
from app.situations import Situations
from sync import device as d
from sync.desktop import DesktopSync


def _state(dev) -> dict:
    """What a person sees of the situations on a device."""
    s = Situations(dev.store)
    out = {}
    for item in s.list():
        doc = s.get(item["id"])
        out[item["id"]] = {
            "doc": {
                k: doc[k]
                for k in (
                    "name",
                    "country",
                    "regions",
                    "description",
                    "status",
                    "owner",
                    "date_from",
                    "date_to",
                    "violations",
                )
            },
            "links": {k: sorted(x) for k, x in doc["links"].items()},
            "assessments": [
                (a["assessed_on"], a["version"], a["factors"], a["created_by"])
                for a in s.assessments(item["id"], all_versions=True)
            ],
            "strategy": [(v["version"], v["created_by"]) for v in s.strategy_versions(item["id"])],
            "current": s.strategy(item["id"]),
        }
    return out


@pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)
def test_situations_assessments_and_strategies_reach_the_team_and_hq(make_device, running_hq):
    a, b = make_device("amina"), make_device("bilal")
    analyst = make_device("hq-analyst", None, analyst=True)
    other_team = make_device("yemen-officer", "YEM")
    rid = a.incidents.add(incident())
    sa = Situations(a.store)
    sid = sa.add(
        {
            "name": "Rif Dimashq",
            "country": "SYR",
            "status": "concern",
            "description": "Shelling of towns",
            "violations": ["killing"],
        }
    )
    sa.link(sid, rid, "include")
    codes = ["rf01_armed_conflict", "rf08_triggering_factors"]
    sa.assess(
        sid,
        {
            "assessed_on": "2026-10-01",
            "summary": "Worse",
            "factors": [
                {"factor": codes[0], "level": "high", "rationale": "Shelling", "evidence": [rid]},
                {"factor": codes[1], "level": "moderate"},
            ],
        },
    )
    sa.save_strategy(
        sid,
        {
            "objectives": ["Protect civilians"],
            "actions": [
                {
                    "title": "Démarche to the governor",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "partners": ["ohchr"],
                    "due": "2026-11-01",
                    "objective": 0,
                    "risk_factors": [codes[0]],
                    "incidents": [rid],
                }
            ],
        },
    )
    for dev in (a, b, other_team, analyst):
        assert dev.sync().complete

    assert _state(b) == _state(a) and _state(analyst) == _state(a)
    assert _state(other_team) == {}  # scope: another team never sees them
    assert _state(b)[sid]["links"]["include"] == [rid]
    assert _state(b)[sid]["current"]["actions"][0]["title"] == "Démarche to the governor"
    held = running_hq.hq.records(kind="situation")
    assert list(held) == [sid] and held[sid]["kind"] == "situation"
    assert len(running_hq.hq.records(kind="assessment")) == 1
    assert len(running_hq.hq.records(kind="strategy")) == 1
    assert list(running_hq.hq.records()) == [rid]  # incidents stay apart

    # both edit the situation while apart: different fields merge, the description waits
    # for a person, and a new assessment and strategy version from each are all kept
    Situations(a.store).edit(sid, {"status": "crisis", "description": "Amina's account"})
    sb = Situations(b.store)
    sb.edit(sid, {"owner": "Bilal", "description": "Bilal's account"})
    sb.assess(
        sid, {"assessed_on": "2026-11-01", "factors": [{"factor": codes[0], "level": "severe"}]}
    )
    sb.save_strategy(
        sid,
        {
            "objectives": ["Protect civilians"],
            "actions": [
                {
                    "title": "Access talks",
                    "pillar": "humanitarian",
                    "level": "country",
                    "lead": "ocha",
                    "status": "blocked",
                }
            ],
        },
    )
    for dev in (a, b, a, analyst):
        assert dev.sync().complete

    state = _state(a)[sid]
    assert state["doc"]["status"] == "crisis" and state["doc"]["owner"] == "Bilal"
    assert _state(b) == _state(a) and _state(analyst) == _state(a)
    assert [x[0] for x in state["assessments"]] == ["2026-10-01", "2026-11-01"]
    assert state["assessments"][1][2][0]["trend"] == "worsening"  # worked out from the first
    assert [v for v, _by in state["strategy"]] == [1, 2]
    assert state["current"]["actions"][0]["blocked"]
    (conflict,) = [x for x in d.conflicts(a.store) if x["record"] == sid]
    assert conflict["field"] == "description" and conflict["needs_merge"]
    assert {conflict["kept"], conflict["other"]} == {"Amina's account", "Bilal's account"}

    # a person merges it on Amina's laptop; the merge reaches Bilal and settles HQ's conflict
    d.resolve_conflict(a.store, a.incidents, conflict["id"], "Both accounts")
    for dev in (a, b):
        assert dev.sync().complete
    assert Situations(b.store).get(sid)["description"] == "Both accounts"
    assert all(x["resolved"] for x in running_hq.hq.conflicts())
    # every change is in the audit log of the device that received it
    with b.store.session() as s:
        actions = s.scalars(select(AuditEntry.action)).all()
    assert {"situation.sync", "assessment.sync", "strategy.sync"} <= set(actions)

    # hand-made links travel too: Bilal keeps the incident out again
    sb.link(sid, rid, "exclude")
    for dev in (b, a):
        assert dev.sync().complete
    assert Situations(a.store).get(sid)["links"] == {"include": [], "exclude": [rid]}
    assert Situations(a.store).incident_ids(sid) == []


def test_hq_refuses_versions_that_are_edited_or_hang_on_nothing(make_device, running_hq):
    a = make_device("amina")
    sa = Situations(a.store)
    sid = sa.add({"name": "North", "country": "SYR"})
    doc = sa.assess(
        sid,
        {
            "assessed_on": "2026-10-01",
            "factors": [{"factor": "rf01_armed_conflict", "level": "low"}],
        },
    )
    assert a.sync().complete
    # what a broken or hostile device might send, through the real client: HQ answers
    # each change on its own and the device keeps the refused ones in quarantine
    new = "0190f0f0-0000-7000-8000-00000000000"
    bad = [
        (doc["id"], "update", {"summary": "rewritten"}),
        (
            new + "1",
            "create",
            {
                "kind": "assessment",
                "situation_id": new + "f",
                "assessed_on": "2026-10-02",
                "version": 1,
                "summary": "",
                "factors": [{"factor": "rf01_armed_conflict", "level": "low"}],
                "created_by": "x",
                "created_at": "2026-10-02T00:00:00Z",
            },
        ),
        (new + "2", "create", {"kind": "situation", "name": "No country"}),
        (
            new + "3",
            "create",
            {
                "kind": "situation",
                "name": "Bad",
                "country": "SYR",
                "title": "not a field of a situation",
            },
        ),
        (sid, "update", {"narrative": "an incident's field"}),
        (new + "4", "create", {"kind": "poem"}),
        (sid, "attach", {"attachment": {"id": new + "5"}}),
    ]
    with a.store.transaction() as s:
        box = Outbox(s, schema_number())
        for record_id, op, fields in bad:
            s.add(
                OutboxEntry(
                    record_id=record_id,
                    op=op,
                    fields=fields,
                    bases=None,
                    hlc=box.clock.tick(),
                    schema=schema_number(),
                    state="pending",
                    created_at=utcnow(),
                )
            )
    assert a.sync().complete
    assert [e["reason"] for e in a_quarantine(a)] == [
        "kind: an assessment is never edited; saving again makes a new version",
        "situation_id: HQ holds no situation with this id",
        "country: is required",
        "title: is not a field of a situation",
        "narrative: is not a field of a situation",
        "kind: is not a kind of record HQ keeps",
        "attachment: only incidents carry files",
    ]
    # the quarantine list names them by their situation
    names = DesktopSync(a.store).titles([sid, doc["id"]])
    assert names == {sid: "North", doc["id"]: "North (assessment)"}
    hq = running_hq.hq
    assert hq.records(kind="assessment")[doc["id"]]["summary"] == ""
    assert list(hq.records(kind="situation")) == [sid]


def a_quarantine(dev) -> list[dict]:
    with dev.store.session() as s:
        return [{"record": e.record_id, "reason": e.reason} for e in outbox.quarantined(s)]
