"""Upfront's HXL schema: what its HXL exports promise, in libhxl's schema language (an HXL
table of #valid_* rules; libhxl's own default checks only numbers and dates).

Places hold codes HDX tools can join on: #adm1+code and #adm2+code are P-codes of the shipped
list (ISO 3166-2 codes go under #adm1+code+iso), #country+code ISO 3166-1 alpha-3; every
count is a number of at least 0, empty where unknown; dates are dates. The tests validate
every HXL export against this schema with libhxl.
"""

from __future__ import annotations

import pycountry

from app.gazetteer import gazetteer

HEADER = [
    ("Tag", "#valid_tag"),
    ("Required", "#valid_required"),
    ("Type", "#valid_datatype"),
    ("Min", "#valid_value+min"),
    ("Max", "#valid_value+max"),
    ("Pattern", "#valid_value+regex"),
    ("Allowed", "#valid_value+list"),
    ("Case sensitive", "#valid_value+case"),
    ("Why", "#description"),
]
COUNTS = (
    "#affected+num",
    "#affected+killed",
    "#affected+injured",
    "#affected+f",
    "#affected+m",
    "#affected+children",
    "#indicator+acts+num",
)
DATES = (
    "#date+occurred",
    "#date+end",
    "#date+reported",
    "#date+week",
    "#date+information",
)


def rows() -> list[list[str]]:
    """The schema as a table: a header of labels, a row of hashtags, then one rule a row."""
    places = gazetteer()
    admin1 = sorted(u.pcode for u in places.units.values() if u.level == 1)
    admin2 = sorted(u.pcode for u in places.units.values() if u.level == 2)
    countries = sorted(str(c.alpha_3) for c in pycountry.countries)

    def rule(tag: str, **cells: str) -> list[str]:
        keys = [label for label, _tag in HEADER]
        out = dict.fromkeys(keys, "")
        out["Tag"] = tag
        out.update({k.replace("_", " ").capitalize(): v for k, v in cells.items()})
        return [out[k] for k in keys]

    table = [[label for label, _tag in HEADER], [tag for _label, tag in HEADER]]
    table.append(
        rule(
            "#country+code",
            allowed=" | ".join(countries),
            case_sensitive="true",
            why="ISO 3166-1 alpha-3",
        )
    )
    table.append(
        rule(
            "#adm1+code-iso",
            allowed=" | ".join(admin1),
            case_sensitive="true",
            why="an admin 1 P-code of OCHA's list",
        )
    )
    table.append(
        rule(
            "#adm2+code",
            allowed=" | ".join(admin2),
            case_sensitive="true",
            why="an admin 2 P-code of OCHA's list",
        )
    )
    table.append(
        rule(
            "#adm1+code+iso",
            pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$",
            case_sensitive="true",
            why="an ISO 3166-2 code",
        )
    )
    table.extend(
        rule(tag, type="number", min="0", why="a count of people or acts") for tag in COUNTS
    )
    table.extend(rule(tag, type="date", why="a date") for tag in DATES)
    table.append(rule("#geo+lat", type="number", min="-90", max="90", why="degrees"))
    table.append(rule("#geo+lon", type="number", min="-180", max="180", why="degrees"))
    return table
