"""Record ids: UUID version 7 (RFC 9562), time-ordered, so new rows append to the end of every
id index instead of landing on random pages (which costs most on an encrypted store, where each
touched page is decrypted and re-encrypted). Written by hand because Python 3.11's uuid module
has no uuid7 (3.14 adds it); replace with `uuid.uuid7()` when the minimum Python allows."""

from __future__ import annotations

import secrets
import time


def new_id() -> str:
    millis = time.time_ns() // 1_000_000
    value = (millis & ((1 << 48) - 1)) << 80 | secrets.randbits(80)
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 9562 variant
    h = f"{value:032x}"  # what str(uuid.UUID(int=value)) gives, without the object
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
