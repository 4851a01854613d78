"""An assessment citing a humanitarian series travels through HQ (real TLS, real HQ): HQ
checks only the citation's shape, since the dataset is held on the device that imported it;
the team's other device and a `un` analyst's device get the citation whole (not scrubbed)."""

from __future__ import annotations

import csv

import pytest

from app.humanitarian import Humanitarian
from app.situations import Situations


@pytest.mark.parametrize("hq_db", ["sqlite"], indirect=True)
def test_a_cited_series_reaches_the_team_and_the_analyst(make_device, running_hq, tmp_path):
    a, b = make_device("amina"), make_device("bilal")
    analyst = make_device("hq-analyst", None, analyst=True)
    path = tmp_path / "idps.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [["#date", "#adm1+code", "#affected+idps"], ["2026-W40", "SY02", "1200"]]
        )
    dataset = Humanitarian(a.store).import_file(path, name="IDPs", source="CCCM", licence="CC")[
        "id"
    ]
    sa = Situations(a.store)
    sid = sa.add({"name": "Aleppo", "country": "SYR", "regions": ["Aleppo"]})
    cite = {"dataset": dataset, "place": "SY02", "measure": "#affected+idps"}
    sa.assess(
        sid,
        {
            "assessed_on": "2026-10-05",
            "factors": [
                {"factor": "rf01_armed_conflict", "level": "high", "series": [cite]},
                {"factor": "rf08_triggering_factors", "level": "moderate"},
            ],
        },
    )
    for dev in (a, b, analyst):
        assert dev.sync().complete
    for dev in (b, analyst):
        [assessment] = Situations(dev.store).assessments(sid)
        first, second = assessment["factors"]
        assert first["series"] == [cite]
        assert "series" not in second
    assert Humanitarian(b.store).list() == []  # the dataset itself stays on Amina's device
