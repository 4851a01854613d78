"""The sensitive-location mark and the summary for partners and the public: written, cleared
by someone other than its author (or, in a single-user office, by its author with the
clearance saying so), audited, and reset whenever the text changes. Real SQLCipher stores."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app import exchange
from app.audit import verify
from app.errors import BadInput
from app.incidents import Incidents
from app.models import AuditEntry, OutboxEntry
from app.schema.incident import SUMMARY_MAX
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE, incident_doc

SECRET = "Zaynab al-Khatib sheltered at 14 Orchard Lane"  # record content: never in logs
CLEAN = {
    "text": None,
    "written_by": None,
    "written_at": None,
    "cleared_by": None,
    "cleared_at": None,
    "single_user": False,
}


def _second_user(store: Store, name: str = "bilal") -> Store:
    store.keys.add_user(store._db_key, name, PASSPHRASE, kdf=FAST_KDF)
    return Store.open(store.directory, PASSPHRASE, name)


@pytest.fixture
def bilal(store):
    other = _second_user(store)
    yield other
    other.close()


def _audit(store: Store) -> list[AuditEntry]:
    with store.session() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def _raw_db_text(store: Store) -> str:
    """Every audit and history row as stored, for checks that a text is not in them."""
    with store.session() as s:
        rows = (
            s.connection()
            .exec_driver_sql("SELECT actor, action, object_id, detail FROM audit_log")
            .fetchall()
        )
    return json.dumps([list(r) for r in rows])


# ---- the document ---------------------------------------------------------------------------
def test_a_new_record_has_no_summary_and_an_unmarked_location(store):
    doc = Incidents(store).get(Incidents(store).add(incident_doc()))
    assert doc["location"]["sensitive"] is False
    assert doc["public_summary"] == CLEAN


def test_sensitive_flag_round_trips_and_is_in_history(store):
    inc = Incidents(store)
    iid = inc.add(incident_doc(location={"country": "SYR", "place": "A home", "sensitive": True}))
    assert inc.get(iid)["location"]["sensitive"] is True
    doc = inc.edit(iid, {"location": {"sensitive": False}})
    assert doc["location"]["sensitive"] is False
    assert doc["location"]["place"] == "A home"  # a location edit merges its sub-fields
    assert [
        (h["field"], h["old"], h["new"])
        for h in inc.history(iid)
        if h["field"] == "location.sensitive"
    ] == [("location.sensitive", True, False)]


@pytest.mark.parametrize("bad", ["yes", 1, 0, [], {}])
def test_sensitive_must_be_true_or_false(store, bad):
    with pytest.raises(BadInput) as err:
        Incidents(store).add(incident_doc(location={"country": "SYR", "sensitive": bad}))
    assert err.value.field == "location.sensitive"


def test_setting_the_summary_records_its_author(store):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary="  A summary written for the public.  "))
    summary = inc.get(iid)["public_summary"]
    assert summary["text"] == "A summary written for the public."
    assert summary["written_by"] == "amina" and summary["written_at"]
    assert summary["cleared_by"] is None and summary["single_user"] is False


def test_the_object_form_takes_only_the_text(store):
    """A document from `show` can be given back: the read-only parts of the summary are
    ignored, so nobody clears a summary by writing `cleared_by` into a file."""
    inc = Incidents(store)
    forged = {
        "text": "Public text.",
        "written_by": "someone-else",
        "written_at": "2020-01-01",
        "cleared_by": "someone-else",
        "cleared_at": "2020-01-02",
        "single_user": True,
    }
    iid = inc.add(incident_doc(public_summary=forged))
    summary = inc.get(iid)["public_summary"]
    assert summary == {
        **summary,
        "text": "Public text.",
        "written_by": "amina",
        "cleared_by": None,
        "cleared_at": None,
        "single_user": False,
    }
    # the same forgery on an edit of the same text keeps what the store holds
    doc = inc.edit(iid, {"public_summary": {**forged, "text": "Public text."}})
    assert doc["public_summary"] == summary
    assert doc["revision"] == 1  # nothing changed: no revision, no history, no outbox entry


def test_a_show_document_given_back_unchanged_changes_nothing(store, bilal):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary="Public text."))
    Incidents(bilal).clear_summary(iid)
    shown = inc.get(iid)
    again = inc.edit(iid, shown)
    assert again == shown


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (5, "public_summary"),
        (["a"], "public_summary"),
        ({"txt": "a"}, "public_summary.txt"),
        ({"text": 5}, "public_summary"),
        ("x" * (SUMMARY_MAX + 1), "public_summary"),
    ],
)
def test_bad_summaries_are_refused_naming_the_field(store, bad, field):
    with pytest.raises(BadInput) as err:
        Incidents(store).add(incident_doc(public_summary=bad))
    assert err.value.field == field


def test_a_long_summary_up_to_the_limit_is_kept(store):
    text = ("Paragraph one.\n\n" + "word " * 500)[:SUMMARY_MAX]
    iid = Incidents(store).add(incident_doc(public_summary=text))
    assert Incidents(store).get(iid)["public_summary"]["text"] == text.strip()


# ---- clearance -------------------------------------------------------------------------------
def test_another_user_clears_and_it_is_audited_without_the_text(store, bilal):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary=SECRET))
    doc = Incidents(bilal).clear_summary(iid)
    summary = doc["public_summary"]
    assert summary["cleared_by"] == "bilal" and summary["cleared_at"]
    assert summary["single_user"] is False and summary["written_by"] == "amina"
    assert doc["revision"] == 2
    clears = [e for e in _audit(store) if e.action == "incident.summary_clear"]
    assert len(clears) == 1
    assert (clears[0].actor, clears[0].object_id) == ("bilal", iid)
    assert SECRET not in _raw_db_text(store) and "Zaynab" not in _raw_db_text(store)
    fields = {h["field"] for h in inc.history(iid) if h["revision"] == 2}
    assert fields == {"public_summary.cleared_by", "public_summary.cleared_at"}
    with store.session() as s:
        assert verify(s)[1] == []  # the hash chain holds


def test_the_author_is_refused_when_the_office_has_two_users(store, bilal):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary=SECRET))
    before = inc.get(iid)
    audit_before = len(_audit(store))
    with pytest.raises(BadInput) as err:
        inc.clear_summary(iid)
    assert err.value.field == "public_summary"
    assert "other than its author" in err.value.reason
    assert SECRET not in str(err.value) and "amina" not in str(err.value)
    assert inc.get(iid) == before and len(_audit(store)) == audit_before


def test_the_author_is_refused_whatever_the_case_of_the_name(store):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary="Public text."))
    other = _second_user(store, "Amina2")
    other.close()
    # the same person under another spelling of their label is still the author
    with store.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE incidents SET public_summary_by = 'AMINA' WHERE id = ?", (iid,)
        )
    with pytest.raises(BadInput, match="other than its author"):
        inc.clear_summary(iid)


def test_a_single_user_clears_and_the_clearance_says_so(store):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary="Public text."))
    summary = inc.clear_summary(iid)["public_summary"]
    assert summary["cleared_by"] == "amina" and summary["single_user"] is True
    entry = [e for e in _audit(store) if e.action == "incident.summary_clear"][-1]
    assert entry.actor == "amina" and entry.object_id == iid


def test_a_second_person_replaces_a_single_user_clearance(store):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary="Public text."))
    inc.clear_summary(iid)
    bilal = _second_user(store)
    try:
        summary = Incidents(bilal).clear_summary(iid)["public_summary"]
        assert summary["cleared_by"] == "bilal" and summary["single_user"] is False
        # clearing again changes nothing
        revision = inc.get(iid)["revision"]
        assert Incidents(bilal).clear_summary(iid)["revision"] == revision
    finally:
        bilal.close()


def test_nothing_to_clear_is_refused(store):
    inc = Incidents(store)
    iid = inc.add(incident_doc())
    with pytest.raises(BadInput) as err:
        inc.clear_summary(iid)
    assert err.value.field == "public_summary" and "no text" in err.value.reason


@pytest.fixture
def recovered(tmp_path):
    directory = tmp_path / "rec"
    opened, recovery = Store.create(directory, "amina", PASSPHRASE, kdf=FAST_KDF)
    yield opened, recovery
    opened.close()


def test_the_recovery_key_is_not_a_user_who_clears(recovered):
    store, recovery = recovered
    iid = Incidents(store).add(incident_doc(public_summary="Public text."))
    with Store.open_with_recovery(store.directory, recovery) as by_recovery:
        with pytest.raises(BadInput, match="recovery key"):
            Incidents(by_recovery).clear_summary(iid)


def test_editing_the_text_resets_the_clearance(store, bilal):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary="First text."))
    Incidents(bilal).clear_summary(iid)
    doc = Incidents(bilal).edit(iid, {"public_summary": "Second text."})
    summary = doc["public_summary"]
    assert summary["text"] == "Second text." and summary["written_by"] == "bilal"
    assert summary["cleared_by"] is None and summary["cleared_at"] is None
    # now the author (bilal) may not clear, amina may
    with pytest.raises(BadInput):
        Incidents(bilal).clear_summary(iid)
    assert inc.clear_summary(iid)["public_summary"]["cleared_by"] == "amina"
    # an edit of anything else keeps the clearance
    kept = inc.edit(iid, {"title": "Another title"})["public_summary"]
    assert kept["cleared_by"] == "amina"
    # removing the text removes the clearance and says who removed it
    gone = inc.edit(iid, {"public_summary": None})["public_summary"]
    assert gone == {**CLEAN, "written_by": "amina", "written_at": gone["written_at"]}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=st.text(min_size=1, max_size=60), second=st.text(min_size=1, max_size=60))
def test_any_change_of_text_drops_the_clearance(store, bilal, first, second):
    first, second = first + "a", second + "b"  # never blank
    inc = Incidents(store)
    try:
        iid = inc.add(incident_doc(public_summary=first))
    except BadInput:
        return  # a character the text check refuses
    Incidents(bilal).clear_summary(iid)
    try:
        summary = inc.edit(iid, {"public_summary": second})["public_summary"]
    except BadInput:
        return
    if summary["text"] == inc.validator.public_summary(first)["public_summary"]:
        assert summary["cleared_by"] == "bilal"
    else:
        assert summary["cleared_by"] is None and summary["written_by"] == "amina"


def test_a_refused_clearance_leaves_no_outbox_entry_and_a_clearance_leaves_one(store, bilal):
    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary="Public text."))
    with pytest.raises(BadInput):
        inc.clear_summary(iid)
    Incidents(bilal).clear_summary(iid)
    with store.session() as s:
        entries = list(
            s.scalars(
                select(OutboxEntry).where(OutboxEntry.record_id == iid).order_by(OutboxEntry.seq)
            )
        )
    assert [e.op for e in entries] == ["create", "update"]
    # the summary travels whole: its text with who wrote and who cleared it
    assert set(entries[1].fields) == {"public_summary"}
    assert entries[1].fields["public_summary"]["cleared_by"] == "bilal"
    assert entries[0].fields["location.sensitive"] is False


# ---- documents in bulk, import and the CLI --------------------------------------------------
def test_documents_read_in_bulk_carry_both_fields(store, bilal):
    inc = Incidents(store)
    iid = inc.add(
        incident_doc(public_summary="Public text.", location={"country": "SYR", "sensitive": True})
    )
    Incidents(bilal).clear_summary(iid)
    assert inc.documents([iid]) == [inc.get(iid)]


def test_json_export_and_import_round_trip_both_fields(store, bilal, tmp_path):
    """Documents written out as JSON and imported into another store keep the mark and the
    text; a clearance is given on the store that holds the record, so it is not imported
    (a file could claim any clearance)."""
    inc = Incidents(store)
    iid = inc.add(
        incident_doc(
            public_summary="Public text.",
            location={"country": "SYR", "place": "Safe house", "sensitive": True},
        )
    )
    Incidents(bilal).clear_summary(iid)
    path = tmp_path / "out.json"
    path.write_text(json.dumps(inc.documents([iid]), ensure_ascii=False), encoding="utf-8")

    other, _ = Store.create(tmp_path / "other", "chen", PASSPHRASE, kdf=FAST_KDF)
    try:
        table = exchange.read_table(path)
        checked = exchange.check(other, table)
        assert checked.errors == []
        [new_id] = exchange.commit(other, checked, table)
        doc = Incidents(other).get(new_id)
        assert new_id == iid
        assert doc["location"]["sensitive"] is True
        assert doc["public_summary"]["text"] == "Public text."
        assert doc["public_summary"]["written_by"] == "chen"
        assert doc["public_summary"]["cleared_by"] is None
        assert doc["public_summary"]["single_user"] is False
    finally:
        other.close()


def test_cli_clear_summary(store, data_dir):
    """`upfront incident clear-summary ID`: the author is refused (exit 2, the field named,
    no text), another user clears; `show` prints the clearance."""
    from tests.app.test_cli import run

    iid = Incidents(store).add(incident_doc(public_summary=SECRET))
    _second_user(store).close()
    store.close()
    refused = run("incident", "clear-summary", iid, "--user", "amina", data_dir=data_dir)
    assert refused.returncode == 2
    assert "public_summary" in refused.stderr and "other than its author" in refused.stderr
    assert "Zaynab" not in refused.stderr + refused.stdout
    done = run("incident", "clear-summary", iid, "--user", "bilal", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"{iid} revision 2: summary for partners and the public cleared by bilal"
    )
    shown = json.loads(run("incident", "show", iid, "--user", "amina", data_dir=data_dir).stdout)
    assert shown["public_summary"]["cleared_by"] == "bilal"
    assert shown["location"]["sensitive"] is False
    missing = run("incident", "clear-summary", "not-an-id", "--user", "bilal", data_dir=data_dir)
    assert missing.returncode != 0


_CHILD = r"""
import sys, time
from app.incidents import Incidents
import app.incidents as incidents
from app.store import Store

def stall(self, record_id, diff):  # inside the clearance's transaction, all else written
    print("ready", flush=True)
    time.sleep(600)

incidents.Outbox.updated = stall
from pathlib import Path
store = Store.open(Path(sys.argv[1]), sys.argv[2], "bilal")
Incidents(store).clear_summary(sys.argv[3])
"""


def test_a_clearance_killed_half_way_leaves_the_record_as_it_was(store, bilal, tmp_path):
    """kill -9 while the clearance's transaction is open: on the next open nothing of it is
    there (record, history, audit and outbox as before) and the audit chain holds."""
    import os
    import signal
    import subprocess
    import sys

    inc = Incidents(store)
    iid = inc.add(incident_doc(public_summary="Public text."))
    before, history = inc.get(iid), inc.history(iid)
    audit_count = len(_audit(store))
    bilal.close()
    store.close()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(store.directory), PASSPHRASE, iid],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    with Store.open(store.directory, PASSPHRASE, "amina") as again:
        inc = Incidents(again)
        assert inc.get(iid) == before and inc.history(iid) == history
        assert len(_audit(again)) == audit_count
        with again.session() as s:
            assert verify(s)[1] == []
            assert [
                e.op for e in s.scalars(select(OutboxEntry).where(OutboxEntry.record_id == iid))
            ] == ["create"]
        # and the clearance can be given afterwards
        other = Store.open(store.directory, PASSPHRASE, "bilal")
        try:
            assert Incidents(other).clear_summary(iid)["public_summary"]["cleared_by"] == "bilal"
        finally:
            other.close()


@pytest.mark.parametrize(
    ("summary", "field"),
    [
        (
            {"text": None, "cleared_by": "x", "cleared_at": "2026-01-01T00:00"},
            "public_summary.cleared_by",
        ),
        ({"text": "t", "cleared_by": "x"}, "public_summary.cleared_at"),
        ({"text": "t", "cleared_at": "2026-01-01T00:00"}, "public_summary.cleared_by"),
        ({"text": "t", "single_user": True}, "public_summary.single_user"),
        ({"text": "t", "single_user": "yes"}, "public_summary.single_user"),
        ({"text": "t", "written_by": "x" * 65}, "public_summary.written_by"),
    ],
)
def test_a_summary_from_another_device_must_hold_together(store, summary, field):
    """HQ and the devices check what sync brings: a clearance without a text, or half of
    one, is refused naming the field."""
    with pytest.raises(BadInput) as err:
        Incidents(store).validator.public_summary(summary)
    assert err.value.field == field
    assert "2026-01-01" not in str(err.value)
