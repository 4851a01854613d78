"""Import incidents from a spreadsheet (CSV, Excel .xlsx) or a JSON export, all or nothing.

Three steps, so nothing lands before a person has seen what is wrong:

1. `read_table` reads the file once (its SHA-256 is taken from the same bytes);
2. `check` turns each row into an incident document through a mapping (columns → fields,
   labels → codes), validates it with `Incidents.validate`, and flags likely duplicates of
   existing incidents and of earlier rows; nothing is written;
3. `commit` inserts the valid rows in one transaction, with one `incident.import` entry in the
   audit log (file name, hash and counts; never content).

Errors name the row (the spreadsheet's row number: the header is row 1), the column and the
field, never the cell's value: it may be record content, and reports end up in terminals and
logs. The mapping format is documented in resources/mappings/README.md.
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
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process, utils
from sqlalchemy import select

from app.errors import BadInput
from app.incidents import Incidents, Rows
from app.models import Incident, Violation
from app.store import Store
from app.vocab import Vocabularies, normalize, vocabularies

# What a column can fill: field -> (kind of value, vocabulary). Kinds: text, date, number
# (a decimal), count (a whole number), code (one vocabulary code), codes (one or several),
# admin1 (text the validator matches to ISO 3166-2), gps (a Kobo geopoint "lat lon alt acc").
FIELDS: dict[str, tuple[str, str | None]] = {
    "id": ("text", None),
    "title": ("text", None),
    "occurred_from": ("date", None),
    "occurred_to": ("date", None),
    "date_precision": ("code", "date-precision"),
    "date_reported": ("date", None),
    "narrative": ("text", None),
    "confidentiality": ("code", "confidentiality"),
    "status": ("code", "status"),
    "location.country": ("code", "country"),
    "location.admin1": ("admin1", None),
    "location.admin1_pcode": ("text", None),
    "location.admin2": ("text", None),
    "location.admin2_pcode": ("text", None),
    "location.place": ("text", None),
    "location.lat": ("number", None),
    "location.lon": ("number", None),
    "location.gps": ("gps", None),
    "location.precision": ("code", "location-precision"),
    "verification.status": ("code", "verification"),
    "verification.credibility": ("code", "credibility"),
    "verification.reviewer": ("text", None),
    "verification.date": ("date", None),
    "violation.type": ("codes", "violation"),
    "violation.victims_count": ("count", None),
    "victims.killed": ("count", None),
    "victims.injured": ("count", None),
    "perpetrator.category": ("codes", "perpetrator"),
    "source.type": ("code", "source-type"),
    "source.connection": ("code", "source-connection"),
    "source.reliability": ("code", "reliability"),
}
REQUIRED = ("title", "occurred_from", "location.country")
# A count of people killed or injured becomes an act of this violation type.
COUNTED = {"victims.killed": "killing", "victims.injured": "maiming_injury"}
# Where a field lands in the document, when that is not the field's own name; used to tell
# which validation errors follow from a cell already reported.
DOC_PATHS = {"violation.type": "violations", "violation.victims_count": "violations",
             "victims.killed": "violations", "victims.injured": "violations",
             "perpetrator.category": "perpetrators", "source.type": "sources",
             "source.connection": "sources", "source.reliability": "sources",
             "location.gps": "location.lat"}
# Stand-ins for a required field already reported, so validation can go on to the others.
PLACEHOLDERS = {"title": "-", "occurred_from": "1900-01-01", "location.country": "USA"}
DUPLICATE_SCORE = 90  # rapidfuzz token_set_ratio of the folded titles, 0-100
MAPPING_KEYS = {"name", "description", "sheet", "columns", "values", "defaults", "date_format",
                "list_separator", "title_from"}
TITLE_FROM = ("narrative", "location.place", "location.admin2", "location.admin1")
MAPPING_BYTES = 1 * 1024 * 1024  # a mapping file is read up to this size
TITLE_LENGTH = 120  # a title made from another field: its first sentence, at most this long
DEFAULT_SEPARATORS = re.compile(r"[,;|\n]")
MULTI = {f for f, (kind, _v) in FIELDS.items() if kind == "codes"}  # several values a cell
# an option column's cell: Kobo writes 1 and 0 (or True and False, or nothing)
TICKED = {"1": True, "true": True, "yes": True, "x": True, "0": False, "false": False,
          "no": False, "": False}
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")
_BUILTIN = re.compile(r"^[a-z0-9_-]+$")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


# ---- reading files ---------------------------------------------------------------------------
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
# Cells that Excel and LibreOffice read as a formula when they begin with one of these.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_WARNINGS = 100  # one warning per cell up to this many, then one line for the rest
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


def read_table(path: str | Path, *, sheet: str | None = None, encoding: str | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Table:
    """Read a .csv (UTF-8, with or without BOM; comma, semicolon or tab; any line ending),
    .xlsx (first sheet, or `sheet`) or .json file (a list of incident documents, or an
    export {"incidents": [...]}), within `limits`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise BadInput("file", "is an old Excel .xls workbook; save it as .xlsx or CSV UTF-8")
    if suffix not in (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".json"):
        raise BadInput("file", "must be a .csv, .xlsx or .json file")
    data = _read_bytes(path, limits)
    digest = hashlib.sha256(data).hexdigest()
    if suffix in (".xlsx", ".xlsm"):
        headers, rows, warnings = _read_xlsx(data, sheet, limits)
        return Table(headers, rows, digest, path.name, "xlsx", warnings=warnings)
    if suffix == ".json":
        return Table([], [], digest, path.name, "json", records=_read_json(data, limits))
    headers, rows, warnings = _read_csv(data, encoding, limits)
    return Table(headers, rows, digest, path.name, "csv", warnings=warnings)


def _too_big(what: str, limit: int, unit: str, option: str) -> BadInput:
    return BadInput("file", f"{what} {limit:,}{unit}, the limit; split it, or raise the limit "
                            f"with {option}")


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
            more = []
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
            raise BadInput("encoding", "is not a text encoding Python knows (say utf-8, "
                                       "cp1252, cp1256, cp1251 or gb18030)") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            raise BadInput("file", f"is not {encoding} text (byte {err.start + 1} is not); "
                                   "name the encoding it was saved in") from None
        except (UnicodeError, ValueError, LookupError):
            raise BadInput("file", f"is not {encoding} text; name the encoding it was saved "
                                   "in") from None
    elif data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput("file", "starts as UTF-16 text but is not") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BadInput("file", "is not UTF-8 text; save it as CSV UTF-8, or name the "
                                   "encoding it was saved in (--encoding cp1252, cp1256, …)"
                           ) from None
    bad = _SURROGATE.search(text)
    if bad:
        raise BadInput("file", f"holds text that is not valid Unicode (character "
                               f"{bad.start() + 1}: a lone surrogate)")
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


def _read_csv(data: bytes, encoding: str | None, limits: Limits
              ) -> tuple[list[str], list[list[str]], list[str]]:
    text = _text(data, encoding)
    csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))  # long narratives
    reader = csv.reader(_lines(text), delimiter=_delimiter(text))

    def records() -> Iterator[list[str]]:
        try:
            for rec in reader:
                yield [cell.replace("\r\n", "\n") if "\r" in cell else cell for cell in rec]
        except csv.Error as exc:
            raise BadInput("file", f"is not a readable CSV file (row {reader.line_num}: "
                           f"{exc})") from None

    return _split_header(records(), limits)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return (value.date().isoformat() if value.time() == time(0)
                else value.isoformat(timespec="seconds"))
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


NOT_A_WORKBOOK = "is not an Excel .xlsx workbook (or it is damaged)"


def _read_xlsx(data: bytes, sheet: str | None, limits: Limits
               ) -> tuple[list[str], list[list[str]], list[str]]:
    import openpyxl  # only Excel imports pay for it

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise BadInput("file", NOT_A_WORKBOOK) from None
    with archive:
        _check_archive(archive, limits)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except BadInput:
        raise
    except Exception:  # noqa: BLE001 - whatever a damaged or hostile part makes it raise
        raise BadInput("file", NOT_A_WORKBOOK) from None
    try:
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise BadInput("sheet", "the workbook has no sheet of that name (the mapping's "
                               "\"sheet\")")
            ws = book[sheet]
        else:
            if not book.worksheets:
                raise BadInput("file", "the workbook has no worksheet")
            ws = book.worksheets[0]
        if hasattr(ws, "reset_dimensions"):  # read the rows there are, not those it claims
            ws.reset_dimensions()
        rows = ([_cell(x) for x in row] for row in ws.iter_rows(values_only=True))
        return _split_header(rows, limits)
    except BadInput:
        raise
    except Exception:  # noqa: BLE001 - a part that is damaged shows only as it is read
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
            raise _too_big("unpacks to more than", limits.unpacked_mb, " MB",
                           "--max-unpacked-mb")
        if info.file_size > RATIO_FROM and info.file_size > limits.ratio * max(
                info.compress_size, 1):
            raise BadInput("file", f"has a part compressed more than {limits.ratio} to 1, "
                                   "as zip bombs are; Excel does not write such files")
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
        raise BadInput("file", f"has an XML part ({_part_name(info.filename)}) with a DOCTYPE "
                               "or entity declarations, which Excel never writes; refused")

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
    except Exception:  # noqa: BLE001 - not XML after all, or damaged: openpyxl judges it
        return


def _part_name(name: str) -> str:
    return name if re.fullmatch(r"[\w./\[\]-]{1,100}", name) else "one of its parts"


def _split_header(records: Iterable[list[str]], limits: Limits
                  ) -> tuple[list[str], list[list[str]], list[str]]:
    """The first record as the column names, the others as rows, each cut to the headers'
    width as it is read (so a row of 16,384 cells costs no more than the others), counted
    against the row limit as it comes."""
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
    for n, row in enumerate(it, start=2):
        if n - 1 > limits.rows:
            raise _too_big("has more than", limits.rows, " data rows", "--max-rows")
        if len(row) > width:
            if any(c.strip() for c in row[width:]):
                longer.append(n)
            del row[width:]
        rows.append(row)
    warnings = []
    if longer:
        warnings.append(f"{len(longer)} row(s) have more cells than there are column names "
                        f"(first: row {longer[0]}); the extra cells are ignored")
    return headers, rows, warnings


def _read_json(data: bytes, limits: Limits) -> list[Any]:
    try:
        doc = json.loads(_text(data))
    except json.JSONDecodeError as exc:
        raise BadInput("file", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                       f"{exc.msg})") from None
    except RecursionError:
        raise BadInput("file", "nests lists or objects too deeply to be incident records"
                       ) from None
    except ValueError:  # an integer of more digits than Python converts (4300)
        raise BadInput("file", "holds a number too long to be read") from None
    if isinstance(doc, dict) and isinstance(doc.get("incidents"), list):
        records = doc["incidents"]
    elif isinstance(doc, list):
        records = doc
    else:
        raise BadInput("file", 'must hold a list of incidents, or an export {"incidents": '
                               '[...]}')
    if len(records) > limits.rows:
        raise _too_big("has more than", limits.rows, " data rows", "--max-rows")
    return records


def _surrogate_path(record: Any) -> str | None:
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


# ---- mappings --------------------------------------------------------------------------------
@dataclass
class Mapping:
    """Which column fills which field, and how cells read; see resources/mappings/README.md."""

    name: str
    columns: dict[str, str | None]
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # keys normalized
    defaults: dict[str, Any] = field(default_factory=dict)
    date_format: str = "iso"
    list_separator: str | None = None
    sheet: str | None = None
    title_from: str | None = None  # the field a row without a title takes one from


# Without a mapping: columns named like the fields, or like the columns of
# `upfront export --format csv` (one row per incident).
EXPORT_COLUMNS = {"country": "location.country", "admin1": "location.admin1",
                  "admin2": "location.admin2", "place": "location.place", "lat": "location.lat",
                  "lon": "location.lon", "location_precision": "location.precision",
                  "violation_types": "violation.type", "perpetrator_types":
                  "perpetrator.category", "verification": "verification.status"}


def field_names_mapping() -> Mapping:
    """Without a mapping, columns named like the fields (title, location.country, ...) or
    like the columns of Upfront's own CSV export."""
    return Mapping(name="field names", columns={**{f: f for f in FIELDS}, **EXPORT_COLUMNS})


def load_mapping(spec: str | Path | None) -> Mapping:
    """A mapping from a JSON file, or a starter mapping shipped in resources/mappings by its
    name (`kobo`); None gives the field-names mapping."""
    if spec is None:
        return field_names_mapping()
    path = Path(spec)
    if not path.exists() and _BUILTIN.match(str(spec)):
        builtin = resources.files("resources.mappings") / f"{spec}.json"
        if builtin.is_file():
            return parse_mapping(_mapping_json(builtin.read_bytes()), default_name=str(spec))
    try:
        with path.open("rb") as f:
            raw = f.read(MAPPING_BYTES + 1)  # a mapping is a few KB; never a device's stream
    except OSError as exc:
        raise BadInput("--mapping", f"cannot read {spec}: {exc.strerror or 'unreadable'}"
                       ) from None
    if len(raw) > MAPPING_BYTES:
        raise BadInput("--mapping", f"is larger than {MAPPING_BYTES // MB} MB; a mapping is "
                                    "a few KB of JSON")
    return parse_mapping(_mapping_json(raw), default_name=path.stem)


def _mapping_json(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BadInput("mapping", "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BadInput("mapping", f"is not valid JSON (line {exc.lineno}, column "
                       f"{exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise BadInput("mapping", "nests lists or objects too deeply") from None
    except ValueError:  # an integer of more digits than Python converts
        raise BadInput("mapping", "holds a number too long to be read") from None


def _known_field(name: Any, where: str) -> str:
    if name not in FIELDS:
        raise BadInput(where, f"unknown field; expected one of: {', '.join(FIELDS)}")
    return name


def parse_mapping(doc: Any, *, default_name: str = "mapping") -> Mapping:
    if not isinstance(doc, dict):
        raise BadInput("mapping", "must be a JSON object")
    for key in doc:
        if key not in MAPPING_KEYS:
            raise BadInput(f"mapping.{key}", "unknown key; expected one of: "
                           f"{', '.join(sorted(MAPPING_KEYS))}")
    columns = doc.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise BadInput("mapping.columns", 'must be an object {"column name": "field"}')
    for header, target in columns.items():
        if target is not None:
            _known_field(target, f"mapping.columns.{header}")
    values: dict[str, dict[str, str]] = {}
    raw_values = doc.get("values", {})
    if not isinstance(raw_values, dict):
        raise BadInput("mapping.values", 'must be an object {"field": {"text": "code"}}')
    for fld, table in raw_values.items():
        _known_field(fld, f"mapping.values.{fld}")
        if not isinstance(table, dict) or not all(
                isinstance(k, str) and isinstance(x, str) for k, x in table.items()):
            raise BadInput(f"mapping.values.{fld}", 'must be an object {"text": "code"}')
        values[fld] = {normalize(k): x for k, x in table.items()}
    defaults = doc.get("defaults", {})
    if not isinstance(defaults, dict):
        raise BadInput("mapping.defaults", 'must be an object {"field": value}')
    for fld, value in defaults.items():
        _known_field(fld, f"mapping.defaults.{fld}")
        if not isinstance(value, str | int | float | list) or isinstance(value, bool):
            raise BadInput(f"mapping.defaults.{fld}", "must be text, a number or a list")
    date_format = doc.get("date_format", "iso")
    if not isinstance(date_format, str) or (date_format != "iso" and "%" not in date_format):
        raise BadInput("mapping.date_format", 'must be "iso" or a strftime format such as '
                       '"%d/%m/%Y"')
    separator = doc.get("list_separator")
    if separator is not None and (not isinstance(separator, str) or not separator):
        raise BadInput("mapping.list_separator", "must be non-empty text, e.g. \" \" or \",\"")
    sheet = doc.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise BadInput("mapping.sheet", "must be the name of a sheet")
    title_from = doc.get("title_from")
    if title_from is not None and title_from not in TITLE_FROM:
        raise BadInput("mapping.title_from", f"must be one of: {', '.join(TITLE_FROM)}")
    name = doc.get("name", default_name)
    if not isinstance(name, str):
        raise BadInput("mapping.name", "must be text")
    return Mapping(name=name, columns=dict(columns), values=values, defaults=dict(defaults),
                   date_format=date_format, list_separator=separator, sheet=sheet,
                   title_from=title_from)


def _last_part(header: str) -> str:
    """Kobo group prefixes go: "incident/incident_date" -> "incident_date"."""
    return header.rsplit("/", 1)[-1].lstrip("_").casefold()


class Column(NamedTuple):
    """A column of the file that fills a field. `option`: one choice of a select_multiple
    question exported one column per option (Kobo's "split" layout: 1 when chosen)."""

    index: int
    header: str
    field: str
    option: str | None = None


def _parent(header: str) -> str | None:
    """"incident/incident_type/killing" -> "incident/incident_type"; None without a "/"."""
    return header.rsplit("/", 1)[0] if "/" in header else None


def match_columns(headers: list[str], mapping: Mapping) -> tuple[list[Column], list[str]]:
    """The columns read, in file order, and a warning per column not mapped. A header
    matches a mapping key exactly, else ignoring case, else by its last part after "/"
    (leading underscores ignored). A header under a key of a multi-value field
    ("incident_type/killing" under "incident_type") is one option of that question, exported
    one column per option, when the question's own column is in the file too or the header
    matches no key by itself."""
    exact = dict(mapping.columns)
    folded: dict[str, str] = {}
    last: dict[str, str] = {}
    for key in mapping.columns:
        folded.setdefault(key.casefold(), key)
        last.setdefault(_last_part(key), key)

    def key_of(header: str) -> str | None:
        return header if header in exact else folded.get(header.casefold()) or \
            last.get(_last_part(header))

    present = set(headers)
    plan: list[Column] = []
    warnings = []
    seen: set[str] = set()
    for i, header in enumerate(headers):
        if not header:
            warnings.append(f"column {i + 1} has no name; ignored")
            continue
        key = key_of(header)
        parent = _parent(header)
        question = key_of(parent) if parent else None
        if question is not None and mapping.columns[question] in MULTI and (
                key is None or parent in present):
            option = header.rsplit("/", 1)[1]
            if option:
                plan.append(Column(i, header, mapping.columns[question], option))
                continue
        if key is None:
            warnings.append(f"column {header} is not mapped; ignored")
            continue
        target = mapping.columns[key]
        if target is None:
            continue  # mapped to nothing on purpose
        if header in seen:
            warnings.append(f"column {header} appears twice; the first one is read")
            continue
        seen.add(header)
        plan.append(Column(i, header, target))
    return plan, warnings


# ---- checking --------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowError:
    row: int  # spreadsheet row (header = 1), or position in a JSON list (from 1)
    column: str | None  # the header the value came from; None for a default or derived field
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.column} ({self.field})" if self.column and self.column != self.field \
            else self.field
        return f"row {self.row}, {where}: {self.reason}"


@dataclass(frozen=True)
class Duplicate:
    row: int
    other: str  # "incident <id>" or "row N"
    score: int


@dataclass
class Checked:
    rows: int  # data rows read (blank rows not counted)
    valid: list[tuple[int, Rows]]
    errors: list[RowError]
    warnings: list[str]
    duplicates: list[Duplicate]
    mapping: str | None = None
    complete: bool = True  # False: a dry run's check, which kept only part of each row

    @property
    def error_rows(self) -> int:
        return len({e.row for e in self.errors})

    @property
    def duplicate_rows(self) -> set[int]:
        return {d.row for d in self.duplicates}

    def to_import(self, keep_duplicates: bool = False) -> list[tuple[int, Rows]]:
        skip = set() if keep_duplicates else self.duplicate_rows
        return [(n, rows) for n, rows in self.valid if n not in skip]

    def summary(self) -> str:
        dups = len(self.duplicate_rows)
        return (f"{self.rows} rows: {len(self.valid)} valid, {self.error_rows} with errors, "
                f"{dups} likely duplicate{'' if dups == 1 else 's'}")

    def as_json(self) -> dict:
        """Rows, columns, fields and reasons; never a cell's value."""
        return {
            "mapping": self.mapping,
            "rows": self.rows,
            "valid": len(self.valid),
            "valid_rows": [n for n, _ in self.valid],
            "error_rows": self.error_rows,
            "errors": [{"row": e.row, "column": e.column, "field": e.field,
                        "reason": e.reason} for e in self.errors],
            "warnings": list(self.warnings),
            "duplicates": [{"row": d.row, "other": d.other, "score": d.score}
                           for d in self.duplicates],
        }


class _Failed(Exception):
    """A cell that cannot be read as its field wants; carries the reason only (and, from an
    option column, which column it was)."""

    column: str | None = None


class _RowReader:
    """Turns one spreadsheet row into an incident document, collecting what is wrong."""

    def __init__(self, mapping: Mapping, plan: list[Column], vocab: Vocabularies) -> None:
        self.mapping = mapping
        self.vocab = vocab
        self.memo: dict[tuple[str, str], str | None] = {}
        self.formulas: list[str] = []  # a warning per text cell that may run as a formula
        self.formula_cells = 0
        self.by_field: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.options: dict[str, list[Column]] = defaultdict(list)
        for column in plan:
            if column.option is None:
                self.by_field[column.field].append((column.index, column.header))
            else:
                self.options[column.field].append(column)
        # the country first: the admin1 match needs it
        self.order = sorted(set(self.by_field) | set(self.options) | set(mapping.defaults),
                            key=lambda f: (f != "location.country", list(FIELDS).index(f)))

    def document(self, n: int, cells: list[str]) -> tuple[dict, dict, list[RowError], set]:
        """(document, origin: document path -> column, errors, document paths reported)."""
        got: dict[str, Any] = {}
        origin: dict[str, str | None] = {}
        errors: list[RowError] = []
        bad: set[str] = set()
        for fld in self.order:
            raw, column = None, None
            for i, header in self.by_field.get(fld, ()):
                cell = cells[i] if i < len(cells) else ""
                escaped = unescape(cell)
                if escaped is not cell:
                    cell = escaped.strip()
                elif cell.strip():
                    if cell.startswith(FORMULA_START) and FIELDS[fld][0] in ("text", "admin1"):
                        self._formula(n, header, fld)
                    cell = cell.strip()
                else:
                    cell = ""
                if cell:
                    raw, column = cell, header
                    break
            if raw is None and fld in self.options:
                try:
                    raw, column = self._chosen(fld, cells)
                except _Failed as failed:
                    errors.append(RowError(n, failed.column, fld, str(failed)))
                    bad.add(DOC_PATHS.get(fld, fld))
                    continue
            if raw is None and fld in self.mapping.defaults:
                raw = self.mapping.defaults[fld]
            if raw is None:
                continue
            try:
                got[fld] = self.value(fld, raw, got.get("location.country"))
                origin[fld] = column
            except _Failed as failed:
                errors.append(RowError(n, column, fld, str(failed)))
                bad.add(DOC_PATHS.get(fld, fld))
                if fld == "location.gps":
                    bad.add("location.lon")
        source = self.mapping.title_from
        if "title" not in got and "title" not in bad and got.get(source):
            got["title"] = make_title(got[source])
            origin["title"] = origin.get(source)
        for fld in REQUIRED:
            if fld not in got and DOC_PATHS.get(fld, fld) not in bad:
                columns = self.by_field.get(fld)
                errors.append(RowError(n, columns[0][1] if columns else None, fld,
                                       "is required" if columns else
                                       "is required; no column is mapped to it"))
                bad.add(fld)
        for fld in REQUIRED:
            if fld not in got:
                got[fld] = PLACEHOLDERS[fld]
        return self.build(n, got, origin, errors, bad)

    def build(self, n: int, got: dict, origin: dict, errors: list[RowError],
              bad: set[str]) -> tuple[dict, dict, list[RowError], set]:
        doc: dict[str, Any] = {}
        where: dict[str, str | None] = {}
        for fld in ("id", "title", "occurred_from", "occurred_to", "date_precision",
                    "date_reported", "narrative", "confidentiality", "status"):
            if fld in got:
                doc[fld] = got[fld]
                where[fld] = origin.get(fld)
        for group in ("location", "verification"):
            part = {}
            for fld, value in got.items():
                if fld.startswith(group + ".") and fld != "location.gps":
                    part[fld.split(".", 1)[1]] = value
                    where[fld] = origin.get(fld)
            if group == "location" and "location.gps" in got:
                lat, lon = got["location.gps"]
                for key, value in (("lat", lat), ("lon", lon)):
                    if key not in part:
                        part[key] = value
                        where[f"location.{key}"] = origin.get("location.gps")
            if part:
                doc[group] = part
        violations: list[dict] = []
        for code in got.get("violation.type", []):
            if all(x["type"] != code for x in violations):
                where[f"violations[{len(violations)}]"] = origin.get("violation.type")
                violations.append({"type": code})
        if "violation.victims_count" in got:
            column = origin.get("violation.victims_count")
            if len(violations) == 1:
                violations[0]["victims_count"] = got["violation.victims_count"]
                where["violations[0].victims_count"] = column
            else:
                errors.append(RowError(n, column, "violation.victims_count",
                                       "applies to one violation type, and this row has "
                                       f"{len(violations)}; map victims.killed or "
                                       "victims.injured instead"))
                bad.add("violations")
        for fld, code in COUNTED.items():
            count = got.get(fld)
            if not count:
                continue
            act = next((x for x in violations if x["type"] == code), None)
            if act is None:
                act = {"type": code}
                violations.append(act)
            pos = violations.index(act)
            act["victims_count"] = count
            where[f"violations[{pos}]"] = where[f"violations[{pos}].victims_count"] = \
                origin.get(fld)
        if violations:
            doc["violations"] = violations
            where["violations"] = origin.get("violation.type")
        if got.get("perpetrator.category"):
            doc["perpetrators"] = [{"category": c} for c in got["perpetrator.category"]]
            where["perpetrators"] = origin.get("perpetrator.category")
        source = {k.split(".", 1)[1]: got[k] for k in
                  ("source.type", "source.connection", "source.reliability") if k in got}
        if source:
            doc["sources"] = [source]
            where["sources"] = origin.get("source.type")
            for k in ("type", "connection", "reliability"):
                where[f"sources[0].{k}"] = origin.get(f"source.{k}")
        return doc, where, errors, bad

    def _formula(self, n: int, header: str, fld: str) -> None:
        self.formula_cells += 1
        if self.formula_cells <= FORMULA_WARNINGS:
            where = f"{header} ({fld})" if header != fld else fld
            self.formulas.append(f"row {n}, {where}: begins with = + - @, a tab or a line "
                                 "break, which Excel and LibreOffice may run as a formula; "
                                 "imported as text")

    def formula_warnings(self) -> list[str]:
        more = self.formula_cells - len(self.formulas)
        return self.formulas + ([f"{more} more cell(s) begin with a formula character "
                                 "(not listed one by one)"] if more > 0 else [])

    # -- one value --------------------------------------------------------------------------
    def _chosen(self, fld: str, cells: list[str]) -> tuple[list[str] | None, str | None]:
        """The options ticked in a question's one-column-per-option layout, and the first
        of their columns (None, None when none is)."""
        chosen, first = [], None
        for column in self.options[fld]:
            cell = cells[column.index].strip() if column.index < len(cells) else ""
            ticked = TICKED.get(cell.casefold())
            if ticked is None:
                failed = _Failed("is an option column of a select_multiple question: 1 when "
                                 "chosen, 0 or empty when not")
                failed.column = column.header
                raise failed
            if ticked:
                chosen.append(column.option)
                first = first or column.header
        return (chosen, first) if chosen else (None, None)

    def value(self, fld: str, raw: Any, country: str | None) -> Any:
        kind, vocab_kind = FIELDS[fld]
        if isinstance(raw, list):
            if kind != "codes":
                raise _Failed("takes one value (the mapping's default is a list)")
            return self._codes(fld, vocab_kind, [str(x) for x in raw])
        text = str(raw).strip()
        if kind in ("code", "codes"):
            if kind == "code":
                return self._code(fld, vocab_kind, text)
            return self._codes(fld, vocab_kind, self._split(fld, vocab_kind, text))
        table = self.mapping.values.get(fld)
        if table is not None:
            text = table.get(normalize(text), text)
        if kind == "text":
            return text
        if kind == "admin1":
            if country and "_" in text and self.vocab.match("admin1", text,
                                                            country=country) is None:
                spaced = self.vocab.match("admin1", text.replace("_", " "), country=country)
                if spaced is not None:
                    return spaced  # Kobo choice names: rif_dimashq
            return text
        if kind == "date":
            return self._date(text)
        if kind == "count":
            return _count(text)
        if kind == "number":
            return _number(text)
        if kind == "gps":
            parts = text.replace(",", " ").split()
            if len(parts) < 2:
                raise _Failed('is not a GPS point ("latitude longitude [altitude accuracy]")')
            return _number(parts[0]), _number(parts[1])
        raise AssertionError(kind)  # pragma: no cover

    def _lookup(self, fld: str, vocab_kind: str, text: str) -> str | None:
        key = (fld, text)
        if key not in self.memo:  # a column repeats a few labels thousands of times
            self.memo[key] = self._find(fld, vocab_kind, text)
        return self.memo[key]

    def _find(self, fld: str, vocab_kind: str, text: str) -> str | None:
        table = self.mapping.values.get(fld)
        if table is not None:
            mapped = table.get(normalize(text))
            if mapped is not None:
                text = mapped
        code = self.vocab.match(vocab_kind, text)
        if code is None and "_" in text:
            code = self.vocab.match(vocab_kind, text.replace("_", " "))
        return code

    def _code(self, fld: str, vocab_kind: str, text: str) -> str:
        code = self._lookup(fld, vocab_kind, text)
        if code is None:
            raise _Failed(f"is not a known {vocab_kind} code or label; see `upfront vocab list "
                          f"{vocab_kind}`, or add it to the mapping's \"values\"")
        return code

    def _split(self, fld: str, vocab_kind: str, text: str) -> list[str]:
        if self._lookup(fld, vocab_kind, text) is not None:
            return [text]  # the whole cell is one label, spaces and all
        sep = self.mapping.list_separator
        if sep is not None:
            parts = text.split(sep)
        else:
            parts = DEFAULT_SEPARATORS.split(text)
            if len(parts) == 1:  # no separator: codes apart by spaces ("killing torture")?
                words = text.split()
                if all(self._lookup(fld, vocab_kind, w) is not None for w in words):
                    parts = words
        return [p.strip() for p in parts if p.strip()]

    def _codes(self, fld: str, vocab_kind: str, parts: list[str]) -> list[str]:
        codes = []
        for i, part in enumerate(parts):
            code = self._lookup(fld, vocab_kind, part)
            if code is None:
                which = "" if len(parts) == 1 else f"value {i + 1} of {len(parts)} "
                raise _Failed(f"{which}is not a known {vocab_kind} code or label; see "
                              f"`upfront vocab list {vocab_kind}`, or add it to the mapping's "
                              "\"values\"")
            codes.append(code)
        return codes

    def _date(self, text: str) -> str:
        if _ISO_DATE.match(text):
            return text  # the validator checks the calendar
        whole = _ISO_DATETIME.match(text)
        if whole:
            return whole.group(1)  # the local date as written (Kobo: ...T14:22:00.000+03:00)
        fmt = self.mapping.date_format
        if fmt == "iso":
            raise _Failed("is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            raise _Failed(f"is not a date in the mapping's date_format ({fmt}) or "
                          "YYYY-MM-DD") from None


def unescape(cell: str) -> str:
    """The cell without the apostrophe an export put before a formula character (= + - @ tab
    CR) so spreadsheets show it as text: exactly one comes off, only there. Returns the cell
    itself (the same object) when there is none."""
    if cell.startswith("'") and cell[1:2] and cell[1] in FORMULA_START:
        return cell[1:]
    return cell


def make_title(text: str) -> str:
    """A title from a longer text: its first sentence, cut at a word to TITLE_LENGTH."""
    text = " ".join(text.split())
    end = next((m.start() for m in _SENTENCE_END.finditer(text) if m.start() >= 20), None)
    if end is not None and end < TITLE_LENGTH:
        return text[:end]
    if len(text) <= TITLE_LENGTH:
        return text
    cut = text.rfind(" ", 0, TITLE_LENGTH)
    return text[:cut if cut > TITLE_LENGTH // 2 else TITLE_LENGTH - 1].rstrip(" ,;:") + "…"


def _count(text: str) -> int:
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise _Failed("must be a whole number") from None
    if not number.is_integer():
        raise _Failed("must be a whole number")
    if number < 0:
        raise _Failed("must be at least 0")
    return int(number)


def _number(text: str) -> float:
    if "," in text and "." not in text and text.count(",") == 1:
        text = text.replace(",", ".")  # a decimal comma (semicolon-separated CSV)
    try:
        return float(text)
    except ValueError:
        raise _Failed("must be a number") from None


def _related(a: str, b: str) -> bool:
    def under(x: str, y: str) -> bool:
        return x == y or x.startswith(y + ".") or x.startswith(y + "[")

    return under(a, b) or under(b, a)


def _origin(where: dict[str, str | None], path: str) -> str | None:
    """The column a document path came from: the path itself, else its nearest parent."""
    while path:
        if path in where:
            return where[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def _drop(doc: dict, path: str) -> bool:
    """Take a reported field out of the document (a required one gets its stand-in), so
    validation can look at the rest. Only plain fields and location/verification sub-fields:
    lists are left alone (other parts refer to their items)."""
    if "[" in path:
        return False
    if path in ("location.lat", "location.lon"):  # they go together
        location = doc.get("location")
        if not isinstance(location, dict):
            return False
        return (location.pop("lat", None), location.pop("lon", None)) != (None, None)
    head, _, tail = path.partition(".")
    part = doc if not tail else doc.get(head)
    key = tail or head
    if not isinstance(part, dict):
        return False
    if path in PLACEHOLDERS:
        if part.get(key) == PLACEHOLDERS[path]:
            return False
        part[key] = PLACEHOLDERS[path]
        return True
    return part.pop(key, None) is not None


def _validate(incidents: Incidents, n: int, doc: Any, where: dict, errors: list[RowError],
              bad: set[str]) -> Rows | None:
    """Validate; on an error, note it, set the field aside and look again (a few times), so a
    row's report names every problem, not only the first."""
    if isinstance(doc, dict):
        doc = {k: dict(x) if isinstance(x, dict) else x for k, x in doc.items()}
    for _ in range(12):
        try:
            rows = incidents.validate(doc)
        except BadInput as err:
            fld = err.field
            if any(_related(fld, b) for b in bad):
                return None  # follows from a problem already reported
            errors.append(RowError(n, _origin(where, fld), fld, err.reason))
            bad.add(fld)
            if not isinstance(doc, dict) or not _drop(doc, fld):
                return None
            continue
        return None if errors else rows
    return None


def _slim(rows: Rows) -> Rows:
    """What a dry run keeps of a valid row: what the id and duplicate checks read."""
    inc = rows.incident
    return Rows(incident={k: inc.get(k) for k in ("id", "title", "occurred_from", "country",
                                                  "admin1", "admin1_code")},
                violations=[{"type": x["type"]} for x in rows.violations],
                victims=_NOTHING, perpetrators=_NOTHING, involvements=_NOTHING,
                sources=_NOTHING)


_NOTHING: Any = ()  # what a dry run's row holds of its victims, perpetrators and sources


def check(store: Store, table: Table, mapping: Mapping | None = None, *,
          vocab: Vocabularies | None = None, keep_rows: bool = True) -> Checked:
    """Read every row, validate it, and flag likely duplicates; writes nothing. Without
    `keep_rows` (a dry run), the valid rows are judged the same way but only what the id and
    duplicate checks read is kept of them, a fifth of the memory; `commit` refuses them."""
    valid: list[tuple[int, Rows]] = []
    keep = (lambda n, rows: valid.append((n, rows))) if keep_rows else \
        (lambda n, rows: valid.append((n, _slim(rows))))
    vocab = vocab or vocabularies()
    incidents = Incidents(store, vocab)
    errors: list[RowError] = []
    warnings = list(table.warnings)
    rows_read = 0
    if table.records is not None:
        if mapping is not None and mapping.name != "field names":
            warnings.append("a mapping does not apply to JSON files; ignored")
        for n, record in enumerate(table.records, start=1):
            rows_read += 1
            mine: list[RowError] = []
            where = _surrogate_path(record)
            if where is not None:  # nothing could store it, nor print it
                errors.append(RowError(n, None, where, "holds text that is not valid Unicode "
                                                       "(a lone surrogate)"))
                continue
            rows = _validate(incidents, n, record, {}, mine, set())
            errors.extend(mine)
            if rows is not None:
                keep(n, rows)
        mapping_name, id_column = None, None
    else:
        mapping = mapping or field_names_mapping()
        mapping_name = mapping.name
        plan, unmapped = match_columns(table.headers, mapping)
        warnings.extend(unmapped)
        mapped = {c.field for c in plan} | set(mapping.defaults)
        if mapping.title_from in mapped:
            mapped.add("title")
        for fld in REQUIRED:
            if fld not in mapped:
                warnings.append(f"no column is mapped to {fld}, which is required")
        reader = _RowReader(mapping, plan, vocab)
        id_columns = [c.header for c in plan if c.field == "id"]
        id_column = id_columns[0] if len(id_columns) == 1 else None
        for n, cells in enumerate(table.rows, start=2):
            if not any(c.strip() for c in cells):
                continue
            rows_read += 1
            doc, where, mine, bad = reader.document(n, cells)
            rows = _validate(incidents, n, doc, where, mine, bad)
            errors.extend(mine)
            if rows is not None:
                keep(n, rows)
        warnings.extend(reader.formula_warnings())
    if rows_read == 0:
        raise BadInput("file", "has no data rows")
    valid = _known_ids(store, valid, errors, id_column)
    errors.sort(key=lambda e: e.row)
    duplicates = find_duplicates(store, valid, within_file=table.records is None)
    return Checked(rows_read, valid, errors, warnings, duplicates, mapping_name,
                   complete=keep_rows)


def _known_ids(store: Store, valid: list[tuple[int, Rows]], errors: list[RowError],
               column: str | None) -> list[tuple[int, Rows]]:
    """Rows whose id is already in the store, or given twice in the file, are errors."""
    given = [rows.incident["id"] for _, rows in valid]
    existing: set[str] = set()
    with store.session() as session:
        for i in range(0, len(given), 500):
            existing.update(session.scalars(select(Incident.id).where(
                Incident.id.in_(given[i:i + 500]))))
    out, first = [], {}
    for n, rows in valid:
        iid = rows.incident["id"]
        if iid in existing:
            errors.append(RowError(n, column, "id", "an incident with this id already exists"))
        elif iid in first:
            errors.append(RowError(n, column, "id", f"the same id is given in row {first[iid]}"))
        else:
            first[iid] = n
            out.append((n, rows))
    return out


# ---- likely duplicates -----------------------------------------------------------------------
def fold_title(title: str) -> str:
    """Case, accents and punctuation folded, words kept apart, for fuzzy comparison."""
    decomposed = unicodedata.normalize("NFKD", title)
    return utils.default_process("".join(c for c in decomposed
                                         if not unicodedata.combining(c)))


def _place(country: str, admin1: str | None, admin1_code: str | None) -> tuple[str, str]:
    return country, admin1_code or normalize(admin1 or "")


def _buckets(occurred: date, place: tuple[str, str], types: Iterable[str]) -> list[tuple]:
    return [(occurred, place, t) for t in (sorted(set(types)) or [None])]


def find_duplicates(store: Store, valid: list[tuple[int, Rows]], *,
                    within_file: bool = True) -> list[Duplicate]:
    """Rows that likely record an incident already in the store, or an earlier row: same
    date, same country and admin1, a violation type in common (or none on either side), and
    titles alike (token set ratio >= DUPLICATE_SCORE). Compared only within such buckets, and
    existing incidents are read in one query over the file's dates, so this stays linear."""
    if not valid:
        return []
    dates = [rows.incident["occurred_from"] for _, rows in valid]
    existing: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    stmt = (select(Incident.id, Incident.title, Incident.occurred_from, Incident.country,
                   Incident.admin1, Incident.admin1_code, Violation.type)
            .outerjoin(Violation, Violation.incident_id == Incident.id)
            .where(Incident.occurred_from >= min(dates), Incident.occurred_from <= max(dates)))
    found: dict[str, tuple] = {}
    with store.session() as session:
        for r in session.execute(stmt):
            entry = found.setdefault(r.id, (r.title, r.occurred_from,
                                            _place(r.country, r.admin1, r.admin1_code), set()))
            if r.type is not None:
                entry[3].add(r.type)
    for iid, (title, occurred, place, types) in found.items():
        folded = fold_title(title)
        for key in _buckets(occurred, place, types):
            existing[key].append((folded, f"incident {iid}"))
    earlier: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    out = []
    for n, rows in valid:
        inc = rows.incident
        place = _place(inc["country"], inc["admin1"], inc["admin1_code"])
        keys = _buckets(inc["occurred_from"], place, (x["type"] for x in rows.violations))
        folded = fold_title(inc["title"])
        best: tuple[float, str] | None = None
        for pool in (existing, earlier):
            for key in keys:
                candidates = pool.get(key)
                if not candidates:
                    continue
                hit = process.extractOne(folded, [c[0] for c in candidates],
                                         scorer=fuzz.token_set_ratio, processor=None,
                                         score_cutoff=DUPLICATE_SCORE)
                if hit is not None and (best is None or hit[1] > best[0]):
                    best = (hit[1], candidates[hit[2]][1])
            if best is not None:
                break  # an existing incident is the more useful answer
        if best is not None:
            out.append(Duplicate(n, best[1], int(round(best[0]))))
        if within_file:
            for key in keys:
                earlier[key].append((folded, f"row {n}"))
    return out


# ---- committing ------------------------------------------------------------------------------
def commit(store: Store, checked: Checked, table: Table, *,
           keep_duplicates: bool = False) -> list[str]:
    """Insert the valid rows (less likely duplicates unless `keep_duplicates`) in one
    transaction, with one `incident.import` audit entry: file name, SHA-256 and counts."""
    if not checked.complete:
        raise ValueError("a dry run's check (keep_rows=False) cannot be imported")
    chosen = checked.to_import(keep_duplicates)
    if not chosen:
        return []
    flagged = len(checked.duplicate_rows)
    detail = {
        "file": table.filename,
        "sha256": table.source_sha256,
        "format": table.format,
        "mapping": checked.mapping,
        "rows": checked.rows,
        "imported": len(chosen),
        "errors": checked.error_rows,
        "duplicates": flagged,
        "duplicates_skipped": 0 if keep_duplicates else flagged,
    }
    return Incidents(store).insert_validated([rows for _, rows in chosen],
                                             audit=("incident.import", detail))
