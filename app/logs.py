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


def log_path(directory: Path) -> Path:
    return directory / LOG_FILENAME


class OwnLoggers(logging.Filter):
    """Lets through the records of Upfront's own loggers only."""

    def filter(self, record: logging.LogRecord) -> bool:
        name = record.name
        return any(name == ours or name.startswith(ours + ".") for ours in OURS)


class SafeFormatter(logging.Formatter):
    """Writes an exception as its types and the frames it passed, never its message."""

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
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            os.fchmod(fd, 0o600)
        except OSError:  # pragma: no cover - a file system without modes (FAT on a USB stick)
            pass
        return os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace")


def configure(directory: Path, level: int = logging.INFO) -> Path:
    """Sends Upfront's loggers to `upfront.log` in `directory` (replacing an earlier set-up, so
    a second call, or one for another data folder, moves the file). Returns the file's path.
    The file is created on the first line, not before."""
    stop()
    path = log_path(directory)
    handler = PrivateFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, delay=True,
                                 encoding="utf-8")
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


def stop() -> None:
    """Closes the log file (before a wipe removes the data folder, or at exit)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _ATTR, False):
            root.removeHandler(handler)
            handler.close()
