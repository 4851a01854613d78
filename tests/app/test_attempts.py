"""Failed unlock attempts survive a restart; success or a day's wait clears them."""

from __future__ import annotations

import json
import time

from app.attempts import UnlockAttempts
from app.store import wipe


def test_failures_are_counted_across_instances(tmp_path):
    assert UnlockAttempts(tmp_path).load() == (0, None)
    UnlockAttempts(tmp_path).record_failure()
    assert UnlockAttempts(tmp_path).record_failure() == 2
    failures, last = UnlockAttempts(tmp_path).load()
    assert failures == 2 and abs(time.time() - last) < 5
    UnlockAttempts(tmp_path).clear()
    assert UnlockAttempts(tmp_path).load() == (0, None)


def test_old_or_damaged_records_do_not_count(tmp_path):
    attempts = UnlockAttempts(tmp_path)
    attempts.path.write_text(json.dumps({"failures": 5, "last": time.time() - 3 * 86400}))
    assert attempts.load() == (0, None)
    attempts.path.write_text("{garbage")
    assert attempts.load() == (0, None)


def test_wipe_removes_the_record(tmp_path):
    UnlockAttempts(tmp_path).record_failure()
    wipe(tmp_path)
    assert not (tmp_path / "unlock-attempts.json").exists()
