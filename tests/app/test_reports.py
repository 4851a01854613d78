"""Situation reports at the data level, where redaction happens: what each audience's report
holds, on a real SQLCipher store. A renderer draws only this, so what is absent here cannot
leak from any renderer."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime

import pytest

from app.errors import BadInput
from app.incidents import Incidents
from app.reports import Reports, Request, load_template
from app.situations import Situations
from tests.app.conftest import incident_doc

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def person(name: str, *, protected: bool = False, consent: str = "none") -> dict:
    return {
        "name": name,
        "sex": "female",
        "age_group": "adult",
        "protected": protected,
        "consent": consent,
    }


def at(
    admin1: str,
    place: str | None = None,
    precision: str = "near",
    lat: float = 33.5,
    lon: float = 36.3,
) -> dict:
    return {
        "country": "SYR",
        "admin1": admin1,
        "place": place,
        "lat": lat,
        "lon": lon,
        "precision": precision,
    }


@pytest.fixture
def seeded(store):
    return seed_store(store)


def seed_store(store) -> dict[str, str]:
    """Incidents of every confidentiality, a protected person, a region-only place, a draft,
    a rejected case, twelve killings in one region and one in another; a situation with an
    assessment and an overdue action. Ids by role."""
    add = Incidents(store).add
    ids = {
        "public": add(
            incident_doc(
                title="Arrest of Amal Haddad",
                confidentiality="public",
                status="submitted",
                narrative="Amal Haddad and Rami Khoury were taken from their homes.",
                victims=[
                    person("Amal Haddad", consent="public"),
                    person("Rami Khoury", protected=True, consent="public"),
                ],
                sources=[{"type": "ngo", "reliability": "likely_reliable", "name": "Source Zaid"}],
                perpetrators=[{"category": "state_armed_forces", "name": "Colonel Farouk"}],
                location=at("Dimashq", "Mezzeh 86", lat=33.5, lon=36.25),
            )
        ),
        "restricted": add(
            incident_doc(
                title="Restricted case",
                confidentiality="internal",
                status="submitted",
                narrative="RESTRICTED-NARRATIVE about the camp.",
                victims=[],
            )
        ),
        "partners": add(
            incident_doc(
                title="Detention in the camp",
                confidentiality="partners",
                status="submitted",
                narrative="Sami Nasser was held for a week.",
                victims=[person("Sami Nasser", consent="un")],
                location=at("Rif Dimashq"),
            )
        ),
        "draft": add(
            incident_doc(title="Draft case", confidentiality="public", status="draft", victims=[])
        ),
        "rejected": add(
            incident_doc(
                title="Rejected case",
                confidentiality="public",
                status="submitted",
                victims=[],
                verification={"status": "rejected"},
            )
        ),
        "village": add(
            incident_doc(
                title="Shelling near the village",
                confidentiality="public",
                status="submitted",
                victims=[],
                location=at("Rif Dimashq", "Village Q", precision="region"),
            )
        ),
    }
    Incidents(store).add_many(
        [
            incident_doc(
                title=f"Killing {i}",
                confidentiality="public",
                status="submitted",
                victims=[],
                occurred_from=f"2026-10-{1 + i:02d}",
                location=at("Rif Dimashq"),
                violations=[
                    {
                        "type": "killing",
                        "victims_count": 1,
                        "counts": [{"sex": "male", "age_group": "adult", "count": 1}],
                    }
                ],
            )
            for i in range(12)
        ]
    )
    situations = Situations(store)
    sid = situations.add({"name": "Rif Dimashq", "country": "SYR"})
    situations.assess(
        sid,
        {
            "assessed_on": "2026-10-15",
            "factors": [{"factor": "rf01_armed_conflict", "level": "high"}],
        },
    )
    situations.save_strategy(
        sid,
        {
            "actions": [
                {
                    "title": "Démarche",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "due": "2026-11-01",
                }
            ]
        },
    )
    return ids


def build(store, audience: str, **kw) -> tuple:
    template = {**load_template(), "key_incidents": 100}
    request = Request.parse(
        date_from="2026-10-01", date_to="2026-10-31", audience=audience, country="SYR", **kw
    )
    report = Reports(store, now=NOW).build(request, template)
    return report, json.dumps(asdict(report), ensure_ascii=False)


def test_each_audience_gets_only_what_it_may_see(store, seeded):
    internal, internal_text = build(store, "internal")
    un, un_text = build(store, "un")
    partners, partners_text = build(store, "partners")
    public, public_text = build(store, "public")

    # incidents by confidentiality, drafts only internally, rejected never
    titles = {
        a: {k.title for k in r.key_incidents}
        for a, r in (("internal", internal), ("un", un), ("partners", partners), ("public", public))
    }
    assert "Restricted case" in titles["internal"] and "Draft case" in titles["internal"]
    assert not {"Restricted case", "Draft case"} & (titles["un"] | titles["partners"])
    assert partners.incidents.n == 15  # the detention, a partners record, counts for them
    assert "Detention in the camp" not in titles["public"]
    # every figure these incidents sit in is a "<5" or "×" somewhere, so listing any of them
    # would count a hidden figure back: none is listed, and the report says how many
    assert titles["partners"] == titles["public"] == set()
    assert partners.unlisted_small == 15 and un.unlisted_small > 0
    assert all("Rejected case" not in t for t in titles.values())
    assert internal.incidents.n == 17 and un.incidents.n == 15 and public.incidents.n == 14
    assert "RESTRICTED-NARRATIVE" in internal_text
    for text in (un_text, partners_text, public_text):
        assert "RESTRICTED-NARRATIVE" not in text

    # names: the protected person only internally; consent decides the rest; sources and
    # perpetrators only internally; withheld names are cut from titles and summaries too
    assert "Rami Khoury" in internal_text
    for text in (un_text, partners_text, public_text):
        assert "Rami Khoury" not in text
        assert "Source Zaid" not in text and "Colonel Farouk" not in text
    assert "Amal Haddad" in internal_text and "Sami Nasser" in internal_text
    assert "Sami Nasser" not in partners_text

    # places: the record's own coarsening outside internal; regions only for partners
    assert "Village Q" in internal_text
    assert "Village Q" not in un_text
    assert "Mezzeh 86" not in partners_text and "Mezzeh 86" not in public_text
    assert un.map.points and not partners.map.points and not public.map.points

    # planning documents stay in the UN
    assert internal.risk and un.actions and un.actions[0].overdue
    assert partners.risk == [] and public.actions == []
    assert "risk" in un.meta.sections and "strategy" in internal.meta.sections
    assert not {"risk", "strategy"} & set(partners.meta.sections + public.meta.sections)


def test_key_incidents_only_where_no_hidden_figure_can_be_counted_back(store):
    add = Incidents(store).add
    for i in range(6):  # six of a kind: every figure they sit in is at least 5
        add(
            incident_doc(
                title=f"Raid {i} on the Haddad home" if i == 0 else f"Raid {i}",
                confidentiality="public",
                status="submitted",
                occurred_from="2026-10-06",
                location=at("Dimashq"),
                narrative="RAW-NARRATIVE of Rami Khoury's arrest.",
                victims=[
                    person("Amal Haddad", consent="public"),
                    person("Rami Khoury", protected=True),
                ]
                if i == 0
                else [],
            )
        )
    un, un_text = build(store, "un")
    partners, partners_text = build(store, "partners")
    for report in (un, partners):
        assert len(report.key_incidents) == 6 and report.unlisted_small == 0
        (raid,) = [k for k in report.key_incidents if k.named]
        assert raid.named == ["Amal Haddad"]  # consent reaches them; the protected one not
    assert "Rami Khoury" not in un_text and "[…]" in un.key_incidents[0].summary
    # outside the UN the raw narrative never prints: no summary was cleared for partners
    assert "RAW-NARRATIVE" in un_text and "RAW-NARRATIVE" not in partners_text
    assert partners.summaries_missing == 6 and un.summaries_missing == 0
    # one lone case elsewhere, of another kind: its figures print as "<5", so listing it
    # would count them back; it is left out, and the six still listed
    add(
        incident_doc(
            title="Lone case",
            confidentiality="public",
            status="submitted",
            occurred_from="2026-10-20",
            location=at("Halab"),
            violations=[{"type": "torture", "victims_count": 1}],
        )
    )
    partners, partners_text = build(store, "partners")
    assert "Lone case" not in partners_text and partners.unlisted_small == 1
    assert len(partners.key_incidents) == 6

    # a summary written for partners prints once cleared, scrubbed again; never before
    incidents = Incidents(store)
    raids = _ids_by_title(store, "Raid")
    for rid in raids:
        incidents.edit(rid, {"public_summary": "PUBLIC-SUMMARY: a raid; Rami Khoury held."})
    partners, partners_text = build(store, "partners")
    assert "PUBLIC-SUMMARY" not in partners_text and partners.summaries_missing == 7
    for rid in raids:
        incidents.clear_summary(rid)  # one user on this device: the author alone
    partners, partners_text = build(store, "partners")
    assert partners_text.count("PUBLIC-SUMMARY: a raid; […] held.") == 6
    assert "Khoury" not in partners_text and "RAW-NARRATIVE" not in partners_text
    assert partners.summaries_missing == 1 and partners.summaries_single_user == 6


def _ids_by_title(store, prefix: str) -> list[str]:
    from sqlalchemy import select

    from app.models import Incident

    with store.session() as s:
        return list(s.scalars(select(Incident.id).where(Incident.title.like(f"{prefix}%"))))


def test_small_counts_are_suppressed_outside_internal_reports(store, seeded):
    internal, _ = build(store, "internal")
    partners, _ = build(store, "partners")
    table = {
        r: dict(zip(partners.table.cols, cells, strict=True))
        for r, cells in zip(partners.table.rows, partners.table.cells, strict=True)
    }
    exact = {
        r: dict(zip(internal.table.cols, cells, strict=True))
        for r, cells in zip(internal.table.rows, internal.table.cells, strict=True)
    }
    assert exact["Killing"]["Damascus"].n == 1  # Damascus governorate
    assert table["Killing"]["Damascus"].text == "<5"
    # the row total is shown, so the one small cell would follow from it: its neighbour
    # is hidden too
    killing = partners.table.rows.index("Killing")
    assert partners.table.row_totals[killing].n == 15
    assert table["Killing"]["Rural Damascus"].text == "×"
    assert exact["Killing"]["Rural Damascus"].n == 16
    for report in (partners, build(store, "public")[0], build(store, "un")[0]):
        for grid in (report.table, report.victims_by_sex_age):
            assert_no_cell_can_be_worked_out(grid)
        assert all(
            c.n is None or c.n == 0 or c.n >= 5 for s in report.timeline.series for c in s.values
        )


def assert_no_cell_can_be_worked_out(grid) -> None:
    """No line has exactly one hidden cell beside a shown total."""
    lines = [(row, total) for row, total in zip(grid.cells, grid.row_totals, strict=True)]
    lines += [([r[j] for r in grid.cells], grid.col_totals[j]) for j in range(len(grid.cols))]
    for cells, total in lines:
        hidden = [c for c in cells if c.n is None]
        assert len(hidden) != 1 or total.n is None, (cells, total)


def test_the_reference_hash_covers_content_not_the_clock(store, seeded):
    request = Request.parse(
        date_from="2026-10-01", date_to="2026-10-31", audience="un", country="SYR"
    )
    one = Reports(store, now=NOW).build(request)
    two = Reports(store, now=datetime(2026, 12, 1, tzinfo=UTC)).build(request)
    assert one.meta.generated_at != two.meta.generated_at
    assert one.sha256() == two.sha256() and len(one.sha256()) == 64
    Incidents(store).add(incident_doc(confidentiality="public", status="submitted"))
    assert Reports(store, now=NOW).build(request).sha256() != one.sha256()


def test_a_situation_scope_and_languages(store, seeded):
    sid = Situations(store).list()[0]["id"]
    report = Reports(store, now=NOW).build(
        Request.parse(
            date_from="2026-10-01",
            date_to="2026-10-31",
            audience="internal",
            situation=sid,
            lang="fr",
        )
    )
    assert report.meta.scope == "Rif Dimashq" and report.meta.title == "Rapport de situation"
    assert report.meta.classification.startswith("STRICTEMENT CONFIDENTIEL")
    assert ("Meurtre", report.by_violation[0][1]) == report.by_violation[0]
    assert report.risk[0].factors[0].level == "Élevé"
    arabic = Reports(store, now=NOW).build(
        Request.parse(
            date_from="2026-10-01",
            date_to="2026-10-31",
            audience="public",
            country="SYR",
            lang="ar",
        )
    )
    assert arabic.meta.rtl and arabic.meta.classification == "عام"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date_from": None}, "from"),
        ({"date_to": "2026-09-01"}, "to"),
        ({"audience": "press"}, "audience"),
        ({"lang": "de"}, "lang"),
        ({"country": None}, "scope"),
        ({"country": "XXX"}, "country"),
        ({"country": None, "situation": "nope"}, "situation"),
    ],
)
def test_bad_requests_name_the_field(change, field):
    args = {
        "date_from": "2026-10-01",
        "date_to": "2026-10-31",
        "audience": "un",
        "country": "SYR",
        **change,
    }
    with pytest.raises(BadInput) as err:
        Request.parse(**args)
    assert err.value.field == field


def test_a_template_is_checked(tmp_path):
    good = json.loads(load_template.__globals__["TEMPLATE"].read_text(encoding="utf-8"))
    for change, field in (
        ({"threshold": 2}, "template.threshold"),
        ({"sections": ["gossip"]}, "template.sections[0]"),
        ({"logo": "missing.png"}, "template.logo"),
        ({"title": {"fr": "Rapport"}}, "template.title.en"),
    ):
        path = tmp_path / "t.json"
        path.write_text(json.dumps({**good, **change}))
        with pytest.raises(BadInput) as err:
            load_template(path)
        assert err.value.field == field
    (tmp_path / "logo.png").write_bytes(b"png")
    path.write_text(json.dumps({**good, "logo": "logo.png"}))
    assert load_template(path)["logo"] == str(tmp_path / "logo.png")
