"""The window says what a vocabulary term means (issue 17): each entry of a vocabulary combo
or checklist carries its term's description as tooltip, in each of the six languages; the
closed combo's tooltip follows the chosen entry; "What do these mean?" beside the
verification, credibility and confidentiality fields opens a window listing every term with
its meaning in the officer's language."""

from __future__ import annotations

import pytest

from app.vocab import LANGS, vocabularies
from tests.ui.test_incident_editor import new_editor, store  # noqa: F401
from tests.ui.test_incident_list import applied, list_store, make_view  # noqa: F401
from ui.qt import Qt
from ui.situation_dialogs import _checklist, _combo
from ui.vocab_widgets import VocabCombo, VocabHelp

V = vocabularies()
COMBO_KINDS = (
    "verification credibility reliability confidentiality status source-connection "
    "source-type location-precision involvement consent perpetrator victim-kind"
).split()
DIALOG_KINDS = "risk-level risk-trend situation-status action-status strategy-level".split()
LADDERS = ("verification", "credibility", "confidentiality")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", COMBO_KINDS)
def test_every_entry_of_a_vocabulary_combo_says_what_it_means(qtbot, kind, lang):
    combo = VocabCombo(kind, lang=lang, none_label="(none)")
    qtbot.addWidget(combo)
    terms = V.terms(kind)
    assert combo.count() == len(terms) + 1
    assert not combo.itemData(0, Qt.ItemDataRole.ToolTipRole)  # "(none)" means nothing
    for i, term in enumerate(terms, start=1):
        tip = combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
        assert tip and tip == term.description(lang), (kind, term.code, lang)
        assert tip != V.term(kind, term.code).description("fr" if lang != "fr" else "en")
    for term in terms:  # the closed combo explains its choice too
        combo.set_code(term.code)
        assert combo.toolTip() == term.description(lang)
        assert combo.accessibleDescription() == term.description(lang)
    combo.set_code(None)
    assert combo.toolTip() == ""


def test_typed_text_that_matches_nothing_keeps_its_refusal_as_tooltip(qtbot):
    combo = VocabCombo("verification", lang="en")
    qtbot.addWidget(combo)
    combo.set_code("reasonable_grounds")
    assert "commissions of inquiry" in combo.toolTip()
    combo.setEditText("zzz")
    assert combo.toolTip() == ""  # no meaning for what is being typed
    combo.type_ahead.finished.emit()
    assert "zzz" in combo.toolTip()  # the refusal, not a meaning


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", DIALOG_KINDS)
def test_the_situation_and_strategy_dialogs_combos_explain_their_entries(qtbot, kind, lang):
    combo = _combo(kind, lang, V.terms(kind)[-1].code, blank="—")
    qtbot.addWidget(combo)
    for i, term in enumerate(V.terms(kind), start=1):
        assert combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == term.description(lang) != ""
    assert combo.toolTip() == V.terms(kind)[-1].description(lang)
    combo.setCurrentIndex(0)
    assert combo.toolTip() == ""


@pytest.mark.parametrize("lang", LANGS)
def test_checklist_entries_explain_their_term(qtbot, lang):
    box = _checklist("violation", lang, [])
    qtbot.addWidget(box)
    for i, term in enumerate(V.terms("violation")):
        assert box.item(i).toolTip() == term.description(lang) != ""
    factors = _checklist("risk-factor", lang, [], numbered=True)
    qtbot.addWidget(factors)
    for i, term in enumerate(V.terms("risk-factor")):
        assert term.description(lang) in factors.item(i).toolTip()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", LADDERS)
def test_the_help_window_lists_every_term_with_its_meaning(qtbot, kind, lang):
    dialog = VocabHelp(kind, "Field", lang)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    at = 0
    for term in V.terms(kind):  # every term and its meaning, in the ladder's order
        at = text.index(term.label(lang), at)
        at = text.index(term.description(lang), at)
    assert "Field" in dialog.windowTitle()


@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise|propagateSizeHints)\(\)$")
def test_the_editor_offers_what_do_these_mean_beside_the_ladders(qtbot, store):  # noqa: F811
    editor = new_editor(qtbot, store, lang="ar")
    lang = editor.lang
    assert lang == "ar"
    assert set(editor.help_buttons) == set(LADDERS)
    for kind, button in editor.help_buttons.items():
        assert button.text() and button.accessibleName()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = button.dialog
        assert dialog is not None and dialog.isVisible() and dialog.kind == kind
        for term in V.terms(kind):
            assert term.description(lang) in dialog.text.toPlainText()
        dialog.close()
        assert not dialog.isVisible()
    # the verification combo itself explains the chosen level
    combo = editor.fields["verification.status"]
    combo.set_code("beyond_reasonable_doubt")
    assert combo.toolTip() == V.term("verification", "beyond_reasonable_doubt").description(lang)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_list_filters_explain_their_entries(qtbot, list_store, lang):  # noqa: F811
    view = make_view(qtbot, list_store, lang=lang)
    for kind, combo in (
        ("verification", view.verification_combo),
        ("confidentiality", view.confidentiality_combo),
        ("status", view.status_combo),
        ("violation", view.violation_combo),
    ):
        assert not combo.itemData(0, Qt.ItemDataRole.ToolTipRole)  # "All …"
        for i, term in enumerate(V.terms(kind), start=1):
            assert combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == term.description(lang)
        last = combo.count() - 1
        applied(qtbot, view, lambda c=combo, i=last: c.setCurrentIndex(i))
        assert combo.toolTip() == V.terms(kind)[-1].description(lang) != ""
