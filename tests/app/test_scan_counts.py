"""The horizon scan on HQ's weekly counts (app.scope_counts) in a real store: the counts replace
the device's own records in their countries and only there; the window ends on the last
complete ISO week; a suppressed week is imputed so that it can only make a rise harder to
flag (no false alarm from imputation); counts kept in the store that do not fit are ignored,
the scan says why, and never crashes."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app import cli, reports, scan, scope_counts
from app.errors import BadInput
from app.incidents import Incidents
from app.models import StoreMeta
from app.vocab import vocabularies
from tests.app.conftest import PASSPHRASE
from tests.app.test_scan import rise

AS_OF = date(2026, 11, 4)  # a Wednesday: HQ's last complete week ends Sunday 1 November
TO = date(2026, 11, 4)
LAST_SUNDAY = date(2026, 11, 1)
MONDAYS = scope_counts.complete_weeks(AS_OF)
SYR_REGIONS = ["SY01", "SY02", "SY03", "SY04"]


def steady_acts(country: str, pcodes: list[str], per_week: list[int]) -> list[scope_counts.Act]:
    """Acts on the Wednesday of each of HQ's weeks, `per_week` in turn, per region."""
    out = []
    for pcode in pcodes:
        for w, monday in enumerate(MONDAYS):
            n = per_week[w % len(per_week)]
            out += [(country, pcode, "killing", "reasonable_grounds", monday + timedelta(2))] * n
    return out


def payload(acts: list[scope_counts.Act], countries: list[str]) -> dict[str, Any]:
    doc = scope_counts.build(acts, AS_OF, vocabularies(), threshold=5, countries=countries)
    doc["scope"] = {"teams": countries, "countries": countries}
    return doc


def keep(store, doc: Any) -> None:
    text = doc if isinstance(doc, str) else json.dumps(doc)
    with store.transaction() as s:
        s.merge(StoreMeta(key=scope_counts.KEY, value=text))


def test_hq_counts_replace_the_devices_records_in_their_countries_only(
    store, data_dir, monkeypatch, capsys
):
    # the device holds views of SYR that show a rise in SY04 (what reached the UN)...
    incidents = Incidents(store)
    incidents.add_many(rise("SYR", "SY04", "killing", 7, "reasonable_grounds"))
    # ...and its own records of COD, with a rise in CD20
    incidents.add_many(rise("COD", "CD20", "killing", 8, "reasonable_grounds"))
    # HQ's counts of SYR: steady 6 a week in SY01-SY03, a rise in SY02 from 6 to 20
    acts = steady_acts("SYR", ["SY01", "SY03"], [6])
    acts += [a for a in steady_acts("SYR", ["SY02"], [6]) if a[4] < MONDAYS[-4]]
    acts += [a for a in steady_acts("SYR", ["SY02"], [20]) if a[4] >= MONDAYS[-4]]
    keep(store, payload(acts, ["SYR"]))

    result = scan.scan(store, TO, watch=False)
    assert result["source"] == "hq-counts+device"
    assert "HQ's weekly counts" in result["data"] and "(COD)" in result["data"]
    assert result["hq_counts"]["countries"] == ["SYR"]
    assert result["hq_counts"]["as_of"] == AS_OF.isoformat()
    # the window ends on HQ's last complete ISO week, for every place
    assert result["recent"]["to"] == LAST_SUNDAY.isoformat()
    assert result["hq_counts"]["window_end"] == LAST_SUNDAY.isoformat()
    assert result["as_of"] == TO.isoformat()
    by_key = {e["key"]: e for e in result["entries"]}
    assert by_key["region:SY02"]["source"] == "hq-counts"
    assert by_key["region:CD20"]["source"] == "device"
    # the device's own SYR records stand for nothing where HQ's counts do
    assert "region:SY04" not in by_key
    killing = next(s for s in by_key["region:SY02"]["signals"] if s["violation"] == "killing")
    assert killing["recent_count"] == 80 and killing["baseline_count"] == 26 * 6
    assert killing["at_standard"]["recent_count"] == 80
    assert result["hq_counts"]["suppressed_series"] == 0
    assert killing["estimated"] is False  # no week suppressed: counts, not bounds

    # `upfront scan` says which it used, and where an entry's source is not the scan's
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(data_dir), "--to", TO.isoformat(), "--no-watch"]
    assert cli.main(["scan", *base]) == 0
    table = capsys.readouterr().out
    first = table.splitlines()[0]
    assert "HQ's weekly counts" in first and "as of 2026-11-04" in first and "COD" in first
    assert f"HQ's counts as of {AS_OF}: the window ends on {LAST_SUNDAY}" in table
    assert "source: hq-counts" in table and "source: device" in table
    assert cli.main(["scan", "--json", *base]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["source"] == "hq-counts+device" and out["hq_counts"]["countries"] == ["SYR"]


def test_a_rise_over_a_suppressed_week_is_shown_as_at_least(store, data_dir, monkeypatch, capsys):
    """A flagged series that sums a week HQ suppressed shows bounds, and says so: its recent
    count and rate ratio at least, its baseline at most (the scan's JSON, `upfront scan`); a
    series without one, and the device's own records, show counts."""
    Incidents(store).add_many(rise("COD", "CD20", "killing", 8, "reasonable_grounds"))
    acts = steady_acts("SYR", ["SY01"], [6])
    # Aleppo: 6 a week, one baseline week of 3 (suppressed at HQ), then 20 a week
    aleppo = [a for a in steady_acts("SYR", ["SY02"], [6]) if a[4] < MONDAYS[-4]]
    aleppo = [a for a in aleppo if a[4] != MONDAYS[-10] + timedelta(2)]
    aleppo += [("SYR", "SY02", "killing", "reasonable_grounds", MONDAYS[-10] + timedelta(2))] * 3
    aleppo += [a for a in steady_acts("SYR", ["SY02"], [20]) if a[4] >= MONDAYS[-4]]
    keep(store, payload(acts + aleppo, ["SYR"]))

    result = scan.scan(store, TO, watch=False)
    by_key = {e["key"]: e for e in result["entries"]}
    aleppo_signals = by_key["region:SY02"]["signals"]
    assert aleppo_signals and all(s["estimated"] for s in aleppo_signals)
    killing = next(s for s in aleppo_signals if s["violation"] == "killing")
    assert killing["baseline_count"] == 25 * 6 + 4  # the hidden 3 counted as the most, 4
    assert all(not s["estimated"] for s in by_key["region:CD20"]["signals"])
    if "country:SYR" in by_key:  # the country sums Aleppo' series too
        assert all(s["estimated"] for s in by_key["country:SYR"]["signals"])

    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(data_dir), "--to", TO.isoformat(), "--no-watch"]
    assert cli.main(["scan", *base]) == 0
    table = capsys.readouterr().out
    assert "the rise is at least as shown" in table
    aleppo_line = next(line for line in table.splitlines() if "(SY02)" in line)
    assert ">=80" in aleppo_line and "<=5.9" in aleppo_line and ">=3.4x" in aleppo_line
    cod_line = next(line for line in table.splitlines() if "(CD20)" in line)
    assert ">=" not in cod_line and "<=" not in cod_line


def test_imputed_weeks_only_make_a_rise_harder_to_flag():
    """Whatever the true values behind suppressed weeks, the imputed baseline is at least the
    true one and the imputed recent weeks at most the true ones."""
    rng = random.Random(19)
    for _ in range(300):
        true = [rng.choice([0, 0, 1, 2, 3, 4, 5, 9]) for _ in MONDAYS]
        acts = [
            ("SYR", "SY01", "killing", "unverified", m + timedelta(1))
            for m, n in zip(MONDAYS, true, strict=True)
            for _ in range(n)
        ]
        counts = scope_counts.parse(payload(acts, ["SYR"]))
        got = scope_counts.scan_series(
            counts, LAST_SUNDAY, ["reasonable_grounds"], scan.RECENT_WEEKS, scan.BASELINE_WEEKS
        )
        window = true[-scan.WEEKS :]
        imputed = got.all[("SYR", "SY01", "killing")]
        base, recent = slice(0, scan.BASELINE_WEEKS), slice(scan.BASELINE_WEEKS, None)
        assert sum(imputed[base]) >= sum(window[base])
        assert sum(imputed[recent]) <= sum(window[recent])
        hidden = any(0 < n < 5 for n in window[base])
        assert (("SYR", "SY01", "killing") in got.imputed_baseline) == hidden


def test_suppression_raises_no_false_alarm(store):
    """A world of small steady counts, every week suppressed, and hidden rises from 1 to 4 a
    week: nothing is flagged, and the scan says how many series had suppressed weeks."""
    regions = [f"SY{i:02d}" for i in range(1, 15)]
    acts = steady_acts("SYR", regions[:10], [1, 2, 3, 4, 1, 0])
    for pcode in regions[10:]:  # 1 a week, then 4 a week: a real rise, hidden
        acts += [a for a in steady_acts("SYR", [pcode], [1]) if a[4] < MONDAYS[-4]]
        acts += [a for a in steady_acts("SYR", [pcode], [4]) if a[4] >= MONDAYS[-4]]
    keep(store, payload(acts, ["SYR"]))
    result = scan.scan(store, TO, watch=False)
    assert result["source"] == "hq-counts"
    assert not any(e["place"]["level"] == "region" for e in result["entries"])
    # 14 regions' series, suppressed in some weeks
    assert result["hq_counts"]["suppressed_series"] >= 14


def test_the_window_ends_on_the_counts_last_week_when_they_are_older(store):
    keep(store, payload(steady_acts("SYR", SYR_REGIONS, [6]), ["SYR"]))
    later = TO + timedelta(days=40)
    result = scan.scan(store, later, watch=False)
    assert result["source"] == "hq-counts" and result["as_of"] == later.isoformat()
    assert result["recent"]["to"] == LAST_SUNDAY.isoformat()
    assert "last complete ISO week" in result["hq_counts"]["note"]
    assert result["entries"] == []
    # a scan before the counts reach back far enough runs on the device's records
    early = MONDAYS[10]
    result = scan.scan(store, early, watch=False)
    assert result["source"] == "device" and result["hq_counts"] is None
    assert "do not reach back" in result["data"]


def good() -> dict[str, Any]:
    return payload(steady_acts("SYR", ["SY01"], [6]), ["SYR"])


def altered(change) -> dict[str, Any]:
    doc = good()
    change(doc)
    return doc


def _set(path: list[Any], value: Any):
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


HOSTILE = [
    ("not json", "{not json", "scope_counts"),
    ("a list", "[1, 2]", "scope_counts"),
    ("newer format", altered(_set(["format"], 3)), "scope_counts.format"),
    ("older format, sums beside cells", altered(_set(["format"], 1)), "scope_counts.format"),
    (
        "a sum of types, not a cell",
        altered(_set(["series", 0, "type"], None)),
        "scope_counts.series[0].type",
    ),
    ("no as_of", altered(_set(["as_of"], None)), "scope_counts.as_of"),
    ("a Tuesday", altered(_set(["weeks", 3], "2025-12-16")), "scope_counts.weeks[3]"),
    ("a week missing", altered(lambda d: d["weeks"].pop(5)), "scope_counts.weeks[5]"),
    ("no weeks", altered(_set(["weeks"], [])), "scope_counts.weeks"),
    ("a week not over", altered(_set(["as_of"], MONDAYS[-1].isoformat())), "scope_counts.weeks"),
    ("threshold 1", altered(_set(["threshold"], 1)), "scope_counts.threshold"),
    ("threshold true", altered(_set(["threshold"], True)), "scope_counts.threshold"),
    ("scope a list", altered(_set(["scope"], ["SYR"])), "scope_counts.scope"),
    ("a country", altered(_set(["scope", "countries"], ["syria"])), "scope_counts.scope"),
    ("series a map", altered(_set(["series"], {})), "scope_counts.series"),
    (
        "outside its scope",
        altered(_set(["series", 0, "country"], "YEM")),
        "scope_counts.series[0].country",
    ),
    ("a long pcode", altered(_set(["series", 0, "pcode"], "x" * 5000)), "series[0].pcode"),
    ("a pcode object", altered(_set(["series", 0, "pcode"], {"a": 1})), "series[0].pcode"),
    ("short counts", altered(_set(["series", 0, "counts"], [1, 2])), "series[0].counts"),
    ("a negative count", altered(_set(["series", 0, "counts", 4], -3)), "counts[4]"),
    ("a count true", altered(_set(["series", 0, "counts", 4], True)), "counts[4]"),
    ("a float count", altered(_set(["series", 0, "counts", 4], 2.5)), "counts[4]"),
    ("a huge count", altered(_set(["series", 0, "counts", 4], 10**30)), "counts[4]"),
    (
        "a repeated series",
        altered(lambda d: d["series"].append(dict(d["series"][0]))),
        "scope_counts.series[",
    ),
]


@pytest.mark.parametrize(
    "doc,field", [(d, f) for _n, d, f in HOSTILE], ids=[n for n, *_ in HOSTILE]
)
def test_hostile_counts_are_refused_naming_the_field_and_the_scan_runs_on(store, doc, field):
    text = doc if isinstance(doc, str) else json.dumps(doc)
    with pytest.raises(BadInput) as err:
        scope_counts.parse(text)
    assert field in err.value.field
    Incidents(store).add_many(rise("COD", "CD20", "killing", 8, "reasonable_grounds"))
    keep(store, text)
    result = scan.scan(store, TO, watch=False)
    assert result["source"] == "device" and result["hq_counts"] is None
    assert "HQ's counts ignored" in result["data"] and field.split("[")[0] in result["data"]
    assert "region:CD20" in {e["key"] for e in result["entries"]}
    assert not any("source" in e for e in result["entries"])
    # what the device held stays as it was (the scan reads, never rewrites it)
    with store.session() as s:
        assert s.scalar(select(StoreMeta.value).where(StoreMeta.key == scope_counts.KEY)) == text


def test_save_refuses_what_does_not_fit_and_keeps_what_was_held(store):
    held = json.dumps(good())
    with store.transaction() as s:
        scope_counts.save(s, held)
    with pytest.raises(BadInput), store.transaction() as s:
        scope_counts.save(s, json.dumps(altered(_set(["series", 0, "counts", 0], -1))))
    with store.session() as s:
        assert scope_counts.held(s) == held
        counts, problem = scope_counts.read(s)
    assert problem is None and counts is not None and counts.countries == {"SYR"}
    with store.transaction() as s:
        scope_counts.forget(s)
    with store.session() as s:
        assert scope_counts.read(s) == (None, None)


def test_hq_suppresses_at_the_reports_threshold():
    assert scope_counts.report_threshold() == reports.load_template()["threshold"] == 5
    assert scope_counts.MIN_THRESHOLD == reports.MIN_THRESHOLD


PLACES = {"SYR": ["SY01", "SY02", "SY03", None], "YEM": ["YE11", None]}
KINDS = ["killing", "arbitrary_detention", "torture"]
STATUSES = ["unverified", "reasonable_suspicion", "reasonable_grounds", "clear_and_convincing"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from([(c, p) for c, ps in PLACES.items() for p in ps]),
            st.sampled_from(KINDS),
            st.sampled_from(STATUSES),
            st.integers(0, scan.WEEKS - 1),  # the week, of the scan's window
        ),
        max_size=150,
    )
)
@example(  # a region's 6 shown, 2 acts without a P-code: a country's 8 would have told them
    [(("SYR", "SY01"), "killing", "reasonable_grounds", 0)] * 6
    + [(("SYR", None), "killing", "reasonable_grounds", 0)] * 2
)
@settings(max_examples=150, deadline=None)
def test_hq_sends_disjoint_cells_only_and_the_scan_bounds_hold_them(drawn):
    """Over random worlds of acts: HQ sends cells only (one place, one type, one band of
    proof: no sum of cells, so none can be taken from another to give a hidden one back), no
    week shows a small count, every act is in exactly one cell; and the device's sums, with
    hidden weeks imputed, are at least the truth over the baseline and at most it over the
    recent weeks, for every place, type and standard."""
    vocab = vocabularies()
    ranks = {t.code: t.rank or 0 for t in vocab.terms("verification")}
    acts = [
        (country, pcode, kind, status, MONDAYS[-1 - week] + timedelta(days=2))
        for (country, pcode), kind, status, week in drawn
    ]
    sent = scope_counts.build(acts, AS_OF, vocab, threshold=5)
    true = scope_counts.build(acts, AS_OF, vocab, threshold=5, suppress=False)
    keys = [(s["country"], s["pcode"], s["type"], s["standard"]) for s in true["series"]]
    assert keys == [(s["country"], s["pcode"], s["type"], s["standard"]) for s in sent["series"]]
    assert len(set(keys)) == len(keys) and all(k[2] is not None for k in keys)
    assert all(k[3] is None or ranks[k[3]] > 0 for k in keys)
    assert sum(sum(s["counts"]) for s in true["series"]) == len(acts)  # disjoint and whole
    assert all(n is None or not 0 < n < 5 for s in sent["series"] for n in s["counts"])
    sent["scope"] = {"teams": None, "countries": sorted(PLACES)}
    counts = scope_counts.parse(sent)
    base = slice(0, scan.BASELINE_WEEKS)
    recent = slice(scan.BASELINE_WEEKS, None)
    for standard in ("reasonable_suspicion", "reasonable_grounds"):
        codes = [c for c, r in ranks.items() if r >= ranks[standard] and r > 0]
        got = scope_counts.scan_series(
            counts, LAST_SUNDAY, codes, scan.RECENT_WEEKS, scan.BASELINE_WEEKS
        )
        for cell, imputed in got.all.items():
            truth = [0] * scan.WEEKS
            checked = [0] * scan.WEEKS
            for country, pcode, kind, status, day in acts:
                if (country, pcode, kind) == cell:
                    i = scan.WEEKS - 1 - MONDAYS[::-1].index(day - timedelta(days=2))
                    truth[i] += 1
                    checked[i] += status in codes
            assert sum(imputed[base]) >= sum(truth[base]), cell
            assert sum(imputed[recent]) <= sum(truth[recent]), cell
            mine = got.verified.get(cell, [0] * scan.WEEKS)
            assert sum(mine[base]) >= sum(checked[base]), cell
            assert sum(mine[recent]) <= sum(checked[recent]), cell


def test_counts_nested_past_pythons_limit_are_refused_and_the_scan_runs_on(store):
    keep(store, "[" * 200_000)
    with store.session() as s:
        counts, why = scope_counts.read(s)
    assert counts is None and why is not None and why.startswith("scope_counts:")
    assert scan.scan(store, TO, watch=False)["source"] == "device"
