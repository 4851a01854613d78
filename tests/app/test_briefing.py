"""Briefing packs (app.briefing, issue 19): the pack over several situations and countries, for
each audience, on real stores. The heat map holds the 14 risk factors with their change; the
rank follows the review's rule; figures count only what reaches the audience, at the standard
of proof, small counts suppressed outside internal; planning (risk, strategy, timeline, scan)
stays in the UN; every withheld name is scrubbed, the analyst's text too; the horizon scan's
top uncovered place is in the overview of the horizon template. Bad input names its field."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from app.briefing import (
    MAX_ASKS_BYTES,
    PARTS,
    RESOURCES,
    BriefingRequest,
    Briefings,
    check_asks,
    load_template,
)
from app.errors import BadInput
from app.incidents import Incidents
from app.situations import Situations
from app.situations.review import pack_sha256
from app.vocab import vocabularies
from tests.app.conftest import incident_doc
from tests.app.test_review_meeting import WITHHELD, factor, seed
from tests.app.test_scan import HOMS, TO, world  # noqa: F401 (the scan's seeded world)

SOURCE_NAME = "Yusuf Barakat"  # a source's name: only internal may read it
KIVU = "Kivu displacement"


def seed_world(store) -> dict[str, str]:
    """The review's two Syrian situations (assessments, strategy, engagements, a withheld
    name) and a Congolese one with three verified incidents: a small count."""
    ids = seed(store)
    Incidents(store).add(
        incident_doc(
            confidentiality="internal",
            status="submitted",
            victims=[{"name": WITHHELD, "sex": "male", "age_group": "adult", "protected": True}],
            sources=[
                {
                    "type": "individual",
                    "name": SOURCE_NAME,
                    "connection": "direct_witness",
                    "reliability": "likely_reliable",
                }
            ],
        )
    )
    congo = {"country": "COD", "admin1": "nord-kivu", "place": "Goma"}
    Incidents(store).add_many(
        [
            incident_doc(status="submitted", confidentiality="public", location=congo)
            for _ in range(3)
        ]
    )
    later = Situations(store, today=date(2026, 11, 20))
    ids["kivu"] = later.add({"name": KIVU, "country": "COD", "status": "concern"})
    later.assess(
        ids["kivu"],
        {"assessed_on": "2026-11-15", "factors": [{"factor": factor(12), "level": "high"}]},
    )
    later.add_engagement(
        ids["worse"],
        {
            "date": "2026-11-12",
            "type": "meeting",
            "channel": "country_team",
            "un_by": "Resident Coordinator",
            "with_whom": "Minister of Justice",
            "asked": f"Protect {WITHHELD} and the witness {SOURCE_NAME}",
            "confidentiality": "public",
        },
    )
    return ids


def build(store, audience: str, template: str = "horizon", **kw):
    request = BriefingRequest.parse(
        date_from="2026-10-01", date_to="2026-12-31", audience=audience, **kw
    )
    return Briefings(store).build(request, load_template(template))


def by_name(briefing) -> dict[str, dict]:
    return {item["situation"]["name"]: item for item in briefing.pack["situations"]}


def test_heat_map_rank_and_figures_for_the_country_team(store):
    seed_world(store)
    briefing = build(store, "internal")
    items = by_name(briefing)
    assert set(items) == {"Idlib shelling", "Aleppo returns", KIVU}  # every situation held
    worse = items["Idlib shelling"]
    factors = worse["heat_map"]["factors"]
    assert len(factors) == 14 == len(vocabularies().terms("risk-factor"))
    first = factors[0]
    assert (first["level"], first["previous"], first["change"]) == ("severe", "low", "up")
    assert all(f["level"] is None for f in factors[1:])
    # the review's rule: the factor assessed higher in the period ranks Idlib first
    assert briefing.pack["situations"][0]["situation"]["name"] == "Idlib shelling"
    assert {r["reason"] for r in worse["rank"]} >= {"risk_up", "late_decisions"}
    # internal: counts as they are, the source and the victim named where written
    kivu = items[KIVU]["figures"]
    assert (kivu["incidents"], kivu["standard"]) == ("3", "reasonable_grounds")
    assert SOURCE_NAME in json.dumps(briefing.pack, ensure_ascii=False)
    assert worse["strategy"] and worse["timeline"]["situation"]["name"] == "Idlib shelling"
    assert briefing.sha256() == pack_sha256(briefing.pack)


@pytest.mark.parametrize("audience", ["un", "partners", "public"])
def test_outside_internal_names_go_and_small_counts_are_suppressed(store, audience):
    seed_world(store)
    asks = f"Grant access to monitors; protect {WITHHELD}."
    briefing = build(store, audience, asks=asks)
    text = json.dumps(briefing.pack, ensure_ascii=False)
    for name in (WITHHELD, "Omar", "Khalil", SOURCE_NAME, "Barakat"):
        assert name not in text, name
    assert "Grant access to monitors" in briefing.pack["asks"]  # the rest of the text stays
    kivu = by_name(briefing)[KIVU]
    assert kivu["figures"]["incidents"] == "<5"
    assert all(n in ("<5", "×") for _label, n in kivu["figures"]["by_type"])
    planning = audience == "un"
    assert (kivu["heat_map"] is not None) == planning
    assert ("scan" in briefing.pack["sections"]) == planning
    assert ("heat_map" in briefing.pack["parts"]) == planning
    if not planning:
        assert all(
            x["strategy"] is None and x["timeline"] is None and x["heat_map"] is None
            for x in briefing.pack["situations"]
        )
        # engagements only as their confidentiality reaches the audience: the public one
        engaged = by_name(briefing)["Idlib shelling"]["engagements"]
        assert [e["with_whom"] for e in engaged] == ["Minister of Justice"]


def test_the_asked_situations_only_and_the_gravest_first(store):
    ids = seed_world(store)
    one = build(store, "un", situations=[ids["kivu"]])
    assert [x["situation"]["id"] for x in one.pack["situations"]] == [ids["kivu"]]
    syria = build(store, "un", countries=["SYR"])
    assert {x["situation"]["country"] for x in syria.pack["situations"]} == {"SYR"}
    # Article 99: the gravest first (Idlib severe, Kivu high), whatever the points
    grave = build(store, "un", "article99")
    assert [x["situation"]["name"] for x in grave.pack["situations"]][:2] == [
        "Idlib shelling",
        KIVU,
    ]
    with pytest.raises(BadInput) as err:
        build(store, "un", situations=["01a249a5-0000-7000-8000-000000000000"])
    assert err.value.field == "situation"


def test_the_horizon_scan_puts_its_top_uncovered_place_in_the_overview(store, world):  # noqa: F811
    request = BriefingRequest.parse(date_from="2026-08-01", date_to=TO, audience="internal")
    horizon = Briefings(store).build(request, load_template("horizon"))
    places = horizon.pack["scan"]["places"]
    assert places and places[0]["name"]
    assert places[0]["verified_rise"]  # Homs: a rise of acts at reasonable grounds
    covered = {"Aleppo"}  # the covered region is not among the uncovered places
    assert not covered & {p["name"] for p in places}
    assert Briefings(store).build(request, load_template("article99")).pack["scan"] is None
    assert int(places[0]["recent_count"]) >= int(places[0]["verified"]) == 28
    # for the UN: the same places, no count of any (the scan counts internal records too, and
    # a country's row less its regions' would give a hidden count back)
    un = BriefingRequest.parse(date_from="2026-08-01", date_to=TO, audience="un")
    theirs = Briefings(store).build(un, load_template("horizon")).pack["scan"]["places"]
    assert [p["name"] for p in theirs] == [p["name"] for p in places]
    assert all(p["recent_count"] is None and p["verified"] is None for p in theirs)


def test_a_period_ending_after_today_scans_as_of_today(store, world):  # noqa: F811
    """A quarter's briefing made before the quarter ends (to 2026-12-31, made on the scan's
    day): signals, the scan and the timeline are as of today, not of a day to come, whose
    recent weeks hold no act yet and would read a rise as none."""
    _store, sid = world
    made = datetime(TO.year, TO.month, TO.day, 15, tzinfo=UTC)
    request = BriefingRequest.parse(date_from="2026-08-01", date_to="2026-12-31", audience="un")
    pack = Briefings(store, now=made).build(request, load_template("horizon")).pack
    assert pack["scan"]["places"] and pack["scan"]["places"][0]["name"] == "Homs"
    assert pack["scan"]["as_of"] == TO.isoformat()
    assert pack["to"] == "2026-12-31" and pack["as_of"] == TO.isoformat()
    [aleppo] = [x for x in pack["situations"] if x["situation"]["id"] == sid]
    assert aleppo["signals"], "the rise of detentions in Aleppo"
    assert aleppo["timeline"]["as_of"] == TO.isoformat()


def test_bad_requests_name_their_field():
    good = {"date_from": "2026-10-01", "date_to": "2026-12-31", "audience": "un"}
    for change, fld in (
        ({"date_from": "2026-13-01"}, "from"),
        ({"date_from": None}, "from"),
        ({"date_to": "2026-09-01"}, "to"),
        ({"audience": "press"}, "audience"),
        ({"lang": "de"}, "lang"),
        ({"situations": ["not-an-id"]}, "situation"),
        ({"situations": [None, "x"]}, "situation[0]"),
        ({"countries": ["Atlantis"]}, "country"),
        ({"standard": "rumour"}, "standard"),
        ({"standard": "unverified"}, "standard"),
    ):
        with pytest.raises(BadInput) as err:
            BriefingRequest.parse(**{**good, **change})
        assert err.value.field == fld, change


def test_the_asks_text_is_checked():
    assert check_asks(b"Access.\n\nProtection.") == "Access.\n\nProtection."
    assert check_asks("\ufeffAccès".encode()) == "Accès"
    for raw in (
        b"x" * (MAX_ASKS_BYTES + 1),  # too large
        b"%PDF-1.7\x00\x01\x02",  # binary
        b"\xff\xfe\xfa",  # not UTF-8
        "Hidden \u202e direction".encode(),  # a direction control
    ):
        with pytest.raises(BadInput) as err:
            check_asks(raw)
        assert err.value.field == "asks"


def test_templates_built_in_and_hostile(tmp_path):
    for name in ("horizon", "dsg", "article99"):
        t = load_template(name)
        assert set(t["parts"]) == set(PARTS) and t["title"]["zh"] and t["title"]["ar"]
    assert load_template("article99")["order"] == "gravest"
    good = {"title": {"en": "Briefing"}, "sections": ["overview", "asks"]}
    for doc, fld in (
        ({**good, "sections": ["overview", "evil"]}, "template.sections[1]"),
        ({**good, "sections": ["asks", "asks"]}, "template.sections[1]"),
        ({**good, "parts": ["heat_map", 7]}, "template.parts[1]"),
        ({**good, "exec": "rm -rf"}, "template.exec"),
        ({**good, "title": {"fr": "Exposé"}}, "template.title.en"),
        ({**good, "title": {"en": "a\u202eb"}}, "template.title.en"),
        ({**good, "titles": {"overview": {"en": "x", "xx": "y"}}}, "template.titles.overview.xx"),
        ({**good, "titles": {"nowhere": {"en": "x"}}}, "template.titles.nowhere"),
        ({**good, "threshold": 1}, "template.threshold"),
        ({**good, "order": "random"}, "template.order"),
        ({**good, "scan_places": 10_000}, "template.scan_places"),
        ([], "template"),
    ):
        path = tmp_path / "t.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(BadInput) as err:
            load_template(path)
        assert err.value.field == fld, doc
    for raw in (b"\x00\x01binary", b"{" + b" " * (300 * 1024) + b"}", b"not json"):
        path = tmp_path / "t.json"
        path.write_bytes(raw)
        with pytest.raises(BadInput) as err:
            load_template(path)
        assert err.value.field == "template"
    with pytest.raises(BadInput) as err:
        load_template(tmp_path / "missing.json")
    assert err.value.field == "template"
    path.write_text(json.dumps(good), encoding="utf-8")
    assert load_template(path)["sections"] == ["overview", "asks"]


def test_a_template_copy_can_hold_the_asks(store, tmp_path):
    """The asks written into a copy of the template, per language, print where the request
    brings none, scrubbed of withheld names like every text; a request's own asks win."""
    seed_world(store)
    doc = json.loads((RESOURCES / "briefing-dsg.json").read_text(encoding="utf-8"))
    doc["asks"] = {
        "en": f"Fund the monitors; protect {WITHHELD}.",
        "fr": "Financer les observateurs.",
    }
    path = tmp_path / "dsg-with-asks.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    english = build(store, "un", template=str(path))
    assert english.pack["asks"].startswith("Fund the monitors; protect ")
    assert WITHHELD not in english.pack["asks"]
    assert build(store, "un", template=str(path), lang="fr").pack["asks"] == (
        "Financer les observateurs."
    )
    assert build(store, "un", template=str(path), asks="Ours.").pack["asks"] == "Ours."
    assert build(store, "un", template="dsg").pack["asks"] == ""
    doc["asks"] = {"en": "x" * 5_000}
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BadInput) as err:
        load_template(path)
    assert err.value.field == "template.asks.en"


def test_the_scan_section_says_when_it_ran_on_hqs_counts(store):
    """On a device holding HQ's weekly counts of Yemen (no situation there), the briefing's
    scan ran on them there, and the pack says so (with their date); a place no situation
    touches is counted apart from one a situation partly covers."""
    from tests.app.test_scan_counts import AS_OF, MONDAYS, keep, payload, steady_acts

    seed_world(store)
    acts = steady_acts("YEM", ["YE11", "YE13"], [6])
    acts += [a for a in steady_acts("YEM", ["YE12"], [6]) if a[4] < MONDAYS[-4]]
    acts += [a for a in steady_acts("YEM", ["YE12"], [20]) if a[4] >= MONDAYS[-4]]
    keep(store, payload(acts, ["YEM"]))
    found = build(store, "un").pack["scan"]
    assert found["source"] == "hq-counts+device"
    assert found["hq_counts"] == {"as_of": AS_OF.isoformat(), "countries": ["YEM"]}
    yemen = [p for p in found["places"] if p["country"] == "Yemen"]
    assert yemen and found["uncovered"] >= len(yemen)
    touched = [p for p in found["places"] if p["partly_covered_by"]]
    assert found["uncovered"] == len(found["places"]) - len(touched)


def test_outside_internal_no_raw_count_rides_in_the_timeline_and_template_texts_are_scrubbed(
    store, tmp_path
):
    """The timeline's English draft and its signals' reasons ("3 incidents in the last 4
    weeks...") stay out of a UN pack; the template's organisation and marking are scrubbed of
    withheld names like every other text."""
    seed_world(store)
    doc = json.loads((RESOURCES / "briefing-horizon.json").read_text(encoding="utf-8"))
    doc["organisation"] = {"en": f"Office of {WITHHELD}"}
    path = tmp_path / "t.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    theirs = build(store, "un", template=str(path))
    assert WITHHELD not in theirs.meta.organisation and theirs.meta.organisation.startswith(
        "Office"
    )
    lines = [x["timeline"] for x in theirs.pack["situations"] if x["timeline"]]
    assert lines and all("draft" not in tl for tl in lines)
    assert not any("reasons" in e for tl in lines for e in tl["events"])
    ours = build(store, "internal", template=str(path))
    assert ours.meta.organisation == f"Office of {WITHHELD}"
    assert all("draft" in x["timeline"] for x in ours.pack["situations"] if x["timeline"])
