"""HQ's weekly counts for a device's scope (`app.scope_counts` counts; this module feeds it and
answers `/v1/counts`). A device that reads as an audience other than internal (a `un`
analyst's) holds only the views that reach it, while most of its scope's records stay internal
at HQ; its horizon scan runs on these counts instead: every act of every incident of the
scope (internal, drafts and all, as a team device's own scan counts them), per ISO week, by
country, admin 1 P-code, violation type and standard of proof, small weekly values
suppressed as reports outside internal suppress them. Counts only: no record, id, name or
text leaves HQ this way. A device that reads internal records gets none (it holds them).

The scope's countries: those of the teams in the device's scope (every team's and every
incident's, for a device whose scope is every team). A record of one of them about another
country is counted in no country: the device's own views of it stand there.

The incidents' documents are sealed at HQ (`sync.hq.vault`), so they are counted in Python as
they are opened (`pull.docs_of`), not in SQL as the device's scan counts its own store; the
rule that dates an act is the device's (`app.scope_counts.act_day`, `app.scan.weekly_acts`).
Each incident's acts are kept in process memory (`acts`) and read again only when the change
log touched the record, so a device's counts cost one pass over the kept acts.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import scope_counts
from app.vocab import vocabularies
from sync import protocol as p
from sync.hq import enrollment, scope
from sync.hq import kept as kept_
from sync.hq import pull as hq_pull
from sync.hq.core import HQCore
from sync.hq.models import Device, Record, Team
from sync.hq.views import LEAN
from sync.protocol import counts as wire

log = logging.getLogger("upfront.hq")
BATCH = 500  # records opened at a time


@lru_cache(maxsize=1)
def threshold() -> int:
    """The reports' small-count threshold (their default template's)."""
    return scope_counts.report_threshold()


def countries(s: Session, dev: Device) -> list[str] | None:
    """The countries the device's scope covers; None: every country (scope of every team)."""
    teams = scope.teams(dev)
    if teams is None:
        return None
    return sorted(set(s.scalars(select(Team.country).where(Team.id.in_(teams)))))


@dataclass(frozen=True)
class Acts:
    """Every incident's acts as HQ last read them, by record id (with its team), as of HQ's
    change-log id `log_id`."""

    log_id: int
    per_record: dict[str, tuple[str | None, tuple[scope_counts.Act, ...]]]
    # payloads made from these acts, by (scope's teams, countries, day): gone with them
    payloads: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)


_KEPT: kept_.Kept[Acts] = kept_.Kept()
_READING = threading.Lock()


def acts(hq: HQCore, s: Session) -> Acts:
    """The acts of every incident HQ holds, as of its last change. Kept in process memory per
    HQ while its change log stands (`sync.hq.kept`), as the withheld names are: a newer log id
    opens only the records the log touched since, so a device's counts cost a pass over what
    is kept, not over every sealed document."""
    with _READING:  # one reading at a time: a second waits for the first and finds it kept
        return _KEPT.current(
            hq, s, lambda kept, touched, top: _read_acts(hq, s, kept, touched, top)
        )


def _read_acts(
    hq: HQCore, s: Session, kept: Acts | None, touched: list[str] | None, top: int
) -> Acts:
    q = select(Record).options(LEAN).order_by(Record.id).execution_options(yield_per=BATCH)
    per: dict[str, tuple[str | None, tuple[scope_counts.Act, ...]]] = {}
    days: dict[date, date] = {}
    if kept is None or touched is None:
        reads = [q.where(Record.kind == "incident")]
    else:
        per = dict(kept.per_record)
        for rid in touched:
            per.pop(rid, None)
        reads = [
            q.where(Record.id.in_(touched[i : i + BATCH])) for i in range(0, len(touched), BATCH)
        ]
    for read in reads:  # one at a time: one open cursor
        for part in s.scalars(read).partitions(BATCH):
            alive = [r for r in part if r.kind == "incident" and not r.deleted]
            docs = hq_pull.docs_of(hq, alive)
            for r in alive:
                per[r.id] = kept_acts(r.team_id, docs[r.id] or {}, days)
    return Acts(top, per)


def kept_acts(
    team: str | None, doc: dict[str, Any], days: dict[date, date]
) -> tuple[str | None, tuple[scope_counts.Act, ...]]:
    """An incident's team and acts as HQ keeps them for every incident it holds: the codes
    interned and each day one object (`days`, shared by a reading), so a million acts share a
    few thousand strings and dates; 2.2x less memory than each act's own (bench/hq_counts.py)."""
    acts = tuple(
        (
            sys.intern(country),
            pcode if pcode is None else sys.intern(pcode),
            sys.intern(kind),
            sys.intern(status),
            days.setdefault(day, day),
        )
        for country, pcode, kind, status, day in scope_counts.acts_of(doc)
    )
    return (team if team is None else sys.intern(team)), acts


def warm_in_background(hq: HQCore) -> threading.Thread | None:
    """Read every incident's acts once at HQ's start, off the request threads, when a device
    that gets counts is enrolled: opening every sealed document takes about 0.1 ms each (a
    minute for half a million), which the first such device's sync would otherwise wait for,
    past its time-out. The thread (returned, or None when no device needs counts) ends when
    they are kept; a request meanwhile waits for it (`acts` reads one at a time)."""
    with hq.session() as s:
        devices = s.scalars(select(Device).where(Device.revoked_at.is_(None))).all()
        if not any(scope.redacted(d) for d in devices):
            return None

    def read() -> None:
        started = time.monotonic()
        try:
            with hq.session() as s:
                kept = acts(hq, s)
        except Exception as err:  # a request will read them then; never a crash of HQ
            log.warning("counts: reading the acts at start failed: %s", type(err).__name__)
            return
        log.info(
            "counts: acts of %d incident(s) read at start in %.1f s",
            len(kept.per_record),
            time.monotonic() - started,
        )

    thread = threading.Thread(target=read, name="counts-warm-up", daemon=True)
    thread.start()
    return thread


def forget(hq: HQCore | None = None) -> None:
    """Drop the kept acts (of one HQ, or all): a benchmark measures the cold cost."""
    _KEPT.forget(hq)


def _acts(kept: Acts, teams: list[str] | None) -> list[scope_counts.Act]:
    keep = None if teams is None else set(teams)
    return [
        a
        for team, found in kept.per_record.values()
        if keep is None or (team is not None and team in keep)
        for a in found
    ]


def for_device(hq: HQCore, s: Session, dev: Device, as_of: date) -> dict[str, Any] | None:
    """The counts payload for this device as of this day (UTC), or None when it gets none
    (it reads internal records)."""
    if not scope.redacted(dev):
        return None
    covered = countries(s, dev)
    teams = scope.teams(dev)
    kept = acts(hq, s)
    every = sorted(set(s.scalars(select(Team.country)))) if covered is None else []
    key = (None if teams is None else tuple(sorted(teams)), tuple(covered or every), as_of)
    made = kept.payloads.get(key)  # devices of one scope, between two changes: one count
    if made is not None:
        return dict(made)
    found = _acts(kept, teams)
    payload = scope_counts.build(
        found, as_of, vocabularies(), threshold=threshold(), suppress=True, countries=covered
    )
    if covered is None:
        covered = sorted(set(every) | {a[0] for a in found})
    payload["scope"] = {"teams": teams, "countries": covered}
    kept.payloads[key] = payload
    return dict(payload)


def encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()


def answer(hq: HQCore, body: bytes, *, tls_device: str | None, today: date | None = None) -> bytes:
    """HQ's answer to a CountsRequest, sealed (`p.seal_counts`)."""
    request, hb, tag = p.open_counts_request(body)
    enrollment.certificate_names(request.device, tls_device)
    with hq.session() as s, s.begin():
        dev = enrollment.device_for_request(s, request.device)
        key = enrollment.held_session_key(hq, s, dev, request.session_kid)
        p.check_counts_request(request, hb, tag, key)
        payload = for_device(hq, s, dev, today or datetime.now(UTC).date())
    nonce = os.urandom(12)
    if payload is None:
        return p.seal_counts(request, wire.NONE, b"", key, nonce)
    data = encode(payload)
    if wire.counts_digest(data) == request.have:
        return p.seal_counts(request, wire.SAME, b"", key, nonce)
    log.info(
        "counts: device=%s series=%d countries=%d",
        dev.id,
        len(payload["series"]),
        len(payload["scope"]["countries"]),
    )
    return p.seal_counts(request, wire.NEW, data, key, nonce)
