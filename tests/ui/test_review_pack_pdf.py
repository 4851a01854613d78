"""`upfront review --out F.pdf` end to end (issue 18): a seeded store, the real command line (with
the renderer ui/main.py gives it), the PDF read back with poppler's pdftotext. For each
audience: its marking, the pack's SHA-256 (the same as the JSON's), last quarter's decisions
in their state with who and why; for the UN, a withheld name (a victim's, written into a
decision) is not in the PDF. Labels follow --lang."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.incidents import Incidents
from app.store import Store
from tests.app.conftest import incident_doc
from tests.app.test_review_meeting import WITHHELD, seed
from tests.ui.conftest import PASSPHRASE, USER
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
}


@pytest.fixture
def seeded(store_dir, monkeypatch):
    store = Store.open(store_dir, PASSPHRASE, USER)
    try:
        seed(store)
        Incidents(store).add(
            incident_doc(
                confidentiality="internal",
                status="submitted",
                victims=[
                    {"name": WITHHELD, "sex": "male", "age_group": "adult", "protected": True}
                ],
            )
        )
    finally:
        store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    return store_dir


def review(seeded: Path, *args: str) -> int:
    return main(["review", "--quarter", "2026Q4", *args, "--data-dir", str(seeded), "--user", USER])


def text_of(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


@pytest.mark.parametrize("audience", ["internal", "un"])
def test_the_review_pdf_for_each_audience(seeded, tmp_path, capsys, audience):
    pdf, pack_file = tmp_path / f"review-{audience}.pdf", tmp_path / f"review-{audience}.json"
    assert review(seeded, "--audience", audience, "--out", str(pdf)) == 0
    said = capsys.readouterr().err
    assert review(seeded, "--audience", audience, "--out", str(pack_file)) == 0
    pack = json.loads(pack_file.read_text("utf-8"))
    assert pdf.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*.part"))
    text = text_of(pdf)
    assert pack["sha256"] in text and pack["sha256"] in said  # one reference, PDF and JSON
    assert MARKINGS[audience] in text
    for other, marking in MARKINGS.items():
        if other != audience:
            assert marking not in text
    # ranked: the worse situation first, and why
    assert text.index("Idlib shelling") < text.index("Aleppo returns")
    assert "risk factors assessed higher: 1" in text
    # last quarter's decisions, in their state, with who and why
    assert "Decisions of 2026Q3" in text
    for words in ("Done", "Late", "Blocked", "Dropped", "Access refused at the checkpoint"):
        assert words in text, words
    assert f"Set by {USER} on 2026-11-20" in text
    assert (
        "Engagements of the quarter" in text
        and "Resident Coordinator with Governor of Idlib" in text
    )
    assert ("Head of the security branch" in text) == (audience == "internal")
    if audience == "un":
        assert "Khalil" not in text and "Omar" not in text
        assert "The family left the country" in text  # the rest of the decision stays
    else:
        assert f"Relocate {WITHHELD}" in text


def test_the_review_pdf_in_chinese_and_arabic(seeded, tmp_path):
    for lang, title in (("zh", "季度审查"), ("ar", "الاستعراض الفصلي")):
        pdf = tmp_path / f"review-{lang}.pdf"
        assert review(seeded, "--audience", "un", "--lang", lang, "--out", str(pdf)) == 0
        text = text_of(pdf)
        assert title in text, lang
        assert "Idlib shelling" in text  # record content prints as written


def test_a_pdf_is_not_written_over_nor_for_bad_arguments(seeded, tmp_path, capsys):
    pdf = tmp_path / "review.pdf"
    pdf.write_bytes(b"kept")
    assert review(seeded, "--out", str(pdf)) == 2
    assert "error: out" in capsys.readouterr().err and pdf.read_bytes() == b"kept"
    assert review(seeded, "--out", str(pdf), "--replace") == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert review(seeded, "--audience", "partners", "--out", str(tmp_path / "p.pdf")) == 2
    assert "error: audience" in capsys.readouterr().err
    assert not (tmp_path / "p.pdf").exists()
