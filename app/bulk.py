"""One change to many incidents at once (the list's "Change selected…"), in one transaction.

A bulk change sets one field of every selected incident: its status, its confidentiality, its
verification status, or adds it to a situation. It is all or nothing:

- the value is checked before anything is read or written (an unknown code is a `BadInput`
  naming the field); so is every record: one that is a view held from HQ (read-only here), one
  the store does not hold, or one the new value would make invalid (a draft without a
  violation submitted, say) refuses the whole change, naming the record by its id only (a
  change of status reads each whole record and checks it as an edit is checked; no rule of a
  record depends on its confidentiality or verification status, so a change of those reads
  the rows alone: `WHOLE_RECORD`);
- then every record is written in the same transaction, each as `Incidents.edit` writes an
  edit: its revision goes up by one, its history gets one row per field changed, its audit
  entry (`incident.update`, the revision and fields, marked `bulk`) and its outbox entry
  (the changed paths with the hashes of their old values, so HQ merges it as any edit) are
  written with it. A failure anywhere rolls all of it back. Records the change leaves as
  they are (already at the value) get nothing: no revision, no history, no entry.

**Widening.** A change can let more people read records: confidentiality lowered (internal to
un, partners or public), a draft submitted, a record found false set back to verified.
`preview` counts, for the selection, the records each audience would newly reach (by the rule
reports, exports and HQ's scoped sync share: `app.redaction.Audience.reaches`), and among
those reaching partners or the public, how many have a narrative but no cleared summary.
`apply` refuses a widening change unless the caller passes the widest audience the preview
named (`confirm`): a person has been asked.

**Narratives stay in.** Partners and the public never get a narrative, only a summary a second
user cleared (`app.redaction.redact_document`); a bulk change does not touch the summary or its
clearance. So records widened to them without a cleared summary are *summary-withheld*: they
count in figures, told without an account (as `app.left_out` counts them, `no_summary`); the
preview says how many, so the person knows before confirming.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import Kind, note
from app.clock import utcnow
from app.engine import insert_many
from app.errors import BadInput, NotFound
from app.incident_documents import field_changes, history_rows, read_documents, wire_changes
from app.incidents import REVIEW_COLUMNS, review_after
from app.models import HistoryEntry, Incident, Situation, SituationLink
from app.outbox import Outbox
from app.record_views import read_only_reason, views
from app.redaction import AUDIENCES, OPENNESS, Audience, cleared_summary
from app.schema.incident import IncidentDocument, Validator
from app.schema.revision import schema_number
from app.situations.documents import links
from app.store import Store
from app.vocab import Vocabularies, vocabularies

# the fields a bulk change sets: the vocabulary of each, and the path the change writes
FIELDS: dict[str, tuple[str, str]] = {
    "status": ("status", "status"),
    "confidentiality": ("confidentiality", "confidentiality"),
    "verification": ("verification", "verification.status"),
}
SITUATION = "situation"
KINDS = (*FIELDS, SITUATION)
OUTSIDE_UN = ("partners", "public")  # told by a cleared summary only, never a narrative
CHUNK = 500
# the fields whose value the record's own rules depend on (a submitted record needs a
# violation, a reviewed one a reviewer): a change of them reads and checks each whole record
# as an edit is checked. Confidentiality and verification status are held to their codes
# only (checked once, in `Bulk.change`), so a change of them reads the rows alone; a test
# (tests/app/test_bulk.py) holds the schema to that.
WHOLE_RECORD = ("status",)
# the incident column each field is stored in
COLUMNS = {
    "status": "status",
    "confidentiality": "confidentiality",
    "verification": "verification_status",
}
# a record a bulk change alters: as it is, as it will be, and the (field, old, new) between
_Edit = tuple[IncidentDocument, dict[str, Any], list[tuple[str, Any, Any]]]


@dataclass(frozen=True)
class BulkChange:
    """One change for many records: `field` is status, confidentiality, verification (its
    status) or situation (`value`: the situation's id, to add the records to it)."""

    field: str
    value: str

    def edit(self) -> dict[str, Any]:
        """The change as `Incidents.edit` takes it (not for a situation)."""
        if self.field == "verification":
            return {"verification": {"status": self.value}}
        return {self.field: self.value}

    def merged(self, doc: Mapping[str, Any], actor: str, now: str) -> dict[str, Any]:
        """The record with the change laid over it, as `merge_changes` lays `edit()` (a
        shallow copy: what the change leaves is shared with `doc`, never altered); a change
        of status moves the review as an edit's does (`review_after`)."""
        if self.field == "verification":
            return {**doc, "verification": {**doc["verification"], "status": self.value}}
        if self.field == "status" and "review" in doc:
            review = review_after(doc, self.value, actor, now)
            return {**doc, "status": self.value, "review": review}
        return {**doc, self.field: self.value}


@dataclass(frozen=True)
class Preview:
    """What a bulk change would do to a selection, counted before anything is written."""

    selected: int = 0
    changed: int = 0  # would change (the others already hold the value)
    # the records each audience would newly be able to read (an audience, not its
    # wider ones: a record made public newly reaches un, partners and public alike)
    widened: dict[str, int] = field(default_factory=dict)
    # of the records newly reaching partners or the public, those with a narrative but no
    # cleared summary: counted, told without an account (their narrative never goes)
    summary_withheld: int = 0

    @property
    def unchanged(self) -> int:
        return self.selected - self.changed

    @property
    def audience(self) -> str | None:
        """The widest audience the change lets read records it could not read before."""
        reached = [a for a in AUDIENCES if self.widened.get(a)]
        return max(reached, key=OPENNESS.__getitem__) if reached else None

    @property
    def widening(self) -> int:
        """How many records the widest audience newly reaches."""
        audience = self.audience
        return self.widened[audience] if audience else 0


@dataclass(frozen=True)
class BulkResult:
    changed: int
    unchanged: int
    ids: tuple[str, ...] = ()  # the records changed


class Bulk:
    """Bulk changes for one unlocked store, by its signed-in user."""

    def __init__(self, store: Store, vocab: Vocabularies | None = None) -> None:
        self.store = store
        self.vocab = vocab or vocabularies()
        # a bulk change leaves place and dates as stored: checked as a record from HQ is
        self._validator = Validator(self.vocab, today=date.max, places_as_given=True)

    @property
    def actor(self) -> str:
        return self.store.user

    # ---- checking -------------------------------------------------------------------------
    def change(self, fld: Any, value: Any) -> BulkChange:
        """The change checked: a field bulk work sets and a value its vocabulary holds (or
        a situation this store holds); BadInput naming the field otherwise."""
        if fld not in KINDS:
            raise BadInput("field", f"is one of {', '.join(KINDS)}")
        if not isinstance(value, str) or not value.strip():
            raise BadInput(fld, "needs a value")
        if fld == SITUATION:
            with self.store.session() as session:
                if session.get(Situation, value) is None:
                    raise BadInput(SITUATION, "is not a situation this store holds")
            return BulkChange(fld, value)
        kind, _path = FIELDS[fld]
        if not self.vocab.has(kind, value):
            codes = ", ".join(t.code for t in self.vocab.terms(kind))
            raise BadInput(fld, f"unknown {kind} code; the codes are {codes}")
        return BulkChange(fld, value)

    @staticmethod
    def _ids(ids: Iterable[str]) -> list[str]:
        out = list(dict.fromkeys(ids))
        if not out:
            raise BadInput("ids", "no incident is selected")
        for i in out:
            if not isinstance(i, str) or not i:
                raise BadInput("ids", "holds something that is not an incident id")
        return out

    @staticmethod
    def _outlined(session: Session, ids: list[str]) -> list[Any]:
        """The records' outlines (`_outlines`); refused whole when one is a view or is
        missing."""
        Bulk._refuse_views(session, ids)
        out = _outlines(session, ids)
        if len(out) != len(ids):
            found = {d["id"] for d in out}
            missing = next(i for i in ids if i not in found)
            raise NotFound(f"no incident with id {missing}")
        return out

    @staticmethod
    def _refuse_views(session: Session, ids: list[str]) -> None:
        held_as_view = views(session, ids)
        if held_as_view:
            first = next(iter(held_as_view))
            raise BadInput(
                "ids",
                f"{len(held_as_view)} of the selected records cannot be changed here "
                f"(incident {first}: {read_only_reason(held_as_view[first])})",
            )

    @staticmethod
    def _held(session: Session, ids: list[str]) -> list[IncidentDocument]:
        """The records, read in bulk; refused whole when one is a view or is missing."""
        Bulk._refuse_views(session, ids)
        # sources are neither changed nor checked by a change of these fields
        docs = read_documents(session, ids, sources=False)
        if len(docs) != len(ids):
            found = {d["id"] for d in docs}
            missing = next(i for i in ids if i not in found)
            raise NotFound(f"no incident with id {missing}")
        return docs

    # ---- preview --------------------------------------------------------------------------
    def preview(self, ids: Sequence[str], change: BulkChange) -> Preview:
        """What `apply` would do, counted and nothing written (see the module's text)."""
        wanted = self._ids(ids)
        if change.field == SITUATION:
            with self.store.session() as session:
                before = links(session, change.value)
            included = set(before["include"])
            return Preview(len(wanted), sum(i not in included for i in wanted))
        with self.store.session() as session:
            outlines = _outlines(session, wanted)
            return _counted(len(wanted), _edits(outlines, change, self.actor, utcnow()))

    # ---- applying -------------------------------------------------------------------------
    def apply(
        self, ids: Sequence[str], change: BulkChange, *, confirm: str | None = None
    ) -> BulkResult:
        """Apply `change` to every record of `ids` in one transaction (see the module's
        text). A change that widens who may read records needs `confirm`: the widest
        audience its preview named; otherwise nothing is written."""
        wanted = self._ids(ids)
        if change.field == SITUATION:
            return self._add_to_situation(wanted, change.value)
        change = self.change(change.field, change.value)  # however it was made
        with self.store.transaction() as session:
            if change.field in WHOLE_RECORD:
                edits = _edits(self._held(session, wanted), change, self.actor, utcnow())
            else:
                edits = _edits(self._outlined(session, wanted), change, self.actor, utcnow())
            counted = _counted(len(wanted), edits)
            if counted.audience is not None and confirm != counted.audience:
                raise BadInput(
                    change.field,
                    f"lets {counted.audience} read {counted.widening} record(s) it could "
                    "not read before: confirm it for that audience first",
                )
            if change.field in WHOLE_RECORD:
                self._validate(edits)
            self._write(session, change, edits)
        return BulkResult(len(edits), len(wanted) - len(edits), tuple(d["id"] for d, _, _ in edits))

    def _validate(self, edits: list[_Edit]) -> None:
        """Every record as it will be checked as an edit is (`Validator.rows`); the first
        that fails refuses the change, named by its id. Its place and dates are not changed,
        so they are taken as stored (as a record from HQ is): a newer gazetteer or today's
        date never refuses a change of status."""
        for old, new, _diff in edits:
            try:
                self._validator.rows(new, incident_id=old["id"], before=old)
            except BadInput as err:
                raise BadInput(err.field, f"{err.reason} (incident {old['id']})") from None

    def _write(self, session: Session, change: BulkChange, edits: list[_Edit]) -> None:
        """Each record's row, history, audit and outbox entry, as `Incidents._rewrite` and
        `Incidents._edit` write them for an edit of the same field: one column changes here
        (no child row), so the rows are updated in place, 500 to a statement, rather than
        rewritten one by one."""
        if not edits:
            return
        actor, now = self.actor, utcnow()
        conn = session.connection()
        column = COLUMNS[change.field]
        ids = [old["id"] for old, _new, _diff in edits]
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            done = conn.execute(
                update(Incident)
                .where(Incident.id.in_(chunk))
                .values(
                    {
                        column: change.value,
                        "updated_by": actor,
                        "updated_at": now,
                        "revision": Incident.revision + 1,
                    }
                )
            )
            if done.rowcount != len(chunk):  # gone under this transaction: refuse it all
                raise BadInput("ids", "a selected incident was deleted meanwhile; try again")
        moved = [
            {"_id": old["id"], **{col: new["review"][key] for key, col in REVIEW_COLUMNS.items()}}
            for old, new, _diff in edits
            if "review" in new and new["review"] != old.get("review")
        ]
        if moved:  # a change of status moved their review (`review_after`)
            conn.execute(
                update(Incident)
                .where(Incident.id == bindparam("_id"))
                .values({col: bindparam(col) for col in REVIEW_COLUMNS.values()}),
                moved,
            )
        history: list[dict[str, Any]] = []
        audit: list[tuple[str | None, dict[str, Any] | None]] = []
        wire: list[tuple[str, list[tuple[str, Any, Any]]]] = []
        for old, new, diff in edits:
            revision = old["revision"] + 1
            history.extend(history_rows(old["id"], revision, now, actor, diff))
            fields = [f for f, _, _ in diff]
            audit.append((old["id"], {"revision": revision, "fields": fields, "bulk": True}))
            wire.append((old["id"], wire_changes(diff, old, new)))
        insert_many(conn, HistoryEntry.__table__, history)
        Outbox(session, schema_number()).updated_many(wire)
        AuditLog(session).append_many(actor, "incident.update", "incident", audit)
        note(session, Kind.INCIDENTS, ids=ids)

    def _add_to_situation(self, ids: list[str], situation_id: str) -> BulkResult:
        """Tie each record to the situation by hand ("include"), as `Situations.link` does
        one: an audit entry per record, one outbox entry for the situation's links."""
        with self.store.transaction() as session:
            situation = session.get(Situation, situation_id)
            if situation is None:
                raise BadInput(SITUATION, "is not a situation this store holds")
            held_as_view = views(session, [situation_id])
            if held_as_view:
                raise BadInput(SITUATION, read_only_reason(held_as_view[situation_id]))
            held: set[str] = set()
            for i in range(0, len(ids), CHUNK):
                held.update(
                    session.scalars(select(Incident.id).where(Incident.id.in_(ids[i : i + CHUNK])))
                )
            missing = [i for i in ids if i not in held]
            if missing:
                raise NotFound(f"no incident with id {missing[0]}")
            before = links(session, situation_id)
            included = set(before["include"])
            adding = [i for i in ids if i not in included]
            if adding:
                now = utcnow()
                for i in range(0, len(adding), CHUNK):
                    session.execute(
                        delete(SituationLink).where(
                            SituationLink.situation_id == situation_id,
                            SituationLink.incident_id.in_(adding[i : i + CHUNK]),
                        )
                    )
                session.execute(
                    insert(SituationLink),
                    [
                        {
                            "situation_id": situation_id,
                            "incident_id": i,
                            "mode": "include",
                            "at": now,
                            "actor": self.actor,
                        }
                        for i in adding
                    ],
                )
                AuditLog(session).append_many(
                    self.actor,
                    "situation.include",
                    "situation",
                    [(situation_id, {"incident": i, "bulk": True}) for i in adding],
                )
                session.flush()
                after = links(session, situation_id)
                Outbox(session, schema_number()).updated(situation_id, [("links", before, after)])
                note(session, Kind.SITUATIONS, ids=[situation_id])
        return BulkResult(len(adding), len(ids) - len(adding), tuple(adding))


_AUDIENCES = {name: Audience(name) for name in AUDIENCES}


def _outlines(session: Session, ids: list[str]) -> list[Any]:
    """What a preview needs of each record, read from its row alone (no child table): the
    fields a bulk change sets and the rules of `Audience.reaches` read, whether it has a
    narrative, and its summary's text and clearance, in the shape of a document."""
    cols = (
        Incident.id,
        Incident.status,
        Incident.confidentiality,
        Incident.verification_status,
        func.coalesce(Incident.narrative, "") != "",
        Incident.public_summary,
        Incident.public_summary_cleared_by,
        Incident.revision,
    )
    out = []
    for i in range(0, len(ids), CHUNK):
        for rid, status, conf, verified, told, summary, cleared, revision in session.execute(
            select(*cols).where(Incident.id.in_(ids[i : i + CHUNK]))
        ):
            out.append(
                {
                    "id": rid,
                    "status": status,
                    "confidentiality": conf,
                    "verification": {"status": verified},
                    "narrative": bool(told),
                    "public_summary": {"text": summary, "cleared_by": cleared},
                    "revision": revision,
                }
            )
    return out


def _edits(docs: list[Any], change: BulkChange, actor: str, now: str) -> list[_Edit]:
    """The records `change` alters (the others already hold its value), as `_Edit`s."""
    out = []
    for doc in docs:
        new = change.merged(doc, actor, now)
        diff = field_changes(doc, new)
        if diff:
            out.append((doc, new, diff))
    return out


def _counted(selected: int, edits: list[_Edit]) -> Preview:
    """The preview of the `edits` a change makes (of `selected` records asked for)."""
    widened: dict[str, int] = {}
    withheld = 0
    for old, new, _diff in edits:
        newly = [
            name
            for name, audience in _AUDIENCES.items()
            if audience.reaches(new) and not audience.reaches(old)
        ]
        for name in newly:
            widened[name] = widened.get(name, 0) + 1
        told = cleared_summary(old) is not None
        if not told and old.get("narrative") and set(newly) & set(OUTSIDE_UN):
            withheld += 1
    return Preview(selected, len(edits), widened, withheld)
