"""The colours the interface and the printed report share: risk levels, and late or blocked
actions. Plain constants (no widgets), so a page and the report read one definition."""

from __future__ import annotations

from ui.qt import QColor

# risk level -> (background, text): pale to dark, readable in print and by the colour-blind
# because the cell also says the level in words
LEVEL_COLOURS = {
    "not_present": ("#eef1f4", "#202020"),
    "low": ("#fff3b0", "#202020"),
    "moderate": ("#ffc069", "#202020"),
    "high": ("#f0603c", "#ffffff"),
    "severe": ("#9e1b1b", "#ffffff"),
}
OVERDUE = QColor("#fde2e1")
BLOCKED = QColor("#fff0c2")
