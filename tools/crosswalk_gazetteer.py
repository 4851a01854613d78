#!/usr/bin/env python3
"""Build the crosswalk from OCHA's admin 1 P-codes to ISO 3166-2 codes and Natural Earth's
admin-1 polygons (resources/gazetteer/crosswalk.csv and unmatched.csv), checking the hand-kept
alias table (resources/gazetteer/aliases.csv) and manual pairs (tools/crosswalk_manual.csv).

    python tools/crosswalk_gazetteer.py [--out resources/gazetteer]

There is no official crosswalk. For each admin 1 unit of the P-code list, the ISO 3166-2 code
is looked for among the subdivisions pycountry knows for its country (every type; a top-level
one is preferred when a name fits several), in four passes, each taking only what is left:

1. manual: a pair of tools/crosswalk_manual.csv (a person decided; the only way one code
   may go to two P-codes, and the note says why);
2. name: the unit's name equals a name of the subdivision (its ISO name, its translations into
   the UN's languages and Portuguese, the name of its Natural Earth polygon), compared by
   `key`: `app.gazetteer.fold`, then without generic words such as "province" or "oblast";
3. alias: one of the unit's aliases (aliases.csv) equals such a name;
4. fuzzy: the closest names by rapidfuzz's token_sort_ratio, only with a score of at least
   FUZZY_CUTOFF, FUZZY_MARGIN points ahead of any other subdivision, the same qualifiers
   (north, upper, rural, city...) on both sides ("Bago (East)" is never "Bago") and, for names
   of as many words, each word like one of the other (WORD_CUTOFF: Lôh-Djiboua is not
   Gôh-Djiboua).

A pass that would give one code to two units gives it to neither. The polygon is the Natural
Earth feature whose `code` is the unit's ISO code; otherwise a feature without a code is
matched by name the same way (name, alias, fuzzy). A feature that carries a `note` (its extent
is not today's unit, e.g. the DR Congo's pre-2015 provinces) is matched by its code alone.
Whatever stays unmatched goes to unmatched.csv with the closest candidates, for a person to add
an alias or a manual pair. The inputs are hostile: a bad line of aliases.csv or of the manual
pairs stops the build (exit 2) naming the line. The same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from app.gazetteer import Unit, fold, read  # noqa: E402

GAZETTEER = ROOT / "resources" / "gazetteer"
PCODES = GAZETTEER / "pcodes.csv.gz"
ALIASES = GAZETTEER / "aliases.csv"
BOUNDARIES = ROOT / "resources" / "boundaries" / "admin1.json.gz"
MANUAL = ROOT / "tools" / "crosswalk_manual.csv"
ALIAS_COLUMNS = ["country", "pcode", "alias", "lang", "note"]
MANUAL_COLUMNS = ["country", "pcode", "iso", "note"]
CROSSWALK_COLUMNS = ["country", "pcode", "iso", "polygon", "how"]
UNMATCHED_COLUMNS = [
    "country",
    "pcode",
    "name",
    "missing",
    "why",
    "iso_candidates",
    "polygon_candidates",
]

# A fuzzy match needs at least this token_sort_ratio (0-100) and this lead over the runner-up.
# 90 takes spellings one or two letters apart (Tartous/Tartus 92; Panjsher/Panjshir, 88, needs
# an alias) and leaves names that merely share a stem to a person: at 85, Madagascar's
# Atsinanana region (86) would be taken for the former province of Antsiranana.
FUZZY_CUTOFF = 90.0
FUZZY_MARGIN = 8.0
# and each word like a word of the other name (a ratio of at least this): Loh/Goh is 67
WORD_CUTOFF = 75.0
# the languages of pycountry's ISO 3166-2 translations whose names count as the subdivision's:
# the UN's official languages it translates, and Portuguese (the CODs of Angola, Mozambique...)
LANGUAGES = ("en", "fr", "es", "pt", "ru", "zh_CN")
# words that say what kind of unit a name is, not which: dropped before comparing names
GENERIC = frozenset(
    """province provincia provinsi provincie governorate gouvernorat muhafazah muhafazat
    region regiao regione oblast oblasti oblysy viloyati vilayati state estado etat district
    distrito departement department departamento prefecture county megye division wilaya
    wilayat wilayah popularate shabiyah municipality shi sheng zizhiqu of de du des del da do
    dos""".split()
)
# words that tell two units of one stem apart: a fuzzy match needs the same ones on both sides
# ("northern" counts as "north")
QUALIFIERS = {
    w: {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}.get(w, w)
    for w in """north northern south southern east eastern west western central middle upper
    lower new old greater inner outer nord sud est ouest centre center centrale haut haute bas
    basse moyen moyenne norte sur este oeste centro alto alta bajo baja occidental oriental
    septentrional meridional rural rif city ville ciudad cidade urban capital i ii iii iv v vi
    vii viii ix x xi xii xiii""".split()
}
# abbreviations written out before comparing ("St. George" is "Saint George")
ABBREVIATIONS = {"st": "saint", "ste": "sainte"}
# letters that Unicode does not decompose into a plain one and an accent, as romanisations
# write them (Đà Nẵng is Da Nang, Kırıkkale Kirikkale, Łódzkie Lodzkie, Şəki Shaki or Saki),
# and the half rings that transliterate ayn and hamza (fold drops the other apostrophes)
LETTERS = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ə": "a",
        "Ə": "A",
        "ħ": "h",
        "Ħ": "H",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
        "\u02bf": "",
        "\u02be": "",
    }
)
_BRACKETED = re.compile(r"[(\[]([^)\]]*)[)\]]")
_LANG = re.compile(r"^[a-z]{2}$")


class BadInput(Exception):
    """A line of aliases.csv or of the manual pairs is refused; the message names it."""


def key(name: str) -> str:
    """A name as the crosswalk compares it: folded, without generic words ("Dnipropetrovska
    oblast" -> "dnipropetrovska"), unless nothing else is left."""
    words = [ABBREVIATIONS.get(w, w) for w in fold(name.translate(LETTERS)).split()]
    kept = [w for w in words if w not in GENERIC]
    return fold(" ".join(kept or words))  # again: an article may lead what is left


def variants(name: str) -> set[str]:
    """The keys of a name: the name, and for a bracketed part that is not a mere qualifier
    the name without it and the part alone ("Homs (Hims)" -> homs hims, homs, hims;
    "Chimbu (Simbu) Province" -> ..., chimbu, simbu; "Bago (East)" -> bago east only), and
    each part of a name written "A / B" or "A; B". Extra keys shorter than 3 letters are
    not kept."""
    whole = key(name)
    out = set()
    inner = [key(x) for x in _BRACKETED.findall(name)]
    if inner and not all(set(x.split()) <= set(QUALIFIERS) for x in inner):
        out.add(key(_BRACKETED.sub(" ", name)))
        out.update(x for x in inner if not set(x.split()) <= set(QUALIFIERS))
    if re.search(r"[/;]", name):
        out.update(key(part) for part in re.split(r"[/;]", name))
    return {whole} | {x for x in out if len(x.replace(" ", "")) >= 3} - {""}


def qualifiers(k: str) -> frozenset[str]:
    return frozenset(QUALIFIERS.get(w, w) for w in k.split() if w in QUALIFIERS or w.isdigit())


@dataclass(frozen=True)
class Target:
    """An admin 1 unit to match: its P-code and every key it is known by."""

    pcode: str
    names: frozenset[str]  # keys of its name (and, for polygons, of its ISO subdivision)
    aliases: frozenset[str]  # keys of its aliases


@dataclass(frozen=True)
class Candidate:
    """An ISO subdivision or a Natural Earth feature a unit may be."""

    code: str
    label: str  # the name shown to a person
    names: frozenset[str]
    top: bool = True  # a top-level subdivision (ISO parent_code None); always for polygons


@dataclass
class Outcome:
    code: dict[str, str] = field(default_factory=dict)  # pcode -> candidate code
    how: dict[str, str] = field(default_factory=dict)  # pcode -> manual|name|alias|fuzzy
    why: dict[str, str] = field(default_factory=dict)  # pcode -> why it is unmatched


def words_agree(x: str, y: str) -> bool:
    """Whether two keys of as many words pair each word with a like one (WORD_CUTOFF): one
    letter makes Lôh-Djiboua another region than Gôh-Djiboua. Keys of different lengths
    (Covalima, Cova Lima) are left to the whole score."""
    xs, ys = x.split(), y.split()
    if len(xs) != len(ys):
        return True
    return all(
        max(fuzz.ratio(w, v) for v in other) >= WORD_CUTOFF
        for words, other in ((xs, ys), (ys, xs))
        for w in words
    )


def score(a: Iterable[str], b: Iterable[str]) -> float:
    """The best token_sort_ratio of two sets of keys, 0 for a pair whose qualifiers differ
    or whose words do not agree."""
    best = 0.0
    for x in a:
        for y in b:
            if qualifiers(x) == qualifiers(y) and words_agree(x, y):
                best = max(best, fuzz.token_sort_ratio(x, y))
    return best


def match(
    targets: Sequence[Target],
    candidates: Sequence[Candidate],
    fixed: dict[str, str] | None = None,
) -> Outcome:
    """Match units to candidates of one country: `fixed` (manual pairs) first, then by name, by
    alias and fuzzy, each pass on what is left; a candidate two units would take goes to none,
    and a unit whose name fits several candidates (none preferred as top level) to none."""
    out = Outcome()
    taken: dict[str, str] = {}  # candidate code -> pcode
    for pcode, code in sorted((fixed or {}).items()):
        out.code[pcode], out.how[pcode] = code, "manual"
        taken.setdefault(code, pcode)

    def settle(proposed: dict[str, str], how: str) -> None:
        claims = Counter(proposed.values())
        for pcode, code in sorted(proposed.items()):
            if code in taken:
                out.why[pcode] = f"{how} fits {code}, already {taken[code]}'s"
            elif claims[code] > 1:
                others = sorted(p for p, c in proposed.items() if c == code and p != pcode)
                out.why[pcode] = f"{how} fits {code}, as for {' '.join(others)}: left to a person"
            else:
                out.code[pcode], out.how[pcode] = code, how
                out.why.pop(pcode, None)
        for pcode, code in proposed.items():
            if out.code.get(pcode) == code:
                taken[code] = pcode

    for how in ("name", "alias"):
        proposed = {}
        for t in targets:
            if t.pcode in out.code:
                continue
            keys = t.names if how == "name" else t.aliases
            fits = [c for c in candidates if keys & c.names]
            if len(fits) > 1:
                tops = [c for c in fits if c.top]
                if len(tops) == 1:
                    fits = tops
            if len(fits) == 1:
                proposed[t.pcode] = fits[0].code
            elif fits:
                codes = " ".join(sorted(c.code for c in fits))
                out.why.setdefault(t.pcode, f"{how} fits several: {codes}")
        settle(proposed, how)

    proposed = {}
    for t in targets:
        if t.pcode in out.code or not (t.names or t.aliases):
            continue
        ranked = sorted(
            ((score(t.names | t.aliases, c.names), c.code) for c in candidates),
            key=lambda sc: (-sc[0], sc[1]),
        )
        if not ranked or ranked[0][0] < FUZZY_CUTOFF:
            continue
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if ranked[0][0] - runner_up < FUZZY_MARGIN:
            out.why.setdefault(t.pcode, f"fuzzy: {ranked[0][1]} and {ranked[1][1]} are as close")
            continue
        proposed[t.pcode] = ranked[0][1]
    settle(proposed, "fuzzy")
    for t in targets:
        if t.pcode not in out.code:
            out.why.setdefault(t.pcode, "no name fits")
    return out


def closest(target: Target, candidates: Sequence[Candidate], limit: int = 3) -> str:
    """The closest candidates to offer a person: "SY-HM Ḩamāh (80); ..."."""
    ranked = sorted(
        (
            (
                max(
                    (
                        fuzz.token_sort_ratio(x, y)
                        for x in target.names | target.aliases
                        for y in c.names
                    ),
                    default=0.0,
                ),
                c.code,
                c.label,
            )
            for c in candidates
        ),
        key=lambda r: (-r[0], r[1]),
    )
    shown = []
    for s, code, label in ranked[:limit]:
        if s < 50:
            break
        shown.append(f"{label} ({s:.0f})" if code == label else f"{code} {label} ({s:.0f})")
    return "; ".join(shown)


# ---- inputs


def _text(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise BadInput(f"{what} line {line}: not UTF-8") from None


def _rows(data: bytes, what: str, columns: list[str]) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(_text(data, what), newline=""), strict=True)
    try:
        header = next(reader, None)
        if header != columns:
            raise BadInput(f"{what} line 1: the header is not {','.join(columns)}")
        return _records(reader, what, columns)
    except csv.Error as err:
        raise BadInput(f"{what} line {reader.line_num}: not CSV ({err})") from None


def _records(reader: Any, what: str, columns: list[str]) -> list[tuple[int, list[str]]]:
    rows = []
    for row in reader:
        line = reader.line_num
        if len(row) != len(columns):
            raise BadInput(f"{what} line {line}: {len(row)} columns, not {len(columns)}")
        if any(x != x.strip() or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in x) for x in row):
            raise BadInput(
                f"{what} line {line}: a field has spaces around it or a control character"
            )
        rows.append((line, row))
    return rows


@dataclass(frozen=True)
class Alias:
    country: str
    pcode: str
    alias: str
    lang: str
    note: str


def read_aliases(data: bytes, units: dict[str, Unit], what: str = "aliases.csv") -> list[Alias]:
    """The alias table, checked: each P-code is one of the list's, of that country; the alias
    is not the unit's own name, and folds to no other unit's name or alias of the same country
    and level; lang is an ISO 639-1 code or "und"; lines sorted, none twice."""
    names: dict[tuple[str, int, str], str] = {}  # (country, level, folded) -> pcode
    for u in units.values():
        if u.name:
            names.setdefault((u.country, u.level, fold(u.name)), u.pcode)
    seen: dict[tuple[str, int, str], tuple[str, int]] = {}  # -> (pcode, line)
    out: list[Alias] = []
    last: tuple[str, str, str] | None = None
    for line, row in _rows(data, what, ALIAS_COLUMNS):
        country, pcode, alias, lang, note = row
        unit = units.get(pcode)
        if unit is None:
            raise BadInput(f"{what} line {line}: P-code {pcode} is not in the list")
        if unit.country != country:
            raise BadInput(
                f"{what} line {line}: P-code {pcode} is of {unit.country}, not {country}"
            )
        if not fold(alias):
            raise BadInput(f"{what} line {line}: the alias is empty")
        if lang != "und" and not (_LANG.match(lang) and pycountry.languages.get(alpha_2=lang)):
            raise BadInput(f"{what} line {line}: lang {lang!r} is not an ISO 639-1 code or und")
        k = (country, unit.level, fold(alias))
        if fold(alias) == fold(unit.name):
            raise BadInput(f"{what} line {line}: the alias is {pcode}'s own name")
        owner = names.get(k)
        if owner is not None:
            raise BadInput(f"{what} line {line}: the alias is the name of {owner}")
        if k in seen:
            other, at = seen[k]
            if other == pcode:
                raise BadInput(f"{what} line {line}: the alias is given twice (line {at})")
            raise BadInput(f"{what} line {line}: the alias is {other}'s too (line {at})")
        order = (country, pcode, alias)
        if last is not None and order < last:
            raise BadInput(f"{what} line {line}: out of order (sort by country, pcode, alias)")
        seen[k], last = (pcode, line), order
        out.append(Alias(country, pcode, alias, lang, note))
    return out


def read_manual(
    data: bytes,
    units: dict[str, Unit],
    codes: dict[str, set[str]],
    what: str = "crosswalk_manual.csv",
) -> dict[str, str]:
    """The manual pairs, checked: an admin 1 P-code of the list, once; an ISO 3166-2 code of
    the same country; a note that says why."""
    out: dict[str, str] = {}
    last: tuple[str, str] | None = None
    for line, (country, pcode, iso, note) in _rows(data, what, MANUAL_COLUMNS):
        unit = units.get(pcode)
        if unit is None or unit.level != 1 or unit.country != country:
            raise BadInput(f"{what} line {line}: {pcode} is not an admin 1 P-code of {country}")
        if iso not in codes.get(country, set()):
            raise BadInput(f"{what} line {line}: {iso} is not an ISO 3166-2 code of {country}")
        if not note:
            raise BadInput(f"{what} line {line}: the note is empty (say why)")
        if pcode in out:
            raise BadInput(f"{what} line {line}: {pcode} is paired twice")
        if last is not None and (country, pcode) < last:
            raise BadInput(f"{what} line {line}: out of order (sort by country, pcode)")
        out[pcode], last = iso, (country, pcode)
    return out


def iso_candidates(alpha2: str, polygon_names: dict[str, set[str]]) -> list[Candidate]:
    """A country's ISO 3166-2 subdivisions, each known by its name, its translations and the
    name of the Natural Earth feature that carries its code."""
    subs = sorted(pycountry.subdivisions.get(country_code=alpha2) or [], key=lambda s: s.code)
    out = []
    for s in subs:
        names = variants(s.name)
        for t in _translations():
            names |= variants(t.gettext(s.name))
        for n in sorted(polygon_names.get(s.code, ())):
            names |= variants(n)
        out.append(Candidate(s.code, s.name, frozenset(names), s.parent_code is None))
    return out


_catalogues: list[gettext.NullTranslations] = []


def _translations() -> list[gettext.NullTranslations]:
    if not _catalogues:
        _catalogues.extend(
            gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
            for lang in LANGUAGES
        )
    return _catalogues


# ---- the crosswalk


@dataclass(frozen=True)
class Row:
    country: str
    pcode: str
    name: str
    iso: str
    polygon: str
    how: str
    why_iso: str  # why there is no ISO code ("" when there is one)
    why_polygon: str
    iso_closest: str  # the closest candidates, where there is none
    polygon_closest: str
    needless: bool = False  # a manual pair that the names alone would give


def _shape(code: str, label: str, names: Iterable[str]) -> Candidate:
    keys: set[str] = set()
    for n in sorted(names):
        keys |= variants(n)
    return Candidate(code, label, frozenset(keys))


def country_rows(
    country: str,
    members: Sequence[Unit],
    features: Sequence[dict[str, object]],
    aliases: dict[str, set[str]],
    manual: dict[str, str],
) -> list[Row]:
    """The rows of one country's admin 1 units (sorted by P-code)."""
    found = pycountry.countries.get(alpha_3=country)
    alpha2 = found.alpha_2 if found else ""
    coded: dict[str, set[str]] = {}  # polygon code -> its feature names
    free: set[str] = set()  # names of the features without a code or a note
    for f in features:
        name = str(f["name"])
        if not fold(name):
            continue
        if f.get("code"):
            coded.setdefault(str(f["code"]), set()).add(name)
        elif not f.get("note"):
            free.add(name)
    isos = iso_candidates(alpha2, coded) if alpha2 else []
    iso_label = {c.code: c for c in isos}
    # an alias's key that is another unit's name or alias after `key` ("Kyiv Oblast" and
    # the city of Kyiv) names neither for matching
    owners: dict[str, set[str]] = {}
    for u in members:
        for k in variants(u.name) | aliases.get(u.pcode, set()):
            owners.setdefault(k, set()).add(u.pcode)
    targets = [
        Target(
            u.pcode,
            frozenset(variants(u.name) - {""}),
            frozenset(k for k in aliases.get(u.pcode, ()) if len(owners[k]) == 1),
        )
        for u in members
    ]
    fixed = {t.pcode: manual[t.pcode] for t in targets if t.pcode in manual}
    iso = match(targets, isos, fixed)
    unaided = match(targets, isos).code if fixed else {}
    polygon = {p: c for p, c in iso.code.items() if c in coded}
    # a unit without a coded polygon looks among the features without a code, by its own
    # names and those of its ISO subdivision
    shapes = [_shape(n, n, [n]) for n in sorted(free)]
    rest = [
        Target(
            t.pcode,
            t.names | (iso_label[iso.code[t.pcode]].names if t.pcode in iso.code else frozenset()),
            t.aliases,
        )
        for t in targets
        if t.pcode not in polygon
    ]
    shaped = match(rest, shapes)
    polygon.update(shaped.code)
    offered = [
        _shape(c, ", ".join(sorted(xs)), xs)
        for c, xs in sorted(coded.items())
        if c not in polygon.values()
    ] + [s for s in shapes if s.code not in polygon.values()]
    rows = []
    for u, t in zip(members, targets, strict=True):
        code, shape = iso.code.get(u.pcode, ""), polygon.get(u.pcode, "")
        if code:
            why_iso = ""
        elif not isos:
            why_iso = "pycountry has no ISO 3166-2 subdivisions of the country"
        else:
            why_iso = iso.why.get(u.pcode, "")
        if shape:
            why_polygon = ""
        elif not features:
            why_polygon = "Natural Earth has no admin-1 feature of the country"
        elif code:
            why_polygon = f"no feature has {code}; " + shaped.why.get(u.pcode, "")
        else:
            why_polygon = shaped.why.get(u.pcode, "")
        rows.append(
            Row(
                country,
                u.pcode,
                u.name,
                code,
                shape,
                iso.how.get(u.pcode, "none"),
                why_iso,
                why_polygon,
                "" if code else closest(t, isos),
                "" if shape else closest(t, offered),
                u.pcode in fixed and unaided.get(u.pcode) == fixed[u.pcode],
            )
        )
    return rows


def crosswalk(
    units: dict[str, Unit],
    features: Sequence[dict[str, object]],
    aliases: Sequence[Alias],
    manual: dict[str, str],
) -> list[Row]:
    """Every admin 1 unit with its ISO code and polygon (or why not), by country and P-code."""
    by_country: dict[str, list[Unit]] = {}
    for u in sorted(units.values(), key=lambda u: u.pcode):
        if u.level == 1:
            by_country.setdefault(u.country, []).append(u)
    shapes: dict[str, list[dict[str, object]]] = {}
    for f in features:
        if f.get("iso3"):
            shapes.setdefault(str(f["iso3"]), []).append(f)
    keys: dict[str, set[str]] = {}
    for a in aliases:
        keys.setdefault(a.pcode, set()).add(key(a.alias))
    rows = []
    for country in sorted(by_country):
        rows += country_rows(country, by_country[country], shapes.get(country, []), keys, manual)
    return rows


def csv_bytes(columns: list[str], rows: Iterable[Sequence[str]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return text.getvalue().encode()


def outputs(rows: Sequence[Row]) -> tuple[bytes, bytes]:
    """crosswalk.csv and unmatched.csv."""
    crosswalk_csv = csv_bytes(
        CROSSWALK_COLUMNS, ((r.country, r.pcode, r.iso, r.polygon, r.how) for r in rows)
    )
    unmatched = []
    for r in rows:
        missing = " ".join(m for m, v in (("iso", r.iso), ("polygon", r.polygon)) if not v)
        if missing:
            why = "; ".join(
                f"{m}: {w}" for m, w in (("iso", r.why_iso), ("polygon", r.why_polygon)) if w
            )
            unmatched.append(
                (r.country, r.pcode, r.name, missing, why, r.iso_closest, r.polygon_closest)
            )
    return crosswalk_csv, csv_bytes(UNMATCHED_COLUMNS, unmatched)


def summary(rows: Sequence[Row]) -> str:
    hows = Counter(r.how for r in rows)
    lines = [
        ("countries", len({r.country for r in rows})),
        ("admin 1 units", len(rows)),
        *((f"ISO code by {how}", hows[how]) for how in ("name", "alias", "fuzzy", "manual")),
        ("no ISO code", hows["none"]),
        ("polygon", sum(1 for r in rows if r.polygon)),
        ("no polygon", sum(1 for r in rows if not r.polygon)),
        ("neither", sum(1 for r in rows if not r.iso and not r.polygon)),
    ]
    width = max(len(label) for label, _n in lines)
    return "\n".join(f"{label:<{width}}  {n:>5,}" for label, n in lines)


def build(
    pcodes: bytes,
    boundaries: bytes,
    aliases: bytes,
    manual: bytes,
    names: tuple[str, str] = ("aliases.csv", "crosswalk_manual.csv"),
) -> tuple[bytes, bytes, list[Row]]:
    """crosswalk.csv, unmatched.csv and the rows, from the inputs' bytes; BadInput names a bad
    line of the alias table or of the manual pairs (`names` are their file names)."""
    try:
        units = read(pcodes).units
    except (OSError, EOFError, UnicodeDecodeError, KeyError, ValueError, csv.Error):
        raise BadInput("the P-code list is not the gzip CSV of tools/build_gazetteer.py") from None
    codes: dict[str, set[str]] = {}
    for country in sorted({u.country for u in units.values()}):
        found = pycountry.countries.get(alpha_3=country)
        subs = pycountry.subdivisions.get(country_code=found.alpha_2) if found else None
        codes[country] = {s.code for s in subs or []}
    checked_aliases = read_aliases(aliases, units, names[0])
    checked_manual = read_manual(manual, units, codes, names[1])
    try:
        features = json.loads(gzip.decompress(boundaries))["features"]
        if not all(isinstance(f, dict) and "name" in f for f in features):
            raise ValueError
    except (OSError, EOFError, UnicodeDecodeError, KeyError, TypeError, ValueError):
        raise BadInput("the boundaries are not tools/build_boundaries.py's admin 1") from None
    rows = crosswalk(units, features, checked_aliases, checked_manual)
    return *outputs(rows), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pcodes", type=Path, default=PCODES)
    parser.add_argument("--boundaries", type=Path, default=BOUNDARIES)
    parser.add_argument("--aliases", type=Path, default=ALIASES)
    parser.add_argument("--manual", type=Path, default=MANUAL)
    parser.add_argument("--out", type=Path, default=GAZETTEER, help="folder of the two outputs")
    args = parser.parse_args(argv)
    inputs = []
    for path in (args.pcodes, args.boundaries, args.aliases, args.manual):
        try:
            inputs.append(path.read_bytes())
        except OSError as err:
            print(f"{path.name}: cannot read it ({err.strerror})", file=sys.stderr)
            return 2
    try:
        crosswalk_csv, unmatched_csv, rows = build(
            *inputs, names=(args.aliases.name, args.manual.name)
        )
    except BadInput as err:
        print(str(err), file=sys.stderr)
        return 2
    (args.out / "crosswalk.csv").write_bytes(crosswalk_csv)
    (args.out / "unmatched.csv").write_bytes(unmatched_csv)
    print(summary(rows))
    for r in rows:
        if r.needless:
            print(f"{args.manual.name}: {r.pcode} needs no manual pair any more", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
