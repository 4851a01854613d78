"""Names and places in records written in scripts beyond the UN's six languages print from the
faces shipped in resources/fonts (a Burmese situation name printed blank before): Burmese,
Khmer, Lao and Thai, each in an officer's overview. Their letters come back out of the PDF,
except Khmer's: Qt draws it right but maps some of its shaped clusters to no text (pdftotext
reads "សុខ ន់" for "សុខ ចាន់ថា"), which the fonts' README says."""

from __future__ import annotations

import shutil
import unicodedata

import pypdf
import pytest

from tests.ui.test_report_arabic_text import normal, overview_report, pdftotext

pytestmark = pytest.mark.usefixtures("qapp")

SAMPLES = {
    "NotoSansMyanmar": "အောင်ကိုကို ဖမ်းဆီးခံရသည်",
    "NotoSansKhmer": "សុខ ចាន់ថា",
    "NotoSansLao": "ບຸນມີ ສີວົງ",
    "NotoSansThai": "สมชาย ใจดี",
}


def fonts_of(path) -> set[str]:
    found = set()
    for page in pypdf.PdfReader(path).pages:
        for font in ((page.get("/Resources") or {}).get("/Font") or {}).values():
            found.add(str(font.get_object().get("/BaseFont")).lstrip("/").split("+")[-1])
    return found


@pytest.mark.parametrize(("face", "text"), sorted(SAMPLES.items()))
def test_a_script_beyond_the_six_languages_prints_from_its_shipped_face(tmp_path, face, text):
    from ui.report import write_pdf

    path = tmp_path / "overview.pdf"
    write_pdf(overview_report(text), path)
    assert f"{face}-Regular" in fonts_of(path)
    if face != "NotoSansKhmer" and shutil.which("pdftotext"):
        out = pdftotext(path)
        # the letters come back (complex shaping may move a vowel sign or a space)
        letters = [c for c in normal(text) if unicodedata.category(c).startswith("L")]
        got = [c for c in out if unicodedata.category(c).startswith("L")]
        assert all(c in got for c in letters), (text, out)
