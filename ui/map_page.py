"""The map of incidents: the incident list's filter drawn on the shipped boundaries, offline.

Regions are shaded by how many incidents they hold, with the report's painting, classes and
legend (ui.report.map.MapFigure); the points can be shown or hidden. The counts come from SQL
aggregates (app.map_data) on the background worker, so the window never waits for them.
Clicking a region, or choosing it in the list beside the map (the keyboard's way in), asks
for the incident list filtered to it (`regionChosen(country, key)`; the window switches).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from app.changes import Changes, Kind
from app.incident_queries import IncidentQuery
from app.map_data import MapCounts, MapPointCount, map_counts
from app.report_model import Count, MapArea, MapData, MapPoint
from app.store import Store
from app.vocab import vocabularies
from ui.changes import RefreshWhenShown
from ui.qt import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPointF,
    QRectF,
    QShowEvent,
    QSizePolicy,
    Qt,
    QToolTip,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.report.map import MapFigure, geo_path
from ui.report.strings import Strings
from ui.tasks import run_in_background
from ui.text import fill

UNIT = 1.0  # the report's point as one pixel: the map's text reads like the window's
RegionRole = Qt.ItemDataRole.UserRole


MAX_DOTS = 2000  # more than this and nearby points share a dot (each dot is a paint call)


@dataclass
class _Loaded:
    counts: MapCounts
    dots: list[MapPoint]  # the points as painted


def _read(store: Store, query: IncidentQuery, lang: str) -> _Loaded:
    """On the worker: the counts, the boundaries read once (they are cached) and the dots."""
    with store.session() as session:
        counts = map_counts(session, query, lang, max_points=MAX_DOTS)
    box: tuple[float, float, float, float] | None = None
    try:
        from app.boundaries import admin1_shapes, country_shape
    except ImportError:
        pass
    else:
        boxes: list[tuple[float, float, float, float]] = []
        for iso3 in counts.countries:
            shape = country_shape(iso3)
            areas = admin1_shapes(iso3)
            boxes.extend(s.bbox for s in ([shape] if shape else areas))
            for outline in [shape, *areas] if shape else areas:
                geo_path(outline)  # built here, not on the GUI thread
        if boxes:
            box = (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
    return _Loaded(counts, dots(counts.points, box))


def _warm() -> None:
    """Read the boundary files (once per process, over a second). Not done at start-up: a
    session that never opens the map should not pay for it; the first map reads them on the
    worker as it loads. `bench/ui.py` times it apart."""
    try:
        from app.boundaries import admin1_shapes, country_shape
    except ImportError:
        return
    country_shape("SYR")
    admin1_shapes("SYR")


def dots(
    points: list[MapPointCount], box: tuple[float, float, float, float] | None
) -> list[MapPoint]:
    """The points as the map paints them: those inside the countries drawn (the rest would be
    clipped), each its own dot up to MAX_DOTS; beyond, the points of one cell of a grid over
    the map (at least a few pixels across) share a dot weighted by their number, at their
    mean. The counts themselves stay at full precision."""
    if box is not None:
        minx, miny, maxx, maxy = box
        points = [p for p in points if minx <= p.lon <= maxx and miny <= p.lat <= maxy]
    if len(points) <= MAX_DOTS:
        return [MapPoint(p.lat, p.lon, p.weight) for p in points]
    lons = [p.lon for p in points]
    lats = [p.lat for p in points]
    span = max(max(lons) - min(lons), max(lats) - min(lats), 1e-6)
    cell = span / (math.isqrt(MAX_DOTS) - 2)  # a square map: at most MAX_DOTS cells
    while True:
        cells: dict[tuple[int, int], list[float]] = {}
        for p in points:
            acc = cells.setdefault((int(p.lon // cell), int(p.lat // cell)), [0.0, 0.0, 0.0])
            acc[0] += p.lat * p.weight
            acc[1] += p.lon * p.weight
            acc[2] += p.weight
        if len(cells) <= MAX_DOTS:
            return [MapPoint(a / w, b / w, int(w)) for a, b, w in cells.values()]
        cell *= 2


class MapCanvas(QWidget):
    """Paints a MapFigure fitted into the widget; says which region is under the mouse."""

    regionClicked = Signal(str, str)  # country, key

    def __init__(self, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self.tr_report = Strings(lang)
        self.figure: MapFigure | None = None
        self.regions: dict[int, tuple[str, str, str, int]] = {}  # area -> country, key, name, n
        self._paths: list[QPainterPath] = []
        self._geometry: tuple[QRectF, float] | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list beside it is the keyboard's way

    def show_counts(self, counts: MapCounts, dots: list[MapPoint] | None) -> None:
        """Shade the regions of `counts`; `dots`: the points to paint (None: no points)."""
        by_shading: dict[str, list[tuple[str, str, str, int]]] = {}
        for r in counts.regions:
            by_shading.setdefault(r.shading.casefold(), []).append(
                (r.country, r.key, r.name, r.count)
            )
        # MapArea.code is matched against the polygons' codes: the shading as given
        shading_of = {r.shading.casefold(): r.shading for r in counts.regions}
        areas = [
            MapArea(shading_of[k], found[0][2], _count(found)) for k, found in by_shading.items()
        ]
        data = MapData(
            counts.countries,
            areas,
            dots or [],
        )
        self.figure = MapFigure(data, 0, self.tr_report, self.lang == "ar", self.lang)
        self.regions = {}
        for i, area in enumerate(self.figure.areas):
            found = by_shading.get(area.code.casefold()) or by_shading.get(area.name.casefold())
            if found and i in self.figure.counts:
                country, key, name, _n = max(found, key=lambda f: f[3])
                self.regions[i] = (country, key, name, sum(f[3] for f in found))
        self._geometry = None
        self.update()

    def figure_rect(self) -> QRectF:
        """The whole widget; the map itself as tall as leaves room for the legend and notes
        (the report caps it at a page's share, the screen at what it has)."""
        assert self.figure is not None
        rect = QRectF(0, 0, float(self.width()), float(self.height()))
        figure = self.figure
        figure.MAX_HEIGHT_PT = 1e6
        below = figure.size(rect.width(), UNIT, self).height()
        below -= figure.frame_rect(rect, UNIT).height()
        figure.MAX_HEIGHT_PT = max(80.0, (rect.height() - below - 2) / UNIT)
        return rect

    def area_paths(self) -> list[QPainterPath]:
        if self.figure is None:
            return []
        rect = self.figure_rect()
        if self._geometry != (rect, UNIT):
            self._paths = self.figure.area_paths(self.figure.frame_rect(rect, UNIT), UNIT)
            self._geometry = (rect, UNIT)
        return self._paths

    def region_at(self, point: QPointF) -> int | None:
        for i, path in enumerate(self.area_paths()):
            if i in self.regions and path.contains(point):
                return i
        return None

    def hover_text(self, i: int) -> str:
        _country, _key, name, n = self.regions[i]
        return fill(self.tr("{region}: {count}"), region=name, count=n)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.figure is None:
            return
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            self.figure.paint(painter, self.figure_rect(), UNIT)
        finally:
            painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self.region_at(event.position())
        if i is None:
            QToolTip.hideText()
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), self.hover_text(i), self)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            i = self.region_at(event.position())
            if i is not None:
                country, key, _name, _n = self.regions[i]
                self.regionClicked.emit(country, key)
        super().mouseReleaseEvent(event)


def _count(found: list[tuple[str, str, str, int]]) -> Count:
    n = sum(f[3] for f in found)
    return Count(n, str(n))


class MapPage(QWidget):
    """The map, a list of its regions beside it, the points switch and what is not shown.

    `query` gives the incident list's current filter; the page reads it whenever it is shown.
    """

    regionChosen = Signal(str, str)  # country, key (IncidentQuery.admin1)

    def __init__(
        self,
        store: Store,
        query: Callable[[], IncidentQuery] = IncidentQuery,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.query = query
        self.lang = lang
        self.counts: MapCounts | None = None
        self.dots: list[MapPoint] = []
        self._generation = 0
        self._shown_generation = 0
        self._asked: IncidentQuery | None = None

        self.summary = QLabel(self.tr("Loading the map…"), self)
        self.summary.setWordWrap(True)
        self.points_check = QCheckBox(self.tr("Show &points"), self)
        self.points_check.setChecked(True)
        self.points_check.setAccessibleName(self.tr("Show incident locations as points"))
        self.points_check.toggled.connect(self._redraw)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.canvas = MapCanvas(self, lang=lang)
        self.canvas.setAccessibleName(self.tr("Map of incidents"))
        self.canvas.regionClicked.connect(self.regionChosen)
        self.region_list = QListWidget(self)
        self.region_list.setAccessibleName(self.tr("Regions on the map"))
        self.region_list.setMaximumWidth(280)
        self.region_list.itemActivated.connect(self._item_chosen)
        list_label = QLabel(self.tr("&Regions"), self)
        list_label.setBuddy(self.region_list)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.points_check)
        side = QVBoxLayout()
        side.addWidget(list_label)
        side.addWidget(self.region_list, 1)
        body = QHBoxLayout()
        body.addWidget(self.canvas, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.note)
        self.reload = RefreshWhenShown(self, self.load)

    # ---- public -------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the counts for the list's current filter on the worker."""
        self._generation += 1
        generation = self._generation
        query = self._asked = self.query()
        store, lang = self.store, self.lang
        run_in_background(
            lambda: _read(store, query, lang),
            on_success=lambda loaded: self._show(generation, loaded),
            on_failure=self._failed,
            parent=self,
        )

    def is_loaded(self) -> bool:
        return self._shown_generation == self._generation and self.counts is not None

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.INCIDENTS):
            self.reload.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._asked is None or self.query() != self._asked:
            self.load()  # the list's filter changed while the map was hidden

    # ---- reacting -----------------------------------------------------------------------------
    def _show(self, generation: int, loaded: _Loaded) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        self.counts = counts = loaded.counts
        self.dots = loaded.dots
        self._shown_generation = generation
        self.summary.setText(
            fill(
                self.tr("{incidents} in {regions} on the map"),
                incidents=self.tr("%n incident(s)", "", counts.total),
                regions=self.tr("%n region(s)", "", len(counts.regions)),
            )
        )
        notes = []
        if counts.without_region:
            notes.append(
                self.tr(
                    "%n incident(s) without a region: counted, not on the map.",
                    "",
                    counts.without_region,
                )
            )
        if counts.without_point and self.points_check.isChecked():
            notes.append(
                self.tr(
                    "%n incident(s) without coordinates have no point.", "", counts.without_point
                )
            )
        if counts.binned and self.points_check.isChecked():
            notes.append(self.tr("Nearby incidents share a dot, sized by their number."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.region_list.clear()
        several = len(counts.countries) > 1
        vocab = vocabularies()
        for r in counts.regions:
            term = vocab.term("country", r.country)
            country = term.label(self.lang) if term is not None else r.country
            name = fill(self.tr("{region} ({country})"), region=r.name, country=country)
            text = fill(
                self.tr("{region}: {count}"), region=name if several else r.name, count=r.count
            )
            item = QListWidgetItem(text)
            item.setData(RegionRole, (r.country, r.key))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                fill(
                    self.tr("{region}, {country}: {incidents}"),
                    region=r.name,
                    country=country,
                    incidents=self.tr("%n incident(s)", "", r.count),
                ),
            )
            self.region_list.addItem(item)
        self._redraw()

    def _redraw(self) -> None:
        if self.counts is not None:
            self.canvas.show_counts(
                self.counts, self.dots if self.points_check.isChecked() else None
            )

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("The map could not be read."))

    def _item_chosen(self, item: QListWidgetItem) -> None:
        country, key = item.data(RegionRole)
        self.regionChosen.emit(country, key)
