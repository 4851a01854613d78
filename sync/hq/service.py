"""HQ's work, independent of HTTP, behind one facade: `HQ` holds the database engine, HQ's keys,
the schema it takes and the record validator, and each method hands the work to the module that
holds it (enrollment, exchange, ingest and merge, files, pull). Nothing is kept in process
memory between requests: several server processes can share one PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy.orm import Session

from sync import protocol as p
from sync.hq import (
    access,
    counts,
    downloads,
    enrollment,
    exchange,
    files,
    ingest,
    logs,
    merge,
    pull,
    roles,
)
from sync.hq.core import HQCore
from sync.hq.models import Device


class HQ(HQCore):
    def warm(self) -> None:
        """Load what validating a record needs (vocabularies, countries and subdivisions)
        before the first device waits for it."""
        merge.invalid(
            self,
            {
                "title": "warm-up",
                "occurred_from": "2020-01-01",
                "location": {"country": "SYR", "admin1": "Damascus"},
                "violations": [{"type": "killing"}],
                "victims": [{}],
                "sources": [{"type": "individual"}],
            },
            "00000000-0000-0000-0000-000000000000",
        )

    # ---- administration and enrollment (sync.hq.enrollment) ---------------------------------
    def add_team(self, country: str, name: str | None = None) -> dict[str, Any]:
        return enrollment.add_team(self, country, name)

    def teams(self) -> list[dict[str, Any]]:
        return enrollment.teams(self)

    def create_token(
        self,
        team_id: str | None,
        *,
        analyst: bool = False,
        hours: float = enrollment.TOKEN_HOURS,
        scope: Iterable[str] | None = None,
        audience: str = "internal",
        entity: str = "OHCHR",
        by: str = "hq",
    ) -> str:
        """A single-use token for a team's device or an analyst's (see
        `sync.hq.enrollment.create_token`); bad input raises BadInput naming the field."""
        return enrollment.create_token(
            self,
            team_id,
            analyst=analyst,
            hours=hours,
            scope=scope,
            audience=audience,
            entity=entity,
            by=by,
        )

    def devices(self) -> list[dict[str, Any]]:
        return enrollment.devices(self)

    def revoke(self, device_id: str, *, wipe: bool = False, by: str = "hq") -> str | None:
        return enrollment.revoke(self, device_id, wipe=wipe, by=by)

    def enroll(self, token: str, csr_pem: str, signing_key_hex: str, name: str) -> dict[str, Any]:
        """Trade a token for a device certificate. Raises ProtocolError (status 4xx)."""
        with logs.refusals("enrollment", None):
            return enrollment.enroll(self, token, csr_pem, signing_key_hex, name)

    def device_for_request(self, s: Session, device_id: str) -> Device:
        return enrollment.device_for_request(s, device_id)

    # ---- accountability (sync.hq.access, sync.hq.roles) -------------------------------------
    def access_of_record(self, record_id: str) -> dict[str, Any] | None:
        """Who could read this record (None: HQ knows no such record)."""
        with self.session() as s:
            return access.of_record(s, record_id)

    def access_of_device(self, device_id: str) -> dict[str, Any] | None:
        """What this device received (None: no such device)."""
        with self.session() as s:
            return access.of_device(s, device_id)

    def role_events(self, device_id: str | None = None) -> list[dict[str, Any]]:
        """The log of role changes, oldest first; only one device's with `device_id`."""
        with self.session() as s:
            return roles.events(s, device_id)

    # ---- the sync exchange and bundles (sync.hq.exchange) -----------------------------------
    def exchange(self, body: bytes, *, tls_device: str | None, kind: str = "sync") -> bytes:
        """One sync request: verify, apply the pushed batch, answer with a pull page."""
        with logs.refusals(kind, tls_device):
            return exchange.exchange(self, body, tls_device=tls_device, kind=kind)

    def import_bundle(self, data: bytes) -> bytes:
        """Apply a USB bundle exactly as an online push; answer with a receipt signed by HQ."""
        with logs.refusals("bundle", None):
            return exchange.import_bundle(self, data)

    def local_transport(self, device_id: str) -> Callable[[str, bytes], tuple[int, bytes]]:
        """A stand-in for HTTPS to this HQ, for tests of the merge rules with many replicas:
        the same exchange, refusals as (status, JSON), no sockets."""

        def transport(path: str, body: bytes) -> tuple[int, bytes]:
            try:
                if path == "/v1/upload":
                    return 200, json.dumps(self.upload(body, tls_device=device_id)).encode()
                if path == "/v1/download":
                    return 200, self.download(body, tls_device=device_id)
                if path == "/v1/counts":
                    return 200, self.counts(body, tls_device=device_id)
                return 200, self.exchange(body, tls_device=device_id)
            except p.ProtocolError as err:
                return err.status, json.dumps(err.body()).encode()

        return transport

    # ---- push (sync.hq.ingest) and pull (sync.hq.pull) --------------------------------------
    def push(
        self,
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
    ) -> ingest.Pushed:
        """Apply a batch in one transaction, once (see `sync.hq.ingest.push`)."""
        return ingest.push(
            self,
            device_id,
            seq_from,
            seq_to,
            prev,
            changes,
            time_ms,
            env=env,
            header=header,
            kind=kind,
            known_thru=known_thru,
        )

    def pull(self, device_id: str, cursor: int, limit: int = 500) -> p.Page:
        return pull.pull(self, device_id, cursor, limit)

    # ---- attachments (sync.hq.files) --------------------------------------------------------
    def upload(self, body: bytes, *, tls_device: str | None) -> dict[str, Any]:
        with logs.refusals("upload", tls_device):
            return files.upload(self, body, tls_device=tls_device)

    def download(self, body: bytes, *, tls_device: str | None) -> bytes:
        """A piece of a file's bytes for an enrolled device, sealed (sync.hq.downloads)."""
        with logs.refusals("download", tls_device):
            return downloads.download(self, body, tls_device=tls_device)

    # ---- weekly counts for a scope (sync.hq.counts) ------------------------------------------
    def counts(self, body: bytes, *, tls_device: str | None) -> bytes:
        """HQ's weekly counts of the device's scope, sealed, for a device that does not read
        internal records (sync.hq.counts)."""
        with logs.refusals("counts", tls_device):
            return counts.answer(self, body, tls_device=tls_device)

    def file_bytes(self, file_id: str) -> bytes:
        return files.file_bytes(self, file_id)

    def record_status(self, record_id: str) -> dict[str, Any]:
        return files.record_status(self, record_id)

    # ---- reading (analysts, tests; sync.hq.pull) --------------------------------------------
    def records(
        self, team_id: str | None = None, kind: str = "incident"
    ) -> dict[str, dict[str, Any]]:
        return pull.records(self, team_id, kind)

    def conflicts(self) -> list[dict[str, Any]]:
        return pull.conflicts(self)

    def trace(self, record_id: str) -> list[dict[str, Any]]:
        """Which device and batch brought each change of a record, with the signature."""
        return pull.trace(self, record_id)
