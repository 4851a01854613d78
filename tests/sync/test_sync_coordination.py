"""A situation's coordination records travel through a real HQ (TLS on loopback, PostgreSQL and
the embedded SQLite): the quarterly review's decisions and the strategy actions they became, the
engagement log, the task force, guidance to the RC/HC issued at HQ and acknowledged by the
country team; a `un` analyst gets only the engagements its audience may read, scrubbed."""

from __future__ import annotations

import pytest
from synchelp import incident

from app.names import WITHHELD
from app.outbox import Outbox, quarantined
from app.schema.revision import schema_number
from app.situations import Situations
from sync import device as d
from sync.hq.models import Device as HQDevice

BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)
PROTECTED = "Nadia Rahimi"  # a protected victim who consented to no one


def device_id(dev) -> str:
    with dev.store.session() as s:
        return d.load_state(s).device_id


def set_role(hq, dev, *, scope, audience="internal", entity="OHCHR") -> None:
    with hq.session() as s, s.begin():
        row = s.get(HQDevice, device_id(dev))
        row.scope, row.audience, row.entity = scope, audience, entity


def situation(dev) -> str:
    return Situations(dev.store).add(
        {"name": "Homs arrests", "country": "SYR", "status": "concern", "violations": []}
    )


def coordination(dev, sid: str) -> dict:
    """What a person sees of the situation's coordination on a device."""
    s = Situations(dev.store)
    return {
        "decisions": [
            (x["id"], x["text"], x["status"], x["status_note"], x["action_id"])
            for x in s.decisions(situation_id=sid)
        ],
        "engagements": [
            (x["id"], x["date"], x["channel"], x["answered"]) for x in s.engagements(sid)
        ],
        "taskforce": (lambda t: t and (t["name"], t["members"], t["coordinator"]))(
            s.taskforce(sid)
        ),
        "guidance": [
            (
                g["version"],
                g["body"],
                [
                    (a["acknowledged_by"], a["recorded_by"], a["on_behalf"])
                    for a in g["acknowledgements"]
                ],
            )
            for g in s.guidance(sid)
        ],
    }


@BOTH
def test_guidance_from_hq_is_acknowledged_by_the_team_and_decisions_travel(make_device, running_hq):
    amina, bilal = make_device("amina"), make_device("bilal")
    analyst = make_device("hq-analyst", None, analyst=True)
    sid = situation(amina)
    for dev in (amina, bilal, analyst):
        assert dev.sync().complete

    # HQ's joint team issues the consolidated guidance on the team's situation
    at_hq = Situations(analyst.store)
    first = at_hq.issue_guidance(
        sid, {"title": "Guidance to the RC", "body": "Raise the arrests.", "issued_by": "DPPA"}
    )
    at_hq.set_taskforce(sid, {"name": "Homs task force", "members": ["dppa", "ohchr", "ocha"]})
    at_hq.add_engagement(
        sid,
        {
            "date": "2026-11-02",
            "type": "briefing",
            "channel": "member_states",
            "un_by": "Deputy Secretary-General",
            "with_whom": "Member States",
            "asked": "Press for access to detainees",
            "confidentiality": "un",
        },
    )
    # the team records the review's decision, which becomes a strategy action
    decision = Situations(amina.store).add_decision(
        sid,
        {"quarter": "2026Q4", "text": "Démarche on the arrests", "entity": "rco"},
        action={"pillar": "political", "level": "country"},
    )
    for dev in (analyst, amina, bilal, analyst):
        assert dev.sync().complete
    assert coordination(bilal, sid) == coordination(amina, sid) == coordination(analyst, sid)
    seen = coordination(bilal, sid)
    assert seen["guidance"] == [(1, "Raise the arrests.", [])]
    assert seen["taskforce"] == ("Homs task force", ["dppa", "ohchr", "ocha"], None)
    assert [e[2] for e in seen["engagements"]] == ["member_states"]
    assert seen["decisions"] == [
        (decision["id"], "Démarche on the arrests", "open", "", decision["action_id"])
    ]
    action = Situations(bilal.store).strategy(sid)["actions"][-1]
    assert action["decision"] == decision["id"] and action["id"] == decision["action_id"]

    # Bilal records the RC's acknowledgement on the RC's behalf; the analyst blocks the
    # decision while Amina appoints a coordinator: different records, all kept
    Situations(bilal.store).acknowledge(first["id"], {"acknowledged_by": "Resident Coordinator"})
    Situations(analyst.store).edit_decision(
        decision["id"], {"status": "blocked", "status_note": "The governor refused to meet"}
    )
    Situations(amina.store).set_taskforce(
        sid, {"coordinator": {"name": "Situation Response Coordinator", "entity": "dppa"}}
    )
    second = at_hq.issue_guidance(
        sid,
        {"title": "Guidance to the RC", "body": "Escalate to the minister.", "issued_by": "DPPA"},
    )
    for dev in (bilal, analyst, amina, bilal, analyst):
        assert dev.sync().complete
    assert coordination(bilal, sid) == coordination(amina, sid) == coordination(analyst, sid)
    seen = coordination(analyst, sid)
    assert seen["guidance"] == [
        (1, "Raise the arrests.", [("Resident Coordinator", "bilal", True)]),
        (2, "Escalate to the minister.", []),
    ]
    assert second["version"] == 2
    assert seen["decisions"][0][2:4] == ("blocked", "The governor refused to meet")
    assert seen["taskforce"][2]["entity"] == "dppa"
    held = running_hq.hq.records(kind="acknowledgement")
    assert [x["guidance_id"] for x in held.values()] == [first["id"]]

    # a guidance version is never edited: HQ refuses an update of one
    with bilal.store.transaction() as s:
        Outbox(s, schema_number()).updated(first["id"], [("body", "Raise the arrests.", "Changed")])
    bilal.sync()
    with bilal.store.session() as s:
        refused = [e.reason for e in quarantined(s) if e.record_id == first["id"]]
    assert refused and "never edited" in refused[0]


@BOTH
def test_a_un_analyst_reads_only_the_engagements_its_audience_may(make_device, running_hq):
    hq = running_hq.hq
    team = make_device("leila-officer")
    un = make_device("ocha-analyst", None, analyst=True)
    set_role(hq, un, scope=["SYR"], audience="un", entity="OCHA")
    team.incidents.add(
        incident(
            victims=[
                {
                    "name": PROTECTED,
                    "sex": "female",
                    "age_group": "adult",
                    "protected": True,
                    "consent": "none",
                }
            ]
        )
    )
    sid = situation(team)
    s = Situations(team.store)
    base = {
        "date": "2026-11-03",
        "type": "demarche",
        "channel": "country_team",
        "un_by": "Head of office",
        "with_whom": "Governor of Homs",
    }
    shared = s.add_engagement(
        sid, {**base, "asked": f"Release of {PROTECTED}", "confidentiality": "un"}
    )
    internal = s.add_engagement(
        sid, {**base, "asked": "Names of the informants", "confidentiality": "internal"}
    )
    guidance = s.issue_guidance(
        sid, {"title": "Guidance", "body": "Keep raising the arrests.", "issued_by": "RCO"}
    )
    for dev in (team, un):
        assert dev.sync().complete
    at_un = Situations(un.store)
    log = at_un.engagements(sid)
    assert [e["id"] for e in log] == [shared["id"]]  # the internal entry never reaches it
    assert PROTECTED not in log[0]["asked"] and "Release of" in log[0]["asked"]
    assert log[0]["created_by"] == WITHHELD
    with pytest.raises(Exception) as caught:  # a view is read-only on the analyst's device
        at_un.edit_engagement(shared["id"], {"answered": "No"})
    assert "view" in str(caught.value)

    # the analyst records an acknowledgement of the team's guidance: its own record
    at_un.acknowledge(guidance["id"], {"acknowledged_by": "Resident Coordinator"})
    # the team raises the shared entry to internal and opens the other to the UN
    s.edit_engagement(shared["id"], {"confidentiality": "internal"})
    s.edit_engagement(internal["id"], {"confidentiality": "un"})
    for dev in (un, team, un):
        assert dev.sync().complete
    assert [e["id"] for e in at_un.engagements(sid)] == [internal["id"]]
    acks = s.guidance(sid)[0]["acknowledgements"]
    assert [(a["acknowledged_by"], a["recorded_by"]) for a in acks] == [
        ("Resident Coordinator", "ocha-analyst")
    ]


@BOTH
def test_two_officers_answering_the_same_engagement_apart_merge_it(make_device, running_hq):
    amina, bilal = make_device("amina"), make_device("bilal")
    sid = situation(amina)
    made = Situations(amina.store).add_engagement(
        sid,
        {
            "date": "2026-11-03",
            "type": "letter",
            "channel": "regional",
            "un_by": "Regional office",
            "with_whom": "Ministry of Justice",
            "follow_up_due": "2026-12-01",
        },
    )
    for dev in (amina, bilal):
        assert dev.sync().complete
    # apart: both write what the ministry answered, and Bilal also moves the follow-up
    Situations(amina.store).edit_engagement(made["id"], {"answered": "A meeting is offered"})
    Situations(bilal.store).edit_engagement(
        made["id"], {"answered": "No answer yet", "follow_up_due": "2026-12-15"}
    )
    for dev in (amina, bilal, amina):
        assert dev.sync().complete
    held = Situations(amina.store).engagements(sid)[0]
    assert held["follow_up_due"] == "2026-12-15"  # different fields merge on their own
    # the answers wait for a person, on the laptop whose change met the other at HQ
    (conflict,) = [x for x in d.conflicts(bilal.store) if x["record"] == made["id"]]
    assert conflict["field"] == "answered" and conflict["needs_merge"]
    assert {conflict["kept"], conflict["other"]} == {"A meeting is offered", "No answer yet"}
    d.resolve_conflict(bilal.store, bilal.incidents, conflict["id"], "A meeting on 10 December")
    for dev in (bilal, amina):
        assert dev.sync().complete
    assert Situations(amina.store).engagements(sid)[0]["answered"] == "A meeting on 10 December"
    assert all(x["resolved"] for x in running_hq.hq.conflicts())


@BOTH
def test_a_situation_deleted_goes_at_hq_with_what_hangs_on_it(make_device, running_hq):
    """A device deletes a situation (the protocol's delete): HQ deletes its assessments'
    and strategies' kin too, its decisions, engagements and task force, and nothing of another
    situation; a device that joins later, and an analyst reading views, hold none of them and
    keep no trace of a record they could not place."""
    from sqlalchemy import select

    from app.models import Situation, SyncConflict

    amina = make_device("amina")
    sid = situation(amina)
    other = Situations(amina.store).add(
        {"name": "Aleppo detentions", "country": "SYR", "status": "concern", "violations": []}
    )
    at_amina = Situations(amina.store)
    gone = at_amina.add_decision(
        sid, decision_doc("Démarche"), action={"pillar": "political", "level": "country"}
    )
    at_amina.add_engagement(sid, engagement_doc())
    at_amina.set_taskforce(sid, {"name": "Homs task force", "members": ["ohchr", "ocha"]})
    kept = at_amina.add_decision(
        other,
        decision_doc("Visit the detention centre"),
        action={"pillar": "human_rights", "level": "country"},
    )
    assert amina.sync().complete
    hq = running_hq.hq
    assert gone["id"] in hq.records(kind="decision")

    with amina.store.transaction() as s:  # the situation, and (cascading) all on it, go here
        s.delete(s.get(Situation, sid))
        Outbox(s, schema_number()).deleted(sid)
    assert amina.sync().complete

    assert sid not in hq.records(kind="situation") and other in hq.records(kind="situation")
    assert list(hq.records(kind="decision")) == [kept["id"]]
    assert hq.records(kind="engagement") == {} and hq.records(kind="taskforce") == {}
    strategies = hq.records(kind="strategy")
    assert strategies and all(x["situation_id"] == other for x in strategies.values())

    bilal = make_device("bilal")
    analyst = make_device("ocha-analyst", None, analyst=True)
    set_role(hq, analyst, scope=["SYR"], audience="un", entity="OCHA")
    for dev in (bilal, analyst):
        assert dev.sync().complete
        decisions = [x["id"] for x in Situations(dev.store).decisions(None, None, None)]
        assert decisions == [kept["id"]]
        with dev.store.session() as s:
            assert s.scalars(select(SyncConflict)).all() == []
            assert [x.id for x in s.scalars(select(Situation))] == [other]


def decision_doc(text: str) -> dict:
    return {"quarter": "2026Q4", "text": text, "entity": "rco"}


def engagement_doc() -> dict:
    return {
        "date": "2026-11-02",
        "type": "demarche",
        "channel": "country_team",
        "un_by": "Resident Coordinator",
        "with_whom": "Governor of Homs",
        "asked": "Access to the detainees",
        "confidentiality": "un",
    }


@BOTH
def test_a_decision_made_and_its_situation_deleted_in_one_batch_both_go(make_device, running_hq):
    """The device records a decision, then deletes its situation, and syncs once: the batch
    creates the decision and deletes the situation. The decision is new in that batch (not
    yet written when the delete looks for what hangs on the situation); it must go too, or a
    device that joins later holds a decision of a situation it never gets."""
    from sqlalchemy import select

    from app.models import Situation, SyncConflict

    amina = make_device("amina")
    sid = situation(amina)
    assert amina.sync().complete
    made = Situations(amina.store).add_decision(
        sid, decision_doc("Démarche"), action={"pillar": "political", "level": "country"}
    )
    with amina.store.transaction() as s:
        s.delete(s.get(Situation, sid))
        Outbox(s, schema_number()).deleted(sid)
    assert amina.sync().complete

    hq = running_hq.hq
    assert sid not in hq.records(kind="situation")
    assert made["id"] not in hq.records(kind="decision")
    bilal = make_device("bilal")
    assert bilal.sync().complete
    assert Situations(bilal.store).decisions(None, None, None) == []
    with bilal.store.session() as s:
        assert s.scalars(select(SyncConflict)).all() == []


@BOTH
def test_a_delete_reaches_no_further_than_an_edit(make_device, running_hq):
    """A `un` analyst deletes the situation it made, on which the team has since recorded an
    internal engagement it may not change (nor read): HQ refuses the delete and keeps both, and
    the analyst's device keeps the refusal; the team, which may change them all, deletes it."""
    from app.models import Situation

    hq = running_hq.hq
    team = make_device("leila-officer")
    un = make_device("ocha-analyst", None, analyst=True)
    set_role(hq, un, scope=["SYR"], audience="un", entity="OCHA")
    sid = situation(un)
    assert un.sync().complete and team.sync().complete
    entry = Situations(team.store).add_engagement(
        sid, {**engagement_doc(), "confidentiality": "internal"}
    )
    assert team.sync().complete

    with un.store.transaction() as s:
        s.delete(s.get(Situation, sid))
        Outbox(s, schema_number()).deleted(sid)
    un.sync()
    assert sid in hq.records(kind="situation")
    assert entry["id"] in hq.records(kind="engagement")
    with un.store.session() as s:
        refused = [e.reason for e in quarantined(s) if e.record_id == sid]
    assert refused and "may not change hang on this situation" in refused[0]

    with team.store.transaction() as s:
        s.delete(s.get(Situation, sid))
        Outbox(s, schema_number()).deleted(sid)
    assert team.sync().complete
    assert sid not in hq.records(kind="situation")
    assert hq.records(kind="engagement") == {}
