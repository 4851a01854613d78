"""The HTML of a report's cover and body, section by section: every piece of record content
escaped (it is untrusted), tables mirrored for right-to-left, charts and the map left as
markers that the document replaces with vector objects."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.report_model import SECTIONS, Count, Grid, MapData, Report
from ui.palette import LEVEL_COLOURS
from ui.report.charts import BarChart
from ui.report.fonts import font_families
from ui.report.map import MapFigure
from ui.report.objects import Drawable, Logo
from ui.report.strings import (
    AUDIENCE_LABELS,
    S_ACTION,
    S_ACTS,
    S_AS_OF,
    S_ASSESSED_ON,
    S_AUDIENCE,
    S_BLOCKED,
    S_BY_COUNTRY,
    S_BY_SEX_AGE,
    S_BY_VERIFICATION,
    S_BY_VIOLATION,
    S_CONTACTS,
    S_CONTENTS,
    S_CONTINUED,
    S_COUNTRIES_NOTE,
    S_COUNTRY,
    S_DATE,
    S_DUE,
    S_FACTOR,
    S_FIRST_ASSESSMENT,
    S_GENERATED,
    S_HASH_NOTE,
    S_HATCH_NOTE,
    S_HIGHLIGHTS,
    S_INCIDENTS,
    S_LATE_SUMMARY,
    S_LEAD,
    S_LEFT_OUT,
    S_LEFT_OUT_CONFIDENTIAL,
    S_LEFT_OUT_DRAFT,
    S_LEFT_OUT_INCLUDED,
    S_LEFT_OUT_NO_SUMMARY,
    S_LEFT_OUT_NOT_FACTS,
    S_LEFT_OUT_NOTE,
    S_LEFT_OUT_NOTHING,
    S_LEFT_OUT_TOTAL,
    S_LEVEL,
    S_METHODOLOGY,
    S_NAMED,
    S_NEXT_REPORT,
    S_NO_ACTIONS,
    S_NO_INCIDENTS,
    S_NO_KEY_INCIDENTS,
    S_NO_MAP,
    S_NO_RISK,
    S_NO_SOURCES,
    S_NO_SUMMARY,
    S_NUMBER,
    S_OVERALL,
    S_OVERDUE,
    S_OVERVIEW,
    S_PER_MONTH,
    S_PER_WEEK,
    S_PERIOD,
    S_PERIOD_RANGE,
    S_PILLAR,
    S_PLACE,
    S_PREVIOUS_LEVEL,
    S_PREVIOUS_ON,
    S_REGION_NOTE,
    S_REPORT_NUMBER,
    S_SELF_REVIEWED,
    S_SEX_AGE,
    S_SHA,
    S_SINGLE_USER,
    S_SOURCE_TYPE,
    S_SOURCES_BY_TYPE,
    S_STATUS,
    S_THRESHOLD,
    S_THRESHOLD_INTERNAL,
    S_TOTAL,
    S_TREND,
    S_UNLISTED,
    S_VERIFICATION,
    S_VERIFICATION_LEVEL,
    S_VICTIMS,
    S_VIOLATION_TYPE,
    S_VIOLATIONS,
    S_WITHHELD,
    SECTION_TITLES,
    Strings,
)
from ui.report.style import (
    BLOCKED_BG,
    HEAD_BG,
    HEAD_TEXT,
    HEADING,
    INK,
    MARKING,
    MUTED,
    OVERDUE_BG,
    RULE,
    TABLE_COLUMNS,
    TOTAL_BG,
    ZEBRA,
)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def timestamp(value: str) -> str:
    """An ISO 8601 UTC time as "2024-05-31 14:02 UTC"; anything else as given."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment.strftime("%Y-%m-%d %H:%M") + " UTC"


@dataclass
class Cell:
    html: str
    num: bool = False
    head: bool = False
    bold: bool = False
    bg: str | None = None
    fg: str | None = None
    colspan: int = 1
    nowrap: bool = False


class Builder:
    """Builds the body's HTML (and the cover's) for one report."""

    def __init__(self, report: Report, tr: Strings) -> None:
        self.report = report
        self.meta = report.meta
        self.tr = tr
        self.rtl = report.meta.rtl
        self.objects: list[Drawable] = []
        self.lead = "right" if self.rtl else "left"
        self.trail = "left" if self.rtl else "right"

    # pieces
    def t(self, source: str, /, **values: object) -> str:
        return esc(self.tr(source, **values))

    def obj(self, item: Drawable) -> str:
        self.objects.append(item)
        return f'<p align="center">\ue000OBJ{len(self.objects) - 1}\ue000</p>'

    def note(self, text: str) -> str:
        return f'<p style="color:{MUTED}; font-style:italic; margin-top:4px">{text}</p>'

    def h2(self, number: int, title: str) -> str:
        return (
            f'<h2 style="color:{HEADING}; font-size:15pt; margin-top:16px; '
            f'margin-bottom:6px">{number}\u2003{title}</h2>'
        )

    def h3(self, title: str) -> str:
        return (
            f'<h3 style="color:{HEADING}; font-size:11pt; margin-top:12px; '
            f'margin-bottom:4px">{title}</h3>'
        )

    def table(
        self,
        head: list[Cell],
        rows: list[list[Cell]],
        foot: list[Cell] | None = None,
        widths: list[int] | None = None,
        width: int = 100,
    ) -> str:
        """A ruled table; columns run right to left in a right-to-left report."""

        def cell(c: Cell, i: int, zebra: bool) -> str:
            tag = "th" if c.head else "td"
            align = self.trail if c.num else self.lead
            bg = c.bg or (HEAD_BG if c.head else (ZEBRA if zebra else None))
            fg = c.fg or (HEAD_TEXT if c.head else None)
            style = []
            if fg:
                style.append(f"color:{fg}")
            if c.bold or c.head:
                style.append("font-weight:bold")
            attrs = [f'align="{align}"', 'valign="top"']
            if bg:
                attrs.append(f'bgcolor="{bg}"')
            if widths and c.colspan == 1 and i < len(widths):
                attrs.append(f'width="{widths[i]}%"')
            if c.nowrap:
                attrs.append("nowrap")
            if c.colspan > 1:
                attrs.append(f'colspan="{c.colspan}"')
            return f'<{tag} {" ".join(attrs)} style="{"; ".join(style)}">{c.html}</{tag}>'

        def row(cells: list[Cell], zebra: bool = False) -> str:
            out = [cell(c, i, zebra) for i, c in enumerate(cells)]
            if self.rtl:
                out.reverse()
            return "<tr>" + "".join(out) + "</tr>"

        body = "".join(row(r, zebra=bool(k % 2)) for k, r in enumerate(rows))
        if foot:
            body += row([Cell(c.html, c.num, bold=True, bg=c.bg or TOTAL_BG) for c in foot])
        align = f' align="{self.lead}"' if width < 100 else ""
        return (
            f'<table width="{width}%"{align} border="1" cellspacing="0" cellpadding="4" '
            f'style="border-collapse:collapse; border-color:{RULE}; border-style:solid; '
            f'margin-top:4px; margin-bottom:8px">'
            f"<thead>{row(head)}</thead>{body}</table>"
        )

    def count_table(self, label: str, pairs: list[tuple[str, Count]], *, width: int = 70) -> str:
        head = [Cell(esc(label), head=True), Cell(self.t(S_NUMBER), num=True, head=True)]
        rows = [[Cell(esc(name)), Cell(esc(c.text), num=True)] for name, c in pairs]
        return self.table(head, rows, widths=[75, 25], width=width)

    def grid_tables(self, grid: Grid, corner: str, title: str | None = None) -> str:
        """The grid with totals, split every TABLE_COLUMNS columns (row totals in the last)."""
        parts = max(1, math.ceil(len(grid.cols) / TABLE_COLUMNS))
        size = math.ceil(len(grid.cols) / parts) if grid.cols else 0
        chunks = [
            list(range(k, min(k + size, len(grid.cols))))
            for k in range(0, len(grid.cols), size or 1)
        ] or [[]]
        columns = max(len(chunk) + (k == len(chunks) - 1) for k, chunk in enumerate(chunks))
        out = []
        for n, cols in enumerate(chunks):
            last = n == len(chunks) - 1
            head = [Cell(esc(corner), head=True)] + [
                Cell(esc(grid.cols[c]), num=True, head=True) for c in cols
            ]
            if last:
                head.append(Cell(self.t(S_TOTAL), num=True, head=True))
            rows = []
            for r, name in enumerate(grid.rows):
                cells = [Cell(esc(name))] + [
                    Cell(esc(grid.cells[r][c].text), num=True) for c in cols
                ]
                if last:
                    cells.append(Cell(esc(grid.row_totals[r].text), num=True, bold=True))
                rows.append(cells)
            foot = [Cell(self.t(S_TOTAL))] + [
                Cell(esc(grid.col_totals[c].text), num=True) for c in cols
            ]
            if last:
                foot.append(Cell(esc(grid.total.text), num=True))
            if n and title:
                out.append(
                    f'<p style="color:{MUTED}; margin-top:6px">'
                    f"{self.t(S_CONTINUED, title=title)}</p>"
                )
            # the same column widths in every part, so the parts read as one table
            first_w = 28 if columns > 3 else 45
            other = (100 - first_w) // columns
            out.append(
                self.table(
                    head,
                    rows,
                    foot,
                    widths=[first_w] + [other] * (len(head) - 1),
                    width=first_w + other * (len(head) - 1),
                )
            )
        every = [c for row in grid.cells for c in row] + grid.row_totals + grid.col_totals
        if any(c.n is None and not c.text.startswith("<") for c in every):
            out.append(self.note(self.t(S_WITHHELD)))
        return "".join(out)

    # sections
    def key_figures(self) -> str:
        r = self.report
        figures = [(S_INCIDENTS, r.incidents), (S_ACTS, r.acts), (S_VICTIMS, r.victims)]
        cells = [
            f'<td width="32%" align="center" bgcolor="{ZEBRA}">'
            f'<p style="font-size:22pt; font-weight:bold; color:{HEADING}">{esc(c.text)}</p>'
            f'<p style="color:{MUTED}">{self.t(label)}</p></td>'
            for label, c in figures
        ]
        if self.rtl:
            cells.reverse()
        gap = '<td width="2%"></td>'
        out = [
            f'<table width="100%" cellspacing="0" cellpadding="8" border="0" '
            f'style="margin-bottom:6px"><tr>{gap.join(cells)}</tr></table>'
        ]
        if not (r.by_violation or r.by_verification or r.incidents.n):
            out.append(self.note(self.t(S_NO_INCIDENTS)))
        if r.left_out.left_out:  # a "0" never stands alone: what is not counted, and why
            out.append(self.note(self.t(str(S_LEFT_OUT_NOTE), count=r.left_out.left_out)))
        if r.by_country:
            out.append(self.h3(self.t(str(S_BY_COUNTRY))))
            out.append(self.country_table())
        if r.by_violation:
            out.append(self.h3(self.t(S_BY_VIOLATION)))
            out.append(self.count_table(self.tr(S_VIOLATION_TYPE), r.by_violation))
        if r.by_verification:
            out.append(self.h3(self.t(S_BY_VERIFICATION)))
            out.append(self.count_table(self.tr(S_VERIFICATION_LEVEL), r.by_verification))
        grid = r.victims_by_sex_age
        if grid.rows and grid.cols:
            out.append(self.h3(self.t(S_BY_SEX_AGE)))
            out.append(self.grid_tables(grid, self.tr(S_SEX_AGE), self.tr(S_BY_SEX_AGE)))
        return "".join(out)

    def country_table(self) -> str:
        """A report over several countries: incidents, acts and victims of each, in the
        report's order, with the report's totals."""
        r = self.report
        head = [Cell(self.t(str(S_COUNTRY)), head=True)] + [
            Cell(self.t(str(label)), num=True, head=True)
            for label in (S_INCIDENTS, S_ACTS, S_VICTIMS)
        ]
        rows = [
            [Cell(esc(row.country))]
            + [Cell(esc(c.text), num=True) for c in (row.incidents, row.acts, row.victims)]
            for row in r.by_country
        ]
        foot = [Cell(self.t(str(S_TOTAL)))] + [
            Cell(esc(c.text), num=True) for c in (r.incidents, r.acts, r.victims)
        ]
        cells = [c for row in r.by_country for c in (row.incidents, row.acts, row.victims)]
        out = self.table(head, rows, foot, widths=[46, 18, 18, 18])
        if any(c.n is None and c.text == "×" for c in cells):
            out += self.note(self.t(str(S_WITHHELD)))
        return out

    def timeline(self) -> str:
        tl = self.report.timeline
        if not tl.buckets or not tl.series:
            return self.note(self.t(S_NO_INCIDENTS))
        out = [
            f'<p style="color:{MUTED}">'
            f"{self.t(S_PER_WEEK if tl.unit == 'week' else S_PER_MONTH)}</p>",
            self.obj(BarChart(tl, self.meta.threshold, self.tr, self.rtl, self.meta.lang)),
        ]
        if any(t.suppressed for t in tl.totals):  # only those bars have a nominal height
            out.append(
                self.note(
                    self.t(
                        S_HATCH_NOTE,
                        threshold=self.meta.threshold,
                        height=max(1, self.meta.threshold - 1),
                    )
                )
            )
        return "".join(out)

    def region_table(self) -> str:
        grid = self.report.table
        if not grid.rows or not grid.cols:
            return self.note(self.t(S_NO_INCIDENTS))
        return f'<p style="color:{MUTED}">{self.t(S_REGION_NOTE)}</p>' + self.grid_tables(
            grid, self.tr(S_VIOLATION_TYPE), self.tr(SECTION_TITLES["table"])
        )

    def map(self) -> str:
        if self.report.maps:  # several countries: a map of each, under its name
            return "".join(
                self.h3(esc(row.country)) + self.map_figure(data)
                for row, data in zip(self.report.by_country, self.report.maps, strict=True)
            )
        return self.map_figure(self.report.map)

    def map_figure(self, data: MapData) -> str:
        if not (data.countries or data.points):
            return self.note(self.t(S_NO_MAP))
        return self.obj(MapFigure(data, self.meta.threshold, self.tr, self.rtl, self.meta.lang))

    def key_incidents(self) -> str:
        r = self.report
        notes = "".join(
            self.note(self.t(text, count=n))
            for text, n in (
                (S_UNLISTED, r.unlisted_small),
                (S_NO_SUMMARY, r.summaries_missing),
                (S_SINGLE_USER, r.summaries_single_user),
                (S_SELF_REVIEWED, r.reviews_single_user),
            )
            if n
        )
        if not self.report.key_incidents:
            return self.note(self.t(S_NO_KEY_INCIDENTS)) + notes
        out = [notes] if notes else []
        for k in self.report.key_incidents:
            facts = [
                (S_DATE, esc(k.date)),
                (S_PLACE, esc(k.place)),
                (S_VIOLATIONS, esc(", ".join(k.violations))),
                (S_VERIFICATION, esc(k.verification)),
                (S_VICTIMS, esc(k.victims.text)),
            ]
            if k.named:
                facts.append((S_NAMED, esc(", ".join(k.named))))
            rows = [
                [Cell(f'<span style="color:{MUTED}">{self.t(label)}</span>'), Cell(value)]
                for label, value in facts
            ]
            out.append(self.h3(esc(k.title)))
            out.append(self.plain_table(rows, widths=[22, 78]))
            out.append(f'<p style="margin-bottom:10px">{esc(k.summary)}</p>')
        return "".join(out)

    def plain_table(self, rows: list[list[Cell]], widths: list[int]) -> str:
        def row(cells: list[Cell]) -> str:
            tds = [
                f'<td width="{widths[i]}%" align="{self.lead}" valign="top">{c.html}</td>'
                for i, c in enumerate(cells)
            ]
            if self.rtl:
                tds.reverse()
            return "<tr>" + "".join(tds) + "</tr>"

        return (
            f'<table width="100%" cellspacing="0" cellpadding="2" border="0" '
            f'bgcolor="{ZEBRA}" style="margin-bottom:4px">'
            + "".join(row(r) for r in rows)
            + "</table>"
        )

    def risk(self) -> str:
        if not self.report.risk:
            return self.note(self.t(S_NO_RISK))
        out = []
        for block in self.report.risk:
            out.append(self.h3(esc(block.situation)))
            when = (
                self.tr(S_ASSESSED_ON, date=block.assessed_on)
                + " ("
                + (
                    self.tr(S_PREVIOUS_ON, date=block.previous_on)
                    if block.previous_on
                    else self.tr(S_FIRST_ASSESSMENT)
                )
                + ")"
            )
            line = esc(when)
            if block.overall:
                line += "<br/><b>" + self.t(S_OVERALL, level=block.overall) + "</b>"
            out.append(f'<p style="color:{MUTED}">{line}</p>')
            head = [
                Cell(self.t(S_FACTOR), head=True),
                Cell(self.t(S_LEVEL), head=True),
                Cell(self.t(S_PREVIOUS_LEVEL), head=True),
                Cell(self.t(S_TREND), head=True),
            ]
            rows = []
            for f in block.factors:
                bg, fg = LEVEL_COLOURS.get(f.level_code, (None, None))
                rows.append(
                    [
                        Cell(esc(f.factor)),
                        Cell(esc(f.level), bold=True, bg=bg, fg=fg),
                        Cell(esc(f.previous or "\u2014")),
                        Cell(esc(f.trend or "\u2014")),
                    ]
                )
            out.append(self.table(head, rows, widths=[43, 19, 19, 19]))
        return "".join(out)

    def strategy(self) -> str:
        actions = self.report.actions
        if not actions:
            return self.note(self.t(S_NO_ACTIONS))
        overdue = sum(a.overdue for a in actions)
        blocked = sum(a.blocked for a in actions)
        late = self.t(S_LATE_SUMMARY, actions=len(actions), overdue=overdue, blocked=blocked)
        out = [f"<p>{late}</p>"]
        head = [
            Cell(self.t(S_ACTION), head=True),
            Cell(self.t(S_PILLAR), head=True),
            Cell(self.t(S_LEVEL), head=True),
            Cell(self.t(S_LEAD), head=True),
            Cell(self.t(S_DUE), head=True),
            Cell(self.t(S_STATUS), head=True),
        ]
        rows = []
        for a in actions:
            flags = [self.t(S_OVERDUE)] if a.overdue else []
            if a.blocked:
                flags.append(self.t(S_BLOCKED))
            bg = OVERDUE_BG if a.overdue else BLOCKED_BG if a.blocked else None
            status = esc(a.status)
            if flags:
                status += "<br/>" + "".join(
                    f'<b style="color:{MARKING}">\u25b2 {f}</b><br/>' for f in flags
                ).removesuffix("<br/>")
            lead = esc(a.lead) + (
                f'<br/><span style="color:{MUTED}">{esc(a.owner)}</span>' if a.owner else ""
            )
            rows.append(
                [
                    Cell(
                        f"<b>{esc(a.title)}</b><br/>"
                        f'<span style="color:{MUTED}">{esc(a.situation)}</span>',
                        bg=bg,
                    ),
                    Cell(esc(a.pillar), bg=bg),
                    Cell(esc(a.level), bg=bg),
                    Cell(lead, bg=bg),
                    Cell(esc(a.due or "\u2014"), bg=bg, nowrap=True),
                    Cell(status, bg=bg),
                ]
            )
        out.append(self.table(head, rows, widths=[32, 14, 12, 16, 12, 14]))
        return "".join(out)

    def sources(self) -> str:
        out = []
        if self.report.sources_by_type:
            out.append(self.h3(self.t(S_SOURCES_BY_TYPE)))
            out.append(self.count_table(self.tr(S_SOURCE_TYPE), self.report.sources_by_type))
        else:
            out.append(self.note(self.t(S_NO_SOURCES)))
        out.append(self.h3(self.t(S_METHODOLOGY)))
        if self.report.by_country:
            names = [row.country for row in self.report.by_country]
            sep = {"ar": "؛ ", "zh": "、"}.get(self.meta.lang, "; ")
            note = self.t(str(S_COUNTRIES_NOTE), count=len(names), countries=sep.join(names))
            out.append(f"<p>{note}</p>")
        for para in re.split(r"\n\s*\n", self.meta.methodology.strip()):
            if para.strip():
                out.append("<p>" + esc(para.strip()).replace("\n", "<br/>") + "</p>")
        if self.meta.audience == "internal":
            out.append(f"<p>{self.t(S_THRESHOLD_INTERNAL)}</p>")
        else:
            below = max(1, self.meta.threshold - 1)
            out.append(f"<p>{self.t(S_THRESHOLD, below=below, threshold=self.meta.threshold)}</p>")
        out.append(self.h3(self.t(str(S_LEFT_OUT))))
        out.extend(f"<p>{esc(line)}</p>" for line in left_out_lines(self.report, self.tr))
        return "".join(out)

    def officer_head(self) -> str:
        """The highlights and overview the officer wrote for this report, before section 1."""
        texts = self.report.texts
        out = []
        if texts.highlights:
            out.append(self.h3(self.t(str(S_HIGHLIGHTS))))
            out.append(
                f'<ul dir="{"rtl" if self.rtl else "ltr"}">'
                + "".join(f"<li>{esc(h)}</li>" for h in texts.highlights)
                + "</ul>"
            )
        if texts.overview:
            out.append(self.h3(self.t(str(S_OVERVIEW))))
            out.extend(self.paragraphs(texts.overview))
        return "".join(out)

    def paragraphs(self, text: str) -> list[str]:
        return [
            "<p>" + esc(para.strip()).replace("\n", "<br/>") + "</p>"
            for para in re.split(r"\n\s*\n", text.strip())
            if para.strip()
        ]

    def body(self) -> str:
        makers = {
            "key_figures": self.key_figures,
            "timeline": self.timeline,
            "table": self.region_table,
            "map": self.map,
            "key_incidents": self.key_incidents,
            "risk": self.risk,
            "strategy": self.strategy,
            "sources": self.sources,
        }
        parts = [self.officer_head()]
        for n, name in enumerate(self.sections(), start=1):
            parts.append(self.h2(n, self.t(SECTION_TITLES[name])))
            parts.append(makers[name]())
        if self.report.texts.contacts:
            parts.append(self.h3(self.t(str(S_CONTACTS))))
            parts.extend(self.paragraphs(self.report.texts.contacts))
        return self.wrap("".join(parts))

    def sections(self) -> list[str]:
        return [s for s in self.meta.sections if s in SECTIONS]

    def wrap(self, inner: str) -> str:
        direction = "rtl" if self.rtl else "ltr"
        return f'<html><body dir="{direction}" style="color:{INK}">{inner}</body></html>'

    def cover(self, pages: dict[str, int], logo: bool) -> str:
        m = self.meta
        out = []
        if logo:
            out.append(
                self.obj(Logo(m.logo or "")).replace('align="center"', f'align="{self.lead}"')
            )
        out.append(
            f'<p style="font-size:12pt; color:{MUTED}; margin-top:6px">{esc(m.organisation)}</p>'
        )
        out.append(
            f'<p style="font-size:26pt; font-weight:bold; color:{HEADING}; '
            f'margin-top:60px; margin-bottom:8px">{esc(m.title)}</p>'
        )
        out.append(f'<p style="font-size:15pt; margin-bottom:6px">{esc(m.scope)}</p>')
        out.append(
            f'<p style="font-size:11pt; color:{MUTED}">{self.t(S_PERIOD)}: '
            f"{self.t(S_PERIOD_RANGE, start=m.period_from, end=m.period_to)}</p>"
        )
        texts = self.report.texts
        for text, value in (
            (S_REPORT_NUMBER, {"number": texts.number}),
            (S_AS_OF, {"date": texts.as_of}),
            (S_NEXT_REPORT, {"date": texts.next_report}),
        ):
            if next(iter(value.values())):
                out.append(
                    f'<p style="font-size:11pt; color:{MUTED}">{self.t(str(text), **value)}</p>'
                )
        audience = (
            self.tr(AUDIENCE_LABELS[m.audience]) if m.audience in AUDIENCE_LABELS else m.audience
        )
        out.append(
            f'<table width="100%" cellspacing="0" cellpadding="10" border="2" '
            f'style="border-color:{MARKING}; border-style:solid; margin-top:36px">'
            f'<tr><td align="center"><p style="font-size:18pt; font-weight:bold; '
            f'color:{MARKING}">{esc(m.classification)}</p>'
            f'<p style="font-size:10pt">{self.t(S_AUDIENCE)}: {esc(audience)}</p>'
            f"</td></tr></table>"
        )
        names = self.sections()
        if names:
            out.append(
                f'<p style="font-size:12pt; font-weight:bold; color:{HEADING}; '
                f'margin-top:36px; margin-bottom:4px">{self.t(S_CONTENTS)}</p>'
            )
            rows = [
                [
                    Cell(f"{n}\u2003{self.t(SECTION_TITLES[name])}"),
                    Cell(str(pages.get(name, "")), num=True),
                ]
                for n, name in enumerate(names, start=1)
            ]
            out.append(self.toc(rows))
        return self.wrap("".join(out))

    def toc(self, rows: list[list[Cell]]) -> str:
        def row(cells: list[Cell]) -> str:
            tds = [
                f'<td align="{self.trail if c.num else self.lead}" '
                f'width="{12 if c.num else 88}%" style="border-bottom: 1px dotted {RULE}">'
                f"{c.html}</td>"
                for c in cells
            ]
            if self.rtl:
                tds.reverse()
            return "<tr>" + "".join(tds) + "</tr>"

        return (
            f'<table width="75%" align="{self.lead}" cellspacing="0" cellpadding="3" '
            f'border="0">' + "".join(row(r) for r in rows) + "</table>"
        )

    def cover_foot(self) -> str:
        m = self.meta
        return self.wrap(
            f'<p style="color:{MUTED}">{self.t(S_GENERATED, when=timestamp(m.generated_at))}</p>'
            f'<p style="margin-top:4px"><b>{self.t(S_SHA)}</b></p>'
            f'<p dir="ltr" align="{self.lead}" style="font-size:8.5pt; '
            f"font-family:'{esc(font_families('en')[0])}'\">{esc(self.report.sha256())}</p>"
            f'<p style="color:{MUTED}; font-size:7.5pt">{self.t(S_HASH_NOTE)}</p>'
        )


def left_out_lines(report: Report, tr: Callable[..., str]) -> list[str]:
    """What the report leaves out of its period and scope, and why, in its language: the
    statement its methodology prints and the Reports page previews. The total, and how many of
    the included lack a cleared summary, are given only where the count of included incidents
    is printed in full (beside a "<5" either would tell the hidden count)."""
    lo = report.left_out
    out = []
    if report.incidents.suppressed:
        out.append(tr(str(S_LEFT_OUT_INCLUDED), included=report.incidents.text))
    else:
        out.append(tr(str(S_LEFT_OUT_TOTAL), total=lo.total, included=report.incidents.text))
    if lo.nothing:
        out.append(tr(str(S_LEFT_OUT_NOTHING)))
        return out
    for text, n in (
        (S_LEFT_OUT_DRAFT, lo.draft),
        (S_LEFT_OUT_CONFIDENTIAL, lo.confidentiality),
        (S_LEFT_OUT_NOT_FACTS, lo.not_facts),
        # counted among the included: beside a "<5" it would give their number away
        (S_LEFT_OUT_NO_SUMMARY, 0 if report.incidents.suppressed else lo.no_summary),
    ):
        if n:
            out.append(tr(str(text), count=n))
    return out
