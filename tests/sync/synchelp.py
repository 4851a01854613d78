"""Helpers shared by the sync tests (importable; fixtures live in conftest.py)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.keyfile import KdfParams
from app.store import Store
from sync import device as d
from sync import pki
from sync.client import SyncClient
from sync.hq.database import make_engine, migrate
from sync.hq.keys import HQKeys
from sync.hq.rekey import open_vault
from sync.hq.service import HQ
from sync.hq.vault import FileMasterKey, Vault

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
PASSPHRASE = "correct horse battery"
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)


@contextlib.contextmanager
def fresh_pg_database(prefix: str = "upfront_t") -> Iterator[str]:
    """A new PostgreSQL database on the local server, dropped afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_hq_dir(directory: Path, db_url: str, *, encrypted: bool = True) -> HQ:
    """HQ's directory and database, as `upfront-hq init` makes them, and an HQ on them.
    `encrypted=False` (no master key; `Vault.plain()`) only measures what encryption at rest
    costs: serve such an HQ with `start_server(..., plain=True)`."""
    keys = HQKeys.create()
    keys.save(directory)
    server = pki.make_server_cert(keys.ca, ["localhost", "127.0.0.1"])
    (directory / "server.pem").write_bytes(pki.cert_pem(server.cert))
    (directory / "server.key").write_bytes(pki.key_pem(server.key))
    (directory / "hq.json").write_text(f'{{"db": "{db_url}"}}')
    engine = make_engine(db_url)
    migrate(engine)
    if not encrypted:
        return HQ(engine, keys, Vault.plain())
    FileMasterKey.create(directory / "master.key")  # encryption at rest on, as HQ runs
    return HQ(engine, keys, open_vault(engine, directory, lambda: ""))


# `upfront-hq serve` with no encryption at rest: for measuring its cost only (no command can)
_PLAIN_SERVER = (
    "import sys; from pathlib import Path; from sync.hq import server; "
    "from sync.hq.vault import Vault; "
    "server.serve(Path(sys.argv[1]), '127.0.0.1', int(sys.argv[2]), sys.argv[3], "
    "vault=Vault.plain())"
)


def enroll_in_process(
    hq: HQ, directory: Path, name: str, token: str, *, limit: int = 500
) -> tuple[Store, SyncClient, str]:
    """`sync.client.enroll` without the network: the same keys, the same HQ call, the same
    stored state; the device syncs through `HQ.local_transport` (the whole exchange but the
    socket). Returns the new store, its client and the device id."""
    store, _ = Store.create(directory / name, name, PASSPHRASE, kdf=FAST_KDF)
    tls_key = pki.new_tls_key()
    signer = ed25519.Ed25519PrivateKey.generate()
    answer = hq.enroll(
        token, pki.make_csr(tls_key).decode(), signer.public_key().public_bytes_raw().hex(), name
    )
    state = d.DeviceState.from_enrollment(
        answer,
        hq_url="https://hq.invalid",
        ca_pem=answer["ca_certificate"],
        tls_key_pem=pki.key_pem(tls_key).decode(),
        signer=signer,
    )
    with store.transaction() as s:
        d.save_state(s, state)
        d.save_progress(s, d.Progress())
    client = SyncClient(
        store, transport=hq.local_transport(state.device_id), batch_limit=limit, pull_limit=limit
    )
    return store, client, state.device_id


def start_server(
    directory: Path, port: int, db_url: str, workers: int = 1, *, plain: bool = False
) -> subprocess.Popen:
    """`upfront-hq serve` run by this interpreter (`-m sync.hq.cli`, never an `upfront-hq` found
    on PATH), once it answers over TLS; end it with stop_process. `plain`: the same server
    with no encryption at rest (one worker; see make_hq_dir)."""
    command = [
        sys.executable,
        "-m",
        "sync.hq.cli",
        "--dir",
        str(directory),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--db",
        db_url,
        "--workers",
        str(workers),
    ]
    if plain:
        command = [sys.executable, "-c", _PLAIN_SERVER, str(directory), str(port), db_url]
    with open(directory / f"serve-{port}.log", "ab") as log:  # the child keeps its own copy
        proc = subprocess.Popen(command, stdout=log, stderr=log)
    try:
        ctx = ssl.create_default_context(cadata=(directory / "ca.pem").read_text())
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"HQ server exited: {(directory / f'serve-{port}.log').read_text()}"
                )
            try:
                with (
                    socket.create_connection(("127.0.0.1", port), 1) as raw,
                    ctx.wrap_socket(raw, server_hostname="127.0.0.1"),
                ):
                    return proc
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("HQ server did not start")
    except BaseException:
        stop_process(proc, kill=True)
        raise


def stop_process(proc: subprocess.Popen, timeout: float = 10, *, kill: bool = False) -> None:
    """End a child whatever state it is in: SIGTERM (SIGKILL with `kill`) and wait for it. One
    that has not ended within `timeout` is killed and waited for, then TimeoutExpired raised:
    a server that does not stop when asked is a failure, but never one left running."""
    if proc.poll() is None:
        if kill:
            proc.kill()
        else:
            proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise


def incident(**overrides) -> dict:
    doc = {
        "title": "Shelling of market",
        "occurred_from": "2026-10-03",
        "location": {"country": "SYR", "admin1": "rif dimashq", "place": "Central market"},
        "narrative": "Witnesses describe the shelling.",
        "confidentiality": "un",
        "status": "submitted",
        "violations": [{"type": "killing", "victims_count": 4}],
        "victims": [
            {
                "name": "A Person",
                "sex": "female",
                "age_group": "adult",
                "protected": True,
                "consent": "un",
            }
        ],
        "sources": [{"type": "individual", "reliability": "likely_reliable"}],
    }
    doc.update(overrides)
    return doc


EDITABLE_VIEW = (
    "title",
    "occurred_from",
    "location",
    "narrative",
    "confidentiality",
    "status",
    "violations",
    "victims",
    "perpetrators",
    "sources",
    "verification",
    "date_reported",
    "occurred_to",
    "date_precision",
)


def view(doc: dict) -> dict:
    """The part of a record that sync carries (not who saved it locally, or when)."""
    return {k: doc.get(k) for k in EDITABLE_VIEW}


def snapshot(dev: Any) -> dict[str, dict]:
    return {row["id"]: view(dev.incidents.get(row["id"])) for row in dev.incidents.list()}
