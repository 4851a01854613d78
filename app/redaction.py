"""What an audience may read: the one set of rules that reports and exports share.

- **Records.** An audience gets the incidents whose confidentiality reaches it (a record
  marked `un` reaches `internal` and `un`, never `partners` or `public`). Drafts reach
  internal readers only; incidents found false or rejected reach no one but internal
  exports (reports leave them out for every audience: they are not facts).
- **People.** A person is named where the audience is internal, or the person is not
  protected and their consent covers the audience. Sources and perpetrators are named to
  internal readers only. Names that may not be read are also cut from the free texts that
  go out (titles, narratives), wherever they occur in them.
- **Places.** Outside internal, a record whose location precision is `region` goes out by
  its admin-1 region only; partners and the public get regions only for every record, and
  no coordinates.
- **Small counts.** In aggregates outside internal, a count from 1 to threshold-1 (5 by
  default) is suppressed (see `app.reports`); row-level exports carry no counts of people
  beyond what each record holds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement

from app.models import Incident

AUDIENCES = ("internal", "un", "partners", "public")
# how far each audience reaches, from the most closed: a record or a consent reaches an
# audience when its own reach is at least the audience's
OPENNESS = {"internal": 0, "un": 1, "partners": 2, "public": 3}
CONSENT_REACH = {"none": 0, "un": 1, "partners": 2, "public": 3}
NOT_FACTS = ("falsely_attributed", "rejected")  # verification outcomes
WITHHELD = "[…]"
_WORD = re.compile(r"\w+")


class Audience:
    def __init__(self, audience: str) -> None:
        if audience not in OPENNESS:
            raise ValueError(audience)
        self.name = audience
        self.internal = audience == "internal"
        self.reach = OPENNESS[audience]
        self.regions_only = self.reach >= OPENNESS["partners"]

    # ---- records
    def confidentialities(self) -> list[str]:
        """The confidentiality levels that reach this audience."""
        return [c for c, reach in OPENNESS.items() if reach >= self.reach]

    def record_filter(self, *, keep_not_facts: bool = False) -> list[ColumnElement]:
        """SQL conditions on Incident for the records this audience may read."""
        out: list[ColumnElement] = [Incident.confidentiality.in_(self.confidentialities())]
        if not self.internal:
            out.append(Incident.status != "draft")
        if not (keep_not_facts and self.internal):
            out.append(Incident.verification_status.not_in(NOT_FACTS))
        return out

    # ---- people
    def may_name(self, protected: bool, consent: str | None) -> bool:
        if self.internal:
            return True
        return not protected and CONSENT_REACH.get(consent or "none", 0) >= self.reach

    @property
    def names_sources(self) -> bool:
        return self.internal

    names_perpetrators = names_sources

    def withheld(self, victims: Iterable[Any] = (), sources: Iterable[Any] = (),
                 perpetrators: Iterable[Any] = ()) -> Withheld:
        """The names this audience may not read among these people (objects or rows with
        `name`, and for victims `protected` and `consent`)."""
        if self.internal:
            return Withheld(())
        names = {p.name for p in victims if p.name and not self.may_name(p.protected,
                                                                         p.consent)}
        if not self.names_sources:
            names |= {p.name for p in sources if p.name}
        if not self.names_perpetrators:
            names |= {p.name for p in perpetrators if p.name}
        return Withheld(names)

    # ---- places
    def coarse(self, precision: str | None) -> bool:
        """Whether a record's place goes out as its region only."""
        return not self.internal and (precision == "region" or self.regions_only)

    def coordinates(self, precision: str | None) -> bool:
        """Whether a record's coordinates may go out."""
        return not self.coarse(precision)

    def place(self, place: str | None, admin2: str | None, admin1: str | None,
              precision: str | None) -> str:
        parts = [admin1] if self.coarse(precision) else [place, admin2, admin1]
        return ", ".join(p for p in parts if p)


class Withheld:
    """Names that may not be read, found in free text whatever their case: indexed by their
    first word, so twenty thousand incidents' names cost one pass over each text."""

    def __init__(self, names: Iterable[str]) -> None:
        self.index: dict[str, list[str]] = defaultdict(list)
        for name in sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len,
                           reverse=True):  # a full name before a shorter one inside it
            words = _WORD.findall(name.casefold())
            if words:
                self.index[words[0]].append(name)

    def __bool__(self) -> bool:
        return bool(self.index)

    def scrub(self, text: str | None) -> str:
        if not text or not self.index:
            return text or ""
        low = text.casefold()
        found = sorted({n for w in set(_WORD.findall(low)) for n in self.index.get(w, ())
                        if n.casefold() in low}, key=len, reverse=True)
        for name in found:
            text = re.sub(re.escape(name), WITHHELD, text, flags=re.IGNORECASE)
        return text


def redact_document(doc: dict, audience: Audience, withheld: Withheld) -> dict:
    """An incident document (as `Incidents.get` gives it) as this audience may read it: names
    it may not read are None, free texts scrubbed of them, the place coarsened, coordinates
    dropped where they would give the place away, and (outside internal) no staff names."""
    if audience.internal:
        return doc
    out = {**doc}
    out["title"] = withheld.scrub(doc.get("title"))
    out["narrative"] = withheld.scrub(doc.get("narrative"))
    location = {**(doc.get("location") or {})}
    if audience.coarse(location.get("precision")):
        for key in ("place", "admin2", "admin2_pcode", "lat", "lon"):
            location[key] = None
    out["location"] = location
    out["victims"] = [{**p, "name": p.get("name") if audience.may_name(
        bool(p.get("protected")), p.get("consent")) else None}
        for p in doc.get("victims") or []]
    out["sources"] = [{**p, "name": p.get("name") if audience.names_sources else None}
                      for p in doc.get("sources") or []]
    out["perpetrators"] = [{**p, "name": p.get("name") if audience.names_perpetrators
                            else None} for p in doc.get("perpetrators") or []]
    out["violations"] = [{**a, "method": withheld.scrub(a.get("method")) or None}
                         for a in doc.get("violations") or []]
    out["verification"] = {**(doc.get("verification") or {}), "reviewer": None}
    out["created_by"] = out["updated_by"] = None  # staff are not named outside the team
    return out
