"""One bad change in a batch is refused on its own: HQ applies the rest of the batch, answers
that change as rejected with a reason naming the field, the device moves it to its quarantine
and never sends it again. Nothing in a change (another team's record, a value HQ's database
cannot hold, an unknown kind, a field or operation HQ does not know) refuses the whole batch,
which the device would otherwise resend forever.

Over real TLS to a real `upfront-hq serve` on PostgreSQL and on the embedded SQLite; the
property test drives `HQ.push` in-process against the same two databases."""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from synchelp import fresh_pg_database, incident, make_hq_dir

from app import outbox
from app.hlc import pack, wall_ms
from app.models import OutboxEntry
from app.outbox import Outbox
from app.schema.revision import schema_number
from app.situations import Situations
from sync import device as d
from sync import pki
from sync import protocol as p
from sync.hq.models import Batch, Device, LogEntry
from sync.hq.service import HQ

BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)


def outbox_states(dev) -> dict[int, tuple[str, str | None]]:
    with dev.store.session() as s:
        return {
            e.seq: (e.state, e.reason)
            for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        }


def craft(dev, write) -> None:
    """Write outbox entries by hand, as a device with a bug (or a store moved to another
    team) would hold them: `write(Outbox)` in one transaction."""
    with dev.store.transaction() as s:
        write(Outbox(s, schema_number()))


def batches(hq: HQ) -> int:
    with hq.session() as s:
        return int(s.scalar(select(func.count()).select_from(Batch)))


@BOTH
def test_a_change_to_another_teams_record_is_quarantined_and_the_rest_applies(
    make_device, running_hq
):
    hq = running_hq.hq
    syr, yem = make_device("amina"), make_device("yemen-officer", "YEM")
    rid = syr.incidents.add(incident())
    sit = Situations(syr.store)
    sid = sit.add({"name": "Rif Dimashq", "country": "SYR", "status": "concern"})
    sit.assess(
        sid,
        {
            "assessed_on": "2026-10-01",
            "factors": [{"factor": "rf01_armed_conflict", "level": "high"}],
        },
    )
    with syr.store.session() as s:  # an assessment's fields as they travel, to copy below
        assessment = next(
            dict(e.fields)
            for e in s.scalars(select(OutboxEntry))
            if (e.fields or {}).get("kind") == "assessment"
        )
    assert syr.sync().complete
    syr_before = {k: hq.records(kind=k) for k in ("incident", "situation", "assessment")}

    first = yem.incidents.add(incident(location={"country": "YEM"}, title="Yemen one"))
    craft(yem, lambda o: o.updated(rid, [("title", incident()["title"], "Rewritten by YEM")]))
    craft(yem, lambda o: o.deleted(rid))
    craft(
        yem,
        lambda o: o.attached(
            rid,
            {
                "id": str(uuid.uuid4()),
                "filename": "x.jpg",
                "media_type": "image/jpeg",
                "size": 0,
                "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "captured_by": "yemen-officer",
                "captured_at": "2026-10-03T10:00:00Z",
            },
        ),
    )
    craft(yem, lambda o: o.created({str(uuid.uuid4()): {**assessment, "version": 2}}))
    second = yem.incidents.add(incident(location={"country": "YEM"}, title="Yemen two"))

    result = yem.sync()
    assert result.complete and result.rejected == 4 and result.pending == 0
    states = outbox_states(yem)
    assert [states[seq][0] for seq in sorted(states)] == [
        outbox.APPLIED,
        outbox.REJECTED,
        outbox.REJECTED,
        outbox.REJECTED,
        outbox.REJECTED,
        outbox.APPLIED,
    ]
    reasons = [states[seq][1] for seq in (2, 3, 4, 5)]
    assert [r.split(":")[0] for r in reasons] == ["id", "id", "id", "situation_id"]
    assert all("another team" in r for r in reasons)
    assert all("Rewritten" not in r and "Rif" not in r for r in reasons)  # no content
    with yem.store.session() as s:
        assert [e.seq for e in outbox.quarantined(s)] == [2, 3, 4, 5]

    # HQ took the two legitimate records and left team SYR's exactly as they were
    assert set(hq.records("YEM")) == {first, second}
    assert {k: hq.records(kind=k) for k in ("incident", "situation", "assessment")} == {
        "incident": {**syr_before["incident"], **hq.records("YEM")},
        "situation": syr_before["situation"],
        "assessment": syr_before["assessment"],
    }
    assert hq.record_status(rid)["files"] == []
    with hq.session() as s:  # nothing of SYR's record was logged for YEM's device to pull
        assert (
            s.scalar(
                select(func.count())
                .select_from(LogEntry)
                .where(LogEntry.record_id == rid, LogEntry.team_id != "SYR")
            )
            == 0
        )

    # the next sync sends nothing again; the quarantine stays as it was
    sent = batches(hq)
    again = yem.sync()
    assert again.complete and again.pushed == 0 and batches(hq) == sent
    assert outbox_states(yem) == states
    assert rid not in {row["id"] for row in yem.incidents.list()}
    assert syr.sync().complete
    assert syr.incidents.get(rid)["title"] == incident()["title"]
    assert yem.client.state().device_id in {x["id"] for x in hq.devices()}


@BOTH
def test_values_hqs_database_cannot_hold_are_refused_per_change(make_device, running_hq):
    """PostgreSQL's text columns refuse NUL characters and its bigint a size past 2**63: such
    an attachment description once failed the batch's transaction (a 500, and the traceback
    with the values in HQ's log)."""
    hq = running_hq.hq
    dev = make_device("amina")
    rid = dev.incidents.add(incident())
    assert dev.sync().complete
    good = {
        "filename": "x.jpg",
        "media_type": "image/jpeg",
        "size": 0,
        "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "captured_by": "amina",
        "captured_at": "2026-10-03T10:00:00Z",
    }
    bad = [
        ("filename", "a\x00b"),
        ("media_type", "image/\x00"),
        ("captured_by", "\x00"),
        ("captured_at", "2026\x00"),
        ("sha256", "\x00" * 64),
        ("size", 2**63),
        ("size", -1),
        ("size", 1.5),
        ("size", True),
        ("sha256", "g" * 64),
    ]
    for name, value in bad:
        craft(
            dev, lambda o, n=name, v=value: o.attached(rid, {**good, "id": str(uuid.uuid4()), n: v})
        )
    kept = str(uuid.uuid4())
    craft(dev, lambda o: o.attached(rid, {**good, "id": kept}))
    result = dev.sync()
    assert result.complete and result.rejected == len(bad)
    states = outbox_states(dev)
    reasons = [states[seq][1] for seq in sorted(states)][1:-1]
    assert [r.split(":")[0] for r in reasons] == [f"attachment.{n}" for n, _ in bad]
    assert all("\x00" not in r for r in reasons)
    assert [f["id"] for f in hq.record_status(rid)["files"]] == [kept]


# ---- the property: whatever one change holds, the others apply ----------------------------
@contextlib.contextmanager
def local_hq(kind: str) -> Iterator[HQ]:
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        url = (
            stack.enter_context(fresh_pg_database())
            if kind == "postgresql"
            else f"sqlite:///{Path(tmp) / 'hq.db'}"
        )
        hq = make_hq_dir(Path(tmp), url)
        try:
            yield hq
        finally:
            hq.engine.dispose()


def enroll_here(hq: HQ, team: str | None) -> str:
    token = hq.create_token(team, analyst=team is None)
    csr = pki.make_csr(pki.new_tls_key()).decode()
    signer = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()
    return hq.enroll(token, csr, signer, "fuzz")["device_id"]


def as_paths(doc: dict) -> dict:
    out = {k: v for k, v in doc.items() if k != "location"}
    out.update({f"location.{k}": v for k, v in doc["location"].items()})
    return out


class Pusher:
    def __init__(self, hq: HQ, device_id: str) -> None:
        self.hq, self.device_id = hq, device_id

    def push(self, changes: list[p.Change]):
        with self.hq.session() as s:
            dev = s.get(Device, self.device_id)
            thru, head = dev.applied_through, dev.head
        for i, c in enumerate(changes):
            c.seq = thru + 1 + i
        return self.hq.push(self.device_id, thru + 1, thru + len(changes), head, changes)


def change(record_id: str, op: str, fields: dict) -> p.Change:
    return p.Change(0, record_id, op, pack(wall_ms(), 0), fields, {})


LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(
        [
            "SYR",
            "YEM",
            "killing",
            "2026-10-03",
            "situation",
            "assessment",
            "\x00",
            "a" * 64,
            "image/jpeg",
        ]
    ),
)
KEYS = st.sampled_from(
    [
        "id",
        "size",
        "sha256",
        "filename",
        "media_type",
        "captured_by",
        "captured_at",
        "type",
        "country",
        "name",
        "\x00",
        "k" * 500,
    ]
)
VALUES = st.recursive(
    LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=6),
    max_leaves=10,
)
PATHS = st.sampled_from(p.FIELDS) | st.sampled_from(
    ["kind", "attachment", "location.country", "situation_id", "country", "title", "version"]
)


@pytest.mark.parametrize("db", ["postgresql", "sqlite"])
def test_no_single_change_refuses_its_batch(db):
    with local_hq(db) as hq:
        hq.add_team("SYR")
        hq.add_team("YEM")
        syr, yem = Pusher(hq, enroll_here(hq, "SYR")), Pusher(hq, enroll_here(hq, "YEM"))
        analyst = Pusher(hq, enroll_here(hq, None))
        theirs = str(uuid.uuid4())
        situation = str(uuid.uuid4())
        assert (
            syr.push(
                [
                    change(theirs, "create", as_paths(incident())),
                    change(
                        situation, "create", {"kind": "situation", "name": "S", "country": "SYR"}
                    ),
                ]
            ).results
            == []
        )
        targets = [theirs, situation, None]

        @settings(
            max_examples=int(os.environ.get("UPFRONT_FUZZ_EXAMPLES", 150)),
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @example(yem, "create", None, {"kind": ["situation"]})
        @example(analyst, "create", None, {"kind": {"x": 1}})
        @example(yem, "update", theirs, {"title": "Taken over"})
        @example(
            yem,
            "create",
            None,
            {
                "kind": "assessment",
                "situation_id": situation,
                "version": 1,
                "assessed_on": "2026-10-01",
            },
        )
        @example(
            analyst,
            "attach",
            theirs,
            {
                "attachment": {
                    "id": str(uuid.uuid4()),
                    "filename": "\x00",
                    "media_type": "x",
                    "size": 2**63,
                    "sha256": "a" * 64,
                    "captured_by": "x",
                    "captured_at": "x",
                }
            },
        )
        @example(yem, "create", None, {"victims": [{"\x00" * 400: 1}]})
        @given(
            st.sampled_from([yem, analyst]),
            st.sampled_from(list(p.Op)),
            st.sampled_from(targets),
            st.dictionaries(PATHS, VALUES, max_size=4),
        )
        def one_bad_change(pusher, op, target, fields):
            before = hq.records(kind="incident"), hq.records(kind="situation")
            mine = [str(uuid.uuid4()), str(uuid.uuid4())]
            own = as_paths(incident(location={"country": "YEM"}, title="Own"))
            pushed = pusher.push(
                [
                    change(mine[0], "create", own),
                    change(target or str(uuid.uuid4()), op, fields),
                    change(mine[1], "create", own),
                ]
            )
            assert [r[0] for r in pushed.results] in ([], [pushed.thru - 1])
            for _seq, code, reason in pushed.results:
                assert code == p.REJECTED and reason.split(":")[0]
            held = hq.records(kind="incident")
            assert set(mine) <= set(held)
            if pusher is yem:  # another team's records never change
                assert held.get(theirs) == before[0].get(theirs)
                assert hq.records(kind="situation") == before[1]

        one_bad_change()


TRIGGERS = {
    # a real refusal by the database, of a value no check of HQ's foresaw (values are sealed
    # at HQ: the database sees only their size, so the refused ones are the long ones)
    "postgresql": [
        """CREATE FUNCTION refuse_marked() RETURNS trigger AS $$ BEGIN
                        IF length(NEW.fields) > 8000 THEN
                          RAISE EXCEPTION 'refused' USING ERRCODE = '22023'; END IF;
                        RETURN NEW; END $$ LANGUAGE plpgsql""",
        """CREATE TRIGGER refuse_marked BEFORE INSERT ON changelog FOR EACH ROW
                        EXECUTE FUNCTION refuse_marked()""",
    ],
    "sqlite": [
        """CREATE TRIGGER refuse_marked BEFORE INSERT ON changelog
                    WHEN length(NEW.fields) > 8000
                    BEGIN SELECT RAISE(ABORT, 'refused'); END"""
    ],
}


@pytest.mark.parametrize("db", ["postgresql", "sqlite"])
def test_a_change_the_database_refuses_is_refused_alone(db, caplog):
    """The safety net under the checks: when the batch's transaction fails, HQ applies its
    changes once more, each in a savepoint, and refuses the one at fault. Its log names the
    device, the change and the kind of error, never the values."""
    with local_hq(db) as hq:
        hq.add_team("SYR")
        syr = Pusher(hq, enroll_here(hq, "SYR"))
        edited, other = str(uuid.uuid4()), str(uuid.uuid4())
        assert syr.push([change(edited, "create", as_paths(incident()))]).results == []
        with hq.engine.begin() as conn:
            for statement in TRIGGERS[db]:
                conn.execute(text(statement))
        pushed = syr.push(
            [
                change(other, "create", as_paths(incident(title="Kept"))),
                change(
                    edited,
                    "update",
                    {"title": "refuse-me", "status": "draft", "narrative": "refuse-me " * 1000},
                ),
                change(
                    str(uuid.uuid4()),
                    "create",
                    as_paths(incident(title="refuse-me too", narrative="refuse-me " * 1000)),
                ),
                change(edited, "update", {"narrative": "Later edit"}),
            ]
        )
        assert [(seq, code) for seq, code, _ in pushed.results] == [
            (3, p.REJECTED),
            (4, p.REJECTED),
        ]
        assert all(
            r.startswith("change: HQ could not take this change") for _, _, r in pushed.results
        )
        held = hq.records()
        assert set(held) == {edited, other}
        assert held[edited]["title"] == incident()["title"]  # the refused edit left nothing
        assert held[edited]["status"] == incident()["status"]
        assert held[edited]["narrative"] == "Later edit"
        assert pushed.thru == 5
        again = syr.push([change(other, "update", {"status": "draft"})])
        assert again.results == [] and hq.records()[other]["status"] == "draft"
        logged = caplog.text
        assert "refuse-me" not in logged and "Kept" not in logged
        assert "change 3: " in logged and "Error at " in logged


@BOTH
def test_a_change_hq_cannot_read_is_refused_alone(make_device, running_hq):
    """A field or operation HQ does not know (a newer device, a bug), a bad clock or base:
    that change is refused with the reason, the others in the batch apply. (The whole batch
    was refused as malformed, 400, and resent forever.)"""
    dev = make_device("amina")
    first, last = dev.incidents.add(incident()), dev.incidents.add(incident(title="Two"))
    state = dev.client.state()
    with dev.store.transaction() as s:
        good = [p.unpackb(p.decompress(p.encode_changes([c])))[0] for c in d.next_batch(s, 0, 10)]
        key, _ = d.session_key(s, state, fresh=True)
    unknown_field = [good[0][0], 1, good[0][2], {len(p.FIELDS) + 40: "x"}]
    unknown_op = [good[0][0], len(p.Op), good[0][2]]
    bad_clock = [good[0][0], 1, -5, {p.FIELD_CODE["title"]: "x"}]
    bad_base = [
        good[0][0],
        1,
        good[0][2],
        {p.FIELD_CODE["title"]: "x"},
        {p.FIELD_CODE["title"]: b"short"},
    ]
    not_maps = [good[0][0], 1, good[0][2], ["title"]]
    rows = [good[0], unknown_field, unknown_op, bad_clock, bad_base, not_maps, good[1]]
    header = p.Header(
        device=state.device_id,
        seq_from=1,
        seq_to=len(rows),
        prev=p.GENESIS,
        schema=state.schema,
        device_kid=state.device_kid,
        hq_kid=state.hq_kid,
        session_kid=key.kid,
        nonce=os.urandom(12),
        time_ms=wall_ms(),
    )
    env = p.seal_request(header, p.compress(p.packb(rows)), key, state.signer, include_key=True)
    status, data = dev.client._post(state, env.pack())
    assert status == 200, data
    answer = p.open_response(data, key.key, env.digest)
    assert [(r[0], r[1], r[2].split(":")[0]) for r in answer["res"]] == [
        (2, p.REJECTED, "fields"),
        (3, p.REJECTED, "op"),
        (4, p.REJECTED, "hlc"),
        (5, p.REJECTED, "bases"),
        (6, p.REJECTED, "fields"),
    ]
    assert answer["thru"] == len(rows)
    assert set(running_hq.hq.records()) == {first, last}
    assert running_hq.hq.records()[first]["title"] == incident()["title"]
