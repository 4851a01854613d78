"""The situation report as a PDF (ui/report/), read back as a reader's tool would: pypdf
for the text of every page, QtPdf for how the first pages look."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.report_model import (
    SECTIONS,
    ActionRow,
    Count,
    Grid,
    KeyIncident,
    MapArea,
    MapData,
    MapPoint,
    Report,
    ReportMeta,
    RiskBlock,
    RiskFactor,
    Series,
    Timeline,
)

pytestmark = pytest.mark.usefixtures("qapp")

THRESHOLD = 5
MARKING = {
    "en": "UN INTERNAL – RESTRICTED",
    "fr": "USAGE INTERNE ONU – DIFFUSION RESTREINTE",
    "es": "USO INTERNO DE LA ONU – RESTRINGIDO",
    "ru": "ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ ООН",
    "ar": "للاستخدام الداخلي للأمم المتحدة – مقيد",
    "zh": "联合国内部 – 限制分发",
}
TITLE = {
    "en": "Situation report: protection of civilians",
    "fr": "Rapport de situation : protection des civils",
    "es": "Informe de situación: protección de civiles",
    "ru": "Оперативная сводка: защита гражданского населения",
    "ar": "تقرير الحالة: حماية المدنيين",
    "zh": "情况报告：保护平民",
}
ARABIC_NAME = "محمد الأحمد"
CHINESE_TEXT = "联合国人权事务高级专员办事处"


def c(n: int | None, threshold: int = THRESHOLD) -> Count:
    """A count as app.reports prints it for a non-internal audience."""
    if n is not None and 0 < n < threshold:
        return Count(None, f"<{threshold}")
    return Count(n, str(n))


def grid(rows: list[str], cols: list[str], values: list[list[int]]) -> Grid:
    return Grid(
        rows,
        cols,
        [[c(v) for v in row] for row in values],
        [c(sum(row)) for row in values],
        [c(sum(row[k] for row in values)) for k in range(len(cols))],
        c(sum(map(sum, values))),
    )


def sample_report(lang: str = "en", **meta: object) -> Report:
    """A realistic report on Syria: suppressed counts, overdue and blocked actions, two risk
    blocks, an Arabic name in the content of every language and Chinese text in a field."""
    violations = [
        "Killing",
        "Maiming or injury",
        "Arbitrary detention",
        "Torture",
        "Attack on school or hospital",
    ]
    regions = ["Damascus", "Rif Dimashq", "Aleppo", "Homs", "Hama", "Idleb", "Dar'a", "Deir-ez-Zor"]
    table = [
        [12, 9, 7, 3, 0, 6, 2, 1],
        [8, 14, 5, 2, 1, 9, 0, 0],
        [21, 11, 4, 6, 3, 0, 2, 0],
        [4, 6, 0, 1, 0, 2, 0, 0],
        [0, 2, 3, 0, 0, 4, 1, 0],
    ]
    weeks = [
        "2024-01-01",
        "2024-01-08",
        "2024-01-15",
        "2024-01-22",
        "2024-01-29",
        "2024-02-05",
        "2024-02-12",
        "2024-02-19",
        "2024-02-26",
        "2024-03-04",
        "2024-03-11",
        "2024-03-18",
        "2024-03-25",
    ]
    per_week = [
        [6, 9, 2, 7, 11, 5, 8, 12, 3, 6, 10, 7, 9],
        [3, 0, 4, 6, 2, 8, 1, 5, 7, 2, 6, 4, 3],
        [5, 7, 6, 0, 9, 3, 6, 2, 5, 8, 1, 6, 7],
    ]
    series = [Series(v, [c(n) for n in row]) for v, row in zip(violations, per_week, strict=False)]
    totals = [c(sum(row[k] for row in per_week)) for k in range(len(weeks))]
    meta_fields: dict[str, object] = dict(
        title=TITLE[lang],
        organisation="OHCHR – Syria Office / مكتب المفوضية السامية",
        scope="Syrian Arab Republic",
        period_from="2024-01-01",
        period_to="2024-03-31",
        audience="un",
        classification=MARKING[lang],
        generated_at="2024-04-02T08:15:00Z",
        lang=lang,
        rtl=lang == "ar",
        threshold=THRESHOLD,
        sections=list(SECTIONS),
        methodology=(
            "Incidents were documented through interviews with victims and witnesses, "
            "reviewed against open-source material and verified by two officers.\n\n"
            f"Partner reports in Chinese ({CHINESE_TEXT}) were translated before "
            "review."
        ),
    )
    meta_fields.update(meta)
    return Report(
        meta=ReportMeta(**meta_fields),  # type: ignore[arg-type]
        incidents=c(128),
        acts=c(214),
        victims=c(301),
        by_violation=[(v, c(sum(row))) for v, row in zip(violations, table, strict=True)],
        by_verification=[
            ("Verified", c(71)),
            ("Credible", c(43)),
            ("Unverified", c(11)),
            ("Refuted", c(3)),
        ],
        victims_by_sex_age=grid(
            ["Female", "Male", "Unknown"],
            ["Child (0-17)", "Adult (18-59)", "Older (60+)", "Unknown"],
            [[31, 58, 9, 2], [44, 121, 14, 6], [3, 7, 0, 6]],
        ),
        timeline=Timeline("week", weeks, series, totals),
        table=grid(violations, regions, table),
        map=MapData(
            countries=["SYR"],
            areas=[
                MapArea("SY-DI", "Damascus", c(45)),
                MapArea("SY-RD", "Rif Dimashq", c(42)),
                MapArea("SY-HL", "Aleppo", c(19)),
                MapArea("SY-HI", "Homs", c(12)),
                MapArea("SY-HM", "Hama", c(4)),
                MapArea("SY-ID", "Idleb", c(21)),
                MapArea("SY-DR", "Dar'a", c(5)),
                MapArea("SY-DY", "Deir-ez-Zor", c(1)),
            ],
            points=[
                MapPoint(33.513, 36.292, 3),
                MapPoint(33.57, 36.40, 2),
                MapPoint(36.20, 37.16),
                MapPoint(35.93, 36.63, 4),
                MapPoint(34.73, 36.71),
                MapPoint(32.62, 36.10),
            ],
        ),
        key_incidents=[
            KeyIncident(
                "2024-02-14",
                "Douma, Rif Dimashq",
                "Shelling of a market in Douma",
                "Artillery shells struck the central market at midday; witnesses "
                f"named {ARABIC_NAME} among the shopkeepers injured.",
                ["Killing", "Maiming or injury"],
                "Verified",
                c(17),
                [ARABIC_NAME],
            ),
            KeyIncident(
                "2024-03-02",
                "Idleb governorate",
                "Detention of humanitarian workers",
                "Two aid workers were detained at a checkpoint and held incommunicado "
                "for nine days.",
                ["Arbitrary detention"],
                "Credible",
                c(2),
            ),
        ],
        risk=[
            RiskBlock(
                "Eastern Ghouta",
                "2024-03-28",
                "2023-12-20",
                "High",
                [
                    RiskFactor(
                        "Armed conflict or instability", "Severe", "severe", "High", "Worsening"
                    ),
                    RiskFactor("Record of serious violations", "High", "high", "High", "Stable"),
                    RiskFactor("Weak state structures", "Moderate", "moderate", "Low", "Worsening"),
                    RiskFactor("Triggering factors", "Low", "low", None, "First assessment"),
                ],
            ),
            RiskBlock(
                "Idleb",
                "2024-03-15",
                None,
                None,
                [
                    RiskFactor(
                        "Armed conflict or instability", "High", "high", None, "First assessment"
                    ),
                    RiskFactor(
                        "Absence of mitigating factors",
                        "Not present",
                        "not_present",
                        None,
                        "First assessment",
                    ),
                ],
            ),
        ],
        actions=[
            ActionRow(
                "Eastern Ghouta",
                "Joint monitoring visit to Douma",
                "Monitoring",
                "Sub-national",
                "OHCHR",
                "Amina K.",
                "2024-03-10",
                "In progress",
                True,
                False,
            ),
            ActionRow(
                "Eastern Ghouta",
                "Advocacy with local authorities on detainees",
                "Advocacy",
                "National",
                "OHCHR",
                "",
                "2024-04-30",
                "Blocked",
                False,
                True,
            ),
            ActionRow(
                "Idleb",
                "Training of partners on documentation",
                "Capacity building",
                "Local",
                "UNICEF",
                "Li Wei 李伟",
                None,
                "Planned",
                False,
                False,
            ),
        ],
        sources_by_type=[
            ("Victim interview", c(64)),
            ("Witness interview", c(88)),
            ("Open source", c(37)),
            ("Medical record", c(3)),
        ],
    )


def empty_report(lang: str = "en") -> Report:
    zero = Count(0, "0")
    base = sample_report(lang)
    return replace(
        base,
        incidents=zero,
        acts=zero,
        victims=zero,
        by_violation=[],
        by_verification=[],
        victims_by_sex_age=Grid([], [], [], [], [], zero),
        timeline=Timeline("month", [], [], []),
        table=Grid([], [], [], [], [], zero),
        map=MapData([], [], []),
        key_incidents=[],
        risk=[],
        actions=[],
        sources_by_type=[],
    )


BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def normal(text: str) -> str:
    """Text as compared here: Arabic presentation forms taken back to letters (NFKC), and the
    figure dash as the en dash (fonts that draw both with one glyph give the PDF's reader
    the first, as Qt's PDF writer maps a glyph back to a character through the font's cmap),
    bidirectional controls removed (they draw nothing, so nothing extracts them)."""
    text = unicodedata.normalize("NFKC", text).replace("\u2012", "\u2013")
    return "".join(c for c in text if c not in BIDI_CONTROLS)


def page_texts(path: Path) -> list[str]:
    """Each page's text as a reader's tool extracts it, its whitespace collapsed: the fonts map
    U+0009 to their space glyph too, and Qt's PDF writer gives each glyph the lowest code
    point that reaches it, so words come back separated by tabs."""
    return [
        " ".join(normal(page.extract_text() or "").split()) for page in PdfReader(str(path)).pages
    ]


def squeeze(text: str) -> str:
    return "".join(normal(text).split())


def has_word(text: str, words: str) -> bool:
    """Each of `words` in `text`, also when pypdf gives right-to-left text in visual order
    (reversed), lam-alef ligatures included (ui/report/pdftext.py names their glyphs)."""
    haystack = squeeze(text)
    pieces = normal(words).split()
    return bool(pieces) and all(p in haystack or p[::-1] in haystack for p in pieces)


def render_png(pdf: Path, page: int, width: int = 1240):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    size = document.pagePointSize(page)
    rendered = document.render(page, QSize(width, round(width * size.height() / size.width())))
    document.close()
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)  # paper: the page is transparent
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def ink_share(image) -> float:
    """Share of sampled pixels that are not (near) white."""
    dark = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            colour = image.pixelColor(x, y)
            total += 1
            dark += colour.lightness() < 235
    return dark / total


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, tuple[Report, Path, int]]:
    """The sample report in the six languages, written once for the module."""
    from ui.report import write_pdf

    folder = tmp_path_factory.mktemp("reports")
    out = {}
    for lang in ("en", "fr", "es", "ru", "ar", "zh"):
        report = sample_report(lang)
        path = folder / f"report_{lang}.pdf"
        out[lang] = report, path, write_pdf(report, path)
    return out


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh"])
def test_every_page_carries_the_marking_hash_and_page_number(pdfs, lang):
    report, path, pages = pdfs[lang]
    texts = page_texts(path)
    assert pages == len(texts) > 1
    digest = report.sha256()
    for text in texts:
        assert has_word(text, MARKING[lang])
        assert digest[:16] in text
    assert digest in texts[0]
    assert has_word(texts[0], TITLE[lang])
    metadata = PdfReader(str(path)).metadata
    assert metadata.title == TITLE[lang]
    assert metadata.creator == "Upfront"


def test_english_report_holds_figures_headings_and_content(pdfs):
    report, path, pages = pdfs["en"]
    texts = page_texts(path)
    everything = "\n".join(texts)
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {pages}" in text
    for heading in (
        "Key figures",
        "Incidents over time",
        "Violations by type and region",
        "Map",
        "Key incidents",
        "Risk assessment",
        "Prevention and response actions",
        "Sources and methodology",
        "Victims by sex and age",
        "Contents",
    ):
        assert heading in everything, heading
    for figure in (
        "128",
        "214",
        "301",
        "Shelling of a market in Douma",
        "Eastern Ghouta",
        "Joint monitoring visit to Douma",
        "Overdue",
        "Blocked",
        "fewer than 5",
        "Rif Dimashq",
        "Verified",
        "Natural Earth",
        "<5",
        "Weak state structures",
    ):
        assert figure in everything, figure
    assert "counts from 1 to 4 are shown as “<5”" in everything
    assert has_word(everything, ARABIC_NAME)
    assert CHINESE_TEXT in everything
    assert "Generated 2024-04-02 08:15 UTC" in texts[0]
    # the table of 8 regions is split: the second part says it continues
    assert "Violations by type and region (continued)" in everything


def test_contents_on_the_cover_give_the_right_pages(pdfs):
    _report, path, _pages = pdfs["en"]
    texts = page_texts(path)
    for n, heading in enumerate(
        ("Key figures", "Incidents over time", "Map", "Risk assessment", "Sources and methodology")
    ):
        page = int(re.search(rf"\d {heading} (\d+)", texts[0]).group(1))
        assert re.search(rf"\d {heading}", texts[page - 1]), (n, heading, page)


def test_arabic_report_prints_arabic(pdfs):
    from ui.report import Strings

    _report, path, _pages = pdfs["ar"]
    everything = "\n".join(page_texts(path))
    for words in ("تقرير الحالة", "حماية المدنيين", ARABIC_NAME, MARKING["ar"]):
        assert has_word(everything, words), words
    tr = Strings("ar")  # the Arabic catalogue's headings, English until they are translated
    for heading in ("Key figures", "Risk assessment", "Page {page} of {pages}"):
        assert has_word(everything, tr(heading, page=1, pages=7)), heading


@pytest.mark.parametrize(("lang", "side"), [("en", "left"), ("ar", "right")])
def test_headings_start_on_the_reading_side(pdfs, lang, side):
    """The first heading of the body sits at the left margin, or the right one in Arabic."""
    image = render_png(pdfs[lang][1], 1)
    band = image.copy(
        0, round(image.height() * 0.075), image.width(), round(image.height() * 0.035)
    )
    half = image.width() // 2
    left, right = (
        ink_share(band.copy(0, 0, half, band.height())),
        ink_share(band.copy(half, 0, half, band.height())),
    )
    assert (left > 4 * right) if side == "left" else (right > 4 * left), (left, right)


def test_chinese_report_prints_chinese(pdfs):
    _report, path, _pages = pdfs["zh"]
    everything = squeeze("\n".join(page_texts(path)))
    assert squeeze(TITLE["zh"]) in everything
    assert squeeze(MARKING["zh"]) in everything
    assert CHINESE_TEXT in everything
    assert "李伟" in everything


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh"])
def test_pages_are_drawn_not_blank(pdfs, lang):
    _report, path, _pages = pdfs[lang]
    for page, least in ((0, 0.02), (1, 0.05)):  # a cover is mostly paper; a body page less so
        image = render_png(path, page)
        image.save(f"/tmp/report_{lang}_p{page + 1}.png")  # to look at
        assert ink_share(image) > least, (lang, page)


def test_report_language_comes_from_its_own_catalogue(tmp_path, monkeypatch):
    """The report is translated for meta.lang through a private translator (not the
    interface's), message by message, with English for whatever the catalogue lacks."""
    from ui.report import strings, write_pdf

    ts = tmp_path / "upfront_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>Report</name>"
        "<message><source>Key figures</source><translation>Chiffres clés</translation></message>"
        "<message><source>Page {page} of {pages}</source>"
        "<translation>Page {page} sur {pages}</translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "upfront_fr.qm")], check=True
    )
    monkeypatch.setattr(strings, "CATALOGUES", tmp_path)
    report = sample_report("fr")
    path = tmp_path / "fr.pdf"
    pages = write_pdf(report, path)
    texts = page_texts(path)
    everything = "\n".join(texts)
    assert "Chiffres clés" in everything and "Key figures" not in everything
    assert f"Page 2 sur {pages}" in texts[1]
    assert "Risk assessment" in everything  # not in this catalogue: English

    monkeypatch.setattr(strings, "CATALOGUES", tmp_path / "nowhere")
    english = tmp_path / "en.pdf"
    write_pdf(report, english)
    assert "Key figures" in "\n".join(page_texts(english))


def test_strings_ask_the_translator_for_the_report_context():
    from ui.report import Strings

    class Recorder:
        def __init__(self) -> None:
            self.asked: list[tuple[str, str]] = []

        def translate(self, context: str, source: str) -> str:
            self.asked.append((context, source))
            return "Seite {page} von {pages}" if source == "Page {page} of {pages}" else ""

    recorder = Recorder()
    tr = Strings("de", recorder)  # type: ignore[arg-type]
    assert tr("Page {page} of {pages}", page=3, pages=9) == "Seite 3 von 9"
    assert tr("Key figures") == "Key figures"
    assert tr("{title} (continued)", title="50{pages} %1") == "50{pages} %1 (continued)"
    assert recorder.asked[:2] == [("Report", "Page {page} of {pages}"), ("Report", "Key figures")]


def test_report_strings_reach_the_catalogues(tmp_path):
    """lupdate finds the report's strings (under "Report"), so `make lupdate` adds them."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    source = Path(__file__).resolve().parents[2] / "ui" / "report" / "strings.py"
    ts = tmp_path / "r.ts"
    subprocess.run(
        [str(lupdate), "-silent", str(source), "-ts", str(ts)],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    text = ts.read_text(encoding="utf-8")
    for message in (
        "Page {page} of {pages}",
        "Generated {when}",
        "SHA-256",
        "fewer than {threshold}",
        "No risk assessment in this period.",
        "Key figures",
    ):
        assert f"<source>{message}</source>" in text, message
    assert "<name>Report</name>" in text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_report_with_nothing_to_report_says_so(tmp_path, lang):
    from ui.report import write_pdf

    report = empty_report(lang)
    path = tmp_path / "empty.pdf"
    pages = write_pdf(report, path)
    texts = page_texts(path)
    assert pages == len(texts) >= 2
    everything = "\n".join(texts)
    if lang == "en":
        for line in (
            "No incidents in this period.",
            "No map data for this period.",
            "No key incidents in this period.",
            "No risk assessment in this period.",
            "No actions in this period.",
            "No sources in this period.",
        ):
            assert line in everything, line
    for text in texts:
        assert has_word(text, MARKING[lang])
        assert report.sha256()[:16] in text


def test_sections_follow_the_template_and_internal_reports_say_counts_are_whole(tmp_path):
    from ui.report import write_pdf

    report = sample_report("en", sections=["risk", "key_figures"], audience="internal")
    path = tmp_path / "short.pdf"
    write_pdf(report, path)
    everything = "\n".join(page_texts(path))
    assert everything.index("1 Risk assessment") < everything.index("2 Key figures")
    assert "Incidents over time" not in everything and "Key incidents" not in everything


def test_render_draws_on_a_printer_too(tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.report import render

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = render(sample_report("en"), printer)
    assert pages == len(PdfReader(str(tmp_path / "printed.pdf")).pages) > 1


def test_untrusted_content_is_printed_as_text_not_markup(tmp_path):
    from ui.report import write_pdf

    report = sample_report("en")
    report.key_incidents[0].title = '<b>bold</b> & <img src="/etc/passwd">'
    path = tmp_path / "escaped.pdf"
    write_pdf(report, path)
    assert '<b>bold</b> & <img src="/etc/passwd">' in "\n".join(page_texts(path))


def test_a_logo_is_drawn_on_the_cover(tmp_path):
    from ui.report import write_pdf

    logo = tmp_path / "logo.svg"
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">'
        '<rect width="200" height="100" fill="#009edb"/></svg>',
        encoding="utf-8",
    )
    plain, with_logo = tmp_path / "plain.pdf", tmp_path / "logo.pdf"
    write_pdf(sample_report("en"), plain)
    write_pdf(sample_report("en", logo=str(logo)), with_logo)
    assert ink_share(render_png(with_logo, 0)) > ink_share(render_png(plain, 0)) + 0.005


def test_charts_and_map_stay_vector(pdfs):
    """No page carries a raster image: the chart and the map are drawn as paths."""
    for lang in ("en", "ar"):
        for page in PdfReader(str(pdfs[lang][1])).pages:
            objects = page["/Resources"].get("/XObject") or {}
            kinds = {objects[name].get_object().get("/Subtype") for name in objects}
            assert "/Image" not in kinds, lang


def test_map_shades_admin1_areas_from_the_offline_boundaries(pdfs):
    from app.boundaries import admin1_shapes, country_shape

    codes = {shape.code for shape in admin1_shapes("SYR")}
    report, path, _pages = pdfs["en"]
    assert {area.code for area in report.map.areas} <= codes
    assert country_shape("SYR") is not None
    texts = page_texts(path)
    page = next(n for n, text in enumerate(texts) if "Natural Earth" in text)
    # the areas are labelled with the report's names and counts; the legend has the classes
    for label in (
        "Damascus (45)",
        "Homs (12)",
        "Idleb (21)",
        "Incidents by area",
        "fewer than 5",
        "None recorded",
        "Incident location",
    ):
        assert label in texts[page], label
    assert "No boundary data" not in texts[page]
    assert ink_share(render_png(path, page)) > 0.10


def test_map_without_boundaries_draws_the_points_and_says_so(tmp_path):
    from ui.report import write_pdf

    report = sample_report("en", sections=["map"])
    report.map = replace(report.map, countries=["ZZZ"], areas=[])
    path = tmp_path / "nomap.pdf"
    write_pdf(report, path)
    text = "\n".join(page_texts(path))
    assert "No boundary data for ZZZ" in text
    assert "Incident location" in text


def test_a_count_withheld_for_the_totals_is_explained(tmp_path):
    from ui.report import write_pdf

    report = sample_report("en", sections=["table"])
    report.table.cells[0][1] = Count(None, "×")
    path = tmp_path / "withheld.pdf"
    write_pdf(report, path)
    assert "×: withheld, so that a small count cannot be worked out" in "\n".join(page_texts(path))


def test_a_bar_is_as_tall_as_its_total_whatever_is_suppressed():
    from ui.report import Strings
    from ui.report.charts import BarChart

    hidden = Count(None, "<5")
    timeline = Timeline(
        "week",
        ["2026-10-05", "2026-10-12", "2026-10-19"],
        [
            Series("Killing", [Count(6, "6"), hidden, Count(0, "0")]),
            Series("Torture", [hidden, hidden, Count(0, "0")]),
            Series("Detention", [hidden, Count(7, "7"), Count(0, "0")]),
        ],
        [Count(12, "12"), Count(9, "9"), hidden],
    )
    chart = BarChart(timeline, THRESHOLD, Strings("en"), False, "en")
    # what the suppressed types add up to is one hatched segment on top
    assert chart.stack(0) == [(0, 6.0, False), (-1, 6.0, True)]
    assert chart.stack(1) == [(2, 7.0, False), (-1, 2.0, True)]
    # a suppressed total alone gets a nominal height (threshold - 1), hatched whole
    assert chart.stack(2) == [(-1, 4.0, True)]
    assert [sum(v for _j, v, _h in chart.stack(i)) for i in range(2)] == [12, 9]


def test_arabic_dates_keep_one_order(pdfs):
    """In Arabic, each date put into a sentence is isolated (FSI … PDI): the period's two
    dates read alike (year first), neither reordered by the Arabic around it."""
    from ui.report import Strings
    from ui.report.strings import S_PERIOD_RANGE

    line = Strings("ar")(S_PERIOD_RANGE, start="2024-03-01", end="2024-03-31")
    assert "\u20682024-03-01\u2069" in line and "\u20682024-03-31\u2069" in line
    assert "\u2068" not in Strings("en")(S_PERIOD_RANGE, start="2024-03-01", end="2024-03-31")
    text = squeeze("\n".join(page_texts(pdfs["ar"][1])))
    dates = re.findall(r"\d{4} ?- ?\d{2} ?- ?\d{2}", text)
    backwards = re.findall(r"(?<!\d)\d{2} ?- ?\d{2} ?- ?\d{4}(?!\d)", text)
    assert dates and not backwards, backwards
