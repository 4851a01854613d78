"""'Remember on this device': a slot's key-encryption key kept in the OS keyring.

Off by default. The keyring holds the KEK of one slot, never the database key or a passphrase;
changing that passphrase or wiping the store forgets it. Headless Linux usually has no keyring
backend: then `available()` is False and callers say so and keep asking for the passphrase.
"""

from __future__ import annotations

import base64

import keyring
import keyring.errors
from keyring.backends import fail

from app.errors import NoKeyringBackend

SERVICE = "Upfront"
NO_BACKEND = (
    "this system offers no OS keyring, so Upfront cannot remember you on this device; "
    "your passphrase still opens the store"
)


def _username(store_id: str, slot_id: str) -> str:
    return f"{store_id}:{slot_id}"


def available() -> bool:
    """A real OS keyring (priority 1 or more: Secret Service, macOS Keychain, Windows
    Credential Locker). Fallbacks below that, such as keyrings.alt's plaintext file, would
    leave the key readable on disk next to the store, which is worse than not remembering."""
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) >= 1


def remember(store_id: str, slot_id: str, kek: bytes) -> None:
    if not available():
        raise NoKeyringBackend(NO_BACKEND)
    try:
        keyring.set_password(SERVICE, _username(store_id, slot_id), base64.b64encode(kek).decode())
    except Exception as exc:  # backends fail in their own ways (OSError, D-Bus)
        raise NoKeyringBackend(
            f"the OS keyring refused to store the key ({type(exc).__name__}); your passphrase "
            "still opens the store"
        ) from None


def recall(store_id: str, slot_id: str) -> bytes | None:
    if not available():
        return None
    try:
        value = keyring.get_password(SERVICE, _username(store_id, slot_id))
    except keyring.errors.KeyringError:
        return None
    return base64.b64decode(value) if value else None


def forget(store_id: str, slot_id: str) -> None:
    if not available():
        return
    try:
        keyring.delete_password(SERVICE, _username(store_id, slot_id))
    except keyring.errors.KeyringError:  # nothing stored, or the backend is gone
        pass
