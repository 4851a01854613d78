"""ui.text.fill, the one filler of translated strings: named placeholders in a single pass, a
value never re-scanned, a placeholder without a value (a translator's typo) left as written."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ui.text import fill


def test_named_placeholders_are_filled():
    assert fill("Page {page} of {pages}", page=3, pages=9) == "Page 3 of 9"
    assert fill("{a}{a}", a="x") == "xx"
    assert fill("no placeholder") == "no placeholder"


def test_a_value_is_not_read_again():
    assert fill("{title} (continued)", title="50{pages} %1") == "50{pages} %1 (continued)"
    assert fill("{a} and {b}", a="{b}", b="%2") == "{b} and %2"


def test_a_placeholder_without_value_is_left_as_written():
    assert fill("Cleared by {who} on {when}", who="Ana") == "Cleared by Ana on {when}"
    assert fill("Mistyped {kind", kind="x") == "Mistyped {kind"
    assert fill("{Kind} {0} {} {{kind}}", kind="x") == "{Kind} {0} {} {x}"


def test_a_value_may_be_named_template():
    assert fill("{template}", template="t") == "t"


TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)


@given(
    before=TEXT.filter(lambda s: "{" not in s),
    value=TEXT,
    inside=st.sampled_from(["{other}", "%1", "{value}", "%2 {x}", "{"]),
)
def test_a_value_comes_out_verbatim(before, value, inside):
    value = value + inside
    assert fill(before + "{value}!", value=value, other="OTHER", x="X") == before + value + "!"


def test_ui_fills_translated_strings_only_with_fill():
    """No chained `.replace("%1", ...)` (it re-substitutes) nor `tr(...).format(...)` (it raises on
    a translator's stray brace) is left in ui/."""
    ui = Path(__file__).resolve().parents[2] / "ui"
    found = [
        f"{path.relative_to(ui)}: {m.group(0)!r}"
        for path in sorted(ui.rglob("*.py"))
        for m in re.finditer(
            r'\.replace\(\s*"%\d|\)\s*\.format\(', path.read_text(encoding="utf-8")
        )
    ]
    assert found == []
