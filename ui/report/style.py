"""How the report looks: its colours, type sizes and page margins, where the header, body and
footer sit on a page (`Frame`), and the vector hatching that marks a suppressed count."""

from __future__ import annotations

from dataclasses import dataclass, field

from ui.palette import BLOCKED, OVERDUE
from ui.qt import QColor, QMarginsF, QPaintDevice, QPainter, QPainterPath, QPen, QPointF, QRectF, Qt

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
SERIES_COLOURS = [
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
]
MAP_CLASSES = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
MAP_EMPTY = "#f4f4f2"
POINT_COLOUR = "#c0392b"

BODY_PT = 9.5
SMALL_PT = 7.5
TABLE_COLUMNS = 6  # admin-1 columns per table before it is split
MARGINS_MM = QMarginsF(18, 12, 18, 12)

# the colours the Situations page gives risk levels and late or blocked actions
BLOCKED_BG, OVERDUE_BG = BLOCKED.name(), OVERDUE.name()


def hatch(
    painter: QPainter, area: QRectF | QPainterPath, colour: QColor, gap: float, width: float
) -> None:
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
