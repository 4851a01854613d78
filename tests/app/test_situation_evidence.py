"""Incidents a situation's records cite (an assessment's evidence, the incidents an action
addresses) and a strategy's objectives changed or removed, on a real SQLCipher store."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import BadInput
from app.incidents import Incidents
from app.models import AuditEntry, OutboxEntry, Strategy
from app.schema.situation import remote_fields
from app.situations import Situations
from app.situations.strategies import serving, without_objective
from app.vocab import vocabularies
from tests.app.conftest import incident_doc

TODAY = date(2026, 11, 20)
GONE = "0190f0f0-0000-7000-8000-00000000dead"


@pytest.fixture
def situations(store):
    return Situations(store, today=TODAY)


def _factor(n: int = 1, **extra) -> dict:
    code = vocabularies().terms("risk-factor")[n - 1].code
    return {"factor": code, "level": "high", **extra}


def _action(**extra) -> dict:
    return {"title": "Démarche", "pillar": "political", "level": "country", "lead": "rco", **extra}


def test_finding_incidents_keeps_to_the_situation_unless_widened(store, situations):
    sid = situations.add(
        {"name": "Rif", "country": "SYR", "regions": ["rif dimashq"], "date_from": "2026-09-01"}
    )
    incidents = Incidents(store)
    market = incidents.add(incident_doc(title="Shelling of the market"))
    school = incidents.add(incident_doc(title="Shelling of a school", occurred_from="2026-08-01"))
    aleppo = incidents.add(
        incident_doc(
            title="Shelling in Aleppo",
            location={"country": "SYR", "admin1": "aleppo", "place": "Old city"},
        )
    )
    assert [r["id"] for r in situations.find_incidents(sid, "shelling")] == [market]
    wide = {r["id"] for r in situations.find_incidents(sid, "shelling", in_scope=False)}
    assert wide == {market, school, aleppo}
    assert [r["id"] for r in situations.find_incidents(sid, "school", in_scope=False)] == [school]
    assert situations.find_incidents(sid, "nothing like this") == []
    named = situations.incidents_named([market, GONE, market])
    assert set(named) == {market} and named[market]["title"] == "Shelling of the market"


def test_new_evidence_must_exist_but_evidence_carried_forward_is_kept(store, situations):
    sid = situations.add({"name": "Rif", "country": "SYR"})
    iid = Incidents(store).add(incident_doc())
    with pytest.raises(BadInput) as err:
        situations.assess(sid, {"factors": [_factor(1, evidence=[iid, GONE])]})
    assert err.value.field == "factors[0].evidence[1]"
    first = situations.assess(
        sid, {"assessed_on": "2026-10-01", "factors": [_factor(1, evidence=[iid])]}
    )
    assert first["factors"][0]["evidence"] == [iid]
    Incidents(store).delete(iid)  # no longer on this device: the next assessment keeps it
    again = situations.assess(sid, {"factors": [_factor(1, evidence=[iid])]})
    assert again["factors"][0]["evidence"] == [iid]
    assert situations.incidents_named([iid]) == {}
    with pytest.raises(BadInput) as err:
        situations.assess(sid, {"factors": [_factor(1, evidence=["not-an-id"])]})
    assert err.value.field == "factors[0].evidence[0]"


def test_incidents_addressed_must_exist_unless_the_strategy_already_named_them(store, situations):
    sid = situations.add({"name": "Rif", "country": "SYR"})
    iid = Incidents(store).add(incident_doc())
    with pytest.raises(BadInput) as err:
        situations.save_strategy(sid, {"actions": [_action(incidents=[GONE])]})
    assert err.value.field == "actions[0].incidents[0]"
    one = situations.save_strategy(sid, {"actions": [_action(incidents=[iid])]})
    Incidents(store).delete(iid)
    kept = {k: x for k, x in one["actions"][0].items() if k not in ("overdue", "blocked")}
    two = situations.save_strategy(sid, {"actions": [kept], "version": 1})
    assert two["actions"][0]["incidents"] == [iid]
    for bad, field in [
        ({"incidents": ["x"]}, "actions[0].incidents[0]"),
        ({"incidents": "x"}, "actions[0].incidents"),
    ]:
        with pytest.raises(BadInput) as err:
            situations.save_strategy(sid, {"actions": [_action(**bad)], "version": 2})
        assert err.value.field == field


def test_a_strategy_from_before_evidence_and_incidents_loads_and_travels(store, situations):
    """Documents saved before actions named incidents (no key) read as none."""
    sid = situations.add({"name": "Rif", "country": "SYR"})
    situations.save_strategy(sid, {"objectives": ["Protect"], "actions": [_action()]})
    with store.transaction() as session:
        row = session.scalars(select(Strategy)).one()
        row.actions = [{k: x for k, x in a.items() if k != "incidents"} for a in row.actions]
    shown = situations.strategy(sid)
    assert "incidents" not in shown["actions"][0]
    fields = remote_fields(
        vocabularies(),
        "assessment",
        {
            "situation_id": sid,
            "version": 1,
            "assessed_on": "2026-10-01",
            "factors": [{"factor": _factor(1)["factor"], "level": "low"}],
            "created_by": "amina",
            "created_at": "2026-10-01T00:00:00Z",
        },
    )
    assert fields["factors"][_factor(1)["factor"]]["evidence"] == []
    with pytest.raises(BadInput) as err:
        remote_fields(
            vocabularies(),
            "assessment",
            {
                "situation_id": sid,
                "version": 1,
                "assessed_on": "2026-10-01",
                "factors": [{"factor": _factor(1)["factor"], "level": "low", "evidence": ["1"]}],
                "created_by": "amina",
                "created_at": "2026-10-01T00:00:00Z",
            },
        )
    assert err.value.field == "factors[0].evidence[0]"


def test_objectives_are_changed_and_removed_as_a_new_version(store, situations):
    sid = situations.add({"name": "Rif", "country": "SYR"})
    doc = {
        "objectives": ["Protect civilians", "Keep access", "Document"],
        "actions": [
            _action(objective=0),
            _action(title="Talks", objective=1),
            _action(objective=2),
        ],
    }
    situations.save_strategy(sid, doc)
    assert serving(doc, 1) == ["Talks"] and serving(None, 0) == []
    removed = without_objective({**doc, "version": 1}, 1)
    assert removed["objectives"] == ["Protect civilians", "Document"]
    assert [a["objective"] for a in removed["actions"]] == [0, None, 1]
    removed["objectives"][0] = "Protect civilians in the camps"
    two = situations.save_strategy(sid, removed)
    assert two["version"] == 2 and two["objectives"][0] == "Protect civilians in the camps"
    assert situations.strategy(sid, 1)["objectives"][0] == "Protect civilians"  # kept
    with pytest.raises(BadInput) as err:
        without_objective(doc, 3)
    assert err.value.field == "objectives"
    with pytest.raises(BadInput) as err:
        situations.save_strategy(sid, {**removed, "objectives": ["ok", "  "], "version": 2})
    assert err.value.field == "objectives[1]"
    with store.session() as session:
        audit = session.scalars(
            select(AuditEntry).where(
                AuditEntry.object_id == sid, AuditEntry.action == "strategy.save"
            )
        ).all()
        assert [a.detail["objectives"] for a in audit] == [3, 2]
        sent = session.scalars(select(OutboxEntry).where(OutboxEntry.op == "create")).all()
        assert any(
            (e.fields or {}).get("objectives") == two["objectives"] for e in sent
        )  # travels to HQ
