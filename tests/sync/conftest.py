"""Sync fixtures: a real HQ (its own PostgreSQL database, or SQLite) served over real TLS on
loopback by a real `upfront-hq serve` process, and devices with real SQLCipher stores."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from synchelp import (
    FAST_KDF,
    PASSPHRASE,
    free_port,
    fresh_pg_database,
    make_hq_dir,
    start_server,
    stop_process,
)

from app.incidents import Incidents
from app.store import Store
from sync import pki
from sync.client import SyncClient, enroll
from sync.hq.service import HQ


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    with fresh_pg_database() as url:
        yield url


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
        proc, self.proc = self.proc, None
        stop_process(proc, kill=kill)


@pytest.fixture(params=["postgresql"])
def hq_db(request, tmp_path) -> str:
    """PostgreSQL by default (what HQ runs); parametrize indirectly with "sqlite" for the
    embedded default."""
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
    try:
        running.start()
        yield running
        running.stop()  # stops (or kills) the server whatever the test did
    finally:
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

    def make(
        name: str, team: str | None = "SYR", *, analyst: bool = False, hq: RunningHQ | None = None
    ) -> Device:
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
