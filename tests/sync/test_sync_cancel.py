"""A first pull from HQ cancelled at any round (app.progress): the device keeps whole pages
only, each committed with the cursor it brings, and the next sync goes on from there to the
same records as the device that sent them. A real HQ on its own PostgreSQL database; the
devices talk to it in process (synchelp.enroll_in_process: the whole exchange but the socket).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synchelp import enroll_in_process, fresh_pg_database, make_hq_dir

from app.errors import Cancelled
from app.incidents import Incidents
from app.progress import Progress, Step
from sync import device as d
from tests.app.conftest import incident_doc

TEAM = "SYR"
RECORDS = 24
PAGE = 4  # changes a page: several rounds for a first pull


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    """HQ holding RECORDS incidents sent by one device; a factory of new devices."""
    directory = tmp_path_factory.mktemp("cancel")
    (directory / "hq").mkdir()
    with fresh_pg_database() as url:
        hq = make_hq_dir(directory / "hq", url)
        hq.add_team(TEAM)
        store, client, _ = enroll_in_process(hq, directory, "sender", hq.create_token(TEAM))
        incidents = Incidents(store)
        for i in range(RECORDS):
            incidents.add(incident_doc(title=f"Incident {i} at the northern crossing"))
        assert client.sync().complete
        documents = {row["id"]: _shape(incidents.get(row["id"])) for row in incidents.list()}
        names = iter(range(10_000))

        def new_device():
            return enroll_in_process(
                hq, directory, f"dev{next(names)}", hq.create_token(TEAM), limit=PAGE
            )

        try:
            yield documents, new_device
        finally:
            client.close()
            store.close()
            hq.engine.dispose()  # before the database is dropped under its connections


def _shape(doc: dict) -> tuple:
    """What must come over whole: the title, and each act's type and count."""
    return (
        doc["title"],
        tuple((v["type"], v.get("victims_count")) for v in doc["violations"]),
        len(doc["victims"]),
    )


def held(store) -> dict[str, tuple]:
    incidents = Incidents(store)
    return {row["id"]: _shape(incidents.get(row["id"])) for row in incidents.list()}


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(at=st.integers(min_value=0, max_value=4))
def test_a_first_pull_cancelled_at_any_round_keeps_whole_pages_and_resumes(sent, at: int):
    documents, new_device = sent
    store, client, _ = new_device()
    try:
        steps: list[Step] = []

        def seen(step: Step) -> None:
            steps.append(step)
            if len(steps) > at:
                progress.cancel()

        progress = Progress(on_step=seen)
        with pytest.raises(Cancelled):
            client.sync(progress=progress)
        assert all(s.phase == "pull" and s.total == 0 for s in steps)
        assert [s.done for s in steps] == sorted(s.done for s in steps)  # only forward
        got = held(store)
        assert 0 < len(got) < RECORDS  # stopped on the way, after `at` whole rounds
        assert all(documents[iid] == shape for iid, shape in got.items())  # no half records
        with store.session() as s:
            assert d.load_progress(s).last_error is None  # a cancel is no failure

        result = client.sync()
        assert result.complete and result.conflicts == 0
        assert held(store) == documents
    finally:
        client.close()
        store.close()


def test_an_uncancelled_first_pull_reports_each_round(sent):
    documents, new_device = sent
    store, client, _ = new_device()
    try:
        steps: list[Step] = []
        client.sync(progress=Progress(on_step=steps.append))
        assert steps[0] == Step(0, 0, "pull")
        pulls = [s.done for s in steps if s.phase == "pull"]
        assert pulls == sorted(pulls) and len(pulls) > 3
        assert held(store) == documents
    finally:
        client.close()
        store.close()
