"""Hybrid logical clock (Kulkarni et al., 2014) packed into one integer: milliseconds since
the epoch in the high bits, a counter in the low 16. It never goes backwards on this device,
and after receiving a stamp it stays ahead of it, so an edit made after seeing another one
always carries the later stamp, whatever the wall clocks say."""

from __future__ import annotations

import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import StoreMeta

KEY = "sync.hlc"
LOGICAL_BITS = 16


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def physical_ms(stamp: int) -> int:
    return stamp >> LOGICAL_BITS


def pack(ms: int, counter: int = 0) -> int:
    return (ms << LOGICAL_BITS) | counter


def tick(last: int, now_ms: int | None = None) -> int:
    """The stamp for a local event after `last`."""
    return max(pack(wall_ms() if now_ms is None else now_ms), last + 1)


def receive(last: int, remote: int, now_ms: int | None = None) -> int:
    """The clock after seeing `remote`: ahead of both."""
    return max(pack(wall_ms() if now_ms is None else now_ms), last + 1, remote + 1)


class StoredClock:
    """The store's clock, read and advanced inside the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        row = session.get(StoreMeta, KEY)
        if row is None:
            row = StoreMeta(key=KEY, value="0")
            session.add(row)
        self.row: StoreMeta = row

    @property
    def last(self) -> int:
        return int(self.row.value)

    def tick(self) -> int:
        stamp = tick(self.last)
        self.row.value = str(stamp)
        return stamp

    def receive(self, remote: int) -> int:
        stamp = receive(self.last, remote)
        self.row.value = str(stamp)
        return stamp


def read(session: Session) -> int:
    value = session.scalar(select(StoreMeta.value).where(StoreMeta.key == KEY))
    return int(value or 0)
