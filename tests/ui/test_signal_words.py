"""Deterioration signals in plain words (issue 17): the Signals tab said "p = …" and "rate
ratio >= 1.5" — statistics jargon an officer misread (1.5 is the alert level of the ratio, not
a p-value). The sentences give the count, how many times the usual weekly level, and the alert
level, from the signal's own values."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from app import signals
from app.incidents import Incidents
from app.situations import Situations
from tests.ui.test_dashboard_chart import incident_doc
from ui.gui import install_language
from ui.signal_words import describe, rule
from ui.situations_page import SituationsPage


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """The English catalogue, as the window installs it (its plural forms)."""
    undo = install_language(qapp, "en")
    yield
    undo()


JARGON = re.compile(r"\bp\s*[=<>]|ratio|baseline|beta|binomial|Holm|t-calibrated|df\b")


def signal(weekly: list[int]) -> dict:
    return dataclasses.asdict(signals.deterioration(weekly))


def test_a_flagged_rise_says_how_many_times_the_usual_level_and_the_alert_level():
    found = signal([1] * 12 + [5, 4, 5, 5])  # 19 in 4 weeks against 1 a week: 4.75 times
    assert found["flagged"]
    text = describe(found)
    assert "19 incidents in the last 4 weeks" in text
    assert "usually 1.0 a week in the 12 weeks before" in text
    assert f"{found['rate_ratio']:.1f} times the usual weekly level" in text
    assert "above the alert level of 1.5 times" in text
    assert not JARGON.search(text), text


def test_no_alert_says_why_in_plain_words():
    below = signal([2] * 12 + [3, 2, 3, 2])  # 1.25 times
    assert not below["flagged"]
    assert "No alert: below the alert level of 1.5 times." in describe(below)
    few = signal([0] * 12 + [0, 1, 0, 1])
    assert "an alert needs at least 3" in describe(few)
    assert "none in the 12 weeks before" in describe(few)
    assert describe({**few, "rate_ratio": None}) == describe(few)  # as stored: no infinity
    for text in (describe(below), describe(few), rule()):
        assert not JARGON.search(text), text


def test_the_rule_quotes_the_values_the_rule_uses():
    text = rule()
    assert f"at least {signals.MIN_RECENT} incidents" in text
    assert f"at least {signals.MIN_RATIO:g} times the usual one" in text
    assert f"1 chance in {round(1 / signals.ALPHA)}" in text


def test_the_signals_tab_reads_plainly(qtbot, store):
    Situations(store).add({"name": "Syria", "country": "SYR"})
    days = [date.today() - timedelta(days=d) for d in (2, 3, 5, 9, 12, 15, 20, 40, 80)]
    Incidents(store).add_many(
        [
            incident_doc(
                occurred_from=d.isoformat(),
                date_reported=d.isoformat(),
                confidentiality="un",
                violations=[{"type": "killing"}],
            )
            for d in days
        ]
    )
    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    text = page.signals.text()
    assert "times the usual weekly level" in text
    assert "How alerts are raised" in text
    assert not JARGON.search(re.sub(r"<[^>]+>", "", text)), text
