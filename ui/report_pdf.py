"""Print a situation report (`app.report_model.Report`) as a multi-page vector PDF.

`render(report, device)` draws onto any paged device (a QPdfWriter for a file, a QPrinter for
the print preview); `write_pdf(report, path)` writes an A4 file. The report is drawn in its own
language (`meta.lang`), which may differ from the interface's: the strings below are looked up
in that language's catalogue through a private QTranslator, never the application's.

How: the flowing text and tables are a QTextDocument built from HTML (every piece of record
content escaped: it is untrusted), paginated by Qt, and drawn page by page between a running
header and footer that this module paints itself. The chart and the map are vector objects
inside that document (QPyTextObject handlers), so they stay sharp in the PDF. The cover page is
laid out last, when the page of each section is known, and the page count is known before the
first page is painted.

Fonts come from resources/fonts only (Noto Sans, Noto Naskh Arabic, Noto Sans CJK SC), as one
family list whose first family suits the report's language and whose others are fallbacks, so a
name in another script still prints. A QGuiApplication must exist.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from app.report_model import SECTIONS, Count, Grid, MapData, Report, Timeline

try:  # part of PySide6-Essentials; without it an SVG logo is simply left out
    from PySide6.QtSvg import QSvgRenderer
except ImportError:  # pragma: no cover - depends on the installed Qt modules
    QSvgRenderer = None  # type: ignore[assignment,misc]

try:  # the colours the Situations page gives risk levels and late or blocked actions
    from ui.situations_page import BLOCKED, LEVEL_COLOURS, OVERDUE

    BLOCKED_BG, OVERDUE_BG = BLOCKED.name(), OVERDUE.name()
except ImportError:  # pragma: no cover - the page is part of the same package
    LEVEL_COLOURS = {"not_present": ("#eef1f4", "#202020"), "low": ("#fff3b0", "#202020"),
                     "moderate": ("#ffc069", "#202020"), "high": ("#f0603c", "#ffffff"),
                     "severe": ("#9e1b1b", "#ffffff")}
    BLOCKED_BG, OVERDUE_BG = "#fff0c2", "#fde2e1"

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
CATALOGUES = ROOT / "resources" / "translations"
CONTEXT = "Report"

# -- the report's own strings (context "Report"); lupdate finds them here -------------------
S_PAGE = QT_TRANSLATE_NOOP("Report", "Page %1 of %2")
S_GENERATED = QT_TRANSLATE_NOOP("Report", "Generated %1")
S_SHA = QT_TRANSLATE_NOOP("Report", "SHA-256")
S_HASH_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Reference of the report's content: two prints with the same reference say the "
    "same thing.")
S_CONTENTS = QT_TRANSLATE_NOOP("Report", "Contents")
S_PERIOD = QT_TRANSLATE_NOOP("Report", "Reporting period")
S_PERIOD_RANGE = QT_TRANSLATE_NOOP("Report", "%1 to %2")
S_AUDIENCE = QT_TRANSLATE_NOOP("Report", "Audience")
S_CONTINUED = QT_TRANSLATE_NOOP("Report", "%1 (continued)")
S_TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
S_NUMBER = QT_TRANSLATE_NOOP("Report", "Number")
S_FEWER = QT_TRANSLATE_NOOP("Report", "fewer than %1")

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
# timeline
S_PER_WEEK = QT_TRANSLATE_NOOP("Report", "Incidents per week")
S_PER_MONTH = QT_TRANSLATE_NOOP("Report", "Incidents per month")
S_WEEK_OF = QT_TRANSLATE_NOOP("Report", "Week starting")
S_MONTH = QT_TRANSLATE_NOOP("Report", "Month")
S_HATCH_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Hatched segments stand for fewer than %1 incidents; they are drawn at a nominal "
    "height of %2.")
# table
S_REGION_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Rows: violation type; columns: first-level administrative area.")
S_WITHHELD = QT_TRANSLATE_NOOP(
    "Report", "\u00d7: withheld, so that a small count cannot be worked out from the totals.")
# map
S_MAP_LEGEND = QT_TRANSLATE_NOOP("Report", "Incidents by area")
S_NONE_RECORDED = QT_TRANSLATE_NOOP("Report", "None recorded")
S_LOCATION = QT_TRANSLATE_NOOP("Report", "Incident location")
S_NO_BOUNDARY = QT_TRANSLATE_NOOP("Report", "No boundary data for %1")
S_MAP_SOURCE = QT_TRANSLATE_NOOP("Report", "Offline boundaries: Natural Earth.")
S_MAP_DISCLAIMER = QT_TRANSLATE_NOOP(
    "Report", "The boundaries and names shown and the designations used on this map do not "
    "imply official endorsement or acceptance by the United Nations.")
S_NO_MAP = QT_TRANSLATE_NOOP("Report", "No map data for this period.")
# key incidents
S_DATE = QT_TRANSLATE_NOOP("Report", "Date")
S_PLACE = QT_TRANSLATE_NOOP("Report", "Place")
S_VIOLATIONS = QT_TRANSLATE_NOOP("Report", "Violations")
S_VERIFICATION = QT_TRANSLATE_NOOP("Report", "Verification")
S_NAMED = QT_TRANSLATE_NOOP("Report", "Named persons")
S_NO_KEY_INCIDENTS = QT_TRANSLATE_NOOP("Report", "No key incidents in this period.")
S_UNLISTED = QT_TRANSLATE_NOOP(
    "Report", "Incidents not listed one by one, as listing them would reveal a figure too "
    "small to publish: %1.")
S_NO_SUMMARY = QT_TRANSLATE_NOOP(
    "Report", "Incidents in this report with no summary cleared for partners and the public "
    "(none is printed for them): %1.")
S_SINGLE_USER = QT_TRANSLATE_NOOP(
    "Report", "Summaries cleared by their author alone, in an office with a single user: %1.")
# risk
S_ASSESSED_ON = QT_TRANSLATE_NOOP("Report", "Assessed on %1")
S_PREVIOUS_ON = QT_TRANSLATE_NOOP("Report", "previous assessment %1")
S_FIRST_ASSESSMENT = QT_TRANSLATE_NOOP("Report", "first assessment")
S_OVERALL = QT_TRANSLATE_NOOP("Report", "Overall level: %1")
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
S_LATE_SUMMARY = QT_TRANSLATE_NOOP("Report", "Actions: %1; overdue: %2; blocked: %3.")
S_NO_ACTIONS = QT_TRANSLATE_NOOP("Report", "No actions in this period.")
# sources
S_SOURCES_BY_TYPE = QT_TRANSLATE_NOOP("Report", "Sources by type")
S_SOURCE_TYPE = QT_TRANSLATE_NOOP("Report", "Source type")
S_NO_SOURCES = QT_TRANSLATE_NOOP("Report", "No sources in this period.")
S_METHODOLOGY = QT_TRANSLATE_NOOP("Report", "Methodology")
S_THRESHOLD = QT_TRANSLATE_NOOP(
    "Report", "To protect the people concerned, counts from 1 to %1 are shown as \u201c<%2\u201d.")
S_THRESHOLD_INTERNAL = QT_TRANSLATE_NOOP(
    "Report", "This report is for internal use: every count is shown in full.")

# -- look --------------------------------------------------------------------------------
INK = "#1d2530"
MUTED = "#5b6673"
HEADING = "#1f4e79"
ACCENT = "#009edb"  # UN blue
MARKING = "#a4161a"
RULE = "#c8ced6"
HEAD_BG = "#1f4e79"
ZEBRA = "#f3f6f9"
TOTAL_BG = "#e4ebf2"
SERIES_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                  "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]
MAP_CLASSES = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
MAP_EMPTY = "#f4f4f2"
POINT_COLOUR = "#c0392b"

BODY_PT = 9.5
SMALL_PT = 7.5
TABLE_COLUMNS = 6  # admin-1 columns per table before it is split
MARGINS_MM = QMarginsF(18, 12, 18, 12)

LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٬٫۰۱۲۳۴۵۶۷۸۹", "0123456789,.0123456789")
PRIMARY = {"ar": "arabic", "zh": "cjk"}
_families: dict[str, str] | None = None


# -- fonts and strings ---------------------------------------------------------------------

def load_fonts() -> dict[str, str]:
    """Registers the fonts in resources/fonts once; returns their families by script
    ("latin", "arabic", "cjk"). Needs a QGuiApplication."""
    global _families
    if _families is None:
        if QCoreApplication.instance() is None:
            raise RuntimeError("load_fonts() needs a QGuiApplication")
        found: dict[str, str] = {}
        for path in sorted(FONTS.iterdir()):
            if path.suffix.lower() not in (".ttf", ".otf"):
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"cannot load the font {path.name}")
            name = QFontDatabase.applicationFontFamilies(font_id)[0]
            script = ("arabic" if "Arabic" in name else "cjk" if "CJK" in name or "SC" in name
                      else "latin")
            found[script] = name
        _families = found
    return dict(_families)


def font_families(lang: str) -> list[str]:
    """The report's family list: the one for `lang` first, the others as fallbacks."""
    families = load_fonts()
    first = PRIMARY.get(lang, "latin")
    order = [first] + [s for s in ("latin", "arabic", "cjk") if s != first]
    return [families[s] for s in order if s in families]


def report_font(lang: str, point_size: float = BODY_PT, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(font_families(lang))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # Qt's PDF writer maps a glyph back to text through the font's cmap only: a glyph that
    # shaping substitutes (the "fi" ligature; Noto Sans CJK's "locl" digits) would copy,
    # search and read aloud as garbage, and the printed hash could not be checked
    for tag in ("liga", "locl"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


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

    def __call__(self, source: str, *args: object) -> str:
        text = ""
        if self.translator is not None:
            text = self.translator.translate(CONTEXT, source)
        text = text or source
        if not args:
            return text
        # in one pass, so a placeholder inside an argument (record content) stays as it is
        return re.sub(r"%(\d)", lambda m: str(args[int(m.group(1)) - 1])
                      if 0 < int(m.group(1)) <= len(args) else m.group(0), text)


# -- small helpers -------------------------------------------------------------------------

def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def timestamp(value: str) -> str:
    """An ISO 8601 UTC time as "2024-05-31 14:02 UTC"; anything else as given."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment.strftime("%Y-%m-%d %H:%M") + " UTC"


def date_label(iso: str, unit: str, lang: str) -> tuple[str, str]:
    """A bucket's axis label in two lines (day and month, or month; then the year)."""
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    if not day.isValid():
        return iso, ""
    locale = QLocale(lang)
    if lang == "zh":
        first = locale.toString(day, "M月d日" if unit == "week" else "M月")
    else:
        first = locale.toString(day, "d MMM" if unit == "week" else "MMM")
    return first.translate(LATIN_DIGITS), str(day.year())


def nice_ticks(top: float, count: int = 5) -> tuple[int, int]:
    """(step, axis maximum) with integer steps of 1, 2 or 5 × 10^k."""
    top = max(top, 1.0)
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(s * magnitude for s in (1, 2, 5, 10) if s * magnitude >= raw)
    step = max(1, int(step))
    return step, int(math.ceil(top / step) * step)


def hatch(painter: QPainter, area: QRectF | QPainterPath, colour: QColor, gap: float,
          width: float) -> None:
    """Diagonal vector hatching over `area` (the PDF keeps lines, not a raster pattern)."""
    path = area if isinstance(area, QPainterPath) else QPainterPath()
    if isinstance(area, QRectF):
        path.addRect(area)
    box = path.boundingRect()
    painter.save()
    painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
    painter.setPen(QPen(colour, width))
    x = box.left() - box.height()
    while x < box.right():
        painter.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()))
        x += gap
    painter.restore()


def unit_of(device: QPaintDevice) -> float:
    """Device pixels per typographic point."""
    return device.logicalDpiY() / 72.0


# -- vector objects inside the document ----------------------------------------------------

class Drawable(Protocol):
    def size(self, width: float, unit: float, device: QPaintDevice) -> QSizeF: ...

    def paint(self, painter: QPainter, rect: QRectF, unit: float) -> None: ...


OBJECT_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 1
OBJECT_ID = int(QTextFormat.Property.UserProperty) + 1


class ObjectHandler(QPyTextObject):
    """Sizes and paints the charts, the map and the logo where the document holds them."""

    def __init__(self, items: list[Drawable]) -> None:
        super().__init__()
        self.items = items

    def intrinsicSize(self, doc: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        device = doc.documentLayout().paintDevice()
        item = self.items[int(fmt.property(OBJECT_ID))]
        width = (doc.textWidth() if doc.textWidth() > 0 else doc.pageSize().width()) - 2
        return item.size(width, unit_of(device), device)

    def drawObject(self, painter: QPainter, rect: QRectF, _doc: QTextDocument,  # noqa: N802
                   _pos: int, fmt: QTextFormat) -> None:
        painter.save()
        self.items[int(fmt.property(OBJECT_ID))].paint(painter, rect, unit_of(painter.device()))
        painter.restore()


@dataclass
class Legend:
    """Legend entries laid out in rows (mirrored for right-to-left)."""

    entries: list[tuple[str, str, str]]  # (label, colour, kind: "box" | "hatch" | "dot")
    font: QFont
    rtl: bool

    def label(self, i: int, width: float, unit: float, metrics: QFontMetricsF) -> str:
        return metrics.elidedText(self.entries[i][0], Qt.TextElideMode.ElideRight,
                                  width - 30 * unit)

    def rows(self, width: float, unit: float, device: QPaintDevice) -> list[list[int]]:
        metrics = QFontMetricsF(self.font, device)
        rows: list[list[int]] = [[]]
        used = 0.0
        for i in range(len(self.entries)):
            label = self.label(i, width, unit, metrics)
            need = 14 * unit + metrics.horizontalAdvance(label) + 12 * unit
            if rows[-1] and used + need > width:
                rows.append([])
                used = 0.0
            rows[-1].append(i)
            used += need
        return rows if rows[0] else []

    def height(self, width: float, unit: float, device: QPaintDevice) -> float:
        return len(self.rows(width, unit, device)) * 13 * unit

    def paint(self, painter: QPainter, rect: QRectF, unit: float) -> None:
        device = painter.device()
        metrics = QFontMetricsF(self.font, device)
        painter.setFont(self.font)
        y = rect.top()
        for row in self.rows(rect.width(), unit, device):
            x = 0.0
            for i in row:
                _label, colour, kind = self.entries[i]
                label = self.label(i, rect.width(), unit, metrics)
                text_w = metrics.horizontalAdvance(label)
                swatch = QRectF(0, 0, 9 * unit, 9 * unit)
                if self.rtl:
                    swatch.moveTopLeft(QPointF(rect.right() - x - 9 * unit, y + 2 * unit))
                    text_rect = QRectF(swatch.left() - 4 * unit - text_w, y, text_w + 1, 13 * unit)
                else:
                    swatch.moveTopLeft(QPointF(rect.left() + x, y + 2 * unit))
                    text_rect = QRectF(swatch.right() + 4 * unit, y, text_w + 1, 13 * unit)
                draw_swatch(painter, swatch, QColor(colour), kind, unit)
                painter.setPen(QColor(INK))
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter
                                 | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
                                 label)
                x += 14 * unit + text_w + 12 * unit
            y += 13 * unit


def draw_swatch(painter: QPainter, rect: QRectF, colour: QColor, kind: str, unit: float) -> None:
    painter.save()
    if kind == "dot":
        painter.setPen(QPen(QColor("white"), 0.6 * unit))
        painter.setBrush(colour)
        painter.drawEllipse(rect.center(), 3 * unit, 3 * unit)
    else:
        painter.setPen(QPen(QColor(MUTED), 0.4 * unit))
        painter.setBrush(QColor("white") if kind == "hatch" else colour)
        painter.drawRect(rect)
        if kind == "hatch":
            hatch(painter, rect, colour, 2.2 * unit, 0.6 * unit)
    painter.restore()


@dataclass
class BarChart:
    """A stacked bar chart of the timeline. A bar is as tall as its total: the types shown
    exactly are stacked, and what the suppressed types add up to (the total less the shown
    ones) is one hatched segment on top. Only a bar whose total is itself suppressed is
    drawn at a nominal height, hatched whole."""

    timeline: Timeline
    threshold: int
    tr: Strings
    rtl: bool
    lang: str
    font: QFont = field(init=False)
    legend: Legend = field(init=False)

    PLOT_PT = 190.0

    def __post_init__(self) -> None:
        self.font = report_font(self.lang, SMALL_PT)
        self.nominal = max(1, self.threshold - 1)
        entries = [(s.label, SERIES_COLOURS[i % len(SERIES_COLOURS)], "box")
                   for i, s in enumerate(self.timeline.series)]
        if any(v.suppressed for s in self.timeline.series for v in s.values):
            entries.append((self.tr(S_FEWER, self.threshold), MUTED, "hatch"))
        self.legend = Legend(entries, self.font, self.rtl)

    def stack(self, i: int) -> list[tuple[int, float, bool]]:
        """Bucket i's segments, bottom up: (series index or -1 for the hatched rest, height,
        hatched)."""
        shown = [(j, float(s.values[i].n)) for j, s in enumerate(self.timeline.series)
                 if i < len(s.values) and s.values[i].n]
        total = self.timeline.totals[i] if i < len(self.timeline.totals) else None
        if total is None or total.n is None:
            hidden = any(i < len(s.values) and s.values[i].suppressed
                         for s in self.timeline.series) or (total is not None)
            return [(-1, float(self.nominal), True)] if hidden else []
        segments = [(j, v, False) for j, v in shown]
        rest = total.n - sum(v for _j, v in shown)
        if rest > 0:
            segments.append((-1, float(rest), True))
        return segments

    def size(self, width: float, unit: float, device: QPaintDevice) -> QSizeF:
        return QSizeF(width, (18 + self.PLOT_PT + 40) * unit
                      + self.legend.height(width, unit, device))

    def paint(self, painter: QPainter, rect: QRectF, unit: float) -> None:
        device = painter.device()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.rtl
                                   else Qt.LayoutDirection.LeftToRight)
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font, device)
        buckets = self.timeline.buckets
        stacks = [sum(v for _j, v, _h in self.stack(i)) for i in range(len(buckets))]
        step, top = nice_ticks(max(stacks, default=0))
        ticks = list(range(0, top + 1, step))
        axis_w = max(metrics.horizontalAdvance(str(t)) for t in ticks) + 6 * unit

        # the plot area, in left-to-right coordinates; mirror() flips x for right-to-left
        plot = QRectF(rect.left() + axis_w, rect.top() + 18 * unit,
                      rect.width() - axis_w - 4 * unit, self.PLOT_PT * unit)

        def mirror(x: float) -> float:
            return rect.left() + rect.right() - x if self.rtl else x

        def mrect(r: QRectF) -> QRectF:
            return QRectF(mirror(r.right()), r.top(), r.width(), r.height()) if self.rtl else r

        def y_of(v: float) -> float:
            return plot.bottom() - v / top * plot.height()

        align_axis = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        # y axis title above the tick labels
        title_rect = mrect(QRectF(rect.left(), rect.top(), rect.width() / 2, 10 * unit))
        painter.setPen(QColor(MUTED))
        lead = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignBottom
                         | lead, self.tr(S_INCIDENTS))
        # grid lines and tick labels
        for t in ticks:
            y = y_of(t)
            painter.setPen(QPen(QColor(RULE if t else MUTED), (0.4 if t else 0.8) * unit))
            painter.drawLine(QPointF(mirror(plot.left()), y), QPointF(mirror(plot.right()), y))
            label = mrect(QRectF(rect.left(), y - 6 * unit, axis_w - 4 * unit, 12 * unit))
            painter.setPen(QColor(MUTED))
            painter.drawText(label, align_axis | (Qt.AlignmentFlag.AlignLeft if self.rtl
                                                  else Qt.AlignmentFlag.AlignRight), str(t))
        if not buckets:
            return
        slot = plot.width() / len(buckets)
        bar_w = slot * 0.7
        label_w = max(metrics.horizontalAdvance(date_label(b, self.timeline.unit, self.lang)[0])
                      for b in buckets) + 6 * unit
        every = max(1, math.ceil(label_w / slot))
        show_totals = len(self.timeline.totals) == len(buckets) and all(
            metrics.horizontalAdvance(t.text) <= slot * 0.95 for t in self.timeline.totals)
        previous_year = ""
        for i, bucket in enumerate(buckets):
            x0 = plot.left() + i * slot + (slot - bar_w) / 2
            base = 0.0
            for j, value, hatched in self.stack(i):
                seg = mrect(QRectF(x0, y_of(base + value), bar_w, y_of(base) - y_of(base + value)))
                colour = QColor(MUTED if j < 0 else SERIES_COLOURS[j % len(SERIES_COLOURS)])
                if hatched:
                    painter.setPen(QPen(colour, 0.5 * unit))
                    painter.setBrush(QColor("white"))
                    painter.drawRect(seg)
                    hatch(painter, seg, colour, 2.2 * unit, 0.7 * unit)
                else:
                    painter.setPen(QPen(QColor("white"), 0.3 * unit))
                    painter.setBrush(colour)
                    painter.drawRect(seg)
                base += value
            if show_totals and base > 0:
                painter.setPen(QColor(INK))
                painter.drawText(mrect(QRectF(x0 - slot, y_of(base) - 11 * unit, bar_w + 2 * slot,
                                              10 * unit)),
                                 Qt.AlignmentFlag.AlignCenter, self.timeline.totals[i].text)
            first, year = date_label(bucket, self.timeline.unit, self.lang)
            if i % every == 0:
                painter.setPen(QColor(MUTED))
                centre = plot.left() + i * slot + slot / 2
                box = mrect(QRectF(centre - label_w / 2, plot.bottom() + 2 * unit, label_w,
                                   10 * unit))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, first)
                if year != previous_year:
                    painter.drawText(box.translated(0, 9 * unit), Qt.AlignmentFlag.AlignCenter,
                                     year)
                    previous_year = year
        # x axis title and legend
        painter.setPen(QColor(MUTED))
        axis_title = self.tr(S_WEEK_OF if self.timeline.unit == "week" else S_MONTH)
        painter.drawText(QRectF(rect.left(), plot.bottom() + 22 * unit, rect.width(), 11 * unit),
                         Qt.AlignmentFlag.AlignCenter, axis_title)
        self.legend.paint(painter, QRectF(rect.left(), plot.bottom() + 38 * unit, rect.width(),
                                          rect.bottom() - plot.bottom() - 38 * unit), unit)


class ShapeLike(Protocol):
    code: str
    name: str
    iso3: str
    bbox: tuple[float, float, float, float]
    polygons: list[list[tuple[float, float]]]


def boundaries(iso3: str) -> tuple[ShapeLike | None, list[ShapeLike]]:
    """The country's outline and admin-1 areas from app.boundaries (None, [] when absent)."""
    try:
        from app.boundaries import admin1_shapes, country_shape
    except ImportError:  # the boundary data is an optional part of an installation
        return None, []
    return country_shape(iso3), list(admin1_shapes(iso3))


@dataclass
class MapFigure:
    """Countries outlined, admin-1 areas shaded by count (suppressed ones hatched), points."""

    data: MapData
    threshold: int
    tr: Strings
    rtl: bool
    lang: str
    MAX_HEIGHT_PT = 430.0

    def __post_init__(self) -> None:
        self.font = report_font(self.lang, SMALL_PT)
        self.label_font = report_font(self.lang, 6.5)
        self.countries: list[ShapeLike] = []
        self.areas: list[ShapeLike] = []
        self.missing: list[str] = []
        for iso3 in self.data.countries:
            country, areas = boundaries(iso3)
            if country is None and not areas:
                self.missing.append(iso3)
            if country is not None:
                self.countries.append(country)
            self.areas.extend(areas)
        self.counts: dict[int, Count] = {}
        self.names: dict[int, str] = {}
        by_code = {s.code.casefold(): i for i, s in enumerate(self.areas)}
        by_name = {s.name.casefold(): i for i, s in enumerate(self.areas)}
        for area in self.data.areas:
            i = by_code.get(area.code.casefold(), by_name.get(area.name.casefold()))
            if i is None:
                i = by_name.get(area.code.casefold())
            if i is not None:
                self.counts[i] = area.count
                self.names[i] = area.name
        values = sorted({c.n for c in self.counts.values() if c.n})
        self.breaks = class_breaks(values, len(MAP_CLASSES))
        entries: list[tuple[str, str, str]] = []
        for k, (lo, hi) in enumerate(self.breaks):
            colour = MAP_CLASSES[round(k * (len(MAP_CLASSES) - 1) / max(1, len(self.breaks) - 1))]
            entries.append((str(lo) if lo == hi else f"{lo}\u2013{hi}", colour, "box"))
        self.class_colours = [c for _l, c, _k in entries]
        if any(c.suppressed for c in self.counts.values()):
            entries.append((self.tr(S_FEWER, self.threshold), MAP_CLASSES[3], "hatch"))
        if self.areas and len(self.counts) < len(self.areas):
            entries.append((self.tr(S_NONE_RECORDED), MAP_EMPTY, "box"))
        if self.data.points:
            entries.append((self.tr(S_LOCATION), POINT_COLOUR, "dot"))
        self.legend = Legend(entries, self.font, self.rtl)
        self.bbox = self._bbox()

    def _bbox(self) -> tuple[float, float, float, float] | None:
        boxes = [s.bbox for s in (self.countries or self.areas)]
        if boxes:
            return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                    max(b[2] for b in boxes), max(b[3] for b in boxes))
        if self.data.points:
            lons = [p.lon for p in self.data.points]
            lats = [p.lat for p in self.data.points]
            pad = max(0.5, (max(lons) - min(lons)) * 0.1, (max(lats) - min(lats)) * 0.1)
            return min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad
        return None

    def _notes(self) -> list[str]:
        notes = []
        if self.missing:
            notes.append(self.tr(S_NO_BOUNDARY, ", ".join(self.missing)))
        notes.append(self.tr(S_MAP_SOURCE) + " " + self.tr(S_MAP_DISCLAIMER))
        return notes

    def _frame(self, width: float, unit: float) -> QSizeF:
        if self.bbox is None:
            return QSizeF(width, 60 * unit)
        minx, miny, maxx, maxy = self.bbox
        kx = math.cos(math.radians((miny + maxy) / 2))
        aspect = max(1e-6, (maxx - minx) * kx) / max(1e-6, maxy - miny)
        height = min(width / aspect, width * 0.8, self.MAX_HEIGHT_PT * unit)
        return QSizeF(width, height)

    def _notes_height(self, width: float, unit: float, device: QPaintDevice) -> float:
        metrics = QFontMetricsF(self.font, device)
        flags = int(Qt.TextFlag.TextWordWrap)
        return sum(metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, n).height() + 2 * unit
                   for n in self._notes())

    def size(self, width: float, unit: float, device: QPaintDevice) -> QSizeF:
        title = 12 * unit if self.areas else 0.0
        return QSizeF(width, self._frame(width, unit).height() + 6 * unit + title
                      + self.legend.height(width, unit, device)
                      + self._notes_height(width, unit, device) + 4 * unit)

    def paint(self, painter: QPainter, rect: QRectF, unit: float) -> None:
        device = painter.device()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.rtl
                                   else Qt.LayoutDirection.LeftToRight)
        frame_size = self._frame(rect.width(), unit)
        frame = QRectF(rect.topLeft(), frame_size)
        painter.setPen(QPen(QColor(RULE), 0.6 * unit))
        painter.setBrush(QColor("#fbfcfd"))
        painter.drawRect(frame)
        if self.bbox is not None:
            painter.save()
            painter.setClipRect(frame)
            self._paint_map(painter, frame, unit)
            painter.restore()
        y = frame.bottom() + 6 * unit
        painter.setFont(self.font)
        painter.setPen(QColor(INK))
        if self.areas:
            title = QRectF(rect.left(), y, rect.width(), 11 * unit)
            painter.drawText(title, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
                             | (Qt.AlignmentFlag.AlignRight if self.rtl
                                else Qt.AlignmentFlag.AlignLeft), self.tr(S_MAP_LEGEND))
            y += 12 * unit
        legend_h = self.legend.height(rect.width(), unit, device)
        self.legend.paint(painter, QRectF(rect.left(), y, rect.width(), legend_h), unit)
        y += legend_h + 2 * unit
        painter.setFont(self.font)
        painter.setPen(QColor(MUTED))
        metrics = QFontMetricsF(self.font, device)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft)
        for note in self._notes():
            box = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), int(flags), note)
            painter.drawText(QRectF(rect.left(), y, rect.width(), box.height() + unit), flags, note)
            y += box.height() + 2 * unit

    def _paint_map(self, painter: QPainter, frame: QRectF, unit: float) -> None:
        assert self.bbox is not None
        minx, miny, maxx, maxy = self.bbox
        kx = math.cos(math.radians((miny + maxy) / 2))
        inner = frame.adjusted(*(v * unit for v in (8, 8, -8, -8)))
        scale = min(inner.width() / max(1e-6, (maxx - minx) * kx),
                     inner.height() / max(1e-6, maxy - miny))
        ox = inner.center().x() - (minx + maxx) / 2 * kx * scale
        oy = inner.center().y() + (miny + maxy) / 2 * scale

        def project(lon: float, lat: float) -> QPointF:
            return QPointF(ox + lon * kx * scale, oy - lat * scale)

        def path_of(shape: ShapeLike) -> QPainterPath:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for ring in shape.polygons:
                if len(ring) > 2:
                    path.addPolygon(QPolygonF([project(lon, lat) for lon, lat in ring]))
                    path.closeSubpath()
            return path

        for country in self.countries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(MAP_EMPTY))
            painter.drawPath(path_of(country))
        labels: list[tuple[int, QPainterPath]] = []
        for i, area in enumerate(self.areas):
            path = path_of(area)
            count = self.counts.get(i)
            painter.setPen(QPen(QColor("#ffffff"), 0.6 * unit))
            if count is None:
                painter.setBrush(QColor(MAP_EMPTY))
                painter.drawPath(path)
            elif count.suppressed:
                painter.setBrush(QColor("#ffffff"))
                painter.drawPath(path)
                hatch(painter, path, QColor(MAP_CLASSES[3]), 2.4 * unit, 0.6 * unit)
            else:
                painter.setBrush(QColor(self._colour(count.n or 0)))
                painter.drawPath(path)
            painter.setPen(QPen(QColor("#9aa5b1"), 0.35 * unit))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            if count is not None:
                labels.append((i, path))
        for country in self.countries:
            painter.setPen(QPen(QColor("#3c4650"), 0.9 * unit))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path_of(country))
        for point in self.data.points:
            r = min(5.0, 1.8 + 0.6 * math.sqrt(max(1, point.weight))) * unit
            painter.setPen(QPen(QColor("white"), 0.5 * unit))
            colour = QColor(POINT_COLOUR)
            colour.setAlphaF(0.85)
            painter.setBrush(colour)
            painter.drawEllipse(project(point.lon, point.lat), r, r)
        self._paint_labels(painter, labels, frame, unit)

    def _paint_labels(self, painter: QPainter, labels: list[tuple[int, QPainterPath]],
                      frame: QRectF, unit: float) -> None:
        """Area names with their counts, largest counts first, none overlapping another."""
        painter.setFont(self.label_font)
        metrics = QFontMetricsF(self.label_font, painter.device())
        placed: list[QRectF] = []
        ranked = sorted(labels, key=lambda lp: -(self.counts[lp[0]].n or 0))
        for i, path in ranked:
            text = f"{self.names.get(i) or self.areas[i].name} ({self.counts[i].text})"
            centre = label_point(path)
            w = metrics.horizontalAdvance(text) + 4 * unit
            h = 10 * unit
            # the middle of the area first, then just around it (a small area's neighbour)
            for dx, dy in ((0, 0), (0, -h), (0, h), (0, -2 * h), (0, 2 * h), (-w / 2, 0),
                           (w / 2, 0), (0, -3 * h), (0, 3 * h)):
                box = QRectF(centre.x() - w / 2 + dx, centre.y() - h / 2 + dy, w, h)
                if frame.contains(box) and not any(box.intersects(o) for o in placed):
                    break
            else:
                continue
            placed.append(box)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 190))
            painter.drawRoundedRect(box, 2 * unit, 2 * unit)
            painter.setPen(QColor(INK))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _colour(self, n: int) -> str:
        for (lo, hi), colour in zip(self.breaks, self.class_colours, strict=True):
            if lo <= n <= hi:
                return colour
        return self.class_colours[-1] if self.class_colours else MAP_EMPTY


def label_point(path: QPainterPath) -> QPointF:
    """A point inside the largest polygon of `path`, near its middle."""
    best = max(path.toSubpathPolygons(), key=lambda p: p.boundingRect().width()
               * p.boundingRect().height(), default=None)
    if best is None:
        return path.boundingRect().center()
    box = best.boundingRect()
    centre = box.center()
    if best.containsPoint(centre, Qt.FillRule.OddEvenFill):
        return centre
    # scan the middle row for the widest inside run and take its middle
    y = centre.y()
    xs = sorted(x for x in _crossings(best, y))
    runs = [(xs[k], xs[k + 1]) for k in range(0, len(xs) - 1, 2)]
    if runs:
        a, b = max(runs, key=lambda r: r[1] - r[0])
        return QPointF((a + b) / 2, y)
    return centre


def _crossings(polygon: QPolygonF, y: float) -> list[float]:
    out = []
    n = polygon.size()
    for k in range(n):
        p, q = polygon.at(k), polygon.at((k + 1) % n)
        if (p.y() <= y < q.y()) or (q.y() <= y < p.y()):
            out.append(p.x() + (y - p.y()) * (q.x() - p.x()) / (q.y() - p.y()))
    return out


def class_breaks(values: Sequence[int], classes: int) -> list[tuple[int, int]]:
    """Up to `classes` ranges covering the sorted distinct `values` (quantile-like)."""
    if not values:
        return []
    if len(values) <= classes:
        bounds = list(values)
        return [(bounds[k - 1] + 1 if k else bounds[0], v) for k, v in enumerate(bounds)]
    out: list[tuple[int, int]] = []
    lo = values[0]
    for k in range(1, classes + 1):
        hi = values[min(len(values) - 1, round(k * len(values) / classes) - 1)]
        if hi >= lo:
            out.append((lo, hi))
            lo = hi + 1
    return out


@dataclass
class Logo:
    path: str
    HEIGHT_PT = 46.0

    def __post_init__(self) -> None:
        self.svg = None
        self.image = QImage()
        if self.path.lower().endswith(".svg") and QSvgRenderer is not None:
            renderer = QSvgRenderer(self.path)
            if renderer.isValid():
                self.svg = renderer
        else:
            self.image = QImage(self.path)

    @property
    def valid(self) -> bool:
        return self.svg is not None or not self.image.isNull()

    def _aspect(self) -> float:
        if self.svg is not None:
            box = self.svg.viewBoxF()
            return box.width() / box.height() if box.height() else 1.0
        return self.image.width() / self.image.height() if self.image.height() else 1.0

    def size(self, width: float, unit: float, device: QPaintDevice) -> QSizeF:
        h = self.HEIGHT_PT * unit
        return QSizeF(min(width, h * self._aspect()), h)

    def paint(self, painter: QPainter, rect: QRectF, unit: float) -> None:
        if self.svg is not None:
            self.svg.render(painter, rect)
        elif not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, self.image)


# -- the document ------------------------------------------------------------------------

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
    def t(self, source: str, *args: object) -> str:
        return esc(self.tr(source, *args))

    def obj(self, item: Drawable) -> str:
        self.objects.append(item)
        return f'<p align="center">\ue000OBJ{len(self.objects) - 1}\ue000</p>'

    def note(self, text: str) -> str:
        return (f'<p style="color:{MUTED}; font-style:italic; margin-top:4px">'
                f'{text}</p>')

    def h2(self, number: int, title: str) -> str:
        return (f'<h2 style="color:{HEADING}; font-size:15pt; margin-top:16px; '
                f'margin-bottom:6px">{number}\u2003{title}</h2>')

    def h3(self, title: str) -> str:
        return (f'<h3 style="color:{HEADING}; font-size:11pt; margin-top:12px; '
                f'margin-bottom:4px">{title}</h3>')

    def table(self, head: list[Cell], rows: list[list[Cell]], foot: list[Cell] | None = None,
              widths: list[int] | None = None, width: int = 100) -> str:
        """A ruled table; columns run right to left in a right-to-left report."""
        def cell(c: Cell, i: int, zebra: bool) -> str:
            tag = "th" if c.head else "td"
            align = self.trail if c.num else self.lead
            bg = c.bg or (HEAD_BG if c.head else (ZEBRA if zebra else None))
            fg = c.fg or ("#ffffff" if c.head else None)
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
        return (f'<table width="{width}%"{align} border="1" cellspacing="0" cellpadding="4" '
                f'style="border-collapse:collapse; border-color:{RULE}; border-style:solid; '
                f'margin-top:4px; margin-bottom:8px">'
                f"<thead>{row(head)}</thead>{body}</table>")

    def count_table(self, label: str, pairs: list[tuple[str, Count]], *, width: int = 70) -> str:
        head = [Cell(esc(label), head=True), Cell(self.t(S_NUMBER), num=True, head=True)]
        rows = [[Cell(esc(name)), Cell(esc(c.text), num=True)] for name, c in pairs]
        return self.table(head, rows, widths=[75, 25], width=width)

    def grid_tables(self, grid: Grid, corner: str, title: str | None = None) -> str:
        """The grid with totals, split every TABLE_COLUMNS columns (row totals in the last)."""
        parts = max(1, math.ceil(len(grid.cols) / TABLE_COLUMNS))
        size = math.ceil(len(grid.cols) / parts) if grid.cols else 0
        chunks = [list(range(k, min(k + size, len(grid.cols))))
                  for k in range(0, len(grid.cols), size or 1)] or [[]]
        columns = max(len(chunk) + (k == len(chunks) - 1) for k, chunk in enumerate(chunks))
        out = []
        for n, cols in enumerate(chunks):
            last = n == len(chunks) - 1
            head = [Cell(esc(corner), head=True)] + [Cell(esc(grid.cols[c]), num=True, head=True)
                                                     for c in cols]
            if last:
                head.append(Cell(self.t(S_TOTAL), num=True, head=True))
            rows = []
            for r, name in enumerate(grid.rows):
                cells = [Cell(esc(name))] + [Cell(esc(grid.cells[r][c].text), num=True)
                                             for c in cols]
                if last:
                    cells.append(Cell(esc(grid.row_totals[r].text), num=True, bold=True))
                rows.append(cells)
            foot = [Cell(self.t(S_TOTAL))] + [Cell(esc(grid.col_totals[c].text), num=True)
                                              for c in cols]
            if last:
                foot.append(Cell(esc(grid.total.text), num=True))
            if n and title:
                out.append(f'<p style="color:{MUTED}; margin-top:6px">'
                           f'{self.t(S_CONTINUED, title)}</p>')
            # the same column widths in every part, so the parts read as one table
            first_w = 28 if columns > 3 else 45
            other = (100 - first_w) // columns
            out.append(self.table(head, rows, foot, widths=[first_w] + [other] * (len(head) - 1),
                                  width=first_w + other * (len(head) - 1)))
        every = [c for row in grid.cells for c in row] + grid.row_totals + grid.col_totals
        if any(c.n is None and not c.text.startswith("<") for c in every):
            out.append(self.note(self.t(S_WITHHELD)))
        return "".join(out)

    # sections
    def key_figures(self) -> str:
        r = self.report
        figures = [(S_INCIDENTS, r.incidents), (S_ACTS, r.acts), (S_VICTIMS, r.victims)]
        cells = [f'<td width="32%" align="center" bgcolor="{ZEBRA}">'
                 f'<p style="font-size:22pt; font-weight:bold; color:{HEADING}">{esc(c.text)}</p>'
                 f'<p style="color:{MUTED}">{self.t(label)}</p></td>' for label, c in figures]
        if self.rtl:
            cells.reverse()
        gap = '<td width="2%"></td>'
        out = [f'<table width="100%" cellspacing="0" cellpadding="8" border="0" '
               f'style="margin-bottom:6px"><tr>{gap.join(cells)}</tr></table>']
        if not (r.by_violation or r.by_verification or r.incidents.n):
            out.append(self.note(self.t(S_NO_INCIDENTS)))
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

    def timeline(self) -> str:
        tl = self.report.timeline
        if not tl.buckets or not tl.series:
            return self.note(self.t(S_NO_INCIDENTS))
        out = [f'<p style="color:{MUTED}">'
               f'{self.t(S_PER_WEEK if tl.unit == "week" else S_PER_MONTH)}</p>',
               self.obj(BarChart(tl, self.meta.threshold, self.tr, self.rtl, self.meta.lang))]
        if any(t.suppressed for t in tl.totals):  # only those bars have a nominal height
            out.append(self.note(self.t(S_HATCH_NOTE, self.meta.threshold,
                                        max(1, self.meta.threshold - 1))))
        return "".join(out)

    def region_table(self) -> str:
        grid = self.report.table
        if not grid.rows or not grid.cols:
            return self.note(self.t(S_NO_INCIDENTS))
        return (f'<p style="color:{MUTED}">{self.t(S_REGION_NOTE)}</p>'
                + self.grid_tables(grid, self.tr(S_VIOLATION_TYPE),
                                   self.tr(SECTION_TITLES["table"])))

    def map(self) -> str:
        data = self.report.map
        if not (data.countries or data.points):
            return self.note(self.t(S_NO_MAP))
        return self.obj(MapFigure(data, self.meta.threshold, self.tr, self.rtl, self.meta.lang))

    def key_incidents(self) -> str:
        r = self.report
        notes = "".join(self.note(self.t(text, n)) for text, n in (
            (S_UNLISTED, r.unlisted_small), (S_NO_SUMMARY, r.summaries_missing),
            (S_SINGLE_USER, r.summaries_single_user)) if n)
        if not self.report.key_incidents:
            return self.note(self.t(S_NO_KEY_INCIDENTS)) + notes
        out = [notes] if notes else []
        for k in self.report.key_incidents:
            facts = [(S_DATE, esc(k.date)), (S_PLACE, esc(k.place)),
                     (S_VIOLATIONS, esc(", ".join(k.violations))),
                     (S_VERIFICATION, esc(k.verification)), (S_VICTIMS, esc(k.victims.text))]
            if k.named:
                facts.append((S_NAMED, esc(", ".join(k.named))))
            rows = [[Cell(f'<span style="color:{MUTED}">{self.t(label)}</span>'), Cell(value)]
                    for label, value in facts]
            out.append(self.h3(esc(k.title)))
            out.append(self.plain_table(rows, widths=[22, 78]))
            out.append(f"<p style=\"margin-bottom:10px\">{esc(k.summary)}</p>")
        return "".join(out)

    def plain_table(self, rows: list[list[Cell]], widths: list[int]) -> str:
        def row(cells: list[Cell]) -> str:
            tds = [f'<td width="{widths[i]}%" align="{self.lead}" valign="top">{c.html}</td>'
                   for i, c in enumerate(cells)]
            if self.rtl:
                tds.reverse()
            return "<tr>" + "".join(tds) + "</tr>"
        return (f'<table width="100%" cellspacing="0" cellpadding="2" border="0" '
                f'bgcolor="{ZEBRA}" style="margin-bottom:4px">'
                + "".join(row(r) for r in rows) + "</table>")

    def risk(self) -> str:
        if not self.report.risk:
            return self.note(self.t(S_NO_RISK))
        out = []
        for block in self.report.risk:
            out.append(self.h3(esc(block.situation)))
            when = self.tr(S_ASSESSED_ON, block.assessed_on) + " (" + (
                self.tr(S_PREVIOUS_ON, block.previous_on) if block.previous_on
                else self.tr(S_FIRST_ASSESSMENT)) + ")"
            line = esc(when)
            if block.overall:
                line += "<br/><b>" + self.t(S_OVERALL, block.overall) + "</b>"
            out.append(f'<p style="color:{MUTED}">{line}</p>')
            head = [Cell(self.t(S_FACTOR), head=True), Cell(self.t(S_LEVEL), head=True),
                    Cell(self.t(S_PREVIOUS_LEVEL), head=True), Cell(self.t(S_TREND), head=True)]
            rows = []
            for f in block.factors:
                bg, fg = LEVEL_COLOURS.get(f.level_code, (None, None))
                rows.append([Cell(esc(f.factor)), Cell(esc(f.level), bold=True, bg=bg, fg=fg),
                             Cell(esc(f.previous or "\u2014")), Cell(esc(f.trend or "\u2014"))])
            out.append(self.table(head, rows, widths=[43, 19, 19, 19]))
        return "".join(out)

    def strategy(self) -> str:
        actions = self.report.actions
        if not actions:
            return self.note(self.t(S_NO_ACTIONS))
        overdue = sum(a.overdue for a in actions)
        blocked = sum(a.blocked for a in actions)
        out = [f"<p>{self.t(S_LATE_SUMMARY, len(actions), overdue, blocked)}</p>"]
        head = [Cell(self.t(S_ACTION), head=True), Cell(self.t(S_PILLAR), head=True),
                Cell(self.t(S_LEVEL), head=True), Cell(self.t(S_LEAD), head=True),
                Cell(self.t(S_DUE), head=True), Cell(self.t(S_STATUS), head=True)]
        rows = []
        for a in actions:
            flags = [self.t(S_OVERDUE)] if a.overdue else []
            if a.blocked:
                flags.append(self.t(S_BLOCKED))
            bg = OVERDUE_BG if a.overdue else BLOCKED_BG if a.blocked else None
            status = esc(a.status)
            if flags:
                status += "<br/>" + "".join(f'<b style="color:{MARKING}">\u25b2 {f}</b><br/>'
                                            for f in flags).removesuffix("<br/>")
            lead = esc(a.lead) + (f'<br/><span style="color:{MUTED}">{esc(a.owner)}</span>'
                                  if a.owner else "")
            rows.append([
                Cell(f"<b>{esc(a.title)}</b><br/>"
                     f'<span style="color:{MUTED}">{esc(a.situation)}</span>', bg=bg),
                Cell(esc(a.pillar), bg=bg), Cell(esc(a.level), bg=bg), Cell(lead, bg=bg),
                Cell(esc(a.due or "\u2014"), bg=bg, nowrap=True), Cell(status, bg=bg)])
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
        for para in re.split(r"\n\s*\n", self.meta.methodology.strip()):
            if para.strip():
                out.append("<p>" + esc(para.strip()).replace("\n", "<br/>") + "</p>")
        if self.meta.audience == "internal":
            out.append(f"<p>{self.t(S_THRESHOLD_INTERNAL)}</p>")
        else:
            below = max(1, self.meta.threshold - 1)
            out.append(f"<p>{self.t(S_THRESHOLD, below, self.meta.threshold)}</p>")
        return "".join(out)

    def body(self) -> str:
        makers = {"key_figures": self.key_figures, "timeline": self.timeline,
                  "table": self.region_table, "map": self.map,
                  "key_incidents": self.key_incidents, "risk": self.risk,
                  "strategy": self.strategy, "sources": self.sources}
        parts = []
        for n, name in enumerate(self.sections(), start=1):
            parts.append(self.h2(n, self.t(SECTION_TITLES[name])))
            parts.append(makers[name]())
        return self.wrap("".join(parts))

    def sections(self) -> list[str]:
        return [s for s in self.meta.sections if s in SECTIONS]

    def wrap(self, inner: str) -> str:
        direction = "rtl" if self.rtl else "ltr"
        return (f'<html><body dir="{direction}" style="color:{INK}">'
                f"{inner}</body></html>")

    def cover(self, pages: dict[str, int], logo: bool) -> str:
        m = self.meta
        out = []
        if logo:
            out.append(self.obj(Logo(m.logo or "")).replace('align="center"',
                                                             f'align="{self.lead}"'))
        out.append(f'<p style="font-size:12pt; color:{MUTED}; margin-top:6px">'
                   f"{esc(m.organisation)}</p>")
        out.append(f'<p style="font-size:26pt; font-weight:bold; color:{HEADING}; '
                   f'margin-top:60px; margin-bottom:8px">{esc(m.title)}</p>')
        out.append(f'<p style="font-size:15pt; margin-bottom:6px">{esc(m.scope)}</p>')
        out.append(f'<p style="font-size:11pt; color:{MUTED}">{self.t(S_PERIOD)}: '
                   f'{self.t(S_PERIOD_RANGE, m.period_from, m.period_to)}</p>')
        audience = self.tr(AUDIENCE_LABELS[m.audience]) if m.audience in AUDIENCE_LABELS \
            else m.audience
        out.append(f'<table width="100%" cellspacing="0" cellpadding="10" border="2" '
                   f'style="border-color:{MARKING}; border-style:solid; margin-top:36px">'
                   f'<tr><td align="center"><p style="font-size:18pt; font-weight:bold; '
                   f'color:{MARKING}">{esc(m.classification)}</p>'
                   f'<p style="font-size:10pt">{self.t(S_AUDIENCE)}: {esc(audience)}</p>'
                   f"</td></tr></table>")
        names = self.sections()
        if names:
            out.append(f'<p style="font-size:12pt; font-weight:bold; color:{HEADING}; '
                       f'margin-top:36px; margin-bottom:4px">{self.t(S_CONTENTS)}</p>')
            rows = [[Cell(f"{n}\u2003{self.t(SECTION_TITLES[name])}"),
                     Cell(str(pages.get(name, "")), num=True)]
                    for n, name in enumerate(names, start=1)]
            out.append(self.toc(rows))
        return self.wrap("".join(out))

    def toc(self, rows: list[list[Cell]]) -> str:
        def row(cells: list[Cell]) -> str:
            tds = [f'<td align="{self.trail if c.num else self.lead}" '
                   f'width="{12 if c.num else 88}%" style="border-bottom: 1px dotted {RULE}">'
                   f"{c.html}</td>" for c in cells]
            if self.rtl:
                tds.reverse()
            return "<tr>" + "".join(tds) + "</tr>"
        return (f'<table width="75%" align="{self.lead}" cellspacing="0" cellpadding="3" '
                f'border="0">' + "".join(row(r) for r in rows) + "</table>")

    def cover_foot(self) -> str:
        m = self.meta
        return self.wrap(
            f'<p style="color:{MUTED}">{self.t(S_GENERATED, timestamp(m.generated_at))}</p>'
            f'<p style="margin-top:4px"><b>{self.t(S_SHA)}</b></p>'
            f'<p dir="ltr" align="{self.lead}" style="font-size:8.5pt; '
            f"font-family:'{esc(font_families('en')[0])}'\">{esc(self.report.sha256())}</p>"
            f'<p style="color:{MUTED}; font-size:7.5pt">{self.t(S_HASH_NOTE)}</p>')


def make_document(source: str, objects: list[Drawable], device: QPaintDevice, lang: str,
                  rtl: bool, width: float, height: float | None = None) -> QTextDocument:
    """A document laid out for `device`, its object markers replaced by vector objects."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(report_font(lang))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    handler = ObjectHandler(objects)
    handler.setParent(doc)
    doc.documentLayout().registerHandler(OBJECT_TYPE, handler)
    doc.setHtml(source)
    for i in range(len(objects)):
        cursor = doc.find(f"\ue000OBJ{i}\ue000")
        if cursor.isNull():
            continue
        fmt = QTextCharFormat()
        fmt.setObjectType(OBJECT_TYPE)
        fmt.setProperty(OBJECT_ID, i)
        cursor.insertText("\ufffc", fmt)
    if height is None:
        doc.setTextWidth(width)
    else:
        doc.setPageSize(QSizeF(width, height))
    return doc


def keep_headings_with_next(doc: QTextDocument, page_height: float, unit: float) -> None:
    """Moves a heading (or a run of them) to the next page when the start of what follows it
    (some 48 pt: a few lines, a table's head and first row, a whole chart; a short table
    whole) would begin on a later page, so no heading is left alone at the bottom of a page
    and an incident's facts are not cut in two."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        if not block.blockFormat().headingLevel():
            block = block.next()
            continue
        first = block
        top = layout.blockBoundingRect(first).top()
        need = top
        content_top: float | None = None
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            lines = block.layout()
            heading = bool(block.blockFormat().headingLevel())
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                line_top = rect.top() + line.y()
                need = max(need, line_top + line.height())
                if not heading and content_top is None:
                    content_top = line_top
            table = QTextCursor(block).currentTable()
            if table is not None and not heading:
                # a short table (the facts of an incident, a risk table) stays whole
                box = layout.frameBoundingRect(table)
                if box.height() < page_height / 3:
                    need = max(need, box.bottom())
                    content_top = content_top if content_top is not None else box.top()
                    break
            block = block.next()
            if content_top is not None and (need - content_top >= 48 * unit
                                            or not block.isValid()
                                            or block.blockFormat().headingLevel()):
                break
        if int(top // page_height) != int((need - 1) // page_height) and top % page_height > 1:
            fmt = QTextBlockFormat(first.blockFormat())
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(first).setBlockFormat(fmt)
            # an incremental relayout after the change can leave later blocks without lines
            doc.markContentsDirty(0, doc.characterCount())


def section_pages(doc: QTextDocument, names: list[str], page_height: float,
                  first_page: int) -> dict[str, int]:
    """The page each section's heading (h2) falls on."""
    layout = doc.documentLayout()
    pages: dict[str, int] = {}
    block = doc.begin()
    k = 0
    while block.isValid() and k < len(names):
        if block.blockFormat().headingLevel() == 2:
            y = layout.blockBoundingRect(block).top()
            pages[names[k]] = first_page + int(y // page_height)
            k += 1
        block = block.next()
    return pages


# -- pages ---------------------------------------------------------------------------------

@dataclass
class Frame:
    """Where things go on a page, in device pixels."""

    width: float
    height: float
    unit: float
    header: float = field(init=False)
    footer: float = field(init=False)

    def __post_init__(self) -> None:
        self.header = 26 * self.unit
        self.footer = 34 * self.unit

    @property
    def body(self) -> QRectF:
        return QRectF(0, self.header, self.width, self.height - self.header - self.footer)


def paint_furniture(painter: QPainter, frame: Frame, report: Report, tr: Strings, page: int,
                    pages: int) -> None:
    """The running header (classification marking, title) and footer (marking, generated-at,
    short hash, page N of M), mirrored for right-to-left."""
    meta = report.meta
    u = frame.unit
    rtl = meta.rtl
    lead = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    trail = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    absolute = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    painter.save()
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                               else Qt.LayoutDirection.LeftToRight)
    marking = report_font(meta.lang, 9.5, bold=True)
    small = report_font(meta.lang, 7.5)
    # header
    painter.setFont(marking)
    painter.setPen(QColor(MARKING))
    painter.drawText(QRectF(0, 0, frame.width, 14 * u), absolute | Qt.AlignmentFlag.AlignHCenter,
                     meta.classification)
    marking_w = QFontMetricsF(marking, painter.device()).horizontalAdvance(meta.classification)
    painter.setFont(small)
    painter.setPen(QColor(MUTED))
    metrics = QFontMetricsF(small, painter.device())
    side = (frame.width - marking_w) / 2 - 10 * u  # the title and scope keep off the marking
    if page > 1 and side > 40 * u:
        title = metrics.elidedText(meta.title, Qt.TextElideMode.ElideRight, side)
        painter.drawText(QRectF(0, 0, frame.width, 14 * u), absolute | lead, title)
        painter.drawText(QRectF(0, 0, frame.width, 14 * u), absolute | trail,
                         metrics.elidedText(meta.scope, Qt.TextElideMode.ElideRight, side))
    painter.setPen(QPen(QColor(ACCENT), 1.2 * u))
    painter.drawLine(QPointF(0, 17 * u), QPointF(frame.width, 17 * u))
    # footer
    top = frame.height - frame.footer + 8 * u
    painter.setPen(QPen(QColor(RULE), 0.6 * u))
    painter.drawLine(QPointF(0, top), QPointF(frame.width, top))
    line = QRectF(0, top + 2 * u, frame.width, 12 * u)
    painter.setPen(QColor(MUTED))
    painter.drawText(line, absolute | lead, tr(S_GENERATED, timestamp(meta.generated_at)))
    painter.save()  # a hash reads left to right in every language, in one font
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    painter.setFont(report_font("en", 7.5))
    painter.drawText(line, absolute | Qt.AlignmentFlag.AlignHCenter,
                     f"{tr(S_SHA)} {report.sha256()[:16]}")
    painter.restore()
    painter.setPen(QColor(INK))
    painter.drawText(line, absolute | trail, tr(S_PAGE, page, pages))
    painter.setFont(marking)
    painter.setPen(QColor(MARKING))
    painter.drawText(QRectF(0, top + 13 * u, frame.width, 13 * u),
                     absolute | Qt.AlignmentFlag.AlignHCenter, meta.classification)
    painter.restore()


def paint_document(painter: QPainter, doc: QTextDocument, origin: QPointF, clip: QRectF) -> None:
    """Draws the part `clip` (document coordinates) of `doc` with its top-left at `origin`."""
    painter.save()
    painter.translate(origin.x() - clip.left(), origin.y() - clip.top())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette.setColor(context.palette.ColorRole.Text, QColor(INK))
    doc.documentLayout().draw(painter, context)
    painter.restore()


def render(report: Report, device: QPagedPaintDevice, *,
           translator: QTranslator | None = None) -> int:
    """Draws `report` onto `device` (the area inside its margins), cover first; returns the
    number of pages. `translator` overrides the catalogue of the report's language."""
    meta = report.meta
    tr = Strings(meta.lang, translator)
    unit = unit_of(device)
    frame = Frame(float(device.width()), float(device.height()), unit)
    body = frame.body

    builder = Builder(report, tr)
    body_doc = make_document(builder.body(), builder.objects, device, meta.lang, meta.rtl,
                             body.width(), body.height())
    keep_headings_with_next(body_doc, body.height(), unit)
    body_pages = body_doc.pageCount()
    pages = 1 + body_pages
    names = builder.sections()
    where = section_pages(body_doc, names, body.height(), 2)

    logo = Logo(meta.logo) if meta.logo else None
    cover_builder = Builder(report, tr)
    cover_doc = make_document(cover_builder.cover(where, bool(logo and logo.valid)),
                              cover_builder.objects, device, meta.lang, meta.rtl, body.width())
    foot_doc = make_document(cover_builder.cover_foot(), [], device, meta.lang, meta.rtl,
                             body.width())

    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("cannot paint on the device")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # cover: the main block from the top, the reference block at the bottom
        foot_h = foot_doc.size().height()
        paint_document(painter, cover_doc, QPointF(0, body.top() + 10 * unit),
                       QRectF(0, 0, body.width(), body.height() - foot_h - 20 * unit))
        paint_document(painter, foot_doc, QPointF(0, body.bottom() - foot_h),
                       QRectF(0, 0, body.width(), foot_h))
        paint_furniture(painter, frame, report, tr, 1, pages)
        for i in range(body_pages):
            device.newPage()
            paint_document(painter, body_doc, body.topLeft(),
                           QRectF(0, i * body.height(), body.width(), body.height()))
            paint_furniture(painter, frame, report, tr, i + 2, pages)
    finally:
        painter.end()
    return pages


def write_pdf(report: Report, path: str | Path, *, translator: QTranslator | None = None) -> int:
    """Writes `report` as an A4 PDF at `path`; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(report.meta.title)
    writer.setCreator("Upfront")
    pages = render(report, writer, translator=translator)
    del writer  # the file is complete once the writer is gone
    spaces_read_as_spaces(Path(path))
    return pages


_CMAP_LINE = re.compile(r"^(<[0-9A-Fa-f]+>\s+<[0-9A-Fa-f]+>\s+)(\[[^\]]*\]|<[0-9A-Fa-f]+>)\s*$")


def spaces_read_as_spaces(path: Path) -> None:
    """Make the PDF's text read back with spaces. Qt's font engine draws a tab with the space
    glyph, and its PDF writer labels each glyph with the lowest character that reaches it, so
    every space would copy, search and extract as a tab. Each font's ToUnicode map is
    corrected here (with pypdf), so a search for "Open case" in any viewer finds it."""
    import pypdf

    reader = pypdf.PdfReader(path)
    writer = pypdf.PdfWriter(clone_from=reader)
    done: set[int] = set()
    for page in writer.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.get_object().values():
            unicode_map = ref.get_object().get("/ToUnicode")
            if unicode_map is None or id(unicode_map.get_object()) in done:
                continue
            stream = unicode_map.get_object()
            done.add(id(stream))
            data = stream.get_data().decode("latin-1")
            fixed = "\n".join(_cmap_line(line) for line in data.split("\n"))
            if fixed != data:
                stream.set_data(fixed.encode("latin-1"))
    partial = path.with_name(path.name + ".fixing")
    try:
        with partial.open("wb") as f:
            writer.write(f)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


_CMAP_CHAR = re.compile(r"^(<[0-9A-Fa-f]+>\s+)<0009>\s*$")


def _cmap_line(line: str) -> str:
    """One line of a bfrange or bfchar block, with the tab destination made a space (source
    codes are glyph ids and stay as they are)."""
    match = _CMAP_LINE.match(line)
    if match and match[2].startswith("["):
        return match[1] + re.sub(r"<0009>", "<0020>", match[2])
    if match:  # <lo> <hi> <dst>: only a one-glyph range may change
        lo, hi = match[1].split()[:2]
        return match[1] + "<0020>" if lo == hi and match[2] == "<0009>" else line
    char = _CMAP_CHAR.match(line)
    return char[1] + "<0020>" if char else line
