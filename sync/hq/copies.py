"""Copies of attachments without their metadata, for devices that read as an audience other
than internal (a `un` analyst's): such a device never receives a file as it was taken in.

- **Made once, the first time a view needs it**, not when the upload completes: files HQ
  held before copies existed get theirs with no step that parses every file; the cleaner
  (`app.metadata.stripped`, the one reports and exports use, which parses hostile files)
  runs only on files of records that reach a redacted audience; and a team's upload over a
  slow link is not held up by it. The first redacted pull that lists a file pays for it,
  at most `BUDGET` bytes of originals a page (always one file at least, so a page always
  moves on); a file past it is listed by a later page (`listing`'s `deferred`).
- **Kept like the other files**: the copy is a file of its own in `files` (the original's
  record and team, whole, its own id, size and SHA-256), its bytes in `file_chunks` sealed
  under the team's key, its description sealed too. `file_copies` links it to the original,
  or says why there is none: a file of a kind that cannot be cleaned (`cannot-clean`) or
  damaged, or not what its media type says (`damaged`) never goes to a redacted device.
- **Made under the original's row lock**, checked again once held: two `un` pulls at once
  make one copy (in the order of the files' ids, so two pulls cannot wait on each other).
"""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.metadata import CannotClean, stripped
from app.names import WITHHELD, Names
from sync import protocol as p
from sync.hq import files, sealed
from sync.hq.core import HQCore
from sync.hq.models import FileCopy, StoredFile

log = logging.getLogger("upfront.hq")

STRIPPED, CANNOT_CLEAN, DAMAGED = "stripped", "cannot-clean", "damaged"
BUDGET = 64 * 1024 * 1024  # bytes of originals cleaned for one pull page
MAKER = "hq"  # a copy's `device_id`: HQ made it, no device sent it


def make(hq: HQCore, s: Session, file_id: str) -> FileCopy:
    """The copy of a whole file for redacted devices, made now if HQ has none (inside the
    caller's transaction), or the reason it cannot go."""
    f = s.get(StoredFile, file_id, with_for_update=True, populate_existing=True)
    assert f is not None and f.complete
    made = s.scalar(select(FileCopy).where(FileCopy.file_id == file_id))
    if made is not None:  # another pull made it while this one waited for the lock
        return made
    content = b"".join(data for _offset, data in files.chunks(hq, s, f.id))
    meta = files.meta_of(hq, f)
    outcome, copy = STRIPPED, b""
    if hashlib.sha256(content).hexdigest() != f.sha256:
        outcome = DAMAGED  # not what the device sent: nothing of it goes out
    else:
        try:
            copy = stripped(
                content, meta["media_type"] or "", meta["filename"] or "", field="attachment"
            )
        except CannotClean:
            outcome = CANNOT_CLEAN
        except BadInput:
            outcome = DAMAGED
        except Exception as err:  # a parser's failure nobody foresaw: the file stays here
            log.warning("copy: file %s could not be cleaned (%s)", f.id, type(err).__name__)
            outcome = DAMAGED
    link = FileCopy(file_id=f.id, copy_id=None, outcome=outcome, at=time.time())
    if outcome == STRIPPED:
        link.copy_id = _keep(hq, s, f, meta, copy)
    else:
        log.info("copy: file %s is withheld from redacted devices (%s)", f.id, outcome)
    s.add(link)
    s.flush()
    return link


def _keep(hq: HQCore, s: Session, f: StoredFile, meta: dict[str, str | None], copy: bytes) -> str:
    row = StoredFile(
        id=str(uuid.uuid4()),
        record_id=f.record_id,
        team_id=f.team_id,
        size=len(copy),
        sha256=hashlib.sha256(copy).hexdigest(),
        received=len(copy),
        complete=True,
        device_id=MAKER,
    )
    sealed.seal_file_meta(
        hq.vault,
        s,
        row,
        {
            "filename": meta["filename"] or "",
            "media_type": meta["media_type"] or "",
            "captured_by": "",
            "captured_at": meta["captured_at"] or "",
        },
    )
    s.add(row)
    s.flush()
    for offset in range(0, len(copy), p.MAX_CHUNK):
        files.store_chunk(hq, s, row, offset, copy[offset : offset + p.MAX_CHUNK])
    return row.id


def _chunks(ids: Sequence[str], n: int = 500) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), n):
        yield ids[i : i + n]


def listing(
    hq: HQCore, s: Session, record_ids: Sequence[str], withheld: Names, budget: int | None = None
) -> tuple[dict[str, list[dict[str, Any]]], set[str]]:
    """The files of these records as a redacted view lists them, by record: each whole file
    by its copy (id, size and SHA-256 of the copy, never the original's), or as withheld;
    names scrubbed of withheld names, who captured it withheld. A file not yet whole is not
    listed (the change log notes when it becomes whole, and the view is looked at again).
    Copies missing are made, up to `budget` bytes of originals; the records with a file
    left over are returned apart (`deferred`): list them again later."""
    budget = BUDGET if budget is None else budget
    found: list[StoredFile] = []
    for chunk in _chunks(list(record_ids)):
        found.extend(
            s.scalars(
                select(StoredFile).where(
                    StoredFile.record_id.in_(chunk),
                    StoredFile.complete.is_(True),
                    files.originals(),
                )
            )
        )
    links: dict[str, FileCopy] = {}
    for chunk in _chunks([f.id for f in found]):
        links.update(
            (x.file_id, x) for x in s.scalars(select(FileCopy).where(FileCopy.file_id.in_(chunk)))
        )
    spent, deferred = 0, set()
    for f in sorted((f for f in found if f.id not in links), key=lambda f: f.id):
        if spent and spent + f.size > budget:
            deferred.add(f.record_id)
            continue
        spent += f.size
        links[f.id] = make(hq, s, f.id)
    copy_ids = [x.copy_id for x in links.values() if x.copy_id]
    copies: dict[str, StoredFile] = {}
    for chunk in _chunks(copy_ids):
        copies.update(
            (c.id, c) for c in s.scalars(select(StoredFile).where(StoredFile.id.in_(chunk)))
        )
    out: dict[str, list[tuple[tuple[str, str], dict[str, Any]]]] = {}
    for f in found:
        link = links.get(f.id)
        if link is None:
            continue
        meta = files.meta_of(hq, f)
        # every text of the description is free text at HQ (a team's client may write a
        # name anywhere in it): each is scrubbed
        texts = {
            name: (withheld.scrub(meta[name]) or "")[:limit]
            for name, limit in files.ATTACHMENT_TEXTS.items()
            if name != "captured_by"
        }
        entry: dict[str, Any] = {
            "filename": texts["filename"] or "attachment",
            "media_type": texts["media_type"] or "application/octet-stream",
            "captured_by": WITHHELD,  # staff are not named outside the team
            "captured_at": texts["captured_at"],
        }
        copy = copies.get(link.copy_id) if link.copy_id else None
        if link.outcome == STRIPPED and copy is not None:
            entry = {"id": copy.id, **entry, "size": copy.size, "sha256": copy.sha256}
        else:
            entry["withheld"] = link.outcome if link.outcome != STRIPPED else DAMAGED
        out.setdefault(f.record_id, []).append(((entry["captured_at"], f.id), entry))
    return {
        rid: [e for _k, e in sorted(items, key=lambda x: x[0])] for rid, items in out.items()
    }, deferred
