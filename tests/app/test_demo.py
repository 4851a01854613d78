"""The sample store (`upfront demo`, app.demo): made through the services on a real SQLCipher
file, valid by the application's own rules, the same for the same seed, kept out of real
stores' folders, and refused by HQ's enrolment before any request is sent."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from app import cli, demo
from app.incidents import Incidents
from app.schema.incident import EDITABLE
from app.situations import Situations
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE

TODAY = datetime.now(UTC).date()
SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "fr": re.compile(r"Village-exemple|Enlèvement|Déplacement|Détention|Attaque|Bombardement"),
    "en": re.compile(r"Sample Village"),
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Iterator[Store]:
    store = demo.create(tmp_path_factory.mktemp("sample") / "data")
    yield store
    store.close()


def test_every_page_has_something_to_show(sample):
    counts = demo.describe(sample)
    assert 60 <= counts["incidents"] <= 120
    assert counts["situations"] >= 2 and counts["assessments"] >= 6
    assert counts["strategies"] >= 1
    assert demo.is_sample(sample)


def test_every_incident_reads_back_and_validates_again(sample):
    incidents = Incidents(sample)
    listed = incidents.list()
    docs = incidents.documents([row["id"] for row in listed])
    assert len(docs) == len(listed)
    for doc in docs:
        assert doc["title"].startswith(demo.MARK) and demo.MARK in doc["narrative"]
        assert doc["location"]["admin1"] and doc["location"]["admin1_pcode"]  # real units
        assert TODAY - timedelta(days=190) <= date.fromisoformat(doc["occurred_from"]) <= TODAY
        incidents.validate({k: v for k, v in doc.items() if k in EDITABLE})  # raises if not
        for victim in doc["victims"]:
            assert victim["name"] is None or victim["name"].startswith("Example ")
    assert {d["status"] for d in docs} == {"draft", "submitted", "reviewed"}
    assert len({d["confidentiality"] for d in docs}) >= 3
    assert len({d["verification"]["status"] for d in docs}) >= 4
    assert len({d["location"]["country"] for d in docs}) >= 3
    counted = [c for d in docs for v in d["violations"] for c in v["counts"]]
    assert {c["sex"] for c in counted} >= {"female", "male"}
    assert {c["age_group"] for c in counted} >= {"adult", "child"}
    assert any(d["perpetrators"] for d in docs) and all(d["sources"] for d in docs)
    text = " ".join(d["title"] + d["narrative"] for d in docs)
    assert [lang for lang, script in SCRIPTS.items() if not script.search(text)] == []


def test_situations_have_regions_periods_assessments_and_a_strategy(sample):
    situations = Situations(sample)
    listed = [situations.get(s["id"]) for s in situations.list()]
    assert len({s["country"] for s in listed}) >= 2
    assert all(s["regions"] and s["date_from"] for s in listed)
    assert any(situations.incident_ids(s["id"]) for s in listed)
    trends = set()
    for situation in listed:
        heat = situations.heat_map(situation["id"])
        assert len(heat.dates) >= 2
        for assessment in situations.assessments(situation["id"]):
            assert len(assessment["factors"]) == 14
            trends |= {f["trend"] for f in assessment["factors"]}
    assert trends >= {"first_assessment", "worsening"}
    actions = situations.all_actions()
    assert {a["level"] for a in actions} == {"country", "regional", "global"}
    assert any(a["overdue"] for a in actions) and not all(a["overdue"] for a in actions)


def test_the_same_seed_gives_the_same_sample_and_another_seed_another():
    day = date(2026, 11, 20)
    assert demo.sample_content(3, day) == demo.sample_content(3, day)
    titles = [d["title"] for d in demo.sample_content(3, day).incidents]
    assert titles != [d["title"] for d in demo.sample_content(4, day).incidents]


def test_two_stores_of_one_seed_hold_the_same_records(tmp_path):
    made = []
    for name in ("one", "two"):
        store = demo.create(tmp_path / name, seed=5)
        made.append(sorted((r["title"], r["occurred_from"]) for r in Incidents(store).list()))
        store.close()
    assert made[0] == made[1] and len(made[0]) > 60


# ---- the command ----------------------------------------------------------------------------
def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["demo", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def real_dir(tmp_path, monkeypatch) -> Path:
    """Where this test's real store lives (UPFRONT_DATA_DIR), with no store in it yet."""
    directory = tmp_path / "real"
    monkeypatch.setenv("UPFRONT_DATA_DIR", str(directory))
    monkeypatch.setenv("UPFRONT_CONFIG_DIR", str(tmp_path / "config"))
    return directory


def test_the_command_makes_the_sample_beside_the_real_folder_and_says_how_to_open_it(
    real_dir, capsys
):
    code, out, _err = run(capsys)
    where = demo.default_dir(real_dir)
    assert code == 0 and where != real_dir and where.parent == real_dir.parent
    assert str(where) in out and demo.SAMPLE_PASSPHRASE in out and "fictitious" in out
    assert not Store.exists(real_dir)  # the real folder is left alone
    with Store.open(where, demo.SAMPLE_PASSPHRASE) as store:
        assert demo.is_sample(store) and Incidents(store).count() > 60
    code, out, _err = run(capsys)  # again: the same store, found, not a second one
    assert code == 0 and out.startswith("Found")


def test_the_command_refuses_a_folder_that_holds_a_real_store(real_dir, tmp_path, capsys):
    Store.create(real_dir, "amina", PASSPHRASE, kdf=FAST_KDF)[0].close()
    store_files = ("keys.json", "upfront.db")
    before = {name: (real_dir / name).read_bytes() for name in store_files}
    code, _out, err = run(capsys, "--data-dir", str(real_dir))
    assert code == 2 and "real store" in err
    other = tmp_path / "elsewhere"  # a real store in another folder is refused too
    Store.create(other, "amina", PASSPHRASE, kdf=FAST_KDF)[0].close()
    code, _out, err = run(capsys, "--data-dir", str(other))
    assert code == 2 and "holds a real store" in err
    # a real store that happens to be called like the sample's user is refused by its mark
    lookalike = tmp_path / "lookalike"
    Store.create(lookalike, demo.SAMPLE_USER, demo.SAMPLE_PASSPHRASE, kdf=FAST_KDF)[0].close()
    code, _out, err = run(capsys, "--data-dir", str(lookalike))
    assert code == 2 and "holds a real store" in err
    after = {name: (real_dir / name).read_bytes() for name in store_files}
    assert after == before


def test_the_command_refuses_the_real_folder_even_before_it_holds_a_store(real_dir, capsys):
    code, _out, err = run(capsys, "--data-dir", str(real_dir))
    assert code == 2 and "folder of your real store" in err
    assert not Store.exists(real_dir)


# ---- HQ never sees a sample store -------------------------------------------------------------
class Served(NamedTuple):
    server: object
    url: str
    fingerprint: str


@pytest.fixture
def hq(tmp_path) -> Iterator[Served]:
    """`upfront-hq serve` over TLS on loopback (SQLite) with a team SYR."""
    from sync import pki
    from tests.sync.synchelp import free_port, make_hq_dir, start_server, stop_process

    directory = tmp_path / "hq"
    directory.mkdir()
    db = f"sqlite:///{directory / 'hq.db'}"
    server = make_hq_dir(directory, db)
    server.add_team("SYR")
    port = free_port()
    proc = start_server(directory, port, db)
    try:
        yield Served(server, f"https://127.0.0.1:{port}", pki.fingerprint(server.keys.ca.cert))
    finally:
        stop_process(proc)
        server.engine.dispose()


def test_a_sample_store_refuses_to_enrol_before_it_asks_hq_anything(tmp_path, hq, capsys):
    from sync.client import SyncClient, enroll

    token = hq.server.create_token("SYR")
    store = demo.create(tmp_path / "sample")
    try:
        with pytest.raises(demo.SampleStoreRefused, match="sample store") as refused:
            enroll(store, hq.url, token, hq.fingerprint, "sample laptop")
        assert refused.value.exit_code == 2
        for act in (
            lambda c: c.sync(),
            lambda c: c.export_bundle(tmp_path / "out.upb"),
            lambda c: c.apply_receipt(tmp_path / "receipt.bin"),
        ):
            with pytest.raises(demo.SampleStoreRefused):
                act(SyncClient(store))
        assert not (tmp_path / "out.upb").exists()
    finally:
        store.close()
    assert hq.server.devices() == []
    # the token was never spent: HQ saw nothing of the sample store
    real, _recovery = Store.create(tmp_path / "real", "amina", PASSPHRASE, kdf=FAST_KDF)
    with real:
        assert enroll(real, hq.url, token, hq.fingerprint, "real laptop")["device_id"]
    assert len(hq.server.devices()) == 1


def test_the_enroll_command_on_a_sample_store_exits_2(tmp_path, monkeypatch, capsys):
    from ui.main import main

    folder = tmp_path / "sample"
    demo.create(folder).close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", demo.SAMPLE_PASSPHRASE)
    capsys.readouterr()
    code = main(
        [
            "enroll",
            "--hq",
            "https://127.0.0.1:9",  # nothing listens there: a request would fail otherwise
            "--token",
            "tok",
            "--ca-fingerprint",
            "00" * 32,
            "--data-dir",
            str(folder),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "sample store" in err and "create a real store" in err.lower()
    code = main(["bundle", "export", "--out", str(tmp_path / "b.upb"), "--data-dir", str(folder)])
    assert code == 2 and "sample store" in capsys.readouterr().err


def test_the_sample_has_a_review_an_engagement_log_and_guidance(sample):
    situations = Situations(sample, today=TODAY)
    syria = next(s for s in situations.list() if s["country"] == "SYR")["id"]
    states = {d["state"] for d in situations.decisions(situation_id=syria)}
    assert {"done", "late", "dropped", "open"} <= states
    linked = [d for d in situations.decisions(situation_id=syria) if d["action_id"]]
    assert linked and linked[0]["action"]["decision"] == linked[0]["id"]
    channels = [e["channel"] for e in situations.engagements(syria)]
    assert channels == ["country_team", "regional", "member_states", "security_council"]
    assert situations.taskforce(syria)["coordinator"]["entity"] == "dppa"
    guidance = situations.guidance(syria)
    assert [len(g["acknowledgements"]) for g in guidance] == [1, 0]
    assert all(demo.MARK in g["body"] for g in guidance)


def test_un_outputs_keep_the_sample_mark(sample):
    """The sample user's name is withheld from the UN like any staff name; it shares no word
    with the texts, so the mark survives every scrub."""
    quarter = f"{TODAY.year}Q{(TODAY.month - 1) // 3 + 1}"
    pack = Situations(sample, today=TODAY).review(quarter, audience="un")
    names = [item["situation"]["name"] for item in pack["situations"]]
    assert names and all(name.startswith(demo.MARK) for name in names), names


def test_a_sample_store_made_by_an_earlier_release_still_opens(tmp_path):
    directory = tmp_path / "old-sample"
    store, _ = Store.create(
        directory, demo.OLD_SAMPLE_USERS[0], demo.SAMPLE_PASSPHRASE, kdf=FAST_KDF
    )
    demo._mark(store)
    store.close()
    with demo.open_existing(directory) as reopened:
        assert demo.is_sample(reopened) and reopened.user == demo.OLD_SAMPLE_USERS[0]
