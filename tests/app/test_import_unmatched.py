"""The distinct values a check could not match, the codes chosen for them saved in a mapping
that `parse_mapping` reads back, and the next check of the same file clean; the errors as CSV
without a cell's value."""

from __future__ import annotations

import csv
import json

from app import exchange
from app.exchange.mapping import load_mapping, parse_mapping
from app.exchange.unmatched import (
    find_unmatched,
    mapping_document,
    options,
    save_errors,
    save_json,
)

SHEET = (
    "title;occurred_from;country;region;violation;perpetrator\n"
    "Shelling;2026-10-03;Syria;Alepo city;Bombardement aérien;\n"
    "Shelling again;2026-10-04;SYR;alepo  CITY;killing, bombardement aerien;\n"
    "Arrests;2026-10-05;Syrie;Homs;arbitrary_detention;Milice du quartier\n"
    "Arrests again;2026-10-06;Narnia;Nowhere;killing;\n"
)
COLUMNS = {
    "title": "title",
    "occurred_from": "occurred_from",
    "country": "location.country",
    "region": "location.admin1",
    "violation": "violation.type",
    "perpetrator": "perpetrator.category",
}


def test_unmatched_values_are_counted_once_each_and_the_choices_make_the_next_check_clean(
    store, tmp_path
):
    path = tmp_path / "reports.csv"
    path.write_text(SHEET, encoding="utf-8")
    table = exchange.read_table(path)
    mapping = parse_mapping({"name": "mine", "columns": COLUMNS})
    checked = exchange.check(store, table, mapping)
    assert checked.error_rows == 4
    found = find_unmatched(table, mapping, checked.errors)
    assert [(u.field, u.text, u.count, u.countries) for u in found] == [
        ("location.country", "Narnia", 1, []),
        ("location.admin1", "Alepo city", 2, ["SYR"]),
        ("violation.type", "Bombardement aérien", 2, []),  # "aerien" folds to the same key
        ("perpetrator.category", "Milice du quartier", 1, []),
    ]
    # a region of a row whose country is unknown cannot be listed yet: it comes next time
    assert "Nowhere" not in [u.text for u in found]
    regions = dict(options("location.admin1", ["SYR"]))
    assert regions["Aleppo"] == "SY02"
    assert ("Attaque contre des civils", "attack_on_civilians") in options(
        "violation.type", lang="fr"
    )

    chosen = {
        "location.country": {"Narnia": "SYR"},
        "location.admin1": {"Alepo city": "SY02"},
        "violation.type": {"Bombardement aérien": "attack_on_civilians"},
        "perpetrator.category": {"Milice du quartier": "pro_government_militia"},
    }
    columns = {**COLUMNS, "perpetrator": "perpetrator.category", "notes": None}
    out = tmp_path / "mine.json"
    save_json(mapping_document(mapping, columns, chosen), out)
    doc = json.loads(out.read_text("utf-8"))
    assert doc["values"]["violation.type"] == {"bombardementaerien": "attack_on_civilians"}
    again = load_mapping(str(out))
    assert again.columns == columns
    checked = exchange.check(store, exchange.read_table(path), again)
    # Narnia is now Syria: its region is the next thing to resolve, and the only one
    assert [(e.row, e.field) for e in checked.errors] == [(5, "location.admin1")]
    found = find_unmatched(table, again, checked.errors)
    assert [(u.field, u.text, u.countries) for u in found] == [
        ("location.admin1", "Nowhere", ["SYR"])
    ]
    save_json(mapping_document(again, chosen={"location.admin1": {"Nowhere": "SY04"}}), out)
    checked = exchange.check(store, exchange.read_table(path), load_mapping(str(out)))
    assert checked.errors == [] and len(checked.valid) == 4
    valid = {n: rows.incident for n, rows in checked.valid}
    assert (valid[2]["admin1"], valid[2]["admin1_pcode"]) == ("Aleppo", "SY02")
    assert valid[3]["admin1_pcode"] == "SY02"


def test_errors_are_saved_as_csv_without_a_cell_value(store, tmp_path):
    path = tmp_path / "reports.csv"
    path.write_text(
        'title,occurred_from,country,=HYPERLINK("x")\nSecret title,3rd of May,Narnia,many\n',
        encoding="utf-8",
    )
    mapping = parse_mapping(
        {
            "columns": {
                "title": "title",
                "occurred_from": "occurred_from",
                "country": "location.country",
                '=HYPERLINK("x")': "victims.killed",
            }
        }
    )
    table = exchange.read_table(path)
    checked = exchange.check(store, table, mapping)
    out = tmp_path / "errors.csv"
    save_errors(checked.errors, out)
    raw = out.read_text("utf-8-sig")
    rows = list(csv.reader(raw.splitlines()))
    assert "'=HYPERLINK" in raw  # a header a spreadsheet would run is quoted
    assert rows[0] == ["row", "sheet", "column", "field", "reason"]
    assert [r[:4] for r in rows[1:]] == [
        ["2", "", "country", "location.country"],
        ["2", "", "occurred_from", "occurred_from"],
        ["2", "", '\'=HYPERLINK("x")', "victims.killed"],
    ]
    for value in ("Secret title", "3rd of May", "Narnia", "many"):
        assert value not in raw
    out.write_text("old", encoding="utf-8")
    save_errors([], out)  # replaced whole
    assert out.read_bytes() == b"\xef\xbb\xbfrow,sheet,column,field,reason\r\n"
    assert not list(tmp_path.glob(".*.part"))


def test_a_mapping_written_back_reads_as_it_was():
    kobo = load_mapping("kobo")
    assert parse_mapping(mapping_document(kobo)) == kobo
    every = parse_mapping(
        {
            "name": "every part",
            "sheet": "Reports",
            "columns": {"Titre": "title", "Date": "occurred_from", "notes": None},
            "values": {"violation.type": {"Tirs": "killing"}, "victim.sex": {"F": "female"}},
            "defaults": {"location.country": "SYR", "violation.type": ["killing"]},
            "date_format": "%d/%m/%Y",
            "list_separator": " ",
            "title_from": "narrative",
            "labels": {"Date de l'incident": "incident_date"},
            "repeats": {"victims": {"list": "victims", "columns": {"sex": "victim.sex"}}},
        }
    )
    assert parse_mapping(json.loads(json.dumps(mapping_document(every)))) == every
