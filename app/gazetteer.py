"""Administrative units offline: OCHA's global P-code list (admin levels 1 and 2 of the
Common Operational Datasets, 156 countries), shipped in resources/gazetteer (see its README).

A P-code is valid by membership in the list, never by its pattern (Lesotho's are letters). A
name is found however it is typed: `fold` ignores case, diacritics, apostrophes, hyphens,
underscores and a leading article (Al-Hasakeh, al_hasakeh and "hasakeh" are one name).

This is the list alone. Countries without a COD (Jordan, India...), names in other languages,
other transliterations (Daraa for Dar'a) and the crosswalk to ISO 3166-2 and to the map's
polygons come on top of it (issue 16).
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import fuzz, process

# articles that may lead a place's name, in the transliterations OCHA's lists use (Arabic
# al- and its assimilated forms, French, Spanish, Italian, Portuguese, English)
ARTICLES = frozenset(
    "al el ar as ad an at az ash ath adh ed es ez la le les l lo los las il the".split()
)
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
    pcode: str
    country: str  # ISO 3166-1 alpha-3
    level: int  # 1 or 2
    name: str  # as the COD names it ("" for two of Jamaica's)
    parent: str  # the country's ISO3 for level 1, the admin 1 P-code for level 2
    valid_from: str


class Gazetteer:
    def __init__(self, units: Iterable[Unit]) -> None:
        self.units: dict[str, Unit] = {}
        self._names: dict[tuple[str, int], dict[str, list[Unit]]] = {}
        for u in units:
            self.units[u.pcode] = u
            if u.name:
                by_name = self._names.setdefault((u.country, u.level), {})
                by_name.setdefault(fold(u.name), []).append(u)

    def countries(self) -> frozenset[str]:
        return frozenset(country for country, _level in self._names)

    def unit(self, pcode: str) -> Unit | None:
        """The unit of a P-code (any case), or None: a P-code is one the list holds."""
        return self.units.get(pcode.strip().upper())

    def find(self, country: str, text: str, level: int = 1) -> list[Unit]:
        """The units of `country` at `level` that `text` names: by P-code, or by name
        folded (several where a country has two units of one name)."""
        country = country.upper()
        by_code = self.unit(text)
        if by_code is not None:
            return [by_code] if (by_code.country, by_code.level) == (country, level) else []
        return list(self._names.get((country, level), {}).get(fold(text), []))

    def closest(self, country: str, text: str, level: int = 1, limit: int = 3) -> list[str]:
        """The names of `country`'s units at `level` closest to `text`, best first, to offer
        when `text` names none."""
        names = self._names.get((country.upper(), level), {})
        found = process.extract(
            fold(text), list(names), scorer=fuzz.WRatio, limit=limit, score_cutoff=60
        )
        return [names[key][0].name for key, _score, _i in found]


def read(data: bytes) -> Gazetteer:
    """A gazetteer from the shipped file's bytes (gzip of CSV, see tools/build_gazetteer.py)."""
    text = gzip.decompress(data).decode()
    reader = csv.DictReader(io.StringIO(text))
    return Gazetteer(
        Unit(
            row["pcode"],
            row["country"],
            int(row["level"]),
            row["name"],
            row["parent"],
            row["valid_from"],
        )
        for row in reader
    )


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once."""
    return read(resources.files("resources.gazetteer").joinpath("pcodes.csv.gz").read_bytes())
