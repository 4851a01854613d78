"""Drafts: what an officer is typing, autosaved into the encrypted store (never a temp file),
so a crash or a power cut loses at most the seconds since the last save. A draft belongs to
the user who typed it; saving the incident discards it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from app import validation as v
from app.changes import Kind, note
from app.clock import utcnow
from app.errors import BadInput, NotFound
from app.ids import new_id
from app.models import Draft
from app.store import Store

MAX_DRAFT_BYTES = 4 * 1024 * 1024


class Drafts:
    def __init__(self, store: Store) -> None:
        self.store = store

    def save(
        self,
        content: dict[str, Any],
        *,
        draft_id: str | None = None,
        incident_id: str | None = None,
    ) -> str:
        """Create or replace a draft; returns its id. Content need not be valid yet."""
        content = v.obj(content, "draft")
        if len(repr(content)) > MAX_DRAFT_BYTES:
            raise BadInput("draft", "is too large to autosave")
        with self.store.transaction() as session:
            draft = session.get(Draft, draft_id) if draft_id else None
            if draft_id and (draft is None or draft.actor != self.store.user):
                raise NotFound(f"no draft with id {draft_id}")
            if draft is None:
                draft = Draft(
                    id=new_id(),
                    incident_id=incident_id,
                    actor=self.store.user,
                    updated_at=utcnow(),
                    content=content,
                )
                session.add(draft)
            else:
                draft.content, draft.updated_at = content, utcnow()
            note(session, Kind.DRAFTS)
            return draft.id

    def mine(self) -> list[dict[str, Any]]:
        """This user's drafts, newest first: offered back after a crash."""
        with self.store.session() as session:
            drafts = session.scalars(
                select(Draft)
                .where(Draft.actor == self.store.user)
                .order_by(Draft.updated_at.desc())
            )
            return [
                {
                    "id": d.id,
                    "incident_id": d.incident_id,
                    "updated_at": d.updated_at,
                    "content": d.content,
                }
                for d in drafts
            ]

    def discard(self, draft_id: str) -> None:
        with self.store.transaction() as session:
            session.execute(
                delete(Draft).where(Draft.id == draft_id, Draft.actor == self.store.user)
            )
            note(session, Kind.DRAFTS)
