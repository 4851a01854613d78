"""Offline map boundaries (resources/boundaries): read with gzip + json only, as the app does."""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from pathlib import Path

import pytest

BOUNDARIES = Path(__file__).resolve().parents[2] / "resources" / "boundaries"
FILES = ("admin0.json.gz", "admin1.json.gz")

DAMASCUS = (36.29, 33.51)  # lon, lat
PRIORITY = ("SYR", "SDN", "MMR", "UKR", "COL", "COD")


@cache
def load(level: int) -> dict:
    with gzip.open(BOUNDARIES / f"admin{level}.json.gz", "rt", encoding="utf-8") as fh:
        return json.load(fh)


def features(level: int) -> list[dict]:
    return load(level)["features"]


def in_ring(x: float, y: float, ring: list) -> bool:
    """Even-odd ray casting against one closed ring of [lon, lat] points."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def contains(feature: dict, x: float, y: float) -> bool:
    minx, miny, maxx, maxy = feature["bbox"]
    if not (minx <= x <= maxx and miny <= y <= maxy):
        return False
    for exterior, *holes in feature["polygons"]:
        if in_ring(x, y, exterior) and not any(in_ring(x, y, h) for h in holes):
            return True
    return False


def containing(level: int, x: float, y: float) -> list[dict]:
    return [f for f in features(level) if contains(f, x, y)]


def country(iso3: str) -> dict:
    [found] = [f for f in features(0) if f["iso3"] == iso3]
    return found


def test_files_are_modest_in_size():
    total = sum((BOUNDARIES / name).stat().st_size for name in FILES)
    assert total < 8 * 1024 * 1024
    assert (BOUNDARIES / "README.md").exists()


@pytest.mark.parametrize("level", [0, 1])
def test_format(level):
    data = load(level)
    assert data["meta"]["format"] == "upfront-boundaries/1"
    assert data["meta"]["level"] == level
    assert len(data["features"]) > (200 if level == 0 else 3000)
    for f in data["features"]:
        assert {"iso3", "code", "name", "bbox", "polygons"} <= f.keys()
        assert f["iso3"] is None or re.fullmatch(r"[A-Z]{3}", f["iso3"])
        minx, miny, maxx, maxy = f["bbox"]
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90
        xs, ys = [], []
        assert f["polygons"], f["name"]
        for polygon in f["polygons"]:
            for ring in polygon:
                assert len(ring) >= 4 and ring[0] == ring[-1], f["name"]
                for x, y in ring:
                    assert round(x, 3) == x and round(y, 3) == y
            xs += [p[0] for p in polygon[0]]
            ys += [p[1] for p in polygon[0]]
        assert f["bbox"] == [min(xs), min(ys), max(xs), max(ys)], f["name"]


def test_admin0_codes_are_iso_3166_1():
    iso3s = [f["iso3"] for f in features(0) if f["iso3"]]
    assert len(iso3s) == len(set(iso3s)) > 190
    for f in features(0):
        assert f["code"] is None or re.fullmatch(r"[A-Z]{2}", f["code"]), f
        if f["code"]:
            assert f["iso3"], f


def test_syria_bbox_contains_damascus():
    minx, miny, maxx, maxy = country("SYR")["bbox"]
    x, y = DAMASCUS
    assert minx <= x <= maxx and miny <= y <= maxy


def test_damascus_is_inside_syria_only():
    assert [f["iso3"] for f in containing(0, *DAMASCUS)] == ["SYR"]


def test_damascus_is_inside_its_admin1_unit():
    [unit] = containing(1, *DAMASCUS)
    assert unit["iso3"] == "SYR"
    assert unit["code"] in ("SY-DI", "SY-RD")


@pytest.mark.parametrize("iso3", PRIORITY)
def test_priority_countries_have_admin1_units(iso3):
    units = [f for f in features(1) if f["iso3"] == iso3]
    assert len(units) >= 10
    assert sum(1 for f in units if f["code"]) >= len(units) // 2
    assert all(f["adm0_a3"] == country(iso3)["adm0_a3"] for f in units)


@pytest.mark.parametrize(
    ("place", "lon", "lat", "iso3", "code"),
    [
        ("Khartoum", 32.53, 15.59, "SDN", "SD-KH"),
        ("Yangon", 96.16, 16.84, "MMR", "MM-06"),
        ("Kyiv", 30.52, 50.45, "UKR", "UA-30"),
        ("Simferopol", 34.10, 44.95, "UKR", "UA-43"),
        ("Bogotá", -74.08, 4.61, "COL", "CO-DC"),
        ("Goma", 29.22, -1.68, "COD", "CD-NK"),
        ("Golan", 35.75, 33.00, "SYR", "SY-QU"),
    ],
)
def test_places_fall_in_the_right_units(place, lon, lat, iso3, code):
    assert [f["iso3"] for f in containing(0, lon, lat)] == [iso3], place
    assert [f["code"] for f in containing(1, lon, lat)] == [code], place


def test_admin1_codes_start_with_the_country_alpha2():
    alpha2 = {f["iso3"]: f["code"] for f in features(0) if f["iso3"]}
    coded = [f for f in features(1) if f["code"]]
    assert len(coded) > 3000
    for f in coded:
        assert f["iso3"] in alpha2, f["name"]
        assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", f["code"]), f["code"]
        assert f["code"].startswith(alpha2[f["iso3"]] + "-"), (f["name"], f["code"])


def test_each_admin1_code_names_one_unit():
    names: dict[str, set[str]] = {}
    for f in features(1):
        if f["code"]:
            names.setdefault(f["code"], set()).add(f["name"])
    assert all(len(v) == 1 for v in names.values()), {k: v for k, v in names.items() if len(v) > 1}
