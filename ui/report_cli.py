"""`upfront report`: a situation report as a PDF, headless, from the same renderer the desktop
previews and prints with. Added to `upfront` by the composition root (ui/main.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import common as app_cli
from app.errors import BadInput
from app.files import check_out, publish
from app.report_model import AUDIENCES


def cmd_report(args) -> int:
    from app.reports import Reports, Request, load_template

    request = Request.parse(
        date_from=args.date_from,
        date_to=args.date_to,
        audience=args.audience,
        lang=args.lang,
        country=args.country,
        situation=args.situation,
    )
    template = load_template(args.template)
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise BadInput("out", "names a .pdf file")
    check_out(out, replace=args.replace)  # before the passphrase and the work
    store = app_cli.open_store(args)
    with store:
        reports = Reports(store)
        report = reports.build(request, template)
        pages = _write(report, out, replace=args.replace)
        reports.record_export(report, "pdf")
    print(
        f"{out}: {pages} page(s), {report.meta.audience}, SHA-256 {report.sha256()}",
        file=sys.stderr,
    )
    return 0


def _write(report, out: Path, *, replace: bool) -> int:
    """Render into a file beside the destination, then move it into place: a report cut
    short (a full disk, Ctrl+C) never stands where the finished one should, and without
    `replace` a file that appeared at `out` meanwhile is not overwritten."""
    from ui.report import write_pdf
    from ui.selftest import ensure_gui_app

    ensure_gui_app()  # no screen needed to print
    partial = out.with_name(f".{out.name}.part")
    try:
        pages = write_pdf(report, partial)
        publish(partial, out, replace=replace)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="a situation report (PDF) for a period, redacted for its audience"
    )
    p.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD")
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--country", help="ISO 3166-1 code or name, e.g. SYR, SY or Syria")
    scope.add_argument("--situation", help="a situation's id")
    p.add_argument(
        "--audience",
        required=True,
        choices=AUDIENCES,
        help="who may read it: what is left out follows from this",
    )
    p.add_argument("--lang", default="en", help="en, fr, es, ru, ar or zh")
    p.add_argument("--template", help="a copy of resources/reports/sitrep.json")
    p.add_argument(
        "--out",
        required=True,
        help="the PDF to write (not replaced if it exists, unless --replace)",
    )
    p.add_argument("--replace", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_report)
