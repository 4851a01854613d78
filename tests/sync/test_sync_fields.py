"""Field paths travel as small numbers: a path added later must never renumber the ones
devices and HQ already speak (an older device would then write one field into another)."""

from __future__ import annotations

from app.schema import coordination
from sync import protocol as p

# the wire's field codes as the first release numbered them (index = code)
FIRST_RELEASE = (
    "confidentiality",
    "date_precision",
    "date_reported",
    "narrative",
    "occurred_from",
    "occurred_to",
    "perpetrators",
    "sources",
    "status",
    "title",
    "victims",
    "violations",
    "location.admin1",
    "location.admin1_code",
    "location.admin1_pcode",
    "location.admin2",
    "location.admin2_pcode",
    "location.country",
    "location.lat",
    "location.lon",
    "location.place",
    "location.precision",
    "verification.credibility",
    "verification.date",
    "verification.reviewer",
    "verification.status",
    "attachment",
    "kind",
    "name",
    "country",
    "regions",
    "description",
    "owner",
    "date_from",
    "date_to",
    "links",
    "situation_id",
    "assessed_on",
    "version",
    "summary",
    "factors",
    "created_by",
    "created_at",
    "objectives",
    "actions",
    "note",
)


def test_existing_field_codes_never_move():
    assert p.FIELDS[: len(FIRST_RELEASE)] == FIRST_RELEASE


def test_the_sensitive_mark_and_the_public_summary_are_incident_paths_at_the_end():
    added = p.FIELDS[len(FIRST_RELEASE) : len(FIRST_RELEASE) + 2]
    assert added == ("location.sensitive", "public_summary")
    assert set(added) <= p.PATHS["incident"]
    assert not set(added) & (p.PATHS["situation"] | p.PATHS["assessment"])
    assert len(set(p.FIELDS)) == len(p.FIELDS)


def test_a_views_file_list_comes_next_and_no_device_may_push_it():
    """`attachments` (a redacted view's files) travels from HQ only: it is a path of no
    kind, so HQ refuses a device's change that carries it."""
    assert p.FIELDS[len(FIRST_RELEASE) + 2] == "attachments"
    assert not any("attachments" in paths for paths in p.PATHS.values())


def test_the_not_in_the_gazetteer_mark_then_the_review_come_next_as_incident_paths():
    assert p.FIELDS[len(FIRST_RELEASE) + 3 : len(FIRST_RELEASE) + 5] == (
        "location.not_in_gazetteer",
        "review",
    )
    assert {"location.not_in_gazetteer", "review"} <= p.PATHS["incident"]
    assert len(set(p.FIELDS)) == len(p.FIELDS)


COORDINATION_PATHS = (
    "quarter decided_on text entity person due status_note status_by status_on action_id "
    "date type channel un_by with_whom asked answered follow_up_due members coordinator "
    "established_on body issued_on issued_by guidance_id acknowledged_by acknowledged_on "
    "recorded_by recorded_at on_behalf"
).split()


def test_a_situations_coordination_records_come_last_each_path_of_its_kinds():
    """Decisions, engagements, the task force, guidance and acknowledgements (0012): their
    paths not already known come after every earlier one; the others keep their codes."""
    assert p.FIELDS[len(FIRST_RELEASE) + 5 :] == tuple(COORDINATION_PATHS)
    for kind, keys in coordination.KEYS.items():
        assert p.PATHS[kind] == {"kind", "situation_id", "created_by", "created_at", *keys}
    assert not set(COORDINATION_PATHS) & p.PATHS["incident"]


def test_a_cleared_summary_round_trips_through_the_wire_format():
    summary = {
        "text": "Public text.",
        "written_by": "bilal",
        "written_at": "2026-10-05T10:00",
        "cleared_by": "amina",
        "cleared_at": "2026-10-06T09:00",
        "single_user": False,
    }
    change = p.Change(
        1,
        "6f1c2a55-0001-4000-8000-000000000001",
        "update",
        7,
        {"public_summary": summary, "location.sensitive": True},
        {"public_summary": "00" * 8},
    )
    [back] = p.decode_changes(p.encode_changes([change]), 1)
    assert back.fields == change.fields and back.bases == change.bases
