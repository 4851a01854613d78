"""Reading an import's file once, within limits: CSV (any common encoding and separator), Excel
.xlsx (its archive checked for zip bombs and DOCTYPEs before openpyxl opens it) and JSON, into
a `Table` with the SHA-256 of the very bytes read. Nothing here knows fields or mappings.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import math
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.errors import BadInput

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What `read_table` reads at most. A file past a limit is refused (BadInput naming the
    limit and the option that raises it) before it is read whole; `upfront import` has
    --max-file-mb, --max-rows and --max-unpacked-mb."""

    file_mb: int = 200  # the file as it is on disk
    rows: int = 500_000  # data rows (blank rows count: they keep the row numbers)
    unpacked_mb: int = 2048  # an .xlsx: its parts unpacked, all together
    ratio: int = 200  # an .xlsx: a part over 1 MB unpacked more than this many times its size


DEFAULT_LIMITS = Limits()
RATIO_FROM = 1 * MB  # smaller parts may pack as tightly as they like
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Table:
    """A file as read: header and data rows of text (CSV, Excel), or documents (JSON). A row
    may have fewer cells than there are headers (the missing cells are empty); never more."""

    headers: list[str]
    rows: list[list[str]]
    source_sha256: str
    filename: str
    format: str = "csv"  # csv | xlsx | json
    records: list[Any] | None = None  # JSON: the incident documents
    warnings: list[str] = field(default_factory=list)
    first_row: int = 2  # the spreadsheet row of rows[0]: 3 below a row of HXL hashtags
    # an .xlsx's other sheets (Kobo: one per repeat group), by name: as this table, no sheets
    sheets: dict[str, Table] = field(default_factory=dict)
    # the row of HXL hashtags right under the header, when there was one (left out of rows)
    hxl: list[str] = field(default_factory=list)


DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\t": "\t", "|": "|"}


def read_table(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    delimiter: str | None = None,
    hxl_width: bool = False,
) -> Table:
    """Read a .csv (UTF-8, with or without BOM; comma, semicolon or tab, found on the header
    line unless `delimiter` names it; any line ending), .xlsx (first sheet, or `sheet`; the
    workbook's other sheets in `Table.sheets`) or .json file (a list of incident documents,
    or an export {"incidents": [...]}), within `limits`. A row of HXL hashtags right under
    the header (KoboToolbox writes one) is skipped: `Table.first_row` says so. With
    `hxl_width`, a column that has a hashtag there but no name above it is kept (the header
    gets a blank name): in an HXL file the hashtags, not the names, say what is data."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise BadInput("file", "is an old Excel .xls workbook; save it as .xlsx or CSV UTF-8")
    if suffix not in (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".json"):
        raise BadInput("file", "must be a .csv, .xlsx or .json file")
    data = _read_bytes(path, limits)
    digest = hashlib.sha256(data).hexdigest()
    if delimiter is not None and delimiter not in DELIMITERS:
        raise BadInput("--delimiter", 'must be "," ";" "tab" or "|"')
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(data, sheet, limits, digest, path.name, hxl_width)
    if suffix == ".json":
        return Table([], [], digest, path.name, "json", records=_read_json(data, limits))
    tags: list[str] = []
    headers, rows, warnings, first = _read_csv(
        data, encoding, limits, DELIMITERS[delimiter] if delimiter else None, tags, hxl_width
    )
    return Table(
        headers, rows, digest, path.name, "csv", warnings=warnings, first_row=first, hxl=tags
    )


def _too_big(what: str, limit: int, unit: str, option: str) -> BadInput:
    return BadInput(
        "file", f"{what} {limit:,}{unit}, the limit; split it, or raise the limit with {option}"
    )


def _read_bytes(path: Path, limits: Limits) -> bytes:
    """The file's bytes; past the size limit it is refused by its size on disk, or (a file
    that grows, a device) after reading one byte more than the limit, never more."""
    most = limits.file_mb * MB
    try:
        with path.open("rb") as f:
            try:
                size = os.fstat(f.fileno()).st_size
            except OSError:
                size = 0
            if size > most:
                raise _too_big("is larger than", limits.file_mb, " MB", "--max-file-mb")
            # read(n) sets n bytes aside first: ask for what the file holds, not the limit
            data = f.read(size) if size else b""
            more: list[bytes] = []
            while len(data) + sum(map(len, more)) <= most:
                chunk = f.read(MB)
                if not chunk:
                    break
                more.append(chunk)
            if more:  # it grew, or it is a device or a pipe
                data = b"".join([data, *more])
    except OSError as exc:
        raise BadInput("file", f"cannot read {path}: {exc.strerror or 'unreadable'}") from None
    if len(data) > most:
        raise _too_big("is larger than", limits.file_mb, " MB", "--max-file-mb")
    return data


def _text(data: bytes, encoding: str | None = None) -> str:
    """The file's text: in `encoding` when given (Excel's plain "CSV" is the Windows code page
    of its language: cp1252, cp1256 for Arabic, cp1251 for Russian), else UTF-16 when it
    starts with that byte-order mark (Excel's "Unicode text"), else UTF-8. Text that is not
    Unicode (lone surrogates, which some codecs make) is refused: nothing could store it."""
    if encoding is not None:
        try:
            known = codecs.lookup(encoding)._is_text_encoding  # base64, zlib, rot13: no
        except (LookupError, ValueError):
            known = False
        if not known:
            raise BadInput(
                "encoding",
                "is not a text encoding Python knows (say utf-8, "
                "cp1252, cp1256, cp1251 or gb18030)",
            ) from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            raise BadInput(
                "file",
                f"is not {encoding} text (byte {err.start + 1} is not); "
                "name the encoding it was saved in",
            ) from None
        except (UnicodeError, ValueError, LookupError):
            raise BadInput(
                "file", f"is not {encoding} text; name the encoding it was saved in"
            ) from None
    elif data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput("file", "starts as UTF-16 text but is not") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BadInput(
                "file",
                "is not UTF-8 text; save it as CSV UTF-8, or name the "
                "encoding it was saved in (--encoding cp1252, cp1256, …)",
            ) from None
    bad = _SURROGATE.search(text)
    if bad:
        raise BadInput(
            "file",
            f"holds text that is not valid Unicode (character {bad.start() + 1}: a lone surrogate)",
        )
    return text


def _delimiter(text: str) -> str:
    """The separator of the header line: the most frequent of , ; tab outside quotes."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their ends, one at a time (no second copy of the whole text)."""
    for match in _LINE.finditer(text):
        yield match.group()


def _read_csv(
    data: bytes,
    encoding: str | None,
    limits: Limits,
    delimiter: str | None,
    tags: list[str] | None = None,
    hxl_width: bool = False,
) -> tuple[list[str], list[list[str]], list[str], int]:
    text = _text(data, encoding)
    csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))  # long narratives
    reader = csv.reader(_lines(text), delimiter=delimiter or _delimiter(text))

    def records() -> Iterator[list[str]]:
        try:
            for rec in reader:
                yield [cell.replace("\r\n", "\n") if "\r" in cell else cell for cell in rec]
        except csv.Error as exc:
            raise BadInput(
                "file", f"is not a readable CSV file (row {reader.line_num}: {exc})"
            ) from None

    return _split_header(records(), limits, tags, hxl_width)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == time(0)
            else value.isoformat(timespec="seconds")
        )
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer():
            return str(int(value))
        # positional, never an exponent (a sheet's 0.00001 is cached as 1e-05, which a person
        # never typed and a figure's check refuses): the shortest digits that give it back
        return format(Decimal(repr(value)), "f")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


NOT_A_WORKBOOK = "is not an Excel .xlsx workbook (or it is damaged)"


def open_workbook(data: bytes, limits: Limits) -> Any:
    """An .xlsx workbook's bytes opened read-only by openpyxl, once its archive has passed
    the checks (zip bombs, DOCTYPEs); the caller closes it."""
    import openpyxl  # only Excel imports pay for it

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise BadInput("file", NOT_A_WORKBOOK) from None
    with archive:
        _check_archive(archive, limits)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except BadInput:
        raise
    except Exception:  # whatever a damaged or hostile part makes it raise
        raise BadInput("file", NOT_A_WORKBOOK) from None


def sheet_rows(ws: Any) -> Iterator[list[str]]:
    """A worksheet's rows as text, as many as there are (not as many as it claims)."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    return ([_cell(x) for x in row] for row in ws.iter_rows(values_only=True))


def read_workbook_bytes(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """An .xlsx file's bytes, within the size limit (an XLSForm, say)."""
    return _read_bytes(Path(path), limits)


def _read_xlsx(
    data: bytes, sheet: str | None, limits: Limits, digest: str, name: str, hxl_width: bool = False
) -> Table:
    book = open_workbook(data, limits)
    try:
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise BadInput(
                    "sheet", 'the workbook has no sheet of that name (the mapping\'s "sheet")'
                )
            ws = book[sheet]
        else:
            if not book.worksheets:
                raise BadInput("file", "the workbook has no worksheet")
            ws = book.worksheets[0]
        tags: list[str] = []
        headers, rows, warnings, first = _split_header(sheet_rows(ws), limits, tags, hxl_width)
        table = Table(
            headers, rows, digest, name, "xlsx", warnings=warnings, first_row=first, hxl=tags
        )
        for other in book.worksheets:
            if other is ws:
                continue
            try:
                h, r, w, f = _split_header(sheet_rows(other), limits)
            except BadInput as err:
                if err.field != "file" or "column names" not in err.reason:
                    raise
                continue  # an empty sheet
            table.sheets[other.title] = Table(h, r, digest, name, "xlsx", warnings=w, first_row=f)
        return table
    except BadInput:
        raise
    except Exception:  # a part that is damaged shows only as it is read
        raise BadInput("file", NOT_A_WORKBOOK) from None
    finally:
        book.close()


def _check_archive(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Before anything is unpacked: the parts' unpacked sizes (the central directory's; zipfile
    never unpacks more than they say) against the limits, and no XML part with a DOCTYPE
    (entities: billion laughs, external files). Excel never writes one."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if total > limits.unpacked_mb * MB:
            raise _too_big("unpacks to more than", limits.unpacked_mb, " MB", "--max-unpacked-mb")
        if info.file_size > RATIO_FROM and info.file_size > limits.ratio * max(
            info.compress_size, 1
        ):
            raise BadInput(
                "file",
                f"has a part compressed more than {limits.ratio} to 1, "
                "as zip bombs are; Excel does not write such files",
            )
    for info in archive.infolist():
        if not info.is_dir():
            _no_doctype(archive, info)


class _Prolog(Exception):
    """The first element has begun: the DOCTYPE, if any, is behind."""


def _no_doctype(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Parse the part only as far as its first element (expat: any encoding XML may be in),
    and refuse it if a DOCTYPE comes first. Parts that are not XML (an image, a VBA project)
    stop expat at once, and are left to openpyxl."""
    from xml.parsers import expat

    def doctype(*_args: Any) -> None:
        raise BadInput(
            "file",
            f"has an XML part ({_part_name(info.filename)}) with a DOCTYPE "
            "or entity declarations, which Excel never writes; refused",
        )

    def element(*_args: Any) -> None:
        raise _Prolog

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = element
    try:
        with archive.open(info) as part:
            while chunk := part.read(64 * 1024):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Prolog:
        return
    except BadInput:
        raise
    except Exception:  # not XML after all, or damaged: openpyxl judges it
        return


def _part_name(name: str) -> str:
    return name if re.fullmatch(r"[\w./\[\]-]{1,100}", name) else "one of its parts"


def is_hxl(row: list[str]) -> bool:
    """A row of HXL hashtags ("#date", "#adm1+name"): every non-empty cell starts with "#"."""
    cells = [c.strip() for c in row if c.strip()]
    return bool(cells) and all(c.startswith("#") for c in cells)


def _split_header(
    records: Iterable[list[str]],
    limits: Limits,
    tags: list[str] | None = None,
    hxl_width: bool = False,
) -> tuple[list[str], list[list[str]], list[str], int]:
    """The first record as the column names, the others as rows, each cut to the headers'
    width as it is read (so a row of 16,384 cells costs no more than the others), counted
    against the row limit as it comes. A row of HXL hashtags right under the header (Kobo
    writes one when the form has hashtags) is no data: it is left out, and the rows' first
    spreadsheet row (returned last) is 3; `tags`, when given, receives its hashtags. With
    `hxl_width`, the rows are as wide as the hashtag row when it is the wider."""
    it = iter(records)
    first = next(it, None)
    if first is None or not any(c.strip() for c in first):
        raise BadInput("file", "the first row must hold the column names")
    headers = [h.strip() for h in first]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    rows: list[list[str]] = []
    longer = []
    start = 2
    warnings = []
    for n, row in enumerate(it, start=2):
        if n == 2 and is_hxl(row):
            start = 3
            if hxl_width:
                wide = max((i + 1 for i, c in enumerate(row) if c.strip()), default=0)
                if wide > width:
                    headers += [""] * (wide - width)
                    width = wide
            if tags is not None:
                tags.extend(c.strip() for c in row[:width])
            continue
        if n - start + 1 > limits.rows:
            raise _too_big("has more than", limits.rows, " data rows", "--max-rows")
        if len(row) > width:
            if any(c.strip() for c in row[width:]):
                longer.append(n)
            del row[width:]
        rows.append(row)
    if longer:
        warnings.append(
            f"{len(longer)} row(s) have more cells than there are column names "
            f"(first: row {longer[0]}); the extra cells are ignored"
        )
    return headers, rows, warnings, start


def _read_json(data: bytes, limits: Limits) -> list[Any]:
    try:
        doc = json.loads(_text(data))
    except json.JSONDecodeError as exc:
        raise BadInput(
            "file", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise BadInput("file", "nests lists or objects too deeply to be incident records") from None
    except ValueError:  # an integer of more digits than Python converts (4300)
        raise BadInput("file", "holds a number too long to be read") from None
    records: list[Any]
    if isinstance(doc, dict) and isinstance(doc.get("incidents"), list):
        records = doc["incidents"]
    elif isinstance(doc, list):
        records = doc
    else:
        raise BadInput("file", 'must hold a list of incidents, or an export {"incidents": [...]}')
    if len(records) > limits.rows:
        raise _too_big("has more than", limits.rows, " data rows", "--max-rows")
    return records


def surrogate_path(record: Any) -> str | None:
    """Where a JSON record holds text that is not Unicode (a lone surrogate: \\ud800 written
    out), which nothing can store; None when it holds none. Iterative: records may nest."""
    stack: list[tuple[str, Any]] = [("", record)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return path or "record"
        elif isinstance(value, dict):
            for key, item in value.items():
                if _SURROGATE.search(key):
                    return f"{path} (a key)" if path else "record (a key)"
                stack.append((f"{path}.{key}" if path else key, item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in enumerate(value))
    return None
