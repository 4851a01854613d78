"""Drafts autosave into the encrypted store and come back after a crash."""

from __future__ import annotations

import uuid

import pytest

from app.drafts import Drafts
from app.errors import NotFound
from app.store import Store
from tests.app.conftest import PASSPHRASE
from tests.conftest import file_bytes


def test_a_draft_survives_the_process(store, data_dir):
    drafts = Drafts(store)
    draft_id = drafts.save({"title": "Half-typed", "narrative": "The convoy was"})
    drafts.save({"title": "Half-typed", "narrative": "The convoy was stopped"}, draft_id=draft_id)
    store.close()  # as if the laptop lost power after the last autosave
    with Store.open(data_dir, PASSPHRASE) as again:
        mine = Drafts(again).mine()
    assert [(d["id"], d["content"]["narrative"]) for d in mine] == [
        (draft_id, "The convoy was stopped")
    ]


def test_drafts_are_per_user_and_never_plaintext_on_disk(store, data_dir):
    marker = f"DRAFT-{uuid.uuid4().hex}"
    draft_id = Drafts(store).save({"narrative": marker})
    store.add_user("jean", "jean's long passphrase")
    store.close()
    for path in data_dir.rglob("*"):
        assert marker.encode() not in file_bytes(path)
    with Store.open(data_dir, "jean's long passphrase", "jean") as jean:
        assert Drafts(jean).mine() == []
        with pytest.raises(NotFound):
            Drafts(jean).save({"narrative": "x"}, draft_id=draft_id)


def test_discard(store):
    drafts = Drafts(store)
    draft_id = drafts.save({"title": "x"})
    drafts.discard(draft_id)
    assert drafts.mine() == []
