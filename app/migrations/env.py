"""Alembic environment: always run by app.store on an open (encrypted) connection."""

from alembic import context
from sqlalchemy.schema import SchemaItem

from app.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only app.store runs migrations
    raise RuntimeError("Upfront migrations run through app.store, which supplies the connection")


def include_object(
    obj: SchemaItem, name: str | None, type_: str, reflected: bool, compare_to: SchemaItem | None
) -> bool:
    """The FTS5 index and its shadow tables are made by hand in 0002; autogenerate leaves
    them alone."""
    return not (type_ == "table" and name is not None and name.startswith("incidents_fts"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
