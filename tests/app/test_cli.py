"""The `upfront` command line contract, through real subprocesses on real SQLCipher stores.

Every run is checked for a leaked traceback. Stores made in-process use a cheap Argon2 (the
KDF cost is kept in the key file, so the CLI opens them quickly); the shared store is made by
`upfront init` itself, with the default cost.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

import app
from app.attachments import Attachments
from app.attempts import FILENAME as ATTEMPTS
from app.attempts import UnlockAttempts
from app.incidents import Incidents
from app.models import AuditEntry
from app.schema.revision import head_revision
from app.store import Store
from app.wipe import wipe
from tests.app.conftest import FAST_KDF, PASSPHRASE, PROC_IO, bytes_written, incident_doc
from tests.conftest import file_bytes, run_with_reader_gone

RECOVERY_KEY = re.compile(r"^[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}$", re.MULTILINE)
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
PROJECT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow  # about 35 runs of the console script, ~1 s each


# ---- running the console script -------------------------------------------------------------
def _upfront() -> tuple[list[str], Path | None]:
    """The console script next to this interpreter, else `python -m ui.main` run by it (never
    an `upfront` of another installation found on PATH)."""
    beside = Path(sys.executable).parent / "upfront"
    if beside.exists():
        return [str(beside)], None
    return [sys.executable, "-m", "ui.main"], PROJECT


def _base_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UPFRONT_")}
    # Never touch the OS keyring of whoever runs the tests.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def run(
    *args: str,
    data_dir: Path | None,
    passphrase: str | None = PASSPHRASE,
    extra_env: dict[str, str] | None = None,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    if env is None:
        env = _base_env()
        if data_dir is not None:
            env["UPFRONT_DATA_DIR"] = str(data_dir)
        if passphrase is not None:
            env["UPFRONT_PASSPHRASE"] = passphrase
        env.update(extra_env or {})
    command, cwd = _upfront()
    result = subprocess.run(
        [*command, *args],
        env=env,
        cwd=cwd or (data_dir.parent if data_dir else PROJECT),
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    return result


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: file_bytes(p) for p in sorted(directory.iterdir()) if p.is_file()}


def _fast_store(directory: Path, incidents: int = 1) -> list[str]:
    store, _recovery = Store.create(directory, "amina", PASSPHRASE, kdf=FAST_KDF)
    with store:
        return [Incidents(store).add(incident_doc(title=f"Incident {n}")) for n in range(incidents)]


def _count(directory: Path, passphrase: str = PASSPHRASE) -> int:
    with Store.open(directory, passphrase) as store:
        return Incidents(store).count()


# ---- one store made by `upfront init`, shared by the read-mostly tests ------------------------
@dataclass
class CliStore:
    directory: Path
    init: subprocess.CompletedProcess[str]
    recovery: str
    from_file: str
    from_stdin: str


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> CliStore:
    base = tmp_path_factory.mktemp("cli")
    directory = base / "data"
    init = run("init", "--user", "amina", data_dir=directory)
    assert init.returncode == 0, init.stderr
    found = RECOVERY_KEY.search(init.stdout)
    assert found, init.stdout
    doc_file = base / "incident.json"
    doc_file.write_text(json.dumps(incident_doc()), encoding="utf-8")
    added = run("incident", "add", "--file", str(doc_file), data_dir=directory)
    assert added.returncode == 0, added.stderr
    piped = run(
        "incident",
        "add",
        "--file",
        "-",
        data_dir=directory,
        stdin=json.dumps(incident_doc(title="Arrests at checkpoint", occurred_from="2026-09-20")),
    )
    assert piped.returncode == 0, piped.stderr
    return CliStore(directory, init, found.group(0), added.stdout.strip(), piped.stdout.strip())


# ---- version --------------------------------------------------------------------------------
def test_version_needs_no_display(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in _base_env().items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run("--version", data_dir=None, env=env)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith(f"upfront {app.__version__} ")
    assert f"schema {head_revision()}" in line
    assert re.search(r"SQLCipher \d+\.\d+\.\d+", line), line


# ---- init and incidents ---------------------------------------------------------------------
def test_init_prints_a_recovery_key_and_creates_private_files(cli_store: CliStore) -> None:
    assert "Created an encrypted store" in cli_store.init.stdout
    assert "amina" in cli_store.init.stdout
    directory = cli_store.directory
    for name in ("keys.json", "upfront.db"):
        assert (directory / name).stat().st_mode & 0o777 == 0o600, name
    assert directory.stat().st_mode & 0o077 == 0
    assert json.loads((directory / "keys.json").read_bytes())["format"] == "upfront-keyfile"
    assert b"Shelling of market" not in file_bytes(directory / "upfront.db")


def test_incident_add_prints_the_new_id(cli_store: CliStore) -> None:
    assert UUID.match(cli_store.from_file), cli_store.from_file
    assert UUID.match(cli_store.from_stdin), cli_store.from_stdin
    assert cli_store.from_file != cli_store.from_stdin


def test_incident_list_json(cli_store: CliStore) -> None:
    result = run("incident", "list", "--json", data_dir=cli_store.directory)
    assert result.returncode == 0, result.stderr
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert set(rows) >= {cli_store.from_file, cli_store.from_stdin}
    row = rows[cli_store.from_file]
    assert row["title"] == "Shelling of market"
    assert row["occurred_from"] == "2026-10-03"
    assert row["country"] == "SYR"
    assert row["admin1"] == "Rural Damascus" and row["admin1_pcode"] == "SY03"
    assert row["violations"] == ["killing", "attack_on_civilian_objects"]
    assert row["verification"] == "reasonable_grounds"
    assert rows[cli_store.from_stdin]["title"] == "Arrests at checkpoint"


def test_incident_show_json(cli_store: CliStore) -> None:
    result = run("incident", "show", cli_store.from_file, "--json", data_dir=cli_store.directory)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["id"] == cli_store.from_file
    assert doc["title"] == "Shelling of market"
    assert doc["occurred_from"] == "2026-10-03"
    assert doc["date_reported"] == "2026-10-05"
    assert doc["location"]["country"] == "SYR"
    assert doc["location"]["admin1"] == "Rural Damascus"  # typed rif dimashq
    assert doc["location"]["admin1_code"] == "SY-RD"
    assert doc["location"]["admin1_pcode"] == "SY03"
    assert (doc["location"]["lat"], doc["location"]["lon"]) == (33.57, 36.4)
    assert doc["confidentiality"] == "un"
    assert [v["type"] for v in doc["violations"]] == ["killing", "attack_on_civilian_objects"]
    assert doc["violations"][0]["victims_count"] == 4
    assert doc["violations"][0]["counts"] == [{"sex": "female", "age_group": "adult", "count": 2}]
    assert doc["victims"][0]["name"] == "A Person"
    assert doc["perpetrators"][0]["involvement"] == [{"violation": 0, "degree": "carried_out"}]
    assert doc["sources"][0]["connection"] == "direct_witness"
    assert doc["verification"]["status"] == "reasonable_grounds"
    assert doc["verification"]["credibility"] == "probably_true"
    assert doc["created_by"] == "amina"
    assert doc["revision"] == 1
    assert doc["attachments"] == []


def test_incident_edit_changes_only_given_fields_and_history_shows_it(
    cli_store: CliStore, tmp_path: Path
) -> None:
    incident_id = cli_store.from_stdin
    with Store.open(cli_store.directory, PASSPHRASE) as store:
        before = Incidents(store).get(incident_id)
    changes = tmp_path / "changes.json"
    changes.write_text(
        json.dumps(
            {"title": "Arrests at the north checkpoint", "location": {"place": "North checkpoint"}}
        ),
        encoding="utf-8",
    )
    edited = run(
        "incident", "edit", incident_id, "--file", str(changes), data_dir=cli_store.directory
    )
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.strip() == f"{incident_id} revision {before['revision'] + 1}"

    history = run("incident", "history", incident_id, data_dir=cli_store.directory)
    assert history.returncode == 0, history.stderr
    entries = json.loads(history.stdout)
    assert entries[0]["field"] == "(created)"
    latest = {e["field"]: e for e in entries if e["revision"] == before["revision"] + 1}
    assert set(latest) == {"title", "location.place"}
    assert latest["title"]["old"] == "Arrests at checkpoint"
    assert latest["title"]["new"] == "Arrests at the north checkpoint"
    assert latest["location.place"]["old"] == "Central market"
    assert latest["location.place"]["new"] == "North checkpoint"
    assert latest["title"]["actor"] == "amina"

    with Store.open(cli_store.directory, PASSPHRASE) as store:
        after = Incidents(store).get(incident_id)
    assert after["title"] == "Arrests at the north checkpoint"
    assert after["location"] == {**before["location"], "place": "North checkpoint"}
    untouched = (
        "occurred_from",
        "narrative",
        "confidentiality",
        "victims",
        "sources",
        "perpetrators",
        "verification",
    )
    for key in untouched:
        assert after[key] == before[key], key
    assert [v["type"] for v in after["violations"]] == [v["type"] for v in before["violations"]]


# ---- bad input ------------------------------------------------------------------------------
def test_bad_input_exits_2_naming_the_field_and_changes_nothing(
    cli_store: CliStore, tmp_path: Path
) -> None:
    directory = cli_store.directory
    count = _count(directory)
    with Store.open(directory, PASSPHRASE) as store:
        revision = Incidents(store).get(cli_store.from_file)["revision"]

    bad_type = incident_doc()
    bad_type["violations"][0]["type"] = "not_a_violation"
    bad_type_file = tmp_path / "bad-type.json"
    bad_type_file.write_text(json.dumps(bad_type), encoding="utf-8")
    bad_json = tmp_path / "broken.json"
    bad_json.write_text('{"title": "Shelling", ', encoding="utf-8")
    bad_date = tmp_path / "bad-date.json"
    bad_date.write_text(json.dumps({"occurred_from": "3rd of October"}), encoding="utf-8")
    bad_country = incident_doc(location={"country": "XXX"})

    cases = [
        (("incident", "add", "--file", str(bad_type_file)), None, "violations[0].type"),
        (("incident", "add", "--file", "-"), json.dumps(bad_country), "location.country"),
        (("incident", "edit", cli_store.from_file, "--file", str(bad_date)), None, "occurred_from"),
        (("incident", "add", "--file", str(bad_json)), None, "--file"),
    ]
    for args, stdin, field in cases:
        result = run(*args, data_dir=directory, stdin=stdin)
        assert result.returncode == 2, (args, result.stderr)
        assert f"error: {field}: " in result.stderr, (field, result.stderr)
        assert result.stdout == ""

    assert _count(directory) == count
    with Store.open(directory, PASSPHRASE) as store:
        assert Incidents(store).get(cli_store.from_file)["revision"] == revision


# ---- locked ---------------------------------------------------------------------------------
def test_wrong_passphrase_exits_3_and_touches_nothing(cli_store: CliStore) -> None:
    before = _snapshot(cli_store.directory)
    result = run("incident", "list", data_dir=cli_store.directory, passphrase="not the passphrase")
    assert result.returncode == 3
    assert "wrong passphrase" in result.stderr
    assert result.stdout == ""
    after = _snapshot(cli_store.directory)
    counted = json.loads(after.pop(ATTEMPTS))  # the failure counts, as in the window
    assert counted["failures"] == 1
    logged = after.pop("upfront.log")[len(before.pop("upfront.log", b"")) :]  # one line more
    assert logged.decode().endswith(" app.cli: command incident list: exit 3 (WrongPassphrase)\n")
    assert after == before  # and nothing else changed
    UnlockAttempts(cli_store.directory).clear()


def test_no_passphrase_and_no_terminal_exits_3(cli_store: CliStore) -> None:
    result = run("incident", "list", data_dir=cli_store.directory, passphrase=None)
    assert result.returncode == 3
    assert "no passphrase" in result.stderr
    assert "UPFRONT_PASSPHRASE" in result.stderr


# ---- vocabularies ---------------------------------------------------------------------------
def test_vocab_list_violation_json(tmp_path: Path) -> None:
    result = run(
        "vocab", "list", "violation", "--json", data_dir=tmp_path / "none", passphrase=None
    )
    assert result.returncode == 0, result.stderr
    codes = {t["code"]: t for t in json.loads(result.stdout)}
    assert "killing" in codes
    assert codes["killing"]["label"]


def test_vocab_list_admin1_for_a_country(tmp_path: Path) -> None:
    result = run(
        "vocab",
        "list",
        "admin1",
        "--country",
        "SYR",
        "--json",
        data_dir=tmp_path / "none",
        passphrase=None,
    )
    assert result.returncode == 0, result.stderr
    terms = {t["code"]: t["label"] for t in json.loads(result.stdout)}
    assert terms["SY-RD"] == "Rīf Dimashq"
    assert all(code.startswith("SY-") for code in terms)


def test_vocab_unknown_kind_exits_2(tmp_path: Path) -> None:
    result = run("vocab", "list", "no-such-kind", data_dir=tmp_path / "none", passphrase=None)
    assert result.returncode == 2
    assert "no-such-kind" in result.stderr
    assert "violation" in result.stderr  # the known kinds are listed


# ---- global options and audit ---------------------------------------------------------------
def test_global_options_after_the_subcommand(cli_store: CliStore, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"  # UPFRONT_DATA_DIR points to no store at all
    result = run(
        "incident",
        "list",
        "--json",
        "--data-dir",
        str(cli_store.directory),
        "--user",
        "amina",
        data_dir=elsewhere,
    )
    assert result.returncode == 0, result.stderr
    ids = {r["id"] for r in json.loads(result.stdout)}
    assert {cli_store.from_file, cli_store.from_stdin} <= ids


def test_audit_verify_says_intact(cli_store: CliStore) -> None:
    result = run("audit", "verify", data_dir=cli_store.directory)
    assert result.returncode == 0, result.stderr
    assert "intact" in result.stdout
    entries = int(re.search(r"(\d+) entries", result.stdout).group(1))
    assert entries >= 3  # store.create and the two incident.create at least


# ---- passphrases, users, recovery -----------------------------------------------------------
def test_passwd(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    new = "a much longer new passphrase"

    keys_before = (directory / "keys.json").read_bytes()
    short = run("passwd", data_dir=directory, extra_env={"UPFRONT_NEW_PASSPHRASE": "short"})
    assert short.returncode == 2
    assert "new passphrase" in short.stderr and "10" in short.stderr
    assert (directory / "keys.json").read_bytes() == keys_before

    # The old passphrase still opens the store: passwd itself authenticates with it.
    changed = run("passwd", data_dir=directory, extra_env={"UPFRONT_NEW_PASSPHRASE": new})
    assert changed.returncode == 0, changed.stderr
    assert "amina" in changed.stdout

    old = run("incident", "list", data_dir=directory)
    assert old.returncode == 3
    fresh = run("incident", "list", "--json", data_dir=directory, passphrase=new)
    assert fresh.returncode == 0, fresh.stderr
    assert len(json.loads(fresh.stdout)) == 1


def test_user_add_and_list(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    (incident_id,) = _fast_store(directory)
    bashir = "bashir's own passphrase"

    added = run(
        "user", "add", "bashir", data_dir=directory, extra_env={"UPFRONT_NEW_PASSPHRASE": bashir}
    )
    assert added.returncode == 0, added.stderr

    as_bashir = run(
        "incident",
        "show",
        incident_id,
        "--json",
        "--user",
        "bashir",
        data_dir=directory,
        passphrase=bashir,
    )
    assert as_bashir.returncode == 0, as_bashir.stderr
    assert json.loads(as_bashir.stdout)["id"] == incident_id

    listed = run("user", "list", "--json", data_dir=directory, passphrase=None)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == ["amina", "bashir"]

    with Store.open(directory, bashir, "bashir") as store:
        assert store.user == "bashir"
        with store.session() as session:
            actions = [(e.actor, e.action, e.object_id) for e in session.query(AuditEntry)]
    assert ("amina", "user.add", "bashir") in actions
    assert ("bashir", "incident.view", incident_id) in actions


def test_recover_resets_the_passphrase(cli_store: CliStore, tmp_path: Path) -> None:
    directory = tmp_path / "copy"
    shutil.copytree(cli_store.directory, directory)  # a copy: the shared store keeps its key
    new = "remembered at last, really"

    recovered = run(
        "recover",
        "--user",
        "amina",
        data_dir=directory,
        passphrase=None,
        extra_env={"UPFRONT_RECOVERY_KEY": cli_store.recovery, "UPFRONT_NEW_PASSPHRASE": new},
    )
    assert recovered.returncode == 0, recovered.stderr
    assert "amina" in recovered.stdout

    assert run("incident", "list", data_dir=directory).returncode == 3
    fresh = run("incident", "list", "--json", data_dir=directory, passphrase=new)
    assert fresh.returncode == 0, fresh.stderr
    assert cli_store.from_file in {r["id"] for r in json.loads(fresh.stdout)}


# ---- wipe -----------------------------------------------------------------------------------
def test_wipe(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    before = _snapshot(directory)

    refused = run("wipe", data_dir=directory, passphrase=None)
    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    after = _snapshot(directory)
    assert (
        after.pop("upfront.log")
        .decode()
        .endswith(  # the log says so; nothing else changed
            " app.cli: command wipe: exit 2 (BadInput: --yes)\n"
        )
    )
    assert after == before

    # how fast it is (it overwrites only the key file) is test_store's and bench/store.py's
    wiped = run("wipe", "--yes", data_dir=directory, passphrase=None)
    assert wiped.returncode == 0, wiped.stderr
    assert "Wiped" in wiped.stdout
    assert not (directory / "keys.json").exists()
    assert not (directory / "upfront.db").exists()
    assert not [p for p in directory.iterdir() if p.name.startswith("upfront.db")]
    assert not [p for p in directory.iterdir() if p.name.startswith("upfront.log")]

    after = run("incident", "list", data_dir=directory)
    assert after.returncode == 1
    assert "no Upfront store" in after.stderr
    assert "upfront init" in after.stderr
    assert not [p for p in directory.iterdir() if p.name.startswith("upfront.log")]


@pytest.mark.skipif(not PROC_IO.exists(), reason="needs Linux /proc/self/io")
def test_wipe_in_process_is_fast_even_with_the_store_open(tmp_path: Path) -> None:
    """Fast because the 8 MB in the open store are not overwritten: the key file is."""
    directory = tmp_path / "data"
    store, _recovery = Store.create(directory, "amina", PASSPHRASE, kdf=FAST_KDF)
    try:
        incidents = Incidents(store)
        ids = incidents.add_many([incident_doc(title=f"Incident {n}") for n in range(50)])
        Attachments(store).add(ids[0], os.urandom(8 * 1024 * 1024), "video.mp4")
        assert (directory / "upfront.db-wal").exists()  # open, mid-session

        before = bytes_written()
        removed = wipe(directory)
        written = bytes_written() - before
    finally:
        store.close()
    assert written < 1024 * 1024, f"wipe wrote {written} bytes"
    assert {p.name for p in removed} >= {"keys.json", "upfront.db"}
    assert not (directory / "keys.json").exists()
    assert not [p for p in directory.iterdir() if p.name.startswith(("upfront.db", "keys"))]


# ---- a damaged store ------------------------------------------------------------------------
def test_corrupted_key_file_is_reported_clearly(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    (directory / "keys.json").write_bytes(os.urandom(900))
    result = run("incident", "list", data_dir=directory)
    assert result.returncode == 1
    assert "key file" in result.stderr and "corrupted" in result.stderr
    assert "internal error" not in result.stderr


def test_key_file_with_damaged_kdf_parameters_is_reported_clearly(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    keys = json.loads((directory / "keys.json").read_bytes())
    for slot in keys["slots"]:
        slot["kdf"]["iterations"] = 0
    (directory / "keys.json").write_text(json.dumps(keys), encoding="utf-8")
    result = run("incident", "list", data_dir=directory)
    assert result.returncode == 1
    assert "internal error" not in result.stderr
    assert "key file" in result.stderr and "corrupted" in result.stderr


def test_missing_key_file_beside_the_database_is_reported_clearly(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    (directory / "keys.json").unlink()
    result = run("incident", "list", data_dir=directory)
    assert result.returncode == 1
    assert "no key file" in result.stderr
    assert "internal error" not in result.stderr
    assert (directory / "upfront.db").exists()


def test_unknown_incident_id_exits_1(cli_store: CliStore) -> None:
    missing = str(uuid.uuid4())
    result = run("incident", "show", missing, data_dir=cli_store.directory)
    assert result.returncode == 1
    assert f"no incident with id {missing}" in result.stderr


# ---- the growing delay after wrong attempts, as in the window --------------------------------
def _failures(directory: Path, count: int, ago: float) -> None:
    (directory / ATTEMPTS).write_text(json.dumps({"failures": count, "last": time.time() - ago}))


def test_the_cli_keeps_the_delay_the_window_enforces(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    _failures(directory, 8, 0)  # the window just saw an eighth wrong passphrase: 32 s to wait
    before = (directory / ATTEMPTS).read_bytes()
    for args in (("incident", "list"), ("passwd",)):
        refused = run(
            *args,
            data_dir=directory,
            extra_env={"UPFRONT_NEW_PASSPHRASE": "another long passphrase"},
        )
        assert refused.returncode == 3, (args, refused.stderr)
        assert re.search(r"too many wrong attempts; try again in (3[0-2]|[12]\d) s", refused.stderr)
        assert refused.stdout == ""
    recovery = run(
        "recover",
        "--user",
        "amina",
        data_dir=directory,
        extra_env={"UPFRONT_RECOVERY_KEY": "AAAA-" * 7 + "AAAA"},
    )
    assert recovery.returncode == 3 and "try again in" in recovery.stderr
    assert (directory / ATTEMPTS).read_bytes() == before  # refusals are not tries
    assert _count(directory) == 1  # the right passphrase was not changed by passwd

    _failures(directory, 5, 5)  # five failures, their 4 s gone: one may be tried
    wrong = run("incident", "list", data_dir=directory, passphrase="not the passphrase")
    assert wrong.returncode == 3 and "wrong passphrase" in wrong.stderr
    assert UnlockAttempts(directory).load()[0] == 6  # counted: now 8 s to wait
    assert run("incident", "list", data_dir=directory).returncode == 3
    time.sleep(UnlockAttempts(directory).seconds_to_wait() + 0.2)
    opened = run("incident", "list", data_dir=directory)
    assert opened.returncode == 0, opened.stderr
    assert not (directory / ATTEMPTS).exists()  # success clears the count


def test_a_wrong_recovery_key_counts_too(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    result = run(
        "recover",
        "--user",
        "amina",
        data_dir=directory,
        extra_env={
            "UPFRONT_RECOVERY_KEY": "AAAA-" * 7 + "AAAA",
            "UPFRONT_NEW_PASSPHRASE": "another long passphrase",
        },
    )
    assert result.returncode == 3
    assert UnlockAttempts(directory).load()[0] == 1


# ---- key files that cannot be read -----------------------------------------------------------
def _dir_key(keys: Path) -> None:
    keys.unlink()
    keys.mkdir()


def _fifo_key(keys: Path) -> None:
    keys.unlink()
    os.mkfifo(keys)


def _loop_key(keys: Path) -> None:
    keys.unlink()
    keys.symlink_to(keys.name)  # points at itself


def _unreadable_key(keys: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions")
    keys.chmod(0)


@pytest.mark.parametrize(
    "spoil",
    [_dir_key, _fifo_key, _loop_key, _unreadable_key],
    ids=["folder", "fifo", "symlink-loop", "no-permission"],
)
def test_a_key_file_that_cannot_be_read_is_bad_input_naming_it(tmp_path: Path, spoil) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    keys = directory / "keys.json"
    spoil(keys)
    for args in (("incident", "list"), ("user", "list"), ("passwd",)):
        result = run(*args, data_dir=directory, timeout=30)  # a FIFO must not hang it
        assert result.returncode == 2, (args, result.stderr)
        assert f"error: {keys}: " in result.stderr
        assert "internal error" not in result.stderr
    assert (directory / "upfront.db").exists()


# ---- JSON inputs that are not records --------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "nests lists and objects more than 64 deep"),
        ('{"title": ' + "[" * 70 + "]" * 70 + "}", "nests lists and objects more than 64 deep"),
        (
            '{"victims": [{"name": ' + '{"a": ' * 200 + "1" + "}" * 200 + "}]}",
            "nests lists and objects more than 64 deep",
        ),
        (
            '{"victims_count": ' + "9" * 5000 + "}",
            "is not valid JSON: a number has too many digits",
        ),
    ],
)
def test_hostile_json_is_bad_input_naming_the_input(tmp_path: Path, content, reason) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    doc = tmp_path / "hostile.json"
    doc.write_text(content, encoding="utf-8")
    from_file = run("incident", "add", "--file", str(doc), data_dir=directory)
    piped = run("incident", "add", "--file", "-", data_dir=directory, stdin=content)
    for result in (from_file, piped):
        assert result.returncode == 2, result.stderr
        assert f"error: --file: {reason}" in result.stderr
    assert _count(directory) == 1


# ---- a reader that stops reading -------------------------------------------------------------
def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path) -> None:
    command, cwd = _upfront()
    env = _base_env()
    env["UPFRONT_DATA_DIR"] = str(tmp_path / "none")
    code, err = run_with_reader_gone(
        [*command, "vocab", "list", "violation", "--json"], env=env, cwd=cwd or tmp_path
    )
    assert code == 141, err
    assert err == b""


def test_upfront_piped_into_head(tmp_path: Path) -> None:
    """As typed: `upfront incident list --json | head -n 1`, with pipefail so that upfront's
    status shows; its output (some 200 KB) is more than the pipe holds."""
    directory = tmp_path / "data"
    _fast_store(directory, incidents=300)  # more than a pipe holds
    command, _cwd = _upfront()
    env = _base_env()
    env.update(UPFRONT_DATA_DIR=str(directory), UPFRONT_PASSPHRASE=PASSPHRASE)
    script = (
        'set -o pipefail; "$@" incident list --json | head -n 1; echo "status ${PIPESTATUS[0]}" >&2'
    )
    result = subprocess.run(
        ["bash", "-c", script, "bash", *command],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout == "[\n"
    assert result.stderr.strip() == "status 141", result.stderr


# ---- --out: never overwritten unless asked, never a link or a folder ------------------------
def test_export_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    out = tmp_path / "incidents.csv"
    out.write_bytes(b"someone's earlier export")
    args = ("export", "--format", "csv", "--audience", "un", "--out", str(out))
    refused = run(*args, data_dir=directory)
    assert refused.returncode == 2
    assert "error: out: exists; pass --replace to replace it" in refused.stderr
    assert out.read_bytes() == b"someone's earlier export"
    replaced = run(*args, "--replace", data_dir=directory)
    assert replaced.returncode == 0, replaced.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,title,")
    fresh = tmp_path / "new.csv"
    written = run(
        "export", "--format", "csv", "--audience", "un", "--out", str(fresh), data_dir=directory
    )
    assert written.returncode == 0 and fresh.read_bytes() == out.read_bytes()
    assert not list(tmp_path.glob(".*.part"))


def test_export_refuses_a_link_or_a_folder_even_with_replace(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    _fast_store(directory)
    target = tmp_path / "elsewhere.txt"
    target.write_bytes(b"not to be touched")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    for out, reason in ((link, "is a symbolic link"), (folder, "is a folder")):
        for extra in ((), ("--replace",)):
            result = run(
                "export",
                "--format",
                "csv",
                "--audience",
                "un",
                "--out",
                str(out),
                *extra,
                data_dir=directory,
            )
            assert result.returncode == 2, result.stderr
            assert f"error: out: {reason}" in result.stderr
    assert target.read_bytes() == b"not to be touched" and link.is_symlink()
    assert list(folder.iterdir()) == []
