"""The device's sync client: enrollment, then sync rounds over one kept-alive mutual-TLS
connection whose TLS session is resumed on reconnect (a full handshake with certificates
costs seconds on a 2.4 kbit/s link), and USB bundles.

Each round is one request: the next batch of local changes and the pull cursor go up, HQ's
answers and the next page come back. The answer is applied in one local transaction with the
cursor, so a cut at any point is safe: the next round asks again, and HQ, which applies each
(device, seq) once, gives the same answers.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import http.client
import json
import logging
import os
import re
import socket
import ssl
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from app import outbox, scope_counts
from app.attachments import Attachments
from app.clock import utcnow
from app.demo import refuse_if_sample
from app.errors import BadInput, Cancelled, StoreWiped, UpfrontError
from app.hlc import wall_ms
from app.incidents import Incidents
from app.progress import Progress, or_silent
from app.record_views import holds_views
from app.store import Store
from app.wipe import wipe
from sync import device as d
from sync import downloads, pki
from sync import protocol as p

log = logging.getLogger(__name__)


def _code(code: str) -> str:
    """A refusal code as logged: HQ's codes are short words; anything else is not written."""
    return code if re.fullmatch(r"[a-z][a-z0-9-]{0,39}", code or "") else "?"


class SyncFailed(UpfrontError):
    """Sync could not finish; the message says why and what to do."""


class Unreachable(SyncFailed):
    """HQ could not be reached, or the connection was cut before it answered."""


class TlsFailed(SyncFailed):
    """The secure connection to HQ could not be set up (or HQ's certificate was refused)."""


class WrongFingerprint(SyncFailed):
    """HQ's CA is not the one whose fingerprint was given; `actual` is the one it has."""

    def __init__(self, message: str, actual: str) -> None:
        super().__init__(message)
        self.actual = actual


class Refused(SyncFailed):
    """HQ refused the request (the status and HQ's reason are in the message)."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(f"HQ refused the request ({status} {code}): {detail}")
        self.status, self.code, self.detail = status, code, detail


def _tls_message(err: ssl.SSLError) -> str:
    text = str(err).upper()
    if isinstance(err, ssl.SSLCertVerificationError):
        return (
            "HQ's certificate is not signed by the CA this device pinned at enrollment "
            "(or names another host): refusing to send anything to it"
        )
    if "EXPIRED" in text:
        return (
            "HQ refused this device's certificate because it has expired; ask HQ for a "
            "new token and enroll again"
        )
    if "REVOKED" in text:
        return "HQ refused this device's certificate: it was revoked"
    if "UNKNOWN_CA" in text or "BAD_CERTIFICATE" in text or "CERTIFICATE_UNKNOWN" in text:
        return "HQ does not recognise this device's certificate; enroll the device again"
    if "CERTIFICATE_REQUIRED" in text:
        return "HQ asked for a device certificate and none was sent; enroll first"
    return f"the secure connection to HQ failed ({err.reason or type(err).__name__})"


class _Connection(http.client.HTTPSConnection):
    """HTTPS with TLS session resumption across reconnects."""

    def __init__(
        self, host: str, port: int, context: ssl.SSLContext, link: Link, timeout: float
    ) -> None:
        super().__init__(host, port, context=context, timeout=timeout)
        self._link = link
        self._tls = context

    def connect(self) -> None:
        sock = socket.create_connection((self.host, self.port), self.timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = self._tls.wrap_socket(
            sock, server_hostname=self.host, session=self._link.tls_session
        )
        self._link.handshakes += 1
        self._link.resumed += bool(self.sock.session_reused)


# The largest answer any call of the protocol gives (a pull page or a chunk, sealed, with its
# envelope), with room to spare. An answer said or found to be larger is refused before it is
# read whole: an address that answers with an endless body must not fill the laptop's memory.
MAX_ANSWER = 2 * p.MAX_BODY + 64 * 1024
MAX_CA_ANSWER = 2 * pki.MAX_CA_BYTES  # past what pki.single_ca takes: it refuses those itself


class Link:
    """One kept-alive connection to HQ. `tls_session` survives reconnects."""

    def __init__(
        self,
        url: str,
        context: ssl.SSLContext,
        timeout: float = 60.0,
        *,
        max_answer: int = MAX_ANSWER,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise BadInput("hq", "must be an https:// URL")
        self.host, self.port = parts.hostname, parts.port or 443
        self.context = context
        self.timeout = timeout
        self.max_answer = max_answer
        self.tls_session: ssl.SSLSession | None = None
        self.conn: _Connection | None = None
        self.handshakes = 0
        self.resumed = 0
        self.bytes_sent = 0
        self.bytes_received = 0

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def abort(self) -> None:
        """From another thread: cut the request in flight (it fails at once)."""
        conn = self.conn
        sock = conn.sock if conn is not None else None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        content_type: str = "application/octet-stream",
    ) -> tuple[int, bytes]:
        """One request. A kept-alive connection that HQ, a NAT box or a proxy closed while
        idle fails on first use; that request is sent once more on a new connection (HQ
        applies each change once, so a second copy is harmless)."""
        reused = self.conn is not None and self.conn.sock is not None
        try:
            return self._request(method, path, body, content_type)
        except _Dropped as dropped:
            if not reused:
                raise Unreachable(dropped.message) from None
            try:
                return self._request(method, path, body, content_type)
            except _Dropped as again:
                raise Unreachable(again.message) from None

    def _request(
        self, method: str, path: str, body: bytes | None, content_type: str
    ) -> tuple[int, bytes]:
        if self.conn is None:
            self.conn = _Connection(self.host, self.port, self.context, self, self.timeout)
        headers = {"Content-Type": content_type} if body is not None else {}
        try:
            self.conn.request(method, path, body=body, headers=headers)
            resp = self.conn.getresponse()
            data = self._read_bounded(resp)
        except (
            ssl.SSLEOFError,
            ssl.SSLZeroReturnError,
            ConnectionResetError,
            BrokenPipeError,
            http.client.RemoteDisconnected,
        ) as err:
            self.close()
            raise _Dropped(
                f"the connection to HQ was lost ({type(err).__name__}); nothing "
                "is lost: the next sync resumes"
            ) from None
        except ssl.SSLError as err:
            self.close()
            raise TlsFailed(_tls_message(err)) from None
        except (OSError, http.client.HTTPException) as err:
            self.close()
            raise Unreachable(
                f"the connection to HQ was lost ({type(err).__name__}); "
                "nothing is lost: the next sync resumes"
            ) from None
        if self.conn.sock is not None and isinstance(self.conn.sock, ssl.SSLSocket):
            self.tls_session = self.conn.sock.session
        self.bytes_sent += len(body or b"")
        self.bytes_received += len(data)
        if resp.will_close:
            self.close()
        return resp.status, data

    def _read_bounded(self, resp: http.client.HTTPResponse) -> bytes:
        """The answer's body, refused unread past `max_answer` bytes (declared or sent)."""
        limit = self.max_answer
        declared = resp.getheader("Content-Length") or ""
        if declared.strip().isdigit() and int(declared) > limit:
            resp.close()
            self.close()
            raise SyncFailed(
                f"HQ's answer says it holds {int(declared):,} bytes, more than any answer of "
                f"the protocol ({limit:,}); refused unread"
            )
        data = resp.read(limit + 1)
        if len(data) > limit:
            resp.close()
            self.close()
            raise SyncFailed(
                f"HQ's answer runs past {limit:,} bytes, more than any answer of the protocol; "
                "refused, the rest unread"
            )
        if declared.strip().isdigit() and len(data) < int(declared):
            # read(amt) returns what came before the link dropped, where read() raised: the
            # answer is cut, as read() said
            raise http.client.IncompleteRead(data, int(declared) - len(data))
        return data


class _Dropped(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _refusal(status: int, data: bytes) -> Refused:
    try:
        body = json.loads(data)
        return Refused(status, str(body.get("error")), str(body.get("detail")))
    except ValueError:
        return Refused(status, "unexpected", "HQ's answer was not understood")


def certificate_problem(state: d.DeviceState) -> str | None:
    """Why HQ would refuse this device's certificate, as far as the device can tell."""
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(state.cert_pem.encode())
        ca = x509.load_pem_x509_certificate(state.ca_pem.encode())
        cert.verify_directly_issued_by(ca)
    except Exception:  # unreadable, or a signature that fails: not HQ's
        return (
            "this device's certificate was not issued by the HQ it pinned; enroll the device again"
        )
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc < now:
        return (
            f"this device's certificate expired on {cert.not_valid_after_utc:%Y-%m-%d}; "
            "HQ refuses it. Ask HQ for a new token and enroll again"
        )
    if cert.not_valid_before_utc > now + dt.timedelta(minutes=5):
        return "this device's certificate is not valid yet: check the computer's date and time"
    return None


def erase(store: Store) -> int:
    """Close the store (it refuses any further work), then crypto-erase its folder exactly
    as `upfront wipe` does; the erase goes on even if closing failed. Returns how many files
    were destroyed."""
    try:
        store.close()
    except Exception as exc:  # the erase matters more than a clean close
        log.error("closing the store before the wipe failed: %s", type(exc).__name__)
    return len(wipe(store.directory))


# ---- enrollment -------------------------------------------------------------------------
def fetch_ca(url: str, timeout: float = 60.0) -> bytes:
    """HQ's CA certificate as the address serves it, NOT yet trusted: for showing its
    fingerprint (to compare with HQ by phone) and for `fetch_pinned_ca` to check. Nothing is
    sent on this connection but the one GET."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # whoever answers: the fingerprint decides, not TLS
    link = Link(url.rstrip("/"), ctx, timeout, max_answer=MAX_CA_ANSWER)
    try:
        status, data = link.request("GET", "/v1/ca")
    finally:
        link.close()
    if status != 200:
        raise _refusal(status, data)
    try:
        return pki.single_ca(data)
    except ValueError as err:
        raise Refused(status, "not-a-certificate", str(err)) from None


def fetch_pinned_ca(url: str, fingerprint: str, timeout: float = 60.0) -> bytes:
    """HQ's CA certificate, accepted only if its SHA-256 fingerprint is the one HQ gave out.

    This one GET runs before the device trusts any CA, so the TLS layer cannot check it; the
    pinned fingerprint does, on the certificate itself, and nothing else is sent or believed
    on this connection. Every later connection verifies HQ against that CA."""
    wanted = pki.normalise_fingerprint(fingerprint)
    data = fetch_ca(url, timeout)
    actual = pki.fingerprint(data)
    if actual != wanted:
        raise WrongFingerprint(
            "HQ's CA certificate does not have the fingerprint you were given: "
            "refusing to enroll (check the fingerprint, or the network is not "
            "reaching the real HQ)",
            actual,
        )
    return data


def enroll(
    store: Store, url: str, token: str, fingerprint: str, name: str = "", timeout: float = 60.0
) -> dict[str, Any]:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    refuse_if_sample(store, "enrol with HQ")  # before the network is touched
    try:
        pki.normalise_fingerprint(fingerprint)
    except ValueError as err:
        raise BadInput("ca-fingerprint", str(err)) from None
    if not token.strip():
        raise BadInput("token", "is empty")
    url = url.rstrip("/")
    ca_pem = fetch_pinned_ca(url, fingerprint, timeout)
    tls_key = pki.new_tls_key()
    signer = ed25519.Ed25519PrivateKey.generate()
    link = Link(url, pki.client_context(ca_pem), timeout)
    body = json.dumps(
        {
            "token": token.strip(),
            "csr": pki.make_csr(tls_key).decode(),
            "signing_key": signer.public_key().public_bytes_raw().hex(),
            "name": name or socket.gethostname(),
        }
    ).encode()
    try:
        status, data = link.request("POST", "/v1/enroll", body, "application/json")
    finally:
        link.close()
    if status != 200:
        raise _refusal(status, data)
    answer = json.loads(data)
    if pki.fingerprint(answer["ca_certificate"].encode()) != pki.fingerprint(ca_pem):
        raise SyncFailed("HQ answered with another CA than the pinned one; not enrolled")
    state = d.DeviceState.from_enrollment(
        answer,
        hq_url=url,
        ca_pem=ca_pem.decode(),
        tls_key_pem=pki.key_pem(tls_key).decode(),
        signer=signer,
    )
    with store.transaction() as s:
        d.save_state(s, state)
        d.save_progress(s, d.Progress())
    return {
        "device_id": state.device_id,
        "ca_fingerprint": pki.fingerprint(ca_pem),
        "scope": list(answer.get("scope") or []),
        "team": state.team,
        "analyst": state.analyst,
        "audience": state.audience,
        "entity": state.entity,
    }


# ---- sync ---------------------------------------------------------------------------------
@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    pending: int = 0
    held: str | None = None
    files_pending: int = 0
    rounds: int = 0
    complete: bool = False
    files_fetched: int = 0  # attachments fetched from HQ whole (a restore's files)
    bytes_fetched: int = 0
    # what the fetching set out to bring (files, and their bytes not here yet when it began)
    fetch_files_total: int = 0
    fetch_bytes_total: int = 0
    files_refused: int = 0  # HQ refused to send them (not for this device, or gone at HQ)
    files_to_fetch: int = 0  # still to come after the sync (HQ not holding them whole yet,
    bytes_to_fetch: int = 0  # a cut link), and their bytes not here yet
    # HQ's weekly counts of the scope (app.scope_counts): "new", "same", "none" (HQ sends this
    # device none: it reads internal records), "kept" (not asked: held today, nothing pulled),
    # "not-asked" (a team's device), or "failed" (what the device held is kept; the next sync
    # asks again)
    counts: str | None = None


Transport = Callable[[str, bytes], tuple[int, bytes]]
FIRST_PAGE = 100  # changes in a sync's first pull page (see SyncClient.round)


def _marks(progress: d.Progress) -> tuple[int, int, str]:
    """What a pull request is built on: the cursor, and the position and head in the chain."""
    return progress.cursor, progress.thru, progress.head


@dataclass
class _Ahead:
    """A pull request sent on the worker thread while the page before it is applied."""

    env: p.Envelope
    key: p.SessionKey
    marks: tuple[int, int, str]
    future: Future[tuple[int, bytes, p.Answer | None]]

    def answer(self) -> tuple[int, bytes, p.Answer | None]:
        return self.future.result()  # a failure to reach HQ raises as _post does

    def wait(self) -> None:
        with contextlib.suppress(Exception):
            self.future.result()


class SyncClient:
    """`transport`, when given, replaces the network: it takes a path and a request body
    and returns (status, body). Tests of the merge rules use it to run many replicas
    quickly; every other test and the application use the real TLS link."""

    def __init__(
        self,
        store: Store,
        *,
        timeout: float = 60.0,
        batch_limit: int = 500,
        pull_limit: int = 500,
        transport: Transport | None = None,
    ) -> None:
        self.store = store
        self.transport = transport
        self.incidents = Incidents(store)
        self.timeout = timeout
        self.batch_limit = batch_limit
        self.pull_limit = pull_limit
        self._link: Link | None = None
        self._link_cert: str | None = None
        self._ahead: _Ahead | None = None
        self._ahead_pool: ThreadPoolExecutor | None = None
        self.sent_ahead = 0  # pull requests sent while the page before them was applied
        self.unused_ahead = 0  # of those, answers not taken: the page left other progress

    def state(self) -> d.DeviceState:
        with self.store.session() as s:
            return d.load_state(s)

    def link(self, state: d.DeviceState) -> Link:
        if self._link is None or self._link_cert != state.cert_pem:
            old = self._link
            ctx = pki.client_context(
                state.ca_pem.encode(), state.cert_pem.encode(), state.tls_key_pem.encode()
            )
            self._link = Link(state.hq_url, ctx, self.timeout)
            if old is not None:
                old.close()
            self._link_cert = state.cert_pem
        return self._link

    def close(self) -> None:
        self._drop_ahead()
        if self._ahead_pool is not None:
            self._ahead_pool.shutdown(wait=True)
            self._ahead_pool = None
        if self._link is not None:
            self._link.close()

    def abort(self) -> None:
        """From another thread: cut the request in flight (Lock during a slow sync)."""
        if self._link is not None:
            self._link.abort()

    def _post(self, state: d.DeviceState, body: bytes, path: str = "/v1/sync") -> tuple[int, bytes]:
        if self.transport is not None:
            return self.transport(path, body)
        link = self.link(state)
        try:
            return link.request("POST", path, body)
        except SyncFailed:
            # HQ's TLS stack drops a refused handshake without saying why, which looks like
            # a cut link; if this device's certificate is the reason, say so
            problem = certificate_problem(state)
            if problem:
                raise SyncFailed(problem) from None
            raise

    # ---- attachments ------------------------------------------------------------------
    def upload_files(self, chunk: int = p.CHUNK) -> int:
        """Send the bytes of files whose description HQ has taken, in chunks by offset,
        resuming from what HQ holds. Returns how many files are still to go."""
        state = self.state()
        with self.store.session() as s:
            waiting = d.uploads(s)
        for file_id in waiting:
            with self.store.session() as s:
                content = d.file_content(s, file_id)
                key, _confirmed = d.session_key(s, state)
            if content is None:  # deleted here since: nothing to send
                self._uploaded(file_id)
                continue
            answer = self._chunk(state, key, file_id, 0, b"")
            have = answer.have
            if have and answer.sha256 != hashlib.sha256(content[:have]).hexdigest():
                raise SyncFailed(
                    "HQ holds other bytes for an attachment than this device "
                    "has; HQ must look into it before the upload goes on"
                )
            retries = 0
            while not answer.complete and have < len(content):
                piece = content[have : have + chunk]
                try:
                    answer = self._chunk(state, key, file_id, have, piece)
                except Refused as err:
                    retries += 1
                    if err.code in ("offset", "hash-mismatch") and retries < 5:
                        answer = self._chunk(state, key, file_id, 0, b"")
                        have = answer.have
                        continue
                    raise
                have = answer.have
            if answer.complete:
                self._uploaded(file_id)
        with self.store.session() as s:
            return len(d.uploads(s))

    def _chunk(
        self, state: d.DeviceState, key: p.SessionKey, file_id: str, offset: int, data: bytes
    ) -> p.UploadAnswer:
        header = p.ChunkHeader(state.device_id, file_id, offset, key.kid, os.urandom(12))
        status, body = self._post(state, p.seal_chunk(header, data, key.key), "/v1/upload")
        if status != 200:
            raise _refusal(status, body)
        try:
            return p.UploadAnswer.from_wire(json.loads(body))
        except ValueError:
            raise SyncFailed("HQ's answer to an upload is not JSON") from None
        except p.ProtocolError as err:
            raise SyncFailed(err.message) from None

    def download_files(
        self,
        result: SyncResult | None = None,
        *,
        chunk: int = p.CHUNK,
        progress_cb: Callable[[SyncResult], None] | None = None,
        progress: Progress | None = None,
    ) -> SyncResult:
        """Fetch the bytes of files HQ holds for incidents here (a restored record's, a
        teammate's new file) piece by piece, each piece committed with the offset it brings
        the file to, so a cut link resumes there. A file HQ has not received whole waits
        for a later sync (`files_to_fetch`). `result` counts what came. `progress` (phase
        "files") may cancel between files: what came so far is kept, and resumes."""
        steps = or_silent(progress)
        result = result if result is not None else SyncResult()
        chunk = max(1, min(chunk, p.MAX_CHUNK))
        state = self.state()
        attachments = Attachments(self.store)
        with self.store.session() as s:
            todo = downloads.waiting(s)
        if not todo:
            return result
        result.fetch_files_total = len(todo)
        result.fetch_bytes_total = sum(max(w.size - w.received, 0) for w in todo)
        if progress_cb:  # what is to come, before the first piece (minutes on a slow link)
            progress_cb(result)
        with self.store.transaction() as s:
            key, _confirmed = d.session_key(s, state)
        for i, w in enumerate(todo):
            steps.step(i, len(todo), "files")
            with self.store.transaction() as s:
                if not downloads.held(s, w):  # its incident was deleted since
                    continue
            key = self._fetch(state, key, attachments, w, chunk, result, progress_cb)
        steps.step(len(todo), len(todo), "files")
        with self.store.session() as s:
            left = downloads.left(s)
        result.files_to_fetch, result.bytes_to_fetch = left.files, left.bytes
        log.info(
            "downloads: %d file(s) and %d byte(s) fetched, %d refused, %d (%d bytes) to come",
            result.files_fetched,
            result.bytes_fetched,
            result.files_refused,
            result.files_to_fetch,
            result.bytes_to_fetch,
        )
        return result

    def _fetch(
        self,
        state: d.DeviceState,
        key: p.SessionKey,
        attachments: Attachments,
        w: downloads.Waiting,
        chunk: int,
        result: SyncResult,
        progress_cb: Callable[[SyncResult], None] | None,
    ) -> p.SessionKey:
        """One file, from the offset its download has reached. Returns the session key
        (a new one if HQ no longer knew the old)."""
        offset, restarts, renewed = w.received, 0, False
        while True:
            piece = b""
            if offset < w.size:
                try:
                    piece = self._piece(state, key, w, offset, min(chunk, w.size - offset))
                except Refused as err:
                    log.info("download refused: %d %s", err.status, _code(err.code))
                    if err.code == "session-key-unknown" and not renewed:
                        self.round(push=False, fresh_key=True)  # HQ takes a new key
                        with self.store.session() as s:
                            key, _confirmed = d.session_key(s, state)
                        renewed = True
                        continue
                    if err.code in ("not-whole", "session-key-unknown"):
                        return key  # the next sync asks again
                    if err.code in downloads.GIVEN_UP:  # it will never come: counted
                        with self.store.transaction() as s:
                            downloads.refused(s, w.file_id)
                        result.files_refused += 1
                        if progress_cb:
                            progress_cb(result)
                        return key
                    raise
            with self.store.transaction() as s:
                outcome = downloads.received(s, attachments, w.file_id, offset, piece)
            if outcome == downloads.STALE:
                return key
            result.bytes_fetched += len(piece)
            if outcome == downloads.MISMATCH:
                log.warning("download: a file's bytes did not match its SHA-256; started over")
                restarts += 1
                if restarts > 1:
                    return key  # not again in this sync
                offset = 0
                continue
            offset += len(piece)
            result.files_fetched += outcome == downloads.DONE
            if progress_cb:
                progress_cb(result)
            if outcome == downloads.DONE:
                return key

    def _piece(
        self, state: d.DeviceState, key: p.SessionKey, w: downloads.Waiting, offset: int, n: int
    ) -> bytes:
        request = p.DownloadRequest(state.device_id, w.file_id, offset, n, key.kid, os.urandom(12))
        status, body = self._post(state, p.seal_download_request(request, key.key), "/v1/download")
        if status != 200:
            raise _refusal(status, body)
        try:
            answer, data = p.open_download(body, request, key.key)
        except p.ProtocolError as err:
            raise SyncFailed(err.message) from None
        if answer.size != w.size:
            raise SyncFailed("HQ's copy of a file has another size than its description")
        return data

    # ---- HQ's weekly counts for the scope ---------------------------------------------------
    def fetch_counts(self, *, asked: bool = True) -> str:
        """Ask HQ for its weekly counts of this device's scope (`/v1/counts`) and keep them
        (store_meta `scope_counts`, checked first), or forget them when HQ sends none. A
        team's device (not an analyst's, reading as internal, holding no view) does not ask:
        it holds its records. Otherwise asked when the device holds none, holds some of an
        earlier day (UTC), or `asked` (the sync pulled changes). A failure to reach HQ, or an
        answer that is not HQ's, keeps what the device held; HQ's own answer whose counts do
        not fit forgets it. Neither fails the sync: the scan says how old its counts are."""
        state = self.state()
        with self.store.session() as s:
            raw = scope_counts.held(s)
            if not (raw or state.analyst or state.audience != "internal" or holds_views(s)):
                return "not-asked"  # a team's device reads its records: it needs no counts
        if raw and not asked:
            try:
                doc = json.loads(raw)
            except ValueError:
                doc = None
            if isinstance(doc, dict) and doc.get("as_of") == utcnow()[:10]:
                return "kept"
        with self.store.transaction() as s:
            key, _confirmed = d.session_key(s, state)
        have = p.counts_digest(raw.encode()) if raw else b""
        request = p.CountsRequest(state.device_id, have, key.kid, os.urandom(12))
        try:
            status, body = self._post(state, p.seal_counts_request(request, key.key), "/v1/counts")
            if status != 200:
                raise _refusal(status, body)
            what, data = p.open_counts(body, request, key.key)
        except p.ProtocolError as err:
            log.warning("counts: HQ's answer refused (%s)", _code(err.code))
            return "failed"
        except SyncFailed as err:
            log.info("counts not fetched: %s", type(err).__name__)
            return "failed"
        with self.store.transaction() as s:
            if what == p.COUNTS_NONE:
                scope_counts.forget(s)
                return "none"
            if what == p.COUNTS_SAME:
                return "same"
            try:
                scope_counts.save(s, data.decode("utf-8"))
            except (BadInput, UnicodeDecodeError) as err:
                # HQ's own answer (sealed under the session key) that does not fit: what the
                # device held is forgotten too, as it may be of a wider scope than it now has
                scope_counts.forget(s)
                log.warning("counts: HQ's counts refused (%s)", getattr(err, "field", "not UTF-8"))
                return "failed"
        return "new"

    def _uploaded(self, file_id: str) -> None:
        with self.store.transaction() as s:
            d.upload_done(s, file_id)

    def _envelope(
        self,
        s: Session,
        state: d.DeviceState,
        changes: list[p.Change],
        progress: d.Progress,
        kind: str,
        fresh_key: bool = False,
        limit: int | None = None,
    ) -> tuple[p.Envelope, p.SessionKey]:
        key, confirmed = d.session_key(s, state, fresh=fresh_key or kind == "bundle")
        blob = p.encode_changes(changes) if changes else b""
        header = p.Header(
            device=state.device_id,
            seq_from=changes[0].seq if changes else 0,
            seq_to=changes[-1].seq if changes else 0,
            prev=bytes.fromhex(progress.head),
            schema=d.batch_schema(s, changes) if changes else state.schema,
            device_kid=state.device_kid,
            hq_kid=state.hq_kid,
            session_kid=key.kid,
            nonce=os.urandom(12),
            cursor=progress.cursor if kind == "sync" else 0,
            limit=limit or self.pull_limit,
            time_ms=wall_ms(),
            kind=kind,
            known_thru=progress.thru,
        )
        env = p.seal_request(
            header, blob, key, state.signer, include_key=not confirmed or kind == "bundle"
        )
        return env, key

    def round(
        self, *, push: bool = True, fresh_key: bool = False, first: bool = False
    ) -> tuple[d.Applied, int]:
        """One request and its answer. Returns what was applied and how many changes went.

        When the answer's page says HQ has more and this round pushed nothing, the next pull
        request goes at once, on a worker thread, while this page is applied: HQ reads and
        renders the next page as this device writes this one (`_send_ahead`). The next round
        takes its answer only if the progress it was built on is what this page left."""
        state = self.state()
        ahead, self._ahead = self._ahead, None
        with self.store.transaction() as s:
            progress = d.load_progress(s)
            if ahead is not None and (fresh_key or ahead.marks != _marks(progress)):
                ahead.wait()  # the link is free again; its answer is not this round's
                ahead = None
                self.unused_ahead += 1
            if ahead is None:
                changes = d.next_batch(s, progress.thru, self.batch_limit) if push else []
                # a sync's first pull page is small when it pushes nothing: HQ answers it
                # soon, and the pages after it are asked for while this device applies the
                # one before (below). A push's pages carry its own changes, which HQ skips.
                limit = min(self.pull_limit, FIRST_PAGE) if first and not changes else None
                env, key = self._envelope(s, state, changes, progress, "sync", fresh_key, limit)
            else:
                changes, env, key = [], ahead.env, ahead.key
        opened: p.Answer | None = None
        if ahead is not None:
            status, data, opened = ahead.answer()
        else:
            status, data = self._post(state, env.pack())
        if status != 200:
            raise self._refused(state, status, data, env.digest)
        answer = opened or self._open_answer(data, key, env)
        if (
            self.transport is None  # in-process HQ (merge-rule tests): one thread, in order
            and not changes
            and answer.page is not None
            and answer.page.more
            and not answer.cert
        ):
            self._send_ahead(state, progress, answer)
        a, b = (changes[0].seq, changes[-1].seq) if changes else (0, 0)
        with self.store.transaction() as s:
            progress = d.load_progress(s)
            applied = d.apply_answer(
                s, self.incidents, a, b, answer, progress=progress, device_id=state.device_id
            )
            d.confirm_session_key(s, key.kid)
            if answer.cert:
                state.cert_pem = answer.cert
                d.save_state(s, state)
            d.save_progress(s, progress)
        return applied, len(changes)

    def _send_ahead(self, state: d.DeviceState, progress: d.Progress, answer: p.Answer) -> None:
        """Send the pull request that follows `answer` now, built on the progress applying
        it will leave (the cursor of its page; its position and head in the chain)."""
        assert answer.page is not None
        nxt = d.Progress(**dataclasses.asdict(progress))
        nxt.cursor = max(nxt.cursor, answer.page.cursor)
        if answer.thru >= nxt.thru:
            nxt.thru, nxt.head = answer.thru, answer.head.hex()
        with self.store.transaction() as s:
            env, key = self._envelope(s, state, [], nxt, "sync")
        if self._ahead_pool is None:
            self._ahead_pool = ThreadPoolExecutor(1, thread_name_prefix="upfront-sync-ahead")
        future = self._ahead_pool.submit(self._post_and_open, state, env, key)
        self._ahead = _Ahead(env, key, _marks(nxt), future)
        self.sent_ahead += 1

    def _post_and_open(
        self, state: d.DeviceState, env: p.Envelope, key: p.SessionKey
    ) -> tuple[int, bytes, p.Answer | None]:
        """On the worker thread: the request, and its answer opened and checked (None where
        it does not open: the round opens it again and says why)."""
        status, data = self._post(state, env.pack())
        if status != 200:
            return status, data, None
        try:
            return status, data, self._open_answer(data, key, env)
        except SyncFailed:
            return status, data, None

    def _drop_ahead(self) -> None:
        """Forget a request sent ahead, once it has ended (the link is then free)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead.wait()

    @staticmethod
    def _open_answer(data: bytes, key: p.SessionKey, env: p.Envelope) -> p.Answer:
        """HQ's answer opened and its shape checked at the edge."""
        try:
            return p.Answer.from_wire(p.open_response(data, key.key, env.digest))
        except p.ProtocolError as err:
            raise SyncFailed(err.message) from None

    def sync(
        self,
        *,
        max_rounds: int = 1000,
        progress_cb: Callable[[SyncResult], None] | None = None,
        progress: Progress | None = None,
    ) -> SyncResult:
        """Push everything pending and pull everything new. `progress` hears of each round
        (phase "pull": changes received, of an unknown total) and of each file fetched; its
        cancel stops between rounds: each round's page was applied and committed whole with
        the cursor it brings, so the store holds whole pages only and the next sync resumes."""
        refuse_if_sample(self.store, "sync with HQ")
        steps = or_silent(progress)
        steps.step(0, 0, "pull")
        result = SyncResult()
        fresh_key, push = False, True
        more = True
        try:
            for _ in range(max_rounds):
                try:
                    applied, sent = self.round(
                        push=push, fresh_key=fresh_key, first=result.rounds == 0
                    )
                except Refused as err:
                    log.info("sync round refused: %d %s", err.status, _code(err.code))
                    if err.code == "session-key-unknown" and not fresh_key:
                        fresh_key = True
                        continue
                    if err.code == "gap" or err.code == "chain":
                        self._resync_progress()
                        continue
                    if err.code == "schema-too-new" and push:
                        self._hold(err.detail)
                        result.held = err.detail
                        push = False
                        continue
                    raise
                fresh_key = False
                result.rounds += 1
                result.pushed += sent
                result.pulled += applied.pulled
                result.conflicts += applied.conflicts
                result.rejected += applied.rejected
                log.info(
                    "sync round %d: %d pushed, %d pulled, %d conflict(s), %d refused",
                    result.rounds,
                    sent,
                    applied.pulled,
                    applied.conflicts,
                    applied.rejected,
                )
                if progress_cb:
                    progress_cb(result)
                steps.step(result.pulled, 0, "pull")
                with self.store.session() as s:
                    marks = d.load_progress(s)
                    more_to_push = push and bool(d.next_batch(s, marks.thru, 1))
                more = applied.more or more_to_push
                if not more:
                    break
            files_left = self.upload_files()
            self.download_files(result, progress_cb=progress_cb, progress=steps)
            result.counts = self.fetch_counts(asked=result.pulled > 0)
            with self.store.transaction() as s:
                marks = d.load_progress(s)
                result.pending = outbox.pending_count(s)
                result.files_pending = files_left
                result.complete = (
                    result.pending == 0 and result.held is None and files_left == 0 and not more
                )
                if result.complete:
                    marks.last_success = utcnow()
                    marks.last_error = None
                d.save_progress(s, marks)
        except SyncFailed as err:
            if steps.cancel_requested:  # the request in flight was cut to stop sooner
                log.info("sync cancelled after %d round(s)", result.rounds)
                raise Cancelled("sync cancelled; what was received is kept") from None
            log.warning("sync failed: %s", type(err).__name__)
            self._note_error(str(err))
            raise
        finally:
            self._drop_ahead()  # a sync that ends early leaves no request in flight
        log.info(
            "sync done: %d round(s), %d pending, %d file(s) pending, complete %s",
            result.rounds,
            result.pending,
            result.files_pending,
            result.complete,
        )
        return result

    # ---- HQ's wipe order ---------------------------------------------------------------
    def _refused(self, state: d.DeviceState, status: int, data: bytes, digest: bytes) -> Refused:
        """HQ's refusal of the request whose digest is `digest`. A wipe order is carried out
        here (StoreWiped) or refused (SyncFailed); any other refusal is returned."""
        refusal = _refusal(status, data)
        if (status, refusal.code) != (p.WIPE_STATUS, p.WIPE_CODE):
            return refusal
        try:
            order = bytes.fromhex(str(json.loads(data)["order"]))
        except (ValueError, KeyError, TypeError):
            order = b""
        self._obey(state, order, {digest}, "sync")

    def _obey(
        self, state: d.DeviceState, signed: bytes, waiting: set[bytes], route: str
    ) -> NoReturn:
        """Verify HQ's wipe order (HQ's signature, this device, a request or bundle of this
        device still waiting for its answer), then crypto-erase the store and raise
        StoreWiped; an order that does not verify raises SyncFailed and nothing is erased."""
        why, problem = "", ""
        try:
            order = p.open_wipe(signed, bytes.fromhex(state.hq_signing_key))
        except p.ProtocolError as err:
            why, problem = "not-verified", err.message
        else:
            if order.device != state.device_id:
                why, problem = "other-device", "wipe order.device: is another device"
            elif order.digest not in waiting:
                why, problem = (
                    "not-waiting",
                    "wipe order.digest: answers no request of this device that waits for an "
                    "answer (an order replayed from another exchange)",
                )
        if why:
            log.warning("wipe order refused (%s): %s", route, why)
            raise SyncFailed(
                f"HQ's answer carried an order to erase this device that did not verify "
                f"({problem}); nothing was erased. Tell HQ."
            )
        log.warning("wipe order %s verified (%s): erasing the store", order.order, route)
        removed = erase(self.store)
        raise StoreWiped(
            f"HQ revoked this device and ordered it erased: the store was wiped, its key "
            f"destroyed ({removed} file(s) destroyed). Nothing more was sent."
        )

    def _hold(self, reason: str) -> None:
        with self.store.transaction() as s:
            progress = d.load_progress(s)
            d.hold(s, d.next_batch(s, progress.thru, 10**9), reason)

    def _resync_progress(self) -> None:
        """HQ's idea of where this device stands differs from ours (a receipt not carried
        back, say). Ask by sending nothing; its answer carries its position."""
        state = self.state()
        with self.store.transaction() as s:
            progress = d.load_progress(s)
            env, key = self._envelope(s, state, [], progress, "sync")
        status, data = self._post(state, env.pack())
        if status != 200:
            raise self._refused(state, status, data, env.digest)
        answer = self._open_answer(data, key, env)
        with self.store.transaction() as s:
            progress = d.load_progress(s)
            progress.thru = answer.thru
            progress.head = answer.head.hex()
            d.apply_answer(
                s, self.incidents, 0, 0, answer, progress=progress, device_id=state.device_id
            )
            d.confirm_session_key(s, key.kid)
            d.save_progress(s, progress)

    def _note_error(self, message: str) -> None:
        with contextlib.suppress(Exception):  # never hide the original failure
            with self.store.transaction() as s:
                progress = d.load_progress(s)
                progress.last_error = message
                d.save_progress(s, progress)

    # ---- USB bundles ----------------------------------------------------------------------
    def export_bundle(self, out: Path) -> dict[str, int]:
        refuse_if_sample(self.store, "export a sync bundle")
        state = self.state()
        with self.store.transaction() as s:
            progress = d.load_progress(s)
            changes = d.next_batch(s, progress.thru, 10**9)
            if not changes:
                raise BadInput("bundle", "there are no pending changes to export")
            env, _key = self._envelope(s, state, changes, progress, "bundle")
            progress.bundles.append(
                {
                    "from": changes[0].seq,
                    "to": changes[-1].seq,
                    "at": utcnow(),
                    "digest": env.digest.hex(),
                }
            )
            d.save_progress(s, progress)
        tmp = out.with_name(out.name + ".part")
        tmp.write_bytes(p.BUNDLE_MAGIC + env.pack())
        os.replace(tmp, out)
        log.info(
            "bundle written: changes %d-%d (%d)", changes[0].seq, changes[-1].seq, len(changes)
        )
        return {
            "from": changes[0].seq,
            "to": changes[-1].seq,
            "changes": len(changes),
            "bytes": out.stat().st_size,
        }

    def apply_receipt(self, path: Path) -> dict[str, int]:
        refuse_if_sample(self.store, "read an HQ receipt")
        state = self.state()
        data = path.read_bytes()
        if p.is_wipe_order(data):  # HQ's order in place of a receipt: erase, or refuse it
            with self.store.session() as s:
                progress = d.load_progress(s)
            waiting = {  # bundles exported and not yet answered
                bytes.fromhex(b["digest"])
                for b in progress.bundles
                if b.get("digest") and b.get("to", 0) > progress.thru
            }
            self._obey(state, data, waiting, "bundle")
        try:
            receipt = p.open_receipt(data, bytes.fromhex(state.hq_signing_key))
        except p.ProtocolError as err:
            raise BadInput("receipt", err.message) from None
        if receipt.device != state.device_id:
            raise BadInput("receipt", "is for another device")
        with self.store.transaction() as s:
            progress = d.load_progress(s)
            applied = d.apply_answer(
                s,
                self.incidents,
                receipt.seq_from,
                receipt.seq_to,
                receipt.answer(),
                progress=progress,
                device_id=state.device_id,
            )
            d.save_progress(s, progress)
        log.info(
            "receipt read: %d answered, %d conflict(s), %d refused",
            applied.answered,
            applied.conflicts,
            applied.rejected,
        )
        return {
            "answered": applied.answered,
            "conflicts": applied.conflicts,
            "rejected": applied.rejected,
            "thru": progress.thru,
        }
