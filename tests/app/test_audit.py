"""The hash-chained audit log, on real SQLCipher stores: chaining, verification, and tampering
(an edited entry, a gap, a dropped tail, a missing head marker), in-process and through the CLI.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app import audit
from app.incidents import Incidents
from app.models import AuditEntry, StoreMeta
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE


def _doc(title: str = "Shelling of market") -> dict:
    return {
        "title": title,
        "occurred_from": "2026-10-03",
        "date_reported": "2026-10-05",
        "location": {"country": "SYR", "admin1": "rif dimashq", "place": "Central market"},
        "confidentiality": "un",
        "violations": [{"type": "killing", "victims_count": 4}],
    }


@pytest.fixture
def audited(tmp_path: Path):
    """A store whose log has 6 entries: create, 3 incident.create, 1 update, 1 view."""
    directory = tmp_path / "data"
    store, _recovery = Store.create(directory, "amina", PASSPHRASE, kdf=FAST_KDF)
    incidents = Incidents(store)
    ids = [incidents.add(_doc(f"Incident {n}")) for n in range(3)]
    incidents.edit(ids[0], {"title": "Incident 0, revised"})
    incidents.view(ids[1])
    yield store
    store.close()


def _entries(store: Store) -> list[AuditEntry]:
    with store.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def _verify(store: Store) -> tuple[int, list[audit.Problem]]:
    with store.session() as session:
        return audit.verify(session)


def _raw(store: Store, sql: str, params: tuple = ()) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql(sql, params)


# ---- a healthy log --------------------------------------------------------------------------
def test_entries_are_numbered_and_chained(audited: Store) -> None:
    entries = _entries(audited)
    assert [e.seq for e in entries] == list(range(1, 7))
    assert [e.action for e in entries] == [
        "store.create",
        "incident.create",
        "incident.create",
        "incident.create",
        "incident.update",
        "incident.view",
    ]
    assert {e.actor for e in entries} == {"amina"}
    assert entries[0].prev_hash == "0" * 64
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.prev_hash == before.hash
    # Each hash is SHA-256 over the canonical JSON of the entry, prev_hash included.
    for e in entries:
        content = {
            "seq": e.seq,
            "at": e.at,
            "actor": e.actor,
            "action": e.action,
            "object_type": e.object_type,
            "object_id": e.object_id,
            "detail": e.detail,
            "prev_hash": e.prev_hash,
        }
        canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert e.hash == hashlib.sha256(canonical.encode()).hexdigest()
    assert len({e.hash for e in entries}) == len(entries)
    # The head marker names the newest entry.
    with audited.session() as session:
        head = session.get(StoreMeta, audit.HEAD_KEY)
    assert head is not None and head.value == f"6:{entries[-1].hash}"


def test_update_entry_records_the_changed_fields(audited: Store) -> None:
    update = next(e for e in _entries(audited) if e.action == "incident.update")
    assert update.object_type == "incident"
    assert update.detail == {"revision": 2, "fields": ["title"]}


def test_verify_reports_intact_log(audited: Store) -> None:
    assert _verify(audited) == (6, [])


def test_entry_lands_only_with_its_change(audited: Store) -> None:
    with pytest.raises(RuntimeError), audited.transaction() as session:
        audit.append(session, "amina", "incident.delete", "incident", "x")
        raise RuntimeError("the change failed")
    assert _verify(audited) == (6, [])
    with audited.transaction() as session:
        audit.append(session, "amina", "export", detail={"n": 1})
    assert _verify(audited) == (7, [])
    newest = _entries(audited)[-1]
    assert (newest.seq, newest.action, newest.detail) == (7, "export", {"n": 1})


# ---- tampering ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("actor", "x"),
        ("action", "incident.view"),
        ("at", "2020-01-01T00:00:00.000000+00:00"),
        ("object_id", "00000000-0000-0000-0000-000000000000"),
        ("detail", '{"forged": true}'),
    ],
)
def test_edited_entry_is_detected(audited: Store, column: str, value: str) -> None:
    _raw(audited, f"UPDATE audit_log SET {column} = ? WHERE seq = 2", (value,))
    count, problems = _verify(audited)
    assert count == 6
    assert [p.seq for p in problems] == [2]
    assert "altered" in problems[0].reason


def test_edited_detail_of_update_entry_is_detected(audited: Store) -> None:
    _raw(
        audited,
        "UPDATE audit_log SET detail = ? WHERE seq = 5",
        (json.dumps({"revision": 2, "fields": ["narrative"]}),),
    )
    _count, problems = _verify(audited)
    assert [p.seq for p in problems] == [5]


def test_rewritten_hash_breaks_the_chain(audited: Store) -> None:
    """Someone who edits an entry and recomputes its hash is caught by the next entry."""
    entries = _entries(audited)
    e = entries[2]  # seq 3
    forged = {
        "seq": e.seq,
        "at": e.at,
        "actor": "x",
        "action": e.action,
        "object_type": e.object_type,
        "object_id": e.object_id,
        "detail": e.detail,
        "prev_hash": e.prev_hash,
    }
    digest = hashlib.sha256(
        json.dumps(forged, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    _raw(audited, "UPDATE audit_log SET actor = 'x', hash = ? WHERE seq = 3", (digest,))
    _count, problems = _verify(audited)
    assert [p.seq for p in problems] == [4]
    assert "chain" in problems[0].reason


def test_deleted_middle_entry_is_reported_as_a_gap(audited: Store) -> None:
    _raw(audited, "DELETE FROM audit_log WHERE seq = 3")
    count, problems = _verify(audited)
    assert count == 5
    assert problems, "a deleted entry must be detected"
    assert {p.seq for p in problems} == {4}
    assert any("missing" in p.reason and "3" in p.reason for p in problems)


def test_deleted_first_entry_is_detected(audited: Store) -> None:
    _raw(audited, "DELETE FROM audit_log WHERE seq = 1")
    _count, problems = _verify(audited)
    assert any(p.seq == 2 and "missing" in p.reason for p in problems)


def test_deleted_last_entry_is_detected_by_the_head_marker(audited: Store) -> None:
    _raw(audited, "DELETE FROM audit_log WHERE seq = 6")
    count, problems = _verify(audited)
    assert count == 5
    assert [p.seq for p in problems] == [6]
    assert "removed" in problems[0].reason


def test_deleted_tail_of_several_entries_is_detected(audited: Store) -> None:
    _raw(audited, "DELETE FROM audit_log WHERE seq >= 4")
    count, problems = _verify(audited)
    assert count == 3
    assert [p.seq for p in problems] == [6]


def test_deleted_head_marker_is_detected(audited: Store) -> None:
    _raw(audited, "DELETE FROM store_meta WHERE key = ?", (audit.HEAD_KEY,))
    _count, problems = _verify(audited)
    assert len(problems) == 1
    assert "head marker" in problems[0].reason


def test_emptied_log_is_detected(audited: Store) -> None:
    _raw(audited, "DELETE FROM audit_log")
    count, problems = _verify(audited)
    assert count == 0
    assert problems


# ---- through the CLI ------------------------------------------------------------------------
def _upfront() -> list[str]:
    """The console script next to this interpreter, else `python -m ui.main` run by it."""
    beside = Path(sys.executable).parent / "upfront"
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "ui.main"]


def test_cli_audit_verify_fails_after_tampering(audited: Store, tmp_path: Path) -> None:
    _raw(audited, "UPDATE audit_log SET actor = 'x' WHERE seq = 2")
    audited.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("UPFRONT_")}
    env.update(
        UPFRONT_DATA_DIR=str(audited.directory),
        UPFRONT_PASSPHRASE=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    result = subprocess.run(
        [*_upfront(), "audit", "verify", "--json"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["entries"] == 6
    assert [p["seq"] for p in report["problems"]] == [2]
