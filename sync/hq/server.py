"""Serving the HQ API over TLS with uvicorn, client certificates included.

uvicorn does not pass the peer's certificate to the application, so a small subclass of its
h11 protocol reads it from the TLS connection (already verified against HQ's CA by OpenSSL)
and puts the device id from its subject into the request state."""

from __future__ import annotations

import asyncio
import os
import ssl
from pathlib import Path

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from app import heap, logs
from sync import pki
from sync.hq.api import create_app
from sync.hq.database import HQError, make_engine, migrate
from sync.hq.keys import HQKeys
from sync.hq.rekey import open_vault
from sync.hq.service import HQ
from sync.hq.vault import ENV_PASSPHRASE, PassphraseMasterKey, Vault, ask_passphrase

ENV_DIR = "UPFRONT_HQ_DIR"
ENV_DB = "UPFRONT_HQ_DB"
LOG_FILENAME = "upfront-hq.log"  # in HQ's directory, 0600 (app.logs): codes and counts only


class ClientCertProtocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        device = None
        ssl_object = transport.get_extra_info("ssl_object")
        if ssl_object is not None:
            cert = ssl_object.getpeercert()
            for rdn in (cert or {}).get("subject", ()):
                for key, value in rdn:
                    if key == "commonName":
                        device = value
        self.app_state = {**self.app_state, "tls_device": device}


def db_url(directory: Path, url: str | None) -> str:
    return url or os.environ.get(ENV_DB) or f"sqlite:///{directory / 'hq.db'}"


def build(directory: Path, url: str | None = None, vault: Vault | None = None) -> HQ:
    """HQ on its (migrated) database, with its vault opened by the master key HQ's directory
    names. `vault` (Vault.plain(), to measure what encryption costs) is never a command's."""
    engine = make_engine(db_url(directory, url))
    migrate(engine)
    hq = HQ(engine, HQKeys.load(directory), vault or open_vault(engine, directory, ask_passphrase))
    hq.warm()
    return hq


def start_warming(hq: HQ) -> None:
    """What a serving HQ reads ahead of its devices, off the request threads."""
    from sync.hq import counts

    counts.warm_in_background(hq)


def app_factory():  # uvicorn's factory for --workers
    directory = Path(os.environ[ENV_DIR])
    logs.configure(directory, name=LOG_FILENAME)  # a worker process: its own handler, same file
    hq = build(directory)
    api = create_app(hq)
    start_warming(hq)
    heap.settle()
    return api


def context_factory(config: uvicorn.Config, _default) -> ssl.SSLContext:
    """HQ's TLS context (module level, so worker processes can rebuild it)."""
    directory = Path(config.ssl_certfile).parent
    return pki.server_context(
        directory / "server.pem", directory / "server.key", directory / "ca.pem"
    )


def config(
    directory: Path,
    host: str,
    port: int,
    url: str | None = None,
    workers: int = 1,
    vault: Vault | None = None,
) -> uvicorn.Config:
    directory = directory.resolve()
    hq = build(directory, url, vault)
    if (
        workers > 1
        and isinstance(hq.vault.master, PassphraseMasterKey)
        and not os.environ.get(ENV_PASSPHRASE)
    ):
        raise HQError(
            f"with more than one worker, give the master passphrase in ${ENV_PASSPHRASE}: "
            "each worker opens the master key"
        )
    common = dict(
        host=host,
        port=port,
        http=ClientCertProtocol,
        ssl_certfile=str(directory / "server.pem"),
        ssl_context_factory=context_factory,
        log_level="warning",
        timeout_keep_alive=120,
        timeout_graceful_shutdown=3,
        server_header=False,
    )
    if workers > 1:
        hq.engine.dispose()
        os.environ[ENV_DIR] = str(directory)
        os.environ[ENV_DB] = db_url(directory, url)
        return uvicorn.Config("sync.hq.server:app_factory", factory=True, workers=workers, **common)
    start_warming(hq)
    return uvicorn.Config(create_app(hq), **common)


def serve(
    directory: Path,
    host: str,
    port: int,
    url: str | None = None,
    workers: int = 1,
    vault: Vault | None = None,
) -> None:
    cfg = config(directory, host, port, url, workers, vault)
    if workers > 1:
        from uvicorn.supervisors import Multiprocess

        sock = cfg.bind_socket()
        Multiprocess(cfg, sockets=[sock]).run()
    else:
        heap.settle()
        uvicorn.Server(cfg).run()
