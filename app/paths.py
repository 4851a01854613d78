"""Where an installation keeps its data: --data-dir, then UPFRONT_DATA_DIR, then the data_dir
setting, then the platform default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "UPFRONT_DATA_DIR"
DB_FILENAME = "upfront.db"
KEYFILE_FILENAME = "keys.json"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the data directory without creating it."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from app.settings import Settings  # late: settings are read only when nothing overrides

    configured = Settings().get("data_dir")
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("Upfront", "United Nations"))


def db_path(directory: Path) -> Path:
    return directory / DB_FILENAME


def keyfile_path(directory: Path) -> Path:
    return directory / KEYFILE_FILENAME
