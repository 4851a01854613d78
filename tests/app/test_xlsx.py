"""The streaming Excel writer, read back by openpyxl (what analysts' scripts use) and checked
by zipfile (every member's CRC), and the Excel export leaving no temporary file behind."""

from __future__ import annotations

import io
import tempfile
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from app.errors import BadInput
from app.exchange import Exporter, ExportRequest, xlsx
from tests.app.test_reports import seed_store


def _read(data: bytes) -> openpyxl.Workbook:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None  # every CRC and size right, the streamed member too
    return openpyxl.load_workbook(io.BytesIO(data))


def test_typed_cells_header_and_text_kept_as_typed():
    f = io.BytesIO()
    book = xlsx.Workbook(f)
    sheet = book.sheet(
        "Incidents", ["text", "int", "float", "date", "iso", "partial", "none", "bool"]
    )
    sheet.append(
        ["Shelling & <fire>", 4, 33.57, date(2026, 10, 3), "2026-10-05", "2026-10", None, True]
    )
    sheet.append(["  spaced  ", 0, -1.5, None, "2026-13-45", "", "", False])
    sheet.append(["bell\x07 and \x1b escape", None, None, None, None, None, None, None])
    book.close()
    ws = _read(f.getvalue())["Incidents"]
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == [
        "text",
        "int",
        "float",
        "date",
        "iso",
        "partial",
        "none",
        "bool",
    ]
    assert all(c.font.bold for c in ws[1]) and not ws["A2"].font.bold
    assert [c.value for c in ws[2]] == [
        "Shelling & <fire>",
        4,
        33.57,
        datetime(2026, 10, 3),
        datetime(2026, 10, 5),
        "2026-10",
        None,
        True,
    ]
    assert ws["D2"].number_format == "yyyy\\-mm\\-dd" and ws["D2"].is_date
    # leading and trailing spaces kept; a date that is no date stays text; "" is empty
    assert [c.value for c in ws[3]][:6] == ["  spaced  ", 0, -1.5, None, "2026-13-45", None]
    assert ws["H3"].value is False
    assert ws["A4"].value == "bell and  escape"  # XML cannot carry these controls


def test_sheets_filled_alongside_each_other_in_many_blocks():
    """Enough rows that every sheet's text passes the 4 MiB block several times over, the
    first sheet streaming into the file and the others waiting in memory."""
    f = io.BytesIO()
    book = xlsx.Workbook(f)
    a = book.sheet("A", ["n", "text"])
    b = book.sheet("B", ["n", "id", "text"])
    c = book.sheet("Third sheet's name", ["n"])
    for i in range(40_000):
        a.append([i, f"row {i} " + "ü" * (i % 50)])
        b.append([i * 2, f"{i:08d}-0000-7000-8000-000000000000", "ünïcödé " * 20])
        if i % 3 == 0:
            c.append([i])
    book.close()
    result = _read(f.getvalue())
    assert result.sheetnames == ["A", "B", "Third sheet's name"]
    rows_a = list(result["A"].iter_rows(min_row=2, values_only=True))
    rows_b = list(result["B"].iter_rows(min_row=2, values_only=True))
    rows_c = list(result["Third sheet's name"].iter_rows(min_row=2, values_only=True))
    assert len(rows_a) == len(rows_b) == 40_000 and len(rows_c) == 13_334
    assert rows_a[39_999] == (39_999, "row 39999 " + "ü" * 49)
    assert rows_b[12_345] == (24_690, "00012345-0000-7000-8000-000000000000", "ünïcödé " * 20)
    assert rows_c[-1] == (39_999,)


def test_a_text_longer_than_a_cell_is_cut_where_excel_would_stop():
    f = io.BytesIO()
    book = xlsx.Workbook(f)
    book.sheet("S", ["narrative"]).append(["x" * 40_000])
    book.close()
    value = _read(f.getvalue())["S"]["A2"].value
    assert len(value) == xlsx.MAX_CELL and value.endswith("…")


def test_more_rows_than_a_sheet_holds_is_refused(monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_ROWS", 3)
    sheet = xlsx.Workbook(io.BytesIO()).sheet("Acts", ["n"])
    sheet.append([1])
    sheet.append([2])
    with pytest.raises(xlsx.TooLarge, match="Acts sheet would pass Excel's 3 rows"):
        sheet.append([3])


def test_export_refusal_names_the_field_and_leaves_no_file(store, tmp_path, monkeypatch):
    seed_store(store)
    monkeypatch.setattr(xlsx, "MAX_ROWS", 4)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "big.xlsx"
    request = ExportRequest.parse(format="xlsx", audience="internal")
    with pytest.raises(BadInput) as err:
        Exporter(store).write(request, out)
    assert err.value.field == "format" and "export to csv" in err.value.reason
    assert list(out.parent.iterdir()) == []  # neither the file nor its partial


def test_excel_export_writes_no_temporary_file(store, tmp_path, monkeypatch):
    """openpyxl's write-only mode kept each sheet as plaintext XML in the temporary folder
    until the workbook was saved; nothing may reach the disk outside the destination."""
    seed_store(store)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(scratch))
    out = tmp_path / "out"
    out.mkdir()
    done = Exporter(store).write(
        ExportRequest.parse(format="xlsx", audience="internal"), out / "all.xlsx"
    )
    assert done.incidents > 0
    assert list(scratch.iterdir()) == []
    assert [p.name for p in out.iterdir()] == ["all.xlsx"]
    names = [c.value for c in _read(done.path.read_bytes())["Victims"]["D"]][1:]
    assert "Rami Khoury" in names  # internal: the protected name is there, in the file only


def test_column_letters():
    assert [xlsx.column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]
