"""Full-text search over incidents: an FTS5 index (inside the encrypted store) on title,
narrative and place names, kept in step with the incidents table by triggers.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = "title, narrative, place, admin1, admin2"
NEW = ", ".join(f"new.{c}" for c in COLUMNS.split(", "))
OLD = ", ".join(f"old.{c}" for c in COLUMNS.split(", "))


def upgrade() -> None:
    # remove_diacritics 2: "Kharkiv" finds "Khārkiv", "securite" finds "sécurité"
    op.execute(
        f"CREATE VIRTUAL TABLE incidents_fts USING fts5({COLUMNS}, content='incidents', "
        "content_rowid='rowid', detail=column, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN "
        f"INSERT INTO incidents_fts(rowid, {COLUMNS}) VALUES (new.rowid, {NEW}); END"
    )
    op.execute(
        "CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN "
        f"INSERT INTO incidents_fts(incidents_fts, rowid, {COLUMNS}) "
        f"VALUES ('delete', old.rowid, {OLD}); END"
    )
    op.execute(
        f"CREATE TRIGGER incidents_fts_update AFTER UPDATE OF {COLUMNS} ON incidents BEGIN "
        f"INSERT INTO incidents_fts(incidents_fts, rowid, {COLUMNS}) "
        f"VALUES ('delete', old.rowid, {OLD}); "
        f"INSERT INTO incidents_fts(rowid, {COLUMNS}) VALUES (new.rowid, {NEW}); END"
    )
    op.execute("INSERT INTO incidents_fts(incidents_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER incidents_fts_{trigger}")
    op.execute("DROP TABLE incidents_fts")
