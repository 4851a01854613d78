"""Taking a device's batch: once, in order, in one transaction under HQ's writer lock. A batch
already applied gets the same answers again; a gap or a broken hash chain refuses it whole; one
change that fails refuses only itself. The answer (`Pushed`) lists what was not plainly applied.
"""

from __future__ import annotations

import functools
import hashlib
import time
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.hlc import pack, wall_ms
from sync import protocol as p
from sync.hq import merge, sealed
from sync.hq.core import HQCore
from sync.hq.database import writer_lock
from sync.hq.logs import batch_taken, fault
from sync.hq.models import Batch, ChangeResult, Device, LogEntry

FUTURE_TOLERANCE_MS = 5 * 60 * 1000


@dataclass
class Pushed:
    """What HQ answers to a push: per-change answers that are not plain "applied"."""

    results: list[p.Result]  # on the wire [seq, code, reason]
    thru: int
    head: bytes
    duplicate: bool = False
    clock_ahead_ms: int = 0
    log_mark: int = 0  # HQ's change-log id up to which this batch's effects are recorded


def clean_reason(reason: str | None) -> str | None:
    """A refusal's reason as stored and sent: no control characters (PostgreSQL's text holds
    no NUL, and a reason may name a key the device sent), and short."""
    if reason is None:
        return None
    text = "".join(ch if ch.isprintable() else "?" for ch in reason)
    return text if len(text) <= 300 else text[:299] + "…"


def push(
    hq: HQCore,
    device_id: str,
    seq_from: int,
    seq_to: int,
    prev: bytes,
    changes: list[p.Change],
    time_ms: int = 0,
    *,
    env: p.Envelope | None = None,
    header: p.Header | None = None,
    kind: str = "sync",
    known_thru: int | None = None,
) -> Pushed:
    """Apply a batch in one transaction, once. A batch HQ already applied (all its
    sequence numbers answered) changes nothing and gets the same answers back.

    The answer covers every change after `known_thru` (what the device last heard HQ
    had), not only this batch: answers the device missed (a lost reply, a receipt that
    never came back) reach it with the next exchange."""
    attempt = functools.partial(
        _push,
        hq,
        device_id,
        seq_from,
        seq_to,
        prev,
        changes,
        time_ms,
        env=env,
        header=header,
        kind=kind,
    )
    try:
        pushed = attempt()
    except (p.ProtocolError, OperationalError):
        raise  # a refusal of the whole request, or the database is not there: say so
    except Exception as err:  # any fault: find the change behind it
        # one change HQ cannot take (a value its database refuses, a fault in a check)
        # must not refuse the others, which the device would then resend forever: once
        # more, each change on its own; the one at fault is refused alone
        fault(f"device {device_id} batch {seq_from}-{seq_to}", err)
        pushed = attempt(isolate=True)
    if seq_from:
        batch_taken(
            device_id,
            seq_from,
            seq_to,
            len(changes),
            pushed.results,
            duplicate=pushed.duplicate,
            kind=kind,
        )
    if known_thru is not None and known_thru < pushed.thru:
        low = min(known_thru + 1, seq_from or known_thru + 1)
        with hq.session() as s:
            pushed.results = answers(hq, s, device_id, low, pushed.thru)
            pushed.log_mark = max(pushed.log_mark, log_mark(s, device_id, low, pushed.thru))
    return pushed


def _push(
    hq: HQCore,
    device_id: str,
    seq_from: int,
    seq_to: int,
    prev: bytes,
    changes: list[p.Change],
    time_ms: int = 0,
    *,
    env: p.Envelope | None = None,
    header: p.Header | None = None,
    kind: str = "sync",
    isolate: bool = False,
) -> Pushed:
    with hq.session() as s, s.begin():
        if seq_from:  # pulls alone do not queue behind the writers
            writer_lock(s)
        dev = s.get(Device, device_id, with_for_update=True)
        assert dev is not None
        ahead = 0
        if time_ms and time_ms - wall_ms() > FUTURE_TOLERANCE_MS:
            ahead = time_ms - wall_ms()
            dev.clock_ahead_ms = ahead
        elif time_ms:
            dev.clock_ahead_ms = None
        thru = dev.applied_through
        if not seq_from:
            return Pushed([], thru, dev.head, clock_ahead_ms=ahead)
        if seq_to <= thru:
            return Pushed(
                answers(hq, s, device_id, seq_from, seq_to),
                thru,
                dev.head,
                duplicate=True,
                clock_ahead_ms=ahead,
                log_mark=log_mark(s, device_id, seq_from, seq_to),
            )
        if seq_from > thru + 1:
            raise p.ProtocolError(
                409, "gap", f"HQ holds this device's changes up to {thru}; send from {thru + 1}"
            )
        check_chain(s, device_id, seq_from, prev)
        digest = (
            env.digest if env else hashlib.sha256(b"%d:%d:" % (seq_from, seq_to) + prev).digest()
        )
        team = dev.team_id  # what the device sent is sealed under its team's key
        batch = Batch(
            device_id=device_id,
            digest=digest,
            seq_from=seq_from,
            seq_to=seq_to,
            prev=prev,
            kind=kind,
            header=sealed.seal_batch(
                hq.vault, s, team, device_id, digest, "header", env.header_bytes if env else b""
            ),
            ciphertext=sealed.seal_batch(
                hq.vault, s, team, device_id, digest, "ciphertext", env.ciphertext if env else b""
            ),
            signature=env.signature if env else b"",
            session_kid=header.session_kid if header else b"",
            received_at=time.time(),
        )
        s.add(batch)
        s.flush()
        # a stamp from the future counts as HQ's own time: a clock days ahead must not
        # win every conflict (HQ also flags the device, above)
        now_limit = pack(wall_ms(), 0xFFFF)
        fresh = [c for c in changes if c.seq > thru]
        ctx = merge.BatchContext(s, [c.record_id for c in fresh], isolate)
        results, answered = [], []
        for change in fresh:
            code, reason = merge.apply_one(hq, s, dev, change, batch.id, now_limit, ctx)
            reason = clean_reason(reason)
            answered.append(
                {
                    "device_id": device_id,
                    "seq": change.seq,
                    "batch_id": batch.id,
                    "record_id": change.record_id,
                    "code": code,
                    "reason": sealed.seal_reason(hq.vault, s, team, device_id, change.seq, reason),
                }
            )
            if code != p.APPLIED:
                results.append(p.Result(change.seq, code, reason))
        dev.applied_through = seq_to
        dev.head = digest
        # rows go in a few multi-row INSERTs, not one statement each; change-log rows in
        # the order the changes were applied, which is the order devices will read them
        s.flush()
        ctx.write(s, answered)
        mark = log_mark(s, device_id, seq_from, seq_to)
        return Pushed(results, seq_to, digest, clock_ahead_ms=ahead, log_mark=mark)


def log_mark(s: Session, device_id: str, a: int, b: int) -> int:
    return int(
        s.scalar(
            select(func.max(LogEntry.id)).where(
                LogEntry.batch_id.in_(
                    select(Batch.id).where(
                        Batch.device_id == device_id, Batch.seq_from <= b, Batch.seq_to >= a
                    )
                )
            )
        )
        or 0
    )


def answers(hq: HQCore, s: Session, device_id: str, a: int, b: int) -> list[p.Result]:
    return [
        p.Result(r.seq, r.code, sealed.open_reason(hq.vault, device_id, r.seq, r.reason))
        for r in s.scalars(
            select(ChangeResult)
            .where(
                ChangeResult.device_id == device_id,
                ChangeResult.seq.between(a, b),
                ChangeResult.code != p.APPLIED,
            )
            .order_by(ChangeResult.seq)
        )
    ]


def check_chain(s: Session, device_id: str, seq_from: int, prev: bytes) -> None:
    if seq_from == 1:
        ok = prev == p.GENESIS
    else:
        ok = (
            s.scalar(
                select(func.count())
                .select_from(Batch)
                .where(
                    Batch.device_id == device_id, Batch.seq_to == seq_from - 1, Batch.digest == prev
                )
            )
            > 0
        )
    if not ok:
        raise p.ProtocolError(
            409,
            "chain",
            "the batch does not follow the batch HQ holds "
            "before it (its previous-batch hash does not match)",
        )
