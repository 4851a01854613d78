"""HQ's Alembic migrations build exactly sync/hq/models.py, on PostgreSQL and on SQLite."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sync.hq.database import make_engine, migrate
from sync.hq.models import Base


def _head() -> str:
    from importlib import resources

    from alembic.script import ScriptDirectory

    heads = ScriptDirectory(str(resources.files("sync.hq") / "migrations")).get_heads()
    assert len(heads) == 1, heads
    return heads[0]


@pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)
def test_migrations_build_exactly_the_models(hq_db, tmp_path):
    (tmp_path / "hq").mkdir(exist_ok=True)
    engine = make_engine(hq_db)
    migrate(engine)
    migrate(engine)  # a second run finds nothing to do
    with engine.connect() as conn:
        context = MigrationContext.configure(conn)
        assert context.get_current_revision() == _head()
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()
