"""Time stamps: ISO-8601 UTC text, which sorts and syncs the same on SQLite and PostgreSQL."""

from datetime import UTC, datetime


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
