"""Review as a workflow: an author submits, a reviewer who is not the author approves (status
reviewed, the verification standard, reviewer and date) or returns with a comment; assignment;
the queue and "came back to me"; a single-user office's self-review, marked. Every step is one
transaction with its history, audit entry and outbox entry. Real SQLCipher stores."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.audit import verify
from app.errors import BadInput
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.models import AuditEntry, OutboxEntry
from app.redaction import AUDIENCES, Audience, Names, redact_document, view_document
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE, incident_doc

COMMENT = "Check the second witness's account of the date"


def _user(store: Store, name: str) -> Store:
    store.keys.add_user(store._db_key, name, PASSPHRASE, kdf=FAST_KDF)
    return Store.open(store.directory, PASSPHRASE, name)


@pytest.fixture
def bilal(store):
    other = _user(store, "bilal")
    yield other
    other.close()


def _draft(store: Store, **overrides) -> str:
    return Incidents(store).add(incident_doc(status="draft", **overrides))


def _actions(store: Store, iid: str) -> list[str]:
    with store.session() as s:
        return [
            e.action
            for e in s.scalars(
                select(AuditEntry).where(AuditEntry.object_id == iid).order_by(AuditEntry.seq)
            )
        ]


def _outbox(store: Store, iid: str) -> list[OutboxEntry]:
    with store.session() as s:
        return list(
            s.scalars(
                select(OutboxEntry).where(OutboxEntry.record_id == iid).order_by(OutboxEntry.seq)
            )
        )


def _queue(store: Store, me: str) -> list[str]:
    return [r["id"] for r in Incidents(store).list(IncidentQuery(review_for=me))]


def _returned(store: Store, me: str) -> list[str]:
    return [r["id"] for r in Incidents(store).list(IncidentQuery(returned_to=me))]


# ---- the steps ------------------------------------------------------------------------------
def test_submit_then_a_second_user_approves(store, bilal):
    iid = _draft(store)
    assert _queue(bilal, "bilal") == []  # a draft waits for no one
    doc = Incidents(store).submit(iid)
    assert doc["status"] == "submitted"
    assert doc["review"]["submitted_by"] == "amina"
    assert doc["review"]["assignee"] is None
    assert _queue(bilal, "bilal") == [iid]
    assert _queue(store, "amina") == []  # never one's own submission

    approved = Incidents(bilal).approve(iid, "clear_and_convincing", comment="Two sources")
    assert approved["status"] == "reviewed"
    assert approved["verification"]["status"] == "clear_and_convincing"
    assert approved["verification"]["reviewer"] == "bilal"
    assert approved["verification"]["date"] == datetime.now(UTC).date().isoformat()
    review = approved["review"]
    assert (review["outcome"], review["by"], review["single_user"]) == ("approved", "bilal", False)
    assert review["comment"] == "Two sources"
    assert review["at"] >= review["submitted_at"]
    assert _queue(bilal, "bilal") == []
    assert _actions(store, iid) == [
        "incident.create",
        "incident.review_submit",
        "incident.review_approve",
    ]
    with store.session() as s:
        assert verify(s)[1] == []  # the hash chain holds
    # the history says who decided what
    fields = {h["field"]: h for h in Incidents(store).history(iid) if h["actor"] == "bilal"}
    assert fields["status"]["new"] == "reviewed"
    assert fields["review.outcome"]["new"] == "approved"


def test_a_reviewer_returns_with_a_comment_and_it_comes_back_to_the_author(store, bilal):
    iid = _draft(store)
    Incidents(store).submit(iid)
    with pytest.raises(BadInput) as err:
        Incidents(bilal).send_back(iid, "   ")
    assert err.value.field == "review.comment"
    assert Incidents(store).get(iid)["status"] == "submitted"

    back = Incidents(bilal).send_back(iid, COMMENT)
    assert back["status"] == "draft"
    assert (back["review"]["outcome"], back["review"]["comment"]) == ("returned", COMMENT)
    assert _returned(store, "amina") == [iid]
    assert _returned(bilal, "bilal") == []
    # the author works on it: it stays "came back" until submitted again
    Incidents(store).edit(iid, {"narrative": "Witnesses describe the shelling, at dawn."})
    assert _returned(store, "amina") == [iid]
    again = Incidents(store).submit(iid)
    assert again["review"]["outcome"] is None
    assert again["review"]["comment"] is None
    assert _returned(store, "amina") == []
    assert _queue(bilal, "bilal") == [iid]


def test_the_author_may_not_review_their_own_record_where_there_are_other_users(store, bilal):
    iid = _draft(store)
    Incidents(store).submit(iid)
    before = Incidents(store).get(iid)
    for step in (
        lambda: Incidents(store).approve(iid, "reasonable_grounds"),
        lambda: Incidents(store).send_back(iid, COMMENT),
    ):
        with pytest.raises(BadInput) as err:
            step()
        assert err.value.field == "review"
        assert "other than the one who submitted" in err.value.reason
    assert Incidents(store).get(iid) == before


def test_a_single_user_office_self_reviews_and_it_is_marked(store):
    iid = _draft(store)
    Incidents(store).submit(iid)
    doc = Incidents(store).approve(iid, "reasonable_grounds")
    assert doc["review"]["single_user"] is True
    assert doc["verification"]["reviewer"] == "amina"


def test_assignment_narrows_the_queue_and_never_to_the_author(store, bilal):
    chen = _user(store, "chen")
    try:
        iid = _draft(store)
        Incidents(store).submit(iid, assignee="chen")
        assert _queue(chen, "chen") == [iid]
        assert _queue(bilal, "bilal") == []  # assigned to someone else
        with pytest.raises(BadInput) as err:
            Incidents(bilal).assign(iid, "amina")
        assert err.value.field == "review.assignee"
        Incidents(bilal).assign(iid, "bilal")
        assert _queue(bilal, "bilal") == [iid]
        assert _queue(chen, "chen") == []
        Incidents(bilal).assign(iid, None)
        assert sorted([*_queue(bilal, "bilal"), *_queue(chen, "chen")]) == [iid, iid]
        assert "incident.review_assign" in _actions(store, iid)
    finally:
        chen.close()


def test_steps_out_of_order_are_refused_naming_the_status(store, bilal):
    iid = _draft(store)
    for step in (
        lambda: Incidents(bilal).approve(iid, "reasonable_grounds"),
        lambda: Incidents(bilal).send_back(iid, COMMENT),
        lambda: Incidents(bilal).assign(iid, "bilal"),
    ):
        with pytest.raises(BadInput) as err:
            step()
        assert err.value.field == "status"
        assert "only a submitted record" in err.value.reason
    Incidents(store).submit(iid)
    with pytest.raises(BadInput) as err:
        Incidents(store).submit(iid)
    assert err.value.field == "status"


def test_an_unknown_verification_standard_names_the_field_and_changes_nothing(store, bilal):
    iid = _draft(store)
    Incidents(store).submit(iid)
    before = Incidents(store).get(iid)
    with pytest.raises(BadInput) as err:
        Incidents(bilal).approve(iid, "pretty_sure")
    assert err.value.field == "verification.status"
    assert Incidents(store).get(iid) == before


def test_an_edit_never_makes_a_record_reviewed_nor_sets_its_review(store, bilal):
    iid = _draft(store)
    with pytest.raises(BadInput) as err:
        Incidents(store).edit(
            iid, {"status": "reviewed", "verification": {"reviewer": "amina", "date": None}}
        )
    assert err.value.field == "status"
    forged = {"outcome": "approved", "by": "chen", "at": "2026-11-01T00:00:00+00:00"}
    doc = Incidents(store).edit(iid, {"review": forged, "title": "Shelling of the market"})
    assert doc["review"]["outcome"] is None
    assert doc["title"] == "Shelling of the market"


def test_the_review_travels_whole_with_the_status(store, bilal):
    iid = _draft(store)
    Incidents(store).submit(iid)
    Incidents(bilal).approve(iid, "reasonable_grounds")
    entries = _outbox(store, iid)
    assert [e.op for e in entries] == ["create", "update", "update"]
    assert {"status", "review"} <= set(entries[2].fields)
    assert entries[2].fields["review"]["by"] == "bilal"
    assert not any(k.startswith("review.") for e in entries for k in e.fields)


def test_outside_the_team_the_review_names_no_one_and_carries_no_comment(store, bilal):
    iid = _draft(store)
    Incidents(store).submit(iid, assignee="bilal")
    Incidents(bilal).approve(iid, "reasonable_grounds", comment=COMMENT)
    doc = Incidents(store).get(iid)
    for name in AUDIENCES:
        audience = Audience(name)
        if audience.internal:
            continue
        for shaped in (
            redact_document(doc, audience, Names(())),
            view_document(doc, audience, Names(())),
        ):
            review = shaped["review"]
            assert review["comment"] is None, name
            assert review["assignee"] is None, name
            assert "bilal" not in str(review) and "amina" not in str(review), name
            assert review["outcome"] == "approved", name


# ---- any order of steps, by any user ----------------------------------------------------------
STEPS = st.lists(
    st.tuples(
        st.sampled_from(["submit", "assign", "approve", "send_back", "edit_draft"]),
        st.sampled_from(["amina", "bilal"]),
        st.sampled_from([None, "amina", "bilal", "chen"]),
    ),
    max_size=8,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_any_sequence_of_steps_keeps_the_review_consistent(store, bilal, steps):
    users = {"amina": Incidents(store), "bilal": Incidents(bilal)}
    iid = _draft(store)
    for op, who, other in steps:
        incidents = users[who]
        before = incidents.get(iid)
        try:
            if op == "submit":
                incidents.submit(iid, assignee=other)
            elif op == "assign":
                incidents.assign(iid, other)
            elif op == "approve":
                incidents.approve(iid, "reasonable_grounds")
            elif op == "send_back":
                incidents.send_back(iid, COMMENT)
            else:
                incidents.edit(iid, {"status": "draft"})
        except BadInput as err:
            assert err.field in ("status", "review", "review.assignee")
            assert incidents.get(iid) == before  # a refused step leaves the record alone
            continue
        doc = incidents.get(iid)
        review = doc["review"]
        # invariants: a decision is never by the submitter (two users here); the status
        # and the outcome agree; a submitted record names who submitted it
        if review["by"] is not None:
            assert review["by"].casefold() != (review["submitted_by"] or "").casefold()
        assert review["single_user"] is False
        if doc["status"] == "reviewed":
            assert review["outcome"] == "approved"
            assert doc["verification"]["reviewer"] == review["by"]
        if doc["status"] == "submitted":
            assert review["outcome"] is None
            assert review["submitted_by"] is not None
            assert (review["assignee"] or "").casefold() != review["submitted_by"].casefold()
        if review["outcome"] == "returned":
            assert doc["status"] == "draft"
            assert review["comment"] == COMMENT


def test_the_recovery_key_does_not_review(tmp_path):
    opened, recovery = Store.create(tmp_path / "solo", "amina", PASSPHRASE, kdf=FAST_KDF)
    try:
        iid = _draft(opened)
        Incidents(opened).submit(iid)
    finally:
        opened.close()
    with Store.open_with_recovery(tmp_path / "solo", recovery) as rescue:
        with pytest.raises(BadInput) as err:
            Incidents(rescue).approve(iid, "reasonable_grounds")
        assert err.value.field == "review"
        assert Incidents(rescue).get(iid)["status"] == "submitted"


# ---- reports say where a review was a self-review --------------------------------------------
def test_a_report_counts_the_self_reviewed_incidents(tmp_path):
    from app.reports import Reports, Request, load_template

    opened, _ = Store.create(tmp_path / "solo", "amina", PASSPHRASE, kdf=FAST_KDF)
    try:
        incidents = Incidents(opened)
        ids = [_draft(opened, title=f"Case {n}") for n in range(3)]
        for iid in ids:
            incidents.submit(iid)
        for iid in ids[:2]:
            incidents.approve(iid, "reasonable_grounds")
        request = Request.parse(
            date_from="2026-10-01", date_to="2026-10-31", audience="un", country="SYR"
        )
        report = Reports(opened).build(request, load_template())
        assert report.reviews_single_user == 2
    finally:
        opened.close()
