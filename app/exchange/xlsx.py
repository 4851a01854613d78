"""A streaming Excel (.xlsx) writer for exports: several sheets filled row by row in one pass,
with typed cells (numbers, dates), a bold frozen header and no temporary file.

Written by hand rather than through openpyxl, which the issue named: openpyxl's write-only
mode puts every sheet's XML in a plaintext temporary file until the workbook is saved (the
records' names and narratives, on disk, unencrypted), its normal mode keeps every cell as an
object in memory (ten million for 100,000 incidents), and either writes about 125,000 cells a
second, so such an export took 88 s. XlsxWriter's constant-memory mode uses temporary files
too. Here the first sheet is deflated straight into the workbook, and the others are deflated
into memory as their rows arrive and copied into the workbook at the end; nothing of a record
reaches the disk outside the destination file. openpyxl still reads workbooks (imports) and
reads back every export in the tests.

The parts are the minimal SpreadsheetML package (ECMA-376 Part 1, SpreadsheetML): content
types, relationships, workbook, styles and one worksheet per sheet; strings are inline.
"""

from __future__ import annotations

import re
import struct
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

MAX_ROWS = 1_048_576  # Excel's rows per sheet, the header included
MAX_CELL = 32_767  # characters Excel keeps in a cell
_EPOCH = date(1899, 12, 30).toordinal()  # serial day 0 of the 1900 date system
# characters XML 1.0 cannot carry (controls other than tab, newline and return; U+FFFE/F;
# lone surrogates): dropped, as Excel could not open the file otherwise
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_CACHED = 32  # texts up to this long (codes, dates; not ids) are rendered once a sheet...
_CACHE_SIZE = 50_000  # ...and up to this many of them kept

# cell styles (cellXfs): 0 plain, 1 a date (yyyy-mm-dd), 2 the bold header
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""  # noqa: E501
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


class TooLarge(ValueError):
    """More than an Excel sheet or this writer holds; the message says what."""


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _inline(value: str) -> str:
    """The rest of a text cell after its reference: type, then the inline string."""
    if len(value) > MAX_CELL:
        value = value[: MAX_CELL - 1] + "…"
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    if "&" in value or "<" in value or ">" in value:
        value = escape(value)
    if value[:1].isspace() or value[-1:].isspace():
        return f' t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'
    return f' t="inlineStr"><is><t>{value}</t></is></c>'


def _text_cell(value: str) -> str:
    """The rest of a cell holding this text: a date when it is a full ISO date (2026-10
    stays text), otherwise an inline string."""
    if len(value) == 10 and _ISO_DATE.match(value):
        try:
            return f' s="1"><v>{date.fromisoformat(value).toordinal() - _EPOCH}</v></c>'
        except ValueError:
            pass
    return _inline(value)


class Sheet:
    """One worksheet: a header row, then `append` row after row."""

    def __init__(self, title: str, header: Sequence[str], widths: Sequence[float]) -> None:
        self.title = title
        self.rows = 0
        self._letters = [column_letter(i) for i in range(len(header))]
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>'
            for i, w in enumerate(widths, start=1)
        )
        self._head = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
            'activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
        )
        self._tail = "</sheetData></worksheet>"
        self._out: _Deflated | None = None
        self._header = header
        self._cache: dict[str, str] = {}  # short texts (codes, dates, ids) as rendered

    def _start(self, out: _Deflated) -> None:
        self._out = out
        out.write(self._head)
        self.rows = 1
        out.write(
            '<row r="1">'
            + "".join(
                f'<c r="{letter}1" s="2"{_inline(str(name))}'
                for letter, name in zip(self._letters, self._header, strict=True)
            )
            + "</row>"
        )

    def append(self, values: Sequence[Any]) -> None:
        """A row of values: None and "" leave the cell empty; int and float are numbers; a
        date or a full ISO date text (YYYY-MM-DD) is a date cell; anything else is text."""
        if self.rows >= MAX_ROWS:
            raise TooLarge(f"the {self.title} sheet would pass Excel's {MAX_ROWS:,} rows")
        self.rows += 1
        n = str(self.rows)
        cache = self._cache
        parts = [f'<row r="{n}">']
        add = parts.append
        for letter, value in zip(self._letters, values, strict=False):
            kind = type(value)
            if kind is str:
                if not value:
                    continue
                rest = cache.get(value)
                if rest is None:
                    rest = _text_cell(value)
                    if len(value) <= _CACHED:
                        if len(cache) >= _CACHE_SIZE:
                            cache.clear()
                        cache[value] = rest
                add(f'<c r="{letter}{n}"{rest}')
            elif value is None:
                continue
            elif kind is int or kind is float:
                add(f'<c r="{letter}{n}"><v>{value!r}</v></c>')
            elif kind is bool:
                add(f'<c r="{letter}{n}" t="b"><v>{int(value)}</v></c>')
            elif kind is date:
                add(f'<c r="{letter}{n}" s="1"><v>{value.toordinal() - _EPOCH}</v></c>')
            else:
                add(f'<c r="{letter}{n}"{_text_cell(str(value))}')
        add("</row>")
        assert self._out is not None
        self._out.write("".join(parts))


class _Deflated:
    """A part's text deflated as it comes, with its CRC-32 and sizes: straight into the
    workbook file (`sink`), or into memory until the workbook is closed. The deflating runs
    on the workbook's worker thread (zlib lets go of the GIL), so it overlaps the building of
    the next rows."""

    def __init__(self, sink: Callable[[bytes], Any] | None, level: int, worker: _Worker) -> None:
        self.sink = sink
        self.parts: list[bytes] = []
        self.crc = self.size = self.compressed = 0
        self._zip = zlib.compressobj(level, zlib.DEFLATED, -15)
        self._pending: list[str] = []
        self._chars = 0
        self._worker = worker

    def write(self, text: str) -> None:
        self._pending.append(text)
        self._chars += len(text)
        if self._chars >= 1 << 22:  # blocks of 4 MiB: the thread hand-over costs little
            self.flush()

    def flush(self) -> None:
        data = "".join(self._pending).encode("utf-8")
        self._pending.clear()
        self._chars = 0
        self._worker.run(self._deflate, data)

    def _deflate(self, data: bytes, last: bool = False) -> None:
        self.crc = zlib.crc32(data, self.crc)
        self.size += len(data)
        out = self._zip.compress(data)
        if last:
            out += self._zip.flush()
        self.compressed += len(out)
        if self.sink is not None:
            self.sink(out)
        else:
            self.parts.append(out)

    def finish(self) -> None:
        data = "".join(self._pending).encode("utf-8")
        self._pending.clear()
        self._worker.run(self._deflate, data, True)
        self._worker.wait()


class _Worker:
    """One thread that runs the deflating in order, a few blocks behind at most (so memory
    stays bounded when rows come faster than zlib takes them)."""

    AHEAD = 4

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="xlsx-deflate")
        self._queued: deque[Future[None]] = deque()

    def run(self, fn: Callable[..., None], *args: Any) -> None:
        while len(self._queued) >= self.AHEAD:
            self._queued.popleft().result()
        self._queued.append(self._pool.submit(fn, *args))

    def wait(self) -> None:
        while self._queued:
            self._queued.popleft().result()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)


class Workbook:
    """A workbook written into `f` (a binary file open for writing, at its start): add every
    sheet, fill them in any order, then `close`. The first sheet streams into `f` as it
    grows; the others wait in memory, deflated."""

    def __init__(self, f: IO[bytes], level: int = 1) -> None:
        self._zip = _Zip(f)
        self._level = level
        self._sheets: list[Sheet] = []
        self._buffers: list[_Deflated] = []
        self._worker = _Worker()

    def sheet(
        self, title: str, header: Sequence[str], widths: Sequence[float] | None = None
    ) -> Sheet:
        widths = widths or [max(10.0, min(40.0, len(h) + 4.0)) for h in header]
        sheet = Sheet(title, header, widths)
        sink = self._zip.begin(_sheet_part(1)) if not self._sheets else None
        out = _Deflated(sink, self._level, self._worker)
        self._sheets.append(sheet)
        self._buffers.append(out)
        sheet._start(out)
        return sheet

    def close(self) -> None:
        """Finish every sheet and the package; the file is complete after this."""
        try:
            self._finish()
        finally:
            self._worker.close()

    def abandon(self) -> None:
        """Stop without finishing (the caller throws the partial file away)."""
        self._worker.close()

    def _finish(self) -> None:
        for n, (sheet, out) in enumerate(zip(self._sheets, self._buffers, strict=True), 1):
            out.write(sheet._tail)
            out.finish()
            if n == 1:
                self._zip.end(out.crc, out.compressed, out.size)
            else:
                self._zip.member(_sheet_part(n), out.crc, out.compressed, out.size, out.parts)
                out.parts.clear()
        self._write_package()
        self._zip.close()

    def _write_package(self) -> None:
        count = len(self._sheets)
        sheets = "".join(
            f'<sheet name={quoteattr(s.title)} sheetId="{n}" r:id="rId{n}"/>'
            for n, s in enumerate(self._sheets, 1)
        )
        rels = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, count + 1)
        )
        overrides = "".join(
            f'<Override PartName="/{_sheet_part(n)}" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for n in range(1, count + 1)
        )
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        self._zip.text(
            "[Content_Types].xml",
            head
            + (
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/styles.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                f"{overrides}</Types>"
            ),
        )
        self._zip.text(
            "_rels/.rels",
            head
            + (
                f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
                f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
            ),
        )
        self._zip.text(
            "xl/workbook.xml",
            head
            + (
                f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/>'
                f"</bookViews><sheets>{sheets}</sheets></workbook>"
            ),
        )
        self._zip.text(
            "xl/_rels/workbook.xml.rels",
            head
            + (
                f'<Relationships xmlns="{_PKG_REL}">{rels}<Relationship Id="rId{count + 1}" '
                f'Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
            ),
        )
        self._zip.text("xl/styles.xml", _STYLES)


def _sheet_part(n: int) -> str:
    return f"xl/worksheets/sheet{n}.xml"


class _Zip:
    """The ZIP container of the package (PKWARE APPNOTE 6.3: deflated members, a data
    descriptor after the streamed one, the central directory at the end). By hand because
    Python's zipfile deflates every member itself, and the sheets filled alongside the first
    arrive here already deflated; zipfile reads the result back in the tests. Parts stay
    under 4 GiB (no ZIP64): Excel's row limit keeps a sheet well below that."""

    _DESCRIBED = 0x0008  # sizes and CRC follow the data (the streamed member)

    def __init__(self, f: IO[bytes]) -> None:
        self._f = f
        self._offset = 0
        self._entries: list[tuple[bytes, int, int, int, int, int]] = []
        self._open: tuple[bytes, int] | None = None
        now = time.localtime()
        self._time = (now.tm_hour << 11) | (now.tm_min << 5) | (now.tm_sec // 2)
        self._date = ((now.tm_year - 1980) << 9) | (now.tm_mon << 5) | now.tm_mday

    def _write(self, data: bytes) -> None:
        self._f.write(data)
        self._offset += len(data)

    def _local(self, name: bytes, flags: int, crc: int, csize: int, size: int) -> None:
        self._write(
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                flags,
                8,
                self._time,
                self._date,
                crc,
                csize,
                size,
                len(name),
                0,
            )
            + name
        )

    def begin(self, name: str) -> Callable[[bytes], None]:
        """Start a member whose deflated bytes are then written through the returned sink."""
        raw = name.encode()
        self._open = (raw, self._offset)
        self._local(raw, self._DESCRIBED, 0, 0, 0)
        return self._write

    def end(self, crc: int, csize: int, size: int) -> None:
        assert self._open is not None
        raw, offset = self._open
        self._check(raw, csize, size)
        self._write(struct.pack("<IIII", 0x08074B50, crc, csize, size))
        self._entries.append((raw, self._DESCRIBED, crc, csize, size, offset))
        self._open = None

    def member(self, name: str, crc: int, csize: int, size: int, parts: Iterable[bytes]) -> None:
        raw = name.encode()
        self._check(raw, csize, size)
        offset = self._offset
        self._local(raw, 0, crc, csize, size)
        for part in parts:
            self._write(part)
        self._entries.append((raw, 0, crc, csize, size, offset))

    def text(self, name: str, text: str) -> None:
        data = text.encode("utf-8")
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        deflated = packer.compress(data) + packer.flush()
        self.member(name, zlib.crc32(data), len(deflated), len(data), [deflated])

    @staticmethod
    def _check(name: bytes, csize: int, size: int) -> None:
        if max(csize, size) > 0xFFFFFFFF:
            raise TooLarge("a part of the workbook would pass 4 GiB")

    def close(self) -> None:
        start = self._offset
        for raw, flags, crc, csize, size, offset in self._entries:
            self._write(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    flags,
                    8,
                    self._time,
                    self._date,
                    crc,
                    csize,
                    size,
                    len(raw),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + raw
            )
        if self._offset > 0xFFFFFFFF:
            raise TooLarge("the workbook would pass 4 GiB")
        count = len(self._entries)
        self._write(
            struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, self._offset - start, start, 0)
        )
