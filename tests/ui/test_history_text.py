"""The History tab in words: no raw JSON, no record ids, codes by their labels, protected
names masked, changes from HQ said as such."""

from __future__ import annotations

import re

import pytest

from app.incidents import Incidents
from app.vocab import vocabularies
from tests.ui.test_incident_editor import add, new_editor, on_worker, store  # noqa: F401
from ui.incident_editor import history_text
from ui.incident_editor.fields import MASK


def label(kind: str, code: str) -> str:
    term = vocabularies().term(kind, code)
    assert term is not None
    return term.label("en")


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def rows(editor) -> list[list[str]]:
    t = editor.history_table
    return [[t.item(r, c).text() for c in range(5)] for r in range(t.rowCount())]


def test_lists_codes_and_names_read_as_words(qtbot, store) -> None:  # noqa: F811
    incident_id = add(qtbot, store)
    on_worker(
        qtbot,
        lambda: Incidents(store).edit(
            incident_id,
            {
                "status": "submitted",
                "confidentiality": "internal",
                "victims": [
                    {"name": "Sample Person", "protected": False, "sex": "male"},
                    {"name": "Hidden Name", "protected": True, "sex": "female"},
                ],
                "sources": [{"type": "individual", "name": "Secret Source", "protected": True}],
                "location": {"country": "SYR", "admin1": "Idlib", "lat": 35.93, "lon": 36.63},
            },
        ),
    )
    editor = new_editor(qtbot, store, incident_id)
    qtbot.waitUntil(lambda: len(rows(editor)) > 2)
    table = rows(editor)
    text = "\n".join("\t".join(r) for r in table)
    assert "{" not in text and "[" not in text  # no JSON
    assert not UUID.search(text)  # no record ids
    assert "Hidden Name" not in text and "Secret Source" not in text
    assert MASK in text
    by_field = {r[2]: r for r in table}
    assert by_field["Status"][3:] == ["Draft", "Submitted"]
    assert by_field["Confidentiality"][4] == label("confidentiality", "internal")
    assert "Sample Person (Male" in by_field["Victims"][4]
    assert by_field["Region"][4] != "" and "Region P-code" in by_field


def test_a_change_from_hq_is_said_so(qtbot) -> None:
    assert history_text.actor_text("sync:0f1e2d") == "Received from HQ"
    assert history_text.actor_text("amina") == "amina"


@pytest.mark.parametrize(
    ("value", "field", "expected"),
    [
        (None, "title", lambda: ""),
        (True, "location.sensitive", lambda: "Yes"),
        ("SYR", "location.country", lambda: label("country", "SYR")),
        (
            [{"type": "killing", "victims_count": 4}],
            "violations",
            lambda: f"{label('violation', 'killing')} (4)",
        ),
        ({"text": "A summary", "cleared_by": "b"}, "public_summary", lambda: "A summary (cleared)"),
        (
            [{"category": "state_armed_forces"}],
            "perpetrators",
            lambda: label("perpetrator", "state_armed_forces"),
        ),
    ],
)
def test_values(value, field, expected) -> None:
    assert history_text.value_text(value, field, "en") == expected()


def test_times_are_local_and_readable() -> None:
    shown = history_text.when_text("2026-12-05T02:07:24.099883+00:00")
    assert "T" not in shown and "+00:00" not in shown and "26" in shown


def test_a_name_protected_later_is_masked_in_every_version(qtbot, store) -> None:  # noqa: F811
    incident_id = add(qtbot, store)
    incidents = Incidents(store)
    on_worker(
        qtbot,
        lambda: incidents.edit(
            incident_id, {"victims": [{"name": "Later Protected", "protected": False}]}
        ),
    )
    victims = on_worker(qtbot, lambda: incidents.get(incident_id))["victims"]
    victims[0]["protected"] = True
    on_worker(qtbot, lambda: incidents.edit(incident_id, {"victims": victims}))
    editor = new_editor(qtbot, store, incident_id)
    qtbot.waitUntil(lambda: len(rows(editor)) >= 3)
    text = "\n".join("\t".join(r) for r in rows(editor))
    assert "Later Protected" not in text
    assert text.count(MASK) >= 2  # the version from before it was protected too
