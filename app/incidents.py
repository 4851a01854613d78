"""Incidents: writes with history and audit, and the reads a screen or sync asks for.

The JSON document (its fields and `Validator`: app.schema.incident) is the contract shared by
the CLI, the desktop client, import/export and sync. Writes go through `Incidents`, one
transaction per call: either the incident, its children, its history and its audit entry all
land, or none does. Documents are built, masked and compared in app.incident_documents;
lists, counts and history are queried in app.incident_queries.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app import validation as v
from app.audit import AuditLog
from app.changes import Kind, note
from app.clock import utcnow
from app.engine import insert_many
from app.errors import BadInput, NotFound, UpfrontError
from app.incident_documents import (
    editable_fields,
    field_changes,
    history_rows,
    mask_protected,
    merge_changes,
    read_document,
    read_documents,
    rows_document,
    wire_changes,
)
from app.incident_queries import (
    IncidentQuery,
    count_select,
    history_entries,
    summaries,
    summary_select,
)
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
from app.progress import Progress, or_silent
from app.record_views import refuse_if_view
from app.schema.incident import (
    EDITABLE,
    READ_ONLY,
    REVIEW_COMMENT_MAX,
    IncidentDocument,
    Rows,
    Validator,
)
from app.schema.revision import schema_number
from app.store import Store
from app.vocab import Vocabularies, vocabularies

IMPORT_CHUNK = 1000  # records inserted between two progress steps (and cancel checks)
_SUMMARY_COLUMNS = {
    "written_by": "public_summary_by",
    "written_at": "public_summary_at",
    "cleared_by": "public_summary_cleared_by",
    "cleared_at": "public_summary_cleared_at",
    "single_user": "public_summary_single_user",
}
REVIEW_COLUMNS = {
    "assignee": "review_assignee",
    "submitted_by": "review_submitted_by",
    "submitted_at": "review_submitted_at",
    "outcome": "review_outcome",
    "by": "review_by",
    "at": "review_at",
    "comment": "review_comment",
    "single_user": "review_single_user",
}


def review_after(
    current: Mapping[str, Any] | None, status: str, actor: str, now: str
) -> dict[str, Any]:
    """The review block of a record written locally with `status` (an edit, an import, a bulk
    change): an edit keeps the review, but a change of status moves it. Submitting records
    who submitted and when (a decision before it is over); back to draft withdraws the
    submission (a returned record keeps its reviewer's comment); an edit never makes a record
    reviewed (a reviewer approves it: `Incidents.approve`). New records (an import)
    submitted are this user's submission; a record imported as reviewed carries no review."""
    old = dict((current or {}).get("review") or {})
    review: dict[str, Any] = {key: old.get(key) for key in REVIEW_COLUMNS}
    review["single_user"] = bool(old.get("single_user"))
    was = current["status"] if current is not None else None
    if status != was:
        decided = {"outcome": None, "by": None, "at": None, "single_user": False}
        if status == "submitted":
            review.update(decided, submitted_by=actor, submitted_at=now, comment=None)
        elif status == "reviewed" and current is not None:
            raise BadInput(
                "status",
                "becomes reviewed only when a reviewer other than its author approves "
                "the record; submit it for review",
            )
        elif status == "draft" and current is not None:
            if review["outcome"] != "returned":
                review.update(decided, submitted_by=None, submitted_at=None)
    return review


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
        self,
        validated: list[Rows],
        *,
        audit: tuple[str, dict[str, Any]] | None = None,
        progress: Progress | None = None,
    ) -> list[str]:
        """Insert documents `validate` made, in one transaction, with `audit` (action,
        detail) appended to the audit log in that same transaction when given. `progress`
        hears of each chunk inserted (phase "import"); its cancel rolls the whole back."""
        progress = or_silent(progress)
        ids = [r.incident["id"] for r in validated]
        if len(set(ids)) != len(ids):
            raise BadInput("id", "the same incident id is given twice")
        now = utcnow()
        for rows in validated:
            self._authored(rows.incident, None, now)
            self._reviewed(rows.incident, None, now)
        with self.store.transaction() as session:
            progress.step(0, len(validated), "import")
            for i in range(0, len(validated), IMPORT_CHUNK):
                self._insert_new(session, validated[i : i + IMPORT_CHUNK])
                progress.step(min(i + IMPORT_CHUNK, len(validated)), len(validated), "import")
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
        """Whole records (as `get` gives them) for many ids, in the order given, read in bulk
        (`app.incident_documents.read_documents`). Without `sources`, the records' sources
        are left unread (an empty list)."""
        with self.store.session() as session:
            return read_documents(session, ids, sources=sources)

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
            insert_many(conn, Incident.__table__, incidents)
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
                insert_many(conn, table.__table__, children)
        if created:
            insert_many(
                conn,
                HistoryEntry.__table__,
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
                        rows.incident["id"]: paths(rows_document(rows, row), EDITABLE)
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
        refuse_if_view(session, incident_id)
        current = read_document(session, incident_id)
        expected = changes.get("revision")
        if expected is not None and expected != current["revision"]:
            raise BadInput(
                "revision",
                f"the incident changed since revision {expected} (it "
                f"is now at {current['revision']}); reload it and edit again",
            )
        editable = {k: x for k, x in changes.items() if k in EDITABLE}
        rows = self.validator.rows(
            merge_changes(current, editable), incident_id=incident_id, before=current
        )
        self._authored(rows.incident, current, utcnow())
        self._reviewed(rows.incident, current, utcnow())
        savepoint = session.begin_nested()
        new, diff = self._rewrite(
            session, incident_id, current, rows, self.actor, action="incident.update"
        )
        if not diff:  # nothing changed: leave the record, its revision and the log alone
            savepoint.rollback()
            return current
        savepoint.commit()
        Outbox(session, schema_number()).updated(incident_id, wire_changes(diff, current, new))
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
                self._reviewed(rows.incident, None, utcnow())
                self._insert_new(session, [rows])
                added: str = rows.incident["id"]
                return added
            v.known_keys(doc, EDITABLE | READ_ONLY, "")
            if keep:
                stored = read_document(session, incident_id)
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

    def _reviewed(
        self, incident: dict[str, Any], current: Mapping[str, Any] | None, now: str
    ) -> None:
        """Where the record stands in review, set here and never taken from the input
        (`review_after`)."""
        review = review_after(current, incident["status"], self.actor, now)
        incident.update({column: review[key] for key, column in REVIEW_COLUMNS.items()})
        incident["review_single_user"] = bool(review["single_user"])

    # ---- review -----------------------------------------------------------------------------
    def submit(self, incident_id: str, assignee: str | None = None) -> IncidentDocument:
        """Submit a draft for review, assigned to `assignee` (a reviewer's user name) or to
        no one (any reviewer of the team may take it)."""

        def step(current: IncidentDocument, doc: dict[str, Any], now: str) -> None:
            if current["status"] != "draft":
                raise BadInput("status", f"is {current['status']}: only a draft is submitted")
            doc["status"] = "submitted"
            doc["review"] = {
                **self._no_decision(current),
                "assignee": self._assignee(assignee, self.actor),
                "submitted_by": self.actor,
                "submitted_at": now,
                "comment": None,
            }

        return self._review_step(incident_id, "incident.review_submit", step)

    def assign(self, incident_id: str, assignee: str | None) -> IncidentDocument:
        """Assign a submitted record to a reviewer (None: to no one)."""

        def step(current: IncidentDocument, doc: dict[str, Any], now: str) -> None:
            self._waiting(current)
            review = current["review"]
            doc["review"] = {
                **review,
                "assignee": self._assignee(assignee, review["submitted_by"]),
            }

        return self._review_step(incident_id, "incident.review_assign", step)

    def approve(
        self,
        incident_id: str,
        verification: str,
        *,
        credibility: str | None = None,
        comment: str | None = None,
    ) -> IncidentDocument:
        """Approve a submitted record: it becomes reviewed, at the verification standard the
        reviewer gives, with the reviewer and today's date as its verification's. The
        reviewer is not its author (who submitted it), unless this device has one user: a
        self-review, which the record and reports say."""

        def step(current: IncidentDocument, doc: dict[str, Any], now: str) -> None:
            self._waiting(current)
            own = self._own_review(current)
            doc["status"] = "reviewed"
            doc["verification"] = {
                **current["verification"],
                "status": verification,
                "reviewer": self.actor,
                "date": now[:10],
                **({"credibility": credibility} if credibility is not None else {}),
            }
            doc["review"] = {
                **current["review"],
                "outcome": "approved",
                "by": self.actor,
                "at": now,
                "comment": v.text(comment, "review.comment", max_len=REVIEW_COMMENT_MAX),
                "single_user": own,
            }

        return self._review_step(incident_id, "incident.review_approve", step)

    def send_back(self, incident_id: str, comment: str) -> IncidentDocument:
        """Return a submitted record to its author as a draft, with the reviewer's comment
        saying what to do (required)."""

        def step(current: IncidentDocument, doc: dict[str, Any], now: str) -> None:
            self._waiting(current)
            self._own_review(current)
            text = v.text(comment, "review.comment", max_len=REVIEW_COMMENT_MAX)
            if not text:
                raise BadInput("review.comment", "is required: say what the author should do")
            doc["status"] = "draft"
            doc["review"] = {
                **current["review"],
                "outcome": "returned",
                "by": self.actor,
                "at": now,
                "comment": text,
                "single_user": False,
            }

        return self._review_step(incident_id, "incident.review_return", step)

    @staticmethod
    def _no_decision(current: IncidentDocument) -> dict[str, Any]:
        return {**current["review"], "outcome": None, "by": None, "at": None, "single_user": False}

    @staticmethod
    def _waiting(current: IncidentDocument) -> None:
        if current["status"] != "submitted":
            raise BadInput("status", f"is {current['status']}: only a submitted record is reviewed")

    def _assignee(self, assignee: str | None, author: str | None) -> str | None:
        name = v.text(assignee, "review.assignee", max_len=64)
        if name is None:
            return None
        if name.casefold() == RECOVERY_SLOT.casefold():
            raise BadInput("review.assignee", f"{name!r} is not a user")
        users = self._users()
        if author is not None and name.casefold() == author.casefold() and len(users) > 1:
            raise BadInput(
                "review.assignee",
                f"{name!r} submitted the record: a reviewer is someone else (this device "
                f"has {len(users)} users)",
            )
        return name

    def _own_review(self, current: IncidentDocument) -> bool:
        """Whether this user reviews their own submission (allowed on a single-user device,
        and marked); refused where the device has other users."""
        author = current["review"]["submitted_by"] or current["created_by"]
        own = author is not None and author.casefold() == self.actor.casefold()
        users = self._users()
        if own and len(users) > 1:
            raise BadInput(
                "review",
                "is done by a user other than the one who submitted the record (this device "
                f"has {len(users)} users)",
            )
        return own

    def _review_step(self, incident_id: str, action: str, step: Any) -> IncidentDocument:
        """One review step in one transaction: `step(current, doc, now)` sets the document's
        status, review and verification; the record is checked, rewritten, its history,
        audit entry (`action`) and outbox written together."""
        if self.store.slot.kind == RECOVERY_SLOT:
            raise BadInput("review", "is done by a signed-in user, not with the recovery key")
        with self.store.transaction() as session:
            refuse_if_view(session, incident_id)
            current = read_document(session, incident_id)
            doc = editable_fields(current)
            step(current, doc, utcnow())
            rows = self.validator.rows(doc, incident_id=incident_id, before=current)
            new, diff = self._rewrite(
                session, incident_id, current, rows, self.actor, action=action
            )
            if diff:
                Outbox(session, schema_number()).updated(
                    incident_id, wire_changes(diff, current, new)
                )
        return new

    def clear_summary(self, incident_id: str) -> IncidentDocument:
        """Clear the record's summary for partners and the public, as the signed-in user.

        Someone other than its author clears it. In a single-user office the author may, and
        the clearance says so (single_user), so reports can state it. A clearance already
        given stands; a single-user one is replaced when a second person clears it."""
        fld = "public_summary"
        if self.store.slot.kind == RECOVERY_SLOT:
            raise BadInput(fld, "is cleared by a signed-in user, not with the recovery key")
        with self.store.transaction() as session:
            refuse_if_view(session, incident_id)
            current = read_document(session, incident_id)
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
            doc = editable_fields(current)
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
            Outbox(session, schema_number()).updated(incident_id, wire_changes(diff, current, new))
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
        new = read_document(session, incident_id)
        diff = field_changes(current, new)
        if diff:
            now = new["updated_at"]
            session.execute(
                insert(HistoryEntry), history_rows(incident_id, revision, now, actor, diff)
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
            refuse_if_view(session, incident_id)
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
            self._remote = Validator(self.validator.vocab, today=date.max, places_as_given=True)
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
        current = read_document(session, record_id)
        if all(get_path(current, k) == x for k, x in fields.items()):
            return
        merged = apply_fields(editable_fields(current), fields)
        rows = remote.rows(merged, incident_id=record_id)
        self._rewrite(session, record_id, current, rows, actor, action="incident.sync")

    def get(self, incident_id: str) -> IncidentDocument:
        with self.store.session() as session:
            return read_document(session, incident_id)

    def view(self, incident_id: str) -> IncidentDocument:
        """Read a whole record for a person to see; the access goes into the audit log."""
        with self.store.transaction() as session:
            doc = read_document(session, incident_id)
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

    def history(self, incident_id: str) -> list[dict[str, Any]]:
        with self.store.session() as session:
            return history_entries(session, incident_id)

    # ---- queries (app.incident_queries) ---------------------------------------------------
    def list(self, q: IncidentQuery | None = None) -> list[dict[str, Any]]:
        """Summary rows, filtered and sorted in SQL, one page at a time."""
        stmt = summary_select(q or IncidentQuery())
        with self.store.session() as session:
            return summaries(session, stmt)

    def count(self, q: IncidentQuery | None = None) -> int:
        stmt = count_select(q or IncidentQuery())
        with self.store.session() as session:
            return int(session.scalar(stmt) or 0)
