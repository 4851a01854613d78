"""Where an incident happened, resolved against the gazetteer (app.gazetteer): a country by
ISO 3166-1 code or name, and its admin 1 and admin 2 units by P-code, ISO 3166-2 code or name.

Nothing resolves silently to nothing: a name that matches no unit is refused with the closest
names, unless the caller keeps it as typed (a record saying the place is not in the
gazetteer, or a record from HQ, which is never refused for a place).
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pycountry
from rapidfuzz import fuzz, process

from app.errors import BadInput
from app.gazetteer import Gazetteer, Unit, gazetteer
from app.vocab import Vocabularies, normalize, vocabularies

# the flag a record sets to keep admin 1 and admin 2 as typed when the gazetteer lacks them
UNLISTED = "not_in_gazetteer"
HINT = f"; or set location.{UNLISTED} to true to keep it as typed"


def country(text: Any, fld: str, vocab: Vocabularies | None = None) -> str:
    """The ISO 3166-1 alpha-3 code of a country given by alpha-3, alpha-2 or a name in any
    of the six languages (ISO's and the common short ones: Syria, Syrie, Сирия, سوريا)."""
    if not isinstance(text, str) or not text.strip():
        raise BadInput(fld, "is required: a country's ISO 3166-1 code or name")
    vocab = vocab or vocabularies()
    code = vocab.match("country", text.strip())
    if code is None:
        code = _country_names().get(normalize(text))
    if code is None:
        near = closest_countries(text)
        offer = f"; closest: {', '.join(near)}" if near else ""
        raise BadInput(fld, f"unknown country: not an ISO 3166-1 code or a country's name{offer}")
    return code


def closest_countries(text: str, limit: int = 3) -> list[str]:
    names = _country_names()
    found = process.extract(
        normalize(text), list(names), scorer=fuzz.ratio, limit=limit * 4, score_cutoff=60
    )
    out: list[str] = []
    for key, _score, _i in found:
        entry = pycountry.countries.get(alpha_3=names[key])
        if entry is None:
            continue
        label = f"{getattr(entry, 'common_name', None) or entry.name} ({names[key]})"
        if label not in out:
            out.append(label)
    return out[:limit]


@functools.cache
def _country_names() -> dict[str, str]:
    """Normalized names -> alpha-3: ISO's names and their translations (from the vocabulary)
    and the short names people use, from resources/gazetteer/countries.csv. Built once."""
    names: dict[str, str] = {}
    for term in vocabularies().terms("country"):
        for text in (*term.labels.values(), *term.attrs.get("aliases", ())):
            names.setdefault(normalize(text), term.code)
    for alpha3, name in _short_names():
        names.setdefault(normalize(name), alpha3)
    return names


def _short_names() -> list[tuple[str, str]]:
    path = resources.files("resources.gazetteer").joinpath("countries.csv")
    if not path.is_file():
        return []
    rows = csv.DictReader(io.StringIO(path.read_text("utf-8")))
    return [(row["country"], row["name"]) for row in rows]


@dataclass(frozen=True)
class Place:
    """Admin 1 and admin 2 as stored: a unit's name and codes, or the text as typed."""

    admin1: str | None = None
    admin1_code: str | None = None  # ISO 3166-2
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None

    def columns(self) -> dict[str, str | None]:
        return {
            "admin1": self.admin1,
            "admin1_code": self.admin1_code,
            "admin1_pcode": self.admin1_pcode,
            "admin2": self.admin2,
            "admin2_pcode": self.admin2_pcode,
        }


COLUMNS = ("admin1", "admin1_code", "admin1_pcode", "admin2", "admin2_pcode")
LEVELS = (("admin1", "admin1_code", "admin1_pcode"), ("admin2", "admin2_pcode"))
LEVEL_FIELDS = {
    1: (("admin1_pcode", "pcode"), ("admin1_code", "iso"), ("admin1", "name")),
    2: (("admin2_pcode", "pcode"), ("admin2", "name")),
}


class Resolver:
    """Resolves a location's admin 1 and admin 2 against the gazetteer."""

    def __init__(self, places: Gazetteer | None = None) -> None:
        self.places = places or gazetteer()
        # answers already given (a Place is frozen, the gazetteer never changes): a batch of
        # records from one office names the same few regions again and again
        self._known: dict[tuple[object, ...], Place] = {}

    def place(
        self,
        country: str,
        given: Mapping[str, str | None],
        *,
        keep: bool,
        keep_codes: bool | None = None,
    ) -> Place:
        """`given` holds admin1, admin1_code, admin1_pcode, admin2, admin2_pcode (any may be
        None). With `keep`, a name that matches nothing is kept as given, without codes;
        otherwise it is refused (BadInput naming the field, with the closest names). A code
        the gazetteer does not hold is refused too, unless `keep_codes` (by default `keep`)."""
        codes = keep if keep_codes is None else keep_codes
        key = (country, keep, codes, *(given.get(k) for k in COLUMNS))
        known = self._known.get(key)
        if known is None:
            known = self._place(country, given, keep=keep, keep_codes=codes)
            if len(self._known) >= 4096:
                self._known.clear()
            self._known[key] = known
        return known

    def _place(
        self, country: str, given: Mapping[str, str | None], *, keep: bool, keep_codes: bool
    ) -> Place:
        codes = keep_codes
        first = self._level(country, 1, given, None, keep=keep, keep_codes=codes)
        second = self._level(country, 2, given, first, keep=keep, keep_codes=codes)
        out = {k: given.get(k) for k in COLUMNS}
        if second is not None:
            parent = self.places.unit(second.parent)
            if (
                first is None
                and parent is not None
                and not any(given.get(k) for k, _how in LEVEL_FIELDS[1])
            ):
                first = parent
            elif first is not None and first.key != second.parent:
                where = parent.name if parent is not None else second.parent
                raise BadInput(
                    "location.admin2",
                    f"{second.name} ({second.pcode}) is in {where}, not in {first.name}",
                )
            out.update(admin2=second.name or second.key, admin2_pcode=second.pcode or None)
        if first is not None:
            out.update(
                admin1=first.name or first.key,
                admin1_code=first.iso or None,
                admin1_pcode=first.pcode or None,
            )
        return Place(**out)

    def _level(
        self,
        country: str,
        level: int,
        given: Mapping[str, str | None],
        parent: Unit | None,
        *,
        keep: bool,
        keep_codes: bool,
    ) -> Unit | None:
        """The unit the fields of `level` name (they must agree), or None when none is
        given or, with `keep`, none resolves."""
        found: tuple[str, Unit] | None = None
        shared: tuple[str, list[Unit]] | None = None  # an ISO code several units have
        within = parent.key if parent is not None and level == 2 else ""
        for key, how in LEVEL_FIELDS[level]:
            text = given.get(key)
            if text is None:
                continue
            fld = f"location.{key}"
            sharing = [u for u in self.places.sharing_iso(text) if u.country == country]
            if how == "iso" and sharing:
                shared = (key, sharing)  # the P-code or the name says which
                continue
            unit = self._one(
                country, level, text, how, fld, within, keep=keep_codes if how != "name" else keep
            )
            if unit is None:
                continue
            if found is not None and found[1] != unit:
                raise BadInput(
                    fld,
                    f"names {_label(unit)}, but location.{found[0]} names {_label(found[1])}",
                )
            found = (key, unit)
        if shared is not None:
            key, units = shared
            if found is not None and found[1] not in units:
                raise BadInput(
                    f"location.{key}",
                    f"is the code of {', '.join(_label(u) for u in units)}, "
                    f"but location.{found[0]} names {_label(found[1])}",
                )
            if found is None and not keep_codes:
                raise BadInput(
                    f"location.{key}",
                    f"is the ISO code of {len(units)} units of {country} "
                    f"({'; '.join(_label(u) for u in units)}): give the P-code or the name",
                )
        return None if found is None else found[1]

    def _one(
        self,
        country: str,
        level: int,
        text: str,
        how: str,
        fld: str,
        within: str,
        *,
        keep: bool,
        hint: str = HINT,
    ) -> Unit | None:
        g = self.places
        if how == "pcode":
            unit = g.unit(text)
            if unit is None or (unit.country, unit.level) != (country, level):
                if keep:
                    return None
                raise BadInput(
                    fld, f"is not a P-code of an admin {level} unit of {country} in OCHA's list"
                )
            return unit
        if how == "iso":
            unit = g.by_iso(text)
            if unit is None or unit.country != country:
                if keep:
                    return None
                raise BadInput(fld, f"is not an ISO 3166-2 code of {country}")
            return unit
        found = g.find(country, text, level, parent=within)
        if not found and within:
            elsewhere = g.find(country, text, level)
            if len(elsewhere) == 1 and not keep:
                unit = elsewhere[0]
                parent = g.unit(unit.parent)
                where = parent.name if parent is not None else unit.parent
                inside = g.unit(within)
                named = inside.name if inside is not None else within
                raise BadInput(fld, f"{unit.name} ({unit.pcode}) is in {where}, not in {named}")
        if len(found) == 1:
            return found[0]
        if keep:
            return None
        if found:
            which = "; ".join(_label(u) for u in found[:5])
            raise BadInput(fld, f"names {len(found)} units of {country} ({which}): give the P-code")
        if not g.units_of(country, level):
            raise BadInput(fld, f"the gazetteer has no admin {level} units for {country}{hint}")
        near = g.closest(country, text, level, parent=within)
        offer = f"; closest: {', '.join(near)}" if near else ""
        raise BadInput(fld, f"names no admin {level} unit of {country}{offer}{hint}")


def _label(unit: Unit) -> str:
    return f"{unit.name} ({unit.key})"


def unresolved(columns: Mapping[str, Any]) -> bool:
    """Whether a stored location has an admin 1 or admin 2 without its code."""
    return bool(
        (columns.get("admin1") and not (columns.get("admin1_pcode") or columns.get("admin1_code")))
        or (columns.get("admin2") and not columns.get("admin2_pcode"))
    )


def resolve_stored(
    rows: Iterable[Mapping[str, Any]], resolver: Resolver | None = None
) -> tuple[list[dict[str, Any]], int]:
    """For records already stored (a migration): the new columns of those whose place now
    resolves (dicts with their "id"), and how many are left with a place the gazetteer does
    not know. Nothing is refused: what does not resolve, or disagrees, stays as it is."""
    resolver = resolver or Resolver()
    done: dict[tuple[Any, ...], dict[str, str | None]] = {}
    updates: list[dict[str, Any]] = []
    left = 0
    for row in rows:
        given = {k: row.get(k) for k in COLUMNS}
        key = (row["country"], *given.values())
        if key not in done:
            try:
                done[key] = resolver.place(row["country"], given, keep=True).columns()
            except BadInput:  # codes that disagree: for a person to sort out
                done[key] = given
        new = done[key]
        if new != given:
            updates.append({"id": row["id"], **new})
        left += unresolved(new)
    return updates, left


def admin1_unit(
    country: str, text: str, fld: str, *, keep: bool = False, places: Gazetteer | None = None
) -> Unit | None:
    """The admin 1 unit of `country` that `text` names (P-code, ISO 3166-2 code or name);
    None, with `keep`, where it names none; else BadInput naming `fld`, with the closest."""
    return Resolver(places)._one(country, 1, text, "name", fld, "", keep=keep, hint="")


def region_match(country: str, regions: Iterable[str]) -> tuple[set[str], set[str], set[str]]:
    """What incidents in `regions` of `country` hold: (P-codes, ISO 3166-2 codes, names as
    typed, for records whose place has no code)."""
    pcodes: set[str] = set()
    isos: set[str] = set()
    for name in regions:
        unit = admin1_unit(country, name, "regions", keep=True)
        if unit is not None:
            if unit.pcode:
                pcodes.add(unit.pcode)
            if unit.iso:
                isos.add(unit.iso)
    return pcodes, isos, set(regions)


def region(country: str | None, text: str, fld: str, places: Gazetteer | None = None) -> str:
    """The key (P-code, else ISO 3166-2 code) of the admin 1 unit `text` names, for a filter:
    a P-code, an ISO code, or a name in any spelling, within `country` if given, else in any
    country where it names one unit only. What names none is refused with the closest."""
    g = places or gazetteer()
    text = text.strip()
    for unit in (g.unit(text), g.by_iso(text)):
        if unit is not None and unit.level == 1 and (country is None or unit.country == country):
            return unit.key
    if country is not None:
        found = g.find(country, text)
        if len(found) == 1:
            return found[0].key
        if found:
            which = "; ".join(_label(u) for u in found[:5])
            raise BadInput(fld, f"names {len(found)} units of {country} ({which}): give the P-code")
        near = g.closest(country, text)
        offer = f"; closest: {', '.join(near)}" if near else ""
        raise BadInput(fld, f"names no admin 1 unit of {country}{offer}")
    found = [u for c in g.countries() for u in g.find(c, text)]
    if len(found) == 1:
        return found[0].key
    if found:
        which = "; ".join(f"{u.name} ({u.key}, {u.country})" for u in found[:5])
        raise BadInput(fld, f"names units of several countries ({which}): give the country")
    raise BadInput(
        fld, "names no admin 1 unit of any country the P-code list holds; give the country"
    )
