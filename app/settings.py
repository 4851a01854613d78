"""Settings: typed, declared once with a default and a description (as Electrum's ConfigVar).

They live in a small JSON file in the user's config directory, outside the encrypted store,
because some are needed before unlocking (language, data directory). None is sensitive; none
may ever hold record data or a secret.
"""

from __future__ import annotations

import copy
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from app.errors import BadInput

ENV_CONFIG_DIR = "UPFRONT_CONFIG_DIR"
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
TEXT_SIZES = (100, 115, 130, 150, 175, 200)  # percent of the system's text size


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    description: str
    check: Callable[[Any], str | None] = lambda _value: None  # reason it is wrong, or None


def _one_of(options: tuple[str, ...]) -> Callable[[Any], str | None]:
    return lambda value: None if value in options else f"must be one of {', '.join(options)}"


def _between(lo: int, hi: int) -> Callable[[Any], str | None]:
    return lambda value: None if lo <= value <= hi else f"must be between {lo} and {hi}"


def _shortcut(value: str) -> str | None:
    parts = value.split("+")
    if not value or any(not p.strip() for p in parts):
        return "must look like Ctrl+Shift+L"
    return None


def _named_filters(value: dict[str, Any]) -> str | None:
    """Saved filters: names (at most 80 characters) to objects of filter values (codes,
    dates as text, words searched; nothing else)."""
    for name, filters in value.items():
        if not isinstance(name, str) or not name.strip() or len(name) > 80:
            return "must name each filter (1 to 80 characters)"
        if not isinstance(filters, dict) or not all(
            isinstance(k, str) and (x is None or isinstance(x, str)) for k, x in filters.items()
        ):
            return f"filter {name!r} must hold text values by name"
    return None


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "language",
            "en",
            str,
            "Language of the interface and of vocabulary labels",
            _one_of(LANGUAGES),
        ),
        Setting(
            "idle_lock_minutes",
            10,
            int,
            "Lock after this many minutes without input",
            _between(1, 240),
        ),
        Setting("panic_shortcut", "Ctrl+Shift+L", str, "Key that locks at once", _shortcut),
        Setting(
            "remember_on_device",
            False,
            bool,
            "Keep my key in the OS keyring so I am not asked for the passphrase",
        ),
        Setting("data_dir", None, str, "Data directory (empty: the platform default)"),
        Setting(
            "text_size",
            100,
            int,
            "Size of the window's text, in percent of the system's",
            lambda value: (
                None if value in TEXT_SIZES else f"must be one of {', '.join(map(str, TEXT_SIZES))}"
            ),
        ),
        Setting(
            "incident_list_hidden_columns",
            [],
            list,
            "Columns of the incident list the officer has hidden",
            lambda value: (
                None if all(isinstance(x, str) for x in value) else "must be a list of column names"
            ),
        ),
        Setting(
            "incident_list_filters",
            {},
            dict,
            "The officer's own named filters of the incident list",
            _named_filters,
        ),
    )
}


def config_path() -> Path:
    directory = os.environ.get(ENV_CONFIG_DIR) or platformdirs.user_config_dir(
        "Upfront", "United Nations"
    )
    return Path(directory) / "settings.json"


class Settings:
    """Values by key; unknown keys in the file are ignored, bad values fall back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_path()
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                if key in SETTINGS:
                    try:
                        self._values[key] = self._checked(SETTINGS[key], value)
                    except BadInput:
                        pass  # a hand-edited bad value: keep the default, don't refuse to start

    @staticmethod
    def _checked(setting: Setting, value: Any) -> Any:
        if value is None and setting.default is None:
            return None
        if not isinstance(value, setting.kind) or (setting.kind is int and isinstance(value, bool)):
            raise BadInput(setting.key, f"must be {setting.kind.__name__}")
        reason = setting.check(value)
        if reason:
            raise BadInput(setting.key, reason)
        return value

    def get(self, key: str) -> Any:
        if key not in SETTINGS:
            raise BadInput("setting", f"unknown setting; known: {', '.join(SETTINGS)}")
        return copy.deepcopy(self._values.get(key, SETTINGS[key].default))

    def set(self, key: str, value: Any) -> None:
        if key not in SETTINGS:
            raise BadInput("setting", f"unknown setting; known: {', '.join(SETTINGS)}")
        self._values[key] = self._checked(SETTINGS[key], value)
        self.save()

    def as_dict(self) -> dict[str, Any]:
        return {key: self.get(key) for key in SETTINGS}

    def save(self) -> None:
        """Atomic, like the key file: a crash leaves the old or the new settings."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".settings-{secrets.token_hex(6)}.tmp")
        tmp.write_text(json.dumps(self._values, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)
