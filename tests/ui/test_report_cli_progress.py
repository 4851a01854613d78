"""`upfront report` on a terminal: its progress line through the building and the pages, and
Ctrl+C while pages are drawn: exit 130, no PDF and no partial file, no export logged."""

from __future__ import annotations

import io
import signal

import pytest
from sqlalchemy import func, select

from app.incidents import Incidents
from app.models import AuditEntry
from app.store import Store
from tests.app.conftest import incident_doc
from tests.ui.conftest import PASSPHRASE, USER
from ui.main import main


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def seeded(store_dir, monkeypatch):
    with Store.open(store_dir, PASSPHRASE, USER) as store:
        Incidents(store).add_many(
            [incident_doc(title=f"Case {i}", status="submitted", victims=[]) for i in range(8)]
        )
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    return store_dir


def report(seeded, out) -> int:
    return main(
        [
            "report",
            *("--from", "2026-10-01", "--to", "2026-10-31", "--country", "SYR"),
            *("--audience", "un", "--out", str(out)),
            *("--data-dir", str(seeded), "--user", USER),
        ]
    )


def exports(seeded) -> int:
    with Store.open(seeded, PASSPHRASE, USER) as store, store.session() as s:
        return s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "report.export")
        )


def test_on_a_terminal_the_report_shows_its_building_and_pages(seeded, tmp_path, monkeypatch):
    terminal = FakeTty()
    monkeypatch.setattr("sys.stderr", terminal)
    out = tmp_path / "sitrep.pdf"
    assert report(seeded, out) == 0
    shown = terminal.getvalue()
    assert "\rbuilding the report: 2 of 2 (100%)" in shown
    pages = [part.strip() for part in shown.split("\r") if part.startswith("drawing pages: ")]
    done, total = pages[-1].removeprefix("drawing pages: ").split(" (")[0].split(" of ")
    assert done == total and int(total) >= 2 and pages[-1].endswith("(100%)")
    assert out.exists() and exports(seeded) == 1


def test_ctrl_c_while_pages_are_drawn_leaves_no_file(seeded, tmp_path, monkeypatch):
    import ui.report.document as document

    drawn = document.paint_furniture
    calls: list[int] = []

    def furniture_then_ctrl_c(*args, **kwargs):
        drawn(*args, **kwargs)
        calls.append(1)
        if len(calls) == 1:  # the cover is drawn: a person presses Ctrl+C
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(document, "paint_furniture", furniture_then_ctrl_c)
    terminal = FakeTty()
    monkeypatch.setattr("sys.stderr", terminal)
    out = tmp_path / "reports" / "sitrep.pdf"
    out.parent.mkdir()
    assert report(seeded, out) == 130
    assert "upfront: cancelled; nothing was half-written" in terminal.getvalue()
    assert list(out.parent.iterdir()) == []  # neither the PDF nor its .part
    assert exports(seeded) == 0
