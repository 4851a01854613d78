"""What text each glyph of a shipped font stands for, for the glyphs Qt's PDF writer cannot
name: those shaping substituted (Noto Naskh Arabic's two lam-alef halves, its fatha-with-shadda
and the like), which no character reaches through the font's cmap.

The font's GSUB is followed from the cmap: a single or alternate substitution keeps its source's
text, a ligature joins its components' texts, a multiple substitution gives its source's text to
its first glyph. The font Qt embeds is no copy of the original: it is rebuilt from the glyphs'
outlines (2048 units to the em, its own point lists, no glyph names). So each such glyph is drawn
once by Qt itself into a reference PDF kept in memory, and a glyph of a report's font is known
by the outline Qt wrote for it there."""

from __future__ import annotations

import io
import logging
import unicodedata
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

from ui.qt import (
    QBuffer,
    QByteArray,
    QFont,
    QGlyphRun,
    QIODevice,
    QPainter,
    QPdfWriter,
    QPointF,
    QRawFont,
)
from ui.report.fonts import FONTS, load_fonts

# the fonts Qt writes carry a zero creation date, which fontTools warns of on every read
logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)

_Key = tuple[int, bytes]


def _presentation(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def substituted_texts(font: TTFont) -> dict[str, str]:
    """Glyph name → text, for the glyphs the font's substitutions reach and its cmap does not."""
    direct: dict[str, str] = {}
    # nominal letters before presentation forms, then the lowest code point
    for code, name in sorted(font.getBestCmap().items(), key=lambda p: (_presentation(p[0]), p[0])):
        direct.setdefault(name, chr(code))
    text = dict(direct)
    lookups = font["GSUB"].table.LookupList.Lookup if "GSUB" in font else []
    changed = True
    while changed:  # a lookup may feed one listed before it
        changed = False
        for lookup in lookups:
            for sub in lookup.SubTable:
                table = sub.ExtSubTable if lookup.LookupType == 7 else sub
                for glyph, value in _reached(table, getattr(table, "LookupType", 0), text):
                    if glyph not in text:
                        text[glyph] = value
                        changed = True
    return {name: value for name, value in text.items() if name not in direct}


def _reached(table: object, kind: int, text: dict[str, str]) -> list[tuple[str, str]]:
    """The glyphs one substitution table produces from glyphs whose text is known."""
    pairs: list[tuple[str, str]] = []
    if kind == 1:
        mapping: dict[str, str] = getattr(table, "mapping", {})
        pairs = [(dst, text[src]) for src, dst in mapping.items() if src in text]
    elif kind == 2:
        sequences: dict[str, list[str]] = getattr(table, "mapping", {})
        pairs = [(seq[0], text[src]) for src, seq in sequences.items() if src in text and seq]
    elif kind == 3:
        alternates: dict[str, list[str]] = getattr(table, "alternates", {})
        pairs = [(a, text[src]) for src, alts in alternates.items() if src in text for a in alts]
    elif kind == 4:
        for first, ligatures in getattr(table, "ligatures", {}).items():
            for lig in ligatures:
                parts = [first, *lig.Component]
                if all(p in text for p in parts):
                    pairs.append((lig.LigGlyph, "".join(text[p] for p in parts)))
    return pairs


def shape_key(font: TTFont, name: str) -> _Key | None:
    """A glyph's advance and its outline as written (the glyf record's bytes: Qt writes the
    same glyph the same way every time); None for one that draws nothing."""
    glyf = font["glyf"]
    glyph = glyf.glyphs[name]
    data = getattr(glyph, "data", None)
    if data is None:
        data = glyph.compile(glyf)
    if not data:
        return None
    return font["hmtx"][name][0], bytes(data)


def font_file(base_font: str) -> Path | None:
    """The shipped font file whose PostScript name a PDF font's /BaseFont gives."""
    return _files().get(base_font.split("+")[-1])


@cache
def _files() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for path in sorted(FONTS.iterdir()):
        if path.suffix.lower() in (".ttf", ".otf"):
            with TTFont(str(path), lazy=True) as font:
                name = font["name"].getDebugName(6)
            if name:
                out[name] = path
    return out


@cache
def _reference(path: Path) -> dict[_Key, str]:
    """Outline key (as Qt writes the glyph into a PDF) → text, for the substituted glyphs of
    the font at `path`; a key two glyphs of different texts share is left out."""
    with TTFont(str(path)) as font:
        if not any(unicodedata.bidirectional(chr(c)) in ("R", "AL") for c in font.getBestCmap()):
            return {}  # only right-to-left text is rebuilt (see pdftext.py)
        order = font.getGlyphOrder()
        texts = substituted_texts(font)
        names = font["name"]
        family = names.getDebugName(16) or names.getDebugName(1) or ""
        postscript = names.getDebugName(6)
        bold = font["OS/2"].usWeightClass >= 600
    gids = [order.index(name) for name in texts if name in order]
    if not gids:
        return {}
    load_fonts()  # Qt knows the shipped fonts by their families
    qfont = QFont(family)
    qfont.setBold(bold)
    raw = QRawFont.fromFont(qfont)
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(device)
    painter = QPainter(writer)
    run = QGlyphRun()
    run.setRawFont(raw)
    run.setGlyphIndexes(gids)
    run.setPositions([QPointF(0, 0)] * len(gids))
    painter.drawGlyphRun(QPointF(100, 100), run)
    painter.end()
    del painter, writer
    device.close()
    import pypdf

    written = _embedded(pypdf.PdfReader(io.BytesIO(bytes(data.data()))), postscript)
    if (
        written is None
        or "glyf" not in written
        or len(written.getGlyphOrder()) != len(set(gids)) + 1
    ):
        return {}
    # the subset numbers glyphs in the order they were first drawn
    seen: list[int] = []
    for gid in gids:
        if gid not in seen:
            seen.append(gid)
    out: dict[_Key, str] = {}
    clashes: set[_Key] = set()
    for name, gid in zip(written.getGlyphOrder()[1:], seen, strict=True):
        key = shape_key(written, name)
        if key is None:
            continue
        value = texts[order[gid]]
        if key in out and out[key] != value:
            clashes.add(key)
        out.setdefault(key, value)
    for key in clashes:
        del out[key]
    return out


def _embedded(reader: object, base_font: str | None) -> TTFont | None:
    from pypdf import PdfReader

    assert isinstance(reader, PdfReader)
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            if base_font and str(font.get("/BaseFont", "")).lstrip("/") != base_font:
                continue
            for descendant in font.get("/DescendantFonts") or []:
                file = descendant.get_object()["/FontDescriptor"].get_object().get("/FontFile2")
                if file is not None:
                    return TTFont(io.BytesIO(file.get_object().get_data()))
    return None


def subset_texts(subset: bytes, base_font: str, glyphs: set[int]) -> dict[int, str]:
    """The texts of `glyphs` (glyph ids of a report's embedded `subset` of the shipped font
    named `base_font`) that the font's substitutions reveal; a glyph not recognised is left
    out."""
    path = font_file(base_font)
    if path is None:
        return {}
    known = _reference(path)
    if not known:
        return {}
    font = TTFont(io.BytesIO(subset))
    order = font.getGlyphOrder()
    out: dict[int, str] = {}
    for gid in sorted(glyphs):
        if 0 < gid < len(order):
            key = shape_key(font, order[gid])
            if key is not None and key in known:
                out[gid] = known[key]
    return out
