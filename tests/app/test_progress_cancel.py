"""Long work reports progress and stops cleanly on a cancel (app.progress): an import, an
export, a report's build and a rekey cancelled at any of their steps leave the store and the
output folder as they were; progress only goes forward and reaches its total."""

from __future__ import annotations

import csv
import hashlib
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from app import exchange
from app.errors import Cancelled
from app.exchange import Exporter, ExportRequest
from app.keyfile import KeyFile
from app.models import AuditEntry, Incident, OutboxEntry
from app.paths import keyfile_path
from app.progress import PHASES, REKEY_SWAP, Progress, Step
from app.reports import Reports, Request
from app.rotation import rekey_files
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE, incident_doc

ROWS = 300
CHUNK = 100  # the import's chunk here (app.incidents.IMPORT_CHUNK): three of them
EXAMPLES = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class CancelAt:
    """A Progress that cancels itself at its `at`-th step (counting from 0), and keeps every
    step it was told of."""

    def __init__(self, at: int | None) -> None:
        self.at = at
        self.steps: list[Step] = []
        self.progress = Progress(on_step=self._seen)

    def _seen(self, step: Step) -> None:
        self.steps.append(step)
        if self.at is not None and len(self.steps) > self.at:
            self.progress.cancel()


def assert_forward(steps: list[Step]) -> None:
    """Within a phase, `done` never goes back and never passes a known total."""
    last: dict[str, int] = {}
    for s in steps:
        assert s.phase in PHASES
        assert s.done >= last.get(s.phase, 0), steps
        assert s.total <= 0 or 0 <= s.done <= s.total
        last[s.phase] = s.done


def write_csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["title", "occurred_from", "location.country", "violation.type"])
        for i in range(rows):
            w.writerow([f"Event number {i} at the crossing", "2026-10-03", "SYR", "killing"])
    return path


def state_of(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Incident)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            s.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
        )


@pytest.fixture(scope="module", autouse=True)
def _small_chunks():
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("app.incidents.IMPORT_CHUNK", CHUNK)
        yield


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> Path:
    return write_csv(tmp_path_factory.mktemp("import") / "rows.csv", ROWS)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    directory = tmp_path_factory.mktemp("store") / "data"
    store, _ = Store.create(directory, "amina", PASSPHRASE, kdf=FAST_KDF)
    from app.incidents import Incidents

    Incidents(store).add(incident_doc())
    yield store
    store.close()


# ---- the protocol itself ---------------------------------------------------------------------
def test_a_cancel_from_another_thread_stops_the_work_at_its_next_step():
    progress = Progress()
    progress.step(0, 10, "check")
    worker = threading.Thread(target=progress.cancel)
    worker.start()
    worker.join()
    assert progress.cancel_requested
    with pytest.raises(Cancelled) as caught:
        progress.step(1, 10, "check")
    assert caught.value.exit_code == 130


def test_past_the_point_of_no_return_a_cancel_is_refused_with_the_reason():
    finals: list[str] = []
    progress = Progress(on_final=finals.append)
    progress.point_of_no_return(REKEY_SWAP)
    assert finals == [REKEY_SWAP] and progress.final_reason == REKEY_SWAP
    assert progress.cancel() is False
    progress.step(1, 2, "swap")  # goes on


def test_a_cancel_asked_before_the_point_of_no_return_stops_the_work_there():
    progress = Progress()
    assert progress.cancel() is True
    with pytest.raises(Cancelled):
        progress.point_of_no_return(REKEY_SWAP)
    assert progress.final_reason is None


def test_an_unknown_phase_is_a_programming_error():
    with pytest.raises(ValueError):
        Progress().step(0, 1, "dancing")


# ---- import --------------------------------------------------------------------------------
def test_an_import_reports_each_row_and_chunk_forward_to_its_total(store, big_csv):
    table = exchange.read_table(big_csv)
    seen = CancelAt(None)
    checked = exchange.check(store, table, progress=seen.progress)
    assert len(checked.valid) == ROWS
    ids = exchange.commit(store, checked, table, keep_duplicates=True, progress=seen.progress)
    assert len(ids) == ROWS
    assert_forward(seen.steps)
    phases = {s.phase for s in seen.steps}
    assert phases == {"check", "import"}
    assert [s for s in seen.steps if s.phase == "check"][-1] == Step(ROWS, ROWS, "check")
    assert seen.steps[-1] == Step(ROWS, ROWS, "import")
    assert len([s for s in seen.steps if s.phase == "check"]) > ROWS  # one a row, and the end


@EXAMPLES
@given(
    at=st.one_of(
        st.integers(min_value=0, max_value=ROWS),  # while checking: ROWS + 1 steps
        st.integers(min_value=ROWS + 1, max_value=ROWS + 3),  # committing, but its last
    )
)
def test_an_import_cancelled_at_any_step_leaves_the_store_as_it_was(shared_store, big_csv, at: int):
    """A cancel at one of the check's ROWS + 1 steps stops it (it writes nothing); at one of
    the commit's (one before its first chunk, one after each) it rolls the commit's one
    transaction back whole."""
    table = exchange.read_table(big_csv)
    before = state_of(shared_store)
    seen = CancelAt(at)
    with pytest.raises(Cancelled):
        checked = exchange.check(shared_store, table, progress=seen.progress)
        exchange.commit(shared_store, checked, table, keep_duplicates=True, progress=seen.progress)
    assert state_of(shared_store) == before
    assert_forward(seen.steps)


# ---- export --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def export_store(tmp_path_factory):
    directory = tmp_path_factory.mktemp("export") / "data"
    store, _ = Store.create(directory, "amina", PASSPHRASE, kdf=FAST_KDF)
    table = exchange.read_table(write_csv(directory.parent / "rows.csv", 1200))
    exchange.commit(store, exchange.check(store, table), table, keep_duplicates=True)
    with store.transaction() as s:  # internal-only drafts would leave nothing to export
        s.execute(text("UPDATE incidents SET status = 'reviewed', confidentiality = 'un'"))
    yield store
    store.close()


def export_request(fmt: str, rows: str = "incident") -> ExportRequest:
    return ExportRequest.parse(format=fmt, audience="internal", rows=rows)


@EXAMPLES
@given(
    fmt=st.sampled_from(["csv", "json", "xlsx"]),
    rows=st.sampled_from(["incident", "aggregate"]),
    at=st.integers(min_value=0, max_value=1300),
)
def test_an_export_cancelled_at_any_step_leaves_no_file(
    export_store, tmp_path_factory, fmt: str, rows: str, at: int
):
    folder = tmp_path_factory.mktemp("out")
    out = folder / f"incidents.{fmt}"
    audits = state_of(export_store)[1]
    seen = CancelAt(at)
    try:
        done = Exporter(export_store).write(export_request(fmt, rows), out, progress=seen.progress)
    except Cancelled:
        assert list(folder.iterdir()) == []  # neither the file nor its partial copy
        assert state_of(export_store)[1] == audits  # no export entry
    else:  # `at` past the last step: it finished, whole
        assert done.path == out and out.exists()
        assert len(seen.steps) <= at + 1  # asked at its last step, after which none looks
    assert_forward(seen.steps)


def test_an_export_reports_chunks_forward_to_every_incident(export_store, tmp_path):
    seen = CancelAt(None)
    out = tmp_path / "all.csv"
    done = Exporter(export_store).write(export_request("csv"), out, progress=seen.progress)
    assert_forward(seen.steps)
    assert seen.steps[-1] == Step(done.incidents, done.incidents, "export")
    assert done.incidents == 1200 and len(seen.steps) == 1201  # one a record, and the start


# ---- report --------------------------------------------------------------------------------
@pytest.mark.parametrize("at", [0, 1])  # its steps but the last (none looks after it)
def test_a_report_build_cancelled_reads_only_and_stops(export_store, at: int):
    request = Request.parse(
        date_from="2026-10-01", date_to="2026-10-31", audience="un", lang="en", country="SYR"
    )
    audits = state_of(export_store)[1]
    seen = CancelAt(at)
    with pytest.raises(Cancelled):
        Reports(export_store).build(request, progress=seen.progress)
    assert state_of(export_store)[1] == audits
    full = CancelAt(None)
    report = Reports(export_store).build(request, progress=full.progress)
    assert full.steps[-1] == Step(2, 2, "build")
    assert report.meta.audience == "un"


# ---- rekey ---------------------------------------------------------------------------------
def fingerprint(directory: Path) -> tuple[int, bool, str]:
    keys = KeyFile.load(keyfile_path(directory))
    digest = hashlib.sha256(keyfile_path(directory).read_bytes()).hexdigest()
    return keys.generation, keys.rekey_due, digest


@pytest.mark.parametrize("at", [0, 1, 2])
def test_a_rekey_cancelled_before_the_swap_keeps_the_old_key_and_every_record(
    data_dir: Path, at: int
):
    store, _ = Store.create(data_dir, "amina", PASSPHRASE, kdf=FAST_KDF)
    from app.incidents import Incidents

    Incidents(store).add(incident_doc())
    before, counts = fingerprint(data_dir), state_of(store)
    seen = CancelAt(at)
    with pytest.raises(Cancelled):
        store.rekey(progress=seen.progress)
    generation, due, _digest = fingerprint(data_dir)
    assert (generation, due) == before[:2]  # not due again: the person asked to stop
    assert KeyFile.load(keyfile_path(data_dir)).pending is None
    assert not any(p.exists() for p in rekey_files(data_dir))
    assert state_of(store) == counts  # the open store goes on under its key
    store.close()
    with Store.open(data_dir, PASSPHRASE) as again:
        assert state_of(again) == counts
        assert again.generation == before[0]


def test_a_rekey_past_its_point_of_no_return_refuses_a_cancel_and_finishes(data_dir: Path):
    store, _ = Store.create(data_dir, "amina", PASSPHRASE, kdf=FAST_KDF)
    refused: list[bool] = []
    seen: list[Step] = []
    progress = Progress(
        on_step=seen.append, on_final=lambda _reason: refused.append(progress.cancel())
    )
    generation = store.generation
    store.rekey(progress=progress)
    assert refused == [False]
    assert store.generation == generation + 1
    assert_forward(seen)
    assert seen[-1] == Step(4, 4, "swap")
    store.close()
    with Store.open(data_dir, PASSPHRASE) as again:
        assert again.generation == generation + 1


def test_removing_a_user_can_be_cancelled_only_before_its_slot_goes(data_dir: Path):
    store, _ = Store.create(data_dir, "amina", PASSPHRASE, kdf=FAST_KDF)
    store.add_user("omar", "another passphrase here")
    before = fingerprint(data_dir)
    seen = CancelAt(0)
    with pytest.raises(Cancelled):
        store.remove_user("omar", progress=seen.progress)
    assert fingerprint(data_dir) == before  # nothing saved at all
    assert "omar" in Store.users(data_dir)
    late = Progress(on_final=lambda _r: refused.append(late.cancel()))
    refused: list[bool] = []
    store.remove_user("omar", progress=late)
    assert refused == [False] and "omar" not in Store.users(data_dir)
    store.close()
