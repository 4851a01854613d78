"""The timeline's stacked bar chart, drawn as vector paths inside the report, with its legend
(also the map's) and the axis helpers: tick steps and localised date labels."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.report_model import Timeline
from ui.qt import (
    QColor,
    QDate,
    QFont,
    QFontMetricsF,
    QLocale,
    QPaintDevice,
    QPainter,
    QPen,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from ui.report.fonts import report_font
from ui.report.strings import S_FEWER, S_INCIDENTS, S_MONTH, S_WEEK_OF, Strings
from ui.report.style import INK, MUTED, RULE, SERIES_COLOURS, SMALL_PT, hatch

LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٬٫۰۱۲۳۴۵۶۷۸۹", "0123456789,.0123456789")


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


@dataclass
class Legend:
    """Legend entries laid out in rows (mirrored for right-to-left)."""

    entries: list[tuple[str, str, str]]  # (label, colour, kind: "box" | "hatch" | "dot")
    font: QFont
    rtl: bool

    def label(self, i: int, width: float, unit: float, metrics: QFontMetricsF) -> str:
        return metrics.elidedText(
            self.entries[i][0], Qt.TextElideMode.ElideRight, width - 30 * unit
        )

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
                painter.drawText(
                    text_rect,
                    Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignAbsolute,
                    label,
                )
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
        entries = [
            (s.label, SERIES_COLOURS[i % len(SERIES_COLOURS)], "box")
            for i, s in enumerate(self.timeline.series)
        ]
        if any(v.suppressed for s in self.timeline.series for v in s.values):
            entries.append((self.tr(S_FEWER, threshold=self.threshold), MUTED, "hatch"))
        self.legend = Legend(entries, self.font, self.rtl)

    def stack(self, i: int) -> list[tuple[int, float, bool]]:
        """Bucket i's segments, bottom up: (series index or -1 for the hatched rest, height,
        hatched)."""
        shown = [
            (j, float(s.values[i].n))
            for j, s in enumerate(self.timeline.series)
            if i < len(s.values) and s.values[i].n
        ]
        total = self.timeline.totals[i] if i < len(self.timeline.totals) else None
        if total is None or total.n is None:
            hidden = any(
                i < len(s.values) and s.values[i].suppressed for s in self.timeline.series
            ) or (total is not None)
            return [(-1, float(self.nominal), True)] if hidden else []
        segments = [(j, v, False) for j, v in shown]
        rest = total.n - sum(v for _j, v in shown)
        if rest > 0:
            segments.append((-1, float(rest), True))
        return segments

    def size(self, width: float, unit: float, device: QPaintDevice) -> QSizeF:
        return QSizeF(
            width, (18 + self.PLOT_PT + 40) * unit + self.legend.height(width, unit, device)
        )

    def paint(self, painter: QPainter, rect: QRectF, unit: float) -> None:
        device = painter.device()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font, device)
        buckets = self.timeline.buckets
        stacks = [sum(v for _j, v, _h in self.stack(i)) for i in range(len(buckets))]
        step, top = nice_ticks(max(stacks, default=0))
        ticks = list(range(0, top + 1, step))
        axis_w = max(metrics.horizontalAdvance(str(t)) for t in ticks) + 6 * unit

        # the plot area, in left-to-right coordinates; mirror() flips x for right-to-left
        plot = QRectF(
            rect.left() + axis_w,
            rect.top() + 18 * unit,
            rect.width() - axis_w - 4 * unit,
            self.PLOT_PT * unit,
        )

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
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignBottom | lead,
            self.tr(S_INCIDENTS),
        )
        # grid lines and tick labels
        for t in ticks:
            y = y_of(t)
            painter.setPen(QPen(QColor(RULE if t else MUTED), (0.4 if t else 0.8) * unit))
            painter.drawLine(QPointF(mirror(plot.left()), y), QPointF(mirror(plot.right()), y))
            label = mrect(QRectF(rect.left(), y - 6 * unit, axis_w - 4 * unit, 12 * unit))
            painter.setPen(QColor(MUTED))
            painter.drawText(
                label,
                align_axis
                | (Qt.AlignmentFlag.AlignLeft if self.rtl else Qt.AlignmentFlag.AlignRight),
                str(t),
            )
        if not buckets:
            return
        slot = plot.width() / len(buckets)
        bar_w = slot * 0.7
        label_w = (
            max(
                metrics.horizontalAdvance(date_label(b, self.timeline.unit, self.lang)[0])
                for b in buckets
            )
            + 6 * unit
        )
        every = max(1, math.ceil(label_w / slot))
        show_totals = len(self.timeline.totals) == len(buckets) and all(
            metrics.horizontalAdvance(t.text) <= slot * 0.95 for t in self.timeline.totals
        )
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
                painter.drawText(
                    mrect(QRectF(x0 - slot, y_of(base) - 11 * unit, bar_w + 2 * slot, 10 * unit)),
                    Qt.AlignmentFlag.AlignCenter,
                    self.timeline.totals[i].text,
                )
            first, year = date_label(bucket, self.timeline.unit, self.lang)
            if i % every == 0:
                painter.setPen(QColor(MUTED))
                centre = plot.left() + i * slot + slot / 2
                box = mrect(
                    QRectF(centre - label_w / 2, plot.bottom() + 2 * unit, label_w, 10 * unit)
                )
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, first)
                if year != previous_year:
                    painter.drawText(
                        box.translated(0, 9 * unit), Qt.AlignmentFlag.AlignCenter, year
                    )
                    previous_year = year
        # x axis title and legend
        painter.setPen(QColor(MUTED))
        axis_title = self.tr(S_WEEK_OF if self.timeline.unit == "week" else S_MONTH)
        painter.drawText(
            QRectF(rect.left(), plot.bottom() + 22 * unit, rect.width(), 11 * unit),
            Qt.AlignmentFlag.AlignCenter,
            axis_title,
        )
        self.legend.paint(
            painter,
            QRectF(
                rect.left(),
                plot.bottom() + 38 * unit,
                rect.width(),
                rect.bottom() - plot.bottom() - 38 * unit,
            ),
            unit,
        )
