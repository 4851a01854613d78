"""The self-test's checks that need Qt: the interface's translations, the bundled fonts, and
a report rendered to PDF and read back. Added to `upfront selftest` and to Help ▸ Self-test
by the composition root; each runs headless (Qt's offscreen platform when there is no
screen), so a field officer can run them from a terminal as well."""

from __future__ import annotations

import os
import sys

from app.selftest import MARKER, Check, Context

# one string from each part of the interface people meet first, in each catalogue
PROBES = (("MainWindow", "&Help"), ("IncidentListView", "Incidents"))
SAMPLES = {
    "latin": "Rights Права Derechos",
    "arabic": "حقوق الإنسان",
    "cjk": "人权",
    "myanmar": "လူ့အခွင့်အရေး",
    "khmer": "សិទ្ធិមនុស្ស",
    "lao": "ສິດທິມະນຸດ",
    "thai": "สิทธิมนุษยชน",
}


def ensure_gui_app() -> None:
    """A QGuiApplication for fonts and painting, on the offscreen platform when there is no
    screen (a terminal on a server, a check run over SSH)."""
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        sys.platform != "linux" or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ui.qt import QGuiApplication

    if QGuiApplication.instance() is None:
        global _app
        _app = QGuiApplication([sys.argv[0] if sys.argv else "upfront"])


_app = None


def check_translations(_ctx: Context) -> str:
    """Every catalogue loads and translates what the window shows first; Qt's own strings
    (buttons of standard dialogs) are counted, as a build may leave them out."""
    ensure_gui_app()
    from app.settings import LANGUAGES
    from ui.gui import CATALOGUES
    from ui.qt import QLibraryInfo, QLocale, QTranslator

    missing, untranslated = [], []
    for lang in LANGUAGES:
        if lang == "en":
            continue
        translator = QTranslator()
        if not translator.load(str(CATALOGUES / f"upfront_{lang}.qm")):
            missing.append(lang)
            continue
        for context, source in PROBES:
            text = translator.translate(context, source)
            if not text or text == source and lang in ("ar", "ru", "zh"):
                untranslated.append(f"{lang} {source!r}")
    if missing:
        raise AssertionError(f"no catalogue for {', '.join(missing)} in {CATALOGUES}")
    if untranslated:
        raise AssertionError(f"untranslated: {', '.join(untranslated)}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = sum(
        QTranslator().load(QLocale(lang), "qtbase", "_", qt_folder)
        for lang in LANGUAGES
        if lang != "en"
    )
    return (
        f"the interface in {len(LANGUAGES)} languages ({', '.join(LANGUAGES)}); Qt's own "
        f"strings in {qt_own} of {len(LANGUAGES) - 1}"
    )


def check_fonts(_ctx: Context) -> str:
    """The bundled fonts load and draw their scripts: Latin and Cyrillic, Arabic, Chinese, and
    the Burmese, Khmer, Lao and Thai of names and places in records."""
    ensure_gui_app()
    from ui.qt import QFont, QRawFont
    from ui.report import load_fonts

    families = load_fonts()
    for script, sample in SAMPLES.items():
        family = families.get(script)
        if family is None:
            raise AssertionError(f"no {script} font in resources/fonts")
        raw = QRawFont.fromFont(QFont(family))
        # by code point: given a str, PySide6 6.11 answered False for Cyrillic it has
        lacking = [ch for ch in sample if not ch.isspace() and not raw.supportsCharacter(ord(ch))]
        if lacking:
            raise AssertionError(f"{family} cannot draw {''.join(lacking)!r}")
    return f"{', '.join(sorted(families.values()))} load and draw their scripts"


def check_report(ctx: Context) -> str:
    """A situation report from a scratch store, rendered as the desktop and `upfront report`
    render it, then read back: pages, and the record's title in the text."""
    ensure_gui_app()
    from pypdf import PdfReader

    from app.incidents import Incidents
    from app.keyfile import KdfParams
    from app.reports import Reports, Request, load_template
    from app.store import Store
    from ui.report import write_pdf

    folder = ctx.scratch / "report-store"
    # the store check pays for the real key derivation; this one needs only a store
    store, _ = Store.create(
        folder,
        "selftest",
        os.urandom(12).hex(),
        kdf=KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024),
    )
    with store:
        Incidents(store).add(
            {
                "title": MARKER,
                "occurred_from": "2026-01-05",
                "status": "submitted",
                "location": {"country": "SYR", "admin1": "Dimashq"},
                "violations": [{"type": "arbitrary_detention", "victims_count": 6}],
                "verification": {"status": "reasonable_grounds"},
            }
        )
        request = Request.parse(
            date_from="2026-01-01",
            date_to="2026-01-31",
            audience="internal",
            lang="en",
            country="SYR",
        )
        report = Reports(store).build(request, load_template())
    path = ctx.scratch / "report.pdf"
    pages = write_pdf(report, path)
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    assert len(reader.pages) == pages >= 1, "the PDF's pages are not the ones drawn"
    assert MARKER in text, "the report's text does not read back from the PDF"
    size = path.stat().st_size
    return f"a {pages}-page situation report rendered to PDF ({size // 1024} KiB) and read back"


CHECKS = [
    Check("translations", check_translations, main_thread=True),
    Check("fonts", check_fonts, main_thread=True),
    Check("report", check_report, main_thread=True),
]
