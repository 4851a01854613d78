"""The log (app.logs): a 0600 file in the data folder that only Upfront's loggers reach and that
never holds an exception's message; and THE MARKER TEST: every `upfront` command (and every
`upfront-hq` command a marker can reach) run with a marker in every free-text value, after
which the marker is nowhere in the data folder but the encrypted store."""

from __future__ import annotations

import argparse
import csv
import functools
import json
import logging
import os
import re
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app import logs
from app.store import Store
from tests.app.conftest import FAST_KDF, incident_doc
from tests.conftest import file_bytes

PROJECT = Path(__file__).resolve().parents[2]
MARKER = f"Mk{uuid.uuid4().hex[:12]}"  # unique per run: a hit can only come from this run
PASSPHRASE = f"{MARKER} correct horse battery"
NEW_PASSPHRASE = f"{MARKER} another horse staple"
USER = f"amina-{MARKER}"
RECOVERY_KEY = re.compile(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}")
STORE_FILES = re.compile(r"(upfront\.db(-wal|-shm|-journal)?|keys\.json)$")  # the encrypted store


# ---- the log file itself --------------------------------------------------------------------
@pytest.fixture
def log_file(tmp_path: Path):
    path = logs.configure(tmp_path / "data")
    yield path
    logs.stop()


def test_the_file_is_private_and_made_on_the_first_line(log_file: Path):
    assert not log_file.exists()  # configuring writes nothing
    logging.getLogger("app.something").info("store opened (key generation %d)", 1)
    assert log_file.exists()
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert (
        log_file.read_text()
        .rstrip()
        .endswith("INFO app.something: store opened (key generation 1)")
    )


def test_only_our_loggers_reach_it(log_file: Path):
    for name in ("app", "ui.tasks", "sync.client", "upfront.hq"):
        logging.getLogger(name).warning("ours %s", name)
    for name in ("sqlalchemy.engine", "urllib3", "appx", "synchronous"):
        logging.getLogger(name).warning("theirs %s", MARKER)
    logging.getLogger().warning("root %s", MARKER)
    text = log_file.read_text()
    assert [line.split(": ", 1)[1] for line in text.splitlines()] == [
        "ours app",
        "ours ui.tasks",
        "ours sync.client",
        "ours upfront.hq",
    ]
    assert MARKER not in text


def test_an_exception_is_written_as_its_type_never_its_message(log_file: Path):
    class DriverError(Exception):
        pass

    other = logging.StreamHandler(open(os.devnull, "w"))  # closed below
    logging.getLogger().addHandler(other)  # formats first and caches the full traceback
    try:
        try:
            try:
                raise KeyError(MARKER)
            except KeyError as inner:
                raise DriverError(f"INSERT INTO incident VALUES ('{MARKER}')") from inner
        except DriverError as exc:
            logging.getLogger("app.x").error("saving failed", exc_info=exc)
    finally:
        logging.getLogger().removeHandler(other)
        other.stream.close()
    text = log_file.read_text()
    assert "saving failed" in text and "DriverError" in text and "builtins.KeyError" in text
    assert f"in {test_an_exception_is_written_as_its_type_never_its_message.__name__}" in text
    assert MARKER not in text


def test_a_wipe_stops_the_log_and_removes_it(tmp_path: Path):
    from app.wipe import wipe

    directory = tmp_path / "data"
    Store.create(directory, "amina", "correct horse battery", kdf=FAST_KDF)[0].close()
    logs.configure(directory)
    logging.getLogger("app").info("a line")
    (directory / f"{logs.LOG_FILENAME}.1").write_text("rotated\n")
    removed = wipe(directory)
    logging.getLogger("app").info("after the wipe")  # goes nowhere
    assert {p.name for p in removed} >= {logs.LOG_FILENAME, f"{logs.LOG_FILENAME}.1"}
    assert not list(directory.glob("upfront.log*"))


# ---- THE MARKER TEST ------------------------------------------------------------------------
def _leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[str]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {" ".join(prefix)}
    return set().union(
        *(_leaves(child, (*prefix, name)) for name, child in subs[0].choices.items())
    )


def _upfront_parser() -> argparse.ArgumentParser:
    from app import cli
    from sync.cli import register as sync_commands
    from ui.briefing_cli import register as briefing_commands
    from ui.report_cli import register as report_commands
    from ui.timeline_cli import register as timeline_commands

    return cli.build_parser(
        [
            sync_commands,
            report_commands,
            timeline_commands,
            briefing_commands,
            functools.partial(cli.selftest.register, checks=[]),
        ]
    )


def _write(path: Path, value: object) -> str:
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return str(path)


def _marked_everywhere(directory: Path, allowed: re.Pattern[str]) -> list[str]:
    """Files under `directory` holding the marker, other than those `allowed` may."""
    needle = MARKER.encode()
    return sorted(
        str(p.relative_to(directory))
        for p in directory.rglob("*")
        if p.is_file() and not allowed.fullmatch(p.name) and needle in file_bytes(p)
    )


def test_no_command_writes_a_marker_outside_the_encrypted_store(tmp_path, monkeypatch, capsys):
    from ui.main import main

    data = tmp_path / "data"
    files = tmp_path / "files"
    files.mkdir()
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("UPFRONT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("UPFRONT_DEBUG", raising=False)
    store, recovery = Store.create(data, USER, PASSPHRASE, kdf=FAST_KDF)  # init: on its own
    store.close()

    ran: list[str] = []  # the command of each run on `data`, as the log names it

    def run(*argv: str, folder: Path = data) -> str:
        capsys.readouterr()
        code = main([*argv, "--data-dir", str(folder)])
        out = capsys.readouterr()
        assert MARKER not in out.err, (argv, out.err)  # no message quotes a value either
        words = [a for a in argv if not a.startswith("-")]
        name = next(
            leaf
            for leaf in sorted(leaves, key=len, reverse=True)
            if words[: len(leaf.split())] == leaf.split()
        )
        if folder == data:
            ran.append(name)
        exercised.add(name)
        assert isinstance(code, int)
        return out.out

    def run_apart(*argv: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "ui.main", *argv, "--data-dir", str(data)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert MARKER not in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert done.returncode == 0, done.stderr
        ran.append(argv[0])
        exercised.add(argv[0])
        return done.stderr

    leaves = _leaves(_upfront_parser())
    exercised: set[str] = set()
    doc = incident_doc(
        title=f"Shelling {MARKER}",
        narrative=f"Witnesses {MARKER}",
        victims=[
            {
                "name": f"Victim {MARKER}",
                "sex": "female",
                "age_group": "adult",
                "protected": True,
                "consent": "un",
            }
        ],
    )
    incident = run("incident", "add", "--file", _write(files / "incident.json", doc)).strip()
    run(
        "incident",
        "edit",
        incident,
        "--file",
        _write(files / "edit.json", {"narrative": f"More {MARKER}", "revision": 1}),
    )
    run("incident", "show", incident, "--json")
    run("incident", "history", incident)
    run("incident", "list", "--text", MARKER)
    run("incident", "unresolved")
    run("incident", "clear-summary", incident)
    photo = files / "photo.txt"
    photo.write_text(f"a note {MARKER}")
    run("attachment", "add", incident, str(photo), "--captured-by", MARKER)
    listed = json.loads(run("attachment", "list", incident) or "[]")
    attachment = listed[0]["id"] if listed else "none"
    run("attachment", "export", attachment, "--out", str(files / "copy.txt"))
    run("attachment", "custody", attachment)
    situation = run(
        "situation",
        "add",
        "--file",
        _write(
            files / "situation.json",
            {
                "name": f"Camps {MARKER}",
                "country": "SYR",
                "description": f"Arrests {MARKER}",
                "owner": MARKER,
            },
        ),
    ).strip()
    run(
        "situation",
        "edit",
        situation,
        "--file",
        _write(files / "situation-edit.json", {"description": MARKER, "revision": 1}),
    )
    run("situation", "show", situation)
    run("situation", "list")
    for how in ("include", "exclude", "unlink"):
        run("situation", how, situation, incident)
    run(
        "assessment",
        "add",
        "--situation",
        situation,
        "--file",
        _write(
            files / "assessment.json",
            {
                "assessed_on": "2026-10-01",
                "factors": [{"factor": "rf01", "level": "high", "rationale": f"because {MARKER}"}],
            },
        ),
    )
    run("assessment", "list", "--situation", situation)
    run("assessment", "heatmap", "--situation", situation)
    run(
        "strategy",
        "save",
        "--situation",
        situation,
        "--file",
        _write(
            files / "strategy.json",
            {
                "objectives": [f"Protect {MARKER}"],
                "actions": [
                    {
                        "title": f"Talk {MARKER}",
                        "pillar": "political",
                        "level": "country",
                        "lead": "rco",
                        "owner": MARKER,
                        "due": "2026-12-31",
                    }
                ],
            },
        ),
    )
    run("strategy", "show", "--situation", situation)
    run("strategy", "versions", "--situation", situation)
    engagement = {
        "date": "2026-10-05",
        "type": "demarche",
        "channel": "country_team",
        "un_by": f"RC {MARKER}",
        "with_whom": f"Governor {MARKER}",
        "asked": f"Access {MARKER}",
    }
    logged = run(
        "engagement",
        "add",
        "--situation",
        situation,
        "--file",
        _write(files / "engagement.json", engagement),
    ).strip()
    run(
        "engagement",
        "edit",
        logged,
        "--file",
        _write(files / "engagement-edit.json", {"answered": f"No {MARKER}", "revision": 1}),
    )
    run("engagement", "edit", logged, "--file", _write(files / "bad.json", {"channel": MARKER}))
    run("engagement", "list", "--situation", situation)
    run("timeline", "--situation", situation, "--json")
    run("scan")
    run("scan", "--json", "--no-watch", "--to", "2026-10-31")
    run("scan", "--standard", MARKER)  # refused
    run("review", "--quarter", "2026Q4")
    run("review", "--quarter", "2026Q4", "--out", str(files / "review.json"))
    run("review", "--quarter", "2026Q4", "--out", str(files / f"{MARKER}.txt"))  # refused
    decided = run(
        "decision",
        "add",
        "--situation",
        situation,
        "--file",
        _write(
            files / "decision.json",
            {
                "quarter": "2026Q4",
                "text": f"Brief {MARKER}",
                "entity": "ohchr",
                "person": MARKER,
                "action": {"pillar": "political", "level": "country", "title": f"Do {MARKER}"},
            },
        ),
    )
    run("decision", "list", "--quarter", "2026Q4")
    decision = decided.split()[0]
    run("decision", "edit", decision, "--file", _write(files / "change.json", {"status": MARKER}))
    run(
        "decision",
        "edit",
        decision,
        "--file",
        _write(files / "blocked.json", {"status": "blocked", "status_note": f"for {MARKER}"}),
    )
    # the PDF needs Qt: in a process of its own, as `report` below
    said = run_apart("review", "--quarter", "2026Q4", "--out", str(files / "review.pdf"))
    assert "SHA-256" in said
    run("export", "--format", "csv", "--audience", "internal", "--out", str(files / "out.csv"))
    sheet = files / "import.csv"
    with sheet.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [
                ["title", "occurred_from", "country", "narrative"],
                [f"Raid {MARKER}", "2026-10-04", "SYR", f"Seen {MARKER}"],
            ]
        )
    run("import", str(sheet), "--yes")
    series = files / "series.csv"
    with series.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [
                ["Date", "Place", "Note", "IDPs"],
                ["#date", "#adm1+code", "#description", "#affected+idps"],
                ["2026-10-05", "SY01", f"Seen {MARKER}", "120"],
            ]
        )
    imported = run(
        "humanitarian",
        "import",
        str(series),
        "--name",
        f"IDPs {MARKER}",
        "--source",
        f"Cluster {MARKER}",
        "--licence",
        f"CC {MARKER}",
    )
    dataset = imported.split()[0] if imported.strip() else MARKER
    bad_series = files / "bad-series.csv"
    bad_series.write_text(f"#date,#adm1+code,#affected+idps\n{MARKER},{MARKER},{MARKER}\n")
    run(
        "humanitarian",
        "import",
        str(bad_series),
        "--name",
        MARKER,
        "--source",
        "S",
        "--licence",
        "L",
    )
    run("humanitarian", "list")
    run("humanitarian", "show", dataset, "--place", "SY01")
    run("humanitarian", "delete", dataset)
    run("form", "xlsform", "--country", "SYR", "--out", str(files / "form.xlsx"))
    run("form", "xlsform", "--country", MARKER, "--out", str(files / "marked.xlsx"))  # refused
    run("vocab", "list", "violation")
    run("vocab", "kinds")
    run("config", "list")
    run("config", "get", "language")
    run("config", "set", "language", MARKER)  # refused: its value names no language
    run("audit", "verify")
    run(
        "enroll",
        "--hq",
        "https://127.0.0.1:9",
        "--token",
        MARKER,
        "--ca-fingerprint",
        "00" * 32,
        "--name",
        MARKER,
    )
    run("sync", "--status")
    run("sync")
    run("bundle", "export", "--out", str(files / "bundle.upb"))
    run("bundle", "receipt", _write(files / "receipt.bin", MARKER))
    run("conflict", "list")
    run("conflict", "resolve", MARKER, MARKER)
    run("quarantine", "list")
    monkeypatch.setenv("UPFRONT_NEW_PASSPHRASE", NEW_PASSPHRASE)
    monkeypatch.setenv("UPFRONT_RECOVERY_KEY", recovery)
    run("user", "add", f"staff-{MARKER}")
    run("user", "list")
    run("user", "remove", f"staff-{MARKER}")
    run("remember")
    run("forget")
    run("rekey")
    run("passwd")
    run("recover", "--user", USER)
    monkeypatch.setenv("UPFRONT_PASSPHRASE", NEW_PASSPHRASE)
    # the report and the self-test draw with Qt: each in its own process, as a person runs it
    # (in this one, the self-test's QGuiApplication would outlive the test and stop every GUI
    # test after it from making its QApplication)
    run_apart(
        "report",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--country",
        "SYR",
        "--audience",
        "internal",
        "--out",
        str(files / "report.pdf"),
    )
    # the officer's texts (--texts) are kept with the report; --reprint makes it again
    texts = files / "texts.json"
    texts.write_text(json.dumps({"number": "1", "overview": f"Overview {MARKER}"}))
    said = run_apart(
        "report",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--country",
        "SYR",
        "--audience",
        "un",
        "--texts",
        str(texts),
        "--out",
        str(files / "texted.pdf"),
    )
    digest = re.search(r"SHA-256 ([0-9a-f]{64})", said)
    assert digest and "left out:" in said
    run_apart("report", "--reprint", digest.group(1)[:12], "--out", str(files / "again.pdf"))
    run_apart("timeline", "--situation", situation, "--out", str(files / "timeline.pdf"))
    asks = files / "asks.txt"
    asks.write_text(f"Access for monitors {MARKER}", encoding="utf-8")
    run_apart(
        "briefing",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--audience",
        "un",
        "--asks",
        str(asks),
        "--out",
        str(files / "briefing.pdf"),
    )
    run_apart("selftest")

    run("demo")  # refused: `data` holds a real store
    sample = tmp_path / "sample"  # the sample store: a folder of its own
    run("demo", folder=sample)
    assert (sample / logs.LOG_FILENAME).exists()

    elsewhere = tmp_path / "elsewhere"  # init and wipe: a folder of their own
    monkeypatch.setenv("UPFRONT_PASSPHRASE", PASSPHRASE)
    run("init", "--user", USER, folder=elsewhere)
    assert (elsewhere / logs.LOG_FILENAME).exists()
    run("wipe", "--yes", folder=elsewhere)
    assert not list(elsewhere.glob("upfront.log*"))  # the wipe took the log with it

    assert exercised == leaves, f"not exercised: {sorted(leaves - exercised)}"
    text = (data / logs.LOG_FILENAME).read_text(encoding="utf-8")
    commands = re.findall(r" INFO app\.cli: command (.+?): exit (\d+)", text)
    assert [name for name, _code in commands] == ran  # one line per command, in order
    assert "command incident add: exit 0" in text and "command export: exit 0" in text
    assert MARKER not in text
    assert _marked_everywhere(data, STORE_FILES) == []
    assert _marked_everywhere(elsewhere, STORE_FILES) == []
    assert _marked_everywhere(sample, STORE_FILES) == []


def _hq_leaves() -> set[str]:
    from sync.hq.cli import build_parser

    return _leaves(build_parser())


@pytest.mark.slow
def test_no_hq_command_writes_a_marker_outside_its_database(tmp_path, capsys):
    from sync.hq import cli as hq

    directory = tmp_path / "hq"
    exercised: set[str] = {"serve"}  # runs until stopped: tests/sync start it as a server

    def run(*argv: str) -> str:
        capsys.readouterr()
        hq.main(["--dir", str(directory), *argv])
        out = capsys.readouterr()  # (an id the operator typed may be echoed: not a file)
        words = [a for a in argv[:2] if not a.startswith("-")]  # `access --record X`: access
        exercised.add(" ".join(words) if argv[0] != "init" else "init")
        return out.out

    run("init")
    team = run("team", "add", "SYR", "--name", f"Syria {MARKER}").strip()
    run("team", "list")
    run("token", "create", "--team", team)
    run("analyst", "add")
    run("analyst", "add", "--teams", team, "--audience", "un", "--entity", "ocha")
    run("device", "list")
    run("device", "revoke", MARKER)
    run("device", "revoke", MARKER, "--wipe")
    run("access", "--record", MARKER)
    run("access", "--device", str(uuid.uuid4()))
    run("roles")
    run("roles", "--device", MARKER)
    run("bundle", "import", _write(tmp_path / "bundle.upb", MARKER))
    run("key", "status")
    run("key", "rotate-team", team)
    run("key", "rotate-master")
    assert exercised == _hq_leaves(), sorted(_hq_leaves() - exercised)
    log_file = directory / "upfront-hq.log"
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    text = log_file.read_text(encoding="utf-8")
    assert len(re.findall(r"sync\.hq\.cli: command .+: exit \d+", text)) == 17
    assert "command team add: exit 0" in text
    assert _marked_everywhere(directory, re.compile(r"hq\.db(-wal|-shm|-journal)?")) == []
