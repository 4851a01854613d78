"""The device's side of sync, apart from the network: what it knows about HQ, the next batch
to push, and applying HQ's answer (results, pull page, conflicts) in one transaction, cursor
included. The online client and USB bundles both go through here."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import outbox, record_views
from app.changes import Kind, note
from app.clock import utcnow
from app.errors import BadInput, NotFound, UpfrontError
from app.hlc import StoredClock
from app.incidents import Incidents
from app.models import OutboxEntry, StoreMeta, SyncConflict
from app.schema.coordination import COORDINATION_KINDS, EDITED
from app.schema.situation import KINDS
from app.situations import Situations
from app.store import Store
from sync import downloads
from sync import protocol as p

STATE_KEY = "sync.device"
PROGRESS_KEY = "sync.progress"
SESSION_KEY = "sync.session"
BATCH_LIMIT = 500


class NotEnrolled(UpfrontError):
    """Sync asked for before `upfront enroll`."""


@dataclass
class DeviceState:
    """What enrollment gave this device. Kept in the encrypted store, keys included."""

    device_id: str
    team: str | None
    analyst: bool
    hq_url: str
    ca_pem: str
    cert_pem: str
    tls_key_pem: str
    signing_key: str  # Ed25519 private, hex
    ingest_key: str  # HQ's hybrid public key, hex
    hq_signing_key: str  # HQ's Ed25519 public key, hex
    schema: int
    # its role at HQ (states saved before roles existed load with these defaults)
    audience: str = "internal"  # or "un": it receives redacted views
    entity: str = "OHCHR"
    scope: list[str] | None = None  # the teams it reads; None for every team (or unknown)

    @classmethod
    def from_enrollment(
        cls,
        answer: dict[str, Any],
        *,
        hq_url: str,
        ca_pem: str,
        tls_key_pem: str,
        signer: ed25519.Ed25519PrivateKey,
    ) -> DeviceState:
        """The state HQ's enrolment answer gives, with what the device made itself (its TLS
        key, its signing key) and how it reaches HQ."""
        return cls(
            device_id=answer["device_id"],
            team=answer["team"],
            analyst=answer["analyst"],
            hq_url=hq_url,
            ca_pem=ca_pem,
            cert_pem=answer["certificate"],
            tls_key_pem=tls_key_pem,
            signing_key=signer.private_bytes_raw().hex(),
            ingest_key=answer["ingest_key"],
            hq_signing_key=answer["hq_signing_key"],
            schema=answer["schema"],
            audience=answer.get("audience", "internal"),
            entity=answer.get("entity", "OHCHR"),
            scope=answer.get("scope"),
        )

    @property
    def signer(self) -> ed25519.Ed25519PrivateKey:
        return ed25519.Ed25519PrivateKey.from_private_bytes(bytes.fromhex(self.signing_key))

    @property
    def device_kid(self) -> bytes:
        return p.key_id(self.signer.public_key().public_bytes_raw())

    @property
    def hq_kid(self) -> bytes:
        return p.key_id(bytes.fromhex(self.ingest_key))


@dataclass
class Progress:
    thru: int = 0  # HQ has answered this device's changes up to here
    head: str = p.GENESIS.hex()  # digest of the batch that ended there
    cursor: int = 0  # HQ's change log, read up to here
    last_success: str | None = None
    last_error: str | None = None
    clock_ahead_ms: int = 0
    bundles: list[dict[str, Any]] = field(default_factory=list)


def _meta(session: Session, key: str) -> Any:
    value = session.scalar(select(StoreMeta.value).where(StoreMeta.key == key))
    return None if value is None else json.loads(value)


def _put(session: Session, key: str, value: Any) -> None:
    row = session.get(StoreMeta, key)
    text = json.dumps(value)
    if row is None:
        session.add(StoreMeta(key=key, value=text))
    else:
        row.value = text


def load_state(session: Session) -> DeviceState:
    raw = _meta(session, STATE_KEY)
    if raw is None:
        raise NotEnrolled(
            "this device is not enrolled with HQ yet: enrol it with the address, token and "
            "CA fingerprint HQ gave you",
            hint="`upfront enroll` does it",
        )
    return DeviceState(**raw)


def save_state(session: Session, state: DeviceState) -> None:
    _put(session, STATE_KEY, asdict(state))


def load_progress(session: Session) -> Progress:
    raw = _meta(session, PROGRESS_KEY)
    return Progress(**raw) if raw else Progress()


def save_progress(session: Session, progress: Progress) -> None:
    _put(session, PROGRESS_KEY, asdict(progress))


def session_key(
    session: Session, state: DeviceState, *, fresh: bool = False
) -> tuple[p.SessionKey, bool]:
    """The current session key and whether HQ has confirmed it (if not, the sealed copy goes
    with the next request). A new one is made when there is none, it expired, or `fresh`."""
    raw = _meta(session, SESSION_KEY)
    if raw and not fresh and raw["expires"] - 60 > time.time():
        return p.SessionKey.from_record(raw), bool(raw.get("confirmed"))
    key = p.SessionKey.new(bytes.fromhex(state.ingest_key), state.device_id)
    _put(session, SESSION_KEY, {**key.to_record(), "confirmed": False})
    return key, False


def confirm_session_key(session: Session, kid: bytes) -> None:
    raw = _meta(session, SESSION_KEY)
    if raw and raw["kid"] == kid.hex() and not raw.get("confirmed"):
        _put(session, SESSION_KEY, {**raw, "confirmed": True})


# ---- outgoing -----------------------------------------------------------------------------
def next_batch(session: Session, thru: int, limit: int = BATCH_LIMIT) -> list[p.Change]:
    """Unanswered changes after `thru`, contiguous and of one schema. Read as plain rows, not
    ORM entries: a batch is read whole once, and building a thousand entries cost a tenth of
    a push."""
    o = OutboxEntry
    entries = session.execute(
        select(o.seq, o.record_id, o.op, o.hlc, o.fields, o.bases, o.schema)
        .where(o.state.in_((outbox.PENDING, outbox.HELD)), o.seq > thru)
        .order_by(o.seq)
        .limit(limit)
    ).all()
    out: list[p.Change] = []
    for e in entries:
        if out and (e.seq != out[-1].seq + 1 or e.schema != entries[0].schema):
            break
        if not out and e.seq != thru + 1:
            break  # HQ must get the changes in order; this cannot happen unless pruned
        out.append(
            p.Change(
                e.seq, e.record_id, p.Op.of(e.op), e.hlc, dict(e.fields or {}), dict(e.bases or {})
            )
        )
    return out


def batch_schema(session: Session, changes: list[p.Change]) -> int:
    """The schema the batch's changes were written in (one schema per batch)."""
    if not changes:
        return 0
    schema = session.scalar(select(OutboxEntry.schema).where(OutboxEntry.seq == changes[0].seq))
    if schema is None:  # not read from this outbox (in this transaction): nothing to seal
        raise NotFound(f"change {changes[0].seq} is not in this device's outbox")
    return schema


def hold(session: Session, changes: list[p.Change], reason: str) -> None:
    for c in changes:
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.seq == c.seq)
            .values(state=outbox.HELD, reason=reason)
        )


# ---- incoming -----------------------------------------------------------------------------
@dataclass
class Applied:
    answered: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    more: bool = False


def apply_answer(
    session: Session,
    incidents: Incidents,
    seq_from: int,
    seq_to: int,
    answer: p.Answer,
    *,
    progress: Progress,
    device_id: str,
) -> Applied:
    """HQ's answer (a sync's, or a receipt's `answer()`), applied inside the caller's
    transaction: results for the pushed range, then the pull page, then the cursor. A crash
    before commit leaves all of it undone, so the next sync asks again and gets the same
    answer (HQ applies a change only once)."""
    out = Applied()
    results = {r.seq: (r.code, r.reason) for r in answer.results}
    # HQ answers everything after what we last heard it had (`known_thru` in the request),
    # so every unanswered change up to its position is answered here, not only this batch
    top = max(seq_to, answer.thru)
    if top:
        echo = answer.log_mark or None
        states = {
            p.APPLIED: outbox.APPLIED,
            p.CONFLICT: outbox.CONFLICT,
            p.REJECTED: outbox.REJECTED,
        }
        answers: list[tuple[int, str, str | None, int | None]] = []
        attached: list[int] = []
        for seq, op in session.execute(
            select(OutboxEntry.seq, OutboxEntry.op).where(
                OutboxEntry.seq <= top, OutboxEntry.state.in_((outbox.PENDING, outbox.HELD))
            )
        ):
            code, reason = results.get(seq, (p.APPLIED, None))
            answers.append((seq, states[code], reason, echo if code != p.REJECTED else None))
            if op == "attach" and code == p.APPLIED:
                attached.append(seq)
            out.answered += 1
            out.conflicts += code == p.CONFLICT
            out.rejected += code == p.REJECTED
        # the rows were read above, in this transaction: every attached seq has its fields
        for (fields,) in session.execute(
            select(OutboxEntry.fields)
            .where(OutboxEntry.seq.in_(attached))
            .order_by(OutboxEntry.seq)
        ):
            _add_upload(session, str((fields or {}).get("attachment", {}).get("id")))
        outbox.answer_many(session, answers)
    if answer.thru >= progress.thru:
        progress.thru = answer.thru
        progress.head = answer.head.hex()
    page = answer.page
    if page is not None:
        out.pulled = apply_page(session, incidents, page, device_id)
        for c in page.conflicts:
            cid = f"hq:{c.id}"
            if session.get(SyncConflict, cid) is None:
                session.add(
                    SyncConflict(
                        id=cid,
                        record_id=c.record_id,
                        field=c.field,
                        kept=c.kept,
                        other=c.other,
                        kept_by=c.kept_by,
                        other_by=c.other_by,
                        needs_merge=c.needs_merge,
                        state="open" if c.needs_merge else "resolved",
                        at=utcnow(),
                    )
                )
        progress.cursor = max(progress.cursor, page.cursor)
        outbox.prune(session, progress.cursor)
        out.more = page.more
    progress.clock_ahead_ms = answer.clock_ahead_ms
    note(session, Kind.SYNC)
    return out


def apply_page(session: Session, incidents: Incidents, page: p.Page, device_id: str) -> int:
    """Apply a page of HQ's change log in order. New records are inserted together (a page
    of a thousand creations is one insert per table, not a thousand); everything else goes
    record by record."""
    clock = StoredClock(session)
    own_correction = f"hq:{device_id}:"
    entries = page.changes
    ids = list({e.record_id for e in entries})
    existing = incidents.existing(session, ids)
    situations = Situations(incidents.store)
    kinds = situations.existing_kinds(session, ids)  # situations, assessments, strategies
    protected = outbox.protected_paths_many(session, ids)
    # origin -> [(log_id, record_id, fields)]
    creating: dict[str, list[tuple[int, str, dict[str, Any]]]] = {}
    buffered: set[str] = set()
    viewing: list[tuple[int, str, dict[str, Any], str]] = []  # new incidents' views

    def flush() -> None:
        if viewing:
            failed = record_views.put_new(
                session, incidents, [(rid, f, origin) for _l, rid, f, origin in viewing]
            )
            for log_id, rid, f, origin in viewing:
                if rid in failed:
                    existing.discard(rid)
                    _unapplied(session, log_id, rid, failed[rid], origin)
                else:
                    _view_files(session, log_id, rid, f.get("attachments"), origin)
            viewing.clear()
        for origin, items in creating.items():
            failed = incidents.insert_remote(
                session, [(rid, f) for _l, rid, f in items], origin=origin
            )
            for rid, err in failed.items():
                log_id = next(lid for lid, r, _f in items if r == rid)
                _unapplied(session, log_id, rid, err, origin)
        creating.clear()
        buffered.clear()

    for entry in entries:
        log_id, record_id, op, origin = entry.log_id, entry.record_id, entry.op, entry.origin
        named = dict(entry.fields)
        clock.receive(entry.hlc)
        if op in (p.Op.VIEW, p.Op.WITHDRAW):  # HQ's rendering for this device's audience
            new = record_id not in existing and record_id not in kinds
            if op == p.Op.VIEW and "kind" not in named and new:
                viewing.append((log_id, record_id, named, origin))  # inserted together
                existing.add(record_id)
                continue
            flush()
            kind = _view_entry(session, incidents, situations, entry)
            existing.discard(record_id)
            kinds.pop(record_id, None)
            if kind == "incident":
                existing.add(record_id)
            elif kind is not None:
                kinds[record_id] = kind
            continue
        if op == p.Op.ATTACH:  # a file of an incident here: fetched after the pull
            if record_id in buffered:
                flush()
            if record_id in existing and record_id not in kinds:
                try:
                    downloads.wanted(session, record_id, named.get("attachment"), origin)
                except BadInput as err:
                    _unapplied(session, log_id, record_id, err, origin)
            continue
        hard, soft = protected.get(record_id, (set(), {}))
        kind = (named.get("kind") if op == p.Op.CREATE else None) or kinds.get(
            record_id, "incident"
        )
        if (
            kind == "incident"
            and op == p.Op.CREATE
            and record_id not in existing
            and hard is not None
        ):
            creating.setdefault(origin, []).append((log_id, record_id, named))
            existing.add(record_id)
            buffered.add(record_id)
            continue
        if record_id in buffered or kind != "incident":
            flush()  # in order: what came before in the page is in place first
        # HQ's correction of one of our changes (the value HQ kept when ours lost) stands
        # unless we delivered a later change of that field since
        corrects = int(origin.rsplit(":", 1)[1]) if origin.startswith(own_correction) else None
        keep = (
            None
            if hard is None
            else hard
            | {
                path
                for path, marks in soft.items()
                if any(
                    echo >= log_id and (corrects is None or seq > corrects) for seq, echo in marks
                )
            }
        )
        try:
            if kind == "incident":
                incidents.apply_remote(
                    session,
                    record_id,
                    named,
                    deleted=op == p.Op.DELETE,
                    create=op == p.Op.CREATE,
                    origin=origin,
                    keep=keep,
                )
            elif kind in KINDS or kind in COORDINATION_KINDS:
                situations.apply_remote(
                    session,
                    record_id,
                    kind,
                    named,
                    create=op == p.Op.CREATE,
                    deleted=op == p.Op.DELETE,
                    origin=origin,
                    keep=keep,
                )
            else:
                raise BadInput("kind", "is not a kind of record this device knows")
        except BadInput as err:
            _unapplied(session, log_id, record_id, err, origin)
        if kind != "incident":
            if op == p.Op.DELETE:
                kinds.pop(record_id, None)
            else:
                kinds[record_id] = kind
        elif op == p.Op.DELETE:
            existing.discard(record_id)
        elif keep is not None:
            existing.add(record_id)
    flush()
    record_views.finish(session)
    return len(entries)


def _view_entry(
    session: Session, incidents: Incidents, situations: Situations, entry: p.PulledChange
) -> str | None:
    """A view HQ rendered (put in place whole, marked read-only) or a withdrawal (the record
    removed for good): `app.record_views`. Returns the kind the device now holds under the
    id, or None."""
    if entry.op == p.Op.WITHDRAW:
        record_views.remove(session, entry.record_id, entry.origin)
        return None
    try:
        with session.begin_nested():
            kind = record_views.put(
                session, incidents, situations, entry.record_id, dict(entry.fields), entry.origin
            )
    except BadInput as err:
        record_views.remove(session, entry.record_id, entry.origin)  # never half a record
        _unapplied(session, entry.log_id, entry.record_id, err, entry.origin)
        return None
    if kind == "incident":
        files = entry.fields.get("attachments")
        _view_files(session, entry.log_id, entry.record_id, files, entry.origin)
    return kind


def _view_files(session: Session, log_id: int, record_id: str, files: Any, origin: str) -> None:
    """The copies a view lists that are not here yet: fetched after the pull, like any file
    from HQ (`sync.downloads`). A description this device cannot take leaves a trace."""
    err = downloads.for_view(session, record_id, files, origin)
    if err is not None:
        _unapplied(session, log_id, record_id, err, origin)


def _unapplied(session: Session, log_id: int, record_id: str, err: BadInput, origin: str) -> None:
    """HQ validated it; a device with older vocabularies may not take it. The cursor keeps
    moving and a visible trace stays, instead of one record blocking every later change."""
    session.merge(
        SyncConflict(
            id=f"unapplied:{log_id}",
            record_id=record_id,
            field=err.field,
            kept=None,
            other=None,
            kept_by=origin,
            other_by=None,
            needs_merge=False,
            state="unapplied",
            at=utcnow(),
        )
    )


UPLOADS_KEY = "sync.uploads"


def uploads(session: Session) -> list[str]:
    """Files whose description HQ has taken and whose bytes have still to go."""
    return list(_meta(session, UPLOADS_KEY) or [])


def _add_upload(session: Session, file_id: str) -> None:
    waiting = uploads(session)
    if file_id not in waiting:
        _put(session, UPLOADS_KEY, [*waiting, file_id])


def upload_done(session: Session, file_id: str) -> None:
    _put(session, UPLOADS_KEY, [x for x in uploads(session) if x != file_id])


def file_content(session: Session, file_id: str) -> bytes | None:
    from app.models import Attachment

    row = session.get(Attachment, file_id)
    return None if row is None else bytes(row.content)


def conflicts(store: Store, *, open_only: bool = True) -> list[dict[str, Any]]:
    with store.session() as s:
        q = select(SyncConflict).order_by(SyncConflict.at)
        if open_only:
            q = q.where(SyncConflict.state == "open")
        return [
            {
                "id": x.id,
                "record": x.record_id,
                "field": x.field,
                "kept": x.kept,
                "other": x.other,
                "kept_by": x.kept_by,
                "other_by": x.other_by,
                "needs_merge": x.needs_merge,
                "state": x.state,
            }
            for x in s.scalars(q)
        ]


def resolve_conflict(
    store: Store, incidents: Incidents, conflict_id: str, merged: Any
) -> Mapping[str, Any]:
    """A person's merge of a conflict: the merged value becomes an ordinary edit (which goes
    to HQ like any other) and the conflict is closed here."""
    with store.session() as s:
        x = s.get(SyncConflict, conflict_id)
        if x is None:
            raise BadInput("conflict", "no such conflict on this device")
        record_id, path = x.record_id, x.field
    with store.session() as s:
        kind = Situations.existing_kinds(s, [record_id]).get(record_id, "incident")
    top, _, sub = path.partition(".")
    doc: Mapping[str, Any]
    if kind == "situation":
        if path == "links":
            raise BadInput("links", "change a situation's hand-made links with include and exclude")
        doc = Situations(store).edit(record_id, {path: merged})
    elif kind in EDITED:  # a decision, an engagement, the task force: edited like a situation
        situations = Situations(store)
        if kind == "decision":
            doc = situations.edit_decision(record_id, {path: merged})
        elif kind == "engagement":
            doc = situations.edit_engagement(record_id, {path: merged})
        else:
            current = situations.coordination_record(record_id)
            doc = situations.set_taskforce(current["situation_id"], {path: merged})
    elif kind != "incident":
        raise BadInput("conflict", f"a {kind} is never edited; nothing to merge")
    else:
        doc = incidents.edit(record_id, {top: {sub: merged}} if sub else {top: merged})
    with store.transaction() as s:  # conflicts are never deleted: the row is still there
        s.execute(
            update(SyncConflict).where(SyncConflict.id == conflict_id).values(state="resolved")
        )
        note(s, Kind.SYNC)
    return doc


@dataclass(frozen=True)
class SyncStatus:
    """Where this device stands with HQ: what the Sync page shows and `upfront sync --status`
    prints (as `asdict`, in this order)."""

    enrolled: bool
    device_id: str | None
    team: str | None
    audience: str | None
    hq: str | None
    pending: int
    quarantined: int
    files_pending: int  # files whose bytes have still to go to HQ
    files_to_fetch: int  # files HQ holds for records here whose bytes have still to come
    bytes_to_fetch: int  # ... and how many of their bytes (what arrived is not counted)
    files_refused: int  # files HQ refused to send, ever (never named: counted)
    files_refused_at: str | None  # when it last did
    conflicts_to_merge: int
    last_success: str | None
    last_error: str | None
    clock_ahead_ms: int
    thru: int
    cursor: int


def status(store: Store) -> SyncStatus:
    with store.session() as s:
        progress = load_progress(s)
        state = _meta(s, STATE_KEY)
        left = downloads.left(s)
        refused = downloads.refusals(s)
        return SyncStatus(
            enrolled=state is not None,
            device_id=state and state["device_id"],
            team=state and state["team"],
            audience=state and state.get("audience", "internal"),
            hq=state and state["hq_url"],
            pending=outbox.pending_count(s),
            quarantined=len(outbox.quarantined(s)),
            files_pending=len(uploads(s)),
            files_to_fetch=left.files,
            bytes_to_fetch=left.bytes,
            files_refused=refused.files,
            files_refused_at=refused.last_at,
            conflicts_to_merge=len(
                [1 for x in s.scalars(select(SyncConflict).where(SyncConflict.state == "open"))]
            ),
            last_success=progress.last_success,
            last_error=progress.last_error,
            clock_ahead_ms=progress.clock_ahead_ms,
            thru=progress.thru,
            cursor=progress.cursor,
        )
