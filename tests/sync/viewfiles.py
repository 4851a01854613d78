"""Files for the tests of attachments in redacted views: a photograph with EXIF GPS, a PDF
with its author, and files that cannot be cleaned; and what a device holds of them."""

from __future__ import annotations

import io
import os

from PIL import ExifTags, Image
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from app.models import Attachment, CustodyEvent, Download, DownloadChunk

LATITUDE = (33.0, 34.0, 12.5)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def jpeg(marker: str) -> bytes:
    """A photograph whose EXIF holds a GPS position, the camera and `marker`."""
    image = Image.blend(
        Image.effect_noise((64, 48), 60).convert("RGB"),
        Image.linear_gradient("L").resize((64, 48)).convert("RGB"),
        0.5,
    )
    exif = Image.Exif()
    exif[ExifTags.Base.ImageDescription] = f"{marker} description"
    exif[ExifTags.Base.Make] = "Telephone maker"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (36.0, 24.0, 1.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, quality=90, comment=f"{marker} comment".encode())
    return out.getvalue()


def pdf(marker: str) -> bytes:
    """A one-page PDF whose document information names its author (`marker`)."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": f"{marker} author", "/Creator": "Scanner app"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx(marker: str) -> bytes:
    """What an Office document looks like from outside: a ZIP archive (it cannot be
    cleaned), its author inside."""
    return b"PK\x03\x04" + os.urandom(64) + f"<dc:creator>{marker}</dc:creator>".encode()


def gps_of(content: bytes) -> dict:
    with Image.open(io.BytesIO(content)) as image:
        return dict(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))


def exif_of(content: bytes) -> dict:
    with Image.open(io.BytesIO(content)) as image:
        return dict(image.getexif())


def pdf_author(content: bytes) -> str | None:
    meta = PdfReader(io.BytesIO(content)).metadata
    return None if not meta else meta.get("/Author")


def attachments_of(store) -> dict[str, dict]:
    """Every attachment on a device, by id: its incident, name, SHA-256, bytes."""
    with store.session() as s:
        return {
            a.id: {
                "incident": a.incident_id,
                "filename": a.filename,
                "media_type": a.media_type,
                "captured_by": a.captured_by,
                "sha256": a.sha256,
                "content": bytes(a.content),
            }
            for a in s.scalars(select(Attachment))
        }


def custody_count(store, attachment_id: str) -> int:
    with store.session() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(CustodyEvent)
                .where(CustodyEvent.attachment_id == attachment_id)
            )
            or 0
        )


def downloads_of(store) -> tuple[int, int]:
    """(downloads, their chunks) still on a device."""
    with store.session() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Download)) or 0),
            int(s.scalar(select(func.count()).select_from(DownloadChunk)) or 0),
        )
