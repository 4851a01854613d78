"""A situation's coordination records: the quarterly review's decisions (and the strategy actions
they become), the engagement log, the task force, guidance versions and acknowledgements."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.errors import BadInput, NotFound
from app.models import AuditEntry, OutboxEntry, Situation, SituationRecord, Strategy
from app.schema import coordination as schema
from app.situations import Situations
from app.situations.coordination import decision_state
from app.vocab import vocabularies

TODAY = date(2026, 11, 20)


@pytest.fixture
def situations(store):
    return Situations(store, today=TODAY)


@pytest.fixture
def sid(situations):
    return situations.add(
        {"name": "Kasai displacement", "country": "COD", "status": "concern", "owner": "amina"}
    )


def decision(**overrides) -> dict:
    return {
        "quarter": "2026Q4",
        "text": "Brief Member States on the arrests in Kananga",
        "entity": "ohchr",
        "person": "Desk officer",
        "due": "2026-12-15",
        **overrides,
    }


def engagement(**overrides) -> dict:
    return {
        "date": "2026-11-03",
        "type": "demarche",
        "channel": "country_team",
        "un_by": "Resident Coordinator",
        "with_whom": "Minister of the Interior",
        "asked": "Release of the detained teachers",
        "answered": "Will look into it",
        "follow_up_due": "2026-11-17",
        "confidentiality": "un",
        **overrides,
    }


def outbox(store) -> list[tuple[str, str, dict | None]]:
    with store.session() as s:
        return [
            (e.record_id, e.op, e.fields)
            for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]


def audit_actions(store) -> list[str]:
    with store.session() as s:
        return [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]


def test_a_decision_becomes_a_strategy_action_in_one_transaction(store, situations, sid):
    situations.save_strategy(
        sid,
        {
            "objectives": ["Stop the arrests"],
            "actions": [
                {"title": "Monitor", "pillar": "human_rights", "level": "country", "lead": "ohchr"}
            ],
        },
    )
    made = situations.add_decision(
        sid, decision(), action={"pillar": "political", "level": "global", "objective": 0}
    )
    strategy = situations.strategy(sid)
    assert strategy is not None and strategy["version"] == 2
    assert strategy["objectives"] == ["Stop the arrests"]
    new = strategy["actions"][-1]
    # the action takes the decision's words, lead, owner and due date unless told otherwise
    assert new["title"] == decision()["text"]
    assert (new["lead"], new["owner"], new["due"]) == ("ohchr", "Desk officer", "2026-12-15")
    assert new["decision"] == made["id"] and made["action_id"] == new["id"]
    assert made["action"]["id"] == new["id"] and made["state"] == "open"
    assert made["decided_on"] == TODAY.isoformat()
    assert made["situation_name"] == "Kasai displacement"
    ops = [(op, (fields or {}).get("kind")) for _, op, fields in outbox(store)]
    assert ops[-2:] == [("create", "strategy"), ("create", "decision")]
    assert audit_actions(store)[-2:] == ["strategy.save", "decision.create"]


def test_a_decision_whose_action_is_bad_saves_nothing(store, situations, sid):
    with pytest.raises(BadInput) as caught:
        situations.add_decision(sid, decision(), action={"pillar": "nonsense", "level": "country"})
    assert caught.value.field == "action.pillar"
    with store.session() as s:
        assert s.scalars(select(SituationRecord)).all() == []
        assert s.scalars(select(Strategy)).all() == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"quarter": "Q4 2026"}, "quarter"),
        ({"text": ""}, "text"),
        ({"entity": "nato"}, "entity"),
        ({"due": "2026-13-01"}, "due"),
        ({"status": "finished"}, "status"),
        ({"status": "dropped"}, "status_note"),
        ({"action_id": "not-an-id"}, "action_id"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_decisions_name_the_field(store, situations, sid, changes, field):
    with pytest.raises(BadInput) as caught:
        situations.add_decision(sid, decision(**changes))
    assert caught.value.field == field
    with store.session() as s:
        assert s.scalars(select(SituationRecord)).all() == []


def test_decision_states_as_the_next_quarter_sees_them(situations, sid):
    linked = situations.add_decision(
        sid, decision(text="Démarche"), action={"pillar": "political", "level": "country"}
    )
    situations.add_decision(sid, decision(text="Letter", due="2026-12-01"))
    blocked = situations.add_decision(sid, decision(text="Visit"))
    dropped = situations.add_decision(sid, decision(text="Statement"))
    situations.edit_decision(blocked["id"], {"status": "blocked", "status_note": "No visa"})
    situations.edit_decision(dropped["id"], {"status": "dropped", "status_note": "Overtaken"})
    # the action the first became is marked done in the strategy
    strategy = situations.strategy(sid)
    assert strategy is not None
    actions = [
        dict(a, status="done") if a["decision"] == linked["id"] else a for a in strategy["actions"]
    ]
    situations.save_strategy(
        sid, {"objectives": strategy["objectives"], "actions": actions, "version": 1}
    )
    later = Situations(situations.store, today=date(2027, 1, 15))
    states = {d["text"]: d for d in later.decisions(quarter="2026q4")}
    assert {t: d["state"] for t, d in states.items()} == {
        "Démarche": "done",
        "Letter": "late",
        "Visit": "blocked",
        "Statement": "dropped",
    }
    assert states["Visit"]["status_by"] == situations.actor
    assert states["Visit"]["status_note"] == "No visa"
    assert states["Statement"]["status_on"] == TODAY.isoformat()
    assert later.decisions(quarter="2027Q1") == []
    assert [d["text"] for d in later.decisions(situation_id=sid)] == [
        "Démarche",
        "Letter",
        "Visit",
        "Statement",
    ]


def test_a_decision_done_through_its_action_names_who_marked_the_action_done(situations, sid):
    """ "Done by X on D" names who saved the strategy version that marked the action done, not
    who opened the decision; later versions that keep it done do not move it; an action taken
    back from done shows the decision's own status again."""
    made = situations.add_decision(
        sid, decision(text="Démarche"), action={"pillar": "political", "level": "country"}
    )
    assert made["status_by"] is None  # open: no one has set a status yet

    def save(status: str, by: str, on: str) -> None:
        strategy = situations.strategy(sid)
        actions = [
            dict(a, status=status) if a["decision"] == made["id"] else a
            for a in strategy["actions"]
        ]
        situations.save_strategy(
            sid,
            {
                "objectives": strategy["objectives"],
                "actions": actions,
                "version": strategy["version"],
            },
        )
        with situations.store.transaction() as s:  # as if another officer saved it, that day
            row = s.scalars(
                select(Strategy)
                .where(Strategy.situation_id == sid)
                .order_by(Strategy.version.desc())
            ).first()
            row.created_by, row.created_at = by, f"{on}T09:00:00Z"

    def shown() -> dict:
        (only,) = [d for d in situations.decisions(situation_id=sid) if d["id"] == made["id"]]
        return only

    save("under_way", "samir", "2026-11-25")
    assert (shown()["state"], shown()["status_by"]) == ("open", None)
    save("done", "beatriz", "2026-12-01")
    save("done", "chen", "2026-12-03")  # another change to the strategy, still done
    assert (shown()["state"], shown()["status_by"], shown()["status_on"]) == (
        "done",
        "beatriz",
        "2026-12-01",
    )
    save("blocked", "dmitri", "2026-12-04")
    assert (shown()["state"], shown()["status_by"]) == ("blocked", "dmitri")
    save("under_way", "samir", "2026-12-05")
    assert (shown()["state"], shown()["status_by"], shown()["status_on"]) == ("open", None, None)
    # the decision's own status, where it says the same, keeps its own author
    situations.edit_decision(made["id"], {"status": "done", "revision": shown()["revision"]})
    save("done", "beatriz", "2026-12-06")
    assert shown()["status_by"] == situations.actor


def test_editing_a_decision_keeps_who_set_its_status_and_checks_the_revision(situations, sid):
    made = situations.add_decision(sid, decision(status="blocked", status_note="No access"))
    assert (made["status_by"], made["status_on"]) == (situations.actor, TODAY.isoformat())
    again = situations.edit_decision(made["id"], {"person": "Someone else"})
    assert again["status_by"] == situations.actor and again["revision"] == 2
    with pytest.raises(BadInput) as caught:
        situations.edit_decision(made["id"], {"revision": 1, "text": "Stale"})
    assert caught.value.field == "revision"
    with pytest.raises(NotFound):
        situations.edit_decision("01a248e6-3773-7e81-8310-3b2f53c8d30e", {"text": "x"})
    # a read document given back whole is accepted (its read-only keys are ignored)
    whole = situations.edit_decision(made["id"], {**again, "text": "Visit Kananga"})
    assert whole["text"] == "Visit Kananga" and whole["revision"] == 3


def test_the_engagement_log(store, situations, sid):
    second = situations.add_engagement(
        sid, engagement(date="2026-11-10", channel="security_council", type="briefing")
    )
    first = situations.add_engagement(
        sid, engagement(asked="Release of the teachers.\nAccess to the prison.")
    )
    assert first["asked"] == "Release of the teachers.\nAccess to the prison."  # lines kept
    log = situations.engagements(sid)
    assert [e["id"] for e in log] == [first["id"], second["id"]]
    assert first["follow_up_overdue"] is True  # due 17 November, today is the 20th
    edited = situations.edit_engagement(first["id"], {"answered": "Released two of five"})
    assert edited["answered"] == "Released two of five" and edited["revision"] == 2
    sent = [f for rid, op, f in outbox(store) if rid == first["id"]]
    assert sent[0]["kind"] == "engagement" and sent[0]["channel"] == "country_team"
    assert sent[1] == {"answered": "Released two of five"}
    for bad, field in (
        ({"date": (TODAY + timedelta(days=1)).isoformat()}, "date"),
        ({"with_whom": " "}, "with_whom"),
        ({"channel": "twitter"}, "channel"),
        ({"confidentiality": "secret"}, "confidentiality"),
    ):
        with pytest.raises(BadInput) as caught:
            situations.add_engagement(sid, engagement(**bad))
        assert caught.value.field == field
    assert len(situations.engagements(sid)) == 2
    assert engagement().keys() <= set(schema.KEYS["engagement"])


def test_task_force_and_guidance_with_acknowledgements(store, situations, sid):
    assert situations.taskforce(sid) is None
    made = situations.set_taskforce(
        sid, {"name": "Kasai task force", "members": ["ohchr", "ocha", "ohchr", "unicef"]}
    )
    assert made["members"] == ["ohchr", "ocha", "unicef"] and made["coordinator"] is None
    changed = situations.set_taskforce(
        sid,
        {"coordinator": {"name": "A. Mbeki", "entity": "rco", "appointed_on": "2026-11-02"}},
    )
    assert changed["id"] == made["id"] and changed["revision"] == 2
    assert changed["name"] == "Kasai task force" and changed["coordinator"]["entity"] == "rco"
    with pytest.raises(BadInput) as caught:
        situations.set_taskforce(sid, {"coordinator": {"entity": "rco"}})
    assert caught.value.field == "coordinator.name"

    one = situations.issue_guidance(
        sid, {"title": "Guidance to the RC", "body": "Engage the governor.", "issued_by": "DPPA"}
    )
    two = situations.issue_guidance(
        sid, {"title": "Guidance to the RC", "body": "Engage the minister.", "issued_by": "DPPA"}
    )
    assert (one["version"], two["version"]) == (1, 2)
    with pytest.raises(BadInput) as caught:
        situations.issue_guidance(sid, {**two, "version": 1})
    assert caught.value.field == "version"
    ack = situations.acknowledge(two["id"], {"acknowledged_by": "Resident Coordinator"})
    assert ack["on_behalf"] is True and ack["recorded_by"] == situations.actor
    assert ack["version"] == 2 and ack["acknowledged_on"] == TODAY.isoformat()
    listed = situations.guidance(sid)
    assert [g["version"] for g in listed] == [1, 2]
    assert listed[0]["acknowledgements"] == []
    assert [a["id"] for a in listed[1]["acknowledgements"]] == [ack["id"]]
    with pytest.raises(NotFound):
        situations.acknowledge(sid, {"acknowledged_by": "RC"})  # a situation is no guidance
    sent = {f["kind"] for _, op, f in outbox(store) if op == "create" and f}
    assert {"taskforce", "guidance", "acknowledgement"} <= sent


def test_a_deleted_situation_takes_its_records_with_it(store, situations, sid):
    situations.add_engagement(sid, engagement())
    situations.add_decision(sid, decision())
    with store.transaction() as s:  # as a deletion from HQ removes it (app.situations.remote)
        s.delete(s.get(Situation, sid))
    with store.session() as s:
        assert s.scalars(select(SituationRecord)).all() == []


@given(
    status=st.sampled_from(["open", "done", "blocked", "dropped"]),
    action_status=st.sampled_from([None, "planned", "under_way", "done", "blocked"]),
    due=st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2027, 12, 31))),
    as_of=st.dates(date(2026, 1, 1), date(2027, 12, 31)),
)
def test_decision_state_rules(status, action_status, due, as_of):
    doc = {"status": status, "due": due.isoformat() if due else None}
    action = None if action_status is None else {"status": action_status, "due": doc["due"]}
    state = decision_state(doc, action, as_of)
    if status == "dropped":
        assert state == "dropped"
    elif action_status in ("done", "blocked"):
        assert state == action_status
    elif status in ("done", "blocked"):
        assert state == status
    elif due is not None and due < as_of:
        assert state == "late"
    else:
        assert state == "open"


def test_engagements_for_an_audience_leave_out_what_it_may_not_read(store, situations, sid):
    from app.situations.coordination import engagements_for

    made = {
        level: situations.add_engagement(
            sid, engagement(confidentiality=level, date=f"2026-11-0{i + 1}")
        )["id"]
        for i, level in enumerate(("public", "partners", "un", "internal"))
    }
    with store.session() as s:
        seen = {
            audience: [e["id"] for e in engagements_for(s, sid, audience)]
            for audience in ("internal", "un", "partners", "public")
        }
        window = engagements_for(s, sid, "internal", date(2026, 11, 2), date(2026, 11, 3))
    assert seen["internal"] == list(made.values())
    assert seen["un"] == [made["public"], made["partners"], made["un"]]
    assert seen["partners"] == [made["public"], made["partners"]]
    assert seen["public"] == [made["public"]]
    assert [e["id"] for e in window] == [made["partners"], made["un"]]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(deadline=None)  # a busy machine: the first check loads the vocabularies
@given(
    kind=st.sampled_from(schema.COORDINATION_KINDS),
    data=st.data(),
    remote=st.booleans(),
)
def test_any_document_is_checked_or_refused_naming_a_field(kind, data, remote):
    """Whatever a file, a form or another device gives, the check returns a document of the
    kind's keys or refuses with BadInput naming a field; nothing else escapes it."""
    keys = [*schema.KEYS[kind], "situation_id", "kind", "created_by", "nonsense"]
    doc = data.draw(st.dictionaries(st.sampled_from(keys), JSON, max_size=len(keys)))
    try:
        checked = (
            schema.remote_check(vocabularies(), kind, doc)
            if remote
            else schema.check(vocabularies(), kind, doc)
        )
    except BadInput as error:
        assert error.field and error.reason
    else:
        assert set(schema.KEYS[kind]) <= set(checked)
