"""The report's own words: its messages (context "Report", found here by lupdate), the labels
of audiences and sections, and `Strings`, which looks them up in the report's language."""

from __future__ import annotations

from pathlib import Path

from ui.qt import QT_TRANSLATE_NOOP, QTranslator
from ui.text import fill

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
CONTEXT = "Report"

# -- the report's own strings (context "Report"); lupdate finds them here -------------------
S_PAGE = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
S_GENERATED = QT_TRANSLATE_NOOP("Report", "Generated {when}")
S_SHA = QT_TRANSLATE_NOOP("Report", "SHA-256")
S_HASH_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Reference of the report's content: two prints with the same reference say the same thing.",
)
S_CONTENTS = QT_TRANSLATE_NOOP("Report", "Contents")
S_PERIOD = QT_TRANSLATE_NOOP("Report", "Reporting period")
S_PERIOD_RANGE = QT_TRANSLATE_NOOP("Report", "{start} to {end}")
S_AUDIENCE = QT_TRANSLATE_NOOP("Report", "Audience")
S_CONTINUED = QT_TRANSLATE_NOOP("Report", "{title} (continued)")
S_TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
S_NUMBER = QT_TRANSLATE_NOOP("Report", "Number")
S_FEWER = QT_TRANSLATE_NOOP("Report", "fewer than {threshold}")

AUDIENCE_LABELS = {
    "internal": QT_TRANSLATE_NOOP("Report", "Internal"),
    "un": QT_TRANSLATE_NOOP("Report", "United Nations"),
    "partners": QT_TRANSLATE_NOOP("Report", "Partners"),
    "public": QT_TRANSLATE_NOOP("Report", "Public"),
}
SECTION_TITLES = {
    "key_figures": QT_TRANSLATE_NOOP("Report", "Key figures"),
    "timeline": QT_TRANSLATE_NOOP("Report", "Incidents over time"),
    "table": QT_TRANSLATE_NOOP("Report", "Violations by type and region"),
    "map": QT_TRANSLATE_NOOP("Report", "Map"),
    "key_incidents": QT_TRANSLATE_NOOP("Report", "Key incidents"),
    "risk": QT_TRANSLATE_NOOP("Report", "Risk assessment"),
    "strategy": QT_TRANSLATE_NOOP("Report", "Prevention and response actions"),
    "sources": QT_TRANSLATE_NOOP("Report", "Sources and methodology"),
}
# key figures
S_INCIDENTS = QT_TRANSLATE_NOOP("Report", "Incidents")
S_ACTS = QT_TRANSLATE_NOOP("Report", "Acts of violation")
S_VICTIMS = QT_TRANSLATE_NOOP("Report", "Victims")
S_BY_VIOLATION = QT_TRANSLATE_NOOP("Report", "By violation type")
S_BY_VERIFICATION = QT_TRANSLATE_NOOP("Report", "By verification level")
S_BY_SEX_AGE = QT_TRANSLATE_NOOP("Report", "Victims by sex and age")
S_VIOLATION_TYPE = QT_TRANSLATE_NOOP("Report", "Violation type")
S_VERIFICATION_LEVEL = QT_TRANSLATE_NOOP("Report", "Verification level")
S_SEX_AGE = QT_TRANSLATE_NOOP("Report", "Sex / age")
S_NO_INCIDENTS = QT_TRANSLATE_NOOP("Report", "No incidents in this period.")
# a report over several countries
S_BY_COUNTRY = QT_TRANSLATE_NOOP("Report", "By country")
S_COUNTRY = QT_TRANSLATE_NOOP("Report", "Country")
S_COUNTRIES_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "This report covers {count} countries: {countries}. Each country's figures are counted "
    "and withheld by the same rules as the totals, and what is left out is counted over all "
    "of them.",
)
# timeline
S_PER_WEEK = QT_TRANSLATE_NOOP("Report", "Incidents per week")
S_PER_MONTH = QT_TRANSLATE_NOOP("Report", "Incidents per month")
S_WEEK_OF = QT_TRANSLATE_NOOP("Report", "Week starting")
S_MONTH = QT_TRANSLATE_NOOP("Report", "Month")
S_HATCH_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Hatched segments stand for fewer than {threshold} incidents; they are drawn at a "
    "nominal height of {height}.",
)
# table
S_REGION_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Rows: violation type; columns: first-level administrative area."
)
S_WITHHELD = QT_TRANSLATE_NOOP(
    "Report", "\u00d7: withheld, so that a small count cannot be worked out from the totals."
)
# map
S_MAP_LEGEND = QT_TRANSLATE_NOOP("Report", "Incidents by area")
S_NONE_RECORDED = QT_TRANSLATE_NOOP("Report", "None recorded")
S_LOCATION = QT_TRANSLATE_NOOP("Report", "Incident location")
S_NO_BOUNDARY = QT_TRANSLATE_NOOP("Report", "No boundary data for {areas}")
S_MAP_SOURCE = QT_TRANSLATE_NOOP("Report", "Offline boundaries: Natural Earth.")
S_MAP_DISCLAIMER = QT_TRANSLATE_NOOP(
    "Report",
    "The boundaries and names shown and the designations used on this map do not "
    "imply official endorsement or acceptance by the United Nations.",
)
S_NO_MAP = QT_TRANSLATE_NOOP("Report", "No map data for this period.")
# key incidents
S_DATE = QT_TRANSLATE_NOOP("Report", "Date")
S_PLACE = QT_TRANSLATE_NOOP("Report", "Place")
S_VIOLATIONS = QT_TRANSLATE_NOOP("Report", "Violations")
S_VERIFICATION = QT_TRANSLATE_NOOP("Report", "Verification")
S_NAMED = QT_TRANSLATE_NOOP("Report", "Named persons")
S_NO_KEY_INCIDENTS = QT_TRANSLATE_NOOP("Report", "No key incidents in this period.")
S_UNLISTED = QT_TRANSLATE_NOOP(
    "Report",
    "Incidents not listed one by one, as listing them would reveal a figure too "
    "small to publish: {count}.",
)
S_NO_SUMMARY = QT_TRANSLATE_NOOP(
    "Report",
    "Incidents in this report with no summary cleared for partners and the public "
    "(none is printed for them): {count}.",
)
S_SINGLE_USER = QT_TRANSLATE_NOOP(
    "Report", "Summaries cleared by their author alone, in an office with a single user: {count}."
)
S_SELF_REVIEWED = QT_TRANSLATE_NOOP(
    "Report",
    "Incidents approved in review by their own author, in an office with a single user: {count}.",
)
# risk
S_ASSESSED_ON = QT_TRANSLATE_NOOP("Report", "Assessed on {date}")
S_PREVIOUS_ON = QT_TRANSLATE_NOOP("Report", "previous assessment {date}")
S_FIRST_ASSESSMENT = QT_TRANSLATE_NOOP("Report", "first assessment")
S_OVERALL = QT_TRANSLATE_NOOP("Report", "Overall level: {level}")
S_FACTOR = QT_TRANSLATE_NOOP("Report", "Risk factor")
S_LEVEL = QT_TRANSLATE_NOOP("Report", "Level")
S_PREVIOUS_LEVEL = QT_TRANSLATE_NOOP("Report", "Previous level")
S_TREND = QT_TRANSLATE_NOOP("Report", "Trend")
S_NO_RISK = QT_TRANSLATE_NOOP("Report", "No risk assessment in this period.")
# strategy
S_ACTION = QT_TRANSLATE_NOOP("Report", "Action")
S_PILLAR = QT_TRANSLATE_NOOP("Report", "Pillar")
S_LEAD = QT_TRANSLATE_NOOP("Report", "Lead / owner")
S_DUE = QT_TRANSLATE_NOOP("Report", "Due")
S_STATUS = QT_TRANSLATE_NOOP("Report", "Status")
S_OVERDUE = QT_TRANSLATE_NOOP("Report", "Overdue")
S_BLOCKED = QT_TRANSLATE_NOOP("Report", "Blocked")
S_LATE_SUMMARY = QT_TRANSLATE_NOOP(
    "Report", "Actions: {actions}; overdue: {overdue}; blocked: {blocked}."
)
S_NO_ACTIONS = QT_TRANSLATE_NOOP("Report", "No actions in this period.")
# sources
S_SOURCES_BY_TYPE = QT_TRANSLATE_NOOP("Report", "Sources by type")
S_SOURCE_TYPE = QT_TRANSLATE_NOOP("Report", "Source type")
S_NO_SOURCES = QT_TRANSLATE_NOOP("Report", "No sources in this period.")
S_METHODOLOGY = QT_TRANSLATE_NOOP("Report", "Methodology")
S_THRESHOLD = QT_TRANSLATE_NOOP(
    "Report",
    "To protect the people concerned, counts from 1 to {below} are shown as "
    "\u201c<{threshold}\u201d.",
)
S_THRESHOLD_INTERNAL = QT_TRANSLATE_NOOP(
    "Report", "This report is for internal use: every count is shown in full."
)

# what the report leaves out of its period and scope, and why (methodology)
S_LEFT_OUT = QT_TRANSLATE_NOOP("Report", "What this report leaves out")
S_LEFT_OUT_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Not in these figures: {count} incidents of the period and scope, left out for this "
    "audience (see \u201cWhat this report leaves out\u201d).",
)
S_LEFT_OUT_TOTAL = QT_TRANSLATE_NOOP(
    "Report",
    "Of the {total} incidents recorded for this period and scope, {included} are counted "
    "in this report.",
)
S_LEFT_OUT_INCLUDED = QT_TRANSLATE_NOOP(
    "Report", "Incidents of this period and scope counted in this report: {included}."
)
S_LEFT_OUT_NOTHING = QT_TRANSLATE_NOOP(
    "Report", "No incident of this period and scope is left out of this report."
)
S_LEFT_OUT_DRAFT = QT_TRANSLATE_NOOP(
    "Report", "Left out as drafts, not yet submitted for review: {count}."
)
S_LEFT_OUT_CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "Report", "Left out as more confidential than this report's audience: {count}."
)
S_LEFT_OUT_NOT_FACTS = QT_TRANSLATE_NOOP("Report", "Left out as found false or rejected: {count}.")
S_LEFT_OUT_NO_SUMMARY = QT_TRANSLATE_NOOP(
    "Report",
    "Counted in the figures but told without an account, as no summary was cleared for "
    "partners and the public: {count}.",
)
# the officer's texts for this report
S_REPORT_NUMBER = QT_TRANSLATE_NOOP("Report", "Report no. {number}")
S_AS_OF = QT_TRANSLATE_NOOP("Report", "Information as of {date}")
S_NEXT_REPORT = QT_TRANSLATE_NOOP("Report", "Next report: {date}")
S_HIGHLIGHTS = QT_TRANSLATE_NOOP("Report", "Highlights")
S_OVERVIEW = QT_TRANSLATE_NOOP("Report", "Overview")
S_CONTACTS = QT_TRANSLATE_NOOP("Report", "Contacts")


RIGHT_TO_LEFT = frozenset({"ar"})


class Strings:
    """The report's strings in its language: a private translator, English when a catalogue
    or a message is missing."""

    def __init__(self, lang: str, translator: QTranslator | None = None) -> None:
        self.lang = lang
        if translator is None:
            translator = QTranslator()
            qm = CATALOGUES / f"upfront_{lang}.qm"
            if not (qm.exists() and translator.load(str(qm))):
                translator = None
        self.translator = translator

    def __call__(self, source: str, /, **values: object) -> str:
        text = ""
        if self.translator is not None:
            text = self.translator.translate(CONTEXT, source)
        if self.lang in RIGHT_TO_LEFT:
            # each value isolated (FSI … PDI, Unicode's rule for text put into text): a date
            # or number keeps its own order inside Arabic, so "{start} to {end}" shows both
            # dates alike instead of one reordered by its neighbours
            values = {k: f"\u2068{v}\u2069" for k, v in values.items()}
        # in one pass, so a placeholder inside a value (record content) stays as it is
        return fill(text or source, **values)
