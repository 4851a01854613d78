"""Arabic copied out of a report PDF is the Arabic that was printed: poppler's pdftotext (what
Evince, Okular and most indexers read with) gives back each source string, once both are taken
through NFKC and stripped of bidirectional controls, with its lam-alef ligatures (لا لأ لإ لآ),
shadda and other harakat in place; and the correction changes nothing that is drawn.

Every PDF here is written by the real report path (`ui.report.write_pdf`: Builder's HTML, Qt's
text layout and PDF writer, then `correct_text_map`) and read by the real pdftotext."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.report_model import SitrepTexts
from tests.app.test_reports import seed_store
from tests.ui.test_report_e2e import pdf as store_pdf
from tests.ui.test_report_pdf import CHINESE_TEXT, MARKING, TITLE, empty_report, sample_report

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(
        not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
        reason="needs poppler-utils (pdftotext, pdftoppm): apt-get install poppler-utils",
    ),
]

BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def normal(text: str) -> str:
    """NFKC, no bidirectional controls, whitespace as single spaces (a line break of the PDF
    may fall between any two words); the figure dash as the en dash (Noto Sans CJK draws both
    with one glyph, which Qt's writer names by the lower: see test_report_pdf.normal)."""
    text = unicodedata.normalize("NFKC", text).replace("\u2012", "\u2013")
    return " ".join("".join(c for c in text if c not in BIDI_CONTROLS).split())


def is_arabic(word: str) -> bool:
    """Arabic letters and the marks on them, nothing else (no digit, Latin or punctuation)."""
    return all(unicodedata.bidirectional(c) in ("R", "AL", "NSM") for c in word)


def only(text: str, kinds: tuple[str, ...]) -> str:
    return "".join(c for c in text if unicodedata.bidirectional(c) in kinds)


def extracted(source: str, text: str) -> bool:
    """`source` read back in `text` (both taken through `normal`): exactly, or, where the
    source puts a number, a Latin word or punctuation inside Arabic, with every run of Arabic
    words exact and every letter, mark and digit in order.

    The exception is poppler's: its bidi pass hands the spaces around a left-to-right run
    inside Arabic to that run ("مدرسة 0 بيت" comes back "مدرسة 0بيت", as every Arabic
    footer's "الصفحة 2 من 2" comes back "الصفحة 2من 2", and "الحالة: حماية" as
    "الحالة :حماية", poppler counting ":" with numbers), and orders neutrals next to numbers
    its own way ('"<5"'). The gaps in the PDF are where they should be; this issue is about
    the letters, and those must all be there, in order."""
    source, text = normal(source), normal(text)
    if source in text:
        return True
    runs: list[list[str]] = [[]]
    for word in source.split():
        if is_arabic(word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    arabic, other = ("R", "AL", "NSM"), ("L", "EN", "AN")
    return (
        all(" ".join(run) in text for run in runs if run)
        and only(source, arabic) in only(text, arabic)
        and only(source, other) in only(text, other)
    )


def pdftotext(path: Path) -> str:
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return normal(run.stdout)


# -- generated Arabic ---------------------------------------------------------------------------

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
LAM_ALEF = ["لا", "لأ", "لإ", "لآ"]
HARAKAT = ["\u064e", "\u064f", "\u0650", "\u0652"]  # fatha, damma, kasra, sukun
SHADDA = "\u0651"
TANWEEN = ["\u064b", "\u064c", "\u064d"]  # fathatan, dammatan, kasratan
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


@st.composite
def arabic_letter(draw: st.DrawFn) -> str:
    """A letter, or a lam-alef, with what may sit on it: a shadda, a haraka, both, or none."""
    base = draw(st.one_of(st.sampled_from(LETTERS), st.sampled_from(LAM_ALEF)))
    marks = draw(st.sampled_from(["", "", SHADDA, *HARAKAT, *[SHADDA + h for h in HARAKAT[:3]]]))
    return base + marks


@st.composite
def arabic_word(draw: st.DrawFn) -> str:
    word = "".join(draw(st.lists(arabic_letter(), min_size=1, max_size=6)))
    if draw(st.booleans()) and word[-1] not in HARAKAT + [SHADDA]:
        word += draw(st.sampled_from(TANWEEN))
    return word


other_token = st.one_of(
    arabic_word(),
    st.text(alphabet=ARABIC_DIGITS, min_size=1, max_size=4),
    st.text(alphabet="0123456789", min_size=1, max_size=4),
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8
    ),
)


@st.composite
def arabic_text(draw: st.DrawFn) -> str:
    """Arabic words, every other one possibly digits (Arabic-Indic or European) or a Latin
    word. A number and a Latin word are never next to each other: between right-to-left
    words, "123 abc" and "abc 123" are drawn alike (the Unicode bidi algorithm gives both the
    same visual order), so no reader of positions can tell which was typed."""
    first = draw(arabic_word())
    pairs = draw(st.lists(st.tuples(other_token, arabic_word()), max_size=4))
    return " ".join([first, *(t for pair in pairs for t in pair)])


def overview_report(text: str):
    """The smallest real report: a cover and an officer's overview, in Arabic, right to left."""
    report = empty_report("ar")
    return replace(
        report,
        meta=replace(report.meta, sections=[]),
        texts=SitrepTexts(overview=text),
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=arabic_text())
def test_generated_arabic_extracts_as_typed(tmp_path_factory, text):
    from ui.report import write_pdf

    path = tmp_path_factory.mktemp("arabic") / "overview.pdf"
    write_pdf(overview_report(text), path)
    assert extracted(text, pdftotext(path))


@pytest.mark.parametrize(
    "text",
    [
        "لا",  # lam-alef alone: two glyphs, one of them zero-width, neither in the cmap
        "سلام الأحمد إلى لآلئ",  # medial and final lam-alef, with hamza above and below, madda
        "محمّد",  # a shadda, which pdftotext read before its letter
        "مَّ",  # fatha with shadda: one glyph for two marks
        "كَتَبَ الطالبُ ٱلدَّرْسَ",
        "لَا إِلَٰهَ إِلَّا هُوَ",  # marks on the lam of a lam-alef, a dagger alef
        "شُكْرًا جَزِيلًا وَسَلَامٌ",
        "مدرسة ١٢٣ بيت 45 عائلة abc",
    ],
)
def test_known_hard_cases_extract_as_typed(tmp_path, text):
    from ui.report import write_pdf

    path = tmp_path / "case.pdf"
    write_pdf(overview_report(text), path)
    if all(is_arabic(word) for word in text.split()):
        assert normal(text) in pdftotext(path)  # no number or Latin word: exactly
    else:
        assert extracted(text, pdftotext(path))


# -- whole reports --------------------------------------------------------------------------------

ARABIC_NAME = "محمّد الأحمد"
ARABIC_CONTENT = {
    "title": "تقرير الحالة: حمايةُ المدنيّين في الإقليم",
    "organisation": "مكتب المفوضيّة السامية لحقوق الإنسان",
    "place": "دوما، ريف دمشق",
    "incident": "قصفُ سوقٍ في دوما",
    "summary": f"أصابت القذائف السوقَ المركزيّ ظهرًا، وذكر الشهود {ARABIC_NAME} بين المصابين.",
    "methodology": "وُثّقت الحوادث بمقابلات مع الضحايا والشهود، ولا تُنشر أسماؤهم إلّا بإذنهم.",
}


def arabic_report():
    """The sample report of test_report_pdf, in Arabic, with Arabic content (harakat, shadda,
    lam-alef in titles, names, table cells and paragraphs)."""
    report = sample_report("ar")
    a = ARABIC_CONTENT
    key = replace(
        report.key_incidents[0],
        place=a["place"],
        title=a["incident"],
        summary=a["summary"],
        named=[ARABIC_NAME],
    )
    return replace(
        report,
        meta=replace(
            report.meta,
            title=a["title"],
            organisation=a["organisation"],
            methodology=a["methodology"],
        ),
        key_incidents=[key, *report.key_incidents[1:]],
    )


def test_an_arabic_report_extracts_its_content_and_headings(tmp_path):
    from ui.report import Strings, write_pdf
    from ui.report.strings import SECTION_TITLES

    path = tmp_path / "ar.pdf"
    report = arabic_report()
    write_pdf(report, path)
    text = pdftotext(path)
    for value in (*ARABIC_CONTENT.values(), ARABIC_NAME, MARKING["ar"]):
        assert extracted(value, text), value
    tr = Strings("ar")
    for title in SECTION_TITLES.values():
        assert normal(tr(title)) in text, title


def test_a_report_built_from_a_store_in_arabic_extracts_as_printed(store, tmp_path):
    """From the store through app.reports, as the Reports page prints it: the template's
    Arabic title, marking and methodology, and the catalogue's headings."""
    from ui.report import Strings
    from ui.report.builder import left_out_lines
    from ui.report.strings import SECTION_TITLES

    seed_store(store)
    report, path, _pages = store_pdf(store, tmp_path, "un", "ar")
    text = pdftotext(path)
    meta = report.meta
    assert any("\u0600" <= c <= "\u06ff" for c in meta.title)
    for value in (meta.title, meta.classification, meta.organisation):
        assert extracted(value, text), value
    for paragraph in meta.methodology.split("\n\n"):
        assert extracted(paragraph, text), paragraph
    tr = Strings("ar")
    for name in meta.sections:
        assert normal(tr(SECTION_TITLES[name])) in text, name
    for line in left_out_lines(report, tr):
        assert extracted(line, text), line


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_english_and_chinese_still_extract(tmp_path, lang):
    from ui.report import write_pdf

    path = tmp_path / f"{lang}.pdf"
    write_pdf(sample_report(lang), path)
    text = pdftotext(path)
    for value in (TITLE[lang], MARKING[lang], CHINESE_TEXT, "Li Wei 李伟"):
        assert normal(value) in text, value
    if lang == "en":
        assert "Shelling of a market in Douma" in text
        assert "Incidents were documented through interviews with victims" in text


# -- what is drawn --------------------------------------------------------------------------------


def raster(path: Path, out: Path) -> bytes:
    subprocess.run(
        ["pdftoppm", "-r", "110", "-gray", str(path), str(out)],
        check=True,
        timeout=120,
    )
    return b"".join(p.read_bytes() for p in sorted(out.parent.glob(out.name + "*")))


def test_the_correction_changes_nothing_drawn(tmp_path):
    """The pages look exactly as Qt drew them: the invisible text is not painted, and the
    drawn glyphs keep their positions to the bit (a renderer snaps a glyph to a fraction of a
    pixel, so a move rounded differently would shift a letter)."""
    from ui.qt import QPageLayout, QPageSize, QPdfWriter
    from ui.report import correct_text_map, render
    from ui.report.style import MARGINS_MM

    report = arabic_report()
    drawn = tmp_path / "drawn.pdf"
    writer = QPdfWriter(str(drawn))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = render(report, writer)
    del writer
    corrected = tmp_path / "corrected.pdf"
    shutil.copy(drawn, corrected)
    correct_text_map(corrected)
    assert corrected.read_bytes() != drawn.read_bytes()  # it did rewrite the text map
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    before = raster(drawn, tmp_path / "a" / "page")
    after = raster(corrected, tmp_path / "b" / "page")
    assert len(list((tmp_path / "a").iterdir())) == pages  # every page compared
    assert before and before == after
    assert "3 Tr" in _contents(corrected) and "3 Tr" not in _contents(drawn)


def _contents(path: Path) -> str:
    import pypdf

    return "".join(
        page.get_contents().get_data().decode("latin-1") for page in pypdf.PdfReader(path).pages
    )


def test_shaped_glyphs_are_named_from_the_fonts_substitutions():
    """The glyphs no character reaches through the cmap get their letters from GSUB."""
    from fontTools.ttLib import TTFont

    from ui.report.fonts import FONTS
    from ui.report.glyphtext import substituted_texts

    with TTFont(str(FONTS / "NotoNaskhArabic-Regular.ttf")) as font:
        texts = {k: unicodedata.normalize("NFKC", v) for k, v in substituted_texts(font).items()}
    assert texts["uniFEDF.rlig"] == "ل" and texts["uniFE8E.rlig"] == "ا"  # lam-alef halves
    assert texts["uniFE84.rlig"] == "أ" and texts["uniFE88.rlig"] == "إ"
    assert texts["uni064E_uni0651"] == "\u064e\u0651"  # fatha with shadda
