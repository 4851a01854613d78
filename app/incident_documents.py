"""An incident as its JSON document: built from its stored rows (one record, or many in bulk
for exports), from rows about to be inserted, masked for the screen, and compared field by field.

The document's shape is `app.schema.incident.IncidentDocument`; the writes that use these
(history, outbox) are in app.incidents.
"""

from __future__ import annotations

import copy
import json
from collections import namedtuple
from collections.abc import Iterable, Mapping, Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import validation as v
from app.errors import NotFound
from app.models import Incident, Involvement, Perpetrator, Source, Victim, Violation
from app.schema.incident import EDITABLE, IncidentDocument, InvolvementDocument, Rows


# ---- building -------------------------------------------------------------------------------
def document(
    inc: Any,
    violations: Sequence[Any],
    victims: Iterable[Any],
    perpetrators: Iterable[Any],
    involvements: Iterable[Any],
    sources: Iterable[Any],
) -> IncidentDocument:
    # Any: each is a model instance, a bulk row (_Bulk) or a namespace of a row's values
    vindex = {x.id: i for i, x in enumerate(violations)}
    links: dict[str, list[InvolvementDocument]] = {}
    for link in involvements:
        links.setdefault(link.perpetrator_id, []).append(
            {"violation": vindex[link.violation_id], "degree": link.degree}
        )
    for value in links.values():
        value.sort(key=lambda x: x["violation"])
    fmt = v.format_date
    return {
        "id": inc.id,
        "title": inc.title,
        "occurred_from": fmt(inc.occurred_from, inc.date_precision),
        "occurred_to": fmt(inc.occurred_to, inc.date_precision),
        "date_precision": inc.date_precision,
        "date_reported": fmt(inc.date_reported),
        "location": {
            "country": inc.country,
            "admin1": inc.admin1,
            "admin1_code": inc.admin1_code,
            "admin1_pcode": inc.admin1_pcode,
            "admin2": inc.admin2,
            "admin2_pcode": inc.admin2_pcode,
            "place": inc.place,
            "lat": inc.lat,
            "lon": inc.lon,
            "precision": inc.location_precision,
            "sensitive": bool(inc.location_sensitive),
            "not_in_gazetteer": bool(inc.location_unlisted),
        },
        "narrative": inc.narrative,
        "public_summary": {
            "text": inc.public_summary,
            "written_by": inc.public_summary_by,
            "written_at": inc.public_summary_at,
            "cleared_by": inc.public_summary_cleared_by,
            "cleared_at": inc.public_summary_cleared_at,
            "single_user": bool(inc.public_summary_single_user),
        },
        "review": {
            "assignee": inc.review_assignee,
            "submitted_by": inc.review_submitted_by,
            "submitted_at": inc.review_submitted_at,
            "outcome": inc.review_outcome,
            "by": inc.review_by,
            "at": inc.review_at,
            "comment": inc.review_comment,
            "single_user": bool(inc.review_single_user),
        },
        "confidentiality": inc.confidentiality,
        "status": inc.status,
        "violations": [
            {
                "id": x.id,
                "type": x.type,
                "date": fmt(x.date),
                "method": x.method,
                "victims_count": x.victims_count,
                "counts": _loaded(x.counts) or [],
            }
            for x in violations
        ],
        "victims": [
            {
                "id": x.id,
                "kind": x.kind,
                "name": x.name,
                "sex": x.sex,
                "age_group": x.age_group,
                "group_size": x.group_size,
                "protected": bool(x.protected),
                "consent": x.consent,
                "consent_date": fmt(x.consent_date),
            }
            for x in victims
        ],
        "perpetrators": [
            {"id": x.id, "category": x.category, "name": x.name, "involvement": links.get(x.id, [])}
            for x in perpetrators
        ],
        "sources": [
            {
                "id": x.id,
                "type": x.type,
                "connection": x.connection,
                "reliability": x.reliability,
                "name": x.name,
                "protected": bool(x.protected),
                "consent": x.consent,
                "consent_date": fmt(x.consent_date),
                "information_date": fmt(x.information_date),
                "language": x.language,
            }
            for x in sources
        ],
        "verification": {
            "status": inc.verification_status,
            "reviewer": inc.verification_reviewer,
            "date": fmt(inc.verification_date),
            "credibility": inc.information_credibility,
        },
        "created_by": inc.created_by,
        "created_at": inc.created_at,
        "updated_by": inc.updated_by,
        "updated_at": inc.updated_at,
        "revision": inc.revision,
    }


def _loaded(value: Any) -> Any:
    """A JSON column's value, from the ORM (decoded) or a bulk read (its text)."""
    return json.loads(value) if isinstance(value, str) else value


def rows_document(rows: Rows, incident: dict[str, Any]) -> IncidentDocument:
    """The document of a record about to be inserted, built from its rows (no query)."""
    ns = SimpleNamespace
    return document(
        ns(**incident),
        [ns(**x) for x in rows.violations],
        [ns(**x) for x in rows.victims],
        [ns(**x) for x in rows.perpetrators],
        [ns(**x) for x in rows.involvements],
        [ns(**x) for x in rows.sources],
    )


# ---- reading --------------------------------------------------------------------------------
def read_document(session: Session, incident_id: str) -> IncidentDocument:
    """One whole record as stored, in the caller's session; NotFound if there is none."""
    inc = session.get(Incident, incident_id, populate_existing=True)
    if inc is None:
        raise NotFound(f"no incident with id {incident_id}")

    def children(model: Any) -> Sequence[Any]:  # a child model: incident_id, position
        return session.scalars(
            select(model).where(model.incident_id == incident_id).order_by(model.position)
        ).all()

    violations = children(Violation)
    perpetrators = children(Perpetrator)
    involvements = session.scalars(
        select(Involvement).where(Involvement.perpetrator_id.in_([p.id for p in perpetrators]))
    ).all()
    doc = document(inc, violations, children(Victim), perpetrators, involvements, children(Source))
    session.expunge_all()
    return doc


def read_documents(
    session: Session, ids: list[str], *, sources: bool = True
) -> list[IncidentDocument]:
    """Whole records (as `read_document` gives them) for many ids, in the order given, read
    in one pass per table per 500 ids: exports of a hundred thousand records. Without
    `sources`, the records' sources are left unread (an empty list).

    The rows come straight from the driver (`_Bulk`): SQLAlchemy's result processing
    cost more than the reading itself here."""
    out: dict[str, IncidentDocument] = {}
    bulk = _Bulk(session)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        violations, victims, perpetrators = (
            bulk.by_incident(model, chunk) for model in (Violation, Victim, Perpetrator)
        )
        given = bulk.by_incident(Source, chunk) if sources else {}
        people = [p.id for rows in perpetrators.values() for p in rows]
        involvements: dict[str, list[Any]] = {}
        for j in range(0, len(people), 500):
            for row in bulk.rows(Involvement, "perpetrator_id", people[j : j + 500]):
                involvements.setdefault(row.perpetrator_id, []).append(row)
        for inc in bulk.rows(Incident, "id", chunk):
            mine = perpetrators.get(inc.id, [])
            out[inc.id] = document(
                inc,
                violations.get(inc.id, []),
                victims.get(inc.id, []),
                mine,
                [x for p in mine for x in involvements.get(p.id, [])],
                given.get(inc.id, []),
            )
    return [out[i] for i in ids if i in out]


class _Bulk:
    """Rows of a table read through the driver, for bulk reads: named tuples of the stored
    values (booleans as 0 or 1, JSON and dates as text; `document` takes either form)."""

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        self._shapes: dict[str, tuple[str, Any]] = {}

    def _shape(self, model: Any) -> tuple[str, Any]:
        table = model.__table__
        shape = self._shapes.get(table.name)
        if shape is None:
            names = [c.name for c in table.columns]
            order = " ORDER BY position" if "position" in names else ""
            sql = f"SELECT {', '.join(names)} FROM {table.name} WHERE {{column}} IN ({{marks}})"
            shape = self._shapes[table.name] = (
                sql + order,
                namedtuple(f"{model.__name__}Row", names),
            )
        return shape

    def rows(self, model: Any, column: str, values: list[str]) -> list[Any]:
        if not values:
            return []
        sql, row_type = self._shape(model)
        raw = self.conn.exec_driver_sql(
            sql.format(column=column, marks=", ".join("?" * len(values))), tuple(values)
        ).cursor.fetchall()
        return list(map(row_type._make, raw))

    def by_incident(self, model: Any, ids: list[str]) -> dict[str, list[Any]]:
        """A child table's rows for these incidents, by incident, in their order."""
        grouped: dict[str, list[Any]] = {}
        for row in self.rows(model, "incident_id", ids):
            grouped.setdefault(row.incident_id, []).append(row)
        return grouped


# ---- masking and comparing ------------------------------------------------------------------
def mask_protected(doc: IncidentDocument) -> IncidentDocument:
    """A copy in which protected victims' and sources' names are withheld (`masked`)."""
    doc = copy.deepcopy(doc)
    for person in [*doc.get("victims", []), *doc.get("sources", [])]:
        person["masked"] = bool(person.get("protected") and person.get("name"))
        if person["masked"]:
            person["name"] = None
    return doc


def field_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """(field, old, new) for every editable field that differs; objects by sub-field."""
    out: list[tuple[str, Any, Any]] = []
    for key in sorted(EDITABLE):
        a, b = old.get(key), new.get(key)
        if isinstance(a, dict) and isinstance(b, dict):
            for sub in sorted(set(a) | set(b)):
                if a.get(sub) != b.get(sub):
                    out.append((f"{key}.{sub}", a.get(sub), b.get(sub)))
        elif a != b:
            out.append((key, a, b))
    return out


def history_rows(
    incident_id: str, revision: int, at: str, actor: str, diff: list[tuple[str, Any, Any]]
) -> list[dict[str, Any]]:
    """The history entries (app.models.HistoryEntry rows) of one revision's field changes."""
    return [
        {
            "incident_id": incident_id,
            "revision": revision,
            "at": at,
            "actor": actor,
            "field": f,
            "old": a,
            "new": b,
        }
        for f, a, b in diff
    ]


def wire_changes(
    diff: list[tuple[str, Any, Any]], old: Mapping[str, Any], new: Mapping[str, Any]
) -> list[tuple[str, Any, Any]]:
    """The differences as sync carries them: the public summary travels whole (its text
    with who wrote and who cleared it), so a clearance can never arrive on another text; the
    review too (a decision never arrives without who took it)."""
    out = list(diff)
    for whole in ("public_summary", "review"):
        kept = [d for d in out if not d[0].startswith(f"{whole}.")]
        if len(kept) != len(out):
            kept.append((whole, old.get(whole), new.get(whole)))
        out = kept
    return out


def merge_changes(current: Mapping[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The record with `changes` laid over it (location and verification by sub-field)."""
    merged = copy.deepcopy(dict(current))
    for key, value in changes.items():
        if key in ("location", "verification") and isinstance(value, dict):
            merged[key] = {**merged.get(key, {}), **value}
        else:
            merged[key] = value
    return merged


def editable_fields(doc: IncidentDocument) -> dict[str, Any]:
    """The document's editable fields (all of them: a stored record has each)."""
    fields: Mapping[str, Any] = doc
    return {k: fields[k] for k in EDITABLE}
