"""Typed settings with defaults; bad values refused with the key and the reason."""

from __future__ import annotations

import json

import pytest

from app.errors import BadInput
from app.settings import SETTINGS, Settings


def test_defaults_and_round_trip(tmp_path):
    path = tmp_path / "cfg" / "settings.json"
    settings = Settings(path)
    assert settings.get("idle_lock_minutes") == 10
    assert settings.get("panic_shortcut") == "Ctrl+Shift+L"
    assert settings.get("remember_on_device") is False
    settings.set("language", "ar")
    settings.set("idle_lock_minutes", 3)
    again = Settings(path)
    assert again.get("language") == "ar" and again.get("idle_lock_minutes") == 3
    assert set(again.as_dict()) == set(SETTINGS)


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("language", "de", "one of"),
        ("idle_lock_minutes", 0, "between"),
        ("idle_lock_minutes", True, "int"),
        ("idle_lock_minutes", "5", "int"),
        ("panic_shortcut", "Ctrl++", "Ctrl+Shift+L"),
        ("colour", "red", "unknown setting"),
    ],
)
def test_bad_values_are_refused(tmp_path, key, value, reason):
    settings = Settings(tmp_path / "settings.json")
    with pytest.raises(BadInput) as err:
        settings.set(key, value)
    assert reason in err.value.reason
    assert err.value.field in (key, "setting")
    assert not (tmp_path / "settings.json").exists()


def test_a_damaged_file_falls_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "xx", "idle_lock_minutes": 5, "other": 1}))
    settings = Settings(path)
    assert settings.get("language") == "en" and settings.get("idle_lock_minutes") == 5
    path.write_text("{not json")
    assert Settings(path).get("idle_lock_minutes") == 10


def test_data_dir_setting_is_used_when_nothing_overrides(tmp_path, monkeypatch):
    from app.paths import ENV_DATA_DIR, data_dir

    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    Settings().set("data_dir", str(tmp_path / "field-data"))
    assert data_dir() == tmp_path / "field-data"
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
