"""Failed unlock attempts, remembered across restarts so that quitting and starting again does
not skip the growing delay. Holds a count and a time only, never what was typed."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

FILENAME = "unlock-attempts.json"
FORGET_AFTER = 24 * 3600  # seconds: a day later, start counting afresh


class UnlockAttempts:
    def __init__(self, directory: Path) -> None:
        self.path = directory / FILENAME

    def load(self) -> tuple[int, float | None]:
        """(failures, wall-clock time of the last one); (0, None) when none count."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            failures, last = int(raw["failures"]), float(raw["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, None
        if failures <= 0 or not 0 <= time.time() - last < FORGET_AFTER:
            return 0, None
        return failures, last

    def record_failure(self) -> int:
        failures = self.load()[0] + 1
        if self.path.parent.is_dir():
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"failures": failures, "last": time.time()}),
                           encoding="utf-8")
            os.replace(tmp, self.path)
        return failures

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
