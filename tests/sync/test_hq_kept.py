"""What HQ keeps in memory while its change log stands (sync.hq.kept): read again in full when
the log is not the one it was made from (a database put back from a copy), even once HQ has
written past the id it was kept at."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from sync.hq.kept import Kept
from sync.hq.models import LogEntry


@dataclass
class Value:
    log_id: int
    full: bool
    touched: list[str] | None


class FakeHQ:  # held by a weak reference, as an HQCore is
    pass


def write(s: Session, *record_ids: str, origin: str = "dev-a") -> None:
    for rid in record_ids:
        s.add(LogEntry(record_id=rid, kind="change", origin=origin, hlc=1, deleted=False))
    s.flush()


def make(kept, touched, top):
    return Value(top, touched is None, touched)


def test_a_log_put_back_from_a_copy_and_written_past_is_read_in_full():
    engine = create_engine("sqlite://")
    LogEntry.__table__.create(engine)
    hq, kept = FakeHQ(), Kept[Value]()
    with Session(engine) as s:
        write(s, *(f"r{i}" for i in range(10)))
        assert kept.current(hq, s, make).full  # type: ignore[arg-type]
        write(s, "r3")
        assert kept.current(hq, s, make).touched == ["r3"]  # type: ignore[arg-type]
        # the database put back to a copy of 6 entries, then 8 new writes: ids 7 to 14 again
        s.query(LogEntry).filter(LogEntry.id > 6).delete()
        s.flush()
        write(s, *(f"n{i}" for i in range(8)), origin="dev-b")
        again = kept.current(hq, s, make)  # type: ignore[arg-type]
        assert again.full and again.log_id == 14, again
        # and as many writes as were lost: the same top id, another log
        s.query(LogEntry).filter(LogEntry.id > 6).delete()
        s.flush()
        write(s, *(f"m{i}" for i in range(8)), origin="dev-c")
        assert kept.current(hq, s, make).full  # type: ignore[arg-type]
