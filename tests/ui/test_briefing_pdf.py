"""`upfront briefing --out F.pdf` end to end (issue 19): a store of several countries and
situations, the real command line (with the renderer ui/main.py gives it), the PDF read back
with poppler's pdftotext. For each audience: its marking, every situation asked for, the hash
printed (the one the command says, the one the pack holds), no withheld name (a protected
victim's, a source's) outside internal, small counts printed "<5" outside internal; Arabic and
Chinese extract as written; bad input exits 2 naming its field, writing nothing."""

from __future__ import annotations

import json
import os
import re
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.briefing import BriefingRequest, Briefings, load_template
from app.models import AuditEntry
from app.store import Store
from tests.app.test_briefing import KIVU, SOURCE_NAME, seed_world
from tests.app.test_review_meeting import WITHHELD
from tests.ui.conftest import PASSPHRASE, USER
from tests.ui.test_review_pack_pdf import text_of
from ui.main import main

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(
        not shutil.which("pdftotext"),
        reason="needs poppler-utils (pdftotext): apt-get install poppler-utils",
    ),
]

MARKINGS = {
    "internal": "STRICTLY CONFIDENTIAL — COUNTRY TEAM ONLY",
    "un": "CONFIDENTIAL — UNITED NATIONS USE ONLY",
    "partners": "RESTRICTED — FOR TRUSTED PARTNERS",
    "public": "PUBLIC",
}
SITUATIONS = ("Idlib shelling", "Aleppo returns", KIVU)
ASKS = f"Member States are asked to press for access, and to protect {WITHHELD}."


@pytest.fixture
def seeded(store_dir, monkeypatch):
    store = Store.open(store_dir, PASSPHRASE, USER)
    try:
        ids = seed_world(store)
    finally:
        store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    return store_dir, ids


def briefing(data: Path, *args: str) -> int:
    return main(
        [
            "briefing",
            "--from",
            "2026-10-01",
            "--to",
            "2026-12-31",
            *args,
            "--data-dir",
            str(data),
            "--user",
            USER,
        ]
    )


@pytest.mark.parametrize("audience", list(MARKINGS))
def test_the_briefing_pdf_for_each_audience(seeded, tmp_path, capsys, audience):
    data, _ids = seeded
    asks = tmp_path / "asks.txt"
    asks.write_text(ASKS, encoding="utf-8")
    pdf = tmp_path / f"briefing-{audience}.pdf"
    code = briefing(data, "--audience", audience, "--asks", str(asks), "--out", str(pdf))
    said = capsys.readouterr().err
    assert code == 0, said
    assert pdf.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*.part"))
    text = text_of(pdf)
    digest = re.search(r"SHA-256 ([0-9a-f]{64})", said)
    assert digest and digest.group(1) in text  # the hash printed is the one the command says
    # ... and the pack's own: built again from the same store, the same reference
    store = Store.open(data, PASSPHRASE, USER)
    try:
        request = BriefingRequest.parse(
            date_from="2026-10-01", date_to="2026-12-31", audience=audience, asks=ASKS
        )
        again = Briefings(store).build(request, load_template())
        with store.session() as session:
            [logged] = [
                e.detail
                for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
                if e.action == "briefing.export"
            ]
    finally:
        store.close()
    assert again.sha256() == digest.group(1)
    # the audit log keeps that it left, and as what; not the analyst's asks
    assert logged["sha256"] == digest.group(1) and logged["audience"] == audience
    assert logged["how"] == "pdf" and len(logged["situations"]) == len(SITUATIONS)
    assert "press for access" not in json.dumps(logged)
    assert MARKINGS[audience] in text
    assert "Horizon-scanning briefing to the Security Council" in text
    for name in SITUATIONS:
        assert name in text, name
    assert "What the United Nations asks of Member States" in text
    assert "press for access" in text
    # the Congo's three incidents verified: a small count
    if audience == "internal":
        # a table cell may wrap a name: its words
        assert all(word in text for word in (*WITHHELD.split(), *SOURCE_NAME.split()))
        assert "<5" not in text
    else:
        for name in (*WITHHELD.split(), *SOURCE_NAME.split(), "Barak"):
            assert name not in text, name
        assert "<5" in text
    planning = audience in ("internal", "un")
    assert ("Situations of armed conflict or other forms" in text) == planning  # the heat map
    assert ("Warning-to-action timeline" in text) == planning
    assert ("Places where signals rise that no situation covers" in text) == planning
    assert ("United Nations planning documents" in text) != planning


def test_templates_and_no_asks(seeded, tmp_path):
    data, ids = seeded
    pdf = tmp_path / "a99.pdf"
    assert (
        briefing(
            data,
            "--audience",
            "un",
            "--template",
            "article99",
            "--situation",
            ids["kivu"],
            "--situation",
            ids["worse"],
            "--out",
            str(pdf),
        )
        == 0
    )
    text = text_of(pdf)
    assert "Briefing under Article 99 of the Charter of the United Nations" in text
    assert "The threat to international peace and security" in text
    assert text.index("Idlib shelling") < text.index(KIVU)  # the gravest first
    assert "Aleppo returns" not in text  # only the situations asked for
    assert "None was written for this briefing." in text
    # a country team's own copy: its sections, its titles
    own = tmp_path / "own.json"
    own.write_text(
        json.dumps(
            {
                "title": {"en": "Our briefing", "fr": "Notre exposé"},
                "sections": ["situations", "asks"],
                "parts": ["figures"],
                "titles": {"asks": {"en": "Our asks"}},
            }
        ),
        encoding="utf-8",
    )
    pdf = tmp_path / "own.pdf"
    assert briefing(data, "--audience", "public", "--template", str(own), "--out", str(pdf)) == 0
    text = text_of(pdf)
    assert "Our briefing" in text and "Our asks" in text and "Verified figures" in text
    assert "Situations in order of attention" not in text and "Deterioration signals" not in text


def test_the_briefing_in_chinese_and_arabic(seeded, tmp_path):
    data, _ids = seeded
    for lang, words in (
        ("zh", ("经核实的数字", "向安全理事会所作的前瞻性情况通报")),
        ("ar", ("الأرقام المتحقق منها", "إحاطة استشرافية إلى مجلس الأمن")),
    ):
        pdf = tmp_path / f"briefing-{lang}.pdf"
        assert briefing(data, "--audience", "un", "--lang", lang, "--out", str(pdf)) == 0
        text = text_of(pdf)
        for word in words:
            assert word in text, (lang, word)
        assert "Idlib shelling" in text  # record content prints as written


def test_bad_input_exits_2_naming_the_field(seeded, tmp_path, capsys):
    data, _ids = seeded
    pdf = tmp_path / "b.pdf"
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps({"title": {"en": "x"}, "sections": ["overview", "rm"]}))
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (20 * 1024))
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    cases = (
        (["--situation", "01a249a5-0000-7000-8000-000000000000", "--audience", "un"], "situation"),
        (["--situation", "nonsense", "--audience", "un"], "situation"),
        (["--audience", "press"], "audience"),
        (["--audience", "un", "--template", str(hostile)], "template.sections[1]"),
        (["--audience", "un", "--template", str(tmp_path / "none.json")], "template"),
        (["--audience", "un", "--asks", str(big)], "asks"),
        (["--audience", "un", "--asks", str(binary)], "asks"),
        (["--audience", "un", "--country", "Atlantis"], "country"),
        (["--audience", "un", "--lang", "de"], "lang"),
    )
    for args, fld in cases:
        assert briefing(data, *args, "--out", str(pdf)) == 2, args
        assert f"error: {fld}:" in capsys.readouterr().err, args
    for dates, fld in (
        (("2026-13-01", "2026-12-31"), "from"),
        (("2026-12-31", "2026-10-01"), "to"),
        (("0001-01-01", "0001-01-02"), "to"),  # before the scan's 30 weeks can begin
    ):
        argv = ["briefing", "--from", dates[0], "--to", dates[1], "--audience", "un"]
        argv += ["--out", str(pdf), "--data-dir", str(data), "--user", USER]
        assert main(argv) == 2
        assert f"error: {fld}:" in capsys.readouterr().err
    assert briefing(data, "--audience", "un", "--out", str(tmp_path / "b.txt")) == 2
    assert "error: out:" in capsys.readouterr().err
    assert not pdf.exists() and not list(tmp_path.glob(".*.part"))


def test_the_pdf_says_where_the_scan_ran_on_hqs_counts(seeded, tmp_path, capsys):
    from tests.app.test_scan_counts import MONDAYS, keep, payload, steady_acts

    data, _ids = seeded
    acts = steady_acts("YEM", ["YE11", "YE13"], [6])
    acts += [a for a in steady_acts("YEM", ["YE12"], [6]) if a[4] < MONDAYS[-4]]
    acts += [a for a in steady_acts("YEM", ["YE12"], [20]) if a[4] >= MONDAYS[-4]]
    # one baseline week of YE12 had 2 acts: HQ suppresses it, so its rise is a least
    hidden = MONDAYS[-12] + timedelta(2)
    acts = [a for a in acts if not (a[1] == "YE12" and a[4] == hidden)]
    acts += [("YEM", "YE12", "killing", "reasonable_grounds", hidden)] * 2
    store = Store.open(data, PASSPHRASE, USER)
    try:
        keep(store, payload(acts, ["YEM"]))
    finally:
        store.close()
    for lang, said in (
        ("en", "For YEM, the scan ran on HQ's weekly counts over all of the scope's records"),
        ("fr", "Pour YEM, l'analyse a porté sur les décomptes hebdomadaires du Siège"),
    ):
        pdf = tmp_path / f"briefing-{lang}.pdf"
        assert briefing(data, "--audience", "un", "--lang", lang, "--out", str(pdf)) == 0
        text = " ".join(text_of(pdf).split())
        assert said in text.replace("’", "'"), lang
        assert "≥" in text, lang  # the ratio of a series over a suppressed week: at least
        if lang == "en":
            assert "the rise is at least as shown" in text
    capsys.readouterr()


def unwritable_folders(tmp_path: Path) -> list[Path]:
    """Folders this process cannot make a file in: a read-only folder (not for root, who
    writes anyway) and /proc (Linux; not even for root)."""
    found = []
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        found.append(locked)
    if Path("/proc/self").is_dir():
        found.append(Path("/proc"))
    return found


def test_an_out_in_a_folder_that_cannot_be_written_is_refused(seeded, tmp_path, capsys):
    """A briefing or a report into a read-only folder exits 2 naming --out, leaving no file:
    Qt's printer only says it could not begin, and the command died as an internal error."""
    data, _ids = seeded
    folders = unwritable_folders(tmp_path)
    if not folders:
        pytest.skip("no folder this process cannot write to")
    for folder in folders:
        pdf = folder / "upfront-briefing.pdf"
        for command in (["--audience", "un"], ["--audience", "un", "--country", "SYR"]):
            report = command[2:] != []
            argv = ["report" if report else "briefing", "--from", "2026-10-01"]
            argv += ["--to", "2026-12-31", *command, "--out", str(pdf)]
            assert main([*argv, "--data-dir", str(data), "--user", USER]) == 2, (folder, argv)
            assert "error: out:" in capsys.readouterr().err
            assert not pdf.exists() and not (folder / f".{pdf.name}.part").exists()
