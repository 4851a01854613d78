"""Every test keeps its settings in its own temporary config directory, never the user's."""

from __future__ import annotations

import pytest

from app.settings import ENV_CONFIG_DIR


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "config"))
