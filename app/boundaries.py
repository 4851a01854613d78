"""Country and admin-1 outlines for offline maps, from resources/boundaries (Natural Earth,
public domain; see its README for the sources, the simplification and the boundary policy).

Read with the standard library, once per process, on first use."""

from __future__ import annotations

import codecs
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "resources" / "boundaries"


@dataclass(frozen=True)
class Shape:
    code: str  # admin-1: ISO 3166-2 ("SY-DI") or, when unknown, the name; admin-0: ISO alpha-3
    name: str
    iso3: str
    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
    polygons: list[list[tuple[float, float]]]  # rings of (lon, lat): outlines and holes alike


def _features(text: str) -> Iterator[dict[str, Any]]:
    """The document's features one at a time. One json.loads of the whole file holds the
    GIL for most of a second, freezing the window while a map is read on a worker; a feature
    at a time lets the GUI thread run in between. Any other layout: the whole at once."""
    decoder = json.JSONDecoder()
    start = text.find('"features":')
    if start < 0:
        yield from json.loads(text)["features"]
        return
    i = text.index("[", start) + 1
    n = len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n,":
            i += 1
        if i >= n or text[i] == "]":
            return
        feature, i = decoder.raw_decode(text, i)
        yield feature


@lru_cache(maxsize=2)
def _level(level: int) -> dict[str, list[Shape]]:
    # in pieces, as the features are parsed, so no one call holds the GIL for long
    decoder = codecs.getincrementaldecoder("utf-8")()
    parts: list[str] = []
    with gzip.open(DATA / f"admin{level}.json.gz", "rb") as f:
        while chunk := f.read(1 << 18):
            parts.append(decoder.decode(chunk))
    parts.append(decoder.decode(b"", final=True))
    text = "".join(parts)
    out: dict[str, list[Shape]] = {}
    for feature in _features(text):
        iso3 = feature.get("iso3")
        if not iso3:
            continue
        code = iso3 if level == 0 else (feature.get("code") or feature["name"])
        rings = [
            [(float(x), float(y)) for x, y in ring]
            for polygon in feature["polygons"]
            for ring in polygon
        ]
        out.setdefault(iso3, []).append(
            Shape(code, feature["name"], iso3, tuple(feature["bbox"]), rings)
        )
    return out


def country_shape(iso3: str) -> Shape | None:
    shapes = _level(0).get(iso3)
    return shapes[0] if shapes else None


def admin1_shapes(iso3: str) -> list[Shape]:
    return list(_level(1).get(iso3, []))
