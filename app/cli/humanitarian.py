"""`upfront humanitarian import|list|show|delete`: humanitarian series in HXL (displacement,
access constraints, attacks on aid) beside the violations; see app.humanitarian for the shape
a file must have. A file with a bad row imports nothing: each bad row is printed (row, column,
reason) and the command exits 2."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import Subcommands, emit, open_store
from app.humanitarian import BadRows, Humanitarian


def cmd_humanitarian(args: argparse.Namespace) -> int:
    command = args.humanitarian_command
    with open_store(args) as store:
        data = Humanitarian(store)
        if command == "import":
            try:
                doc = data.import_file(
                    args.file,
                    name=args.name,
                    source=args.source,
                    licence=args.licence,
                    dataset_date=args.date,
                    schema=args.schema,
                )
            except BadRows as err:
                for e in err.errors:
                    print(f"upfront: {e}", file=sys.stderr)
                if err.count > len(err.errors):
                    print(f"upfront: ... {err.count - len(err.errors)} more", file=sys.stderr)
                raise
            print(
                f"{doc['id']} {doc['values']} value(s), {doc['period']}s {doc['from']} to "
                f"{doc['to']}, {len(doc['places'])} place(s)"
            )
        elif command == "list":
            rows = data.list()
            if args.json:
                emit(rows)
            else:
                for r in rows:
                    print(
                        f"{r['id']}  {r['date'] or '-':<10}  {r['period']:<4}  "
                        f"{r['values']:>7}  {r['name']}"
                    )
        elif command == "show":
            doc = data.get(args.id)
            doc["figures"] = data.values(args.id, args.place)
            if args.json:
                emit(doc)
            else:
                print(f"{doc['name']} ({doc['source']}; {doc['licence']}; {doc['date']})")
                print(f"SHA-256 {doc['sha256']}, imported {doc['imported_at']}")
                for f in doc["figures"]:
                    print(f"{f['date']}  {f['place']:<10}  {f['measure']:<30}  {f['value']:g}")
        else:
            data.delete(args.id)
    return 0


def register(sub: Subcommands) -> None:
    parser_class = sub._parser_class
    p = sub.add_parser("humanitarian", help="humanitarian series (HXL) beside the violations")
    s = p.add_subparsers(dest="humanitarian_command", required=True, parser_class=parser_class)
    q = s.add_parser(
        "import",
        help="import an HXL file (.csv or .xlsx: #date, #adm1+code or #country+code, "
        "numeric measures); a file with a bad row imports nothing",
    )
    q.add_argument("file")
    q.add_argument("--name", required=True)
    q.add_argument("--source", required=True, help="who published it")
    q.add_argument("--licence", required=True, help="e.g. CC BY 4.0")
    q.add_argument("--date", help="the dataset's date (default: its latest figure's)")
    q.add_argument("--schema", help="an HXL schema file (#valid_* rules) it must also pass")
    s.add_parser("list").add_argument("--json", action="store_true")
    q = s.add_parser("show")
    q.add_argument("id")
    q.add_argument("--place", help="an admin 1 P-code or a country's ISO3")
    q.add_argument("--json", action="store_true")
    s.add_parser("delete").add_argument("id")
    p.set_defaults(func=cmd_humanitarian)
