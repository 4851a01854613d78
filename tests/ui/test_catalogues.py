"""The interface's catalogues: every message translated in the five other UN languages, with
the placeholders the code fills in kept exactly (a lost {kind} shows the officer a sentence with
a hole); sources name their placeholders, {name}, filled by ui.text.fill, and keep %n only for
Qt's plural forms."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%L?\d|\{[a-z_]+\}")  # %1 counted too: a translation must not keep one
# in a source, a placeholder is {name} (lower-case, filled by ui.text.fill) or Qt's plural %n
POSITIONAL = re.compile(r"%L?\d|\{\d*\}")
BRACED = re.compile(r"\{[^{}]*\}")
# which plural forms may leave out %n: the ones for exactly one (and two, in Arabic)
WORDED = {"ar": {0, 1, 2}, "fr": {0}, "es": {0}, "ru": set(), "zh": set()}


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(CATALOGUES / f"upfront_{lang}.ts").getroot()  # noqa: S314 - our own file
    return [
        (ctx.findtext("name"), m.findtext("source"), m)
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


@pytest.mark.parametrize("lang", ["fr", "ar", "es", "ru", "zh"])
def test_every_message_is_translated_with_its_placeholders(lang):
    problems = []
    for context, source, m in messages(lang):
        tr = m.find("translation")
        where = f"{context}: {source[:60]!r}"
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is not translated")
            continue
        forms = (
            [f.text or "" for f in tr.iter("numerusform")]
            if m.get("numerus") == "yes"
            else [tr.text or ""]
        )
        if not any(f.strip() for f in forms):
            problems.append(f"{where} is empty")
        wanted = sorted(PLACEHOLDER.findall(source))
        for i, form in enumerate(forms):
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{where} form {i} has {PLACEHOLDER.findall(form)}")
            if m.get("numerus") == "yes" and "%n" not in form and i not in WORDED[lang]:
                problems.append(f"{where} form {i} lacks %n")
    assert problems == []


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "es", "ru", "zh"])
def test_sources_use_named_placeholders(lang):
    problems = []
    for context, source, _m in messages(lang):
        where = f"{context}: {source[:60]!r}"
        if POSITIONAL.search(source):
            problems.append(f"{where} has a positional placeholder {POSITIONAL.findall(source)}")
        odd = [b for b in BRACED.findall(source) if not re.fullmatch(r"\{[a-z_]+\}", b)]
        if odd:
            problems.append(f"{where} has {odd}: a placeholder is {{name}} in lower case")
    assert problems == []


def test_catalogues_hold_the_same_messages():
    reference = {(c, s) for c, s, _m in messages("fr")}
    for lang in ("ar", "es", "ru", "zh"):
        assert {(c, s) for c, s, _m in messages(lang)} == reference, lang
