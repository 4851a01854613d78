"""Files Upfront writes for people (exports, reports, bundles) and files it must read whole.

`check_out` refuses a destination before any work is done; `publish` moves a finished file
into place and, unless asked to replace, refuses (race-free) to overwrite what appeared there
meanwhile. `check_readable` refuses a file that is not a readable regular file (a folder, a
pipe that would block, a symbolic link loop, no permission) before anything tries to read it.

Messages name the field (or the file) and the reason, never record content."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.errors import BadInput

T = TypeVar("T")

EXISTS = "exists; pass --replace to replace it"
# os.link fails with these where the file system has no hard links (FAT on USB sticks, some
# network shares): fall back to claiming the name with an exclusive create.
_NO_LINKS = {
    errno.EPERM,
    errno.EXDEV,
    errno.EMLINK,
    errno.ENOSYS,
    errno.EACCES,
    getattr(errno, "ENOTSUP", -1),
    getattr(errno, "EOPNOTSUPP", -1),
}
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _kind(mode: int) -> str | None:
    """Why a file of this mode cannot be a destination or a source, or None for a file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISLNK(mode):
        return "is a symbolic link; name the file itself"
    return "is not a regular file (a pipe, a socket or a device)"


def check_out(out: Path | str, *, replace: bool, field: str = "out") -> Path:
    """Refuse a destination that cannot take a new file: in a missing folder, a folder, a
    symbolic link, a pipe or device, or an existing file when `replace` is false."""
    out = Path(out)
    try:
        info = os.lstat(out)
    except FileNotFoundError:
        if not out.parent.is_dir():
            raise BadInput(field, "is in a folder that does not exist") from None
        if not os.access(out.parent, os.W_OK | os.X_OK):
            raise BadInput(field, "is in a folder this user cannot write to") from None
        return out
    except OSError as exc:
        raise BadInput(field, f"cannot be checked: {exc.strerror}") from None
    reason = _kind(info.st_mode)
    if reason:
        raise BadInput(field, reason)
    if not replace:
        raise BadInput(field, EXISTS)
    return out


def publish(partial: Path | str, out: Path | str, *, replace: bool, field: str = "out") -> None:
    """Move the complete file `partial` to `out`, in the same folder.

    With `replace`, an existing regular file at `out` is replaced atomically. Without it,
    `out` must not exist at the moment of the move: the file is hard-linked to its name,
    which fails if anything took the name since it was checked, and only then unlinked
    from its temporary one. Where hard links are unsupported the name is first claimed with
    an exclusive create (O_EXCL) and then atomically replaced by the complete file, so `out`
    is never a half-written file and never someone else's. On refusal `partial` is left for
    the caller to remove."""
    partial, out = Path(partial), Path(out)
    if replace:
        with contextlib.suppress(FileNotFoundError):
            reason = _kind(os.lstat(out).st_mode)
            if reason:
                raise BadInput(field, reason)
        os.replace(partial, out)
    else:
        link_new(partial, out, field=field)
    with contextlib.suppress(OSError):  # a best effort where folders cannot be opened
        fsync_dir(out.parent)


def write_published(out: Path | str, write: Callable[[Path], T], *, replace: bool) -> T:
    """`write(partial)` writes the whole file beside `out` (a hidden `.NAME.part`), which is
    then moved into place (`publish`): a file cut short (a full disk, Ctrl+C) never stands
    where the finished one should, and the partial one is removed whatever happens. Returns
    what `write` returned (a PDF's pages)."""
    out = Path(out)
    partial = out.with_name(f".{out.name}.part")
    # claimed first: a writer that cannot open it (Qt's printer) only says it failed. Anything
    # left at that name (a crash's leftover, a link to another file) goes first, so the file is
    # new and the export never written through a link
    try:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600))
    except OSError as exc:
        raise BadInput("out", f"cannot be written in its folder: {exc.strerror}") from None
    try:
        done = write(partial)
        publish(partial, out, replace=replace)
    finally:
        partial.unlink(missing_ok=True)
    return done


def link_new(
    src: Path | str, dst: Path | str, *, field: str, exists: str = EXISTS, dir_fd: int | None = None
) -> None:
    """Give the complete file `src` the new name `dst` in the same folder (relative to the
    open folder `dir_fd` when given), never replacing or following anything at `dst`: a hard
    link, which fails if the name is taken, then `src` unlinked. Where the file system has no
    hard links (FAT), the name is claimed with an exclusive create and the file renamed over
    the empty claim. A taken name is BadInput(field, exists)."""
    at = {} if dir_fd is None else {"src_dir_fd": dir_fd, "dst_dir_fd": dir_fd}
    try:
        os.link(src, dst, follow_symlinks=False, **at)
    except FileExistsError:
        raise BadInput(field, exists) from None
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        try:
            os.close(
                os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600, dir_fd=dir_fd)
            )
        except FileExistsError:
            raise BadInput(field, exists) from None
        os.replace(src, dst, **at)
        return
    os.unlink(src, dir_fd=dir_fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in `directory` durable (POSIX): the store's key file, its
    rotation and HQ's key files use it, and `publish` as a best effort."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_readable(path: Path | str) -> None:
    """Refuse a file that exists but cannot be read whole: a folder, a pipe (reading would
    wait forever), a socket or device, a symbolic link loop, or no permission to read.
    BadInput names the file; a file that does not exist passes, for the caller to report."""
    path = Path(path)
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise BadInput(name, "is a symbolic link loop") from None
        raise BadInput(name, f"cannot be read: {exc.strerror}") from None
    reason = _kind(info.st_mode)
    if reason:
        raise BadInput(name, reason)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise BadInput(name, f"cannot be read: {exc.strerror}") from None
    os.close(fd)
