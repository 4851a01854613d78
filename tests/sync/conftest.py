"""Sync fixtures: a real HQ (its own PostgreSQL database, or SQLite) served over real TLS on
loopback by a real `upfront-hq serve` process, and devices with real SQLCipher stores."""

from __future__ import annotations

import socket
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from app.incidents import Incidents
from app.keyfile import KdfParams
from app.store import Store
from sync import pki
from sync.client import SyncClient, enroll
from sync.hq.service import HQ, HQKeys, make_engine, migrate

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
PASSPHRASE = "correct horse battery"
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    name = f"upfront_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_hq_dir(directory: Path, db_url: str) -> HQ:
    keys = HQKeys.create()
    keys.save(directory)
    server = pki.make_server_cert(keys.ca, ["localhost", "127.0.0.1"])
    (directory / "server.pem").write_bytes(pki.cert_pem(server.cert))
    (directory / "server.key").write_bytes(pki.key_pem(server.key))
    (directory / "hq.json").write_text(f'{{"db": "{db_url}"}}')
    hq = HQ(make_engine(db_url), keys)
    migrate(hq.engine)
    return hq


@dataclass
class RunningHQ:
    hq: HQ
    directory: Path
    url: str
    port: int
    proc: subprocess.Popen | None
    db_url: str

    @property
    def fingerprint(self) -> str:
        return pki.fingerprint(self.hq.keys.ca.cert)

    @property
    def ca_pem(self) -> bytes:
        return pki.cert_pem(self.hq.keys.ca.cert)

    def start(self) -> None:
        self.proc = start_server(self.directory, self.port, self.db_url)

    def stop(self, kill: bool = False) -> None:
        if self.proc is None:
            return
        if kill:
            self.proc.kill()
        else:
            self.proc.terminate()
        self.proc.wait(10)
        self.proc = None


def start_server(directory: Path, port: int, db_url: str, workers: int = 1
                 ) -> subprocess.Popen:
    log = open(directory / f"serve-{port}.log", "ab")  # noqa: SIM115 - lives with the process
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.hq.cli", "--dir", str(directory), "serve", "--host",
         "127.0.0.1", "--port", str(port), "--db", db_url, "--workers", str(workers)],
        stdout=log, stderr=log)
    ctx = ssl.create_default_context(cadata=(directory / "ca.pem").read_text())
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"HQ server exited: {(directory / f'serve-{port}.log').read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), 1) as raw, \
                    ctx.wrap_socket(raw, server_hostname="127.0.0.1"):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("HQ server did not start")


@pytest.fixture(params=["postgresql"])
def hq_db(request, tmp_path) -> str:
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'hq' / 'hq.db'}"


@pytest.fixture
def running_hq(tmp_path, hq_db) -> Iterator[RunningHQ]:
    directory = tmp_path / "hq"
    directory.mkdir(exist_ok=True)
    hq = make_hq_dir(directory, hq_db)
    port = free_port()
    running = RunningHQ(hq, directory, f"https://127.0.0.1:{port}", port, None, hq_db)
    running.start()
    yield running
    running.stop()
    hq.engine.dispose()


@dataclass
class Device:
    name: str
    store: Store
    incidents: Incidents
    client: SyncClient

    def sync(self):
        return self.client.sync()

    def close(self) -> None:
        self.client.close()
        self.store.close()


@pytest.fixture
def make_device(tmp_path, running_hq) -> Iterator:
    made: list[Device] = []

    def make(name: str, team: str | None = "SYR", *, analyst: bool = False,
             hq: RunningHQ | None = None) -> Device:
        hq = hq or running_hq
        if team and not analyst and team not in {t["id"] for t in hq.hq.teams()}:
            hq.hq.add_team(team)
        token = hq.hq.create_token(None if analyst else team, analyst=analyst)
        store, _ = Store.create(tmp_path / name, name, PASSPHRASE, kdf=FAST_KDF)
        enroll(store, hq.url, token, hq.fingerprint, name)
        dev = Device(name, store, Incidents(store), SyncClient(store))
        made.append(dev)
        return dev

    yield make
    for dev in made:
        dev.close()


