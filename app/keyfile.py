"""The key file: the database key, sealed once per key slot.

Each staff member on a laptop has a passphrase slot; the recovery key (shown once, to print) is
one more slot. A slot's key-encryption key (KEK) is derived from its secret with Argon2id and
wraps that slot's own X25519 private key with AES-GCM. The database key is *sealed* to each
slot's public key (an ephemeral X25519 exchange, HKDF-SHA256, AES-GCM), so whoever holds the
database key can seal a new one for every slot without knowing anyone else's passphrase: that
is what lets the key be rotated (`Store.rekey`) when a user is removed. The slot's header (its
public key included) is the associated data of both layers, and a seal's also names its key
generation, so a slot cannot be edited, moved between files or given another generation's key
without detection.

Only this small file is rewritten when a passphrase changes, atomically (temp file, fsync,
rename, fsync of the directory), so an interruption at any instant leaves either the old or the
new file, never neither. A changed passphrase also gets a new key pair, so the old passphrase
with an old copy of this file opens no seal written after the change.

Key files written before rotation existed (version 1) wrap the database key directly under the
KEK ("legacy" slots). They are read as they are; a legacy slot becomes a sealed one the first
time it is opened (its KEK is needed for that), and the key cannot be rotated while any
remaining slot is legacy.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import stat
import unicodedata
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import BadInput, KeyFileError, WrongPassphrase
from app.files import fsync_dir

FORMAT = "upfront-keyfile"
VERSION = 2
LEGACY_VERSION = 1
KEY_BYTES = 32
MIN_PASSPHRASE = 10
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
RECOVERY_LABEL = "recovery"
_TMP_PREFIX = ".keys-"
_SEAL_INFO = b"upfront-keyfile seal v2"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is RFC 9106's second recommended setting (64 MiB, t=3, p=4)."""

    iterations: int = 3
    lanes: int = 4
    memory_cost: int = 64 * 1024  # KiB

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_cost,
        ).derive(secret)


@dataclass(frozen=True)
class Seal:
    """The database key of one generation, sealed to a slot's public key."""

    generation: int
    ephemeral: bytes
    nonce: bytes
    sealed: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "ephemeral": _b64(self.ephemeral),
            "nonce": _b64(self.nonce),
            "sealed": _b64(self.sealed),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Seal:
        generation = raw["generation"]
        if not isinstance(generation, int) or generation < 0:
            raise ValueError("bad generation")
        return cls(
            generation, _unb64(raw["ephemeral"]), _unb64(raw["nonce"]), _unb64(raw["sealed"])
        )


@dataclass(frozen=True)
class Slot:
    id: str
    label: str
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes  # the slot's X25519 private key under its KEK (legacy: the database key)
    created_at: str
    public: bytes = b""  # the slot's X25519 public key; empty in a legacy slot
    seals: tuple[Seal, ...] = ()

    @property
    def legacy(self) -> bool:
        return not self.public

    def aad(self, store_id: str) -> bytes:
        header = {
            "format": FORMAT,
            "version": LEGACY_VERSION if self.legacy else VERSION,
            "store_id": store_id,
            "slot": self.id,
            "label": self.label,
            "kind": self.kind,
            "kdf": asdict(self.kdf),
        }
        if not self.legacy:
            header["public_key"] = _b64(self.public)
        return json.dumps(header, sort_keys=True).encode()

    def seal_aad(self, store_id: str, generation: int) -> bytes:
        return self.aad(store_id) + f"\ngeneration={generation}".encode()

    def generations(self) -> set[int]:
        return {s.generation for s in self.seals}

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
            "created_at": self.created_at,
        }
        if not self.legacy:
            out["public_key"] = _b64(self.public)
            out["seals"] = [s.to_json() for s in self.seals]
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Slot:
        kdf = dict(raw["kdf"])
        if kdf.pop("name") != "argon2id":
            raise ValueError("unsupported kdf")
        params = KdfParams(**{k: int(v) for k, v in kdf.items()})
        if not (
            1 <= params.iterations <= 64
            and 1 <= params.lanes <= 64
            and 8 * params.lanes <= params.memory_cost <= 4 * 1024 * 1024
        ):
            raise ValueError("Argon2id parameters out of range")
        public = _unb64(raw["public_key"]) if "public_key" in raw else b""
        if public and len(public) != 32:
            raise ValueError("bad public key")
        return cls(
            id=str(raw["id"]),
            label=str(raw["label"]),
            kind=str(raw["kind"]),
            kdf=params,
            salt=_unb64(raw["salt"]),
            nonce=_unb64(raw["nonce"]),
            wrapped=_unb64(raw["wrapped_key"]),
            created_at=str(raw["created_at"]),
            public=public,
            seals=tuple(Seal.from_json(s) for s in raw.get("seals", [])) if public else (),
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


def _seal_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_SEAL_INFO + ephemeral + public
    ).derive(shared)


def normalize_secret(secret: str) -> bytes:
    """Same passphrase, same bytes, however the keyboard composed the accents."""
    return unicodedata.normalize("NFKC", secret).encode("utf-8")


def check_new_passphrase(passphrase: str, field_name: str = "passphrase") -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise BadInput(field_name, f"must be at least {MIN_PASSPHRASE} characters")


def check_label(label: str) -> str:
    label = label.strip()
    if not label:
        raise BadInput("user", "must not be empty")
    if len(label) > 64 or any(unicodedata.category(c).startswith("C") for c in label):
        raise BadInput("user", "must be at most 64 printable characters")
    if label.casefold() == RECOVERY_LABEL:
        raise BadInput("user", f"{RECOVERY_LABEL!r} is reserved for the recovery key")
    return label


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 4 base32 characters, easy to print and type back."""
    text = base64.b32encode(secrets.token_bytes(20)).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalize_recovery_key(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Unlocked(NamedTuple):
    db_key: bytes
    slot: Slot
    kek: bytes


Keys = dict[int, bytes]  # database keys by generation


@dataclass
class KeyFile:
    """`generation` numbers the current database key. While a rotation runs, `pending` is
    the next generation: every slot then holds seals of both keys, and the database file
    tells which of the two is in force (see app.store's rotation)."""

    path: Path
    store_id: str
    slots: list[Slot] = field(default_factory=list)
    generation: int = 0
    pending: int | None = None
    rekey_due: bool = False

    # ---- reading and writing -------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeyFile:
        if not path.exists():
            raise KeyFileError(
                f"no key file at {path}: the store was wiped, never created here, or the file "
                "was removed; without it the database cannot be opened"
            )
        try:
            raw = json.loads(path.read_bytes())
            if raw.get("format") != FORMAT:
                raise ValueError("not an Upfront key file")
            if raw.get("version") not in (LEGACY_VERSION, VERSION):
                raise KeyFileError(
                    f"key file {path} has version {raw.get('version')!r}; this Upfront reads "
                    f"versions {LEGACY_VERSION} and {VERSION}"
                )
            slots = [Slot.from_json(s) for s in raw["slots"]]
            store_id = str(uuid.UUID(raw["store_id"]))
            generation = raw.get("generation", 0)
            pending = (raw.get("pending") or {}).get("generation")
            if (
                not isinstance(generation, int)
                or generation < 0
                or (pending is not None and pending != generation + 1)
            ):
                raise ValueError("bad key generation")
            rekey_due = bool(raw.get("rekey_due", False))
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
            raise KeyFileError(f"key file {path} is corrupted or not an Upfront key file") from exc
        if not slots:
            raise KeyFileError(f"key file {path} has no key slots")
        return cls(
            path=path,
            store_id=store_id,
            slots=slots,
            generation=generation,
            pending=pending,
            rekey_due=rekey_due,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "generation": self.generation,
            "pending": None
            if self.pending is None
            else {"generation": self.pending, "started_at": _now()},
            "rekey_due": self.rekey_due,
            "slots": [s.to_json() for s in self.slots],
        }

    def save(self) -> None:
        """Replace the file atomically; a crash leaves the old or the new file whole."""
        directory = self.path.parent
        directory.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self.to_json(), indent=1).encode()
        tmp = directory / f"{_TMP_PREFIX}{secrets.token_hex(8)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        fsync_dir(directory)
        for stale in leftovers(directory):  # unlinked only: a concurrent writer may own it
            stale.unlink(missing_ok=True)

    # ---- creating ------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path, label: str, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[KeyFile, bytes, str]:
        """A new key file with one user's slot and a recovery slot.

        Returns the file, the database key and the recovery key (to be shown once).
        """
        label = check_label(label)
        check_new_passphrase(passphrase)
        kdf = kdf or KdfParams()
        db_key = secrets.token_bytes(KEY_BYTES)
        keyfile = cls(path=path, store_id=str(uuid.uuid4()))
        keys = {0: db_key}
        keyfile.slots.append(keyfile._wrap(keys, label, PASSPHRASE_SLOT, passphrase, kdf))
        recovery = new_recovery_key()
        keyfile.slots.append(keyfile._wrap(keys, RECOVERY_LABEL, RECOVERY_SLOT, recovery, kdf))
        return keyfile, db_key, recovery

    def _keys(self, db_key: bytes | Keys) -> Keys:
        return dict(db_key) if isinstance(db_key, dict) else {self.generation: db_key}

    def _wrap(
        self,
        keys: Keys,
        label: str,
        kind: str,
        secret: str,
        kdf: KdfParams,
        slot_id: str | None = None,
    ) -> Slot:
        salt = secrets.token_bytes(16)
        if kind == RECOVERY_SLOT:
            secret = normalize_recovery_key(secret)
        kek = kdf.derive(normalize_secret(secret), salt)
        return self._wrap_with_kek(keys, label, kind, kek, kdf, salt, slot_id)

    def _wrap_with_kek(
        self,
        keys: Keys,
        label: str,
        kind: str,
        kek: bytes,
        kdf: KdfParams,
        salt: bytes,
        slot_id: str | None = None,
    ) -> Slot:
        """A sealed slot with a new key pair; its private key under `kek`."""
        private = X25519PrivateKey.generate()
        stub = Slot(
            id=slot_id or str(uuid.uuid4()),
            label=label,
            kind=kind,
            kdf=kdf,
            salt=salt,
            nonce=secrets.token_bytes(12),
            wrapped=b"",
            created_at=_now(),
            public=private.public_key().public_bytes_raw(),
        )
        wrapped = AESGCM(kek).encrypt(
            stub.nonce, private.private_bytes_raw(), stub.aad(self.store_id)
        )
        slot = replace(stub, wrapped=wrapped)
        for generation, key in sorted(keys.items()):
            slot = self._seal(slot, generation, key)
        return slot

    def _seal(self, slot: Slot, generation: int, key: bytes) -> Slot:
        """`slot` with `key` sealed to it as `generation` (replacing a seal of that one)."""
        ephemeral = X25519PrivateKey.generate()
        epk = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public))
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(_seal_key(shared, epk, slot.public)).encrypt(
            nonce, key, slot.seal_aad(self.store_id, generation)
        )
        seals = tuple(s for s in slot.seals if s.generation != generation)
        return replace(slot, seals=(*seals, Seal(generation, epk, nonce, sealed)))

    # ---- slots ---------------------------------------------------------------------------
    def users(self) -> list[str]:
        return [s.label for s in self.slots if s.kind == PASSPHRASE_SLOT]

    def slot(self, label: str) -> Slot | None:
        wanted = label.strip().casefold()
        return next((s for s in self.slots if s.label.casefold() == wanted), None)

    def slot_by_id(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def derive_kek(self, slot: Slot, secret: str) -> bytes:
        if slot.kind == RECOVERY_SLOT:
            secret = normalize_recovery_key(secret)
        return slot.kdf.derive(normalize_secret(secret), slot.salt)

    def open_slot(self, slot: Slot, kek: bytes) -> Keys:
        """Every database key the slot holds, by generation (two while a rotation runs).
        WrongPassphrase if `kek` is not this slot's."""
        try:
            inner = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.aad(self.store_id))
        except (InvalidTag, ValueError) as exc:
            raise WrongPassphrase() from exc
        if slot.legacy:
            return {self.generation: inner}
        try:
            private = X25519PrivateKey.from_private_bytes(inner)
            keys = {}
            for seal in slot.seals:
                shared = private.exchange(X25519PublicKey.from_public_bytes(seal.ephemeral))
                keys[seal.generation] = AESGCM(
                    _seal_key(shared, seal.ephemeral, slot.public)
                ).decrypt(seal.nonce, seal.sealed, slot.seal_aad(self.store_id, seal.generation))
        except (InvalidTag, ValueError) as exc:
            raise KeyFileError(f"key file {self.path}: a key slot's seal is damaged") from exc
        return keys

    def unwrap(self, slot: Slot, kek: bytes) -> bytes:
        """The current database key."""
        keys = self.open_slot(slot, kek)
        if self.generation not in keys:
            raise KeyFileError(f"key file {self.path}: a key slot lacks the current key")
        return keys[self.generation]

    def unlock(self, label: str | None, passphrase: str) -> Unlocked:
        """The database key, the slot that opened it and its KEK. Without a label, try every
        user slot."""
        if label is not None:
            slot = self.slot(label)
            candidates = [slot] if slot is not None else []
        else:
            candidates = [s for s in self.slots if s.kind == PASSPHRASE_SLOT]
        for slot in candidates:
            kek = self.derive_kek(slot, passphrase)
            try:
                return Unlocked(self.unwrap(slot, kek), slot, kek)
            except WrongPassphrase:
                continue
        raise WrongPassphrase()

    def upgrade_slot(self, slot: Slot, kek: bytes, keys: Keys) -> Slot:
        """A legacy slot turned into a sealed one under the same KEK (so a key remembered on
        this device still opens it). The caller saves."""
        new = self._wrap_with_kek(
            keys, slot.label, slot.kind, kek, slot.kdf, slot.salt, slot_id=slot.id
        )
        self.slots = [new if s.id == slot.id else s for s in self.slots]
        return new

    def add_user(
        self, db_key: bytes | Keys, label: str, passphrase: str, kdf: KdfParams | None = None
    ) -> Slot:
        """`db_key`: the current key, or every key by generation while a rotation is pending."""
        label = check_label(label)
        if self.slot(label) is not None:
            raise BadInput("user", f"a user named {label!r} already has a slot")
        check_new_passphrase(passphrase)
        slot = self._wrap(
            self._keys(db_key), label, PASSPHRASE_SLOT, passphrase, kdf or KdfParams()
        )
        self.slots.append(slot)
        self.save()
        return slot

    def remove_user(self, label: str) -> Slot:
        """Drop a user's slot from this object, not from the file: removing a user is saved
        only together with a rotation of the database key (`Store.remove_user`), since the
        removed passphrase still opens the current key in any older copy of the file."""
        slot = self.slot(label)
        if slot is None or slot.kind != PASSPHRASE_SLOT:
            raise BadInput("user", "no user of that name has a slot here")
        if len(self.users()) == 1:
            raise BadInput("user", "cannot remove the last user; use wipe to destroy the store")
        self.slots = [s for s in self.slots if s.id != slot.id]
        return slot

    def change_secret(self, label: str, old: str, new: str) -> Slot:
        """Re-wrap one slot under a new secret, with a new key pair; only the key file
        changes."""
        slot = self.slot(label)
        if slot is None or slot.kind != PASSPHRASE_SLOT:
            raise WrongPassphrase()
        keys = self.open_slot(slot, self.derive_kek(slot, old))
        check_new_passphrase(new, "new passphrase")
        new_slot = self._wrap(keys, slot.label, slot.kind, new, slot.kdf, slot_id=slot.id)
        self.slots = [new_slot if s.id == slot.id else s for s in self.slots]
        self.save()
        return new_slot

    def recovery_slot(self) -> Slot:
        slot = next((s for s in self.slots if s.kind == RECOVERY_SLOT), None)
        if slot is None:
            raise WrongPassphrase("this store has no recovery key slot")
        return slot

    def open_recovery(self, recovery_key: str) -> tuple[Slot, bytes, Keys]:
        """The recovery slot, its KEK and its keys by generation."""
        slot = self.recovery_slot()
        kek = self.derive_kek(slot, recovery_key)
        try:
            return slot, kek, self.open_slot(slot, kek)
        except WrongPassphrase:
            raise WrongPassphrase("wrong recovery key; nothing was changed") from None

    def unlock_recovery(self, recovery_key: str) -> bytes:
        keys = self.open_recovery(recovery_key)[2]
        if self.generation not in keys:
            raise KeyFileError(f"key file {self.path}: the recovery slot lacks the current key")
        return keys[self.generation]

    def reset_with_recovery(self, recovery_key: str, label: str, new: str) -> Slot:
        """Forgotten passphrase: the recovery key re-wraps (or creates) that user's slot."""
        keys = self.open_recovery(recovery_key)[2]
        check_new_passphrase(new, "new passphrase")
        label = check_label(label)
        old = self.slot(label)
        slot = self._wrap(
            keys,
            old.label if old else label,
            PASSPHRASE_SLOT,
            new,
            KdfParams(),
            slot_id=old.id if old else None,
        )
        self.slots = [s for s in self.slots if old is None or s.id != old.id] + [slot]
        self.save()
        return slot

    # ---- rotation (the steps; app.store.Store.rekey runs them in order) -------------------
    def legacy_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.legacy]

    def begin_rotation(self, new_key: bytes) -> int:
        """Seal `new_key` as the next generation to every slot and mark it pending; saved.
        The current key stays in every slot until `finish_rotation`."""
        if self.pending is not None:
            raise KeyFileError(f"key file {self.path}: a key rotation is already pending")
        legacy = self.legacy_slots()
        if legacy:
            recovery = [s for s in legacy if s.kind == RECOVERY_SLOT]
            users = len(legacy) - len(recovery)
            reasons = []
            if users:
                reasons.append(
                    f"{users} user slot(s) made by an earlier version of Upfront "
                    "have not been opened since: each of those users unlocks once "
                    "(or is removed)"
                )
            if recovery:
                reasons.append(
                    "the recovery slot was made by an earlier version: give the "
                    "recovery key once (UPFRONT_RECOVERY_KEY or the prompt)"
                )
            raise BadInput("key slots", "; ".join(reasons) + "; nothing was changed")
        pending = self.generation + 1
        self.slots = [self._seal(s, pending, new_key) for s in self.slots]
        self.pending = pending
        self.save()
        return pending

    def finish_rotation(self) -> None:
        """The database is under the pending key: make it current and drop every older key
        from every slot (saved)."""
        if self.pending is None:
            return
        self.generation, self.pending, self.rekey_due = self.pending, None, False
        self.slots = [
            s
            if s.legacy
            else replace(s, seals=tuple(x for x in s.seals if x.generation == self.generation))
            for s in self.slots
        ]
        self.save()

    def abandon_rotation(self) -> None:
        """The database is still under the current key: drop the pending one (saved). The
        rotation stays due, so the next open with the chance to run it does."""
        if self.pending is None:
            return
        pending, self.pending, self.rekey_due = self.pending, None, True
        self.slots = [
            s
            if s.legacy
            else replace(s, seals=tuple(x for x in s.seals if x.generation != pending))
            for s in self.slots
        ]
        self.save()


def leftovers(directory: Path) -> list[Path]:
    """Temporary key files a writer killed between writing and renaming left behind: each is
    a complete key file, as able to open the store as keys.json."""
    return sorted(directory.glob(f"{_TMP_PREFIX}*.tmp"))


def destroy_leftovers(directory: Path) -> list[Path]:
    removed = []
    for path in leftovers(directory):
        try:
            if path.is_symlink():  # never overwrite what a link points to: drop the link
                path.unlink()
            elif path.is_file():
                destroy(path)
            else:
                continue
        except FileNotFoundError:  # another writer renamed or removed it meanwhile
            continue
        removed.append(path)
    return removed


def destroy(path: Path) -> None:
    """Crypto-erase: overwrite the key file with random bytes, sync, and remove it.

    A link is removed, never followed (a link planted as keys.json must not get another file
    overwritten); anything but a regular file (a folder, a pipe: it holds no key) is refused
    with KeyFileError, without opening it, so an emergency wipe never waits on a pipe."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        path.unlink()
        fsync_dir(path.parent)
        return
    if not stat.S_ISREG(info.st_mode):
        raise KeyFileError(f"{path}: is not a regular file; left as it is")
    fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    with open(fd, "r+b") as handle:
        handle.write(secrets.token_bytes(max(info.st_size, 4096)))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    fsync_dir(path.parent)
