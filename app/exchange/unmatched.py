"""What a check could not match, and what the person importing chose instead.

After `check`, the cells refused because they name no code (a violation label, a country, a
perpetrator category, a region the gazetteer does not know) are gathered by field into
distinct values with their counts (`find_unmatched`), so the import wizard can offer each
field's list to choose from once per value rather than once per row. The choices go into the
mapping's "values" ({field: {text as written: code}}), and the mapping, with its columns as
edited, can be saved as JSON that `upfront import --mapping` reads back (`mapping_document`,
`save_json`). The check's errors can be saved as CSV (`save_errors`): row, sheet, column,
field and reason, never a cell's value.

The distinct values are the file's own text: they are for the screen of the person importing,
never for a log, an exception or the audit log.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.exchange.mapping import FIELDS, Mapping, match_columns
from app.exchange.rows import RowError, RowReader, _Failed, unescape
from app.exchange.tables import Table
from app.files import publish
from app.gazetteer import Gazetteer, gazetteer
from app.vocab import Vocabularies, normalize, vocabularies

# Fields whose values are places the validator resolves in the gazetteer: their level.
PLACE_LEVELS = {"location.admin1": 1, "location.admin2": 2}
# Fields whose values are codes of a vocabulary: field -> vocabulary kind.
CODE_FIELDS = {
    fld: vocab_kind
    for fld, (kind, vocab_kind) in FIELDS.items()
    if kind in ("code", "codes") and vocab_kind is not None
}
RESOLVABLE = frozenset(CODE_FIELDS) | frozenset(PLACE_LEVELS)
ERROR_COLUMNS = ("row", "sheet", "column", "field", "reason")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Unmatched:
    """One distinct value of a field that matched no code: as first written in the file
    (`text`), its key in a mapping's "values" (`key`, normalized), how many cells hold it, and
    for a place, the countries of its rows (most frequent first)."""

    field: str
    text: str
    key: str
    count: int = 0
    countries: list[str] = dataclasses.field(default_factory=list)


def find_unmatched(
    table: Table,
    mapping: Mapping,
    errors: Iterable[RowError],
    *,
    vocab: Vocabularies | None = None,
) -> list[Unmatched]:
    """The distinct values behind `errors` (a check's of this table and mapping) that name no
    code of their field: by field in FIELDS order, then by count (most first) and text. A cell
    of several codes gives only its parts that match none. Repeat sheets and JSON files give
    none (their cells are not read through columns of the first sheet)."""
    if table.records is not None:
        return []
    vocab = vocab or vocabularies()
    plan, _warnings = match_columns(table.headers, mapping)
    reader = RowReader(mapping, plan, vocab)
    index = {c.header: c.index for c in plan if c.option is None}
    found: dict[tuple[str, str], Unmatched] = {}
    countries: dict[tuple[str, str], Counter[str]] = {}
    seen: set[tuple[int, str, str]] = set()
    for err in errors:
        if err.sheet is not None or err.column is None or err.field not in RESOLVABLE:
            continue
        at = index.get(err.column)
        r = err.row - table.first_row
        if at is None or not 0 <= r < len(table.rows) or (err.row, err.field, err.column) in seen:
            continue
        seen.add((err.row, err.field, err.column))
        cells = table.rows[r]
        cell = unescape(cells[at]).strip() if at < len(cells) else ""
        if not cell:
            continue
        country = None
        if err.field in PLACE_LEVELS:
            country = _country(reader, err.row, cells)
            if country is None:
                continue
            parts = [cell]
        else:
            parts = _unknown_parts(reader, err.field, cell)
        for part in parts:
            key = (err.field, normalize(part))
            entry = found.setdefault(key, Unmatched(err.field, part, key[1]))
            entry.count += 1
            if country is not None:
                countries.setdefault(key, Counter())[country] += 1
    for key, counted in countries.items():
        found[key].countries = [c for c, _n in sorted(counted.items(), key=lambda x: -x[1])]
    order = list(FIELDS)
    return sorted(found.values(), key=lambda u: (order.index(u.field), -u.count, u.text))


def _country(reader: RowReader, n: int, cells: list[str]) -> str | None:
    doc = reader.document(n, cells)[0]
    location = doc.get("location")
    code = location.get("country") if isinstance(location, dict) else None
    return code if isinstance(code, str) else None


def _unknown_parts(reader: RowReader, fld: str, cell: str) -> list[str]:
    vocab_kind = CODE_FIELDS[fld]
    if FIELDS[fld][0] == "code":
        return [] if reader._lookup(fld, vocab_kind, cell) is not None else [cell]
    try:
        parts = reader._split(fld, vocab_kind, cell)
    except _Failed:  # not to be split into choices: the whole cell is one value
        return [cell]
    return [p for p in parts if reader._lookup(fld, vocab_kind, p) is None]


def options(
    fld: str,
    countries: Iterable[str] = (),
    lang: str = "en",
    *,
    vocab: Vocabularies | None = None,
    places: Gazetteer | None = None,
) -> list[tuple[str, str]]:
    """What a value of `fld` can be: (label in `lang`, code) for a vocabulary's terms, or for
    a place the gazetteer's units of `countries` at its level (name, P-code), in list order
    (the interface collates them)."""
    if fld in PLACE_LEVELS:
        g = places or gazetteer()
        pairs: list[tuple[str, str]] = []
        several = len(set(countries)) > 1
        for country in dict.fromkeys(countries):
            for unit in g.units_of(country, PLACE_LEVELS[fld]):
                label = g.label(unit, lang)
                pairs.append((f"{label} ({country})" if several else label, unit.key))
        return pairs
    vocab = vocab or vocabularies()
    return [(term.label(lang), term.code) for term in vocab.terms(CODE_FIELDS[fld])]


def mapping_document(
    mapping: Mapping,
    columns: dict[str, str | None] | None = None,
    chosen: dict[str, dict[str, str]] | None = None,
) -> dict[str, Any]:
    """`mapping` as the JSON `parse_mapping` reads, its columns replaced by `columns` when
    given and the `chosen` codes ({field: {text: code}}) added to its "values"."""
    values: dict[str, dict[str, str]] = {fld: dict(table) for fld, table in mapping.values.items()}
    for fld, table in (chosen or {}).items():
        mine = values.setdefault(fld, {})
        for text, code in table.items():
            mine[normalize(text)] = code
    doc: dict[str, Any] = {
        "name": mapping.name,
        "columns": dict(mapping.columns if columns is None else columns),
    }
    optional: dict[str, Any] = {
        "sheet": mapping.sheet,
        "values": {fld: dict(sorted(t.items())) for fld, t in values.items() if t},
        "defaults": dict(mapping.defaults),
        "date_format": None if mapping.date_format == "iso" else mapping.date_format,
        "list_separator": mapping.list_separator,
        "title_from": mapping.title_from,
        "labels": dict(mapping.labels),
        "repeats": {
            name: {"list": r.list, "columns": dict(r.columns)}
            for name, r in mapping.repeats.items()
        },
    }
    doc.update({k: v for k, v in optional.items() if v not in (None, {}, [])})
    return doc


def save_json(doc: Any, out: Path | str, *, replace: bool = True) -> None:
    """Write `doc` as indented UTF-8 JSON to `out`, whole or not at all (app.files)."""
    _write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", Path(out), replace=replace)


def errors_csv(errors: Iterable[RowError]) -> str:
    """A check's errors as CSV text: row, sheet, column, field, reason (never a value). A
    header that a spreadsheet would run as a formula is written after a quote."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ERROR_COLUMNS)
    for e in errors:
        writer.writerow(
            [e.row, _cell(e.sheet or ""), _cell(e.column or ""), e.field, _cell(e.reason)]
        )
    return buffer.getvalue()


def save_errors(errors: Iterable[RowError], out: Path | str, *, replace: bool = True) -> None:
    """Write `errors_csv` to `out` (UTF-8 with a BOM, which Excel needs to read it as such)."""
    _write("\ufeff" + errors_csv(errors), Path(out), replace=replace)


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _write(text: str, out: Path, *, replace: bool) -> None:
    partial = out.with_name(f".{out.name}.part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        publish(partial, out, replace=replace)
    finally:
        partial.unlink(missing_ok=True)
