"""Audience-scoped sync end to end, over real TLS, on PostgreSQL and on the embedded SQLite: a
team device of SYR, an internal analyst over every team, a `un` analyst (OCHA) for SYR and a
device of another team (YEM). The `un` device gets the redacted views of what reaches `un`
only; what stops reaching it is removed; the internal analyst gets every record as it is."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from synchelp import incident, snapshot

from app.errors import BadInput
from app.names import distinctive, fold
from app.outbox import Outbox, quarantined
from app.record_views import views
from app.schema.revision import schema_number
from app.situations import Situations
from sync import device as d
from sync.hq.models import Device as HQDevice

BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)

PROTECTED = "Amina Haddad"  # a protected victim
SOURCE = "Yusuf Karimov"  # a named source
PERPETRATOR = "Tariq Mansouri"  # a named perpetrator
CONSENTING = "Rami Nassar"  # a victim who consented to the UN... until he withdraws
INTERNAL_ONLY = "Zeynep Kayali"  # a protected victim of an internal record
OFFICER = "leila-officer"  # the team device's user: staff are not named to `un`


def person(name: str, *, protected: bool = True, consent: str = "un") -> dict:
    return {
        "name": name,
        "sex": "female",
        "age_group": "adult",
        "protected": protected,
        "consent": consent,
    }


def device_id(dev) -> str:
    with dev.store.session() as s:
        return d.load_state(s).device_id


def set_role(hq, dev, *, scope, audience="internal", entity="OHCHR") -> None:
    """The role HQ's administrator gives a device (the token's role, set here directly)."""
    with hq.session() as s, s.begin():
        row = s.get(HQDevice, device_id(dev))
        row.scope, row.audience, row.entity = scope, audience, entity


def store_text(store) -> str:
    """Every value of every table of a store (the search index's too), decrypted, as one
    folded text: what a raw look at the device's data would find."""
    parts: list[str] = []
    with store.session() as s:
        tables = s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")).all()
        for table in tables:
            for row in s.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("utf-8", "replace"))
                    elif value is not None:
                        parts.append(str(value))
    return fold("\n".join(parts))


def holds_name(store, name: str) -> bool:
    """Whether any distinctive word of the name is anywhere in the store's data."""
    folded = store_text(store)
    return any(word in folded for word in distinctive(name))


def holds_text(store, phrase: str) -> bool:
    return fold(phrase) in store_text(store)


@BOTH
def test_a_un_device_holds_only_the_redacted_views_that_reach_it(make_device, running_hq):
    hq = running_hq.hq
    team = make_device(OFFICER)
    analyst = make_device("hq-analyst", None, analyst=True)
    un = make_device("ocha-analyst", None, analyst=True)
    set_role(hq, un, scope=["SYR"], audience="un", entity="OCHA")
    other = make_device("yemen-officer", "YEM")

    shown = team.incidents.add(
        incident(
            title="Shelling of the market",
            narrative=f"{PROTECTED} was wounded; {CONSENTING} saw it.",
            location={
                "country": "SYR",
                "admin1": "rif dimashq",
                "place": "Central market",
                "lat": 33.512345,
                "lon": 36.291234,
                "precision": "exact",
            },
            victims=[person(PROTECTED), person(CONSENTING, protected=False)],
            sources=[{"type": "individual", "reliability": "likely_reliable", "name": SOURCE}],
            perpetrators=[{"category": "state_armed_forces", "name": PERPETRATOR}],
        )
    )
    mentions = team.incidents.add(
        incident(
            title="Detention at the checkpoint",
            narrative=f"The family of {PROTECTED} was questioned about {INTERNAL_ONLY}.",
            victims=[],
        )
    )
    internal = team.incidents.add(
        incident(title="Internal only", confidentiality="internal", victims=[person(INTERNAL_ONLY)])
    )
    draft = team.incidents.add(incident(title="A draft", status="draft", victims=[]))
    yemen = other.incidents.add(
        incident(title="Yemen", location={"country": "YEM", "place": "Sanaa"}, victims=[])
    )
    team_situations = Situations(team.store)
    concern = team_situations.add(
        {
            "name": "Rif Dimashq",
            "country": "SYR",
            "description": f"Attacks on the family of {PROTECTED}.",
            "owner": OFFICER,
        }
    )
    team_situations.assess(
        concern,
        {
            "assessed_on": "2026-10-01",
            "summary": f"Worse since {SOURCE} spoke.",
            "factors": [
                {"factor": "rf01_armed_conflict", "level": "high", "rationale": "Shelling"}
            ],
        },
    )
    for dev in (team, other, analyst, un):
        assert dev.sync().complete

    # situations reach the un device too, their texts scrubbed, read-only there
    seen = Situations(un.store).get(concern)
    assert seen["name"] == "Rif Dimashq" and "Amina" not in seen["description"]
    assert seen["owner"] is None
    [assessed] = Situations(un.store).assessments(concern)
    assert "Yusuf" not in assessed["summary"] and assessed["factors"]
    with pytest.raises(BadInput) as err:
        Situations(un.store).edit(concern, {"description": "Changed"})
    assert err.value.field == "id"
    with un.store.session() as s:
        assert views(s)[concern] == "un"

    # the un device: SYR's records that reach `un`, never YEM's, drafts or internal ones
    held = {row["id"] for row in un.incidents.list()}
    assert held == {shown, mentions}
    assert not {internal, draft, yemen} & held
    with un.store.session() as s:
        held_views = set(views(s))
    assert {shown, mentions, concern} <= held_views
    assert len(held_views) == 4  # and the assessment
    assert not {internal, draft, yemen} & held_views
    doc = un.incidents.get(shown)
    names = {v["name"] for v in doc["victims"]}
    assert names == {None, CONSENTING}  # the protected victim unnamed, the consenting named
    assert [x["name"] for x in doc["sources"]] == [None]
    assert [x["name"] for x in doc["perpetrators"]] == [None]
    assert (doc["location"]["lat"], doc["location"]["lon"]) == (33.51, 36.29)  # rounded
    assert PROTECTED.split()[0] not in doc["narrative"] and CONSENTING in doc["narrative"]
    # a name withheld in any record is withheld in every other record's texts
    other_doc = un.incidents.get(mentions)
    assert "Amina" not in other_doc["narrative"] and "Zeynep" not in other_doc["narrative"]
    for name in (PROTECTED, SOURCE, PERPETRATOR, INTERNAL_ONLY, OFFICER):
        assert not holds_name(un.store, name), name
        assert holds_name(analyst.store, name) or name == OFFICER  # the scan finds names

    # the internal analyst gets every team's records as they are, field by field
    full = snapshot(analyst)
    assert set(full) == {shown, mentions, internal, draft, yemen}
    for rid, doc in snapshot(team).items():
        assert full[rid] == doc

    # a view is read-only on the un device, and HQ refuses a forged change to it anyway
    with pytest.raises(BadInput) as err:
        un.incidents.edit(shown, {"title": "Changed"})
    assert err.value.field == "id" and "cannot be changed on this device" in err.value.reason
    with pytest.raises(BadInput):
        un.incidents.delete(shown)
    with un.store.transaction() as s:
        Outbox(s, schema_number()).updated(
            shown, [("title", "Shelling of the market", "Forged title")]
        )
    assert un.sync().complete
    with un.store.session() as s:
        reasons = [e.reason or "" for e in quarantined(s) if e.record_id == shown]
    assert reasons and "redacted view" in reasons[0]
    assert team.sync().complete
    assert team.incidents.get(shown)["title"] == "Shelling of the market"

    # the un analyst makes its own situation: it syncs, and stays its own to edit
    situations = Situations(un.store)
    sid = situations.add({"name": "Rif Dimashq displacement", "country": "SYR"})
    assert un.sync().complete
    assert team.sync().complete
    assert Situations(team.store).get(sid)["name"] == "Rif Dimashq displacement"
    situations.edit(sid, {"description": "Convoys leave at night."})
    assert un.sync().complete and team.sync().complete
    assert Situations(team.store).get(sid)["description"] == "Convoys leave at night."

    # consent withdrawn: the name goes from the un device, in every record that had it
    current = team.incidents.get(shown)
    team.incidents.edit(
        shown,
        {
            "victims": [
                {**v, "consent": "none"} if v["name"] == CONSENTING else v
                for v in current["victims"]
            ]
        },
    )
    # confidentiality raised: the record goes from the un device
    team.incidents.edit(mentions, {"confidentiality": "internal"})
    assert team.sync().complete and un.sync().complete
    assert {row["id"] for row in un.incidents.list()} == {shown}
    assert not holds_name(un.store, CONSENTING)
    assert not holds_text(un.store, "Detention at the checkpoint")
    assert "[…]" in un.incidents.get(shown)["narrative"]

    # found false: it reaches no one outside internal any more
    team.incidents.edit(shown, {"verification": {"status": "falsely_attributed"}})
    assert team.sync().complete and un.sync().complete
    assert un.incidents.list() == []
    with un.store.session() as s:
        assert not {shown, mentions} & set(views(s))
    assert not holds_text(un.store, "Shelling of the market")
    assert not holds_text(un.store, "Central market")

    # a record that reaches again comes back, redacted
    team.incidents.edit(mentions, {"confidentiality": "un"})
    assert team.sync().complete and un.sync().complete
    assert {row["id"] for row in un.incidents.list()} == {mentions}
    for name in (PROTECTED, INTERNAL_ONLY, CONSENTING):
        assert not holds_name(un.store, name), name
    # and the internal analyst still holds everything as it is
    assert analyst.sync().complete
    full = snapshot(analyst)
    for rid, doc in snapshot(team).items():
        assert full[rid] == doc


def test_views_and_withdrawals_travel_from_hq_only():
    """VIEW and WITHDRAW are new numbers after the first release's; HQ's page carries them,
    and a device's batch that holds one is refused that change alone."""
    from sync import protocol as p

    assert [int(op) for op in p.Op] == [0, 1, 2, 3, 4, 5]
    rid = "01a241d8-4d80-70ec-ad7e-95c04d97c060"
    page = p.Page(
        (
            p.PulledChange(7, rid, p.Op.VIEW, 9, {"title": "A view"}, "view:un:SYR"),
            p.PulledChange(8, rid, p.Op.WITHDRAW, 10, {}, "view:un:SYR"),
        ),
        (),
        8,
        False,
    )
    answer = p.Answer((), 0, p.GENESIS, page=page)
    assert p.Answer.from_wire(p.unpackb(p.packb(answer.to_wire()), "answer")).page == page
    batch = p.encode_changes(
        [
            p.Change(1, rid, p.Op.UPDATE, 5, {"title": "Mine"}),
            p.Change(2, rid, p.Op.VIEW, 6, {"title": "Forged"}),
        ]
    )
    first, second = p.decode_changes(batch, 1)
    assert first.problem is None and first.op is p.Op.UPDATE
    assert second.problem == "op: is not an operation HQ knows"
