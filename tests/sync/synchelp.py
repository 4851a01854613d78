"""Helpers shared by the sync tests (importable; fixtures live in conftest.py)."""

from __future__ import annotations

from typing import Any


def incident(**overrides) -> dict:
    doc = {
        "title": "Shelling of market",
        "occurred_from": "2026-10-03",
        "location": {"country": "SYR", "admin1": "rif dimashq", "place": "Central market"},
        "narrative": "Witnesses describe the shelling.",
        "confidentiality": "un",
        "status": "submitted",
        "violations": [{"type": "killing", "victims_count": 4}],
        "victims": [{"name": "A Person", "sex": "female", "age_group": "adult",
                     "protected": True, "consent": "un"}],
        "sources": [{"type": "individual", "reliability": "likely_reliable"}],
    }
    doc.update(overrides)
    return doc


EDITABLE_VIEW = ("title", "occurred_from", "location", "narrative", "confidentiality",
                 "status", "violations", "victims", "perpetrators", "sources", "verification",
                 "date_reported", "occurred_to", "date_precision")


def view(doc: dict) -> dict:
    """The part of a record that sync carries (not who saved it locally, or when)."""
    return {k: doc.get(k) for k in EDITABLE_VIEW}


def snapshot(dev: Any) -> dict[str, dict]:
    return {row["id"]: view(dev.incidents.get(row["id"])) for row in dev.incidents.list()}

