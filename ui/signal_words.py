"""Deterioration signals (app.signals) in plain words for an officer, in the interface's
language: how many incidents, how many times the usual weekly level, the alert level, and why
a rise was or was not flagged. No statistics jargon ("p = …", "rate ratio"); the numbers are the
signal's own and the rule's settings (app.signals constants), formatted by the locale.
"""

from __future__ import annotations

import math
from typing import Any

from app import signals
from ui.qt import QLocale, QObject
from ui.text import fill


def _locale() -> QLocale:
    """The interface's locale for the decimal mark, with the digits Qt gives the counts (%n):
    a sentence never mixes "35" and "٤٫٣"."""
    locale = QLocale()
    return locale if locale.zeroDigit() == "0" else QLocale.c()


def _number(value: float) -> str:
    return _locale().toString(float(value), "f", 1)


def _times(value: float) -> str:
    """1.5 → "1.5", 2.0 → "2", in the locale's digits."""
    return _locale().toString(float(value), "g", 3)


class SignalWords(QObject):
    """The sentences, translated in this class's context."""

    def describe(self, signal: dict[str, Any]) -> str:
        """One signal (a dict of app.signals.Signal's fields) as a sentence or two."""
        count = int(signal["recent_count"])
        # None in a stored document (JSON has no infinity): none in the weeks before
        ratio = math.inf if signal["rate_ratio"] is None else float(signal["rate_ratio"])
        recent = self.tr("%n incident(s) in the last {weeks} weeks", "", count)
        recent = fill(recent, weeks=_locale().toString(signals.RECENT_WEEKS))
        usual = fill(
            self.tr("usually {rate} a week in the {weeks} weeks before"),
            rate=_number(signal["baseline_rate_per_week"]),
            weeks=_locale().toString(signals.BASELINE_WEEKS),
        )
        alert = _times(signals.MIN_RATIO)
        if math.isinf(ratio):
            level = fill(
                self.tr("{recent}, where there were none in the {weeks} weeks before."),
                recent=recent,
                weeks=_locale().toString(signals.BASELINE_WEEKS),
            )
        else:
            level = fill(
                self.tr("{recent} ({usual}): {ratio} times the usual weekly level."),
                recent=recent,
                usual=usual,
                ratio=_number(ratio),
            )
        if signal["flagged"]:
            if math.isinf(ratio):
                why = self.tr("Alert: a rise this large is unlikely to be chance.")
            else:
                why = fill(
                    self.tr(
                        "Alert: above the alert level of {alert} times, and a rise this large is "
                        "unlikely to be chance.",
                    ),
                    alert=alert,
                )
        elif count < signals.MIN_RECENT:
            why = fill(
                self.tr(
                    "No alert: too few incidents to judge (an alert needs at least {least}).",
                ),
                least=_locale().toString(signals.MIN_RECENT),
            )
        elif ratio < signals.MIN_RATIO:
            why = fill(
                self.tr("No alert: below the alert level of {alert} times."),
                alert=alert,
            )
        else:
            why = self.tr(
                "No alert: a rise of this size could still be chance with so few incidents.",
            )
        return f"{level} {why}"

    def rule(self) -> str:
        """How signals are found, in plain words."""
        return fill(
            self.tr(
                "How alerts are raised: the last {recent} weeks are compared with the {baseline} "
                "weeks before. An alert needs at least {least} incidents, a weekly level at least "
                "{alert} times the usual one, and a rise too large to be chance (less than "
                "1 chance in {odds}; for violation types, taken all together).",
            ),
            recent=_locale().toString(signals.RECENT_WEEKS),
            baseline=_locale().toString(signals.BASELINE_WEEKS),
            least=_locale().toString(signals.MIN_RECENT),
            alert=_times(signals.MIN_RATIO),
            odds=_locale().toString(round(1 / signals.ALPHA)),
        )


def describe(signal: dict[str, Any]) -> str:
    """One signal (a dict of app.signals.Signal's fields) in plain words."""
    return SignalWords().describe(signal)


def rule() -> str:
    """How signals are found, in plain words."""
    return SignalWords().rule()
