"""`upfront report`: a situation report as a PDF, headless, from the same renderer the desktop
previews and prints with; and the PDF of `upfront review --out F.pdf` (the quarterly review
pack, ui.report.review_pack), given to the review command app/cli defines. Added to `upfront` by
the composition root (ui/main.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli import common as app_cli
from app.cli.progress import terminal_progress
from app.errors import BadInput
from app.files import check_out, write_published
from app.progress import Progress
from app.report_model import AUDIENCES, Report


def cmd_report(args) -> int:
    from app.reports import Reports, Request, load_template

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise BadInput("out", "names a .pdf file")
    if args.reprint:
        asked = [f"--{k.replace('_', '-')}" for k in REQUEST_ARGS if getattr(args, k)]
        if asked:
            raise BadInput("reprint", f"takes what was kept with the report, not {asked[0]}")
        check_out(out, replace=args.replace)
        with app_cli.open_store(args) as store:
            reports = Reports(store)
            report, request, template = reports.reprint(args.reprint)
            with terminal_progress() as progress:
                pages = _write(report, out, replace=args.replace, progress=progress)
            reports.record_export(report, "pdf-reprint", request, template)
        _say(out, pages, report)
        return 0
    request = Request.parse(
        date_from=args.date_from,
        date_to=args.date_to,
        audience=args.audience,
        lang=args.lang,
        # no --country and no --situation: every country the store holds (HQ's own reports)
        country=args.country if args.country or args.situation else [],
        situation=args.situation,
        texts=_texts(args.texts),
    )
    template = load_template(args.template)
    check_out(out, replace=args.replace)  # before the passphrase and the work
    store = app_cli.open_store(args)
    with store:
        reports = Reports(store)
        with terminal_progress() as progress:
            report = reports.build(request, template, progress=progress)
            pages = _write(report, out, replace=args.replace, progress=progress)
        reports.record_export(report, "pdf", request, template)
    _say(out, pages, report)
    return 0


REQUEST_ARGS = ("date_from", "date_to", "audience", "country", "situation", "texts", "template")


def _say(out: Path, pages: int, report: Report) -> None:
    """What was written, and what the report leaves out of its period and scope, and why."""
    print(
        f"{out}: {pages} page(s), {report.meta.audience}, SHA-256 {report.sha256()}",
        file=sys.stderr,
    )
    print(report.left_out.line(report.meta.audience), file=sys.stderr)


def _texts(path: str | None) -> Any:
    """The officer's texts for this report (`--texts FILE`): a JSON object, see
    `app.reports.parse_texts`. Never quoted back in a message."""
    if not path:
        return None
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise BadInput("texts", f"cannot be read ({err.strerror})") from None
    try:
        return json.loads(raw)
    except ValueError:
        raise BadInput("texts", "is not valid JSON") from None


def _write(report, out: Path, *, replace: bool, progress: Progress | None = None) -> int:
    """Render into a file beside the destination, then move it into place: a report cut
    short (a full disk, Ctrl+C) never stands where the finished one should, and without
    `replace` a file that appeared at `out` meanwhile is not overwritten."""
    from ui.report import write_pdf
    from ui.selftest import ensure_gui_app

    ensure_gui_app()  # no screen needed to print
    return write_published(
        out, lambda partial: write_pdf(report, partial, progress=progress), replace=replace
    )


def write_review(pack: dict[str, Any], out: Path, lang: str, replace: bool) -> int:
    """The review pack as a PDF at `out`, written beside it and moved into place (as `_write`)."""
    from ui.report.review_pack import review_report, write_review_pdf
    from ui.selftest import ensure_gui_app

    ensure_gui_app()
    return write_published(
        out, lambda partial: write_review_pdf(review_report(pack, lang), partial), replace=replace
    )


def register(sub: argparse._SubParsersAction) -> None:
    review = sub.choices.get("review")  # app/cli's command: its PDF is drawn here
    if review is not None:
        review.set_defaults(review_pdf=write_review)
    p = sub.add_parser(
        "report", help="a situation report (PDF) for a period, redacted for its audience"
    )
    p.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (required)")
    p.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD (required)")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument(
        "--country",
        action="append",
        help="ISO 3166-1 code or name, e.g. SYR, SY or Syria; repeat it for a report over "
        "several countries (--country SYR --country COD); with neither --country nor "
        "--situation, a report over every country the store holds",
    )
    scope.add_argument("--situation", help="a situation's id")
    p.add_argument(
        "--audience",
        choices=AUDIENCES,
        help="who may read it (required): what is left out follows from this",
    )
    p.add_argument("--lang", default="en", help="en, fr, es, ru, ar or zh")
    p.add_argument("--template", help="a copy of resources/reports/sitrep.json")
    p.add_argument(
        "--texts",
        help="a JSON file of the officer's texts for this report: number, as_of and "
        "next_report (YYYY-MM-DD), highlights (a list), overview, contacts",
    )
    p.add_argument(
        "--reprint",
        metavar="SHA256",
        help="print again a report that left this store (its SHA-256, or its first 8 digits "
        "or more), from what was kept with it; refused if the store changed since",
    )
    p.add_argument(
        "--out",
        required=True,
        help="the PDF to write (not replaced if it exists, unless --replace)",
    )
    p.add_argument("--replace", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_report)
