"""The fast paths taken for speed (sync of a thousand records in well under a second) give
exactly what the slow, obvious code gives: text checks, UUIDs, dates, the resolver's
memory, and the driver-level bulk insert."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, text

from app import validation as v
from app.clock import utcnow
from app.engine import insert_many
from app.errors import BadInput
from app.ids import new_id
from app.incidents import Incidents
from app.models import Incident, Source, Victim, Violation
from app.places import Resolver
from app.schema.incident import Validator
from app.vocab import vocabularies
from tests.app.conftest import incident_doc


# ---- text: the ASCII shortcut against the regular expressions ------------------------------
def reference_text(value: str, field: str, max_len: int, long: bool) -> str | None:
    """text() as it was before its shortcut, for strings: strip, line breaks to LF, length,
    then the characters the field refuses."""
    if not value.strip():
        return None
    cleaned = v._LINE_BREAK.sub("\n", value.strip())
    if len(cleaned) > max_len:
        raise BadInput(field, f"is longer than {max_len} characters")
    bad = (v._NOT_IN_LONG if long else v._NOT_IN_ONE_LINE).search(cleaned)
    if bad:
        raise BadInput(field, v._refused(bad.group()))
    return cleaned


def outcome(fn, *args, **kwargs):
    try:
        return ("ok", fn(*args, **kwargs))
    except BadInput as err:
        return ("refused", err.field, err.reason)


TEXTS = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0, max_codepoint=0x7F),
        st.sampled_from("\r\n\t\u2028\u2029\u202a\u202e\u2066\u200d\u0645é漢\x85\x9b"),
    ),
    max_size=40,
)


@settings(max_examples=400)
@given(TEXTS, st.booleans(), st.integers(min_value=1, max_value=30))
def test_text_gives_what_the_regular_expressions_give(value, long, max_len) -> None:
    assert outcome(v.text, value, "f", max_len=max_len, long=long) == outcome(
        reference_text, value, "f", max_len, long
    )


@pytest.mark.parametrize("field", ["narrative", "victims[3].name", "violations[12].method"])
def test_long_text_is_decided_by_the_field_name_whatever_its_index(field) -> None:
    assert v.is_long_text(field) == (field.rsplit(".", 1)[-1].split("[")[0] != "name")


# ---- ids and UUIDs -------------------------------------------------------------------------
def test_new_ids_are_canonical_version_7_uuids_in_time_order() -> None:
    ids = [new_id() for _ in range(200)]
    for made in ids:
        parsed = uuid.UUID(made)
        assert str(parsed) == made and parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert len(set(ids)) == len(ids)
    assert [i[:13] for i in ids] == sorted(i[:13] for i in ids)  # the millisecond prefix


@given(st.uuids(), st.sampled_from(["plain", "upper", "braces", "hex", "urn"]))
def test_uuid_text_gives_the_canonical_form_of_any_spelling(u, how) -> None:
    spelled = {
        "plain": str(u),
        "upper": str(u).upper(),
        "braces": "{" + str(u) + "}",
        "hex": u.hex,
        "urn": u.urn,
    }[how]
    assert v.uuid_text(spelled, "id") == str(u)


@pytest.mark.parametrize("bad", ["", "x" * 36, str(uuid.uuid4())[:-1], 12, "g" * 32])
def test_uuid_text_refuses_what_is_not_a_uuid(bad) -> None:
    with pytest.raises(BadInput) as err:
        v.uuid_text(bad, "victims[0].id")
    assert err.value.field == "victims[0].id"


# ---- dates: answers remembered, refusals never ---------------------------------------------
@given(st.dates(min_value=date(1, 1, 1)), st.sampled_from(["day", "month", "year"]))
def test_partial_dates_read_the_same_twice(day, precision) -> None:
    spelled = v.format_date(day, precision)
    first = v.partial_date(spelled, "occurred_from")
    assert first == v.partial_date(f" {spelled} ", "occurred_from")
    assert first is not None and first[1] == precision


@pytest.mark.parametrize("bad", ["2026-02-30", "2026-13", "26-01-01", "2026/01/01"])
def test_a_bad_date_is_refused_every_time_naming_the_field(bad) -> None:
    for fld in ("occurred_from", "violations[0].date"):
        with pytest.raises(BadInput) as err:
            v.partial_date(bad, fld)
        assert err.value.field == fld


# ---- the resolver remembers what it resolved, never a refusal ------------------------------
def test_the_resolver_answers_again_as_it_did_and_refuses_again() -> None:
    resolver = Resolver()
    given_ = {"admin1": "Deraa", "admin1_code": None, "admin1_pcode": None}
    first = resolver.place("SYR", given_, keep=False)
    assert first.admin1_pcode and first == resolver.place("SYR", dict(given_), keep=False)
    unknown = {"admin1": "Nowhere Province"}
    for _ in range(2):
        with pytest.raises(BadInput) as err:
            resolver.place("SYR", unknown, keep=False)
        assert err.value.field == "location.admin1"
    kept = resolver.place("SYR", unknown, keep=True)  # another question, another answer
    assert kept.admin1 == "Nowhere Province" and kept.admin1_pcode is None


# ---- insert_many: the same rows as SQLAlchemy's executemany --------------------------------
def varied_docs() -> list[dict]:
    """Records that fill the types insert_many must process alike: dates of each precision,
    booleans, coordinates or none, JSON counts or none, empty child lists, Arabic text."""
    docs = []
    for i in range(12):
        doc = incident_doc(title=f"Record {i} — سجل {i}")
        doc["occurred_from"] = ["2026", "2026-01", "2026-01-01"][i % 3]
        if i % 2:
            doc["location"] = {"country": "SYR"}  # no coordinates, no region
        if i % 3 == 0:
            doc["violations"] = [{"type": "killing", "date": "2026-01-02"}]  # no counts
            doc["perpetrators"] = []
        doc["victims"] = [
            {"name": f"V{i} {j}", "protected": bool(i % 2), "consent": "un"} for j in range(i % 3)
        ]
        doc["sources"][0]["information_date"] = "2026-01-03" if i % 2 else None
        docs.append(doc)
    return docs


CHILDREN = (("violations", Violation), ("victims", Victim), ("sources", Source))


def stored(store, table, ids: list[str]) -> list[list[tuple]]:
    """The rows as SQLite holds them (raw, no type processing), ids and clocks left out."""
    t = table.__table__
    key = t.c.incident_id if "incident_id" in t.c else t.c.id
    skip = {"id", "incident_id", "created_at", "updated_at"}
    names = ", ".join(f'"{c.name}"' for c in t.c if c.key not in skip)
    with store.session() as s:
        return [
            [
                tuple(r)
                for r in s.execute(
                    text(f'SELECT {names} FROM "{t.name}" WHERE "{key.name}" = :r ORDER BY rowid'),
                    {"r": rid},
                )
            ]
            for rid in ids
        ]


def test_insert_many_stores_what_sqlalchemy_stores(store) -> None:
    validator = Validator(vocabularies(), places_as_given=True)
    ids: dict[str, list[str]] = {}
    now = utcnow()
    for how in ("driver", "sqlalchemy"):
        rows = [validator.rows(doc) for doc in varied_docs()]
        for r in rows:
            r.incident.update(created_by="t", created_at=now, updated_by="t", updated_at=now)
            r.incident["revision"] = 1
        with store.transaction() as s:
            conn = s.connection()
            tables = [(Incident, [r.incident for r in rows])] + [
                (table, [c for r in rows for c in getattr(r, name)]) for name, table in CHILDREN
            ]
            for table, items in tables:
                if how == "driver":
                    insert_many(conn, table.__table__, items)
                elif items:  # what Incidents._insert did before insert_many
                    conn.execute(insert(table.__table__), items)
        ids[how] = [r.incident["id"] for r in rows]
    for table in (Incident, Violation, Victim, Source):
        driver, ours = stored(store, table, ids["driver"]), stored(store, table, ids["sqlalchemy"])
        assert driver == ours, table.__tablename__
        assert sum(map(len, driver)) >= 10, table.__tablename__  # rows were compared
    incidents = Incidents(store)
    for a, b in zip(ids["driver"], ids["sqlalchemy"], strict=True):  # read back alike
        left, right = incidents.get(a), incidents.get(b)
        for doc in (left, right):
            doc.pop("id")
            for child in ("violations", "victims", "sources", "perpetrators"):
                for item in doc[child]:
                    item.pop("id", None)
            for involvement in (i for p in doc["perpetrators"] for i in p["involvement"]):
                involvement.pop("violation", None)
        assert left == right


def test_insert_many_leaves_python_defaults_to_sqlalchemy(store) -> None:
    """A row that leaves out a column whose default Python supplies (an incident's revision,
    its narrative) goes through SQLAlchemy, which fills it in: nothing is stored NULL that
    an ORM insert would have filled."""
    row = Validator(vocabularies()).rows(incident_doc()).incident
    del row["narrative"]
    now = utcnow()
    row.update(created_by="t", created_at=now, updated_by="t", updated_at=now)
    with store.transaction() as s:
        insert_many(s.connection(), Incident.__table__, [row])
    with store.session() as s:
        got = s.execute(
            text("SELECT revision, narrative FROM incidents WHERE id = :i"), {"i": row["id"]}
        ).one()
    assert tuple(got) == (1, "")


def test_insert_many_writes_nothing_for_no_rows(store) -> None:
    with store.transaction() as s:
        before = s.execute(text("SELECT count(*) FROM incidents")).scalar()
        insert_many(s.connection(), Incident.__table__, [])
        assert s.execute(text("SELECT count(*) FROM incidents")).scalar() == before


def test_id_pattern_is_the_canonical_uuid() -> None:
    assert re.fullmatch(v._CANONICAL_UUID, str(uuid.uuid4()))
