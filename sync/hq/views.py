"""Redacted views: what a device that reads as an audience other than internal (a `un`
analyst's) pulls. HQ renders each record for the device's audience with the rules reports and
exports use (`app.redaction`, one implementation) and sends it whole; what stops reaching the
audience, HQ tells the device to remove.

How a page is made (`pull`):

- **What to look at.** The records HQ's change log touched after the device's cursor in its
  scope (`scope.clause`), plus the records the device holds whose view may have gone stale
  without a change of their own: the withheld names changed since they were sent (their
  `Access.withheld_mark` is not the current one), the device's audience changed, or their
  team left the device's scope. The stale ones go first; each record looked at counts
  against `limit`, and `more` says another page waits. The cursor moves only past log
  entries looked at.
- **What is sent.** Each record's *current* document (read through `pull.docs_of`, never
  from the log), rendered: an incident reaches the audience when `Audience.reaches` says so
  (confidentiality, not a draft, not found false or rejected) and then goes as
  `redaction.view_document` renders it (names withheld, places as the audience's table says,
  staff unnamed); situations, assessments and strategies reach every device whose scope holds
  their team (they are the analysts' common work), with every text scrubbed
  (`redaction.scrub_texts`) and staff unnamed. A rendering that reaches goes as one
  `Op.VIEW` change holding every field; one that no longer reaches (confidentiality raised,
  found false or rejected, a draft again, deleted, its team out of scope) goes as
  `Op.WITHDRAW` if the device was sent it before, else nothing goes. A consent withdrawn
  changes the withheld names, so every view rendered with the old ones is looked at again
  (below). A view's origin is `view:<audience>:<team>`, which the device keeps beside it
  (`app.record_views`).
- **Withheld names.** A name withheld from the audience in any incident HQ holds (victims it
  may not name, every source and perpetrator; deleted records too) is withheld in every text
  sent. The set is kept in process memory per HQ and audience, keyed by HQ's last change-log
  id (every write to a record adds a log entry, so the key moves with any change and the set
  is never stale); a newer id reads only the records the log touched since. Its mark is a
  keyed hash of the names.
- **Sent again only when it changed.** Every send and removal is noted in `Access` with the
  keyed hash (HMAC-SHA-256 under a key derived from HQ's signing key, so the table cannot be
  used to confirm a guessed name) of what was sent, the withheld names' mark and, for a
  removal, `removed_at`. A record whose rendering hashes as what the device holds is not sent
  again; one whose withheld names changed is rendered again and sent only if it differs.
- **Records the device created itself** (a `un` analyst's situations, assessments,
  strategies): the device is their author and may keep editing them (`scope.edit_problem`),
  so they come back as an ordinary full-state `Op.UPDATE` (never a view), rendered all the
  same (texts scrubbed: an internal colleague's edit may add a withheld name). Their reach
  does not remove them (their author wrote them); a deletion comes as `Op.DELETE`, and a
  team that leaves the device's scope takes them with it (`Op.WITHDRAW`).
- **Conflicts** are never sent to a redacted device: they carry a field's values as they
  are, unrendered.
- **Attachments** go only as copies without their metadata (`sync.hq.copies`: made once,
  the first time a view needs one, with the cleaner reports and exports use). An incident's
  view lists under `attachments` each file HQ holds whole: by its copy (the copy's own id,
  size and SHA-256, never the original's), or as withheld (`cannot-clean`, `damaged`: never
  sent); every text of the description scrubbed of withheld names, who captured it
  withheld. A file that becomes whole later adds a `file` entry to the change log, so the
  view is looked at again. A page cleans at most `copies.BUDGET` bytes of originals; a
  view that went without a file still to clean is noted stale (no withheld mark) and
  `more` is set, so the next page lists it. The device fetches the copies by
  `/v1/download` while it holds the view (`sync.hq.downloads`), never an original.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import not_, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, defer

from app.names import WITHHELD, Names
from app.outbox import paths
from app.redaction import ROW_LEVEL, Audience, scrub_texts, view_document
from app.schema import coordination
from app.schema.incident import EDITABLE
from sync import protocol as p
from sync.hq import copies, scope
from sync.hq import kept as kept_
from sync.hq import pull as hq_pull
from sync.hq.core import HQCore
from sync.hq.models import Access, Device, LogEntry, Record

# fields of situations, assessments and strategies that hold ids, codes, dates and numbers:
# never scrubbed (a code cut by a name would no longer validate). Only fields HQ's checks
# (`remote_fields`) hold to a code, id, date or number belong here: `created_at` is free text
# there (a client could write a name in it), and scrubbing a real timestamp changes nothing
KEEP = (
    "id",
    "kind",
    "situation_id",
    "country",
    "status",
    "violations",
    "links",
    "evidence",
    # a risk factor's cited humanitarian series: a dataset id, a P-code or ISO3, an HXL
    # hashtag (remote_fields holds each to its pattern)
    "series",
    "incidents",
    "factor",
    "level",
    "trend",
    "pillar",
    "lead",
    "partners",
    "assessed_on",
    "date_from",
    "date_to",
    "due",
    "version",
    "objective",
    # a situation's coordination records (app.schema.coordination): codes, ids, dates, flags
    "quarter",
    "decided_on",
    "entity",
    "status_on",
    "action_id",
    "decision",
    "date",
    "type",
    "channel",
    "follow_up_due",
    "confidentiality",
    "members",
    "established_on",
    "appointed_on",
    "issued_on",
    "guidance_id",
    "acknowledged_on",
    "on_behalf",
)
# staff of the team, unnamed outside it: who set a decision's status, who recorded an
# acknowledgement (a decision's person and an engagement's UN officer are named by role,
# and may be read by the audience the record reaches)
STAFF = ("created_by", "status_by", "recorded_by")
# a record as views read it: its stamps (per-field clocks) are never needed here
LEAN = defer(Record.stamps)
# kinds in the order a page carries them: a situation before its assessments and strategies
ORDER = {
    "situation": 0,
    "assessment": 1,
    "strategy": 1,
    **dict.fromkeys(coordination.COORDINATION_KINDS, 1),
    "incident": 2,
}


@dataclass(frozen=True)
class Withheld:
    """The names an audience may not read anywhere at HQ, as of change-log id `log_id`."""

    log_id: int
    per_record: dict[str, frozenset[str]]  # only records with a withheld name
    names: frozenset[str]
    index: Names
    mark: bytes


_KEPT: kept_.Kept[Withheld] = kept_.Kept()
_KEYS: weakref.WeakKeyDictionary[HQCore, bytes] = weakref.WeakKeyDictionary()


def _mac(hq: HQCore, *parts: bytes) -> bytes:
    key = _KEYS.get(hq)
    if key is None:
        key = hmac.new(
            hq.keys.signing.private_bytes_raw(), b"upfront hq views digest v1", hashlib.sha256
        ).digest()
        _KEYS[hq] = key
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for part in parts:
        mac.update(len(part).to_bytes(8, "big"))
        mac.update(part)
    return mac.digest()


def _chunks(ids: Sequence[str], n: int = 500) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), n):
        yield ids[i : i + n]


def withheld(hq: HQCore, s: Session, audience: Audience) -> Withheld:
    """The names withheld from this audience in every text, as of HQ's last change (kept while
    HQ's change log stands: `sync.hq.kept`)."""
    return _KEPT.current(
        hq,
        s,
        lambda kept, touched, top: _read_withheld(hq, s, audience, kept, touched, top),
        audience.name,
    )


def _read_withheld(
    hq: HQCore,
    s: Session,
    audience: Audience,
    kept: Withheld | None,
    touched_ids: list[str] | None,
    top: int,
) -> Withheld:
    per: dict[str, frozenset[str]] = {}
    if kept is None or touched_ids is None:
        records = s.scalars(select(Record).options(LEAN).where(Record.kind == "incident"))
        touched = hq_pull.docs_of(hq, records)
    else:
        per = dict(kept.per_record)
        touched = {}
        for chunk in _chunks(touched_ids):
            touched.update(
                hq_pull.docs_of(
                    hq,
                    s.scalars(
                        select(Record)
                        .options(LEAN)
                        .where(Record.id.in_(chunk), Record.kind == "incident")
                    ),
                )
            )
    for rid, doc in touched.items():
        found = audience.withheld_of(doc or {})
        if found:
            per[rid] = found
        else:
            per.pop(rid, None)
    names = frozenset().union(*per.values()) if per else frozenset()
    if kept is not None and names == kept.names:
        index, mark = kept.index, kept.mark
    else:
        index = Names(names)
        mark = _mac(hq, b"withheld", audience.name.encode(), *sorted(n.encode() for n in names))
    return Withheld(top, per, names, index, mark)


def forget(hq: HQCore | None = None) -> None:
    """Drop the kept withheld names (of one HQ, or all): a benchmark measures the cold cost."""
    _KEPT.forget(hq)


# ---- rendering ----------------------------------------------------------------------------
def render(
    rec: Record,
    doc: dict[str, Any] | None,
    dev: Device,
    audience: Audience,
    w: Withheld,
    files: list[dict[str, Any]] | None = None,
) -> dict[str, Any] | None:
    """A record's fields as this device may hold them, or None when it may not hold it.
    `files`: an incident's attachments as the view lists them (`copies.listing`)."""
    own = rec.created_by_device == dev.id
    if rec.deleted or doc is None or not scope.in_scope(dev, rec.team_id):
        return None
    if rec.kind == "incident":
        if not own and not audience.reaches(doc):
            return None
        view = paths(view_document(doc, audience, w.index), EDITABLE)
        if files and not own:
            view["attachments"] = files
        return view
    if rec.kind in coordination.CONFIDENTIAL and not own:  # an engagement: its own audiences
        if (doc.get("confidentiality") or "internal") not in audience.confidentialities():
            return None
    fields: dict[str, Any] = scrub_texts(
        {k: doc.get(k) for k in p.PATHS.get(rec.kind, ()) if k in doc}, w.index, keep=KEEP
    )
    fields["kind"] = rec.kind
    if not own:  # staff are not named outside the team
        for key in STAFF:
            if fields.get(key):
                fields[key] = WITHHELD
        if "owner" in fields:
            fields["owner"] = None
        if isinstance(fields.get("actions"), list):
            fields["actions"] = [
                {**a, "owner": None} if isinstance(a, dict) else a for a in fields["actions"]
            ]
    return fields


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


# ---- the page -----------------------------------------------------------------------------
def pull(hq: HQCore, s: Session, dev: Device, cursor: int, limit: int) -> p.Page:
    """The next page of redacted views for this device (see the module's docstring)."""
    if dev.audience not in ROW_LEVEL:
        raise p.ProtocolError(
            403,
            "audience",
            f"audience: HQ sends records to internal and un devices only, not {dev.audience}",
        )
    audience = Audience(dev.audience)
    w = withheld(hq, s, audience)
    stale_q = (
        select(Access.record_id, Access.log_id)
        .where(
            Access.device_id == dev.id,
            Access.removed_at.is_(None),
            or_(
                Access.withheld_mark.is_(None),
                Access.withheld_mark != w.mark,
                Access.audience != audience.name,
                Access.record_id.in_(
                    select(Record.id).where(not_(scope.clause(dev, Record.team_id)))
                ),
            ),
        )
        .order_by(Access.record_id)
        .limit(limit + 1)
    )
    stale = list(s.execute(stale_q))
    more = len(stale) >= limit
    stale = stale[:limit]
    # record -> (log id, hlc) that carries it
    marks: dict[str, tuple[int, int]] = {rid: (log_id or cursor, 0) for rid, log_id in stale}
    # HQ's corrections of this device's own changes (`hq:<device>:<seq>`): its own record
    # comes back under that origin, so the device lets HQ's value replace the one refused
    corrections: dict[str, str] = {}
    new_cursor = cursor
    budget = limit - len(stale)
    if budget > 0:
        entries = list(
            s.execute(
                select(LogEntry.id, LogEntry.record_id, LogEntry.hlc, LogEntry.origin)
                .where(LogEntry.id > cursor, scope.clause(dev, LogEntry.team_id))
                .order_by(LogEntry.id)
                .limit(budget + 1)
            )
        )
        more = len(entries) > budget
        entries = entries[:budget]
        for log_id, rid, hlc, origin in entries:
            marks[rid] = (log_id, max(hlc, marks.get(rid, (0, 0))[1]))
            if (origin or "").startswith(f"hq:{dev.id}:"):
                corrections[rid] = origin
        if entries:
            new_cursor = entries[-1][0]
    changes, noted, deferred = _render_all(hq, s, dev, audience, w, marks, corrections)
    _note(s, dev.id, audience.name, noted)
    return p.Page(tuple(changes), (), new_cursor, more or deferred)


def _render_all(
    hq: HQCore,
    s: Session,
    dev: Device,
    audience: Audience,
    w: Withheld,
    marks: dict[str, tuple[int, int]],
    corrections: dict[str, str] | None = None,
) -> tuple[list[p.PulledChange], list[dict[str, Any]], bool]:
    """The changes of these records for this device, the access rows to note, and whether a
    view went without a file whose copy is still to make (it is looked at again next)."""
    ids = list(marks)
    records: dict[str, Record] = {}
    held: dict[str, Access] = {}
    for chunk in _chunks(ids):
        records.update(
            (r.id, r) for r in s.scalars(select(Record).options(LEAN).where(Record.id.in_(chunk)))
        )
        held.update(
            (a.record_id, a)
            for a in s.scalars(
                select(Access).where(Access.device_id == dev.id, Access.record_id.in_(chunk))
            )
        )
    docs = hq_pull.docs_of(hq, records.values())
    # the files of the incidents that reach this device as views, by their copies
    viewed = [
        rid
        for rid, rec in records.items()
        if rec.kind == "incident"
        and not rec.deleted
        and rec.created_by_device != dev.id
        and scope.in_scope(dev, rec.team_id)
        and audience.reaches(docs.get(rid) or {})
    ]
    listed, deferred = copies.listing(hq, s, viewed, w.index)
    now = time.time()
    out: list[tuple[int, str, p.PulledChange]] = []
    noted: list[dict[str, Any]] = []
    for rid in ids:
        rec = records.get(rid)
        acc = held.get(rid)
        log_id, hlc = marks[rid]
        holds = acc is not None and acc.removed_at is None
        row = {
            "device_id": dev.id,
            "record_id": rid,
            "audience": audience.name,
            "first_at": now,
            "last_at": now,
            "log_id": log_id,
            "digest": None,
            "withheld_mark": w.mark,
            "removed_at": None,
        }
        fields = (
            None if rec is None else render(rec, docs.get(rid), dev, audience, w, listed.get(rid))
        )
        own = rec is not None and rec.created_by_device == dev.id
        kind = rec.kind if rec is not None else "incident"
        if fields is None:
            if holds:
                deleted = own and rec is not None and rec.deleted
                op = p.Op.DELETE if deleted else p.Op.WITHDRAW
                origin = "hq" if deleted else _origin(audience, rec)
                out.append((ORDER[kind], rid, p.PulledChange(log_id, rid, op, hlc, {}, origin)))
                noted.append({**row, "removed_at": now})
            continue
        op = p.Op.UPDATE if own else p.Op.VIEW
        digest = _mac(hq, b"view", str(int(op)).encode(), rid.encode(), _canonical(fields))
        if not (holds and acc is not None and acc.digest == digest):
            origin = (corrections or {}).get(rid, "hq") if own else _origin(audience, rec)
            out.append((ORDER[kind], rid, p.PulledChange(log_id, rid, op, hlc, fields, origin)))
        elif acc is not None and acc.log_id is not None:
            row["log_id"] = max(acc.log_id, log_id)
        if rid in deferred:  # a file of it still to list: looked at again (`pull`'s stale)
            row["withheld_mark"] = None
        noted.append({**row, "digest": digest})
    out.sort(key=lambda x: (x[0], x[1]))
    return [c for _o, _r, c in out], noted, bool(deferred)


def _origin(audience: Audience, rec: Record | None) -> str:
    team = rec.team_id if rec is not None else None
    return f"view:{audience.name}:{team or ''}"


def _note(s: Session, device_id: str, audience: str, rows: list[dict[str, Any]]) -> None:
    """Note every record looked at: what was sent (its digest) or removed, and the withheld
    names it was rendered with, in one upsert (an executemany, compiled once)."""
    if not rows:
        return
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(Access)
    stmt = stmt.on_conflict_do_update(
        index_elements=["device_id", "record_id"],
        set_={
            "last_at": stmt.excluded.last_at,
            "log_id": stmt.excluded.log_id,
            "audience": stmt.excluded.audience,
            "digest": stmt.excluded.digest,
            "withheld_mark": stmt.excluded.withheld_mark,
            "removed_at": stmt.excluded.removed_at,
        },
    )
    s.execute(stmt, rows)  # compiled once; the driver sends the rows in batches
