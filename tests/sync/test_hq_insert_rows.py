"""HQ's bulk writes: many rows go to PostgreSQL by binary COPY, few by executemany; both
store the same values, in order, inside the caller's transaction (a rollback takes both)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sync.hq.database import COPY_FROM, insert_rows, make_engine, migrate
from sync.hq.models import ChangeResult, LogEntry, Record

BIG = st.integers(min_value=-(2**63), max_value=2**63 - 1)
TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=30)


def log_rows(n: int, draw_bytes) -> list[dict]:
    return [
        {
            "record_id": f"00000000-0000-4000-8000-{i:012d}",
            "team_id": None if i % 5 == 0 else "SYR",
            "kind": "create",
            "fields": None if i % 7 == 0 else draw_bytes(i),
            "deleted": i % 3 == 0,
            "origin": f"device-{i}",
            "hlc": (i * 7_919) << 16,
            "batch_id": i // 10,
            "conflict_id": None,
        }
        for i in range(n)
    ]


def read_log(s: Session) -> list[tuple]:
    return [
        (e.record_id, e.team_id, e.kind, e.fields, e.deleted, e.origin, e.hlc, e.batch_id)
        for e in s.scalars(select(LogEntry).order_by(LogEntry.id))
    ]


def test_copied_and_inserted_rows_read_back_the_same_in_order(pg_url):
    engine = make_engine(pg_url)
    migrate(engine)
    try:
        for n in (COPY_FROM - 1, COPY_FROM, 3 * COPY_FROM):  # executemany, then COPY twice
            rows = log_rows(n, lambda i: os.urandom(i % 3000))
            with Session(engine) as s, s.begin():
                s.execute(delete(LogEntry))
                insert_rows(s, LogEntry.__table__, rows)
            with Session(engine) as s:
                got = read_log(s)
            want = [
                (r["record_id"], r["team_id"], r["kind"], r["fields"], r["deleted"])
                + (r["origin"], r["hlc"], r["batch_id"])
                for r in rows
            ]
            assert got == want
    finally:
        engine.dispose()


def test_a_rollback_takes_the_copied_rows_with_it(pg_url):
    engine = make_engine(pg_url)
    migrate(engine)
    try:
        rows = log_rows(2 * COPY_FROM, lambda i: b"x" * i)
        with Session(engine) as s:
            with s.begin():
                insert_rows(s, LogEntry.__table__, rows[:COPY_FROM])
            s.begin()
            insert_rows(s, LogEntry.__table__, rows[COPY_FROM:])
            s.rollback()
        with Session(engine) as s:
            assert len(read_log(s)) == COPY_FROM
    finally:
        engine.dispose()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.lists(
        st.tuples(TEXT, st.binary(max_size=200), st.booleans(), BIG, st.floats(allow_nan=False)),
        min_size=COPY_FROM,
        max_size=COPY_FROM + 20,
        unique_by=lambda t: t[0],
    )
)
def test_any_values_of_hqs_column_types_survive_copy(pg_url, data):
    engine = make_engine(pg_url)
    migrate(engine)
    try:
        records = [
            {
                "id": f"r{i}-{text}"[:36],
                "team_id": text[:32] or None,
                "kind": "incident",
                "doc": blob,
                "stamps": blob[::-1],
                "deleted": flag,
                "confidentiality": None,
                "created_by_device": "dev",
                "created_batch": big,
                "updated_at": real,
            }
            for i, (text, blob, flag, big, real) in enumerate(data)
        ]
        results = [
            {"device_id": "dev", "seq": i, "batch_id": big, "record_id": r["id"], "code": 0}
            | {"reason": None if flag else blob}
            for i, (r, (_t, blob, flag, big, _f)) in enumerate(zip(records, data, strict=True))
        ]
        with Session(engine) as s, s.begin():
            s.execute(delete(Record))
            s.execute(delete(ChangeResult))
            insert_rows(s, Record.__table__, records)
            insert_rows(s, ChangeResult.__table__, results)
        with Session(engine) as s:
            got = {
                r.id: (r.team_id, r.doc, r.stamps, r.deleted, r.created_batch, r.updated_at)
                for r in s.scalars(select(Record))
            }
            reasons = {c.seq: c.reason for c in s.scalars(select(ChangeResult))}
        assert got == {
            r["id"]: (
                r["team_id"],
                r["doc"],
                r["stamps"],
                r["deleted"],
                r["created_batch"],
                r["updated_at"],
            )
            for r in records
        }
        assert reasons == {r["seq"]: r["reason"] for r in results}
    finally:
        engine.dispose()
