"""The warning-to-action timeline (app.situations.timeline) on paper: the events on one time
axis (warnings above it, actions below, escalations marked), the intervals from the first
warning with their sources, and the after-action review draft, in the report's language.

`section(timeline, words, obj)` returns the section's HTML for a document being built
(`add_to(builder, timeline)` for a report Builder's: a briefing's);
`write_timeline_pdf(timeline, path, lang)` prints it alone, through the report's own
document machinery (document.py). The window
(ui/timeline_dialog.py) draws the same `TimelineFigure` and words the draft with `draft`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.vocab import Vocabularies, vocabularies
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTranslator,
)
from ui.report.builder import Builder
from ui.report.charts import date_label
from ui.report.document import (
    keep_headings_with_next,
    make_document,
    paint_pages,
    write_a4_pdf,
)
from ui.report.fonts import report_font
from ui.report.objects import Drawable
from ui.report.strings import RIGHT_TO_LEFT, S_GENERATED, S_PAGE, Strings
from ui.report.style import (
    ACCENT,
    HEAD_BG,
    HEAD_TEXT,
    HEADING,
    INK,
    MARKING,
    MUTED,
    PAPER,
    RULE,
    SMALL_PT,
    TIMELINE_COLOURS,
    ZEBRA,
    Frame,
    unit_of,
)

# -- words (context "Report", found here by lupdate) --------------------------------------------
S_TITLE = QT_TRANSLATE_NOOP("Report", "Warning-to-action timeline")
S_SCOPE = QT_TRANSLATE_NOOP("Report", "{name}, as of {date}")
S_WARNINGS = QT_TRANSLATE_NOOP("Report", "Warnings")
S_ACTIONS = QT_TRANSLATE_NOOP("Report", "Actions")
S_ESCALATION = QT_TRANSLATE_NOOP("Report", "Escalation")
S_FIRST_WARNING = QT_TRANSLATE_NOOP("Report", "First warning")
S_EVENTS = QT_TRANSLATE_NOOP("Report", "Events")
S_EVENT = QT_TRANSLATE_NOOP("Report", "Event")
S_WHEN = QT_TRANSLATE_NOOP("Report", "Date")
S_SOURCE = QT_TRANSLATE_NOOP("Report", "Source")
S_INTERVALS = QT_TRANSLATE_NOOP("Report", "From the first warning to action")
S_TO = QT_TRANSLATE_NOOP("Report", "From the first warning to")
S_DAYS = QT_TRANSLATE_NOOP("Report", "Days")
S_OPEN_WAITED = QT_TRANSLATE_NOOP("Report", "open: {days} days so far")
S_OPEN_NO_WARNING = QT_TRANSLATE_NOOP("Report", "open: no warning yet")
S_DRAFT = QT_TRANSLATE_NOOP("Report", "After-action review (draft)")
S_NO_EVENTS = QT_TRANSLATE_NOOP("Report", "Nothing on the timeline yet.")
# events
S_EV_INCIDENT = QT_TRANSLATE_NOOP("Report", "First incident at {standard}")
S_EV_RISK = QT_TRANSLATE_NOOP("Report", "Risk factor at {level}: {factor}")
S_EV_SIGNAL = QT_TRANSLATE_NOOP("Report", "Deterioration signal")
S_EV_ENGAGEMENT = QT_TRANSLATE_NOOP("Report", "First engagement: {channel}")
S_EV_ACTION = QT_TRANSLATE_NOOP("Report", "First action at {level} level")
S_EV_ESCALATION = QT_TRANSLATE_NOOP("Report", "Escalation to {to}")
# intervals
S_IV_ENGAGEMENT = QT_TRANSLATE_NOOP("Report", "the first engagement")
S_IV_ACTION = QT_TRANSLATE_NOOP("Report", "the first strategy action")
S_IV_LEVEL = QT_TRANSLATE_NOOP("Report", "the first action at {level} level")
S_IV_CHANNEL = QT_TRANSLATE_NOOP("Report", "the first engagement through {channel}")
# sources
S_SRC_INCIDENT = QT_TRANSLATE_NOOP("Report", "incident {id}")
S_SRC_ASSESSMENT = QT_TRANSLATE_NOOP("Report", "assessment {id}, version {version}")
S_SRC_STRATEGY = QT_TRANSLATE_NOOP("Report", "strategy version {version}, action {action}")
S_SRC_ENGAGEMENT = QT_TRANSLATE_NOOP("Report", "engagement {id}")
S_SRC_SIGNAL = QT_TRANSLATE_NOOP("Report", "signals as of {date}")
# the draft
S_DR_WARNING = QT_TRANSLATE_NOOP("Report", "First warning on {date}: {what} (source: {source}).")
S_DR_AFTER = QT_TRANSLATE_NOOP("Report", "To {what}: {days} days, on {date} (source: {source}).")
S_DR_BEFORE = QT_TRANSLATE_NOOP(
    "Report", "To {what}: it came {days} days before the warning, on {date} (source: {source})."
)
S_DR_OPEN = QT_TRANSLATE_NOOP(
    "Report", "To {what}: not yet as of {date}, {days} days since the first warning."
)
S_DR_NO_WARNING = QT_TRANSLATE_NOOP(
    "Report",
    "No warning as of {date}: no risk factor at high or severe, no deterioration signal, "
    "no incident at reasonable grounds or above.",
)

KIND_COLOURS = TIMELINE_COLOURS
WARNING_KINDS = ("incident", "risk", "signal")


class Words:
    """The timeline's words in one language: `tr` (the report's Strings) and the
    vocabularies' labels."""

    def __init__(self, tr: Callable[..., str], lang: str, vocab: Vocabularies | None = None):
        self.tr = tr
        self.lang = lang
        self.vocab = vocab or vocabularies()

    def label(self, kind: str, code: str | None) -> str:
        if not code:
            return "-"
        if kind not in self.vocab.kinds():
            return code
        term = self.vocab.term(kind, code)  # a code no longer in the vocabulary shows as itself
        return term.label(self.lang) if term else code

    def event(self, e: dict[str, Any]) -> str:
        kind = e["kind"]
        if kind == "incident":
            return self.tr(S_EV_INCIDENT, standard=self.label("verification", e["standard"]))
        if kind == "risk":
            top = e["factors"][0]
            return self.tr(
                S_EV_RISK,
                level=self.label("risk-level", top["level"]),
                factor=self.label("risk-factor", top["factor"]),
            )
        if kind == "signal":
            return self.tr(S_EV_SIGNAL)
        if kind == "engagement":
            return self.tr(S_EV_ENGAGEMENT, channel=self.label("engagement-channel", e["channel"]))
        if kind == "action":
            return self.tr(S_EV_ACTION, level=self.label("strategy-level", e["level"]))
        ladder = "strategy-level" if e["ladder"] == "action" else "engagement-channel"
        return self.tr(S_EV_ESCALATION, to=self.label(ladder, e["to"]))

    def source(self, s: dict[str, Any]) -> str:
        kind = s["kind"]
        if kind == "assessment":
            return self.tr(S_SRC_ASSESSMENT, id=s["id"], version=s.get("version"))
        if kind == "strategy":
            return self.tr(S_SRC_STRATEGY, version=s.get("version"), action=s.get("action"))
        if kind == "signal":
            return self.tr(S_SRC_SIGNAL, date=s.get("week_ending"))
        if kind == "engagement":
            return self.tr(S_SRC_ENGAGEMENT, id=s["id"])
        return self.tr(S_SRC_INCIDENT, id=s["id"])

    def interval(self, key: str) -> str:
        if key == "first_engagement":
            return self.tr(S_IV_ENGAGEMENT)
        if key == "first_action":
            return self.tr(S_IV_ACTION)
        kind, _, code = key.partition(":")
        if kind == "action":
            return self.tr(S_IV_LEVEL, level=self.label("strategy-level", code))
        return self.tr(S_IV_CHANNEL, channel=self.label("engagement-channel", code))

    def days(self, item: dict[str, Any]) -> str:
        if not item["open"]:
            return str(item["days"])
        if item["why"] == "no warning yet":
            return self.tr(S_OPEN_NO_WARNING)
        return self.tr(S_OPEN_WAITED, days=item["waited"])


def draft(tl: dict[str, Any], words: Words) -> list[str]:
    """The after-action review draft in the words' language: the first warning, then each
    interval with its source (app.situations.timeline.draft says the same in English)."""
    warning = tl["warning"]
    if warning is None:
        return [words.tr(S_DR_NO_WARNING, date=tl["as_of"])]
    first = next(e for e in tl["events"] if e["key"] == warning["key"])
    out = [
        words.tr(
            S_DR_WARNING,
            date=warning["date"],
            what=words.event(first),
            source=words.source(warning["source"]),
        )
    ]
    for item in tl["intervals"]:
        what = words.interval(item["key"])
        if item["open"]:
            out.append(words.tr(S_DR_OPEN, what=what, date=tl["as_of"], days=item["waited"]))
            continue
        to = item["to"]
        days = item["days"]
        out.append(
            words.tr(
                S_DR_AFTER if days >= 0 else S_DR_BEFORE,
                what=what,
                days=abs(days),
                date=to["date"],
                source=words.source(to["source"]),
            )
        )
    return out


# -- the figure ---------------------------------------------------------------------------------
@dataclass
class Placed:
    event: dict[str, Any]
    x: float  # left-to-right coordinate of the mark
    lane: int  # 0 nearest the axis
    left: float  # the label box, left-to-right
    width: float
    above: bool
    lines: tuple[str, str]


@dataclass
class TimelineFigure:
    """The events on one axis: warnings above, actions below, each a mark on a stem with its
    date and name; escalations as red triangles; the first warning as a dashed line. A vector
    object in the report (objects.Drawable), and what the window paints."""

    timeline: dict[str, Any]
    words: Words
    rtl: bool = False
    font: QFont = field(init=False)
    LANE_PT = 22.0
    AXIS_PT = 26.0

    def __post_init__(self) -> None:
        self.font = report_font(self.words.lang, SMALL_PT)

    def span(self) -> tuple[date, date]:
        days = [date.fromisoformat(e["date"]) for e in self.timeline["events"]]
        end = date.fromisoformat(self.timeline["as_of"])
        start = min(days, default=end)
        end = max([end, *days])
        if (end - start).days < 14:
            start = date.fromordinal(end.toordinal() - 14)
        return start, end

    def place(self, width: float, unit: float, device: QPaintDevice) -> list[Placed]:
        metrics = QFontMetricsF(self.font, device)
        start, end = self.span()
        total = (end - start).days
        left, right = 4 * unit, width - 4 * unit
        placed: list[Placed] = []
        ends: dict[tuple[bool, int], float] = {}
        for e in self.timeline["events"]:
            day = date.fromisoformat(e["date"])
            x = left + (day - start).days / total * (right - left)
            above = e["kind"] in WARNING_KINDS
            day_text = " ".join(date_label(e["date"], "week", self.words.lang))
            lines = (day_text, self.words.event(e))
            w = max(metrics.horizontalAdvance(t) for t in lines) + 4 * unit
            w = min(w, (right - left) / 2)
            box = min(max(x - 2 * unit, left), right - w)
            if self.rtl:  # measured on the mirrored axis, so the labels do not meet there
                box = min(max(x + 2 * unit - w, left), right - w)
            lane = 0
            while ends.get((above, lane), -1e9) > box - 3 * unit:
                lane += 1
            ends[(above, lane)] = box + w
            placed.append(Placed(e, x, lane, box, w, above, lines))
        return placed

    def lanes(self, width: float, unit: float, device: QPaintDevice) -> tuple[int, int]:
        placed = self.place(width, unit, device)
        up = max((p.lane + 1 for p in placed if p.above), default=1)
        down = max((p.lane + 1 for p in placed if not p.above), default=1)
        return up, down

    def size(self, width: float, unit: float, device: QPaintDevice) -> QSizeF:
        up, down = self.lanes(width, unit, device)
        return QSizeF(width, ((up + down) * self.LANE_PT + self.AXIS_PT + 30) * unit)

    def paint(self, painter: QPainter, rect: QRectF, unit: float) -> None:
        device = painter.device()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font, device)
        placed = self.place(rect.width(), unit, device)
        up, down = self.lanes(rect.width(), unit, device)
        lane_h = self.LANE_PT * unit
        top = rect.top() + 14 * unit
        axis_y = top + up * lane_h + 6 * unit
        start, end = self.span()
        total = (end - start).days

        def mx(x: float) -> float:  # left-to-right -> the page (mirrored for right-to-left)
            return rect.left() + (rect.width() - x if self.rtl else x)

        def x_of(day: date) -> float:
            return 4 * unit + (day - start).days / total * (rect.width() - 8 * unit)

        absolute = Qt.AlignmentFlag.AlignAbsolute
        # the two halves' titles
        painter.setPen(QColor(MUTED))
        lead = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), 12 * unit),
            absolute | lead | Qt.AlignmentFlag.AlignVCenter,
            f"▲ {self.words.tr(S_WARNINGS)}",
        )
        # the axis and its ticks
        painter.setPen(QPen(QColor(INK), 1.0 * unit))
        painter.drawLine(QPointF(mx(0), axis_y), QPointF(mx(rect.width()), axis_y))
        year_shown = None
        for tick in ticks(start, end):
            x = x_of(tick)
            painter.setPen(QPen(QColor(MUTED), 0.6 * unit))
            painter.drawLine(QPointF(mx(x), axis_y), QPointF(mx(x), axis_y + 3 * unit))
            unit_name = "week" if (end - start).days <= 120 else "month"
            first, year = date_label(tick.isoformat(), unit_name, self.words.lang)
            text = first if year == year_shown else f"{first} {year}"
            year_shown = year
            tw = metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(mx(x) - tw / 2, axis_y + 3 * unit, tw + 1, 11 * unit),
                absolute | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
        # the first warning: a dashed line across
        warning = self.timeline.get("warning")
        if warning:
            x = mx(x_of(date.fromisoformat(warning["date"])))
            pen = QPen(QColor(MARKING), 0.8 * unit)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(
                QPointF(x, top - 2 * unit), QPointF(x, axis_y + (down * lane_h) + 16 * unit)
            )
        # the marks, their stems and their labels
        below_top = axis_y + 16 * unit
        for p in placed:
            colour = QColor(KIND_COLOURS[p.event["kind"]])
            x = mx(p.x)
            if p.above:
                box_top = axis_y - 6 * unit - (p.lane + 1) * lane_h
                stem_end = box_top + lane_h - 2 * unit
            else:
                box_top = below_top + p.lane * lane_h
                stem_end = box_top
            painter.setPen(QPen(colour, 0.6 * unit))
            painter.drawLine(QPointF(x, axis_y), QPointF(x, stem_end))
            self._mark(painter, p.event["kind"], QPointF(x, axis_y), colour, unit)
            left = rect.left() + (rect.width() - p.left - p.width if self.rtl else p.left)
            box = QRectF(left, box_top, p.width, lane_h - 2 * unit)
            align = absolute | (
                Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
            )
            half = box.height() / 2
            painter.setPen(QColor(MUTED))
            day_text = metrics.elidedText(p.lines[0], Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(QRectF(box.left(), box.top(), box.width(), half), align, day_text)
            painter.setPen(QColor(colour if p.event["kind"] == "escalation" else INK))
            name = metrics.elidedText(p.lines[1], Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(QRectF(box.left(), box.top() + half, box.width(), half), align, name)
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QRectF(rect.left(), rect.bottom() - 12 * unit, rect.width(), 12 * unit),
            absolute | lead | Qt.AlignmentFlag.AlignVCenter,
            f"▼ {self.words.tr(S_ACTIONS)}   ▲ {self.words.tr(S_ESCALATION)}   "
            f"┆ {self.words.tr(S_FIRST_WARNING)}",
        )
        painter.restore()

    @staticmethod
    def _mark(painter: QPainter, kind: str, at: QPointF, colour: QColor, unit: float) -> None:
        painter.setPen(QPen(QColor(PAPER), 0.6 * unit))
        painter.setBrush(colour)
        if kind == "escalation":
            r = 5 * unit
            path = QPainterPath()
            path.moveTo(at.x(), at.y() - r)
            path.lineTo(at.x() + r, at.y() + r * 0.8)
            path.lineTo(at.x() - r, at.y() + r * 0.8)
            path.closeSubpath()
            painter.drawPath(path)
        elif kind in WARNING_KINDS:
            painter.drawEllipse(at, 3.5 * unit, 3.5 * unit)
        else:
            painter.drawRect(
                QRectF(at.x() - 3.2 * unit, at.y() - 3.2 * unit, 6.4 * unit, 6.4 * unit)
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)


def ticks(start: date, end: date) -> list[date]:
    """Up to about six tick dates: Mondays for a short span, else the first of months."""
    days = (end - start).days
    if days <= 120:
        step = 7 * -(-days // 42)
        first = start.toordinal() + (7 - start.weekday()) % 7
        return [date.fromordinal(d) for d in range(first, end.toordinal() + 1, step)]
    months = (end.year - start.year) * 12 + end.month - start.month
    every = max(1, -(-months // 6))
    out = []
    y, m = start.year, start.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        day = date(y, m, 1)
        if day > end:
            break
        if (y * 12 + m - 1) % every == 0:
            out.append(day)
    return out


# -- the section --------------------------------------------------------------------------------
def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(head: list[str], rows: list[list[str]], rtl: bool, widths: list[int]) -> str:
    lead = "right" if rtl else "left"

    def row(cells: list[str], tag: str, bg: str | None) -> str:
        out = [
            f'<{tag} align="{lead}" valign="top" width="{w}%"'
            + (f' bgcolor="{bg}"' if bg else "")
            + (f' style="color:{HEAD_TEXT}; font-weight:bold"' if tag == "th" else "")
            + f">{c}</{tag}>"
            for c, w in zip(cells, widths, strict=True)
        ]
        if rtl:
            out.reverse()
        return "<tr>" + "".join(out) + "</tr>"

    body = "".join(row(r, "td", ZEBRA if k % 2 else None) for k, r in enumerate(rows))
    return (
        f'<table width="100%" border="1" cellspacing="0" cellpadding="4" '
        f'style="border-collapse:collapse; border-color:{RULE}; border-style:solid; '
        f'margin-top:4px; margin-bottom:8px"><thead>{row(head, "th", HEAD_BG)}</thead>'
        f"{body}</table>"
    )


def section(
    tl: dict[str, Any], words: Words, obj: Callable[[Drawable], str], *, rtl: bool = False
) -> str:
    """The timeline section's HTML for a document being built: its heading, the figure
    (`obj` puts it in the document: a report Builder's `obj`), the events and the intervals
    with their sources, and the after-action draft. Record content is escaped."""
    tr = words.tr
    h2 = f'<h2 style="color:{HEADING}; font-size:15pt; margin-top:12px">{esc(tr(S_TITLE))}</h2>'
    scope = esc(tr(S_SCOPE, name=tl["situation"]["name"], date=tl["as_of"]))
    parts = [h2, f'<p style="color:{MUTED}">{scope}</p>']
    if not tl["events"]:
        parts.append(f"<p>{esc(tr(S_NO_EVENTS))}</p>")
    else:
        parts.append(obj(TimelineFigure(tl, words, rtl)))
        h3 = f'<h3 style="color:{HEADING}; font-size:11pt">{esc(tr(S_EVENTS))}</h3>'
        rows = [
            [
                esc(e["date"]),
                esc(words.event(e)),
                f'<span style="color:{MUTED}">{esc(words.source(e["source"]))}</span>',
            ]
            for e in tl["events"]
        ]
        parts.append(h3)
        parts.append(
            _table([esc(tr(S_WHEN)), esc(tr(S_EVENT)), esc(tr(S_SOURCE))], rows, rtl, [14, 40, 46])
        )
    h3 = f'<h3 style="color:{HEADING}; font-size:11pt">{esc(tr(S_INTERVALS))}</h3>'
    rows = [
        [
            esc(words.interval(i["key"])),
            esc(i["to"]["date"] if i["to"] else "-"),
            f"<b>{esc(words.days(i))}</b>",
            f'<span style="color:{MUTED}">'
            f"{esc(words.source(i['to']['source']) if i['to'] else '-')}</span>",
        ]
        for i in tl["intervals"]
    ]
    parts.append(h3)
    parts.append(
        _table(
            [esc(tr(S_TO)), esc(tr(S_WHEN)), esc(tr(S_DAYS)), esc(tr(S_SOURCE))],
            rows,
            rtl,
            [34, 14, 16, 36],
        )
    )
    parts.append(f'<h3 style="color:{HEADING}; font-size:11pt">{esc(tr(S_DRAFT))}</h3>')
    parts.extend(f"<p>{esc(line)}</p>" for line in draft(tl, words))
    return "".join(parts)


def add_to(builder: Builder, tl: dict[str, Any]) -> str:
    """The section for a report being built by `builder` (a briefing): in its language and
    direction, the figure among its objects. The caller places the HTML returned."""
    return section(tl, Words(builder.tr, builder.meta.lang), builder.obj, rtl=builder.rtl)


# -- standalone ---------------------------------------------------------------------------------
def render_timeline(
    tl: dict[str, Any], device: QPagedPaintDevice, lang: str, translator: QTranslator | None = None
) -> int:
    """Draws the timeline section alone on `device`, with a running header (title, situation)
    and footer (when, page N of M); returns the number of pages."""
    tr: Callable[..., str] = Strings(lang, translator)
    rtl = lang in RIGHT_TO_LEFT
    words = Words(tr, lang)
    unit = unit_of(device)
    frame = Frame(float(device.width()), float(device.height()), unit)
    body = frame.body
    objects: list[Drawable] = []

    def obj(item: Drawable) -> str:
        objects.append(item)
        return f'<p align="center">\ue000OBJ{len(objects) - 1}\ue000</p>'

    direction = "rtl" if rtl else "ltr"
    source = (
        f'<html><body dir="{direction}" style="color:{INK}">'
        f"{section(tl, words, obj, rtl=rtl)}</body></html>"
    )
    doc = make_document(source, objects, device, lang, rtl, body.width(), body.height())
    keep_headings_with_next(doc, body.height(), unit)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return paint_pages(
        device,
        doc,
        body,
        lambda painter, page, pages: _furniture(
            painter, frame, tl, tr, lang, rtl, when, page, pages
        ),
    )


def _furniture(
    painter: QPainter,
    frame: Frame,
    tl: dict[str, Any],
    tr: Callable[..., str],
    lang: str,
    rtl: bool,
    when: str,
    page: int,
    pages: int,
) -> None:
    u = frame.unit
    lead = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    trail = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    absolute = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    painter.save()
    painter.setFont(report_font(lang, 7.5))
    painter.setPen(QColor(MUTED))
    line = QRectF(0, 0, frame.width, 14 * u)
    painter.drawText(line, absolute | lead, tr(S_TITLE))
    painter.drawText(line, absolute | trail, tl["situation"]["name"])
    painter.setPen(QPen(QColor(ACCENT), 1.2 * u))
    painter.drawLine(QPointF(0, 17 * u), QPointF(frame.width, 17 * u))
    top = frame.height - frame.footer + 8 * u
    painter.setPen(QPen(QColor(RULE), 0.6 * u))
    painter.drawLine(QPointF(0, top), QPointF(frame.width, top))
    foot = QRectF(0, top + 2 * u, frame.width, 12 * u)
    painter.setPen(QColor(MUTED))
    painter.drawText(foot, absolute | lead, tr(S_GENERATED, when=when))
    painter.setPen(QColor(INK))
    painter.drawText(foot, absolute | trail, tr(S_PAGE, page=page, pages=pages))
    painter.restore()


def write_timeline_pdf(
    tl: dict[str, Any], path: str | Path, lang: str = "en", translator: QTranslator | None = None
) -> int:
    """Writes the timeline as an A4 PDF at `path`; returns the number of pages."""
    title: Callable[..., str] = Strings(lang, translator)
    return write_a4_pdf(
        path, title(S_TITLE), lambda writer: render_timeline(tl, writer, lang, translator)
    )
