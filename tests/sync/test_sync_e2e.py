"""Two devices and an analyst through one HQ, over real TLS, on real PostgreSQL."""

from __future__ import annotations

import pytest
from synchelp import incident, snapshot

from app.incident_queries import IncidentQuery
from sync import device as d


@pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)
def test_two_devices_and_an_analyst_converge_with_a_narrative_conflict(make_device, running_hq):
    a, b = make_device("amina"), make_device("bilal")
    analyst = make_device("hq-analyst", None, analyst=True)
    other_team = make_device("yemen-officer", "YEM")
    rid = a.incidents.add(incident())
    a.incidents.add(incident(title="Second", narrative="Another"))
    other_team.incidents.add(incident(location={"country": "YEM"}, title="Yemen"))
    for dev in (a, b, other_team, analyst):
        assert dev.sync().complete

    assert snapshot(a) == snapshot(b)
    assert len(snapshot(b)) == 2
    assert len(snapshot(analyst)) == 3  # an analyst sees every team
    assert "Yemen" not in {x["title"] for x in snapshot(b).values()}  # scope

    # the same incident edited on both devices while apart
    a.incidents.edit(rid, {"narrative": "Version from Amina", "date_reported": "2026-10-06"})
    b.incidents.edit(rid, {"narrative": "Version from Bilal", "title": "Shelling of the market"})
    for dev in (a, b, a, analyst):
        assert dev.sync().complete

    merged_a, merged_b = a.incidents.get(rid), b.incidents.get(rid)
    for merged in (merged_a, merged_b):
        assert merged["title"] == "Shelling of the market"  # field by field: both edits kept
        assert merged["date_reported"] == "2026-10-06"
    assert snapshot(a) == snapshot(b)
    assert snapshot(analyst)[rid] == snapshot(a)[rid]
    # the narrative is not silently overwritten: both versions wait for a person
    conflicts = [x for x in d.conflicts(a.store) if x["record"] == rid]
    assert len(conflicts) == 1 and conflicts[0]["field"] == "narrative"
    assert conflicts[0]["needs_merge"]
    assert {conflicts[0]["kept"], conflicts[0]["other"]} == {
        "Version from Amina",
        "Version from Bilal",
    }
    assert [x["field"] for x in running_hq.hq.conflicts()] == ["narrative"]

    # a person merges; the merge travels like any edit and settles HQ's conflict
    d.resolve_conflict(a.store, a.incidents, conflicts[0]["id"], "Merged text")
    for dev in (a, b):
        assert dev.sync().complete
    assert b.incidents.get(rid)["narrative"] == "Merged text"
    assert d.conflicts(a.store) == []
    assert all(x["resolved"] for x in running_hq.hq.conflicts())

    # a summary for partners and the public written on one device and cleared on the other
    # (by another person) arrives cleared everywhere; so does a sensitive location
    b.incidents.edit(
        rid, {"public_summary": "Summary for the public.", "location": {"sensitive": True}}
    )
    assert b.sync().complete and a.sync().complete
    written = a.incidents.get(rid)["public_summary"]
    assert written["text"] == "Summary for the public." and written["written_by"] == "bilal"
    assert written["cleared_by"] is None
    cleared = a.incidents.clear_summary(rid)["public_summary"]
    assert cleared["cleared_by"] == "amina" and not cleared["single_user"]
    for dev in (a, b, analyst):
        assert dev.sync().complete
    for dev in (a, b, analyst):
        assert dev.incidents.get(rid)["public_summary"] == cleared
        assert dev.incidents.get(rid)["location"]["sensitive"] is True
    at_hq = running_hq.hq.records()[rid]
    assert at_hq["public_summary"] == cleared and at_hq["location"]["sensitive"] is True
    # b's history shows the clearance arriving, field by field
    assert {"public_summary.cleared_by", "public_summary.cleared_at"} <= {
        h["field"] for h in b.incidents.history(rid)
    }

    # every record at HQ can be traced to the device and signed batch that brought it
    trace = running_hq.hq.trace(rid)
    assert trace and all(t["signature"] and t["device"] for t in trace)


def test_sync_status_counts_pending_and_last_success(make_device):
    a = make_device("amina")
    a.incidents.add(incident())
    before = d.status(a.store)
    assert before.pending == 1 and before.last_success is None
    result = a.sync()
    assert result.complete and result.pushed == 1
    after = d.status(a.store)
    assert after.pending == 0 and after.last_success is not None


def test_a_batch_not_in_the_outbox_has_no_schema(make_device):
    """The schema sealed into a batch's header is read from the outbox the batch came from;
    a change that is not there is NotFound, never a crash on a missing row."""
    from app import outbox
    from app.errors import NotFound
    from sync import protocol as p

    a = make_device("amina")
    rid = a.incidents.add(incident())
    with a.store.session() as s:
        batch = d.next_batch(s, 0)
        assert d.batch_schema(s, batch) == outbox.pending(s)[0].schema
        with pytest.raises(NotFound, match="change 99 "):
            d.batch_schema(s, [p.Change(99, rid, p.Op.UPDATE, 0)])


def test_attachments_upload_in_chunks_and_resume(make_device, running_hq):
    from app.attachments import Attachments

    a = make_device("amina")
    rid = a.incidents.add(incident())
    content = bytes(range(256)) * 1200  # 300 KiB: several chunks
    meta = Attachments(a.store).add(rid, content, "photo.jpg")
    # the description goes first; the bytes stop part-way (as if the link dropped)
    a.client.round()
    assert running_hq.hq.record_status(rid)["complete"] is False
    state = a.client.state()
    with a.store.session() as s:
        from sync import device as dev

        key, _ = dev.session_key(s, state)
    a.client._chunk(state, key, meta["id"], 0, content[:100_000])
    held = running_hq.hq.record_status(rid)["files"][0]
    assert held["received"] == 100_000 and not held["complete"]
    # the next sync resumes from HQ's offset; the record is complete only then
    assert a.sync().complete
    status = running_hq.hq.record_status(rid)
    assert status["complete"] and status["files"][0]["received"] == len(content)
    assert d.status(a.store).files_pending == 0
    assert running_hq.hq.file_bytes(meta["id"]) == content


def test_a_clearance_never_lands_on_a_text_it_did_not_clear(make_device, running_hq):
    """One device clears the summary while the other rewrites it, before either syncs:
    the summary travels whole, so whichever wins, the clearance stays with the text it
    cleared (a new text arrives not cleared), on both devices and at HQ."""
    a, b = make_device("amina"), make_device("bilal")
    rid = b.incidents.add(incident(public_summary="First text."))
    for dev in (b, a):
        assert dev.sync().complete
    b.incidents.edit(rid, {"public_summary": "Second text."})  # bilal rewrites his text...
    a.incidents.clear_summary(rid)  # ...while amina, not having seen it, clears the first
    for dev in (a, b, a, b):  # the later clearance reaches HQ first
        assert dev.sync().complete
    final = a.incidents.get(rid)["public_summary"]
    assert b.incidents.get(rid)["public_summary"] == final
    assert running_hq.hq.records()[rid]["public_summary"] == final
    if final["text"] == "Second text.":
        assert final["cleared_by"] is None and final["written_by"] == "bilal"
    else:
        assert final["text"] == "First text." and final["cleared_by"] == "amina"
    # the losing version is kept in a conflict, not dropped
    assert [x["field"] for x in running_hq.hq.conflicts()] == ["public_summary"]


def test_review_on_another_laptop_syncs_both_ways(make_device, running_hq):
    """The author submits on her laptop, assigned to a reviewer on his; he returns it with a
    comment, she sees it came back, resubmits, he approves: every step reaches the other
    laptop and HQ, with who decided and when; the queues follow."""
    a, b = make_device("amina"), make_device("bilal")
    rid = a.incidents.add(incident(status="draft"))
    a.incidents.submit(rid, assignee="bilal")
    for dev in (a, b):
        assert dev.sync().complete
    queue = b.incidents.list(IncidentQuery(review_for="bilal"))
    assert [r["id"] for r in queue] == [rid]
    b.incidents.send_back(rid, "Add the second source's date.")
    for dev in (b, a):
        assert dev.sync().complete
    assert [r["id"] for r in a.incidents.list(IncidentQuery(returned_to="amina"))] == [rid]
    assert a.incidents.get(rid)["review"]["comment"] == "Add the second source's date."
    a.incidents.submit(rid)
    for dev in (a, b):
        assert dev.sync().complete
    approved = b.incidents.approve(rid, "reasonable_grounds")
    for dev in (b, a):
        assert dev.sync().complete
    mine = a.incidents.get(rid)
    assert mine["status"] == "reviewed"
    assert mine["review"] == approved["review"]
    assert mine["review"]["by"] == "bilal" and mine["review"]["single_user"] is False
    assert mine["verification"]["reviewer"] == "bilal"
    at_hq = running_hq.hq.records()[rid]
    assert at_hq["status"] == "reviewed" and at_hq["review"]["outcome"] == "approved"
    assert running_hq.hq.conflicts() == []
