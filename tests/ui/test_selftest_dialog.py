"""Help ▸ Run self-test on a real window and store: every check of `upfront selftest`, the
results as they come, a failure shown for what it is, and a run closed half-way leaving no
scratch folder behind."""

from __future__ import annotations

import threading

from app.selftest import Check
from tests.ui.conftest import on_worker
from tests.ui.test_main_window import fakes  # noqa: F401 - a fixture
from ui.main import selftest_checks
from ui.qt import QApplication, Qt
from ui.selftest_dialog import SelfTestDialog

SLOW = 60_000


def test_help_menu_runs_every_check(qtbot, open_window):
    window = open_window(checks=selftest_checks())
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.selftest_action in help_menu.actions()
    window.selftest_action.trigger()
    dialog = window.selftest_dialog
    assert isinstance(dialog, SelfTestDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.finished_checks, timeout=SLOW) as done:
        pass
    outcome = done.args[0]
    statuses = {r.name: r.status for r in outcome.results}
    assert statuses == {
        "crypto": "ok",
        "store": "ok",
        "resources": "ok",
        "data folder": "ok",
        "translations": "ok",
        "fonts": "ok",
        "report": "ok",
        "sealing": "ok",
        "hq": "skip",
    }
    # the window's store is open, so the HQ check looks at it: this one is not enrolled
    assert "not enrolled" in next(r.detail for r in outcome.results if r.name == "hq")
    assert dialog.results.count() == 9
    assert dialog.status.text() == "Everything works: 9 checks passed or did not apply."
    dialog.copy_results()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].startswith("ok    crypto: ")
    assert copied[-1] == "selftest: 8 of 9 checks passed, 1 skipped"


def test_a_failure_is_shown_and_the_run_can_be_repeated(qtbot, open_window):
    window = open_window()

    def broken(_ctx):
        raise RuntimeError("the disk is full")

    dialog = SelfTestDialog(
        [Check("ok on the worker", lambda _c: "fine"), Check("broken", broken, main_thread=True)],
        window.store.directory,
        window.store,
        window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(2):
        with qtbot.waitSignal(dialog.finished_checks, timeout=SLOW):
            dialog.start() if not dialog.again_button.isEnabled() else dialog.again_button.click()
        assert dialog.results.count() == 2
        failed = dialog.results.item(1)
        assert failed.text() == "✘  FAIL  broken: RuntimeError: the disk is full"
        assert failed.foreground().color() == Qt.GlobalColor.darkRed
        assert dialog.status.text().startswith("1 of 2 checks failed.")


def test_closing_mid_run_removes_the_scratch_folder_once_the_check_is_back(qtbot, open_window):
    window = open_window()
    release = threading.Event()
    seen = []

    def slow(ctx):
        seen.append(ctx.scratch)
        release.wait(10)
        (ctx.scratch / "left").write_text("scratch")
        return "done"

    dialog = SelfTestDialog(
        [Check("slow", slow), Check("never", lambda _c: "ran")],
        window.store.directory,
        window.store,
        window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: bool(seen))
    dialog.reject()
    assert seen[0].exists()  # the worker still uses it
    release.set()
    qtbot.waitUntil(lambda: not seen[0].exists(), timeout=10_000)
    on_worker(qtbot, lambda: None)  # a check queued after the close would have reported
    assert dialog.results.count() == 0  # nothing after the close, "never" never ran


def test_locking_closes_the_dialog(qtbot, open_window):
    window = open_window(checks=[])
    window.selftest_action.trigger()
    dialog = window.selftest_dialog
    qtbot.waitSignal(dialog.finished_checks, timeout=SLOW).wait()
    window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.selftest_dialog is None
