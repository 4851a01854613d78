"""The gazetteer of administrative units (OCHA's P-code list, shipped offline) and its build:
P-codes known by membership, names found however they are typed, hostile sources refused."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.gazetteer import ARTICLES, fold, gazetteer, read

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_gazetteer as build  # noqa: E402

HEADER = "Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n"


def test_the_shipped_list_holds_every_country_and_unit_of_the_source():
    g = gazetteer()
    assert len(g.units) == 32_767 and len(g.countries()) == 156
    assert {u.level for u in g.units.values()} == {1, 2}
    for u in g.units.values():  # every parent is there: a country, or an admin 1 unit
        if u.level == 2:
            assert g.units[u.parent].level == 1 and g.units[u.parent].country == u.country
        else:
            assert u.parent == u.country


def test_a_pcode_is_valid_by_membership_not_by_its_pattern():
    g = gazetteer()
    assert g.unit("LSA").name == "Maseru"  # Lesotho's P-codes are letters
    assert g.unit("lsa") == g.unit("LSA")
    assert g.unit("LSZ") is None  # the same pattern, not in the list
    assert g.unit("SY99") is None and g.unit("SY02").name == "Aleppo"


@pytest.mark.parametrize(
    ("typed", "pcode"),
    [
        ("Aleppo", "SY02"),
        ("aleppo", "SY02"),
        ("ALEPPO ", "SY02"),
        ("rural_damascus", "SY03"),
        ("Rural-Damascus", "SY03"),
        ("Al-Hasakeh", "SY08"),
        ("hasakeh", "SY08"),
        ("al_hasakeh", "SY08"),
        ("Raqqa", "SY11"),
        ("ar raqqa", "SY11"),
        ("Dar'a", "SY12"),
        ("Dar\u2019a", "SY12"),
        ("dara", "SY12"),
        ("Deir-ez-Zor", "SY09"),
        ("deir ez zor", "SY09"),
        ("SY04", "SY04"),
        ("sy04", "SY04"),
    ],
)
def test_a_syrian_governorate_is_found_however_it_is_typed(typed, pcode):
    assert [u.pcode for u in gazetteer().find("SYR", typed)] == [pcode]


def test_names_of_other_countries_and_levels_are_found_with_their_accents_or_without():
    g = gazetteer()
    for country, name in (("LSO", "butha buthe"), ("SYR", "homs"), ("AFG", "maidan wardak")):
        assert len(g.find(country, name)) == 1
    assert g.find("SYR", "LSA") == []  # a P-code of another country
    assert g.find("SYR", "SY0200", level=1) == []  # an admin 2 P-code asked as admin 1
    assert [u.pcode for u in g.find("SYR", "jebel_saman", level=2)] == ["SY0200"]
    assert [u.pcode for u in g.find("SYR", "SY0200", level=2)] == ["SY0200"]


def test_what_names_nothing_gets_the_closest_names_to_offer():
    g = gazetteer()
    assert g.find("SYR", "Idlibb") == []
    assert g.closest("SYR", "Idlibb")[0] == "Idleb"  # found through its alias Idlib
    assert g.closest("SYR", "Deraah")[0] == "Dar'a"
    assert [u.pcode for u in g.find("SYR", "Idlib")] == ["SY07"]  # aliases
    assert [u.pcode for u in g.find("SYR", "Deraa")] == ["SY12"]
    assert [u.pcode for u in g.find("SYR", "ريف دمشق")] == ["SY03"]
    assert [u.pcode for u in g.find("SYR", "Ḩalab")] == ["SY02"]  # ISO's name, by the crosswalk
    assert g.closest("SYR", "zzzzzz") == []


@given(st.text(max_size=40))
def test_folding_is_stable_and_ignores_case_and_separators(text):
    once = fold(text)
    assert fold(once) == once or once.split()[0] in ARTICLES  # "al ar x": one article a time
    assert fold(text.upper()) == fold(text.lower()) or not text.isascii()
    assert fold(text.replace(" ", "_")) == fold(text.replace(" ", "-"))


def _source(body: str) -> bytes:
    return (HEADER + body).encode()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("SYR,3,SY01,Damascus,SYR,2020-12-17\n", "Admin Level is not 1 or 2"),
        ("syr,1,SY01,Damascus,SYR,2020-12-17\n", "not an ISO 3166-1 alpha-3"),
        ("SYR,1,SY 01,Damascus,SYR,2020-12-17\n", "P-Code is not a code"),
        ("SYR,1,SY01,Dam\x1bascus,SYR,2020-12-17\n", "control character"),
        ("SYR,1,SY01,A,SYR,x\nSYR,1,SY01,B,SYR,x\n", "given twice"),
        ("SYR,1,SY01,A,LBN,x\n", "parent is not its country"),
        ("SYR,2,SY0101,A,SY99,x\n", "parent is not an admin 1 unit"),
        ("SYR,1,SY01,A,SYR\n", "columns"),
    ],
)
def test_a_hostile_or_broken_source_is_refused_naming_the_line_and_reason(tmp_path, body, reason):
    with pytest.raises(build.BadSource) as err:
        build.build(_source(body))
    assert reason in str(err.value)


def test_a_build_gives_the_same_bytes_and_reads_back(tmp_path):
    body = 'SYR,1,SY02,Aleppo,SYR,2020-12-17\nSYR,2,SY0200,"Jebel, Saman",SY02,2020-12-17\n'
    one, two = build.build(_source(body)), build.build(_source(body))
    assert one == two and gzip.decompress(one).startswith(b"country,level,pcode,")
    g = read(one)
    assert g.find("SYR", "jebel saman", level=2)[0].pcode == "SY0200"


def test_the_build_refuses_another_list_with_exit_2(tmp_path):
    other = tmp_path / "other.csv"
    other.write_text(HEADER + "SYR,1,SY01,Damascus,SYR,2020-12-17\n")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), "--source", str(other)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "SHA-256" in done.stderr
    missing = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), "--source", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2 and missing.stderr.startswith("source:")
