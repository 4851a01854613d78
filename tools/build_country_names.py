"""Build resources/gazetteer/countries.csv: the names people use for countries, in the six UN
languages, so that `--country Syria` (or Syrie, Сирия, سوريا, 叙利亚) is understood.

ISO 3166-1's own names and pycountry's translations of them are read by the app from pycountry;
they are formal ("Syrian Arab Republic"). This file adds CLDR's names (Babel's copy of the
Unicode Common Locale Data Repository), which are the short ones, ISO's inverted names the way
people write them ("Republic of Korea" for "Korea, Republic of"), and a few English names in
common use that CLDR does not give (EXTRA). A name two countries share is left out.

    .venv/bin/python tools/build_country_names.py [--out resources/gazetteer/countries.csv]
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import unicodedata
from pathlib import Path

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "gazetteer" / "countries.csv"
LANGS = ("en", "fr", "es", "ru", "ar", "zh")

# English names in common use that CLDR does not list (it names one form a country)
EXTRA = {
    "CIV": ["Ivory Coast"],
    "COD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"],
    "COG": ["Congo-Brazzaville", "Republic of Congo"],
    "CZE": ["Czech Republic"],
    "GBR": ["Great Britain", "Britain"],
    "MKD": ["Macedonia"],
    "MMR": ["Burma"],
    "PRK": ["North Korea", "DPRK"],
    "KOR": ["South Korea"],
    "PSE": ["Palestine", "State of Palestine", "occupied Palestinian territory", "oPt"],
    "RUS": ["Russia"],
    "SWZ": ["Swaziland"],
    "TUR": ["Turkey"],
    "USA": ["United States", "USA", "US"],
    "VAT": ["Vatican"],
}


def _key(text: str) -> str:
    """As app.vocab.normalize compares names: no case, diacritics or whitespace."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and not c.isspace()
    ).casefold()


def _uninverted(country: object) -> list[str]:
    """ISO's inverted names the way people write them: "Congo, The Democratic Republic of
    the" as "Democratic Republic of the Congo", "Korea, Republic of" as "Republic of Korea"."""
    out = []
    for name in (getattr(country, "name", ""), getattr(country, "official_name", "")):
        head, sep, tail = str(name or "").partition(", ")
        if sep and "," not in tail:
            words = tail.split()
            if words and words[0].lower() == "the":
                words = words[1:]
            out.append(" ".join([*words, head]))
    return out


def rows() -> list[tuple[str, str, str]]:
    names: dict[str, set[tuple[str, str, str]]] = {}
    for country in pycountry.countries:
        alpha3, alpha2 = str(country.alpha_3), str(country.alpha_2)
        found = [(lang, Locale.parse(lang).territories.get(alpha2, "")) for lang in LANGS] + [
            ("en", name) for name in [*EXTRA.get(alpha3, []), *_uninverted(country)]
        ]
        for lang, name in found:
            if name:
                names.setdefault(_key(name), set()).add((alpha3, lang, name))
    out: set[tuple[str, str, str]] = set()
    for entries in names.values():
        if len({alpha3 for alpha3, _lang, _name in entries}) == 1:  # shared: ambiguous
            out.update(entries)
    return sorted(out)


def build() -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["country", "lang", "name"])
    writer.writerows(rows())
    return buf.getvalue().encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = build()
    args.out.write_bytes(data)
    lines = data.count(b"\n") - 1
    print(f"{args.out}: {lines} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
