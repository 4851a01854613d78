"""HQ's JSON by orjson: what it seals reads back as it was, what JSON cannot hold is refused
as json refused it, and values an older HQ sealed with json still open."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.hq.merge import plain_json
from sync.hq.vault import json_bytes, json_value

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300)
@given(VALUES)
def test_what_hq_seals_reads_back_as_it_was_and_as_json_reads_it(value) -> None:
    data = json_bytes(value)
    assert json_value(data) == value
    assert json.loads(data) == value  # any JSON reader reads it alike
    assert plain_json(value)


@settings(max_examples=300)
@given(VALUES)
def test_older_values_sealed_by_json_open(value) -> None:
    older = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    assert json_value(older) == value


@pytest.mark.parametrize(
    "bad",
    [
        {"lat": math.nan},
        {"lat": math.inf},
        {"x": [1, {"y": -math.inf}]},
        {"blob": b"\x00"},
        {"n": 2**64},  # past 64 bits: msgpack cannot carry it, orjson would read a float
        {"when": object()},
    ],
)
def test_what_json_cannot_hold_is_refused(bad) -> None:
    assert not plain_json(bad)


def test_a_nan_an_older_hq_wrote_still_opens() -> None:
    value = json_value(b'{"lat":NaN}')
    assert math.isnan(value["lat"])


def test_keys_that_are_not_text_are_written_as_text_as_json_does() -> None:
    assert json_value(json_bytes({1: "a"})) == json.loads(json.dumps({1: "a"}))
