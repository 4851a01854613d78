"""The report's fonts: those in resources/fonts only, registered once, as one family list whose
first family suits the report's language and whose others are fallbacks for other scripts."""

from __future__ import annotations

from pathlib import Path

from ui.qt import QCoreApplication, QFont, QFontDatabase
from ui.report.style import BODY_PT

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
PRIMARY = {"ar": "arabic", "zh": "cjk"}
_families: dict[str, str] | None = None


def load_fonts() -> dict[str, str]:
    """Registers the fonts in resources/fonts once; returns their families by script
    (`SCRIPTS`: "latin", "arabic", "cjk", "myanmar", ...). Needs a QGuiApplication."""
    global _families
    if _families is None:
        if QCoreApplication.instance() is None:
            raise RuntimeError("load_fonts() needs a QGuiApplication")
        found: dict[str, str] = {}
        for path in sorted(FONTS.iterdir()):
            if path.suffix.lower() not in (".ttf", ".otf"):
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"cannot load the font {path.name}")
            name = QFontDatabase.applicationFontFamilies(font_id)[0]
            found[_script_of(name)] = name
        _families = found
    return dict(_families)


# the scripts of the faces in resources/fonts, by a word of their family's name; the first
# three are the UN's six languages', the others those of names and places in records (a
# Burmese name printed blank without its face)
SCRIPTS = {
    "latin": "",
    "arabic": "Arabic",
    "cjk": "CJK",
    "myanmar": "Myanmar",
    "khmer": "Khmer",
    "lao": "Lao",
    "thai": "Thai",
}


def _script_of(family: str) -> str:
    if "SC" in family.split():
        return "cjk"
    return next((s for s, word in SCRIPTS.items() if word and word in family), "latin")


def font_families(lang: str) -> list[str]:
    """The report's family list: the one for `lang` first, the others as fallbacks."""
    families = load_fonts()
    first = PRIMARY.get(lang, "latin")
    order = [first] + [s for s in SCRIPTS if s != first]
    return [families[s] for s in order if s in families]


def report_font(lang: str, point_size: float = BODY_PT, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(font_families(lang))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # Qt's PDF writer maps a glyph back to text through the font's cmap only: a glyph that
    # shaping substitutes (the "fi" ligature; Noto Sans CJK's "locl" digits) would copy,
    # search and read aloud as garbage, and the printed hash could not be checked
    for tag in ("liga", "locl"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
