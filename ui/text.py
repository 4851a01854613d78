"""The one way a translated string gets its values: `fill(template, name=value, ...)` replaces
each named placeholder `{name}` (lower-case letters and underscores) in a single pass, so a
value is never read again as a template, and a placeholder without a value is left as written.

Rules for translated strings in ui/: placeholders are named, `{name}`, never positional. A
literal brace is written as itself (no `{{`/`}}`); only `{known_name}` is replaced. `%n` stays
only for Qt's plural forms (`self.tr(text, "", n)`), which Qt fills itself.
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill(template: str, /, **values: object) -> str:
    """`template` with each `{name}` given in `values` replaced by `str(value)`; anything else
    (an unknown or misspelt placeholder, a lone brace) is kept as written and never raises."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return PLACEHOLDER.sub(value, template)


# Each language in its own name, so anyone can find theirs whatever the interface shows now.
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
    "zh": "中文",
}
