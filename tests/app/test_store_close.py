"""Closing a store while another thread is in the middle of a query: the close waits for the
query to end instead of closing its connection under it (SQLCipher crashes on a connection
closed mid-statement: seen when a remote wipe closed the store during the Home page's counts).

The scenario runs in a child process, so that a crash fails this test instead of ending the
test run."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from app.errors import StoreClosed

ROOT = Path(__file__).resolve().parents[2]

SCENARIO = textwrap.dedent(
    """
    import sys, threading, time
    from pathlib import Path
    from app.store import Store
    from tests.app.conftest import FAST_KDF, PASSPHRASE

    N = 1_000_000
    store, _ = Store.create(Path(sys.argv[1]), "amina", PASSPHRASE, kdf=FAST_KDF)
    started = threading.Event()
    result = {}

    def reader():
        try:
            with store.session() as session:
                conn = session.connection()
                started.set()
                rows = conn.exec_driver_sql(
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                    f"WHERE x < {N}) SELECT x FROM c"
                )
                result["count"] = sum(1 for _ in rows)  # a step per row: closes fall between
            result["done"] = time.monotonic()
        except BaseException as error:  # reported below, in the parent's words
            result["error"] = type(error).__name__
            started.set()

    thread = threading.Thread(target=reader)
    thread.start()
    started.wait()
    store.close()
    closed = time.monotonic()
    thread.join()
    assert "error" not in result, result
    assert result["count"] == N, result
    assert result["done"] <= closed, "close returned before the other thread's query ended"
    print("ok")
    """
)


def test_close_waits_for_another_threads_query(tmp_path: Path) -> None:
    child = subprocess.run(
        [sys.executable, "-c", SCENARIO, str(tmp_path / "data")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, (child.returncode, child.stderr[-2000:])
    assert child.stdout.strip() == "ok"


def test_a_closed_store_refuses_new_work_from_any_thread(store) -> None:
    store.close()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            store.session()
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert len(errors) == 1 and isinstance(errors[0], StoreClosed)
    with pytest.raises(StoreClosed), store.transaction():
        pass
