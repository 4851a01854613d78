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

This module holds `check` and `commit`; the package's other modules read the file (`tables`),
map its columns (`mapping`), read its rows (`rows`) and find likely duplicates (`duplicates`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.errors import BadInput
from app.exchange.duplicates import Duplicate, find_duplicates
from app.exchange.mapping import REQUIRED, Mapping, field_names_mapping, match_columns
from app.exchange.repeats import INDEX, PARENT, Repeats, attach, home_of, index_column, read_repeats
from app.exchange.rows import PLACEHOLDERS, RowError, RowReader
from app.exchange.tables import Table, surrogate_path
from app.incidents import Incidents
from app.models import Incident
from app.progress import Progress, or_silent
from app.schema.incident import Rows
from app.store import Store
from app.vocab import Vocabularies, vocabularies

log = logging.getLogger(__name__)


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
        """Rows not imported for an error: of the first sheet, and repeat rows without a
        parent (a repeat row with an error is told on its parent's row too)."""
        return len({(e.sheet, e.row) for e in self.errors if e.sheet is None or e.field == PARENT})

    @property
    def duplicate_rows(self) -> set[int]:
        return {d.row for d in self.duplicates}

    def to_import(self, keep_duplicates: bool = False) -> list[tuple[int, Rows]]:
        skip = set() if keep_duplicates else self.duplicate_rows
        return [(n, rows) for n, rows in self.valid if n not in skip]

    def summary(self) -> str:
        dups = len(self.duplicate_rows)
        return (
            f"{self.rows} rows: {len(self.valid)} valid, {self.error_rows} with errors, "
            f"{dups} likely duplicate{'' if dups == 1 else 's'}"
        )

    def as_json(self) -> dict[str, Any]:
        """Rows, columns, fields and reasons; never a cell's value."""
        return {
            "mapping": self.mapping,
            "rows": self.rows,
            "valid": len(self.valid),
            "valid_rows": [n for n, _ in self.valid],
            "error_rows": self.error_rows,
            "errors": [
                {"row": e.row, "column": e.column, "field": e.field, "reason": e.reason}
                | ({"sheet": e.sheet} if e.sheet is not None else {})
                for e in self.errors
            ],
            "warnings": list(self.warnings),
            "duplicates": [
                {"row": d.row, "other": d.other, "score": d.score} for d in self.duplicates
            ],
        }


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


def _drop(doc: dict[str, Any], path: str) -> bool:
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


def _validate(
    incidents: Incidents,
    n: int,
    doc: Any,
    where: dict[str, str | None],
    errors: list[RowError],
    bad: set[str],
) -> Rows | None:
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
    return Rows(
        incident={
            k: inc.get(k)
            for k in (
                "id",
                "title",
                "occurred_from",
                "country",
                "admin1",
                "admin1_code",
                "admin1_pcode",
            )
        },
        violations=[{"type": x["type"]} for x in rows.violations],
        victims=_NOTHING,
        perpetrators=_NOTHING,
        involvements=_NOTHING,
        sources=_NOTHING,
    )


_NOTHING: Any = ()  # what a dry run's row holds of its victims, perpetrators and sources


def check(
    store: Store,
    table: Table,
    mapping: Mapping | None = None,
    *,
    vocab: Vocabularies | None = None,
    keep_rows: bool = True,
    progress: Progress | None = None,
) -> Checked:
    """Read every row, validate it, and flag likely duplicates; writes nothing. Without
    `keep_rows` (a dry run), the valid rows are judged the same way but only what the id and
    duplicate checks read is kept of them, a fifth of the memory; `commit` refuses them.
    `progress` is told of each row (phase "check"); a cancel stops it (nothing was written)."""
    progress = or_silent(progress)
    valid: list[tuple[int, Rows]] = []

    def keep(n: int, rows: Rows) -> None:
        valid.append((n, rows if keep_rows else _slim(rows)))

    vocab = vocab or vocabularies()
    incidents = Incidents(store, vocab)
    errors: list[RowError] = []
    warnings = list(table.warnings)
    rows_read = 0
    if table.records is not None:
        if mapping is not None and mapping.name != "field names":
            warnings.append("a mapping does not apply to JSON files; ignored")
        total = len(table.records)
        for n, record in enumerate(table.records, start=1):
            progress.step(n - 1, total, "check")
            rows_read += 1
            mine: list[RowError] = []
            surrogate = surrogate_path(record)
            if surrogate is not None:  # nothing could store it, nor print it
                errors.append(
                    RowError(
                        n,
                        None,
                        surrogate,
                        "holds text that is not valid Unicode (a lone surrogate)",
                    )
                )
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
        reader = RowReader(mapping, plan, vocab)
        id_columns = [c.header for c in plan if c.field == "id"]
        id_column = id_columns[0] if len(id_columns) == 1 else None
        repeats, at = _repeats(table, mapping, reader, warnings)
        errors.extend(repeats.orphans)
        total = len(table.rows)
        for n, cells in enumerate(table.rows, start=table.first_row):
            progress.step(n - table.first_row, total, "check")
            if not any(c.strip() for c in cells):
                continue
            rows_read += 1
            doc, where, mine, bad = reader.document(n, cells)
            homes: dict[str, tuple[str, int]] = {}
            if at is not None:
                parent = cells[at].strip() if at < len(cells) else ""
                homes = attach(doc, where, repeats.children.get(parent, []))
                broken = repeats.broken.get(parent, [])
                mine.extend(_told_on_parent(n, broken))
            rows = _validate(incidents, n, doc, where, mine, bad)
            errors.extend(_rehome(n, mine, homes) if homes else mine)
            if rows is not None:
                keep(n, rows)
        warnings.extend(reader.formula_warnings())
    if rows_read == 0:
        raise BadInput("file", "has no data rows")
    progress.step(total, total, "check")
    valid = _known_ids(store, valid, errors, id_column)
    errors.sort(key=lambda e: (e.sheet is not None, e.sheet or "", e.row))
    duplicates = find_duplicates(store, valid, within_file=table.records is None)
    return Checked(rows_read, valid, errors, warnings, duplicates, mapping_name, complete=keep_rows)


def _repeats(
    table: Table, mapping: Mapping, reader: RowReader, warnings: list[str]
) -> tuple[Repeats, int | None]:
    """The repeat groups' children, and the first sheet's `_index` column that joins them
    (None when there is nothing to join)."""
    if table.format == "csv" and mapping.repeats:
        warnings.append(
            "the mapping has repeat groups, which KoboToolbox's CSV export leaves out: "
            "only the submissions' own fields are imported; use the XLSX export for them"
        )
    if not table.sheets:
        return Repeats(), None
    at = index_column(table)
    if at is None:
        if mapping.repeats:
            warnings.append(
                f"the first sheet has no {INDEX} column, which joins the other "
                "sheets' rows to it; the other sheets are ignored"
            )
        return Repeats(), None
    parents = {row[at].strip() for row in table.rows if at < len(row) and row[at].strip()}
    repeats = read_repeats(table, mapping, reader, parents)
    warnings.extend(repeats.warnings)
    return repeats, at


def _told_on_parent(n: int, broken: list[RowError]) -> list[RowError]:
    """A repeat row's errors, and one on its submission's row, which is not imported."""
    told = list(broken)
    for sheet, row in dict.fromkeys((e.sheet, e.row) for e in broken):
        told.append(
            RowError(n, None, "repeat", f"its repeat row {row} of sheet {sheet} has an error")
        )
    return told


def _rehome(n: int, mine: list[RowError], homes: dict[str, tuple[str, int]]) -> list[RowError]:
    """Validation errors of a child from a repeat row, told at that row (and on the parent)."""
    out: list[RowError] = []
    for err in mine:
        home = home_of(err.field, homes) if err.sheet is None else None
        if home is None:
            out.append(err)
            continue
        sheet, row = home
        out.append(RowError(row, err.column, err.field, err.reason, sheet=sheet))
        out.append(
            RowError(n, None, "repeat", f"its repeat row {row} of sheet {sheet} has an error")
        )
    return out


def _known_ids(
    store: Store, valid: list[tuple[int, Rows]], errors: list[RowError], column: str | None
) -> list[tuple[int, Rows]]:
    """Rows whose id is already in the store, or given twice in the file, are errors."""
    given = [rows.incident["id"] for _, rows in valid]
    existing: set[str] = set()
    with store.session() as session:
        for i in range(0, len(given), 500):
            existing.update(
                session.scalars(select(Incident.id).where(Incident.id.in_(given[i : i + 500])))
            )
    out: list[tuple[int, Rows]] = []
    first: dict[str, int] = {}
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


# ---- committing ------------------------------------------------------------------------------
def commit(
    store: Store,
    checked: Checked,
    table: Table,
    *,
    keep_duplicates: bool = False,
    progress: Progress | None = None,
) -> list[str]:
    """Insert the valid rows (less likely duplicates unless `keep_duplicates`) in one
    transaction, with one `incident.import` audit entry: file name, SHA-256 and counts.
    `progress` is told of each chunk inserted (phase "import"); a cancel rolls the whole
    transaction back, so the store is as it was before the import."""
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
    ids = Incidents(store).insert_validated(
        [rows for _, rows in chosen], audit=("incident.import", detail), progress=progress
    )
    log.info(
        "import committed: %d of %d row(s) (%s), %d with errors, %d duplicate(s)%s",
        len(ids),
        checked.rows,
        table.format,
        checked.error_rows,
        flagged,
        " kept" if keep_duplicates else " skipped",
    )
    return ids
