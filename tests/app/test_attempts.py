"""Failed unlock attempts survive a restart; success or a day's wait clears them."""

from __future__ import annotations

import json
import time

from app.attempts import UnlockAttempts
from app.wipe import wipe


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


# ---- the delay rule, shared by the window and the command line -----------------------------
def test_the_delay_grows_then_stops_at_a_minute() -> None:
    from app.attempts import MAX_DELAY, retry_delay

    assert [retry_delay(n) for n in range(0, 9)] == [0, 0, 0, 1, 2, 4, 8, 16, 32]
    assert retry_delay(40) == MAX_DELAY == 60
    assert retry_delay(10**12) == 60  # a hostile count costs no time to work out


def test_the_window_uses_the_shared_rule() -> None:
    import app.attempts
    import ui.unlock

    assert ui.unlock.retry_delay is app.attempts.retry_delay


def test_seconds_to_wait_counts_down_from_the_last_failure(tmp_path) -> None:
    attempts = UnlockAttempts(tmp_path)
    assert attempts.seconds_to_wait() == 0
    for _ in range(2):
        attempts.record_failure()
    assert attempts.seconds_to_wait() == 0  # two are free
    attempts.path.write_text(json.dumps({"failures": 6, "last": time.time() - 3.5}))
    assert attempts.seconds_to_wait() == 5  # 8 s for six failures, 3.5 s gone: 4.5 -> 5
    attempts.path.write_text(json.dumps({"failures": 6, "last": time.time() - 9}))
    assert attempts.seconds_to_wait() == 0
    attempts.path.write_text(json.dumps({"failures": 6, "last": time.time() + 3600}))
    assert attempts.seconds_to_wait() == 0  # a time in the future (clock set back) is void
