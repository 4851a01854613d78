"""Fixtures for app tests: real SQLCipher stores in tmp_path, with cheap Argon2 to stay fast."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli
from app.keyfile import KdfParams
from app.store import Store

PASSPHRASE = "correct horse battery"
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
PROC_IO = Path("/proc/self/io")  # Linux: what this process has read and written


def bytes_written() -> int:
    """What this process has written so far through write system calls (wchar): a measure
    of work that, unlike a timer, a busy machine does not change."""
    for line in PROC_IO.read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    raise AssertionError(f"no wchar in {PROC_IO}")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    opened, _recovery = Store.create(data_dir, "amina", PASSPHRASE, kdf=FAST_KDF)
    yield opened
    opened.close()


def incident_doc(**overrides) -> dict:
    doc = {
        "title": "Shelling of market",
        "occurred_from": "2026-10-03",
        "date_reported": "2026-10-05",
        "location": {
            "country": "SYR",
            "admin1": "rif dimashq",
            "place": "Central market",
            "lat": 33.57,
            "lon": 36.4,
            "precision": "near",
        },
        "narrative": "Witnesses describe the shelling.",
        "confidentiality": "un",
        "violations": [
            {
                "type": "killing",
                "victims_count": 4,
                "counts": [{"sex": "female", "age_group": "adult", "count": 2}],
            },
            {"type": "attack_on_civilian_objects"},
        ],
        "victims": [
            {
                "name": "A Person",
                "sex": "female",
                "age_group": "adult",
                "protected": True,
                "consent": "un",
            }
        ],
        "perpetrators": [
            {
                "category": "state_armed_forces",
                "involvement": [{"violation": 0, "degree": "carried_out"}],
            }
        ],
        "sources": [
            {"type": "individual", "connection": "direct_witness", "reliability": "likely_reliable"}
        ],
        "verification": {"status": "reasonable_grounds", "credibility": "probably_true"},
    }
    doc.update(overrides)
    return doc


@pytest.fixture
def run_import(store, data_dir, capsys, monkeypatch):
    """`upfront import ARGS` on the store's data folder: (exit code, stdout, stderr)."""
    store.close()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(["import", *argv, "--data-dir", str(data_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return run
