"""A scan sees everything without holding everything, end to end over real TLS on PostgreSQL
and on the embedded SQLite: a team device of SYR records internal incidents with a rise in
one region; a `un` analyst (scope SYR) holds none of them, yet HQ's weekly counts of its scope
reach it at sync and its horizon scan flags that region from them (source hq-counts); the
counts carry no record's name, id or text; small weekly values arrive suppressed; YEM,
outside its scope, gets no counts; a team device (internal) does not even ask, and an internal
analyst's gets none."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from synchelp import incident
from test_sync_views import device_id, person, set_role, store_text

from app import scan, scope_counts
from app.names import fold
from sync import protocol as p
from sync.hq import counts as hq_counts
from sync.hq.models import Device as HQDevice

BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)

VICTIM = "Amina Haddad"
HOMS, ALEPPO = "SY04", "SY02"


def recent_mondays(n: int) -> list[date]:
    """The Mondays of the last `n` complete ISO weeks, oldest first (as HQ counts them)."""
    return scope_counts.complete_weeks(datetime.now(UTC).date())[-n:]


def act(pcode: str, day: date, *, title: str, confidentiality: str = "internal") -> dict:
    return incident(
        title=title,
        occurred_from=day.isoformat(),
        location={"country": "SYR", "admin1": pcode, "place": "A village"},
        narrative=f"{VICTIM} was killed near {title}.",
        confidentiality=confidentiality,
        violations=[{"type": "killing"}],
        verification={"status": "reasonable_grounds"},
        victims=[person(VICTIM)],
    )


def payload_of(store) -> str | None:
    with store.session() as s:
        return scope_counts.held(s)


@BOTH
def test_a_un_device_scans_hq_counts_of_records_it_does_not_hold(make_device, running_hq):
    hq = running_hq.hq
    team = make_device("syria-officer")
    yemen = make_device("yemen-officer", "YEM")
    un = make_device("ocha-analyst", None, analyst=True)
    set_role(hq, un, scope=["SYR"], audience="un", entity="OCHA")

    weeks = recent_mondays(4)
    # Homs: 6 acts a week in the last 4 complete weeks, none before (a rise no one holds)
    rising = [
        act(HOMS, monday + timedelta(days=2), title=f"Homs {w}-{i}")
        for w, monday in enumerate(weeks)
        for i in range(6)
    ]
    # Aleppo: 2 acts in one week, a small cell
    small = [act(ALEPPO, weeks[0] + timedelta(days=1), title=f"Aleppo {i}") for i in range(2)]
    ids = team.incidents.add_many(rising + small)
    yemen.incidents.add_many(
        [
            incident(
                title=f"Sanaa {i}",
                occurred_from=(weeks[-1] + timedelta(days=3)).isoformat(),
                location={"country": "YEM", "place": "Sanaa"},
                confidentiality="internal",
                victims=[],
            )
            for i in range(8)
        ]
    )
    for dev in (team, yemen, un):
        assert dev.sync().complete

    # the un device holds none of the records (all internal)...
    assert un.incidents.list() == []
    # ...but HQ's counts of its scope
    raw = payload_of(un.store)
    assert raw is not None
    counts = scope_counts.parse(raw)
    assert counts.countries == {"SYR"} and counts.teams == ["SYR"]
    assert counts.threshold == 5 and len(counts.weeks) == 52
    assert counts.weeks[-4:] == weeks
    assert {k[0] for k in counts.series} == {"SYR"}  # nothing of YEM, outside its scope
    homs = counts.series[("SYR", HOMS, "killing", "reasonable_grounds")]
    assert homs[-4:] == [6, 6, 6, 6] and not any(homs[:-4])
    # Aleppo's 2 acts went as suppressed; no value from 1 to 4 anywhere
    aleppo = counts.series[("SYR", ALEPPO, "killing", "reasonable_grounds")]
    assert aleppo[-4] is None and aleppo.count(None) == 1 and not any(aleppo[:-4])
    assert all(n is None or n == 0 or n >= 5 for x in counts.series.values() for n in x)
    # cells only: no sum (a country's, all types', at or above a standard) to take them from
    assert set(counts.series) == {
        ("SYR", HOMS, "killing", "reasonable_grounds"),
        ("SYR", ALEPPO, "killing", "reasonable_grounds"),
    }

    # no record's text, name or id reached the un device's store
    assert VICTIM.split()[0].casefold() not in raw.casefold()
    assert not any(rid in raw for rid in ids)
    assert "Homs 0-0" not in raw and "village" not in raw
    folded = store_text(un.store)
    assert fold("Amina") not in folded and not any(rid in folded for rid in ids)

    result = scan.scan(un.store, watch=False)
    assert result["source"] == "hq-counts"
    assert result["hq_counts"]["as_of"] == counts.as_of.isoformat()
    assert result["hq_counts"]["suppressed_series"] >= 1
    recent_to = date.fromisoformat(result["recent"]["to"])
    assert recent_to.weekday() == 6 and recent_to == weeks[-1] + timedelta(days=6)
    flagged = {e["key"]: e for e in result["entries"]}
    assert set(flagged) == {f"region:{HOMS}", "country:SYR"}  # Aleppo's 2 acts flag nothing
    assert all(e["source"] == "hq-counts" for e in result["entries"])
    first = flagged[f"region:{HOMS}"]
    assert not first["covered"]
    killing = next(s for s in first["signals"] if s["violation"] == "killing")
    assert killing["recent_count"] == 24 and killing["at_standard"]["recent_count"] == 24
    assert not any(e["place"]["country"] == "YEM" for e in result["entries"])

    # a second sync: HQ's counts unchanged (held today, nothing pulled: not asked again)
    again = un.sync()
    assert again.counts in ("kept", "same")
    assert un.client.fetch_counts() == "same"

    # a team device reads internal records: no counts, and its scan runs on its own records
    assert team.client.fetch_counts() == "not-asked"
    assert payload_of(team.store) is None
    # (over the same weeks, it flags what the un device's scan on HQ's counts flagged)
    own = scan.scan(team.store, recent_to, watch=False)
    assert own["source"] == "device" and own["hq_counts"] is None
    assert {e["key"] for e in own["entries"]} == set(flagged)
    assert not any("source" in e for e in own["entries"])  # as before HQ's counts existed

    # HQ's counts follow its records: one Homs act deleted, 5 Aleppo acts added in a week
    team.incidents.delete(ids[0])
    team.incidents.add_many(
        [act(ALEPPO, weeks[-1] + timedelta(days=4), title=f"Aleppo late {i}") for i in range(5)]
    )
    assert team.sync().complete
    assert un.client.fetch_counts() == "new"
    later = scope_counts.parse(payload_of(un.store) or "")
    assert later.series[("SYR", HOMS, "killing", "reasonable_grounds")][-4:] == [5, 6, 6, 6]
    assert later.series[("SYR", ALEPPO, "killing", "reasonable_grounds")][-4:] == [None, 0, 0, 5]

    # a un device whose scope is every team: every team's country, YEM's acts too
    set_role(hq, un, scope=None, audience="un", entity="OCHA")
    with hq.session() as s:
        every = hq_counts.for_device(hq, s, s.get(HQDevice, device_id(un)), counts.as_of)
    assert every is not None and every["scope"] == {"teams": None, "countries": ["SYR", "YEM"]}
    yem = [x for x in every["series"] if x["country"] == "YEM" and x["standard"] is None]
    assert {(x["pcode"], x["type"]) for x in yem} == {(None, "killing")}
    assert all(x["counts"][-1] == 8 for x in yem)

    # the un device's role becomes internal: HQ sends no counts, and the device forgets them
    set_role(hq, un, scope=["SYR"], audience="internal")
    assert un.client.fetch_counts() == "none"
    assert payload_of(un.store) is None


@BOTH
def test_counts_go_only_to_their_device_under_its_session_key(make_device, running_hq):
    """HQ answers a counts request only with the certificate's device, a session key HQ
    holds, and a tag made with it; the answer opens only for the request it answers."""
    hq = running_hq.hq
    hq.add_team("SYR")
    un = make_device("ocha-analyst", None, analyst=True)
    other = make_device("other-analyst", None, analyst=True)
    set_role(hq, un, scope=["SYR"], audience="un", entity="OCHA")
    assert un.sync().complete
    from sync import device as d

    state = un.client.state()
    with un.store.session() as s:
        key, _ = d.session_key(s, state)
    request = p.CountsRequest(state.device_id, b"", key.kid, b"\x01" * 12)
    body = p.seal_counts_request(request, key.key)
    # another device's certificate
    status, data = other.client._post(other.client.state(), body, "/v1/counts")
    assert status == 403 and json.loads(data)["error"] == "wrong-device"
    # a tag made with another key
    forged = p.seal_counts_request(request, b"\x02" * 32)
    status, data = un.client._post(state, forged, "/v1/counts")
    assert status == 400 and json.loads(data)["error"] == "bad-ciphertext"
    # the real one; its answer does not open for another request
    status, data = un.client._post(state, body, "/v1/counts")
    assert status == 200
    what, payload = p.open_counts(data, request, key.key)
    assert what == p.COUNTS_NEW and scope_counts.parse(payload.decode()).countries == {"SYR"}
    with pytest.raises(p.ProtocolError) as err:
        p.open_counts(data, p.CountsRequest(state.device_id, b"", key.kid, b"\x03" * 12), key.key)
    assert err.value.code == "bad-answer"
    # an answer that does not open (not HQ's): refused, what the device held stays; HQ's own
    # answer whose counts do not fit: refused, and what the device held is forgotten (it may
    # be of a wider scope than the device now has)
    assert un.client.fetch_counts() in ("new", "same")
    held = payload_of(un.store)
    hostile = json.loads(payload.decode())
    hostile["series"] = [{"country": "SYR", "pcode": "<script>", "counts": [-1]}]

    def answering(body_of: bytes):
        def transport(path: str, body: bytes) -> tuple[int, bytes]:
            asked, _hb, _tag = p.open_counts_request(body)
            return 200, p.seal_counts(asked, p.COUNTS_NEW, body_of, key.key, b"\x04" * 12)

        return transport

    un.client.transport = lambda path, body: (200, b"\x93garbage")
    assert un.client.fetch_counts() == "failed"
    assert payload_of(un.store) == held
    un.client.transport = answering(json.dumps(hostile).encode())
    assert un.client.fetch_counts() == "failed"
    assert payload_of(un.store) is None
    assert un.client.fetch_counts() == "failed"  # nothing held: nothing to lose
    un.client.transport = answering(b"\xff\xfe not text")
    assert un.client.fetch_counts() == "failed"
    un.client.transport = None
    assert un.client.fetch_counts() == "new" and payload_of(un.store) == held
    # an internal analyst asks, and HQ sends none: it holds the records
    synced = other.sync()
    assert synced.complete and synced.counts == "none" and payload_of(other.store) is None
    # HQ's own reading: none for an internal device
    with hq.session() as s:
        row = s.get(HQDevice, device_id(other))
        assert hq_counts.for_device(hq, s, row, datetime.now(UTC).date()) is None


@pytest.mark.parametrize("hq_db", ["sqlite"], indirect=True)
def test_hq_reads_the_acts_ahead_only_when_a_device_gets_counts(make_device, running_hq):
    """At its start HQ reads every incident's acts off the request threads, so the first
    analyst's sync does not wait for every sealed document to be opened; with no device that
    gets counts, it reads nothing."""
    hq = running_hq.hq
    team = make_device("syria-officer")
    team.incidents.add_many([act(HOMS, recent_mondays(1)[0], title=f"Homs {i}") for i in range(3)])
    assert team.sync().complete
    hq_counts.forget(hq)
    assert hq_counts.warm_in_background(hq) is None  # a team device reads its records
    assert hq_counts._KEPT.held(hq) is None
    un = make_device("ocha-analyst", None, analyst=True)
    set_role(hq, un, scope=["SYR"], audience="un", entity="OCHA")
    hq_counts.forget(hq)
    thread = hq_counts.warm_in_background(hq)
    assert thread is not None
    thread.join(60)
    assert not thread.is_alive()
    kept = hq_counts._KEPT.held(hq)
    assert kept is not None
    assert len(kept.per_record) == 3 and all(len(a) == 1 for _t, a in kept.per_record.values())
    assert un.sync().complete  # and the analyst's counts come from what was read
    assert hq_counts._KEPT.held(hq) is kept
    assert payload_of(un.store) is not None


def test_hq_keeps_each_code_and_day_once_across_incidents():
    """What HQ keeps for every incident's acts is what the device would count (the same acts),
    each code and day one object however many incidents name it: HQ keeps every incident's
    acts in memory, and a string and a date per act cost it twice the memory
    (bench/hq_counts.py)."""

    def doc(kind: str, status: str) -> dict:
        # each document read from its own JSON text, as HQ opens each sealed one
        return json.loads(
            json.dumps(
                {
                    "location": {"country": "SYR", "admin1_pcode": "SY04"},
                    "occurred_from": "2026-11-02",
                    "verification": {"status": status},
                    "violations": [{"type": kind}, {"type": kind, "date": "2026-11-03"}],
                }
            )
        )

    days: dict = {}
    one, two = doc("killing", "reasonable_grounds"), doc("killing", "reasonable_grounds")
    team_a, kept_one = hq_counts.kept_acts("team-" + "syr", one, days)
    team_b, kept_two = hq_counts.kept_acts("".join(["team-", "syr"]), two, days)
    assert kept_one == tuple(scope_counts.acts_of(one)) == kept_two
    assert team_a is team_b
    for a, b in zip(kept_one, kept_two, strict=True):
        assert all(x is y for x, y in zip(a, b, strict=True))
    assert len(days) == 2  # two days named, each one object
    none = hq_counts.kept_acts(None, {"location": {"country": "SYR"}, "violations": []}, days)
    assert none == (None, ())
