"""The scriptable command line: `upfront SUBCOMMAND`. Later issues and users' scripts rely on it.

Exit codes: 0 ok, 2 bad input (the message names the field and the reason), 3 locked or wrong
passphrase, 4 the store was erased on HQ's signed order (`upfront sync`, `upfront bundle
receipt`), 1 anything else. One transaction per command. Messages never carry record content,
and unexpected errors print only their type, never a traceback with values in it.

This module assembles the parser from the command modules beside it and runs `main()`;
what they share is in `app.cli.common`. Each command is logged (app.logs, upfront.log in the data
folder) by its name and exit code only: `command incident add: exit 0`.
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import logs, paths
from app import selftest as checking
from app.cli import (
    admin,
    attachments,
    decisions,
    demo,
    engagements,
    export,
    form,
    humanitarian,
    imports,
    incidents,
    scan,
    selftest,
    situations,
    store,
)
from app.cli.common import (
    ENV_DEBUG,
    Parser,
    Register,
    data_dir,
    reader_went_away,
    versions,
)
from app.errors import BadInput, Cancelled, UpfrontError

log = logging.getLogger(__name__)
FIELD_NAME = re.compile(r"(--)?[a-z][a-z0-9_ -]{0,39}")


def build_parser(extensions: Sequence[Register] = ()) -> argparse.ArgumentParser:
    parser = Parser(
        prog="upfront",
        description="Upfront: document violations, offline first. "
        "With no command, opens the desktop window.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for register in (
        store.register,
        admin.register,
        incidents.register,
        attachments.register,
        situations.register,
        scan.register,
        decisions.register,
        engagements.register,
        export.register,
        imports.register,
        humanitarian.register,
        form.register,
        demo.register,
        *extensions,
    ):
        register(sub)
    _add_common_to_leaves(parser)
    return parser


def _add_common(parser: argparse.ArgumentParser, default: Any = None) -> None:
    parser.add_argument(
        "--data-dir",
        default=default,
        help="data directory (default: "
        f"${paths.ENV_DATA_DIR} or the platform's user data directory)",
    )
    parser.add_argument(
        "--user", default=default, help="which user's key slot to unlock (default: try each)"
    )


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
    parser = build_parser([*extensions, functools.partial(selftest.register, checks=all_checks)])
    args = parser.parse_args(argv)
    if args.version:
        info = versions()
        print(f"upfront {info['upfront']} (schema {info['schema']}, SQLCipher {info['sqlcipher']})")
        return 0
    if args.command is None:
        if gui is None:
            parser.print_help()
            return 0
        return _run(lambda: gui(data_dir(args)))  # the desktop sets up its own log
    directory = paths.data_dir(args.data_dir)
    log_here = _holds_store(directory)  # a folder without a store (wiped, say) gets no log
    if log_here:
        logs.configure(directory)
    try:
        name = logs.command_name(parser, args)
        outcome: list[str] = []
        code = _run(lambda: _flushed(int(args.func(args))), outcome)
        if not log_here and _holds_store(directory):  # init made one: its log starts here
            logs.configure(directory)
        log.info("command %s: exit %d%s", name, code, "".join(f" ({why})" for why in outcome))
        return code
    finally:
        logs.stop()  # main() may run again in this process, for another data folder


def _holds_store(directory: Path) -> bool:
    return any(
        os.path.lexists(p) for p in (paths.keyfile_path(directory), paths.db_path(directory))
    )


def _flushed(code: int) -> int:
    sys.stdout.flush()  # a reader that went away shows here, not at the exit
    return code


def _run(command: Callable[[], int], outcome: list[str] | None = None) -> int:
    """Run `command`, turning its failure into a message and an exit code; `outcome` gets
    what the log may say about a failure: its type, or BadInput's field, never a value."""
    why = outcome if outcome is not None else []
    try:
        return command()
    except BrokenPipeError:
        why.append("reader went away")
        return reader_went_away()
    except Cancelled:
        why.append("cancelled")
        print("upfront: cancelled; nothing was half-written", file=sys.stderr)
        return Cancelled.exit_code
    except UpfrontError as err:
        why.append(_loggable(err))
        print(f"upfront: error: {err}", file=sys.stderr)
        if err.hint:
            print(f"upfront: hint: {err.hint}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        why.append("interrupted")
        print("upfront: interrupted; nothing was half-written", file=sys.stderr)
        return 130
    except Exception as err:  # last line of defence: never leak values
        why.append(type(err).__name__)
        if os.environ.get(ENV_DEBUG):
            raise
        print(
            f"upfront: internal error ({type(err).__name__}); the command was rolled back. "
            f"Set {ENV_DEBUG}=1 to see details (they may include record data).",
            file=sys.stderr,
        )
        return 1


def _loggable(err: UpfrontError) -> str:
    """A failure as the log may say it: its type, and for BadInput the field it names, cut to
    its first part (`mapping` of `mapping.columns.<heading>`: a heading, a key or a path may
    hold a value) and only when that part is a field's name (lower-case words)."""
    if isinstance(err, BadInput):
        first = re.split(r"[.\[]", err.field, maxsplit=1)[0]
        return f"BadInput: {first if FIELD_NAME.fullmatch(first) else 'a value'}"
    return type(err).__name__
