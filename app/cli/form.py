"""`upfront form xlsform`: the incident record as an XLSForm for KoboToolbox or ODK Central,
with the mapping that imports Kobo's XLSX export of its submissions (app.exchange.xlsform)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import places
from app.cli.common import Parser, Subcommands
from app.errors import BadInput
from app.exchange import xlsform
from app.files import check_out, publish


def cmd_xlsform(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise BadInput("--out", "must name an .xlsx file (an XLSForm is an Excel workbook)")
    codes = list(dict.fromkeys(places.country(c, "--country") for c in args.country or ()))
    every = not codes
    for path in xlsform.outputs(out, every=every):  # before the work
        check_out(path, replace=args.replace, field="--out")
    form = xlsform.build(codes)
    written = xlsform.outputs(out, form, every=every)
    for path, data in written.items():
        partial = path.with_name(f".{path.name}.part")
        try:
            with partial.open("wb") as f:
                f.write(data or b"")
                f.flush()
                os.fsync(f.fileno())
            publish(partial, path, replace=args.replace, field="--out")
        finally:
            partial.unlink(missing_ok=True)
    for path in written:
        print(path, file=sys.stderr)
    settings = form.settings
    print(
        f"form {settings['form_id']}, version {settings['version']}: deploy {out.name}"
        + (" with admin1.csv and admin2.csv as its media files" if every else "")
        + f"; import the XLSX export with --mapping {xlsform.mapping_path(out).name}",
        file=sys.stderr,
    )
    return 0


def register(sub: Subcommands) -> None:
    p = sub.add_parser("form", help="forms to collect incidents on phones")
    forms = p.add_subparsers(dest="form_command", required=True, parser_class=Parser)
    q = forms.add_parser(
        "xlsform",
        help="an XLSForm of the incident record (KoboToolbox, ODK Central) and its import mapping",
        description="Writes an XLSForm of the incident record, in the six UN languages, and "
        "F.mapping.json beside F.xlsx: `upfront import export.xlsx --mapping F.mapping.json` "
        "reads Kobo's XLSX export of its submissions. With --country, the admin 1 and admin 2 "
        "units of those countries are choices in the form (their P-codes, or ISO 3166-2 codes "
        "where a country has no P-codes). Without, every country's units (about 33,000) are "
        "too many choices for a phone: they go to admin1.csv and admin2.csv beside the form, "
        "to upload with it as its media files (select_one_from_file).",
    )
    q.add_argument(
        "--country",
        nargs="+",
        metavar="COUNTRY",
        help="ISO 3166-1 code or name of a country whose units the form lists (one or more)",
    )
    q.add_argument(
        "--out",
        required=True,
        help="the form to write, F.xlsx (not replaced if it exists, nor are the files "
        "beside it, unless --replace)",
    )
    q.add_argument(
        "--replace",
        "--force",
        dest="replace",
        action="store_true",
        help="replace the form and the files beside it if they exist",
    )
    q.set_defaults(func=cmd_xlsform)
