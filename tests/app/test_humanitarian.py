"""Humanitarian series in HXL beside the violations (app.humanitarian, `upfront humanitarian`):
a good file's figures read per place and week; bad rows refused one by one with nothing
imported; hostile files refused cleanly; libhxl's schema validation; an assessment citing a
series; the comparison with the acts of a place."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import hxl
import openpyxl
import pytest

from app import cli
from app.errors import BadInput
from app.humanitarian import SCHEMA, BadRows, Humanitarian, check_file
from app.incidents import Incidents
from app.schema.situation import remote_fields
from app.situations import Situations
from app.vocab import vocabularies
from tests.app.conftest import PASSPHRASE, incident_doc

END = date(2026, 11, 29)  # a Sunday: the 7-day weeks end on it
TAGS = ["#date", "#adm1+code", "#affected+idps", "#inneed"]


def write_csv(path: Path, rows: list[list[str]], header: list[str] | None = None) -> Path:
    buffer = io.StringIO()
    out = csv.writer(buffer)
    out.writerow(header or ["Date", "P-code", "IDPs", "In need"])
    out.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def good_rows() -> list[list[str]]:
    """16 weekly figures for Aleppo (SY02) ending on END's week, tripling in the last 4,
    and a steady Damascus (SY01)."""
    rows = [TAGS]
    for i in range(16):
        monday = END - timedelta(days=6) - timedelta(weeks=15 - i)
        week = f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}"
        rows.append([week, "SY02", "3000" if i >= 12 else "1000", ""])
        rows.append([week, "SY01", "500", "20000.5"])
    return rows


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "idps.csv", good_rows())


def test_good_file_imports_and_reads_per_place_and_week(store, good: Path):
    data = Humanitarian(store, today=END)
    doc = data.import_file(good, name="IDPs", source="CCCM cluster", licence="CC BY 4.0")
    assert doc["period"] == "week" and doc["places"] == ["SY01", "SY02"]
    assert doc["measures"] == ["#affected+idps", "#inneed"]
    assert doc["values"] == 16 * 3  # blank "in need" cells of SY02 are unknown, not errors
    assert doc["date"] == doc["to"] == (END - timedelta(days=6)).isoformat()  # a Monday
    assert len(doc["sha256"]) == 64
    series = data.series("sy02", "#affected+idps", end=END, weeks=16)
    assert series["values"] == [1000.0] * 12 + [3000.0] * 4
    assert data.series("SY01", "#inneed", end=END, weeks=2)["values"] == [20000.5, 20000.5]
    assert [d["id"] for d in data.list()] == [doc["id"]]
    only = data.values(doc["id"], "SY02")
    assert {f["place"] for f in only} == {"SY02"} and len(only) == 16
    data.delete(doc["id"])
    assert data.list() == []


def test_a_daily_file_and_a_national_figure(store, tmp_path: Path):
    path = write_csv(
        tmp_path / "daily.csv",
        [
            ["#date", "#country+code", "#indicator+attacks+num"],
            ["2026-11-23", "SYR", "2"],
            ["2026-11-24", "syr", "4"],
        ],
        header=["Day", "Country", "Attacks on aid"],
    )
    data = Humanitarian(store, today=END)
    doc = data.import_file(path, name="Attacks", source="Protection cluster", licence="Public")
    assert doc["period"] == "day" and doc["places"] == ["SYR"]
    assert data.series("SYR", "#indicator+attacks+num", end=END, weeks=1)["values"] == [3.0]


def refused(store, path: Path) -> BadRows:
    with pytest.raises(BadRows) as caught:
        Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")
    assert Humanitarian(store).list() == []  # nothing imported, not even the good rows
    return caught.value


def test_bad_rows_are_each_refused_and_nothing_is_imported(store, tmp_path: Path):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            TAGS,
            ["2026-11-23", "SY01", "10", ""],  # row 3: good
            ["2026-11-23", "XX99", "10", ""],  # row 4: unknown P-code
            ["", "SY02", "10", ""],  # row 5: no date
            ["2026-11-23", "SY03", "many", ""],  # row 6: text in a number column
            ["2026-W47", "SY04", "10", ""],  # row 7: a week among days
            ["2026-11-23", "SY01", "12", ""],  # row 8: the same place, date and measure
            ["2026-11-24", "", "1", ""],  # row 9: no place
            ["2026-02-30", "SY01", "1", ""],  # row 10: no such day
            ["2026-11-25", "SY01", "1,200", ""],  # row 11: a thousands separator
        ],
    )
    err = refused(store, path)
    said = {(e.row, e.column.split(" (")[0]): e.reason for e in err.errors}
    assert "unknown P-code" in said[(4, "column B")]
    assert said[(5, "column A")] == "no date"
    assert "not a number" in said[(6, "column C")] or "Expected a number" in said[(6, "column C")]
    assert "week where the file's earlier rows give days" in said[(7, "column A")]
    assert "repeats row 3" in said[(8, "column C")]
    assert said[(9, "column B")] == "no place"
    assert "not a date of the calendar" in said[(10, "column A")]
    assert 11 in {e.row for e in err.errors}
    assert 3 not in {e.row for e in err.errors}
    assert err.count == len(err.errors) == 8
    assert "nothing was imported" in str(err)


def test_a_day_among_weeks_is_refused_where_weeks_came_first(store, tmp_path: Path):
    path = write_csv(
        tmp_path / "mixed.csv",
        [TAGS, ["2026W47", "SY01", "1", ""], ["2026-11-23", "SY02", "1", ""]],
    )
    err = refused(store, path)
    assert [(e.row, e.reason) for e in err.errors] == [
        (4, "is a day where the file's earlier rows give weeks")
    ]


def test_a_figure_dated_after_today_or_before_1900_is_refused(store, tmp_path: Path):
    """A future or ancient date is a slip of the keyboard, and it would become the dataset's
    date: refused on its row, days and weeks alike (END's own day and week are fine)."""
    monday = END - timedelta(days=6)
    path = write_csv(
        tmp_path / "when.csv",
        [
            TAGS,
            [END.isoformat(), "SY01", "1", ""],  # row 3: today, fine
            ["9999-12-31", "SY01", "1", ""],  # row 4
            [(END + timedelta(days=1)).isoformat(), "SY02", "1", ""],  # row 5: tomorrow
            ["0001-01-01", "SY03", "1", ""],  # row 6
            [monday.isoformat(), "SY04", "1", ""],  # row 7: fine
        ],
    )
    err = refused(store, path)
    said = {e.row: e.reason for e in err.errors}
    assert said == {
        4: f"is after today ({END.isoformat()})",
        5: f"is after today ({END.isoformat()})",
        6: "is before 1900",
    }
    weeks = write_csv(
        tmp_path / "weeks.csv",
        [
            ["#date+week_start", "#adm1+code", "#affected+idps"],
            [monday.isoformat(), "SY01", "5"],
            [(monday + timedelta(weeks=1)).isoformat(), "SY01", "6"],  # row 4: next week
            [(monday + timedelta(days=2)).isoformat(), "SY02", "6"],  # row 5: a Wednesday
        ],
        header=["Week", "P-code", "IDPs"],
    )
    err = refused(store, weeks)
    said = {e.row: e.reason for e in err.errors}
    assert said[4] == f"is after today ({END.isoformat()})"
    assert "is not a Monday" in said[5]  # +week_start is read as weeks, as +week is


def test_a_file_that_violates_a_schema_is_refused_by_libhxl(store, tmp_path: Path):
    path = write_csv(tmp_path / "ok.csv", [TAGS, ["2026-11-23", "SY01", "-5", ""]])
    schema = tmp_path / "schema.csv"
    with schema.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [["#valid_tag", "#valid_value+min", "#valid_required"], ["#affected", "0", "true"]]
        )
    with pytest.raises(BadRows) as caught:
        Humanitarian(store, today=END).import_file(
            path, name="N", source="S", licence="L", schema=schema
        )
    [e] = caught.value.errors
    assert e.row == 3 and "#affected+idps" in e.column and "schema rule #affected" in e.reason
    # the same file without that schema passes the built-in one
    Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")


def test_the_builtin_schema_is_libhxls_and_accepts_a_good_file(good: Path):
    schema = hxl.schema(SCHEMA)
    assert schema.validate(hxl.data(good_rows()))  # libhxl itself agrees
    assert not schema.validate(hxl.data([TAGS, ["soon", "SY01", "1", ""]]))
    table, figures, period, measures, ignored = check_file(good)
    assert period == "week" and len(figures) == 48 and ignored == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", "UTF-8"),
        ("Date,Lieu\n#date,#adm1+code\n2026-11-23,caf\xe9\n".encode("cp1252"), "UTF-8"),
        (b"Date,Place\n2026-11-23,SY01\n", "no row of HXL hashtags"),
        (b"#date,#adm1+code,#adm1+name\n2026-11-23,SY01,Damascus\n", "no measure"),
        (b"#adm1+code,#affected+idps\nSY01,4\n", "no #date column"),
        (b'#date,#adm1+code,#affected\n"2026-11-23,SY01,3\n', "row error"),  # open quote
        (b"#date,#adm1+code,#affected\n2026-11-23,SY01,\x003\n", "row error"),
    ],
)
def test_hostile_or_malformed_files_are_refused_cleanly(
    store, tmp_path: Path, content: bytes, reason: str
):
    path = tmp_path / "hostile.csv"
    path.write_bytes(content)
    with pytest.raises(BadInput) as caught:
        Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")
    assert caught.value.field == "file" and reason in caught.value.reason
    assert Humanitarian(store).list() == []


def test_a_huge_file_is_refused_by_its_size_before_it_is_read(store, tmp_path: Path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.write(b"#date,#adm1+code,#affected+idps\n")
        f.truncate(21 * 1024 * 1024)  # sparse: 21 MB on paper
    with pytest.raises(BadInput, match="larger than 20 MB"):
        Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")


def test_formulas_are_neither_run_nor_kept(store, tmp_path: Path):
    path = write_csv(
        tmp_path / "f.csv",
        [
            ["#date", "#adm1+code", "#adm1+name", "#affected+idps"],
            ["2026-11-23", "SY01", '=HYPERLINK("http://x.invalid","click")', "5"],
        ],
        header=["d", "p", "n", "v"],
    )
    data = Humanitarian(store, today=END)
    with pytest.raises(BadInput) as caught:
        data.import_file(path, name="=cmd|' /C calc'!A0", source="S", licence="L")
    assert caught.value.field == "name"
    doc = data.import_file(path, name="Fine", source="S", licence="L")
    assert data.values(doc["id"]) == [
        {"date": "2026-11-23", "place": "SY01", "measure": "#affected+idps", "value": 5.0}
    ]
    formula = write_csv(tmp_path / "g.csv", [TAGS, ["2026-11-24", "SY01", "=1+1", ""]])
    assert refused_again(store, formula)


def refused_again(store, path: Path) -> bool:
    with pytest.raises(BadRows):
        Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")
    return True


def test_an_xlsx_file_reads_cached_values_never_formulas(store, tmp_path: Path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Date", "P-code", "IDPs"])
    ws.append(["#date", "#adm1+code", "#affected+idps"])
    ws.append(["2026-11-23", "SY01", 7])
    ws.append(["2026-11-24", "SY01", "=1+1"])  # no cached value: read as nothing
    # small rates, which a sheet keeps as floats that print with an exponent (1e-05)
    ws.append(["2026-11-23", "SY02", 0.00001])
    ws.append(["2026-11-23", "SY03", 1.5e-7])
    path = tmp_path / "idps.xlsx"
    book.save(path)
    data = Humanitarian(store, today=END)
    doc = data.import_file(path, name="N", source="S", licence="L")
    values = {f["place"]: f["value"] for f in data.values(doc["id"])}
    assert values == {"SY01": 7.0, "SY02": 0.00001, "SY03": 1.5e-7}


def test_compare_says_displacement_rose_where_killings_rose(store, good: Path):
    data = Humanitarian(store, today=END)
    data.import_file(good, name="IDPs", source="CCCM", licence="CC BY 4.0")
    docs = []
    for week in range(16):
        day = END - timedelta(weeks=15 - week, days=3)
        n = 6 if week >= 12 else 1
        for _ in range(n):
            docs.append(
                incident_doc(
                    occurred_from=day.isoformat(),
                    date_reported=day.isoformat(),
                    location={"country": "SYR", "admin1": "SY02"},
                    violations=[{"type": "killing"}],
                    perpetrators=[],
                )
            )
    Incidents(store).add_many(docs)
    found = data.compare("SY02", end=END)
    [idps] = [m for m in found["measures"] if m["measure"] == "#affected+idps"]
    assert idps["ratio"] == 3.0
    [killing] = found["violations"]
    assert killing["type"] == "killing" and killing["rose"] and killing["ratio"] == 6.0
    assert found["sentences"] == ["displacement up 3.0x where killing (6.0x) rose"]
    calm = data.compare("SY01", end=END)
    assert calm["sentences"] == [
        "displacement up 1.0x where no act rose",
        "people in need up 1.0x where no act rose",
    ]


def test_an_assessment_cites_a_series_and_still_travels(store, good: Path):
    data = Humanitarian(store, today=END)
    dataset = data.import_file(good, name="IDPs", source="CCCM", licence="CC BY 4.0")["id"]
    situations = Situations(store, today=END)
    situation = situations.add({"name": "North", "country": "SYR", "regions": ["SY02"]})
    cite = {"dataset": dataset, "place": "SY02", "measure": "#affected+idps"}
    doc = situations.assess(
        situation,
        {
            "factors": [
                {"factor": "rf01_armed_conflict", "level": "high", "evidence": [], "series": [cite]}
            ]
        },
    )
    [factor] = doc["factors"]
    assert factor["series"] == [cite] and factor["evidence"] == []
    for wrong, fld in (
        ({**cite, "place": "SY05"}, "factors[0].series[0]"),
        (
            {**cite, "dataset": "0" * 8 + "-0000-4000-8000-" + "0" * 12},
            "factors[0].series[0].dataset",
        ),
        ({**cite, "measure": "idps"}, "factors[0].series[0].measure"),
        ({**cite, "extra": 1}, "factors[0].series[0]"),
    ):
        with pytest.raises(BadInput) as caught:
            situations.assess(
                situation,
                {
                    "factors": [
                        {"factor": "rf01_armed_conflict", "level": "high", "series": [wrong]}
                    ]
                },
            )
        assert caught.value.field.startswith(fld), caught.value
    # HQ checks the shape only: a dataset it cannot see passes; a bad shape does not
    wire = {
        "kind": "assessment",
        "situation_id": situation,
        "assessed_on": doc["assessed_on"],
        "version": 1,
        "summary": "",
        "factors": doc["factors"],
        "created_by": "amina",
        "created_at": doc["created_at"],
    }
    assert remote_fields(vocabularies(), "assessment", wire)["factors"]["rf01_armed_conflict"][
        "series"
    ] == [cite]
    wire["factors"] = [{**doc["factors"][0], "series": [{"dataset": dataset}]}]
    with pytest.raises(BadInput):
        remote_fields(vocabularies(), "assessment", wire)
    # an earlier citation stays valid after its dataset is deleted
    data.delete(dataset)
    again = situations.assess(
        situation,
        {"factors": [{"factor": "rf01_armed_conflict", "level": "severe", "series": [cite]}]},
    )
    assert again["factors"][0]["series"] == [cite]
    # an assessment without series keeps its old shape
    plain = situations.assess(
        situation, {"factors": [{"factor": "rf02_record_of_violations", "level": "low"}]}
    )
    assert "series" not in plain["factors"][0]


@pytest.fixture
def cli_run(store, data_dir, capsys, monkeypatch):
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(["humanitarian", *argv, "--data-dir", str(data_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_command_line(cli_run, good: Path, tmp_path: Path):
    code, out, _ = cli_run(
        "import", str(good), "--name", "IDPs", "--source", "CCCM", "--licence", "CC BY 4.0"
    )
    assert code == 0, out
    dataset = out.split()[0]
    code, out, _ = cli_run("list", "--json")
    assert code == 0 and [d["id"] for d in json.loads(out)] == [dataset]
    code, out, _ = cli_run("show", dataset, "--place", "SY02", "--json")
    assert code == 0 and len(json.loads(out)["figures"]) == 16
    code, out, _ = cli_run("show", dataset)
    assert code == 0 and "#affected+idps" in out
    bad = write_csv(tmp_path / "bad.csv", [TAGS, ["", "XX99", "x", ""]])
    code, _, err = cli_run("import", str(bad), "--name", "N", "--source", "S", "--licence", "L")
    assert code == 2
    assert "row 3, column A (#date): no date" in err
    assert "row 3, column B (#adm1+code): unknown P-code" in err
    assert "nothing was imported" in err
    code, _, err = cli_run(
        "import", str(good), "--name", "N", "--source", "S", "--licence", "L", "--date", "soon"
    )
    assert code == 2 and "date" in err
    assert cli_run("delete", dataset)[0] == 0
    assert cli_run("delete", dataset)[0] != 0
    assert json.loads(cli_run("list", "--json")[1]) == []


def test_the_readme_example_imports_and_passes_libhxl(store, tmp_path: Path):
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = text.split("### Humanitarian data beside the violations", 1)[1]
    section = re.split(r"\n##+ ", section)[0]  # up to the next heading, whatever its level
    lines = [line for line in section.splitlines() if line.startswith("|")]
    table = [[c.strip().strip("`") for c in line.strip("|").split("|")] for line in lines]
    table = [row for row in table if not set("".join(row)) <= set("-")]
    path = tmp_path / "readme.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(table)
    assert hxl.schema(SCHEMA).validate(hxl.data(table))
    doc = Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")
    assert doc["period"] == "week" and doc["measures"] == ["#affected+idps", "#inneed"]
    assert doc["values"] == 3 and doc["places"] == ["SY02", "SY03"]


def test_a_schema_naming_a_url_is_refused_and_nothing_is_fetched(store, tmp_path: Path):
    """libhxl loads a #valid_value+url rule's values from the network: Upfront reads offline,
    so a schema with one is refused before libhxl sees it (here a local server that would
    count the request)."""
    import http.server
    import threading

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"#adm1+code\nSY01\n")

        def log_message(self, *_args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        schema = tmp_path / "schema.csv"
        url = f"http://127.0.0.1:{server.server_address[1]}/values.csv"
        schema.write_text(f"#valid_tag,#valid_value+url\n#adm1+code,{url}\n", encoding="utf-8")
        path = write_csv(tmp_path / "ok.csv", [TAGS, ["2026-11-23", "SY01", "5", ""]])
        with pytest.raises(BadInput) as caught:
            Humanitarian(store, today=END).import_file(
                path, name="N", source="S", licence="L", schema=schema
            )
    finally:
        server.shutdown()
        server.server_close()
    assert caught.value.field == "schema" and "#valid_value+url" in caught.value.reason
    assert hits == []
    assert Humanitarian(store).list() == []


@pytest.mark.parametrize(
    "header",
    [
        "Date,P-code,IDPs,\n",  # the last column's name left blank
        "IDPs by governorate, November 2026\n",  # a one-cell title above the hashtags
    ],
)
def test_a_hashtagged_column_without_a_name_above_is_read_not_dropped(
    store, tmp_path: Path, header: str
):
    """The hashtag row says which columns hold data; a blank or short first row must not
    cut a measure off the file unsaid."""
    path = tmp_path / "unnamed.csv"
    path.write_text(
        header + "#date,#adm1+code,#affected+idps,#inneed\n2026-11-23,SY01,10,500\n",
        encoding="utf-8",
    )
    doc = Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")
    assert doc["measures"] == ["#affected+idps", "#inneed"] and doc["values"] == 2


def test_a_file_of_too_many_figures_is_refused_before_it_fills_the_memory(
    store, tmp_path: Path, monkeypatch
):
    """20 MB of 50 one-digit measures is 8.8 million figures: gigabytes to check and to
    insert. Past MAX_VALUES the file is refused, named, and nothing is imported."""
    from app import humanitarian

    monkeypatch.setattr(humanitarian, "MAX_VALUES", 5)
    rows = [TAGS] + [[f"2026-11-{d:02d}", "SY01", "1", "2"] for d in (2, 3, 4)]
    path = write_csv(tmp_path / "many.csv", rows)
    with pytest.raises(BadInput) as caught:
        Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")
    assert caught.value.field == "file" and "more than 5 figures" in caught.value.reason
    assert Humanitarian(store).list() == []
    monkeypatch.setattr(humanitarian, "MAX_VALUES", 6)
    assert (
        Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")[
            "values"
        ]
        == 6
    )


def test_blank_rows_and_spaces_around_cells_pass_libhxl_as_they_pass_upfront(store, tmp_path: Path):
    """A blank row (Excel leaves them, often at the end) holds nothing, and " SY01 " is SY01:
    libhxl's required #date and its patterns must not refuse what the rows' own checks read.
    A bad row below blank ones keeps its own row number."""
    path = tmp_path / "blanks.csv"
    path.write_text(
        "Date,P-code,IDPs,In need\n#date,#adm1+code,#affected+idps,#inneed\n"
        "2026-11-23,SY01,10,\n,,,\n\n 2026-11-24 , SY02 , 7 ,\n,,,\n",
        encoding="utf-8",
    )
    data = Humanitarian(store, today=END)
    doc = data.import_file(path, name="N", source="S", licence="L")
    assert doc["values"] == 2 and doc["places"] == ["SY01", "SY02"]
    path.write_text(path.read_text(encoding="utf-8") + "2026-11-25,XX99,1,\n", encoding="utf-8")
    err = refused_again_with(store, path)
    assert [(e.row, e.column.split(" (")[0]) for e in err.errors] == [(8, "column B")]


def refused_again_with(store, path: Path) -> BadRows:
    with pytest.raises(BadRows) as caught:
        Humanitarian(store, today=END).import_file(path, name="N", source="S", licence="L")
    return caught.value


def test_a_figure_with_many_decimals_is_a_number_as_excel_keeps_it(store, tmp_path: Path):
    """An average or a rate computed in Excel is cached as a float (0.3333333333333333): the
    README promises digits with a point for decimals, with no limit on how many."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Date", "P-code", "Rate", "Mean"])
    ws.append(["#date", "#adm1+code", "#indicator+rate+num", "#affected+idps"])
    ws.append(["2026-11-23", "SY01", 1 / 3, 1200 / 7])
    path = tmp_path / "rates.xlsx"
    book.save(path)
    data = Humanitarian(store, today=END)
    doc = data.import_file(path, name="N", source="S", licence="L")
    values = {f["measure"]: f["value"] for f in data.values(doc["id"])}
    assert values == pytest.approx({"#indicator+num+rate": 1 / 3, "#affected+idps": 1200 / 7})


def test_a_lower_case_p_code_is_the_p_code_as_a_lower_case_iso3_is_the_country(
    store, tmp_path: Path
):
    path = write_csv(
        tmp_path / "lower.csv",
        [
            ["#date", "#country+code", "#adm1+code", "#affected+idps"],
            ["2026-11-23", "syr", "sy02", "5"],
            ["2026-11-23", "syr", "", "9"],
        ],
        header=["d", "c", "p", "v"],
    )
    data = Humanitarian(store, today=END)
    doc = data.import_file(path, name="N", source="S", licence="L")
    assert doc["places"] == ["SY02", "SYR"]


def test_the_command_line_names_no_option_it_lacks_and_the_schema_file_as_schema(
    cli_run, tmp_path: Path
):
    """`humanitarian import` has no --encoding, --max-file-mb nor .json: the reader's own
    hints for those are left out; a --schema file's faults name the schema, not the file."""
    args = ("--name", "N", "--source", "S", "--licence", "L")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("#date,#adm1+code,#affected\n2026-11-23,SY01,3\n#caf\xe9\n".encode("cp1252"))
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    json_file = tmp_path / "idps.json"
    json_file.write_text("[]", encoding="utf-8")
    for path, said in (
        (latin, "file: is not UTF-8 text; save it as CSV UTF-8"),
        (huge, "file: is larger than 20 MB, the limit; split it"),
        (json_file, "file: must be a .csv or .xlsx file of HXL"),
    ):
        code, _, err = cli_run("import", str(path), *args)
        assert code == 2 and said in err, err
        assert "--" not in err.split("error:", 1)[1], err
    good = write_csv(tmp_path / "ok.csv", [TAGS, ["2026-11-23", "SY01", "5", ""]])
    for schema, said in (
        (tmp_path / "missing.csv", "schema: cannot read"),
        (write_csv(tmp_path / "s.csv", [["a"]], header=["b"]), "schema: has no row of HXL"),
    ):
        code, _, err = cli_run("import", str(good), *args, "--schema", str(schema))
        assert code == 2 and said in err, err
