"""`upfront export`: incidents as CSV, Excel, JSON or HXL, cleared for an audience."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import Subcommands, open_store
from app.cli.progress import terminal_progress
from app.exchange import FORMATS, ROWS, Exporter, ExportRequest
from app.files import check_out
from app.redaction import AUDIENCES


def cmd_export(args: argparse.Namespace) -> int:
    request = ExportRequest.parse(
        format=args.format,
        audience=args.audience,
        rows=args.rows,
        date_from=args.date_from,
        date_to=args.date_to,
        country=args.country,
        separator=args.separator,
    )
    check_out(args.out, replace=args.replace)  # before the passphrase and the work
    with open_store(args) as store, terminal_progress() as progress:
        done = Exporter(store).write(request, args.out, replace=args.replace, progress=progress)
    unit = {"incident": "incident(s)", "act": "act(s)", "aggregate": "count(s)"}[request.rows]
    print(
        f"{done.path}: {done.rows} {unit} from {done.incidents} incident(s), "
        f"{request.audience}, SHA-256 {done.sha256}",
        file=sys.stderr,
    )
    print(done.left_out.line(request.audience), file=sys.stderr)
    return 0


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "export", help="incidents as CSV, Excel, JSON or HXL, cleared for an audience"
    )
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument(
        "--audience",
        required=True,
        choices=AUDIENCES,
        help="who may read it: what is left out follows from this",
    )
    p.add_argument(
        "--rows",
        choices=ROWS,
        help="one row per incident (the default for internal and un), per act "
        "of violation, or aggregate: acts per week, admin-1 region and violation "
        "type with small counts suppressed (partners and public get only this)",
    )
    p.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD")
    p.add_argument("--country", help="ISO 3166-1 code or name (SYR, SY, Syria, Syrie...)")
    p.add_argument(
        "--separator",
        default=",",
        help="csv only: , (the default) or ; for Excel or LibreOffice set to a language that "
        "writes decimals with a comma (French, Spanish, Russian...)",
    )
    p.add_argument(
        "--out",
        required=True,
        help="the file to write (not replaced if it exists, unless --replace)",
    )
    p.add_argument("--replace", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_export)
