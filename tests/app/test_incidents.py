"""The incident record: validation naming field and reason, round trips, edits with history,
queries, and all-or-nothing writes."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import BadInput, NotFound
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.vocab import vocabularies
from tests.app.conftest import incident_doc

READ_ONLY = {"id", "created_by", "created_at", "updated_by", "updated_at", "revision"}


def without_ids(doc: dict) -> dict:
    doc = {k: copy.deepcopy(x) for k, x in doc.items() if k not in READ_ONLY}
    for name in ("violations", "victims", "perpetrators", "sources"):
        for child in doc[name]:
            child.pop("id")
    return doc


def test_add_and_show_round_trip(store):
    incidents = Incidents(store)
    incident_id = incidents.add(incident_doc())
    doc = incidents.get(incident_id)
    assert doc["id"] == incident_id
    assert (
        doc["location"]["admin1"] == "Rural Damascus" and doc["location"]["admin1_code"] == "SY-RD"
    )
    assert doc["location"]["admin1_pcode"] == "SY03"
    assert doc["violations"][0]["counts"] == [{"sex": "female", "age_group": "adult", "count": 2}]
    assert doc["perpetrators"][0]["involvement"] == [{"violation": 0, "degree": "carried_out"}]
    assert doc["sources"][0]["protected"] is True  # sources are protected unless said otherwise
    assert doc["verification"] == {
        "status": "reasonable_grounds",
        "reviewer": None,
        "date": None,
        "credibility": "probably_true",
    }
    assert doc["created_by"] == "amina" and doc["revision"] == 1
    # what `show` gives can be added again and reads back the same
    again = incidents.get(incidents.add(without_ids(doc)))
    assert without_ids(again) == without_ids(doc)


def test_an_incident_id_can_be_kept_but_not_reused(store):
    incidents = Incidents(store)
    given_id = "0b6f7f9e-1111-4a55-9a0e-2a2d2c0c0001"
    assert incidents.add(incident_doc(id=given_id)) == given_id
    with pytest.raises(BadInput, match="already exists"):
        incidents.add(incident_doc(id=given_id))


def test_partial_dates_keep_their_precision(store):
    incidents = Incidents(store)
    month = incidents.get(incidents.add(incident_doc(occurred_from="2026-09")))
    assert (month["occurred_from"], month["date_precision"]) == ("2026-09", "month")
    year = incidents.get(incidents.add(incident_doc(occurred_from="2025")))
    assert (year["occurred_from"], year["date_precision"]) == ("2025", "year")
    approx = incidents.get(
        incidents.add(incident_doc(occurred_from="2026-09-10", date_precision="approximate"))
    )
    assert approx["occurred_from"] == "2026-09-10"


BAD = [
    ({"title": None}, "title", "required"),
    ({"title": 3}, "title", "text"),
    ({"occurred_from": None}, "occurred_from", "required"),
    ({"occurred_from": "03/10/2026"}, "occurred_from", "YYYY-MM-DD"),
    ({"occurred_from": "2026-02-30"}, "occurred_from", "calendar"),
    ({"occurred_from": "2999-01-01"}, "occurred_from", "future"),
    ({"occurred_from": "2026-10", "date_precision": "day"}, "occurred_from", "precise"),
    ({"occurred_to": "2026-10-01"}, "occurred_to", "before occurred_from"),
    ({"date_precision": "fortnight"}, "date_precision", "unknown"),
    ({"location": None}, "location", "required"),
    ({"location": {"country": "XXX"}}, "location.country", "unknown"),
    ({"location": {"country": "SYR", "lat": 95, "lon": 36}}, "location.lat", "between"),
    ({"location": {"country": "SYR", "lat": 33.5}}, "location.lon", "both"),
    ({"location": {"country": "SYR", "town": "x"}}, "location.town", "unknown field"),
    ({"confidentiality": "secret"}, "confidentiality", "unknown"),
    ({"violations": [{"type": "bad-type"}]}, "violations[0].type", "unknown"),
    ({"violations": [{}]}, "violations[0].type", "required"),
    (
        {"violations": [{"type": "killing", "victims_count": -1}]},
        "violations[0].victims_count",
        "at least 0",
    ),
    (
        {
            "violations": [
                {"type": "killing", "victims_count": 1, "counts": [{"sex": "male", "count": 2}]}
            ]
        },
        "violations[0].counts",
        "more than victims_count",
    ),
    ({"victims": [{"sex": "woman"}]}, "victims[0].sex", "unknown"),
    ({"victims": [{"protected": "yes"}]}, "victims[0].protected", "true or false"),
    ({"victims": [{"kind": "individual", "group_size": 3}]}, "victims[0].group_size", "group"),
    ({"perpetrators": [{"category": "army"}]}, "perpetrators[0].category", "unknown"),
    (
        {"perpetrators": [{"category": "police", "involvement": [{"violation": 7}]}]},
        "perpetrators[0].involvement[0].violation",
        "not a violation of this incident",
    ),
    (
        {"sources": [{"type": "individual", "reliability": "good"}]},
        "sources[0].reliability",
        "unknown",
    ),
    ({"verification": {"status": "proven"}}, "verification.status", "unknown"),
    ({"status": "submitted", "violations": [], "perpetrators": []}, "violations", "at least one"),
    ({"status": "reviewed"}, "verification.reviewer", "required"),
    ({"colour": "red"}, "colour", "unknown field"),
]


@pytest.mark.parametrize(("change", "field", "reason"), BAD, ids=[f"{f}-{r}" for _, f, r in BAD])
def test_bad_input_names_the_field_and_reason(store, change, field, reason):
    incidents = Incidents(store)
    with pytest.raises(BadInput) as err:
        incidents.add(incident_doc(**change))
    assert err.value.field == field
    assert reason in err.value.reason
    assert err.value.exit_code == 2
    assert incidents.count() == 0


def test_a_batch_with_one_bad_document_adds_nothing(store):
    incidents = Incidents(store)
    docs = [incident_doc(), incident_doc(), incident_doc(title="")]
    with pytest.raises(BadInput) as err:
        incidents.add_many(docs)
    assert err.value.field == "[2].title"
    assert incidents.count() == 0


def test_edit_changes_only_fields_present_and_records_history(store):
    incidents = Incidents(store)
    incident_id = incidents.add(incident_doc())
    new = incidents.edit(
        incident_id,
        {
            "title": "Market shelling",
            "location": {"place": "Souq"},
            "verification": {"status": "clear_and_convincing"},
        },
    )
    assert new["title"] == "Market shelling"
    assert new["location"]["place"] == "Souq" and new["location"]["country"] == "SYR"
    assert new["violations"] == incidents.get(incident_id)["violations"]
    assert new["revision"] == 2
    history = incidents.history(incident_id)
    changes = {(h["field"], h["old"], h["new"]) for h in history if h["revision"] == 2}
    assert changes == {
        ("title", "Shelling of market", "Market shelling"),
        ("location.place", "Central market", "Souq"),
        ("verification.status", "reasonable_grounds", "clear_and_convincing"),
    }
    assert all(h["actor"] == "amina" for h in history)


def test_edit_replaces_a_list_and_keeps_child_ids_given(store):
    incidents = Incidents(store)
    incident_id = incidents.add(incident_doc())
    doc = incidents.get(incident_id)
    victims = doc["victims"] + [{"name": "Second", "sex": "male", "age_group": "child"}]
    new = incidents.edit(incident_id, {"victims": victims})
    assert [x["name"] for x in new["victims"]] == ["A Person", "Second"]
    assert new["victims"][0]["id"] == doc["victims"][0]["id"]
    entry = [h for h in incidents.history(incident_id) if h["field"] == "victims"]
    assert len(entry[0]["old"]) == 1 and len(entry[0]["new"]) == 2


def test_edit_that_changes_nothing_makes_no_revision(store):
    incidents = Incidents(store)
    incident_id = incidents.add(incident_doc())
    assert incidents.edit(incident_id, {"title": "Shelling of market"})["revision"] == 1
    assert len(incidents.history(incident_id)) == 1


def test_bad_edit_leaves_the_record_whole(store):
    incidents = Incidents(store)
    incident_id = incidents.add(incident_doc())
    before = incidents.get(incident_id)
    with pytest.raises(BadInput) as err:
        incidents.edit(incident_id, {"title": "New", "violations": [{"type": "nonsense"}]})
    assert err.value.field == "violations[0].type"
    assert incidents.get(incident_id) == before


def test_stale_revision_is_refused(store):
    incidents = Incidents(store)
    incident_id = incidents.add(incident_doc())
    incidents.edit(incident_id, {"title": "First edit", "revision": 1})
    with pytest.raises(BadInput) as err:
        incidents.edit(incident_id, {"title": "Second edit", "revision": 1})
    assert err.value.field == "revision"
    assert incidents.get(incident_id)["title"] == "First edit"


def test_unknown_incident(store):
    with pytest.raises(NotFound):
        Incidents(store).get("00000000-0000-4000-8000-000000000000")
    with pytest.raises(NotFound):
        Incidents(store).edit("00000000-0000-4000-8000-000000000000", {"title": "x"})


def test_list_filters_and_sorts_in_sql(store):
    incidents = Incidents(store)
    incidents.add_many(
        [
            incident_doc(title="A", occurred_from="2026-01-05"),
            incident_doc(
                title="B",
                occurred_from="2026-03-05",
                confidentiality="public",
                violations=[{"type": "arbitrary_detention"}],
            ),
            incident_doc(
                title="C",
                occurred_from="2026-06-05",
                location={"country": "COD", "admin1": "Nord-Kivu"},
            ),
            incident_doc(title="D", occurred_from="2026-02-01", occurred_to="2026-04-30"),
        ]
    )
    titles = [r["title"] for r in incidents.list()]
    assert titles == ["C", "B", "D", "A"]  # newest first by default
    assert [r["title"] for r in incidents.list(IncidentQuery(sort="title", descending=False))] == [
        "A",
        "B",
        "C",
        "D",
    ]
    assert {r["title"] for r in incidents.list(IncidentQuery(country="syr"))} == {"A", "B", "D"}
    assert [r["title"] for r in incidents.list(IncidentQuery(violation="arbitrary_detention"))] == [
        "B"
    ]
    # a date range catches incidents that overlap it, not only those starting in it
    window = IncidentQuery(date_from=date(2026, 4, 1), date_to=date(2026, 4, 30))
    assert [r["title"] for r in incidents.list(window)] == ["D"]
    assert incidents.count(IncidentQuery(confidentiality="public")) == 1
    page = incidents.list(IncidentQuery(limit=2, offset=1))
    assert [r["title"] for r in page] == ["B", "D"]
    assert page[0]["violations"] == ["arbitrary_detention"]
    kivu = incidents.list(IncidentQuery(admin1="CD-NK"))
    assert [r["admin1"] for r in kivu] == ["Nord-Kivu"]
    with pytest.raises(BadInput) as err:
        incidents.list(IncidentQuery(sort="narrative"))
    assert err.value.field == "sort"


def codes(kind: str) -> st.SearchStrategy[str]:
    return st.sampled_from([t.code for t in vocabularies().terms(kind)])


# what a valid record's text may hold: no control characters; no line breaks or bidi
# embeddings and overrides in a one-line field; line breaks as LF in a long one
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
one_line = st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp"), exclude_characters=BIDI)
long_text = st.characters(
    exclude_categories=("Cc", "Cs", "Zl", "Zp"),
    include_characters="\n\t",
    exclude_characters="\u202d\u202e",
)

documents = st.fixed_dictionaries(
    {
        "title": st.text(one_line, min_size=1, max_size=40).filter(lambda s: s.strip() == s and s),
        "occurred_from": st.dates(date(1990, 1, 1), date(2026, 1, 1)).map(date.isoformat),
        "location": st.fixed_dictionaries(
            {"country": st.sampled_from(["SYR", "COD", "MMR", "UKR", "SDN"])}
        ),
        "narrative": st.text(long_text, max_size=200).map(str.strip),
        "confidentiality": codes("confidentiality"),
        "violations": st.lists(
            st.fixed_dictionaries(
                {"type": codes("violation"), "victims_count": st.integers(0, 10_000)}
            ),
            max_size=3,
        ),
        "victims": st.lists(
            st.fixed_dictionaries(
                {
                    "sex": codes("sex"),
                    "age_group": codes("age-group"),
                    "protected": st.booleans(),
                    "consent": codes("consent"),
                }
            ),
            max_size=3,
        ),
        "sources": st.lists(
            st.fixed_dictionaries(
                {"type": codes("source-type"), "reliability": codes("reliability")}
            ),
            max_size=2,
        ),
        "verification": st.fixed_dictionaries({"status": codes("verification")}),
    }
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc=documents)
def test_any_valid_document_round_trips(store, doc):
    incidents = Incidents(store)
    stored = incidents.get(incidents.add(doc))
    for key, value in doc.items():
        if key in ("violations", "victims", "sources"):
            got = [
                {k: child[k] for k in item} for child, item in zip(stored[key], value, strict=True)
            ]
            assert got == value
        elif isinstance(value, dict):
            assert {k: stored[key][k] for k in value} == value
        else:
            assert stored[key] == value


SECRET = "Zq7-SECRET-VALUE-Captain-Horvath"
LEAKY = [
    {"occurred_from": SECRET},
    {"date_reported": SECRET},
    {"location": {"country": SECRET}},
    {"violations": [{"type": SECRET}]},
    {"victims": [{"sex": SECRET}]},
    {"victims": [{"name": SECRET * 20}]},
    {
        "perpetrators": [
            {"category": "police", "name": SECRET, "involvement": [{"violation": SECRET}]}
        ]
    },
    {"verification": {"status": SECRET}},
]


@pytest.mark.parametrize("change", LEAKY)
def test_error_messages_never_repeat_the_value(store, change):
    with pytest.raises(BadInput) as err:
        Incidents(store).add(incident_doc(**change))
    assert "Zq7" not in str(err.value)


def test_full_text_search_over_title_narrative_and_places(store):
    incidents = Incidents(store)
    a = incidents.add(incident_doc(title="Raid on the clinic", narrative="Soldiers entered."))
    b = incidents.add(
        incident_doc(
            title="Arrests",
            narrative="Détention à la prison centrale",
            location={"country": "COD", "admin1": "Nord-Kivu", "place": "Rutshuru"},
        )
    )
    c = incidents.add(incident_doc(title="Checkpoint", narrative="Nothing of note."))

    def found(words, **kw):
        return {r["id"] for r in incidents.list(IncidentQuery(text=words, **kw))}

    assert found("clinic") == {a}
    assert found("detention prison") == {b}  # accents ignored, all words required
    assert found("rutsh") == {b}  # the last word is a prefix: search as you type
    assert found("nord kivu") == {b}
    assert found("Nord-Kivu") == {b}  # punctuation splits words, as the index does
    assert found('"prison" OR clinic') == set()  # FTS syntax in the input is plain text
    assert found("checkpoint", country="SYR") == {c}
    assert found("   ") == {a, b, c}
    incidents.edit(a, {"title": "Raid on the hospital"})
    assert found("clinic") == set() and found("hospital") == {a}  # the index follows edits


def test_protected_names_are_masked_until_revealed_and_the_reveal_is_audited(store):
    from app.audit import verify
    from app.models import AuditEntry

    incidents = Incidents(store)
    incident_id = incidents.add(
        incident_doc(
            victims=[
                {"name": "Hidden Name", "protected": True},
                {"name": "Public Name", "protected": False},
            ]
        )
    )
    shown = incidents.masked(incident_id)
    assert [(v["name"], v["masked"]) for v in shown["victims"]] == [
        (None, True),
        ("Public Name", False),
    ]
    person = shown["victims"][0]["id"]
    assert incidents.reveal(incident_id, person) == "Hidden Name"
    with store.session() as session:
        last = session.query(AuditEntry).order_by(AuditEntry.seq.desc()).first()
        assert (last.action, last.object_id, last.actor) == ("victim.reveal", person, "amina")
        assert verify(session)[1] == []
    with pytest.raises(NotFound):
        incidents.reveal(incident_id, "00000000-0000-4000-8000-000000000000")


def test_iso_and_local_names_of_a_region_are_one_unit_with_both_codes(store):
    incidents = Incidents(store)
    iso = incidents.get(incidents.add(incident_doc(location={"country": "SYR", "admin1": "SY-HI"})))
    local = incidents.get(
        incidents.add(incident_doc(location={"country": "SYR", "admin1": "Homs"}))
    )
    for doc in (iso, local):  # ISO's Ḩimş is OCHA's Homs
        loc = doc["location"]
        assert (loc["admin1"], loc["admin1_code"], loc["admin1_pcode"]) == ("Homs", "SY-HI", "SY04")
    for key in ("SY04", "SY-HI"):
        assert {r["id"] for r in incidents.list(IncidentQuery(admin1=key))} == {
            iso["id"],
            local["id"],
        }
