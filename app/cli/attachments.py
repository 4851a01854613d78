"""`upfront attachment add|list|export|custody`: encrypted attachments, their clean copies and
their chain of custody."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.attachments import Attachments
from app.cli.common import Parser, Subcommands, emit, open_store
from app.errors import BadInput


def cmd_attachment(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        attachments = Attachments(store)
        command = args.attachment_command
        if command == "add":
            emit(attachments.add_file(args.incident, Path(args.file), captured_by=args.captured_by))
        elif command == "list":
            emit(attachments.list(args.incident))
        elif command == "export":
            try:
                exported = attachments.export(args.id, Path(args.out), original=args.original)
            except BadInput as err:
                if err.field != f"attachment {args.id}":
                    raise
                # It could not be cleaned (its kind, damage, a media type that lies).
                raise BadInput(
                    err.field,
                    f"{err.reason} (add --original to write the original with its metadata)",
                ) from None
            if args.original:
                print(
                    "upfront: warning: the original was written with its metadata (it may "
                    "hold the GPS position, the time and the device); the chain of custody "
                    "records it as such",
                    file=sys.stderr,
                )
            emit(exported)
        elif command == "custody":
            emit(attachments.custody(args.id))
    return 0


def register(sub: Subcommands) -> None:
    p = sub.add_parser("attachment", help="encrypted attachments and their chain of custody")
    at = p.add_subparsers(dest="attachment_command", required=True, parser_class=Parser)
    q = at.add_parser("add")
    q.add_argument("incident")
    q.add_argument("file")
    q.add_argument("--captured-by")
    at.add_parser("list").add_argument("incident")
    q = at.add_parser(
        "export",
        help="write a copy without metadata (EXIF, GPS, XMP, PDF "
        "document information) to a new file",
    )
    q.add_argument("id")
    q.add_argument("--out", required=True)
    q.add_argument(
        "--original",
        action="store_true",
        help="write the original as taken in, with its metadata (an evidence "
        "handover, or a kind of file that cannot be cleaned)",
    )
    at.add_parser("custody").add_argument("id")
    p.set_defaults(func=cmd_attachment)
