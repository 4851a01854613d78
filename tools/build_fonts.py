"""Rebuild resources/fonts/NotoSansSC-{Regular,Bold}.otf, the Simplified Chinese faces the
reports embed, from Debian's fonts-noto-cjk package.

The full face is 16 MB; reports need the Chinese of their labels and vocabularies and the
common characters of names and places, so the face is cut to GB 2312 (6,763 hanzi and its
symbols), plus every character of the Chinese catalogue and vocabulary labels, plus Latin,
general punctuation and full-width forms. Run it by hand, in a throwaway venv with fonttools:

    python3 -m venv /tmp/fvenv && /tmp/fvenv/bin/pip install fonttools
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/cjk
    /tmp/fvenv/bin/python tools/build_fonts.py /tmp/cjk/usr/share/fonts/opentype/noto
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
SC = 2  # the Simplified Chinese face inside NotoSansCJK-*.ttc
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF)]


def characters() -> str:
    chars = set()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    catalogue = ET.parse(ROOT / "resources/translations/upfront_zh.ts").getroot()  # noqa: S314
    for node in catalogue.iter():
        if node.tag in ("translation", "numerusform") and node.text:
            chars.update(node.text)
    for path in (ROOT / "resources/vocabularies").glob("*.json"):
        for term in json.loads(path.read_text(encoding="utf-8")).get("terms", []):
            chars.update((term.get("labels") or {}).get("zh", ""))
    for lo, hi in RANGES:
        chars.update(chr(c) for c in range(lo, hi + 1))
    return "".join(sorted(chars))


def main(source: str) -> None:
    text = characters()
    for weight in ("Regular", "Bold"):
        face = TTCollection(Path(source) / f"NotoSansCJK-{weight}.ttc").fonts[SC]
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(face)
        out = ROOT / "resources/fonts" / f"NotoSansSC-{weight}.otf"
        face.save(out)
        print(out, out.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1])
