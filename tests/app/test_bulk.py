"""Bulk changes (app.bulk): one transaction, each record written as an edit writes it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from app.bulk import Bulk, BulkChange
from app.errors import BadInput
from app.incidents import Incidents
from app.models import AuditEntry, HistoryEntry, Incident, OutboxEntry, SituationLink
from app.redaction import Audience, Names, redact_document
from app.situations import Situations
from tests.app.conftest import incident_doc


@pytest.fixture
def incidents(store):
    return Incidents(store)


@pytest.fixture
def bulk(store):
    return Bulk(store)


def add(incidents: Incidents, n: int, **overrides) -> list[str]:
    return incidents.add_many(
        [incident_doc(title=f"Incident {i}", **overrides) for i in range(n)], numbered=True
    )


def snapshot(store) -> dict[str, tuple]:
    with store.session() as s:
        return {
            r.id: (r.status, r.confidentiality, r.verification_status, r.revision)
            for r in s.execute(
                select(
                    Incident.id,
                    Incident.status,
                    Incident.confidentiality,
                    Incident.verification_status,
                    Incident.revision,
                )
            )
        }


def counts(store) -> tuple[int, int, int, int]:
    """Audit entries, history rows, outbox entries, situation links."""
    with store.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (AuditEntry, HistoryEntry, OutboxEntry, SituationLink)
        )


def audit_of(store, action: str) -> list[AuditEntry]:
    with store.session() as s:
        return list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)
            )
        )


# ---- checking the value -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("fld", "value"),
    [
        ("status", "finished"),
        ("confidentiality", "secret"),
        ("verification", "sure"),
        ("situation", "0f0f0f0f-0000-4000-8000-000000000000"),
        ("status", ""),
        ("status", None),
    ],
)
def test_a_bad_value_names_the_field_and_writes_nothing(store, incidents, bulk, fld, value):
    add(incidents, 2)
    before, logged = snapshot(store), counts(store)
    with pytest.raises(BadInput) as err:
        bulk.change(fld, value)
    assert err.value.field == fld
    assert "upfront" not in str(err.value)  # the window shows it: no command named
    assert snapshot(store) == before and counts(store) == logged


def test_an_unknown_field_is_refused(bulk):
    with pytest.raises(BadInput) as err:
        bulk.change("title", "x")
    assert err.value.field == "field"


def test_a_change_not_made_by_change_is_checked_too(store, incidents, bulk):
    ids = add(incidents, 2)
    before = snapshot(store)
    with pytest.raises(BadInput) as err:
        bulk.apply(ids, BulkChange("status", "finished"))
    assert err.value.field == "status"
    assert snapshot(store) == before


def test_nothing_selected_is_refused(bulk):
    with pytest.raises(BadInput) as err:
        bulk.apply([], bulk.change("status", "submitted"))
    assert err.value.field == "ids"


# ---- written as an edit ---------------------------------------------------------------------
def test_each_record_gets_the_history_outbox_and_audit_an_edit_gives(store, incidents, bulk):
    *selected, alone = add(incidents, 4)
    incidents.edit(
        alone, {"status": "submitted", "verification": {"status": "clear_and_convincing"}}
    )
    result = bulk.apply(selected, bulk.change("status", "submitted"), confirm="un")
    bulk.apply(selected, bulk.change("verification", "clear_and_convincing"))
    assert result.changed == 3 and result.unchanged == 0

    with store.session() as s:

        def history(rid: str) -> list[tuple]:
            # the submission's time differs between the two ways (when each was made)
            return sorted(
                (h.revision, h.field, h.old, None if h.field.endswith("_at") else h.new)
                for h in s.scalars(select(HistoryEntry).where(HistoryEntry.incident_id == rid))
                if h.field != "(created)"
            )

        def outbox(rid: str) -> list[tuple]:
            return [
                (e.op, e.fields, e.bases)
                for e in s.scalars(
                    select(OutboxEntry)
                    .where(OutboxEntry.record_id == rid, OutboxEntry.op == "update")
                    .order_by(OutboxEntry.seq)
                )
            ]

        # the edit made both changes at once (revision 2); bulk made them one by one
        edited = history(alone)
        # submitting records who submitted and when, in bulk as in an edit
        assert [(f, a, b) for _r, f, a, b in edited] == [
            ("review.submitted_at", None, None),
            ("review.submitted_by", None, "amina"),
            ("status", "draft", "submitted"),
            ("verification.status", "reasonable_grounds", "clear_and_convincing"),
        ]
        for rid in selected:
            assert history(rid) == [
                (2, "review.submitted_at", None, None),
                (2, "review.submitted_by", None, "amina"),
                (2, "status", "draft", "submitted"),
                (3, "verification.status", "reasonable_grounds", "clear_and_convincing"),
            ]
            assert s.get(Incident, rid).review_submitted_by == "amina"
            assert s.get(Incident, rid).revision == 3
            entries = outbox(rid)
            assert [e[0] for e in entries] == ["update", "update"]
            merged_fields = {**entries[0][1], **entries[1][1]}
            merged_bases = {**entries[0][2], **entries[1][2]}
            ((_op, edit_fields, edit_bases),) = outbox(alone)
            for fields in (merged_fields, edit_fields):  # the review travels whole
                assert fields["review"]["submitted_by"] == "amina"
                fields["review"]["submitted_at"] = None
            assert merged_fields == edit_fields and merged_bases == edit_bases

    updates = audit_of(store, "incident.update")
    by_record: dict[str, list] = {}
    for e in updates:
        by_record.setdefault(e.object_id, []).append(e.detail)
    for rid in selected:  # one entry per record per change
        assert by_record[rid] == [
            {
                "revision": 2,
                "fields": ["review.submitted_at", "review.submitted_by", "status"],
                "bulk": True,
            },
            {"revision": 3, "fields": ["verification.status"], "bulk": True},
        ]
    assert by_record[alone] == [
        {
            "revision": 2,
            "fields": [
                "review.submitted_at",
                "review.submitted_by",
                "status",
                "verification.status",
            ],
        }
    ]
    assert incidents.get(selected[0])["status"] == "submitted"


def test_records_already_at_the_value_get_nothing(store, incidents, bulk):
    ids = add(incidents, 3)
    incidents.edit(ids[0], {"confidentiality": "internal"})
    logged = counts(store)
    result = bulk.apply(ids, bulk.change("confidentiality", "internal"))
    assert (result.changed, result.unchanged) == (2, 1)
    audit, history, outbox, _links = counts(store)
    assert (audit - logged[0], history - logged[1], outbox - logged[2]) == (2, 2, 2)
    assert snapshot(store)[ids[0]][3] == 2  # its one edit, not two


def test_a_failure_midway_leaves_every_record_as_it_was(store, incidents, bulk):
    ids = add(incidents, 6)
    # a real failure of the database half-way: every row and its history already written in
    # the transaction, the outbox entries of three records too, when the fourth one's fails
    with store.transaction() as s:
        s.execute(
            text(
                "CREATE TRIGGER fail_bulk BEFORE INSERT ON sync_outbox WHEN new.record_id = "
                f"'{ids[3]}' BEGIN SELECT RAISE(ABORT, 'forced failure'); END"
            )
        )
    before, logged = snapshot(store), counts(store)
    with pytest.raises(Exception, match="forced failure"):
        bulk.apply(ids, bulk.change("status", "submitted"), confirm="un")
    assert snapshot(store) == before
    assert counts(store) == logged
    with store.transaction() as s:
        s.execute(text("DROP TRIGGER fail_bulk"))
    assert bulk.apply(ids, bulk.change("status", "submitted"), confirm="un").changed == 6


def test_a_record_the_change_would_make_invalid_refuses_it_all(store, incidents, bulk):
    ids = add(incidents, 3)
    empty = incidents.add(incident_doc(title="Draft", violations=[], perpetrators=[]))
    before, logged = snapshot(store), counts(store)
    with pytest.raises(BadInput) as err:
        bulk.apply([*ids, empty], bulk.change("status", "submitted"), confirm="un")
    assert err.value.field == "violations" and empty in err.value.reason
    assert "Draft" not in str(err.value)  # named by its id, never by its text
    assert snapshot(store) == before and counts(store) == logged


# ---- widening -------------------------------------------------------------------------------
def test_widening_is_counted_and_must_be_confirmed_for_its_audience(store, incidents, bulk):
    cleared_by_other = add(incidents, 2, confidentiality="internal", status="submitted")
    no_summary = add(incidents, 3, confidentiality="internal", status="submitted")
    drafts = add(incidents, 1, confidentiality="internal")
    with store.transaction() as s:  # a summary a second user cleared, on the first two
        s.execute(
            Incident.__table__.update()
            .where(Incident.id.in_(cleared_by_other))
            .values(
                public_summary="What happened, cleared.",
                public_summary_by="ben",
                public_summary_cleared_by="carla",
                public_summary_cleared_at="2026-11-01T00:00:00Z",
            )
        )
    ids = [*cleared_by_other, *no_summary, *drafts]
    change = bulk.change("confidentiality", "public")
    preview = bulk.preview(ids, change)
    assert preview.selected == 6 and preview.changed == 6
    # drafts reach no one outside; the five submitted reach un, partners and public now
    assert preview.widened == {"un": 5, "partners": 5, "public": 5}
    assert preview.audience == "public" and preview.widening == 5
    assert preview.summary_withheld == 3

    before, logged = snapshot(store), counts(store)
    for confirm in (None, "partners"):
        with pytest.raises(BadInput) as err:
            bulk.apply(ids, change, confirm=confirm)
        assert err.value.field == "confidentiality" and "public" in err.value.reason
    assert snapshot(store) == before and counts(store) == logged

    assert bulk.apply(ids, change, confirm="public").changed == 6
    public = Audience("public")
    for rid in no_summary:  # widened, and still its narrative never goes out
        doc = incidents.get(rid)
        assert public.reaches(doc)
        assert redact_document(doc, public, Names(frozenset())).get("narrative") is None
    doc = incidents.get(cleared_by_other[0])
    assert redact_document(doc, public, Names(frozenset()))["narrative"] == (
        "What happened, cleared."
    )


def test_narrowing_and_submitting_internal_records_need_no_confirmation(store, incidents, bulk):
    ids = add(incidents, 2, confidentiality="public", status="submitted")
    assert bulk.preview(ids, bulk.change("confidentiality", "internal")).audience is None
    assert bulk.apply(ids, bulk.change("confidentiality", "internal")).changed == 2
    drafts = add(incidents, 2, confidentiality="internal")
    assert bulk.preview(drafts, bulk.change("status", "submitted")).audience is None


def test_submitting_public_drafts_widens_too(incidents, bulk):
    drafts = add(incidents, 2, confidentiality="public")
    preview = bulk.preview(drafts, bulk.change("status", "submitted"))
    assert preview.audience == "public" and preview.widening == 2
    assert preview.summary_withheld == 2


# ---- situations -----------------------------------------------------------------------------
def test_adding_to_a_situation_links_each_record_once_with_an_audit_entry(store, incidents, bulk):
    situations = Situations(store)
    sid = situations.add(
        {
            "name": "Elsewhere",
            "country": "COD",
            "description": "A situation no record matches by rule.",
            "status": "concern",
            "owner": "amina",
        }
    )
    ids = add(incidents, 4)
    situations.link(sid, ids[0])
    situations.link(sid, ids[1], "exclude")
    result = bulk.apply(ids, bulk.change("situation", sid))
    assert (result.changed, result.unchanged) == (3, 1)
    assert set(situations.incident_ids(sid)) == set(ids)
    entries = [e for e in audit_of(store, "situation.include") if (e.detail or {}).get("bulk")]
    assert sorted(e.detail["incident"] for e in entries) == sorted(ids[1:])
    with store.session() as s:
        last = s.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.record_id == sid)
            .order_by(OutboxEntry.seq.desc())
            .limit(1)
        ).one()
    assert last.fields == {"links": {"include": sorted(ids), "exclude": []}}
    assert bulk.apply(ids, bulk.change("situation", sid)).changed == 0


# ---- any selection --------------------------------------------------------------------------
CODES = {
    "status": ["draft", "submitted"],
    "confidentiality": ["internal", "un", "partners", "public"],
    "verification": ["unverified", "clear_and_convincing", "reasonable_grounds", "rejected"],
}
COLUMN = {"status": 0, "confidentiality": 1, "verification": 2}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_selection_changes_exactly_the_selected_records(store, data):
    incidents, bulk = Incidents(store), Bulk(store)
    if not snapshot(store):
        add(incidents, 12)
    ids = sorted(snapshot(store))
    selected = data.draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))
    fld = data.draw(st.sampled_from(sorted(CODES)))
    value = data.draw(st.sampled_from(CODES[fld]))
    before, logged = snapshot(store), counts(store)
    change = bulk.change(fld, value)
    preview = bulk.preview(selected, change)
    result = bulk.apply(selected, change, confirm=preview.audience)
    after = snapshot(store)
    col = COLUMN[fld]
    altered = {i for i in selected if before[i][col] != value}
    assert result.changed == preview.changed == len(altered)
    assert set(result.ids) == altered
    for rid in ids:
        if rid in selected:
            assert after[rid][col] == value
        if rid in altered:
            assert after[rid][3] == before[rid][3] + 1
            assert after[rid][:3] == tuple(value if k == col else before[rid][k] for k in range(3))
        else:
            assert after[rid] == before[rid]
    audit, history, outbox, _ = counts(store)
    n = len(altered)
    # a change of status moves the review too: who submitted it and when (set on
    # submitting, cleared on going back to draft), two history rows more
    per = 3 if fld == "status" else 1
    assert (audit - logged[0], history - logged[1], outbox - logged[2]) == (n, per * n, n)


def test_confidentiality_and_verification_are_held_to_their_codes_only(incidents):
    """`app.bulk` reads and checks whole records only for a change of status (WHOLE_RECORD):
    no rule of the schema may tie a record's validity to its confidentiality or verification
    status. If one ever does, this fails, and the field belongs in WHOLE_RECORD."""
    from datetime import date

    from app.bulk import WHOLE_RECORD
    from app.schema.incident import Validator
    from app.vocab import vocabularies

    vocab = vocabularies()
    validator = Validator(vocab, today=date.max, places_as_given=True)
    docs = [
        incident_doc(),
        incident_doc(status="submitted", confidentiality="internal"),
        incident_doc(
            status="reviewed",
            verification={"status": "reasonable_grounds", "reviewer": "ben", "date": "2026-10-06"},
        ),
        incident_doc(violations=[], perpetrators=[], narrative=""),
        incident_doc(public_summary="A summary.", victims=[], sources=[]),
    ]
    stored = [incidents.get(incidents.add(d)) for d in docs]
    assert WHOLE_RECORD == ("status",)
    for doc in stored:
        for code in (t.code for t in vocab.terms("confidentiality")):
            validator.rows({**doc, "confidentiality": code}, incident_id=doc["id"], before=doc)
        for code in (t.code for t in vocab.terms("verification")):
            changed = {**doc, "verification": {**doc["verification"], "status": code}}
            validator.rows(changed, incident_id=doc["id"], before=doc)


# ---- the list's settings (saved filters, hidden columns) -----------------------------------
def test_the_lists_settings_are_checked_and_kept(tmp_path):
    from app.settings import Settings

    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get("incident_list_filters") == {}
    settings.set("incident_list_filters", {"Mine": {"status": "draft", "text": None}})
    settings.set("incident_list_hidden_columns", ["status"])
    again = Settings(path)
    assert again.get("incident_list_filters") == {"Mine": {"status": "draft", "text": None}}
    assert again.get("incident_list_hidden_columns") == ["status"]
    # what get gives is a copy: changing it changes nothing until set
    again.get("incident_list_filters")["Other"] = {}
    assert "Other" not in again.get("incident_list_filters")
    for key, bad in (
        ("incident_list_filters", {"": {}}),
        ("incident_list_filters", {"Mine": {"status": 3}}),
        ("incident_list_filters", ["Mine"]),
        ("incident_list_hidden_columns", [1]),
    ):
        with pytest.raises(BadInput) as err:
            again.set(key, bad)
        assert err.value.field == key


def test_a_record_held_as_hqs_view_refuses_the_change(store, incidents, bulk):
    from app.record_views import mark

    ids = add(incidents, 3, confidentiality="internal")
    with store.transaction() as s:
        mark(s, ids[1], "incident", "un", None)
    before, logged = snapshot(store), counts(store)
    for change in (bulk.change("confidentiality", "un"), bulk.change("status", "submitted")):
        with pytest.raises(BadInput) as err:
            bulk.apply(ids, change, confirm="un")
        assert err.value.field == "ids" and ids[1] in err.value.reason
    assert snapshot(store) == before and counts(store) == logged


def test_a_bulk_change_never_makes_records_reviewed(store, incidents, bulk):
    ids = add(incidents, 2)
    before = snapshot(store)
    with pytest.raises(BadInput) as err:
        bulk.apply(ids, bulk.change("status", "reviewed"), confirm="un")
    assert err.value.field == "status" and "approves" in err.value.reason
    assert snapshot(store) == before
