"""app.files: a finished file takes its name only if it may (never over what appeared there
meanwhile, unless asked), and files that cannot be read whole are refused before reading."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.errors import BadInput
from app.files import EXISTS, check_out, check_readable, publish, write_published


def _partial(folder: Path, content: bytes = b"complete export") -> Path:
    partial = folder / ".out.csv.part"
    partial.write_bytes(content)
    return partial


def test_publish_takes_a_free_name(tmp_path: Path) -> None:
    partial = _partial(tmp_path)
    publish(partial, tmp_path / "out.csv", replace=False)
    assert (tmp_path / "out.csv").read_bytes() == b"complete export"
    assert not partial.exists()
    assert os.stat(tmp_path / "out.csv").st_nlink == 1


def test_a_name_taken_after_the_check_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    check_out(out, replace=False)  # free when checked ...
    out.write_bytes(b"another program's file")  # ... taken while the export ran
    partial = _partial(tmp_path)
    with pytest.raises(BadInput) as err:
        publish(partial, out, replace=False)
    assert (err.value.field, err.value.reason) == ("out", EXISTS)
    assert out.read_bytes() == b"another program's file"
    assert partial.exists()  # the caller removes it


def test_replace_replaces_a_file_but_never_a_link_or_folder(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_bytes(b"old")
    publish(_partial(tmp_path), out, replace=True)
    assert out.read_bytes() == b"complete export"
    target = tmp_path / "target"
    target.write_bytes(b"keep")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    for bad in (link, folder):
        for replace in (False, True):
            with pytest.raises(BadInput):
                check_out(bad, replace=replace)
            with pytest.raises(BadInput):
                publish(_partial(tmp_path), bad, replace=replace)
    assert target.read_bytes() == b"keep" and link.is_symlink()


def test_check_out_reasons(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    cases = {
        tmp_path / "missing" / "out.csv": "is in a folder that does not exist",
        tmp_path / "pipe": "is not a regular file (a pipe, a socket or a device)",
    }
    for out, reason in cases.items():
        with pytest.raises(BadInput) as err:
            check_out(out, replace=True)
        assert err.value.reason == reason
    assert check_out(tmp_path / "new.csv", replace=False) == tmp_path / "new.csv"


def test_without_hard_links_the_name_is_claimed_exclusively(tmp_path: Path, monkeypatch) -> None:
    """FAT (USB sticks) has no hard links and no FAT file system can be mounted here, so
    only os.link's refusal is simulated; the rest runs for real."""

    def no_links(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    out = tmp_path / "out.csv"
    publish(_partial(tmp_path), out, replace=False)
    assert out.read_bytes() == b"complete export"
    with pytest.raises(BadInput) as err:
        publish(_partial(tmp_path, b"second"), out, replace=False)
    assert err.value.reason == EXISTS
    assert out.read_bytes() == b"complete export"


def test_concurrent_publishers_one_wins_whole(tmp_path: Path) -> None:
    """Eight processes publish different content to one name at once: exactly one succeeds,
    and the file holds its content whole."""
    out = tmp_path / "out.bin"
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from app.errors import BadInput
        from app.files import publish
        n = int(sys.argv[1])
        partial = Path({str(tmp_path)!r}) / f".part{{n}}"
        partial.write_bytes(bytes([n]) * 1_000_000)
        try:
            publish(partial, Path({str(out)!r}), replace=False)
        except BadInput:
            partial.unlink()
            sys.exit(3)
    """)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(n)], cwd=Path(__file__).resolve().parents[2]
        )
        for n in range(8)
    ]
    try:
        codes = [p.wait(60) for p in procs]
    finally:
        for p in procs:
            p.kill()
            p.wait()
    assert sorted(codes) == [0] + [3] * 7
    winner = codes.index(0)
    assert out.read_bytes() == bytes([winner]) * 1_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_check_readable(tmp_path: Path) -> None:
    good = tmp_path / "keys.json"
    good.write_text("{}")
    check_readable(good)
    check_readable(tmp_path / "missing.json")  # for the caller to report
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    loop = tmp_path / "loop"
    loop.symlink_to("loop")
    for path, reason in (
        (folder, "is a folder, not a file"),
        (fifo, "is not a regular file (a pipe, a socket or a device)"),
        (loop, "is a symbolic link loop"),
    ):
        with pytest.raises(BadInput) as err:
            check_readable(path)
        assert (err.value.field, err.value.reason) == (str(path), reason)
    link = tmp_path / "link.json"
    link.symlink_to(good)
    check_readable(link)  # a link to a readable file is fine


@pytest.mark.skipif(not hasattr(os, "link"), reason="hard links")
def test_a_left_partial_file_is_replaced_never_written_through(tmp_path: Path) -> None:
    """Whatever stands at the hidden `.NAME.part` (a crash's leftover, a link to another
    file, hard or symbolic) is set aside: the export is written to a new file of its own, and
    the file a link led to is left as it was."""
    other = tmp_path / "notes.txt"
    other.write_bytes(b"the officer's notes")
    for n, make in enumerate(
        (
            lambda part: part.write_bytes(b"half an export, from a crash"),
            lambda part: os.link(other, part),
            lambda part: part.symlink_to(other),
        )
    ):
        out = tmp_path / f"report{n}.pdf"
        make(tmp_path / f".{out.name}.part")
        assert write_published(out, lambda p: p.write_bytes(b"%PDF export"), replace=False)
        assert out.read_bytes() == b"%PDF export"
        assert other.read_bytes() == b"the officer's notes"
        assert not (tmp_path / f".{out.name}.part").exists()
