"""What an audience may read: the one set of rules that reports, exports, the quarterly
review and (next) HQ's scoped sync share. No output module decides on its own what to cut.

- **Records.** An audience gets the incidents whose confidentiality reaches it (a record
  marked `un` reaches `internal` and `un`, never `partners` or `public`). Drafts reach
  internal readers only; incidents found false or rejected reach no one but internal
  exports (reports leave them out for every audience: they are not facts).
- **People.** A person is named where the audience is internal, or the person is not
  protected and their consent covers the audience. Sources and perpetrators are named to
  internal readers only. A name withheld from an audience in *any* record of the store is
  withheld from that audience in *every* text: titles, narratives, summaries, methods, places,
  attachment names, situation descriptions, rationales, strategy texts. How names are found
  whatever their spelling is in `app.names`.
- **Texts for outside the UN.** Partners and the public never get a narrative: they get the
  summary written for them, once a user other than its author has cleared it (scrubbed
  again), or nothing.
- **Places.** `PLACES` below is the table: what of a location each audience gets. A record
  whose location precision is `region` goes out by its admin-1 region only; a location
  marked sensitive (a home, a shelter, a safe house) by its admin-1 and admin-2 only. The
  precision written beside a place says what was written, not what the record holds.
- **Small counts.** Outside internal, a count from 1 to threshold-1 (5 by default) is
  suppressed, with a second cell wherever one could be worked out (see `app.reports` and
  `app.aggregate`); partners and the public get aggregates only, never rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from app.models import Incident, Perpetrator, Source, Victim
from app.names import ORDINARY, PARTICLES, WITHHELD, Names, distinctive, fold
from app.schema.incident import EDITABLE

__all__ = [
    "AUDIENCES",
    "ORDINARY",
    "PARTICLES",
    "PLACES",
    "WITHHELD",
    "Audience",
    "Names",
    "Withheld",
    "distinctive",
    "fold",
    "redact_document",
    "scrub_texts",
    "view_document",
]

AUDIENCES = ("internal", "un", "partners", "public")
# how far each audience reaches, from the most closed: a record or a consent reaches an
# audience when its own reach is at least the audience's
OPENNESS = {"internal": 0, "un": 1, "partners": 2, "public": 3}
CONSENT_REACH = {"none": 0, "un": 1, "partners": 2, "public": 3}
NOT_FACTS = ("falsely_attributed", "rejected")  # verification outcomes
ROW_LEVEL = ("internal", "un")  # audiences that may get one row per incident or act

# What of a location each audience gets: coordinates ("exact", "rounded" to 0.01 degree,
# about 1 km, or None), then whether the place name, admin-2 and admin-1 go out.
PLACES: dict[str, tuple[str | None, bool, bool, bool]] = {
    "internal": ("exact", True, True, True),
    "un": ("rounded", True, True, True),
    "partners": (None, False, False, True),
    "public": (None, False, False, True),
}
ROUNDED = 2  # decimals of a rounded coordinate
PRECISION_RANK = {"exact": 0, "near": 1, "region": 2}

Withheld = Names  # the names an audience may not read, found whatever their spelling


class Audience:
    def __init__(self, audience: str) -> None:
        if audience not in OPENNESS:
            raise ValueError(audience)
        self.name = audience
        self.internal = audience == "internal"
        self.reach = OPENNESS[audience]
        self.regions_only = self.reach >= OPENNESS["partners"]
        self.row_level = audience in ROW_LEVEL
        self.within_un = self.reach <= OPENNESS["un"]

    # ---- records
    def confidentialities(self) -> list[str]:
        """The confidentiality levels that reach this audience."""
        return [c for c, reach in OPENNESS.items() if reach >= self.reach]

    def record_filter(self, *, keep_not_facts: bool = False) -> list[ColumnElement[bool]]:
        """SQL conditions on Incident for the records this audience may read (the same rule
        as `reaches`, for a query)."""
        return [cond for _reason, cond in self.record_rules(keep_not_facts=keep_not_facts)]

    def record_rules(
        self, *, keep_not_facts: bool = False
    ) -> list[tuple[str, ColumnElement[bool]]]:
        """`record_filter`'s conditions, each with the reason a record failing it is left
        out, in the order `left_out` counts them (LEFT_OUT_REASONS): draft, then
        confidentiality, then not facts."""
        out: list[tuple[str, ColumnElement[bool]]] = []
        if not self.internal:
            out.append(("draft", Incident.status != "draft"))
        out.append(("confidentiality", Incident.confidentiality.in_(self.confidentialities())))
        if not (keep_not_facts and self.internal):
            out.append(("not_facts", Incident.verification_status.not_in(NOT_FACTS)))
        return out

    def reaches(self, doc: Mapping[str, Any], *, keep_not_facts: bool = False) -> bool:
        """Whether this audience may read this incident (a document as `Incidents.get` or
        HQ holds it): its confidentiality reaches the audience, it is not a draft (outside
        internal), and it was not found false or rejected. The rule `record_filter` puts in
        SQL; HQ's redacted sync (`sync.hq.views`) decides with this one."""
        confidentiality = doc.get("confidentiality") or "internal"
        if OPENNESS.get(confidentiality, -1) < self.reach:
            return False
        if not self.internal and (doc.get("status") or "draft") == "draft":
            return False
        status = (doc.get("verification") or {}).get("status")
        return (keep_not_facts and self.internal) or status not in NOT_FACTS

    # ---- people
    def may_name(self, protected: bool, consent: str | None) -> bool:
        if self.internal:
            return True
        return not protected and CONSENT_REACH.get(consent or "none", 0) >= self.reach

    @property
    def names_sources(self) -> bool:
        return self.internal

    names_perpetrators = names_sources

    def withheld(
        self,
        victims: Iterable[Any] = (),
        sources: Iterable[Any] = (),
        perpetrators: Iterable[Any] = (),
    ) -> Names:
        """The names this audience may not read among these people (objects or rows with
        `name`, and for victims `protected` and `consent`)."""
        if self.internal:
            return Names(())
        names = {p.name for p in victims if p.name and not self.may_name(p.protected, p.consent)}
        if not self.names_sources:
            names |= {p.name for p in sources if p.name}
        if not self.names_perpetrators:
            names |= {p.name for p in perpetrators if p.name}
        return Names(names)

    def withheld_of(self, doc: Mapping[str, Any]) -> frozenset[str]:
        """The names of one incident document this audience may not read (its victims it
        may not name, its sources and perpetrators outside internal): what `withheld` finds
        among rows, found among a document's people."""
        if self.internal:
            return frozenset()
        names = {
            str(p["name"])
            for p in doc.get("victims") or []
            if p.get("name")
            and not self.may_name(bool(p.get("protected")), p.get("consent") or "none")
        }
        for role, named in (
            ("sources", self.names_sources),
            ("perpetrators", self.names_perpetrators),
        ):
            if not named:
                names |= {str(p["name"]) for p in doc.get(role) or [] if p.get("name")}
        return frozenset(names)

    def withheld_in(self, session: Session) -> Names:
        """Every name this audience may not read anywhere in the store: a protected victim
        of one record stays unnamed in every other record's texts."""
        if self.internal:
            return Names(())
        consents = [c for c, reach in CONSENT_REACH.items() if reach >= self.reach]
        names = set(
            session.scalars(
                select(Victim.name)
                .distinct()
                .where(
                    Victim.name.is_not(None),
                    or_(Victim.protected.is_(True), Victim.consent.not_in(consents)),
                )
            )
        )
        if not self.names_sources:
            names |= set(
                session.scalars(select(Source.name).distinct().where(Source.name.is_not(None)))
            )
        if not self.names_perpetrators:
            names |= set(
                session.scalars(
                    select(Perpetrator.name).distinct().where(Perpetrator.name.is_not(None))
                )
            )
        # the queries leave NULL out: the check only tells the type so
        return _indexed(self.name, frozenset(n for n in names if n is not None))

    # ---- places
    def coarse(self, precision: str | None, sensitive: bool = False) -> bool:
        """Whether a record's place name goes out (False) or only its regions (True)."""
        return not self.internal and (
            precision == "region" or sensitive or not PLACES[self.name][1]
        )

    def coordinates(self, precision: str | None, sensitive: bool = False) -> bool:
        """Whether a record's coordinates may go out (rounded for the UN)."""
        return PLACES[self.name][0] is not None and not self.coarse(precision, sensitive)

    def location(self, loc: Mapping[str, Any], withheld: Names | None = None) -> dict[str, Any]:
        """A record's location (as the incident document holds it) as this audience may read
        it, texts scrubbed, with the precision of what was actually written."""
        if self.internal:
            return dict(loc)
        coords, place_ok, admin2_ok, admin1_ok = PLACES[self.name]
        precision = loc.get("precision")
        sensitive = bool(loc.get("sensitive"))
        scrub = withheld.scrub if withheld else (lambda t: t)
        out = {"place": None, "admin2": None, "admin1": None, **loc, "sensitive": None}
        region_only = precision == "region"
        keep_place = place_ok and not region_only and not sensitive
        keep_admin2 = admin2_ok and not region_only
        if not keep_place:
            out["place"] = None
        if not keep_admin2:
            out["admin2"] = out["admin2_pcode"] = None
        if not admin1_ok:
            out["admin1"] = out["admin1_code"] = out["admin1_pcode"] = None
        # the P-codes are free text too (up to 32 characters): a name typed there is cut
        for key in ("place", "admin2", "admin1", "admin1_pcode", "admin2_pcode"):
            if out.get(key):
                out[key] = scrub(out[key]) or None
        lat, lon = loc.get("lat"), loc.get("lon")
        if coords is None or not keep_place or lat is None or lon is None:
            out["lat"] = out["lon"] = None
        elif coords == "rounded":
            out["lat"], out["lon"] = round(lat, ROUNDED), round(lon, ROUNDED)
        # the precision of what was written
        if out["lat"] is not None:
            written = precision if coords == "exact" else _coarsest(precision, "near")
        elif out["place"]:
            written = _coarsest(precision, "near")
        else:
            written = "region"
        out["precision"] = (
            written
            if (out["place"] or out["admin2"] or out["admin1"] or out["lat"] is not None)
            else None
        )
        return out

    def place(
        self,
        place: str | None,
        admin2: str | None,
        admin1: str | None,
        precision: str | None,
        sensitive: bool = False,
    ) -> str:
        """A record's place as one line of text for this audience."""
        loc = self.location(
            {
                "place": place,
                "admin2": admin2,
                "admin1": admin1,
                "precision": precision,
                "sensitive": sensitive,
            }
        )
        return ", ".join(p for p in (loc["place"], loc["admin2"], loc["admin1"]) if p)


_INDEXED: dict[str, tuple[frozenset[str], Names]] = {}


def _indexed(audience: str, names: frozenset[str]) -> Names:
    """The names' index, kept for the next output to the same audience while the store's
    withheld names are exactly the same (compared whole, so never stale): the second report
    or export of a session does not index a hundred thousand names again."""
    cached = _INDEXED.get(audience)
    if cached is not None and cached[0] == names:
        return cached[1]
    index = Names(names)
    _INDEXED[audience] = (names, index)
    return index


def forget_indexes() -> None:
    """Drop the kept indexes (a benchmark measures the cold cost; a wipe or lock may too)."""
    _INDEXED.clear()


def _coarsest(a: str | None, b: str) -> str:
    return max((a or b, b), key=lambda p: PRECISION_RANK.get(p, 0))


def cleared_summary(doc: Mapping[str, Any]) -> str | None:
    """The summary written for partners and the public, if a second user cleared it."""
    summary = doc.get("public_summary") or {}
    return summary.get("text") if summary.get("cleared_by") and summary.get("text") else None


def redact_document(doc: Mapping[str, Any], audience: Audience, withheld: Names) -> dict[str, Any]:
    """An incident document (as `Incidents.get` gives it) as this audience may read it: names
    it may not read are None, every free text scrubbed of withheld names, the place as the
    audience's table says, and (outside internal) no staff names. Outside the UN the
    narrative is the cleared summary, or nothing. Always a new dict (for internal readers, a
    shallow copy), which an export may annotate."""
    if audience.internal:
        return dict(doc)
    scrub = withheld.scrub
    out = {**doc}
    out["title"] = scrub(doc.get("title"))
    summary = cleared_summary(doc)
    if audience.within_un:
        out["narrative"] = scrub(doc.get("narrative"))
    else:
        out["narrative"] = scrub(summary) or None
    if "public_summary" in doc:
        out["public_summary"] = {
            "text": scrub(summary) or None,
            "cleared": summary is not None,
            "single_user": bool((doc["public_summary"] or {}).get("single_user"))
            if summary
            else False,
        }
    out["location"] = audience.location(doc.get("location") or {}, withheld)

    def person_name(p: Mapping[str, Any], allowed: bool) -> str | None:
        name = p.get("name")
        return name if allowed and name and not withheld.found(name) else None

    out["victims"] = [
        {**p, "name": person_name(p, audience.may_name(bool(p.get("protected")), p.get("consent")))}
        for p in doc.get("victims") or []
    ]
    out["sources"] = [  # a source's language is free text: a name typed there is cut too
        {
            **p,
            "name": person_name(p, audience.names_sources),
            **({"language": scrub(p["language"]) or None} if p.get("language") else {}),
        }
        for p in doc.get("sources") or []
    ]
    out["perpetrators"] = [
        {**p, "name": person_name(p, audience.names_perpetrators)}
        for p in doc.get("perpetrators") or []
    ]
    out["violations"] = [
        {**a, "method": scrub(a.get("method")) or None} for a in doc.get("violations") or []
    ]
    if "attachments" in doc:
        out["attachments"] = [
            {**a, "filename": scrub(a.get("filename")), "captured_by": None}
            for a in doc.get("attachments") or []
        ]
    out["verification"] = {**(doc.get("verification") or {}), "reviewer": None}
    if "review" in doc:  # where it stands, without who or the reviewer's words
        review = doc.get("review") or {}
        out["review"] = {
            "assignee": None,
            "submitted_by": None,
            "submitted_at": review.get("submitted_at"),
            "outcome": review.get("outcome"),
            "by": None,
            "at": review.get("at"),
            "comment": None,
            "single_user": bool(review.get("single_user")),
        }
    out["created_by"] = out["updated_by"] = None  # staff are not named outside the team
    return out


def view_document(doc: Mapping[str, Any], audience: Audience, withheld: Names) -> dict[str, Any]:
    """An incident as a device of this audience may hold it (HQ's redacted sync): the
    editable fields of `redact_document`'s output, in the shape a store takes. Staff who
    wrote, cleared or reviewed stay unnamed, written WITHHELD where the record needs someone
    (a reviewed record names a reviewer; a cleared summary who cleared it), so the view
    still says it was reviewed or cleared; the summary goes only once cleared."""
    out = redact_document(doc, audience, withheld)
    if audience.internal:
        return {k: out[k] for k in EDITABLE if k in out}
    verification = dict(out.get("verification") or {})
    if (doc.get("verification") or {}).get("reviewer"):
        verification["reviewer"] = WITHHELD
    out["verification"] = verification
    summary = doc.get("public_summary") or {}
    cleared = cleared_summary(doc) is not None
    out["public_summary"] = {
        "text": (out.get("public_summary") or {}).get("text") if cleared else None,
        "written_by": WITHHELD if cleared and summary.get("written_by") else None,
        "written_at": summary.get("written_at") if cleared else None,
        "cleared_by": WITHHELD if cleared else None,
        "cleared_at": summary.get("cleared_at") if cleared else None,
        "single_user": bool(summary.get("single_user")) if cleared else False,
    }
    if out.get("review"):
        review = doc.get("review") or {}
        out["review"] = {
            **out["review"],
            "submitted_by": WITHHELD if review.get("submitted_by") else None,
            "by": WITHHELD if review.get("by") else None,
        }
    return {k: out[k] for k in EDITABLE if k in out}


def scrub_texts(value: Any, withheld: Names, *, keep: Iterable[str] = ()) -> Any:
    """A value (a report, a review pack, a situation: dataclasses, dicts, lists) with every
    string in it scrubbed, at any depth, but for the fields named in `keep` (a logo's path).
    Codes, ids and dates hold no names, and a text field added later is covered the day it is
    added: no output decides field by field what to scrub."""
    if not withheld:
        return value
    kept = frozenset(keep)

    def walk(x: Any) -> Any:
        if isinstance(x, str):
            return withheld.scrub(x)
        if dataclasses.is_dataclass(x) and not isinstance(x, type):
            return dataclasses.replace(
                x,
                **{
                    f.name: walk(getattr(x, f.name))
                    for f in dataclasses.fields(x)
                    if f.init and f.name not in kept
                },
            )
        if isinstance(x, dict):
            return {k: v if k in kept else walk(v) for k, v in x.items()}
        if isinstance(x, tuple):
            return tuple(walk(i) for i in x)
        if isinstance(x, list):
            return [walk(i) for i in x]
        return x

    return walk(value)
