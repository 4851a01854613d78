"""The report's map: offline boundaries (app.boundaries), a projection fitted to the countries,
admin-1 areas shaded by class of count (suppressed ones hatched), points and labels."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.report_model import Count, MapData
from ui.qt import (
    QColor,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPointF,
    QPolygonF,
    QRectF,
    QSizeF,
    Qt,
    QTransform,
)
from ui.report.charts import Legend
from ui.report.fonts import report_font
from ui.report.strings import (
    S_FEWER,
    S_LOCATION,
    S_MAP_DISCLAIMER,
    S_MAP_LEGEND,
    S_MAP_SOURCE,
    S_NO_BOUNDARY,
    S_NONE_RECORDED,
    Strings,
)
from ui.report.style import (
    INK,
    LABEL_ALPHA,
    MAP_BG,
    MAP_CLASSES,
    MAP_COUNTRY_LINE,
    MAP_EMPTY,
    MAP_UNIT_LINE,
    MUTED,
    PAPER,
    POINT_COLOUR,
    RULE,
    SMALL_PT,
    hatch,
)


class ShapeLike(Protocol):
    """What the map reads of an outline (app.boundaries.Shape, frozen: read-only here)."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def iso3(self) -> str: ...
    @property
    def bbox(self) -> tuple[float, float, float, float]: ...
    @property
    def polygons(self) -> list[list[tuple[float, float]]]: ...


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
        self.unshaded: list[str] = []  # regions counted that have no outline on this map
        for area in self.data.areas:
            i = by_code.get(area.code.casefold(), by_name.get(area.name.casefold()))
            if i is None:
                i = by_name.get(area.code.casefold())
            if i is not None:
                self.counts[i] = area.count
                self.names[i] = area.name
            elif area.name:
                self.unshaded.append(area.name)
        values = sorted({c.n for c in self.counts.values() if c.n})
        self.breaks = class_breaks(values, len(MAP_CLASSES))
        entries: list[tuple[str, str, str]] = []
        for k, (lo, hi) in enumerate(self.breaks):
            colour = MAP_CLASSES[round(k * (len(MAP_CLASSES) - 1) / max(1, len(self.breaks) - 1))]
            entries.append((str(lo) if lo == hi else f"{lo}\u2013{hi}", colour, "box"))
        self.class_colours = [c for _l, c, _k in entries]
        if any(c.suppressed for c in self.counts.values()):
            entries.append((self.tr(S_FEWER, threshold=self.threshold), MAP_CLASSES[3], "hatch"))
        if self.areas and len(self.counts) < len(self.areas):
            entries.append((self.tr(S_NONE_RECORDED), MAP_EMPTY, "box"))
        if self.data.points:
            entries.append((self.tr(S_LOCATION), POINT_COLOUR, "dot"))
        self.legend = Legend(entries, self.font, self.rtl)
        self.bbox = self._bbox()

    def _bbox(self) -> tuple[float, float, float, float] | None:
        boxes = [s.bbox for s in (self.countries or self.areas)]
        if boxes:
            return (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
        if self.data.points:
            lons = [p.lon for p in self.data.points]
            lats = [p.lat for p in self.data.points]
            pad = max(0.5, (max(lons) - min(lons)) * 0.1, (max(lats) - min(lats)) * 0.1)
            return min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad
        return None

    def _notes(self) -> list[str]:
        notes = []
        if self.missing or self.unshaded:
            areas = ", ".join([*self.missing, *sorted(self.unshaded)])
            notes.append(self.tr(S_NO_BOUNDARY, areas=areas))
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
        return sum(
            metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, n).height() + 2 * unit
            for n in self._notes()
        )

    def size(self, width: float, unit: float, device: QPaintDevice) -> QSizeF:
        title = 12 * unit if self.areas else 0.0
        return QSizeF(
            width,
            self._frame(width, unit).height()
            + 6 * unit
            + title
            + self.legend.height(width, unit, device)
            + self._notes_height(width, unit, device)
            + 4 * unit,
        )

    def paint(self, painter: QPainter, rect: QRectF, unit: float) -> None:
        device = painter.device()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        frame_size = self._frame(rect.width(), unit)
        frame = QRectF(rect.topLeft(), frame_size)
        painter.setPen(QPen(QColor(RULE), 0.6 * unit))
        painter.setBrush(QColor(MAP_BG))
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
            painter.drawText(
                title,
                Qt.AlignmentFlag.AlignVCenter
                | Qt.AlignmentFlag.AlignAbsolute
                | (Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft),
                self.tr(S_MAP_LEGEND),
            )
            y += 12 * unit
        legend_h = self.legend.height(rect.width(), unit, device)
        self.legend.paint(painter, QRectF(rect.left(), y, rect.width(), legend_h), unit)
        y += legend_h + 2 * unit
        painter.setFont(self.font)
        painter.setPen(QColor(MUTED))
        metrics = QFontMetricsF(self.font, device)
        flags = (
            Qt.TextFlag.TextWordWrap
            | Qt.AlignmentFlag.AlignAbsolute
            | (Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft)
        )
        for note in self._notes():
            box = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), int(flags), note)
            painter.drawText(QRectF(rect.left(), y, rect.width(), box.height() + unit), flags, note)
            y += box.height() + 2 * unit

    def frame_rect(self, rect: QRectF, unit: float) -> QRectF:
        """Where `paint` draws the map itself (above the legend and notes) in `rect`."""
        return QRectF(rect.topLeft(), self._frame(rect.width(), unit))

    def transform(self, frame: QRectF, unit: float) -> QTransform:
        """From `geo_path`'s (lon, -lat) to where `paint` draws in the map's `frame`."""
        assert self.bbox is not None
        minx, miny, maxx, maxy = self.bbox
        kx = math.cos(math.radians((miny + maxy) / 2))
        inner = frame.adjusted(*(v * unit for v in (8, 8, -8, -8)))
        scale = min(
            inner.width() / max(1e-6, (maxx - minx) * kx), inner.height() / max(1e-6, maxy - miny)
        )
        ox = inner.center().x() - (minx + maxx) / 2 * kx * scale
        oy = inner.center().y() + (miny + maxy) / 2 * scale
        return QTransform(kx * scale, 0, 0, scale, ox, oy)

    def projection(self, frame: QRectF, unit: float) -> Callable[[float, float], QPointF]:
        """(lon, lat) to the point `paint` draws it at in the map's `frame`."""
        transform = self.transform(frame, unit)

        def project(lon: float, lat: float) -> QPointF:
            return transform.map(QPointF(lon, -lat))

        return project

    def area_paths(self, frame: QRectF, unit: float) -> list[QPainterPath]:
        """Each admin-1 area's outline (in `self.areas` order) as `paint` draws it."""
        if self.bbox is None:
            return [QPainterPath() for _ in self.areas]
        transform = self.transform(frame, unit)
        return [transform.map(geo_path(area)) for area in self.areas]

    def _paint_map(self, painter: QPainter, frame: QRectF, unit: float) -> None:
        transform = self.transform(frame, unit)
        project = self.projection(frame, unit)

        def path_of(shape: ShapeLike) -> QPainterPath:
            return transform.map(geo_path(shape))

        for country in self.countries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(MAP_EMPTY))
            painter.drawPath(path_of(country))
        labels: list[tuple[int, QPainterPath]] = []
        for i, area in enumerate(self.areas):
            path = path_of(area)
            count = self.counts.get(i)
            painter.setPen(QPen(QColor(PAPER), 0.6 * unit))
            if count is None:
                painter.setBrush(QColor(MAP_EMPTY))
                painter.drawPath(path)
            elif count.suppressed:
                painter.setBrush(QColor(PAPER))
                painter.drawPath(path)
                hatch(painter, path, QColor(MAP_CLASSES[3]), 2.4 * unit, 0.6 * unit)
            else:
                painter.setBrush(QColor(self._colour(count.n or 0)))
                painter.drawPath(path)
            painter.setPen(QPen(QColor(MAP_UNIT_LINE), 0.35 * unit))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            if count is not None:
                labels.append((i, path))
        for country in self.countries:
            painter.setPen(QPen(QColor(MAP_COUNTRY_LINE), 0.9 * unit))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path_of(country))
        painter.setPen(QPen(QColor("white"), 0.5 * unit))
        colour = QColor(POINT_COLOUR)
        colour.setAlphaF(0.85)
        painter.setBrush(colour)
        for point in self.data.points:
            r = min(5.0, 1.8 + 0.6 * math.sqrt(max(1, point.weight))) * unit
            painter.drawEllipse(project(point.lon, point.lat), r, r)
        self._paint_labels(painter, labels, frame, unit)

    def _paint_labels(
        self, painter: QPainter, labels: list[tuple[int, QPainterPath]], frame: QRectF, unit: float
    ) -> None:
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
            for dx, dy in (
                (0, 0),
                (0, -h),
                (0, h),
                (0, -2 * h),
                (0, 2 * h),
                (-w / 2, 0),
                (w / 2, 0),
                (0, -3 * h),
                (0, 3 * h),
            ):
                box = QRectF(centre.x() - w / 2 + dx, centre.y() - h / 2 + dy, w, h)
                if frame.contains(box) and not any(box.intersects(o) for o in placed):
                    break
            else:
                continue
            placed.append(box)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, LABEL_ALPHA))
            painter.drawRoundedRect(box, 2 * unit, 2 * unit)
            painter.setPen(QColor(INK))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _colour(self, n: int) -> str:
        for (lo, hi), colour in zip(self.breaks, self.class_colours, strict=True):
            if lo <= n <= hi:
                return colour
        return self.class_colours[-1] if self.class_colours else MAP_EMPTY


_GEO: dict[int, tuple[ShapeLike, QPainterPath]] = {}


def geo_path(shape: ShapeLike) -> QPainterPath:
    """A shape's rings as a path in (lon, -lat), built once per shape (any thread may: the
    boundaries are read once a process, and a map only transforms these)."""
    hit = _GEO.get(id(shape))
    if hit is not None and hit[0] is shape:
        return hit[1]
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.polygons:
        if len(ring) > 2:
            path.addPolygon(QPolygonF([QPointF(lon, -lat) for lon, lat in ring]))
            path.closeSubpath()
    _GEO[id(shape)] = (shape, path)
    return path


def label_point(path: QPainterPath) -> QPointF:
    """A point inside the largest polygon of `path`, near its middle."""
    best = max(
        path.toSubpathPolygons(),
        key=lambda p: p.boundingRect().width() * p.boundingRect().height(),
        default=None,
    )
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
