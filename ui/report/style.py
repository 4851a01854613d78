"""How the report looks: its colours, type sizes and page margins, where the header, body and
footer sit on a page (`Frame`), and the vector hatching that marks a suppressed count."""

from __future__ import annotations

from dataclasses import dataclass, field

from ui.palette import BLOCKED, LEVEL_COLOURS, OVERDUE, over
from ui.qt import QColor, QMarginsF, QPaintDevice, QPainter, QPainterPath, QPen, QPointF, QRectF, Qt

# -- look --------------------------------------------------------------------------------
INK = "#1d2530"
MUTED = "#5b6673"
HEADING = "#1f4e79"
ACCENT = "#009edb"  # UN blue
MARKING = "#a4161a"
RULE = "#c8ced6"
HEAD_BG = "#1f4e79"
HEAD_TEXT = "#ffffff"
PAPER = "#ffffff"
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
MAP_BG = "#fbfcfd"  # the map's frame
MAP_UNIT_LINE = "#9aa5b1"  # a region's outline
MAP_COUNTRY_LINE = "#3c4650"  # the country's outline
POINT_COLOUR = "#c0392b"
LABEL_ALPHA = 190  # a map label's white box over the area it names, of 255

BODY_PT = 9.5
SMALL_PT = 7.5
TABLE_COLUMNS = 6  # admin-1 columns per table before it is split
MARGINS_MM = QMarginsF(18, 12, 18, 12)

# the colours the Situations page gives risk levels and late or blocked actions
BLOCKED_BG, OVERDUE_BG = BLOCKED.name(), OVERDUE.name()


# the warning-to-action timeline's marks and their labels, by kind of event
# (ui/report/timeline.py): warnings in warm colours above the axis, actions in cool ones below
TIMELINE_COLOURS = {
    "incident": "#b03a2e",
    "risk": "#9a5f0b",
    "signal": "#7d3c98",
    "engagement": "#1f618d",
    "action": "#1e8449",
    "escalation": MARKING,
}


# every text colour of the report with each background it is drawn on (a test holds each
# pair to WCAG's 4.5:1): the page, shaded cells, the table head, and map labels in their
# white box over the darkest map class
TEXT_PAIRS: list[tuple[str, str, str]] = [
    *(
        (f"{name} on the page", text, "#ffffff")
        for name, text in (
            ("body text", INK),
            ("notes", MUTED),
            ("headings", HEADING),
            ("marking", MARKING),
        )
    ),
    ("figure label", MUTED, ZEBRA),
    ("figure", HEADING, ZEBRA),
    ("zebra row", INK, ZEBRA),
    ("total row", INK, TOTAL_BG),
    ("table head", HEAD_TEXT, HEAD_BG),
    ("overdue action", INK, OVERDUE_BG),
    ("blocked action", INK, BLOCKED_BG),
    ("overdue flag", MARKING, OVERDUE_BG),
    ("blocked flag", MARKING, BLOCKED_BG),
    ("action owner", MUTED, OVERDUE_BG),
    *((f"risk level {level}", text, bg) for level, (bg, text) in LEVEL_COLOURS.items()),
    *(
        (f"map label over {c}", INK, over(PAPER, c, LABEL_ALPHA / 255))
        for c in (*MAP_CLASSES, MAP_EMPTY, MAP_BG)
    ),
    ("map note", MUTED, PAPER),
    *((f"timeline {kind} label", c, PAPER) for kind, c in TIMELINE_COLOURS.items()),
]


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
