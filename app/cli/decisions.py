"""`upfront decision add|edit|list`: the quarterly review meeting's decisions, for scripts (the
desktop records them in the review window). A decision whose file holds an "action" object
becomes a strategy action of its situation in the same transaction (app.situations.coordination).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import Subcommands, emit, open_store, read_json
from app.errors import BadInput
from app.situations import Situations
from app.situations.review import parse_quarter


def _object(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadInput(field, "holds a JSON object")
    return value


def cmd_decision(args: argparse.Namespace) -> int:
    command = args.decision_command
    if command == "list" and args.quarter:
        parse_quarter(args.quarter)  # refused before the passphrase
    with open_store(args) as store:
        situations = Situations(store)
        if command == "add":
            doc = dict(_object(read_json(args.file), "--file"))
            action = doc.pop("action", None)
            if action is not None:
                action = _object(action, "action")
            added = situations.add_decision(args.situation, doc, action=action)
            linked = f" action {added['action_id']}" if added.get("action_id") else ""
            print(f"{added['id']}{linked}")
        elif command == "edit":
            changes = _object(read_json(args.file), "--file")
            edited = situations.edit_decision(args.id, changes)
            print(f"{edited['id']} revision {edited['revision']} {edited['state']}")
        else:
            quarter = args.quarter.upper().replace("-", "") if args.quarter else None
            rows = situations.decisions(quarter=quarter, situation_id=args.situation)
            if args.json:
                emit(rows)
            else:
                for d in rows:
                    due = d.get("due") or "-"
                    print(
                        f"{d['id']}  {d['quarter']}  {d['state']:<8}  due {due:<10}  "
                        f"{d['entity']}  {d['text']}"
                    )
    return 0


def register(sub: Subcommands) -> None:
    parser_class = sub._parser_class
    p = sub.add_parser("decision", help="the quarterly review meeting's decisions")
    s = p.add_subparsers(dest="decision_command", required=True, parser_class=parser_class)
    q = s.add_parser(
        "add",
        help='record a decision; an "action" object in the file also makes it a strategy action',
    )
    q.add_argument("--situation", required=True, help="the situation's id")
    q.add_argument("--file", required=True, help="decision JSON, - stdin")
    q = s.add_parser("edit", help="change a decision (its status: done, blocked, dropped + why)")
    q.add_argument("id")
    q.add_argument("--file", required=True, help="the changes as JSON, - stdin")
    q = s.add_parser("list", help="decisions, with their state today")
    q.add_argument("--quarter", help="e.g. 2026Q4")
    q.add_argument("--situation", help="a situation's id")
    q.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_decision)
