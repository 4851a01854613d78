"""app.metadata on real files made by Pillow and pypdf: GPS EXIF, XMP, IPTC, comments and text
chunks planted with a unique marker, looked for afterwards by Pillow's readers and in the bytes;
the pixels compared with the original's; hostile files (truncated, byte-flipped, bombs, lying
media types) give BadInput, never another exception."""

from __future__ import annotations

import io
import re
import struct
import uuid
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import ExifTags, Image, ImageCms, PngImagePlugin, TiffImagePlugin
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from app.errors import BadInput
from app.metadata import MAX_PIXELS, CannotClean, cleanable, stripped

MARKER = "MARKER-" + uuid.uuid4().hex
LATITUDE = (33.0, 34.0, 12.5)
XMP = (
    f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    f'22-rdf-syntax-ns#"><rdf:Description>{MARKER} xmp</rdf:Description></rdf:RDF>'
    "</x:xmpmeta>"
).encode()
# What metadata looks like in the bytes, whatever the format.
TELLTALES = (
    MARKER.encode(),
    b"Exif\x00\x00",
    b"adobe:ns:meta",
    b"http://ns.adobe.com/xap",
    b"Photoshop 3.0",
    b"eXIf",
    b"tEXt",
    b"zTXt",
    b"iTXt",
    b"tIME",
)

# Description, make, model, orientation, software, date, artist, host, copyright, XMP, IPTC,
# Photoshop, EXIF and GPS IFDs.
METADATA_TAGS = {270, 271, 272, 274, 305, 306, 315, 316, 33432, 700, 33723, 34377, 34665, 34853}


def _picture(size=(96, 64), mode="RGB") -> Image.Image:
    """Not a flat colour: a gradient and noise, so pixel comparisons mean something."""
    image = (
        Image.effect_noise(size, 60).convert(mode) if mode != "L" else Image.effect_noise(size, 60)
    )
    gradient = Image.linear_gradient("L").resize(size).convert(mode)
    return Image.blend(image, gradient, 0.5)


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.ImageDescription] = f"{MARKER} description"
    exif[ExifTags.Base.Make] = "Telephone maker"
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.DateTime] = "2026:10:03 09:41:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (36.0, 24.0, 1.0)
    return exif


def _segment(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body


def _jpeg(progressive: bool = False, icc: bytes | None = None) -> bytes:
    out = io.BytesIO()
    extra = {"icc_profile": icc} if icc else {}
    _picture().save(
        out,
        format="JPEG",
        exif=_exif(),
        xmp=XMP,
        quality=90,
        comment=f"{MARKER} comment".encode(),
        progressive=progressive,
        **extra,
    )
    data = out.getvalue()
    # IPTC (APP13) and a vendor block (APP9) after SOI, and a "motion photo" after EOI.
    iptc = _segment(
        0xED,
        b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x10\x1c\x02x"
        b"\x00\x0c" + MARKER.encode()[:12],
    )
    vendor = _segment(0xE9, f"vendor {MARKER}".encode())
    return data[:2] + iptc + vendor + data[2:] + b"ftypmp42 video " + MARKER.encode()


def _png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", f"{MARKER} author")
    info.add_text("Comment", f"{MARKER} compressed " * 20, zip=True)
    info.add_itxt("Description", f"{MARKER} international", lang="en")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    info.add(b"tIME", struct.pack(">HBBBBB", 2026, 10, 3, 9, 41, 0))
    info.add(b"prIv", f"private {MARKER}".encode())
    out = io.BytesIO()
    _picture(mode="RGBA").save(out, format="PNG", pnginfo=info, exif=_exif())
    return out.getvalue() + f"trailing {MARKER}".encode()


def _webp(lossless: bool) -> bytes:
    out = io.BytesIO()
    _picture().save(out, format="WEBP", exif=_exif(), xmp=XMP, lossless=lossless, quality=80)
    return out.getvalue()


def _tiff(pages: int = 1) -> bytes:
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[270] = f"{MARKER} description"
    info[315] = f"{MARKER} artist"
    info[33432] = f"{MARKER} copyright"
    info[700] = XMP
    info[34853] = {1: "N", 2: LATITUDE}
    out = io.BytesIO()
    frames = [_picture(mode="RGB") for _ in range(pages)]
    # Uncompressed: libtiff (which compresses) will not write a GPS IFD from Pillow.
    frames[0].save(out, format="TIFF", tiffinfo=info, save_all=pages > 1, append_images=frames[1:])
    return out.getvalue()


def _gif(frames: int = 3) -> bytes:
    images = [_picture().convert("P", palette=Image.Palette.ADAPTIVE) for _ in range(frames)]
    out = io.BytesIO()
    images[0].save(
        out,
        format="GIF",
        save_all=True,
        append_images=images[1:],
        loop=0,
        duration=100,
        comment=f"{MARKER} comment".encode(),
    )
    data = out.getvalue()
    # An XMP application block before the trailer, as Photoshop writes it.
    xmp = b"\x21\xff\x0bXMP DataXMP" + bytes((len(MARKER),)) + MARKER.encode() + b"\x00"
    return data[:-1] + xmp + b"\x3b" + MARKER.encode()


def _frames(content: bytes) -> list[tuple[str, tuple, bytes]]:
    with Image.open(io.BytesIO(content)) as image:
        frames = []
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            image.load()
            frame = image.convert("RGBA") if image.mode == "P" else image
            frames.append((frame.mode, frame.size, frame.tobytes()))
        return frames


def _assert_clean_image(original: bytes, cleaned: bytes, *, frames_equal: bool = True) -> None:
    for telltale in TELLTALES:
        assert telltale not in cleaned, telltale
    with Image.open(io.BytesIO(cleaned)) as image:
        exif = image.getexif()
        assert not set(exif) & METADATA_TAGS  # a TIFF's own structure is in its "EXIF"
        assert dict(exif.get_ifd(ExifTags.IFD.GPSInfo)) == {}
        for key in (
            "exif",
            "xmp",
            "XML:com.adobe.xmp",
            "comment",
            "Author",
            "Comment",
            "Description",
            "photoshop",
        ):
            assert key not in image.info, key
        assert not getattr(image, "text", {})
        tags = getattr(image, "tag_v2", {})
        assert not set(tags) & METADATA_TAGS
    if frames_equal:
        assert _frames(cleaned) == _frames(original)
    else:
        assert _frames(cleaned)[0] == _frames(original)[0]


# ---- each format -----------------------------------------------------------------------------
def test_the_planted_metadata_is_there_to_find() -> None:
    """The checks below can fail: Pillow and the byte search see the planted metadata."""
    for content in (_jpeg(), _png(), _webp(True), _tiff(), _gif()):
        assert MARKER.encode() in content
        with Image.open(io.BytesIO(content)) as image:
            found = (
                image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
                or image.info.get("comment")
                or image.info.get("xmp")
                or getattr(image, "text", None)
            )
            assert found
    with Image.open(io.BytesIO(_jpeg())) as image:
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == LATITUDE


@pytest.mark.parametrize("progressive", [False, True])
def test_jpeg_loses_exif_gps_xmp_iptc_comments_and_trailers(progressive: bool) -> None:
    original = _jpeg(progressive)
    cleaned = stripped(original, "image/jpeg", "photo.jpg")
    _assert_clean_image(original, cleaned)
    assert len(cleaned) < len(original)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG"
        assert "jfif" in image.info, "the JFIF header (density) stays"
        assert image.info.get("progressive", 0) == int(progressive)


def test_jpeg_keeps_its_icc_profile_and_its_scan_data_byte_for_byte() -> None:
    icc = b"\x00" * 128 + b"acsp" + b"colour profile" * 10  # kept as bytes, not interpreted
    original = _jpeg(icc=icc)
    cleaned = stripped(original, "image/jpeg")
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.info["icc_profile"] == icc
    # Lossless: the compressed image data (from the first scan on) is the original's.
    start = original.index(b"\xff\xda")
    end = original.index(b"\xff\xd9", start) + 2
    assert cleaned.endswith(original[start:end])


def test_jpeg_multi_picture_keeps_the_main_picture() -> None:
    """An MPO (phones' depth maps, stereo pairs): the main picture leaves, the rest is dropped."""
    first, second = _picture(), _picture().rotate(90, expand=False)
    out = io.BytesIO()
    first.save(out, format="MPO", save_all=True, append_images=[second], exif=_exif())
    cleaned = stripped(out.getvalue(), "image/jpeg")
    _assert_clean_image(out.getvalue(), cleaned, frames_equal=False)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert getattr(image, "n_frames", 1) == 1


def test_png_loses_text_chunks_exif_time_private_chunks_and_trailers() -> None:
    original = _png()
    cleaned = stripped(original, "image/png", "scan.png")
    _assert_clean_image(original, cleaned)
    assert b"prIv" not in cleaned
    assert cleaned.endswith(b"IEND\xaeB`\x82")


def test_png_palette_transparency_and_gamma_stay() -> None:
    image = _picture().convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    out = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", MARKER)
    image.save(out, format="PNG", pnginfo=info, transparency=3)
    cleaned = stripped(out.getvalue(), "image/png")
    _assert_clean_image(out.getvalue(), cleaned)
    with Image.open(io.BytesIO(cleaned)) as reread:
        assert reread.info["transparency"] == 3
        assert reread.mode == "P"


@pytest.mark.parametrize("lossless", [True, False])
def test_webp_loses_exif_and_xmp(lossless: bool) -> None:
    original = _webp(lossless)
    cleaned = stripped(original, "image/webp", "photo.webp")
    _assert_clean_image(original, cleaned)
    assert cleaned[12:16] == b"VP8X"
    assert cleaned[20] & 0x0C == 0, "the VP8X flags no longer announce EXIF or XMP"
    assert struct.unpack("<I", cleaned[4:8])[0] == len(cleaned) - 8


def test_animated_webp_keeps_every_frame() -> None:
    frames = [_picture() for _ in range(3)]
    out = io.BytesIO()
    frames[0].save(
        out,
        format="WEBP",
        save_all=True,
        append_images=frames[1:],
        lossless=True,
        exif=_exif(),
        xmp=XMP,
        duration=80,
    )
    cleaned = stripped(out.getvalue(), "image/webp")
    _assert_clean_image(out.getvalue(), cleaned)
    assert len(_frames(cleaned)) == 3


@pytest.mark.parametrize("pages", [1, 3])
def test_tiff_is_rebuilt_with_only_its_pixels(pages: int) -> None:
    original = _tiff(pages)
    with Image.open(io.BytesIO(original)) as image:
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo)[2] == LATITUDE
    cleaned = stripped(original, "image/tiff", "scan.tif")
    _assert_clean_image(original, cleaned)
    assert len(_frames(cleaned)) == pages


def test_16_bit_greyscale_tiff_keeps_its_depth() -> None:
    image = Image.linear_gradient("L").resize((80, 40)).convert("I").point(lambda v: v * 257)
    image = image.convert("I;16")
    out = io.BytesIO()
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[270] = MARKER
    image.save(out, format="TIFF", tiffinfo=info)
    cleaned = stripped(out.getvalue(), "image/tiff")
    _assert_clean_image(out.getvalue(), cleaned)
    with Image.open(io.BytesIO(cleaned)) as reread:
        assert reread.mode == "I;16"


def test_gif_loses_comments_and_xmp_and_keeps_its_animation() -> None:
    original = _gif()
    cleaned = stripped(original, "image/gif", "clip.gif")
    _assert_clean_image(original, cleaned)
    assert b"XMP DataXMP" not in cleaned
    assert b"NETSCAPE2.0" in cleaned, "the loop count stays"
    assert len(_frames(cleaned)) == 3
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.info.get("duration") == 100


# ---- PDF --------------------------------------------------------------------------------------
def _pdf_with_metadata(photo: bytes | None = None) -> bytes:
    writer = PdfWriter()
    if photo is None:
        writer.add_blank_page(200, 200)
    else:
        out = io.BytesIO()
        _picture().save(out, format="PDF")  # one page, the picture as a DCT stream
        writer.append(PdfReader(io.BytesIO(out.getvalue())))
        for page in writer.pages:
            for image in page["/Resources"]["/XObject"].values():
                image.get_object()._data = photo
    writer.add_metadata(
        {"/Author": f"{MARKER} author", "/Title": f"{MARKER} title", "/Creator": "Scanner app"}
    )
    metadata = DecodedStreamObject()
    metadata.set_data(XMP)
    metadata[NameObject("/Type")] = NameObject("/Metadata")
    metadata[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_loses_its_document_information_and_xmp() -> None:
    original = _pdf_with_metadata()
    assert PdfReader(io.BytesIO(original)).metadata["/Author"].startswith(MARKER)
    assert MARKER.encode() in original
    cleaned = stripped(original, "application/pdf", "report.pdf")
    assert MARKER.encode() not in cleaned
    assert b"adobe:ns:meta" not in cleaned
    reread = PdfReader(io.BytesIO(cleaned))
    assert not reread.metadata
    assert reread.xmp_metadata is None
    assert len(reread.pages) == 1


def test_a_photograph_inside_a_pdf_loses_its_exif() -> None:
    photo = _jpeg()
    photo = photo[: photo.index(b"\xff\xd9") + 2]  # a JPEG stream ends at its EOI
    original = _pdf_with_metadata(photo)
    assert b"Exif\x00\x00" in original
    cleaned = stripped(original, "application/pdf")
    for telltale in (MARKER.encode(), b"Exif\x00\x00", b"adobe:ns:meta", b"Photoshop 3.0"):
        assert telltale not in cleaned
    # the same pixels as the photograph in the original PDF (pypdf decodes an image with
    # the PDF's colour space, so it is compared with itself, not with Pillow's own decoding)
    image = next(iter(PdfReader(io.BytesIO(cleaned)).pages[0].images))
    before = next(iter(PdfReader(io.BytesIO(original)).pages[0].images))
    assert image.image.size == Image.open(io.BytesIO(photo)).size
    assert image.image.tobytes() == before.image.tobytes()


def test_an_earlier_revision_of_a_pdf_does_not_leave_with_it() -> None:
    """An incremental update keeps the old document information in the file; it goes too."""
    original = _pdf_with_metadata()
    writer = PdfWriter(io.BytesIO(original), incremental=True)
    writer.add_metadata({"/Author": "someone else"})
    out = io.BytesIO()
    writer.write(out)
    updated = out.getvalue()
    assert MARKER.encode() in updated
    cleaned = stripped(updated, "application/pdf")
    assert MARKER.encode() not in cleaned
    assert b"someone else" not in cleaned


def test_an_encrypted_pdf_cannot_be_cleaned() -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(CannotClean) as err:
        stripped(out.getvalue(), "application/pdf")
    assert err.value.field == "attachment"
    assert "encrypted" in err.value.reason


# ---- what cannot be cleaned, and lies ----------------------------------------------------------
@pytest.mark.parametrize(
    "media_type, filename, content",
    [
        ("video/mp4", "clip.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100),
        ("audio/mpeg", "voice.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 100),
        ("image/heic", "photo.heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100),
        (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "s.docx",
            b"PK\x03\x04" + b"\x00" * 100,
        ),
        ("application/octet-stream", "blob.bin", b"\x01\x02\x03"),
    ],
)
def test_kinds_that_cannot_be_cleaned_are_refused(media_type, filename, content) -> None:
    assert not cleanable(media_type, filename)
    with pytest.raises(CannotClean) as err:
        stripped(content, media_type, filename, field="attachment 42")
    assert err.value.field == "attachment 42"
    assert err.value.exit_code == 2
    assert filename not in str(err.value)


def test_plain_text_leaves_as_it_is() -> None:
    text = f"statement of witness {MARKER}\n".encode()
    assert stripped(text, "text/plain", "statement.txt") == text


@pytest.mark.parametrize(
    "media_type, content, says",
    [
        ("image/jpeg", _png(), "PNG"),  # a PNG named .jpg
        ("text/plain", _jpeg(), "JPEG"),  # a photograph calling itself text
        ("image/png", b"GIF89a" + b"\x00" * 40, "GIF"),
        ("application/pdf", _tiff(), "TIFF"),
        ("image/jpeg", b"not an image at all", "not JPEG"),
        ("text/plain", b"\xff\xfe\x00binary", "UTF-8"),
        ("text/plain", b"text\x00with a nul", "binary"),
    ],
)
def test_a_lying_media_type_is_bad_input(media_type: str, content: bytes, says: str) -> None:
    with pytest.raises(BadInput) as err:
        stripped(content, media_type, "evidence", field="attachment 7")
    assert err.value.field == "attachment 7"
    assert says in err.value.reason
    assert MARKER not in str(err.value)


def test_an_undeclared_image_is_cleaned_by_its_content() -> None:
    original = _jpeg()
    cleaned = stripped(original, "application/octet-stream", "")
    _assert_clean_image(original, cleaned)


# ---- hostile files -----------------------------------------------------------------------------
def _bomb_png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + b"\x00" * width
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(16)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", data)
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("width, height", [(20_000, 20_000), (10_000, 9_000), (65_535, 65_535)])
def test_decompression_bombs_are_refused_undecoded(width: int, height: int) -> None:
    assert width * height > MAX_PIXELS
    with pytest.raises(BadInput) as err:
        stripped(_bomb_png(width, height), "image/png", field="attachment 9")
    assert "pixels" in err.value.reason
    assert err.value.field == "attachment 9"


def test_a_jpeg_that_claims_to_be_huge_is_refused() -> None:
    original = bytearray(_jpeg())
    sof = original.index(b"\xff\xc0")
    original[sof + 5 : sof + 9] = struct.pack(">HH", 60_000, 60_000)
    with pytest.raises(BadInput) as err:
        stripped(bytes(original), "image/jpeg")
    assert "pixels" in err.value.reason


SAMPLES = {
    "image/jpeg": _jpeg(),
    "image/png": _png(),
    "image/webp": _webp(False),
    "image/tiff": _tiff(2),
    "image/gif": _gif(2),
    "application/pdf": _pdf_with_metadata(),
}


@pytest.mark.parametrize("media_type", sorted(SAMPLES))
def test_every_truncation_is_bad_input_or_a_clean_copy(media_type: str) -> None:
    original = SAMPLES[media_type]
    step = max(1, len(original) // 60)
    for cut in [*range(0, len(original), step), len(original) - 1, len(original) - 2]:
        _clean_or_refused(original[:cut], media_type)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(media_type=st.sampled_from(sorted(SAMPLES)), data=st.data())
def test_byte_flips_give_bad_input_or_a_clean_copy(media_type: str, data) -> None:
    content = bytearray(SAMPLES[media_type])
    for _ in range(data.draw(st.integers(1, 8), label="flips")):
        at = data.draw(st.integers(0, len(content) - 1), label="at")
        content[at] = data.draw(st.integers(0, 255), label="byte")
    _clean_or_refused(bytes(content), media_type)


@settings(max_examples=100, deadline=None)
@given(
    content=st.binary(max_size=300),
    media_type=st.sampled_from(
        sorted(SAMPLES) + ["text/plain", "video/mp4", "application/octet-stream"]
    ),
)
def test_arbitrary_bytes_give_bad_input_or_a_copy(content: bytes, media_type: str) -> None:
    try:
        stripped(content, media_type)
    except BadInput as err:
        assert err.field == "attachment"


def _clean_or_refused(content: bytes, media_type: str) -> None:
    try:
        cleaned = stripped(content, media_type, field="attachment 3")
    except BadInput as err:
        assert err.field == "attachment 3"
        assert MARKER not in str(err)
        return
    # Whatever came through must be clean: the marker was in the metadata only.
    assert MARKER.encode() not in cleaned
    if media_type != "application/pdf":
        with Image.open(io.BytesIO(cleaned)) as image:
            assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)


# ---- hostile places to hide metadata -------------------------------------------------------------
def test_gif_blocks_that_are_kept_carry_nothing_extra() -> None:
    """Data riding in extra sub-blocks of the graphic control or loop blocks is dropped."""
    data = _gif(2)
    hidden = bytes((len(MARKER),)) + MARKER.encode()
    gce = data.index(b"\x21\xf9\x04")
    data = data[: gce + 7] + hidden + data[gce + 7 :]  # an extra sub-block before the terminator
    loop = data.index(b"NETSCAPE2.0") + 11 + 4
    data = data[:loop] + hidden + data[loop:]
    assert data.count(MARKER.encode()) >= 3
    cleaned = stripped(data, "image/gif")
    _assert_clean_image(data, cleaned)
    assert b"NETSCAPE2.0" in cleaned


def test_png_colour_profile_name_is_not_kept() -> None:
    out = io.BytesIO()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    _picture().save(out, format="PNG", icc_profile=icc)
    data = out.getvalue()
    start = data.index(b"iCCP") - 4
    (length,) = struct.unpack(">I", data[start : start + 4])
    body = data[start + 8 : start + 8 + length]
    body = MARKER.encode()[:79] + body[body.index(b"\x00") :]
    chunk = (
        struct.pack(">I", len(body))
        + b"iCCP"
        + body
        + struct.pack(">I", zlib.crc32(b"iCCP" + body))
    )
    data = data[:start] + chunk + data[start + 12 + length :]
    assert MARKER.encode() in data
    cleaned = stripped(data, "image/png")
    assert MARKER.encode() not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.info["icc_profile"] == icc
    assert _frames(cleaned) == _frames(data)


def test_pdf_xmp_under_a_mangled_key_goes_too() -> None:
    original = re.sub(rb"/Metadata (\d+ 0 R)", rb"/Metadbta \1", _pdf_with_metadata())
    assert b"/Metadbta" in original
    cleaned = stripped(original, "application/pdf")
    assert MARKER.encode() not in cleaned
    assert b"adobe:ns:meta" not in cleaned


def test_pdf_xmp_hung_on_a_page_under_another_name_goes_too() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_with_metadata())))
    xmp = writer._root_object["/Metadata"]
    writer.pages[0][NameObject("/PrivateData")] = xmp
    out = io.BytesIO()
    writer.write(out)
    cleaned = stripped(out.getvalue(), "application/pdf")
    assert MARKER.encode() not in cleaned
    assert "/PrivateData" not in PdfReader(io.BytesIO(cleaned)).pages[0]
