"""The scriptable command line: `upfront SUBCOMMAND`. Later issues and users' scripts rely on it.

Exit codes: 0 ok, 2 bad input (the message names the field and the reason), 3 locked or wrong
passphrase, 1 anything else. One transaction per command. Messages never carry record content,
and unexpected errors print only their type, never a traceback with values in it.

This module assembles the parser from the command modules beside it and runs `main()`;
what they share is in `app.cli.common`.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import paths
from app import selftest as checking
from app.cli import admin, attachments, export, imports, incidents, selftest, situations, store
from app.cli.common import (
    ENV_DEBUG,
    Parser,
    Register,
    data_dir,
    reader_went_away,
    versions,
)
from app.errors import UpfrontError


def build_parser(extensions: Sequence[Register] = ()) -> argparse.ArgumentParser:
    parser = Parser(prog="upfront", description="Upfront: document violations, offline first. "
                    "With no command, opens the desktop window.")
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for register in (store.register, admin.register, incidents.register, attachments.register,
                     situations.register, export.register, imports.register, *extensions):
        register(sub)
    _add_common_to_leaves(parser)
    return parser


def _add_common(parser: argparse.ArgumentParser, default: Any = None) -> None:
    parser.add_argument("--data-dir", default=default, help="data directory (default: "
                        f"${paths.ENV_DATA_DIR} or the platform's user data directory)")
    parser.add_argument("--user", default=default,
                        help="which user's key slot to unlock (default: try each)")


def _add_common_to_leaves(parser: argparse.ArgumentParser) -> None:
    """Global options work before or after the command: `upfront incident list --user amina`."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        _add_common(parser, default=argparse.SUPPRESS)
    for action in subs:
        for child in set(action.choices.values()):
            _add_common_to_leaves(child)


def main(
    argv: Sequence[str] | None = None,
    *,
    gui: Callable[[Path], int] | None = None,
    extensions: Sequence[Register] = (),
    checks: Sequence[checking.Check] = (),
) -> int:
    """`checks`: the self-test's checks from the layers above this one (added to app's)."""
    os.umask(0o077)  # files Upfront creates (database, WAL, exports) are the user's alone
    all_checks = [*checking.CHECKS, *checks]
    parser = build_parser([*extensions, functools.partial(selftest.register,
                                                          checks=all_checks)])
    args = parser.parse_args(argv)
    if args.version:
        info = versions()
        print(f"upfront {info['upfront']} (schema {info['schema']}, SQLCipher {info['sqlcipher']})")
        return 0
    try:
        if args.command is None:
            if gui is None:
                parser.print_help()
                return 0
            return gui(data_dir(args))
        code = int(args.func(args))
        sys.stdout.flush()  # a reader that went away shows here, not at the exit
        return code
    except BrokenPipeError:
        return reader_went_away()
    except UpfrontError as err:
        print(f"upfront: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("upfront: interrupted; nothing was half-written", file=sys.stderr)
        return 130
    except Exception as err:  # noqa: BLE001 - last line of defence: never leak values
        if os.environ.get(ENV_DEBUG):
            raise
        print(f"upfront: internal error ({type(err).__name__}); the command was rolled back. "
              f"Set {ENV_DEBUG}=1 to see details (they may include record data).",
              file=sys.stderr)
        return 1
