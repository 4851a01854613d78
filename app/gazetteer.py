"""Administrative units offline: OCHA's global P-code list (admin levels 1 and 2 of the
Common Operational Datasets, 156 countries), shipped in resources/gazetteer (see its README).

A P-code is valid by membership in the list, never by its pattern (Lesotho's are letters). A
name is found however it is typed: `fold` ignores case, diacritics, apostrophes, hyphens,
underscores and a leading article (Al-Hasakeh, al_hasakeh and "hasakeh" are one name).

On top of the list: the crosswalk (crosswalk.csv, made by tools/crosswalk_gazetteer.py) gives
an admin 1 unit its ISO 3166-2 code and the map's polygon, whose names in pycountry's
translations become aliases; the alias table (aliases.csv) holds other transliterations
(Daraa for Dar'a); a country without a COD (Jordan, India...) has ISO 3166-2's top-level
subdivisions as its admin 1 units, known by their ISO codes.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

import pycountry
from rapidfuzz import fuzz, process

from app import boundaries
from app.vocab import translated

# articles that may lead a place's name, in the transliterations OCHA's lists use (Arabic
# al- and its assimilated forms, French, Spanish, Italian, Portuguese, English)
ARTICLES = frozenset(
    "al el ar as ad an at az ash ath adh ed es ez la le les l lo los las il the".split()
)
NATIVE = frozenset({"ar", "ru", "zh"})  # languages not written in Latin letters
_APOSTROPHES = re.compile("['\u2019\u2018\u02bc\u02bb`\u00b4]")
_SEPARATORS = re.compile(r"[\s\-_./,()]+")


def fold(text: str) -> str:
    """A name as it is compared: lower case, without diacritics or apostrophes, hyphens and
    underscores as spaces, without a leading article ("Ar-Raqqa" -> "raqqa")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", plain)).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class Unit:
    pcode: str  # "" for a unit of a country without a COD, known by its ISO 3166-2 code only
    country: str  # ISO 3166-1 alpha-3
    level: int  # 1 or 2
    name: str  # as the COD names it ("" for two of Jamaica's); ISO's name where no COD
    parent: str  # the country's ISO3 for level 1, the admin 1 P-code for level 2
    valid_from: str
    iso: str = ""  # ISO 3166-2 code, where the crosswalk matched one
    polygon: str = ""  # the map's feature (resources/boundaries), "" where it has none

    @property
    def key(self) -> str:
        """What records and filters join on: the P-code, else the ISO 3166-2 code."""
        return self.pcode or self.iso


@dataclass(frozen=True)
class Link:
    """One row of resources/gazetteer/crosswalk.csv: an admin 1 P-code's ISO 3166-2 code
    and map polygon (either may be "")."""

    iso: str
    polygon: str


class Gazetteer:
    """Units by P-code, ISO 3166-2 code and name (any spelling the list, its crosswalk or its
    aliases know). A country the P-code list lacks has ISO 3166-2's top-level subdivisions,
    from pycountry, as its admin 1 units."""

    def __init__(
        self,
        units: Iterable[Unit],
        links: Mapping[str, Link] | None = None,
        aliases: Iterable[tuple[str, ...]] = (),
    ) -> None:
        """`aliases`: (P-code, alias) or (P-code, alias, language); an alias in a language
        other than English is the unit's name in that language, where ISO has none."""
        self.units: dict[str, Unit] = {}
        links = links or {}
        for u in units:
            link = links.get(u.pcode)
            if link is not None:
                u = replace(u, iso=link.iso, polygon=link.polygon)
            self.units[u.pcode] = u
        self._by_iso: dict[str, Unit] = {u.iso: u for u in self.units.values() if u.iso}
        self._iso_shared: dict[str, list[Unit]] = {}
        for u in self.units.values():
            if u.iso:
                self._iso_shared.setdefault(u.iso, []).append(u)
        self._iso_shared = {k: v for k, v in self._iso_shared.items() if len(v) > 1}
        self._aliases: dict[str, list[str]] = {}
        self._labels: dict[tuple[str, str], str] = {}
        for pcode, alias, *lang in aliases:
            self._aliases.setdefault(pcode, []).append(alias)
            # a name in Arabic, Russian or Chinese is one in its script, not a transliteration
            latin = all(c.isascii() or unicodedata.combining(c) for c in alias)
            if lang and lang[0] not in ("en", "und") and not (lang[0] in NATIVE and latin):
                self._labels.setdefault((pcode, lang[0]), alias)
        self._cod = frozenset(u.country for u in self.units.values())
        self._by_place: dict[tuple[str, int], list[Unit]] = {}
        for u in self.units.values():
            self._by_place.setdefault((u.country, u.level), []).append(u)
        self._indexes: dict[tuple[str, int], tuple[dict[str, list[Unit]], ...]] = {}

    def countries(self) -> frozenset[str]:
        """The countries the P-code list holds (others have ISO 3166-2 units only)."""
        return self._cod

    def unit(self, pcode: str) -> Unit | None:
        """The unit of a P-code (any case), or None: a P-code is one the list holds."""
        return self.units.get(pcode.strip().upper())

    def units_of(self, country: str, level: int = 1) -> list[Unit]:
        """A country's units at `level`: its COD's, else ISO 3166-2's top level (admin 1)."""
        country = country.upper()
        if country not in self._cod and level == 1:
            return list(_iso_units(country))
        return list(self._by_place.get((country, level), []))

    def sharing_iso(self, code: str) -> list[Unit]:
        """The units the crosswalk gave this one ISO 3166-2 code, where there are several
        (Myanmar's three Shan units are all MM-17); [] for a code of one unit."""
        return list(self._iso_shared.get(code.strip().upper(), []))

    def by_iso(self, code: str) -> Unit | None:
        """The unit of an ISO 3166-2 code: the P-code unit the crosswalk matched to it, else
        ISO's own subdivision (for a country without a COD, or one the crosswalk left out)."""
        code = code.strip().upper()
        if code in self._by_iso:
            return self._by_iso[code]
        country = _country_of_iso(code)
        if country is None:
            return None
        for u in _iso_units(country, every=True):
            if u.iso == code:
                return u
        return None

    def find(self, country: str, text: str, level: int = 1, parent: str = "") -> list[Unit]:
        """The units of `country` at `level` (within `parent`, if given) that `text` names:
        by P-code, by ISO 3166-2 code, or by name or alias folded. Several where the text
        names more than one unit (two units of one name, or an alias two units share)."""
        country = country.upper()

        def fits(u: Unit) -> bool:
            return (u.country, u.level) == (country, level) and (not parent or u.parent == parent)

        for code_unit in (self.unit(text), self.by_iso(text)):
            if code_unit is not None:
                return [code_unit] if fits(code_unit) else []
        folded = fold(text)
        for tier in self._index(country, level):
            found = [u for u in tier.get(folded, []) if fits(u)]
            if found:
                return found
        return []

    def names(self, unit: Unit) -> list[str]:
        """Every name the gazetteer knows `unit` by: its own, then its aliases."""
        seen: dict[str, None] = {}
        for name in (unit.name, *self._alias_names(unit)):
            if name:
                seen.setdefault(name, None)
        return list(seen)

    def label(self, unit: Unit, lang: str = "en") -> str:
        """The unit's name in `lang` where the data has one (pycountry's translation of its
        ISO 3166-2 name), else as the COD names it."""
        base = (lang or "en").replace("-", "_").split("_")[0].lower()
        if (unit.key, base) in self._labels:
            return self._labels[(unit.key, base)]
        if base != "en" and unit.iso:
            iso = _iso_subdivision(unit.iso)
            if iso is not None:
                names = translated("iso3166-2", iso.name)
                if names.get(base) and names[base] != names.get("en"):
                    return names[base]
        return unit.name or unit.key

    def closest(
        self, country: str, text: str, level: int = 1, limit: int = 3, parent: str = ""
    ) -> list[str]:
        """The names of `country`'s units at `level` closest to `text`, best first, to offer
        when `text` names none (an alias found leads to its unit's own name)."""
        best: dict[str, float] = {}
        for tier in self._index(country.upper(), level):
            keys = [
                k for k, us in tier.items() if any(not parent or u.parent == parent for u in us)
            ]
            for key, score, _i in process.extract(
                fold(text), keys, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=60
            ):
                for u in tier[key]:
                    if u.name and (not parent or u.parent == parent):
                        best[u.name] = max(best.get(u.name, 0.0), score)
        return sorted(best, key=lambda name: (-best[name], name))[:limit]

    def _alias_names(self, unit: Unit) -> list[str]:
        out = list(self._aliases.get(unit.key, []))
        if unit.iso:
            iso = _iso_subdivision(unit.iso)
            if iso is not None:
                out.extend(_translated_names(iso.name))
        if unit.polygon and unit.polygon != unit.iso:
            out.append(unit.polygon)  # a polygon without a code is known by its name
        return out

    def _index(self, country: str, level: int) -> tuple[dict[str, list[Unit]], ...]:
        """(own names, aliases) folded, each to the units bearing it; built once per place."""
        key = (country, level)
        if key not in self._indexes:
            own: dict[str, list[Unit]] = {}
            other: dict[str, list[Unit]] = {}
            units = self.units_of(country, level)
            for u in units:
                if u.name:
                    own.setdefault(fold(u.name), []).append(u)
            for u in units:
                for alias in self._alias_names(u):
                    bucket = other.setdefault(fold(alias), [])
                    if u not in bucket:
                        bucket.append(u)
            self._indexes[key] = (own, other)
        return self._indexes[key]


def _country_of_iso(code: str) -> str | None:
    head = code.split("-", 1)[0]
    country = pycountry.countries.get(alpha_2=head) if len(head) == 2 else None
    return None if country is None else str(country.alpha_3)


@functools.cache
def _iso_units(country: str, every: bool = False) -> tuple[Unit, ...]:
    """ISO 3166-2 subdivisions of `country` as admin 1 units: the top level (or, with
    `every`, all of them, so that any ISO code is known)."""
    found = pycountry.countries.get(alpha_3=country)
    if found is None:
        return ()
    lookup: Callable[..., Iterable[Any] | None] = pycountry.subdivisions.get
    subdivisions = lookup(country_code=found.alpha_2) or ()
    chosen = sorted(
        (s for s in subdivisions if every or s.parent_code is None), key=lambda s: s.code
    )
    polygons = {s.code for s in boundaries.admin1_shapes(country)}
    return tuple(
        Unit("", country, 1, s.name, country, "", s.code, s.code if s.code in polygons else "")
        for s in chosen
    )


@functools.cache
def _iso_subdivision(code: str) -> Any:
    lookup: Callable[..., Any] = pycountry.subdivisions.get  # untyped in pycountry
    return lookup(code=code)


def _translated_names(name: str) -> list[str]:
    return list(dict.fromkeys(translated("iso3166-2", name).values()))


def read(data: bytes, crosswalk: str = "", aliases: str = "") -> Gazetteer:
    """A gazetteer from the shipped files: the P-code list's bytes (gzip of CSV, see
    tools/build_gazetteer.py), and the text of the crosswalk and of the alias table (see
    tools/crosswalk_gazetteer.py), either of which may be empty."""
    text = gzip.decompress(data).decode()
    units = [
        Unit(
            row["pcode"],
            row["country"],
            int(row["level"]),
            row["name"],
            row["parent"],
            row["valid_from"],
        )
        for row in csv.DictReader(io.StringIO(text))
    ]
    links = {
        row["pcode"]: Link(row["iso"], row["polygon"])
        for row in csv.DictReader(io.StringIO(crosswalk))
    }
    pairs = [
        (row["pcode"], row["alias"], row.get("lang") or "und")
        for row in csv.DictReader(io.StringIO(aliases))
    ]
    return Gazetteer(units, links, pairs)


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once."""
    folder = resources.files("resources.gazetteer")

    def text(name: str) -> str:
        path = folder.joinpath(name)
        return path.read_text("utf-8") if path.is_file() else ""

    return read(
        folder.joinpath("pcodes.csv.gz").read_bytes(),
        text("crosswalk.csv"),
        text("aliases.csv"),
    )
