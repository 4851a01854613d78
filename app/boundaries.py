"""Country and admin-1 outlines for offline maps, from resources/boundaries (Natural Earth,
public domain; see its README for the sources, the simplification and the boundary policy).

Read with the standard library, once per process, on first use."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "resources" / "boundaries"


@dataclass(frozen=True)
class Shape:
    code: str  # admin-1: ISO 3166-2 ("SY-DI") or, when unknown, the name; admin-0: ISO alpha-3
    name: str
    iso3: str
    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
    polygons: list[list[tuple[float, float]]]  # rings of (lon, lat): outlines and holes alike


@lru_cache(maxsize=2)
def _level(level: int) -> dict[str, list[Shape]]:
    with gzip.open(DATA / f"admin{level}.json.gz", "rt", encoding="utf-8") as f:
        doc = json.load(f)
    out: dict[str, list[Shape]] = {}
    for feature in doc["features"]:
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
