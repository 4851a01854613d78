"""The map's counts (app.map_data): per region what the list shows filtered to it, points
only with coordinates, HQ's UN views rounded, incidents without a region counted apart."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from app.clock import utcnow
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.keyfile import KdfParams
from app.map_data import map_counts
from app.models import Incident, RecordView
from app.store import Store
from tests.app.conftest import incident_doc

FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
PLACES = [
    ("SYR", "rif dimashq"),
    ("SYR", "Aleppo"),
    ("SYR", "Damascus"),
    ("SYR", None),
    ("SYR", "Nowhere Valley"),  # kept as typed: the gazetteer does not know it
    ("LBN", "Beirut"),
    ("LBN", None),
]


def doc(country: str, admin1: str | None, coords: tuple[float, float] | None, **kw) -> dict:
    location: dict = {"country": country}
    if admin1:
        location["admin1"] = admin1
        if admin1 == "Nowhere Valley":
            location["not_in_gazetteer"] = True
    if coords:
        location.update(lat=coords[0], lon=coords[1], precision="exact")
    return incident_doc(location=location, **kw)


def counts(store: Store, q: IncidentQuery | None = None, lang: str = "en"):
    with store.session() as session:
        return map_counts(session, q or IncidentQuery(), lang)


_stores = itertools.count()


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    picks=st.lists(
        st.tuples(
            st.sampled_from(PLACES),
            st.none() | st.tuples(st.floats(32, 37), st.floats(35, 42)),
            st.sampled_from(["killing", "torture"]),
        ),
        max_size=14,
    ),
    country=st.sampled_from([None, "SYR", "LBN"]),
)
def test_counts_are_what_the_list_shows(tmp_path: Path, picks, country) -> None:
    store, _ = Store.create(tmp_path / f"s{next(_stores)}", "amina", "pw pw pw pw", kdf=FAST_KDF)
    try:
        incidents = Incidents(store)
        incidents.add_many(doc(c, a, xy, violations=[{"type": vt}]) for (c, a), xy, vt in picks)
        q = IncidentQuery(country=country, violation="killing")
        found = counts(store, q)
        assert found.total == incidents.count(q)
        for region in found.regions:
            shown = incidents.count(
                IncidentQuery(country=region.country, admin1=region.key, violation="killing")
            )
            assert region.count == shown
        assert sum(r.count for r in found.regions) + found.without_region == found.total
        assert sum(p.weight for p in found.points) == sum(
            1
            for (c, _a), xy, vt in picks
            if xy and vt == "killing" and (country is None or c == country)
        )
    finally:
        store.close()


def test_points_only_with_coordinates_and_names_in_the_language(store: Store) -> None:
    Incidents(store).add_many(
        [
            doc("SYR", "Aleppo", (36.2021, 37.1343)),
            doc("SYR", "Aleppo", None),
            doc("SYR", None, None),
        ]
    )
    found = counts(store, lang="ar")
    assert [(p.lat, p.lon, p.weight) for p in found.points] == [(36.2021, 37.1343, 1)]
    assert found.without_point == 2
    assert found.without_region == 1
    assert [(r.count, r.country) for r in found.regions] == [(2, "SYR")]
    assert found.regions[0].name == "حلب"
    assert found.regions[0].key.startswith("SY")
    assert found.countries == ["SYR"]


def test_a_un_view_has_its_points_rounded_and_a_public_one_none(store: Store) -> None:
    incidents = Incidents(store)
    ids = incidents.add_many(
        [
            doc("SYR", "Aleppo", (36.20219, 37.13431)),
            doc("SYR", "Aleppo", (36.30219, 37.23431)),
            doc("SYR", "Aleppo", (36.40219, 37.33431)),
            doc("SYR", "Aleppo", (36.50219, 37.43431)),
        ]
    )
    with store.session() as session, session.begin():
        for record_id, audience in zip(ids[1:3], ("un", "public"), strict=True):
            session.add(
                RecordView(
                    record_id=record_id, kind="incident", audience=audience, received_at=utcnow()
                )
            )
        session.add(
            RecordView(record_id=ids[3], kind="incident", audience="un", received_at=utcnow())
        )
        # a UN view whose place is kept to its region: no point at all
        session.execute(
            update(Incident).where(Incident.id == ids[3]).values(location_precision="region")
        )
    found = counts(store)
    assert sorted((p.lat, p.lon) for p in found.points) == [
        (36.20219, 37.13431),  # this device's own record: full precision
        (36.3, 37.23),  # HQ's view for the UN: rounded to 0.01 degree
    ]
    assert found.regions[0].count == 4  # the views' region still counts


def test_many_points_become_cells_of_a_grid_when_asked(store: Store) -> None:
    places = [(33.0 + i / 100, 36.0 + i / 50) for i in range(30)]
    Incidents(store).add_many([doc("SYR", "Aleppo", xy) for xy in places])
    exact = counts(store)
    assert len(exact.points) == 30 and not exact.binned
    with store.session() as session:
        few = map_counts(session, IncidentQuery(), max_points=9)
    assert few.binned and 1 < len(few.points) <= 9
    assert sum(p.weight for p in few.points) == 30
    assert all(33.0 <= p.lat <= 33.3 and 36.0 <= p.lon <= 36.6 for p in few.points)
    with store.session() as session:
        enough = map_counts(session, IncidentQuery(), max_points=30)
    assert not enough.binned and enough.points == exact.points
