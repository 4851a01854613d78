"""Typed errors. Each carries the CLI exit code; none ever carries record plaintext or a secret."""

from __future__ import annotations


class UpfrontError(Exception):
    """Base class: a clear message for a person, and the exit code the CLI returns.

    `hint` is for the command line only (a command to run next, say): the window shows the
    message alone, as no message in it names a command."""

    exit_code = 1
    hint: str | None = None

    def __init__(self, *args: object, hint: str | None = None) -> None:
        super().__init__(*args)
        self.hint = hint


class BadInput(UpfrontError):
    """Input that fails validation; names the field and the reason."""

    exit_code = 2

    def __init__(self, field: str, reason: str, *, hint: str | None = None) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}", hint=hint)


class AccessDenied(UpfrontError):
    """The store stays locked: wrong passphrase, unknown user, nothing remembered."""

    exit_code = 3


class WrongPassphrase(AccessDenied):
    def __init__(self, message: str = "wrong passphrase (or unknown user); nothing was changed"):
        super().__init__(message)


class KeyFileError(UpfrontError):
    """The key file is missing, corrupted, or of a format this version cannot read."""


class NotOurDatabase(UpfrontError):
    """The database file cannot be opened with this store's key: not ours, or damaged."""


class SchemaTooNew(UpfrontError):
    """The database was written by a newer Upfront; refusing to touch it."""


class StoreExists(UpfrontError):
    """init was asked to create a store where one already exists."""


class StoreMissing(UpfrontError):
    """No store in the data directory yet."""


class NotFound(UpfrontError):
    """A record asked for by id does not exist."""


class NoKeyringBackend(UpfrontError):
    """The OS offers no keyring: 'remember on this device' is unavailable; use the passphrase."""


class StoreClosed(UpfrontError):
    """Work asked of a store that was closed (locked) meanwhile."""


class StoreWiped(UpfrontError):
    """The store was crypto-erased on HQ's signed order (its device was revoked): nothing of it
    is left to open. A distinct exit code, so a script can tell."""

    exit_code = 4


class Cancelled(UpfrontError):
    """Long work stopped on a person's request (Cancel, Ctrl+C) before its commit point:
    nothing of it was kept (app.progress). The shell's exit code for an interrupt."""

    exit_code = 130

    def __init__(self, message: str = "cancelled; nothing was half-written") -> None:
        super().__init__(message)
