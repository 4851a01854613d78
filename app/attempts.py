"""Failed unlock attempts, remembered across restarts so that quitting and starting again does
not skip the growing delay. Holds a count and a time only, never what was typed.

The rule for the delay lives here so that the window (ui/unlock.py) and the command line
(app/cli/common.py) enforce the same one: `retry_delay(n)` seconds must pass after the n-th failure
before the next passphrase or recovery key is tried."""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path

FILENAME = "unlock-attempts.json"
FORGET_AFTER = 24 * 3600  # seconds: a day later, start counting afresh
FREE_ATTEMPTS = 2  # wrong attempts before each further one costs a growing wait
MAX_DELAY = 60  # seconds


def retry_delay(failures: int) -> int:
    """Seconds to wait after `failures` wrong attempts: 0, 0, 1, 2, 4, 8 … up to MAX_DELAY.

    Only a brake on guessing at the keyboard: a thief with the key file can guess offline,
    which the Argon2id cost, not this delay, makes expensive.
    """
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(1 << min(failures - FREE_ATTEMPTS - 1, 16), MAX_DELAY)  # 2 ** n, n >= 0


class UnlockAttempts:
    def __init__(self, directory: Path) -> None:
        self.path = directory / FILENAME

    def load(self) -> tuple[int, float | None]:
        """(failures, wall-clock time of the last one); (0, None) when none count."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            failures, last = int(raw["failures"]), float(raw["last"])
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return 0, None
        if failures <= 0 or not 0 <= time.time() - last < FORGET_AFTER:
            return 0, None
        return failures, last

    def seconds_to_wait(self) -> int:
        """Whole seconds (rounded up) before the next attempt may be tried; 0 when it may."""
        failures, last = self.load()
        if last is None:
            return 0
        remaining = retry_delay(failures) - (time.time() - last)
        return max(0, math.ceil(remaining))

    def record_failure(self) -> int:
        failures = self.load()[0] + 1
        if self.path.parent.is_dir():
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(
                json.dumps({"failures": failures, "last": time.time()}), encoding="utf-8"
            )
            os.replace(tmp, self.path)
        return failures

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
