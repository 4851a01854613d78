"""Roles at HQ and accountability for access: each token enrols a device in a role (the teams it
reads, the audience it reads as, its UN entity), every bad input is refused naming its field,
every role change is logged (never a token), a device pulls only its scope, and HQ can say who
received a record and what a device received. On PostgreSQL and on SQLite."""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from synchelp import FAST_KDF, PASSPHRASE, incident, make_hq_dir, snapshot

from app.errors import BadInput
from app.incidents import Incidents
from app.models import StoreMeta
from app.store import Store
from sync import device as d
from sync import pki
from sync.client import SyncClient, enroll
from sync.hq import cli as hq_cli
from sync.hq import roles
from sync.hq.models import Token
from sync.hq.service import HQ

ROLE_KEYS = {"scope", "audience", "entity"}
BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)


@pytest.fixture
def local_hq(tmp_path, hq_db):
    directory = tmp_path / "hq"
    directory.mkdir(exist_ok=True)
    hq = make_hq_dir(directory, hq_db)
    try:
        yield hq, directory
    finally:
        hq.engine.dispose()


def run(directory: Path, capsys, *argv: str) -> tuple[int, str, str]:
    """`upfront-hq --dir DIRECTORY ARGV...` in this process: exit code, stdout, stderr."""
    capsys.readouterr()
    try:
        code = hq_cli.main(["--dir", str(directory), *argv])
    except SystemExit as exc:  # argparse's refusals
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def enrol_here(hq: HQ, token: str, name: str) -> dict:
    """HQ's side of `upfront enroll`, in process: a real CSR and signing key."""
    signer = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()
    return hq.enroll(token, pki.make_csr(pki.new_tls_key()).decode(), signer, name)


@BOTH
def test_each_token_enrols_a_device_in_its_role_and_every_change_is_logged(
    local_hq, capsys, caplog
):
    hq, directory = local_hq
    for country in ("SYR", "YEM"):
        hq.add_team(country)
    with caplog.at_level(logging.INFO, logger="upfront.hq"):
        tokens = {
            "team": hq.create_token("SYR", by="officer"),
            "internal": hq.create_token(None, analyst=True),
            "ocha": hq.create_token(
                None, analyst=True, scope=["yem"], audience="un", entity=" ocha "
            ),
            "other-team": hq.create_token("YEM", entity="unicef"),
        }
        answers = {name: enrol_here(hq, token, name) for name, token in tokens.items()}
    roles_of = {
        name: (a["team"], a["analyst"], a["scope"], a["audience"], a["entity"])
        for name, a in answers.items()
    }
    assert roles_of == {
        "team": ("SYR", False, ["SYR"], "internal", "OHCHR"),
        "internal": (None, True, None, "internal", "OHCHR"),
        "ocha": (None, True, ["YEM"], "un", "OCHA"),  # the entity in its own spelling
        "other-team": ("YEM", False, ["YEM"], "internal", "UNICEF"),
    }
    ids = {name: a["device_id"] for name, a in answers.items()}

    code, out, _ = run(directory, capsys, "device", "list")
    assert code == 0
    listed = {dev["name"]: dev for dev in json.loads(out)}
    assert {
        name: (dev["id"], dev["scope"], dev["audience"], dev["entity"], dev["revoked"])
        for name, dev in listed.items()
    } == {
        "team": (ids["team"], ["SYR"], "internal", "OHCHR", False),
        "internal": (ids["internal"], "all", "internal", "OHCHR", False),
        "ocha": (ids["ocha"], ["YEM"], "un", "OCHA", False),
        "other-team": (ids["other-team"], ["YEM"], "internal", "UNICEF", False),
    }

    # a token made at the command line: the last line of stdout, and nothing else there
    code, out, err = run(
        directory, capsys, "analyst", "add", "--teams", "SYR,YEM", "--entity", "DPPA"
    )
    assert code == 0 and len(out.splitlines()) == 1
    cli_token = out.splitlines()[-1]
    assert len(cli_token) == 40 and "DPPA" in err and "internal" in err
    answer = enrol_here(hq, cli_token, "dppa")
    assert (answer["scope"], answer["audience"], answer["entity"]) == (
        ["SYR", "YEM"],
        "internal",
        "DPPA",
    )

    # revoking: said on stderr what happens at the device's next contact; a wipe order's id
    code, out, err = run(directory, capsys, "device", "revoke", ids["other-team"])
    assert code == 0 and out == "" and "next contact" in err and "--wipe" in err
    code, out, err = run(directory, capsys, "device", "revoke", ids["ocha"], "--wipe")
    assert code == 0 and "next contact" in err and "erase" in err
    order = out.strip()
    assert str(uuid.UUID(order)) == order

    events = hq.role_events()
    made = [e for e in events if e["action"] == "token-created"]
    assert [
        (e["detail"]["scope"], e["detail"]["audience"], e["detail"]["entity"]) for e in made
    ] == [
        (["SYR"], "internal", "OHCHR"),
        ("all", "internal", "OHCHR"),
        (["YEM"], "un", "OCHA"),
        (["YEM"], "internal", "UNICEF"),
        (["SYR", "YEM"], "internal", "DPPA"),
    ]
    assert made[0]["actor"] == "officer" and made[-1]["actor"] == roles.actor()
    enrolled = [e for e in events if e["action"] == "enrolled"]
    # the token's short name links each enrolment to the token that made it
    assert [e["detail"]["token"] for e in enrolled] == [e["detail"]["token"] for e in made]
    assert [e["device"] for e in enrolled] == [*ids.values(), answer["device_id"]]
    assert [e["action"] for e in hq.role_events(ids["ocha"])] == [
        "enrolled",
        "revoked",
        "wipe-ordered",
    ]
    assert hq.role_events(ids["ocha"])[-1]["detail"] == {"order": order}
    assert [e["action"] for e in hq.role_events(ids["other-team"])] == ["enrolled", "revoked"]
    code, out, _ = run(directory, capsys, "roles", "--device", ids["ocha"])
    assert code == 0 and json.loads(out) == json.loads(json.dumps(hq.role_events(ids["ocha"])))
    code, out, _ = run(directory, capsys, "roles")
    assert code == 0 and len(json.loads(out)) == len(events)

    # a token is never written down: not in the role log, HQ's log or its log file
    said = json.dumps(events) + caplog.text + (directory / "upfront-hq.log").read_text()
    for token in [*tokens.values(), cli_token]:
        assert token not in said
    assert "role: token-created" in caplog.text and "role: enrolled" in caplog.text
    code, out, _ = run(directory, capsys, "device", "list")
    assert {dev["name"]: dev["revoked"] for dev in json.loads(out)}["ocha"] is True


@BOTH
def test_bad_roles_and_questions_are_refused_naming_the_field(local_hq, capsys):
    hq, directory = local_hq
    hq.add_team("SYR")
    nobody = str(uuid.uuid4())
    refused = {
        ("token", "create", "--team", "ATL"): "team: no team 'ATL'",
        ("token", "create", "--team", "SYR", "--entity", ""): "entity: is empty",
        ("token", "create", "--team", "SYR", "--hours", "0"): "--hours",
        ("analyst", "add", "--teams", "SYR,ATL"): "teams: no team 'ATL'",
        ("analyst", "add", "--teams", " , "): "teams: names no team",
        ("analyst", "add", "--audience", "partners"): "no other audience",
        ("analyst", "add", "--audience", "un"): "teams: an analyst reading as un",
        ("analyst", "add", "--entity", ""): "entity: is empty",
        ("analyst", "add", "--entity", "   "): "entity: is empty",
        ("analyst", "add", "--entity", "E" * 65): "entity: is longer than 64",
        ("analyst", "add", "--entity", "OCHA\x1b[2J"): "entity: holds characters",
        ("analyst", "add", "--hours", "soon"): "--hours",
        ("analyst", "add", "--hours", "nan"): "--hours",
        ("access",): "one of the arguments --record --device is required",
        ("access", "--record", nobody, "--device", nobody): "not allowed with",
        ("access", "--record", "not-an-id"): "record: is not an id",
        ("access", "--record", nobody): "record: HQ holds no record",
        ("access", "--device", nobody): "device: no device",
        ("roles", "--device", nobody): "device: no device",
    }
    for argv, why in refused.items():
        code, out, err = run(directory, capsys, *argv)
        assert (code, out) == (2, ""), (argv, err)
        assert why in err, (argv, err)
    assert (
        "audience: must be one of internal, un"
        in run(directory, capsys, "analyst", "add", "--audience", "partners")[2]
    )

    # the same checks behind the facade, each naming its field
    calls = {
        "team": lambda: hq.create_token("ATL"),
        "audience": lambda: hq.create_token("SYR", audience="un"),
        "teams": lambda: hq.create_token(None, analyst=True, scope=[]),
        "entity": lambda: hq.create_token(None, analyst=True, entity="\n"),
        "hours": lambda: hq.create_token("SYR", hours=float("inf")),
    }
    for field, call in calls.items():
        with pytest.raises(BadInput) as err:
            call()
        assert err.value.field == field
    with hq.session() as s:  # nothing refused left a token or a role event behind
        assert s.query(Token).count() == 0
    assert hq.role_events() == []


@BOTH
def test_a_device_pulls_only_its_scope_and_hq_says_who_received_what(
    running_hq, make_device, tmp_path, capsys
):
    syr_1, syr_2 = make_device("syr-1", "SYR"), make_device("syr-2", "SYR")
    yem = make_device("yem-1", "YEM")
    everyone = make_device("hq-analyst", None, analyst=True)
    hq = running_hq.hq

    def analyst(name: str, **role) -> Store:
        token = hq.create_token(None, analyst=True, **role)
        store, _ = Store.create(tmp_path / name, name, PASSPHRASE, kdf=FAST_KDF)
        info = enroll(store, running_hq.url, token, running_hq.fingerprint, name)
        assert (info["audience"], info["entity"]) == (role.get("audience", "internal"), "OHCHR")
        return store

    syr_only = analyst("syr-analyst", scope=["SYR"])
    ocha = analyst("ocha-analyst", scope=["YEM"], audience="un")
    try:
        with ocha.session() as s:  # the role is kept on the device, as HQ gave it
            state = d.load_state(s)
        assert (state.scope, state.audience, state.entity) == (["YEM"], "un", "OHCHR")
        assert d.status(ocha).audience == "un" and d.status(syr_only).audience == "internal"

        syr_rid = syr_1.incidents.add(incident())
        yem_rid = yem.incidents.add(incident(location={"country": "YEM"}, title="Yemen"))
        scoped = SyncClient(syr_only)
        try:
            for dev in (syr_1, yem, syr_2, everyone):
                assert dev.sync().complete
            assert scoped.sync().complete
            # an internal analyst scoped to SYR pulls SYR's records, never YEM's
            assert set(snapshot(SimpleNamespace(incidents=Incidents(syr_only)))) == {syr_rid}
            assert set(snapshot(everyone)) == {syr_rid, yem_rid}
            assert set(snapshot(syr_2)) == {syr_rid} and set(snapshot(yem)) == {yem_rid}
        finally:
            scoped.close()

        ids = {dev["name"]: dev["id"] for dev in hq.devices()}
        code, out, _ = run(running_hq.directory, capsys, "access", "--record", syr_rid)
        assert code == 0
        who = json.loads(out)
        assert (who["record"], who["team"], who["created_by"]) == (syr_rid, "SYR", ids["syr-1"])
        received = {x["device"]: x for x in who["devices"]}
        # who could read it: the devices that pulled it; never one of another team or scope
        assert set(received) == {ids["syr-2"], ids["hq-analyst"], ids["syr-analyst"]}
        assert (
            received[ids["syr-analyst"]]["scope"],
            received[ids["syr-analyst"]]["audience"],
            received[ids["syr-analyst"]]["entity"],
        ) == (["SYR"], "internal", "OHCHR")
        assert received[ids["hq-analyst"]]["scope"] == "all"
        for x in received.values():
            assert x["first_at"] <= x["last_at"] and x["removed"] is False

        code, out, _ = run(running_hq.directory, capsys, "access", "--record", yem_rid)
        assert {x["device"] for x in json.loads(out)["devices"]} == {ids["hq-analyst"]}

        code, out, _ = run(running_hq.directory, capsys, "access", "--device", ids["syr-analyst"])
        assert code == 0
        got = json.loads(out)
        assert (got["device"], got["scope"], got["entity"]) == (
            ids["syr-analyst"],
            ["SYR"],
            "OHCHR",
        )
        assert [(r["record"], r["team"], r["audience"], r["removed"]) for r in got["records"]] == [
            (syr_rid, "SYR", "internal", False)
        ]
        code, out, _ = run(running_hq.directory, capsys, "access", "--device", ids["yem-1"])
        assert json.loads(out)["records"] == []  # it created its record: it received none
        code, out, _ = run(running_hq.directory, capsys, "access", "--device", ids["ocha-analyst"])
        assert json.loads(out)["records"] == []  # it never pulled

        # a record received again: the first time stays, the last moves on
        first = received[ids["syr-2"]]
        syr_1.incidents.edit(syr_rid, {"title": "Shelling of the market"})
        assert syr_1.sync().complete and syr_2.sync().complete
        again = {x["device"]: x for x in hq.access_of_record(syr_rid)["devices"]}[ids["syr-2"]]
        assert again["first_at"] == first["first_at"] and again["last_at"] >= first["last_at"]

        # a state saved before roles existed loads, as an internal OHCHR device of no scope
        with ocha.transaction() as s:
            row = s.get(StoreMeta, d.STATE_KEY)
            row.value = json.dumps(
                {k: v for k, v in json.loads(row.value).items() if k not in ROLE_KEYS}
            )
        with ocha.session() as s:
            state = d.load_state(s)
        assert (state.scope, state.audience, state.entity) == (None, "internal", "OHCHR")
        assert d.status(ocha).audience == "internal"
    finally:
        syr_only.close()
        ocha.close()
