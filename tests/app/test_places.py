"""Places resolved against the gazetteer: admin 1 and admin 2 by P-code, ISO 3166-2 code or
name in any spelling, for several countries; refused with the closest names when they match
nothing, unless the record says the place is not in the gazetteer; countries by code or by
name in the six languages; the command that lists what is left to resolve."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import places
from app.cli import main
from app.errors import BadInput
from app.gazetteer import gazetteer
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.places import Resolver
from app.schema.incident import Validator
from app.vocab import vocabularies
from tests.app.conftest import PASSPHRASE, incident_doc


def located(**location) -> dict:
    doc = incident_doc()
    doc["location"] = location
    return doc


def stored(store, **location) -> dict:
    return Incidents(store).get(Incidents(store).add(located(**location)))["location"]


@pytest.mark.parametrize(
    ("country", "typed", "pcode", "name"),
    [
        ("SYR", "Idleb", "SY07", "Idleb"),
        ("Syria", "SY07", "SY07", "Idleb"),
        ("SY", "ar-raqqa", "SY11", "Ar-Raqqa"),
        ("syr", "Deir-ez-Zor", "SY09", "Deir-ez-Zor"),
        ("LSO", "butha_buthe", "LSB", "Butha-Buthe"),
        ("Lesotho", "lsa", "LSA", "Maseru"),
        ("AFG", "MAIDAN-WARDAK", "AF04", "Maidan Wardak"),
        ("Afghanistan", "maidan wardak", "AF04", "Maidan Wardak"),
        ("UKR", "kharkivska", "UA63", "Kharkivska"),
    ],
)
def test_admin1_is_stored_under_the_units_name_and_p_code(store, country, typed, pcode, name):
    loc = stored(store, country=country, admin1=typed)
    assert (loc["admin1"], loc["admin1_pcode"]) == (name, pcode)
    assert loc["country"] == gazetteer().unit(pcode).country
    assert loc["not_in_gazetteer"] is False


def test_a_country_without_a_cod_has_iso_3166_2_units(store):
    loc = stored(store, country="Jordan", admin1="irbid")
    assert (loc["admin1"], loc["admin1_code"], loc["admin1_pcode"]) == ("Irbid", "JO-IR", None)
    assert stored(store, country="JOR", admin1="jo-ir")["admin1"] == "Irbid"
    loc = stored(store, country="IND", admin1="tamil nadu")  # ISO writes Tamil Nādu
    assert loc["admin1_code"] == "IN-TN"


def test_admin2_alone_gives_its_admin1_and_must_lie_within_the_admin1_given(store):
    loc = stored(store, country="SYR", admin2="jebel saman")
    assert (loc["admin1_pcode"], loc["admin2_pcode"], loc["admin2"]) == (
        "SY02",
        "SY0200",
        "Jebel Saman",
    )
    loc = stored(store, country="SYR", admin1="Homs", admin2="tadmor")
    assert (loc["admin1_pcode"], loc["admin2_pcode"]) == ("SY04", "SY0405")
    with pytest.raises(BadInput) as err:
        Incidents(store).add(located(country="SYR", admin1="Aleppo", admin2="Tadmor"))
    assert err.value.field == "location.admin2"
    assert "Tadmor (SY0405) is in Homs, not in Aleppo" in err.value.reason


@pytest.mark.parametrize(
    ("location", "fld", "offered"),
    [
        ({"country": "SYR", "admin1": "Alepo"}, "location.admin1", "Aleppo"),
        ({"country": "SYR", "admin1": "Hom"}, "location.admin1", "Homs"),
        ({"country": "LSO", "admin1": "Maseru city"}, "location.admin1", "Maseru"),
        ({"country": "JOR", "admin1": "Irbd"}, "location.admin1", "Irbid"),
        (
            {"country": "SYR", "admin1": "Homs", "admin2": "Tadmur town"},
            "location.admin2",
            "Tadmor",
        ),
        ({"country": "SYR", "admin1_pcode": "SY99"}, "location.admin1_pcode", "OCHA"),
        ({"country": "SYR", "admin1_pcode": "LSA"}, "location.admin1_pcode", "SYR"),
        ({"country": "SYR", "admin1": "SY0200"}, "location.admin1", "no admin 1 unit"),
        ({"country": "SYR", "admin1": "Homs", "admin1_pcode": "SY02"}, "location.admin1", "Aleppo"),
        ({"country": "Atlantis", "admin1": "Homs"}, "location.country", "unknown country"),
        ({"country": "JOR", "admin2": "Ramtha"}, "location.admin2", "no admin 2 units for JOR"),
    ],
)
def test_what_names_no_unit_is_refused_naming_the_field_and_the_closest(
    store, location, fld, offered
):
    with pytest.raises(BadInput) as err:
        Incidents(store).add(located(**location))
    assert err.value.field == fld
    assert offered in err.value.reason
    assert Incidents(store).count() == 0


def test_a_place_not_in_the_gazetteer_is_kept_as_typed_when_the_record_says_so(store):
    loc = stored(store, country="SYR", admin1="Homs", admin2="Al-Waer camp", not_in_gazetteer=True)
    assert (loc["admin1"], loc["admin1_pcode"]) == ("Homs", "SY04")  # what resolves, resolves
    assert (loc["admin2"], loc["admin2_pcode"], loc["not_in_gazetteer"]) == (
        "Al-Waer camp",
        None,
        True,
    )
    with pytest.raises(BadInput) as err:  # a P-code is still checked
        Incidents(store).add(located(country="SYR", admin1_pcode="SY99", not_in_gazetteer=True))
    assert err.value.field == "location.admin1_pcode"
    listed = Incidents(store).list(IncidentQuery(unresolved=True))
    assert [(r["admin2"], r["not_in_gazetteer"]) for r in listed] == [("Al-Waer camp", True)]


def test_an_edit_follows_the_field_changed_and_spares_a_place_it_did_not_touch(store):
    incidents = Incidents(store)
    iid = incidents.add(located(country="SYR", admin1="Aleppo", admin2="Jebel Saman"))
    # the name changed: its old P-code (and the admin 2 inside it) do not hold it back
    doc = incidents.edit(iid, {"location": {"admin1": "Idlib", "admin2": None}})
    assert (doc["location"]["admin1"], doc["location"]["admin1_pcode"]) == ("Idleb", "SY07")
    doc = incidents.edit(iid, {"location": {"admin1_pcode": "SY04"}})
    assert doc["location"]["admin1"] == "Homs"
    # a record from HQ with a place this gazetteer does not know is stored as given...
    remote = Validator(vocabularies(), places_as_given=True)
    rows = remote.rows(located(country="SYR", admin1="Somewhere new", admin1_pcode="SY15"))
    assert (rows.incident["admin1"], rows.incident["admin1_pcode"]) == ("Somewhere new", "SY15")
    # ...and an edit of another field of such a record is not refused for its place
    local = Validator(vocabularies())
    before = located(country="SYR", admin1="Somewhere new")
    after = {**before, "title": "Retitled"}
    assert local.rows(after, before=before).incident["title"] == "Retitled"
    with pytest.raises(BadInput):
        local.rows({**after, "location": {**before["location"], "place": "x"}}, before=before)


@pytest.mark.parametrize(
    "typed",
    ["Syria", "syr", "SY", "Syrian Arab Republic", "Syrie", "Siria", "Сирия", "سوريا", "叙利亚"],
)
def test_a_country_is_found_by_code_or_by_name_in_the_six_languages(typed):
    assert places.country(typed, "--country") == "SYR"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("DRC", "COD"),
        ("Congo", "COG"),
        ("Ivory Coast", "CIV"),
        ("Palestine", "PSE"),
        ("Jordanie", "JOR"),
        ("Myanmar", "MMR"),
    ],
)
def test_other_countries_by_the_names_people_use(typed, code):
    assert places.country(typed, "location.country") == code


def test_an_unknown_country_offers_the_closest():
    with pytest.raises(BadInput) as err:
        places.country("Syrai", "--country")
    assert err.value.field == "--country" and "Syria (SYR)" in err.value.reason


def _respell(name: str, rnd: random.Random) -> str:
    words = name.replace("-", " ").split()
    joiner = rnd.choice([" ", "-", "_", "  "])
    text = joiner.join(words)
    return rnd.choice([str.upper, str.lower, str.title, lambda s: s])(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=32_766), st.randoms(use_true_random=False))
def test_any_unit_of_the_list_is_found_however_its_name_is_cased_or_joined(i, rnd):
    g = gazetteer()
    unit = sorted(g.units)[i]
    u = g.units[unit]
    if not u.name:
        return
    found = g.find(u.country, _respell(u.name, rnd), u.level)
    # a unit shares its name with others in some countries: then all of them are offered
    assert u in found
    assert all(f.name and f.level == u.level and f.country == u.country for f in found)


def test_the_command_line_resolves_filters_and_lists_what_is_left(
    store, data_dir, capsys, monkeypatch
):
    incidents = Incidents(store)
    idleb = incidents.add(located(country="SYR", admin1="Idleb"))
    incidents.add(located(country="SYR", admin1="Aleppo"))
    left = incidents.add(located(country="SYR", admin1="Old town", not_in_gazetteer=True))
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([*argv, "--data-dir", str(data_dir)])
        out = capsys.readouterr()
        return code, out.out, out.err

    for argv in (
        ("--country", "Syria", "--admin1", "idleb"),
        ("--admin1", "IDLEB"),
        ("--country", "SY", "--admin1", "SY07"),
    ):
        code, out, err = run("incident", "list", "--json", *argv)
        assert code == 0, err
        assert [r["id"] for r in json.loads(out)] == [idleb]
    code, out, err = run("incident", "list", "--country", "Syria", "--admin1", "Idleeb")
    assert code == 2 and "--admin1" in err and "Idleb" in err
    code, out, err = run("incident", "list", "--country", "Narnia")
    assert code == 2 and "--country" in err
    code, out, err = run("incident", "unresolved", "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [left]


def test_a_situation_of_a_region_holds_its_incidents_however_their_place_was_typed(store):
    from app.situations.service import Situations

    incidents = Incidents(store)
    spellings = ["Aleppo", "aleppo", "Halab", "\u1e28alab", "SY-HL", "SY02", "\u062d\u0644\u0628"]
    ids = {incidents.add(located(country="SYR", admin1=typed)) for typed in spellings}
    ids.add(incidents.add(located(country="SYR", admin2="Jebel Saman")))  # in Aleppo
    incidents.add(located(country="SYR", admin1="Homs"))
    left = incidents.add(located(country="SYR", admin1="Aleppo city", not_in_gazetteer=True))
    situations = Situations(store)
    for region in ("Aleppo", "halab", "SY02", "SY-HL"):
        sid = situations.add({"name": f"By {region}", "country": "Syria", "regions": [region]})
        assert situations.get(sid)["regions"] == ["Aleppo"]
        assert set(situations.incident_ids(sid)) == ids
    # a region the gazetteer lacks is refused for a situation (an incident may keep it)
    sid = situations.add({"name": "Old", "country": "SYR", "regions": ["Aleppo"]})
    with pytest.raises(BadInput) as err:
        situations.edit(sid, {"regions": ["Aleppo city"], "revision": 1})
    assert err.value.field == "regions[0]" and "Aleppo" in err.value.reason
    assert left not in situations.incident_ids(sid)


def test_the_shipped_country_names_are_what_the_tool_makes_from_cldr():
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "tools"))
    try:
        import build_country_names
    finally:
        sys.path.remove(str(root / "tools"))
    shipped = (root / "resources" / "gazetteer" / "countries.csv").read_bytes()
    assert build_country_names.build() == shipped
    assert "SYR,fr,Syrie\n" in shipped.decode() and "COD,en,DRC\n" in shipped.decode()


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["SYR", "JOR", "LSO", "COD", "UKR"]),
    st.text(min_size=1, max_size=40).filter(lambda s: s.strip()),
    st.sampled_from(["admin1", "admin2", "admin1_pcode", "admin1_code", "admin2_pcode"]),
)
def test_any_text_resolves_or_is_refused_without_being_quoted(country, typed, key):
    """Whatever is typed, the resolver gives a unit or a BadInput naming the field, and the
    message never repeats what was typed (it may be a person's name typed in the wrong box)."""
    resolver = places.Resolver()
    marked = f"zq{typed}qz"  # the typed text, made unlike any place's name
    try:
        place = resolver.place(country, {key: marked}, keep=False)
    except BadInput as err:
        assert err.field == f"location.{key}"
        assert marked not in err.reason and marked.strip() not in err.reason
    else:  # kept only as a unit of the gazetteer, never as typed
        assert place.admin1_pcode or place.admin1_code


# ---- an ISO code several units share (the crosswalk gives Myanmar's three Shan units MM-17) --
def shared_iso_units():
    g = gazetteer()
    return [u for u in g.units.values() if u.level == 1 and u.iso and g.sharing_iso(u.iso)]


def test_some_units_share_an_iso_code() -> None:
    assert len(shared_iso_units()) >= 2  # else the tests below test nothing


@pytest.mark.parametrize("unit", shared_iso_units(), ids=lambda u: u.pcode)
def test_a_unit_sharing_its_iso_code_resolves_and_reads_back_as_itself(unit) -> None:
    r = Resolver()
    for spelled in (
        {"admin1": unit.name},
        {"admin1": unit.name, "admin1_code": unit.iso.lower()},
        {"admin1_pcode": unit.pcode, "admin1_code": unit.iso},
    ):
        place = r.place(unit.country, spelled, keep=False)
        assert place.admin1_pcode == unit.pcode and place.admin1_code == unit.iso
        again = r.place(unit.country, place.columns(), keep=False)  # as a stored record
        assert again == place


@pytest.mark.parametrize("unit", shared_iso_units()[:3], ids=lambda u: u.pcode)
def test_a_shared_iso_code_alone_is_refused_naming_every_unit(unit) -> None:
    sharing = gazetteer().sharing_iso(unit.iso)
    with pytest.raises(BadInput) as err:
        Resolver().place(unit.country, {"admin1_code": unit.iso}, keep=False)
    assert err.value.field == "location.admin1_code"
    for other in sharing:
        assert other.pcode in err.value.reason
    kept = Resolver().place(unit.country, {"admin1_code": unit.iso}, keep=True)
    assert kept.admin1_code == unit.iso and kept.admin1_pcode is None  # HQ's, as given


def test_a_shared_iso_code_with_another_units_name_is_refused() -> None:
    unit = shared_iso_units()[0]
    other = next(
        u
        for u in gazetteer().units_of(unit.country, 1)
        if u.iso != unit.iso and len(gazetteer().find(unit.country, u.name, 1)) == 1
    )
    with pytest.raises(BadInput) as err:
        Resolver().place(unit.country, {"admin1_code": unit.iso, "admin1": other.name}, keep=False)
    assert err.value.field == "location.admin1_code" and other.pcode in err.value.reason


def test_another_countrys_shared_iso_code_is_refused_as_not_this_countrys() -> None:
    unit = shared_iso_units()[0]
    other = "SYR" if unit.country != "SYR" else "UKR"
    with pytest.raises(BadInput) as err:
        Resolver().place(other, {"admin1_code": unit.iso}, keep=False)
    assert err.value.field == "location.admin1_code"
    assert f"ISO 3166-2 code of {other}" in err.value.reason
