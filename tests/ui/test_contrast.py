"""WCAG 2.1 contrast (success criterion 1.4.3, level AA): every text colour of the window and
the report, on each background it is drawn on, at least 4.5:1. And every colour literal of
ui/ lives in the two modules that list those pairs, so a new colour cannot skip the check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui import palette
from ui.report import style

ROOT = Path(__file__).resolve().parents[2]
AA = 4.5


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour '#rrggbb'."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_formula_gives_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just under AA
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # just over


PAIRS = [*palette.TEXT_PAIRS, *style.TEXT_PAIRS]


@pytest.mark.parametrize(("where", "text", "background"), PAIRS, ids=[p[0] for p in PAIRS])
def test_every_text_reads_on_its_background(where, text, background) -> None:
    ratio = contrast(text, background)
    assert ratio >= AA, f"{where}: {text} on {background} is {ratio:.2f}:1"


def test_every_risk_level_and_shaded_row_is_listed() -> None:
    listed = {(t.lower(), b.lower()) for _w, t, b in PAIRS}
    for bg, text in palette.LEVEL_COLOURS.values():
        assert (text.lower(), bg.lower()) in listed
    for shade in (palette.OVERDUE, palette.BLOCKED):
        assert (palette.ROW_TEXT.name(), shade.name()) in listed


HEX = re.compile(r"""["'(:\s]#[0-9a-fA-F]{6}\b|["'(:\s]#[0-9a-fA-F]{3}\b""")


def test_colour_literals_live_only_where_their_pairs_are_listed() -> None:
    homes = {ROOT / "ui" / "palette.py", ROOT / "ui" / "report" / "style.py"}
    stray = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path in homes:
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if HEX.search(line) and not line.lstrip().startswith("#"):
                stray.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not stray, "colours outside ui/palette.py and ui/report/style.py:\n" + "\n".join(stray)
