"""An adversarial pass on HQ's need-to-know promises, as an attacker or a careless partner
would try them: a `un` analyst (OCHA) enrolled for SYR never holds a name withheld from `un`,
a record that does not reach `un` or any text of one, nor a record of a team outside its
scope, whatever the team writes and wherever it writes it; it cannot change a view; and a
team's device never receives another team's records.

Each test builds its own HQ on SQLite and real SQLCipher stores, and syncs through
`HQ.local_transport` (the exchange without sockets), as test_sync_views_property does. What a
device holds is read from every table of its decrypted store (`store_text`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from synchelp import enroll_in_process, incident, make_hq_dir
from test_sync_property import Replica
from test_sync_views import store_text

from app.attachments import Attachments
from app.errors import BadInput
from app.incidents import Incidents
from app.names import distinctive
from app.outbox import Outbox, quarantined
from app.record_views import views
from app.schema.revision import schema_number
from app.situations import Situations
from sync import device as d
from sync import downloads
from sync.client import Refused
from sync.hq import pull as hq_pull
from sync.hq.models import Device as HQDevice

PROTECTED = "Amina Haddad"  # a protected victim
SOURCE = "Yusuf Karimov"  # a named source
PERPETRATOR = "Tariq Mansouri"  # a named perpetrator
CONSENTING = "Rami Nassar"  # a victim who consented to the UN
SECRET = "qzxsecretqzx"  # a word of a record that does not reach un


def person(name: str, *, protected: bool = True, consent: str = "un") -> dict:
    return {
        "name": name,
        "sex": "female",
        "age_group": "adult",
        "protected": protected,
        "consent": consent,
    }


def enroll(hq, directory: Path, name: str, team: str) -> Replica:
    """A device of `team`, enrolled without the network (synchelp.enroll_in_process)."""
    store, client, device_id = enroll_in_process(hq, directory, name, hq.create_token(team))
    return Replica(name, store, Incidents(store), client, device_id)


class World:
    def __init__(self, directory: Path) -> None:
        self.hq = make_hq_dir(directory / "hq", f"sqlite:///{directory / 'hq.db'}")
        self.devices: list[Replica] = []
        self.hq.add_team("SYR")
        self.hq.add_team("YEM")
        self.team = self.add(directory, "officer", "SYR")
        self.mate = self.add(directory, "teammate", "SYR")
        self.yem = self.add(directory, "yemen", "YEM")
        self.un = self.add(directory, "ocha", "SYR")
        with self.hq.session() as s, s.begin():
            row = s.get(HQDevice, self.un.device_id)
            row.analyst, row.scope, row.audience, row.entity = True, ["SYR"], "un", "OCHA"

    def add(self, directory: Path, name: str, team: str) -> Replica:
        dev = enroll(self.hq, directory, name, team)
        self.devices.append(dev)
        return dev

    def sync(self, *devices: Replica) -> None:
        for dev in devices or self.devices:
            assert dev.client.sync().complete

    def close(self) -> None:
        for dev in self.devices:
            dev.client.close()
            dev.store.close()
        self.hq.engine.dispose()


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    try:
        yield w
    finally:
        w.close()


def holds(dev: Replica, *names: str) -> list[str]:
    """The names of which a distinctive word is anywhere in the device's data."""
    data = store_text(dev.store)
    return [n for n in names if any(word in data for word in distinctive(n))]


WITHHELD = (PROTECTED, SOURCE, PERPETRATOR)


def withholding(team: Replica, **overrides) -> str:
    """A record that reaches un, with a protected victim, a named source and perpetrator."""
    return team.incidents.add(
        incident(
            victims=[person(PROTECTED), person(CONSENTING, protected=False)],
            sources=[{"type": "individual", "reliability": "likely_reliable", "name": SOURCE}],
            perpetrators=[{"category": "state_armed_forces", "name": PERPETRATOR}],
            **overrides,
        )
    )


def quarantine_reasons(dev: Replica, record_id: str) -> list[str]:
    with dev.store.session() as s:
        return [e.reason or "" for e in quarantined(s) if e.record_id == record_id]


# ---- withheld names wherever the team writes them -----------------------------------------
def test_withheld_names_in_every_text_a_team_can_write_never_reach_un(world):
    team = world.team
    rid = withholding(
        team,
        title=f"{PROTECTED} and {SOURCE} at the checkpoint of {PERPETRATOR}",
        narrative=f"{PROTECTED} told {SOURCE} about {PERPETRATOR}.",
        location={
            "country": "SYR",
            "admin1": "rif dimashq",
            "admin2": f"Near the farm of {PERPETRATOR}",
            "not_in_gazetteer": True,  # so the typed admin 2 is kept as typed
            "place": f"House of {PROTECTED}",
            "precision": "near",
        },
        violations=[{"type": "killing", "victims_count": 1, "method": f"{SOURCE} saw a rifle"}],
        public_summary=f"A summary naming {PROTECTED} by mistake.",
    )
    team.incidents.clear_summary(rid)  # a single-user office clears its own
    Attachments(team.store).add(rid, b"bytes of a photo", f"{PROTECTED} wounded.jpg")
    situations = Situations(team.store)
    concern = situations.add(
        {
            "name": f"Attacks on the family of {PROTECTED}",
            "country": "SYR",
            "description": f"{SOURCE} reports the unit of {PERPETRATOR}.",
            "regions": ["rif dimashq"],
        }
    )
    situations.assess(
        concern,
        {
            "assessed_on": "2026-10-01",
            "summary": f"Worse since {SOURCE} spoke.",
            "factors": [
                {
                    "factor": "rf01_armed_conflict",
                    "level": "high",
                    "rationale": f"{PERPETRATOR} shells the town",
                    "evidence": [rid],
                }
            ],
        },
    )
    situations.save_strategy(
        concern,
        {
            "objectives": [f"Protect {PROTECTED}"],
            "actions": [
                {
                    "title": f"Visit {SOURCE}",
                    "objective": 0,
                    "pillar": "political",
                    "level": "country",
                    "lead": "ocha",
                    "owner": "leila-officer",
                    "indicators": [f"{PERPETRATOR} withdrawn"],
                }
            ],
            "note": f"Ask {SOURCE} again.",
        },
    )
    world.sync()
    un = world.un
    assert {row["id"] for row in un.incidents.list()} == {rid}
    with un.store.session() as s:
        assert len(views(s)) == 4  # the incident, the situation, its assessment and strategy
    assert holds(un, *WITHHELD) == []
    assert holds(un, CONSENTING) == [CONSENTING]  # the scan finds names
    assert holds(un, "leila-officer") == []  # staff unnamed


def test_a_conflict_and_hq_corrections_carry_no_withheld_name_to_un(world):
    team, mate, un = world.team, world.mate, world.un
    rid = withholding(team, narrative="Witnesses describe the shelling.")
    world.sync(team, mate, un)
    # two teammates edit the narrative at once: HQ keeps one, records a conflict holding both
    team.incidents.edit(rid, {"narrative": f"{PROTECTED} was seen by {SOURCE}."})
    mate.incidents.edit(rid, {"narrative": f"{PERPETRATOR} gave the order."})
    world.sync(team, mate, un, team, mate, un)
    assert hq_pull.conflicts(world.hq), "the attack needs a conflict at HQ"
    assert holds(un, *WITHHELD) == []
    assert un.incidents.get(rid)["narrative"]


def test_a_name_withheld_later_in_another_record_is_taken_out_of_views_already_sent(world):
    team, un = world.team, world.un
    mentions = team.incidents.add(
        incident(title="At the market", narrative=f"{CONSENTING} spoke to the press.", victims=[])
    )
    consenting = team.incidents.add(incident(victims=[person(CONSENTING, protected=False)]))
    world.sync(team, un)
    assert CONSENTING in un.incidents.get(mentions)["narrative"]
    # his consent is withdrawn in the OTHER record: the name leaves every view
    victims = team.incidents.get(consenting)["victims"]
    victims[0] = {**victims[0], "consent": "none"}
    team.incidents.edit(consenting, {"victims": victims})
    world.sync(team, un)
    assert holds(un, CONSENTING) == []
    # and the record deleted at HQ still withholds it
    team.incidents.delete(consenting)
    team.incidents.edit(mentions, {"title": f"{CONSENTING} again"})
    world.sync(team, un)
    assert holds(un, CONSENTING) == []
    assert {row["id"] for row in un.incidents.list()} == {mentions}


# ---- what stops reaching un leaves it -----------------------------------------------------
def test_drafts_deletions_and_raised_confidentiality_leave_the_un_device(world):
    team, un = world.team, world.un
    rid = team.incidents.add(incident(title=f"Record {SECRET}", status="draft", victims=[]))
    world.sync(team, un)
    assert un.incidents.list() == [] and SECRET not in store_text(un.store)
    team.incidents.edit(rid, {"status": "submitted"})
    world.sync(team, un)
    assert [row["id"] for row in un.incidents.list()] == [rid]
    team.incidents.edit(rid, {"status": "draft", "narrative": f"Draft text {SECRET}2"})
    world.sync(team, un)
    assert un.incidents.list() == []
    assert f"{SECRET}2" not in store_text(un.store)
    team.incidents.edit(rid, {"status": "submitted"})
    world.sync(team, un)
    assert [row["id"] for row in un.incidents.list()] == [rid]
    team.incidents.edit(rid, {"verification": {"status": "rejected"}})
    world.sync(team, un)
    assert un.incidents.list() == []
    team.incidents.edit(rid, {"verification": {"status": "unverified"}})
    world.sync(team, un)
    assert [row["id"] for row in un.incidents.list()] == [rid]
    team.incidents.delete(rid)
    world.sync(team, un)
    assert un.incidents.list() == []
    with un.store.session() as s:
        assert rid not in views(s)


def test_a_record_whose_team_leaves_the_scope_leaves_the_device(world):
    team, un = world.team, world.un
    rid = team.incidents.add(incident(title=f"Record {SECRET}", victims=[]))
    world.sync(team, un)
    assert [row["id"] for row in un.incidents.list()] == [rid]
    with world.hq.session() as s, s.begin():
        s.get(HQDevice, un.device_id).scope = ["YEM"]
    world.sync(un)
    assert un.incidents.list() == [] and SECRET not in store_text(un.store)


def test_a_country_change_does_not_move_a_record_to_another_team(world):
    """A team writes YEM as the country of one of its records: it stays SYR's record, never
    goes to YEM's device, and stays with the un device of SYR (the team's record)."""
    team, yem, un = world.team, world.yem, world.un
    rid = team.incidents.add(incident(title=f"Record {SECRET}", victims=[]))
    world.sync(team, un, yem)
    team.incidents.edit(
        rid, {"location": {"country": "YEM", "admin1": None, "place": "Sanaa", "precision": None}}
    )
    world.sync(team, un, yem)
    assert yem.incidents.list() == [] and SECRET not in store_text(yem.store)


# ---- a un analyst's own records edited by the team ----------------------------------------
def test_the_un_analysts_own_records_come_back_scrubbed_after_the_team_edits_them(world):
    team, un = world.team, world.un
    withholding(team)  # the names become withheld at HQ
    world.sync(team, un)
    mine = Situations(un.store).add({"name": "Rif Dimashq", "country": "SYR"})
    own_incident = un.incidents.add(incident(title="Seen by OCHA", victims=[]))
    world.sync(un, team)
    Situations(team.store).edit(mine, {"description": f"{PROTECTED} and {SOURCE} named."})
    team.incidents.edit(
        own_incident,
        {
            "narrative": f"{PERPETRATOR} was there.",
            "victims": [person("Leyla Osmanova")],
        },
    )
    world.sync(team, un)
    assert holds(un, *WITHHELD, "Leyla Osmanova") == []
    assert Situations(un.store).get(mine)["description"]
    # the un analyst may still edit its own situation
    Situations(un.store).edit(mine, {"name": "Rif Dimashq east"})
    world.sync(un, team)
    assert Situations(team.store).get(mine)["name"] == "Rif Dimashq east"


# ---- forged pushes from the un device -----------------------------------------------------
def test_forged_edits_deletions_and_files_on_a_view_are_refused_into_the_quarantine(world):
    team, un = world.team, world.un
    rid = team.incidents.add(incident(title="Shelling of the market", victims=[]))
    world.sync(team, un)
    with pytest.raises(BadInput):
        Attachments(un.store).add(rid, b"bytes", "forged.jpg")
    meta = Attachments(team.store).add(rid, b"team bytes", "photo.jpg")  # a real description
    forged = {**meta, "id": "7b1c9a50-7c8e-4d3a-9d3f-0d5b1e2f3a4b", "filename": "forged.jpg"}
    with un.store.transaction() as s:
        out = Outbox(s, schema_number())
        out.updated(rid, [("narrative", "x", "Forged narrative")])
        out.attached(rid, forged)
        out.deleted(rid)
    world.sync(un, team)
    reasons = quarantine_reasons(un, rid)
    assert len(reasons) == 3 and all("redacted view" in r for r in reasons), reasons
    doc = team.incidents.get(rid)
    assert doc["narrative"] != "Forged narrative"
    assert {a["filename"] for a in Attachments(team.store).list(rid)} == {"photo.jpg"}
    assert rid in {row["id"] for row in team.incidents.list()}


def test_a_create_reusing_another_teams_record_id_is_refused(world):
    yem, un = world.yem, world.un
    theirs = yem.incidents.add(
        incident(title=f"Yemen {SECRET}", location={"country": "YEM", "place": "Sanaa"})
    )
    world.sync(yem)
    with un.store.transaction() as s:
        Outbox(s, schema_number()).created(
            {theirs: {"kind": "incident", "title": "Overwritten", "confidentiality": "un"}}
        )
    world.sync(un, yem)
    assert quarantine_reasons(un, theirs)
    assert yem.incidents.get(theirs)["title"] == f"Yemen {SECRET}"
    assert SECRET not in store_text(un.store)


def test_an_assessment_on_a_situation_outside_the_scope_is_refused(world):
    yem, un = world.yem, world.un
    theirs = Situations(yem.store).add({"name": f"Sanaa {SECRET}", "country": "YEM"})
    world.sync(yem)
    forged = "2f0e3c1a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"
    with un.store.transaction() as s:
        Outbox(s, schema_number()).created(
            {
                forged: {
                    "kind": "assessment",
                    "situation_id": theirs,
                    "assessed_on": "2026-10-01",
                    "version": 1,
                    "summary": "Forged",
                    "created_by": "ocha",
                    "created_at": "2026-10-01T10:00:00Z",
                    "factors": [{"factor": "rf01_armed_conflict", "level": "high"}],
                }
            }
        )
    world.sync(un, yem)
    reasons = quarantine_reasons(un, forged)
    assert reasons and "situation_id" in reasons[0], reasons
    assert Situations(yem.store).assessments(theirs) == []
    assert SECRET not in store_text(un.store)


def test_a_un_device_cannot_create_a_record_for_a_country_outside_its_scope(world):
    un, yem = world.un, world.yem
    rid = un.incidents.add(
        incident(title="For Yemen", location={"country": "YEM", "place": "Sanaa"}, victims=[])
    )
    world.sync(un, yem)
    assert quarantine_reasons(un, rid)
    assert yem.incidents.list() == []


# ---- teams ----------------------------------------------------------------------------------
def test_a_team_device_never_receives_another_teams_records_or_files(world):
    team, yem = world.team, world.yem
    rid = team.incidents.add(incident(title=f"Syria {SECRET}"))
    Attachments(team.store).add(rid, b"syrian bytes", f"{SECRET}.jpg")
    Situations(team.store).add({"name": f"Syria {SECRET}", "country": "SYR"})
    world.sync()
    world.sync(yem)
    assert yem.incidents.list() == []
    assert SECRET not in store_text(yem.store)


# ---- files ----------------------------------------------------------------------------------
def _session_key(dev: Replica):
    state = dev.client.state()
    with dev.store.session() as s:
        key, confirmed = d.session_key(s, state)
    assert confirmed
    return state, key


def test_no_other_device_can_download_or_write_a_teams_file(world):
    """With a valid file id of a team's record: no bytes down, no bytes up (bytes written
    first would block the team's own upload, or probe what HQ holds). Another team's device
    is answered as for a file HQ never heard of (the id's existence is not confirmed); a
    teammate may ask how much HQ holds, but only the device that attached the file sends
    its bytes."""
    team, mate, un, yem = world.team, world.mate, world.un, world.yem
    rid = team.incidents.add(incident(victims=[]))
    content = b"the team's photo " * 100
    meta = Attachments(team.store).add(rid, content, "photo.jpg")
    team.client.round()  # the description reaches HQ; the bytes have not gone yet
    world.sync(un, yem, mate)
    for dev, ask, write in (
        (un, "audience", "audience"),
        (yem, "unknown-file", "unknown-file"),
        (mate, None, "not-yours"),
    ):
        state, key = _session_key(dev)
        if ask is None:  # a question: how much does HQ hold?
            assert dev.client._chunk(state, key, meta["id"], 0, b"").have == 0
        else:
            with pytest.raises(Refused) as err:
                dev.client._chunk(state, key, meta["id"], 0, b"")
            assert err.value.code == ask
        with pytest.raises(Refused) as err:  # bytes of its own, first
            dev.client._chunk(state, key, meta["id"], 0, b"poisoned bytes")
        assert err.value.code == write
    assert team.client.upload_files() == 0  # the team's upload goes through
    assert world.hq.file_bytes(meta["id"]) == content
    for dev, refusal in ((un, (403, "audience")), (yem, (404, "unknown-file"))):
        state, key = _session_key(dev)
        w = downloads.Waiting(meta["id"], rid, len(content), 0)
        with pytest.raises(Refused) as err:
            dev.client._piece(state, key, w, 0, 100)
        assert (err.value.status, err.value.code) == refusal


def test_a_withheld_name_in_fields_views_keep_unscrubbed_does_not_reach_un(world):
    """A team device's client (modified, or careless) writes a withheld name where views keep
    values as they are (ids, codes, dates): HQ's checks or the scrub must stop it."""
    team, un = world.team, world.un
    withholding(team)
    concern = Situations(team.store).add({"name": "Rif Dimashq", "country": "SYR"})
    world.sync(team)
    assessment, strategy = (
        "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
        "6e7f8091-2b3c-4d4e-9f0a-1b2c3d4e5f60",
    )
    with team.store.transaction() as s:
        Outbox(s, schema_number()).created(
            {
                assessment: {
                    "kind": "assessment",
                    "situation_id": concern,
                    "assessed_on": "2026-10-01",
                    "version": 1,
                    "summary": "Worse",
                    "factors": [{"factor": "rf01_armed_conflict", "level": "high"}],
                    "created_by": "officer",
                    "created_at": PROTECTED,
                },
                strategy: {
                    "kind": "strategy",
                    "situation_id": concern,
                    "version": 1,
                    "objectives": ["Protect civilians"],
                    "actions": [
                        {
                            "title": "Visit",
                            "pillar": "political",
                            "level": "country",
                            "lead": "ocha",
                            "overdue": SOURCE,
                            "blocked": PERPETRATOR,
                        }
                    ],
                    "note": "",
                    "created_by": "officer",
                    "created_at": "2026-10-01T10:00:00Z",
                },
            }
        )
    world.sync(team, un)
    assert holds(un, *WITHHELD) == []


def test_a_withheld_name_typed_in_a_short_free_text_field_does_not_reach_un(world):
    """A careless officer types a name where a code is meant (a source's language, a place's
    P-codes: free texts of up to 16 and 32 characters)."""
    team, un = world.team, world.un
    withholding(team)
    typed = {
        "country": "SYR",
        "admin1": "rif dimashq",
        "admin1_pcode": "Karimov farm",
        "admin2": "Douma",
        "admin2_pcode": "Mansouri camp",
        "place": "Central market",
    }
    # a P-code must be one of OCHA's list: a name typed there is refused at once
    with pytest.raises(BadInput) as err:
        team.incidents.add(incident(victims=[], location=typed))
    assert err.value.field == "location.admin1_pcode"
    team.incidents.add(
        incident(
            victims=[],
            location={k: x for k, x in typed.items() if not k.endswith("_pcode")},
            sources=[
                {"type": "individual", "reliability": "likely_reliable", "language": "Haddad"}
            ],
        )
    )
    world.sync(team, un)
    assert len(un.incidents.list()) == 2
    assert holds(un, *WITHHELD) == []


def test_the_un_analyst_editing_its_own_record_does_not_erase_what_it_was_not_shown(world):
    """The team names a protected victim in the un analyst's own incident; the analyst (who
    holds it unnamed) then edits the victims: HQ must not take its unnamed copy over the
    team's."""
    team, un = world.team, world.un
    rid = un.incidents.add(incident(title="Seen by OCHA", victims=[]))
    world.sync(un, team)
    team.incidents.edit(rid, {"victims": [person("Leyla Osmanova")]})
    world.sync(team, un)
    held = un.incidents.get(rid)["victims"]
    assert [v["name"] for v in held] == [None]
    un.incidents.edit(rid, {"victims": [{**held[0], "sex": "male"}]})
    world.sync(un, team)
    assert [v["name"] for v in team.incidents.get(rid)["victims"]] == ["Leyla Osmanova"]
    # the team gets a conflict to merge; the analyst's edit is not lost at HQ
    assert [x["field"] for x in hq_pull.conflicts(world.hq) if x["record"] == rid] == ["victims"]
    world.sync(un)
    assert [v["sex"] for v in un.incidents.get(rid)["victims"]] == ["female"]  # HQ's again
    assert holds(un, "Leyla Osmanova") == []
