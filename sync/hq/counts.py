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
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import scope_counts
from app.vocab import vocabularies
from sync import protocol as p
from sync.hq import enrollment, scope
from sync.hq import pull as hq_pull
from sync.hq.core import HQCore
from sync.hq.models import Device, Record, Team
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


def _acts(hq: HQCore, s: Session, dev: Device) -> Iterator[scope_counts.Act]:
    q = (
        select(Record)
        .where(
            Record.kind == "incident",
            Record.deleted.is_(False),
            scope.clause(dev, Record.team_id),
        )
        .order_by(Record.id)
        .execution_options(yield_per=BATCH)
    )
    for part in s.scalars(q).partitions(BATCH):
        for doc in hq_pull.docs_of(hq, part).values():
            yield from scope_counts.acts_of(doc)


def for_device(hq: HQCore, s: Session, dev: Device, as_of: date) -> dict[str, Any] | None:
    """The counts payload for this device as of this day (UTC), or None when it gets none
    (it reads internal records)."""
    if not scope.redacted(dev):
        return None
    covered = countries(s, dev)
    acts = list(_acts(hq, s, dev))
    payload = scope_counts.build(
        acts, as_of, vocabularies(), threshold=threshold(), suppress=True, countries=covered
    )
    if covered is None:
        teams = set(s.scalars(select(Team.country)))
        covered = sorted(teams | {a[0] for a in acts})
    payload["scope"] = {"teams": scope.teams(dev), "countries": covered}
    return payload


def encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()


def answer(hq: HQCore, body: bytes, *, tls_device: str | None, today: date | None = None) -> bytes:
    """HQ's answer to a CountsRequest, sealed (`p.seal_counts`)."""
    request, hb, tag = p.open_counts_request(body)
    if tls_device is None or request.device != tls_device:
        raise p.ProtocolError(
            403,
            "wrong-device",
            "the request names another device than the certificate it came with",
        )
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
