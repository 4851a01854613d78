"""The incident document, without the store: the fields a record has, what each child row
holds, and `Validator`, which checks a document against the vocabularies and turns it into
table rows. Shared by the desktop's writes (app.incidents), the HQ server and the wire format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, NotRequired, TypedDict

from app import places
from app import validation as v
from app.errors import BadInput
from app.ids import new_id
from app.vocab import Vocabularies

EDITABLE = {
    "title", "occurred_from", "occurred_to", "date_precision", "date_reported", "location",
    "narrative", "confidentiality", "status", "violations", "victims", "perpetrators",
    "sources", "verification", "public_summary", "review",
}  # fmt: skip
READ_ONLY = {
    "id",
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
    "revision",
    "attachments",
}
LOCATION_KEYS = {
    "country",
    "admin1",
    "admin1_code",
    "admin1_pcode",
    "admin2",
    "admin2_pcode",
    "place",
    "lat",
    "lon",
    "precision",
    "sensitive",
    "not_in_gazetteer",
}
VERIFICATION_KEYS = {"status", "reviewer", "date", "credibility"}
# the summary for partners and the public: its text, then who wrote it and who cleared it
# (read-only in a document given to add or edit; sync carries them, as the clearance is a
# change like any other)
SUMMARY_KEYS = {"text", "written_by", "written_at", "cleared_by", "cleared_at", "single_user"}
SUMMARY_MAX = 2000
# review as a workflow: who submitted the record and when, the reviewer it is assigned to,
# the last decision (approved or returned), who took it, when, the comment, and whether it
# was a single-user office's self-review. Read-only in a document given to add or edit:
# `Incidents`' review steps set them; sync carries them whole, with the status.
REVIEW_KEYS = {
    "assignee", "submitted_by", "submitted_at", "outcome", "by", "at", "comment", "single_user",
}  # fmt: skip
REVIEW_OUTCOMES = ("approved", "returned")
REVIEW_COMMENT_MAX = 4000
VIOLATION_KEYS = {"id", "type", "date", "method", "victims_count", "counts"}
COUNT_KEYS = {"sex", "age_group", "count"}
VICTIM_KEYS = {
    "id",
    "kind",
    "name",
    "sex",
    "age_group",
    "group_size",
    "protected",
    "consent",
    "consent_date",
}
PERPETRATOR_KEYS = {"id", "category", "name", "involvement"}
INVOLVEMENT_KEYS = {"violation", "degree"}
SOURCE_KEYS = {
    "id",
    "type",
    "connection",
    "reliability",
    "name",
    "protected",
    "consent",
    "consent_date",
    "information_date",
    "language",
}
CHILD_LISTS = ("violations", "victims", "perpetrators", "sources")


# ---- the document, as `Incidents.get` gives it ----------------------------------------------
class LocationDocument(TypedDict):
    country: str
    admin1: str | None
    admin1_code: str | None
    admin1_pcode: str | None
    admin2: str | None
    admin2_pcode: str | None
    place: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    sensitive: bool
    not_in_gazetteer: bool


class SummaryDocument(TypedDict):
    """The summary for partners and the public, with who wrote and who cleared it."""

    text: str | None
    written_by: str | None
    written_at: str | None
    cleared_by: str | None
    cleared_at: str | None
    single_user: bool


class ReviewDocument(TypedDict):
    """Where the record stands in review (see REVIEW_KEYS)."""

    assignee: str | None
    submitted_by: str | None
    submitted_at: str | None
    outcome: str | None
    by: str | None
    at: str | None
    comment: str | None
    single_user: bool


class CountDocument(TypedDict):
    sex: str
    age_group: str
    count: int


class ViolationDocument(TypedDict):
    id: str
    type: str
    date: str | None
    method: str | None
    victims_count: int | None
    counts: list[CountDocument]


class VictimDocument(TypedDict):
    id: str
    kind: str
    name: str | None
    sex: str
    age_group: str
    group_size: int | None
    protected: bool
    consent: str
    consent_date: str | None
    masked: NotRequired[bool]  # set by mask_protected: the name is withheld


class InvolvementDocument(TypedDict):
    violation: int  # the violation's index in the document's list
    degree: str


class PerpetratorDocument(TypedDict):
    id: str
    category: str
    name: str | None
    involvement: list[InvolvementDocument]


class SourceDocument(TypedDict):
    id: str
    type: str
    connection: str | None
    reliability: str
    name: str | None
    protected: bool
    consent: str
    consent_date: str | None
    information_date: str | None
    language: str | None
    masked: NotRequired[bool]  # set by mask_protected: the name is withheld


class VerificationDocument(TypedDict):
    status: str
    reviewer: str | None
    date: str | None
    credibility: str | None


class IncidentDocument(TypedDict):
    """One whole incident (see EDITABLE and READ_ONLY). Dates are text, as precise as the
    record says (YYYY, YYYY-MM or YYYY-MM-DD)."""

    id: str
    title: str
    occurred_from: str
    occurred_to: str | None
    date_precision: str
    date_reported: str | None
    location: LocationDocument
    narrative: str
    public_summary: SummaryDocument
    review: ReviewDocument
    confidentiality: str
    status: str
    violations: list[ViolationDocument]
    victims: list[VictimDocument]
    perpetrators: list[PerpetratorDocument]
    sources: list[SourceDocument]
    verification: VerificationDocument
    created_by: str
    created_at: str
    updated_by: str
    updated_at: str
    revision: int
    attachments: NotRequired[list[dict[str, Any]]]  # added by the command line's `show`


@dataclass
class Rows:
    """One validated incident as table rows, ready to insert."""

    incident: dict[str, Any]
    violations: list[dict[str, Any]] = field(default_factory=list)
    victims: list[dict[str, Any]] = field(default_factory=list)
    perpetrators: list[dict[str, Any]] = field(default_factory=list)
    involvements: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)


# ---- validation -----------------------------------------------------------------------------
class Validator:
    def __init__(
        self, vocab: Vocabularies, today: date | None = None, *, places_as_given: bool = False
    ) -> None:
        self.vocab = vocab
        self.today = today or datetime.now(UTC).date()
        # records from HQ or another device keep a place this gazetteer does not know
        self.places_as_given = places_as_given
        self.resolver = places.Resolver()

    def code(self, kind: str, value: Any, fld: str, default: str | None = None) -> str:
        if value is None:
            if default is None:
                raise BadInput(fld, "is required")
            return default
        return self.vocab.check(kind, value, fld)

    def rows(self, doc: Any, incident_id: str | None = None, *, before: Any = None) -> Rows:
        """`doc` checked and turned into rows; `before` is the document it edits, if any."""
        doc = v.obj(doc, "incident")
        v.known_keys(doc, EDITABLE | READ_ONLY, "")
        incident_id = incident_id or v.uuid_text(doc.get("id"), "id") or new_id()
        title = v.text(doc.get("title"), "title", required=True)

        start = v.partial_date(doc.get("occurred_from"), "occurred_from")
        if start is None:
            raise BadInput("occurred_from", "is required")
        occurred_from, implied = start
        precision = self.code(
            "date-precision", doc.get("date_precision"), "date_precision", default=implied
        )
        finer = {"year": 0, "month": 1, "day": 2}
        if precision in finer and finer[implied] < finer[precision]:
            raise BadInput(
                "occurred_from",
                f"is not precise to the {precision}; give YYYY-MM-DD or set date_precision",
            )
        end = v.partial_date(doc.get("occurred_to"), "occurred_to")
        occurred_to = end[0] if end else None
        if occurred_to is not None and occurred_to < occurred_from:
            raise BadInput("occurred_to", "is before occurred_from")
        v.not_future(occurred_from, "occurred_from", self.today)
        reported = v.full_date(doc.get("date_reported"), "date_reported")
        v.not_future(reported, "date_reported", self.today)

        incident = {
            "id": incident_id,
            "title": title,
            "occurred_from": occurred_from,
            "occurred_to": occurred_to,
            "date_precision": precision,
            "date_reported": reported,
            "narrative": v.text(doc.get("narrative"), "narrative", max_len=200_000) or "",
            "confidentiality": self.code(
                "confidentiality", doc.get("confidentiality"), "confidentiality", default="internal"
            ),
            "status": self.code("status", doc.get("status"), "status", default="draft"),
        }
        was = before.get("location") if isinstance(before, dict) else None
        incident.update(self.location(doc.get("location"), was))
        incident.update(self.verification(doc.get("verification")))
        incident.update(self.public_summary(doc.get("public_summary")))
        incident.update(self.review(doc.get("review")))
        rows = Rows(incident=incident)
        rows.violations = [
            self.violation(x, i, incident_id, f"violations[{i}]")
            for i, x in enumerate(v.items(doc.get("violations"), "violations"))
        ]
        rows.victims = [
            self.victim(x, i, incident_id, f"victims[{i}]")
            for i, x in enumerate(v.items(doc.get("victims"), "victims"))
        ]
        rows.sources = [
            self.source(x, i, incident_id, f"sources[{i}]")
            for i, x in enumerate(v.items(doc.get("sources"), "sources"))
        ]
        for i, raw in enumerate(v.items(doc.get("perpetrators"), "perpetrators")):
            perp, links = self.perpetrator(raw, i, incident_id, rows.violations)
            rows.perpetrators.append(perp)
            rows.involvements.extend(links)
        self._unique_ids(rows)
        if incident["status"] != "draft" and not rows.violations:
            raise BadInput(
                "violations",
                f"a {incident['status']} incident needs at least one "
                "violation (only drafts may have none)",
            )
        if incident["status"] == "reviewed" and not incident["verification_reviewer"]:
            raise BadInput("verification.reviewer", "is required once an incident is reviewed")
        return rows

    def location(self, raw: Any, unchanged: Any = None) -> dict[str, Any]:
        """The location's columns. Admin 1 and admin 2 resolve against the gazetteer (a
        P-code, an ISO 3166-2 code or a name in any spelling it knows) and are stored under
        the unit's name and codes; what matches nothing is refused, unless the record says
        the place is not in the gazetteer, comes from HQ (`places_as_given`), or is the
        location the record already had (`unchanged`: an edit elsewhere is never refused
        for a place a newer gazetteer no longer knows)."""
        loc = v.obj(raw, "location") if raw is not None else None
        if loc is None:
            raise BadInput("location", "is required (at least location.country)")
        v.known_keys(loc, LOCATION_KEYS, "location")
        country = places.country(
            v.text(loc.get("country"), "location.country", required=True, max_len=100),
            "location.country",
            self.vocab,
        )
        unlisted = v.boolean(loc.get(places.UNLISTED), f"location.{places.UNLISTED}", False)
        given = {
            "admin1": v.text(loc.get("admin1"), "location.admin1", max_len=200),
            "admin1_code": v.text(loc.get("admin1_code"), "location.admin1_code", max_len=16),
            "admin1_pcode": v.text(loc.get("admin1_pcode"), "location.admin1_pcode", max_len=32),
            "admin2": v.text(loc.get("admin2"), "location.admin2", max_len=200),
            "admin2_pcode": v.text(loc.get("admin2_pcode"), "location.admin2_pcode", max_len=32),
        }
        if isinstance(unchanged, dict):
            # an edit of one field of a level (admin1's name, say) drops the others it left
            # as they were (its old codes): they named the old place, not the new one
            for level in places.LEVELS:
                changed = [k for k in level if given[k] != unchanged.get(k)]
                if changed:
                    given.update({k: None for k in level if k not in changed})
        as_given = self.places_as_given or (unchanged is not None and raw == unchanged)
        place = self.resolver.place(country, given, keep=unlisted or as_given, keep_codes=as_given)
        lat = v.number(loc.get("lat"), "location.lat", -90, 90)
        lon = v.number(loc.get("lon"), "location.lon", -180, 180)
        if (lat is None) != (lon is None):
            raise BadInput(
                "location.lat" if lat is None else "location.lon",
                "latitude and longitude go together: give both or neither",
            )
        precision = loc.get("precision")
        return {
            "country": country,
            **place.columns(),
            "location_unlisted": unlisted,
            "place": v.text(loc.get("place"), "location.place"),
            "lat": lat,
            "lon": lon,
            "location_precision": None
            if precision is None
            else self.vocab.check("location-precision", precision, "location.precision"),
            "location_sensitive": v.boolean(loc.get("sensitive"), "location.sensitive", False),
        }

    def public_summary(self, raw: Any) -> dict[str, Any]:
        """The summary's text, given as text (or null) or as the object a document holds.
        Who wrote and who cleared it are taken as given here (HQ and other devices send
        them); `Incidents` sets them itself for local writes, whatever the input says."""
        fld = "public_summary"
        meta: dict[str, Any] = {}
        if raw is None or isinstance(raw, str):
            text = v.text(raw, fld, max_len=SUMMARY_MAX)
        elif isinstance(raw, dict):
            v.known_keys(raw, SUMMARY_KEYS, fld)
            text = v.text(raw.get("text"), fld, max_len=SUMMARY_MAX)
            meta = raw
        else:
            raise BadInput(fld, "must be text, or an object with its text")
        out = {
            "public_summary": text,
            "public_summary_by": v.text(meta.get("written_by"), f"{fld}.written_by", max_len=64),
            "public_summary_at": v.text(meta.get("written_at"), f"{fld}.written_at", max_len=40),
            "public_summary_cleared_by": v.text(
                meta.get("cleared_by"), f"{fld}.cleared_by", max_len=64
            ),
            "public_summary_cleared_at": v.text(
                meta.get("cleared_at"), f"{fld}.cleared_at", max_len=40
            ),
            "public_summary_single_user": v.boolean(
                meta.get("single_user"), f"{fld}.single_user", False
            ),
        }
        cleared_by, cleared_at = out["public_summary_cleared_by"], out["public_summary_cleared_at"]
        if (cleared_by is None) != (cleared_at is None):
            raise BadInput(
                f"{fld}.cleared_at" if cleared_at is None else f"{fld}.cleared_by",
                "a clearance names who cleared the summary and when: give both",
            )
        if cleared_by is not None and text is None:
            raise BadInput(f"{fld}.cleared_by", "there is no text to be cleared")
        if out["public_summary_single_user"] and cleared_by is None:
            raise BadInput(f"{fld}.single_user", "applies only to a cleared summary")
        return out

    def review(self, raw: Any) -> dict[str, Any]:
        """The review's columns, taken as given (HQ and other devices send them; `Incidents`
        sets them itself for local writes). Absent: no review yet."""
        fld = "review"
        meta = v.obj(raw, fld) if raw is not None else {}
        v.known_keys(meta, REVIEW_KEYS, fld)

        def who(key: str) -> str | None:
            return v.text(meta.get(key), f"{fld}.{key}", max_len=64)

        def when(key: str) -> str | None:
            return v.text(meta.get(key), f"{fld}.{key}", max_len=40)

        outcome = meta.get("outcome")
        if outcome is not None and outcome not in REVIEW_OUTCOMES:
            raise BadInput(f"{fld}.outcome", f"must be one of {', '.join(REVIEW_OUTCOMES)}")
        out = {
            "review_assignee": who("assignee"),
            "review_submitted_by": who("submitted_by"),
            "review_submitted_at": when("submitted_at"),
            "review_outcome": outcome,
            "review_by": who("by"),
            "review_at": when("at"),
            "review_comment": v.text(
                meta.get("comment"), f"{fld}.comment", max_len=REVIEW_COMMENT_MAX
            ),
            "review_single_user": v.boolean(meta.get("single_user"), f"{fld}.single_user", False),
        }
        if (out["review_submitted_by"] is None) != (out["review_submitted_at"] is None):
            raise BadInput(f"{fld}.submitted_at", "a submission names who submitted and when")
        if (outcome is None) != (out["review_by"] is None) or (outcome is None) != (
            out["review_at"] is None
        ):
            raise BadInput(
                f"{fld}.outcome", "a decision names its outcome, who took it and when: give all"
            )
        if out["review_single_user"] and outcome != "approved":
            raise BadInput(f"{fld}.single_user", "applies only to an approval")
        return out

    def verification(self, raw: Any) -> dict[str, Any]:
        ver = v.obj(raw, "verification") if raw is not None else {}
        v.known_keys(ver, VERIFICATION_KEYS, "verification")
        when = v.full_date(ver.get("date"), "verification.date")
        v.not_future(when, "verification.date", self.today)
        credibility = ver.get("credibility")
        return {
            "verification_status": self.code(
                "verification", ver.get("status"), "verification.status", default="unverified"
            ),
            "verification_reviewer": v.text(
                ver.get("reviewer"), "verification.reviewer", max_len=200
            ),
            "verification_date": when,
            "information_credibility": None
            if credibility is None
            else self.vocab.check("credibility", credibility, "verification.credibility"),
        }

    def violation(self, raw: Any, pos: int, incident_id: str, fld: str) -> dict[str, Any]:
        raw = v.obj(raw, fld)
        v.known_keys(raw, VIOLATION_KEYS, fld)
        counts: list[CountDocument] = []
        for j, c in enumerate(v.items(raw.get("counts"), f"{fld}.counts")):
            cf = f"{fld}.counts[{j}]"
            c = v.obj(c, cf)
            v.known_keys(c, COUNT_KEYS, cf)
            count = v.integer(c.get("count"), f"{cf}.count")
            if count is None:
                raise BadInput(f"{cf}.count", "is required")
            counts.append(
                {
                    "sex": self.code("sex", c.get("sex"), f"{cf}.sex", default="unknown"),
                    "age_group": self.code(
                        "age-group", c.get("age_group"), f"{cf}.age_group", default="unknown"
                    ),
                    "count": count,
                }
            )
        total = v.integer(raw.get("victims_count"), f"{fld}.victims_count")
        counted = sum(c["count"] for c in counts)
        if total is None and counts:
            total = counted
        elif total is not None and counted > total:
            raise BadInput(f"{fld}.counts", f"add up to {counted}, more than victims_count {total}")
        when = v.full_date(raw.get("date"), f"{fld}.date")
        v.not_future(when, f"{fld}.date", self.today)
        return {
            "id": v.uuid_text(raw.get("id"), f"{fld}.id") or new_id(),
            "incident_id": incident_id,
            "position": pos,
            "type": self.code("violation", raw.get("type"), f"{fld}.type"),
            "date": when,
            "method": v.text(raw.get("method"), f"{fld}.method", max_len=2000),
            "victims_count": total,
            "counts": counts or None,
        }

    def _consent(self, raw: dict[str, Any], fld: str) -> tuple[str, date | None]:
        consent = self.code("consent", raw.get("consent"), f"{fld}.consent", default="none")
        when = v.full_date(raw.get("consent_date"), f"{fld}.consent_date")
        v.not_future(when, f"{fld}.consent_date", self.today)
        return consent, when

    def victim(self, raw: Any, pos: int, incident_id: str, fld: str) -> dict[str, Any]:
        raw = v.obj(raw, fld)
        v.known_keys(raw, VICTIM_KEYS, fld)
        consent, consent_date = self._consent(raw, fld)
        kind = self.code("victim-kind", raw.get("kind"), f"{fld}.kind", default="individual")
        group_size = v.integer(raw.get("group_size"), f"{fld}.group_size", minimum=1)
        if group_size is not None and kind == "individual":
            raise BadInput(f"{fld}.group_size", "applies to a group, not to an individual")
        return {
            "id": v.uuid_text(raw.get("id"), f"{fld}.id") or new_id(),
            "incident_id": incident_id,
            "position": pos,
            "kind": kind,
            "name": v.text(raw.get("name"), f"{fld}.name"),
            "sex": self.code("sex", raw.get("sex"), f"{fld}.sex", default="unknown"),
            "age_group": self.code(
                "age-group", raw.get("age_group"), f"{fld}.age_group", default="unknown"
            ),
            "group_size": group_size,
            "protected": v.boolean(raw.get("protected"), f"{fld}.protected", False),
            "consent": consent,
            "consent_date": consent_date,
        }

    def source(self, raw: Any, pos: int, incident_id: str, fld: str) -> dict[str, Any]:
        raw = v.obj(raw, fld)
        v.known_keys(raw, SOURCE_KEYS, fld)
        consent, consent_date = self._consent(raw, fld)
        connection = raw.get("connection")
        info_date = v.full_date(raw.get("information_date"), f"{fld}.information_date")
        v.not_future(info_date, f"{fld}.information_date", self.today)
        return {
            "id": v.uuid_text(raw.get("id"), f"{fld}.id") or new_id(),
            "incident_id": incident_id,
            "position": pos,
            "type": self.code("source-type", raw.get("type"), f"{fld}.type"),
            "connection": None
            if connection is None
            else self.vocab.check("source-connection", connection, f"{fld}.connection"),
            "reliability": self.code(
                "reliability", raw.get("reliability"), f"{fld}.reliability", default="unknown"
            ),
            "name": v.text(raw.get("name"), f"{fld}.name"),
            # Sources are protected unless the record says otherwise: do no harm.
            "protected": v.boolean(raw.get("protected"), f"{fld}.protected", True),
            "consent": consent,
            "consent_date": consent_date,
            "information_date": info_date,
            "language": v.text(raw.get("language"), f"{fld}.language", max_len=16),
        }

    def perpetrator(
        self, raw: Any, pos: int, incident_id: str, violations: list[dict[str, Any]]
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        fld = f"perpetrators[{pos}]"
        raw = v.obj(raw, fld)
        v.known_keys(raw, PERPETRATOR_KEYS, fld)
        perp = {
            "id": v.uuid_text(raw.get("id"), f"{fld}.id") or new_id(),
            "incident_id": incident_id,
            "position": pos,
            "category": self.code("perpetrator", raw.get("category"), f"{fld}.category"),
            "name": v.text(raw.get("name"), f"{fld}.name"),
        }
        links: dict[str, dict[str, Any]] = {}
        for j, link in enumerate(v.items(raw.get("involvement"), f"{fld}.involvement")):
            lf = f"{fld}.involvement[{j}]"
            link = v.obj(link, lf)
            v.known_keys(link, INVOLVEMENT_KEYS, lf)
            ref = link.get("violation")
            if isinstance(ref, int) and not isinstance(ref, bool) and 0 <= ref < len(violations):
                target = violations[ref]["id"]
            elif isinstance(ref, str) and any(x["id"] == ref for x in violations):
                target = ref
            else:
                raise BadInput(
                    f"{lf}.violation",
                    "is not a violation of this incident "
                    f"(give its index, 0 to {len(violations) - 1}, or its id)",
                )
            if target in links:
                raise BadInput(f"{lf}.violation", "is listed twice for this perpetrator")
            links[target] = {
                "perpetrator_id": perp["id"],
                "violation_id": target,
                "degree": self.code(
                    "involvement", link.get("degree"), f"{lf}.degree", default="unknown"
                ),
            }
        return perp, list(links.values())

    @staticmethod
    def _unique_ids(rows: Rows) -> None:
        for name in CHILD_LISTS:
            seen: set[str] = set()
            for i, row in enumerate(getattr(rows, name)):
                if row["id"] in seen:
                    raise BadInput(f"{name}[{i}].id", "is used twice in this incident")
                seen.add(row["id"])
