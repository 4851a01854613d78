"""`upfront engagement add|edit|list`: a situation's engagement log (démarches, meetings,
briefings, statements, letters), for scripts; the desktop has a panel."""

from __future__ import annotations

import argparse

from app.cli.common import Subcommands, emit, open_store, read_json
from app.situations import Situations


def cmd_engagement(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        situations = Situations(store)
        command = args.engagement_command
        if command == "add":
            doc = situations.add_engagement(args.situation, read_json(args.file))
            print(doc["id"])
        elif command == "edit":
            doc = situations.edit_engagement(args.id, read_json(args.file))
            print(f"{doc['id']} revision {doc['revision']}")
        else:
            rows = situations.engagements(args.situation)
            if args.json:
                emit(rows)
            else:
                # codes and dates only: what was asked and answered stays in the store
                for r in rows:
                    print(f"{r['id']}  {r['date']}  {r['type']:<9}  {r['channel']}")
    return 0


def register(sub: Subcommands) -> None:
    parser_class = sub._parser_class
    p = sub.add_parser("engagement", help="a situation's engagement log")
    s = p.add_subparsers(dest="engagement_command", required=True, parser_class=parser_class)
    q = s.add_parser("add", help="log an engagement (date, type, channel, un_by, with_whom...)")
    q.add_argument("--situation", required=True)
    q.add_argument("--file", required=True, help="engagement JSON, - stdin")
    q = s.add_parser("edit", help="change an engagement (give revision to guard a race)")
    q.add_argument("id")
    q.add_argument("--file", required=True, help="the changes as JSON, - stdin")
    q = s.add_parser("list", help="the log, by date")
    q.add_argument("--situation", required=True)
    q.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_engagement)
