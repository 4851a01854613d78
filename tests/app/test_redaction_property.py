"""Withheld names under attack, by hypothesis: names in Latin with accents, Arabic with and
without harakat, Cyrillic, Chinese, compound names with particles; texts mentioning the whole
name or any part of it in another case, spacing, normalisation, spelling, behind a proclitic,
with invisible characters inside. Whatever the text, `Withheld([name]).scrub(text)` leaves no
distinctive token of the name readable, by an independent check (its own folding and
tokenizer: tests/app/redaction_strategies.py), and leaves a text without a mention alone."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction import WITHHELD, Withheld, distinctive, fold
from tests.app import redaction_strategies as rs
from tests.app.redaction_strategies import (
    ALL_FILLER,
    HAN,
    NAME_PARTS,
    Name,
    Word,
    filler_tokens,
    leaks,
    names,
    ref_fold,
    texts,
    token_variants,
)

SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PARTICLE_WORDS = {"de", "la", "van", "al"}  # filler words that are also name particles


def check(names_: list[Name], text: rs.Text) -> str:
    withheld = Withheld([n.stored for n in names_])
    out = withheld.scrub(text.text)
    expected = set().union(*(n.expected() for n in names_))
    theirs = set().union(*(distinctive(n.stored) for n in names_))
    # what the rules say must be withheld is what the code withholds (at least)
    assert expected <= theirs, expected - theirs
    # nothing of it readable, by our folding and by theirs
    assert not leaks(out, expected | theirs), (text.text, out, leaks(out, expected | theirs))
    assert not leaks(out, theirs, folder=fold), (text.text, out)
    assert not withheld.found(out), (text.text, out)
    if text.distinctive:
        assert withheld.found(text.text), text.text
        assert WITHHELD in out
    else:
        assert out == text.text, (text.text, out)  # a text without a mention is left alone
        assert not withheld.found(text.text), text.text
    # no filler word was eaten with a name (particles may go with the name they belong to)
    have = filler_tokens([out])
    for token, n in filler_tokens(text.filler).items():
        if token not in PARTICLE_WORDS:
            assert have[token] >= n, (token, text.text, out)
    dense = "".join(ref_fold(out).split())
    for word in text.filler:
        if HAN.search(word):
            assert word in dense, (word, text.text, out)
    return out


def test_the_filler_is_none_of_the_names():
    """The generated texts rely on this: a filler word is no name's part, in any form."""
    parts: set[str] = set()
    for part in NAME_PARTS:
        for tok in ref_fold(part).split():
            parts |= token_variants(tok)
    han_chars = {c for part in NAME_PARTS for c in part if HAN.match(c)}
    for word in ALL_FILLER:
        if HAN.search(word):
            assert not set(word) & han_chars, word
            continue
        for tok in ref_fold(word).split():
            assert not token_variants(tok) & parts, word


@SETTINGS
@given(st.data())
def test_one_name_any_script(data):
    name = data.draw(names())
    check([name], data.draw(texts([name], min_mentions=1)))


@SETTINGS
@given(st.data())
def test_text_without_a_mention_is_unchanged(data):
    name = data.draw(names())
    text = data.draw(texts([name], max_mentions=0))
    assert not text.distinctive
    check([name], text)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_several_names_of_several_scripts_in_one_text(data):
    several = data.draw(st.lists(names(), min_size=2, max_size=4))
    check(several, data.draw(texts(several, min_mentions=2, max_mentions=6)))


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_one_line_fields(data):
    """Titles, places and file names: no line breaks, but every other trick."""
    name = data.draw(names())
    check([name], data.draw(texts([name], one_line=True, min_mentions=1, max_mentions=2)))


@SETTINGS
@given(st.data())
def test_arabic_names(data):
    name = data.draw(names(("arabic",)))
    check([name], data.draw(texts([name], min_mentions=1)))


@SETTINGS
@given(st.data())
def test_han_names(data):
    name = data.draw(names(("han",)))
    check([name], data.draw(texts([name], min_mentions=1)))


def _n(script: str, *words: tuple[str, bool], joiners: list[str] | None = None) -> Name:
    return Name(
        script,
        [Word(w, d, script) for w, d in words],
        joiners if joiners is not None else [" "] * (len(words) - 1),
    )


def test_known_hard_cases():
    cases = [
        (
            _n("latin", ("José", True), ("de", False), ("la", False), ("Cruz", True)),
            "JOSÉ\n\nDE  LA\tCRUZ's statement; cruz; Jose\u0301; rue de la paix",
        ),
        (
            _n("arabic", ("مُحَمَّد", True), ("الحسن", True)),
            "قال الشهود إن وَمُحَمَّد وبالحسن وللحسن ومحـــمد في السوق",
        ),
        (
            _n("han", ("欧阳", True), ("娜娜", True), joiners=[""]),
            "昨天欧 阳\n娜娜在家中被捕，据报道娜\u3000娜和欧阳",
        ),
        (
            _n("cyrillic", ("Пётр", True), ("Ковалёв", True)),
            unicodedata.normalize("NFD", "ПЕТР  КОВАЛЕВ задержали; Пётр\nКовалёв"),
        ),
    ]
    for name, text in cases:
        check([name], rs.Text(text, [], True))
