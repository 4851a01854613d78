"""The colours the interface and the printed report share: risk levels, late or blocked
actions, problems. Plain constants (no widgets), so a page and the report read one definition.
Every pair of a text colour and the background it is drawn on is listed in `TEXT_PAIRS` (the
report's own in `ui.report.style.TEXT_PAIRS`), and a test holds each to WCAG's contrast of
4.5:1 for normal text."""

from __future__ import annotations

from ui.qt import QColor

DARK_TEXT = "#202020"
# risk level -> (background, text): pale to dark, readable in print and by the colour-blind
# because the cell also says the level in words
LEVEL_COLOURS = {
    "not_present": ("#eef1f4", DARK_TEXT),
    "low": ("#fff3b0", DARK_TEXT),
    "moderate": ("#ffc069", DARK_TEXT),
    "high": ("#f0603c", DARK_TEXT),  # white on it was 3.3:1
    "severe": ("#9e1b1b", "#ffffff"),
}
OVERDUE = QColor("#fde2e1")
BLOCKED = QColor("#fff0c2")
# the text of a row shaded OVERDUE or BLOCKED, set with the shade: a dark system theme's
# light text would not read on them
ROW_TEXT = QColor(DARK_TEXT)
# a problem shown in a dialog or beside a field, on a light window, and on a dark one
ERROR_TEXT = "#a4000f"
ERROR_TEXT_ON_DARK = "#ff8a80"
# a hint under a field (what a new record still needs), on the window's background
HINT_TEXT = "#595959"
# a caution beside a field (a sensitive location), and a notice across the top of a form
CAUTION_TEXT = "#8a5300"
NOTICE_BG, NOTICE_TEXT = "#fff4ce", "#5c4400"
# the passphrase strength bar, weakest to strongest (the word beside it says it too)
STRENGTH_COLOURS = ("#c62828", "#c62828", "#ef6c00", "#9e9d24", "#2e7d32")
# Qt's window and field backgrounds (Fusion's light and dark palettes), which the
# interface's own text sits on
WINDOW_BG, FIELD_BG, DARK_WINDOW_BG = "#efefef", "#ffffff", "#353535"

# the sample store's banner: amber laid over the window, with text dark or light to suit
SAMPLE_AMBER, SAMPLE_TINT, SAMPLE_TINT_ON_DARK = "#ffb300", 0.45, 0.3
SAMPLE_TEXT, SAMPLE_TEXT_ON_DARK = "#3d2b00", "#fff3c4"


def over(colour: str, background: str, opacity: float) -> str:
    """`colour` laid over `background` at `opacity` (0 to 1), as the eye sees it."""
    top, under = QColor(colour), QColor(background)
    mix = [
        round(opacity * t + (1 - opacity) * u)
        for t, u in (
            (top.red(), under.red()),
            (top.green(), under.green()),
            (top.blue(), under.blue()),
        )
    ]
    return QColor(*mix).name()


TEXT_PAIRS: list[tuple[str, str, str]] = [  # (where, text, background)
    *((f"risk level {level}", text, bg) for level, (bg, text) in LEVEL_COLOURS.items()),
    ("overdue action row", ROW_TEXT.name(), OVERDUE.name()),
    ("blocked action row", ROW_TEXT.name(), BLOCKED.name()),
    ("problem in a dialog", ERROR_TEXT, WINDOW_BG),
    ("problem in a field's list", ERROR_TEXT, FIELD_BG),
    ("problem on a dark window", ERROR_TEXT_ON_DARK, DARK_WINDOW_BG),
    ("caution beside a field", CAUTION_TEXT, WINDOW_BG),
    ("hint under a field", HINT_TEXT, WINDOW_BG),
    ("hint in a field's list", HINT_TEXT, FIELD_BG),
    ("notice across a form", NOTICE_TEXT, NOTICE_BG),
    ("sample store banner", SAMPLE_TEXT, over(SAMPLE_AMBER, WINDOW_BG, SAMPLE_TINT)),
    (
        "sample store banner, dark window",
        SAMPLE_TEXT_ON_DARK,
        over(SAMPLE_AMBER, DARK_WINDOW_BG, SAMPLE_TINT_ON_DARK),  # 0.45: 4.3:1
    ),
]
