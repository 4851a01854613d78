"""What the desktop client's Sync page needs, in one object the composition root hands it:
status, a sync run that reports progress and can be cancelled (Lock must not wait minutes
for a slow link), conflicts to merge, and the quarantine. Plain Python: the page runs `run`
on its own worker and polls `progress` from the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from app import outbox
from app.demo import SampleStoreRefused, refuse_if_sample
from app.errors import BadInput, NotFound
from app.incidents import Incidents
from app.progress import Progress as Steps
from app.situations import Situations
from app.store import Store
from sync import client as c
from sync import device as d
from sync import pki
from sync.client import SyncClient, SyncFailed, SyncResult


class Cancelled(SyncFailed):
    """The person locked the app (or closed it) during a sync; the next sync resumes."""


# the enrolment dialog's field for each field sync.client.enroll names in a BadInput
_FIELDS = {"hq": "url", "ca-fingerprint": "fingerprint", "token": "token"}
_TOKEN_PROBLEMS = {"bad-token", "token-used", "token-expired"}


class EnrolRefused(SyncFailed):
    """Enrolment did not happen, said as a `problem` code the window words for people:
    `sample` (a sample store), `input` (a field's value: `field` names it), `fingerprint`
    (HQ's CA has another one: `hq_fingerprint`), `bad-token`, `token-used`, `token-expired`,
    `unreachable`, `tls`, `not-hq` (the address answers, but not as Upfront HQ), `refused`
    (HQ refused for another reason: `code`)."""

    def __init__(
        self,
        problem: str,
        message: str,
        *,
        field: str | None = None,
        hq_fingerprint: str | None = None,
        code: str = "",
    ) -> None:
        super().__init__(message)
        self.problem, self.field, self.hq_fingerprint, self.code = (
            problem,
            field,
            hq_fingerprint,
            code,
        )


def _enrol_refusal(exc: Exception) -> EnrolRefused | None:
    """The refusal a failure of enrolment is, or None for an unexpected one (a bug)."""
    message = str(exc)
    if isinstance(exc, SampleStoreRefused):
        return EnrolRefused("sample", message)
    if isinstance(exc, BadInput):
        return EnrolRefused("input", message, field=_FIELDS.get(exc.field, exc.field))
    if isinstance(exc, c.WrongFingerprint):
        return EnrolRefused("fingerprint", message, field="fingerprint", hq_fingerprint=exc.actual)
    if isinstance(exc, c.Refused):
        if exc.code in _TOKEN_PROBLEMS:
            return EnrolRefused(exc.code, message, field="token", code=exc.code)
        if exc.code in {"not-a-certificate", "not-found", "unexpected"} or exc.status == 404:
            return EnrolRefused("not-hq", message, field="url", code=exc.code)
        return EnrolRefused("refused", message, code=c._code(exc.code))
    if isinstance(exc, c.TlsFailed):
        return EnrolRefused("tls", message, field="url")
    if isinstance(exc, c.Unreachable):
        return EnrolRefused("unreachable", message, field="url")
    return None


@dataclass(frozen=True)
class Progress:
    running: bool = False
    rounds: int = 0
    pushed: int = 0
    pulled: int = 0  # changes received from HQ (a new device: its records restored)
    files_fetched: int = 0  # attachments fetched from HQ, and their bytes
    bytes_fetched: int = 0
    # what the fetching set out to bring: 0 until it starts (after the records)
    fetch_files_total: int = 0
    fetch_bytes_total: int = 0
    files_refused: int = 0  # HQ refused to send them: counted, never named


class DesktopSync:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.incidents = Incidents(store)
        self.situations = Situations(store)
        self._lock = threading.Lock()
        self._progress = Progress()
        self._cancelled = threading.Event()
        self._client: SyncClient | None = None
        self._run: Steps | None = None  # the running sync's, for `stop_run`
        # one client for every sync: its link keeps the TLS context and session, so the next
        # sync resumes the session (no certificates exchanged: seconds saved on a slow link)
        self._kept: SyncClient | None = None

    # ---- read on the GUI thread ---------------------------------------------------------
    @property
    def progress(self) -> Progress:
        with self._lock:
            return self._progress

    def _set(self, **changes: Any) -> None:
        with self._lock:
            self._progress = replace(self._progress, **changes)

    # ---- run on a worker ----------------------------------------------------------------
    def status(self) -> d.SyncStatus:
        return d.status(self.store)

    def run(self, progress: Steps | None = None) -> SyncResult:
        """One sync. `progress`, made by the caller before the run is queued, is what
        `stop_run` cancels (a Cancel pressed before the run starts stops it at once)."""
        if self._cancelled.is_set():
            raise Cancelled("sync cancelled")
        if self._kept is None:
            self._kept = SyncClient(self.store)
        client = self._kept
        self._client = client
        with self._lock:
            self._progress = Progress(running=True)

        def report(result: SyncResult) -> None:
            self._set(
                rounds=result.rounds,
                pushed=result.pushed,
                pulled=result.pulled,
                files_fetched=result.files_fetched,
                bytes_fetched=result.bytes_fetched,
                fetch_files_total=result.fetch_files_total,
                fetch_bytes_total=result.fetch_bytes_total,
                files_refused=result.files_refused,
            )
            if self._cancelled.is_set():
                raise Cancelled("sync cancelled; it resumes next time")

        steps = self._run = progress if progress is not None else Steps()
        try:
            return client.sync(progress_cb=report, progress=steps)
        finally:
            client.close()  # the connection; the TLS session stays for the next sync
            self._client = None
            self._run = None
            self._set(running=False)

    def hq_fingerprint(self, url: str) -> str:
        """The fingerprint of the CA the address serves, to read to HQ by phone before
        enrolling (not trusted by this: enrolment checks it against the one HQ gave).
        EnrolRefused when it cannot be read; a sample store never asks."""
        try:
            refuse_if_sample(self.store, "enrol with HQ")  # before the network is touched
            return pki.fingerprint(c.fetch_ca(url.strip()))
        except Exception as exc:
            refusal = _enrol_refusal(exc)
            if refusal is None:
                raise
            raise refusal from None

    def enroll(self, url: str, token: str, fingerprint: str, name: str = "") -> dict[str, Any]:
        """Enrol this device with HQ (sync.client.enroll): the CA pinned by `fingerprint`,
        the single-use token traded for a device certificate. Returns HQ's answer (device id,
        team or analyst, scope, audience, entity, the pinned CA's fingerprint); EnrolRefused
        says why not, and nothing is stored then."""
        try:
            return c.enroll(self.store, url.strip(), token, fingerprint, name)
        except Exception as exc:
            refusal = _enrol_refusal(exc)
            if refusal is None:
                raise
            raise refusal from None
        finally:
            self._kept = None  # a client made before enrolment knows no HQ

    def stop_run(self, progress: Steps) -> None:
        """From any thread: stop the sync run with `progress`, and only it (the person's
        Cancel): the request in flight is cut, each page received is kept whole, and `run`
        raises app.errors.Cancelled; the next sync resumes where this one stopped."""
        client = self._client
        if progress.cancel() and self._run is progress and client is not None:
            client.abort()

    def cancel(self) -> None:
        """From any thread: stop between rounds, and cut a request in flight."""
        self._cancelled.set()
        client = self._client
        if client is not None:
            client.abort()

    def conflicts(self) -> list[dict[str, Any]]:
        return d.conflicts(self.store)

    def resolve(self, conflict_id: str, merged: Any) -> Mapping[str, Any]:
        return d.resolve_conflict(self.store, self.incidents, conflict_id, merged)

    def quarantined(self) -> list[dict[str, Any]]:
        with self.store.session() as s:
            return [
                {
                    "seq": e.seq,
                    "record": e.record_id,
                    "op": e.op,
                    "reason": e.reason,
                    "fields": sorted(e.fields or {}),
                    "at": e.answered_at,
                }
                for e in outbox.quarantined(s)
            ]

    def titles(self, record_ids: list[str]) -> dict[str, str]:
        """What to call each record in the conflict and quarantine lists: an incident's
        title, a situation's name (its assessments and strategies under that name)."""
        out = self.situations.titles(record_ids)
        for rid in set(record_ids) - set(out):
            try:
                out[rid] = self.incidents.get(rid)["title"]
            except NotFound:  # deleted since (here or at HQ): say so, with its id
                out[rid] = f"{rid[:8]}… (deleted)"
        return out
