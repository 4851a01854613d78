"""The device's side of attachments coming down from HQ, apart from the network: a pulled
ATTACH for an incident this device holds, or a copy without metadata a view lists (a `un`
device's), becomes a `Download` (its description, checked);
each piece fetched is committed with the offset it brings the file to (`DownloadChunk`,
`Download.received`), so a cut link resumes from there; once whole and its SHA-256 matches,
the file becomes an attachment and the download rows go, in one transaction. A file whose
bytes do not match starts over. The client (`sync.client`) asks HQ for the pieces."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from app.attachments import MAX_BYTES, Attachments
from app.clock import utcnow
from app.errors import BadInput
from app.models import Attachment, Download, DownloadChunk, Incident, StoreMeta
from app.record_views import parse_origin

TEXTS = {"filename": 300, "media_type": 120, "captured_by": 200, "captured_at": 40}


def description(meta: Any) -> dict[str, Any]:
    """An attachment's description as HQ sent it, checked field by field (BadInput naming
    the field): HQ's word is still input from outside."""
    if not isinstance(meta, dict):
        raise BadInput("attachment", "the description is incomplete or malformed")
    try:
        file_id = str(uuid.UUID(meta.get("id") if isinstance(meta.get("id"), str) else ""))
    except ValueError:
        raise BadInput("attachment.id", "is not an id") from None
    out: dict[str, Any] = {"id": file_id}
    for name, limit in TEXTS.items():
        value = meta.get(name)
        if not isinstance(value, str) or len(value) > limit or "\0" in value:
            raise BadInput(f"attachment.{name}", f"must be a text of at most {limit} characters")
        out[name] = value
    size = meta.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_BYTES:
        raise BadInput("attachment.size", f"must be a whole number from 0 to {MAX_BYTES}")
    sha = meta.get("sha256")
    if not isinstance(sha, str) or len(sha) != 64 or not set(sha) <= set("0123456789abcdef"):
        raise BadInput("attachment.sha256", "must be 64 lower-case hexadecimal digits")
    return {**out, "size": size, "sha256": sha}


def wanted(session: Session, record_id: str, meta: Any, origin: str) -> bool:
    """A pulled ATTACH of an incident this device holds (the caller knows): note the file to
    fetch, unless it is here already or on its way. BadInput if the description is bad."""
    checked = description(meta)
    file_id = checked["id"]
    if session.get(Attachment, file_id) is not None or session.get(Download, file_id) is not None:
        return False
    session.add(
        Download(
            file_id=file_id,
            incident_id=record_id,
            meta={**checked, "origin": origin},
            size=checked["size"],
            sha256=checked["sha256"],
            received=0,
            created_at=utcnow(),
        )
    )
    return True


def for_view(session: Session, record_id: str, files: Any, origin: str) -> BadInput | None:
    """The files a view lists (`attachments`: copies without metadata HQ made for this
    device's audience, and files HQ withholds, which name no id): each copy not here yet is
    noted to fetch. Returns the first description that could not be taken (the others are
    noted all the same), or None."""
    if files is None:
        return None
    if not isinstance(files, list):
        return BadInput("attachments", "must be a list of file descriptions")
    first: BadInput | None = None
    for meta in files:
        if isinstance(meta, dict) and "id" not in meta and meta.get("withheld"):
            continue  # HQ keeps it: it cannot be cleaned of its metadata
        try:
            wanted(session, record_id, meta, origin)
        except BadInput as err:
            first = first or err
    return first


@dataclass(frozen=True)
class Waiting:
    file_id: str
    incident_id: str
    size: int
    received: int


def waiting(session: Session) -> list[Waiting]:
    """Files to fetch, oldest first, with what has arrived of each."""
    rows = session.scalars(select(Download).order_by(Download.created_at, Download.file_id))
    return [Waiting(r.file_id, r.incident_id, r.size, r.received) for r in rows]


def pending_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Download)) or 0)


@dataclass(frozen=True)
class Left:
    """What is still to come from HQ: files, and the bytes of them not here yet."""

    files: int
    bytes: int


def left(session: Session) -> Left:
    """Files still to fetch and their bytes not yet here (what has arrived of a file cut
    short is not counted again)."""
    remaining = Download.size - Download.received
    files, size = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((remaining > 0, remaining), else_=0)), 0),
        ).select_from(Download)
    ).one()
    return Left(int(files or 0), int(size or 0))


# HQ's refusals that mean a file will never come to this device: not for its team or audience
# (any more), or no longer at HQ. Only counted: a file's name may be one withheld from it.
GIVEN_UP = ("scope", "audience", "unknown-file", "withdrawn")
REFUSED_KEY = "sync.downloads_refused"


@dataclass(frozen=True)
class Refusals:
    files: int = 0
    last_at: str | None = None


def refusals(session: Session) -> Refusals:
    """How many files HQ refused to send this device, ever, and when it last did."""
    raw = session.scalar(select(StoreMeta.value).where(StoreMeta.key == REFUSED_KEY))
    if raw is None:
        return Refusals()
    try:
        value = json.loads(raw)
        files, last_at = value["files"], value.get("last_at")
    except (ValueError, KeyError, TypeError):
        return Refusals()
    if not isinstance(files, int) or isinstance(files, bool) or files < 0:
        return Refusals()
    return Refusals(files, last_at if isinstance(last_at, str) else None)


def refused(session: Session, file_id: str) -> None:
    """HQ will not send this file (one of GIVEN_UP): forget it and what arrived of it, and
    count it, with the time, so the device can say so without naming the file."""
    drop(session, file_id)
    count = refusals(session).files + 1
    text = json.dumps({"files": count, "last_at": utcnow()})
    row = session.get(StoreMeta, REFUSED_KEY)
    if row is None:
        session.add(StoreMeta(key=REFUSED_KEY, value=text))
    else:
        row.value = text


def held(session: Session, w: Waiting) -> bool:
    """Whether the download's incident is still here (else it is dropped)."""
    if session.get(Incident, w.incident_id) is not None:
        return True
    drop(session, w.file_id)
    return False


def drop(session: Session, file_id: str) -> None:
    """Forget a download and what arrived of it (its incident is gone, or HQ refuses it)."""
    session.execute(delete(DownloadChunk).where(DownloadChunk.file_id == file_id))
    session.execute(delete(Download).where(Download.file_id == file_id))


def restart(session: Session, file_id: str) -> None:
    """Start a file over: what arrived of it is dropped."""
    session.execute(delete(DownloadChunk).where(DownloadChunk.file_id == file_id))
    row = session.get(Download, file_id)
    if row is not None:
        row.received = 0


PARTIAL, DONE, MISMATCH, STALE = "partial", "done", "mismatch", "stale"


def received(
    session: Session, attachments: Attachments, file_id: str, offset: int, data: bytes
) -> str:
    """A piece of a file arrived (inside the caller's transaction). Not yet whole: kept, and
    the download's offset moves on (PARTIAL). Whole: the file is put together, checked, and
    becomes an attachment, the download rows going (DONE). If its bytes do not match its
    SHA-256, nothing of it is kept and it starts over (MISMATCH). STALE: the download is not
    at this offset (gone, or another sync moved it on): nothing is kept."""
    row = session.get(Download, file_id)
    if row is None or row.received != offset:
        return STALE
    if row.received + len(data) < row.size:
        session.add(DownloadChunk(file_id=file_id, offset=offset, data=data))
        row.received = offset + len(data)
        return PARTIAL
    if session.get(Incident, row.incident_id) is None:  # deleted since: nothing to keep
        drop(session, file_id)
        return DONE
    pieces = session.scalars(
        select(DownloadChunk.data)
        .where(DownloadChunk.file_id == file_id)
        .order_by(DownloadChunk.offset)
    )
    content = b"".join([*(bytes(x) for x in pieces), data])
    meta = dict(row.meta)
    origin = str(meta.get("origin", "?"))
    if origin.startswith("view:"):
        audience, _team = parse_origin(origin)
        source = f"HQ, its copy without metadata for the {audience} audience"
    else:
        source = f"HQ, taken in on device {origin}"
    try:
        attachments.receive(session, row.incident_id, meta, content, source=source)
    except BadInput as err:
        if err.field != "attachment.sha256":
            raise
        restart(session, file_id)
        return MISMATCH
    drop(session, file_id)
    return DONE
