"""The vault's housekeeping: opening it on HQ's database (the master key checked against the
team keys, keys made for teams that have none, values an older HQ left unsealed sealed and
the space they held wiped), rotating a team's data key and the master key, and what state the
keys are in. Each step is restartable: a rotation killed at any point resumes when run again.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, select, text, update
from sqlalchemy.orm import Session

from app.files import fsync_dir
from sync.hq import roles
from sync.hq.models import Base, Team, TeamKey, Unsealed
from sync.hq.sealed import SPECS, Spec
from sync.hq.vault import (
    HQ_WIDE,
    PLAIN,
    SEALED,
    FileMasterKey,
    LocalMasterKey,
    PassphraseMasterKey,
    Vault,
    VaultError,
    _context,
    _write_private,
    kid_bytes,
    load_master,
    master_path,
    new_document,
    pending_path,
)

log = logging.getLogger("upfront.hq")
CHUNK = 500
# rows a transaction when an older database's values are sealed (tests set it small to stop
# HQ part-way; a bad value is ignored)
ENV_SEAL_CHUNK = "UPFRONT_HQ_SEAL_CHUNK"


def _seal_chunk() -> int:
    value = os.environ.get(ENV_SEAL_CHUNK, "")
    return int(value) if value.isdigit() and int(value) > 0 else CHUNK


def _exclusive(s: Session) -> None:
    """Hold off every transaction that seals until this one ends (SQLite's writers are one
    at a time already)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("LOCK TABLE team_keys IN EXCLUSIVE MODE"))


def _engine(vault: Vault) -> Any:
    if vault.engine is None:
        raise VaultError("HQ runs without encryption: no key to open or rotate")
    return vault.engine


# ---- opening ------------------------------------------------------------------------------
def passphrase_once(ask: Callable[[], str]) -> Callable[[], str]:
    held: list[str] = []

    def get() -> str:
        if not held:
            held.append(ask())
        return held[0]

    return get


def open_vault(
    engine: Any,
    directory: Path,
    passphrase: Callable[[], str],
) -> Vault:
    """HQ's vault on this (migrated) database, with the master key named by HQ's directory.

    A database with no team key yet (new, or written by an HQ before encryption at rest) gets
    a master key file made if there is none; one that has team keys refuses a missing, wrong
    or exposed key file."""
    path = master_path(directory)
    passphrase = passphrase_once(passphrase)
    with Session(engine) as s:
        used = sorted(set(s.scalars(select(TeamKey.master_kid))))
    if not path.exists() and not used and not pending_path(path).exists():
        try:
            FileMasterKey.create(path)
        except FileExistsError:
            pass  # another HQ process made it meanwhile: it is the one loaded below
        else:
            log.info("vault: master key file created")
            print(
                f"HQ made its master key {path}: back it up now, apart from the database (a "
                "copy of the database is useless without it, and so is HQ)",
                file=sys.stderr,
            )
    master = load_master(path, passphrase)
    extra: list[LocalMasterKey] = []
    pending = pending_path(path)
    if pending.exists():  # a master key rotation stopped before its last step
        extra.append(load_master(pending, passphrase))

    def reload() -> list[Any]:
        found = [load_master(path, passphrase)]
        if pending.exists():
            found.append(load_master(pending, passphrase))
        return found

    vault = Vault(engine, master, extra=list(extra), reload=reload)
    unknown = [k for k in used if k not in vault.masters]
    if unknown:
        raise VaultError(
            f"HQ's master key {path} (id {master.kid}) is not the key HQ's database was sealed "
            f"with (id {', '.join(unknown)}): give HQ the right key file (from its backup)"
        )
    if used and extra and used == [extra[0].kid]:
        vault.master = extra[0]  # the database moved to the new key already
    prepare(vault)
    return vault


def prepare(vault: Vault) -> None:
    """Keys for every team (and HQ-wide), every team key opened once (a wrong master key
    shows now, not at the first request), and what an older HQ left unsealed sealed."""
    if not vault.encrypted:
        return
    with Session(_engine(vault)) as s, s.begin():
        teams = [HQ_WIDE, *s.scalars(select(Team.id))]
        for team in teams:
            vault.current(s, team)
    seal_legacy(vault)


# ---- values an older HQ left unsealed -----------------------------------------------------
def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(s: Session, spec: Spec, where: Any, limit: int) -> list[Any]:
    """Rows of `spec`'s table matching `where`: key, binds, the value and the row's team."""
    t = _table(spec.table)
    col = t.c[spec.column]
    names = list(dict.fromkeys([*spec.pk, *spec.binds]))
    if isinstance(spec.team, str):
        team = t.c[spec.team]
        q = select(*(t.c[n] for n in names), col.label("value"), team.label("team"))
    else:
        other_name, fk = spec.team
        other = _table(other_name)
        team = other.c["team_id"]
        q = select(*(t.c[n] for n in names), col.label("value"), team.label("team")).outerjoin(
            other, other.c["id"] == t.c[fk]
        )
    q = q.where(col.is_not(None), where).order_by(*(t.c[n] for n in spec.pk)).limit(limit)
    return list(s.execute(q).mappings())


def _rewrite(s: Session, spec: Spec, row: Any, value: bytes) -> None:
    t = _table(spec.table)
    col = t.c[spec.column]
    s.execute(
        update(t)
        .where(*(t.c[k] == row[k] for k in spec.pk), col == row["value"])
        .values({spec.column: value})
    )


def _walk(
    vault: Vault,
    spec: Spec,
    where: Callable[[Any], Any],
    seal: Callable[[Session, Any], bytes],
    chunk: int,
) -> int:
    """Rewrite, `chunk` rows a transaction, every value of `spec` matching `where`."""
    done = 0
    col = _table(spec.table).c[spec.column]
    while True:
        with Session(_engine(vault)) as s, s.begin():
            rows = _rows(s, spec, where(col), chunk)
            for row in rows:
                _rewrite(s, spec, row, seal(s, row))
        done += len(rows)
        if len(rows) < chunk:
            return done


def seal_legacy(vault: Vault, chunk: int | None = None) -> int:
    """Seal the values migration 0005 marked as not sealed yet, then wipe the space they held
    (SQLite: VACUUM with secure_delete, WAL truncated; PostgreSQL: VACUUM FULL)."""
    chunk = chunk or _seal_chunk()
    with Session(_engine(vault)) as s:
        pending = [(u.table_name, u.column_name) for u in s.scalars(select(Unsealed))]
    done = 0
    for table, column in pending:
        if table == "vacuum":
            continue
        spec = next(x for x in SPECS if (x.table, x.column) == (table, column))
        done += _walk(
            vault,
            spec,
            lambda col: func.substr(col, 1, 1) == bytes([PLAIN]),
            lambda s, row, spec=spec: vault.seal(  # type: ignore[misc]
                s, row["team"], bytes(row["value"])[1:], spec.aad(row)
            ),
            chunk,
        )
        with Session(_engine(vault)) as s, s.begin():
            s.execute(
                delete(Unsealed).where(Unsealed.table_name == table, Unsealed.column_name == column)
            )
    if ("vacuum", "") in pending:
        if not wipe(_engine(vault)):
            # another connection still reads an older state: the database file keeps the
            # values in the clear until the WAL is written back, so try again next time
            log.warning(
                "vault: the space unsealed values held is not wiped yet (HQ's database "
                "is in use by another process); HQ tries again when it next opens it"
            )
            return done
        with Session(_engine(vault)) as s, s.begin():
            s.execute(delete(Unsealed).where(Unsealed.table_name == "vacuum"))
        log.info("vault: %d value(s) an older HQ left unsealed are sealed", done)
    return done


def wipe(engine: Any) -> bool:
    """Rewrite HQ's database so no page keeps what was deleted or overwritten. False if
    SQLite could not write its WAL back into the database file and empty it (a reader of an
    older state held it): the old pages may still be in the file."""
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cur.execute("VACUUM")
            busy = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            cur.close()
        finally:
            raw.close()
        return not busy
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in sorted({x.table for x in SPECS}):
            conn.exec_driver_sql(f"VACUUM FULL {table}")
    return True


# ---- a team's data key --------------------------------------------------------------------
def _old_kids(col: Any, kids: list[int]) -> Any:
    return func.substr(col, 2, 4).in_([kid_bytes(k) for k in kids]) & (
        func.substr(col, 1, 1) == bytes([SEALED])
    )


def rotate_team(vault: Vault, team: str, *, chunk: int = CHUNK, by: str = "hq") -> dict[str, Any]:
    """A new data key for `team` ("*": HQ-wide), every value sealed under its older keys
    sealed again under it (`chunk` rows a transaction), then the older keys dropped. Run
    again after a crash, it goes on where it stopped."""
    with Session(_engine(vault)) as s, s.begin():
        _exclusive(s)
        if team != HQ_WIDE and s.get(Team, team) is None:
            raise VaultError(f"team: HQ has no team {team!r}")
        rows = list(s.scalars(select(TeamKey).where(TeamKey.team == team)))
        retired = [r for r in rows if r.retired_at is not None]
        if not retired:
            now = time.time()
            for r in rows:
                r.retired_at = now
            retired = rows
            version = max((r.version for r in rows), default=0) + 1
            vault.new_key(s, team, version)
            roles.record(s, "team-key-rotation", detail={"team": team, "version": version}, by=by)
        old = [r.id for r in retired]
        current = s.scalar(
            select(TeamKey.version).where(TeamKey.team == team, TeamKey.retired_at.is_(None))
        )
    resealed = 0
    if old:
        for spec in SPECS:
            resealed += _walk(
                vault,
                spec,
                lambda col: _old_kids(col, old),
                lambda s, row, spec=spec: vault.seal(  # type: ignore[misc]
                    s, team, vault.open(row["value"], spec.aad(row)), spec.aad(row)
                ),
                chunk,
            )
    with Session(_engine(vault)) as s, s.begin():
        _exclusive(s)
        for spec in SPECS:
            if _rows(s, spec, _old_kids(_table(spec.table).c[spec.column], old), 1) if old else []:
                raise VaultError(f"values under team {team}'s old key remain; run it again")
        gone = list(
            s.scalars(
                select(TeamKey.id).where(TeamKey.team == team, TeamKey.retired_at.is_not(None))
            )
        )
        s.execute(delete(TeamKey).where(TeamKey.id.in_(gone)))
        dropped = len(gone)
        if dropped:
            roles.record(s, "team-key-rotated", detail={"team": team, "version": current}, by=by)
    return {"team": team, "version": current, "resealed": resealed, "dropped": dropped}


# ---- the master key -----------------------------------------------------------------------
def rotate_master(
    vault: Vault, directory: Path, passphrase: Callable[[], str], *, by: str = "hq"
) -> dict[str, Any]:
    """A new master key: written beside the current one (`master.key.new`), every team key
    rewrapped to it in one transaction, then the file swapped in. Run again after a crash,
    it goes on where it stopped."""
    path = master_path(directory)
    pending = pending_path(path)
    current = vault.master
    assert isinstance(current, LocalMasterKey)
    new: LocalMasterKey | None = None
    if not pending.exists():
        key, document = new_document(current, passphrase)
        try:
            _write_private(pending, document)
            kind = (
                PassphraseMasterKey if isinstance(current, PassphraseMasterKey) else FileMasterKey
            )
            new = kind(key, path)
        except FileExistsError:
            pass  # another rotation wrote its new key meanwhile: go on with that one
    if new is None:
        new = load_master(pending, passphrase)
    vault.masters.setdefault(new.kid, new)
    with Session(_engine(vault)) as s, s.begin():
        _exclusive(s)
        rewrapped = 0
        for row in s.scalars(select(TeamKey)):
            if row.master_kid == new.kid:
                continue
            old = vault.masters.get(row.master_kid)
            if old is None:
                raise VaultError(
                    f"team key {row.team} v{row.version} is wrapped by master key "
                    f"{row.master_kid}, which HQ was not given"
                )
            context = _context(row.team, row.version, row.id)
            row.wrapped = new.wrap(old.unwrap(row.wrapped, context), context)
            row.master_kid = new.kid
            rewrapped += 1
        if rewrapped:
            roles.record(
                s, "master-key-rotated", detail={"old": current.kid, "new": new.kid}, by=by
            )
    os.replace(pending, path)
    fsync_dir(path.parent)
    vault.master = new
    vault.masters = {new.kid: new}
    return {"master_key": str(path), "id": new.kid, "rewrapped": rewrapped}


# ---- state --------------------------------------------------------------------------------
def status(vault: Vault, directory: Path) -> dict[str, Any]:
    path = master_path(directory)
    assert vault.master is not None
    with Session(_engine(vault)) as s:
        keys = list(s.scalars(select(TeamKey).order_by(TeamKey.team, TeamKey.version)))
        unsealed = [f"{u.table_name}.{u.column_name}" for u in s.scalars(select(Unsealed))]
    teams: dict[str, dict[str, Any]] = {}
    for k in keys:
        entry = teams.setdefault(k.team, {"team": k.team, "version": None, "retired": []})
        if k.retired_at is None:
            entry["version"] = k.version
            entry["since"] = k.created_at
        else:
            entry["retired"].append(k.version)  # a rotation not finished
    return {
        "master_key": {
            "path": str(path),
            "kind": getattr(vault.master, "kind", "?"),
            "id": vault.master.kid,
            "rotation_pending": pending_path(path).exists(),
        },
        "teams": list(teams.values()),
        "unsealed": unsealed,
    }


def describe(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2)


def rows_under(vault: Vault, kids: list[int]) -> Iterator[tuple[str, str]]:
    """(table, column) of each value sealed under one of these keys (tests, status)."""
    with Session(_engine(vault)) as s:
        for spec in SPECS:
            if _rows(s, spec, _old_kids(_table(spec.table).c[spec.column], kids), 1):
                yield spec.table, spec.column
