"""`upfront situation|assessment|strategy|review`: situations of concern, risk assessments,
the country strategy and the quarterly review pack, for scripts (the desktop has screens).

`review --out F.pdf` needs the report renderer, which is Qt's: the composition root (ui/main.py,
through ui/report_cli.py) gives the review parser a `review_pdf` default that writes it; without
it (app alone) a PDF is refused, and `--out F.json` always works."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import Subcommands, emit, open_store, read_json
from app.errors import BadInput
from app.files import check_out, publish
from app.situations import Situations
from app.vocab import LANGS

# (pack, destination, language, replace) -> pages written
ReviewWriter = Callable[[dict[str, Any], Path, str, bool], int]


def cmd_situation(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        situations = Situations(store)
        command = args.situation_command
        if command == "add":
            print(situations.add(read_json(args.file)))
        elif command == "edit":
            doc = situations.edit(args.id, read_json(args.file))
            print(f"{doc['id']} revision {doc['revision']}")
        elif command == "show":
            doc = situations.get(args.id)
            doc["incidents"] = situations.incident_ids(args.id)
            doc["assessments"] = situations.assessments(args.id)
            doc["signals"] = situations.signals(args.id)
            emit(doc)
        elif command == "list":
            rows = situations.list()
            if args.json:
                emit(rows)
            else:
                for r in rows:
                    print(f"{r['id']}  {r['country']}  {r['status']:<10}  {r['name']}")
        elif command in ("include", "exclude"):
            situations.link(args.id, args.incident, command)
        elif command == "unlink":
            situations.unlink(args.id, args.incident)
    return 0


def cmd_assessment(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        situations = Situations(store)
        if args.assessment_command == "add":
            doc = situations.assess(args.situation, read_json(args.file))
            print(f"{doc['id']} {doc['assessed_on']} version {doc['version']}")
        elif args.assessment_command == "list":
            emit(situations.assessments(args.situation, all_versions=args.all))
        else:
            heat = situations.heat_map(args.situation)
            emit(
                {
                    "factors": heat.factors,
                    "dates": heat.dates,
                    "cells": heat.cells,
                    "overall": heat.overall,
                }
            )
    return 0


def cmd_strategy(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        situations = Situations(store)
        if args.strategy_command == "save":
            doc = situations.save_strategy(args.situation, read_json(args.file))
            print(f"version {doc['version']}")
        elif args.strategy_command == "versions":
            emit(situations.strategy_versions(args.situation))
        else:
            strategy = situations.strategy(args.situation, args.version)
            if strategy is None:
                print("upfront: this situation has no strategy yet", file=sys.stderr)
                return 1
            emit(strategy)
    return 0


def _review_out(args: argparse.Namespace) -> Path | None:
    """The file `--out` names, checked before the passphrase and the work."""
    if args.lang not in LANGS:
        raise BadInput("lang", f"is one of {', '.join(LANGS)}")
    if not args.out:
        return None
    if args.json:
        raise BadInput("out", "writes a file; --json prints the pack: give one of them")
    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".json"):
        raise BadInput("out", "names a .pdf or a .json file")
    if out.suffix.lower() == ".pdf" and getattr(args, "review_pdf", None) is None:
        raise BadInput(
            "out", "a PDF needs the desktop's report renderer (run the installed upfront)"
        )
    check_out(out, replace=args.replace)
    return out


def write_review_json(pack: dict[str, Any], out: Path, *, replace: bool) -> None:
    """The pack as JSON (as `--json` prints it), written beside `out` and moved into place."""
    partial = out.with_name(f".{out.name}.part")
    try:
        partial.write_text(
            json.dumps(pack, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        publish(partial, out, replace=replace)
    finally:
        partial.unlink(missing_ok=True)


def cmd_review(args: argparse.Namespace) -> int:
    out = _review_out(args)
    with open_store(args) as store:
        situations = Situations(store)
        pack = situations.review(
            args.quarter, signals=situations.signals_as_of, audience=args.audience
        )
        if out is not None:
            if out.suffix.lower() == ".pdf":
                writer: ReviewWriter = args.review_pdf
                pages = writer(pack, out, args.lang, args.replace)
                print(
                    f"{out}: {pages} page(s), {pack['audience']}, SHA-256 {pack['sha256']}",
                    file=sys.stderr,
                )
            else:
                write_review_json(pack, out, replace=args.replace)
                print(f"{out}: {pack['audience']}, SHA-256 {pack['sha256']}", file=sys.stderr)
            return 0
        if args.json:
            emit(pack)
            return 0
        vocab = situations.vocab

        def label(kind: str, code: str | None) -> str:
            if not code:
                return "-"
            term = vocab.term(kind, code)  # a code no longer in the vocabulary shows as itself
            return term.label("en") if term else code

        print(f"Quarterly review {pack['quarter']} ({pack['from']} to {pack['to']})")
        for item in pack["situations"]:
            s = item["situation"]
            print(f"\n{s['name']} ({s['country']}, {label('situation-status', s['status'])})")
            for change in item["risk_changes"]:
                print(
                    f"  risk: {label('risk-factor', change['factor'])}: "
                    f"{label('risk-level', change['from'])} -> "
                    f"{label('risk-level', change['to'])}"
                )
            for flag in item["deterioration"]:
                print(f"  deterioration: {flag['reason']}")
            for action in item["overdue_actions"]:
                print(f"  overdue: {action['title']} (due {action['due']})")
            for action in item["blocked_actions"]:
                print(f"  blocked: {action['title']}")
            print(f"  incidents added: {len(item['incidents_added'])}")
            if item["rank"]:
                reasons = ", ".join(f"{r['reason']} {r['count']}" for r in item["rank"])
                print(f"  rank: {item['score']} points ({reasons})")
            for decision in item["decisions"]:
                print(f"  decision: {decision['text']} ({decision['state']})")
        if pack["previous_decisions"]:
            print(f"\nDecisions of {pack['previous_quarter']} as of {pack['as_of']}")
            for decision in pack["previous_decisions"]:
                why = f": {decision['status_note']}" if decision.get("status_note") else ""
                print(f"  {decision['state']}: {decision['text']}{why}")
    return 0


def register(sub: Subcommands) -> None:
    parser_class = sub._parser_class
    p = sub.add_parser("situation", help="situations of concern")
    s = p.add_subparsers(dest="situation_command", required=True, parser_class=parser_class)
    s.add_parser("add").add_argument("--file", required=True, help="situation JSON, - stdin")
    q = s.add_parser("edit")
    q.add_argument("id")
    q.add_argument("--file", required=True)
    q = s.add_parser("show")
    q.add_argument("id")
    q.add_argument("--json", action="store_true", help="(JSON is the only format)")
    s.add_parser("list").add_argument("--json", action="store_true")
    for name in ("include", "exclude", "unlink"):
        q = s.add_parser(
            name,
            help={
                "include": "tie an incident to the situation by hand",
                "exclude": "keep an incident out though the rule matches it",
                "unlink": "undo include or exclude",
            }[name],
        )
        q.add_argument("id")
        q.add_argument("incident")
    p.set_defaults(func=cmd_situation)

    p = sub.add_parser("assessment", help="risk assessments (14 atrocity risk factors)")
    s = p.add_subparsers(dest="assessment_command", required=True, parser_class=parser_class)
    q = s.add_parser("add")
    q.add_argument("--situation", required=True)
    q.add_argument("--file", required=True)
    q = s.add_parser("list")
    q.add_argument("--situation", required=True)
    q.add_argument("--all", action="store_true", help="every version, not only the latest")
    s.add_parser("heatmap").add_argument("--situation", required=True)
    p.set_defaults(func=cmd_assessment)

    p = sub.add_parser("strategy", help="the country strategy of a situation")
    s = p.add_subparsers(dest="strategy_command", required=True, parser_class=parser_class)
    q = s.add_parser("show")
    q.add_argument("--situation", required=True)
    q.add_argument("--version", type=int)
    q.add_argument("--json", action="store_true", help="(JSON is the only format)")
    q = s.add_parser("save")
    q.add_argument("--situation", required=True)
    q.add_argument("--file", required=True)
    s.add_parser("versions").add_argument("--situation", required=True)
    p.set_defaults(func=cmd_strategy)

    p = sub.add_parser("review", help="the quarterly review pack")
    p.add_argument("--quarter", required=True, help="e.g. 2026Q4")
    p.add_argument(
        "--audience",
        default="internal",
        help="internal (default) or un: the texts scrubbed of names the UN may not read",
    )
    p.add_argument("--json", action="store_true", help="print the pack as JSON")
    p.add_argument(
        "--out",
        help="write the pack to a file: .pdf (the printed review, marked for its audience, "
        "with its SHA-256) or .json; not replaced if it exists, unless --replace",
    )
    p.add_argument("--lang", default="en", help="the PDF's language: en, fr, es, ru, ar or zh")
    p.add_argument("--replace", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_review, review_pdf=None)
