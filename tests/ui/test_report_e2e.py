"""Reports from a seeded store to PDF, read back with a PDF text extractor as a reader would:
what each audience's file says and does not say, in English, Arabic and Chinese."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pypdf
import pytest

from app.reports import Reports, Request, load_template
from tests.app.test_reports import seed_store
from ui.qt import QImage, QSize
from ui.report import write_pdf

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def seeded(store):
    seed_store(store)
    return store


def pdf(store, tmp_path, audience: str, lang: str = "en") -> tuple:
    template = {**load_template(), "key_incidents": 100}
    report = Reports(store, now=NOW).build(
        Request.parse(
            date_from="2026-10-01",
            date_to="2026-10-31",
            audience=audience,
            country="SYR",
            lang=lang,
        ),
        template,
    )
    out = tmp_path / f"{audience}-{lang}.pdf"
    write_pdf(report, out)
    pages = [p.extract_text() for p in pypdf.PdfReader(out).pages]
    return report, out, pages


def test_each_audience_file_holds_only_what_it_may(seeded, tmp_path):
    internal, _, internal_pages = pdf(seeded, tmp_path, "internal")
    text = "\n".join(internal_pages)
    assert "Rami Khoury" in text  # a protected person, named only internally
    assert "RESTRICTED-NARRATIVE" in text
    in_note = text.count("<5")  # the methodology note explains "<5"; no count says it
    assert "<5" not in internal_pages[1]
    for audience in ("partners", "public"):
        report, _, pages = pdf(seeded, tmp_path, audience)
        text = "\n".join(pages)
        assert "Rami Khoury" not in text and "RESTRICTED-NARRATIVE" not in text
        assert "Source Zaid" not in text and "Colonel Farouk" not in text
        assert text.count("<5") > in_note  # Damascus had one killing
        assert all(report.meta.classification in page for page in pages)
        assert report.incidents.text in pages[1]  # the key figure, on the figures page
        assert report.sha256() in pages[0]


def test_arabic_and_chinese_extract_as_their_own_characters(seeded, tmp_path):
    _, out, pages = pdf(seeded, tmp_path, "un", "ar")
    arabic = unicodedata.normalize("NFKC", pages[0])
    title = "تقرير عن الحالة"  # shaped glyphs come back in visual order: either way round
    assert all(word in arabic or word[::-1] in arabic for word in title.split())
    assert "سري" in arabic or "سري"[::-1] in arabic  # the marking
    _, _, pages = pdf(seeded, tmp_path, "un", "zh")
    assert "情况报告" in pages[0] and "机密" in pages[0]


def test_the_first_page_is_not_blank(seeded, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    _, out, _ = pdf(seeded, tmp_path, "public")
    document = QPdfDocument()
    document.load(str(out))
    image = document.render(0, QSize(620, 877)).convertToFormat(QImage.Format.Format_RGB32)
    dark = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 200
    )
    assert dark > 500, dark  # text, the marking, the contents: not an empty page
    document.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_map_and_the_table_name_the_same_regions_and_the_map_says_which_it_cannot_draw(
    store, tmp_path, lang
):
    """Regions typed any way resolve to one unit each: the table's columns are the map's
    areas; a unit with no outline on the map (DR Congo's Ituri: Natural Earth still draws the
    provinces before 2015) is named in the map's note."""
    from app.gazetteer import gazetteer
    from app.incidents import Incidents
    from tests.app.conftest import incident_doc
    from ui.report.map import MapFigure
    from ui.report.strings import Strings

    spellings = {"Nord-Kivu": 3, "north kivu": 2, "CD-NK": 1, "Ituri": 2, "CD54": 1, "Kinshasa": 1}
    docs = [
        incident_doc(
            title=f"Case {typed} {i}",
            occurred_from="2026-10-05",
            status="submitted",
            location={"country": "Democratic Republic of the Congo", "admin1": typed},
            victims=[],
        )
        for typed, n in spellings.items()
        for i in range(n)
    ]
    Incidents(store).add_many(docs)
    report = Reports(store, now=NOW).build(
        Request.parse(
            date_from="2026-10-01",
            date_to="2026-10-31",
            audience="internal",
            country="COD",
            lang=lang,
        ),
        {**load_template(), "key_incidents": 0},
    )
    areas = {a.name: a.count.n for a in report.map.areas}
    assert set(report.table.cols) == set(areas)
    places = gazetteer()
    name = {u.name: places.label(u, lang) for u in places.units_of("COD")}  # fr: Ville de Kinshasa
    assert areas == {name["Nord-Kivu"]: 6, name["Ituri"]: 3, name["Kinshasa"]: 1}
    figure = MapFigure(report.map, 5, Strings(lang), False, lang)
    assert figure.unshaded == [name["Ituri"]]
    assert {figure.names[i] for i in figure.counts} == {name["Nord-Kivu"], name["Kinshasa"]}
