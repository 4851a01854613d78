"""`upfront import FILE`: incidents from a CSV, Excel (.xlsx) or JSON file, checked row by row
and imported only when a person accepts the valid rows (or a script says --yes)."""

from __future__ import annotations

import argparse
import sys

from app import exchange
from app.cli.common import Subcommands, emit, open_store
from app.cli.progress import terminal_progress
from app.errors import BadInput


def _report(checked: exchange.Checked) -> None:
    for err in checked.errors:
        print(err)
    for warning in checked.warnings:
        print(f"warning: {warning}")
    for dup in checked.duplicates:
        print(f"row {dup.row}: likely duplicate of {dup.other} (title similarity {dup.score})")
    print(checked.summary())


def _confirm(count: int, left_out: int) -> bool:
    note = (
        f" ({left_out} likely duplicate{'s' if left_out != 1 else ''} left out)" if left_out else ""
    )
    print(
        f"Import the {count} valid row{'s' if count != 1 else ''}{note}? [y/N] ",
        end="",
        file=sys.stderr,
        flush=True,
    )
    try:
        answer = input()
    except EOFError:
        return False
    return answer.strip().casefold() in ("y", "yes")


def cmd_import(args: argparse.Namespace) -> int:
    mapping = exchange.load_mapping(args.mapping) if args.mapping else None
    limits = exchange.Limits(
        file_mb=args.max_file_mb, rows=args.max_rows, unpacked_mb=args.max_unpacked_mb
    )
    if args.form:
        from app.exchange.mapping import field_names_mapping
        from app.exchange.xlsform_labels import apply_form

        mapping = apply_form(mapping or field_names_mapping(), args.form, limits)
    table = exchange.read_table(
        args.file,
        sheet=mapping.sheet if mapping else None,
        encoding=args.encoding,
        limits=limits,
        delimiter=args.delimiter,
    )
    with open_store(args) as store:
        with terminal_progress() as progress:
            checked = exchange.check(
                store, table, mapping, keep_rows=not args.dry_run, progress=progress
            )
        chosen = checked.to_import(args.keep_duplicates)
        result = checked.as_json()
        result.update(
            file=table.filename, sha256=table.source_sha256, dry_run=args.dry_run, imported=0
        )
        if not args.json:
            _report(checked)
        if args.dry_run:
            if args.json:
                emit(result)
            return 0 if not checked.errors else 2
        if not chosen:
            if args.json:
                emit(result)
            if checked.valid:
                raise BadInput(
                    "--keep-duplicates",
                    "every valid row is a likely duplicate, "
                    "so nothing was imported; add --keep-duplicates to import them",
                )
            raise BadInput("file", "no row can be imported; nothing was imported")
        if not args.yes:
            if not sys.stdin.isatty():
                if args.json:
                    emit(result)
                raise BadInput(
                    "--yes",
                    "nobody can confirm the import here (standard input is "
                    "not a terminal); add --yes to import the valid rows, or use "
                    "--dry-run to check only",
                )
            if not _confirm(len(chosen), len(checked.valid) - len(chosen)):
                if args.json:
                    emit(result)
                else:
                    print("Nothing imported.")
                return 0
        with terminal_progress() as progress:
            ids = exchange.commit(
                store, checked, table, keep_duplicates=args.keep_duplicates, progress=progress
            )
        result["imported"] = len(ids)
        if args.json:
            emit(result)
        else:
            print(f"Imported {len(ids)} incident{'s' if len(ids) != 1 else ''}.")
    return 0


def register(sub: Subcommands) -> None:
    p = sub.add_parser("import", help="import incidents from a CSV, Excel or JSON file")
    p.add_argument("file", help=".csv (UTF-8), .xlsx, or .json (a list of incidents or an export)")
    p.add_argument(
        "--mapping",
        help="mapping JSON file, or a starter mapping's name (kobo); "
        "see resources/mappings/README.md. Default: columns named like the fields",
    )
    p.add_argument(
        "--encoding",
        help="the CSV's text encoding when it is not UTF-8 or UTF-16 "
        "(Excel's plain CSV: cp1252, cp1256 for Arabic, cp1251 for Russian)",
    )
    p.add_argument(
        "--delimiter",
        choices=(",", ";", "tab", "|"),
        help="the CSV's separator (default: the most frequent of , ; tab on the header line)",
    )
    p.add_argument(
        "--form",
        metavar="FORM.xlsx",
        help="the XLSForm behind a KoboToolbox export: its questions' and choices' labels "
        "(every language) let an export with labels as headers and values import",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="check and report only; never import (exit 2 if any row is wrong)",
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="import the valid rows without asking (needed without a terminal)",
    )
    p.add_argument(
        "--keep-duplicates",
        action="store_true",
        help="import likely duplicates too (they are left out by default)",
    )
    p.add_argument("--json", action="store_true", help="the report as JSON (no cell values)")
    limits = p.add_argument_group(
        "limits",
        "a file past one is refused (exit 2) before it is read whole; raise the "
        "limit to import it anyway",
    )
    default = exchange.DEFAULT_LIMITS
    limits.add_argument(
        "--max-file-mb",
        type=_positive,
        default=default.file_mb,
        metavar="MB",
        help=f"the file's size on disk (default {default.file_mb})",
    )
    limits.add_argument(
        "--max-rows",
        type=_positive,
        default=default.rows,
        metavar="N",
        help=f"data rows, or records of a JSON file (default {default.rows})",
    )
    limits.add_argument(
        "--max-unpacked-mb",
        type=_positive,
        default=default.unpacked_mb,
        metavar="MB",
        help=f"an .xlsx workbook's parts unpacked, all together (default {default.unpacked_mb})",
    )
    p.set_defaults(func=cmd_import)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
