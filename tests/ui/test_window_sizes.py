"""Windows that show pages open large enough to read them (issue 17: the report preview was a
small window): a large share of the screen's free area, resizable, with a maximise button."""

from __future__ import annotations

from app.incidents import Incidents
from tests.app.conftest import incident_doc
from tests.ui.conftest import on_worker
from tests.ui.test_reports_page import SLOW, _page
from ui.qt import QDialog, QGuiApplication, Qt, QWidget
from ui.widgets import fit_to_screen


def assert_fits_the_screen(window: QWidget) -> None:
    area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert window.width() >= 0.8 * area.width(), (window.size(), area)
    assert window.height() >= 0.8 * area.height(), (window.size(), area)
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.frameGeometry().center())
    assert window.windowFlags() & Qt.WindowType.WindowMaximizeButtonHint
    assert window.maximumWidth() >= area.width()  # nothing stops maximising
    if isinstance(window, QDialog):
        assert window.isSizeGripEnabled()


def test_the_report_preview_opens_at_most_of_the_screen(qtbot, store):
    on_worker(
        qtbot,
        lambda: Incidents(store).add(
            incident_doc(confidentiality="un", status="submitted", victims=[])
        ),
    )
    page = _page(qtbot, store)
    with qtbot.waitSignal(page.built, timeout=SLOW):
        page.make(page.show_preview)
    preview = page.preview
    qtbot.waitUntil(lambda: preview.isVisible(), timeout=SLOW)
    assert_fits_the_screen(preview)
    preview.close()


def test_fit_to_screen_centres_a_dialog_on_its_parents_screen(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    dialog.resize(300, 200)
    fit_to_screen(dialog)
    assert_fits_the_screen(dialog)
