"""The whole KoboToolbox workflow of issue 16: `upfront form xlsform` builds the form and its
mapping; submissions collected with it are exported as Kobo's default exports do (XLSX with
one sheet per repeat group joined by _index/_parent_index; CSV with labels in a language, `;`,
the HXL row); `upfront import` takes them with the generated mapping: every row valid, every
place coded, nothing to map by hand.

The exports are written here from the form itself (its survey's groups, repeats, names and
labels), as Kobo writes them, so a change to the form is exercised too."""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.exchange import xlsform
from app.gazetteer import gazetteer
from app.incidents import Incidents
from tests.app.conftest import PASSPHRASE

COUNTRIES = ("SYR", "COD", "JOR")
LABEL = {lang: f"label::{name}" for lang, name in xlsform.LANGUAGES.items()}


def survey_paths(form: xlsform.Form) -> tuple[dict[str, str], dict[str, str | None]]:
    """Each question's header as Kobo exports it (its groups' names and its own, joined by
    "/") and the repeat group it belongs to (None: the submission itself)."""
    paths: dict[str, str] = {}
    repeat_of: dict[str, str | None] = {}
    stack: list[tuple[str, str]] = []
    for row in form.survey:
        kind, name = row.get("type", ""), row.get("name", "")
        if kind in ("begin_group", "begin_repeat"):
            stack.append((kind, name))
        elif kind in ("end_group", "end_repeat"):
            stack.pop()
        elif name:
            paths[name] = "/".join([*(n for _k, n in stack), name])
            repeat_of[name] = next((n for k, n in reversed(stack) if k == "begin_repeat"), None)
    return paths, repeat_of


def choice_label(form: xlsform.Form, list_name: str, name: str, lang: str) -> str:
    return next(
        r[LABEL[lang]] for r in form.choices if (r["list_name"], r["name"]) == (list_name, name)
    )


def submissions(rng: random.Random, n: int) -> list[tuple[dict[str, str], dict[str, list]]]:
    """Answers as a phone sends them (choice names), with their repeats."""
    places = gazetteer()
    out = []
    for i in range(n):
        country = COUNTRIES[i % len(COUNTRIES)]
        first = rng.choice(places.units_of(country, 1))
        seconds = [u for u in places.units_of(country, 2) if u.parent == first.key]
        answers = {
            "title": f"Incident {i}",
            "occurred_from": f"2026-{1 + i % 9:02d}-{1 + i:02d}",  # none alike: no duplicates
            "date_precision": "day",
            "narrative": f"What witnesses told, case {i}.",
            "country": country,
            "not_in_gazetteer": "no",
            "admin1": first.key,
            "admin2": rng.choice(seconds).key if seconds else "",
            "place": f"Village {i}",
            "gps": "33.51 36.29 0 5",
            "_gps_latitude": "33.51",
            "_gps_longitude": "36.29",
            "location_precision": "near",
            "sensitive": rng.choice(["yes", "no"]),
            "confidentiality": "un",
            "status": "submitted",
            "verification_status": "reasonable_grounds",
            "credibility": "probably_true",
            "_uuid": f"0f8fad5b-d9cb-469f-a165-{i:012d}",
        }
        repeats = {
            "violations": [
                {"violation_type": "killing", "victims_count": "2", "violation_date": ""},
                {
                    "violation_type": "arbitrary_detention",
                    "victims_count": "",
                    "violation_date": "",
                },
            ][: 1 + i % 2],
            "victims": [
                {
                    "victim_kind": "individual",
                    "victim_name": f"Person {i}",
                    "victim_sex": "female",
                    "victim_age_group": "adult",
                    "victim_protected": "yes",
                    "victim_consent": "un",
                    "victim_consent_date": "2026-10-01",
                }
            ],
            "perpetrators": [{"perpetrator_category": "state_armed_forces"}],
            "sources": [
                {
                    "source_type": "individual",
                    "source_connection": "direct_witness",
                    "source_reliability": "likely_reliable",
                    "source_protected": "yes",
                }
            ],
        }
        out.append((answers, repeats))
    return out


def xlsx_export(form: xlsform.Form, subs, path: Path) -> None:
    """Kobo's default XLSX export: XML names with group paths as headers, the submissions on
    the first sheet with _index, one sheet per repeat with _parent_index."""
    paths, repeat_of = survey_paths(form)
    book = openpyxl.Workbook()
    main_sheet = book.active
    main_sheet.title = form.settings["form_title"][:31]
    main_names = [n for n, r in repeat_of.items() if r is None and n not in ("start", "end")]
    extra = ["_gps_latitude", "_gps_longitude"]
    header = [paths[n] for n in main_names] + ["location/" + e for e in extra]
    main_sheet.append([*header, "_uuid", "_index"])
    sheets = {}
    for repeat in ("violations", "victims", "perpetrators", "sources"):
        names = [n for n, r in repeat_of.items() if r == repeat]
        sheet = book.create_sheet(repeat[:31])
        sheet.append([*(paths[n] for n in names), "_index", "_parent_table_name", "_parent_index"])
        sheets[repeat] = (sheet, names)
    counter = 0
    for index, (answers, repeats) in enumerate(subs, start=1):
        main_sheet.append(
            [answers.get(n, "") for n in main_names]
            + [answers[e] for e in extra]
            + [answers["_uuid"], index]
        )
        for repeat, rows in repeats.items():
            sheet, names = sheets[repeat]
            for row in rows:
                counter += 1
                sheet.append([row.get(n, "") for n in names] + [counter, "main", index])
    book.save(path)


def csv_export(form: xlsform.Form, subs, path: Path, lang: str) -> None:
    """Kobo's CSV export: labels in `lang` as headers and as answers, `;` between cells, the
    HXL row under the header; repeat groups are not in a CSV."""
    paths, repeat_of = survey_paths(form)
    questions = {r["name"]: r for r in form.survey if r.get("name")}
    names = [n for n, r in repeat_of.items() if r is None and n not in ("start", "end", "gps")]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow([questions[n][LABEL[lang]] for n in names] + ["_uuid"])
    writer.writerow([f"#meta+{n.replace('_', '')}" for n in names] + ["#meta+id"])
    for answers, _repeats in subs:
        cells = []
        for n in names:
            value = answers.get(n, "")
            kind, _sp, list_name = questions[n]["type"].partition(" ")
            if kind == "select_one" and value:
                value = choice_label(form, list_name, value, lang)
            cells.append(value)
        writer.writerow([*cells, answers["_uuid"]])
    path.write_text(buf.getvalue(), encoding="utf-8-sig")


@pytest.fixture
def made(tmp_path, capsys, data_dir, store):
    """`upfront form xlsform` for three countries (one without P-codes), and a store."""
    store.close()
    out = tmp_path / "form.xlsx"
    assert main(["form", "xlsform", "--country", *COUNTRIES, "--out", str(out)]) == 0
    capsys.readouterr()
    form = xlsform.build(list(COUNTRIES))
    assert out.read_bytes() == xlsform.workbook_bytes(form)  # the command wrote this form
    return form, out, tmp_path / "form.mapping.json"


def run_import(data_dir: Path, source: Path, mapping: Path, capsys, monkeypatch) -> dict:
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = main(
        [
            "import",
            str(source),
            "--mapping",
            str(mapping),
            "--yes",
            "--json",
            "--data-dir",
            str(data_dir),
        ]
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_the_xlsx_export_of_the_generated_form_imports_whole(
    made, data_dir, tmp_path, capsys, monkeypatch
):
    form, _out, mapping = made
    subs = submissions(random.Random(16), 24)
    source = tmp_path / "export.xlsx"
    xlsx_export(form, subs, source)
    report = run_import(data_dir, source, mapping, capsys, monkeypatch)
    assert report["errors"] == [], report["errors"]
    from app.store import Store

    with Store.open(data_dir, PASSPHRASE) as store:
        docs = {d["id"]: d for d in Incidents(store).documents([a["_uuid"] for a, _ in subs])}
    assert len(docs) == len(subs)
    places = gazetteer()
    for answers, repeats in subs:
        doc = docs[answers["_uuid"]]
        loc = doc["location"]
        unit = places.unit(answers["admin1"]) or places.by_iso(answers["admin1"])
        assert loc["country"] == answers["country"]
        assert (loc["admin1_pcode"] or loc["admin1_code"]) == unit.key  # coded, never as typed
        if answers["admin2"]:
            assert loc["admin2_pcode"] == answers["admin2"]
        assert loc["sensitive"] is (answers["sensitive"] == "yes")
        assert [v["type"] for v in doc["violations"]] == [
            r["violation_type"] for r in repeats["violations"]
        ]
        assert [p["name"] for p in doc["victims"]] == [
            answers["title"].replace("Incident", "Person")
        ]
        assert doc["victims"][0]["protected"] is True
        assert [p["category"] for p in doc["perpetrators"]] == ["state_armed_forces"]
        assert [s["connection"] for s in doc["sources"]] == ["direct_witness"]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_csv_export_with_labels_imports_its_incident_fields_and_says_repeats_are_absent(
    made, data_dir, tmp_path, capsys, monkeypatch, lang
):
    form, _out, mapping = made
    subs = submissions(random.Random(4), 9)
    for answers, _repeats in subs:
        answers["status"] = "draft"  # a CSV has no violations: only a draft may lack them
    source = tmp_path / f"export-{lang}.csv"
    csv_export(form, subs, source, lang)
    assert source.read_text(encoding="utf-8-sig").splitlines()[0].count(";") > 10
    report = run_import(data_dir, source, mapping, capsys, monkeypatch)
    assert report["errors"] == [], report["errors"]
    assert any("repeat" in w for w in report["warnings"]), report["warnings"]
    from app.store import Store

    with Store.open(data_dir, PASSPHRASE) as store:
        docs = Incidents(store).documents([a["_uuid"] for a, _ in subs])
    assert len(docs) == len(subs)
    for doc in docs:
        assert doc["location"]["admin1_pcode"] or doc["location"]["admin1_code"]
