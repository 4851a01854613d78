"""Typing in an editable vocabulary combo (the editor's, the list's Country filter): typing
replaces the "(none)" / "All countries" entry, completes against the labels, and text that
matches nothing never turns into another entry (issue 17: "(none)Ukr", then Afghanistan)."""

from __future__ import annotations

import pytest

from tests.ui.test_incident_list import WAIT, list_store, make_view, titles  # noqa: F401
from ui.qt import QLineEdit, Qt, QVBoxLayout, QWidget
from ui.vocab_widgets import CountryCombo, VocabCombo

# the completer's popup asks the window system for things the offscreen platform cannot do
POPUP_NOISE = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"
)


_windows: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_windows():
    yield
    _windows.clear()


def form(qtbot, combo: VocabCombo) -> QLineEdit:
    """`combo` in a shown window beside another field; returns that field."""
    window = QWidget()
    _windows.append(window)
    layout = QVBoxLayout(window)
    other = QLineEdit()
    layout.addWidget(other)
    layout.addWidget(combo)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return other


def click_and_type(qtbot, combo, text: str) -> None:
    """What a person does: click in the field (the cursor lands after the shown text), type."""
    combo.setFocus()
    qtbot.mouseClick(combo.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(combo.lineEdit(), text)


@POPUP_NOISE
@pytest.mark.parametrize("none_label", ["(none)", "(any country)"])
def test_typing_replaces_the_none_entry_and_completes(qtbot, none_label):
    combo = CountryCombo(none_label=none_label)
    form(qtbot, combo)
    assert combo.currentText() == none_label
    click_and_type(qtbot, combo, "Ukr")
    assert combo.currentText() == "Ukr"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.code() == "UKR"
    assert combo.currentText() == "Ukraine"


@POPUP_NOISE
def test_typing_over_a_chosen_entry_replaces_it(qtbot):
    combo = VocabCombo("violation", none_label="(none)")
    form(qtbot, combo)
    combo.set_code("torture")
    click_and_type(qtbot, combo, "arbitrary")
    assert combo.currentText() == "arbitrary"


@POPUP_NOISE
def test_backspace_on_none_empties_the_field(qtbot):
    combo = CountryCombo(none_label="(none)")
    form(qtbot, combo)
    combo.setFocus()
    qtbot.mouseClick(combo.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Backspace)
    assert combo.currentText() == ""
    assert combo.code() is None


@POPUP_NOISE
def test_text_matching_nothing_selects_nothing_and_says_so(qtbot):
    combo = CountryCombo(none_label="(none)")
    form(qtbot, combo)
    click_and_type(qtbot, combo, "Zzq")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Down)  # used to step to Afghanistan
    assert combo.currentText() == "Zzq"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(combo.toolTip()))
    assert combo.code() == "Zzq"  # kept as typed, for validation to name the field
    assert combo.code() != "AFG"
    assert "Zzq" in combo.toolTip()
    assert "Zzq" in combo.accessibleDescription()
    combo.set_code("FRA")
    assert combo.toolTip() == ""


@POPUP_NOISE
def test_list_country_filter_typed_over_all_countries(qtbot, list_store):  # noqa: F811
    view = make_view(qtbot, list_store)
    combo = view.country_combo
    click_and_type(qtbot, combo, "Ukr")
    assert combo.currentText() == "Ukr"
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT):
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert view.current_query().country == "UKR"
    assert titles(view) == ["Beatings in detention"]


@POPUP_NOISE
def test_list_country_filter_never_lands_on_afghanistan(qtbot, list_store):  # noqa: F811
    view = make_view(qtbot, list_store)
    combo = view.country_combo
    click_and_type(qtbot, combo, "Zzq")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert view.current_query().country is None
    assert combo.currentText() == "All countries"
    assert "Zzq" in view.count_label.text()
    assert len(titles(view)) == 4


@POPUP_NOISE
def test_completion_ignores_accents_and_arabic_marks(qtbot):
    combo = CountryCombo(lang="ar", none_label="(none)")
    form(qtbot, combo)
    combo.setFocus()
    # "سوري" without the shadda the label writes (السّوريّة)
    combo.lineEdit().setText("سوري")
    completer = combo.completer()
    completer.setCompletionPrefix(combo.currentText())
    shown = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert any("السّوريّة" in label for label in shown), shown
    latin = CountryCombo(none_label="(none)")
    form(qtbot, latin)
    click_and_type(qtbot, latin, "cote d")
    qtbot.keyClick(latin.lineEdit(), Qt.Key.Key_Return)
    assert latin.code() == "CIV"


@POPUP_NOISE
def test_text_several_entries_hold_is_not_taken_for_one_of_them(qtbot, list_store):  # noqa: F811
    view = make_view(qtbot, list_store)
    combo = view.country_combo
    click_and_type(qtbot, combo, "Guin")  # Guinea, Guinea-Bissau, Equatorial Guinea, …
    combo.completer().popup().hide()  # no row chosen in the list
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert view.current_query().country is None
    assert combo.currentText() == "All countries"
    assert view.count_label.text().startswith("Several countries hold “Guin”")
