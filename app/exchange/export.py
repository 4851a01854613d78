"""Exports for analysts and partners: CSV, Excel, JSON and HXL, cleared for an audience by
the rules reports use (`app.redaction`): one row per incident or per act for internal and UN
readers; for partners and the public, counts only (`app.aggregate`: acts per week, admin-1
region and violation type, small counts suppressed as in their reports).

A text cell of a CSV or HXL file that begins with = + - @, a tab or a carriage return gets a
leading apostrophe, so Excel and LibreOffice read it as text, never as a formula (OWASP's
advice on CSV injection); `upfront import` takes the apostrophe off again.

JSON is the complete record model, as `upfront incident show` gives it (and as `upfront
import` takes it back); the tables flatten it. HXL is the CSV with a hashtag row under the
header (Humanitarian Exchange Language), so humanitarian tools read the columns by meaning.
The file is written beside its destination and moved into place once complete; the audit log
keeps the export's audience, scope, row count and the file's SHA-256, never its content.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import io
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Row, func, select

from app import aggregate, places
from app import validation as v
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import BadInput
from app.exchange.xlsx import TooLarge, Workbook
from app.incidents import Incidents
from app.left_out import LeftOut, left_out
from app.models import Incident, Violation
from app.progress import Progress, or_silent
from app.redaction import AUDIENCES, ROW_LEVEL, Audience, Names, redact_document
from app.store import Store
from app.vocab import Vocabularies, vocabularies

log = logging.getLogger(__name__)
FORMATS = ("csv", "xlsx", "json", "hxl")
ROWS = ("incident", "act", "aggregate")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CHUNK = 2000
KILLED = {"killing", "extrajudicial_execution"}
INJURED = {"maiming_injury", "attempted_killing"}

# a redacted document, or one of its acts (victims, sources) with its "_incident"
Entry = dict[str, Any]
T = TypeVar("T")
# (column, HXL hashtag, value from the row: an Entry, or an aggregate.Cell)
Column = tuple[str, str, Callable[[T], Any]]


def _loc(key: str) -> Callable[[Entry], Any]:
    return lambda d: (d.get("location") or {}).get(key)


def _figures(doc: Entry) -> dict[str, int | None]:
    """A record's counts of people, in one pass over its acts (kept on the row object). A
    figure nothing records is None (an empty cell), never 0: victims with no act counted,
    killed or injured where such acts have no number, a breakdown by sex or age that no count
    gives."""
    cached = doc.get("_figures")
    if cached is None:
        total: dict[str, int] = dict.fromkeys(FIGURES, 0)
        known: set[str] = set()
        acts = doc.get("violations") or []
        if not any(a.get("type") in KILLED for a in acts):
            known.add("killed")  # no killing recorded: none killed, as far as the record says
        if not any(a.get("type") in INJURED for a in acts):
            known.add("injured")
        for act in acts:
            n = _act_victims(act)
            if n is not None:
                total["victims"] += n
                known.add("victims")
                if act.get("type") in KILLED:
                    total["killed"] += n
                    known.add("killed")
                elif act.get("type") in INJURED:
                    total["injured"] += n
                    known.add("injured")
            for key, value in _breakdown(act).items():
                if value is not None:
                    total[key] += value
                    known.add(key)
        cached = {k: total[k] if k in known else None for k in FIGURES}
        doc["_figures"] = cached
    return cached


FIGURES = ("victims", "killed", "injured", "female", "male", "children")


def _act_victims(act: Entry) -> int | None:
    counts = act.get("counts") or []
    if act.get("victims_count") is None and not counts:
        return None
    counted = sum(int(c.get("count") or 0) for c in counts)
    return max(int(act.get("victims_count") or 0), counted)


def _breakdown(act: Entry) -> dict[str, int | None]:
    """An act's women, men and children, each None where its counts do not say."""
    out: dict[str, int | None] = {"female": None, "male": None, "children": None}
    counts = act.get("counts") or []
    if any(c.get("sex") not in (None, "unknown") for c in counts):
        for sex in ("female", "male"):
            out[sex] = sum(int(c.get("count") or 0) for c in counts if c.get("sex") == sex)
    if any(c.get("age_group") not in (None, "unknown") for c in counts):
        out["children"] = sum(
            int(c.get("count") or 0) for c in counts if c.get("age_group") == "child"
        )
    return out


INCIDENT_COLUMNS: list[Column[Entry]] = [
    ("id", "#event+id", lambda d: d["id"]),
    ("title", "#event+name", lambda d: d["title"]),
    ("occurred_from", "#date+occurred", lambda d: d["occurred_from"]),
    ("occurred_to", "#date+end", lambda d: d["occurred_to"]),
    ("date_reported", "#date+reported", lambda d: d["date_reported"]),
    ("country", "#country+code", _loc("country")),
    ("admin1", "#adm1+name", _loc("admin1")),
    ("admin1_pcode", "#adm1+code", _loc("admin1_pcode")),
    ("admin1_code", "#adm1+code+iso", _loc("admin1_code")),
    ("admin2", "#adm2+name", _loc("admin2")),
    ("admin2_pcode", "#adm2+code", _loc("admin2_pcode")),
    ("place", "#loc+name", _loc("place")),
    ("lat", "#geo+lat", _loc("lat")),
    ("lon", "#geo+lon", _loc("lon")),
    ("location_precision", "#meta+precision", _loc("precision")),
    (
        "violation_types",
        "#event+type",
        lambda d: " ".join(dict.fromkeys(a["type"] for a in d.get("violations") or [])),
    ),
    ("acts", "#indicator+acts+num", lambda d: len(d.get("violations") or [])),
    ("victims", "#affected+num", lambda d: _figures(d)["victims"]),
    ("killed", "#affected+killed", lambda d: _figures(d)["killed"]),
    ("injured", "#affected+injured", lambda d: _figures(d)["injured"]),
    ("female", "#affected+f", lambda d: _figures(d)["female"]),
    ("male", "#affected+m", lambda d: _figures(d)["male"]),
    ("children", "#affected+children", lambda d: _figures(d)["children"]),
    (
        "perpetrator_types",
        "#org+perpetrator+type",
        lambda d: " ".join(dict.fromkeys(p["category"] for p in d.get("perpetrators") or [])),
    ),
    (
        "named_victims",
        "#meta+victim+name",  # names, not the count #affected stands for
        lambda d: "; ".join(p["name"] for p in d.get("victims") or [] if p.get("name")),
    ),
    ("verification", "#status+verification", lambda d: d["verification"]["status"]),
    ("confidentiality", "#meta+confidentiality", lambda d: d["confidentiality"]),
    ("status", "#status+record", lambda d: d["status"]),
    ("narrative", "#description", lambda d: d["narrative"]),
    ("created_at", "#date+created", lambda d: d["created_at"]),
    ("updated_at", "#date+updated", lambda d: d["updated_at"]),
]


def _of_incident(get: Callable[[Entry], Any]) -> Callable[[Entry], Any]:
    return lambda row: get(row["_incident"])


# per act: the act's own columns, then where and when its incident was
ACT_COLUMNS: list[Column[Entry]] = [
    ("incident_id", "#event+id", lambda a: a["_incident"]["id"]),
    ("act_id", "#event+act+id", lambda a: a["id"]),
    ("date", "#date+occurred", lambda a: a.get("date") or a["_incident"]["occurred_from"]),
    ("violation_type", "#event+type", lambda a: a["type"]),
    ("victims", "#affected+num", _act_victims),
    ("female", "#affected+f", lambda a: _breakdown(a)["female"]),
    ("male", "#affected+m", lambda a: _breakdown(a)["male"]),
    ("children", "#affected+children", lambda a: _breakdown(a)["children"]),
    ("method", "#description+method", lambda a: a.get("method")),
    *[
        (name, tag, _of_incident(get))
        for name, tag, get in INCIDENT_COLUMNS
        if name
        in (
            "title",
            "country",
            "admin1",
            "admin1_pcode",
            "admin1_code",
            "admin2",
            "admin2_pcode",
            "place",
            "lat",
            "lon",
            "verification",
            "confidentiality",
        )
    ],
]
VICTIM_COLUMNS: list[Column[Entry]] = [
    ("incident_id", "#event+id", lambda p: p["_incident"]["id"]),
    # a victim's particulars are not the count #affected stands for: #meta+victim
    ("victim_id", "#meta+victim+id", lambda p: p["id"]),
    ("kind", "#meta+victim+type", lambda p: p["kind"]),
    ("name", "#meta+victim+name", lambda p: p.get("name")),
    ("sex", "#meta+victim+sex", lambda p: p["sex"]),
    ("age_group", "#meta+victim+age", lambda p: p["age_group"]),
    ("group_size", "#affected+num", lambda p: p.get("group_size")),
]
SOURCE_COLUMNS: list[Column[Entry]] = [
    ("incident_id", "#event+id", lambda p: p["_incident"]["id"]),
    ("source_id", "#meta+source+id", lambda p: p["id"]),
    ("type", "#meta+source+type", lambda p: p["type"]),
    ("connection", "#meta+source+connection", lambda p: p.get("connection")),
    ("reliability", "#meta+source+reliability", lambda p: p["reliability"]),
    ("name", "#meta+source+name", lambda p: p.get("name")),
    ("information_date", "#date+information", lambda p: p.get("information_date")),
]


AGGREGATE_COLUMNS: list[Column[aggregate.Cell]] = [
    ("week", "#date+week", lambda c: c.week),
    ("country", "#country+code", lambda c: c.country),
    ("admin1", "#adm1+name", lambda c: c.admin1),
    ("admin1_pcode", "#adm1+code", lambda c: c.admin1_pcode),
    ("admin1_code", "#adm1+code+iso", lambda c: c.admin1_code),
    ("violation_type", "#event+type", lambda c: c.violation),
    ("acts", "#indicator+acts+num", lambda c: c.acts),
    ("suppressed", "#meta+suppressed", lambda c: c.note),
]


SEPARATORS = (",", ";")


@dataclass(frozen=True)
class ExportRequest:
    format: str
    audience: str
    rows: str = "incident"
    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    separator: str = ","  # csv: ";" for Excel and LibreOffice set to a decimal comma
    ids: tuple[str, ...] | None = None  # only these records (a selection in the list)

    @classmethod
    def parse(
        cls,
        *,
        format: Any,
        audience: Any,
        rows: Any = None,
        date_from: Any = None,
        date_to: Any = None,
        country: Any = None,
        separator: Any = ",",
    ) -> ExportRequest:
        """Rows left out: one per incident for internal and UN readers, the aggregate for
        partners and the public (who get nothing else)."""
        if format not in FORMATS:
            raise BadInput("format", f"is one of {', '.join(FORMATS)}")
        if audience not in AUDIENCES:
            raise BadInput("audience", f"is one of {', '.join(AUDIENCES)}")
        if rows is None:
            rows = "incident" if audience in ROW_LEVEL else "aggregate"
        if rows not in ROWS:
            raise BadInput("rows", f"is one of {', '.join(ROWS)}")
        if rows != "aggregate" and audience not in ROW_LEVEL:
            raise BadInput(
                "rows",
                "partners and the public get counts only (aggregate: acts "
                "per week, admin-1 region and violation type, small counts "
                "suppressed); rows per incident or act go to internal and un",
            )
        start = v.full_date(date_from, "from")
        end = v.full_date(date_to, "to")
        if start and end and end < start:
            raise BadInput("to", "is before from")
        if country is not None:
            country = places.country(str(country), "country")  # SYR, SY, Syria, Syrie...
        if separator not in SEPARATORS:
            raise BadInput("separator", "is , or ; (; for Excel set to a language that writes 0,5)")
        if separator != "," and format != "csv":
            raise BadInput(
                "separator", "applies to csv only (HXL, like JSON and Excel, has its own)"
            )
        return cls(format, audience, rows, start, end, country, separator)


@dataclass(frozen=True)
class Exported:
    path: Path
    incidents: int
    rows: int
    sha256: str
    # the incidents of the period and scope the export leaves out, and why (`app.left_out`)
    left_out: LeftOut = LeftOut()


class Exporter:
    def __init__(self, store: Store, vocab: Vocabularies | None = None) -> None:
        self.store = store
        self.vocab = vocab or vocabularies()
        self.progress = Progress()  # `write`'s, told of each chunk of records read

    # ---- what goes out --------------------------------------------------------------------
    def ids(self, req: ExportRequest) -> list[str]:
        audience = Audience(req.audience)
        q = select(Incident.id).where(*audience.record_filter(keep_not_facts=True))
        if req.country:
            q = q.where(Incident.country == req.country)
        if req.date_to:
            q = q.where(Incident.occurred_from <= req.date_to)
        if req.date_from:
            q = q.where(
                func.coalesce(Incident.occurred_to, Incident.occurred_from) >= req.date_from
            )
        with self.store.session() as session:
            found = session.scalars(q.order_by(Incident.occurred_from, Incident.id))
            if req.ids is not None:  # a selection: the same rule, on its records only
                wanted = set(req.ids)
                return [i for i in found if i in wanted]
            return list(found)

    def withheld(self, audience: Audience) -> Names:
        """Every name this audience may not read, anywhere in the store: a protected victim
        of another record, named in one of these records' texts, stays unnamed."""
        with self.store.session() as session:
            return audience.withheld_in(session)

    def documents(self, req: ExportRequest, *, sources: bool = True) -> Iterator[Entry]:
        """The redacted documents, a chunk at a time (a hundred thousand never sit in memory
        together); without `sources` when the format has no place for them."""
        audience = Audience(req.audience)
        if not audience.row_level:
            raise BadInput("rows", "partners and the public get counts only")
        ids = self.ids(req)
        withheld = self.withheld(audience)
        incidents = Incidents(self.store, self.vocab)
        with self.store.bulk_reads():
            done = 0
            self.progress.step(done, len(ids), "export")
            for i in range(0, len(ids), CHUNK):
                for doc in incidents.documents(ids[i : i + CHUNK], sources=sources):
                    yield redact_document(doc, audience, withheld)
                    done += 1
                    self.progress.step(done, len(ids), "export")

    # ---- writing --------------------------------------------------------------------------
    def write(
        self,
        req: ExportRequest,
        out: Path | str,
        *,
        replace: bool = True,
        progress: Progress | None = None,
    ) -> Exported:
        """Write beside `out` (`.NAME.part`) and move the file into place once whole. A
        cancel of `progress` (phase "export") stops it before the move: the partial file is
        removed, nothing stands at `out` and no audit entry is made."""
        out = Path(out)
        self.progress = or_silent(progress)
        if not out.parent.is_dir():
            raise BadInput("out", "is in a folder that does not exist")
        partial = out.with_name(f".{out.name}.part")
        try:
            with partial.open("wb") as f, _few_collections():
                writer = {
                    "csv": self._csv,
                    "hxl": self._csv,
                    "json": self._json,
                    "xlsx": self._xlsx,
                }[req.format]
                incidents, rows = writer(req, f)
                f.flush()
                os.fsync(f.fileno())
            from app.files import publish  # refuses to overwrite unless `replace`

            publish(partial, out, replace=replace)
        finally:
            partial.unlink(missing_ok=True)
        digest = _sha256(out)
        counted = self.left_out(req)
        with self.store.transaction() as session:
            AuditLog(session).append(
                self.store.user,
                "incident.export",
                "incident",
                None,
                {
                    "format": req.format,
                    "audience": req.audience,
                    "rows": req.rows,
                    "country": req.country,
                    "from": req.date_from and req.date_from.isoformat(),
                    "to": req.date_to and req.date_to.isoformat(),
                    "incidents": incidents,
                    "lines": rows,
                    "sha256": digest,
                    "left_out": counted.as_dict(),
                },
            )
        log.info(
            "export written: %d incident(s), %d line(s), %s for %s",
            incidents,
            rows,
            req.format,
            req.audience,
        )
        return Exported(out, incidents, rows, digest, counted)

    def left_out(self, req: ExportRequest) -> LeftOut:
        """The incidents of the export's period and scope it leaves out, by reason: the
        count reports print, by the rule `ids` selects with (internal exports keep what was
        found false or rejected). No account is left out: rows carry the narrative the
        audience may read, and partners and the public get counts only."""
        with self.store.session() as session:
            return left_out(
                session,
                Audience(req.audience),
                ids=list(req.ids) if req.ids is not None else None,
                country=req.country,
                date_from=req.date_from,
                date_to=req.date_to,
                keep_not_facts=True,
            )

    def aggregate(self, req: ExportRequest) -> tuple[list[aggregate.Cell], int]:
        """Acts per week, admin-1 region and violation type, suppressed for the audience;
        and the number of incidents counted."""
        from app.reports import load_template  # the report's threshold: one rule for both

        audience = Audience(req.audience)
        ids = self.ids(req)
        acts: list[Row[date, str, str | None, str | None, str | None, str]] = []
        with self.store.session() as session:
            for i in range(0, len(ids), CHUNK):
                self.progress.step(i, len(ids), "export")
                acts.extend(
                    session.execute(
                        select(
                            Incident.occurred_from,
                            Incident.country,
                            Incident.admin1,
                            Incident.admin1_pcode,
                            Incident.admin1_code,
                            Violation.type,
                        )
                        .join(Violation, Violation.incident_id == Incident.id)
                        .where(Incident.id.in_(ids[i : i + CHUNK]))
                    ).all()
                )
        # the one text in the table: a region's name. A unit's (it has a code) is the
        # gazetteer's own; one typed as it came is scrubbed (the store's withheld
        # names are read the first time one is met, once per distinct name)
        regions: dict[str | None, str | None] = {}
        withheld: list[Names] = []

        def region(name: str | None, code: str | None) -> str | None:
            if name is None or code:  # a unit's name, from the gazetteer
                return name
            if name not in regions:
                if not withheld:
                    withheld.append(self.withheld(audience))
                regions[name] = withheld[0].scrub(name) or None
            return regions[name]

        self.progress.step(len(ids), len(ids), "export")
        table = aggregate.cells(
            (
                (day, country, region(admin1, pcode or iso), pcode, iso, kind)
                for day, country, admin1, pcode, iso, kind in acts
            ),
            load_template()["threshold"],
            internal=audience.internal,
        )
        return table, len(ids)

    def _table(self, req: ExportRequest) -> tuple[list[Column[Any]], Iterator[Any], list[int]]:
        """The columns and the row objects of a flat table; counts[0] counts incidents."""
        if req.rows == "aggregate":
            table, n = self.aggregate(req)
            return AGGREGATE_COLUMNS, iter(table), [n]
        counts = [0]

        def incidents() -> Iterator[Entry]:
            for doc in self.documents(req, sources=False):  # tables have no sources column
                counts[0] += 1
                yield doc

        if req.rows == "incident":
            return INCIDENT_COLUMNS, incidents(), counts
        return (
            ACT_COLUMNS,
            (
                {**act, "_incident": doc}
                for doc in incidents()
                for act in doc.get("violations") or []
            ),
            counts,
        )

    def _csv(self, req: ExportRequest, f: io.BufferedWriter) -> tuple[int, int]:
        columns, rows, counts = self._table(req)
        text = io.TextIOWrapper(f, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=req.separator)
        writer.writerow([c[0] for c in columns])
        if req.format == "hxl":
            writer.writerow([c[1] for c in columns])
        n = 0
        for row in rows:
            writer.writerow([_text(get(row)) for _name, _tag, get in columns])
            n += 1
        text.flush()
        text.detach()
        return counts[0], n

    def _json(self, req: ExportRequest, f: io.BufferedWriter) -> tuple[int, int]:
        text = io.TextIOWrapper(f, encoding="utf-8", newline="\n")
        if req.rows == "aggregate":
            table, n = self.aggregate(req)
            json.dump(
                {
                    "format": "upfront-aggregate/1",
                    "audience": req.audience,
                    "exported_at": utcnow(),
                    "rows": "aggregate",
                    "cells": [
                        {name: get(c) for name, _tag, get in AGGREGATE_COLUMNS} for c in table
                    ],
                },
                text,
                ensure_ascii=False,
            )
            text.flush()
            text.detach()
            return n, len(table)
        head = {
            "format": "upfront-incidents/1",
            "audience": req.audience,
            "exported_at": utcnow(),
            "rows": "incident",
        }
        text.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "incidents": [\n')
        n = 0
        for doc in self.documents(req):
            text.write((",\n" if n else "") + json.dumps(doc, ensure_ascii=False))
            n += 1
        text.write("\n]}\n")
        text.flush()
        text.detach()
        return n, n

    def _xlsx(self, req: ExportRequest, f: io.BufferedWriter) -> tuple[int, int]:
        """One sheet per entity: incidents, acts, victims, sources; typed cells (dates as
        dates, numbers as numbers), a bold frozen header (`app.exchange.xlsx`: no temporary
        file)."""
        book = Workbook(f)
        if req.rows == "aggregate":
            return self._xlsx_counts(req, book)
        tables = (
            ("Incidents", None, INCIDENT_COLUMNS),
            ("Acts", "violations", ACT_COLUMNS),
            ("Victims", "victims", VICTIM_COLUMNS),
            ("Sources", "sources", SOURCE_COLUMNS),
        )
        sheets = [
            (
                role,
                columns,
                book.sheet(
                    title, [c[0] for c in columns], [_WIDTHS.get(c[0], 14.0) for c in columns]
                ),
            )
            for title, role, columns in tables
        ]
        incidents = lines = 0
        try:
            for doc in self.documents(req):
                incidents += 1
                for role, columns, sheet in sheets:
                    if role is None:
                        sheet.append([get(doc) for _n, _t, get in columns])
                        continue
                    for item in doc.get(role) or []:
                        item["_incident"] = doc  # the document is ours, and dropped next
                        sheet.append([get(item) for _n, _t, get in columns])
                        lines += role == "violations"
            book.close()
        except TooLarge as err:
            book.abandon()
            raise BadInput("format", f"{err}; export to csv, or a shorter period") from None
        except BaseException:
            book.abandon()
            raise
        return incidents, incidents if req.rows == "incident" else lines

    def _xlsx_counts(self, req: ExportRequest, book: Workbook) -> tuple[int, int]:
        columns, rows, counts = self._table(req)
        sheet = book.sheet(
            "Counts", [c[0] for c in columns], [_WIDTHS.get(c[0], 14.0) for c in columns]
        )
        lines = 0
        try:
            for row in rows:
                sheet.append([get(row) for _n, _t, get in columns])
                lines += 1
            book.close()
        except BaseException:
            book.abandon()
            raise
        return counts[0], lines


# column widths in the Excel sheets, in characters (14 otherwise)
_WIDTHS = {
    "id": 38,
    "incident_id": 38,
    "act_id": 38,
    "victim_id": 38,
    "source_id": 38,
    "title": 40,
    "narrative": 80,
    "named_victims": 30,
    "name": 24,
    "place": 24,
    "admin1": 18,
    "admin2": 18,
    "violation_types": 30,
    "perpetrator_types": 30,
    "method": 24,
    "created_at": 22,
    "updated_at": 22,
}


_collecting = threading.Lock()
_exporting = 0
_thresholds = gc.get_threshold()


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """Rarer garbage collections while an export runs. It makes millions of short-lived
    dicts and lists, none in a reference cycle, and each collection of the oldest generation
    walked every object the program holds: 2.5 s of a 22 s Excel export of 100,000 incidents.
    What exists beforehand is frozen out of the collector's walk, and the youngest generation
    is collected every 50,000 allocations instead of 700; both are given back afterwards."""
    global _exporting, _thresholds
    with _collecting:
        _exporting += 1
        if _exporting == 1:
            _thresholds = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        with _collecting:
            _exporting -= 1
            if _exporting == 0:
                gc.set_threshold(*_thresholds)
                gc.unfreeze()


def _text(value: Any) -> str:
    """A value as a CSV cell; text that a spreadsheet would run as a formula is quoted."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):  # and a text that begins with the quote itself, so that
        # import, which takes one quote off, gets back exactly what was written
        quote = value.startswith(FORMULA_START) or (
            value.startswith("'") and value[1:].startswith(FORMULA_START)
        )
        return "'" + value if quote else value
    return str(value)


def _sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()
