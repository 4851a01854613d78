"""The README's walkthrough screenshots, taken from the real application under Xvfb.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py [OUT]

OUT defaults to docs/screenshots. Uses Qt's X11 platform (the one an officer's Linux laptop
uses), a sample store (app.demo) for the pages, and a throwaway real store for enrolment and
review (the sample store refuses to enrol). Each picture is the window or dialog as drawn on
the X server. Nothing here is a test; look at the PNGs.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from app import demo  # noqa: E402
from app.incidents import Incidents  # noqa: E402
from app.keyfile import KdfParams  # noqa: E402
from app.store import Store  # noqa: E402
from ui import tasks  # noqa: E402
from ui.qt import QApplication, QWidget  # noqa: E402

FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
SIZE = (1280, 800)


def settle(done: Callable[[], bool] = lambda: True, timeout: float = 30.0) -> None:
    """Run the event loop until `done`, then a little more so the last paint lands."""
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + timeout
    while not done():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there")
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)


def shoot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def on_worker(fn: Callable[[], object]) -> object:
    return tasks.run_in_background(fn).result()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from ui import main_window as mw
    from ui.main_window import MainWindow
    from ui.review_page import ApproveDialog

    with tempfile.TemporaryDirectory() as tmp:
        # ---- the sample store: home, map, review queue, horizon --------------------------------
        sample = Path(tmp) / "sample"
        demo.create(sample).close()
        store = on_worker(lambda: Store.open(sample, demo.SAMPLE_PASSPHRASE))
        assert isinstance(store, Store)
        window = MainWindow(store)
        window.resize(*SIZE)
        window.show()
        settle(window.isVisible)
        home = getattr(mw, "HOME", None)
        if home is not None:
            window.show_section(home)
            page = window.pages.currentWidget()
            settle(lambda: getattr(page, "is_loaded", lambda: True)())
            shoot(window, out, "home")
        window.show_section(mw.MAP)
        settle(window.map_page.is_loaded)
        shoot(window, out, "map")
        window.show_section(mw.REVIEW)
        window.review_page.show_scope(1)  # all submitted
        settle(lambda: window.review_page.is_loaded() and window.review_page.table.rowCount() > 0)
        window.review_page.table.selectRow(0)
        shoot(window, out, "review-queue")
        dialog = ApproveDialog(window.review_page.rows[0]["title"], window)
        dialog.comment.setPlainText("Two independent sources; the hospital record matches.")
        dialog.show()
        shoot(dialog, out, "review-approve")
        dialog.close()
        window.show_section(mw.HORIZON)
        window.horizon_page.start_scan()
        settle(lambda: window.horizon_page.result is not None and not window.horizon_page.scanning)
        shoot(window, out, "horizon")
        window.close()
        settle()

        # ---- a real store: enrolment ------------------------------------------------------
        real = Path(tmp) / "office"
        created, _ = Store.create(real, "Amina", "olive tree 42 river", kdf=FAST_KDF)
        Incidents(created)  # a real, empty office store
        created.close()
        store = on_worker(lambda: Store.open(real, "olive tree 42 river"))
        assert isinstance(store, Store)
        from sync.desktop import DesktopSync

        window = MainWindow(store, sync_service=DesktopSync(store))
        window.resize(*SIZE)
        window.show()
        settle(window.isVisible)
        window.show_section(mw.SYNC)
        settle()
        assert window.sync_page is not None
        window.sync_page.open_enrol_dialog()
        enrol = window.sync_page.enrol_dialog
        assert enrol is not None
        enrol.url_edit.setText("https://hq.example.org:8443")
        enrol.token_edit.setText("K7QF-2M9D-XW4P-8RT6")
        enrol.fingerprint_edit.setText(
            "3F:9A:1C:77:E0:52:B4:19:8D:6E:0A:C3:F1:28:95:4B:"
            "D0:7E:66:12:A9:3C:5F:E8:41:B7:0D:92:C6:1A:84:F3"
        )
        shoot(enrol, out, "enrol")
        enrol.close()
        window.close()
        settle()
    tasks.shutdown()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
