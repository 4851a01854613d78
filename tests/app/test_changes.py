"""Change sets: a committed write publishes what it changed on `store.changes`, a rolled-back
one publishes nothing, and each service names the kinds it changed."""

from __future__ import annotations

import logging
import threading

import pytest
from sqlalchemy import select

from app import exchange
from app.attachments import Attachments
from app.changes import Changes, Kind, Publisher, note
from app.drafts import Drafts
from app.errors import BadInput
from app.incidents import Incidents
from app.models import Incident
from app.situations import Situations
from tests.app.conftest import incident_doc
from tests.app.test_importer import KOBO
from tests.app.test_situations import TODAY, factors, situation, strategy_doc


@pytest.fixture
def heard(store):
    """Every Changes the store publishes, in order."""
    got: list[Changes] = []
    unsubscribe = store.changes.subscribe(got.append)
    yield got
    unsubscribe()


def kinds(heard: list[Changes]) -> list[set[Kind]]:
    return [set(c.kinds) for c in heard]


# ---- the publisher ---------------------------------------------------------------------------
def test_changes_merge_and_say_what_they_touch():
    a = Changes.of(Kind.INCIDENTS, ids=["i1"])
    b = Changes.of(Kind.SITUATIONS, ids=["s1"])
    both = a | b
    assert both.kinds == {Kind.INCIDENTS, Kind.SITUATIONS} and both.ids == {"i1", "s1"}
    assert both.touches(Kind.SITUATIONS, Kind.DRAFTS) and not both.touches(Kind.DRAFTS)
    assert not Changes() and both


def test_subscribers_hear_until_they_unsubscribe_and_nothing_empty_is_sent():
    publisher = Publisher()
    got: list[Changes] = []
    stop = publisher.subscribe(got.append)
    publisher.publish(Changes())
    publisher.publish(Changes.of(Kind.DRAFTS))
    stop()
    stop()  # twice is harmless
    publisher.publish(Changes.of(Kind.DRAFTS))
    assert got == [Changes.of(Kind.DRAFTS)]


def test_a_failing_subscriber_is_logged_and_does_not_stop_the_others_or_the_writer(
    store, heard, caplog
):
    def broken(_changes: Changes) -> None:
        raise RuntimeError("a listener's secret detail")

    store.changes.subscribe(broken)
    after: list[Changes] = []
    store.changes.subscribe(after.append)
    with caplog.at_level(logging.ERROR, logger="app.changes"):
        iid = Incidents(store).add(incident_doc())  # the write itself succeeds
    assert Incidents(store).get(iid)["id"] == iid
    assert len(heard) == 1 and len(after) == 1
    assert "RuntimeError" in caplog.text and "secret detail" not in caplog.text


def test_subscribing_while_another_thread_publishes_is_safe():
    publisher = Publisher()
    counts = [0]
    lock = threading.Lock()

    def count(_c: Changes) -> None:
        with lock:
            counts[0] += 1

    def publish() -> None:
        for _ in range(2000):
            publisher.publish(Changes.of(Kind.INCIDENTS))

    thread = threading.Thread(target=publish)
    thread.start()
    stops = [publisher.subscribe(count) for _ in range(50)]
    for stop in stops:
        stop()
    thread.join()
    publisher.publish(Changes.of(Kind.INCIDENTS))
    assert counts[0] <= 2000 * 50  # every call went to a live subscriber; none after


# ---- transactions ----------------------------------------------------------------------------
def test_a_commit_publishes_once_after_it_committed(store, heard):
    seen_rows: list[int] = []

    def check(_changes: Changes) -> None:  # on commit, another session sees the rows
        with store.session() as s:
            seen_rows.append(len(s.scalars(select(Incident.id)).all()))

    store.changes.subscribe(check)
    with store.transaction() as session:
        note(session, Kind.SITUATIONS, ids=["a"])
        note(session, Kind.ASSESSMENTS, ids=["a"])
        assert heard == []  # nothing before the commit
    Incidents(store).add(incident_doc())
    assert heard[0] == Changes.of(Kind.SITUATIONS, Kind.ASSESSMENTS, ids=["a"])
    assert seen_rows == [0, 1]


def test_a_rollback_publishes_nothing(store, heard):
    with pytest.raises(RuntimeError), store.transaction() as session:
        note(session, Kind.INCIDENTS)
        raise RuntimeError("undone")
    with store.transaction() as session:  # rolled back by hand, then left normally
        note(session, Kind.INCIDENTS)
        session.rollback()
    with pytest.raises(BadInput):
        Incidents(store).add(incident_doc(title=""))
    assert heard == []


def test_a_savepoint_rolled_back_keeps_what_the_transaction_noted_before(store, heard):
    with store.transaction() as session:
        note(session, Kind.DRAFTS)
        savepoint = session.begin_nested()
        savepoint.rollback()
    assert kinds(heard) == [{Kind.DRAFTS}]


# ---- what each service names -----------------------------------------------------------------
def test_incident_writes_name_incidents_and_reads_name_nothing(store, heard):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary="Public text."))
    inc.get(iid)
    inc.view(iid)  # audited, but nothing a view shows changed
    inc.edit(iid, {"title": "Shelling of the market"})
    inc.edit(iid, {"title": "Shelling of the market"})  # no change: nothing published
    inc.clear_summary(iid)  # a single-user office: the author clears it
    inc.clear_summary(iid)  # cleared already: rolled back by hand
    inc.delete(iid)
    assert kinds(heard) == [
        {Kind.INCIDENTS},
        {Kind.INCIDENTS},
        {Kind.INCIDENTS},
        {Kind.INCIDENTS, Kind.ATTACHMENTS},
    ]
    assert all(c.ids == {iid} for c in heard)


def test_saving_from_the_editor_names_the_incident_and_the_draft(store, heard):
    inc = Incidents(store)
    draft = Drafts(store).save({"title": "Half-typed"})
    iid = inc.save_edited(None, incident_doc(), draft_id=draft)
    inc.save_edited(iid, {**inc.get(iid), "title": "Retitled"})
    with pytest.raises(BadInput):
        inc.save_edited(iid, {**inc.get(iid), "title": ""})
    assert heard == [
        Changes.of(Kind.DRAFTS),
        Changes.of(Kind.INCIDENTS, Kind.DRAFTS, ids=[iid]),
        Changes.of(Kind.INCIDENTS, ids=[iid]),
    ]


def test_drafts_and_attachments_name_their_kinds(store, heard):
    iid = Incidents(store).add(incident_doc())
    heard.clear()
    drafts = Drafts(store)
    draft = drafts.save({"title": "x"})
    drafts.save({"title": "xy"}, draft_id=draft)
    drafts.mine()
    drafts.discard(draft)
    attachments = Attachments(store)
    meta = attachments.add(iid, b"photo", "photo.jpg")
    attachments.read(meta["id"])  # custody is written; nothing a view lists changed
    assert kinds(heard) == [{Kind.DRAFTS}] * 3 + [{Kind.ATTACHMENTS}]
    assert heard[-1].ids == {iid}


def test_situation_writes_name_situations_assessments_and_strategies(store, heard):
    situations = Situations(store, today=TODAY)
    iid = Incidents(store).add(incident_doc())
    sid = situations.add(situation())
    situations.edit(sid, {"status": "crisis"})
    situations.edit(sid, {"status": "crisis"})  # no change
    situations.link(sid, iid, "exclude")
    situations.unlink(sid, iid)
    situations.assess(sid, {"assessed_on": "2026-07-01", "factors": factors(f1="low")})
    situations.save_strategy(sid, strategy_doc())
    situations.list()
    assert kinds(heard) == [
        {Kind.INCIDENTS},
        {Kind.SITUATIONS},
        {Kind.SITUATIONS},
        {Kind.SITUATIONS},
        {Kind.SITUATIONS},
        {Kind.ASSESSMENTS},
        {Kind.STRATEGIES},
    ]
    assert all(c.ids == {sid} for c in heard[1:])


def test_an_import_publishes_its_incidents_once(store, heard):
    table = exchange.read_table(KOBO)
    checked = exchange.check(store, table, exchange.load_mapping("kobo"))
    ids = exchange.commit(store, checked, table)
    assert heard == [Changes.of(Kind.INCIDENTS, ids=ids)]


def test_changes_from_hq_publish_with_the_sync_transaction(store, heard):
    inc = Incidents(store)
    situations = Situations(store, today=TODAY)
    iid = inc.add(incident_doc())
    sid = situations.add(situation())
    doc = inc.get(iid)
    heard.clear()
    with store.transaction() as session:  # as sync applies a page: one transaction
        inc.apply_remote(
            session, iid, {"title": "Retitled at HQ"}, deleted=False, origin="hq", keep=set()
        )
        situations.apply_remote(
            session,
            sid,
            "situation",
            {"status": "crisis"},
            create=False,
            deleted=False,
            origin="hq",
            keep=set(),
        )
        assert heard == []
    assert heard == [Changes.of(Kind.INCIDENTS, Kind.SITUATIONS, ids=[iid, sid])]
    with store.transaction() as session:
        inc.apply_remote(session, iid, None, deleted=True, origin="hq", keep=set())
    assert heard[-1] == Changes.of(Kind.INCIDENTS, Kind.ATTACHMENTS, ids=[iid])
    with store.transaction() as session:
        failed = inc.insert_remote(
            session,
            [
                (
                    iid,
                    {
                        k: doc[k]
                        for k in (
                            "title",
                            "occurred_from",
                            "location",
                            "confidentiality",
                            "violations",
                        )
                    },
                )
            ],
            origin="hq",
        )
    assert failed == {}
    assert heard[-1] == Changes.of(Kind.INCIDENTS, ids=[iid])
