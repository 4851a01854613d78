"""Attachments going down: an enrolled device asks for a file's bytes from an offset (a new
device restoring its team's records, or a teammate's new file), and HQ answers with that
piece sealed with the device's session key. Only files HQ holds whole, of a record in the
device's scope, to a device reading as internal: a redacted view carries no files."""

from __future__ import annotations

import os

from sqlalchemy.orm import Session

from sync import protocol as p
from sync.hq import enrollment, files, scope
from sync.hq.core import HQCore
from sync.hq.models import Record, StoredFile


def download(hq: HQCore, body: bytes, *, tls_device: str | None) -> bytes:
    """The piece of a file a DownloadRequest asks for, sealed (`p.seal_download`). Refusals
    raise ProtocolError with their code: `audience`, `scope`, `unknown-file`, `not-whole`
    (HQ has not received the file whole yet: ask again later), `offset`."""
    request, hb, tag = p.open_download_request(body)
    if tls_device is None or request.device != tls_device:
        raise p.ProtocolError(
            403,
            "wrong-device",
            "the request names another device than the certificate it came with",
        )
    with hq.session() as s, s.begin():
        dev = enrollment.device_for_request(s, request.device)
        key = enrollment.held_session_key(hq, s, dev, request.session_kid)
        p.check_download_request(request, hb, tag, key)
        if scope.redacted(dev):
            raise p.ProtocolError(
                403,
                "audience",
                f"a device of audience {dev.audience} receives no attachments",
            )
        f = s.get(StoredFile, request.attachment)
        rec = None if f is None else s.get(Record, f.record_id)
        if f is None or rec is None or rec.deleted:
            raise p.ProtocolError(404, "unknown-file", "HQ holds no such file")
        # the record's team decides (an analyst's record may have moved team since)
        if not scope.in_scope(dev, rec.team_id):
            raise p.ProtocolError(403, "scope", "this file belongs to another team")
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
        answer = p.DownloadAnswer(
            f.id, request.offset, f.size, f.sha256, request.nonce, os.urandom(12)
        )
    return p.seal_download(answer, data, key)


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
