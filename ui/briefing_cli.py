"""`upfront briefing`: a briefing pack over several situations and countries as a PDF, headless
(app.briefing builds it, ui.report.briefing draws it). Added to `upfront` by the composition
root (ui/main.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.briefing import TEMPLATES, Briefing, BriefingRequest, Briefings, load_template, read_asks
from app.cli import common as app_cli
from app.cli.common import Subcommands
from app.cli.progress import terminal_progress
from app.errors import BadInput
from app.files import check_out, write_published
from app.progress import Progress
from app.report_model import AUDIENCES


def cmd_briefing(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise BadInput("out", "names a .pdf file")
    request = BriefingRequest.parse(
        date_from=args.date_from,
        date_to=args.date_to,
        audience=args.audience,
        lang=args.lang,
        situations=args.situation,
        countries=args.country,
        standard=args.standard,
        asks=read_asks(args.asks) if args.asks else None,
    )
    template = load_template(args.template)
    check_out(out, replace=args.replace)  # before the passphrase and the work
    with app_cli.open_store(args) as store:
        with terminal_progress() as progress:
            briefing = Briefings(store).build(request, template, progress=progress)
            pages = write(briefing, out, replace=args.replace, progress=progress)
        Briefings(store).record_export(briefing, "pdf", request)
    print(
        f"{out}: {pages} page(s), {len(briefing.pack['situations'])} situation(s), "
        f"{request.audience}, SHA-256 {briefing.sha256()}",
        file=sys.stderr,
    )
    return 0


def write(briefing: Briefing, out: Path, *, replace: bool, progress: Progress | None = None) -> int:
    """Into a file beside the destination, then moved into place (as `upfront report`)."""
    from ui.report.briefing import write_briefing_pdf
    from ui.selftest import ensure_gui_app

    ensure_gui_app()  # no screen needed to print
    return write_published(
        out,
        lambda partial: write_briefing_pdf(briefing, partial, progress=progress),
        replace=replace,
    )


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "briefing",
        help="a briefing pack (PDF) over several situations and countries, for its audience",
    )
    p.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (required)")
    p.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD (required)")
    p.add_argument(
        "--situation",
        action="append",
        help="a situation's id; repeat it for several (none: every situation of the countries "
        "given, or of every country, in the period)",
    )
    p.add_argument(
        "--country",
        action="append",
        help="ISO 3166-1 code or name; repeat it for several (with --situation, it only limits "
        "the horizon scan's places)",
    )
    p.add_argument(
        "--audience",
        help=f"who may read it (required): {', '.join(AUDIENCES)}; what is left out follows "
        "from this",
    )
    p.add_argument(
        "--template",
        help=f"{', '.join(TEMPLATES)} (default {TEMPLATES[0]}), or a copy of "
        "resources/reports/briefing-horizon.json",
    )
    p.add_argument("--lang", default="en", help="en, fr, es, ru, ar or zh")
    p.add_argument(
        "--standard",
        help="the standard of proof the figures count at or above (default reasonable_grounds)",
    )
    p.add_argument(
        "--asks",
        help="a UTF-8 text file: what the UN asks of Member States, written for this briefing",
    )
    p.add_argument(
        "--out",
        required=True,
        help="the PDF to write (not replaced if it exists, unless --replace)",
    )
    p.add_argument("--replace", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_briefing)
