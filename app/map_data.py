"""What a map of incidents shows, for a list's filter (`IncidentQuery`): how many incidents
each admin-1 region holds and where they happened, in SQL aggregates (never loading the
records), so 100,000 incidents stay fast.

Regions are keyed as the list filters them (`IncidentQuery.admin1`: the unit's P-code, its
ISO 3166-2 code where the country has no COD, or the name as typed for a place the gazetteer
does not know), so a region's count is what the list shows when filtered to it. The shading
key, the region's name and the rounding of points follow the report's map (app.reports):
`admin1_unit` and `shading_key` are shared with it.

Points: this device's own records at full precision; a record held as HQ's redacted view
(app.record_views) as its audience may read it (app.redaction: rounded for the UN, none for
partners and the public, none where the place is coarsened).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Integer, and_, case, cast, false, func, select
from sqlalchemy import null as sql_null
from sqlalchemy.orm import Session

from app.gazetteer import Unit, gazetteer
from app.incident_queries import IncidentQuery, filtered
from app.models import Incident, RecordView
from app.redaction import OPENNESS, ROUNDED, Audience


def admin1_unit(pcode: str | None, iso: str | None) -> Unit | None:
    """The gazetteer's unit of a record's admin 1 (None where it was kept as typed)."""
    places = gazetteer()
    if pcode:
        return places.unit(pcode)
    return places.by_iso(iso) if iso else None


def shading_key(unit: Unit | None, region: str) -> str:
    """Where a map shades a record: its unit's polygon, else its key, else the region's name
    as printed (the map names a region without an outline in a note)."""
    if unit is not None:
        return unit.polygon or unit.key
    return region


@dataclass
class RegionCount:
    key: str  # what IncidentQuery.admin1 takes to list exactly these incidents
    country: str
    name: str  # in the asked language (the gazetteer's label), else as typed
    shading: str  # the map's polygon code (shading_key)
    count: int


class MapPointCount(NamedTuple):
    lat: float
    lon: float
    weight: int


@dataclass
class MapCounts:
    countries: list[str]  # ISO 3166-1 alpha-3, sorted
    regions: list[RegionCount]  # largest count first
    points: list[MapPointCount]
    total: int
    without_region: int  # incidents of the filter that name no admin 1
    without_point: int  # incidents of the filter with no coordinates (or none to show)
    binned: bool = False  # points are cells of a grid (see map_counts' max_points)


def map_counts(
    session: Session, q: IncidentQuery, lang: str = "en", *, max_points: int | None = None
) -> MapCounts:
    """Counts per admin-1 region and the points of the incidents `q` finds (its sort and
    page ignored). With `max_points`, when more incidents than that have coordinates, the
    points are the cells of a grid over them (about `max_points` cells): each at the mean
    place of its incidents, weighted by their number (`MapCounts.binned`); a screen map
    paints no more dots than that anyway, and 100,000 places never travel to Python."""
    q = IncidentQuery(**{**q.__dict__, "limit": None, "offset": 0})
    typed = case(
        (and_(Incident.admin1_pcode.is_(None), Incident.admin1_code.is_(None)), Incident.admin1),
        else_=None,
    )
    rows = session.execute(
        filtered(
            q,
            select(
                Incident.country,
                Incident.admin1_pcode,
                Incident.admin1_code,
                typed.label("typed"),
                func.count().label("n"),
                func.count(Incident.lat),
                func.min(Incident.lat),
                func.max(Incident.lat),
                func.min(Incident.lon),
                func.max(Incident.lon),
            ),
        ).group_by(Incident.country, Incident.admin1_pcode, Incident.admin1_code, "typed")
    ).all()
    located = sum(r[5] for r in rows)
    grid: tuple[float, float, float] | None = None
    if max_points is not None and located > max_points:
        lats = [v for r in rows for v in (r[6], r[7]) if v is not None]
        lons = [v for r in rows for v in (r[8], r[9]) if v is not None]
        if lats and lons:
            span = max(max(lats) - min(lats), max(lons) - min(lons), 1e-6)
            grid = (min(lats), min(lons), span / max(1, math.isqrt(max_points) - 2))
    places = gazetteer()
    counts: Counter[tuple[str, str]] = Counter()
    names: dict[tuple[str, str], tuple[str, str]] = {}
    countries: set[str] = {q.country.upper()} if q.country else set()
    total = without_region = 0
    for country, pcode, iso, name, n, *_extent in rows:
        total += n
        if country:
            countries.add(country)
        key = pcode or iso or name
        if not key:
            without_region += n
            continue
        counts[(country, key)] += n
        if (country, key) not in names:
            unit = admin1_unit(pcode, iso)
            label = places.label(unit, lang) if unit is not None else str(name or key)
            names[(country, key)] = (label, shading_key(unit, label))
    regions = [
        RegionCount(key, country, names[(country, key)][0], names[(country, key)][1], n)
        for (country, key), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    points = _points(session, q, grid)
    shown = sum(p.weight for p in points)
    return MapCounts(
        sorted(countries),
        regions,
        points,
        total,
        without_region,
        max(0, total - shown),
        binned=grid is not None,
    )


def _points(
    session: Session, q: IncidentQuery, grid: tuple[float, float, float] | None = None
) -> list[MapPointCount]:
    """Coordinates with how many incidents each, grouped in SQL in one pass: own records as
    they are, HQ's views rounded and withheld as their audience's rules say. With `grid`
    (lowest lat, lowest lon, cell size), one point per cell, at its incidents' mean place."""
    view = (RecordView.record_id == Incident.id) & (RecordView.kind == "incident")
    # no view of HQ's held (most devices): every point is the device's own, grouped by place
    # alone, without the join (most of the points' time on 100,000 incidents)
    views = session.scalar(select(RecordView.record_id).limit(1)) is not None
    held: Any = RecordView.record_id.is_not(None) if views else false()
    # own records group by place alone; a view's precision and sensitivity decide its point
    precision = case((held, Incident.location_precision), else_=None) if views else sql_null()
    sensitive = case((held, Incident.location_sensitive), else_=None) if views else sql_null()
    audience: Any = RecordView.audience if views else sql_null()
    keys: list[Any]
    if grid is None:
        lat: Any = Incident.lat
        lon: Any = Incident.lon
        keys = [Incident.lat, Incident.lon]
    else:
        low_lat, low_lon, cell = grid
        if views:  # a view's place as its audience may have it (rounded) before a mean
            lat = func.avg(case((held, func.round(Incident.lat, ROUNDED)), else_=Incident.lat))
            lon = func.avg(case((held, func.round(Incident.lon, ROUNDED)), else_=Incident.lon))
        else:
            lat, lon = func.avg(Incident.lat), func.avg(Incident.lon)
        keys = [
            cast((Incident.lat - low_lat) / cell, Integer),
            cast((Incident.lon - low_lon) / cell, Integer),
        ]
    query = select(audience, precision, sensitive, lat, lon, func.count())
    if views:
        query = query.outerjoin(RecordView, view)
        keys = [RecordView.audience, precision, sensitive, *keys]
    stmt = filtered(q, query.where(Incident.lat.is_not(None), Incident.lon.is_not(None))).group_by(
        *keys
    )
    found: Counter[tuple[float, float]] = Counter()
    for reading, place, secret, y, x, n in session.execute(stmt):
        if y is None or x is None:
            continue
        if reading is None or reading == "internal":
            found[(y, x)] += n  # this device's own, or a view for internal eyes
            continue
        if reading not in OPENNESS:
            continue  # an audience this build does not know: none of its places
        reader = Audience(reading)
        if reader.regions_only or not reader.coordinates(place, bool(secret)):
            continue
        found[(round(y, ROUNDED), round(x, ROUNDED))] += n
    return [MapPointCount(y, x, n) for (y, x), n in sorted(found.items())]
