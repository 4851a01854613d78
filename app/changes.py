"""What a committed write changed, and who hears of it (the idea of Anki's OpChanges).

A write notes in its transaction what it changes (`note(session, Kind.INCIDENTS, ids=...)`);
`Store.transaction` publishes the notes through the store's `Publisher` (`store.changes`) once
the transaction has committed, and never for one rolled back. Views subscribe and decide from
the kinds whether what they show is stale, instead of a window refreshing them by hand after
each operation, import or sync.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

log = logging.getLogger(__name__)

_PENDING = "upfront.changes"  # the key of a session's notes in Session.info


class Kind(StrEnum):
    """The kinds of stored things a view can show."""

    INCIDENTS = "incidents"
    ATTACHMENTS = "attachments"
    DRAFTS = "drafts"
    SITUATIONS = "situations"  # a situation, or the incidents tied to it by hand
    ASSESSMENTS = "assessments"
    STRATEGIES = "strategies"
    SYNC = "sync"  # HQ's answers: the outbox answered, conflicts, where sync stands


@dataclass(frozen=True)
class Changes:
    """The kinds changed by one or more committed transactions, and the ids of the records
    changed where the writer named them: an incident's (its attachments' too), a
    situation's (its assessments' and strategies' too)."""

    kinds: frozenset[Kind] = frozenset()
    ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *kinds: Kind, ids: Iterable[str] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(ids))

    def touches(self, *kinds: Kind) -> bool:
        """Whether any of `kinds` changed."""
        return not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)


Subscriber = Callable[[Changes], object]


class Publisher:
    """Hands each published Changes to every subscriber, on the publishing thread (the
    store worker, or the sync lane). Subscribing and publishing are safe from any thread.

    A subscriber that raises is logged (its exception's type) and the others still hear:
    the write it reports has committed, so its writer must not see it fail."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: tuple[Subscriber, ...] = ()

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Hear of every Changes published from now on; returns the way to stop."""
        with self._lock:
            self._subscribers = (*self._subscribers, callback)

        def unsubscribe() -> None:
            with self._lock:
                self._subscribers = tuple(s for s in self._subscribers if s is not callback)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        for callback in self._subscribers:  # a snapshot: the tuple is replaced, not changed
            try:
                callback(changes)
            except Exception as exc:  # one listener must not fail the writer
                log.error("a listener to store changes failed: %s", type(exc).__name__)


def note(session: Session, *kinds: Kind, ids: Iterable[str] = ()) -> None:
    """Record, in the caller's transaction, that it changes `kinds` (records `ids`).
    Store.transaction publishes the notes once the transaction commits."""
    pending: tuple[set[Kind], set[str]] | None = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = (set(), set())
    pending[0].update(kinds)
    pending[1].update(ids)


def take(session: Session) -> Changes:
    """The session's notes, as one Changes (empty if none), and forget them."""
    pending = session.info.pop(_PENDING, None)
    if pending is None:
        return Changes()
    return Changes(frozenset(pending[0]), frozenset(pending[1]))


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, previous: SessionTransaction) -> None:
    """A transaction rolled back (even by hand, inside Store.transaction) changed nothing.
    A savepoint rolled back leaves the notes (a view may then reload for nothing)."""
    if previous.parent is None:
        session.info.pop(_PENDING, None)
