"""Incidents: writes with history and audit, and queries.

The JSON document (its fields and `Validator`: app.schema.incident) is the contract shared by
the CLI, the desktop client, import/export and sync. Writes go through `Incidents`, one
transaction per call: either the incident, its children, its history and its audit entry all
land, or none does.
"""

from __future__ import annotations

import copy
import json
import re
from collections import namedtuple
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from app import validation as v
from app.audit import AuditLog
from app.changes import Kind, note
from app.clock import utcnow
from app.errors import BadInput, NotFound, UpfrontError
from app.keyfile import RECOVERY_SLOT
from app.models import (
    Draft,
    HistoryEntry,
    Incident,
    Involvement,
    Perpetrator,
    Source,
    Victim,
    Violation,
)
from app.outbox import Outbox, apply_fields, get_path, paths
from app.schema.incident import (
    EDITABLE,
    READ_ONLY,
    IncidentDocument,
    InvolvementDocument,
    Rows,
    Validator,
)
from app.schema.revision import schema_number
from app.store import Store
from app.vocab import Vocabularies, vocabularies

_SUMMARY_COLUMNS = {
    "written_by": "public_summary_by",
    "written_at": "public_summary_at",
    "cleared_by": "public_summary_cleared_by",
    "cleared_at": "public_summary_cleared_at",
    "single_user": "public_summary_single_user",
}
SORTABLE = {
    "occurred_from",
    "title",
    "country",
    "admin1",
    "verification_status",
    "confidentiality",
    "status",
    "updated_at",
    "created_at",
}
# a query of incidents (summary rows or their count), narrowed by Incidents._filtered
_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])


@dataclass
class IncidentQuery:
    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    admin1: str | None = None
    violation: str | None = None
    verification: str | None = None
    confidentiality: str | None = None
    status: str | None = None
    text: str | None = None  # full-text search: title, narrative, place names
    sort: str = "occurred_from"
    descending: bool = True
    limit: int | None = None
    offset: int = 0


# ---- documents ------------------------------------------------------------------------------
def _document(
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


def _rows_document(rows: Rows, incident: dict[str, Any]) -> IncidentDocument:
    """The document of a record about to be inserted, built from its rows (no query)."""
    ns = SimpleNamespace
    return _document(
        ns(**incident),
        [ns(**x) for x in rows.violations],
        [ns(**x) for x in rows.victims],
        [ns(**x) for x in rows.perpetrators],
        [ns(**x) for x in rows.involvements],
        [ns(**x) for x in rows.sources],
    )


def mask_protected(doc: IncidentDocument) -> IncidentDocument:
    doc = copy.deepcopy(doc)
    for person in [*doc.get("victims", []), *doc.get("sources", [])]:
        person["masked"] = bool(person.get("protected") and person.get("name"))
        if person["masked"]:
            person["name"] = None
    return doc


def _changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
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


def _wire(
    diff: list[tuple[str, Any, Any]], old: Mapping[str, Any], new: Mapping[str, Any]
) -> list[tuple[str, Any, Any]]:
    """The differences as sync carries them: the public summary travels whole (its text
    with who wrote and who cleared it), so a clearance can never arrive on another text."""
    out = [d for d in diff if not d[0].startswith("public_summary.")]
    if len(out) != len(diff):
        out.append(("public_summary", old.get("public_summary"), new.get("public_summary")))
    return out


def _merge(current: Mapping[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(dict(current))
    for key, value in changes.items():
        if key in ("location", "verification") and isinstance(value, dict):
            merged[key] = {**merged.get(key, {}), **value}
        else:
            merged[key] = value
    return merged


def _editable(doc: IncidentDocument) -> dict[str, Any]:
    """The document's editable fields (all of them: a stored record has each)."""
    fields: Mapping[str, Any] = doc
    return {k: fields[k] for k in EDITABLE}


def fts_query(text: str | None) -> str | None:
    """Free text as an FTS5 query: every word must occur (the last may be a prefix, as the
    person is still typing). Only word characters are kept, each word quoted, so FTS5 syntax
    or punctuation in the input is never read as a query operator."""
    words = _WORD.findall(text or "")
    if not words:
        return None
    return " ".join([*(f'"{w}"' for w in words[:-1]), f'"{words[-1]}"*'])


_WORD = re.compile(r"\w+")


class _Bulk:
    """Rows of a table read through the driver, for bulk reads: named tuples of the stored
    values (booleans as 0 or 1, JSON and dates as text; `_document` takes either form)."""

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


# ---- service --------------------------------------------------------------------------------
class Incidents:
    """Incident work for one unlocked store; the actor is the store's signed-in user."""

    def __init__(self, store: Store, vocab: Vocabularies | None = None) -> None:
        self.store = store
        self.validator = Validator(vocab or vocabularies())
        self._actor_override: str | None = None
        self._remote: Validator | None = None

    @property
    def actor(self) -> str:
        return self._actor_override or self.store.user

    def add(self, doc: dict[str, Any]) -> str:
        return self.add_many([doc], numbered=False)[0]

    def add_many(self, docs: Iterable[dict[str, Any]], *, numbered: bool = True) -> list[str]:
        """Validate every document first, then insert all in one transaction. Errors name the
        document by its position ([n].field) when `numbered`."""
        validated = []
        for n, doc in enumerate(docs):
            try:
                validated.append(self.validator.rows(doc))
            except BadInput as err:
                if not numbered:
                    raise
                raise BadInput(f"[{n}].{err.field}", err.reason) from None
        return self.insert_validated(validated)

    def validate(self, doc: Any) -> Rows:
        """A document checked and turned into rows, ready for `insert_validated`; raises
        BadInput naming the field."""
        return self.validator.rows(doc)

    def insert_validated(
        self, validated: list[Rows], *, audit: tuple[str, dict[str, Any]] | None = None
    ) -> list[str]:
        """Insert documents `validate` made, in one transaction, with `audit` (action,
        detail) appended to the audit log in that same transaction when given."""
        ids = [r.incident["id"] for r in validated]
        if len(set(ids)) != len(ids):
            raise BadInput("id", "the same incident id is given twice")
        now = utcnow()
        for rows in validated:
            self._authored(rows.incident, None, now)
        with self.store.transaction() as session:
            self._insert_new(session, validated)
            if audit is not None:
                AuditLog(session).append(self.actor, audit[0], "incident", None, audit[1])
        return ids

    def _insert_new(self, session: Session, validated: list[Rows]) -> None:
        """Insert new records in the caller's transaction; an id already stored is refused."""
        ids = [r.incident["id"] for r in validated]
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            existing = session.scalars(select(Incident.id).where(Incident.id.in_(chunk)))
            first = existing.first()
            if first is not None:
                raise BadInput("id", f"an incident with id {first} already exists")
        self._insert(session, validated, created=True)

    def documents(self, ids: list[str], *, sources: bool = True) -> list[IncidentDocument]:
        """Whole records (as `get` gives them) for many ids, in the order given, read in
        one pass per table per 500 ids: exports of a hundred thousand records. Without
        `sources`, the records' sources are left unread (an empty list).

        The rows come straight from the driver (`_Bulk`): SQLAlchemy's result processing
        cost more than the reading itself here."""
        out: dict[str, IncidentDocument] = {}
        with self.store.session() as session:
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
                    out[inc.id] = _document(
                        inc,
                        violations.get(inc.id, []),
                        victims.get(inc.id, []),
                        mine,
                        [x for p in mine for x in involvements.get(p.id, [])],
                        given.get(inc.id, []),
                    )
        return [out[i] for i in ids if i in out]

    def _insert(
        self, session: Session, batch: list[Rows], *, created: bool, outbox: bool = True
    ) -> None:
        now, actor = utcnow(), self.actor
        conn = session.connection()
        incidents: list[dict[str, Any]] = []
        for rows in batch:
            row = dict(rows.incident)
            row.update(updated_by=actor, updated_at=now)
            if created:
                row.update(created_by=actor, created_at=now, revision=1)
            incidents.append(row)
        if created:
            conn.execute(insert(Incident.__table__), incidents)
            note(session, Kind.INCIDENTS, ids=[r["id"] for r in incidents])
        for table, name in (
            (Violation, "violations"),
            (Victim, "victims"),
            (Perpetrator, "perpetrators"),
            (Involvement, "involvements"),
            (Source, "sources"),
        ):
            children = [row for rows in batch for row in getattr(rows, name)]
            if children:
                conn.execute(insert(table.__table__), children)
        if created:
            conn.execute(
                insert(HistoryEntry.__table__),
                [
                    {
                        "incident_id": r["id"],
                        "revision": 1,
                        "at": now,
                        "actor": actor,
                        "field": "(created)",
                        "old": None,
                        "new": None,
                    }
                    for r in incidents
                ],
            )
            AuditLog(session).append_many(
                actor, "incident.create", "incident", [(r["id"], None) for r in incidents]
            )
            if outbox:
                Outbox(session, schema_number()).created(
                    {
                        rows.incident["id"]: paths(_rows_document(rows, row), EDITABLE)
                        for rows, row in zip(batch, incidents, strict=True)
                    }
                )

    def edit(self, incident_id: str, changes: dict[str, Any]) -> IncidentDocument:
        """Change the fields present in `changes`; lists given replace the whole list."""
        changes = v.obj(changes, "incident")
        v.known_keys(changes, EDITABLE | READ_ONLY, "")
        with self.store.transaction() as session:
            return self._edit(session, incident_id, changes)

    def _edit(
        self, session: Session, incident_id: str, changes: dict[str, Any]
    ) -> IncidentDocument:
        """`edit` in the caller's transaction (`changes` already checked as an object)."""
        current = self._get(session, incident_id)
        expected = changes.get("revision")
        if expected is not None and expected != current["revision"]:
            raise BadInput(
                "revision",
                f"the incident changed since revision {expected} (it "
                f"is now at {current['revision']}); reload it and edit again",
            )
        editable = {k: x for k, x in changes.items() if k in EDITABLE}
        rows = self.validator.rows(_merge(current, editable), incident_id=incident_id)
        self._authored(rows.incident, current, utcnow())
        savepoint = session.begin_nested()
        new, diff = self._rewrite(
            session, incident_id, current, rows, self.actor, action="incident.update"
        )
        if not diff:  # nothing changed: leave the record, its revision and the log alone
            savepoint.rollback()
            return current
        savepoint.commit()
        Outbox(session, schema_number()).updated(incident_id, _wire(diff, current, new))
        return new

    def save_edited(
        self,
        incident_id: str | None,
        doc: dict[str, Any],
        *,
        keep: Iterable[str] = (),
        draft_id: str | None = None,
    ) -> str:
        """Save what the incident editor holds, in one transaction: add `doc` (no
        `incident_id`) or edit the record with it; persons whose id is in `keep` (their name
        was withheld on screen and not replaced) keep their stored name; this user's draft
        `draft_id` is discarded. All of it lands or none does. Returns the incident's id."""
        doc = copy.deepcopy(v.obj(doc, "incident"))
        keep = set(keep)
        with self.store.transaction() as session:
            if draft_id:
                session.execute(
                    delete(Draft).where(Draft.id == draft_id, Draft.actor == self.store.user)
                )
                note(session, Kind.DRAFTS)
            if incident_id is None:
                doc.pop("revision", None)
                rows = self.validator.rows(doc)
                self._authored(rows.incident, None, utcnow())
                self._insert_new(session, [rows])
                added: str = rows.incident["id"]
                return added
            v.known_keys(doc, EDITABLE | READ_ONLY, "")
            if keep:
                stored = self._get(session, incident_id)
                names = {p["id"]: p["name"] for p in [*stored["victims"], *stored["sources"]]}
                for role in ("victims", "sources"):
                    for person in doc.get(role) or []:
                        if person.get("id") in keep:
                            person["name"] = names.get(person["id"])
            self._edit(session, incident_id, doc)
        return incident_id

    def _authored(
        self, incident: dict[str, Any], current: Mapping[str, Any] | None, now: str
    ) -> None:
        """Who wrote the public summary, set here and never taken from the input: the text
        as it stands keeps its author and clearance; a different text (or its removal) is
        this user's, and is no longer cleared."""
        old = (current or {}).get("public_summary") or {}
        if current is not None and incident["public_summary"] == old.get("text"):
            incident.update({column: old.get(key) for key, column in _SUMMARY_COLUMNS.items()})
            incident["public_summary_single_user"] = bool(old.get("single_user"))
            return
        written = current is not None or incident["public_summary"] is not None
        incident.update(
            public_summary_by=self.actor if written else None,
            public_summary_at=now if written else None,
            public_summary_cleared_by=None,
            public_summary_cleared_at=None,
            public_summary_single_user=False,
        )

    def clear_summary(self, incident_id: str) -> IncidentDocument:
        """Clear the record's summary for partners and the public, as the signed-in user.

        Someone other than its author clears it. In a single-user office the author may, and
        the clearance says so (single_user), so reports can state it. A clearance already
        given stands; a single-user one is replaced when a second person clears it."""
        fld = "public_summary"
        if self.store.slot.kind == RECOVERY_SLOT:
            raise BadInput(fld, "is cleared by a signed-in user, not with the recovery key")
        with self.store.transaction() as session:
            current = self._get(session, incident_id)
            summary = current["public_summary"]
            if not summary["text"]:
                raise BadInput(fld, "has no text to clear: write the summary first")
            users = self._users()
            author = summary["written_by"]
            own = author is not None and author.casefold() == self.actor.casefold()
            if own and len(users) > 1:
                raise BadInput(
                    fld,
                    "must be cleared by a user other than its author (this "
                    f"device has {len(users)} users)",
                )
            if summary["cleared_by"] is not None and (own or not summary["single_user"]):
                session.rollback()
                return current
            doc = _editable(current)
            doc[fld] = {
                **summary,
                "cleared_by": self.actor,
                "cleared_at": utcnow(),
                "single_user": own,
            }
            rows = self.validator.rows(doc, incident_id=incident_id)
            new, diff = self._rewrite(
                session, incident_id, current, rows, self.actor, action="incident.summary_clear"
            )
            Outbox(session, schema_number()).updated(incident_id, _wire(diff, current, new))
        return new

    def _users(self) -> list[str]:
        """The users with a passphrase slot on this device (the recovery key is none), as the
        key file says now: a user added since this store was opened counts."""
        try:
            return Store.load_keys(self.store.directory).users()
        except (OSError, UpfrontError):  # unreadable now: the key file as it was opened
            return self.store.keys.users()

    def _rewrite(
        self,
        session: Session,
        incident_id: str,
        current: IncidentDocument,
        rows: Rows,
        actor: str,
        *,
        action: str,
    ) -> tuple[IncidentDocument, list[tuple[str, Any, Any]]]:
        """Replace the record's row and children by `rows`; history and audit name `actor`.
        Returns the new document and the (field, old, new) differences."""
        session.execute(delete(Perpetrator).where(Perpetrator.incident_id == incident_id))
        for table in (Violation, Victim, Source):
            session.execute(delete(table).where(table.incident_id == incident_id))
        session.flush()
        revision = current["revision"] + 1
        columns = {k: x for k, x in rows.incident.items() if k != "id"}
        session.execute(
            update(Incident)
            .where(Incident.id == incident_id)
            .values(**columns, updated_by=actor, updated_at=utcnow(), revision=revision)
        )
        saved, self._actor_override = self._actor_override, actor
        try:
            self._insert(session, [rows], created=False)
        finally:
            self._actor_override = saved
        new = self._get(session, incident_id)
        diff = _changes(current, new)
        if diff:
            now = new["updated_at"]
            session.execute(
                insert(HistoryEntry),
                [
                    {
                        "incident_id": incident_id,
                        "revision": revision,
                        "at": now,
                        "actor": actor,
                        "field": f,
                        "old": a,
                        "new": b,
                    }
                    for f, a, b in diff
                ],
            )
            AuditLog(session).append(
                actor,
                action,
                "incident",
                incident_id,
                {"revision": revision, "fields": [f for f, _, _ in diff]},
            )
            note(session, Kind.INCIDENTS, ids=[incident_id])
        return new, diff

    def delete(self, incident_id: str) -> None:
        """Remove an incident with its children and attachments. HQ keeps a tombstone, so
        the deletion reaches every device and an old copy cannot bring the record back."""
        with self.store.transaction() as session:
            inc = session.get(Incident, incident_id)
            if inc is None:
                raise NotFound(f"no incident with id {incident_id}")
            session.delete(inc)
            session.flush()
            session.execute(
                insert(HistoryEntry).values(
                    incident_id=incident_id,
                    revision=inc.revision + 1,
                    at=utcnow(),
                    actor=self.actor,
                    field="(deleted)",
                    old=None,
                    new=None,
                )
            )
            AuditLog(session).append(self.actor, "incident.delete", "incident", incident_id)
            Outbox(session, schema_number()).deleted(incident_id)
            note(session, Kind.INCIDENTS, Kind.ATTACHMENTS, ids=[incident_id])

    # ---- changes from HQ (sync) -----------------------------------------------------------
    @property
    def _remote_validator(self) -> Validator:
        """Records from HQ were validated there; dates are not held against this device's
        clock (which may be wrong)."""
        if self._remote is None:
            self._remote = Validator(self.validator.vocab, today=date.max)
        return self._remote

    def existing(self, session: Session, ids: list[str]) -> set[str]:
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            out.update(
                session.scalars(select(Incident.id).where(Incident.id.in_(ids[i : i + 500])))
            )
        return out

    def insert_remote(
        self, session: Session, docs: list[tuple[str, dict[str, Any]]], *, origin: str
    ) -> dict[str, BadInput]:
        """New records from HQ, inserted together without writing the outbox. Returns the
        ones that did not validate here, by id (the rest are inserted)."""
        batch: list[Rows] = []
        failed: dict[str, BadInput] = {}
        for record_id, fields in docs:
            try:
                batch.append(
                    self._remote_validator.rows(apply_fields({}, fields), incident_id=record_id)
                )
            except BadInput as err:
                failed[record_id] = err
        if batch:
            saved, self._actor_override = self._actor_override, f"sync:{origin}"
            try:
                self._insert(session, batch, created=True, outbox=False)
            finally:
                self._actor_override = saved
        return failed

    def apply_remote(
        self,
        session: Session,
        record_id: str,
        fields: dict[str, Any] | None,
        *,
        deleted: bool,
        origin: str,
        keep: set[str] | None,
        create: bool = False,
    ) -> None:
        """Apply a change HQ sent, inside the sync transaction, without writing the outbox.
        Paths in `keep` have local changes HQ has not answered yet: they stay as they are
        (HQ will answer them, and send the outcome back). `keep` None: the whole record has
        a pending local create or delete, so leave it alone. A change to a record this device
        no longer has (it deleted it) is skipped unless it is the record's creation."""
        if keep is None:
            return
        actor = f"sync:{origin}"
        exists = session.get(Incident, record_id) is not None
        if deleted:
            if exists:
                session.execute(delete(Incident).where(Incident.id == record_id))
                session.execute(
                    insert(HistoryEntry).values(
                        incident_id=record_id,
                        revision=0,
                        at=utcnow(),
                        actor=actor,
                        field="(deleted)",
                        old=None,
                        new=None,
                    )
                )
                AuditLog(session).append(actor, "incident.sync_delete", "incident", record_id)
                note(session, Kind.INCIDENTS, Kind.ATTACHMENTS, ids=[record_id])
            return
        fields = {k: x for k, x in (fields or {}).items() if k not in keep}
        remote = self._remote_validator
        if not exists and not create:
            return  # deleted here; the deletion is on its way to HQ
        if not exists:
            rows = remote.rows(apply_fields({}, fields), incident_id=record_id)
            saved_actor = self._actor_override
            self._actor_override = actor
            try:
                self._insert(session, [rows], created=True, outbox=False)
            finally:
                self._actor_override = saved_actor
            return
        current = self._get(session, record_id)
        if all(get_path(current, k) == x for k, x in fields.items()):
            return
        merged = apply_fields(_editable(current), fields)
        rows = remote.rows(merged, incident_id=record_id)
        self._rewrite(session, record_id, current, rows, actor, action="incident.sync")

    def get(self, incident_id: str) -> IncidentDocument:
        with self.store.session() as session:
            return self._get(session, incident_id)

    def view(self, incident_id: str) -> IncidentDocument:
        """Read a whole record for a person to see; the access goes into the audit log."""
        with self.store.transaction() as session:
            doc = self._get(session, incident_id)
            AuditLog(session).append(self.actor, "incident.view", "incident", incident_id)
        return doc

    def masked(self, incident_id: str) -> IncidentDocument:
        """The record as a screen shows it before anyone asks to reveal: the names of
        protected victims and sources are withheld (name None, `masked` True)."""
        return mask_protected(self.get(incident_id))

    def reveal(self, incident_id: str, person_id: str) -> str | None:
        """The name of one protected person in this incident; the reveal is audited."""
        with self.store.transaction() as session:
            for role in ("victim", "source"):
                person = (
                    session.get(Victim, person_id)
                    if role == "victim"
                    else session.get(Source, person_id)
                )
                if person is not None and person.incident_id == incident_id:
                    AuditLog(session).append(
                        self.actor, f"{role}.reveal", role, person_id, {"incident": incident_id}
                    )
                    return person.name
        raise NotFound(f"no victim or source {person_id} in incident {incident_id}")

    def _get(self, session: Session, incident_id: str) -> IncidentDocument:
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
        doc = _document(
            inc, violations, children(Victim), perpetrators, involvements, children(Source)
        )
        session.expunge_all()
        return doc

    def history(self, incident_id: str) -> list[dict[str, Any]]:
        with self.store.session() as session:
            if session.get(Incident, incident_id) is None:
                raise NotFound(f"no incident with id {incident_id}")
            entries = session.scalars(
                select(HistoryEntry)
                .where(HistoryEntry.incident_id == incident_id)
                .order_by(HistoryEntry.id)
            ).all()
            return [
                {
                    "revision": e.revision,
                    "at": e.at,
                    "actor": e.actor,
                    "field": e.field,
                    "old": e.old,
                    "new": e.new,
                }
                for e in entries
            ]

    # ---- queries --------------------------------------------------------------------------
    def _filtered(self, q: IncidentQuery, stmt: _Query) -> _Query:
        if q.date_from:
            stmt = stmt.where(
                func.coalesce(Incident.occurred_to, Incident.occurred_from) >= q.date_from
            )
        if q.date_to:
            stmt = stmt.where(Incident.occurred_from <= q.date_to)
        if q.country:
            stmt = stmt.where(Incident.country == q.country.upper())
        if q.admin1:
            stmt = stmt.where((Incident.admin1 == q.admin1) | (Incident.admin1_code == q.admin1))
        if q.verification:
            stmt = stmt.where(Incident.verification_status == q.verification)
        if q.confidentiality:
            stmt = stmt.where(Incident.confidentiality == q.confidentiality)
        if q.status:
            stmt = stmt.where(Incident.status == q.status)
        match = fts_query(q.text)
        if match:
            # The unary + keeps SQLite from driving the query by the matches (reading every
            # matching row, then sorting): it walks the sort or filter index instead and
            # tests each row against the matches, which stops after one page. On 100k
            # incidents a broad search drops from ~370 ms to ~12 ms; a rare one stays < 10 ms.
            stmt = stmt.where(
                sql_text(
                    "+incidents.rowid IN (SELECT rowid FROM incidents_fts WHERE incidents_fts "
                    "MATCH :fts)"
                ).bindparams(fts=match)
            )
        if q.violation:
            stmt = stmt.where(
                Incident.id.in_(select(Violation.incident_id).where(Violation.type == q.violation))
            )
        return stmt

    def list(self, q: IncidentQuery | None = None) -> list[dict[str, Any]]:
        """Summary rows, filtered and sorted in SQL, one page at a time."""
        q = q or IncidentQuery()
        if q.sort not in SORTABLE:
            raise BadInput(
                "sort", f"cannot sort by {q.sort!r}; choose one of {', '.join(sorted(SORTABLE))}"
            )
        column = getattr(Incident, q.sort)
        order = column.desc() if q.descending else column.asc()
        tie = Incident.id.desc() if q.descending else Incident.id.asc()
        stmt = (
            self._filtered(
                q,
                select(
                    Incident.id,
                    Incident.title,
                    Incident.occurred_from,
                    Incident.date_precision,
                    Incident.country,
                    Incident.admin1,
                    Incident.place,
                    Incident.verification_status,
                    Incident.confidentiality,
                    Incident.status,
                    Incident.updated_at,
                ),
            )
            .order_by(order, tie)
            .offset(q.offset)
        )
        if q.limit is not None:
            stmt = stmt.limit(q.limit)
        with self.store.session() as session:
            rows = session.execute(stmt).all()
            types: dict[str, list[str]] = {}
            ids = [r.id for r in rows]
            for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
                for iid, vtype in session.execute(
                    select(Violation.incident_id, Violation.type)
                    .where(Violation.incident_id.in_(chunk))
                    .order_by(Violation.incident_id, Violation.position)
                ):
                    if vtype not in types.setdefault(iid, []):
                        types[iid].append(vtype)
        return [
            {
                "id": r.id,
                "title": r.title,
                "occurred_from": v.format_date(r.occurred_from, r.date_precision),
                "country": r.country,
                "admin1": r.admin1,
                "place": r.place,
                "violations": types.get(r.id, []),
                "verification": r.verification_status,
                "confidentiality": r.confidentiality,
                "status": r.status,
                "updated_at": r.updated_at,
            }
            for r in rows
        ]

    def count(self, q: IncidentQuery | None = None) -> int:
        stmt = self._filtered(q or IncidentQuery(), select(func.count()).select_from(Incident))
        with self.store.session() as session:
            return int(session.scalar(stmt) or 0)
