"""Attachments going down: an enrolled device asks for a file's bytes from an offset (a new
device restoring its team's records, a teammate's new file, or a `un` analyst's copy of a
file of a view it holds), and HQ answers with that piece sealed with the device's session key.
Only files HQ holds whole, of a record in the device's scope:

- a device reading as **internal** gets the files as devices sent them, never the copies HQ
  made for redacted devices (it never learns their ids);
- a device reading as another audience (**redacted**) gets only copies without metadata
  (`sync.hq.copies`), and only while it holds the view that lists the copy: HQ sent it the
  record and did not withdraw it, and the record reaches the audience now (not its own
  records, whose files it sent). Never a file as it was taken in.

Each piece served is noted (`access.noted_file`): which device received which file."""

from __future__ import annotations

import os

from sqlalchemy.orm import Session

from app.redaction import Audience
from sync import protocol as p
from sync.hq import access, enrollment, files, scope
from sync.hq import pull as hq_pull
from sync.hq.core import HQCore
from sync.hq.models import Access, Device, Record, StoredFile


def download(hq: HQCore, body: bytes, *, tls_device: str | None) -> bytes:
    """The piece of a file a DownloadRequest asks for, sealed (`p.seal_download`). Refusals
    raise ProtocolError with their code: `unknown-file` (also for another team's file),
    `audience` (a file as it was taken in, asked by a redacted device), `withdrawn` (a copy of
    a record whose view the device no longer holds), `not-whole` (HQ has not received the
    file whole yet: ask again later), `offset`."""
    request, hb, tag = p.open_download_request(body)
    enrollment.certificate_names(request.device, tls_device)
    with hq.session() as s, s.begin():
        dev = enrollment.device_for_request(s, request.device)
        key = enrollment.held_session_key(hq, s, dev, request.session_kid)
        p.check_download_request(request, hb, tag, key)
        f = s.get(StoredFile, request.attachment)
        is_copy = f is not None and files.copy_link(s, f.id) is not None
        rec = None if f is None else s.get(Record, f.record_id)
        # another team's file is refused as one HQ does not hold: the answer does not
        # confirm that an id exists outside the device's scope (the record's team decides:
        # an analyst's record may have moved team since)
        if (
            f is None
            or rec is None
            or rec.deleted
            or not scope.in_scope(dev, rec.team_id)
            or (is_copy and not scope.redacted(dev))
        ):
            raise p.ProtocolError(404, "unknown-file", "HQ holds no such file")
        if scope.redacted(dev) and not is_copy:
            raise p.ProtocolError(
                403,
                "audience",
                f"a device of audience {dev.audience} receives only the copies without "
                "metadata its views list, never a file as it was taken in",
            )
        if is_copy and not _holds_view(hq, s, dev, rec):
            raise p.ProtocolError(
                403,
                "withdrawn",
                "this device holds no view of this file's record now; it receives none of "
                "its files",
            )
        if not f.complete:
            raise p.ProtocolError(
                409,
                "not-whole",
                "HQ has not received this file whole yet; it comes with a later sync",
            )
        if request.offset > f.size:
            raise p.ProtocolError(
                416, "offset", f"the file has {f.size} bytes; ask from an offset within it"
            )
        end = min(f.size, request.offset + request.length)
        data = _piece(hq, s, f.id, request.offset, end)
        access.noted_file(s, dev, f, rec.id, whole=end == f.size)
        answer = p.DownloadAnswer(
            f.id, request.offset, f.size, f.sha256, request.nonce, os.urandom(12)
        )
    return p.seal_download(answer, data, key)


def _holds_view(hq: HQCore, s: Session, dev: Device, rec: Record) -> bool:
    """Whether this redacted device holds the view of this record now: HQ sent it at the
    device's audience and did not tell it to remove it, and the record still reaches the
    audience (a change not yet pulled may have withdrawn it)."""
    held = s.get(Access, (dev.id, rec.id))
    if held is None or held.removed_at is not None or held.audience != dev.audience:
        return False
    if rec.kind != "incident" or rec.created_by_device == dev.id:
        return False
    doc = hq_pull.docs_of(hq, [rec]).get(rec.id)
    return doc is not None and Audience(dev.audience or "internal").reaches(doc)


def _piece(hq: HQCore, s: Session, file_id: str, start: int, end: int) -> bytes:
    """Bytes [start, end) of a file, read through `files.chunks` (the only reader)."""
    out = bytearray()
    for offset, data in files.chunks(hq, s, file_id, start, end):
        lo, hi = max(start - offset, 0), min(end - offset, len(data))
        if hi > lo:
            out += data[lo:hi]
    if len(out) != end - start:  # HQ marked it whole: its chunks must cover it
        raise p.ProtocolError(500, "file-damaged", "HQ's copy of this file is incomplete")
    return bytes(out)
