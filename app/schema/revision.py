"""The store's schema revision, read from the migration scripts (no database, no key): the
number sync batches declare, and the head the store migrates to."""

from __future__ import annotations

import functools
from importlib import resources

from alembic.config import Config
from alembic.script import ScriptDirectory


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("app") / "migrations"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@functools.cache
def schema_number() -> int:
    """The schema as a number (revision "0006" is 6): what sync batches declare."""
    return int(head_revision())
