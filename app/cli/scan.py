"""`upfront scan`: the horizon scan (app.scan) over every admin 1 region and country the device
holds records of (or HQ's weekly counts of, on a device that holds only views: the first line
says which), ranked, with the situations that cover each place and a proposal for those none
covers; a table by default, JSON with --json."""

from __future__ import annotations

import argparse
import math
from datetime import UTC, datetime, timedelta
from typing import Any

from app import scan
from app.cli.common import Subcommands, date_arg, emit, open_store
from app.errors import BadInput
from app.vocab import vocabularies


def _ratio(value: float | None, estimated: bool = False) -> str:
    return "new" if value is None else f"{'>=' if estimated else ''}{value:.1f}x"


def _p(value: float) -> str:
    return "<0.0001" if value < 0.0001 else f"{value:.4f}"


def print_table(result: dict[str, Any]) -> None:
    vocab = vocabularies()

    def label(kind: str, code: str | None) -> str:
        if code is None:
            return "all types"
        term = vocab.term(kind, code)
        return term.label("en") if term else code

    standard = label("verification", result["standard"])
    print(f"Horizon scan as of {result['as_of']}, on {result['data']}")
    print(
        f"Recent {result['recent']['from']} to {result['recent']['to']} against "
        f"{result['baseline']['from']} to {result['baseline']['to']}; "
        f"{result['places']['regions']} regions and {result['places']['countries']} countries, "
        f"{result['series_tested']} series tested"
    )
    counts = result.get("hq_counts")
    if counts:
        print(
            f"HQ's counts as of {counts['as_of']}: {counts['note']}; "
            f"{counts['suppressed_series']} series had suppressed weeks"
        )
    print(f"Rule: {result['rule']}")
    print(f"Rank: {result['rank_rule']}")
    print(f"Standard of proof counted apart: {standard} or above")
    if result["previous_scan"]:
        print(f"New: not flagged by the previous scan (as of {result['previous_scan']})")
    if not result["entries"]:
        print("\nNothing flagged.")
        return
    print()
    if any(s.get("estimated") for e in result["entries"] for s in e["signals"]):
        print(
            ">= and <=: the series sums a week HQ suppressed (1 to "
            f"{(counts or {}).get('threshold', 5) - 1}), counted as the least it can be in "
            "the recent weeks and the most in the baseline: the rise is at least as shown"
        )
    header = (
        f"{'#':>3}  {'place':<30} {'violation':<28} {'recent':>8} {'base/wk':>9} {'ratio':>7} "
        f"{'p adj':>8} {'at std':>6}  {'new':<3}  covered by"
    )
    print(header)
    for entry in result["entries"]:
        place = entry["place"]
        where = (
            place["name"] if place["level"] == "country" else f"{place['name']} ({place['pcode']})"
        )
        for i, s in enumerate(entry["signals"]):
            least, most = (">=", "<=") if s.get("estimated") else ("", "")
            covered = ", ".join(x["name"] for x in s["covered_by"]) or (
                "partly: " + ", ".join(x["name"] for x in s["partly_covered_by"])
                if s["partly_covered_by"]
                else "no situation"
            )
            print(
                f"{entry['rank'] if i == 0 else '':>3}  {where if i == 0 else '':<30.30} "
                f"{label('violation', s['violation']):<28.28} "
                f"{least + str(s['recent_count']):>8} "
                f"{most + format(s['baseline_rate_per_week'], '.1f'):>9} "
                f"{_ratio(s['rate_ratio'], bool(s.get('estimated'))):>7} "
                f"{_p(s['p_adjusted']):>8} {s['at_standard']['recent_count']:>6}  "
                f"{'yes' if s['new'] else 'no':<3}  {covered}"
            )
        for risk in entry["risk_changes"]:
            changes = ", ".join(
                f"{label('risk-factor', c['factor'])} {c['trend']}" for c in risk["changes"]
            )
            print(f"{'':>5}risk ({risk['situation_name']}, {risk['assessed_on']}): {changes}")
        for h in entry.get("humanitarian", []):
            if h["text"]:
                print(f"{'':>5}humanitarian ({h['dataset_name']}): {h['text']}")
        if entry.get("source", result["source"]) != result["source"]:
            print(f"{'':>5}source: {entry['source']}")
        if not entry["covered"]:
            p = entry["proposal"]
            types = ", ".join(p["violations"]) or "any"
            where = " ".join([p["country"], *p["regions"]])
            print(f"{'':>5}propose: {where} from {p['date_from']}, violations {types}")


def cmd_scan(args: argparse.Namespace) -> int:
    scan.standard_codes(vocabularies(), args.standard)  # bad input before the passphrase
    # a day ahead of UTC is a person's today east of Greenwich; a later one (a typo, 2062
    # for 2026) reads the weeks to come as weeks without acts, and the watch list would keep
    # it as the last scan: every place of the next real scan would be marked new
    today = datetime.now(UTC).date()
    if args.to is not None and args.to > today + timedelta(days=1):
        raise BadInput("to", f"is in the future (today is {today.isoformat()}, UTC)")
    with open_store(args) as store:
        result = scan.scan(store, args.to, standard=args.standard, watch=not args.no_watch)
    if args.json:
        emit(_finite(result))
    else:
        print_table(result)
    return 0


def _finite(value: Any) -> Any:
    """JSON has no infinity."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(x) for k, x in value.items()}
    if isinstance(value, list):
        return [_finite(x) for x in value]
    return value


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "scan", help="horizon scan: deterioration over every region and country, ranked"
    )
    p.add_argument("--to", type=date_arg, help="as of this day (default: today, UTC)")
    p.add_argument(
        "--standard",
        default=scan.DEFAULT_STANDARD,
        help="verification standard whose acts are counted apart "
        f"(default {scan.DEFAULT_STANDARD})",
    )
    p.add_argument("--json", action="store_true", help="print the scan as JSON")
    p.add_argument(
        "--no-watch", action="store_true", help="do not record this scan in the watch list"
    )
    p.set_defaults(func=cmd_scan)
