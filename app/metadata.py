"""Copies of attachments without their metadata, for files that leave the device.

A photograph's EXIF and XMP say where (GPS), when, and with which telephone it was taken; a
PDF's document information and XMP name its author and the software that made it. The stored
original is never changed: `stripped` returns a new byte string, made in memory (no temporary
file ever holds the plaintext).

Images are cleaned without re-encoding wherever the format allows, so the evidence's pixels are
the original's: JPEG by dropping segments (EXIF, XMP, IPTC, comments, vendor blocks and data
after the image; the ICC colour profile and the Adobe colour-transform block stay), PNG, WebP and
GIF by keeping only the chunks or blocks that draw the image. TIFF is rebuilt by Pillow with
lossless compression and only the tags that describe the pixels. Every cleaned image is decoded
again and compared with the original's pixels; a copy that would differ is refused.

What is removed with the metadata: the EXIF orientation (a photograph taken sideways is shown
as stored, sideways), the capture time, the camera, the GPS position, captions and keywords.

Files are hostile until proven otherwise: a damaged or truncated file, a decompression bomb, or
content that is not what its media type says gives BadInput naming the attachment, never an
unexpected exception, and never a copy that might still carry metadata. A file of a kind that
cannot be cleaned (video, audio, Office documents, HEIC/AVIF, archives) raises CannotClean: it
can leave only as the original, on purpose (`upfront attachment export --original`).
"""

from __future__ import annotations

import io
import mimetypes
import struct
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PIL import Image, UnidentifiedImageError

from app.errors import BadInput

if TYPE_CHECKING:  # pypdf is imported when a PDF is cleaned, not with the module
    from pypdf.generic import StreamObject

#: The largest image (in pixels) cleaned; Pillow's own limit against decompression bombs.
MAX_PIXELS = 89_478_485
#: The most frames (pages of a TIFF, frames of a GIF or WebP) compared after cleaning, and the
#: most pixels in all of them.
MAX_FRAMES = 2000
MAX_TOTAL_PIXELS = 16 * MAX_PIXELS

# What each cleanable format is called, and the media types that declare it.
JPEG, PNG, GIF, WEBP, TIFF, PDF, TEXT = "JPEG", "PNG", "GIF", "WebP", "TIFF", "PDF", "plain text"
_DECLARED = {
    "image/jpeg": JPEG,
    "image/jpg": JPEG,
    "image/pjpeg": JPEG,
    "image/png": PNG,
    "image/apng": PNG,
    "image/gif": GIF,
    "image/webp": WEBP,
    "image/tiff": TIFF,
    "image/tiff-fx": TIFF,
    "application/pdf": PDF,
    "text/plain": TEXT,
    "text/csv": TEXT,
    "text/markdown": TEXT,
}
# Declared kinds that say nothing about the content.
_UNDECLARED = {"", "application/octet-stream", "binary/octet-stream"}


class CannotClean(BadInput):
    """A kind of file whose metadata Upfront cannot remove; it leaves only as the original."""


def cleanable(media_type: str, filename: str = "") -> bool:
    """Whether a file declared as this media type can be cleaned (its content decides)."""
    return _declared(media_type, filename) is not None


def stripped(
    content: bytes, media_type: str, filename: str = "", *, field: str = "attachment"
) -> bytes:
    """A copy of `content` without its metadata (see the module's documentation).

    Raises CannotClean for a kind of file that cannot be cleaned, and BadInput (naming `field`,
    never the file's name or content) for a damaged file or one whose content is not its media
    type."""
    declared = _declared(media_type, filename)
    found = _sniff(content)
    if found is None and declared is None:
        raise CannotClean(
            field,
            f"{media_type or 'this kind of file'} cannot be cleared of "
            "metadata; only the original can leave, on purpose",
        )
    if declared is not None and found is not None and declared != found:
        raise BadInput(field, f"is declared as {declared} but its content is {found}")
    kind = found or declared
    if kind == TEXT:
        return _text(content, field)
    if found is None:
        raise BadInput(field, f"is declared as {declared} but its content is not {declared}")
    try:
        return _CLEANERS[found](content, field)  # here kind is found (TEXT went above)
    except BadInput:
        raise
    except (
        ValueError,
        struct.error,
        OSError,
        EOFError,
        IndexError,
        KeyError,
        TypeError,
        AttributeError,
        ZeroDivisionError,
        SyntaxError,
        RecursionError,
        MemoryError,
        zlib.error,
        NotImplementedError,
        AssertionError,
    ) as exc:
        # Parsers of hostile files fail in many ways; none of their messages is shown (they
        # may quote the file), only that the file is damaged.
        raise BadInput(
            field, f"is a damaged {kind} file ({type(exc).__name__}); it cannot be cleaned"
        ) from None


def _declared(media_type: str, filename: str) -> str | None:
    kind = (media_type or "").split(";")[0].strip().lower()
    if kind in _UNDECLARED:
        kind = (mimetypes.guess_type(filename)[0] or "") if filename else ""
    return _DECLARED.get(kind)


def _sniff(content: bytes) -> str | None:
    head = content[:16]
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if b"%PDF-" in content[:1024]:
        return PDF
    return None


# ---- plain text -----------------------------------------------------------------------------
def _text(content: bytes, field: str) -> bytes:
    """Plain text has nowhere to keep metadata; it leaves as it is if it really is text."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(field, "is declared as plain text but is not UTF-8 text") from None
    if "\x00" in text:
        raise BadInput(field, "is declared as plain text but holds binary data")
    return content


# ---- JPEG: drop segments --------------------------------------------------------------------
# Standalone markers (no length): TEM and the restart markers; SOI and EOI are handled apart.
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


def _keep_jpeg_segment(marker: int, body: bytes) -> bool:
    if marker == 0xE0:  # APP0: JFIF (density) stays; JFXX thumbnails and others go
        return body.startswith(b"JFIF\x00")
    if marker == 0xE2:  # APP2: the ICC profile stays; FlashPix and MPF go
        return body.startswith(b"ICC_PROFILE\x00")
    if marker == 0xEE:  # APP14 Adobe: how to read the colours (RGB, YCC, CMYK)
        return body.startswith(b"Adobe")
    # The image itself: frame headers (SOF0-15 but JPG), Huffman and arithmetic-coding tables,
    # quantisation tables, restart interval, scans, number of lines, expansion. EXIF, XMP,
    # IPTC (APP13), vendor blocks, comments and any marker not listed here go.
    return marker in _JPEG_IMAGE


_JPEG_IMAGE = {*range(0xC0, 0xD0)} - {0xC8} | {0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF}


def _jpeg_segments(content: bytes) -> bytes:
    out = bytearray(b"\xff\xd8")
    i, n = 2, len(content)
    while True:
        while i < n and content[i] == 0xFF and i + 1 < n and content[i + 1] == 0xFF:
            i += 1  # fill bytes before a marker
        if i + 2 > n or content[i] != 0xFF:
            raise ValueError("no marker where one is due")
        marker = content[i + 1]
        i += 2
        if marker == 0xD9:
            out += b"\xff\xd9"
            return bytes(out)  # anything after the image (motion-photo videos, trailers) goes
        if marker in _STANDALONE:
            out += bytes((0xFF, marker))
            continue
        if marker in (0x00, 0xD8):
            raise ValueError("misplaced marker")
        if i + 2 > n:
            raise ValueError("truncated segment")
        length = (content[i] << 8) | content[i + 1]
        if length < 2 or i + length > n:
            raise ValueError("segment runs past the end")
        body = content[i + 2 : i + length]
        if _keep_jpeg_segment(marker, body):
            out += bytes((0xFF, marker)) + content[i : i + length]
        i += length
        if marker == 0xDA:  # start of scan: entropy-coded data up to the next real marker
            start = i
            while True:
                j = content.find(b"\xff", i)
                if j < 0 or j + 1 >= n:
                    raise ValueError("scan runs past the end")
                following = content[j + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    i = j + 2
                    continue
                if following == 0xFF:
                    i = j + 1
                    continue
                i = j
                break
            out += content[start:i]


def _jpeg(content: bytes, field: str) -> bytes:
    cleaned = _jpeg_segments(content)
    _same_pixels(content, cleaned, JPEG, field)
    return cleaned


# ---- PNG: keep the chunks that draw the image -----------------------------------------------
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Critical chunks, colour, transparency, and APNG animation; text, eXIf, tIME, and every chunk
# not named here (private ones included) are dropped.
_PNG_KEEP = {
    b"IHDR",
    b"PLTE",
    b"IDAT",
    b"IEND",
    b"tRNS",
    b"gAMA",
    b"cHRM",
    b"sRGB",
    b"iCCP",
    b"sBIT",
    b"bKGD",
    b"pHYs",
    b"hIST",
    b"cICP",
    b"mDCv",
    b"cLLi",
    b"acTL",
    b"fcTL",
    b"fdAT",
}


def _png(content: bytes, field: str) -> bytes:
    out = bytearray(_PNG_SIGNATURE)
    i, n = len(_PNG_SIGNATURE), len(content)
    while True:
        if i + 8 > n:
            raise ValueError("chunk header runs past the end")
        length, kind = struct.unpack(">I4s", content[i : i + 8])
        end = i + 12 + length
        if length > 0x7FFFFFFF or end > n:
            raise ValueError("chunk runs past the end")
        (crc,) = struct.unpack(">I", content[end - 4 : end])
        if zlib.crc32(content[i + 4 : end - 4]) != crc:
            raise ValueError("chunk checksum does not match")
        if kind == b"iCCP":
            # The profile stays; its name (free text, up to 79 characters) does not.
            data = content[i + 8 : end - 4]
            data = b"ICC profile" + data[data.index(b"\x00") :]
            out += (
                struct.pack(">I", len(data))
                + kind
                + data
                + struct.pack(">I", zlib.crc32(kind + data))
            )
        elif kind in _PNG_KEEP:
            out += content[i:end]
        elif not kind[:1].isalpha() or kind[0] & 0x20 == 0:
            raise ValueError("unknown critical chunk")
        i = end
        if kind == b"IEND":
            cleaned = bytes(out)  # anything after the image goes
            _same_pixels(content, cleaned, PNG, field)
            return cleaned


# ---- GIF: keep the blocks that draw the image -----------------------------------------------
def _gif_sub_blocks(content: bytes, i: int) -> int:
    """The index after a chain of data sub-blocks starting at i."""
    n = len(content)
    while True:
        if i >= n:
            raise ValueError("sub-blocks run past the end")
        size = content[i]
        i += 1 + size
        if size == 0:
            if i > n:
                raise ValueError("sub-blocks run past the end")
            return i


def _gif(content: bytes, field: str) -> bytes:
    n = len(content)
    if n < 13:
        raise ValueError("no logical screen descriptor")
    flags = content[10]
    i = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    out = bytearray(content[:i])
    while True:
        if i >= n:
            raise ValueError("no trailer")
        block = content[i]
        if block == 0x3B:
            out.append(0x3B)
            break  # anything after the trailer goes
        if block == 0x2C:  # image: descriptor, local colour table, LZW data
            if i + 10 > n:
                raise ValueError("image descriptor runs past the end")
            local = content[i + 9]
            j = i + 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0)
            end = _gif_sub_blocks(content, j + 1)
            out += content[i:end]
            i = end
            continue
        if block != 0x21 or i + 2 > n:
            raise ValueError("unknown block")
        label = content[i + 1]
        end = _gif_sub_blocks(content, i + 2)
        extension = content[i:end]
        # Only the blocks that draw or animate, in their one true shape (nothing can ride
        # along in extra sub-blocks): graphic control (delay, transparency, disposal), the
        # loop count, and the colour profile. Comments (0xFE), plain text (0x01), XMP and
        # other application blocks go.
        if label == 0xF9 and len(extension) >= 8 and extension[2] == 4:
            out += extension[:7] + b"\x00"
        elif (
            label == 0xFF
            and extension[2:14] in (b"\x0bNETSCAPE2.0", b"\x0bANIMEXTS1.0")
            and len(extension) >= 19
            and extension[14:16] == b"\x03\x01"
        ):
            out += extension[:18] + b"\x00"
        elif label == 0xFF and extension[2:14] == b"\x0bICCRGBG1012":
            out += extension
        i = end
    cleaned = bytes(out)
    _same_pixels(content, cleaned, GIF, field)
    return cleaned


# ---- WebP: keep the chunks that draw the image ----------------------------------------------
_WEBP_KEEP = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}


def _webp(content: bytes, field: str) -> bytes:
    (size,) = struct.unpack("<I", content[4:8])
    end_of_riff = 8 + size
    if end_of_riff > len(content) or size < 4:
        raise ValueError("RIFF size runs past the end")
    chunks = bytearray()
    i = 12
    while i < end_of_riff:
        if i + 8 > end_of_riff:
            raise ValueError("chunk header runs past the end")
        kind = content[i : i + 4]
        (length,) = struct.unpack("<I", content[i + 4 : i + 8])
        end = i + 8 + length + (length & 1)
        if i + 8 + length > end_of_riff:
            raise ValueError("chunk runs past the end")
        if kind in _WEBP_KEEP:
            chunk = bytearray(content[i : min(end, end_of_riff)])
            if length & 1 and end > end_of_riff:
                chunk.append(0)
            if kind == b"VP8X":
                if length < 10:
                    raise ValueError("VP8X is too short")
                chunk[8] &= ~0x0C & 0xFF  # no EXIF (0x08), no XMP (0x04) any more
            chunks += chunk
        i = end  # EXIF, XMP and unknown chunks go, and anything after the RIFF container
    cleaned = b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + bytes(chunks)
    _same_pixels(content, cleaned, WEBP, field)
    return cleaned


# ---- TIFF: rebuilt losslessly with only the pixels ------------------------------------------
_SUB_IFDS = 330


def _tiff(content: bytes, field: str) -> bytes:
    with _opened(content, TIFF, field) as image:
        if _SUB_IFDS in getattr(image, "tag_v2", {}):
            # Camera raw files (DNG) keep the real image in sub-IFDs Pillow does not read:
            # a copy of what Pillow sees would be a thumbnail, not the evidence.
            raise CannotClean(
                field,
                "is a TIFF with sub-images (camera raw); only the original can leave, on purpose",
            )
        frames = []
        for index in range(_frame_count(image, field)):
            image.seek(index)
            _not_a_bomb(image, field)
            image.load()
            icc = image.info.get("icc_profile")
            plain = image.copy()  # an Image, not a TiffImageFile: none of the file's tags
            plain.info = {"icc_profile": icc} if icc else {}
            frames.append(plain)
    out = io.BytesIO()
    options = {"compression": "tiff_deflate"}
    if frames[0].info:
        options["icc_profile"] = frames[0].info["icc_profile"]
    try:
        frames[0].save(
            out, format="TIFF", save_all=len(frames) > 1, append_images=frames[1:], **options
        )
    except (OSError, ValueError, KeyError, TypeError):
        raise _changed(TIFF, field) from None
    cleaned = out.getvalue()
    _same_pixels(content, cleaned, TIFF, field)
    return cleaned


# ---- PDF: no document information, no XMP, no metadata in embedded JPEGs ---------------------
def _pdf(content: bytes, field: str) -> bytes:
    from pypdf.errors import PyPdfError

    try:
        return _pdf_cleaned(content, field)
    except PyPdfError as exc:
        raise ValueError("pypdf could not read it") from exc


def _pdf_cleaned(content: bytes, field: str) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        IndirectObject,
        NameObject,
        StreamObject,
    )

    reader = PdfReader(io.BytesIO(content), strict=False)
    if reader.is_encrypted:
        raise CannotClean(field, "is an encrypted PDF; only the original can leave, on purpose")
    writer = PdfWriter(clone_from=reader)
    # A new file holds only what the pages reach: earlier revisions (incremental updates) and
    # orphaned objects, which may hold old metadata, are not carried over.
    seen: set[int] = set()

    def scrub(obj: object, depth: int = 0) -> None:
        if depth > 200:
            raise RecursionError("PDF objects nest too deeply")
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                return
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            for key in ("/Metadata", "/PieceInfo", "/LastModified"):
                obj.pop(NameObject(key), None)
            for key, value in list(obj.items()):
                # XMP under whatever name (a damaged or hostile file's keys are not ours)
                target = value.get_object() if isinstance(value, IndirectObject) else value
                if isinstance(target, StreamObject) and (
                    target.get("/Type") == "/Metadata" or target.get("/Subtype") == "/XML"
                ):
                    del obj[key]
            if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Image":
                _scrub_pdf_image(obj)
            for value in list(obj.values()):
                scrub(value, depth + 1)
        elif isinstance(obj, ArrayObject):
            for value in obj:
                scrub(value, depth + 1)

    root = writer._root_object
    for key in list(root.keys()):
        if key not in _PDF_CATALOG:
            del root[key]  # metadata, application data, and actions run on opening
    scrub(root)
    writer.metadata = None
    # Objects nothing refers to any more (the old /Info, the XMP streams) would still be
    # written out: they go too.
    try:
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    except TypeError:  # pypdf 5's names for the same
        writer.compress_identical_objects(remove_identicals=False, remove_orphans=True)
    out = io.BytesIO()
    writer.write(out)
    cleaned = out.getvalue()
    check = PdfReader(io.BytesIO(cleaned))
    if len(check.pages) != len(reader.pages):
        raise ValueError("pages lost")
    return cleaned


# What a document catalog keeps: how the document is made and shown.
_PDF_CATALOG = {
    "/Type",
    "/Version",
    "/Extensions",
    "/Pages",
    "/PageLabels",
    "/Names",
    "/Dests",
    "/ViewerPreferences",
    "/PageLayout",
    "/PageMode",
    "/Outlines",
    "/StructTreeRoot",
    "/MarkInfo",
    "/Lang",
    "/AcroForm",
    "/OCProperties",
    "/OutputIntents",
}


def _scrub_pdf_image(stream: StreamObject) -> None:
    """A JPEG inside a PDF (a scanned photograph) keeps its EXIF unless cleaned too."""
    from pypdf.generic import NameObject, NumberObject

    filters = stream.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
    data = stream._data
    if names == ["/DCTDecode"]:
        data = _jpeg_segments(data)
    elif names == ["/FlateDecode", "/DCTDecode"]:
        data = zlib.compress(_jpeg_segments(zlib.decompress(data)))
    else:
        return
    stream._data = data
    stream[NameObject("/Length")] = NumberObject(len(data))


# ---- decoding and comparing -----------------------------------------------------------------
class _opened:
    """Pillow's image of `content`, refused if it is larger than MAX_PIXELS."""

    def __init__(self, content: bytes, kind: str, field: str) -> None:
        self.content, self.kind, self.field = content, kind, field

    def __enter__(self) -> Image.Image:
        try:
            image = Image.open(io.BytesIO(self.content), formats=[_PILLOW[self.kind]])
        except Image.DecompressionBombError:
            raise _bomb(self.field) from None
        except UnidentifiedImageError:
            raise BadInput(self.field, f"is not a readable {self.kind} image") from None
        try:
            _not_a_bomb(image, self.field)
        except BadInput:
            image.close()
            raise
        self.image = image
        return image

    def __exit__(self, *exc: object) -> None:
        self.image.close()


_PILLOW = {JPEG: "JPEG", PNG: "PNG", GIF: "GIF", WEBP: "WEBP", TIFF: "TIFF"}


def _bomb(field: str) -> BadInput:
    return BadInput(
        field, f"is an image larger than {MAX_PIXELS:,} pixels (or claims to be); it is not decoded"
    )


def _frame_count(image: Image.Image, field: str) -> int:
    frames = getattr(image, "n_frames", 1)
    width, height = image.size
    if frames > MAX_FRAMES or frames * width * height > MAX_TOTAL_PIXELS:
        raise BadInput(
            field,
            f"has more than {MAX_FRAMES} frames or pages, or more than "
            f"{MAX_TOTAL_PIXELS:,} pixels in all; it is not decoded",
        )
    return frames


def _not_a_bomb(image: Image.Image, field: str) -> None:
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise _bomb(field)


def _frames(
    image: Image.Image, count: int, field: str
) -> Iterator[tuple[str, tuple[int, int], bytes]]:
    """Each frame's mode, size and pixels (palettes resolved), one at a time."""
    for index in range(count):
        image.seek(index)
        _not_a_bomb(image, field)
        image.load()
        frame = image.convert("RGBA") if image.mode in ("P", "PA") else image
        yield frame.mode, frame.size, frame.tobytes()


def _same_pixels(original: bytes, cleaned: bytes, kind: str, field: str) -> None:
    """Both decode, whole, to the same pixels, frame by frame; otherwise the copy is not the
    evidence. A JPEG is one image: the extra pictures of a multi-picture file (MPF) are
    metadata of a kind, removed with it."""
    with _opened(original, kind, field) as before, _opened(cleaned, kind, field) as after:
        count = 1 if kind == JPEG else _frame_count(before, field)
        if kind != JPEG and _frame_count(after, field) != count:
            raise _changed(kind, field)
        for a, b in zip(_frames(before, count, field), _frames(after, count, field), strict=True):
            if a != b:
                raise _changed(kind, field)


def _changed(kind: str, field: str) -> CannotClean:
    return CannotClean(
        field,
        f"is a {kind} image whose metadata cannot be removed without "
        "changing its pixels; only the original can leave, on purpose",
    )


_CLEANERS = {JPEG: _jpeg, PNG: _png, GIF: _gif, WEBP: _webp, TIFF: _tiff, PDF: _pdf}
