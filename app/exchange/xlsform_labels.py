"""What an import learns from the XLSForm behind a KoboToolbox export (`upfront import
--form FORM.xlsx`): each question's labels in every language the form has (so an export with
labels as headers finds its columns) and each choice's labels (so select_one and
select_multiple cells written as labels read as the choices' names, and a select_multiple of
labels joined by spaces splits). The form is read as hostile as any imported workbook.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from app.errors import BadInput
from app.exchange.mapping import Mapping
from app.exchange.tables import (
    DEFAULT_LIMITS,
    Limits,
    open_workbook,
    read_workbook_bytes,
    sheet_rows,
)
from app.vocab import normalize

SELECTS = ("select_one", "select_multiple")


def _sheet(book: Any, name: str) -> list[dict[str, str]] | None:
    """A sheet's rows as {column: cell}, the header folded; None when there is no such sheet."""
    for ws in book.worksheets:
        if ws.title.strip().casefold() == name:
            rows = sheet_rows(ws)
            header = [h.strip().casefold() for h in next(rows, [])]
            return [
                {h: c.strip() for h, c in zip(header, row, strict=False) if h and c.strip()}
                for row in rows
            ]
    return None


def _labels(row: dict[str, str]) -> list[str]:
    """label, label::English (en), label::Français (fr), ...: every language's."""
    return [text for col, text in row.items() if col == "label" or col.startswith("label::")]


def _key(columns: dict[str, str | None], name: str) -> str | None:
    """The mapping key a form field's name matches: exactly, ignoring case, or by its last part."""
    if name in columns:
        return name
    folded = name.casefold()
    for key in columns:
        if key.casefold() == folded or key.rsplit("/", 1)[-1].lstrip("_").casefold() == folded:
            return key
    return None


def apply_form(mapping: Mapping, path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Mapping:
    """The mapping with the form's labels added: questions' labels -> names (`labels`), and
    per mapped select question, each choice's labels -> the code its name maps to (`values`).
    What the mapping says itself is kept where both say something."""
    try:
        book = open_workbook(read_workbook_bytes(path, limits), limits)
    except BadInput as err:  # the form, not the file imported
        raise BadInput("--form", err.reason) from None
    try:
        survey = _sheet(book, "survey")
        choices = _sheet(book, "choices") or []
    except BadInput:
        raise
    except Exception:  # a damaged part shows only as it is read
        raise BadInput("--form", "is not an XLSForm workbook (or it is damaged)") from None
    finally:
        book.close()
    if survey is None:
        raise BadInput("--form", "has no survey sheet; is it an XLSForm?")
    lists: dict[str, list[dict[str, str]]] = {}
    for row in choices:
        list_name = row.get("list_name") or row.get("list name")
        if list_name and row.get("name"):
            lists.setdefault(list_name, []).append(row)
    labels = dict(mapping.labels)
    values = {fld: dict(table) for fld, table in mapping.values.items()}
    repeats: list[str] = []
    for n, row in enumerate(survey, start=2):
        kind = row.get("type", "").split()
        name = row.get("name", "")
        if not kind:
            continue
        control = " ".join(kind).replace("_", " ").casefold()
        if control == "begin repeat":
            repeats.append(name)
        if control == "end repeat" and repeats:
            repeats.pop()
        if control.startswith(("begin ", "end ")):
            continue  # a group's label only prefixes its questions' in headers
        if not name:
            continue
        for label in _labels(row):
            labels.setdefault(normalize(label), name)
        if kind[0] not in SELECTS:
            continue
        if len(kind) < 2 or kind[1] not in lists:
            raise BadInput(
                "--form",
                f"survey row {n}: the choice list of a {kind[0]} is not in the choices sheet",
            )
        repeat = mapping.repeats.get(repeats[-1]) if repeats else None
        columns = repeat.columns if repeat is not None else mapping.columns
        key = _key(columns, name)
        target = columns.get(key) if key is not None else None
        if target is None:
            continue
        table = values.setdefault(target, {})
        for choice in lists[kind[1]]:
            code = table.get(normalize(choice["name"]), choice["name"])
            for label in _labels(choice):
                table.setdefault(normalize(label), code)
    return dataclasses.replace(mapping, labels=labels, values=values)
