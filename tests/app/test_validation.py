"""Record text: line breaks normalised, control and bidirectional characters refused as each
field allows, for every text field of incidents and situations, through their real
validators (the same ones the CLI, the importer, the window and sync go through)."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import validation as v
from app.errors import BadInput
from app.incidents import Incidents
from app.schema.incident import Validator
from app.schema.situation import situation_columns, strategy_fields
from app.vocab import vocabularies
from tests.app.conftest import incident_doc

C0 = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
DEL = "\x7f"
OVERRIDES = ["\u202d", "\u202e"]
EMBEDDINGS = ["\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"]
KEPT = "\u200d\u200c\u200e\u200f\u061c"  # ZWJ ZWNJ LRM RLM ALM
ALWAYS_REFUSED = [*C0, DEL, *C1, *OVERRIDES]
ONE_LINE_REFUSED = [*ALWAYS_REFUSED, *EMBEDDINGS, "\t", "\n", "\r", "\u2028", "\u2029"]
CLEAN = st.characters(blacklist_categories=("Cs",), blacklist_characters="".join(ONE_LINE_REFUSED))


def _at(doc: dict, path: tuple, value) -> dict:
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


# (path in the incident document, field named in the error, long text?)
INCIDENT_TEXTS = [
    (("title",), "title", False),
    (("narrative",), "narrative", True),
    (("public_summary",), "public_summary", True),
    (("location", "place"), "location.place", False),
    (("location", "admin2"), "location.admin2", False),
    (("verification", "reviewer"), "verification.reviewer", False),
    (("violations", 0, "method"), "violations[0].method", True),
    (("victims", 0, "name"), "victims[0].name", False),
    (("sources", 0, "name"), "sources[0].name", False),
]


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(vocabularies(), today=date(2030, 1, 1))


def _incident_text(validator: Validator, path: tuple, value: str) -> str:
    rows = validator.rows(_at(incident_doc(), path, value))
    table = {"violations": rows.violations, "victims": rows.victims, "sources": rows.sources}
    if path[0] in table:
        return table[path[0]][path[1]][path[2]]
    return rows.incident[
        "place"
        if path == ("location", "place")
        else "admin2"
        if path == ("location", "admin2")
        else "verification_reviewer"
        if path[0] == "verification"
        else path[0]
    ]


# ---- the rule, field by field ---------------------------------------------------------------
def test_line_breaks_become_lf_in_long_texts() -> None:
    assert (
        v.text("one\r\ntwo\rthree\u2028four\u2029five\nsix", "narrative")
        == "one\ntwo\nthree\nfour\nfive\nsix"
    )
    assert v.text("a\tb", "violations[3].method") == "a\tb"


@pytest.mark.parametrize("char", ONE_LINE_REFUSED, ids=lambda c: f"U+{ord(c):04X}")
def test_one_line_fields_refuse_control_breaks_and_bidi_controls(char: str) -> None:
    with pytest.raises(BadInput) as err:
        v.text(f"Am{char}ina", "victims[0].name")
    assert err.value.field == "victims[0].name"
    assert "Am" not in str(err.value) and "ina" not in str(err.value)  # no content echoed


@pytest.mark.parametrize("char", ALWAYS_REFUSED, ids=lambda c: f"U+{ord(c):04X}")
def test_long_texts_refuse_control_characters_and_overrides(char: str) -> None:
    with pytest.raises(BadInput) as err:
        v.text(f"Witnesses{char}said", "narrative")
    assert err.value.field == "narrative"
    assert f"U+{ord(char):04X}" in err.value.reason


def test_long_texts_keep_bidi_embeddings_and_isolates() -> None:
    arabic = "قال الشاهد إن \u2067Ahmed Ali\u2069 وصل في \u202a10:30\u202c صباحاً\n\tثم غادر"
    assert v.text(arabic, "narrative") == arabic


def test_joiners_and_marks_stay_everywhere() -> None:
    name = f"مح{KEPT}مد می\u200cخواهم"
    assert v.text(name, "victims[0].name") == name
    assert v.text(name, "title") == name


def test_explicit_long_overrides_the_name() -> None:
    assert v.text("a\nb", "anything", long=True) == "a\nb"
    with pytest.raises(BadInput):
        v.text("a\nb", "narrative", long=False)


# ---- through the validators, every text field -----------------------------------------------
@pytest.mark.parametrize(("path", "field", "long"), INCIDENT_TEXTS, ids=lambda x: str(x))
def test_incident_text_fields_refuse_escape_sequences(validator, path, field, long) -> None:
    with pytest.raises(BadInput) as err:
        validator.rows(_at(incident_doc(), path, "text\x1b[2J\x07more"))
    assert err.value.field == field


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    item=st.sampled_from(INCIDENT_TEXTS),
    before=st.text(CLEAN, max_size=20),
    after=st.text(CLEAN, max_size=20),
    bad=st.sampled_from(ONE_LINE_REFUSED),
)
def test_every_incident_text_field(validator, item, before, after, bad) -> None:
    """Any text around any character the field may not hold: refused naming the field, or
    (a long text's allowed characters) kept, with its line breaks as LF."""
    path, field, long = item
    value = f"x{before}{bad}{after}x"
    allowed = long and bad not in ALWAYS_REFUSED
    try:
        stored = _incident_text(validator, path, value)
    except BadInput as err:
        assert not allowed, (field, bad)
        assert err.field == field
        return
    assert allowed, (field, f"U+{ord(bad):04X}")
    assert "\r" not in stored and "\u2028" not in stored and "\u2029" not in stored
    assert not any(c in stored for c in ALWAYS_REFUSED)


@settings(max_examples=200, deadline=None)
@given(key=st.sampled_from(["name", "description", "owner"]), bad=st.sampled_from(ONE_LINE_REFUSED))
def test_situation_text_fields(key, bad) -> None:
    doc = {"name": "Eastern Ghouta", "country": "SYR", key: f"a{bad}b"}
    long = key == "description"
    try:
        situation_columns(vocabularies(), doc)
    except BadInput as err:
        assert err.field == key
        assert not long or bad in ALWAYS_REFUSED
    else:
        assert long and bad not in ALWAYS_REFUSED


def test_strategy_note_is_long_and_objectives_one_line() -> None:
    vocab = vocabularies()
    objectives, _actions, note = strategy_fields(
        vocab, {"objectives": ["Protect civilians"], "note": "first\r\nsecond"}
    )
    assert note == "first\nsecond"
    with pytest.raises(BadInput) as err:
        strategy_fields(vocab, {"objectives": ["Protect\ncivilians"]})
    assert err.value.field == "objectives[0]"


def test_a_stored_incident_never_holds_raw_controls(store) -> None:
    """Real store: refused outright, nothing saved; CRLF arrives as LF."""
    incidents = Incidents(store)
    with pytest.raises(BadInput) as err:
        incidents.add(incident_doc(title="Shelling\x1b]0;pwned\x07 of market"))
    assert err.value.field == "title"
    assert incidents.count() == 0
    new = incidents.add(incident_doc(narrative="line one\r\nline two\rline three"))
    assert incidents.get(new)["narrative"] == "line one\nline two\nline three"
    with pytest.raises(BadInput) as err:
        incidents.edit(new, {"victims": [{"name": "A\u202eB"}]})
    assert err.value.field == "victims[0].name"
    assert incidents.get(new)["revision"] == 1
