"""Encryption at rest at HQ: record content in HQ's database is sealed (AES-256-GCM) with a data
key per team, and the team keys are kept wrapped by a master key that lives outside the
database. A copy of the database alone (a `pg_dump`, the SQLite file) holds no narrative, name
or place; ids, teams, sequence numbers and log ids stay in the clear so changes can be routed
and ordered.

- The master key (`MasterKey`: wrap and unwrap a data key, with a key id) is the seam for a
  KMS or HSM. Two kinds are kept in a file outside the database: `FileMasterKey` (the key
  itself, in a file readable by HQ's account only, backed up apart from the database) and
  `PassphraseMasterKey` (the key wrapped by a key derived from a passphrase with Argon2id,
  given when HQ starts).
- A sealed value: format byte 1, the 4-byte id of the team key (a row of `team_keys`), a 12-byte
  random nonce, the ciphertext and its tag. The associated data names the table, column and
  row the value belongs to, so a value moved to another row does not open.
- Format byte 0 is a value not sealed yet: what migration 0005 left of a database written before
  encryption at rest, sealed once the master key is known (`sync.hq.rekey.seal_legacy`), and
  what `Vault.plain()` writes (measurements of the cost of encryption only; no command builds
  one).
- Team keys are unwrapped once and kept in memory. A transaction that seals reads which key is
  each team's current one (`current`), holding a lock a key rotation waits for, so no value
  is sealed under a key a rotation retired.
"""

from __future__ import annotations

import base64
import getpass
import json
import os
import secrets
import stat
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.files import fsync_dir
from sync.hq.database import HQError
from sync.hq.models import Team, TeamKey

HQ_WIDE = "*"  # the key of what belongs to no team: analysts' batches, records of no team
SEALED = 1
PLAIN = 0
_HEAD = struct.Struct(">BI")
NONCE = 12
KEY_BYTES = 32
ENV_PASSPHRASE = "UPFRONT_HQ_MASTER_PASSPHRASE"
MASTER_FILE = "master.key"  # in HQ's directory unless hq.json says where
_FILE_TAG = "upfront-hq-master-key"


class VaultError(HQError):
    """The master key or a sealed value cannot be used; the message says why (never a key)."""


def team_of(team_id: str | None) -> str:
    """The key a row of this team is sealed under."""
    return team_id or HQ_WIDE


# ---- master keys --------------------------------------------------------------------------
class MasterKey(Protocol):
    """Wraps and unwraps team data keys. A KMS or an HSM fits here: `kid` names the key it
    holds, `wrap`/`unwrap` send the data key with `context` (bound to the team and version)."""

    @property
    def kid(self) -> str: ...

    def wrap(self, key: bytes, context: bytes) -> bytes: ...

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes: ...


def key_id(key: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(b"upfront-hq master key id\0" + key)
    return digest.finalize()[:8].hex()


class LocalMasterKey:
    """A master key held in this process's memory."""

    kind = "local"

    def __init__(self, key: bytes, path: Path | None = None) -> None:
        if len(key) != KEY_BYTES:
            raise VaultError("HQ's master key has the wrong length")
        self._aead = AESGCM(key)
        self._key = key
        self.path = path
        self.kid = key_id(key)

    def wrap(self, key: bytes, context: bytes) -> bytes:
        nonce = os.urandom(NONCE)
        return nonce + self._aead.encrypt(nonce, key, context)

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        try:
            return self._aead.decrypt(wrapped[:NONCE], wrapped[NONCE:], context)
        except InvalidTag:
            raise VaultError(
                f"a team key in HQ's database does not open with HQ's master key (id {self.kid})"
            ) from None


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost (RFC 9106's second recommended setting by default)."""

    iterations: int = 3
    lanes: int = 4
    memory_cost: int = 64 * 1024

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_cost,
        ).derive(passphrase.encode())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _write_private(path: Path, data: bytes) -> None:
    """`data` as a new file `path` readable by this account only, whole and synced before it
    appears (atomic). FileExistsError if `path` exists: a key file is never replaced (two
    processes making a key at once: the second one's key would replace the first one's, which
    the database's team keys may already be wrapped with)."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(path.parent)


class FileMasterKey(LocalMasterKey):
    """The master key itself in a file readable by HQ's account only. Back the file up apart
    from the database: the database alone opens nothing, and without this file nothing
    opens."""

    kind = "file"

    @staticmethod
    def document(key: bytes) -> bytes:
        return json.dumps({"format": _FILE_TAG, "kind": "file", "key": _b64(key)}).encode()

    @classmethod
    def create(cls, path: Path) -> FileMasterKey:
        key = secrets.token_bytes(KEY_BYTES)
        _write_private(path, cls.document(key))
        return cls(key, path)


class PassphraseMasterKey(LocalMasterKey):
    """The master key wrapped by a key derived (Argon2id) from a passphrase given when HQ
    starts: the file alone opens nothing either."""

    kind = "passphrase"

    @staticmethod
    def document(key: bytes, passphrase: str, kdf: KdfParams) -> bytes:
        salt, nonce = os.urandom(16), os.urandom(NONCE)
        wrapped = AESGCM(kdf.derive(passphrase, salt)).encrypt(nonce, key, _FILE_TAG.encode())
        return json.dumps(
            {
                "format": _FILE_TAG,
                "kind": "passphrase",
                "kdf": {"name": "argon2id", **kdf.__dict__},
                "salt": _b64(salt),
                "nonce": _b64(nonce),
                "wrapped": _b64(wrapped),
            }
        ).encode()

    @classmethod
    def create(
        cls, path: Path, passphrase: str, kdf: KdfParams | None = None
    ) -> PassphraseMasterKey:
        key = secrets.token_bytes(KEY_BYTES)
        _write_private(path, cls.document(key, passphrase, kdf or KdfParams()))
        return cls(key, path)


def new_document(current: LocalMasterKey, passphrase: Callable[[], str]) -> tuple[bytes, bytes]:
    """A new master key of the same kind as `current`, and its file's content."""
    key = secrets.token_bytes(KEY_BYTES)
    if isinstance(current, PassphraseMasterKey):
        return key, PassphraseMasterKey.document(key, passphrase(), KdfParams())
    return key, FileMasterKey.document(key)


def check_private(path: Path) -> None:
    """Refuse a master key file another account could read or replace."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise VaultError(
            f"HQ's master key file {path} is missing: restore it from its backup (it is kept "
            'apart from the database), or give its place in hq.json ("master_key")'
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise VaultError(f"HQ's master key file {path} is not a regular file")
    if os.name == "posix":
        if info.st_mode & 0o077:
            raise VaultError(
                f"HQ's master key file {path} can be read or changed by other accounts (mode "
                f"{stat.S_IMODE(info.st_mode):04o}); HQ refuses it: make it readable by HQ's "
                f"account only (chmod 600 {path}) after checking who may have copied it"
            )
        if info.st_uid != os.getuid():
            raise VaultError(
                f"HQ's master key file {path} belongs to another account; HQ refuses it"
            )


# A write of a key file killed before its end leaves its temporary copy behind (readable by
# HQ's account only, but a copy of a key all the same); older than this, nothing is still
# writing it
STALE_SECONDS = 60


def sweep_partial(path: Path) -> int:
    """Remove the temporary copies `_write_private` left of `path` when it was killed before
    its end; how many."""
    swept = 0
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if time.time() - tmp.lstat().st_mtime > STALE_SECONDS:
                tmp.unlink()
                swept += 1
        except FileNotFoundError:
            continue
    return swept


def load_master(path: Path, passphrase: Callable[[], str]) -> LocalMasterKey:
    """The master key in `path` (either kind). `passphrase` is asked only for the passphrase
    kind. What a killed write of a key file left beside it is swept away first."""
    sweep_partial(path)
    check_private(path)
    try:
        doc = json.loads(path.read_bytes())
        if not isinstance(doc, dict) or doc.get("format") != _FILE_TAG:
            raise ValueError
        if doc["kind"] == "file":
            return FileMasterKey(base64.b64decode(doc["key"], validate=True), path)
        if doc["kind"] != "passphrase":
            raise ValueError
        kdf_doc = dict(doc["kdf"])
        if kdf_doc.pop("name") != "argon2id":
            raise ValueError
        kdf = KdfParams(**{k: int(v) for k, v in kdf_doc.items()})
        if not (1 <= kdf.iterations <= 64 and 1 <= kdf.lanes <= 64):
            raise ValueError
        if not (8 * kdf.lanes <= kdf.memory_cost <= 4 * 1024 * 1024):
            raise ValueError
        salt = base64.b64decode(doc["salt"], validate=True)
        nonce = base64.b64decode(doc["nonce"], validate=True)
        wrapped = base64.b64decode(doc["wrapped"], validate=True)
    except (ValueError, KeyError, TypeError):
        raise VaultError(f"{path} is not an Upfront HQ master key file (damaged?)") from None
    try:
        key = AESGCM(kdf.derive(passphrase(), salt)).decrypt(nonce, wrapped, _FILE_TAG.encode())
    except InvalidTag:
        raise VaultError(f"the master passphrase does not open {path}: it is wrong") from None
    return PassphraseMasterKey(key, path)


def ask_passphrase(confirm: bool = False) -> str:
    """The master passphrase: from UPFRONT_HQ_MASTER_PASSPHRASE, else typed at a terminal."""
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value
    if not sys.stdin.isatty():
        raise VaultError(
            f"HQ's master key is protected by a passphrase: set {ENV_PASSPHRASE} or run this "
            "command in a terminal"
        )
    value = getpass.getpass("HQ master passphrase: ")
    if confirm and getpass.getpass("Again: ") != value:
        raise VaultError("the two master passphrases differ")
    if len(value) < 12:
        raise VaultError("the master passphrase must be at least 12 characters")
    return value


def master_path(directory: Path) -> Path:
    """Where HQ's master key file is: hq.json's "master_key", else master.key beside it."""
    conf = directory / "hq.json"
    if conf.exists():
        place = json.loads(conf.read_text()).get("master_key")
        if place:
            return Path(place)
    return directory / MASTER_FILE


def pending_path(path: Path) -> Path:
    """The new master key a rotation writes before the database is rewrapped to it."""
    return path.with_name(path.name + ".new")


# ---- the vault ----------------------------------------------------------------------------
@dataclass
class _Key:
    team: str
    version: int
    aead: AESGCM


def _context(team: str, version: int, kid: int) -> bytes:
    return f"upfront-hq team key\n{team}\n{version}\n{kid}".encode()


class Vault:
    """Seals and opens record content with team keys (see the module's docstring)."""

    def __init__(
        self,
        engine: Engine | None,
        master: LocalMasterKey | MasterKey | None,
        *,
        extra: list[Any] | None = None,
        reload: Callable[[], list[Any]] | None = None,
    ) -> None:
        self.engine = engine
        self.master = master
        self.masters: dict[str, MasterKey] = {}
        for m in [master, *(extra or [])]:
            if m is not None:
                self.masters[m.kid] = m
        self._reload = reload
        self._keys: dict[int, _Key] = {}
        self._lock = threading.Lock()

    @classmethod
    def plain(cls, engine: Engine | None = None) -> Vault:
        """No encryption: values kept as they are. Only to measure what encryption costs; no
        command builds one."""
        return cls(engine, None)

    @property
    def encrypted(self) -> bool:
        return self.master is not None

    # ---- team keys ------------------------------------------------------------------------
    def _unwrap(self, row: TeamKey) -> _Key:
        master = self.masters.get(row.master_kid)
        if master is None and self._reload is not None:
            for m in self._reload():  # a rotation may have changed the master key meanwhile
                self.masters.setdefault(m.kid, m)
            master = self.masters.get(row.master_kid)
        if master is None:
            raise VaultError(
                f"team key {row.team} v{row.version} is wrapped by master key {row.master_kid}, "
                f"which HQ was not given (it has {', '.join(self.masters) or 'none'})"
            )
        raw = master.unwrap(row.wrapped, _context(row.team, row.version, row.id))
        return _Key(row.team, row.version, AESGCM(raw))

    def _remember(self, rows: list[TeamKey]) -> None:
        with self._lock:
            for row in rows:
                if row.id not in self._keys:
                    self._keys[row.id] = self._unwrap(row)

    def new_key(self, s: Session, team: str, version: int) -> TeamKey:
        """A new data key for `team`, wrapped by the master key, added to `s`."""
        assert self.master is not None
        kid = secrets.randbelow(2**31 - 1) + 1
        while s.get(TeamKey, kid) is not None:
            kid = secrets.randbelow(2**31 - 1) + 1
        raw = secrets.token_bytes(KEY_BYTES)
        row = TeamKey(
            id=kid,
            team=team,
            version=version,
            wrapped=self.master.wrap(raw, _context(team, version, kid)),
            master_kid=self.master.kid,
            created_at=time.time(),
            retired_at=None,
        )
        s.add(row)
        s.flush()
        with self._lock:
            # a random id: were this transaction undone, no value would ever name it
            self._keys[kid] = _Key(team, version, AESGCM(raw))
        return row

    def current(self, s: Session, team: str) -> int:
        """The id of `team`'s current key in this transaction (made if the team has none).
        On PostgreSQL the transaction holds a lock on team_keys that a rotation waits for."""
        txn = s.get_transaction()
        cached = s.info.get("vault.current")
        if cached is None or cached[0] is not txn:
            if s.get_bind().dialect.name == "postgresql":
                s.execute(text("LOCK TABLE team_keys IN ROW SHARE MODE"))
            rows = list(s.scalars(select(TeamKey).where(TeamKey.retired_at.is_(None))))
            self._remember(rows)
            cached = (txn, {r.team: r.id for r in rows})
            s.info["vault.current"] = cached
            # a team added since has its key made now, at the transaction's first seal (never
            # in a savepoint that could be undone while its key stayed cached)
            for team_id in s.scalars(select(Team.id)):
                self._made(s, cached[1], team_id)
            self._made(s, cached[1], HQ_WIDE)
        current: dict[str, int] = cached[1]
        self._made(s, current, team)
        return current[team]

    def _made(self, s: Session, current: dict[str, int], team: str) -> None:
        if team in current:
            return
        self._check_master(s)
        last = s.scalar(
            select(TeamKey.version)
            .where(TeamKey.team == team)
            .order_by(TeamKey.version.desc())
            .limit(1)
        )
        current[team] = self.new_key(s, team, (last or 0) + 1).id

    def _check_master(self, s: Session) -> None:
        """A new team key is wrapped by this process's master key only if the database's
        other keys are too (a running server must not wrap with a key rotated away)."""
        assert self.master is not None
        other = s.scalar(
            select(TeamKey.master_kid).where(TeamKey.master_kid != self.master.kid).limit(1)
        )
        if other is not None:
            raise VaultError("HQ's master key was rotated since this process started; restart it")

    def _key(self, kid: int) -> _Key:
        key = self._keys.get(kid)
        if key is None:
            # a key another process made: read on a connection of its own, outside any
            # transaction (the caller's may hold SQLite's write lock)
            if self.engine is None:
                raise VaultError("a sealed value where HQ runs without encryption")
            raw = self.engine.raw_connection()
            try:
                cur = raw.cursor()
                cur.execute("SELECT id, team, version, wrapped, master_kid FROM team_keys")
                rows = [
                    TeamKey(id=r[0], team=r[1], version=r[2], wrapped=bytes(r[3]), master_kid=r[4])
                    for r in cur.fetchall()
                ]
                cur.close()
                raw.rollback()
            finally:
                raw.close()
            self._remember([r for r in rows if r.id == kid])
            key = self._keys.get(kid)
            if key is None:
                raise VaultError(f"a value is sealed under team key {kid}, which HQ lacks")
        return key

    # ---- values ---------------------------------------------------------------------------
    def seal(self, s: Session, team: str | None, plaintext: bytes, aad: bytes) -> bytes:
        if self.master is None:
            return bytes([PLAIN]) + plaintext
        kid = self.current(s, team_of(team))
        nonce = os.urandom(NONCE)
        return _HEAD.pack(SEALED, kid) + nonce + self._keys[kid].aead.encrypt(nonce, plaintext, aad)

    def seal_with(self, kid: int, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE)
        return _HEAD.pack(SEALED, kid) + nonce + self._key(kid).aead.encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        blob = bytes(blob)
        if not blob:
            raise VaultError("an empty value where HQ keeps a sealed one")
        if blob[0] == PLAIN:
            if self.master is not None:
                raise VaultError(
                    "a value in HQ's database is not sealed; HQ seals what an older HQ left "
                    "when it starts, and refuses any other"
                )
            return blob[1:]
        if blob[0] != SEALED or len(blob) < _HEAD.size + NONCE + 16:
            raise VaultError("a value in HQ's database is not one HQ sealed")
        _fmt, kid = _HEAD.unpack_from(blob)
        try:
            return self._key(kid).aead.decrypt(
                blob[_HEAD.size : _HEAD.size + NONCE], blob[_HEAD.size + NONCE :], aad
            )
        except InvalidTag:
            raise VaultError(
                "a value in HQ's database does not open: it was changed or moved from another row"
            ) from None

    def seal_json(self, s: Session, team: str | None, value: Any, aad: bytes) -> bytes:
        return self.seal(s, team, json_bytes(value), aad)

    def open_json(self, blob: bytes | None, aad: bytes) -> Any:
        return None if blob is None else json_value(self.open(blob, aad))

    def seal_text(self, s: Session, team: str | None, value: str, aad: bytes) -> bytes:
        return self.seal(s, team, value.encode(), aad)

    def open_text(self, blob: bytes | None, aad: bytes) -> str | None:
        return None if blob is None else self.open(blob, aad).decode()


def json_bytes(value: Any) -> bytes:
    """`value` as compact UTF-8 JSON, by orjson: several times faster than json, and HQ seals
    four values a change. Keys that are not text are written as text, as json does. An
    integer past 64 bits is refused (TypeError): msgpack, the only way in, cannot carry one,
    and orjson would read it back as a float."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)


def json_value(data: bytes) -> Any:
    """The value `json_bytes` (or an older HQ, by json) wrote. What orjson does not read, a
    NaN json could write, is read by json."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def kid_of(blob: bytes) -> int | None:
    """The team key a sealed value names (None for one not sealed)."""
    if not blob or blob[0] != SEALED:
        return None
    return int(_HEAD.unpack_from(blob)[1])


def kid_bytes(kid: int) -> bytes:
    return struct.pack(">I", kid)


def aad(table: str, column: str, *parts: object) -> bytes:
    """What binds a value to its row: table, column and the row's own key."""
    return "\n".join([f"{table}.{column}", *("" if p is None else str(p) for p in parts)]).encode()
