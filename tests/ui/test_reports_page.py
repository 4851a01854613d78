"""The Reports section in a real (offscreen) window: a report made for an audience, saved as a
PDF whose text a reader's tool can extract, and its export in the audit log."""

from __future__ import annotations

import pypdf
from sqlalchemy import select

from app.incidents import Incidents
from app.models import AuditEntry
from app.situations import Situations
from tests.app.conftest import incident_doc
from tests.ui.conftest import on_worker
from ui.qt import QDate
from ui.reports_page import ReportsPage

SLOW = 20_000


def _page(qtbot, store) -> ReportsPage:
    page = ReportsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.date_from.setDate(QDate(2026, 10, 1))
    page.date_to.setDate(QDate(2026, 10, 31))
    return page


def test_a_partners_report_is_saved_without_what_partners_may_not_read(qtbot, store, tmp_path):
    on_worker(
        qtbot,
        lambda: Incidents(store).add_many(
            [
                incident_doc(
                    title="Open case",
                    confidentiality="partners",
                    status="submitted",
                    narrative="OPEN-NARRATIVE",
                    victims=[],
                ),
                incident_doc(
                    title="Closed case",
                    confidentiality="internal",
                    status="submitted",
                    narrative="CLOSED-NARRATIVE",
                    victims=[],
                ),
            ]
        ),
    )
    page = _page(qtbot, store)
    page.audience.setCurrentIndex(page.audience.findData("partners"))
    with qtbot.waitSignal(page.built, timeout=SLOW):
        page.make(lambda: None)
    assert page.report.meta.audience == "partners" and page.report.incidents.text == "<5"
    out = tmp_path / "sitrep.pdf"
    with qtbot.waitSignal(page.exported, timeout=SLOW):
        page.save_to(str(out))
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "\t" not in text  # Qt labels the space glyph as a tab; write_pdf corrects that
    # one incident: its "<5" would be counted back from a list, and partners never get a
    # narrative (no summary was cleared for them)
    assert "Open case" not in text and "OPEN-NARRATIVE" not in text
    assert "Incidents not listed one by one" in text
    assert "Closed case" not in text and "CLOSED-NARRATIVE" not in text
    assert "RESTRICTED — FOR TRUSTED PARTNERS" in text
    entries = on_worker(qtbot, lambda: _audit(store))
    assert entries[-1][0] == "report.export"
    assert entries[-1][1]["audience"] == "partners"
    assert entries[-1][1]["sha256"] == page.report.sha256()


def _audit(store) -> list:
    with store.session() as s:
        return [
            (e.action, e.detail) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


def test_bad_choices_are_named_and_nothing_is_made(qtbot, store):
    page = _page(qtbot, store)
    page.date_to.setDate(QDate(2026, 9, 1))
    page.make(lambda: None)
    assert page.report is None and "to: is before from" in page.status.text()


def test_a_situation_scope_is_offered_once_situations_exist(qtbot, store):
    on_worker(qtbot, lambda: Situations(store).add({"name": "North", "country": "SYR"}))
    page = _page(qtbot, store)
    qtbot.waitUntil(lambda: page.situation.count() == 1, timeout=SLOW)
    page.by_situation.setChecked(True)
    assert page.request().situation == page.situation.currentData()
    assert not page.country.isEnabled()


def test_the_preview_shows_the_report_pages(qtbot, store):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

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
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > 1, timeout=SLOW)
    preview.close()


def test_printing_draws_the_report_and_logs_it(qtbot, store, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    page = _page(qtbot, store)
    with qtbot.waitSignal(page.built, timeout=SLOW):
        page.make(lambda: None)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(page.exported, timeout=SLOW) as exported:
        page.print_to(printer)
    assert exported.args == ["print"]
    del printer
    text = pypdf.PdfReader(tmp_path / "printed.pdf").pages[0].extract_text()
    assert page.report.meta.classification in text
    assert on_worker(qtbot, lambda: _audit(store))[-1][1]["how"] == "print"
