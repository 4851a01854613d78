"""Small checks that turn raw JSON values into typed ones, or raise BadInput(field, reason).

Messages name the field and the reason but never repeat the value: it may be record content,
and error text ends up in terminals, scripts' logs and bug reports."""

from __future__ import annotations

import functools
import math
import re
import uuid
from datetime import date
from typing import Any, Literal, overload

from app.errors import BadInput

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def obj(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadInput(field, "must be a JSON object")
    return value


def items(value: Any, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise BadInput(field, "must be a JSON list")
    return value


def known_keys(value: dict[str, Any], allowed: set[str], field: str) -> None:
    for key in value:
        if key not in allowed:
            where = f"{field}.{key}" if field else key
            raise BadInput(where, f"unknown field; expected one of: {', '.join(sorted(allowed))}")


# Texts written over several lines; every other text is one line (names, titles, places,
# codes). Decided by the last part of the field's name: "violations[2].method" is a method.
LONG_TEXTS = frozenset(
    {
        "narrative",
        "method",
        "description",
        "rationale",
        "summary",
        "note",
        "public_summary",
        # a situation's coordination records (app.schema.coordination)
        "text",
        "status_note",
        "asked",
        "answered",
        "body",
    }
)
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029]")  # CRLF, CR and Unicode's separators -> LF
# Bidirectional embeddings and isolates (LRE RLE PDF, LRI RLI FSI PDI): editors put them
# around numbers and Latin names inside Arabic paragraphs, so long texts keep them. The
# overrides (LRO U+202D, RLO U+202E) show characters in an order other than the stored one
# (the "Trojan source" trick) and no ordinary typing needs them: refused everywhere.
_BIDI_OVERRIDES = "\u202d\u202e"
_BIDI_EMBEDDINGS = "\u202a\u202b\u202c\u2066\u2067\u2068\u2069"
# Control characters (C0, DEL, C1) would reach terminals raw (ESC starts escape sequences);
# long texts keep tab and newline. ZWJ, ZWNJ, LRM, RLM and ALM are not matched: real names
# and Arabic text need them.
_NOT_IN_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_OVERRIDES}{_BIDI_EMBEDDINGS}]")
_NOT_IN_LONG = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_OVERRIDES}]")
_INDEX = re.compile(r"\[\d+\]")


@functools.lru_cache(maxsize=4096)  # field names repeat: "victims[0].name", "title"
def is_long_text(field: str) -> bool:
    return _INDEX.sub("", field).rsplit(".", 1)[-1] in LONG_TEXTS


def _refused(char: str) -> str:
    if char == "\n":
        return "must be one line (it contains a line break)"
    if char == "\t":
        return "must not contain a tab (only long texts may)"
    code = f"U+{ord(char):04X}"
    if char in _BIDI_OVERRIDES:
        return f"contains a bidirectional override ({code}), which is not allowed"
    if char in _BIDI_EMBEDDINGS:
        return f"contains a bidirectional control ({code}); only long texts may"
    return f"contains a control character ({code}), which is not allowed"


@overload
def text(
    value: Any, field: str, *, required: Literal[True], max_len: int = 300, long: bool | None = None
) -> str: ...


@overload
def text(
    value: Any, field: str, *, required: bool = False, max_len: int = 300, long: bool | None = None
) -> str | None: ...


def text(
    value: Any, field: str, *, required: bool = False, max_len: int = 300, long: bool | None = None
) -> str | None:
    """Trimmed text, or None when empty. Line breaks become LF; control characters and
    bidirectional controls are refused as the field allows (`long`: written over several
    lines; by default decided from the field's name, see LONG_TEXTS)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise BadInput(field, "is required")
        return None
    if not isinstance(value, str):
        raise BadInput(field, "must be text")
    cleaned = value.strip()
    if cleaned.isascii() and cleaned.isprintable():  # most text: nothing below can match
        if len(cleaned) > max_len:
            raise BadInput(field, f"is longer than {max_len} characters")
        return cleaned
    cleaned = _LINE_BREAK.sub("\n", cleaned)
    if len(cleaned) > max_len:
        raise BadInput(field, f"is longer than {max_len} characters")
    if long is None:
        long = is_long_text(field)
    bad = (_NOT_IN_LONG if long else _NOT_IN_ONE_LINE).search(cleaned)
    if bad:
        raise BadInput(field, _refused(bad.group()))
    return cleaned


def boolean(value: Any, field: str, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise BadInput(field, "must be true or false")
    return value


# The most any whole number in a record may be (a count of victims, a group's size): more
# people than any one incident has affected, and far inside what the stores hold (64 bits).
MAX_COUNT = 10_000_000


def integer(value: Any, field: str, *, minimum: int = 0, maximum: int = MAX_COUNT) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadInput(field, "must be a whole number")
    if value < minimum:
        raise BadInput(field, f"must be at least {minimum}")
    if value > maximum:
        raise BadInput(field, f"must be at most {maximum}")
    return value


def number(value: Any, field: str, lo: float, hi: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise BadInput(field, "must be a number")
    if not lo <= value <= hi:
        raise BadInput(field, f"must be between {lo:g} and {hi:g}")
    return float(value)


def partial_date(value: Any, field: str) -> tuple[date, str] | None:
    """'2026', '2026-10' or '2026-10-03' -> (first day it can mean, implied precision)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(field, "must be a date as text: YYYY-MM-DD, YYYY-MM or YYYY")
    parsed = _parse_partial_date(value.strip())
    if isinstance(parsed, str):
        raise BadInput(field, parsed)
    return parsed


@functools.lru_cache(maxsize=4096)  # a store's records share their dates
def _parse_partial_date(value: str) -> tuple[date, str] | str:
    """`partial_date`'s answer for a stripped text, or the reason it is not a date."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        return "is not a date; use YYYY-MM-DD, YYYY-MM or YYYY"
    year, month, day = match.groups()
    try:
        parsed = date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return "is not a real calendar date"
    return parsed, "day" if day else "month" if month else "year"


def full_date(value: Any, field: str) -> date | None:
    parsed = partial_date(value, field)
    if parsed is None:
        return None
    if parsed[1] != "day":
        raise BadInput(field, "must be a full date, YYYY-MM-DD")
    return parsed[0]


def not_future(value: date | None, field: str, today: date) -> None:
    if value is not None and value > today:
        raise BadInput(field, "is in the future")


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def uuid_text(value: Any, field: str) -> str | None:
    """A UUID in its canonical form (lower case, hyphens), from any form uuid.UUID reads."""
    if value is None:
        return None
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return value  # already canonical: what uuid.UUID would give back
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise BadInput(field, "must be a UUID") from None


@overload
def format_date(value: date | str, precision: str = "day") -> str: ...


@overload
def format_date(value: None, precision: str = "day") -> None: ...


@overload
def format_date(value: date | str | None, precision: str = "day") -> str | None: ...


def format_date(value: date | str | None, precision: str = "day") -> str | None:
    """The inverse of partial_date: a date shown no finer than its precision. Takes a date
    or its ISO text as the store keeps it (bulk reads skip the conversion)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value[:4] if precision == "year" else value[:7] if precision == "month" else value
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
