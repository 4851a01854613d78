"""Sealing an older HQ's database is killed part-way and resumes: a database from before
encryption at rest (revision 0004, every value in the clear) is opened by `upfront-hq key
status` in a child process that is SIGKILLed at random points of the sealing (one row a
transaction), run again until it ends, and then every value reads back exactly as written,
each sealed once (opening it gives the value, not another sealed value), none lost, and no
marker of the content is left in a pg_dump, the SQLite file and its WAL, or HQ's log."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from importlib import resources
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.exc import OperationalError
from synchelp import incident, stop_process

from sync.hq import rekey
from sync.hq.database import make_engine, migrate
from sync.hq.keys import HQKeys
from sync.hq.models import Base, Unsealed
from sync.hq.sealed import SPECS
from sync.hq.vault import PLAIN, SEALED, kid_of
from tests.conftest import file_bytes

BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)
N = 90  # records; each brings 14 values to seal (enough for a watcher to catch it part-way)
JSON_COLUMNS = {("records", "doc"), ("records", "stamps"), ("changelog", "fields")}
JSON_COLUMNS |= {("conflicts", "kept"), ("conflicts", "other")}
BYTES_COLUMNS = {("batches", "header"), ("batches", "ciphertext"), ("file_chunks", "data")}


def _upgrade_to(engine, revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("sync.hq") / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def database_bytes(db_url: str) -> bytes:
    if db_url.startswith("postgresql"):
        return subprocess.run(["pg_dump", db_url], capture_output=True, check=True).stdout
    path = Path(db_url.removeprefix("sqlite:///"))
    return b"".join(
        file_bytes(p) for p in sorted(path.parent.iterdir()) if p.name.startswith(path.name)
    )


def holds(data: bytes, mark: str) -> bool:
    return mark.encode() in data or mark.encode().hex().encode() in data.lower()


def write_0004(engine, tag: str) -> dict[tuple, object]:
    """A 0004-era database: N records of team SYR with their change log (one entry of a
    deletion, no fields), conflicts, refusal reasons, batches (of devices HQ no longer lists:
    HQ-wide) and files of two chunks; every value holds `tag`. Returns what each sealed column
    of each row must read as: {(table, column, primary key): value}."""
    want: dict[tuple, object] = {}
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO teams VALUES ('SYR', 'SYR', 'Syria', 0)"))
        for i in range(N):
            rid, fid, dev = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
            doc = incident(title=f"{tag} title {i}", narrative=f"{tag} narrative {i} " * 20)
            stamps = {"title": [i + 1, dev], f"{tag}{i}": [1, dev]}
            conn.execute(
                text(
                    "INSERT INTO records (id, team_id, kind, doc, stamps, deleted,"
                    " confidentiality, created_by_device, created_batch, updated_at) VALUES"
                    " (:id, 'SYR', 'incident', :doc, :stamps, false, 'un', :dev, 1, 0)"
                ),
                {"id": rid, "doc": json.dumps(doc), "stamps": json.dumps(stamps), "dev": dev},
            )
            want[("records", "doc", (rid,))] = doc
            want[("records", "stamps", (rid,))] = stamps
            for n, fields in enumerate(({"narrative": f"{tag} log {i}"}, None)):
                log_id = 2 * i + n + 1
                conn.execute(
                    text(
                        "INSERT INTO changelog (id, record_id, team_id, kind, fields, deleted,"
                        " origin, hlc, batch_id) VALUES (:lid, :id, 'SYR', 'create', :f, :d,"
                        " :dev, :hlc, 1)"
                    ),
                    {
                        "lid": log_id,
                        "id": rid,
                        "f": None if fields is None else json.dumps(fields),
                        "d": fields is None,
                        "dev": dev,
                        "hlc": n + 1,
                    },
                )
                if fields is not None:
                    want[("changelog", "fields", (log_id,))] = fields
            kept, other = f"{tag} kept {i}", {"text": f"{tag} other {i}"}
            conn.execute(
                text(
                    "INSERT INTO conflicts (id, record_id, team_id, field, kept, other, kept_by,"
                    " other_by, kept_hlc, other_hlc, needs_merge, resolved, at) VALUES (:cid,"
                    " :id, 'SYR', 'narrative', :k, :o, 'a', 'b', 2, 1, true, false, 0)"
                ),
                {"cid": i + 1, "id": rid, "k": json.dumps(kept), "o": json.dumps(other)},
            )
            want[("conflicts", "kept", (i + 1,))] = kept
            want[("conflicts", "other", (i + 1,))] = other
            reason = f"status: {tag} refused {i}"
            conn.execute(
                text("INSERT INTO change_results VALUES (:dev, 2, 1, :id, 2, :reason)"),
                {"dev": dev, "id": rid, "reason": reason},
            )
            want[("change_results", "reason", (dev, 2))] = reason
            header, body = f"{tag} header {i}".encode(), f"{tag} body {i}".encode() * 30
            conn.execute(
                text(
                    "INSERT INTO batches (id, device_id, digest, seq_from, seq_to, prev, kind,"
                    " header, ciphertext, signature, session_kid, received_at) VALUES (:bid,"
                    " :dev, :d, 1, 2, :d, 'sync', :h, :c, :d, :k, 0)"
                ),
                {
                    "bid": i + 1,
                    "dev": dev,
                    "d": os.urandom(32),
                    "h": header,
                    "c": body,
                    "k": b"\2" * 8,
                },
            )
            want[("batches", "header", (i + 1,))] = header
            want[("batches", "ciphertext", (i + 1,))] = body
            meta = {
                "filename": f"{tag} file {i}.txt",
                "media_type": "text/plain",
                "captured_by": f"{tag} author {i}",
                "captured_at": "2026-10-03",
            }
            conn.execute(
                text(
                    "INSERT INTO files VALUES (:fid, :id, 'SYR', :filename, :media_type, 10,"
                    " :sha, :captured_by, :captured_at, 10, true, :dev)"
                ),
                {"fid": fid, "id": rid, "sha": "0" * 64, "dev": dev, **meta},
            )
            for name, value in meta.items():
                want[("files", name, (fid,))] = value
            for offset in (0, 4096):
                data = f"{tag} content {i} at {offset} ".encode() * 40
                conn.execute(
                    text("INSERT INTO file_chunks VALUES (:fid, :o, :data)"),
                    {"fid": fid, "o": offset, "data": data},
                )
                want[("file_chunks", "data", (fid, offset))] = data
    return want


def read_back(vault, engine) -> dict[tuple, object]:
    """Every value of every sealed column, opened (a value sealed twice would open to a
    sealed value, not to what was written)."""
    got: dict[tuple, object] = {}
    with engine.connect() as conn:
        for spec in SPECS:
            t = Base.metadata.tables[spec.table]
            names = list(dict.fromkeys([*spec.pk, *spec.binds]))
            col = t.c[spec.column]
            q = select(*(t.c[n] for n in names), col.label("value")).where(col.is_not(None))
            for row in conn.execute(q).mappings():
                blob = bytes(row["value"])
                assert blob[0] == SEALED and kid_of(blob) is not None, (spec.table, spec.column)
                plain = vault.open(blob, spec.aad(row))
                key = (spec.table, spec.column, tuple(row[k] for k in spec.pk))
                assert key not in got
                if (spec.table, spec.column) in JSON_COLUMNS:
                    got[key] = json.loads(plain)
                elif (spec.table, spec.column) in BYTES_COLUMNS:
                    got[key] = plain
                else:
                    got[key] = plain.decode()
    return got


def sealed_so_far(engine) -> int:
    with engine.connect() as conn:
        return sum(
            conn.execute(
                select(func.count()).where(func.substr(col, 1, 1) == bytes([SEALED]))
            ).scalar_one()
            for spec in SPECS
            for col in [Base.metadata.tables[spec.table].c[spec.column]]
        )


def open_in_child(directory: Path, watch, kill_at: int | None, delay: float = 0) -> int | None:
    """`upfront-hq key status` (it opens the vault, so seals), one row a transaction. With
    `kill_at`, SIGKILLed once that many values are sealed and `delay` seconds have passed (or
    at once if the child gets to its end first); the exit code, or None if it was killed
    before it ended."""
    errors = directory.parent / "key-status.err"
    env = {**os.environ, rekey.ENV_SEAL_CHUNK: "1"}
    with open(errors, "ab") as err:  # the child keeps its own copy
        proc = subprocess.Popen(
            [sys.executable, "-m", "sync.hq.cli", "--dir", str(directory), "key", "status"],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=env,
        )
    try:
        if kill_at is None:
            proc.wait(timeout=300)
            assert proc.returncode == 0, errors.read_text()
            return 0
        start = time.monotonic()
        while proc.poll() is None and time.monotonic() < start + 300:
            sealed = watch()
            # past the point, killed at once: a start-up quicker than `delay` is killed as
            # the first value is sealed, not left to seal everything
            if sealed > kill_at or (sealed == kill_at and time.monotonic() >= start + delay):
                time.sleep(random.uniform(0, 0.02))
                break
            time.sleep(0.002)
        ended = proc.poll() is not None
        stop_process(proc, kill=True)
        assert not ended or proc.returncode == 0, errors.read_text()
        return proc.returncode if ended else None
    finally:
        stop_process(proc, kill=True)


@BOTH
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sealing_an_older_database_killed_anywhere_resumes(tmp_path, hq_db, seed):
    rng = random.Random(seed)
    random.seed(seed)
    tag = f"MkUpgrade{uuid.uuid4().hex[:8]}"
    directory = tmp_path / "hq"
    directory.mkdir(exist_ok=True)
    keys = HQKeys.create()
    keys.save(directory)
    (directory / "hq.json").write_text(json.dumps({"db": hq_db}))
    engine = make_engine(hq_db)
    try:
        _upgrade_to(engine, "0004")
        want = write_0004(engine, tag)
        migrate(engine)  # 0005: every value marked as not sealed yet
        assert holds(database_bytes(hq_db), tag)
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(Unsealed)).scalar_one() > 1
        total = len(want)
        assert sealed_so_far(engine) == 0

        # kill points: at a random moment while it starts (the master key and team keys
        # made), after the first value, twice in the middle, before the last one and after
        # it (while the space is wiped)
        points = [0, 1, *sorted(rng.sample(range(2, total - 1), 2)), total - 1, total]
        outcomes, seen = [], []
        # the watcher only reads: HQ's SQLite engine begins every transaction IMMEDIATE, and
        # a watcher queued for the write lock behind the child saw nothing until it was done;
        # a watcher waiting in SQLite's busy handler (its sleeps grow to 100 ms) between the
        # child's one-row commits could see nothing until the child was done: it does not
        # wait, it looks again (-1: locked at that instant)
        watcher = (
            create_engine(hq_db, connect_args={"timeout": 0.001})
            if hq_db.startswith("sqlite")
            else engine
        )

        def look() -> int:
            try:
                return sealed_so_far(watcher)
            except OperationalError:
                return -1

        for at in points:
            delay = rng.uniform(0.2, 1.5) if at == 0 else 0
            outcomes.append(open_in_child(directory, look, at, delay))
            seen.append(sealed_so_far(watcher))
        assert any(0 < n < total for n in seen), seen  # killed part-way, not only at the ends
        watcher.dispose()
        engine.dispose()
        assert None in outcomes  # at least one was killed before it ended
        assert open_in_child(directory, lambda: 0, None) == 0
        engine.dispose()

        vault = rekey.open_vault(engine, directory, lambda: "")
        with engine.connect() as conn:
            assert conn.execute(select(Unsealed.table_name)).first() is None
        assert read_back(vault, engine) == want
        with engine.connect() as conn:  # nothing left marked as not sealed
            for spec in SPECS:
                col = Base.metadata.tables[spec.table].c[spec.column]
                left = conn.execute(
                    select(func.count()).where(func.substr(col, 1, 1) == bytes([PLAIN]))
                ).scalar_one()
                assert left == 0, (spec.table, spec.column)
        engine.dispose()
        assert not holds(database_bytes(hq_db), tag)
        for p in directory.iterdir():
            if p.is_file():
                assert not holds(file_bytes(p), tag), p.name
        assert not holds((tmp_path / "key-status.err").read_bytes(), tag)
    finally:
        engine.dispose()


def test_the_space_is_wiped_again_when_a_reader_held_it(tmp_path, caplog):
    """An SQLite reader of the state before sealing (another HQ process) keeps the WAL from
    being written back: the database file still holds the old values in the clear, so the
    wipe stays to do, and is done the next time HQ opens the database."""
    tag = f"MkBusy{uuid.uuid4().hex[:8]}"
    directory = tmp_path / "hq"
    directory.mkdir()
    url = f"sqlite:///{directory / 'hq.db'}"
    engine = make_engine(url)

    @event.listens_for(engine, "connect")
    def _short_wait(conn, _rec):  # HQ waits 30 s for a reader; this test does not
        conn.execute("PRAGMA busy_timeout = 200")

    try:
        _upgrade_to(engine, "0004")
        want = write_0004(engine, tag)
        migrate(engine)
        reader = sqlite3.connect(directory / "hq.db", timeout=0.1)
        try:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM records").fetchall()
            rekey.open_vault(engine, directory, lambda: "")
            with engine.connect() as conn:
                assert conn.execute(select(Unsealed.table_name)).all() == [("vacuum",)]
            assert "not wiped yet" in caplog.text
        finally:
            reader.close()
        vault = rekey.open_vault(engine, directory, lambda: "")
        with engine.connect() as conn:
            assert conn.execute(select(Unsealed.table_name)).first() is None
        assert read_back(vault, engine) == want
        # HQ still open: its connection keeps the WAL, which the wipe emptied
        assert not holds(database_bytes(url), tag)
    finally:
        engine.dispose()


def test_a_master_key_made_under_a_permissive_umask_is_private(tmp_path, monkeypatch):
    """The master key file (made by `init`, by HQ opening a database with no key, and by a
    rotation) is readable by HQ's account only whatever the umask; the passphrase that
    protects one is in no file HQ writes, nor in its log."""
    from sync.hq import cli as hq_cli

    passphrase = f"a long passphrase {uuid.uuid4().hex}"
    old = os.umask(0)
    try:
        monkeypatch.setenv("UPFRONT_HQ_MASTER_PASSPHRASE", passphrase)
        directory = tmp_path / "hq"
        assert hq_cli.main(["--dir", str(directory), "init", "--master-passphrase"]) == 0
        key = directory / "master.key"
        assert key.stat().st_mode & 0o777 == 0o600
        assert hq_cli.main(["--dir", str(directory), "team", "add", "SYR"]) == 0
        assert hq_cli.main(["--dir", str(directory), "key", "rotate-master"]) == 0
        assert key.stat().st_mode & 0o777 == 0o600
        monkeypatch.delenv("UPFRONT_HQ_MASTER_PASSPHRASE")
        other = tmp_path / "other"
        other.mkdir()
        engine = make_engine(f"sqlite:///{other / 'hq.db'}")
        try:
            migrate(engine)
            rekey.open_vault(engine, other, lambda: "")
        finally:
            engine.dispose()
        assert (other / "master.key").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
    for p in directory.rglob("*"):
        if p.is_file():
            assert passphrase.encode() not in file_bytes(p), p.name
    assert "rotated" in (directory / "upfront-hq.log").read_text()


def test_a_key_file_is_never_replaced(tmp_path):
    """Two HQ processes making the master key at once: the second one's file must not
    replace the first one's (the database's team keys may be wrapped with it already)."""
    from sync.hq.vault import FileMasterKey, load_master

    path = tmp_path / "master.key"
    first = FileMasterKey.create(path)
    with pytest.raises(FileExistsError):
        FileMasterKey.create(path)
    assert load_master(path, lambda: "").kid == first.kid
    assert [p.name for p in tmp_path.iterdir()] == ["master.key"]  # no temporary file left


@pytest.mark.parametrize("hq_db", ["sqlite"], indirect=True)
def test_hq_processes_opening_a_database_at_once_share_one_master_key(tmp_path, hq_db):
    """Two commands open an older database at the same moment (a race for making the master
    key and the team keys); afterwards the key file opens every team key and value."""
    for round_ in range(3):
        directory = tmp_path / f"hq{round_}"
        directory.mkdir()
        HQKeys.create().save(directory)
        url = f"sqlite:///{directory / 'hq.db'}"
        (directory / "hq.json").write_text(json.dumps({"db": url}))
        engine = make_engine(url)
        try:
            _upgrade_to(engine, "0004")
            want = write_0004(engine, "MkRace")
            migrate(engine)
        finally:
            engine.dispose()
        command_ = [sys.executable, "-m", "sync.hq.cli", "--dir", str(directory), "key", "status"]
        procs = [
            subprocess.Popen(command_, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(2)
        ]
        try:
            for p in procs:
                p.wait(timeout=120)
        finally:
            for p in procs:
                stop_process(p, kill=True)
        engine = make_engine(url)
        try:
            vault = rekey.open_vault(engine, directory, lambda: "")
            assert read_back(vault, engine) == want
        finally:
            engine.dispose()
