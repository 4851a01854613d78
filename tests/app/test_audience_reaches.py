"""One rule for which records reach an audience: `Audience.reaches` (HQ's redacted sync decides
on a document with it) and `Audience.record_filter` (reports and exports query with it) agree
on every combination of confidentiality, status and verdict."""

from __future__ import annotations

import itertools

from sqlalchemy import select

from app.incidents import Incidents
from app.models import Incident
from app.names import Names
from app.redaction import AUDIENCES, Audience, view_document
from tests.app.conftest import incident_doc

CONFIDENTIALITY = ("internal", "un", "partners", "public")
STATUS = ("draft", "submitted")
VERDICTS = ("unverified", "reasonable_grounds", "falsely_attributed", "rejected")


def test_reaches_and_the_record_filter_agree(store):
    incidents = Incidents(store)
    ids = incidents.add_many(
        incident_doc(confidentiality=c, status=s, verification={"status": v})
        for c, s, v in itertools.product(CONFIDENTIALITY, STATUS, VERDICTS)
    )
    docs = {rid: incidents.get(rid) for rid in ids}
    for name in AUDIENCES:
        audience = Audience(name)
        for keep in (False, True):
            with store.session() as s:
                found = set(
                    s.scalars(
                        select(Incident.id).where(*audience.record_filter(keep_not_facts=keep))
                    )
                )
            by_doc = {
                rid for rid, doc in docs.items() if audience.reaches(doc, keep_not_facts=keep)
            }
            assert by_doc == found, (name, keep)
    un = Audience("un")
    assert {docs[rid]["confidentiality"] for rid in ids if un.reaches(docs[rid])} == {
        "un",
        "partners",
        "public",
    }


def test_a_view_names_no_staff_and_keeps_a_review_and_a_clearance():
    doc = incident_doc(
        status="reviewed",
        verification={"status": "reasonable_grounds", "reviewer": "Officer Leila"},
        public_summary={
            "text": "Summary",
            "written_by": "Officer Leila",
            "written_at": "2026-10-04T10:00:00Z",
            "cleared_by": "Officer Bilal",
            "cleared_at": "2026-10-05T10:00:00Z",
            "single_user": False,
        },
    )
    view = view_document(doc, Audience("un"), Names(()))
    assert view["verification"]["reviewer"] == "[…]"
    assert view["public_summary"]["cleared_by"] == view["public_summary"]["written_by"] == "[…]"
    assert view["public_summary"]["text"] == "Summary"
    assert "Leila" not in repr(view) and "Bilal" not in repr(view)
    assert "created_by" not in view
