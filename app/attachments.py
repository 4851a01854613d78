"""Attachments: kept inside the encrypted store (never as plaintext files), with the SHA-256 of
the original taken at intake and a chain of custody for every intake, view and export."""

from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path

from sqlalchemy import select

from app.audit import AuditLog
from app.clock import utcnow
from app.errors import BadInput, NotFound, UpfrontError
from app.ids import new_id
from app.models import Attachment, CustodyEvent, Incident
from app.outbox import Outbox
from app.store import Store, schema_number

MAX_BYTES = 256 * 1024 * 1024


def _meta(a: Attachment) -> dict:
    return {"id": a.id, "incident_id": a.incident_id, "filename": a.filename,
            "media_type": a.media_type, "size": a.size, "sha256": a.sha256,
            "captured_by": a.captured_by, "captured_at": a.captured_at}


class Attachments:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, incident_id: str, content: bytes, filename: str, *,
            media_type: str | None = None, captured_by: str | None = None,
            captured_at: str | None = None) -> dict:
        if not filename.strip():
            raise BadInput("filename", "must not be empty")
        if len(content) > MAX_BYTES:
            raise BadInput("file", f"is larger than {MAX_BYTES // (1024 * 1024)} MiB")
        media_type = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        digest = hashlib.sha256(content).hexdigest()
        with self.store.transaction() as session:
            if session.get(Incident, incident_id) is None:
                raise NotFound(f"no incident with id {incident_id}")
            att = Attachment(
                id=new_id(), incident_id=incident_id, filename=Path(filename).name,
                media_type=media_type, size=len(content), sha256=digest,
                captured_by=captured_by or self.store.user, captured_at=captured_at or utcnow(),
                content=content)
            session.add(att)
            session.flush()
            self._custody(session, att.id, "intake", f"sha256 {digest}")
            AuditLog(session).append(self.store.user, "attachment.add", "attachment", att.id,
                                     {"incident": incident_id, "sha256": digest})
            meta = _meta(att)
            Outbox(session, schema_number()).attached(
                incident_id, {k: x for k, x in meta.items() if k != "incident_id"})
            return meta

    def add_file(self, incident_id: str, path: Path, **kwargs) -> dict:
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise BadInput("file", f"is larger than {MAX_BYTES // (1024 * 1024)} MiB")
            content = path.read_bytes()
        except OSError as exc:
            raise BadInput("file", f"cannot be read: {exc.strerror}") from None
        return self.add(incident_id, content, path.name, **kwargs)

    def list(self, incident_id: str) -> list[dict]:
        with self.store.session() as session:
            rows = session.execute(select(
                Attachment.id, Attachment.incident_id, Attachment.filename,
                Attachment.media_type, Attachment.size, Attachment.sha256,
                Attachment.captured_by, Attachment.captured_at,
            ).where(Attachment.incident_id == incident_id).order_by(Attachment.captured_at))
            return [dict(r._mapping) for r in rows]

    def read(self, attachment_id: str, *, purpose: str = "view") -> tuple[dict, bytes]:
        """The content, checked against its intake hash; the view is put in the custody log."""
        with self.store.transaction() as session:
            att = self._checked(session, attachment_id)
            self._custody(session, att.id, purpose, None)
            return _meta(att), att.content

    def export(self, attachment_id: str, out: Path) -> dict:
        """Write the original to a new file the user chose. The custody log and the audit log
        record the export only if the file was written whole."""
        try:
            handle = os.fdopen(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
        except FileExistsError:
            raise BadInput("out", f"{out} already exists; choose a new file name") from None
        except OSError as exc:
            raise BadInput("out", f"cannot create {out}: {exc.strerror}") from None
        try:
            with handle, self.store.transaction() as session:
                att = self._checked(session, attachment_id)
                handle.write(att.content)
                handle.flush()
                os.fsync(handle.fileno())
                self._custody(session, att.id, "export", None)
                AuditLog(session).append(self.store.user, "attachment.export", "attachment",
                                         attachment_id, {"sha256": att.sha256})
                return _meta(att)
        except BaseException:
            out.unlink(missing_ok=True)
            raise

    @staticmethod
    def _checked(session, attachment_id: str) -> Attachment:
        att = session.get(Attachment, attachment_id)
        if att is None:
            raise NotFound(f"no attachment with id {attachment_id}")
        if hashlib.sha256(att.content).hexdigest() != att.sha256:
            raise UpfrontError(f"attachment {attachment_id} does not match the SHA-256 "
                               "taken at intake; it may have been altered")
        return att

    def custody(self, attachment_id: str) -> list[dict]:
        with self.store.session() as session:
            if session.get(Attachment, attachment_id) is None:
                raise NotFound(f"no attachment with id {attachment_id}")
            events = session.scalars(select(CustodyEvent).where(
                CustodyEvent.attachment_id == attachment_id).order_by(CustodyEvent.id))
            return [{"at": e.at, "actor": e.actor, "action": e.action, "detail": e.detail}
                    for e in events]

    def _custody(self, session, attachment_id: str, action: str, detail: str | None) -> None:
        session.add(CustodyEvent(attachment_id=attachment_id, at=utcnow(),
                                 actor=self.store.user, action=action, detail=detail))
