"""Exports on a real SQLCipher store: each format read back by what a recipient would use
(csv, openpyxl, json, the libhxl reference library), and each audience's file without what it
may not read."""

from __future__ import annotations

import csv
import json
from datetime import date

import hxl
import openpyxl
import pytest
from sqlalchemy import select

from app import cli
from app.errors import BadInput
from app.exchange import Exporter, ExportRequest
from app.gazetteer import gazetteer
from app.incidents import Incidents
from app.models import AuditEntry
from tests.app.conftest import PASSPHRASE, incident_doc
from tests.app.test_reports import seed_store


@pytest.fixture
def seeded(store):
    return seed_store(store)


def export(store, tmp_path, fmt: str, audience: str, rows: str | None = None, **kw):
    out = tmp_path / f"{audience}-{rows}-{fmt}.{fmt if fmt != 'hxl' else 'csv'}"
    request = ExportRequest.parse(format=fmt, audience=audience, rows=rows, **kw)
    return Exporter(store).write(request, out)


def test_csv_rows_per_incident_and_per_act_by_audience(store, seeded, tmp_path):
    done = export(store, tmp_path, "csv", "internal")
    text = done.path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert done.incidents == len(rows) == 18  # internal exports keep even rejected cases
    by_title = {r["title"]: r for r in rows}
    arrest = by_title["Arrest of Amal Haddad"]
    assert arrest["named_victims"] == "Amal Haddad; Rami Khoury"
    assert arrest["place"] == "Mezzeh 86" and arrest["lat"] == "33.5"
    assert "RESTRICTED-NARRATIVE" in text

    un = export(store, tmp_path, "csv", "un")
    rows = list(csv.DictReader(un.path.read_text(encoding="utf-8-sig").splitlines()))
    text = un.path.read_text(encoding="utf-8-sig")
    assert "Rami Khoury" not in text and "RESTRICTED-NARRATIVE" not in text
    assert "Source Zaid" not in text and "Colonel Farouk" not in text
    assert "Draft case" not in text and "Rejected case" not in text
    (arrest,) = [r for r in rows if r["id"] == seeded["public"]]
    assert arrest["named_victims"] == "Amal Haddad" and arrest["title"] == "Arrest of Amal Haddad"
    assert arrest["place"] == "Mezzeh 86" and arrest["lat"] == "33.5"  # rounded to 0.01
    assert arrest["admin1"] == "Damascus" and "[…]" in arrest["narrative"]
    (village,) = [r for r in rows if r["id"] == seeded["village"]]
    assert village["place"] == "" and village["lat"] == "" and village["admin1"] == "Rural Damascus"
    assert village["location_precision"] == "region"

    # partners get counts only: acts per week, region and type, small counts suppressed
    partners = export(store, tmp_path, "csv", "partners")
    text = partners.path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert list(rows[0]) == [
        "week",
        "country",
        "admin1",
        "admin1_pcode",
        "admin1_code",
        "violation_type",
        "acts",
        "suppressed",
    ]
    for name in ("Amal Haddad", "Arrest", "Mezzeh", "Sami Nasser", "RESTRICTED"):
        assert name not in text
    assert all(r["acts"] == "" or int(r["acts"]) >= 5 for r in rows)
    assert {r["suppressed"] for r in rows if not r["acts"]} <= {"<5", "×"}
    assert any(r["suppressed"] == "<5" for r in rows)
    with pytest.raises(BadInput) as err:
        ExportRequest.parse(format="csv", audience="partners", rows="incident")
    assert err.value.field == "rows"

    acts = export(store, tmp_path, "csv", "un", rows="act")
    act_rows = list(csv.DictReader(acts.path.read_text(encoding="utf-8-sig").splitlines()))
    assert acts.rows == len(act_rows) > acts.incidents
    assert {r["violation_type"] for r in act_rows} >= {"killing", "attack_on_civilian_objects"}


def test_hxl_is_read_by_the_reference_library(store, seeded, tmp_path):
    done = export(store, tmp_path, "hxl", "un", rows="act")
    with hxl.data(str(done.path), hxl.InputOptions(allow_local=True)) as source:  # closes it
        tags = [c.display_tag for c in source.columns]
        assert "#event+id" in tags and "#adm1+name" in tags and "#affected+num" in tags
        rows = list(source)
    assert len(rows) == done.rows
    assert {r.get("#country+code") for r in rows} == {"SYR"}
    killed = export(store, tmp_path, "hxl", "un")
    with hxl.data(str(killed.path), hxl.InputOptions(allow_local=True)) as data:
        # twelve killings of one person; the arrest, the detention and the shelling, 4 each
        assert sum(int(r.get("#affected+killed") or 0) for r in data) == 12 + 4 + 4 + 4
    counts = export(store, tmp_path, "hxl", "public")
    with hxl.data(str(counts.path), hxl.InputOptions(allow_local=True)) as data:
        tags = [c.display_tag for c in data.columns]
        assert tags[:2] == ["#date+week", "#country+code"] and "#indicator+acts+num" in tags
        assert sum(1 for _row in data) == counts.rows > 0


def test_xlsx_sheets_typed_cells_and_frozen_header(store, seeded, tmp_path):
    done = export(store, tmp_path, "xlsx", "un")
    book = openpyxl.load_workbook(done.path)
    assert book.sheetnames == ["Incidents", "Acts", "Victims", "Sources"]
    sheet = book["Incidents"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert isinstance(first["occurred_from"], date)
    assert isinstance(first["acts"], int)
    assert sheet.max_row - 1 == done.incidents
    names = [c.value for c in book["Victims"]["D"]][1:]
    assert "Sami Nasser" in names and "Rami Khoury" not in names  # consent, protection


def test_json_is_the_record_model_and_redacted_outside_internal(store, seeded, tmp_path):
    from app.incidents import Incidents

    done = export(store, tmp_path, "json", "internal", country="SYR")
    data = json.loads(done.path.read_text(encoding="utf-8"))
    assert data["format"] == "upfront-incidents/1"
    by_id = {d["id"]: d for d in data["incidents"]}
    assert by_id[seeded["public"]] == Incidents(store).get(seeded["public"])
    un = json.loads(export(store, tmp_path, "json", "un").path.read_text())
    (doc,) = [d for d in un["incidents"] if d["id"] == seeded["public"]]
    assert [p["name"] for p in doc["victims"]] == ["Amal Haddad", None]
    assert doc["sources"][0]["name"] is None and doc["created_by"] is None
    assert doc["location"]["lat"] == 33.5
    public = json.loads(export(store, tmp_path, "json", "public").path.read_text())
    assert public["format"] == "upfront-aggregate/1" and "incidents" not in public
    assert all(c["acts"] is None or c["acts"] >= 5 for c in public["cells"])


def test_dates_scope_and_the_audit_log(store, seeded, tmp_path):
    done = export(store, tmp_path, "csv", "internal", date_from="2026-10-05", date_to="2026-10-08")
    rows = list(csv.DictReader(done.path.read_text(encoding="utf-8-sig").splitlines()))
    assert sorted(r["occurred_from"] for r in rows) == [
        "2026-10-05",
        "2026-10-06",
        "2026-10-07",
        "2026-10-08",
    ]
    with store.session() as s:
        entry = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "incident.export")
            .order_by(AuditEntry.seq.desc())
        ).first()
    assert entry.detail["sha256"] == done.sha256 and entry.detail["incidents"] == 4
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"format": "pdf"}, "format"),
        ({"audience": "press"}, "audience"),
        ({"rows": "victim"}, "rows"),
        ({"date_from": "2026-10-09", "date_to": "2026-10-01"}, "to"),
        ({"country": "XXX"}, "country"),
    ],
)
def test_bad_requests_name_the_field(change, field):
    with pytest.raises(BadInput) as err:
        ExportRequest.parse(**{"format": "csv", "audience": "un", **change})
    assert err.value.field == field


def test_command_line(store, seeded, data_dir, tmp_path, capsys, monkeypatch):
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "partners.csv"
    assert (
        cli.main(
            [
                "export",
                "--format",
                "hxl",
                "--audience",
                "partners",
                "--rows",
                "act",
                "--out",
                str(out),
                "--data-dir",
                str(data_dir),
            ]
        )
        == 2
    )
    assert "rows: partners and the public get counts only" in capsys.readouterr().err
    assert not out.exists()
    assert (
        cli.main(
            [
                "export",
                "--format",
                "hxl",
                "--audience",
                "partners",
                "--out",
                str(out),
                "--data-dir",
                str(data_dir),
            ]
        )
        == 0
    )
    assert "SHA-256" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("#date+week,")
    assert (
        cli.main(
            [
                "export",
                "--format",
                "csv",
                "--audience",
                "un",
                "--out",
                str(tmp_path / "missing" / "x.csv"),
                "--data-dir",
                str(data_dir),
            ]
        )
        == 2
    )
    assert "out: is in a folder that does not exist" in capsys.readouterr().err


def _schema_errors(path) -> list[str]:
    from app.exchange.hxlschema import rows as schema_rows

    errors: list[str] = []
    schema = hxl.schema(hxl.data(schema_rows()), callback=lambda e: errors.append(str(e)))
    with hxl.data(str(path), hxl.InputOptions(allow_local=True)) as data:
        schema.validate(data)
    return errors


@pytest.mark.parametrize(
    ("audience", "rows"),
    [
        ("internal", "incident"),
        ("internal", "act"),
        ("un", "incident"),
        ("un", "act"),
        ("partners", "aggregate"),
        ("public", "aggregate"),
    ],
)
def test_every_hxl_export_passes_the_project_schema(store, seeded, tmp_path, audience, rows):
    done = export(store, tmp_path, "hxl", audience, rows=rows)
    assert _schema_errors(done.path) == []
    with hxl.data(str(done.path), hxl.InputOptions(allow_local=True)) as data:
        tags = [c.display_tag for c in data.columns]
        table = [list(r.values) for r in data]
    # P-codes under #adm1+code, ISO codes under their own attribute
    assert "#adm1+code" in tags and "#adm1+code+iso" in tags
    pcodes = {r[tags.index("#adm1+code")] for r in table} - {""}
    assert pcodes and all(gazetteer().unit(p) for p in pcodes)
    # every #affected column is a count: a number or empty (names go under #meta+victim)
    for i, tag in enumerate(tags):
        if tag.startswith("#affected"):
            assert all(r[i] in ("", None) or str(r[i]).isdigit() for r in table), tag


def test_the_schema_catches_a_bad_p_code_and_a_negative_count(store, seeded, tmp_path):
    done = export(store, tmp_path, "hxl", "un")
    lines = done.path.read_text(encoding="utf-8-sig").splitlines()
    tags = next(csv.reader([lines[1]]))
    row = next(csv.reader([lines[2]]))
    row[tags.index("#adm1+code")] = "SY99"
    row[tags.index("#affected+killed")] = "-3"
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([next(csv.reader([lines[0]])), tags, row])
    errors = _schema_errors(bad)
    assert any("SY99" in e for e in errors) and any("-3" in e for e in errors), errors


def test_an_unknown_breakdown_is_an_empty_cell_not_zero(store, tmp_path):
    doc = incident_doc(
        confidentiality="un",
        status="submitted",
        violations=[{"type": "arbitrary_detention"}, {"type": "killing", "victims_count": 2}],
    )
    Incidents(store).add(doc)
    out = export(store, tmp_path, "csv", "internal")
    (row,) = csv.DictReader(out.path.read_text(encoding="utf-8-sig").splitlines())
    assert (row["victims"], row["killed"]) == ("2", "2")
    assert (row["female"], row["male"], row["children"], row["injured"]) == ("", "", "", "0")


def test_csv_with_semicolons_for_excel_in_other_languages(store, seeded, tmp_path):
    req = ExportRequest.parse(format="csv", audience="internal", separator=";", country="Syria")
    out = tmp_path / "semicolons.csv"
    Exporter(store).write(req, out)
    text = out.read_text(encoding="utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("id;title;") and "," not in header
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert rows and {r["country"] for r in rows} == {"SYR"}
    for bad in ({"format": "csv", "separator": "|"}, {"format": "hxl", "separator": ";"}):
        with pytest.raises(BadInput) as err:
            ExportRequest.parse(audience="internal", **bad)
        assert err.value.field == "separator"
