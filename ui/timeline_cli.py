"""`upfront timeline`: a situation's warning-to-action timeline as JSON (with the after-action
review draft) or as a PDF, headless, drawn by the report's renderer (ui/report/timeline.py).
Added to `upfront` by the composition root (ui/main.py)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app import validation as v
from app.cli import common as app_cli
from app.cli.common import Subcommands
from app.errors import BadInput
from app.files import check_out, write_published
from app.situations import Situations

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


def cmd_timeline(args: argparse.Namespace) -> int:
    if args.lang not in LANGUAGES:
        raise BadInput("lang", f"is one of {', '.join(LANGUAGES)}")
    as_of: date | None = v.full_date(args.as_of, "as_of") if args.as_of else None
    out = Path(args.out) if args.out else None
    if out is not None:
        if out.suffix.lower() != ".pdf":
            raise BadInput("out", "names a .pdf file")
        check_out(out, replace=args.replace)  # before the passphrase and the work
    with app_cli.open_store(args) as store:
        tl = Situations(store).timeline(args.situation, as_of)
    if out is None or args.json:
        app_cli.emit(tl)
    if out is not None:
        pages = _write(tl, out, args.lang, replace=args.replace)
        print(f"{out}: {pages} page(s)", file=sys.stderr)
    return 0


def _write(tl: dict[str, Any], out: Path, lang: str, *, replace: bool) -> int:
    """Into a file beside the destination, then moved into place (as `upfront report`)."""
    from ui.report.timeline import write_timeline_pdf
    from ui.selftest import ensure_gui_app

    ensure_gui_app()  # no screen needed to print
    return write_published(
        out, lambda partial: write_timeline_pdf(tl, partial, lang), replace=replace
    )


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "timeline",
        help="a situation's warning-to-action timeline: JSON (default) or a PDF (--out)",
    )
    p.add_argument("--situation", required=True, help="a situation's id")
    p.add_argument("--as-of", dest="as_of", help="the day to see it as of, YYYY-MM-DD (today)")
    p.add_argument("--json", action="store_true", help="print the JSON (also with --out)")
    p.add_argument("--out", help="the PDF to write (not replaced if it exists, unless --replace)")
    p.add_argument("--replace", action="store_true", help="replace --out if it exists")
    p.add_argument("--lang", default="en", help="the PDF's language: en, fr, es, ru, ar or zh")
    p.set_defaults(func=cmd_timeline)
