"""The self-test's own checks on this machine (real Argon2id, real SQLCipher files), each one
made to fail by breaking what it checks, and `upfront selftest` from the console script."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import pytest

from app import selftest
from app import store as store_module
from app.incidents import Incidents
from app.schema.revision import head_revision
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE, incident_doc
from tests.app.test_cli import _snapshot, run


def _results(checks, data_dir: Path, **kw) -> dict[str, selftest.Result]:
    outcome = selftest.run(checks, data_dir, **kw)
    return {r.name: r for r in outcome.results}


def test_every_check_of_this_layer_passes_here(tmp_path):
    results = _results(selftest.CHECKS, tmp_path / "none")
    assert {name: r.status for name, r in results.items()} == {
        "crypto": "ok",
        "store": "ok",
        "resources": "ok",
        "data folder": "ok",
    }
    assert "SQLCipher 4." in results["store"].detail
    assert "14 risk factors" in results["resources"].detail
    assert "no store yet" in results["data folder"].detail


def test_a_broken_primitive_fails_its_check_and_not_the_others(tmp_path, monkeypatch):
    class WrongHash:
        @staticmethod
        def sha256(data: bytes):
            return hashlib.sha256(data + b"!")

    monkeypatch.setattr(selftest, "hashlib", WrongHash)
    outcome = selftest.run(selftest.CHECKS, tmp_path)
    by_name = {r.name: r for r in outcome.results}
    assert by_name["crypto"].status == "FAIL"
    assert by_name["crypto"].detail == "SHA-256 is wrong"
    assert by_name["store"].status == "ok"  # the run went on
    assert outcome.summary() == "selftest: 3 of 4 checks passed, 1 failed"


def test_a_store_written_in_plaintext_is_caught(tmp_path, monkeypatch):
    """Were SQLCipher missing from the build, the store would still work, unencrypted: the
    self-test must say so, not pass."""
    real = store_module.make_engine
    monkeypatch.setattr(store_module, "make_engine", lambda path, _key: real(path, None))
    result = _results([selftest.Check("store", selftest.check_store)], tmp_path)["store"]
    assert result.status == "FAIL"
    assert result.detail == "the record's text is readable in upfront.db"


def test_the_scratch_folder_goes_and_the_officers_store_is_untouched(tmp_path, monkeypatch):
    data = tmp_path / "data"
    store, _ = Store.create(data, "amina", PASSPHRASE, kdf=FAST_KDF)
    with store:
        Incidents(store).add(incident_doc())
    before = _snapshot(data)
    scratch_parent = tmp_path / "tmp"
    scratch_parent.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_parent))
    results = _results(selftest.CHECKS, data, locked=True)
    assert all(r.status == "ok" for r in results.values()), results
    assert "a store in" in results["data folder"].detail
    assert "1 key slot(s)" in results["data folder"].detail
    assert _snapshot(data) == before
    assert list(scratch_parent.iterdir()) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_store_other_users_can_read_fails(tmp_path):
    data = tmp_path / "data"
    Store.create(data, "amina", PASSPHRASE, kdf=FAST_KDF)[0].close()
    (data / "keys.json").chmod(0o644)
    result = selftest.run([selftest.Check("data folder", selftest.check_data_folder)], data)
    (failed,) = result.failed
    assert failed.detail == (
        f"keys.json can be read by other users of this computer; run: chmod 600 {data}/*"
    )


def test_an_unexpected_error_is_named_and_cut_short(tmp_path):
    def noisy(_ctx):
        raise OSError("x" * 1000)

    def skipped(_ctx):
        raise selftest.Skipped("does not apply")

    outcome = selftest.run(
        [selftest.Check("noisy", noisy), selftest.Check("opt", skipped)], tmp_path
    )
    noisy_result, skip_result = outcome.results
    assert noisy_result.status == "FAIL" and noisy_result.detail.startswith("OSError: xxx")
    assert len(noisy_result.detail) == 300 and noisy_result.detail.endswith("…")
    assert skip_result.line() == "skip  opt: does not apply"
    assert outcome.summary() == "selftest: 0 of 2 checks passed, 1 failed, 1 skipped"


@pytest.mark.slow
def test_cli_lines_exit_code_and_json(tmp_path):
    data = tmp_path / "data"
    done = run(
        "selftest", data_dir=data, passphrase=None, extra_env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0].split(None, 1)[1] for line in lines[:-1]] == [
        "crypto",
        "store",
        "resources",
        "data folder",
        "translations",
        "fonts",
        "report",
        "sealing",
        "hq",
    ]
    assert all(line.startswith("ok ") for line in lines[:-2])
    assert lines[-2] == "skip  hq: no store here, so not enrolled with HQ"
    assert lines[-1] == "selftest: 8 of 9 checks passed, 1 skipped"
    assert not data.exists()  # looked at, never made

    Store.create(data, "amina", PASSPHRASE, kdf=FAST_KDF)[0].close()
    done = run(
        "selftest",
        "--json",
        data_dir=data,
        passphrase=None,
        extra_env={"QT_QPA_PLATFORM": "offscreen"},
    )
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["passed"] is True
    hq = report["checks"][-1]
    assert (hq["check"], hq["status"]) == ("hq", "skip")
    assert "store is locked" in hq["detail"]  # no command named: the window shows it too
    assert report["version"]["schema"] == head_revision()

    done = run(
        "selftest",
        "--unlock",
        data_dir=data,
        passphrase=PASSPHRASE,
        extra_env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0
    assert "skip  hq: this device is not enrolled with HQ" in done.stdout

    done = run(
        "selftest",
        "--unlock",
        data_dir=data,
        passphrase="wrong",
        extra_env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 3  # the unlock failed, as any command's would


@pytest.mark.slow
def test_cli_exits_1_when_a_check_fails(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    Store.create(data, "amina", PASSPHRASE, kdf=FAST_KDF)[0].close()
    (data / "upfront.db").chmod(0o640)
    done = run(
        "selftest", data_dir=data, passphrase=None, extra_env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert done.returncode == 1
    assert "FAIL  data folder: upfront.db can be read by other users" in done.stdout
    assert done.stdout.splitlines()[-1] == "selftest: 7 of 9 checks passed, 1 failed, 1 skipped"
