"""What leaves the internal audience, across outputs: the store's whole withheld set, the
place table, formulas in CSV cells, counts-only exports and the quarterly review."""

from __future__ import annotations

import csv
import json
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import aggregate
from app.errors import BadInput
from app.exchange import Exporter, ExportRequest
from app.incidents import Incidents
from app.redaction import PLACES, Audience
from app.situations import Situations
from tests.app.conftest import incident_doc


def person(name: str, *, protected: bool = False, consent: str = "none") -> dict:
    return {
        "name": name,
        "sex": "female",
        "age_group": "adult",
        "protected": protected,
        "consent": consent,
    }


def export_text(store, tmp_path, fmt: str, audience: str, rows: str | None = None) -> str:
    out = tmp_path / f"{audience}-{rows}.{fmt}"
    Exporter(store).write(ExportRequest.parse(format=fmt, audience=audience, rows=rows), out)
    if fmt == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(out, read_only=True)
        return "\n".join(
            str(c)
            for ws in book
            for row in ws.iter_rows(values_only=True)
            for c in row
            if c is not None
        )
    return out.read_text(encoding="utf-8-sig")


def test_a_name_withheld_in_one_record_is_withheld_in_every_other(store, tmp_path):
    """The protected victim is in record A only; record B names her in every free text."""
    add = Incidents(store).add
    add(
        incident_doc(
            title="Record A",
            confidentiality="un",
            status="submitted",
            victims=[person("Layla Darwish", protected=True)],
        )
    )
    add(
        incident_doc(
            title="Threats against LAYLA  DARWISH",
            confidentiality="un",
            status="submitted",
            narrative="Witnesses saw Darwish taken; layla\nwas later released.",
            victims=[],
            location={
                "country": "SYR",
                "admin1": "Dimashq",
                "admin2": "Darwish quarter",  # typed: not in the gazetteer
                "not_in_gazetteer": True,
                "place": "Home of Layla Darwish",
                "lat": 33.51234,
                "lon": 36.29876,
                "precision": "exact",
            },
            violations=[{"type": "abduction", "method": "Darwish was forced into a car"}],
        )
    )
    for fmt, rows in product(("csv", "hxl", "json", "xlsx"), ("incident", "act")):
        if fmt == "json" and rows == "act":
            continue
        text = export_text(store, tmp_path, fmt if fmt != "hxl" else "hxl", "un", rows)
        assert "Darwish" not in text and "Layla" not in text and "LAYLA" not in text, (fmt, rows)
        assert "Threats against […]" in text
    internal = export_text(store, tmp_path, "json", "internal")
    assert "Home of Layla Darwish" in internal and "Layla Darwish" in internal


def test_places_follow_the_audience_table_and_the_sensitive_mark(store, tmp_path):
    add = Incidents(store).add
    loc = {
        "country": "SYR",
        "admin1": "Dimashq",
        "admin2": "Mezzeh",  # a quarter of Damascus, not an admin 2 unit
        "not_in_gazetteer": True,
        "place": "Shelter 4",
        "lat": 33.51234,
        "lon": 36.29876,
        "precision": "exact",
    }
    plain = add(
        incident_doc(
            title="Plain", confidentiality="un", status="submitted", victims=[], location=loc
        )
    )
    hidden = add(
        incident_doc(
            title="Safe house",
            confidentiality="un",
            status="submitted",
            victims=[],
            location={**loc, "sensitive": True},
        )
    )
    rows = {
        r["id"]: r for r in csv.DictReader(export_text(store, tmp_path, "csv", "un").splitlines())
    }
    assert (rows[plain]["place"], rows[plain]["lat"], rows[plain]["lon"]) == (
        "Shelter 4",
        "33.51",
        "36.3",
    )  # the UN: rounded to 0.01 degree
    assert rows[plain]["location_precision"] == "near"  # what was written, not "exact"
    assert (
        rows[hidden]["place"],
        rows[hidden]["lat"],
        rows[hidden]["admin2"],
        rows[hidden]["admin1"],
    ) == ("", "", "Mezzeh", "Damascus")
    assert rows[hidden]["location_precision"] == "region"
    internal = {
        r["id"]: r
        for r in csv.DictReader(export_text(store, tmp_path, "csv", "internal").splitlines())
    }
    assert internal[hidden]["place"] == "Shelter 4" and internal[hidden]["lat"] == "33.51234"


@pytest.mark.parametrize("audience", list(PLACES))
@pytest.mark.parametrize("sensitive", [False, True])
@pytest.mark.parametrize("precision", ["exact", "near", "region"])
def test_the_precision_written_describes_what_was_written(audience, sensitive, precision):
    loc = Audience(audience).location(
        {
            "country": "SYR",
            "admin1": "Dimashq",
            "admin2": "Mezzeh",
            "place": "Shelter",
            "lat": 33.51234,
            "lon": 36.29876,
            "precision": precision,
            "sensitive": sensitive,
        }
    )
    if audience == "internal":
        assert loc["precision"] == precision and loc["place"] == "Shelter"
        return
    coords, place_ok, admin2_ok, _admin1_ok = PLACES[audience]
    if loc["lat"] is not None:
        assert coords == "rounded" and loc["lat"] == 33.51
        assert loc["precision"] in ("near", "region") and loc["precision"] != "exact"
    if loc["place"] is None:
        assert loc["lat"] is None and loc["precision"] == "region"
    if sensitive or precision == "region":
        assert loc["place"] is None and loc["lat"] is None
    assert bool(loc["place"]) <= place_ok and bool(loc["admin2"]) <= admin2_ok


def test_csv_and_hxl_cells_never_run_as_formulas(store, tmp_path):
    Incidents(store).add(
        incident_doc(
            title='=HYPERLINK("http://x","y")',
            confidentiality="un",
            status="submitted",
            narrative="+cmd|' /C calc'!A0",
            victims=[],
            violations=[{"type": "killing", "method": "@SUM(1+1)", "victims_count": 1}],
            location={
                "country": "SYR",
                "admin1": "Dimashq",
                "place": "-2+3",
                "lat": -12.5,
                "lon": 36.0,
                "precision": "near",
            },
        )
    )
    Incidents(store).add(
        incident_doc(title="'=already quoted", confidentiality="un", status="submitted", victims=[])
    )
    for fmt, rows in (("csv", "incident"), ("hxl", "act"), ("csv", "act")):
        text = export_text(store, tmp_path, fmt, "internal", rows)
        cells = [c for row in csv.reader(text.splitlines()) for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")], fmt
        assert not [c for c in cells if c[:1] == "-" and not _number(c)], fmt
        assert "'=HYPERLINK" in text and "-12.5" in text  # numbers stay numbers
        if rows == "incident":  # a text that begins with a quote keeps it through import
            assert "''=already quoted" in text


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# ---- counts only -------------------------------------------------------------------------
cell_counts = st.dictionaries(
    st.tuples(
        st.sampled_from(["2026-10-05", "2026-10-12", "2026-10-19"]),
        st.sampled_from(["SYR|A", "SYR|B", "SYR|C"]),
        st.sampled_from(["killing", "torture", "abduction"]),
    ),
    st.integers(1, 12),
    min_size=1,
    max_size=27,
)


@settings(max_examples=300, deadline=None)
@given(cell_counts, st.integers(3, 6))
def test_no_hidden_count_can_be_worked_out_from_any_line(counts, threshold):
    hidden = aggregate.suppress(counts, threshold)
    assert all(k in hidden for k, n in counts.items() if n < threshold)
    lines: dict = {}
    for key in counts:
        week, region, kind = key
        for line in (("r", region, kind), ("w", week, kind), ("t", week, region)):
            lines.setdefault(line, []).append(key)
    for cells in lines.values():
        secret = [k for k in cells if k in hidden]
        shown_others = [k for k in cells if k not in hidden]
        # exactly one hidden cell beside shown ones: its value would follow from the total
        assert len(secret) != 1 or not shown_others, (cells, hidden)


def test_partners_and_public_never_get_rows(store, tmp_path):
    Incidents(store).add(
        incident_doc(
            confidentiality="public",
            status="submitted",
            victims=[person("Nour Saleh", consent="public")],
        )
    )
    for audience, rows in product(("partners", "public"), ("incident", "act")):
        with pytest.raises(BadInput) as err:
            ExportRequest.parse(format="csv", audience=audience, rows=rows)
        assert err.value.field == "rows"
    with pytest.raises(BadInput):
        list(Exporter(store).documents(ExportRequest("json", "partners", "incident")))
    data = json.loads(export_text(store, tmp_path, "json", "partners"))
    assert data["format"] == "upfront-aggregate/1" and "Nour" not in json.dumps(data)


# ---- the quarterly review ----------------------------------------------------------------
def test_the_review_for_the_un_is_scrubbed_and_partners_get_none(store):
    Incidents(store).add(
        incident_doc(
            confidentiality="internal",
            status="submitted",
            victims=[person("Omar Khalil", protected=True)],
        )
    )
    situations = Situations(store)
    sid = situations.add({"name": "Khalil family threats", "country": "SYR"})
    situations.save_strategy(
        sid,
        {
            "actions": [
                {
                    "title": "Relocate Omar Khalil's family",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "due": "2026-10-01",
                    "owner": "Omar's cousin",
                }
            ]
        },
    )
    internal = json.dumps(situations.review("2026Q4"), ensure_ascii=False)
    assert "Omar Khalil" in internal
    un = json.dumps(situations.review("2026Q4", audience="un"), ensure_ascii=False)
    assert "Khalil" not in un and "Omar" not in un and "[…]" in un
    for audience in ("partners", "public"):
        with pytest.raises(BadInput) as err:
            situations.review("2026Q4", audience=audience)
        assert err.value.field == "audience"


def test_a_typed_region_naming_someone_is_scrubbed_in_counts(store, tmp_path):
    """A region that matched no ISO 3166-2 code is kept as typed: free text, so scrubbed; one
    that matched is the standard's own name."""
    add = Incidents(store).add
    add(
        incident_doc(
            confidentiality="internal",
            status="submitted",
            victims=[person("Huda Mansour", protected=True)],
        )
    )
    for admin1 in ("Mansour family farm", "Dimashq"):
        add(
            incident_doc(
                confidentiality="public",
                status="submitted",
                victims=[],
                location={"country": "SYR", "admin1": admin1, "not_in_gazetteer": True},
            )
        )
    rows = list(csv.DictReader(export_text(store, tmp_path, "csv", "partners").splitlines()))
    regions = {(r["admin1"], r["admin1_code"]) for r in rows}
    assert ("[…] family farm", "") in regions and ("Damascus", "SY-DI") in regions
    assert "Mansour" not in export_text(store, tmp_path, "json", "public")
