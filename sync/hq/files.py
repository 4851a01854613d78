"""Attachments at HQ: checking a file's description when a record brings it, taking its bytes
in chunks by offset (resumable, checked against the SHA-256 at the end), reading them back,
and whether HQ holds a record whole."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, func, select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.hq import enrollment, scope, sealed
from sync.hq.core import HQCore
from sync.hq.database import HQError, insert_rows, writer_lock
from sync.hq.models import Device, FileChunk, FileCopy, LogEntry, Record, StoredFile

FILE_WHOLE = "file"  # a change-log entry's kind: a file of the record became whole
MAX_FILE_SIZE = 2**53  # an attachment's declared size: a whole number HQ's database holds
ATTACHMENT_TEXTS = {"filename": 300, "media_type": 120, "captured_by": 200, "captured_at": 40}


def attachment_problem(meta: Any) -> str | None:
    """Why an attachment's description cannot be kept, naming the sub-field."""
    if not isinstance(meta, dict):
        return "attachment: the description is incomplete or malformed"
    try:
        uuid.UUID(meta.get("id") if isinstance(meta.get("id"), str) else "")
    except ValueError:
        return "attachment.id: is not an id"
    for name in ATTACHMENT_TEXTS:
        value = meta.get(name)
        if not isinstance(value, str):
            return f"attachment.{name}: must be text"
        if "\0" in value:
            return f"attachment.{name}: contains a NUL character"
    size = meta.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_FILE_SIZE:
        return f"attachment.size: must be a whole number from 0 to {MAX_FILE_SIZE}"
    sha = meta.get("sha256")
    if not isinstance(sha, str) or len(sha) != 64 or not set(sha) <= set("0123456789abcdef"):
        return "attachment.sha256: must be 64 lower-case hexadecimal digits"
    return None


def description(meta: dict[str, Any]) -> dict[str, Any]:
    """A checked description as HQ keeps it and sends it on (`attach`'s change-log entry)."""
    out = {k: meta[k][:n] for k, n in ATTACHMENT_TEXTS.items()}
    return {"id": str(uuid.UUID(meta["id"])), **out, "size": meta["size"], "sha256": meta["sha256"]}


def attach(hq: HQCore, s: Session, dev: Device, rec: Record, meta: Any) -> tuple[int, str | None]:
    """An attach change: keep the file's description (its bytes come by `upload`)."""
    problem = attachment_problem(meta)
    if problem:
        return p.REJECTED, problem
    file_id, size, sha = str(uuid.UUID(meta["id"])), meta["size"], meta["sha256"]
    existing = s.get(StoredFile, file_id)
    if existing is not None:
        if existing.sha256 != sha or existing.record_id != rec.id:
            return p.REJECTED, "attachment.id: another file already has this id at HQ"
        return p.APPLIED, None
    row = StoredFile(
        id=file_id,
        record_id=rec.id,
        team_id=rec.team_id,
        size=size,
        sha256=sha,
        received=0,
        complete=size == 0 and sha == hashlib.sha256(b"").hexdigest(),
        device_id=dev.id,
    )
    sealed.seal_file_meta(
        hq.vault, s, row, {name: meta[name][:n] for name, n in ATTACHMENT_TEXTS.items()}
    )
    s.add(row)
    return p.APPLIED, None


def upload(hq: HQCore, body: bytes, *, tls_device: str | None) -> dict[str, Any]:
    """One chunk of an attachment at a byte offset, or (with no bytes) a question: how
    much does HQ hold? The answer (p.UploadAnswer, as its wire dict: the API sends it as
    JSON) names the bytes held and, for a question, the SHA-256 of those bytes, so an
    interrupted upload resumes exactly where it stopped."""
    header, hb, ct = p.open_chunk(body)
    if tls_device is None or header.device != tls_device:
        raise p.ProtocolError(
            403, "wrong-device", "the chunk names another device than the certificate it came with"
        )
    with hq.session() as s, s.begin():
        dev = enrollment.device_for_request(s, header.device)
        key = enrollment.held_session_key(hq, s, dev, header.session_kid)
        data = p.open_chunk_data(header, hb, ct, key)
        f = s.get(StoredFile, header.attachment, with_for_update=True)
        # a file HQ made (a copy), or another team's: refused as if HQ held none, so the
        # answer does not confirm that an id exists outside the device's scope
        if f is None or copy_link(s, f.id) is not None or not scope.in_scope(dev, f.team_id):
            raise p.ProtocolError(
                404, "unknown-file", "HQ has no description of this file yet; sync the record first"
            )
        if scope.redacted(dev) and f.device_id != dev.id:
            # a redacted view carries no files: neither what HQ holds of one nor bytes into it
            raise p.ProtocolError(
                403,
                "audience",
                f"a device of audience {dev.audience} sends the bytes of its own files only",
            )
        if not data:
            return p.UploadAnswer(f.received, f.size, f.complete, file_hash(hq, s, f.id)).to_wire()
        if f.complete:
            return p.UploadAnswer(f.received, f.size, f.complete).to_wire()
        if header.offset != f.received:
            raise p.ProtocolError(
                409, "offset", f"HQ holds {f.received} bytes of this file; send from there"
            )
        if f.device_id != dev.id:  # only the device that attached a file holds its bytes
            raise p.ProtocolError(
                403, "not-yours", "only the device that attached this file sends its bytes"
            )
        if f.received + len(data) > f.size:
            raise p.ProtocolError(400, "too-large", "the chunk goes past the file's size")
        store_chunk(hq, s, f, f.received, data)
        f.received += len(data)
        mismatch = False
        if f.received == f.size:
            s.flush()
            if file_hash(hq, s, f.id) == f.sha256:
                f.complete = True
                whole(hq, s, f)
            else:  # start over rather than keep a bad copy
                s.execute(delete(FileChunk).where(FileChunk.file_id == f.id))
                f.received, mismatch = 0, True
        answer = p.UploadAnswer(f.received, f.size, f.complete)
    if mismatch:
        raise p.ProtocolError(
            409,
            "hash-mismatch",
            "the file arrived whole but its SHA-256 differs; send it again from the start",
        )
    return answer.to_wire()


def copy_link(s: Session, file_id: str) -> FileCopy | None:
    """The link of a copy HQ made for redacted devices (`sync.hq.copies`), or None for a file
    a device sent (or an unknown id)."""
    return s.scalar(select(FileCopy).where(FileCopy.copy_id == file_id))


def originals() -> ColumnElement[bool]:
    """SQL: the rows of `files` devices sent, not the copies HQ made (`sync.hq.copies`)."""
    return ~exists().where(FileCopy.copy_id == StoredFile.id)


def whole(hq: HQCore, s: Session, f: StoredFile) -> None:
    """A file just became whole at HQ: a `file` entry in the change log (under the writer
    lock, as every entry) says so, so the redacted views of its record are looked at again
    and list it (`sync.hq.views`). Devices that take the log as it is skip it (`pull`)."""
    rec = s.get(Record, f.record_id)
    writer_lock(s)
    row = {
        "record_id": f.record_id,
        "team_id": rec.team_id if rec is not None else f.team_id,
        "kind": FILE_WHOLE,
        "fields": None,
        "deleted": False,
        "origin": "hq",
        "hlc": 0,
        "batch_id": None,
        "conflict_id": None,
    }
    insert_rows(s, LogEntry.__table__, [row])


def store_chunk(hq: HQCore, s: Session, f: StoredFile, offset: int, data: bytes) -> None:
    """Keep one chunk of a file's bytes (the one place that writes them), sealed."""
    blob = sealed.seal_chunk(hq.vault, s, f.team_id, f.id, offset, data)
    s.add(FileChunk(file_id=f.id, offset=offset, data=blob))


def chunks(
    hq: HQCore, s: Session, file_id: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, bytes]]:
    """A file's chunks as (offset, bytes), in order (the one place that reads them); with
    `start`/`end`, only the chunks holding bytes of [start, end) (a download's piece)."""
    q = select(FileChunk.offset, FileChunk.data).where(FileChunk.file_id == file_id)
    if start:
        first = select(func.max(FileChunk.offset)).where(
            FileChunk.file_id == file_id, FileChunk.offset <= start
        )
        q = q.where(FileChunk.offset >= first.scalar_subquery())
    if end is not None:
        q = q.where(FileChunk.offset < end)
    rows = s.execute(q.order_by(FileChunk.offset))
    for row in rows:
        offset = int(row[0])
        yield offset, sealed.open_chunk(hq.vault, file_id, offset, row[1])


def file_hash(hq: HQCore, s: Session, file_id: str) -> str:
    digest = hashlib.sha256()
    for _offset, data in chunks(hq, s, file_id):
        digest.update(data)
    return digest.hexdigest()


def meta_of(hq: HQCore, f: StoredFile) -> dict[str, str | None]:
    """A file's name, media type, who captured it and when (the one place that reads
    them)."""
    return sealed.open_file_meta(hq.vault, f)


def file_bytes(hq: HQCore, file_id: str) -> bytes:
    with hq.session() as s:
        return b"".join(data for _offset, data in chunks(hq, s, file_id))


def record_status(hq: HQCore, record_id: str) -> dict:
    """Whether HQ holds a record whole: complete only when every file has arrived (the files
    devices sent; the copies HQ made for redacted devices are not listed)."""
    with hq.session() as s:
        rec = s.get(Record, record_id)
        if rec is None:
            raise HQError(f"no record {record_id}")
        files = list(
            s.scalars(
                select(StoredFile).where(
                    StoredFile.record_id == record_id,
                    ~exists().where(FileCopy.copy_id == StoredFile.id),
                )
            )
        )
        return {
            "id": rec.id,
            "deleted": rec.deleted,
            "complete": all(f.complete for f in files),
            "files": [
                {
                    "id": f.id,
                    "size": f.size,
                    "received": f.received,
                    "complete": f.complete,
                    "sha256": f.sha256,
                }
                for f in files
            ],
        }
