"""Humanitarian data beside the violations: series in HXL (the Humanitarian Exchange Language)
imported from a file, offline, as read-only datasets with their source, licence and date
(displacement, access constraints, attacks on aid reported by the protection cluster).

The accepted shape
------------------
A CSV (UTF-8) or .xlsx table whose first or second row holds HXL hashtags:

* ``#date``: a day (``2026-10-05``) or an ISO week (``2026-W41`` or ``2026W41``); under
  ``#date+week`` (or ``#date+week_start``) a day must be the week's Monday. A file gives days
  or weeks, never both; no figure is dated after today or before 1900.
* a place: ``#adm1+code`` (an admin 1 P-code of OCHA's list, checked against the gazetteer) or
  ``#country+code`` (ISO 3166-1 alpha-3, a national figure); with both, they must agree.
* one or more measures: numeric columns whose hashtag names the measure (``#affected+idps``,
  ``#inneed``, ``#indicator+num``, ...): any column of a numeric hashtag (NUMERIC) or with the
  ``+num`` attribute. Other columns (names, notes) are ignored, and not kept.

A blank figure is unknown, not an error. A row that cannot be placed (unknown P-code, no place,
no date or a bad one, a day among weeks, text in a number column, the same place, date and
measure twice) is refused with its row number, column and reason. **A file with any bad row
imports nothing**: each bad row is reported, and the person fixes the file and imports it
again. Half a series would read as a fall where rows were dropped; nothing already saved is
touched either way (one transaction).

The file is hostile until checked: read within limits by app.exchange.tables (size and row
limits, .xlsx zip bombs and DOCTYPEs refused, formulas never computed: an .xlsx's cached
values only, a CSV's text as text), never from the network; nothing of its text but the
figures and the codes is kept, so a formula in a name column goes nowhere.

libhxl reads the table (the hashtag row, tags and attributes) and validates it against SCHEMA,
and against a schema the person gives (an HXL table of #valid_* rules: a cluster's own).

Reading
-------
Figures are binned in the 7-day weeks of app.signals (ending on a chosen day, oldest first), so
they line up with the violations; a week's figure is the mean of the figures dated in it (a
weekly file: its one figure; a daily file: the average day, 1/7 of a daily flow's weekly total).
`compare` sets the last 4 weeks against the 12 before, as the signals do, for a place's
humanitarian measures and its acts by violation type.
"""

from __future__ import annotations

import builtins
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pycountry
from sqlalchemy import delete, func, insert, select

from app import places as places_
from app import signals
from app import validation as v
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import BadInput, NotFound
from app.exchange.tables import Limits, Table, is_hxl, read_table
from app.gazetteer import gazetteer
from app.ids import new_id
from app.models import HumanitarianDataset, HumanitarianValue, Incident, Violation
from app.schema.situation import HXL_TAG, PLACE_CODE, place_code
from app.store import Store

# a humanitarian file is small next to an incident import: a year of weekly figures for every
# admin 1 region of 50 countries is 80,000 rows
LIMITS = Limits(file_mb=20, rows=200_000, unpacked_mb=200)
MAX_MEASURES = 50
# figures in one file: 6 times that year of weekly figures; 20 MB of one-digit figures would
# be 8.8 million, gigabytes to check and to insert
MAX_VALUES = 500_000
INSERT_BATCH = 10_000
EARLIEST = date(1900, 1, 1)  # a figure dated before it is a slip of the keyboard
MAX_ERRORS = 500  # reported row errors; the count says how many there were in all
# hashtags whose values are numbers (HXL core schema); any other with +num
NUMERIC = frozenset(
    ("#affected", "#inneed", "#targeted", "#reached", "#population", "#capacity", "#value")
)
PLACE_TAGS = frozenset(("#date", "#adm1", "#adm2", "#adm3", "#adm4", "#adm5", "#country"))
# words for the comparison's sentence; a measure not here is named by its hashtag
WORDS = {
    "#affected+idps": "displacement",
    "#affected+displaced": "displacement",
    "#affected+refugees": "refugees",
    "#affected+returnees": "returns",
    "#inneed": "people in need",
    "#access+num": "access constraints",
    "#indicator+access+num": "access constraints",
    "#event+attacks+num": "attacks on aid",
    "#indicator+attacks+num": "attacks on aid",
}
RECENT_WEEKS = signals.RECENT_WEEKS  # 4
BASELINE_WEEKS = signals.BASELINE_WEEKS  # 12
FORMULA = ("=", "+", "-", "@", "\t", "\r")

# The schema every import passes, in libhxl's schema language (see app.exchange.hxlschema):
# dates are dates, figures numbers, codes shaped as codes. Which P-code exists is the
# gazetteer's to say (a row error), not a list of thousands in the schema.
SCHEMA: list[list[str]] = [
    ["#valid_tag", "#valid_required", "#valid_datatype", "#valid_value+regex", "#description"],
    # not libhxl's "date" type: it takes 2026W41 but not ISO's own 2026-W41
    ["#date", "true", "", r"^\d{4}(-\d{2}-\d{2}|-?W\d{2})$", "a day or an ISO week"],
    ["#adm1+code", "", "", r"^[A-Za-z][A-Za-z0-9]{1,31}$", "an admin 1 P-code"],
    ["#country+code", "", "", r"^[A-Za-z]{3}$", "ISO 3166-1 alpha-3"],
    *([tag, "", "number", "", "a figure"] for tag in sorted(NUMERIC)),
]


@dataclass(frozen=True)
class RowError:
    row: int  # the file's row (the spreadsheet's row number); 0 for the file as a whole
    column: str  # the column's letter and hashtag, "" for the row as a whole
    reason: str

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        return (
            f"{where}, {self.column}: {self.reason}" if self.column else f"{where}: {self.reason}"
        )


class BadRows(BadInput):
    """A file with rows that cannot be placed: nothing was imported. `errors` lists them
    (at most MAX_ERRORS); `count` says how many there were."""

    def __init__(self, errors: list[RowError], count: int) -> None:
        super().__init__(
            "file",
            f"{count} row error(s), first {errors[0]}; nothing was imported",
        )
        self.errors = errors
        self.count = count


@dataclass
class _Columns:
    date: int
    date_week: bool
    adm1: int | None
    country: int | None
    measures: dict[int, str]  # column index -> measure hashtag
    labels: list[str]  # column letter and hashtag, for messages
    ignored: list[str] = field(default_factory=list)


def _letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


def _label(text: Any, fld: str) -> str:
    """A dataset's name, source or licence: one line of text that no spreadsheet runs."""
    out = v.text(text, fld, required=True, max_len=300)
    assert out is not None
    if out.startswith(FORMULA):
        raise BadInput(fld, "starts with = + - @ or a tab: a spreadsheet would run it as a formula")
    if "\n" in out or "\r" in out:
        raise BadInput(fld, "is one line")
    return out


def _hxl(table: Table) -> tuple[list[list[str]], int]:
    """The rows libhxl reads (header, hashtags, data) and the file row of the first data row.
    libhxl would look for the hashtag row anywhere in the first 25 rows; we accept it as the
    first or second row only, so every data row's number is certain. Cells are stripped, as
    the rows' own checks read them (" SY01 " is SY01 to both)."""
    rows = [[c.strip() for c in row] for row in table.rows]
    if is_hxl(table.headers):
        return [table.headers, *rows], table.first_row
    if table.hxl:
        width = len(table.headers)
        tags = (table.hxl + [""] * width)[:width]
        return [table.headers, tags, *rows], table.first_row
    raise BadInput(
        "file",
        "has no row of HXL hashtags (#date, #adm1+code, #affected+idps, ...) as its first or "
        "second row",
    )


def _columns(columns: Sequence[Any]) -> _Columns:
    """Which column is the date, the place and each measure, from libhxl's parsed columns."""
    dates, adm1, country = [], [], []
    measures: dict[int, str] = {}
    labels, ignored = [], []
    for i, col in enumerate(columns):
        tag = col.tag or ""
        attrs = set(col.attributes or ())
        display = col.get_display_tag(sort_attributes=True) if tag else ""
        labels.append(f"column {_letter(i)} ({display})" if display else f"column {_letter(i)}")
        if not tag:
            continue
        if tag == "#date":
            dates.append(i)
        elif tag == "#adm1" and "code" in attrs and "iso" not in attrs:
            adm1.append(i)
        elif tag == "#country" and "code" in attrs:
            country.append(i)
        elif tag not in PLACE_TAGS and (tag in NUMERIC or "num" in attrs):
            if display in measures.values():
                raise BadInput(labels[i], "repeats the hashtag of another measure column")
            measures[i] = display
        else:
            ignored.append(labels[i])
    for found, what in ((dates, "#date"), (adm1, "#adm1+code"), (country, "#country+code")):
        if len(found) > 1:
            raise BadInput("file", f"has {len(found)} {what} columns; keep one")
    if not dates:
        raise BadInput("file", "has no #date column (a day or an ISO week)")
    if not adm1 and not country:
        raise BadInput("file", "has no place: a #adm1+code (P-code) or #country+code column")
    if not measures:
        raise BadInput(
            "file",
            "has no measure: a numeric column such as #affected+idps, #inneed or #indicator+num",
        )
    if len(measures) > MAX_MEASURES:
        raise BadInput("file", f"has more than {MAX_MEASURES} measure columns")
    return _Columns(
        date=dates[0],
        # +week, or HXL's usual +week_start: the file gives weeks by their Monday
        date_week=bool({"week", "week_start"} & set(columns[dates[0]].attributes or ())),
        adm1=adm1[0] if adm1 else None,
        country=country[0] if country else None,
        measures=measures,
        labels=labels,
        ignored=ignored,
    )


_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-?W(\d{2})")
# a figure as people write it: no thousands separators (1,200 is 1.2 in half the world), no
# exponent, no nan or infinity. Written by hand: libhxl's is_number takes whatever float()
# takes ("1e400", "nan"), and a figure that is not finite cannot be compared. As many
# decimals as a float Excel computed has (0.3333333333333333, 0.00012345678901234567).
_NUMBER = re.compile(r"-?\d{1,15}(\.\d{1,24})?")


def parse_when(text: str, as_week: bool) -> tuple[date, str]:
    """(the day, "day" or "week"); a week is stored as its Monday. Written by hand rather than
    with libhxl's normalise_date, which takes any form dateutil guesses at: 05/10/2026 is
    5 October in one office and 10 May in another, so only ISO forms are accepted."""
    text = text.strip()
    if m := _WEEK.fullmatch(text):
        year, week = int(m.group(1)), int(m.group(2))
        try:
            return date.fromisocalendar(year, week, 1), "week"
        except ValueError:
            raise ValueError(f"{year} has no ISO week {week}") from None
    if _DAY.fullmatch(text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValueError("is not a date of the calendar") from None
        if as_week:
            if day.weekday() != 0:
                raise ValueError("is not a Monday: under #date+week give a week's Monday")
            return day, "week"
        return day, "day"
    raise ValueError("is not a day (2026-10-05) or an ISO week (2026-W41)")


def _schema_errors(source: Any, schema_rows: list[list[str]], first: int) -> list[RowError]:
    """libhxl's validation of `source` against a schema table, as row errors."""
    import hxl

    found: list[RowError] = []

    def callback(e: Any) -> None:
        row = getattr(getattr(e, "row", None), "row_number", None)
        col = getattr(e, "column", None)
        rule = getattr(e, "rule", None)
        column = ""
        if col is not None:
            number = getattr(col, "column_number", None)
            tag = col.get_display_tag(sort_attributes=True)
            column = f"column {_letter(number)} ({tag})" if number is not None else tag
        why = str(getattr(e, "message", "") or "does not pass the schema")
        pattern = getattr(rule, "tag_pattern", None)
        if pattern is not None:
            why = f"{why} (schema rule {pattern})"
        found.append(RowError(first + row if row is not None else 0, column, why))

    try:
        # libhxl fetches a #valid_value+url rule's values as it parses the schema: refused
        # first, as Upfront reads nothing from the network
        for col in hxl.data(schema_rows).columns:
            if col.tag == "#valid_value" and "url" in set(col.attributes or ()):
                raise BadInput(
                    "schema",
                    "has a #valid_value+url column: Upfront reads nothing from the network; "
                    "give the values in the schema with #valid_value+list",
                )
        schema = hxl.schema(schema_rows, callback=callback)
        schema.validate(source)
    except hxl.HXLException:
        raise BadInput("schema", "is not an HXL schema libhxl can read") from None
    return found


# what app.exchange.tables offers that `upfront humanitarian import` has no option for
_NO_OPTION = re.compile(
    r", or raise the limit with --[\w-]+"
    r"|, or name the encoding it was saved in( \(--encoding [^)]*\))?"
)


def _read(path: str | Path, limits: Limits, fld: str) -> Table:
    """The table of a file (`fld`: "file" or "schema"), CSV or .xlsx, with the reader's
    messages naming `fld`, and no option this import does not have."""
    if Path(path).suffix.lower() not in (".csv", ".tsv", ".txt", ".xlsx", ".xlsm"):
        raise BadInput(fld, "must be a .csv or .xlsx file of HXL")
    try:
        return read_table(path, limits=limits, hxl_width=True)
    except BadInput as err:
        if err.field != "file":
            raise
        raise BadInput(fld, _NO_OPTION.sub("", err.reason)) from None


def read_schema(path: str | Path) -> list[list[str]]:
    """An HXL schema table (#valid_tag, #valid_required, ...) from a CSV or .xlsx file."""
    table = _read(path, Limits(file_mb=5, rows=5_000, unpacked_mb=50), "schema")
    try:
        rows, _first = _hxl(table)
    except BadInput as err:
        raise BadInput("schema", err.reason) from None
    return rows


def check_file(
    path: str | Path, *, schema: list[list[str]] | None = None, today: date | None = None
) -> tuple[Table, list[dict[str, Any]], str, list[str], list[str]]:
    """Read and check a humanitarian HXL file: (the table, its figures as rows to store
    {"day", "country", "place", "measure", "value"}, its period "day" or "week", the measures,
    the columns ignored). BadInput for a file that cannot be read at all; BadRows listing
    every row that cannot be placed, a figure dated after `today` (UTC today by default) or
    before 1900 among them: such a date is a typing slip, and it would become the dataset's
    date."""
    today = today or datetime.now(UTC).date()
    import hxl

    table = _read(path, LIMITS, "file")
    rows, first = _hxl(table)
    try:
        source = hxl.data(rows).cache()
        columns = list(source.columns)
    except hxl.HXLException:
        raise BadInput("file", "libhxl cannot read its HXL hashtag row") from None
    cols = _columns(columns)
    errors: list[RowError] = []
    flagged: set[tuple[int, str]] = set()
    places = gazetteer()
    out: list[dict[str, Any]] = []
    seen: dict[tuple[date, str, str], int] = {}
    blank: set[int] = set()  # rows that hold nothing: no schema's #valid_required for them
    period: str | None = None
    for n, row in enumerate(source):
        number = first + n
        values = list(row.values) + [""] * (len(columns) - len(row.values))
        cells = [("" if x is None else str(x)).strip() for x in values]
        if not any(cells):
            blank.add(number)
            continue  # a blank row keeps the numbering, holds nothing

        def refuse(col: int | None, reason: str, number: int = number) -> None:
            label = "" if col is None else cols.labels[col]
            if (number, label) not in flagged:
                errors.append(RowError(number, label, reason))
                flagged.add((number, label))

        bad = len(errors)
        day: date | None = None
        when = cells[cols.date]
        if not when:
            refuse(cols.date, "no date")
        else:
            try:
                day, kind = parse_when(when, cols.date_week)
            except ValueError as exc:
                refuse(cols.date, str(exc))
            else:
                if day > today:
                    refuse(cols.date, f"is after today ({today.isoformat()})")
                    day = None
                elif day < EARLIEST:
                    refuse(cols.date, f"is before {EARLIEST.year}")
                    day = None
                elif period is None:
                    period = kind
                elif kind != period:
                    refuse(cols.date, f"is a {kind} where the file's earlier rows give {period}s")
                    day = None
        place = country = None
        code = cells[cols.adm1].upper() if cols.adm1 is not None else ""
        iso3 = cells[cols.country].upper() if cols.country is not None else ""
        if iso3 and pycountry.countries.get(alpha_3=iso3) is None:
            refuse(cols.country, "unknown country: not an ISO 3166-1 alpha-3 code")
        elif code:
            unit = places.unit(code) if PLACE_CODE.fullmatch(code) else None
            if unit is None or unit.level != 1:
                refuse(cols.adm1, "unknown P-code: not an admin 1 P-code of the gazetteer")
            elif iso3 and unit.country != iso3:
                refuse(cols.adm1, f"is a P-code of {unit.country}, not of the row's {iso3}")
            else:
                place, country = unit.pcode, unit.country
        elif iso3:
            place, country = iso3, iso3
        else:
            refuse(cols.adm1 if cols.adm1 is not None else cols.country, "no place")
        figures: list[tuple[str, float]] = []
        for i, measure in cols.measures.items():
            text = cells[i]
            if not text:
                continue
            if not _NUMBER.fullmatch(text):
                refuse(i, "is not a number (digits, a point for decimals, no separators)")
                continue
            figures.append((measure, float(text)))
        if len(errors) > bad or day is None or place is None or country is None:
            continue
        for measure, value in figures:
            key = (day, place, measure)
            if key in seen:
                refuse(
                    next(i for i, m in cols.measures.items() if m == measure),
                    f"repeats row {seen[key]}: the same place, date and measure",
                )
                continue
            seen[key] = number
            if len(out) >= MAX_VALUES:
                raise BadInput(
                    "file",
                    f"holds more than {MAX_VALUES:,} figures, the limit; split it "
                    "(by year, or by country) and import each part",
                )
            out.append(
                {"day": day, "country": country, "place": place, "measure": measure, "value": value}
            )
    # then libhxl's validation, built-in schema and the person's: what our own checks said
    # of a cell (with a more precise reason) is not said twice
    for rules in (SCHEMA, schema):
        if rules is not None:
            for e in _schema_errors(source, rules, first):
                if (e.row, e.column) not in flagged and e.row not in blank:
                    errors.append(e)
                    flagged.add((e.row, e.column))
    if errors:
        errors.sort(key=lambda e: (e.row, e.column))
        raise BadRows(errors[:MAX_ERRORS], len(errors))
    if not out:
        raise BadInput("file", "holds no figure")
    measures = sorted({r["measure"] for r in out})
    return table, out, period or "day", measures, cols.ignored


class Humanitarian:
    """Humanitarian datasets in the store: import, list, read, compare, delete."""

    def __init__(self, store: Store, today: date | None = None) -> None:
        self.store = store
        self._today = today

    @property
    def today(self) -> date:
        return self._today or datetime.now(UTC).date()  # as app.situations counts days

    def import_file(
        self,
        path: str | Path,
        *,
        name: Any,
        source: Any,
        licence: Any,
        dataset_date: Any = None,
        schema: str | Path | None = None,
    ) -> dict[str, Any]:
        """Import a file as a dataset (see the module's docstring for the shape); returns
        the dataset's document. All its rows or none (BadRows lists the bad ones)."""
        name_, source_, licence_ = (
            _label(name, "name"),
            _label(source, "source"),
            _label(licence, "licence"),
        )
        on = v.full_date(dataset_date, "date")
        if on is not None:
            v.not_future(on, "date", self.today)
        rules = read_schema(schema) if schema is not None else None
        table, figures, period, measures, _ignored = check_file(
            path, schema=rules, today=self.today
        )
        with self.store.transaction() as session:
            row = HumanitarianDataset(
                id=new_id(),
                name=name_,
                source=source_,
                licence=licence_,
                dataset_date=on or max(f["day"] for f in figures),
                period=period,
                measures=measures,
                filename=Path(table.filename).name[:300],
                sha256=table.source_sha256,
                rows=len(figures),
                imported_by=self.store.user,
                imported_at=utcnow(),
            )
            session.add(row)
            session.flush()
            for i in range(0, len(figures), INSERT_BATCH):  # a batch's dicts at a time
                session.execute(
                    insert(HumanitarianValue),
                    [{"dataset_id": row.id, **f} for f in figures[i : i + INSERT_BATCH]],
                )
            AuditLog(session).append(
                self.store.user,
                "humanitarian.import",
                "humanitarian_dataset",
                row.id,
                {"sha256": table.source_sha256, "values": len(figures)},
            )
            session.flush()
            return self._doc(session, row)

    def _doc(self, session: Any, row: HumanitarianDataset) -> dict[str, Any]:
        places = session.scalars(
            select(HumanitarianValue.place)
            .where(HumanitarianValue.dataset_id == row.id)
            .group_by(HumanitarianValue.place)
            .order_by(HumanitarianValue.place)
        ).all()
        span = session.execute(
            select(func.min(HumanitarianValue.day), func.max(HumanitarianValue.day)).where(
                HumanitarianValue.dataset_id == row.id
            )
        ).one()
        return {
            "id": row.id,
            "name": row.name,
            "source": row.source,
            "licence": row.licence,
            "date": row.dataset_date.isoformat() if row.dataset_date else None,
            "period": row.period,
            "measures": list(row.measures),
            "places": list(places),
            "from": span[0].isoformat() if span[0] else None,
            "to": span[1].isoformat() if span[1] else None,
            "values": row.rows,
            "filename": row.filename,
            "sha256": row.sha256,
            "imported_by": row.imported_by,
            "imported_at": row.imported_at,
        }

    def list(self) -> builtins.list[dict[str, Any]]:
        """Every dataset, newest import first."""
        with self.store.session() as session:
            rows = session.scalars(
                select(HumanitarianDataset).order_by(
                    HumanitarianDataset.imported_at.desc(), HumanitarianDataset.id
                )
            ).all()
            return [self._doc(session, r) for r in rows]

    def get(self, dataset_id: str) -> dict[str, Any]:
        with self.store.session() as session:
            row = session.get(HumanitarianDataset, dataset_id)
            if row is None:
                raise NotFound(f"no humanitarian dataset with id {dataset_id}")
            return self._doc(session, row)

    def values(self, dataset_id: str, place: str | None = None) -> builtins.list[dict[str, Any]]:
        """A dataset's figures as imported (oldest first), of one place or all."""
        self.get(dataset_id)
        query = select(
            HumanitarianValue.day,
            HumanitarianValue.place,
            HumanitarianValue.measure,
            HumanitarianValue.value,
        ).where(HumanitarianValue.dataset_id == dataset_id)
        if place is not None:
            query = query.where(HumanitarianValue.place == place_code(place, "place"))
        query = query.order_by(
            HumanitarianValue.day, HumanitarianValue.place, HumanitarianValue.measure
        )
        with self.store.session() as session:
            return [
                {"date": d.isoformat(), "place": p, "measure": m, "value": x}
                for d, p, m, x in session.execute(query)
            ]

    def delete(self, dataset_id: str) -> None:
        """Remove a dataset and its figures (an assessment citing it keeps its citation)."""
        with self.store.transaction() as session:
            row = session.get(HumanitarianDataset, dataset_id)
            if row is None:
                raise NotFound(f"no humanitarian dataset with id {dataset_id}")
            session.execute(
                delete(HumanitarianValue).where(HumanitarianValue.dataset_id == dataset_id)
            )
            session.delete(row)
            AuditLog(session).append(
                self.store.user, "humanitarian.delete", "humanitarian_dataset", dataset_id, None
            )

    def held(self, places: Iterable[str]) -> builtins.list[dict[str, Any]]:
        """Which (dataset, place, measure) series the store holds for these places."""
        wanted = [place_code(p, "place") for p in places]
        if not wanted:
            return []
        with self.store.session() as session:
            rows = session.execute(
                select(
                    HumanitarianValue.dataset_id,
                    HumanitarianDataset.name,
                    HumanitarianValue.place,
                    HumanitarianValue.measure,
                )
                .join(HumanitarianDataset, HumanitarianDataset.id == HumanitarianValue.dataset_id)
                .where(HumanitarianValue.place.in_(wanted))
                .group_by(
                    HumanitarianValue.dataset_id,
                    HumanitarianDataset.name,
                    HumanitarianValue.place,
                    HumanitarianValue.measure,
                )
                .order_by(HumanitarianValue.place, HumanitarianValue.measure)
            ).all()
        return [{"dataset": d, "name": n, "place": p, "measure": m} for d, n, p, m in rows]

    def beside(
        self, country: str, regions: Iterable[str], *, end: date | None = None, weeks: int = 26
    ) -> dict[str, Any]:
        """What a situation's dashboard draws beside its acts: each series held for its
        places (see situation_places) per 7-day week ending on `end`, and the comparison of
        each place that has one (last 4 weeks against the 12 before)."""
        end = end or self.today
        wanted = situation_places(country, regions)
        held = self.held(wanted)
        series = [
            {
                **h,
                "values": self.series(
                    h["place"], h["measure"], end=end, weeks=weeks, dataset_id=h["dataset"]
                )["values"],
            }
            for h in held
        ]
        compared = [
            self.compare(place, end=end) for place in dict.fromkeys(h["place"] for h in held)
        ]
        return {
            "weeks": [
                (end - timedelta(days=7 * (weeks - 1 - i))).isoformat() for i in range(weeks)
            ],
            "series": series,
            "compare": compared,
        }

    def series(
        self,
        place: str,
        measure: str,
        *,
        end: date | None = None,
        weeks: int = 26,
        dataset_id: str | None = None,
    ) -> dict[str, Any]:
        """A place's measure per week: the 7-day weeks of app.signals ending on `end`
        (oldest first), each the mean of the figures dated in it, None where there is none.
        Figures of every dataset holding the measure for the place, unless `dataset_id`."""
        end = end or self.today
        code = place_code(place, "place")
        if not HXL_TAG.fullmatch(measure):
            raise BadInput("measure", "is an HXL hashtag such as #affected+idps")
        start = end - timedelta(days=7 * weeks - 1)
        query = select(HumanitarianValue.day, HumanitarianValue.value).where(
            HumanitarianValue.place == code,
            HumanitarianValue.measure == measure,
            HumanitarianValue.day >= start,
            HumanitarianValue.day <= end,
        )
        if dataset_id is not None:
            query = query.where(HumanitarianValue.dataset_id == dataset_id)
        sums = [0.0] * weeks
        counts = [0] * weeks
        with self.store.session() as session:
            for day, value in session.execute(query):
                i = weeks - 1 - (end - day).days // 7
                sums[i] += value
                counts[i] += 1
        return {
            "place": code,
            "measure": measure,
            "end": end.isoformat(),
            "weeks": [
                (end - timedelta(days=7 * (weeks - 1 - i))).isoformat() for i in range(weeks)
            ],
            "values": [s / c if c else None for s, c in zip(sums, counts, strict=True)],
        }

    def change(
        self,
        place: str,
        measure: str,
        *,
        end: date,
        recent_weeks: int = RECENT_WEEKS,
        baseline_weeks: int = BASELINE_WEEKS,
        dataset_id: str | None = None,
    ) -> dict[str, Any]:
        """A measure's mean weekly figure in the last `recent_weeks` weeks ending on `end`
        against the `baseline_weeks` before them (weeks without a figure left out), and their
        ratio (None where the baseline has nothing)."""
        values = self.series(
            place, measure, end=end, weeks=recent_weeks + baseline_weeks, dataset_id=dataset_id
        )["values"]
        recent = [x for x in values[baseline_weeks:] if x is not None]
        base = [x for x in values[:baseline_weeks] if x is not None]
        r = sum(recent) / len(recent) if recent else None
        b = sum(base) / len(base) if base else None
        ratio = r / b if r is not None and b else None
        return {"measure": measure, "recent": r, "baseline": b, "ratio": _round(ratio)}

    def acts(self, place: str, *, end: date, weeks: int) -> dict[str, builtins.list[int]]:
        """Acts (violations) per 7-day week in a place (admin 1 P-code or country), by type."""
        code = place_code(place, "place")
        start = end - timedelta(days=7 * weeks - 1)
        when = func.coalesce(Violation.date, Incident.occurred_from)
        query = (
            select(when, Violation.type)
            .join(Incident, Incident.id == Violation.incident_id)
            .where(when >= start, when <= end)
        )
        if len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None:
            query = query.where(Incident.country == code)
        else:
            query = query.where(Incident.admin1_pcode == code)
        with self.store.session() as session:
            items = [(d, t) for d, t in session.execute(query)]
        return signals.weekly_counts_by_type(items, end=end, weeks=weeks)

    def compare(
        self, place: str, *, end: date | None = None, measures: Sequence[str] | None = None
    ) -> dict[str, Any]:
        """The last 4 weeks against the 12 before (app.signals' windows), in one place, for
        its humanitarian measures (mean weekly figure) and its acts by violation type (acts a
        week; "rose" when the deterioration rule flags the type), with sentences such as
        "displacement up 3.0x where arbitrary_killing rose (2.5x)". A ratio is None where
        the baseline has nothing (no figure, or no act)."""
        end = end or self.today
        code = place_code(place, "place")
        weeks = RECENT_WEEKS + BASELINE_WEEKS
        wanted = measures or sorted({h["measure"] for h in self.held([code])})
        found = [self.change(code, measure, end=end) for measure in wanted]
        violations = []
        rose = []
        for kind, counts in sorted(self.acts(code, end=end, weeks=weeks).items()):
            signal = signals.deterioration(counts)
            recent_rate = sum(counts[BASELINE_WEEKS:]) / RECENT_WEEKS
            base_rate = sum(counts[:BASELINE_WEEKS]) / BASELINE_WEEKS
            ratio = recent_rate / base_rate if base_rate else None
            violations.append(
                {
                    "type": kind,
                    "recent": sum(counts[BASELINE_WEEKS:]),
                    "baseline": sum(counts[:BASELINE_WEEKS]),
                    "ratio": _round(ratio),
                    "rose": signal.flagged,
                }
            )
            if signal.flagged:
                rose.append(kind if ratio is None else f"{kind} ({ratio:.1f}x)")
        sentences = [sentence(m["measure"], m["ratio"], rose) for m in found if m["ratio"]]
        return {
            "place": code,
            "end": end.isoformat(),
            "recent_weeks": RECENT_WEEKS,
            "baseline_weeks": BASELINE_WEEKS,
            "measures": found,
            "violations": violations,
            "sentences": sentences,
        }


def sentence(measure: str, ratio: float, rose: Sequence[str]) -> str:
    """A measure's change worded beside the acts that rose in the same weeks, each already
    worded with its ratio: "displacement up 3.0x where arbitrary_killing (6.0x) rose"."""
    word = WORDS.get(measure, measure)
    move = "up" if ratio >= 1 else "down"
    where = f" where {', '.join(rose)} rose" if rose else " where no act rose"
    return f"{word} {move} {ratio:.1f}x{where}"


def situation_places(country: str, regions: Iterable[str]) -> list[str]:
    """The places whose humanitarian figures stand beside a situation's violations: its
    regions' admin 1 P-codes (a region the gazetteer does not know has none), then its
    country (national figures)."""
    out: list[str] = []
    for i, region in enumerate(regions):
        unit = places_.admin1_unit(country, region, f"regions[{i}]", keep=True)
        if unit is not None and unit.pcode and unit.pcode not in out:
            out.append(unit.pcode)
    return [*out, country]


def _round(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(x) else round(x, 2)


def check_series(session: Any, cited: dict[str, Any], fld: str) -> None:
    """A series an assessment cites exists here: the dataset holds the measure for the
    place (BadInput naming `fld` otherwise)."""
    if session.get(HumanitarianDataset, cited["dataset"]) is None:
        raise BadInput(f"{fld}.dataset", "is not a humanitarian dataset in this store")
    held = session.scalar(
        select(HumanitarianValue.id)
        .where(
            HumanitarianValue.dataset_id == cited["dataset"],
            HumanitarianValue.place == cited["place"],
            HumanitarianValue.measure == cited["measure"],
        )
        .limit(1)
    )
    if held is None:
        raise BadInput(fld, "the dataset has no figure of this measure for this place")
