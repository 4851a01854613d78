"""The quarterly review pack (app.situations.review) as a PDF: the agenda and the record of the
inter-agency meeting, drawn with the situation report's renderer (its tables, fonts, running
header and footer, right-to-left mirroring and text-map fix).

The pack arrives already scrubbed for its audience (internal or un): this module draws what it
is given. It prints the pack's SHA-256 (the same as in the pack's JSON, so a PDF and a JSON of
one review carry one reference) and the audience's marking from the report template; its words
are the report's (context "Report"), in the language asked for, whatever the interface's.

Order: the situations ranked (score and why), then each situation (risk changes, deterioration
signals, late and blocked actions, incidents added, this quarter's decisions), then the
decisions of the quarter before with their state as of the review, who set it and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.report_model import ReportMeta
from app.reports import load_template
from app.vocab import Vocabularies, vocabularies
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QPagedPaintDevice,
    QTranslator,
)
from ui.report.builder import Builder, Cell, esc, timestamp
from ui.report.document import render_built, write_a4_pdf
from ui.report.fonts import font_families
from ui.report.strings import (
    AUDIENCE_LABELS,
    S_ACTION,
    S_AUDIENCE,
    S_DATE,
    S_DUE,
    S_FACTOR,
    S_GENERATED,
    S_HASH_NOTE,
    S_LEAD,
    S_LEVEL,
    S_PREVIOUS_LEVEL,
    S_SHA,
    S_STATUS,
    S_TREND,
    Strings,
)
from ui.report.style import (
    BLOCKED_BG,
    HEADING,
    INK,
    MARKING,
    MUTED,
    OVERDUE_BG,
)

S_TITLE = str(QT_TRANSLATE_NOOP("Report", "Quarterly review"))
S_QUARTER = str(QT_TRANSLATE_NOOP("Report", "Quarter {quarter}: {start} to {end}"))
S_REVIEW_AS_OF = str(QT_TRANSLATE_NOOP("Report", "As of {date}"))
S_RANKED = str(QT_TRANSLATE_NOOP("Report", "Situations in order of attention"))
S_RANK_RULE = str(
    QT_TRANSLATE_NOOP(
        "Report",
        "Points: {deterioration} per deterioration signal, {risk_up} per risk factor assessed "
        "higher, {late_actions} per late action, {blocked_actions} per blocked action, "
        "{late_decisions} per late decision of the quarter before, {incidents_added} per ten "
        "incidents added.",
    )
)
S_SITUATION = str(QT_TRANSLATE_NOOP("Report", "Situation"))
S_SCORE = str(QT_TRANSLATE_NOOP("Report", "Points"))
S_WHY_RANKED = str(QT_TRANSLATE_NOOP("Report", "Why"))
S_NO_SITUATIONS = str(QT_TRANSLATE_NOOP("Report", "No situation of concern."))
S_NOTHING_NEW = str(QT_TRANSLATE_NOOP("Report", "Nothing calls for attention this quarter."))
REASONS = {
    "deterioration": str(QT_TRANSLATE_NOOP("Report", "deterioration signals: {count}")),
    "risk_up": str(QT_TRANSLATE_NOOP("Report", "risk factors assessed higher: {count}")),
    "late_actions": str(QT_TRANSLATE_NOOP("Report", "late actions: {count}")),
    "blocked_actions": str(QT_TRANSLATE_NOOP("Report", "blocked actions: {count}")),
    "late_decisions": str(QT_TRANSLATE_NOOP("Report", "late decisions: {count}")),
    "incidents_added": str(QT_TRANSLATE_NOOP("Report", "incidents added: {count}")),
}
S_SITUATIONS = str(QT_TRANSLATE_NOOP("Report", "The situations"))
S_RISK_CHANGES = str(QT_TRANSLATE_NOOP("Report", "Risk changes"))
S_SIGNALS = str(QT_TRANSLATE_NOOP("Report", "Deterioration signals"))
S_SIGNAL = str(
    QT_TRANSLATE_NOOP(
        "Report", "{scope}: {count} incidents in the last weeks, {ratio} times the usual level"
    )
)
S_SIGNAL_NEW = str(
    QT_TRANSLATE_NOOP(
        "Report", "{scope}: {count} incidents in the last weeks, where there were none before"
    )
)
S_ALL_INCIDENTS = str(QT_TRANSLATE_NOOP("Report", "All incidents"))
S_LATE_ACTIONS = str(QT_TRANSLATE_NOOP("Report", "Late actions"))
S_BLOCKED_ACTIONS = str(QT_TRANSLATE_NOOP("Report", "Blocked actions"))
S_INCIDENTS_ADDED = str(QT_TRANSLATE_NOOP("Report", "Incidents added in the quarter: {count}"))
S_ENGAGEMENTS = str(QT_TRANSLATE_NOOP("Report", "Engagements of the quarter"))
S_ENGAGEMENT = str(QT_TRANSLATE_NOOP("Report", "Engagement"))
S_ASKED_ANSWERED = str(QT_TRANSLATE_NOOP("Report", "Asked / answered"))
S_FOLLOW_UP = str(QT_TRANSLATE_NOOP("Report", "Follow-up due"))
S_WITH_WHOM = str(QT_TRANSLATE_NOOP("Report", "{un_by} with {with_whom}"))
S_DECISIONS = str(QT_TRANSLATE_NOOP("Report", "Decisions of this quarter"))
S_NO_DECISIONS = str(QT_TRANSLATE_NOOP("Report", "No decision recorded."))
S_PREVIOUS = str(QT_TRANSLATE_NOOP("Report", "Decisions of {quarter}, as of {date}"))
S_DECISION = str(QT_TRANSLATE_NOOP("Report", "Decision"))
S_WHO = str(QT_TRANSLATE_NOOP("Report", "Entity / person"))
S_STATE = str(QT_TRANSLATE_NOOP("Report", "State"))
S_STATE_BY = str(QT_TRANSLATE_NOOP("Report", "Set by {user} on {date}"))
S_ACTION_LINK = str(QT_TRANSLATE_NOOP("Report", "Strategy action: {title}"))
STATES = {
    "done": str(QT_TRANSLATE_NOOP("Report", "Done")),
    "late": str(QT_TRANSLATE_NOOP("Report", "Late")),
    "blocked": str(QT_TRANSLATE_NOOP("Report", "Blocked")),
    "dropped": str(QT_TRANSLATE_NOOP("Report", "Dropped")),
    "open": str(QT_TRANSLATE_NOOP("Report", "Open")),
}
STATE_BG = {"late": OVERDUE_BG, "blocked": BLOCKED_BG}
SECTIONS = ("ranked", "situations", "previous")


@dataclass
class ReviewReport:
    """A review pack with what the renderer's running header and footer need (`meta`,
    `sha256()`): the pack's own hash, so the PDF and the JSON carry one reference."""

    meta: ReportMeta
    pack: dict[str, Any]

    def sha256(self) -> str:
        return str(self.pack["sha256"])


def review_report(
    pack: dict[str, Any], lang: str = "en", *, now: datetime | None = None
) -> ReviewReport:
    """The pack with its marking (the report template's, for its audience) and words."""
    template = load_template()
    tr = Strings(lang)

    def pick(texts: dict[str, str]) -> str:
        return texts.get(lang) or texts["en"]

    audience = pack["audience"]
    meta = ReportMeta(
        title=f"{tr(S_TITLE)} {pack['quarter']}",
        organisation=pick(template["organisation"]),
        scope=pack["quarter"],
        period_from=pack["from"],
        period_to=pack["to"],
        audience=audience,
        classification=pick(template["classification"][audience]),
        generated_at=(now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"),
        lang=lang,
        rtl=lang == "ar",
        threshold=0,
        sections=list(SECTIONS),
    )
    return ReviewReport(meta, pack)


class ReviewBuilder(Builder):
    """The review's HTML, with the situation report's pieces (tables, headings, notes)."""

    def __init__(self, review: ReviewReport, tr: Strings, vocab: Vocabularies) -> None:
        # Builder's own state, less the situation report it would draw from
        self.review = review
        self.pack = review.pack
        self.meta = review.meta
        self.tr = tr
        self.rtl = review.meta.rtl
        self.objects = []
        self.lead = "right" if self.rtl else "left"
        self.trail = "left" if self.rtl else "right"
        self.vocab = vocab

    # words
    def t(self, source: object, /, **values: object) -> str:
        """As Builder.t, for the report's constants (QT_TRANSLATE_NOOP's, typed `object`)."""
        return esc(self.tr(str(source), **values))

    def label(self, kind: str, code: str | None) -> str:
        if not code:
            return "\u2014"
        term = self.vocab.term(kind, code)
        return term.label(self.meta.lang) if term else code

    def entity(self, code: str | None) -> str:
        """A UN entity by its acronym, as the window shows it."""
        if not code:
            return "\u2014"
        term = self.vocab.term("un-entity", code)
        if term is None:
            return code
        label = term.label(self.meta.lang)
        return (
            label.split(" \u2014 ")[0]
            if " \u2014 " in label
            else str(term.attrs.get("acronym") or label)
        )

    def reasons(self, item: dict[str, Any]) -> str:
        return "; ".join(
            self.tr(REASONS[r["reason"]], count=r["count"])
            for r in item["rank"]
            if r["reason"] in REASONS
        )

    # the parts
    def head(self) -> str:
        p = self.pack
        return self.masthead(
            f"{self.t(S_QUARTER, quarter=p['quarter'], start=p['from'], end=p['to'])}<br/>"
            f"{self.t(S_REVIEW_AS_OF, date=p['as_of'])}"
        )

    def masthead(self, lines: str) -> str:
        """The organisation, the title, `lines` (what the document covers) and the marking."""
        m = self.meta
        return (
            f'<p style="font-size:11pt; color:{MUTED}">{esc(m.organisation)}</p>'
            f'<p style="font-size:22pt; font-weight:bold; color:{HEADING}; margin-top:12px; '
            f'margin-bottom:4px">{esc(m.title)}</p>'
            f'<p style="font-size:11pt">{lines}</p>' + self.marking()
        )

    def marking(self) -> str:
        """The audience's marking in its box, when it was made and its SHA-256."""
        m = self.meta
        audience = self.tr(str(AUDIENCE_LABELS[m.audience]))
        return (
            f'<table width="100%" cellspacing="0" cellpadding="6" border="2" '
            f'style="border-color:{MARKING}; border-style:solid; margin-top:10px">'
            f'<tr><td align="center"><p style="font-size:14pt; font-weight:bold; '
            f'color:{MARKING}">{esc(m.classification)}</p>'
            f'<p style="font-size:9pt">{self.t(S_AUDIENCE)}: {esc(audience)}</p>'
            f"</td></tr></table>"
            f'<p style="color:{MUTED}; margin-top:6px">'
            f"{self.t(S_GENERATED, when=timestamp(m.generated_at))}<br/>"
            f"<b>{self.t(S_SHA)}</b> "
            f"<span style=\"font-family:'{esc(font_families('en')[0])}'\">"
            f"{esc(self.review.sha256())}</span><br/>"
            f'<span style="font-size:7.5pt">{self.t(S_HASH_NOTE)}</span></p>'
        )

    def ranked(self) -> str:
        situations = self.pack["situations"]
        if not situations:
            return self.note(self.t(S_NO_SITUATIONS))
        head = [
            Cell("#", head=True, num=True),
            Cell(self.t(S_SITUATION), head=True),
            Cell(self.t(S_SCORE), head=True, num=True),
            Cell(self.t(S_WHY_RANKED), head=True),
        ]
        rows = [
            [
                Cell(str(n), num=True),
                Cell(
                    f"<b>{esc(item['situation']['name'])}</b><br/>"
                    f'<span style="color:{MUTED}">{esc(item["situation"]["country"])}, '
                    f"{esc(self.label('situation-status', item['situation']['status']))}</span>"
                ),
                Cell(str(item["score"]), num=True, bold=True),
                Cell(esc(self.reasons(item)) or self.t(S_NOTHING_NEW)),
            ]
            for n, item in enumerate(situations, start=1)
        ]
        rule = self.pack.get("rank_rule") or {}
        return self.table(head, rows, widths=[6, 38, 10, 46]) + self.note(
            self.t(S_RANK_RULE, **rule)
        )

    def situation(self, n: int, item: dict[str, Any]) -> str:
        s = item["situation"]
        out = [self.h3(f"{n}\u2003{esc(s['name'])}")]
        if item["risk_changes"]:
            out.append(self.h4(self.t(S_RISK_CHANGES)))
            head = [
                Cell(self.t(S_FACTOR), head=True),
                Cell(self.t(S_PREVIOUS_LEVEL), head=True),
                Cell(self.t(S_LEVEL), head=True),
                Cell(self.t(S_TREND), head=True),
            ]
            rows = [
                [
                    Cell(esc(self.label("risk-factor", c["factor"]))),
                    Cell(esc(self.label("risk-level", c["from"]))),
                    Cell(esc(self.label("risk-level", c["to"])), bold=True),
                    Cell(esc(self.label("risk-trend", c.get("trend")))),
                ]
                for c in item["risk_changes"]
            ]
            out.append(self.table(head, rows, widths=[52, 16, 16, 16]))
        if item["deterioration"]:
            out.append(self.h4(self.t(S_SIGNALS)))
            out.append(self.bullets([self.signal(flag) for flag in item["deterioration"]]))
        for title, key, bg in (
            (S_LATE_ACTIONS, "overdue_actions", OVERDUE_BG),
            (S_BLOCKED_ACTIONS, "blocked_actions", BLOCKED_BG),
        ):
            if not item[key]:
                continue
            out.append(self.h4(self.t(title)))
            head = [
                Cell(self.t(S_ACTION), head=True),
                Cell(self.t(S_LEAD), head=True),
                Cell(self.t(S_DUE), head=True),
                Cell(self.t(S_STATUS), head=True),
            ]
            rows = [
                [
                    Cell(f"<b>{esc(a['title'])}</b>", bg=bg),
                    Cell(
                        esc(self.entity(a.get("lead")))
                        + (
                            f'<br/><span style="color:{MUTED}">{esc(a["owner"])}</span>'
                            if a.get("owner")
                            else ""
                        ),
                        bg=bg,
                    ),
                    Cell(esc(a.get("due") or "\u2014"), bg=bg, nowrap=True),
                    Cell(esc(self.label("action-status", a.get("status"))), bg=bg),
                ]
                for a in item[key]
            ]
            out.append(self.table(head, rows, widths=[46, 22, 14, 18]))
        out.append(f"<p>{self.t(S_INCIDENTS_ADDED, count=len(item['incidents_added']))}</p>")
        if item.get("engagements"):
            out.append(self.h4(self.t(S_ENGAGEMENTS)))
            out.append(self.engagements(item["engagements"]))
        out.append(self.h4(self.t(S_DECISIONS)))
        out.append(self.decisions(item.get("decisions") or [], with_situation=False))
        return "".join(out)

    def signal(self, flag: dict[str, Any]) -> str:
        scope = (
            self.tr(S_ALL_INCIDENTS)
            if flag.get("scope") == "all"
            else self.label("violation", flag.get("scope"))
        )
        ratio = flag.get("rate_ratio")
        if ratio is None:
            return self.tr(S_SIGNAL_NEW, scope=scope, count=flag.get("recent_count", ""))
        return self.tr(
            S_SIGNAL, scope=scope, count=flag.get("recent_count", ""), ratio=f"{float(ratio):.1f}"
        )

    def engagements(self, entries: list[dict[str, Any]]) -> str:
        """The situation's engagement log in the quarter, as far as the audience may read it."""
        head = [
            Cell(self.t(S_DATE), head=True),
            Cell(self.t(S_ENGAGEMENT), head=True),
            Cell(self.t(S_ASKED_ANSWERED), head=True),
            Cell(self.t(S_FOLLOW_UP), head=True),
        ]
        rows = []
        for e in entries:
            what = (
                f"<b>{esc(self.label('engagement-type', e.get('type')))}</b>"
                f" ({esc(self.label('engagement-channel', e.get('channel')))})<br/>"
                + self.t(
                    S_WITH_WHOM, un_by=e.get("un_by") or "", with_whom=e.get("with_whom") or ""
                )
            )
            said = esc(e.get("asked") or "\u2014")
            if e.get("answered"):
                said += f'<br/><span style="color:{MUTED}">{esc(e["answered"])}</span>'
            rows.append(
                [
                    Cell(esc(e.get("date") or ""), nowrap=True),
                    Cell(what),
                    Cell(said),
                    Cell(esc(e.get("follow_up_due") or "\u2014"), nowrap=True),
                ]
            )
        return self.table(head, rows, widths=[14, 32, 40, 14])

    def h4(self, title: str) -> str:
        """A part of a situation's block (a heading, so it is kept with what follows it)."""
        return (
            f'<h4 style="color:{INK}; font-size:9.5pt; font-weight:bold; margin-top:8px; '
            f'margin-bottom:2px">{title}</h4>'
        )

    def bullets(self, lines: list[str]) -> str:
        return (
            f'<ul dir="{"rtl" if self.rtl else "ltr"}">'
            + "".join(f"<li>{esc(line)}</li>" for line in lines)
            + "</ul>"
        )

    def decisions(self, decisions: list[dict[str, Any]], *, with_situation: bool) -> str:
        if not decisions:
            return self.note(self.t(S_NO_DECISIONS))
        head = [
            Cell(self.t(S_DECISION), head=True),
            Cell(self.t(S_WHO), head=True),
            Cell(self.t(S_DUE), head=True),
            Cell(self.t(S_STATE), head=True),
        ]
        rows = []
        for d in decisions:
            state = d.get("state") or d.get("status") or "open"
            bg = STATE_BG.get(state)
            what = f"<b>{esc(d.get('text', ''))}</b>"
            if with_situation and d.get("situation_name"):
                what += f'<br/><span style="color:{MUTED}">{esc(d["situation_name"])}</span>'
            action = d.get("action")
            if action:
                what += (
                    f'<br/><span style="color:{MUTED}">'
                    f"{self.t(S_ACTION_LINK, title=action.get('title', ''))}</span>"
                )
            who = esc(self.entity(d.get("entity")))
            if d.get("person"):
                who += f"<br/>{esc(d['person'])}"
            status = f"<b>{self.t(STATES.get(state, state))}</b>"
            if d.get("status_by") and d.get("status_on"):
                status += (
                    f'<br/><span style="color:{MUTED}">'
                    f"{self.t(S_STATE_BY, user=d['status_by'], date=d['status_on'])}</span>"
                )
            if d.get("status_note"):
                status += f"<br/>{esc(d['status_note'])}"
            rows.append(
                [
                    Cell(what, bg=bg),
                    Cell(who, bg=bg),
                    Cell(esc(d.get("due") or "\u2014"), bg=bg, nowrap=True),
                    Cell(status, bg=bg),
                ]
            )
        return self.table(head, rows, widths=[42, 18, 12, 28])

    def document(self) -> str:
        p = self.pack
        parts = [self.head()]
        parts.append(self.h2(1, self.t(S_RANKED)))
        parts.append(self.ranked())
        parts.append(self.h2(2, self.t(S_SITUATIONS)))
        if not p["situations"]:
            parts.append(self.note(self.t(S_NO_SITUATIONS)))
        for n, item in enumerate(p["situations"], start=1):
            parts.append(self.situation(n, item))
        previous = p.get("previous_quarter") or ""
        parts.append(self.h2(3, self.t(S_PREVIOUS, quarter=previous, date=p["as_of"])))
        parts.append(self.decisions(p.get("previous_decisions") or [], with_situation=True))
        return self.wrap("".join(parts))


def render_review(
    review: ReviewReport,
    device: QPagedPaintDevice,
    *,
    translator: QTranslator | None = None,
    vocab: Vocabularies | None = None,
) -> int:
    """Draws the review onto `device` (inside its margins); returns the number of pages."""
    tr = Strings(review.meta.lang, translator)
    builder = ReviewBuilder(review, tr, vocab or vocabularies())
    return render_built(review, builder.document(), builder.objects, device, tr)


def write_review_pdf(
    review: ReviewReport, path: str | Path, *, translator: QTranslator | None = None
) -> int:
    """Writes the review as an A4 PDF at `path`; returns the number of pages."""
    return write_a4_pdf(
        path, review.meta.title, lambda writer: render_review(review, writer, translator=translator)
    )
