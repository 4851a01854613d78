"""The horizon scan (app.scan, `upfront scan`) on a seeded world in a real store: several
countries with steady acts; one region no situation covers has a rise of verified acts, another
inside a situation a rise of unverified ones."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from app import cli, scan
from app.humanitarian import Humanitarian
from app.incidents import Incidents
from app.situations import Situations
from app.vocab import vocabularies
from tests.app.conftest import PASSPHRASE

TO = date(2026, 10, 31)
START = TO - timedelta(days=7 * scan.WEEKS - 1)
REGIONS = {
    "SYR": ["SY01", "SY02", "SY03", "SY04"],
    "COD": ["CD10", "CD20", "CD31"],
    "AFG": ["AF01", "AF02", "AF03"],
}
TYPES = ["killing", "arbitrary_detention"]
HOMS, ALEPPO = "SY04", "SY02"


def act(country: str, pcode: str, day: date, kind: str, status: str) -> dict:
    return {
        "title": "Seeded act",
        "occurred_from": day.isoformat(),
        "location": {"country": country, "admin1": pcode},
        "narrative": "Seeded.",
        "confidentiality": "un",
        "status": "submitted",
        "violations": [{"type": kind}],
        "verification": {"status": status},
    }


def steady(weeks: int = scan.WEEKS) -> list[dict]:
    """1, 2, 3 acts a week in turn (2 on average) in every region and type, below the
    standard of proof (reasonable suspicion)."""
    docs = []
    for country, pcodes in REGIONS.items():
        for pcode in pcodes:
            for kind in TYPES:
                for w in range(weeks):
                    day = START + timedelta(days=7 * w + 2)
                    docs += [
                        act(country, pcode, day, kind, "reasonable_suspicion")
                        for _ in range(1 + w % 3)
                    ]
    return docs


def rise(country: str, pcode: str, kind: str, per_week: int, status: str) -> list[dict]:
    """`per_week` more acts a week in the 4 recent weeks."""
    docs = []
    for w in range(scan.RECENT_WEEKS):
        day = TO - timedelta(days=7 * w + 1)
        docs += [act(country, pcode, day, kind, status) for _ in range(per_week)]
    return docs


@pytest.fixture
def world(store):
    incidents = Incidents(store)
    incidents.add_many(steady())
    incidents.add_many(rise("SYR", HOMS, "killing", 7, "reasonable_grounds"))
    incidents.add_many(rise("SYR", ALEPPO, "arbitrary_detention", 7, "unverified"))
    situations = Situations(store, today=TO)
    sid = situations.add(
        {
            "name": "Aleppo detentions",
            "country": "SYR",
            "regions": [ALEPPO],
            "date_from": "2026-01-01",
            "status": "concern",
        }
    )
    codes = [t.code for t in vocabularies().terms("risk-factor")]
    situations.assess(
        sid, {"assessed_on": "2026-07-01", "factors": [{"factor": codes[0], "level": "moderate"}]}
    )
    situations.assess(
        sid, {"assessed_on": "2026-10-01", "factors": [{"factor": codes[0], "level": "high"}]}
    )
    return store, sid


def test_the_uncovered_rise_ranks_first_and_the_covered_one_says_by_whom(world):
    store, sid = world
    result = scan.scan(store, TO)
    assert result["data"] == "the device's own records" and result["source"] == "device"
    assert "Benjamini-Hochberg" in result["rule"] and "standard of proof" in result["rank_rule"]
    assert result["places"] == {"countries": 3, "regions": 10}
    keys = [e["key"] for e in result["entries"]]
    assert keys[0] == f"region:{HOMS}", keys
    first = result["entries"][0]
    assert first["place"]["name"] == "Homs" and first["rank"] == 1
    assert not first["covered"] and first["covered_by"] == []
    killing = next(s for s in first["signals"] if s["violation"] == "killing")
    assert all(s["covered_by"] == [] for s in first["signals"])
    # acts at or above the standard counted apart: the 7 a week added, not the steady 1-3
    assert killing["at_standard"]["recent_count"] == 28
    assert killing["at_standard"]["baseline_count"] == 0
    assert killing["recent_count"] > 28 and killing["at_standard"]["rise"]
    assert first["verified_rise"]
    # the proposal pre-fills a situation the service takes as it is
    assert first["proposal"] == {
        "name": first["proposal"]["name"],
        "country": "SYR",
        "regions": [HOMS],
        "date_from": (TO - timedelta(days=27)).isoformat(),
        "violations": ["killing"],
    }
    new_id = Situations(store, today=TO).add({**first["proposal"], "status": "concern"})
    assert Situations(store).get(new_id)["regions"] == ["Homs"]
    # and covers the place on the next scan: each flagged type is its own
    homs = scan.scan(store, TO, watch=False)["entries"][0]
    assert homs["key"] == f"region:{HOMS}" and homs["covered"]
    assert homs["covered_by"] == [{"id": new_id, "name": first["proposal"]["name"]}]
    # the rise inside the situation: covered by it, ranked below (unverified acts only)
    aleppo = next(e for e in result["entries"] if e["key"] == f"region:{ALEPPO}")
    assert aleppo["covered"] and aleppo["covered_by"] == [{"id": sid, "name": "Aleppo detentions"}]
    assert aleppo["rank"] > first["rank"] and not aleppo["verified_rise"]
    detention = next(s for s in aleppo["signals"] if s["violation"] == "arbitrary_detention")
    assert detention["at_standard"]["recent_count"] == 0
    # its assessment's latest risk-factor change
    assert aleppo["risk_changes"][0]["situation"] == sid
    assert aleppo["risk_changes"][0]["changes"][0]["trend"] == "worsening"
    # steady countries flag nothing
    assert not any(e["place"]["country"] in ("COD", "AFG") for e in result["entries"])


def test_the_watch_list_marks_what_is_new_since_the_last_scan(world):
    store, _sid = world
    first = scan.scan(store, TO)
    assert first["previous_scan"] is None and all(e["new"] for e in first["entries"])
    Incidents(store).add_many(rise("COD", "CD20", "killing", 8, "reasonable_grounds"))
    again = scan.scan(store, TO, watch=False)  # compared, not recorded
    second = scan.scan(store, TO)
    for result in (again, second):
        by_key = {e["key"]: e for e in result["entries"]}
        assert result["previous_scan"] == TO.isoformat()
        assert by_key["region:CD20"]["new"]
        assert not by_key[f"region:{HOMS}"]["new"]
        assert not any(s["new"] for s in by_key[f"region:{HOMS}"]["signals"])
    scans = scan.watch_list(store)
    assert len(scans) == 2  # the --no-watch scan left no trace
    assert "region:CD20" in scans[-1]["places"] and "region:CD20" not in scans[0]["places"]


def test_the_command_prints_a_table_or_json_and_refuses_bad_input(
    world, data_dir, monkeypatch, capsys
):
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(data_dir)]
    assert cli.main(["scan", "--to", TO.isoformat(), "--json", "--no-watch", *base]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["entries"][0]["key"] == f"region:{HOMS}" and out["as_of"] == TO.isoformat()
    assert cli.main(["scan", "--to", TO.isoformat(), *base]) == 0
    table = capsys.readouterr().out
    assert "the device's own records" in table and "Rank: " in table
    lines = table.splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith("  1  Homs (SY04)"))
    assert "no situation" in lines[row]
    assert any("Aleppo detentions" in line for line in lines)
    assert any(line.strip().startswith("propose: SYR SY04") for line in lines)
    assert cli.main(["scan", "--standard", "unverified", *base]) == 2
    assert "standard" in capsys.readouterr().err
    assert cli.main(["scan", "--standard", "nonsense", *base]) == 2
    assert "standard" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        cli.main(["scan", "--to", "2026-13-01", *base])
    assert exc.value.code == 2 and "--to" in capsys.readouterr().err
    # a day to come: refused, and not kept in the watch list as the last scan
    later = datetime.now(UTC).date() + timedelta(days=2)
    for day in (later.isoformat(), "2099-01-01"):
        assert cli.main(["scan", "--to", day, "--json", *base]) == 2
        assert "error: to: is in the future" in capsys.readouterr().err
    assert scan.watch_list(world[0])[-1]["as_of"] == TO.isoformat()
    # a day so early the scan's 30 weeks would begin before the calendar's first
    for day in ("0001-01-01", "0001-07-28"):
        assert cli.main(["scan", "--to", day, "--json", *base]) == 2
        assert "error: to: is too early" in capsys.readouterr().err
    assert cli.main(["scan", "--to", "0001-07-29", "--json", "--no-watch", *base]) == 0
    assert json.loads(capsys.readouterr().out)["entries"] == []


def test_humanitarian_figures_stand_beside_the_acts_that_rose(world, tmp_path):
    """An HXL displacement series for Homs, tripled in the scan's recent weeks against its
    26-week baseline, is worded beside the killings that rose there; a flagged place without a
    series gets none, and a series where nothing was flagged is not read into the scan."""
    store, _sid = world
    rows = ["#date,#adm1+code,#affected+idps"]
    for w in range(scan.WEEKS):
        day = START + timedelta(days=7 * w + 3)
        recent = w >= scan.BASELINE_WEEKS
        rows.append(f"{day.isoformat()},{HOMS},{3000 if recent else 1000}")
        rows.append(f"{day.isoformat()},CD10,{9000 if recent else 1000}")
    path = tmp_path / "idps.csv"
    path.write_text("Date,P-code,IDPs\n" + "\n".join(rows) + "\n", encoding="utf-8")
    Humanitarian(store, today=TO).import_file(path, name="IDPs", source="CCCM", licence="CC BY")
    result = scan.scan(store, TO, watch=False)
    first = result["entries"][0]
    [idps] = first["humanitarian"]
    assert idps["measure"] == "#affected+idps" and idps["ratio"] == 3.0
    assert idps["dataset_name"] == "IDPs"
    killing = next(s for s in first["signals"] if s["violation"] == "killing")
    label = vocabularies().term("violation", "killing").label("en")
    assert idps["text"] == f"displacement up 3.0x where {label} ({killing['rate_ratio']:.1f}x) rose"
    aleppo = next(e for e in result["entries"] if e["key"] == f"region:{ALEPPO}")
    assert aleppo["humanitarian"] == []
    assert not any(h["place"] == "CD10" for e in result["entries"] for h in e["humanitarian"])


def test_a_situation_over_one_type_does_not_cover_a_wider_rise(store):
    """Damascus: killings rise (flagged alone) and ten other types rise with them, none
    enough to be flagged alone, together more than the killings: a situation over killings
    covers the killings' series, not the place; one over every type covers it."""
    incidents = Incidents(store)
    incidents.add_many(steady())
    incidents.add_many(rise("SYR", "SY01", "killing", 4, "reasonable_grounds"))
    others = [t.code for t in vocabularies().terms("violation")][10:20]
    for kind in others:  # 2 acts each in the recent weeks: below the minimum of 3 alone
        incidents.add_many(
            [act("SYR", "SY01", TO - timedelta(days=7 * w + 2), kind, "unverified") for w in (0, 2)]
        )
    situations = Situations(store, today=TO)
    only = situations.add(
        {
            "name": "Damascus killings",
            "country": "SYR",
            "regions": ["SY01"],
            "violations": ["killing"],
            "date_from": "2026-01-01",
            "status": "concern",
        }
    )
    entry = next(
        e for e in scan.scan(store, TO, watch=False)["entries"] if e["key"] == "region:SY01"
    )
    flagged = {s["violation"] for s in entry["signals"]}
    assert flagged == {"killing", None}, flagged  # no other type alone
    killing = next(s for s in entry["signals"] if s["violation"] == "killing")
    assert [x["id"] for x in killing["covered_by"]] == [only]
    assert not entry["covered"]
    wide = situations.add(
        {
            "name": "Damascus",
            "country": "SYR",
            "regions": ["SY01"],
            "date_from": "2026-01-01",
            "status": "concern",
        }
    )
    entry = next(
        e for e in scan.scan(store, TO, watch=False)["entries"] if e["key"] == "region:SY01"
    )
    assert entry["covered"] and [x["id"] for x in entry["covered_by"]] == [wide]
