"""Mappings: which column of a file fills which incident field (`FIELDS`), how labels become
codes, and the matching of a file's headers to a mapping's columns (Kobo group prefixes and
one-column-per-option layouts included). The format is in resources/mappings/README.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from app.errors import BadInput
from app.exchange.tables import MB
from app.vocab import normalize

# What a column can fill: field -> (kind of value, vocabulary). Kinds: text, date, number
# (a decimal), count (a whole number), code (one vocabulary code), codes (one or several),
# admin1 (text the validator resolves in the gazetteer: app.places), gps (a Kobo geopoint
# "lat lon alt acc").
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
    "location.sensitive": ("bool", None),
    "location.not_in_gazetteer": ("bool", None),
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
# What a column of a repeat group's sheet (Kobo's XLSX export) can fill: one repeat row is one
# child of the incident, in the list its repeat names. Kinds as above; bool: yes/no, 1/0.
CHILD_FIELDS: dict[str, tuple[str, str | None]] = {
    "violation.type": ("code", "violation"),
    "violation.victims_count": ("count", None),
    "violation.date": ("date", None),
    "victim.kind": ("code", "victim-kind"),
    "victim.name": ("text", None),
    "victim.sex": ("code", "sex"),
    "victim.age_group": ("code", "age-group"),
    "victim.protected": ("bool", None),
    "victim.consent": ("code", "consent"),
    "victim.consent_date": ("date", None),
    "victim.group_size": ("count", None),
    "perpetrator.category": ("code", "perpetrator"),
    "perpetrator.name": ("text", None),
    "source.type": ("code", "source-type"),
    "source.connection": ("code", "source-connection"),
    "source.reliability": ("code", "reliability"),
    "source.protected": ("bool", None),
}
LISTS = {
    "violations": "violation",
    "victims": "victim",
    "perpetrators": "perpetrator",
    "sources": "source",
}
SHEET_NAME = 31  # Excel cuts a sheet's name to this many characters
REQUIRED = ("title", "occurred_from", "location.country")
MAPPING_KEYS = {
    "name",
    "description",
    "sheet",
    "columns",
    "values",
    "defaults",
    "date_format",
    "list_separator",
    "title_from",
    "labels",
    "repeats",
}
TITLE_FROM = ("narrative", "location.place", "location.admin2", "location.admin1")
MAPPING_BYTES = 1 * 1024 * 1024  # a mapping file is read up to this size
MULTI = {f for f, (kind, _v) in FIELDS.items() if kind == "codes"}  # several values a cell
_BUILTIN = re.compile(r"^[a-z0-9_-]+$")


@dataclass
class Repeat:
    """A repeat group of the form: its sheet in Kobo's XLSX export fills one child list."""

    name: str  # as the XLSForm names it; the sheet is named so, cut to 31 characters
    list: str  # violations | victims | perpetrators | sources
    columns: dict[str, str | None]


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
    labels: dict[str, str] = field(default_factory=dict)  # normalized label -> XML name
    repeats: dict[str, Repeat] = field(default_factory=dict)


# Without a mapping: columns named like the fields, or like the columns of
# `upfront export --format csv` (one row per incident).
EXPORT_COLUMNS = {
    "country": "location.country",
    "admin1": "location.admin1",
    "admin2": "location.admin2",
    "place": "location.place",
    "lat": "location.lat",
    "lon": "location.lon",
    "location_precision": "location.precision",
    "violation_types": "violation.type",
    "perpetrator_types": "perpetrator.category",
    "verification": "verification.status",
}


def field_names_mapping() -> Mapping:
    """Without a mapping, columns named like the fields (title, location.country, ...) or
    like the columns of Upfront's own CSV export."""
    return Mapping(name="field names", columns={**{f: f for f in FIELDS}, **EXPORT_COLUMNS})


def load_mapping(spec: str | Path | None) -> Mapping:
    """A mapping from a JSON file, or a starter mapping shipped in resources/mappings by its
    name (`kobo`); None gives the field-names mapping. A bare name (text without a path
    separator or a .json suffix) is always a starter mapping, never a file or folder of that
    name in the working directory: a file is `./kobo` or `kobo.json`. A Path is a file."""
    if spec is None:
        return field_names_mapping()
    if isinstance(spec, str) and _is_bare_name(spec):
        if _BUILTIN.match(spec):
            builtin = resources.files("resources.mappings") / f"{spec}.json"
            if builtin.is_file():
                return parse_mapping(_mapping_json(builtin.read_bytes()), default_name=spec)
        shipped = sorted(
            x.name[:-5]
            for x in resources.files("resources.mappings").iterdir()
            if x.name.endswith(".json")
        )
        raise BadInput(
            "--mapping",
            f"no starter mapping has that name (there are: {', '.join(shipped)}); "
            "a mapping file is named with a path (./name) or a .json suffix",
        )
    path = Path(spec)
    try:
        with path.open("rb") as f:
            raw = f.read(MAPPING_BYTES + 1)  # a mapping is a few KB; never a device's stream
    except OSError as exc:
        raise BadInput("--mapping", f"cannot read {spec}: {exc.strerror or 'unreadable'}") from None
    if len(raw) > MAPPING_BYTES:
        raise BadInput(
            "--mapping", f"is larger than {MAPPING_BYTES // MB} MB; a mapping is a few KB of JSON"
        )
    return parse_mapping(_mapping_json(raw), default_name=path.stem)


def _is_bare_name(spec: str) -> bool:
    return not any(sep in spec for sep in ("/", "\\")) and not spec.casefold().endswith(".json")


def _mapping_json(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BadInput("mapping", "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BadInput(
            "mapping", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise BadInput("mapping", "nests lists or objects too deeply") from None
    except ValueError:  # an integer of more digits than Python converts
        raise BadInput("mapping", "holds a number too long to be read") from None


def _known_field(name: Any, where: str, fields: Any = FIELDS) -> str:
    if not isinstance(name, str) or name not in fields:  # a JSON list is no field either
        raise BadInput(where, f"unknown field; expected one of: {', '.join(fields)}")
    return name


VALUE_FIELDS = {**FIELDS, **CHILD_FIELDS}  # "values" may convert cells of both


def parse_mapping(doc: Any, *, default_name: str = "mapping") -> Mapping:
    if not isinstance(doc, dict):
        raise BadInput("mapping", "must be a JSON object")
    for key in doc:
        if key not in MAPPING_KEYS:
            raise BadInput(
                f"mapping.{key}", f"unknown key; expected one of: {', '.join(sorted(MAPPING_KEYS))}"
            )
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
        _known_field(fld, f"mapping.values.{fld}", VALUE_FIELDS)
        if not isinstance(table, dict) or not all(
            isinstance(k, str) and isinstance(x, str) for k, x in table.items()
        ):
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
        raise BadInput(
            "mapping.date_format", 'must be "iso" or a strftime format such as "%d/%m/%Y"'
        )
    separator = doc.get("list_separator")
    if separator is not None and (not isinstance(separator, str) or not separator):
        raise BadInput("mapping.list_separator", 'must be non-empty text, e.g. " " or ","')
    sheet = doc.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise BadInput("mapping.sheet", "must be the name of a sheet")
    title_from = doc.get("title_from")
    if title_from is not None and title_from not in TITLE_FROM:
        raise BadInput("mapping.title_from", f"must be one of: {', '.join(TITLE_FROM)}")
    name = doc.get("name", default_name)
    if not isinstance(name, str):
        raise BadInput("mapping.name", "must be text")
    raw_labels = doc.get("labels", {})
    if not isinstance(raw_labels, dict) or not all(
        isinstance(k, str) and isinstance(x, str) for k, x in raw_labels.items()
    ):
        raise BadInput("mapping.labels", 'must be an object {"label as exported": "XML name"}')
    labels = {normalize(k): x for k, x in raw_labels.items()}
    repeats = _repeats(doc.get("repeats", {}))
    return Mapping(
        name=name,
        columns=dict(columns),
        values=values,
        defaults=dict(defaults),
        date_format=date_format,
        list_separator=separator,
        sheet=sheet,
        title_from=title_from,
        labels=labels,
        repeats=repeats,
    )


def _repeats(raw: Any) -> dict[str, Repeat]:
    if not isinstance(raw, dict):
        raise BadInput(
            "mapping.repeats", 'must be an object {"repeat group": {"list": ..., "columns": ...}}'
        )
    repeats: dict[str, Repeat] = {}
    for name, entry in raw.items():
        where = f"mapping.repeats.{name}"
        if not isinstance(entry, dict):
            raise BadInput(where, 'must be an object {"list": ..., "columns": {...}}')
        for key in entry:
            if key not in ("list", "columns"):
                raise BadInput(f"{where}.{key}", "unknown key; expected list, columns")
        kind = entry.get("list")
        if kind not in LISTS:
            raise BadInput(f"{where}.list", f"must be one of: {', '.join(LISTS)}")
        columns = entry.get("columns")
        if not isinstance(columns, dict) or not columns:
            raise BadInput(f"{where}.columns", 'must be an object {"column name": "field"}')
        fields = [f for f in CHILD_FIELDS if f.startswith(LISTS[kind] + ".")]
        for header, target in columns.items():
            if target is not None:
                _known_field(target, f"{where}.columns.{header}", fields)
        repeats[name] = Repeat(name, kind, dict(columns))
    return repeats


def repeat_of_sheet(mapping: Mapping, sheet: str) -> Repeat | None:
    """The repeat whose sheet this is: Kobo names it after the group, cut to 31 characters."""
    for name, repeat in mapping.repeats.items():
        if name == sheet or name[:SHEET_NAME] == sheet:
            return repeat
    return None


def _last_part(header: str) -> str:
    """Kobo group prefixes go: "incident/incident_date" -> "incident_date"."""
    return header.rsplit("/", 1)[-1].lstrip("_").casefold()


@dataclass(frozen=True)
class Column:
    """A column of the file that fills a field. `option`: one choice of a select_multiple
    question exported one column per option (Kobo's "split" layout: 1 when chosen)."""

    index: int
    header: str
    field: str
    option: str | None = None


def _parent(header: str) -> str | None:
    """ "incident/incident_type/killing" -> "incident/incident_type"; None without a "/"."""
    return header.rsplit("/", 1)[0] if "/" in header else None


def match_columns(
    headers: list[str],
    mapping: Mapping,
    columns: dict[str, str | None] | None = None,
    multi_fields: set[str] = MULTI,
    quiet: tuple[str, ...] = (),
) -> tuple[list[Column], list[str]]:
    """The columns read, in file order, and a warning per column not mapped. A header
    matches a mapping key exactly, else ignoring case, else by its last part after "/"
    (leading underscores ignored). A header under a key of a multi-value field
    ("incident_type/killing" under "incident_type") is one option of that question, exported
    one column per option, when the question's own column is in the file too or the header
    matches no key by itself. A header that matches no key may be a label (Kobo's export
    "Labels"): the mapping's `labels` give its XML name, which is then matched as above;
    a label under group labels ("Incident/Date of incident") by its last part too.
    `columns`: a repeat's columns instead of the mapping's; headers starting with one of
    `quiet` are not warned about."""
    columns = mapping.columns if columns is None else columns
    exact = dict(columns)
    folded: dict[str, str] = {}
    last: dict[str, str] = {}
    for name in columns:
        folded.setdefault(name.casefold(), name)
        last.setdefault(_last_part(name), name)
    memo: dict[str, str | None] = {}

    def by_name(header: str) -> str | None:
        return (
            header
            if header in exact
            else folded.get(header.casefold()) or last.get(_last_part(header))
        )

    def key_of(header: str) -> str | None:
        if header not in memo:
            key = by_name(header)
            if key is None and mapping.labels:
                name = mapping.labels.get(normalize(header))
                if name is None and "/" in header:
                    name = mapping.labels.get(normalize(header.rsplit("/", 1)[1]))
                key = by_name(name) if name is not None else None
            memo[header] = key
        return memo[header]

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
        multi = columns[question] if question is not None else None
        if multi is not None and multi in multi_fields and (key is None or parent in present):
            option = header.rsplit("/", 1)[1]
            if option:
                plan.append(Column(i, header, multi, option))
                continue
        if key is None:
            if not header.startswith(quiet):
                warnings.append(f"column {header} is not mapped; ignored")
            continue
        target = columns[key]
        if target is None:
            continue  # mapped to nothing on purpose
        if header in seen:
            warnings.append(f"column {header} appears twice; the first one is read")
            continue
        seen.add(header)
        plan.append(Column(i, header, target))
    return plan, warnings
