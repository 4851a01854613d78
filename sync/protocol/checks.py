"""The one error of the wire format and the checks on each field read from the network.

Every module of the package reads what another party sent through these, so a field of the
wrong type or size becomes a ProtocolError naming the field, never a crash or `bytes(n)`.
"""

from __future__ import annotations

import uuid
from typing import Any


class ProtocolError(Exception):
    """A message that is malformed, forged or does not fit: `status` is the HTTP status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def body(self) -> dict[str, str]:
        """The refusal as HQ answers it (JSON): its code and what it means."""
        return {"error": self.code, "detail": self.message}


def certified(device: str | None) -> str:
    """The device a request's client certificate names; a request without one is refused
    (401), whatever it asks: every call past enrolment needs it."""
    if device is None:
        raise ProtocolError(
            401,
            "no-client-certificate",
            "this call needs the device's client certificate (enroll first)",
        )
    return device


def checked_bytes(value: Any, what: str, size: int | None = None) -> bytes:
    """A bytes field from the network, checked (never `bytes(n)` on a number someone sent)."""
    if not isinstance(value, bytes) or (size is not None and len(value) != size):
        raise ProtocolError(
            400,
            "malformed",
            f"{what} is not {size or 'a'} bytes" if size else f"{what} is not bytes",
        )
    return value


def checked_int(value: Any, what: str, low: int = 0, high: int = 2**63 - 1) -> int:
    """An integer field from the network, checked for type and range."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ProtocolError(400, "malformed", f"{what} is not a whole number in range")
    return value


def checked_text(value: Any, what: str, max_len: int = 200) -> str:
    if not isinstance(value, str) or len(value) > max_len:
        raise ProtocolError(400, "malformed", f"{what} is not a short text")
    return value


def checked_opt_text(value: Any, what: str) -> str | None:
    return None if value is None else checked_text(value, what)


def uuid_bytes(text: str) -> bytes:
    return uuid.UUID(text).bytes


def uuid_text(data: bytes) -> str:
    return str(uuid.UUID(bytes=checked_bytes(data, "id", 16)))
