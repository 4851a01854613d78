"""Saving from the incident editor (`Incidents.save_edited`): the record is added or edited,
names withheld on screen are kept from the store, and the draft is discarded, in one
transaction: a failure anywhere leaves the record and the draft as they were."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from app.audit import AuditLog
from app.drafts import Drafts
from app.errors import BadInput
from app.incidents import Incidents
from app.outbox import Outbox
from tests.app.conftest import incident_doc


def form_doc(shown: dict) -> tuple[dict, set[str]]:
    """What the editor sends: the record as the form showed it (masked names left empty),
    and the ids of persons whose name stayed masked."""
    doc = {k: x for k, x in shown.items() if k not in ("id", "attachments")}
    keep = set()
    for role in ("victims", "sources"):
        for person in doc[role]:
            if person.pop("masked", False):
                keep.add(person["id"])
    return doc, keep


def boom(*_args, **_kwargs):
    raise RuntimeError("the disk went away")


@pytest.fixture
def drafts_stuck(store):
    """Deleting a draft fails (whichever step of the save deletes it)."""

    def refuse(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("DELETE FROM DRAFTS"):
            raise RuntimeError("the disk went away")

    event.listen(store.engine, "before_cursor_execute", refuse)
    yield
    event.remove(store.engine, "before_cursor_execute", refuse)


@pytest.fixture
def protected(store):
    """A record with a protected victim, open in the editor with a draft of a new title."""
    incidents = Incidents(store)
    incident_id = incidents.add(
        incident_doc(victims=[{"name": "Hidden Name", "protected": True}, {"name": "Public Name"}])
    )
    doc, keep = form_doc(incidents.masked(incident_id))
    doc["title"] = "Shelling of the old market"
    draft_id = Drafts(store).save(doc, incident_id=incident_id)
    return incidents, incident_id, doc, keep, draft_id


def test_a_new_incident_is_added_and_its_draft_discarded(store):
    draft_id = Drafts(store).save(incident_doc())
    incidents = Incidents(store)
    incident_id = incidents.save_edited(None, incident_doc(revision=7), draft_id=draft_id)
    assert incidents.get(incident_id)["revision"] == 1
    assert Drafts(store).mine() == []


def test_an_edit_keeps_withheld_names_and_discards_the_draft(store, protected):
    incidents, incident_id, doc, keep, draft_id = protected
    assert incidents.save_edited(incident_id, doc, keep=keep, draft_id=draft_id) == incident_id
    stored = incidents.get(incident_id)
    assert stored["title"] == "Shelling of the old market"
    assert [v["name"] for v in stored["victims"]] == ["Hidden Name", "Public Name"]
    assert stored["revision"] == 2
    assert Drafts(store).mine() == []


def test_a_save_that_changes_nothing_still_discards_the_draft(store, protected):
    incidents, incident_id, doc, keep, draft_id = protected
    doc["title"] = incidents.get(incident_id)["title"]
    incidents.save_edited(incident_id, doc, keep=keep, draft_id=draft_id)
    assert incidents.get(incident_id)["revision"] == 1
    assert len(incidents.history(incident_id)) == 1
    assert Drafts(store).mine() == []


def test_a_failure_in_the_middle_of_an_edit_leaves_record_and_draft(store, protected, monkeypatch):
    incidents, incident_id, doc, keep, draft_id = protected
    before, history = incidents.get(incident_id), incidents.history(incident_id)
    # the audit entry is written after the draft was deleted and the record rewritten
    monkeypatch.setattr(AuditLog, "append", boom)
    with pytest.raises(RuntimeError):
        incidents.save_edited(incident_id, doc, keep=keep, draft_id=draft_id)
    monkeypatch.undo()
    assert incidents.get(incident_id) == before
    assert incidents.history(incident_id) == history
    assert [d["id"] for d in Drafts(store).mine()] == [draft_id]


def test_a_failure_in_the_middle_of_an_add_leaves_no_record_and_the_draft(store, monkeypatch):
    draft_id = Drafts(store).save(incident_doc())
    incidents = Incidents(store)
    monkeypatch.setattr(Outbox, "created", boom)  # after the rows and the audit entry
    with pytest.raises(RuntimeError):
        incidents.save_edited(None, incident_doc(), draft_id=draft_id)
    monkeypatch.undo()
    assert incidents.list() == []
    assert [d["id"] for d in Drafts(store).mine()] == [draft_id]


def test_a_draft_that_cannot_be_discarded_leaves_the_record_unsaved(store, protected, drafts_stuck):
    incidents, incident_id, doc, keep, draft_id = protected
    before = incidents.get(incident_id)
    with pytest.raises(RuntimeError):
        incidents.save_edited(incident_id, doc, keep=keep, draft_id=draft_id)
    assert incidents.get(incident_id) == before
    with pytest.raises(RuntimeError):
        incidents.save_edited(None, incident_doc(title="New one"), draft_id=draft_id)
    assert [i["id"] for i in incidents.list()] == [incident_id]
    assert [d["id"] for d in Drafts(store).mine()] == [draft_id]


def test_a_refused_save_keeps_the_draft(store, protected):
    incidents, incident_id, doc, keep, draft_id = protected
    incidents.edit(incident_id, {"title": "Edited elsewhere"})
    with pytest.raises(BadInput) as err:
        incidents.save_edited(incident_id, doc, keep=keep, draft_id=draft_id)
    assert err.value.field == "revision"
    assert incidents.get(incident_id)["title"] == "Edited elsewhere"
    assert [d["id"] for d in Drafts(store).mine()] == [draft_id]
