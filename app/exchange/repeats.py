"""Repeat groups of a KoboToolbox XLSX export: each repeat has its own sheet (named after the
group, cut to 31 characters), whose rows join the first sheet's by `_parent_index` = `_index`.
One repeat row is one child of its incident (a violation, victim, perpetrator or source), as
the mapping's "repeats" say. Kobo's CSV export has no repeat groups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.exchange.mapping import Mapping, match_columns, repeat_of_sheet
from app.exchange.rows import RowError, RowReader
from app.exchange.tables import Table

INDEX = "_index"
PARENT = "_parent_index"
DEGREE = "carried_out"  # a perpetrator of a repeat: of every violation of the incident


@dataclass
class Child:
    sheet: str
    row: int  # the sheet's row (its header is row 1)
    list: str  # violations | victims | perpetrators | sources
    values: dict[str, Any]  # child key (type, name, ...) -> value
    origin: dict[str, str]  # child key -> the header it came from


@dataclass
class Repeats:
    children: dict[str, list[Child]] = field(default_factory=dict)  # by the parent's _index
    broken: dict[str, list[RowError]] = field(default_factory=dict)  # cells that did not read
    orphans: list[RowError] = field(default_factory=list)  # rows whose parent is not there
    warnings: list[str] = field(default_factory=list)


def _column(headers: list[str], name: str) -> int | None:
    for i, header in enumerate(headers):
        if header == name or header.rsplit("/", 1)[-1] == name:
            return i
    return None


def index_column(table: Table) -> int | None:
    """The first sheet's `_index` column, which repeat rows name as their parent."""
    return _column(table.headers, INDEX)


def read_repeats(table: Table, mapping: Mapping, reader: RowReader, parents: set[str]) -> Repeats:
    """The children of each submission, from the workbook's other sheets. `parents`: the
    first sheet's `_index` values."""
    out = Repeats()
    for name, sheet in table.sheets.items():
        repeat = repeat_of_sheet(mapping, name)
        if repeat is None:
            out.warnings.append(
                f'sheet {name} is not a repeat group of the mapping\'s "repeats"; ignored'
            )
            continue
        parent_at = _column(sheet.headers, PARENT)
        if parent_at is None:
            out.warnings.append(f"sheet {name} has no {PARENT} column; ignored")
            continue
        plan, unmapped = match_columns(
            sheet.headers, mapping, repeat.columns, multi_fields=set(), quiet=("_",)
        )
        out.warnings.extend(f"sheet {name}: {w}" for w in unmapped)
        for n, cells in enumerate(sheet.rows, start=sheet.first_row):
            if not any(c.strip() for c in cells):
                continue
            parent = cells[parent_at].strip() if parent_at < len(cells) else ""
            if parent not in parents:
                out.orphans.append(
                    RowError(
                        n,
                        sheet.headers[parent_at],
                        PARENT,
                        "names no submission of the first sheet (no row there has this "
                        f"{INDEX}); the row is not imported",
                        sheet=name,
                    )
                )
                continue
            child = Child(name, n, repeat.list, {}, {})
            errors: list[RowError] = []
            for column in plan:
                cell = cells[column.index] if column.index < len(cells) else ""
                if not cell.strip():
                    continue
                key = column.field.split(".", 1)[1]
                if key in child.values:
                    continue  # the first non-empty column of a field, as on the first sheet
                value, reason = reader.child_cell(column.field, cell)
                if reason is not None:
                    errors.append(RowError(n, column.header, column.field, reason, sheet=name))
                    continue
                child.values[key] = value
                child.origin[key] = column.header
            if errors:
                out.broken.setdefault(parent, []).extend(errors)
            else:
                out.children.setdefault(parent, []).append(child)
    return out


def attach(
    doc: dict[str, Any], where: dict[str, str | None], children: list[Child]
) -> dict[str, tuple[str, int]]:
    """Add a submission's children to its document (a violation of a type the row already
    names fills that one); returns where each child came from: "victims[2]" -> (sheet, row),
    so a validation error is told at the repeat's row."""
    homes: dict[str, tuple[str, int]] = {}
    row_types = {x["type"] for x in doc.get("violations", [])}
    filled: set[str] = set()
    for child in sorted(children, key=lambda c: c.list != "violations"):  # violations first
        items = doc.setdefault(child.list, [])
        values = dict(child.values)
        target = None
        if child.list == "violations":
            kind = values.get("type")
            if isinstance(kind, str) and kind in row_types and kind not in filled:
                target = next(x for x in items if x.get("type") == kind)
                filled.add(kind)
        if child.list == "perpetrators" and doc.get("violations"):
            values["involvement"] = [
                {"violation": i, "degree": DEGREE} for i in range(len(doc["violations"]))
            ]
        if target is None:
            items.append(values)
            pos = len(items) - 1
        else:
            target.update(values)
            pos = items.index(target)
        path = f"{child.list}[{pos}]"
        homes[path] = (child.sheet, child.row)
        where.setdefault(path, None)
        for key, header in child.origin.items():
            where[f"{path}.{key}"] = header
    return homes


def home_of(path: str, homes: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    """The repeat row a document path ("victims[2].sex") came from, if any."""
    cut = path.find("]")
    return homes.get(path[: cut + 1]) if cut > 0 else None
