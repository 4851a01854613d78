"""Corrects the text map of the PDFs Qt writes, so a report copies, searches and extracts as the
words it shows (`correct_text_map`). Qt's PDF writer labels each glyph with the lowest character
that reaches it through the font's cmap, and nothing else. So:

- every space reads as a tab (the fonts draw U+0009 with the space glyph);
- a glyph that shaping substituted reads as nothing: Noto Naskh Arabic draws lam-alef as two
  glyphs (a lam and a zero-width alef) that no character reaches, and fatha-with-shadda as one;
- a mark reads before its letter: Qt writes right-to-left text in logical order, a zero-width
  mark after the letter it sits on, but a reader rebuilds the order of a line from where each
  glyph lands, and a mark lands inside its letter, right of the letter's left edge;
- a bracket or guillemet in right-to-left text reads as its mirror: Qt draws "«" there with
  the glyph of "»", and names the glyph "»".

Each font's ToUnicode map is corrected (spaces; Arabic presentation forms named as their
letters; substituted glyphs named from the font's GSUB, see glyphtext.py). Then a right-to-left
run that holds a cluster (a letter and the zero-width glyphs drawn on it), a ligature or a
mirrored glyph gets its text laid first as invisible glyphs (render mode 3), one character per
box, each letter's box shared among its characters from the right; the drawn glyphs follow with
Qt's very moves, each made silent (a copy of the glyph that maps to no text). Every character
then has a place of its own in reading order, so a reader that orders a line by where glyphs
land needs no rule for ligatures or marks (checked with poppler's pdftotext and with pypdf).
Multi-character ToUnicode entries and ActualText spans were tried first and rejected: poppler
spreads such a string left to right over its box and then reads the right-to-left line
backwards, so both come out reversed in pdftotext. What is drawn does not change, to the pixel.

Not handled: a bracket drawn alone in another font (Noto Sans for "(" inside Arabic) gives no
clue of its run's direction; and poppler's own bidi pass moves the space beside a number or a
Latin word inside Arabic ("الصفحة 2من 2"), which the PDF cannot prevent run by run.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

_HEX = re.compile(r"<([0-9A-Fa-f]*)>")
_BLOCK = re.compile(r"BT\n(/\S+) (\S+) Tf ([^\n]*) Tm\n((?:\S+ \S+ Td <[0-9A-Fa-f]{4}> Tj\n)*)ET")
_GLYPH = re.compile(r"(\S+) (\S+) Td <([0-9A-Fa-f]{4})> Tj")
_RTL = frozenset(("R", "AL"))
_MIRROR = dict(zip("()<>[]{}«»‹›", ")(><][}{»«›‹", strict=True))


def correct_text_map(path: Path) -> None:
    """Rewrites the PDF at `path` in place (through a sibling file, so a failure leaves the
    original whole) with its text map corrected; what it draws does not change."""
    import pypdf
    from pypdf.generic import ContentStream

    reader = pypdf.PdfReader(path)
    writer = pypdf.PdfWriter(clone_from=reader)
    fonts: dict[int, _Font] = {}
    for page in writer.pages:
        resources: Any = (page.get("/Resources") or {}).get("/Font") or {}
        on_page: dict[str, _Font] = {}
        for name, ref in resources.get_object().items():
            obj = ref.get_object()
            if obj.get("/Subtype") != "/Type0" or "/ToUnicode" not in obj:
                continue
            key = id(obj)
            if key not in fonts:
                fonts[key] = _Font.read(obj)
            on_page[str(name)] = fonts[key]
        if not on_page or page.get("/Contents") is None:
            continue
        data = page.get_contents()
        if data is None:
            continue
        text = data.get_data().decode("latin-1")
        fixed = _BLOCK.sub(partial(_rewrite, fonts=on_page), text)
        if fixed != text:
            stream = ContentStream(None, writer)
            stream.set_data(fixed.encode("latin-1"))
            page.replace_contents(stream)
            page.compress_content_streams()
    for font in fonts.values():
        font.write(writer)
    sibling = path.with_name(path.name + ".fixing")
    try:
        with sibling.open("wb") as f:
            writer.write(f)
        sibling.replace(path)
    finally:
        sibling.unlink(missing_ok=True)


def _readable(text: str) -> str:
    """A glyph's text as a reader wants it: a tab as the space it is drawn as, an Arabic
    presentation form as its letter (when that is one character: a ligature's letters each
    need a glyph of their own, see `_Font.cluster`)."""
    out = []
    for char in text:
        if char == "\t":
            char = " "
        elif "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufefe":
            letter = unicodedata.normalize("NFKC", char)
            char = letter if len(letter) == 1 else char
        out.append(char)
    return "".join(out)


def _letters(text: str) -> str:
    """A cluster's text letter by letter (a presentation-form ligature taken apart)."""
    return "".join(
        unicodedata.normalize("NFKC", c)
        if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefe"
        else c
        for c in _readable(text)
    )


@dataclass
class _Font:
    """One Type0 font of the PDF: what each glyph code reads as, and its widths; glyph codes
    added here (silent copies, invisible characters) are written back by `write`."""

    obj: Any
    base_font: str
    texts: dict[int, str]
    widths: dict[int, float]
    default_width: float
    first_new: int
    looked_up: bool = False
    new: dict[int, tuple[int, float, str]] = field(default_factory=dict)  # code → gid, w, text
    by_key: dict[tuple[int, float, str], int] = field(default_factory=dict)
    changed: bool = False
    can_add: bool = False  # glyph codes may be added (Identity CIDToGIDMap, program known)

    @classmethod
    def read(cls, obj: Any) -> _Font:
        cmap = obj["/ToUnicode"].get_object().get_data().decode("latin-1")
        texts = _parse_cmap(cmap)
        readable = {code: _readable(text) for code, text in texts.items()}
        descendant = obj["/DescendantFonts"][0].get_object()
        widths = _parse_widths(descendant.get("/W") or [])
        glyphs = _glyph_count(descendant)
        known = set(texts) | set(widths)
        first_new = max(glyphs, max(known, default=0) + 1)
        font = cls(
            obj,
            str(descendant.get("/BaseFont", "")).lstrip("/"),
            readable,
            widths,
            float(descendant.get("/DW", 1000)),
            first_new,
        )
        font.changed = readable != texts
        font.can_add = (
            descendant.get("/CIDToGIDMap") == "/Identity" and glyphs > 0 and first_new < 0xFFFF
        )
        return font

    def width(self, code: int) -> float:
        if code in self.new:
            return self.new[code][1]
        return self.widths.get(code, self.default_width)

    def gid(self, code: int) -> int:
        return self.new[code][0] if code in self.new else code

    def text(self, code: int) -> str:
        if code in self.new:
            return self.new[code][2]
        return self.texts.get(code, "")

    def learn(self, codes: set[int]) -> None:
        """Names the glyphs among `codes` that map to no text, from what the shipped font's
        substitutions say they are (see glyphtext.py); once per font."""
        missing = {c for c in codes if c not in self.texts and c < self.first_new}
        if not missing or self.looked_up:
            return
        self.looked_up = True
        from ui.report.glyphtext import subset_texts

        descendant = self.obj["/DescendantFonts"][0].get_object()
        program = descendant["/FontDescriptor"].get_object().get("/FontFile2")
        if program is None:
            return
        subset = program.get_object().get_data()
        every = {c for c in range(self.first_new) if c not in self.texts}
        for code, text in subset_texts(subset, self.base_font, every).items():
            self.texts[code] = _readable(text)
            self.changed = True

    def code_for(self, gid: int, width: float, text: str) -> int:
        """A glyph code drawing glyph `gid`, `width` wide, that reads as `text`."""
        key = (gid, round(width, 3), text)
        if key not in self.by_key:
            code = self.first_new + len(self.new)
            self.new[code] = (gid, key[1], text)
            self.by_key[key] = code
        return self.by_key[key]

    def write(self, writer: Any) -> None:
        """Puts the corrected ToUnicode map back, and the added glyph codes' widths and glyphs."""
        from pypdf.generic import (
            ArrayObject,
            DecodedStreamObject,
            FloatObject,
            NameObject,
            NumberObject,
        )

        if not (self.changed or self.new):
            return
        texts = dict(self.texts)
        texts.update({code: text for code, (_g, _w, text) in self.new.items()})
        stream = self.obj["/ToUnicode"].get_object()
        stream.set_data(_cmap_text(texts).encode("latin-1"))
        if not self.new:
            return
        descendant = self.obj["/DescendantFonts"][0].get_object()
        last = self.first_new + len(self.new)
        widths = ArrayObject()
        for code in range(last):
            w = self.width(code)
            widths.append(NumberObject(int(w)) if w == int(w) else FloatObject(w))
        descendant[NameObject("/W")] = ArrayObject([NumberObject(0), widths])
        mapping = bytearray()
        for code in range(last):
            mapping += self.gid(code).to_bytes(2, "big")
        gids = DecodedStreamObject()
        gids.set_data(bytes(mapping))
        descendant[NameObject("/CIDToGIDMap")] = writer._add_object(gids)


def _rewrite(match: re.Match[str], fonts: dict[str, _Font]) -> str:
    """One text object (BT … ET) of Qt's, with its right-to-left run made readable: when one of
    its clusters is more than one glyph or one character, the run's text is laid first as
    invisible glyphs, one character each, in reading order; then the matrix is set again and
    the drawn glyphs follow with the very same moves, each made silent. So what is drawn is
    placed exactly as before (a renderer snaps glyphs to fractions of a pixel: a move rounded
    differently would shift a letter)."""
    font = fonts.get(match[1])
    if font is None or not font.can_add:
        return match[0]
    size = float(match[2])
    moves = _GLYPH.findall(match[4])
    glyphs: list[tuple[float, float, int]] = []
    x = y = 0.0
    for dx, dy, code in moves:
        x, y = x + float(dx), y + float(dy)
        glyphs.append((x, y, int(code, 16)))
    if font.first_new + len(font.new) + 4 * len(glyphs) >= 0xFFFF:
        return match[0]  # no room left for glyph codes of two bytes
    font.learn({code for _x, _y, code in glyphs})
    drawn = [g for g in glyphs if font.width(g[2])]
    leftward = len(drawn) > 1 and drawn[0][0] > drawn[-1][0]
    if not (
        leftward  # a right-to-left run, even of punctuation alone
        or any(unicodedata.bidirectional(c) in _RTL for _x, _y, g in glyphs for c in font.text(g))
    ):
        return match[0]
    reading = list(reversed(glyphs)) if len(drawn) > 1 and not leftward else glyphs
    clusters: list[list[tuple[float, float, int]]] = []
    for glyph in reading:
        if clusters and not font.width(glyph[2]):
            clusters[-1].append(glyph)  # a mark, or the zero-width half of a ligature
        else:
            clusters.append([glyph])
    texts = [_letters("".join(font.text(code) for _x, _y, code in c)) for c in clusters]
    # a bracket of a right-to-left run is drawn with its mirror's glyph, named by its mirror
    texts = [_MIRROR.get(t, t) for t in texts]
    if all(
        len(c) == 1 and t == font.text(c[0][2]) and len(t) <= 1
        for c, t in zip(clusters, texts, strict=True)
    ):
        return match[0]
    lines = [f"BT\n{match[1]} {match[2]} Tf {match[3]} Tm", "3 Tr"]
    px = py = 0.0
    for cluster, letters in zip(clusters, texts, strict=True):
        bx, by, base = cluster[0]
        share = font.width(base) / max(1, len(letters))
        for k, letter in enumerate(letters):  # the first letter at the right of the box
            left = bx + (len(letters) - 1 - k) * share * size / 1000
            code = font.code_for(font.gid(base), share, letter)
            lines.append(f"{left - px:.5f} {by - py:.5f} Td <{code:04X}> Tj")
            px, py = left, by
    lines += ["0 Tr", f"{match[3]} Tm"]
    for dx, dy, code in moves:
        silent = font.code_for(font.gid(int(code, 16)), font.width(int(code, 16)), "")
        lines.append(f"{dx} {dy} Td <{silent:04X}> Tj")
    lines.append("ET")
    return "\n".join(lines)


def _parse_cmap(cmap: str) -> dict[int, str]:
    """A ToUnicode CMap's bfchar and bfrange entries (as Qt writes them) by glyph code."""
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(src, 16)] = _utf16(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)", block
        ):
            first, last = int(lo, 16), int(hi, 16)
            if dst.startswith("["):
                for i, item in enumerate(_HEX.findall(dst)):
                    out[first + i] = _utf16(item)
            else:
                start = _utf16(dst[1:-1])
                for i in range(last - first + 1):  # the last character counts up
                    out[first + i] = start[:-1] + chr(ord(start[-1]) + i) if start else ""
    return {code: text for code, text in out.items() if text and text != "\0"}


def _utf16(hexdigits: str) -> str:
    return bytes.fromhex(hexdigits).decode("utf-16-be", errors="replace")


def _cmap_text(texts: dict[int, str]) -> str:
    entries = sorted(texts.items())
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries a block
        chunk = entries[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for code, text in chunk:
            lines.append(f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += [
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
        "",
    ]
    return "\n".join(lines)


def _parse_widths(array: Any) -> dict[int, float]:
    """A CIDFont's /W array (both of its forms) by glyph code."""
    out: dict[int, float] = {}
    items = list(array)
    i = 0
    while i < len(items):
        first = int(items[i])
        following = items[i + 1].get_object() if i + 1 < len(items) else None
        if isinstance(following, list):
            for k, w in enumerate(following):
                out[first + k] = float(w)
            i += 2
        elif i + 2 < len(items):
            for code in range(first, int(items[i + 1]) + 1):
                out[code] = float(items[i + 2])
            i += 3
        else:
            break
    return out


def _glyph_count(descendant: Any) -> int:
    """How many glyphs the embedded TrueType program holds (its maxp table); 0 if unknown."""
    program = descendant.get("/FontDescriptor", {}).get_object().get("/FontFile2")
    if program is None:
        return 0
    data = program.get_object().get_data()
    if len(data) < 12:
        return 0
    tables = int.from_bytes(data[4:6], "big")
    for k in range(tables):
        record = data[12 + 16 * k : 28 + 16 * k]
        if record[:4] == b"maxp":
            offset = int.from_bytes(record[8:12], "big")
            return int.from_bytes(data[offset + 4 : offset + 6], "big")
    return 0
