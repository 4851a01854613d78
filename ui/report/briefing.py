"""A briefing pack (app.briefing) as a PDF, drawn with the quarterly review's pieces (its
situation ranking, signals and engagement tables: `ReviewBuilder`) and the situation report's
renderer (tables, fonts, running header and footer with the marking and the hash, right-to-left
mirroring, the text-map fix); the warning-to-action timeline is ui.report.timeline's section.

The pack arrives already cleared for its audience: this module draws what it is given, in the
order its template chose, with the template's titles and introductions where it has them and
the report's words (context "Report") otherwise, in the language asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.briefing import Briefing
from app.progress import Progress, or_silent
from app.vocab import Vocabularies, vocabularies
from ui.palette import LEVEL_COLOURS
from ui.qt import QT_TRANSLATE_NOOP, QPagedPaintDevice, QTranslator
from ui.report import timeline as timeline_pdf
from ui.report.builder import Cell, esc
from ui.report.document import render_built, write_a4_pdf
from ui.report.review_pack import (
    S_RANKED,
    S_SCORE,
    S_SIGNALS,
    S_SITUATION,
    S_SITUATIONS,
    S_WHY_RANKED,
    ReviewBuilder,
    ReviewReport,
)
from ui.report.strings import (
    S_ACTION,
    S_ACTS,
    S_ASSESSED_ON,
    S_BLOCKED,
    S_BY_VIOLATION,
    S_DUE,
    S_FACTOR,
    S_FIRST_ASSESSMENT,
    S_INCIDENTS,
    S_LEAD,
    S_LEVEL,
    S_NUMBER,
    S_OVERDUE,
    S_PERIOD,
    S_PERIOD_RANGE,
    S_PLACE,
    S_PREVIOUS_LEVEL,
    S_PREVIOUS_ON,
    S_STATUS,
    S_TREND,
    S_VICTIMS,
    S_VIOLATION_TYPE,
    SECTION_TITLES,
    Strings,
)
from ui.report.style import BLOCKED_BG, MUTED, OVERDUE_BG

# -- words (context "Report", found here by lupdate) --------------------------------------------
S_SCAN = QT_TRANSLATE_NOOP("Report", "Places where signals rise that no situation covers")
S_ASKS = QT_TRANSLATE_NOOP("Report", "What the United Nations asks of Member States")
S_FIGURES = QT_TRANSLATE_NOOP("Report", "Verified figures")
S_ENGAGEMENT_STATE = QT_TRANSLATE_NOOP("Report", "Engagement with the State")
S_FIGURES_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Incidents of the period verified at “{standard}” or above, from {start} to {end}."
)
S_COUNTRIES = QT_TRANSLATE_NOOP("Report", "Countries: {countries}")
S_NOT_ASSESSED = QT_TRANSLATE_NOOP("Report", "Not assessed")
S_CHANGE = QT_TRANSLATE_NOOP("Report", "Change")
CHANGES = {
    "up": QT_TRANSLATE_NOOP("Report", "higher"),
    "down": QT_TRANSLATE_NOOP("Report", "lower"),
    "same": QT_TRANSLATE_NOOP("Report", "unchanged"),
    "new": QT_TRANSLATE_NOOP("Report", "newly assessed"),
}
CHANGE_MARKS = {"up": "\u25b2 ", "down": "\u25bc ", "same": "= ", "new": "+ "}
S_NO_ASSESSMENT = QT_TRANSLATE_NOOP("Report", "No risk assessment up to {date}.")
S_NO_SIGNAL = QT_TRANSLATE_NOOP("Report", "No deterioration signal as of {date}.")
S_NO_STRATEGY = QT_TRANSLATE_NOOP("Report", "No strategy action recorded.")
S_NO_ENGAGEMENT = QT_TRANSLATE_NOOP("Report", "No engagement recorded in the period.")
S_NO_ASKS = QT_TRANSLATE_NOOP("Report", "None was written for this briefing.")
S_PLANNING_WITHHELD = QT_TRANSLATE_NOOP(
    "Report",
    "Risk assessments, strategies, the warning-to-action timeline and the horizon scan are "
    "United Nations planning documents: a briefing for this audience leaves them out.",
)
S_SCAN_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Horizon scan as of {date}, over every place the records hold: {flagged} places flagged, "
    "{uncovered} of them covered by no situation of concern.",
)
S_SCAN_HQ = QT_TRANSLATE_NOOP(
    "Report",
    "For {countries}, the scan ran on HQ's weekly counts over all of the scope's records (as "
    "of {date}), small weeks suppressed.",
)
S_SCAN_LEAST = QT_TRANSLATE_NOOP(
    "Report",
    "≥: the place's series includes a small week HQ suppressed, counted as the least it can be "
    "in the last 4 weeks and the most before: the rise is at least as shown.",
)
S_SCAN_NONE = QT_TRANSLATE_NOOP("Report", "Every place the scan flagged is covered by a situation.")
S_RECENT_ACTS = QT_TRANSLATE_NOOP("Report", "Acts, last 4 weeks")
S_RATE_RATIO = QT_TRANSLATE_NOOP("Report", "Times the usual level")
S_AT_STANDARD = QT_TRANSLATE_NOOP("Report", "Of them at the standard of proof")
S_PARTLY = QT_TRANSLATE_NOOP("Report", "partly covered by {names}")
S_ALL_TYPES = QT_TRANSLATE_NOOP("Report", "all types")
S_NO_SITUATION = QT_TRANSLATE_NOOP("Report", "No situation of concern in this scope and period.")

DEFAULT_TITLES = {
    "overview": S_RANKED,
    "scan": S_SCAN,
    "situations": S_SITUATIONS,
    "asks": S_ASKS,
    "heat_map": SECTION_TITLES["risk"],
    "signals": S_SIGNALS,
    "figures": S_FIGURES,
    "strategy": SECTION_TITLES["strategy"],
    "engagements": S_ENGAGEMENT_STATE,
    "timeline": timeline_pdf.S_TITLE,
}


class BriefingBuilder(ReviewBuilder):
    """The briefing's HTML: the review's pieces, in the template's order."""

    def __init__(self, briefing: Briefing, tr: Strings, vocab: Vocabularies) -> None:
        super().__init__(ReviewReport(briefing.meta, briefing.pack), tr, vocab)
        self.briefing = briefing

    def title(self, key: str) -> str:
        """A section's or part's title: the template's, else the report's words."""
        given = self.pack["titles"].get(key)
        return esc(given) if given else self.t(DEFAULT_TITLES[key])

    def intro(self, key: str) -> str:
        text = self.pack["intros"].get(key)
        return self.paragraphs_html(text) if text else ""

    def paragraphs_html(self, text: str) -> str:
        return "".join(
            f"<p>{esc(block).replace(chr(10), '<br/>')}</p>"
            for block in text.split("\n\n")
            if block.strip()
        )

    # the parts
    def head(self) -> str:
        p = self.pack
        countries = ", ".join(c["name"] for c in p["countries"])
        return (
            self.masthead(
                f"{self.t(S_PERIOD)}: {self.t(S_PERIOD_RANGE, start=p['from'], end=p['to'])}"
                f"<br/>{self.t(S_COUNTRIES, countries=countries)}"
            )
            + self.paragraphs_html(p.get("intro") or "")
            + (self.note(self.t(S_PLANNING_WITHHELD)) if p.get("withheld_planning") else "")
        )

    def overview(self) -> str:
        if not self.pack["situations"]:
            return self.note(self.t(S_NO_SITUATION))
        head = [
            Cell("#", head=True, num=True),
            Cell(self.t(S_SITUATION), head=True),
            Cell(self.t(S_LEVEL), head=True),
            Cell(self.t(S_SCORE), head=True, num=True),
            Cell(self.t(S_WHY_RANKED), head=True),
        ]
        rows = []
        for n, item in enumerate(self.pack["situations"], start=1):
            s = item["situation"]
            top = self.top_level(item)
            bg, fg = LEVEL_COLOURS.get(top or "", (None, None))
            rows.append(
                [
                    Cell(str(n), num=True),
                    Cell(
                        f"<b>{esc(s['name'])}</b><br/>"
                        f'<span style="color:{MUTED}">{esc(s["country_name"])}, '
                        f"{esc(self.label('situation-status', s['status']))}</span>"
                    ),
                    Cell(esc(self.label("risk-level", top)), bg=bg, fg=fg, bold=bool(top)),
                    Cell(str(item["score"]), num=True, bold=True),
                    Cell(esc(self.reasons(item)) or "\u2014"),
                ]
            )
        return self.table(head, rows, widths=[5, 35, 14, 9, 37])

    def top_level(self, item: dict[str, Any]) -> str | None:
        heat = item.get("heat_map")
        if not heat:
            return None
        levels = [f["level"] for f in heat["factors"] if f["level"]]
        return max(levels, key=lambda c: self.vocab.rank("risk-level", c) or 0, default=None)

    def scan(self) -> str:
        found = self.pack.get("scan")
        if not found:
            return ""
        out = [
            self.note(
                self.t(
                    S_SCAN_NOTE,
                    date=found["as_of"],
                    flagged=found["flagged"],
                    uncovered=found["uncovered"],
                )
            )
        ]
        counts = found.get("hq_counts")
        if counts:
            out.append(
                self.note(
                    self.t(
                        S_SCAN_HQ, countries=", ".join(counts["countries"]), date=counts["as_of"]
                    )
                )
            )
        if not found["places"]:
            out.append(self.note(self.t(S_SCAN_NONE)))
            return "".join(out)
        if any(place.get("estimated") for place in found["places"]):
            out.append(self.note(self.t(S_SCAN_LEAST)))
        head = [
            Cell("#", head=True, num=True),
            Cell(self.t(S_PLACE), head=True),
            Cell(self.t(S_VIOLATION_TYPE), head=True),
            Cell(self.t(S_RECENT_ACTS), head=True, num=True),
            Cell(self.t(S_RATE_RATIO), head=True, num=True),
            Cell(self.t(S_AT_STANDARD), head=True, num=True),
        ]
        # a briefing outside internal prints no count of a place (app.briefing._scan)
        counted = any(place["recent_count"] is not None for place in found["places"])
        keep = [0, 1, 2, 3, 4, 5] if counted else [0, 1, 2, 4]
        rows = []
        for place in found["places"]:
            where = f"<b>{esc(place['name'])}</b>"
            if place["level"] == "region":
                where += f'<br/><span style="color:{MUTED}">{esc(place["country"])}</span>'
            if place["partly_covered_by"]:
                names = ", ".join(place["partly_covered_by"])
                where += f'<br/><span style="color:{MUTED}">{self.t(S_PARTLY, names=names)}</span>'
            ratio = place["rate_ratio"]
            rows.append(
                [
                    Cell(str(place["rank"]), num=True),
                    Cell(where),
                    Cell(esc(place["violation"] or self.tr(str(S_ALL_TYPES)))),
                    Cell(esc(place["recent_count"] or ""), num=True),
                    Cell(
                        "\u2014"
                        if ratio is None
                        else ("\u2265" if place.get("estimated") else "") + f"{ratio:.1f}",
                        num=True,
                    ),
                    Cell(esc(place["verified"] or ""), num=True, bold=place["verified_rise"]),
                ]
            )
        widths = [5, 32, 20, 14, 14, 15] if counted else [5, 45, 30, 20]
        out.append(
            self.table(
                [head[i] for i in keep], [[row[i] for i in keep] for row in rows], widths=widths
            )
        )
        return "".join(out)

    def asks(self) -> str:
        text = self.pack.get("asks") or ""
        return self.paragraphs_html(text) if text else self.note(self.t(S_NO_ASKS))

    def situation_block(self, n: int, item: dict[str, Any]) -> str:
        s = item["situation"]
        out = [self.h3(f"{n}\u2003{esc(s['name'])}")]
        out.append(
            f'<p style="color:{MUTED}">{esc(s["country_name"])}, '
            f"{esc(self.label('situation-status', s['status']))}</p>"
        )
        for part in self.pack["parts"]:
            if part == "timeline":
                if item.get("timeline"):  # the section brings its own heading
                    out.append(timeline_pdf.add_to(self, item["timeline"]))
                continue
            out.append(self.h4(self.title(part)))
            out.append(self.intro(part))
            out.append(getattr(self, f"part_{part}")(item))
        return "".join(out)

    def part_heat_map(self, item: dict[str, Any]) -> str:
        heat = item.get("heat_map")
        if not heat:
            return self.note(self.t(S_NO_ASSESSMENT, date=self.pack["to"]))
        when = (
            self.tr(str(S_ASSESSED_ON), date=heat["assessed_on"])
            + " ("
            + (
                self.tr(str(S_PREVIOUS_ON), date=heat["previous_on"])
                if heat["previous_on"]
                else self.tr(str(S_FIRST_ASSESSMENT))
            )
            + ")"
        )
        head = [
            Cell("#", head=True, num=True),
            Cell(self.t(S_FACTOR), head=True),
            Cell(self.t(S_LEVEL), head=True),
            Cell(self.t(S_PREVIOUS_LEVEL), head=True),
            Cell(self.t(S_CHANGE), head=True),
            Cell(self.t(S_TREND), head=True),
        ]
        rows = []
        for f in heat["factors"]:
            bg, fg = LEVEL_COLOURS.get(f["level"] or "", (None, None))
            change = f.get("change")
            rows.append(
                [
                    Cell(str(f.get("number") or ""), num=True),
                    Cell(esc(self.label("risk-factor", f["factor"]))),
                    Cell(
                        esc(self.label("risk-level", f["level"]))
                        if f["level"]
                        else self.t(S_NOT_ASSESSED),
                        bold=bool(f["level"]),
                        bg=bg,
                        fg=fg,
                    ),
                    Cell(esc(self.label("risk-level", f["previous"]))),
                    Cell(
                        esc(CHANGE_MARKS[change] + self.tr(str(CHANGES[change])))
                        if change in CHANGES
                        else "\u2014",
                        bold=change == "up",
                    ),
                    Cell(esc(self.label("risk-trend", f.get("trend")))),
                ]
            )
        return f'<p style="color:{MUTED}">{esc(when)}</p>' + self.table(
            head, rows, widths=[5, 41, 14, 14, 14, 12]
        )

    def part_signals(self, item: dict[str, Any]) -> str:
        if not item["signals"]:
            return self.note(self.t(S_NO_SIGNAL, date=self.pack.get("as_of", self.pack["to"])))
        return self.bullets([self.signal(flag) for flag in item["signals"]])

    def part_figures(self, item: dict[str, Any]) -> str:
        f = item["figures"]
        p = self.pack
        note = self.note(
            self.t(S_FIGURES_NOTE, standard=f["standard_label"], start=p["from"], end=p["to"])
        )
        head = [Cell("", head=True), Cell(self.t(S_NUMBER), head=True, num=True)]
        rows = [
            [Cell(self.t(S_INCIDENTS)), Cell(esc(f["incidents"]), num=True, bold=True)],
            [Cell(self.t(S_ACTS)), Cell(esc(f["acts"]), num=True, bold=True)],
            [Cell(self.t(S_VICTIMS)), Cell(esc(f["victims"]), num=True, bold=True)],
        ]
        out = note + self.table(head, rows, widths=[75, 25], width=60)
        if f["by_type"]:
            out += self.table(
                [
                    Cell(self.t(S_BY_VIOLATION), head=True),
                    Cell(self.t(S_ACTS), head=True, num=True),
                ],
                [[Cell(esc(label)), Cell(esc(n), num=True)] for label, n in f["by_type"]],
                widths=[75, 25],
                width=60,
            )
        return out

    def part_strategy(self, item: dict[str, Any]) -> str:
        actions = item.get("strategy") or []
        if not actions:
            return self.note(self.t(S_NO_STRATEGY))
        head = [
            Cell(self.t(S_ACTION), head=True),
            Cell(self.t(S_LEAD), head=True),
            Cell(self.t(S_DUE), head=True),
            Cell(self.t(S_STATUS), head=True),
        ]
        rows = []
        for a in actions:
            bg = OVERDUE_BG if a["overdue"] else BLOCKED_BG if a["blocked"] else None
            status = esc(self.label("action-status", a.get("status")))
            if a["overdue"]:
                status = f"<b>{self.t(S_OVERDUE)}</b><br/>{status}"
            elif a["blocked"]:
                status = f"<b>{self.t(S_BLOCKED)}</b>"
            lead = esc(self.entity(a.get("lead")))
            if a.get("owner"):
                lead += f'<br/><span style="color:{MUTED}">{esc(a["owner"])}</span>'
            rows.append(
                [
                    Cell(f"<b>{esc(a['title'])}</b>", bg=bg),
                    Cell(lead, bg=bg),
                    Cell(esc(a.get("due") or "\u2014"), bg=bg, nowrap=True),
                    Cell(status, bg=bg),
                ]
            )
        return self.table(head, rows, widths=[46, 22, 14, 18])

    def part_engagements(self, item: dict[str, Any]) -> str:
        if not item["engagements"]:
            return self.note(self.t(S_NO_ENGAGEMENT))
        return self.engagements(item["engagements"])

    def documents(self) -> list[str]:
        """The briefing in parts, each from a new page: what comes before the situations, each
        situation, and what comes after them (see document.render_built)."""
        return [self.wrap(part) for part in self.parts()]

    def document(self) -> str:
        """The briefing as one document (in one piece: see `documents`)."""
        return self.wrap("".join(self.parts()))

    def parts(self) -> list[str]:
        p = self.pack
        parts: list[list[str]] = [[self.head()]]
        for number, section in enumerate(p["sections"], start=1):
            heading = self.h2(number, self.title(section)) + self.intro(section)
            if section == "overview":
                parts[-1] += [heading, self.overview()]
            elif section == "scan":
                parts[-1] += [heading, self.scan()]
            elif section == "asks":
                parts[-1] += [heading, self.asks()]
            elif not p["situations"]:
                parts[-1] += [heading, self.note(self.t(S_NO_SITUATION))]
            else:
                for n, item in enumerate(p["situations"], start=1):
                    parts.append([heading if n == 1 else "", self.situation_block(n, item)])
                parts.append([])
        return ["".join(part) for part in parts if part]


def render_briefing(
    briefing: Briefing,
    device: QPagedPaintDevice,
    *,
    translator: QTranslator | None = None,
    vocab: Vocabularies | None = None,
) -> int:
    """Draws the briefing onto `device` (inside its margins); returns the number of pages."""
    tr = Strings(briefing.meta.lang, translator)
    builder = BriefingBuilder(briefing, tr, vocab or vocabularies())
    return render_built(builder.review, builder.documents(), builder.objects, device, tr)


def write_briefing_pdf(
    briefing: Briefing,
    path: str | Path,
    *,
    translator: QTranslator | None = None,
    progress: Progress | None = None,
) -> int:
    """Writes the briefing as an A4 PDF at `path`; returns the number of pages. `progress`
    (phase "draw") may cancel it before the drawing starts."""
    progress = or_silent(progress)
    progress.step(0, 1, "draw")
    pages = write_a4_pdf(
        path,
        briefing.meta.title,
        lambda writer: render_briefing(briefing, writer, translator=translator),
    )
    progress.step(1, 1, "draw")
    return pages
