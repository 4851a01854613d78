"""Attachments: kept inside the encrypted store (never as plaintext files), with the SHA-256 of
the original taken at intake and a chain of custody for every intake, view and export. What
leaves the device is a copy without metadata (app.metadata) unless the original is asked for."""

from __future__ import annotations

import builtins
import hashlib
import mimetypes
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import Kind, note
from app.clock import utcnow
from app.errors import BadInput, NotFound, UpfrontError
from app.ids import new_id
from app.metadata import stripped
from app.models import Attachment, CustodyEvent, Incident
from app.outbox import Outbox
from app.record_views import refuse_if_view
from app.schema.revision import schema_number
from app.store import Store

MAX_BYTES = 256 * 1024 * 1024


def _copy_detail(meta: dict[str, Any], copy: bytes) -> str:
    return (
        f"copy without metadata, sha256 {hashlib.sha256(copy).hexdigest()}; "
        f"original sha256 {meta['sha256']}"
    )


def _meta(a: Attachment) -> dict[str, Any]:
    return {
        "id": a.id,
        "incident_id": a.incident_id,
        "filename": a.filename,
        "media_type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
        "captured_by": a.captured_by,
        "captured_at": a.captured_at,
    }


class Attachments:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(
        self,
        incident_id: str,
        content: bytes,
        filename: str,
        *,
        media_type: str | None = None,
        captured_by: str | None = None,
        captured_at: str | None = None,
    ) -> dict[str, Any]:
        if not filename.strip():
            raise BadInput("filename", "must not be empty")
        if len(content) > MAX_BYTES:
            raise BadInput("file", f"is larger than {MAX_BYTES // (1024 * 1024)} MiB")
        media_type = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        digest = hashlib.sha256(content).hexdigest()
        with self.store.transaction() as session:
            if session.get(Incident, incident_id) is None:
                raise NotFound(f"no incident with id {incident_id}")
            refuse_if_view(session, incident_id)
            att = Attachment(
                id=new_id(),
                incident_id=incident_id,
                filename=Path(filename).name,
                media_type=media_type,
                size=len(content),
                sha256=digest,
                captured_by=captured_by or self.store.user,
                captured_at=captured_at or utcnow(),
                content=content,
            )
            session.add(att)
            session.flush()
            self._custody(session, att.id, "intake", f"sha256 {digest}")
            AuditLog(session).append(
                self.store.user,
                "attachment.add",
                "attachment",
                att.id,
                {"incident": incident_id, "sha256": digest},
            )
            meta = _meta(att)
            Outbox(session, schema_number()).attached(
                incident_id, {k: x for k, x in meta.items() if k != "incident_id"}
            )
            note(session, Kind.ATTACHMENTS, ids=[incident_id])
            return meta

    def receive(
        self,
        session: Session,
        incident_id: str,
        meta: dict[str, Any],
        content: bytes,
        *,
        source: str,
    ) -> dict[str, Any]:
        """A file another device took in, fetched from HQ (a restored record's, or a
        teammate's), kept inside the caller's transaction (the sync's) with the description
        it came with: the same id, name, SHA-256 and capture. It must match that SHA-256
        (BadInput naming `attachment.sha256` if not: nothing is kept). The custody log says
        where it came from (`source`: HQ and the device that took it in); no outbox entry,
        HQ has it."""
        digest = hashlib.sha256(content).hexdigest()
        if len(content) != meta["size"] or digest != meta["sha256"]:
            raise BadInput(
                "attachment.sha256", "the bytes received do not match the file's SHA-256"
            )
        if session.get(Incident, incident_id) is None:
            raise NotFound(f"no incident with id {incident_id}")
        if session.get(Attachment, meta["id"]) is not None:
            raise BadInput("attachment.id", "this file is already on this device")
        att = Attachment(
            id=meta["id"],
            incident_id=incident_id,
            filename=Path(meta["filename"]).name or "attachment",
            media_type=meta["media_type"] or "application/octet-stream",
            size=len(content),
            sha256=digest,
            captured_by=meta["captured_by"],
            captured_at=meta["captured_at"],
            content=content,
        )
        session.add(att)
        session.flush()
        self._custody(session, att.id, "received", f"from {source}, sha256 {digest}")
        AuditLog(session).append(
            self.store.user,
            "attachment.receive",
            "attachment",
            att.id,
            {"incident": incident_id, "sha256": digest, "source": source},
        )
        note(session, Kind.ATTACHMENTS, ids=[incident_id])
        return _meta(att)

    def add_file(self, incident_id: str, path: Path, **kwargs: str | None) -> dict[str, Any]:
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise BadInput("file", f"is larger than {MAX_BYTES // (1024 * 1024)} MiB")
            content = path.read_bytes()
        except OSError as exc:
            raise BadInput("file", f"cannot be read: {exc.strerror}") from None
        return self.add(incident_id, content, path.name, **kwargs)

    def list(self, incident_id: str) -> list[dict[str, Any]]:
        with self.store.session() as session:
            rows = session.execute(
                select(
                    Attachment.id,
                    Attachment.incident_id,
                    Attachment.filename,
                    Attachment.media_type,
                    Attachment.size,
                    Attachment.sha256,
                    Attachment.captured_by,
                    Attachment.captured_at,
                )
                .where(Attachment.incident_id == incident_id)
                .order_by(Attachment.captured_at)
            )
            return [dict(r._mapping) for r in rows]

    def read(self, attachment_id: str, *, purpose: str = "view") -> tuple[dict[str, Any], bytes]:
        """The content, checked against its intake hash; the view is put in the custody log."""
        with self.store.transaction() as session:
            att = self._checked(session, attachment_id)
            self._custody(session, att.id, purpose, None)
            return _meta(att), att.content

    def read_stripped(
        self, attachment_id: str, *, purpose: str = "export"
    ) -> tuple[dict[str, Any], bytes]:
        """A copy without metadata (app.metadata), for content that leaves the device. The
        custody log records the copy's SHA-256 beside the original's; the original is not
        changed. BadInput (naming the attachment) if it cannot be cleaned."""
        meta, copy = self._stripped(attachment_id)
        with self.store.transaction() as session:
            self._custody(session, attachment_id, purpose, _copy_detail(meta, copy))
        return meta, copy

    def export(self, attachment_id: str, out: Path, *, original: bool = False) -> dict[str, Any]:
        """Write a copy without metadata (or, with original=True, the original as taken in,
        for an evidence handover) to a new file the user chose. The custody log and the audit
        log record the export, with the hash of what was written, only if the file was written
        whole."""
        if original:
            with self.store.session() as session:
                att = self._checked(session, attachment_id)
                meta, content = _meta(att), att.content
            action, detail = (
                "export original",
                (f"original with its metadata, sha256 {meta['sha256']}"),
            )
        else:
            meta, content = self._stripped(attachment_id)
            action, detail = "export", _copy_detail(meta, content)
        digest = hashlib.sha256(content).hexdigest()
        try:
            handle = os.fdopen(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
        except FileExistsError:
            raise BadInput("out", f"{out} already exists; choose a new file name") from None
        except OSError as exc:
            raise BadInput("out", f"cannot create {out}: {exc.strerror}") from None
        try:
            with handle, self.store.transaction() as session:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
                self._custody(session, attachment_id, action, detail)
                AuditLog(session).append(
                    self.store.user,
                    "attachment.export",
                    "attachment",
                    attachment_id,
                    {"sha256": meta["sha256"], "exported_sha256": digest, "original": original},
                )
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        return {
            **meta,
            "exported": "original" if original else "copy without metadata",
            "exported_sha256": digest,
            "exported_size": len(content),
        }

    def _stripped(self, attachment_id: str) -> tuple[dict[str, Any], bytes]:
        with self.store.session() as session:
            att = self._checked(session, attachment_id)
            meta, content = _meta(att), att.content
        # Outside the session: cleaning a large image takes a while, and needs no store.
        return meta, stripped(
            content, meta["media_type"], meta["filename"], field=f"attachment {attachment_id}"
        )

    @staticmethod
    def _checked(session: Session, attachment_id: str) -> Attachment:
        att = session.get(Attachment, attachment_id)
        if att is None:
            raise NotFound(f"no attachment with id {attachment_id}")
        if hashlib.sha256(att.content).hexdigest() != att.sha256:
            raise UpfrontError(
                f"attachment {attachment_id} does not match the SHA-256 "
                "taken at intake; it may have been altered"
            )
        return att

    # builtins.list: in this class, `list` is the method above
    def custody(self, attachment_id: str) -> builtins.list[dict[str, Any]]:
        with self.store.session() as session:
            if session.get(Attachment, attachment_id) is None:
                raise NotFound(f"no attachment with id {attachment_id}")
            events = session.scalars(
                select(CustodyEvent)
                .where(CustodyEvent.attachment_id == attachment_id)
                .order_by(CustodyEvent.id)
            )
            return [
                {"at": e.at, "actor": e.actor, "action": e.action, "detail": e.detail}
                for e in events
            ]

    def _custody(
        self, session: Session, attachment_id: str, action: str, detail: str | None
    ) -> None:
        session.add(
            CustodyEvent(
                attachment_id=attachment_id,
                at=utcnow(),
                actor=self.store.user,
                action=action,
                detail=detail,
            )
        )
