"""Alembic environment for HQ's database: run by sync.hq.database.migrate on its connection."""

from alembic import context

from sync.hq.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only sync.hq.database runs migrations
    raise RuntimeError("HQ migrations run through sync.hq.database.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
