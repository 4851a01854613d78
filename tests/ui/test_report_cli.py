"""`upfront report` end to end: a seeded store, the real command line, a PDF read back."""

from __future__ import annotations

import pypdf
import pytest
from sqlalchemy import select

from app.incidents import Incidents
from app.models import AuditEntry
from app.store import Store
from tests.app.conftest import incident_doc
from tests.ui.conftest import PASSPHRASE, USER
from ui.main import main


@pytest.fixture
def seeded(store_dir, monkeypatch):
    store = Store.open(store_dir, PASSPHRASE, USER)
    Incidents(store).add_many(
        [
            incident_doc(
                title=f"Public case {i}", confidentiality="public", status="submitted", victims=[]
            )
            for i in range(6)
        ]
        + [
            incident_doc(
                title="Internal case", confidentiality="internal", status="submitted", victims=[]
            )
        ]
    )
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    return store_dir


def run(seeded, *args: str) -> int:
    return main(["report", *args, "--data-dir", str(seeded), "--user", USER])


def test_a_public_report_in_chinese(seeded, tmp_path, capsys):
    out = tmp_path / "sitrep.pdf"
    assert (
        run(
            seeded,
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-31",
            "--country",
            "SYR",
            "--audience",
            "public",
            "--lang",
            "zh",
            "--out",
            str(out),
        )
        == 0
    )
    said = capsys.readouterr().err
    assert "SHA-256" in said and str(out) in said
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "情况报告" in text and "公开" in text  # title and marking, from the template
    assert "Public case" in text and "Internal case" not in text
    assert not list(tmp_path.glob(".*.part"))  # written beside, then moved into place
    store = Store.open(seeded, PASSPHRASE, USER)
    with store.session() as s:
        (entry,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "report.export"))
    store.close()
    assert entry.detail["audience"] == "public" and entry.detail["lang"] == "zh"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--to", "2026-09-01"], "to: is before from"),
        (["--lang", "de"], "lang: is one of"),
        (["--out", "report.txt"], "out: names a .pdf file"),
    ],
)
def test_bad_input_is_named_and_writes_nothing(seeded, tmp_path, capsys, args, field):
    out = tmp_path / "out"
    out.mkdir()
    base = {
        "--from": "2026-10-01",
        "--to": "2026-10-31",
        "--country": "SYR",
        "--audience": "un",
        "--out": str(out / "r.pdf"),
    }
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1] if args[i] != "--out" else str(out / args[i + 1])
    argv = [x for kv in base.items() for x in kv]
    assert run(seeded, *argv) == 2
    assert field in capsys.readouterr().err
    assert list(out.iterdir()) == []


REPORT_ARGS = ("--from", "2026-10-01", "--to", "2026-10-31", "--country", "SYR", "--audience", "un")


def test_an_existing_report_is_replaced_only_when_asked(seeded, tmp_path, capsys):
    out = tmp_path / "sitrep.pdf"
    out.write_bytes(b"last month's report")
    assert run(seeded, *REPORT_ARGS, "--out", str(out)) == 2
    assert "out: exists; pass --replace to replace it" in capsys.readouterr().err
    assert out.read_bytes() == b"last month's report"
    assert run(seeded, *REPORT_ARGS, "--out", str(out), "--replace") == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.part"))


def test_a_report_never_goes_through_a_link_or_into_a_folder(seeded, tmp_path, capsys):
    target = tmp_path / "target.pdf"
    target.write_bytes(b"someone else's file")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    for out, reason in ((link, "is a symbolic link"), (folder, "is a folder")):
        assert run(seeded, *REPORT_ARGS, "--out", str(out), "--replace") == 2
        assert f"out: {reason}" in capsys.readouterr().err
    assert target.read_bytes() == b"someone else's file" and link.is_symlink()
    assert list(folder.iterdir()) == []
