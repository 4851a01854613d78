"""HQ's database alone yields nothing: record content is sealed with team keys wrapped by a
master key kept outside the database. A `pg_dump` of a populated HQ, or its SQLite file and
WAL, holds no narrative, name or place (the same scan finds them where they are in the clear);
a value moved to another row does not open; HQ refuses a missing, wrong or exposed master key;
a database an older HQ wrote in the clear is sealed when HQ opens it, nothing left behind."""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text, update
from synchelp import (
    FAST_KDF,
    PASSPHRASE,
    free_port,
    incident,
    make_hq_dir,
    start_server,
    stop_process,
)

from app.attachments import Attachments
from app.incidents import Incidents
from app.outbox import Outbox
from app.schema.revision import schema_number
from app.store import Store
from sync import pki
from sync.client import SyncClient, enroll
from sync.hq import cli as hq_cli
from sync.hq import files, ingest, rekey
from sync.hq.database import make_engine, migrate
from sync.hq.keys import HQKeys
from sync.hq.models import Conflict, Record, StoredFile, TeamKey, Unsealed
from sync.hq.service import HQ
from sync.hq.vault import PassphraseMasterKey, VaultError, key_id, kid_of
from tests.conftest import file_bytes

BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)


def markers() -> dict[str, str]:
    tag = uuid.uuid4().hex[:8]
    names = (
        "title narrative victim place admin1 admin2 filename captured content conflicta "
        "conflictb refused"
    ).split()
    return {n: f"Mk{n.capitalize()}{tag}" for n in names} | {"control": f"Team{tag}"}


def found(data: bytes, marks: dict[str, str]) -> list[str]:
    """Which markers `data` holds, as text or as the hex pg_dump writes bytea in."""
    return sorted(
        name
        for name, m in marks.items()
        if m.encode() in data or m.encode().hex().encode() in data.lower()
    )


def database_bytes(db_url: str) -> bytes:
    """What a thief of HQ's database gets: pg_dump's output, or the SQLite file and its WAL."""
    if db_url.startswith("postgresql"):
        return subprocess.run(["pg_dump", db_url], capture_output=True, check=True).stdout
    path = Path(db_url.removeprefix("sqlite:///"))
    return b"".join(
        file_bytes(p) for p in sorted(path.parent.iterdir()) if p.name.startswith(path.name)
    )


def craft(dev, write) -> None:
    """Outbox entries written by hand (a value the device's own checks would stop)."""
    with dev.store.transaction() as s:
        write(Outbox(s, schema_number()))


def populate(make_device, running_hq, m: dict[str, str]) -> tuple[str, str]:
    """Two devices: an incident with the markers in its title, narrative, a victim's name and
    its place names; an attachment whose name, author and bytes are markers; a narrative
    edited on both sides (a conflict); a change HQ refuses whose value is a marker."""
    running_hq.hq.add_team("SYR", m["control"])  # a team's name stays in the clear
    a, b = make_device("amina"), make_device("bilal")
    victim = {**incident()["victims"][0], "name": m["victim"]}
    rid = a.incidents.add(
        incident(
            title=m["title"],
            narrative=m["narrative"],
            victims=[victim],
            location={
                "country": "SYR",
                "admin1": m["admin1"],
                "admin2": m["admin2"],
                "not_in_gazetteer": True,  # markers, kept as typed
                "place": m["place"],
            },
        )
    )
    meta = Attachments(a.store).add(
        rid,
        f"statement: {m['content']}".encode() * 50,
        f"{m['filename']}.txt",
        captured_by=m["captured"],
    )
    assert a.sync().complete and b.sync().complete
    a.incidents.edit(rid, {"narrative": m["conflicta"]})
    b.incidents.edit(rid, {"narrative": m["conflictb"]})
    assert a.sync().complete and b.sync().complete and a.sync().complete
    craft(b, lambda o: o.updated(rid, [("status", "submitted", m["refused"])]))
    result = b.sync()
    assert result.complete and result.rejected == 1
    return rid, meta["id"]


@BOTH
def test_a_copy_of_hqs_database_holds_no_narrative_name_or_place(make_device, running_hq, hq_db):
    m = markers()
    rid, file_id = populate(make_device, running_hq, m)
    hq = running_hq.hq
    # what HQ itself reads holds every marker: the scan below is looking for real content
    held = json.dumps(
        [hq.records(), hq.conflicts(), hq.trace(rid)], ensure_ascii=False
    ).encode() + hq.file_bytes(file_id)
    with hq.session() as s:
        held += json.dumps(files.meta_of(hq, s.get(StoredFile, file_id))).encode()
    # (the first narrative was edited away, the refused value never taken)
    assert found(held, m) == sorted(set(m) - {"refused", "narrative", "control"})
    assert hq.conflicts()[0]["field"] == "narrative"
    # the refused value stayed on the device (its quarantine), with HQ's answer
    with hq.session() as s:
        reasons = [r.reason for r in ingest.answers(hq, s, _device(hq, "bilal"), 1, 99)]
    assert reasons[-1].startswith("status: unknown status code")

    running_hq.stop()  # the server's last writes are in the files
    dump = database_bytes(hq_db)
    # the scan finds what is in the clear (a team's name), and only that: not even the
    # narrative written first
    assert found(dump, m) == ["control"]
    if hq_db.startswith("sqlite"):
        assert _pragma(hq, "secure_delete") == 1


def _device(hq: HQ, name: str) -> str:
    return next(d["id"] for d in hq.devices() if d["name"] == name)


def _pragma(hq: HQ, name: str) -> int:
    with hq.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"PRAGMA {name}").scalar())


@pytest.mark.parametrize("hq_db", ["sqlite"], indirect=True)
def test_a_value_moved_to_another_row_does_not_open(make_device, running_hq):
    hq = running_hq.hq
    a = make_device("amina")
    one, two = a.incidents.add(incident()), a.incidents.add(incident(title="Other"))
    a.incidents.edit(one, {"narrative": "Edited once"})
    assert a.sync().complete
    assert len(hq.records()) == 2
    with hq.session() as s, s.begin():
        docs = {r.id: r.doc for r in s.scalars(select(Record))}
        s.execute(update(Record).where(Record.id == one).values(doc=docs[two]))
    with pytest.raises(VaultError, match="changed or moved from another row"):
        hq.records()
    with hq.session() as s, s.begin():  # back as it was: it opens again
        s.execute(update(Record).where(Record.id == one).values(doc=docs[one]))
    assert hq.records()[one]["narrative"] == "Edited once"


# ---- the master key -----------------------------------------------------------------------
def _run(capsys, directory: Path, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = hq_cli.main(["--dir", str(directory), *argv])
    return code, capsys.readouterr().err


def test_hq_refuses_a_missing_wrong_or_exposed_master_key(tmp_path, capsys):
    directory = tmp_path / "hq"
    assert _run(capsys, directory, "init")[0] == 0
    key = directory / "master.key"
    assert (key.stat().st_mode & 0o777) == 0o600
    assert _run(capsys, directory, "team", "add", "SYR")[0] == 0
    assert _run(capsys, directory, "key", "status")[0] == 0

    key.chmod(0o644)
    code, err = _run(capsys, directory, "team", "list")
    assert code == 1 and "can be read or changed by other accounts" in err and "chmod 600" in err
    key.chmod(0o600)

    saved = key.read_bytes()
    key.unlink()
    code, err = _run(capsys, directory, "team", "list")
    assert code == 1 and "master key file" in err and "is missing" in err

    other = tmp_path / "other"
    assert _run(capsys, other, "init")[0] == 0
    os.replace(other / "master.key", key)  # another HQ's key
    code, err = _run(capsys, directory, "token", "create", "--team", "SYR")
    assert code == 1 and "is not the key HQ's database was sealed with" in err

    key.write_bytes(saved)
    assert _run(capsys, directory, "team", "list")[0] == 0
    assert saved.hex() not in (directory / "upfront-hq.log").read_text()


def test_a_master_key_kept_elsewhere_or_behind_a_passphrase(tmp_path, capsys, monkeypatch):
    directory, elsewhere = tmp_path / "hq", tmp_path / "usb"
    elsewhere.mkdir()
    monkeypatch.setenv("UPFRONT_HQ_MASTER_PASSPHRASE", "a long master passphrase")
    code, _ = _run(
        capsys,
        directory,
        "init",
        "--master-key",
        str(elsewhere / "hq-master.key"),
        "--master-passphrase",
    )
    assert code == 0 and not (directory / "master.key").exists()
    assert json.loads((directory / "hq.json").read_text())["master_key"] == str(
        elsewhere / "hq-master.key"
    )
    assert json.loads((elsewhere / "hq-master.key").read_text())["kind"] == "passphrase"
    assert _run(capsys, directory, "team", "add", "SYR")[0] == 0

    monkeypatch.setenv("UPFRONT_HQ_MASTER_PASSPHRASE", "not the master passphrase")
    code, err = _run(capsys, directory, "team", "list")
    assert code == 1 and "passphrase does not open" in err and "is wrong" in err
    monkeypatch.delenv("UPFRONT_HQ_MASTER_PASSPHRASE")
    code, err = _run(capsys, directory, "team", "list")  # no terminal to ask in
    assert code == 1 and "UPFRONT_HQ_MASTER_PASSPHRASE" in err

    code, err = _run(
        capsys, tmp_path / "again", "init", "--master-key", str(elsewhere / "hq-master.key")
    )
    assert code == 2 and "already exists" in err


def test_the_passphrase_file_holds_no_key(tmp_path):
    from sync.hq.vault import KdfParams, load_master

    cheap = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
    made = PassphraseMasterKey.create(tmp_path / "m.key", "a long master passphrase", cheap)
    loaded = load_master(tmp_path / "m.key", lambda: "a long master passphrase")
    assert loaded.kid == made.kid == key_id(made._key)
    assert made._key not in (tmp_path / "m.key").read_bytes()


# ---- a database an older HQ wrote in the clear ---------------------------------------------
def _upgrade_to(engine, revision: str) -> None:
    from importlib import resources

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("sync.hq") / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


@BOTH
def test_a_database_from_before_encryption_is_sealed_when_hq_opens_it(tmp_path, hq_db):
    m = markers()
    directory = tmp_path / "hq"
    directory.mkdir(exist_ok=True)
    keys = HQKeys.create()
    keys.save(directory)
    engine = make_engine(hq_db)
    _upgrade_to(engine, "0004")
    rid, fid, dev = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    doc = incident(title=m["title"], narrative=m["narrative"])
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO teams VALUES ('SYR', 'SYR', 'Syria', 0)"),
        )
        conn.execute(
            text(
                "INSERT INTO records (id, team_id, kind, doc, stamps, deleted, confidentiality,"
                " created_by_device, created_batch, updated_at) VALUES (:id, 'SYR', 'incident',"
                " :doc, :stamps, false, 'un', :dev, 1, 0)"
            ),
            {
                "id": rid,
                "doc": json.dumps(doc),
                "stamps": json.dumps({"title": [1, dev]}),
                "dev": dev,
            },
        )
        conn.execute(
            text(
                "INSERT INTO changelog (record_id, team_id, kind, fields, deleted, origin, hlc,"
                " batch_id) VALUES (:id, 'SYR', 'create', :f, false, :dev, 1, 1)"
            ),
            {"id": rid, "f": json.dumps({"narrative": m["narrative"]}), "dev": dev},
        )
        conn.execute(
            text(
                "INSERT INTO conflicts (record_id, team_id, field, kept, other, kept_by, other_by,"
                " kept_hlc, other_hlc, needs_merge, resolved, at) VALUES (:id, 'SYR',"
                " 'narrative', :k, :o, 'a', 'b', 2, 1, true, false, 0)"
            ),
            {"id": rid, "k": json.dumps(m["conflicta"]), "o": json.dumps(m["conflictb"])},
        )
        conn.execute(
            text("INSERT INTO change_results VALUES (:dev, 2, 1, :id, 2, :reason)"),
            {"dev": dev, "id": rid, "reason": f"status: {m['refused']}"},
        )
        conn.execute(
            text(
                "INSERT INTO batches (device_id, digest, seq_from, seq_to, prev, kind, header,"
                " ciphertext, signature, session_kid, received_at) VALUES (:dev, :d, 1, 2, :d,"
                " 'sync', :h, :c, :d, :k, 0)"
            ),
            {
                "dev": dev,
                "d": b"\1" * 32,
                "h": m["place"].encode(),
                "c": m["victim"].encode(),
                "k": b"\2" * 8,
            },
        )
        conn.execute(
            text(
                "INSERT INTO files VALUES (:fid, :id, 'SYR', :fn, 'text/plain', 10, :sha, :by,"
                " '2026-10-03', 10, true, :dev)"
            ),
            {
                "fid": fid,
                "id": rid,
                "fn": m["filename"],
                "sha": "0" * 64,
                "by": m["captured"],
                "dev": dev,
            },
        )
        conn.execute(
            text("INSERT INTO file_chunks VALUES (:fid, 0, :data)"),
            {"fid": fid, "data": m["content"].encode()},
        )
    assert set(found(database_bytes(hq_db), m)) >= {"title", "narrative", "content"}

    migrate(engine)  # 0005: the columns become bytes, the values marked as not sealed yet
    marked = database_bytes(hq_db)
    assert set(found(marked, m)) >= {"title", "conflicta", "refused", "filename", "content"}
    with engine.connect() as conn:
        assert conn.execute(select(Unsealed.table_name)).first() is not None
    hq = HQ(engine, keys, rekey.open_vault(engine, directory, lambda: ""))  # makes master.key
    assert (directory / "master.key").exists()
    with hq.session() as s:
        assert s.scalars(select(Unsealed)).first() is None
        assert s.scalars(select(TeamKey)).first() is not None
        values = [getattr(c, n) for c in s.scalars(select(Conflict)) for n in ("kept", "other")]
        assert all(kid_of(v) for v in values)
    hq.engine.dispose()
    engine = make_engine(hq_db)
    assert found(database_bytes(hq_db), m) == []
    # HQ reads what it held, now sealed
    hq = HQ(engine, keys, rekey.open_vault(engine, directory, lambda: ""))
    assert hq.records()[rid]["title"] == m["title"]
    assert {hq.conflicts()[0]["kept"], hq.conflicts()[0]["other"]} == {
        m["conflicta"],
        m["conflictb"],
    }
    assert hq.file_bytes(fid) == m["content"].encode()
    with hq.session() as s:
        assert ingest.answers(hq, s, dev, 1, 9)[0].reason == f"status: {m['refused']}"
        assert files.meta_of(hq, s.get(StoredFile, fid))["filename"] == m["filename"]
    hq.engine.dispose()


def test_without_encryption_the_same_scan_finds_the_content(tmp_path):
    """The HQ the benchmark compares with (no master key, `Vault.plain()`, served by
    `start_server(plain=True)`; no command builds one) syncs the same, and its database holds
    the narrative and names in the clear: what the scans above would find."""
    m = markers()
    directory = tmp_path / "hq"
    directory.mkdir()
    url = f"sqlite:///{directory / 'hq.db'}"
    hq = make_hq_dir(directory, url, encrypted=False)
    port = free_port()
    proc = start_server(directory, port, url, plain=True)
    try:
        hq.add_team("SYR")
        store, _ = Store.create(tmp_path / "amina", "amina", PASSPHRASE, kdf=FAST_KDF)
        try:
            enroll(
                store,
                f"https://127.0.0.1:{port}",
                hq.create_token("SYR"),
                pki.fingerprint(hq.keys.ca.cert),
                "amina",
            )
            victim = {**incident()["victims"][0], "name": m["victim"]}
            rid = Incidents(store).add(
                incident(title=m["title"], narrative=m["narrative"], victims=[victim])
            )
            client = SyncClient(store)
            try:
                assert client.sync().complete
            finally:
                client.close()
        finally:
            store.close()
        assert hq.records()[rid]["title"] == m["title"]
        assert not (directory / "master.key").exists()
    finally:
        stop_process(proc)
        hq.engine.dispose()
    assert {"title", "narrative", "victim"} <= set(found(database_bytes(url), m))
