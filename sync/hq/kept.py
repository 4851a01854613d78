"""What HQ works out from every incident and keeps in process memory while its change log
stands: the names withheld from an audience (`sync.hq.views.withheld`) and each incident's acts
for the weekly counts (`sync.hq.counts.acts`). Every write to a record adds a change-log entry,
so a value kept as of HQ's last log id is current while that id is; a newer id means only the
records the log touched since need reading again, and an older one (a database put back from a
copy) means everything does. So does a log that is not the one the value was made from: a copy
put back, then written past the kept id before anything read it, reuses the ids, so the entry at
the kept id is compared too (its record, origin, clock and batch)."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.hq.core import HQCore
from sync.hq.models import LogEntry


class AsOfLog(Protocol):
    @property
    def log_id(self) -> int: ...


V = TypeVar("V", bound=AsOfLog)


class Kept(Generic[V]):
    """Values per HQ and key (an audience's name, say), each as of a change-log id. Gone with
    their HQ (a weak key), or by `forget`."""

    def __init__(self) -> None:
        # each value with the log entry at its id, as it was read (see `_entry`)
        self._by_hq: weakref.WeakKeyDictionary[HQCore, dict[Hashable, tuple[V, Any]]] = (
            weakref.WeakKeyDictionary()
        )

    def current(
        self,
        hq: HQCore,
        s: Session,
        make: Callable[[V | None, list[str] | None, int], V],
        key: Hashable = None,
    ) -> V:
        """The kept value if HQ's log has not moved since it was made; otherwise
        `make(kept, touched, top)` makes it anew from the one kept and the ids of the records
        the log touched since (kept and touched None: read every record) as of log id `top`,
        and it is kept."""
        top = int(s.scalar(select(func.max(LogEntry.id))) or 0)
        held = self._by_hq.get(hq, {}).get(key)
        kept = None
        if held is not None and held[0].log_id <= top and _entry(s, held[0].log_id) == held[1]:
            kept = held[0]  # the same log, as far as it went
        if kept is not None and kept.log_id == top:
            return kept
        touched: list[str] | None = None
        if kept is not None and top > kept.log_id:
            touched = list(
                s.scalars(
                    select(LogEntry.record_id)
                    .distinct()
                    .where(LogEntry.id > kept.log_id, LogEntry.id <= top)
                )
            )
        made = make(kept if touched is not None else None, touched, top)
        self._by_hq.setdefault(hq, {})[key] = (made, _entry(s, made.log_id))
        return made

    def held(self, hq: HQCore, key: Hashable = None) -> V | None:
        """What is kept, current or not (None: nothing), without reading the log."""
        held = self._by_hq.get(hq, {}).get(key)
        return None if held is None else held[0]

    def forget(self, hq: HQCore | None = None) -> None:
        """Drop what is kept (of one HQ, or all), as a restarted HQ would have nothing."""
        if hq is None:
            self._by_hq.clear()
        else:
            self._by_hq.pop(hq, None)


def _entry(s: Session, log_id: int) -> Any:
    """What tells the log entry at this id from another one given the same id."""
    row = s.execute(
        select(LogEntry.record_id, LogEntry.origin, LogEntry.hlc, LogEntry.batch_id).where(
            LogEntry.id == log_id
        )
    ).first()
    return None if row is None else tuple(row)
