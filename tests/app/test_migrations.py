"""Schema migrations: databases written by earlier releases open and upgrade; newer refused.

Keep every fixture under tests/fixtures: each stands for stores already in the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import SchemaTooNew
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.schema.revision import head_revision
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
        assert doc["location"]["admin1"] == "Rīf Dimashq"
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
        Incidents(store).edit(incident_id, {"status": "submitted"})  # writable after upgrade
        edited = Incidents(store).edit(
            incident_id,
            {"location": {"sensitive": True}, "public_summary": "Cleared text to come."},
        )
        assert edited["location"]["sensitive"] is True
        assert edited["public_summary"]["written_by"] == user
        # 0002: records written before the search index existed are found by it
        found = Incidents(store).list(IncidentQuery(text="fixture schema"))
        assert [r["id"] for r in found] == [incident_id]


def test_a_newer_schema_is_refused_and_left_alone(store, data_dir):
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    store.close()
    before = (data_dir / "upfront.db").read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version of Upfront"):
        Store.open(data_dir, "correct horse battery")
    assert (data_dir / "upfront.db").read_bytes() == before


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
