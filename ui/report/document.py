"""Lays a report out and paints it: the text documents (body and cover) on the device, headings
kept with what follows, the running header and footer on every page, and the entry points
`render` (any paged device) and `write_pdf` (an A4 file)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from app.progress import Progress, or_silent
from app.report_model import Report, ReportMeta
from ui.qt import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTranslator,
)
from ui.report.builder import Builder, timestamp
from ui.report.fonts import report_font
from ui.report.objects import OBJECT_ID, OBJECT_TYPE, Drawable, Logo, ObjectHandler
from ui.report.pdftext import correct_text_map
from ui.report.strings import S_GENERATED, S_PAGE, S_SHA, Strings
from ui.report.style import ACCENT, INK, MARGINS_MM, MARKING, MUTED, RULE, Frame, unit_of


class Printed(Protocol):
    """What the running header and footer need of a printed document: a situation report or
    a quarterly review pack (ui.report.review_pack)."""

    @property
    def meta(self) -> ReportMeta: ...

    def sha256(self) -> str: ...


def make_document(
    source: str,
    objects: list[Drawable],
    device: QPaintDevice,
    lang: str,
    rtl: bool,
    width: float,
    height: float | None = None,
) -> QTextDocument:
    """A document laid out for `device`, its object markers replaced by vector objects."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(report_font(lang))
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
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
            if content_top is not None and (
                need - content_top >= 48 * unit
                or not block.isValid()
                or block.blockFormat().headingLevel()
            ):
                break
        if int(top // page_height) != int((need - 1) // page_height) and top % page_height > 1:
            fmt = QTextBlockFormat(first.blockFormat())
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(first).setBlockFormat(fmt)
            # an incremental relayout after the change can leave later blocks without lines;
            # what comes before the heading is laid out as it was
            start = first.position()
            doc.markContentsDirty(start, doc.characterCount() - start)


def section_pages(
    doc: QTextDocument, names: list[str], page_height: float, first_page: int
) -> dict[str, int]:
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


def paint_furniture(
    painter: QPainter, frame: Frame, report: Printed, tr: Strings, page: int, pages: int
) -> None:
    """The running header (classification marking, title) and footer (marking, generated-at,
    short hash, page N of M), mirrored for right-to-left."""
    meta = report.meta
    u = frame.unit
    rtl = meta.rtl
    lead = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    trail = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    absolute = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    painter.save()
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    marking = report_font(meta.lang, 9.5, bold=True)
    small = report_font(meta.lang, 7.5)
    # header
    painter.setFont(marking)
    painter.setPen(QColor(MARKING))
    painter.drawText(
        QRectF(0, 0, frame.width, 14 * u),
        absolute | Qt.AlignmentFlag.AlignHCenter,
        meta.classification,
    )
    marking_w = QFontMetricsF(marking, painter.device()).horizontalAdvance(meta.classification)
    painter.setFont(small)
    painter.setPen(QColor(MUTED))
    metrics = QFontMetricsF(small, painter.device())
    side = (frame.width - marking_w) / 2 - 10 * u  # the title and scope keep off the marking
    if page > 1 and side > 40 * u:
        title = metrics.elidedText(meta.title, Qt.TextElideMode.ElideRight, side)
        painter.drawText(QRectF(0, 0, frame.width, 14 * u), absolute | lead, title)
        painter.drawText(
            QRectF(0, 0, frame.width, 14 * u),
            absolute | trail,
            metrics.elidedText(meta.scope, Qt.TextElideMode.ElideRight, side),
        )
    painter.setPen(QPen(QColor(ACCENT), 1.2 * u))
    painter.drawLine(QPointF(0, 17 * u), QPointF(frame.width, 17 * u))
    # footer
    top = frame.height - frame.footer + 8 * u
    painter.setPen(QPen(QColor(RULE), 0.6 * u))
    painter.drawLine(QPointF(0, top), QPointF(frame.width, top))
    line = QRectF(0, top + 2 * u, frame.width, 12 * u)
    painter.setPen(QColor(MUTED))
    painter.drawText(line, absolute | lead, tr(S_GENERATED, when=timestamp(meta.generated_at)))
    painter.save()  # a hash reads left to right in every language, in one font
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    painter.setFont(report_font("en", 7.5))
    painter.drawText(
        line, absolute | Qt.AlignmentFlag.AlignHCenter, f"{tr(S_SHA)} {report.sha256()[:16]}"
    )
    painter.restore()
    painter.setPen(QColor(INK))
    painter.drawText(line, absolute | trail, tr(S_PAGE, page=page, pages=pages))
    painter.setFont(marking)
    painter.setPen(QColor(MARKING))
    painter.drawText(
        QRectF(0, top + 13 * u, frame.width, 13 * u),
        absolute | Qt.AlignmentFlag.AlignHCenter,
        meta.classification,
    )
    painter.restore()


@contextmanager
def painting(device: QPaintDevice) -> Iterator[QPainter]:
    """A painter on `device`, antialiased (shapes and text), ended however the block ends; a
    device that cannot be painted on raises RuntimeError."""
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("cannot paint on the device")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        yield painter
    finally:
        painter.end()


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


def render(
    report: Report,
    device: QPagedPaintDevice,
    *,
    translator: QTranslator | None = None,
    progress: Progress | None = None,
) -> int:
    """Draws `report` onto `device` (the area inside its margins), cover first; returns the
    number of pages. `translator` overrides the catalogue of the report's language.
    `progress` hears of each page drawn (phase "draw"); a cancel stops between pages, and
    the caller throws the device's output away."""
    progress = or_silent(progress)
    meta = report.meta
    tr = Strings(meta.lang, translator)
    unit = unit_of(device)
    frame = Frame(float(device.width()), float(device.height()), unit)
    body = frame.body

    builder = Builder(report, tr)
    body_doc = make_document(
        builder.body(), builder.objects, device, meta.lang, meta.rtl, body.width(), body.height()
    )
    keep_headings_with_next(body_doc, body.height(), unit)
    body_pages = body_doc.pageCount()
    pages = 1 + body_pages
    progress.step(0, pages, "draw")
    names = builder.sections()
    where = section_pages(body_doc, names, body.height(), 2)

    logo = Logo(meta.logo) if meta.logo else None
    cover_builder = Builder(report, tr)
    cover_doc = make_document(
        cover_builder.cover(where, bool(logo and logo.valid)),
        cover_builder.objects,
        device,
        meta.lang,
        meta.rtl,
        body.width(),
    )
    foot_doc = make_document(
        cover_builder.cover_foot(), [], device, meta.lang, meta.rtl, body.width()
    )

    with painting(device) as painter:
        # cover: the main block from the top, the reference block at the bottom
        foot_h = foot_doc.size().height()
        paint_document(
            painter,
            cover_doc,
            QPointF(0, body.top() + 10 * unit),
            QRectF(0, 0, body.width(), body.height() - foot_h - 20 * unit),
        )
        paint_document(
            painter,
            foot_doc,
            QPointF(0, body.bottom() - foot_h),
            QRectF(0, 0, body.width(), foot_h),
        )
        paint_furniture(painter, frame, report, tr, 1, pages)
        for i in range(body_pages):
            progress.step(i + 1, pages, "draw")
            device.newPage()
            paint_document(
                painter,
                body_doc,
                body.topLeft(),
                QRectF(0, i * body.height(), body.width(), body.height()),
            )
            paint_furniture(painter, frame, report, tr, i + 2, pages)
    progress.step(pages, pages, "draw")
    return pages


def write_pdf(
    report: Report,
    path: str | Path,
    *,
    translator: QTranslator | None = None,
    progress: Progress | None = None,
) -> int:
    """Writes `report` as an A4 PDF at `path`; returns the number of pages. On a cancel
    of `progress` the file at `path` is incomplete: the caller writes to a temporary name
    and removes it (ui.report_cli._write)."""
    return write_a4_pdf(
        path,
        report.meta.title,
        lambda writer: render(report, writer, translator=translator, progress=progress),
    )


def paint_pages(
    device: QPagedPaintDevice,
    doc: QTextDocument | list[QTextDocument],
    body: QRectF,
    furniture: Callable[[QPainter, int, int], None],
) -> int:
    """Paint `doc` page by page on `device` within `body`, each page's furniture (marking,
    hash, page number) painted by `furniture(painter, page, pages)`; returns the number of
    pages. The review pack and the timeline print this way; a list of documents prints one
    after the other, each from a new page, numbered as one."""
    docs = [doc] if isinstance(doc, QTextDocument) else doc
    pages = sum(d.pageCount() for d in docs)
    with painting(device) as painter:
        page = 0
        for one in docs:
            for i in range(one.pageCount()):
                if page:
                    device.newPage()
                paint_document(
                    painter,
                    one,
                    body.topLeft(),
                    QRectF(0, i * body.height(), body.width(), body.height()),
                )
                page += 1
                furniture(painter, page, pages)
    return pages


def render_built(
    printed: Printed,
    html: str | list[str],
    objects: list[Drawable],
    device: QPagedPaintDevice,
    tr: Strings,
) -> int:
    """Lays out `html` (a Builder's document, its figures in `objects`) on `device` inside the
    report's margins, headings kept with what follows, and paints it with the report's running
    header and footer (marking, hash, page N of M); returns the number of pages. The review
    pack and the briefing print this way. A list of documents is laid out one by one, each from
    a new page: keeping headings with what follows lays out again what comes after each move,
    so a long document in parts (a briefing's situations) costs far less than in one."""
    meta = printed.meta
    unit = unit_of(device)
    frame = Frame(float(device.width()), float(device.height()), unit)
    body = frame.body
    docs = []
    for part in [html] if isinstance(html, str) else html:
        doc = make_document(part, objects, device, meta.lang, meta.rtl, body.width(), body.height())
        keep_headings_with_next(doc, body.height(), unit)
        docs.append(doc)
    return paint_pages(
        device,
        docs,
        body,
        lambda painter, page, pages: paint_furniture(painter, frame, printed, tr, page, pages),
    )


def write_a4_pdf(path: str | Path, title: str, paint: Callable[[QPdfWriter], int]) -> int:
    """An A4 PDF at `path` titled `title`, its pages painted by `paint` (which returns how
    many), its text map corrected so copied Arabic reads right (`correct_text_map`): the one
    way every printed document here (reports, review packs, timelines) is written."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Upfront")
    try:
        pages = paint(writer)
    finally:
        del writer  # the file is complete (or closed, on a cancel) once the writer is gone
    correct_text_map(Path(path))
    return pages
