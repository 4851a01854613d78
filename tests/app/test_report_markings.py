"""Classification markings of the report templates (issue 17): the Chinese marking of
"STRICTLY CONFIDENTIAL" read 绝密 ("top secret"), a level the English does not claim. Every
Chinese text beside an English one in resources/reports/*.json is checked, and each level of a
template's marking stays distinct in every language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

REPORTS = Path(__file__).resolve().parents[2] / "resources" / "reports"
TEMPLATES = sorted(REPORTS.glob("*.json"))
TOP_SECRET_ZH = ("绝密", "最高机密")


def translations(node: object, where: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """Every {"en": …, "zh": …, …} object in a template, with where it is."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and isinstance(node.get("zh"), str):
            yield where, node
        for key, value in node.items():
            yield from translations(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from translations(value, f"{where}[{i}]")


def test_there_are_templates_with_markings():
    assert TEMPLATES
    assert any(json.loads(t.read_text("utf-8")).get("classification") for t in TEMPLATES)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_chinese_says_top_secret_only_where_english_does(template: Path):
    for where, texts in translations(json.loads(template.read_text("utf-8"))):
        if any(word in texts["zh"] for word in TOP_SECRET_ZH):
            assert "TOP SECRET" in texts["en"].upper(), (where, texts["en"], texts["zh"])


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_each_marking_level_is_distinct_in_every_language(template: Path):
    levels = json.loads(template.read_text("utf-8")).get("classification") or {}
    languages = {lang for texts in levels.values() for lang in texts}
    for lang in languages:
        shown = [texts.get(lang) for texts in levels.values()]
        assert all(shown), (lang, shown)
        heads = [text.split(" — ")[0] for text in shown]
        assert len(set(heads)) == len(heads), (lang, heads)
