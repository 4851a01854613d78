"""Counts for audiences that get no rows: acts of violation per week, admin-1 region and
violation type, with the small counts of a situation report suppressed the same way.

Partners and the public never get a row per incident or act: a row is a person's story, and
four rows behind a "<5" undo the suppression. They get this table instead. A count from 1 to
threshold-1 is hidden ("<5"); and as the report for the same audience prints totals over
weeks, regions and types, wherever a line of cells (the weeks of one region and type, the
regions of one week and type, the types of one week and region) holds exactly one hidden
cell, the smallest other cell of that line is hidden too ("×"), until no line does: no
hidden count can be worked out by subtraction from a total.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

Key = tuple[str, str, str]  # (week's Monday, admin-1 region, violation type)


@dataclass(frozen=True)
class Cell:
    week: str  # ISO date of the week's Monday
    country: str
    admin1: str
    admin1_pcode: str  # "" where the region has none (ISO 3166-2 only, or typed)
    admin1_code: str  # ISO 3166-2
    violation: str
    acts: int | None  # None when suppressed
    note: str  # "", "<5" (a small count) or "×" (hidden so it cannot be worked out)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def suppress(counts: dict[Key, int], threshold: int) -> dict[Key, str]:
    """The cells to hide and why: "<N" for a small count, "×" for a second cell hidden
    so that no hidden one can be worked out from a line's total. Primary suppression, then
    secondary along each of the three dimensions until nothing changes."""
    small = f"<{threshold}"
    hidden = {k: small for k, n in counts.items() if 0 < n < threshold}
    if not hidden:
        return hidden
    lines: dict[tuple[str, str, str], list[Key]] = {}
    for key in counts:
        week, region, kind = key
        for line in (("r", region, kind), ("w", week, kind), ("t", week, region)):
            lines.setdefault(line, []).append(key)
    changed = True
    while changed:
        changed = False
        for cells in lines.values():
            secret = [k for k in cells if k in hidden]
            if len(secret) != 1:
                continue
            others = sorted((counts[k], k) for k in cells if k not in hidden and counts[k] > 0)
            if others:
                hidden[others[0][1]] = "×"
                changed = True
    return hidden


def cells(
    acts: Iterable[tuple[date, str, str | None, str | None, str | None, str]],
    threshold: int,
    *,
    internal: bool,
) -> list[Cell]:
    """The table from (date, country, admin-1 name, P-code, ISO 3166-2 code, violation type)
    per act; a region is its P-code, else its ISO code, else its name as typed."""
    counts: Counter[Key] = Counter()
    names: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    for day, country, admin1, pcode, iso, kind in acts:
        region = pcode or iso or admin1 or ""
        key = (monday(day).isoformat(), f"{country}|{region}", kind)
        counts[key] += 1
        names[(country, region)] = (country, admin1 or "", pcode or "", iso or "")
    hidden = {} if internal else suppress(counts, threshold)
    out = []
    for key in sorted(counts):
        week, region, kind = key
        place, _bar, area = region.partition("|")
        country, admin1, pcode, iso = names[(place, area)]
        note = hidden.get(key, "")
        shown = None if note else counts[key]
        out.append(Cell(week, country, admin1, pcode, iso, kind, shown, note))
    return out
