"""The fixture rule of tests/fixtures/README.md: the release before the newest migration left a
store behind (tests/fixtures/store-NNNN, NNNN the head's down_revision), documented in the README
and opened by test_migrations.py, so the upgrade to head is tried on a store as it is in the field.
Adding a head migration without that fixture fails here."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic.script import ScriptDirectory

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
MIGRATIONS = ROOT / "app" / "migrations"
MIGRATION_TESTS = ROOT / "tests" / "app" / "test_migrations.py"


def fixture_name(revision: str) -> str:
    return f"store-{revision}"


def rule_broken(migrations: Path, fixtures: Path) -> list[str]:
    """What the fixture rule misses for these migrations and fixtures (empty: it holds)."""
    script = ScriptDirectory(str(migrations))
    heads = script.get_heads()
    if len(heads) != 1:
        return [f"the migrations have {len(heads)} heads {sorted(heads)}, not one"]
    head = script.get_revision(heads[0])
    before = head.down_revision
    if not isinstance(before, str):
        return [f"head revision {head.revision} has no single down_revision ({before!r})"]
    problems = []
    name = fixture_name(before)
    store = fixtures / name
    for part in ("keys.json", "upfront.db"):
        if not (store / part).is_file():
            problems.append(
                f"head revision {head.revision} revises {before}: "
                f"{store.relative_to(fixtures.parent)}/{part} is missing (a store "
                f"written by the release at {before}, see tests/fixtures/README.md)"
            )
    readme = fixtures / "README.md"
    if not readme.is_file() or f"`{name}/`" not in readme.read_text(encoding="utf-8"):
        problems.append(
            f"tests/fixtures/README.md does not describe `{name}/` (its user, "
            "passphrase and what it holds)"
        )
    return problems


def test_the_release_before_the_head_migration_left_a_fixture_store():
    assert rule_broken(MIGRATIONS, FIXTURES) == []


def test_every_fixture_store_is_upgraded_by_the_migration_tests():
    script = ScriptDirectory(str(MIGRATIONS))
    revisions = {rev.revision for rev in script.walk_revisions()}
    base = {rev.revision for rev in script.walk_revisions() if rev.down_revision is None}
    stores = sorted(p.name for p in FIXTURES.glob("store-*") if p.is_dir())
    assert {fixture_name(rev) for rev in base} <= set(stores)  # the first release's, kept
    migration_tests = MIGRATION_TESTS.read_text(encoding="utf-8")
    for name in stores:
        assert name.removeprefix("store-") in revisions, f"{name}: no such revision"
        assert f'"{name}"' in migration_tests, f"{name} is never opened by test_migrations.py"


def test_a_new_head_without_a_fixture_breaks_the_rule(tmp_path):
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    script = ScriptDirectory(str(migrations))
    head = script.get_current_head()
    new = f"{int(head) + 1:04d}"
    (migrations / "versions" / f"{new}_next.py").write_text(
        f'"""The next migration."""\n\nrevision = "{new}"\ndown_revision = "{head}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    shutil.copy(FIXTURES / "README.md", fixtures / "README.md")
    broken = rule_broken(migrations, fixtures)
    assert len(broken) == 3
    assert f"head revision {new} revises {head}" in broken[0]
    assert f"`store-{head}/`" in broken[2]

    shutil.copytree(
        FIXTURES / fixture_name(script.get_revision(head).down_revision), fixtures / f"store-{head}"
    )
    with open(fixtures / "README.md", "a", encoding="utf-8") as readme:
        readme.write(f"\n`store-{head}/` is a store written by schema revision {head}.\n")
    assert rule_broken(migrations, fixtures) == []
