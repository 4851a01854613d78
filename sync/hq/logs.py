"""What HQ writes to its log ("upfront.hq"): faults, by kind of error and line of code. Never a
record's content, a name, a key or an error's message (which may quote the values)."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("upfront.hq")


def fault(where: str, err: BaseException) -> None:
    """HQ's log of a fault: where, and the kind of error at which line of code; never its
    message, which may hold the values (a database error quotes the statement's)."""
    import traceback

    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if "/sync/" in f.filename.replace("\\", "/")] or frames
    at = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    log.warning("%s: %s at %s", where, type(err).__name__, at)
