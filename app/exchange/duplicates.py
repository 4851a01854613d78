"""Likely duplicates among the rows of an import: of an incident already in the store, or of
an earlier row of the same file (same date and place, a violation type in common, titles
alike by rapidfuzz's token set ratio).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process, utils
from sqlalchemy import select

from app.models import Incident, Violation
from app.schema.incident import Rows
from app.store import Store
from app.vocab import normalize

DUPLICATE_SCORE = 90  # rapidfuzz token_set_ratio of the folded titles, 0-100


@dataclass(frozen=True)
class Duplicate:
    row: int
    other: str  # "incident <id>" or "row N"
    score: int


def fold_title(title: str) -> str:
    """Case, accents and punctuation folded, words kept apart, for fuzzy comparison."""
    decomposed = unicodedata.normalize("NFKD", title)
    return utils.default_process("".join(c for c in decomposed if not unicodedata.combining(c)))


def _place(
    country: str, admin1: str | None, admin1_code: str | None, admin1_pcode: str | None
) -> tuple[str, str]:
    """A record's region as compared: its unit's P-code, else its ISO code, else its name."""
    return country, admin1_pcode or admin1_code or normalize(admin1 or "")


# a bucket compared within: (date, place, violation type, None when there is none)
Bucket = tuple[date, tuple[str, str], str | None]


def _buckets(occurred: date, place: tuple[str, str], types: Iterable[str]) -> list[Bucket]:
    kinds: list[str | None] = [*sorted(set(types))] or [None]
    return [(occurred, place, t) for t in kinds]


def find_duplicates(
    store: Store, valid: list[tuple[int, Rows]], *, within_file: bool = True
) -> list[Duplicate]:
    """Rows that likely record an incident already in the store, or an earlier row: same
    date, same country and admin1, a violation type in common (or none on either side), and
    titles alike (token set ratio >= DUPLICATE_SCORE). Compared only within such buckets, and
    existing incidents are read in one query over the file's dates, so this stays linear."""
    if not valid:
        return []
    dates = [rows.incident["occurred_from"] for _, rows in valid]
    existing: dict[Bucket, list[tuple[str, str]]] = defaultdict(list)
    stmt = (
        select(
            Incident.id,
            Incident.title,
            Incident.occurred_from,
            Incident.country,
            Incident.admin1,
            Incident.admin1_code,
            Incident.admin1_pcode,
            Violation.type,
        )
        .outerjoin(Violation, Violation.incident_id == Incident.id)
        .where(Incident.occurred_from >= min(dates), Incident.occurred_from <= max(dates))
    )
    found: dict[str, tuple[str, date, tuple[str, str], set[str]]] = {}
    with store.session() as session:
        for r in session.execute(stmt):
            entry = found.setdefault(
                r.id,
                (
                    r.title,
                    r.occurred_from,
                    _place(r.country, r.admin1, r.admin1_code, r.admin1_pcode),
                    set(),
                ),
            )
            if r.type is not None:
                entry[3].add(r.type)
    for iid, (title, occurred, place, types) in found.items():
        folded = fold_title(title)
        for key in _buckets(occurred, place, types):
            existing[key].append((folded, f"incident {iid}"))
    earlier: dict[Bucket, list[tuple[str, str]]] = defaultdict(list)
    out = []
    for n, rows in valid:
        inc = rows.incident
        place = _place(inc["country"], inc["admin1"], inc["admin1_code"], inc.get("admin1_pcode"))
        keys = _buckets(inc["occurred_from"], place, (x["type"] for x in rows.violations))
        folded = fold_title(inc["title"])
        best: tuple[float, str] | None = None
        for pool in (existing, earlier):
            for key in keys:
                candidates = pool.get(key)
                if not candidates:
                    continue
                hit = process.extractOne(
                    folded,
                    [c[0] for c in candidates],
                    scorer=fuzz.token_set_ratio,
                    processor=None,
                    score_cutoff=DUPLICATE_SCORE,
                )
                if hit is not None and (best is None or hit[1] > best[0]):
                    best = (hit[1], candidates[hit[2]][1])
            if best is not None:
                break  # an existing incident is the more useful answer
        if best is not None:
            out.append(Duplicate(n, best[1], int(round(best[0]))))
        if within_file:
            for key in keys:
                earlier[key].append((folded, f"row {n}"))
    return out
