"""Redacted views: what a device that reads as an audience other than internal (a `un`
analyst's) pulls. Filled in by the audience-scoped sync work."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sync import protocol as p
from sync.hq.core import HQCore
from sync.hq.models import Device


def pull(hq: HQCore, s: Session, dev: Device, cursor: int, limit: int) -> p.Page:
    raise p.ProtocolError(
        501, "audience", f"HQ cannot yet send records to a device of audience {dev.audience}"
    )
