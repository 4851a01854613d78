"""The one logging set-up: Upfront's own loggers write to `upfront.log` in the data folder, a
file only its user can read (0600), and nothing else does.

The rule (stricter than Electrum's `logging.py`, whose idea this follows): a log line says what
happened — an operation, an id, a count, a refusal code, an exception's type — never what a
record holds, a name, a passphrase or a key. Three things keep it so:

- callers log codes, counts and `type(exc).__name__`, never `str(exc)` or a value;
- an exception written with the line is reduced to its types and the places it passed
  (file, line, function): its message is never written, because third-party messages carry
  content (SQLAlchemy puts a failed statement's parameters in its text);
- only the loggers of `app`, `ui`, `sync` and `upfront` reach the file; a library's logger
  (SQLAlchemy's echo logs every parameter) never does.

tests/app/test_logs.py feeds a marker through every command and fails if it reaches the file.
"""

from __future__ import annotations

import argparse
import io
import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType

LOG_FILENAME = "upfront.log"
OURS = ("app", "ui", "sync", "upfront")  # logger names (and their children) that reach the file
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_ATTR = "_upfront_log_handler"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path(directory: Path, name: str = LOG_FILENAME) -> Path:
    return directory / name


class OwnLoggers(logging.Filter):
    """Lets through the records of Upfront's own loggers only."""

    def filter(self, record: logging.LogRecord) -> bool:
        name = record.name
        return any(name == ours or name.startswith(ours + ".") for ours in OURS)


class SafeFormatter(logging.Formatter):
    """Writes an exception as its types and the frames it passed, never its message."""

    def format(self, record: logging.LogRecord) -> str:
        # logging caches an exception's text on the record: another handler (a console, pytest's
        # capture) may have put the full traceback there first, message and all. Ours is made
        # afresh, and the other handlers' text is left as it was.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        _kind, exc, _tb = ei
        if exc is None:
            return ""
        lines: list[str] = []
        seen: set[int] = set()
        current: BaseException | None = exc
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
            for frame in traceback.extract_tb(current.__traceback__):
                lines.append(f"  at {frame.filename}:{frame.lineno} in {frame.name}")
            current = current.__cause__ or current.__context__
            if current is not None:
                lines.append("raised while handling")
        return "\n".join(lines)

    def formatStack(self, stack_info: str) -> str:
        return stack_info  # frames only: a stack carries no values


class PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file created 0600 (and made so if it was not), in a folder that exists."""

    def _open(self) -> io.TextIOWrapper:
        path = Path(self.baseFilename)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(
            path,
            os.O_WRONLY
            | os.O_CREAT
            | os.O_APPEND
            | getattr(os, "O_NOFOLLOW", 0)
            | getattr(os, "O_CLOEXEC", 0),
            0o600,
        )
        try:
            os.fchmod(fd, 0o600)
        except OSError:  # pragma: no cover - a file system without modes (FAT on a USB stick)
            pass
        return os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace")


def configure(directory: Path, level: int = logging.INFO, *, name: str = LOG_FILENAME) -> Path:
    """Sends Upfront's loggers to `upfront.log` (or `name`: HQ's is `upfront-hq.log`) in
    `directory`, replacing an earlier set-up, so a second call, or one for another data folder,
    moves the file. Returns the file's path. The file is created on the first line, not before."""
    stop()
    path = log_path(directory, name)
    handler = PrivateFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, delay=True, encoding="utf-8"
    )
    handler.setFormatter(SafeFormatter(FORMAT))
    handler.addFilter(OwnLoggers())
    handler.setLevel(level)
    setattr(handler, _ATTR, True)
    root = logging.getLogger()
    root.addHandler(handler)
    for name in OURS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level > level:
            logger.setLevel(level)
    return path


def stop(directory: Path | None = None) -> None:
    """Closes the log file (before a wipe removes the data folder, or at exit). With
    `directory`, only if the log is in that folder: a wipe of another folder leaves it be."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if not getattr(handler, _ATTR, False):
            continue
        if directory is not None and not _same_place(
            Path(getattr(handler, "baseFilename", "")).parent, directory
        ):
            continue
        root.removeHandler(handler)
        handler.close()


def _same_place(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return one == other


def log_files(directory: Path) -> list[Path]:
    """The log file and its rotated copies in `directory` (for the emergency wipe)."""
    path = log_path(directory)
    backups = [Path(f"{path}.{n}") for n in range(1, BACKUPS + 1)]
    return [p for p in [path, *backups] if os.path.lexists(p)]


def command_name(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    """The command a parsed command line ran, as typed: `incident add`, `bundle export`.
    Names come from the parser's own choices, so a value given on the line never appears."""
    words: list[str] = []
    current: argparse.ArgumentParser | None = parser
    while current is not None:
        subs = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            break
        chosen = getattr(args, subs[0].dest, None)
        choices = subs[0].choices or {}
        if not isinstance(chosen, str) or chosen not in choices:
            break
        words.append(chosen)
        current = choices[chosen]
    return " ".join(words) or "(none)"
