"""What rendering views costs HQ in queries: a `un` device's pull reads the records it renders
in bulk, so the number of statements HQ runs does not grow with the number of records (a
deferred column touched per record once made it one query each, 36 s for 10,000)."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from synchelp import enroll_in_process, incident, make_hq_dir

from app.incidents import Incidents
from sync.hq import counts, views


def recorded(hq, tmp_path, country: str, n: int) -> str:
    """A team for `country` that recorded and pushed `n` incidents, three in four of them
    reaching `un`; its id."""
    team = hq.add_team(country)["id"]
    store, client, _ = enroll_in_process(hq, tmp_path, f"team-{country}", hq.create_token(team))
    docs = []
    for i in range(n):
        doc = incident(title=f"Queries {i}", narrative=f"Seen near well {i}.")
        doc["location"] = {"country": country}
        doc["confidentiality"] = "internal" if i % 4 == 0 else "un"
        docs.append(doc)
    Incidents(store).add_many(docs)
    assert client.sync().complete
    client.close()
    store.close()
    return team


def first_pull(hq, tmp_path, team: str) -> tuple[int, int]:
    """(statements HQ ran, incidents held) for a un analyst's first pull of `team`."""
    views.forget(hq)  # as a restarted HQ: the withheld names are read anew
    counts.forget(hq)  # and the acts its weekly counts are made of
    token = hq.create_token(None, analyst=True, scope=[team], audience="un", entity="OCHA")
    store, client, _ = enroll_in_process(hq, tmp_path, f"un-{team}", token, limit=1000)
    count = [0]

    def counted(*_args) -> None:
        count[0] += 1

    event.listen(hq.engine, "before_cursor_execute", counted)
    try:
        assert client.sync().complete
    finally:
        event.remove(hq.engine, "before_cursor_execute", counted)
    held = Incidents(store).count()
    client.close()
    store.close()
    return count[0], held


@pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)
def test_a_un_first_pull_runs_as_many_statements_for_forty_records_as_for_eight(tmp_path, hq_db):
    directory = tmp_path / "hq"
    directory.mkdir()
    hq = make_hq_dir(directory, hq_db)
    try:
        few_team = recorded(hq, tmp_path, "SYR", 8)
        many_team = recorded(hq, tmp_path, "YEM", 40)
        few, held_few = first_pull(hq, tmp_path, few_team)
        many, held_many = first_pull(hq, tmp_path, many_team)
        assert (held_few, held_many) == (6, 30)
        assert many == few, (few, many)
    finally:
        views.forget(hq)
        hq.engine.dispose()
