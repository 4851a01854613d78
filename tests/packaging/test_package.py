"""The frozen package: packaging/build.py (what `make package` runs) builds the one-folder
PyInstaller package once for this module, into a temporary folder; its programs then run from
that folder in a clean environment, with no venv (nor any Python) on PATH."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
ARCHIVE = f"upfront-{VERSION}-linux-x86_64.tar.gz"
BUILD_TIMEOUT = 1800  # about a minute on 2 cores; a cold machine takes longer

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the package is built and tried on Linux"),
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("package")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        cwd=ROOT,
    )
    assert done.returncode == 0, f"build failed:\n{done.stdout}\n{done.stderr[-6000:]}"
    shutil.rmtree(out / "work")  # PyInstaller's work files: not needed after the build
    return out / "dist"


@pytest.fixture
def clean_env(tmp_path) -> dict[str, str]:
    """Nothing from this test run's environment: no venv, no PYTHON*, no LD_LIBRARY_PATH."""
    home, data, config = tmp_path / "home", tmp_path / "data", tmp_path / "config"
    for folder in (home, data, config):
        folder.mkdir()
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "UPFRONT_DATA_DIR": str(data),
        "UPFRONT_CONFIG_DIR": str(config),
    }


def run(
    program: Path, *args: str, env: dict[str, str], cwd: Path, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


def test_one_folder_with_both_programs(dist):
    folder = dist / "upfront"
    for name in ("upfront", "upfront-hq"):
        assert (folder / name).is_file(), name
        assert (folder / name).stat().st_mode & 0o111, f"{name} is not executable"
    assert (folder / "_internal").is_dir()  # shared by both
    assert not (dist / "upfront-hq").exists()
    for name in ("upfront.desktop", "upfront.png"):
        assert (folder / name).is_file(), name
    desktop = (folder / "upfront.desktop").read_text()
    for line in ("Exec=upfront", "Icon=upfront", "Categories=Office;"):
        assert line in desktop.splitlines()


def test_archive_and_checksum(dist):
    archive = dist / ARCHIVE
    assert archive.is_file()
    sums = (dist / "SHA256SUMS").read_text().splitlines()
    assert sums == [f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {ARCHIVE}"]
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    top = f"upfront-{VERSION}"
    for name in ("upfront", "upfront-hq", "_internal", "upfront.desktop", "upfront.png"):
        assert f"{top}/{name}" in names, name
    assert all(n == top or n.startswith(top + "/") for n in names)


def test_frozen_version(dist, clean_env, tmp_path):
    from app.cli.common import versions

    done = run(dist / "upfront" / "upfront", "--version", env=clean_env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    expected = versions()  # what the unfrozen code reports, from the same sources
    assert expected["upfront"] == VERSION
    assert VERSION in out
    assert re.search(rf"\bschema {re.escape(expected['schema'])}\b", out), out
    assert re.search(r"SQLCipher \d+\.\d+\.\d+", out), out
    assert expected["sqlcipher"] in out


def test_frozen_selftest(dist, clean_env, tmp_path):
    """Without a display and without being told to use none: the self-test picks Qt's
    offscreen platform itself, as on a field officer's terminal over SSH."""
    env = {k: v for k, v in clean_env.items() if k != "QT_QPA_PLATFORM"}
    done = run(dist / "upfront" / "upfront", "selftest", env=env, cwd=tmp_path)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    report = f"stdout:\n{done.stdout}\nstderr:\n{done.stderr[-4000:]}"
    assert done.returncode == 0, report
    assert lines and lines[-1].startswith("selftest:"), report
    checks = {
        line.split(":", 1)[0].split(None, 1)[1]: line.split(None, 1)[0] for line in lines[:-1]
    }
    for name in (
        "crypto",
        "store",
        "resources",
        "data folder",
        "translations",
        "fonts",
        "report",
        "sealing",
    ):
        assert checks.get(name) == "ok", f"{name}: {checks.get(name)}\n{report}"
    assert checks.get("hq") == "skip", report  # no store in the fresh data folder
    assert lines[-1] == f"selftest: {len(checks) - 1} of {len(checks)} checks passed, 1 skipped", (
        report
    )
    assert not done.stderr.strip(), report  # no Qt or Python warnings on the way


def test_frozen_hq_help(dist, clean_env, tmp_path):
    done = run(dist / "upfront" / "upfront-hq", "--help", env=clean_env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "usage: upfront-hq" in done.stdout
