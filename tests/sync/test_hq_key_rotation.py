"""Rotating HQ's master key and a team's data key are commands that can be killed at any point
and run again: each `upfront-hq key rotate-...` below is SIGKILLed part-way (while it works,
and at a random moment), resumed, and then every record, conflict and file still reads as it
was, no value is left under a retired key, and no team key under the old master key."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from synchelp import enroll_in_process, incident, make_hq_dir, stop_process

from app.attachments import Attachments
from app.incidents import Incidents
from sync.hq import files, pull, rekey, roles, sealed
from sync.hq.database import make_engine
from sync.hq.keys import HQKeys
from sync.hq.models import Base, Batch, ChangeResult, LogEntry, StoredFile, TeamKey
from sync.hq.sealed import SPECS
from sync.hq.service import HQ
from sync.hq.vault import VaultError, kid_of, load_master

BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)


def enroll_local(hq: HQ, directory: Path, name: str, team: str | None):
    """A device enrolled without the network (synchelp.enroll_in_process)."""
    token = hq.create_token(team, analyst=team is None)
    store, client, _device_id = enroll_in_process(hq, directory, name, token)
    return store, Incidents(store), client


def open_hq(directory: Path, db_url: str) -> HQ:
    engine = make_engine(db_url)
    return HQ(engine, HQKeys.load(directory), rekey.open_vault(engine, directory, lambda: ""))


def held(hq: HQ, file_id: str) -> tuple:
    """Everything HQ holds sealed, opened: records, conflicts, a file's bytes and its name,
    the change log's values, refusal reasons, the batches as received."""
    with hq.session() as s:
        log = [pull.fields_of(hq, e) for e in s.scalars(select(LogEntry).order_by(LogEntry.id))]
        reasons = [
            sealed.open_reason(hq.vault, r.device_id, r.seq, r.reason)
            for r in s.scalars(select(ChangeResult))
        ]
        sent = [
            sealed.open_batch(hq.vault, b.device_id, b.digest, column, getattr(b, column))
            for b in s.scalars(select(Batch).order_by(Batch.id))
            for column in ("header", "ciphertext")
        ]
        meta = files.meta_of(hq, s.get(StoredFile, file_id))
    return hq.records(), hq.conflicts(), hq.file_bytes(file_id), meta, log, reasons, sent


def kids_in_use(hq: HQ) -> set[int]:
    """The team keys every sealed value in HQ's database names."""
    used: set[int] = set()
    with hq.engine.connect() as conn:
        for spec in SPECS:
            col = Base.metadata.tables[spec.table].c[spec.column]
            for (value,) in conn.execute(select(col).where(col.is_not(None))):
                kid = kid_of(bytes(value))
                assert kid is not None, f"{spec.table}.{spec.column} holds a value not sealed"
                used.add(kid)
    return used


def run_key(directory: Path, *argv: str, kill_when=None) -> int | None:
    """`upfront-hq key ...` in a child process. With `kill_when`, the child is SIGKILLed once
    `kill_when()` holds (then a random moment later), or at a random moment if it never
    does; None if it was killed before it ended."""
    errors = directory.parent / "key-command.err"
    with open(errors, "wb") as err:  # the child keeps its own copy
        proc = subprocess.Popen(
            [sys.executable, "-m", "sync.hq.cli", "--dir", str(directory), "key", *argv],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        if kill_when is None:
            proc.wait(timeout=120)
            assert proc.returncode == 0, errors.read_text()
            return 0
        deadline = time.monotonic() + random.uniform(1, 6)
        while proc.poll() is None and time.monotonic() < deadline:
            if kill_when():
                time.sleep(random.uniform(0, 0.05))
                break
            time.sleep(0.005)
        ended = proc.poll() is not None
        stop_process(proc, kill=True)
        return proc.returncode if ended else None
    finally:
        stop_process(proc, kill=True)


def populate(hq: HQ, tmp_path: Path, n: int = 25) -> str:
    hq.add_team("SYR")
    store, incidents, client = enroll_local(hq, tmp_path, "amina", "SYR")
    analyst = enroll_local(hq, tmp_path, "analyst", None)
    try:
        ids = [incidents.add(incident(title=f"Incident {i}")) for i in range(n)]
        meta = Attachments(store).add(ids[0], b"statement " * 5000, "statement.txt")
        assert client.sync().complete
        analyst[1].add(incident(title="Analyst's", location={"country": "LBN"}))  # no team
        assert analyst[2].sync().complete
        for i in ids[: n // 2]:
            incidents.edit(i, {"narrative": f"Edited {i}"})
        analyst[1].edit(ids[0], {"narrative": "The analyst's version"})  # a conflict
        assert client.sync().complete and analyst[2].sync().complete
        assert hq.conflicts()
        return meta["id"]
    finally:
        for s, _i, c in ((store, incidents, client), analyst):
            c.close()
            s.close()


@BOTH
def test_a_team_key_rotation_killed_anywhere_resumes(tmp_path, hq_db):
    directory = tmp_path / "hq"
    directory.mkdir()
    hq = make_hq_dir(directory, hq_db)
    try:
        file_id = populate(hq, tmp_path)
        before = held(hq, file_id)
        with hq.session() as s:
            old = {k.id for k in s.scalars(select(TeamKey).where(TeamKey.team == "SYR"))}
        assert old <= kids_in_use(hq)

        def started() -> bool:
            with hq.session() as s:
                keys = list(s.scalars(select(TeamKey).where(TeamKey.team == "SYR")))
                return len(keys) > 1

        outcomes = [
            run_key(directory, "rotate-team", "SYR", "--chunk", "1", kill_when=when)
            for when in (started, started, lambda: False)
        ]
        assert run_key(directory, "rotate-team", "SYR", "--chunk", "3") == 0
        assert None in outcomes  # at least one was killed before it ended

        fresh = open_hq(directory, hq_db)
        try:
            assert held(fresh, file_id) == before
            with fresh.session() as s:
                keys = list(s.scalars(select(TeamKey).where(TeamKey.team == "SYR")))
                current = {k.id for k in s.scalars(select(TeamKey))}
                events = [e["action"] for e in roles.events(s)]
            assert len(keys) == 1 and keys[0].retired_at is None and keys[0].version > 1
            assert kids_in_use(fresh) <= current and not old & kids_in_use(fresh)
            assert "team-key-rotated" in events
        finally:
            fresh.engine.dispose()
    finally:
        hq.engine.dispose()


@BOTH
def test_a_master_key_rotation_killed_anywhere_resumes(tmp_path, hq_db):
    directory = tmp_path / "hq"
    directory.mkdir()
    hq = make_hq_dir(directory, hq_db)
    try:
        file_id = populate(hq, tmp_path, n=5)
        before = held(hq, file_id)
        first = (directory / "master.key").read_bytes()
        old = load_master(directory / "master.key", lambda: "")

        def pending() -> bool:
            return (directory / "master.key.new").exists()

        outcomes = [
            run_key(directory, "rotate-master", kill_when=when)
            for when in (pending, pending, lambda: False)
        ]
        # a command run while a rotation waits to finish reads HQ all the same
        midway = open_hq(directory, hq_db)
        assert held(midway, file_id) == before
        midway.engine.dispose()
        assert run_key(directory, "rotate-master") == 0
        assert None in outcomes

        assert not (directory / "master.key.new").exists()
        assert (directory / "master.key").read_bytes() != first
        assert (directory / "master.key").stat().st_mode & 0o777 == 0o600
        new = load_master(directory / "master.key", lambda: "")
        fresh = open_hq(directory, hq_db)
        try:
            assert held(fresh, file_id) == before
            with fresh.session() as s:
                masters = set(s.scalars(select(TeamKey.master_kid)))
                details = [e["detail"] for e in roles.events(s) if "master" in e["action"]]
            assert masters == {new.kid} and old.kid not in masters
            assert details and all(set(x) == {"old", "new"} for x in details)
        finally:
            fresh.engine.dispose()
        # the old key file no longer opens this database
        (directory / "master.key").write_bytes(first)
        engine = make_engine(hq_db)
        try:
            with pytest.raises(VaultError, match="not the key HQ's database was sealed with"):
                rekey.open_vault(engine, directory, lambda: "")
        finally:
            engine.dispose()
    finally:
        hq.engine.dispose()
