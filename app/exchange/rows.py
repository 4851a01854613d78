"""One spreadsheet row into one incident document: `RowReader` reads each mapped cell as its
field wants (dates, numbers, counts, codes and lists of codes, GPS points, option columns),
builds the document and names what is wrong, by row, column and field, never by value.
"""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import places
from app.errors import BadInput
from app.exchange.mapping import CHILD_FIELDS, FIELDS, REQUIRED, Column, Mapping
from app.vocab import Vocabularies, normalize

# A count of people killed or injured becomes an act of this violation type.
COUNTED = {"victims.killed": "killing", "victims.injured": "maiming_injury"}
# Where a field lands in the document, when that is not the field's own name; used to tell
# which validation errors follow from a cell already reported.
DOC_PATHS = {
    "violation.type": "violations",
    "violation.victims_count": "violations",
    "victims.killed": "violations",
    "victims.injured": "violations",
    "perpetrator.category": "perpetrators",
    "source.type": "sources",
    "source.connection": "sources",
    "source.reliability": "sources",
    "location.gps": "location.lat",
}
# Stand-ins for a required field already reported, so validation can go on to the others.
PLACEHOLDERS = {"title": "-", "occurred_from": "1900-01-01", "location.country": "USA"}
TITLE_LENGTH = 120  # a title made from another field: its first sentence, at most this long
DEFAULT_SEPARATORS = re.compile(r"[,;|\n]")
# an option column's cell: Kobo writes 1 and 0 (or True and False, or nothing)
TICKED = {
    "1": True,
    "true": True,
    "yes": True,
    "x": True,
    "0": False,
    "false": False,
    "no": False,
    "": False,
}
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# Cells that Excel and LibreOffice read as a formula when they begin with one of these.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_WARNINGS = 100  # one warning per cell up to this many, then one line for the rest
SPAN = 16  # a choice's label is at most this many words, for splitting cells at spaces
SPLIT_MEMO = 100_000  # cells split remembered (then forgotten all at once: memory stays bounded)


@dataclass(frozen=True)
class RowError:
    row: int  # spreadsheet row (header = 1), or position in a JSON list (from 1)
    column: str | None  # the header the value came from; None for a default or derived field
    field: str
    reason: str
    sheet: str | None = None  # a row of another sheet than the first (a repeat group's)

    def __str__(self) -> str:
        where = (
            f"{self.column} ({self.field})"
            if self.column and self.column != self.field
            else self.field
        )
        sheet = f"sheet {self.sheet}, " if self.sheet is not None else ""
        return f"{sheet}row {self.row}, {where}: {self.reason}"


# a row read: (document, origin: document path -> column, errors, document paths reported)
Read = tuple[dict[str, Any], dict[str, str | None], list[RowError], set[str]]


class _Failed(Exception):
    """A cell that cannot be read as its field wants; carries the reason only (and, from an
    option column, which column it was)."""

    column: str | None = None


class RowReader:
    """Turns one spreadsheet row into an incident document, collecting what is wrong."""

    def __init__(self, mapping: Mapping, plan: list[Column], vocab: Vocabularies) -> None:
        self.mapping = mapping
        self.vocab = vocab
        self.memo: dict[tuple[str, str], str | None] = {}
        self.splits: dict[tuple[str, str], list[str]] = {}
        self.formulas: list[str] = []  # a warning per text cell that may run as a formula
        self.formula_cells = 0
        self.by_field: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.options: dict[str, list[Column]] = defaultdict(list)
        for column in plan:
            if column.option is None:
                self.by_field[column.field].append((column.index, column.header))
            else:
                self.options[column.field].append(column)
        # the country first: an error in it explains those of the fields that follow it
        self.order = sorted(
            set(self.by_field) | set(self.options) | set(mapping.defaults),
            key=lambda f: (f != "location.country", list(FIELDS).index(f)),
        )

    def document(self, n: int, cells: list[str]) -> Read:
        """(document, origin: document path -> column, errors, document paths reported)."""
        got: dict[str, Any] = {}
        origin: dict[str, str | None] = {}
        errors: list[RowError] = []
        bad: set[str] = set()
        for fld in self.order:
            raw: str | list[str] | None = None
            column: str | None = None
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
                got[fld] = self.value(fld, raw)
                origin[fld] = column
            except _Failed as failed:
                errors.append(RowError(n, column, fld, str(failed)))
                bad.add(DOC_PATHS.get(fld, fld))
                if fld == "location.gps":
                    bad.add("location.lon")
        source = self.mapping.title_from
        if source is not None and "title" not in got and "title" not in bad and got.get(source):
            got["title"] = make_title(got[source])
            origin["title"] = origin.get(source)
        for fld in REQUIRED:
            if fld not in got and DOC_PATHS.get(fld, fld) not in bad:
                columns = self.by_field.get(fld)
                errors.append(
                    RowError(
                        n,
                        columns[0][1] if columns else None,
                        fld,
                        "is required" if columns else "is required; no column is mapped to it",
                    )
                )
                bad.add(fld)
        for fld in REQUIRED:
            if fld not in got:
                got[fld] = PLACEHOLDERS[fld]
                if fld == "location.country":  # regions are of a country: none to check them in
                    for region in ("location.admin1", "location.admin2"):
                        got.pop(region, None)
        return self.build(n, got, origin, errors, bad)

    def build(
        self,
        n: int,
        got: dict[str, Any],
        origin: dict[str, str | None],
        errors: list[RowError],
        bad: set[str],
    ) -> Read:
        doc: dict[str, Any] = {}
        where: dict[str, str | None] = {}
        for fld in (
            "id",
            "title",
            "occurred_from",
            "occurred_to",
            "date_precision",
            "date_reported",
            "narrative",
            "confidentiality",
            "status",
        ):
            if fld in got:
                doc[fld] = got[fld]
                where[fld] = origin.get(fld)
        for group in ("location", "verification"):
            part: dict[str, Any] = {}
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
        violations: list[dict[str, Any]] = []
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
                errors.append(
                    RowError(
                        n,
                        column,
                        "violation.victims_count",
                        "applies to one violation type, and this row has "
                        f"{len(violations)}; map victims.killed or "
                        "victims.injured instead",
                    )
                )
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
            where[f"violations[{pos}]"] = where[f"violations[{pos}].victims_count"] = origin.get(
                fld
            )
        if violations:
            doc["violations"] = violations
            where["violations"] = origin.get("violation.type")
        if got.get("perpetrator.category"):
            doc["perpetrators"] = [{"category": c} for c in got["perpetrator.category"]]
            where["perpetrators"] = origin.get("perpetrator.category")
        source = {
            k.split(".", 1)[1]: got[k]
            for k in ("source.type", "source.connection", "source.reliability")
            if k in got
        }
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
            self.formulas.append(
                f"row {n}, {where}: begins with = + - @, a tab or a line "
                "break, which Excel and LibreOffice may run as a formula; "
                "imported as text"
            )

    def formula_warnings(self) -> list[str]:
        more = self.formula_cells - len(self.formulas)
        return self.formulas + (
            [f"{more} more cell(s) begin with a formula character (not listed one by one)"]
            if more > 0
            else []
        )

    # -- one value --------------------------------------------------------------------------
    def _chosen(self, fld: str, cells: list[str]) -> tuple[list[str] | None, str | None]:
        """The options ticked in a question's one-column-per-option layout, and the first
        of their columns (None, None when none is)."""
        chosen: list[str] = []
        first: str | None = None
        for column in self.options[fld]:
            cell = cells[column.index].strip() if column.index < len(cells) else ""
            ticked = TICKED.get(cell.casefold())
            if ticked is None:
                failed = _Failed(
                    "is an option column of a select_multiple question: 1 when "
                    "chosen, 0 or empty when not"
                )
                failed.column = column.header
                raise failed
            if ticked and column.option is not None:  # an option column has its option
                chosen.append(column.option)
                first = first or column.header
        return (chosen, first) if chosen else (None, None)

    def child_cell(self, fld: str, cell: str) -> tuple[Any, str | None]:
        """(value, None), or (None, the reason it cannot be read)."""
        try:
            return self.child_value(fld, unescape(cell).strip()), None
        except _Failed as failed:
            return None, str(failed)

    def child_value(self, fld: str, text: str) -> Any:
        """A cell of a repeat group's sheet, read as its child field (CHILD_FIELDS) wants."""
        kind, vocab_kind = CHILD_FIELDS[fld]
        if kind == "code" and vocab_kind is not None:
            return self._code(fld, vocab_kind, text)
        table = self.mapping.values.get(fld)
        if table is not None:
            text = table.get(normalize(text), text)
        if kind == "text":
            return text
        if kind == "date":
            return self._date(text)
        if kind == "count":
            return _count(text)
        if kind == "bool":
            answer = TICKED.get(text.casefold())
            if answer is None:
                raise _Failed("must be yes or no (1 or 0, true or false)")
            return answer
        raise AssertionError(kind)  # pragma: no cover

    def value(self, fld: str, raw: Any) -> Any:
        kind, vocab_kind = FIELDS[fld]
        if isinstance(raw, list):
            if kind != "codes" or vocab_kind is None:  # codes name their vocabulary
                raise _Failed("takes one value (the mapping's default is a list)")
            return self._codes(fld, vocab_kind, [str(x) for x in raw])
        text = str(raw).strip()
        if kind in ("code", "codes") and vocab_kind is not None:  # as each of them does
            if kind == "code":
                return self._code(fld, vocab_kind, text)
            return self._codes(fld, vocab_kind, self._split(fld, vocab_kind, text))
        table = self.mapping.values.get(fld)
        if table is not None:
            text = table.get(normalize(text), text)
        if kind == "text":
            return text
        if kind == "admin1":  # resolved by the validator (app.places): rif_dimashq is found
            return text
        if kind == "date":
            return self._date(text)
        if kind == "count":
            return _count(text)
        if kind == "number":
            return _number(text)
        if kind == "bool":
            answer = TICKED.get(text.casefold())
            if answer is None:
                raise _Failed("must be yes or no (1 or 0, true or false)")
            return answer
        if kind == "gps":
            parts = text.replace(",", " ").split()
            if len(parts) < 2:
                raise _Failed('is not a GPS point ("latitude longitude [altitude accuracy]")')
            return _number(parts[0]), _number(parts[1])
        raise AssertionError(kind)  # pragma: no cover

    def _lookup(self, fld: str, vocab_kind: str, text: str) -> str | None:
        key = (fld, text)
        if key not in self.memo:  # a column repeats a few labels thousands of times
            if len(self.memo) > SPLIT_MEMO:
                self.memo.clear()
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
        if code is None and vocab_kind == "country":  # the short names: Syria, Syrie, DRC
            with contextlib.suppress(BadInput):
                code = places.country(text.replace("_", " "), fld, self.vocab)
        return code

    def _code(self, fld: str, vocab_kind: str, text: str) -> str:
        code = self._lookup(fld, vocab_kind, text)
        if code is None:
            raise _Failed(
                f"is not a known {vocab_kind} code or label (the vocabulary lists them), "
                f'or add it to the mapping\'s "values"'
            )
        return code

    def _split(self, fld: str, vocab_kind: str, text: str) -> list[str]:
        key = (fld, text)
        parts = self.splits.get(key)
        if parts is None:  # a column repeats a few combinations thousands of times
            if len(self.splits) > SPLIT_MEMO:
                self.splits.clear()
            parts = self.splits[key] = self._split_once(fld, vocab_kind, text)
        return parts

    def _split_once(self, fld: str, vocab_kind: str, text: str) -> list[str]:
        if self._lookup(fld, vocab_kind, text) is not None:
            return [text]  # the whole cell is one label, spaces and all
        sep = self.mapping.list_separator
        if sep is not None and sep.strip():
            parts = text.split(sep)
        elif sep is not None:  # spaces: Kobo's select_multiple, names or labels
            return self._words(fld, vocab_kind, text)
        else:
            parts = DEFAULT_SEPARATORS.split(text)
            if len(parts) == 1 and len(text.split()) > 1:  # choices apart by spaces?
                with contextlib.suppress(_Failed):
                    return self._words(fld, vocab_kind, text)
        return [p.strip() for p in parts if p.strip()]

    def _words(self, fld: str, vocab_kind: str, text: str) -> list[str]:
        """A cell of choices joined by spaces (Kobo's select_multiple: "killing torture", or
        with labels "Arrest or detention Shelling"), split by greedy longest match: from
        each word, the longest run of words (at most SPAN) that is a key of the mapping's
        "values" for the field, a vocabulary code or label, or a choice of the form."""
        words = text.split()
        parts: list[str] = []
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + SPAN), i, -1):
                span = " ".join(words[i:j])
                if self._lookup(fld, vocab_kind, span) is not None:
                    parts.append(span)
                    i = j
                    break
            else:
                raise _Failed(
                    f"cannot be split into choices: from word {i + 1} of {len(words)} on, "
                    "no run of words is a known "
                    f'{vocab_kind} code or label, nor a key of the mapping\'s "values" for '
                    "the field (give the form with --form, or add the choice's labels there)"
                )
        return parts

    def _codes(self, fld: str, vocab_kind: str, parts: list[str]) -> list[str]:
        codes: list[str] = []
        for i, part in enumerate(parts):
            code = self._lookup(fld, vocab_kind, part)
            if code is None:
                which = "" if len(parts) == 1 else f"value {i + 1} of {len(parts)} "
                raise _Failed(
                    f"{which}is not a known {vocab_kind} code or label (the vocabulary lists "
                    'them), or add it to the mapping\'s "values"'
                )
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
            raise _Failed(
                f"is not a date in the mapping's date_format ({fmt}) or YYYY-MM-DD"
            ) from None


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
    return text[: cut if cut > TITLE_LENGTH // 2 else TITLE_LENGTH - 1].rstrip(" ,;:") + "…"


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
