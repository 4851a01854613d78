"""Build the Upfront package: `make package` runs this with the venv's Python.

1. compiles the translation catalogues (resources/translations/*.ts to .qm) that are missing or
   older than their source, as `make translations` does;
2. runs PyInstaller on packaging/upfront.spec: dist/upfront/ holds `upfront`, `upfront-hq` and
   their shared _internal/ (work files in build/);
3. puts upfront.desktop and the icon (PNG and SVG) into dist/upfront/ (Linux);
4. writes dist/upfront-<version>-<os>-<arch>.tar.gz (a .zip on Windows) whose one top folder is
   upfront-<version>/, and dist/SHA256SUMS for it (`sha256sum -c SHA256SUMS` checks it).

    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR]

Only the Linux build has been run (see the comments at the top of upfront.spec).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "upfront.spec"
TRANSLATIONS = ROOT / "resources" / "translations"
ICONS = ROOT / "resources" / "icons"
NAME = "upfront"


def version() -> str:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    found = re.search(r'^__version__ = "([^"]+)"', (ROOT / "app" / "__init__.py").read_text(),
                      re.MULTILINE)
    in_code = found.group(1) if found else None
    if in_code != declared:
        raise SystemExit(f"pyproject.toml says {declared} but app/__init__.py says {in_code}: "
                         "make them agree before packaging")
    return declared


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                          sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def tool(name: str) -> str:
    """A console script of the venv this Python runs in, else one on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (is PySide6 installed in this venv?)")
    return found


def translations() -> None:
    """The .qm catalogues, as the Makefile's rule builds them (they are not kept in git)."""
    lrelease = None
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = lrelease or tool("pyside6-lrelease")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"compiled {qm.relative_to(ROOT)}")


def pyinstaller(dist: Path, work: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True, cwd=ROOT,
    )


def desktop_files(folder: Path) -> None:
    """The freedesktop entry and its icon, beside the programs (see packaging/README.md for
    where to copy them to install)."""
    shutil.copy2(PACKAGING / "upfront.desktop", folder / "upfront.desktop")
    shutil.copy2(ICONS / "upfront.png", folder / "upfront.png")
    shutil.copy2(ICONS / "upfront.svg", folder / "upfront.svg")


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def archive(source: Path, top: str, target: Path) -> None:
    """`source` as target (.tar.gz or .zip) with one top folder `top`, files in name order."""
    paths = sorted(source.rglob("*"))
    target.unlink(missing_ok=True)
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in paths:
                zf.write(path, f"{top}/{path.relative_to(source).as_posix()}")
        return
    with open(target, "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(source, arcname=top, recursive=False, filter=_normalised)
        for path in paths:
            tar.add(path, arcname=f"{top}/{path.relative_to(source).as_posix()}",
                    recursive=False, filter=_normalised)


def sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the folder, archive and SHA256SUMS go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's work folder (default: build/)")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    release = version()
    translations()
    pyinstaller(dist, work)
    built = time.monotonic() - started

    folder = dist / NAME
    if sys.platform == "darwin":
        folder = dist / "Upfront.app"  # the BUNDLE of upfront.spec; the bare folder stays too
    elif sys.platform.startswith("linux"):
        desktop_files(folder)
    top = f"{NAME}-{release}"
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    target = dist / f"{top}-{platform_tag()}{suffix}"
    archive(folder, "Upfront.app" if folder.suffix == ".app" else top, target)
    checksum = sha256(target)
    (dist / "SHA256SUMS").write_text(f"{checksum}  {target.name}\n")
    total = time.monotonic() - started

    print(f"built {folder} in {built:.0f} s: {size(folder) / 2**20:.0f} MiB")
    print(f"wrote {target} ({target.stat().st_size / 2**20:.0f} MiB) and "
          f"{dist / 'SHA256SUMS'} in {total:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
