"""Vector objects inside the report's text document: what a chart, the map or the logo must
offer (`Drawable`), the handler that sizes and paints them where the document holds them, and
the logo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ui.qt import (
    QImage,
    QPaintDevice,
    QPainter,
    QPyTextObject,
    QRectF,
    QSizeF,
    QSvgRenderer,
    QTextDocument,
    QTextFormat,
)
from ui.report.style import unit_of


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

    def intrinsicSize(self, doc: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:
        device = doc.documentLayout().paintDevice()
        item = self.items[int(fmt.property(OBJECT_ID))]
        width = (doc.textWidth() if doc.textWidth() > 0 else doc.pageSize().width()) - 2
        return item.size(width, unit_of(device), device)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF,
        _doc: QTextDocument,
        _pos: int,
        fmt: QTextFormat,
    ) -> None:
        painter.save()
        self.items[int(fmt.property(OBJECT_ID))].paint(painter, rect, unit_of(painter.device()))
        painter.restore()


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
