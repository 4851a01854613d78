"""Schema migrations: databases written by earlier releases open and upgrade; newer refused.

Keep every fixture under tests/fixtures: each stands for stores already in the field."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import BadInput, SchemaTooNew
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.schema.revision import head_revision
from app.situations import Situations
from app.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(
    ("name", "user", "passphrase", "incident_id", "violations"),
    [
        (
            "store-0001",
            "fixture-officer",
            "fixture passphrase 0001",
            "6f1c2a55-0001-4000-8000-000000000001",
            2,
        ),
        (
            "store-0007",
            "fixture-officer",
            "fixture passphrase 0007",
            "6f1c2a55-0007-4000-8000-000000000007",
            1,
        ),
        (
            "store-0008",
            "fixture-officer",
            "fixture passphrase 0008",
            "6f1c2a55-0008-4000-8000-000000000008",
            1,
        ),
        (
            "store-0009",
            "fixture-officer",
            "fixture passphrase 0009",
            "6f1c2a55-0009-4000-8000-000000000009",
            1,
        ),
        (
            "store-0010",
            "fixture-officer",
            "fixture passphrase 0010",
            "6f1c2a55-0010-4000-8000-000000000010",
            1,
        ),
        (
            "store-0011",
            "fixture-officer",
            "fixture passphrase 0011",
            "6f1c2a55-0011-4000-8000-000000000011",
            1,
        ),
    ],
)
def test_stores_from_older_releases_open_and_upgrade(
    tmp_path, name, user, passphrase, incident_id, violations
):
    directory = tmp_path / name
    shutil.copytree(FIXTURES / name, directory)
    with Store.open(directory, passphrase, user) as store:
        assert store.schema_revision() == head_revision()
        doc = Incidents(store).get(incident_id)
        assert doc["title"] == f"Fixture incident from schema {name[-4:]}"
        # 0010: stored as ISO names it (Rīf Dimashq), the region is now OCHA's unit
        assert doc["location"]["admin1"] == "Rural Damascus"
        assert doc["location"]["admin1_pcode"] == "SY03"
        assert doc["location"]["admin1_code"] == "SY-RD"
        assert doc["location"]["not_in_gazetteer"] is False
        assert len(doc["violations"]) == violations
        # 0008: a record from before the sensitive mark and the public summary has neither
        assert doc["location"]["sensitive"] is False
        assert doc["public_summary"] == {
            "text": None,
            "written_by": None,
            "written_at": None,
            "cleared_by": None,
            "cleared_at": None,
            "single_user": False,
        }
        # 0011: a record from before the review workflow carries no review
        assert doc["review"] == {
            "assignee": None,
            "submitted_by": None,
            "submitted_at": None,
            "outcome": None,
            "by": None,
            "at": None,
            "comment": None,
            "single_user": False,
        }
        was = doc["status"]
        submitted = Incidents(store).edit(incident_id, {"status": "submitted"})  # writable
        # submitting now records who did; one submitted before 0011 stays unattributed
        assert submitted["review"]["submitted_by"] == (user if was == "draft" else None)
        edited = Incidents(store).edit(
            incident_id,
            {"location": {"sensitive": True}, "public_summary": "Cleared text to come."},
        )
        assert edited["location"]["sensitive"] is True
        assert edited["public_summary"]["written_by"] == user
        # 0002: records written before the search index existed are found by it
        found = Incidents(store).list(IncidentQuery(text="fixture schema"))
        assert [r["id"] for r in found] == [incident_id]


# the store-0009 fixture's incidents, their admin 1 and admin 2 as typed before 0010, and what
# they resolve to: (admin1, admin1_pcode, admin1_code, admin2, admin2_pcode)
RESOLVED = {
    "000000000001": ("Homs", "SY04", "SY-HI", "Tadmor", "SY0405"),  # OCHA's names, uncoded
    "000000000002": ("Idleb", "SY07", "SY-ID", None, None),  # typed Idlib, an alias
    "000000000003": ("Rural Damascus", "SY03", "SY-RD", None, None),  # rural_damascus
    "000000000004": ("Atlantis", None, None, None, None),  # no such place: left as typed
    "000000000005": ("Irbid", None, "JO-IR", None, None),  # Jordan has no COD
    "000000000006": ("Butha-Buthe", "LSB", "LS-B", None, None),  # typed butha buthe
    "000000000007": ("Maidan Wardak", "AF04", "AF-WAR", None, None),  # Maidan-Wardak
    "000000000008": ("Aleppo", "SY02", "SY-HL", "Jebel Saman", "SY0200"),  # admin 2 alone
}


def test_0010_resolves_the_regions_stored_as_typed_and_reports_the_rest(tmp_path, caplog):
    directory = tmp_path / "store-0009"
    shutil.copytree(FIXTURES / "store-0009", directory)
    with Store.open(directory, "fixture passphrase 0009", "fixture-officer") as store:
        incidents = Incidents(store)
        for suffix, want in RESOLVED.items():
            loc = incidents.get(f"6f1c2a55-0009-4000-8000-{suffix}")["location"]
            got = tuple(
                loc[k] for k in ("admin1", "admin1_pcode", "admin1_code", "admin2", "admin2_pcode")
            )
            assert got == want, suffix
        left = incidents.list(IncidentQuery(unresolved=True))
        assert [r["id"] for r in left] == ["6f1c2a55-0009-4000-8000-000000000004"]
        # the record left as typed can be edited elsewhere, and resolved or marked later
        iid = left[0]["id"]
        incidents.edit(iid, {"title": "Retitled"})
        with pytest.raises(BadInput) as err:
            incidents.edit(iid, {"location": {"admin1": "Atlantide"}})
        assert err.value.field == "location.admin1"
        incidents.edit(iid, {"location": {"admin1": "Atlantide", "not_in_gazetteer": True}})
    # reported by count, never by name
    said = [r.getMessage() for r in caplog.records if r.name == "upfront.migrations"]
    assert said and "1 incidents" in said[0] and "Atlantis" not in " ".join(said)


def test_a_newer_schema_is_refused_and_left_alone(store, data_dir):
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    store.close()
    before = (data_dir / "upfront.db").read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version of Upfront"):
        Store.open(data_dir, "correct horse battery")
    assert (data_dir / "upfront.db").read_bytes() == before


def test_0011_records_submitted_before_the_review_workflow_wait_in_the_queue(tmp_path):
    directory = tmp_path / "store-0010"
    shutil.copytree(FIXTURES / "store-0010", directory)
    with Store.open(directory, "fixture passphrase 0010", "fixture-officer") as store:
        incidents = Incidents(store)
        waiting = incidents.list(IncidentQuery(review_for="another-reviewer"))
        assert [r["title"] for r in waiting] == ["Fixture submitted before review workflow"]
        assert waiting[0]["review"] == {"assignee": None, "submitted_by": None, "outcome": None}
        # the record reviewed before the workflow keeps its reviewer, and no decision
        reviewed = incidents.get("6f1c2a55-0010-4000-8000-000000000012")
        assert reviewed["status"] == "reviewed"
        assert reviewed["verification"]["reviewer"] == "fixture-reviewer"
        assert reviewed["review"]["outcome"] is None
        # 0011's index is there, and the queue's query uses it
        with store.session() as session:
            plan = session.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM incidents WHERE status = 'submitted' "
                    "AND review_assignee IS NULL"
                )
            ).all()
        assert "ix_incidents_home" in " ".join(str(row) for row in plan)
        # and the map's aggregates over the whole store read its covering index, not rows
        with store.session() as session:
            plan = session.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT country, admin1_pcode, admin1_code, count(*), "
                    "count(lat), min(lat), max(lon) FROM incidents "
                    "GROUP BY country, admin1_pcode, admin1_code"
                )
            ).all()
        assert "COVERING INDEX ix_incidents_map" in " ".join(str(row) for row in plan)


def test_0012_a_strategy_from_before_decisions_takes_one(tmp_path):
    directory = tmp_path / "store-0011"
    shutil.copytree(FIXTURES / "store-0011", directory)
    with Store.open(directory, "fixture passphrase 0011", "fixture-officer") as store:
        situations = Situations(store, today=date(2026, 12, 6))
        sid = "6f1c2a55-0011-4000-8000-0000000000a1"
        before = situations.strategy(sid)
        assert before is not None
        assert [a["title"] for a in before["actions"]] == ["Fixture action from schema 0011"]
        assert "decision" not in before["actions"][0]  # no decision before 0012
        assert situations.decisions() == []
        decision = situations.add_decision(
            sid,
            {"quarter": "2026Q4", "text": "Raise the shelling with the governor", "entity": "rco"},
            action={"pillar": "political", "level": "country"},
        )
        after = situations.strategy(sid)
        assert after is not None and after["version"] == before["version"] + 1
        assert after["actions"][0]["title"] == "Fixture action from schema 0011"
        assert after["actions"][1]["decision"] == decision["id"]
        assert decision["action_id"] == after["actions"][1]["id"]


def test_new_store_is_created_at_head(store):
    assert store.schema_revision() == head_revision()


def test_migrations_build_exactly_the_model(store):
    """A new store (built by running every migration) matches app/models.py: no migration
    was forgotten and no model change lacks its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.models import Base

    def include(obj, name, type_, reflected, compare_to):
        return not (type_ == "table" and name.startswith("incidents_fts"))

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include})
        assert compare_metadata(context, Base.metadata) == []
