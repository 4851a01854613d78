"""What every `upfront` command shares: the environment variables it reads, JSON in and out,
asking for a passphrase, opening the store (with the unlock delay), the argument helpers, and
the exit-code plumbing (bad usage is bad input: exit 2; a reader gone away: exit 141).

Imports no command module, so each command module can import this one.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TypeAlias

import app
from app import paths
from app.attempts import UnlockAttempts
from app.errors import AccessDenied, BadInput
from app.files import check_readable
from app.schema.revision import head_revision
from app.store import Store

ENV_PASSPHRASE = "UPFRONT_PASSPHRASE"
ENV_NEW_PASSPHRASE = "UPFRONT_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "UPFRONT_RECOVERY_KEY"
ENV_DEBUG = "UPFRONT_DEBUG"


def emit(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def ask_secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise AccessDenied(f"no passphrase: set {env} or run the command in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise BadInput("passphrase", "the two entries differ")
    return first


def data_dir(args: argparse.Namespace) -> Path:
    """The data directory, its key file checked first: a folder, a pipe (reading it would
    hang), a symbolic link loop or an unreadable file in its place is bad input naming it."""
    directory = paths.data_dir(args.data_dir)
    check_readable(paths.keyfile_path(directory))
    return directory


def guarded(
    directory: Path, ask: Callable[[], str], unlock: Callable[[str], Store]
) -> tuple[Store, str]:
    """Try a passphrase or recovery key as the window does: not before the delay that
    earlier failures earned has passed (refused without asking or trying: exit 3 with the
    seconds left), each failure counted, success clearing the count (app.attempts).
    Returns the store and the secret that opened it."""
    attempts = UnlockAttempts(directory)
    wait = attempts.seconds_to_wait()
    if wait:
        raise AccessDenied(f"too many wrong attempts; try again in {wait} s (nothing was tried)")
    secret = ask()
    try:
        store = unlock(secret)
    except AccessDenied:
        with contextlib.suppress(OSError):
            attempts.record_failure()
        raise
    with contextlib.suppress(OSError):
        attempts.clear()
    return store, secret


def open_store(args: argparse.Namespace) -> Store:
    directory = data_dir(args)
    if os.environ.get(ENV_PASSPHRASE) is None and args.user:
        try:
            return Store.open_remembered(directory, args.user)
        except AccessDenied:
            pass
    return guarded(
        directory,
        lambda: ask_secret(ENV_PASSPHRASE, "Passphrase: "),
        lambda secret: Store.open(directory, secret, args.user),
    )[0]


MAX_JSON_DEPTH = 64  # incidents and situations nest 4 deep; anything far deeper is not ours


def _depth_ok(value: Any, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return False
            stack.extend(
                (child, depth + 1) for child in (item.values() if isinstance(item, dict) else item)
            )
    return True


def read_json(spec: str, field: str = "--file") -> Any:
    try:
        raw = sys.stdin.read() if spec == "-" else Path(spec).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BadInput(field, f"cannot read {spec}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise BadInput(field, f"{spec} is not UTF-8 text") from None
    too_deep = f"nests lists and objects more than {MAX_JSON_DEPTH} deep"
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadInput(
            field, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise BadInput(field, too_deep) from None
    except ValueError:  # an integer of more digits than Python converts
        raise BadInput(field, "is not valid JSON: a number has too many digits") from None
    if not _depth_ok(value, MAX_JSON_DEPTH):
        raise BadInput(field, too_deep)
    return value


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def versions() -> dict[str, str]:
    import sqlcipher3  # the wheel bundles SQLCipher; ask it, not the file system

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    return {"upfront": app.__version__, "schema": head_revision(), "sqlcipher": cipher}


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # bad usage is bad input: exit 2 with the reason
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


# what a command module's `register(sub)` adds its commands to (argparse's class is generic
# for type checkers only, hence the string)
Subcommands: TypeAlias = "argparse._SubParsersAction[Parser]"
Register = Callable[[Subcommands], None]


EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a command ended by SIGPIPE


def reader_went_away() -> int:
    """`upfront … | head`: the reader closed the pipe, which is not an error. Like other
    Unix tools, stop quietly and exit 141 (128 + SIGPIPE): whatever the command changed
    was committed before its output was written. What is still buffered goes nowhere, so
    that Python's flush at exit has nothing to complain about."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_BROKEN_PIPE
