"""The fix for the text map of the PDFs Qt writes: every space would otherwise copy, search and
extract as a tab (see `spaces_read_as_spaces`)."""

from __future__ import annotations

import re
from pathlib import Path

_CMAP_LINE = re.compile(r"^(<[0-9A-Fa-f]+>\s+<[0-9A-Fa-f]+>\s+)(\[[^\]]*\]|<[0-9A-Fa-f]+>)\s*$")


def spaces_read_as_spaces(path: Path) -> None:
    """Make the PDF's text read back with spaces. Qt's font engine draws a tab with the space
    glyph, and its PDF writer labels each glyph with the lowest character that reaches it, so
    every space would copy, search and extract as a tab. Each font's ToUnicode map is
    corrected here (with pypdf), so a search for "Open case" in any viewer finds it."""
    import pypdf

    reader = pypdf.PdfReader(path)
    writer = pypdf.PdfWriter(clone_from=reader)
    done: set[int] = set()
    for page in writer.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.get_object().values():
            unicode_map = ref.get_object().get("/ToUnicode")
            if unicode_map is None or id(unicode_map.get_object()) in done:
                continue
            stream = unicode_map.get_object()
            done.add(id(stream))
            data = stream.get_data().decode("latin-1")
            fixed = "\n".join(_cmap_line(line) for line in data.split("\n"))
            if fixed != data:
                stream.set_data(fixed.encode("latin-1"))
    partial = path.with_name(path.name + ".fixing")
    try:
        with partial.open("wb") as f:
            writer.write(f)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


_CMAP_CHAR = re.compile(r"^(<[0-9A-Fa-f]+>\s+)<0009>\s*$")


def _cmap_line(line: str) -> str:
    """One line of a bfrange or bfchar block, with the tab destination made a space (source
    codes are glyph ids and stay as they are)."""
    match = _CMAP_LINE.match(line)
    if match and match[2].startswith("["):
        return match[1] + re.sub(r"<0009>", "<0020>", match[2])
    if match:  # <lo> <hi> <dst>: only a one-glyph range may change
        lo, hi = match[1].split()[:2]
        return match[1] + "<0020>" if lo == hi and match[2] == "<0009>" else line
    char = _CMAP_CHAR.match(line)
    return char[1] + "<0020>" if char else line
