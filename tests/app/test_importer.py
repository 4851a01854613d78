"""Import from CSV, Excel and JSON: precise row/field errors, nothing written until accepted,
one transaction with its audit entry, likely duplicates flagged. Real SQLCipher stores."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date, datetime
from importlib import resources
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app import exchange
from app.errors import BadInput
from app.exchange.duplicates import Duplicate
from app.exchange.rows import TITLE_LENGTH, make_title
from app.incidents import Incidents
from app.models import AuditEntry
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE, incident_doc

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
KOBO = FIXTURES / "kobo_export.csv"

MAPPING = {
    "name": "field office sheet",
    "columns": {
        "Title": "title",
        "Date": "occurred_from",
        "Country": "location.country",
        "Region": "location.admin1",
        "Violation": "violation.type",
        "Killed": "victims.killed",
    },
    "date_format": "%d/%m/%Y",
}
# A semicolon CSV as Excel's "CSV UTF-8" writes it on a French or German Windows: BOM, CRLF.
# Row numbers below are spreadsheet rows (the header is row 1).
BAD_ROWS = [
    "Title;Date;Country;Region;Violation;Killed;Notes",
    "Shelling of the bakery;03/10/2026;Syria;Rif Dimashq;Killing;3;seen by two",  # 2 ok
    "Arrests in the square;31/02/2026;SYR;Idlib;Arbitrary detention;;",  # 3 no 31 Feb
    "Burning of the mill;04/10/2026;SYR;Idlib;Bombardment;;",  # 4 unknown label
    ";05/10/2026;;Homs;killing;1;",  # 5 no title, no country
    "Raid on the clinic;yesterday;SYR;;Frappe aérienne;x;",  # 6 date, label and count
    "Detention of a lawyer;06/10/2026;narnie;;DÉTENTION ARBITRAIRE;;",  # 7 unknown country
    "Future event;01/12/2099;SYR;;killing;;",  # 8 in the future
    "Protest dispersed;2026-10-07;SYR;Dimashq;Détention arbitraire;;",  # 9 ok (ISO date too)
]


def write_bad_csv(path: Path) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(BAD_ROWS).encode() + b"\r\n")
    return path


def write_mapping(path: Path, mapping: dict | None = None) -> Path:
    path.write_text(json.dumps(mapping or MAPPING))
    return path


def count(store: Store) -> int:
    return Incidents(store).count()


def import_entries(store: Store) -> list[AuditEntry]:
    with store.session() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "incident.import"))
        )


# ---- reading ---------------------------------------------------------------------------------
def test_csv_with_bom_semicolons_and_crlf_reads_clean(tmp_path):
    table = exchange.read_table(write_bad_csv(tmp_path / "bad.csv"))
    assert table.headers == ["Title", "Date", "Country", "Region", "Violation", "Killed", "Notes"]
    assert table.rows[0] == [
        "Shelling of the bakery",
        "03/10/2026",
        "Syria",
        "Rif Dimashq",
        "Killing",
        "3",
        "seen by two",
    ]
    assert all(len(r) == 7 for r in table.rows)
    assert table.source_sha256 == hashlib.sha256((tmp_path / "bad.csv").read_bytes()).hexdigest()


def test_tab_and_comma_csv_and_quoted_multiline_cells(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('title\toccurred_from\n"two\r\nlines"\t2026-10-01\n', newline="")
    table = exchange.read_table(path)
    assert table.headers == ["title", "occurred_from"]
    assert table.rows == [["two\nlines", "2026-10-01"]]
    path.write_text('title,narrative\n"a; b","x, y"\n')
    assert exchange.read_table(path).rows == [["a; b", "x, y"]]


def test_not_utf8_is_refused_clearly(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("title;date\nDétention;2026-10-01\n".encode("latin-1"))
    with pytest.raises(BadInput) as err:
        exchange.read_table(path)
    assert (err.value.field, err.value.reason) == (
        "file",
        "is not UTF-8 text; save it as CSV UTF-8, or name the encoding it was saved "
        "in (--encoding cp1252, cp1256, …)",
    )


def test_windows_code_pages_by_name_and_utf16_by_its_mark(tmp_path):
    arabic = tmp_path / "arabic.csv"  # Excel's plain "CSV" on an Arabic Windows
    arabic.write_bytes("title,region\r\nقصف السوق,حمص\r\n".encode("cp1256"))
    assert exchange.read_table(arabic, encoding="cp1256").rows == [["قصف السوق", "حمص"]]
    with pytest.raises(BadInput, match="--encoding"):
        exchange.read_table(arabic)
    unicode_text = tmp_path / "unicode.txt"  # Excel's "Unicode text": UTF-16, tabs
    unicode_text.write_bytes("title\tregion\r\nОбстрел рынка\tХомс\r\n".encode("utf-16"))
    table = exchange.read_table(unicode_text)
    assert (table.headers, table.rows) == (["title", "region"], [["Обстрел рынка", "Хомс"]])


def test_a_wrong_encoding_is_named(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("title\n\u4e2d\u6587\n".encode())
    with pytest.raises(BadInput) as err:
        exchange.read_table(path, encoding="latin-2000")
    assert err.value.field == "encoding"
    with pytest.raises(BadInput) as err:
        exchange.read_table(path, encoding="ascii")
    assert (err.value.field, err.value.reason) == (
        "file",
        "is not ascii text (byte 7 is not); name the encoding it was saved in",
    )


def test_other_files_are_refused(tmp_path):
    for name, reason in (
        ("a.xls", "is an old Excel .xls workbook; save it as .xlsx or CSV UTF-8"),
        ("a.pdf", "must be a .csv, .xlsx or .json file"),
    ):
        (tmp_path / name).write_bytes(b"x")
        with pytest.raises(BadInput) as err:
            exchange.read_table(tmp_path / name)
        assert err.value.reason == reason
    (tmp_path / "fake.xlsx").write_bytes(b"not a zip")
    with pytest.raises(BadInput, match="is not an Excel .xlsx workbook"):
        exchange.read_table(tmp_path / "fake.xlsx")


# ---- checking: precise errors ----------------------------------------------------------------
def test_bad_csv_gives_precise_row_and_field_errors(store, tmp_path):
    table = exchange.read_table(write_bad_csv(tmp_path / "bad.csv"))
    checked = exchange.check(store, table, exchange.parse_mapping(MAPPING))
    got = [(e.row, e.column, e.field, e.reason) for e in checked.errors]
    unknown = (
        "is not a known violation code or label (the vocabulary lists them), "
        'or add it to the mapping\'s "values"'
    )
    assert got == [
        (
            3,
            "Date",
            "occurred_from",
            "is not a date in the mapping's date_format (%d/%m/%Y) or YYYY-MM-DD",
        ),
        (4, "Violation", "violation.type", unknown),
        (5, "Title", "title", "is required"),
        (5, "Country", "location.country", "is required"),
        (
            6,
            "Date",
            "occurred_from",
            "is not a date in the mapping's date_format (%d/%m/%Y) or YYYY-MM-DD",
        ),
        (6, "Violation", "violation.type", unknown),
        (6, "Killed", "victims.killed", "must be a whole number"),
        (
            7,
            "Country",
            "location.country",
            "is not a known country code or label (the vocabulary lists them), "
            'or add it to the mapping\'s "values"',
        ),
        (8, "Date", "occurred_from", "is in the future"),
    ]
    assert checked.warnings == ["column Notes is not mapped; ignored"]
    assert [n for n, _ in checked.valid] == [2, 9]
    assert checked.summary() == "8 rows: 2 valid, 6 with errors, 0 likely duplicates"
    assert str(checked.errors[0]) == (
        "row 3, Date (occurred_from): is not a date in the "
        "mapping's date_format (%d/%m/%Y) or YYYY-MM-DD"
    )
    # messages name fields, never the cells' values (they may be record content)
    text = json.dumps(checked.as_json(), ensure_ascii=False)
    for value in (
        "31/02/2026",
        "Bombardment",
        "yesterday",
        "Frappe",
        "narnie",
        "2099",
        "Homs",
        "Raid on the clinic",
    ):
        assert value not in text
    assert count(store) == 0  # checking writes nothing


def test_valid_rows_are_read_right(store, tmp_path):
    table = exchange.read_table(write_bad_csv(tmp_path / "bad.csv"))
    checked = exchange.check(store, table, exchange.parse_mapping(MAPPING))
    rows = dict(checked.valid)
    first, last = rows[2].incident, rows[9].incident
    assert (first["title"], first["occurred_from"], first["country"], first["admin1_code"]) == (
        "Shelling of the bakery",
        date(2026, 10, 3),
        "SYR",
        "SY-RD",
    )
    assert [(x["type"], x["victims_count"]) for x in rows[2].violations] == [("killing", 3)]
    assert (first["status"], first["confidentiality"]) == ("draft", "internal")
    assert last["occurred_from"] == date(2026, 10, 7) and last["admin1_code"] == "SY-DI"
    assert [x["type"] for x in rows[9].violations] == ["arbitrary_detention"]


def test_labels_match_codes_ignoring_case_and_accents(store, tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text(
        "title,occurred_from,location.country,violation.type,confidentiality,status,"
        "verification.status\n"
        "a,2026-10-01,syria,Détention arbitraire,Nations Unies uniquement,SUBMITTED,"
        "motifs raisonnables de croire\n"
        "b,2026-10-01,SY,ARBITRARY DETENTION,un,draft,\n"
        "c,2026-10-01,SYR,detention  arbitraire,INTERNAL,,\n"
        'd,2026-10-01,SYR,"Killing, Détention arbitraire",,,\n',
        encoding="utf-8",
    )
    checked = exchange.check(store, exchange.read_table(path))
    assert checked.errors == []
    rows = [r for _, r in checked.valid]
    assert [r.incident["country"] for r in rows] == ["SYR"] * 4
    assert [[x["type"] for x in r.violations] for r in rows] == [
        ["arbitrary_detention"],
        ["arbitrary_detention"],
        ["arbitrary_detention"],
        ["killing", "arbitrary_detention"],
    ]
    assert rows[0].incident["confidentiality"] == "un"
    assert rows[0].incident["status"] == "submitted"
    assert rows[0].incident["verification_status"] == "reasonable_grounds"
    assert rows[2].incident["confidentiality"] == "internal"


def test_mapping_values_defaults_and_separator(store, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("what,when,kind,dead\nRaid,2026-10-02,raid arrest,2\nCheckpoint,2026-10-02,,\n")
    mapping = exchange.parse_mapping(
        {
            "columns": {
                "what": "title",
                "when": "occurred_from",
                "kind": "violation.type",
                "dead": "victims.killed",
            },
            "values": {"violation.type": {"RAID": "pillage", "arrest": "Arbitrary detention"}},
            "defaults": {
                "location.country": "Syria",
                "violation.type": ["abduction"],
                "confidentiality": "un",
            },
            "list_separator": " ",
        }
    )
    checked = exchange.check(store, exchange.read_table(path), mapping)
    assert checked.errors == [] and checked.warnings == []
    a, b = (r for _, r in checked.valid)
    assert [(x["type"], x["victims_count"]) for x in a.violations] == [
        ("pillage", None),
        ("arbitrary_detention", None),
        ("killing", 2),
    ]
    assert [x["type"] for x in b.violations] == ["abduction"]
    assert a.incident["country"] == b.incident["country"] == "SYR"
    assert b.incident["confidentiality"] == "un"


def test_validation_errors_after_conversion_name_their_column(store, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text(
        "title,occurred_from,occurred_to,location.country,location.lat,status\n"
        "a,2026-10-05,2026-10-01,SYR,33.5,submitted\n"
    )
    checked = exchange.check(store, exchange.read_table(path))
    assert [(e.row, e.column, e.field, e.reason) for e in checked.errors] == [
        (2, "occurred_to", "occurred_to", "is before occurred_from"),
        (2, None, "location.lon", "latitude and longitude go together: give both or neither"),
        (
            2,
            None,
            "violations",
            "a submitted incident needs at least one violation (only drafts may have none)",
        ),
    ]
    assert str(checked.errors[0]) == "row 2, occurred_to: is before occurred_from"


def test_missing_required_column_is_named_on_each_row_and_warned(store, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("title,location.country\na,SYR\n")
    checked = exchange.check(store, exchange.read_table(path))
    assert [(e.row, e.column, e.field, e.reason) for e in checked.errors] == [
        (2, None, "occurred_from", "is required; no column is mapped to it")
    ]
    assert checked.warnings == ["no column is mapped to occurred_from, which is required"]


def test_bad_mappings_are_refused_naming_the_key(tmp_path):
    cases = [
        ({"columns": {"A": "titel"}}, "mapping.columns.A"),
        ({"columns": {"A": "title"}, "colums": {}}, "mapping.colums"),
        ({"columns": {}}, "mapping.columns"),
        ({"columns": {"A": "title"}, "date_format": "dd/mm"}, "mapping.date_format"),
        (
            {"columns": {"A": "title"}, "values": {"violation.type": {"x": 1}}},
            "mapping.values.violation.type",
        ),
        ({"columns": {"A": "title"}, "defaults": {"status": True}}, "mapping.defaults.status"),
    ]
    for doc, fld in cases:
        with pytest.raises(BadInput) as err:
            exchange.load_mapping(write_mapping(tmp_path / "m.json", doc))
        assert err.value.field == fld
    with pytest.raises(BadInput) as err:
        exchange.load_mapping(tmp_path / "missing.json")
    assert err.value.field == "--mapping"


def test_empty_file_is_bad_input(store, tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("title,occurred_from\n\n , \n")
    with pytest.raises(BadInput, match="has no data rows"):
        exchange.check(store, exchange.read_table(path))


# ---- Kobo -------------------------------------------------------------------------------------
def test_kobo_export_imports_cleanly_with_the_starter_mapping(store):
    table = exchange.read_table(KOBO)
    checked = exchange.check(store, table, exchange.load_mapping("kobo"))
    assert checked.errors == [] and checked.warnings == [] and checked.duplicates == []
    assert checked.summary() == "3 rows: 3 valid, 0 with errors, 0 likely duplicates"
    ids = exchange.commit(store, checked, table)
    market, arrests, school = Incidents(store).documents(ids)
    assert market["title"] == "Shelling of the central market"
    assert (market["occurred_from"], market["date_reported"]) == ("2026-10-03", "2026-10-05")
    assert market["location"] | {} == {
        "country": "SYR",
        "admin1": "Rural Damascus",  # resolved in the gazetteer: OCHA's name, both codes
        "admin1_code": "SY-RD",
        "admin1_pcode": "SY03",
        "admin2": "Duma",
        "admin2_pcode": "SY0302",
        "place": "Central market",
        "lat": 33.5701,
        "lon": 36.4032,
        "precision": None,
        "sensitive": False,
        "not_in_gazetteer": False,
    }
    assert [(x["type"], x["victims_count"]) for x in market["violations"]] == [
        ("indiscriminate_attack", None),
        ("killing", 4),
        ("maiming_injury", 11),
    ]
    assert [p["category"] for p in market["perpetrators"]] == ["state_armed_forces"]
    assert [(s["type"], s["connection"], s["protected"]) for s in market["sources"]] == [
        ("individual", "direct_witness", True)
    ]
    assert market["narrative"].startswith("Several witnesses")
    assert (market["status"], market["confidentiality"]) == ("draft", "internal")
    assert arrests["location"]["admin1_code"] == "SY-ID"
    assert arrests["location"]["lat"] is None
    assert [x["type"] for x in arrests["violations"]] == ["arbitrary_detention"]
    assert [(s["type"], s["connection"]) for s in arrests["sources"]] == [
        ("individual", "indirect_witness")
    ]
    assert [(x["type"], x["victims_count"]) for x in school["violations"]] == [
        ("attack_on_schools", None),
        ("killing", 2),
    ]
    # the form's title left empty: the description's first sentence stands in
    assert (
        school["title"] == "Classrooms damaged; two pupils killed according to the school director"
    )
    # the same export again: every row is a likely duplicate of what the first import made
    again = exchange.check(store, exchange.read_table(KOBO), exchange.load_mapping("kobo"))
    assert again.errors == []
    assert [(d.row, d.other, d.score) for d in again.duplicates] == [
        (n, f"incident {i}", 100) for n, i in zip((2, 3, 4), ids, strict=True)
    ]
    assert again.to_import() == []


def test_kobo_uuid_can_be_the_id(store, tmp_path):
    doc = json.loads((resources.files("resources.mappings") / "kobo.json").read_text())
    doc["columns"]["_uuid"] = "id"
    mapping = exchange.parse_mapping(doc)
    table = exchange.read_table(KOBO)
    ids = exchange.commit(store, exchange.check(store, table, mapping), table)
    assert ids == [
        "5b1f4c1e-8a0e-4a7e-9a57-3f2d1c0b9e01",
        "0c2d9e77-51b3-4f08-b2a4-7e6a1d3c5f02",
        "9a7e3b10-2f64-4c1d-8e5b-6d4f2a1b7c03",
    ]
    again = exchange.check(store, table, mapping)
    assert [(e.row, e.column, e.field, e.reason) for e in again.errors] == [
        (n, "_uuid", "id", "an incident with this id already exists") for n in (2, 3, 4)
    ]
    assert again.valid == []


def test_make_title():
    assert (
        make_title("Mr. X was taken from his home. Later seen.") == "Mr. X was taken from his home"
    )
    assert make_title("  short  text ") == "short text"
    long = make_title("word " * 60)
    assert len(long) <= TITLE_LENGTH and long.endswith("word…")


def test_kobo_headers_without_groups_and_gps_only(store, tmp_path):
    path = tmp_path / "k.csv"
    path.write_text(
        "title,incident_date,country,province,gps,incident_type,killed,injured\n"
        "Sniper fire,2026-10-03T14:22:00.000+03:00,SYR,idlib,35.9 36.6 0 5,"
        "killing injury,1,0\n"
    )
    checked = exchange.check(store, exchange.read_table(path), exchange.load_mapping("kobo"))
    assert checked.errors == [] and checked.warnings == []
    [(_, rows)] = checked.valid
    assert (rows.incident["occurred_from"], rows.incident["lat"], rows.incident["lon"]) == (
        date(2026, 10, 3),
        35.9,
        36.6,
    )
    assert [(x["type"], x["victims_count"]) for x in rows.violations] == [
        ("killing", 1),
        ("maiming_injury", None),
    ]


def test_kobo_select_multiple_one_column_per_option(store, tmp_path):
    """Kobo's "split select_multiple" export: a column per choice, 1 when ticked. Read on
    their own, or beside the question's own column (which then wins); never warned about."""
    path = tmp_path / "split.csv"
    path.write_text(
        "incident/title,incident/incident_date,incident/country,incident/incident_type/killing,"
        "incident/incident_type/shelling,incident/incident_type/detention,"
        "incident/perpetrator/army,incident/perpetrator/militia\n"
        "Raid,2026-10-03,SYR,1,0,1,0,1\n"
        "Quiet day,2026-10-04,SYR,0,0,0,0,0\n"
        "Typo,2026-10-05,SYR,1,maybe,0,,\n"
    )
    checked = exchange.check(store, exchange.read_table(path), exchange.load_mapping("kobo"))
    assert checked.warnings == []
    assert [str(e) for e in checked.errors] == [
        "row 4, incident/incident_type/shelling (violation.type): is an option column of a "
        "select_multiple question: 1 when chosen, 0 or empty when not"
    ]
    by_row = dict(checked.valid)
    assert [v["type"] for v in by_row[2].violations] == ["killing", "arbitrary_detention"]
    assert [p["category"] for p in by_row[2].perpetrators] == ["pro_government_militia"]
    assert by_row[3].violations == [] and by_row[3].perpetrators == []

    both = tmp_path / "both.csv"
    both.write_text(
        "title,incident_date,country,incident_type,incident_type/killing,"
        "incident_type/torture,killed\n"
        "Raid,2026-10-03,SYR,torture,0,1,\n"
        "Second,2026-10-04,SYR,,True,False,3\n"
    )
    checked = exchange.check(store, exchange.read_table(both), exchange.load_mapping("kobo"))
    assert checked.errors == [] and checked.warnings == []
    first, second = (rows for _, rows in checked.valid)
    assert [v["type"] for v in first.violations] == ["torture"]
    assert [(v["type"], v["victims_count"]) for v in second.violations] == [("killing", 3)]


# ---- Excel --------------------------------------------------------------------------------------
def test_xlsx_with_date_cells_and_numbers(store, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["not this sheet"])
    ws = book.create_sheet("Incidents")
    ws.append(["Title", "Date", "Country", "Type", "Victims", "Lat", "Lon"])
    ws.append(["Shelling of the bakery", datetime(2026, 10, 3), "SYR", "killing", 3, 33.57, 36.4])
    ws.append([None] * 7)  # a blank row is skipped, and still counts in row numbers
    ws.append(
        ["Checkpoint arrests", date(2026, 10, 4), "SYR", "Arbitrary detention", 2.0, None, None]
    )
    ws.append(["Late", "someday", "SYR", "killing", 1.5, None, None])
    path = tmp_path / "incidents.xlsx"
    book.save(path)
    mapping = exchange.parse_mapping(
        {
            "sheet": "Incidents",
            "columns": {
                "Title": "title",
                "Date": "occurred_from",
                "Country": "location.country",
                "Type": "violation.type",
                "Victims": "violation.victims_count",
                "Lat": "location.lat",
                "Lon": "location.lon",
            },
            "date_format": "%d/%m/%Y",
        }
    )
    table = exchange.read_table(path, sheet=mapping.sheet)
    assert table.rows[0][1:] == ["2026-10-03", "SYR", "killing", "3", "33.57", "36.4"]
    assert table.format == "xlsx"
    checked = exchange.check(store, table, mapping)
    assert [(e.row, e.column, e.field) for e in checked.errors] == [
        (5, "Date", "occurred_from"),
        (5, "Victims", "violation.victims_count"),
    ]
    a, b = (r for _, r in checked.valid)
    assert (a.incident["occurred_from"], a.incident["lat"], a.violations[0]["victims_count"]) == (
        date(2026, 10, 3),
        33.57,
        3,
    )
    assert (b.incident["occurred_from"], b.violations[0]["victims_count"]) == (date(2026, 10, 4), 2)
    assert [n for n, _ in checked.valid] == [2, 4]
    with pytest.raises(BadInput) as err:
        exchange.read_table(path, sheet="Missing")
    assert err.value.field == "sheet"


# ---- JSON round trip ----------------------------------------------------------------------------
def _comparable(doc: dict) -> dict:
    out = {k: x for k, x in doc.items() if k not in ("created_at", "updated_at", "revision")}
    # a submitted record imported is the importer's submission, made at the import: a
    # file never brings a review (nor an approval) of its own
    out["review"] = {k: x for k, x in doc["review"].items() if k != "submitted_at"}
    return out


def test_json_export_round_trip_reproduces_the_records(store, tmp_path):
    source = Incidents(store)
    ids = source.add_many(
        [
            incident_doc(),
            incident_doc(
                title="Arrests in Homs",
                occurred_from="2026-09",
                date_precision="month",
                location={
                    "country": "SYR",
                    "admin1": "Homs",
                    "admin2": "Tadmur",
                    "admin1_pcode": "SY04",
                    "precision": "region",
                },
                violations=[
                    {
                        "type": "arbitrary_detention",
                        "victims_count": 7,
                        "date": "2026-09-12",
                        "method": "house raids",
                    }
                ],
                perpetrators=[],
                status="submitted",
            ),
            incident_doc(
                title="Disappearance reported",
                occurred_from="2026-08-01",
                occurred_to="2026-08-03",
                violations=[],
                perpetrators=[],
                victims=[],
                sources=[],
                narrative="",
                verification={"status": "pending"},
            ),
        ]
    )
    exported = source.documents(ids)
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"incidents": exported}, ensure_ascii=False))

    second, _ = Store.create(tmp_path / "second", "amina", PASSPHRASE, kdf=FAST_KDF)
    try:
        table = exchange.read_table(path)
        checked = exchange.check(second, table)
        assert checked.errors == [] and checked.duplicates == [] and checked.warnings == []
        assert exchange.commit(second, checked, table) == ids
        imported = Incidents(second).documents(ids)
        assert [_comparable(d) for d in imported] == [_comparable(d) for d in exported]
        # a bare list is read too; ids already there are refused row by row
        path.write_text(json.dumps(exported))
        again = exchange.check(second, exchange.read_table(path))
        assert [(e.row, e.column, e.field, e.reason) for e in again.errors] == [
            (n, None, "id", "an incident with this id already exists") for n in (1, 2, 3)
        ]
    finally:
        second.close()


def test_upfront_export_files_import_back(store, tmp_path):
    export = pytest.importorskip("app.exchange.export")
    source = Incidents(store)
    ids = source.add_many(
        [
            incident_doc(),
            incident_doc(
                title="Arrests at the checkpoint",
                occurred_from="2026-10-06",
                violations=[{"type": "arbitrary_detention"}, {"type": "torture"}],
                perpetrators=[{"category": "police"}],
            ),
        ]
    )
    exported = source.documents(ids)
    for fmt in ("json", "csv"):
        out = tmp_path / f"export.{fmt}"
        export.Exporter(store).write(
            export.ExportRequest.parse(format=fmt, audience="internal"), out
        )
        second, _ = Store.create(tmp_path / fmt, "amina", PASSPHRASE, kdf=FAST_KDF)
        try:
            table = exchange.read_table(out)
            checked = exchange.check(second, table)
            assert checked.errors == [] and checked.duplicates == []
            assert sorted(exchange.commit(second, checked, table)) == sorted(ids)
            back = Incidents(second).documents(ids)
        finally:
            second.close()
        if fmt == "json":  # the whole record
            assert [_comparable(d) for d in back] == [_comparable(d) for d in exported]
        else:  # one row per incident: what its columns hold
            for a, b in zip(back, exported, strict=True):
                assert (a["title"], a["occurred_from"], a["narrative"], a["status"]) == (
                    b["title"],
                    b["occurred_from"],
                    b["narrative"],
                    b["status"],
                )
                assert a["location"] == b["location"]
                assert [x["type"] for x in a["violations"]] == [x["type"] for x in b["violations"]]
                assert [p["category"] for p in a["perpetrators"]] == [
                    p["category"] for p in b["perpetrators"]
                ]


def test_json_records_report_every_problem(store, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(
            {
                "incidents": [
                    {
                        "occurred_from": "2026-13-01",
                        "location": {"country": "SYR"},
                        "colour": "red",
                    },
                    "not an object",
                    incident_doc(),
                ]
            }
        )
    )
    checked = exchange.check(store, exchange.read_table(path))
    assert [(e.row, e.field, e.reason.split(";")[0]) for e in checked.errors] == [
        (1, "colour", "unknown field"),
        (1, "title", "is required"),
        (1, "occurred_from", "is not a real calendar date"),
        (2, "incident", "must be a JSON object"),
    ]
    assert [n for n, _ in checked.valid] == [3]


# ---- duplicates ---------------------------------------------------------------------------------
def test_likely_duplicates_are_flagged_not_merged(store, tmp_path):
    [existing] = Incidents(store).add_many([incident_doc()])  # 2026-10-03, Rif Dimashq, killing
    path = tmp_path / "d.csv"
    path.write_text(
        "title,occurred_from,location.country,location.admin1,violation.type\n"
        "SHELLING of the market!,2026-10-03,SYR,Rīf Dimashq,killing\n"  # 2 dup of existing
        "Shelling of market,2026-10-04,SYR,Rif Dimashq,killing\n"  # 3 another day
        "Shelling of market,2026-10-03,SYR,Idlib,killing\n"  # 4 another region
        "Shelling of market,2026-10-03,SYR,Rif Dimashq,torture\n"  # 5 another type
        "Killing of a teacher,2026-10-03,SYR,Rif Dimashq,killing\n"  # 6 another title
        "Shelling of market,2026-10-04,SYR,Rif Dimashq,killing\n"
    )  # 7 dup of row 3
    table = exchange.read_table(path)
    checked = exchange.check(store, table)
    assert checked.errors == []
    assert checked.duplicates == [
        Duplicate(2, f"incident {existing}", 100),
        Duplicate(7, "row 3", 100),
    ]
    assert checked.summary() == "6 rows: 6 valid, 0 with errors, 2 likely duplicates"
    ids = exchange.commit(store, checked, table)
    assert len(ids) == 4 and count(store) == 5
    [entry] = import_entries(store)
    assert entry.detail["duplicates"] == 2 and entry.detail["duplicates_skipped"] == 2
    # --keep-duplicates takes them too
    path.write_text(path.read_text().replace("2026-10-0", "2026-09-0"))
    table = exchange.read_table(path)
    checked = exchange.check(store, table)
    assert [d.row for d in checked.duplicates] == [7]
    assert len(exchange.commit(store, checked, table, keep_duplicates=True)) == 6


def test_duplicate_search_reads_only_the_files_dates(store, tmp_path):
    Incidents(store).add_many([incident_doc(occurred_from=f"2026-0{m}-03") for m in range(1, 9)])
    path = tmp_path / "d.csv"
    path.write_text(
        "title,occurred_from,location.country,location.admin1,violation.type\n"
        "Shelling of market,2026-10-03,SYR,Rif Dimashq,killing\n"
    )
    assert exchange.check(store, exchange.read_table(path)).duplicates == []


# ---- commit: one transaction, audited --------------------------------------------------------
def test_commit_is_one_transaction_with_the_files_hash_in_the_audit_log(store, tmp_path):
    table = exchange.read_table(KOBO)
    checked = exchange.check(store, table, exchange.load_mapping("kobo"))
    ids = exchange.commit(store, checked, table)
    [entry] = import_entries(store)
    assert entry.object_id is None and entry.actor == "amina"
    assert entry.detail == {
        "file": "kobo_export.csv",
        "sha256": hashlib.sha256(KOBO.read_bytes()).hexdigest(),
        "format": "csv",
        "mapping": "KoboToolbox incident report",
        "rows": 3,
        "imported": 3,
        "errors": 0,
        "duplicates": 0,
        "duplicates_skipped": 0,
    }
    with store.session() as session:
        creates = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "incident.create")
                .order_by(AuditEntry.seq)
            )
        )
    assert [e.object_id for e in creates] == ids
    assert entry.seq == creates[-1].seq + 1  # written with the records


def test_a_failed_audit_entry_leaves_nothing_behind(store, monkeypatch):
    from app import incidents as incidents_module

    real = incidents_module.AuditLog.append

    def failing(self, actor, action, *args, **kwargs):
        if action == "incident.import":
            raise RuntimeError("disk full")
        return real(self, actor, action, *args, **kwargs)

    monkeypatch.setattr(incidents_module.AuditLog, "append", failing)
    table = exchange.read_table(KOBO)
    checked = exchange.check(store, table, exchange.load_mapping("kobo"))
    with pytest.raises(RuntimeError):
        exchange.commit(store, checked, table)
    assert count(store) == 0


# ---- the command line ----------------------------------------------------------------------------
class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _stored(data_dir: Path) -> tuple[int, list[AuditEntry]]:
    with Store.open(data_dir, PASSPHRASE) as opened:
        return count(opened), import_entries(opened)


def test_cli_dry_run_reports_and_imports_nothing(run_import, data_dir, tmp_path):
    bad = write_bad_csv(tmp_path / "bad.csv")
    mapping = write_mapping(tmp_path / "m.json")
    code, out, _ = run_import(str(bad), "--mapping", str(mapping), "--dry-run")
    assert code == 2
    lines = out.splitlines()
    assert (
        "row 3, Date (occurred_from): is not a date in the mapping's date_format "
        "(%d/%m/%Y) or YYYY-MM-DD" in lines
    )
    assert "row 5, Title (title): is required" in lines
    assert "warning: column Notes is not mapped; ignored" in lines
    assert lines[-1] == "8 rows: 2 valid, 6 with errors, 0 likely duplicates"
    assert _stored(data_dir) == (0, [])
    code, out, _ = run_import(str(KOBO), "--mapping", "kobo", "--dry-run")
    assert code == 0
    assert out.splitlines() == ["3 rows: 3 valid, 0 with errors, 0 likely duplicates"]
    assert _stored(data_dir) == (0, [])


def test_cli_reads_a_code_page_it_is_told(run_import, data_dir, tmp_path):
    path = tmp_path / "fr.csv"
    path.write_bytes(
        "Title;Date;Country;Region;Violation;Killed\r\n"
        "Arrestations à l'école;03/10/2026;SYR;Idlib;Détention arbitraire;\r\n".encode("cp1252")
    )
    mapping = write_mapping(tmp_path / "m.json")
    code, _out, err = run_import(str(path), "--mapping", str(mapping), "--dry-run")
    assert code == 2 and "--encoding" in err
    code, out, _ = run_import(
        str(path), "--mapping", str(mapping), "--encoding", "cp1252", "--dry-run"
    )
    assert code == 0, out
    assert out.splitlines()[-1] == "1 rows: 1 valid, 0 with errors, 0 likely duplicates"


def test_cli_dry_run_json_has_rows_fields_and_reasons_but_no_values(run_import, tmp_path):
    bad = write_bad_csv(tmp_path / "bad.csv")
    code, out, _ = run_import(
        str(bad), "--mapping", str(write_mapping(tmp_path / "m.json")), "--dry-run", "--json"
    )
    assert code == 2
    report = json.loads(out)
    assert report["rows"] == 8 and report["valid_rows"] == [2, 9]
    assert report["errors"][0] == {
        "row": 3,
        "column": "Date",
        "field": "occurred_from",
        "reason": "is not a date in the mapping's date_format (%d/%m/%Y) or YYYY-MM-DD",
    }
    assert report["sha256"] == hashlib.sha256(bad.read_bytes()).hexdigest()
    assert report["imported"] == 0 and report["dry_run"] is True
    for value in ("31/02/2026", "Bombardment", "Shelling of the bakery"):
        assert value not in out


def test_cli_without_a_terminal_needs_yes(run_import, data_dir):
    code, out, err = run_import(str(KOBO), "--mapping", "kobo")
    assert code == 2
    assert "--yes" in err and "not a terminal" in err
    assert _stored(data_dir) == (0, [])
    code, out, _ = run_import(str(KOBO), "--mapping", "kobo", "--yes")
    assert code == 0
    assert out.splitlines()[-1] == "Imported 3 incidents."
    stored, [entry] = _stored(data_dir)
    assert stored == 3 and entry.detail["sha256"] == hashlib.sha256(KOBO.read_bytes()).hexdigest()
    # once more: every row is a likely duplicate now, and nothing is imported
    code, out, err = run_import(str(KOBO), "--mapping", "kobo", "--yes")
    assert code == 2 and "row 2: likely duplicate of incident " in out
    assert "--keep-duplicates" in err
    assert _stored(data_dir)[0] == 3


def test_cli_asks_on_a_terminal(run_import, data_dir, monkeypatch):
    answers = iter(["n", "y"])
    monkeypatch.setattr("builtins.input", lambda *a: next(answers))
    monkeypatch.setattr("sys.stdin", _Tty())
    code, out, err = run_import(str(KOBO), "--mapping", "kobo")
    assert code == 0 and "Import the 3 valid rows? [y/N]" in err
    assert out.splitlines()[-1] == "Nothing imported."
    assert _stored(data_dir) == (0, [])
    code, out, _ = run_import(str(KOBO), "--mapping", "kobo")
    assert code == 0 and out.splitlines()[-1] == "Imported 3 incidents."
    assert _stored(data_dir)[0] == 3


def test_cli_leaves_duplicates_out_unless_kept(run_import, data_dir, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(
        "title,occurred_from,location.country,violation.type\n"
        "Shelling of market,2026-10-03,SYR,killing\n"
        "Shelling of the market,2026-10-03,SYR,killing\n"
    )
    code, out, _ = run_import(str(path), "--yes")
    assert code == 0
    assert "row 3: likely duplicate of row 2 (title similarity 100)" in out
    assert "2 rows: 2 valid, 0 with errors, 1 likely duplicate" in out
    assert out.splitlines()[-1] == "Imported 1 incident."
    path.write_text(path.read_text().replace("2026-10-03", "2026-10-09"))
    code, out, _ = run_import(str(path), "--yes", "--keep-duplicates", "--json")
    assert code == 0 and json.loads(out)["imported"] == 2
    assert _stored(data_dir)[0] == 3


def test_cli_bad_mapping_exits_2_naming_the_key(run_import, tmp_path):
    mapping = write_mapping(tmp_path / "m.json", {"columns": {"A": "nope"}})
    code, _, err = run_import(str(KOBO), "--mapping", str(mapping), "--dry-run")
    assert code == 2 and "mapping.columns.A: unknown field" in err
