"""The key file: a random 256-bit database key, wrapped once per key slot.

Each staff member on a laptop has a passphrase slot; the recovery key (shown once, to print) is
one more slot. A slot's key-encryption key (KEK) is derived from its secret with Argon2id and
wraps the database key with AES-GCM; the slot's header is the associated data, so a slot
cannot be edited or moved between files without detection. Only this small file is rewritten
when a passphrase changes, atomically (temp file, fsync, rename, fsync of the directory), so
an interruption at any instant leaves either the old or the new file, never neither.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import BadInput, KeyFileError, WrongPassphrase

FORMAT = "upfront-keyfile"
VERSION = 1
KEY_BYTES = 32
MIN_PASSPHRASE = 10
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
RECOVERY_LABEL = "recovery"
_TMP_PREFIX = ".keys-"


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
class Slot:
    id: str
    label: str
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    created_at: str

    def aad(self, store_id: str) -> bytes:
        header = {
            "format": FORMAT,
            "version": VERSION,
            "store_id": store_id,
            "slot": self.id,
            "label": self.label,
            "kind": self.kind,
            "kdf": asdict(self.kdf),
        }
        return json.dumps(header, sort_keys=True).encode()

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, raw: dict) -> Slot:
        kdf = dict(raw["kdf"])
        if kdf.pop("name") != "argon2id":
            raise ValueError("unsupported kdf")
        params = KdfParams(**{k: int(v) for k, v in kdf.items()})
        if not (1 <= params.iterations <= 64 and 1 <= params.lanes <= 64
                and 8 * params.lanes <= params.memory_cost <= 4 * 1024 * 1024):
            raise ValueError("Argon2id parameters out of range")
        return cls(
            id=str(raw["id"]),
            label=str(raw["label"]),
            kind=str(raw["kind"]),
            kdf=params,
            salt=_unb64(raw["salt"]),
            nonce=_unb64(raw["nonce"]),
            wrapped=_unb64(raw["wrapped_key"]),
            created_at=str(raw["created_at"]),
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


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


@dataclass
class KeyFile:
    path: Path
    store_id: str
    slots: list[Slot] = field(default_factory=list)

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
            if raw.get("version") != VERSION:
                raise KeyFileError(
                    f"key file {path} has version {raw.get('version')!r}; this Upfront reads "
                    f"version {VERSION}"
                )
            slots = [Slot.from_json(s) for s in raw["slots"]]
            store_id = str(uuid.UUID(raw["store_id"]))
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
            raise KeyFileError(f"key file {path} is corrupted or not an Upfront key file") from exc
        if not slots:
            raise KeyFileError(f"key file {path} has no key slots")
        return cls(path=path, store_id=store_id, slots=slots)

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
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
        _fsync_dir(directory)
        for stale in directory.glob(f"{_TMP_PREFIX}*.tmp"):
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
        keyfile.slots.append(keyfile._wrap(db_key, label, PASSPHRASE_SLOT, passphrase, kdf))
        recovery = new_recovery_key()
        keyfile.slots.append(keyfile._wrap(db_key, RECOVERY_LABEL, RECOVERY_SLOT, recovery, kdf))
        return keyfile, db_key, recovery

    def _wrap(
        self, db_key: bytes, label: str, kind: str, secret: str, kdf: KdfParams, slot_id=None
    ) -> Slot:
        salt = secrets.token_bytes(16)
        kek = kdf.derive(normalize_secret(secret), salt)
        return self._wrap_with_kek(db_key, label, kind, kek, kdf, salt, slot_id)

    def _wrap_with_kek(self, db_key, label, kind, kek, kdf, salt, slot_id=None) -> Slot:
        stub = Slot(
            id=slot_id or str(uuid.uuid4()),
            label=label,
            kind=kind,
            kdf=kdf,
            salt=salt,
            nonce=secrets.token_bytes(12),
            wrapped=b"",
            created_at=_now(),
        )
        wrapped = AESGCM(kek).encrypt(stub.nonce, db_key, stub.aad(self.store_id))
        return Slot(**{**stub.__dict__, "wrapped": wrapped})

    # ---- slots ---------------------------------------------------------------------------
    def users(self) -> list[str]:
        return [s.label for s in self.slots if s.kind == PASSPHRASE_SLOT]

    def slot(self, label: str) -> Slot | None:
        wanted = label.strip().casefold()
        return next((s for s in self.slots if s.label.casefold() == wanted), None)

    def derive_kek(self, slot: Slot, secret: str) -> bytes:
        if slot.kind == RECOVERY_SLOT:
            secret = normalize_recovery_key(secret)
        return slot.kdf.derive(normalize_secret(secret), slot.salt)

    def unwrap(self, slot: Slot, kek: bytes) -> bytes:
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.aad(self.store_id))
        except (InvalidTag, ValueError) as exc:
            raise WrongPassphrase() from exc

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

    def add_user(self, db_key: bytes, label: str, passphrase: str, kdf=None) -> Slot:
        label = check_label(label)
        if self.slot(label) is not None:
            raise BadInput("user", f"a user named {label!r} already has a slot")
        check_new_passphrase(passphrase)
        slot = self._wrap(db_key, label, PASSPHRASE_SLOT, passphrase, kdf or KdfParams())
        self.slots.append(slot)
        self.save()
        return slot

    def remove_user(self, label: str) -> None:
        slot = self.slot(label)
        if slot is None or slot.kind != PASSPHRASE_SLOT:
            raise BadInput("user", f"no user named {label!r}")
        if len(self.users()) == 1:
            raise BadInput("user", "cannot remove the last user; use wipe to destroy the store")
        self.slots = [s for s in self.slots if s.id != slot.id]
        self.save()

    def change_secret(self, label: str, old: str, new: str) -> Slot:
        """Re-wrap one slot under a new secret; only the key file changes."""
        slot = self.slot(label)
        if slot is None or slot.kind != PASSPHRASE_SLOT:
            raise WrongPassphrase()
        db_key, slot, _ = self.unlock(slot.label, old)
        check_new_passphrase(new, "new passphrase")
        new_slot = self._wrap(db_key, slot.label, slot.kind, new, slot.kdf, slot_id=slot.id)
        self.slots = [new_slot if s.id == slot.id else s for s in self.slots]
        self.save()
        return new_slot

    def unlock_recovery(self, recovery_key: str) -> bytes:
        slot = next((s for s in self.slots if s.kind == RECOVERY_SLOT), None)
        if slot is None:
            raise WrongPassphrase("this store has no recovery key slot")
        try:
            return self.unwrap(slot, self.derive_kek(slot, recovery_key))
        except WrongPassphrase:
            raise WrongPassphrase("wrong recovery key; nothing was changed") from None

    def reset_with_recovery(self, recovery_key: str, label: str, new: str) -> Slot:
        """Forgotten passphrase: the recovery key re-wraps (or creates) that user's slot."""
        db_key = self.unlock_recovery(recovery_key)
        check_new_passphrase(new, "new passphrase")
        label = check_label(label)
        old = self.slot(label)
        slot = self._wrap(
            db_key, old.label if old else label, PASSPHRASE_SLOT, new, KdfParams(),
            slot_id=old.id if old else None,
        )
        self.slots = [s for s in self.slots if old is None or s.id != old.id] + [slot]
        self.save()
        return slot


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def destroy(path: Path) -> None:
    """Crypto-erase: overwrite the key file with random bytes, sync, and remove it."""
    if not path.exists():
        return
    size = max(path.stat().st_size, 4096)
    with open(path, "r+b") as handle:
        handle.write(secrets.token_bytes(size))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    _fsync_dir(path.parent)
