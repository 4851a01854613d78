"""`upfront form xlsform` (app.exchange.xlsform): the XLSForm converts with pyxform (its ODK
Validate step needs Java and is skipped; the conversion's own checks run), lists every code of
every vocabulary with a label in the six languages, lists places by the gazetteer's keys, and
its mapping names only fields the import knows."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pyxform.xls2xform import convert

from app.cli import main
from app.errors import BadInput
from app.exchange import xlsform
from app.exchange.mapping import FIELDS, match_columns, parse_mapping
from app.exchange.rows import RowReader
from app.gazetteer import gazetteer
from app.schema.incident import Validator
from app.vocab import LANGS, normalize, vocabularies

LABEL_COLUMNS = [f"label::{xlsform.LANGUAGES[lang]}" for lang in LANGS]
KINDS = {  # the form's select_one lists of vocabularies
    "date_precision": "date-precision",
    "location_precision": "location-precision",
    "violation": "violation",
    "victim_kind": "victim-kind",
    "sex": "sex",
    "age_group": "age-group",
    "consent": "consent",
    "perpetrator": "perpetrator",
    "source_type": "source-type",
    "source_connection": "source-connection",
    "reliability": "reliability",
    "confidentiality": "confidentiality",
    "status": "status",
    "verification": "verification",
    "credibility": "credibility",
}
CHILD_FIELDS = {f for fields in xlsform.CHILD_FIELDS.values() for f in fields}


@pytest.fixture(scope="module")
def forms() -> dict[str, xlsform.Form]:
    return {
        "SYR": xlsform.build(["SYR"]),
        "SYR JOR LSO": xlsform.build(["SYR", "JOR", "LSO"]),
        "": xlsform.build(),
    }


def _sheets(data: bytes) -> dict[str, list[dict[str, str]]]:
    """The workbook's sheets as rows of {header: cell}, read back by openpyxl."""
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = {}
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        header = [str(h) for h in rows[0]]
        out[ws.title] = [
            {h: str(v) for h, v in zip(header, row, strict=True) if v is not None}
            for row in rows[1:]
        ]
    wb.close()
    return out


@pytest.mark.parametrize("countries", ["SYR", "SYR JOR LSO", ""])
def test_pyxform_converts_the_form(forms, countries):
    data = xlsform.workbook_bytes(forms[countries])
    warnings: list[str] = []
    xml = convert(data, warnings=warnings, file_type=".xlsx").xform
    assert warnings == []
    for name in xlsform.LANGUAGES.values():
        assert f'lang="{name}"' in xml
    assert "upfront_incident" in xml
    if countries:
        assert "admin1.csv" not in xml
    else:  # the units are in the files beside the form
        assert "jr://file-csv/admin1.csv" in xml and "jr://file-csv/admin2.csv" in xml


def test_the_workbook_reads_back_as_the_form(forms):
    form = forms["SYR JOR LSO"]
    sheets = _sheets(xlsform.workbook_bytes(form))
    assert sheets["survey"] == [{k: v for k, v in r.items() if v} for r in form.survey]
    assert sheets["choices"] == form.choices
    assert sheets["settings"] == [form.settings]
    assert form.settings["default_language"] == "English (en)"


def test_same_input_same_bytes(forms):
    again = xlsform.build(["LSO", "JOR", "SYR", "SYR"])  # order and repeats do not matter
    assert xlsform.workbook_bytes(again) == xlsform.workbook_bytes(forms["SYR JOR LSO"])
    assert again.mapping == forms["SYR JOR LSO"].mapping
    with zipfile.ZipFile(io.BytesIO(xlsform.workbook_bytes(again))) as z:
        assert {i.date_time for i in z.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        assert xlsform.FIXED_TIME.encode() in z.read("docProps/core.xml")
    other = xlsform.build(["SYR"]).settings
    assert other["version"] != again.settings["version"]  # another form, another version


def test_every_vocabulary_code_is_a_choice_labelled_in_six_languages(forms):
    vocab = vocabularies()
    for form in forms.values():
        lists: dict[str, set[str]] = {}
        for row in form.choices:
            lists.setdefault(row["list_name"], set()).add(row["name"])
            assert all(row.get(c) for c in LABEL_COLUMNS), row["name"]
        for list_name, kind in KINDS.items():
            assert lists[list_name] == {t.code for t in vocab.terms(kind)}, kind
        assert lists["yes_no"] == {"yes", "no"}
    assert len({r["name"] for r in forms[""].choices if r["list_name"] == "country"}) == len(
        vocab.terms("country")
    )


def test_every_question_has_six_labels_and_distinct_ones(forms):
    survey = forms[""].survey
    questions = [r for r in survey if r["name"] and r["type"] not in ("start", "end")]
    for row in questions:
        assert all(row.get(c) for c in LABEL_COLUMNS), row["name"]
        for column in ("hint", "constraint_message"):
            given = [k for k in row if k.startswith(column + "::")]
            assert len(given) in (0, 6), (row["name"], column)
    answers = [r for r in questions if not r["type"].startswith("begin_")]
    named: dict[str, set[str]] = {}  # a label as a column's header names one question
    for row in answers:
        for column in LABEL_COLUMNS:
            named.setdefault(normalize(row[column]), set()).add(row["name"])
    assert {text: names for text, names in named.items() if len(names) > 1} == {}


def test_the_admin_2_choices_of_syria_are_its_p_codes_filtered_by_admin_1(forms):
    g = gazetteer()
    choices = forms["SYR"].choices
    admin1 = {r["name"] for r in choices if r["list_name"] == "admin1"}
    admin2 = [r for r in choices if r["list_name"] == "admin2"]
    assert admin1 == {u.pcode for u in g.units_of("SYR", 1)}
    assert {r["name"] for r in admin2} == {u.pcode for u in g.units_of("SYR", 2)}
    for row in admin2:
        unit = g.unit(row["name"])
        assert unit is not None and (unit.country, unit.level) == ("SYR", 2)
        assert row["admin1"] == unit.parent and row["admin1"] in admin1
        assert row[LABEL_COLUMNS[0]] == unit.name
    survey = {r["name"]: r for r in forms["SYR"].survey}
    assert survey["admin1"]["choice_filter"] == "country=${country}"
    assert survey["admin2"]["choice_filter"] == "admin1=${admin1}"
    assert survey["country"]["default"] == "SYR"


def test_a_country_without_p_codes_has_iso_codes_and_free_text_districts(forms):
    g = gazetteer()
    choices = forms["SYR JOR LSO"].choices
    jordan = [r for r in choices if r["list_name"] == "admin1" and r["country"] == "JOR"]
    assert {r["name"] for r in jordan} == {u.iso for u in g.units_of("JOR", 1)}
    assert all(r["name"].startswith("JO-") for r in jordan)
    lesotho = {r["name"] for r in choices if r["list_name"] == "admin1" and r["country"] == "LSO"}
    assert lesotho == {u.pcode for u in g.units_of("LSO", 1)}  # letters: LSA, LSB, ...
    parents = {r["admin1"] for r in choices if r["list_name"] == "admin2"}
    assert not parents & {r["name"] for r in jordan}
    survey = {r["name"]: r for r in forms["SYR JOR LSO"].survey}
    assert "not(selected('JOR', ${country}))" in survey["admin2"]["relevant"]
    assert survey["admin2_text"]["relevant"] == "${not_in_gazetteer} = 'yes'"
    # a form of Jordan alone has no district list at all (pyxform refuses an empty one)
    assert "admin2" not in {r["name"] for r in xlsform.build(["JOR"]).survey}


def test_the_validator_takes_the_choice_names_as_the_mapping_gives_them():
    v = Validator(vocabularies())
    syr = v.location({"country": "SYR", "admin1": "SY02", "admin2": "SY0200"})
    assert (syr["admin1_pcode"], syr["admin2_pcode"]) == ("SY02", "SY0200")
    jor = v.location({"country": "JOR", "admin1": "JO-AM"})
    assert jor["admin1_code"] == "JO-AM"
    # a district typed for a country without districts in the gazetteer is kept as typed
    # only with the form's not_in_gazetteer answer (the import must carry it)
    typed = {"country": "JOR", "admin1": "JO-AM", "admin2": "Marka"}
    with pytest.raises(BadInput, match="not_in_gazetteer"):
        v.location(typed)
    kept = v.location({**typed, "not_in_gazetteer": True})
    assert (kept["admin1_code"], kept["admin2"]) == ("JO-AM", "Marka")


def test_without_countries_the_units_go_to_files(forms):
    g = gazetteer()
    form = forms[""]
    survey = {r["name"]: r for r in form.survey}
    assert survey["admin1"]["type"] == "select_one_from_file admin1.csv"
    assert survey["admin2"]["type"] == "select_one_from_file admin2.csv"
    assert not [r for r in form.choices if r["list_name"] in ("admin1", "admin2")]
    admin1 = list(csv.DictReader(io.StringIO(form.files["admin1.csv"])))
    admin2 = list(csv.DictReader(io.StringIO(form.files["admin2.csv"])))
    assert list(admin1[0]) == ["name", "label", "country"]
    assert list(admin2[0]) == ["name", "label", "admin1"]
    names1 = {r["name"] for r in admin1}
    assert len(names1) == len(admin1) and {"SY02", "JO-AM", "LSA"} <= names1
    assert len(admin2) == sum(1 for u in g.units.values() if u.level == 2 and u.pcode)
    assert all(r["admin1"] in names1 for r in admin2)


def test_the_mapping_names_only_fields_the_import_knows(forms):
    for form in forms.values():
        m = form.mapping
        assert set(m) == {
            "name",
            "description",
            "date_format",
            "columns",
            "values",
            "repeats",
            "labels",
        }
        assert {t for t in m["columns"].values() if t is not None} <= set(FIELDS)
        assert set(m["values"]) <= set(FIELDS) | CHILD_FIELDS
        assert set(m["repeats"]) == {"violations", "victims", "perpetrators", "sources"}
        for name, group in m["repeats"].items():
            assert group["list"] == name
            targets = {t for t in group["columns"].values() if t is not None}
            assert targets == set(xlsform.CHILD_FIELDS[name])
        # an answer lands nowhere only where the import has no field for it yet
        dropped = {
            c for c, t in m["columns"].items() if t is None and c not in xlsform.META_COLUMNS
        }
        assert dropped <= {
            "location/not_in_gazetteer",
            "location/sensitive",
            "location/_gps_altitude",
            "location/_gps_precision",
        }
        # today's importer reads the incident-level part as it is
        main = {k: v for k, v in m.items() if k not in ("repeats", "labels")}
        main["values"] = {f: t for f, t in m["values"].items() if f in FIELDS}
        parsed = parse_mapping(main)
        assert parsed.columns["location/admin1"] == "location.admin1"


def test_every_answer_has_a_column_and_a_label(forms):
    form = forms["SYR JOR LSO"]
    m = form.mapping
    columns = set(m["columns"])
    for group in m["repeats"].values():
        columns |= set(group["columns"])
    section = ""
    for row in form.survey:
        if row["type"].startswith("begin_"):
            section = row["name"]
            continue
        if not row["name"] or row["type"] in ("start", "end"):
            continue
        assert f"{section}/{row['name']}" in columns, row["name"]
        for column in LABEL_COLUMNS:
            assert m["labels"][row[column]] == row["name"]
    assert m["labels"]["_GPS point_latitude"] == "_gps_latitude"


def test_values_take_every_label_in_every_language_to_its_code(forms):
    vocab = vocabularies()
    m = forms["SYR"].mapping
    for fld, kind in (("violation.type", "violation"), ("source.connection", "source-connection")):
        table = {normalize(k): v for k, v in m["values"][fld].items()}
        for term in vocab.terms(kind):
            assert table[normalize(term.code)] == term.code
            for lang in LANGS:
                assert table[normalize(term.label(lang))] == term.code, (fld, lang)
    assert m["values"]["victim.protected"]["Oui"] == "yes"
    syria = vocab.term("country", "SYR")
    assert syria is not None
    assert m["values"]["location.country"][syria.label("fr")] == "SYR"
    assert m["values"]["location.admin1"]["Aleppo"] == "SY02"
    assert m["values"]["location.admin2"]["Jebel Saman"] == "SY0200"
    assert "location.admin1" not in forms[""].mapping["values"]  # thousands: the resolver's
    assert len(json.dumps(forms[""].mapping).encode()) < 1024 * 1024  # what a mapping may be


def test_a_label_two_choices_share_maps_to_neither():
    a = xlsform.Choice("admin2", "X01", dict.fromkeys(LANGS, "Centre"))
    b = xlsform.Choice("admin2", "X02", dict.fromkeys(LANGS, "Centre"))
    c = xlsform.Choice("admin2", "X03", dict.fromkeys(LANGS, "North"))
    assert xlsform._values([a, b, c]) == {"North": "X03", "X01": "X01", "X02": "X02", "X03": "X03"}


# ---- the command ----------------------------------------------------------------------------
def _run(capsys, tmp_path: Path, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["form", "xlsform", *argv, "--data-dir", str(tmp_path / "data")])
    return code, capsys.readouterr().err


def test_the_command_writes_the_form_and_its_mapping(tmp_path, capsys):
    out = tmp_path / "syria.xlsx"
    code, err = _run(capsys, tmp_path, "--country", "Syria", "Lesotho", "--out", str(out))
    assert code == 0, err
    assert "syria.mapping.json" in err
    form = xlsform.build(["SYR", "LSO"])
    assert out.read_bytes() == xlsform.workbook_bytes(form)
    assert json.loads((tmp_path / "syria.mapping.json").read_text("utf-8")) == form.mapping
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob(".*.part"))


def test_the_command_refuses_to_replace_unless_asked(tmp_path, capsys):
    out = tmp_path / "form.xlsx"
    (tmp_path / "form.mapping.json").write_text("mine")
    code, err = _run(capsys, tmp_path, "--country", "SYR", "--out", str(out))
    assert code == 2 and "--out: exists; pass --replace" in err
    assert not out.exists() and (tmp_path / "form.mapping.json").read_text() == "mine"
    code, err = _run(capsys, tmp_path, "--country", "SYR", "--out", str(out), "--force")
    assert code == 0, err
    assert (tmp_path / "form.mapping.json").read_text() != "mine"


def test_without_countries_the_command_writes_the_choice_files(tmp_path, capsys):
    out = tmp_path / "all.xlsx"
    code, err = _run(capsys, tmp_path, "--out", str(out))
    assert code == 0, err
    assert "admin1.csv and admin2.csv" in err
    assert {p.name for p in tmp_path.iterdir() if p.is_file()} == {
        "all.xlsx",
        "all.mapping.json",
        "admin1.csv",
        "admin2.csv",
    }
    assert (tmp_path / "admin2.csv").read_text("utf-8").startswith("name,label,admin1\n")


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--country", "Narnia"], "--country: unknown country"),
        (["--country", "Syira"], "closest: Syria (SYR)"),
        ([], "--out: must name an .xlsx file"),
    ],
)
def test_bad_input_exits_2_naming_the_option(tmp_path, capsys, argv, says):
    out = tmp_path / ("form.xlsx" if argv else "form.csv")
    code, err = _run(capsys, tmp_path, *argv, "--out", str(out))
    assert code == 2 and says in err
    assert not list(tmp_path.glob("form*"))


def test_a_submission_exported_with_french_labels_reads_back_today(forms):
    """The main sheet of Kobo's XLSX export, labels in French and groups in the headers,
    read by today's importer with the incident-level part of the mapping."""
    form = forms["SYR"]
    vocab = vocabularies()
    fr = f"label::{xlsform.LANGUAGES['fr']}"

    def label(list_name: str, name: str) -> str:
        return next(r[fr] for r in form.choices if (r["list_name"], r["name"]) == (list_name, name))

    submission = {
        "start": "2026-10-04T09:00:00.000+03:00",
        "incident/title": "Bombardement du marché",
        "incident/occurred_from": "2026-10-03",
        "incident/date_precision": label("date_precision", "day"),
        "incident/narrative": "Des témoins décrivent des tirs.",
        "location/country": label("country", "SYR"),
        "location/not_in_gazetteer": label("yes_no", "no"),
        "location/admin1": label("admin1", "SY02"),
        "location/admin2": label("admin2", "SY0200"),
        "location/gps": "36.2 37.15 0 5",
        "location/_gps_latitude": "36.2",
        "location/_gps_longitude": "37.15",
        "location/location_precision": label("location_precision", "near"),
        "assessment/confidentiality": label("confidentiality", "un"),
        "assessment/status": label("status", "draft"),
        "assessment/verification_status": label("verification", "pending"),
        "assessment/credibility": label("credibility", "probably_true"),
        "_uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "_index": "1",
    }
    m = form.mapping
    main = {k: v for k, v in m.items() if k not in ("repeats", "labels")}
    main["values"] = {f: t for f, t in m["values"].items() if f in FIELDS}
    mapping = parse_mapping(main)
    headers = list(submission)
    plan, unmapped = match_columns(headers, mapping)
    assert unmapped == []
    doc, _where, errors, _bad = RowReader(mapping, plan, vocab).document(
        2, list(submission.values())
    )
    assert errors == []
    rows = Validator(vocab).rows(doc)
    got = rows.incident
    assert got["id"] == "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert (got["country"], got["admin1_pcode"], got["admin2_pcode"]) == ("SYR", "SY02", "SY0200")
    assert (got["lat"], got["lon"], got["location_precision"]) == (36.2, 37.15, "near")
    assert (got["confidentiality"], got["status"]) == ("un", "draft")
    assert (got["verification_status"], got["information_credibility"]) == (
        "pending",
        "probably_true",
    )
    assert got["date_precision"] == "day"


def test_a_mapping_past_what_the_import_reads_drops_the_unit_names(monkeypatch):
    monkeypatch.setattr(xlsform, "MAPPING_BYTES", 10_000)
    values = xlsform.build(["SYR"]).mapping["values"]
    assert "location.admin1" not in values and "location.admin2" not in values
    assert "violation.type" in values
