"""Reports over several countries, or all the store holds (issue 19, HQ's own reports): a store
with incidents in three countries, reports over two of them and over all, read back from the
real PDF with pdftotext; redaction and small-count suppression as for one country; Arabic and
Chinese; a reprint; the command line's errors; the Reports page's choice of countries."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import BadInput
from app.incidents import Incidents
from app.models import AuditEntry
from app.reports import Reports, Request, load_template
from app.store import Store
from app.vocab import vocabularies
from tests.app.conftest import incident_doc
from tests.ui.conftest import PASSPHRASE, USER, on_worker
from tests.ui.test_report_arabic_text import extracted
from tests.ui.test_report_arabic_text import pdftotext as arabic_pdftotext
from ui.main import main
from ui.qt import QDate, Qt
from ui.report import write_pdf
from ui.reports_page import ReportsPage

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(
        not shutil.which("pdftotext"),
        reason="needs poppler-utils (pdftotext): apt-get install poppler-utils",
    ),
]

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
WITHHELD = "Zawadi Mbuyi"  # protected, no consent: named in internal reports only
# incidents per country; each has two acts and four victims (tests.app.conftest.incident_doc)
HELD = {"SYR": 6, "COD": 7, "UKR": 3}
PLACES = {
    "SYR": {"country": "SYR", "admin1": "rif dimashq", "lat": 33.57, "lon": 36.4},
    "COD": {"country": "COD", "lat": -1.68, "lon": 29.22},
    "UKR": {"country": "UKR", "lat": 50.45, "lon": 30.52},
}
SLOW = 20_000


def seed(store: Store) -> None:
    docs = []
    for code, n in HELD.items():
        for i in range(n):
            doc = incident_doc(
                title=f"Case {code} {i}",
                confidentiality="public",
                status="submitted",
                location={**PLACES[code], "place": f"Town {code}", "precision": "near"},
                narrative=f"Witnesses in {code} describe case {i}.",
                victims=[],
            )
            if code == "COD" and i == 0:
                doc["title"] = f"House of {WITHHELD} shelled"
                doc["victims"] = [
                    {
                        "name": WITHHELD,
                        "sex": "female",
                        "age_group": "adult",
                        "protected": True,
                        "consent": "none",
                    }
                ]
            docs.append(doc)
    Incidents(store).add_many(docs)


@pytest.fixture
def seeded(store_dir: Path) -> Path:
    store = Store.open(store_dir, PASSPHRASE, USER)
    try:
        seed(store)
    finally:
        store.close()
    return store_dir


def build(store_dir: Path, country, audience: str = "internal", lang: str = "en"):
    store = Store.open(store_dir, PASSPHRASE, USER)
    try:
        request = Request.parse(
            date_from="2026-10-01",
            date_to="2026-10-31",
            audience=audience,
            lang=lang,
            country=country,
        )
        return Reports(store, now=NOW).build(request, {**load_template(), "key_incidents": 100})
    finally:
        store.close()


def pdf_text(report, out: Path) -> str:
    write_pdf(report, out)
    run = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return run.stdout


def row(text: str, name: str) -> list[str]:
    """The figures printed after `name` on its line of the per-country table."""
    for line in text.splitlines():
        if line.strip().startswith(name):
            rest = line.strip()[len(name) :].split()
            if rest and all(re.fullmatch(r"[0-9<×]+", x) for x in rest):
                return rest
    raise AssertionError(f"no table row for {name}")


def label(code: str, lang: str = "en") -> str:
    term = vocabularies().term("country", code)
    assert term is not None
    return term.label(lang)


def test_a_report_over_two_of_three_countries_counts_only_those(seeded, tmp_path):
    report = build(seeded, ["SYR", "COD"])
    assert [r.code for r in report.by_country] == ["SYR", "COD"]  # the order asked for
    assert report.incidents.n == 13 and report.acts.n == 26 and report.victims.n == 52
    assert report.meta.scope == "Syrian Arab Republic; Congo, The Democratic Republic of the"
    # a map of each country, in the report's order (one frame over both would draw each small)
    assert [m.countries for m in report.maps] == [["SYR"], ["COD"]]
    assert [a.name for a in report.maps[0].areas] == ["Rural Damascus"] and not report.maps[1].areas
    text = pdf_text(report, tmp_path / "two.pdf")
    assert row(text, "Syrian Arab Republic") == ["6", "12", "24"]
    assert row(text, "Total") == ["13", "26", "52"]
    assert "Congo, The Democratic Republic of the" in text
    assert "Ukraine" not in text and "Case UKR" not in text
    assert "Town COD, Congo, The Democratic Republic of the" in text  # a place says its country
    assert "This report covers 2 countries" in " ".join(text.split())  # the methodology
    # the table by region says each region's country: each has its own "not given"
    assert report.table.cols == ["Not given (COD)", "Rural Damascus (SYR)"]


def test_a_report_over_none_covers_all_the_store_holds(seeded, tmp_path):
    report = build(seeded, [])
    # by name in the report's language
    assert [r.code for r in report.by_country] == ["COD", "SYR", "UKR"]
    assert [r.incidents.n for r in report.by_country] == [7, 6, 3]
    text = pdf_text(report, tmp_path / "all.pdf")
    assert row(text, "Ukraine") == ["3", "6", "12"]
    assert row(text, "Total") == ["16", "32", "64"]
    assert report.left_out.nothing


def test_a_single_country_report_is_as_before(seeded):
    one = build(seeded, "SYR")
    listed = build(seeded, ["SYR"])  # a list of one is that one country
    assert one.by_country == [] and one.maps == []
    assert "by_country" not in one.content() and "maps" not in one.content()
    assert one.table.cols == ["Rural Damascus"]
    assert one.meta.scope == "Syrian Arab Republic" and one.sha256() == listed.sha256()


def test_redaction_and_small_counts_hold_across_countries(seeded, tmp_path):
    internal = pdf_text(build(seeded, []), tmp_path / "internal.pdf")
    assert WITHHELD in internal
    for audience in ("un", "partners"):
        report = build(seeded, ["SYR", "COD", "UKR"], audience)
        text = pdf_text(report, tmp_path / f"{audience}.pdf")
        assert WITHHELD not in text
        if audience == "partners":
            # three incidents in Ukraine: "<5"; Syria's six hidden too, or the total would
            # give Ukraine's back; the total stands
            assert row(text, "Ukraine")[0] == "<5" and row(text, "Syrian Arab Republic")[0] == "×"
            assert row(text, "Total")[0] == "16"
            assert "withheld, so that a small count cannot be worked out" in text
            titles = [k.title for k in report.key_incidents]
            assert not any(t.startswith(("Case UKR", "Case SYR")) for t in titles)


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_arabic_and_chinese_name_the_countries(seeded, tmp_path, lang):
    report = build(seeded, ["SYR", "COD"], "un", lang)
    assert report.meta.rtl == (lang == "ar")
    out = tmp_path / f"{lang}.pdf"
    write_pdf(report, out)
    text = arabic_pdftotext(out)
    for code in ("SYR", "COD"):
        assert extracted(label(code, lang), text), code
    assert extracted(report.meta.scope, text)
    assert "Ukraine" not in text and label("UKR", lang) not in text


def run(store_dir: Path, *args: str) -> int:
    """The command's exit code (argparse's own refusals end in SystemExit)."""
    try:
        return main(["report", *args, "--data-dir", str(store_dir), "--user", USER])
    except SystemExit as end:
        return int(end.code or 0)


PERIOD = ("--from", "2026-10-01", "--to", "2026-10-31")


def test_a_multi_country_report_is_reprinted_the_same(seeded, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    first = tmp_path / "first.pdf"
    argv = (*PERIOD, "--country", "SYR", "--country", "CD", "--audience", "un")
    assert run(seeded, *argv, "--out", str(first)) == 0
    sha = re.search(r"SHA-256 ([0-9a-f]{64})", capsys.readouterr().err)
    assert sha is not None
    again = tmp_path / "again.pdf"
    assert run(seeded, "--reprint", sha.group(1)[:12], "--out", str(again)) == 0
    assert f"SHA-256 {sha.group(1)}" in capsys.readouterr().err
    store = Store.open(seeded, PASSPHRASE, USER)
    try:
        with store.session() as s:
            kept = list(
                s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "report.export"))
            )
    finally:
        store.close()
    assert [d["request"]["country"] for d in kept] == [["SYR", "COD"], ["SYR", "COD"]]
    assert {d["sha256"] for d in kept} == {sha.group(1)}


def test_all_countries_from_the_command_line(seeded, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "all.pdf"
    assert run(seeded, *PERIOD, "--audience", "internal", "--out", str(out)) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert row(text, "Total") == ["16", "32", "64"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--country", "SYR", "--country", "XXX"), "country[1]: unknown country"),
        (("--country", "XXX"), "country: unknown country"),
        (
            ("--country", "SYR", "--situation", "3f1c1f0e-8f4e-4a55-9d8e-0a0a0a0a0a0a"),
            "--situation: not allowed with argument --country",
        ),
    ],
)
def test_bad_countries_are_named(seeded, tmp_path, capsys, monkeypatch, args, said):
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "r.pdf"
    assert run(seeded, *PERIOD, *args, "--audience", "un", "--out", str(out)) == 2
    assert said in capsys.readouterr().err
    assert not out.exists()


def test_request_fields_for_several_countries():
    base = {"date_from": "2026-10-01", "date_to": "2026-10-31", "audience": "un"}
    request = Request.parse(**base, country=["SYR", "Syria", "COD"])  # each once
    assert request.countries == ("SYR", "COD") and request.country is None
    assert Request.parse(**request.as_dict()) == request
    everything = Request.parse(**base, country=[])
    assert everything.countries == () and Request.parse(**everything.as_dict()) == everything
    with pytest.raises(BadInput) as err:
        Request.parse(**base, country=["SYR", 7])
    assert err.value.field == "country[1]"


def test_the_reports_page_picks_several_countries_or_all(qtbot, store):
    on_worker(qtbot, lambda: seed(store))
    page = ReportsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.date_from.setDate(QDate(2026, 10, 1))
    page.date_to.setDate(QDate(2026, 10, 31))
    qtbot.waitUntil(lambda: page.countries.count() == 3, timeout=SLOW)
    assert page.by_countries.isEnabled() and not page.countries.isEnabled()
    page.by_countries.setChecked(True)
    assert page.countries.isEnabled() and not page.country.isEnabled()
    page.make(lambda: None)  # nothing ticked: named, nothing made
    assert page.report is None and "country: tick one or more countries" in page.status.text()
    for i in range(page.countries.count()):
        item = page.countries.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in ("SYR", "UKR"):
            item.setCheckState(Qt.CheckState.Checked)
    assert page.request().countries == ("SYR", "UKR")
    with qtbot.waitSignal(page.built, timeout=SLOW):
        page.make(lambda: None)
    assert page.report is not None
    assert [r.code for r in page.report.by_country] == ["SYR", "UKR"]
    page.by_all.setChecked(True)
    assert page.request().countries == () and not page.countries.isEnabled()
    with qtbot.waitSignal(page.built, timeout=SLOW):
        page.make(lambda: None)
    assert page.report.incidents.n == 16


@pytest.mark.parametrize("start", ["9999-12-01", "2026-10-01"])
def test_a_period_ending_on_the_calendars_last_day(seeded, tmp_path, capsys, monkeypatch, start):
    """A report over every country to 9999-12-31 (weeks, or months): its chart's weeks and
    months end there; stepping to the next one overflowed the calendar (internal error)."""
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    pdf = tmp_path / "far.pdf"
    argv = ["report", "--from", start, "--to", "9999-12-31", "--audience", "public"]
    code = main([*argv, "--out", str(pdf), "--data-dir", str(seeded), "--user", USER])
    assert code == 0, capsys.readouterr().err
    assert pdf.read_bytes().startswith(b"%PDF")
