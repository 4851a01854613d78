"""`upfront timeline`: a seeded situation's warning-to-action timeline as JSON and as a PDF
read back with poppler's pdftotext, through the real command line."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.incidents import Incidents
from app.situations import Situations
from app.situations import strategies as strategies_module
from app.store import Store
from tests.app.test_situations import factors, situation
from tests.app.test_timeline import incident_on
from tests.ui.conftest import PASSPHRASE, USER
from ui.main import main

pytestmark = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)"
)


@pytest.fixture
def seeded(store_dir, monkeypatch):
    """A situation with a warning (a factor at high on 5 March 2026), actions at country
    (20 March) then regional level (15 April), and engagements through the country team
    (12 March) then the Security Council (20 May)."""
    store = Store.open(store_dir, PASSPHRASE, USER)
    situations = Situations(store)
    Incidents(store).add(incident_on("2026-03-10", "reasonable_grounds"))
    sid = situations.add(situation())
    situations.assess(sid, {"assessed_on": "2026-03-05", "factors": factors(f1="high")})
    for day, levels in (("2026-03-20", ["country"]), ("2026-04-15", ["country", "regional"])):
        monkeypatch.setattr(strategies_module, "utcnow", lambda d=day: f"{d}T09:00:00+00:00")
        current = situations.strategy(sid)
        situations.save_strategy(
            sid,
            {
                "objectives": ["Protect civilians"],
                "actions": [
                    {"title": f"Act {lv}", "pillar": "political", "level": lv, "lead": "rco"}
                    for lv in levels
                ],
                **({"version": current["version"]} if current else {}),
            },
        )
    for day, channel in (("2026-03-12", "country_team"), ("2026-05-20", "security_council")):
        situations.add_engagement(
            sid,
            {
                "date": day,
                "type": "briefing",
                "channel": channel,
                "un_by": "RC",
                "with_whom": "Council members",
            },
        )
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    return store_dir, sid


def run(data: Path, *args: str) -> int:
    return main(["timeline", *args, "--data-dir", str(data), "--user", USER])


def pdftotext(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


def test_the_json_holds_the_intervals_and_the_draft(seeded, capsys):
    data, sid = seeded
    assert run(data, "--situation", sid, "--json", "--as-of", "2026-06-01") == 0
    tl = json.loads(capsys.readouterr().out)
    days = {i["key"]: i["days"] for i in tl["intervals"]}
    assert days["action:country"] == 15 and days["action:regional"] == 41
    assert days["action:global"] is None
    assert any("41 days after the first warning" in line for line in tl["draft"])


def test_the_pdf_shows_the_timeline_and_the_draft(seeded, qapp, tmp_path, capsys):
    data, sid = seeded
    out = tmp_path / "timeline.pdf"
    assert run(data, "--situation", sid, "--as-of", "2026-06-01", "--out", str(out)) == 0
    assert "1 page(s)" in capsys.readouterr().err or out.exists()
    text = pdftotext(out)
    assert "Warning-to-action timeline" in text
    assert "First action at Regional level" in text or "First action at regional level" in text
    assert "After-action review (draft)" in text
    assert "To the first action at" in text and "41 days, on 2026-04-15" in text
    assert "not yet as of 2026-06-01, 88 days since the first warning" in text
    assert "Escalation to Security Council" in text
    assert "To the first engagement through Security Council: 76 days, on 2026-05-20" in text
    assert not list(tmp_path.glob(".*.part"))
    # the same in French
    fr = tmp_path / "fr.pdf"
    assert run(data, "--situation", sid, "--lang", "fr", "--out", str(fr)) == 0
    assert "Chronologie de l’alerte à l’action" in pdftotext(fr)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--lang", "de"], "lang: is one of"),
        (["--out", "timeline.txt"], "out: names a .pdf file"),
        (["--as-of", "2026-13-01"], "as_of:"),
    ],
)
def test_bad_input_exits_2_naming_the_field(seeded, args, said, capsys):
    data, sid = seeded
    assert run(data, "--situation", sid, *args) == 2
    assert said in capsys.readouterr().err


def test_an_unknown_situation_is_said_so(seeded, capsys):
    data, _sid = seeded
    assert run(data, "--situation", "01900000-0000-7000-8000-000000000000") != 0
    assert "no situation with id" in capsys.readouterr().err


def test_a_situation_with_nothing_yet_says_so(store_dir, monkeypatch, qapp, tmp_path, capsys):
    store = Store.open(store_dir, PASSPHRASE, USER)
    sid = Situations(store).add(situation(name="Quiet valley", regions=["Halab"]))
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "quiet.pdf"
    assert run(store_dir, "--situation", sid, "--as-of", "2026-06-01", "--out", str(out)) == 0
    text = pdftotext(out)
    assert "Nothing on the timeline yet." in text
    assert "No warning as of 2026-06-01: no risk factor at high or severe" in text
    assert "open: no warning yet" in text
