"""The Situations dashboard's weekly chart (issue 17): its legend cut every label ("Att… Att…")
and its axis counted "weeks ago". The violation types are listed whole beside the chart, and
the axis names the weeks by the date they end on, in the interface's language."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from synchelp import incident as incident_doc

from app.incidents import Incidents
from app.situations import Situations
from app.vocab import vocabularies
from ui.qt import HAVE_CHARTS, QDate, QLocale, Qt
from ui.situations_page import SituationsPage

pytestmark = pytest.mark.skipif(not HAVE_CHARTS, reason="Qt's chart module is not installed")

KINDS = [
    "attack_on_civilians",
    "attack_on_medical",
    "arbitrary_detention",
    "enforced_disappearance",
    "sexual_violence",
    "killing",
    "torture",
    "abduction",
]


@pytest.fixture
def french() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("fr"))
    yield
    QLocale.setDefault(previous)


def dashboard(qtbot, store, width: int = 700) -> SituationsPage:
    Situations(store).add({"name": "Syria", "country": "SYR"})
    codes = {t.code for t in vocabularies().terms("violation")}
    day = (date.today() - timedelta(days=3)).isoformat()
    Incidents(store).add_many(
        [
            incident_doc(
                occurred_from=day, date_reported=day, confidentiality="un", violations=[{"type": k}]
            )
            for k in KINDS
            if k in codes
        ]
    )
    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    qtbot.waitUntil(lambda: page.chart_data is not None, timeout=10_000)
    page.tabs.setCurrentWidget(page.dashboard_tab)
    return page


def test_the_legend_lists_every_type_whole(qtbot, store):
    page = dashboard(qtbot, store)
    chart = page.time_chart.chart()
    labels = sorted(s.label() for s in chart.series()[0].barSets())
    assert len(labels) >= 6
    assert not chart.legend().isVisible()  # Qt's own legend elides; ours wraps
    legend = page.time_legend
    assert sorted(legend.item(i).text() for i in range(legend.count())) == labels
    assert legend.wordWrap()
    qtbot.waitUntil(lambda: legend.isVisible())
    for i in range(legend.count()):  # each label fits the legend's width: nothing is cut
        rect = legend.visualItemRect(legend.item(i))
        assert rect.width() <= legend.viewport().width()
        assert "…" not in legend.item(i).text()


def test_the_axis_names_the_weeks_by_their_dates(qtbot, store):
    page = dashboard(qtbot, store)
    axis = page.time_chart.chart().axes(Qt.Orientation.Horizontal)[0]
    shown = [c for c in axis.categories() if c.strip("\u200b")]
    weeks = page.chart_data["weeks"]
    last = QDate.fromString(weeks[-1], "yyyy-MM-dd")
    assert shown[-1] == QLocale().toString(last, "d MMM")
    assert len(shown) == len(range(len(weeks) - 1, -1, -4))
    assert not any(c.isdigit() for c in shown)  # no "weeks ago" counts
    assert "weeks ago" not in page.time_chart.chart().title()
    assert axis.titleText() == "Week ending on"


def test_the_axis_dates_follow_the_interface_language(qtbot, store, french):
    page = dashboard(qtbot, store)
    axis = page.time_chart.chart().axes(Qt.Orientation.Horizontal)[0]
    shown = [c for c in axis.categories() if c.strip("\u200b")]
    last = QDate.fromString(page.chart_data["weeks"][-1], "yyyy-MM-dd")
    assert shown[-1] == QLocale("fr").toString(last, "d MMM")
    assert QLocale("fr").monthName(last.month(), QLocale.FormatType.ShortFormat) in shown[-1]
