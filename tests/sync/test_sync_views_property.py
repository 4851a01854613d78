"""Property test of audience-scoped sync: whatever records a team writes, whatever consents,
confidentialities, statuses and verdicts they carry and however they are edited, a `un`
device never holds a name withheld from `un` nor a record that does not reach `un`.

Each hypothesis example builds a fresh HQ on SQLite and two devices with real SQLCipher stores
(enrolled as in test_sync_property: `HQ.enroll`, then the full exchange through
`HQ.local_transport`): a team device of SYR and a `un` analyst (OCHA) for SYR. The team device
creates and edits records drawn from a small pool of names; after every sync of both, the
oracle reads HQ's own documents and works out, by hand (not with `app.redaction`):

  * the records that reach `un`: confidentiality un, partners or public; not a draft; not
    found false or rejected — the un device holds exactly these;
  * the withheld names: victims protected or without consent to the UN, every source and
    every perpetrator, in any record HQ ever held — no distinctive word of any of them is
    anywhere in the un device's decrypted data (every table, the search index included);
  * the records that do not reach `un`: their (unique) title is nowhere in that data either;
  * the files: the team attaches photographs (EXIF with a GPS position and a unique marker)
    and Office documents (which cannot be cleaned), named after people of the pool; the un
    device holds, for each record that reaches it, one copy per photograph, with no EXIF and
    no GPS, never an Office document, and no file's marker anywhere in its data.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from synchelp import incident, make_hq_dir
from test_sync_property import enroll_local
from test_sync_views import store_text
from viewfiles import DOCX, attachments_of, docx, exif_of, gps_of, jpeg

from app.attachments import Attachments
from app.names import distinctive
from sync.hq import pull as hq_pull
from sync.hq.models import Device as HQDevice
from sync.hq.models import Record

NAMES = (
    "Amina Haddad",
    "Rami Nassar",
    "Leyla Osmanova",
    "Karim Zubairi",
    "Nour Khalili",
    "Omar Bashiri",
)
CONFIDENTIALITY = ("internal", "un", "partners", "public")
CONSENT = ("none", "un", "partners", "public")
VERDICTS = ("unverified", "reasonable_grounds", "falsely_attributed", "rejected")
NAME = st.integers(0, len(NAMES) - 1)
VICTIM = st.tuples(NAME, st.booleans(), st.sampled_from(CONSENT))
MENTIONS = st.lists(NAME, max_size=2)
PICK = st.integers(0, 9)

CREATE = st.tuples(
    st.just("create"),
    st.lists(VICTIM, max_size=2),
    st.none() | NAME,
    st.none() | NAME,
    st.sampled_from(CONFIDENTIALITY),
    st.sampled_from(("draft", "submitted", "submitted")),
    MENTIONS,
)
OPERATION = st.one_of(
    CREATE,
    CREATE,
    CREATE,
    st.tuples(st.just("confidentiality"), PICK, st.sampled_from(CONFIDENTIALITY)),
    st.tuples(st.just("consent"), PICK, st.integers(0, 1), st.sampled_from(CONSENT), st.booleans()),
    st.tuples(st.just("status"), PICK, st.sampled_from(("draft", "submitted"))),
    st.tuples(st.just("verdict"), PICK, st.sampled_from(VERDICTS)),
    st.tuples(st.just("narrative"), PICK, MENTIONS),
    st.tuples(st.just("delete"), PICK),
    st.tuples(st.just("attach"), PICK, st.booleans(), NAME),
    st.tuples(st.just("sync")),
    st.tuples(st.just("sync")),
)


def victim(name: int, protected: bool, consent: str) -> dict:
    return {
        "name": NAMES[name],
        "sex": "female",
        "age_group": "adult",
        "protected": protected,
        "consent": consent,
    }


def narrative(mentions: list[int]) -> str:
    return "Witnesses spoke of " + " and ".join(NAMES[i] for i in dict.fromkeys(mentions)) + "."


# ---- the oracle, by hand ------------------------------------------------------------------
def reaches_un(doc: dict) -> bool:
    return (
        doc.get("confidentiality") in ("un", "partners", "public")
        and doc.get("status") != "draft"
        and (doc.get("verification") or {}).get("status") not in ("falsely_attributed", "rejected")
    )


def withheld_from_un(docs: list[dict]) -> set[str]:
    names: set[str] = set()
    for doc in docs:
        for v in doc.get("victims") or []:
            if v.get("name") and (v.get("protected") or v.get("consent") in (None, "none")):
                names.add(v["name"])
        for role in ("sources", "perpetrators"):
            names |= {p["name"] for p in doc.get(role) or [] if p.get("name")}
    return names


def check(hq, un, team, markers: list[str]) -> None:
    with hq.session() as s:
        every = hq_pull.docs_of(hq, s.scalars(select(Record).where(Record.kind == "incident")))
    live = hq_pull.records(hq)
    reaching = {rid for rid, doc in live.items() if reaches_un(doc)}
    assert {row["id"] for row in un.incidents.list()} == reaching
    data = store_text(un.store)
    for name in withheld_from_un(list(every.values())):
        for word in distinctive(name):
            assert word not in data, f"a withheld name ({name}) is on the un device"
    for rid, doc in every.items():
        if rid not in reaching:
            token = doc["title"].split()[-1].lower()
            assert token not in data, "a record that does not reach un is on the un device"
    # files: one copy per photograph of each record that reaches un, cleared; nothing else
    photos = Counter(
        rid
        for rid in reaching
        for a in Attachments(team.store).list(rid)
        if a["media_type"] == "image/jpeg"
    )
    held = attachments_of(un.store)
    assert Counter(a["incident"] for a in held.values()) == photos
    for a in held.values():
        assert gps_of(a["content"]) == {} and exif_of(a["content"]) == {}
    for mark in markers:
        assert mark.lower() not in data, "a file's metadata or an uncleanable file is on un"


# ---- the property -------------------------------------------------------------------------
@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@example(  # the three ways out: consent withdrawn, confidentiality raised, found false
    [
        ("create", [(0, False, "un")], None, None, "un", "submitted", [1]),
        ("create", [(1, False, "un")], 2, 3, "un", "submitted", [0]),
        ("sync",),
        ("consent", 0, 0, "none", False),
        ("sync",),
        ("confidentiality", 1, "internal"),
        ("sync",),
        ("confidentiality", 1, "un"),
        ("verdict", 0, "falsely_attributed"),
        ("sync",),
    ],
    2,
)
@example(  # a name in a file's name, withheld once the victim withdraws consent
    [
        ("create", [(0, False, "un")], None, None, "un", "submitted", []),
        ("attach", 0, True, 0),
        ("sync",),
        ("consent", 0, 0, "none", False),
        ("sync",),
    ],
    500,
)
@example(  # files of a record that reaches un, then does not, then does again
    [
        ("create", [(0, True, "un")], None, None, "un", "submitted", []),
        ("attach", 0, True, 0),
        ("attach", 0, False, 0),
        ("sync",),
        ("confidentiality", 0, "internal"),
        ("sync",),
        ("confidentiality", 0, "un"),
        ("attach", 0, True, 1),
        ("sync",),
    ],
    2,
)
@given(st.lists(OPERATION, min_size=4, max_size=12), st.sampled_from([2, 500]))
def test_a_un_device_never_holds_a_withheld_name_or_a_record_that_does_not_reach_it(
    schedule, limit
):
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        hq = make_hq_dir(directory / "hq", f"sqlite:///{directory / 'hq.db'}")
        team = un = None
        try:
            hq.add_team("SYR")
            team = enroll_local(hq, directory, "officer", limit)
            un = enroll_local(hq, directory, "ocha", limit)
            with hq.session() as s, s.begin():
                row = s.get(HQDevice, un.device_id)
                row.analyst, row.scope, row.audience, row.entity = True, ["SYR"], "un", "OCHA"
            run(hq, team, un, schedule)
        finally:
            for dev in (team, un):
                if dev is not None:
                    dev.client.close()
                    dev.store.close()
            hq.engine.dispose()


def run(hq, team, un, schedule) -> None:
    serial = 0
    markers: list[str] = []
    for op in [*schedule, ("sync",)]:
        ids = team.ids()
        kind = op[0]
        if kind == "create":
            _kind, victims, source, perpetrator, confidentiality, status, mentions = op
            serial += 1
            # the narrative names the record's own people, and maybe others'
            own = [v[0] for v in victims] + [x for x in (source, perpetrator) if x is not None]
            team.incidents.add(
                incident(
                    title=f"Incident qzx{serial}qzx",
                    narrative=narrative([*own, *mentions]),
                    confidentiality=confidentiality,
                    status=status,
                    victims=[victim(*v) for v in victims],
                    sources=[
                        {"type": "individual", "reliability": "likely_reliable"}
                        | ({"name": NAMES[source]} if source is not None else {})
                    ],
                    perpetrators=[]
                    if perpetrator is None
                    else [{"category": "state_armed_forces", "name": NAMES[perpetrator]}],
                )
            )
        elif kind == "sync":
            assert team.client.sync().complete
            assert un.client.sync().complete
            check(hq, un, team, markers)
        elif ids:
            rid = ids[op[1] % len(ids)]
            if kind == "confidentiality":
                team.incidents.edit(rid, {"confidentiality": op[2]})
            elif kind == "consent":
                victims = team.incidents.get(rid)["victims"]
                if victims:
                    chosen = op[2] % len(victims)
                    victims[chosen] = {**victims[chosen], "consent": op[3], "protected": op[4]}
                    team.incidents.edit(rid, {"victims": victims})
            elif kind == "status":
                team.incidents.edit(rid, {"status": op[2]})
            elif kind == "verdict":
                team.incidents.edit(rid, {"verification": {"status": op[2]}})
            elif kind == "narrative":
                team.incidents.edit(rid, {"narrative": narrative(op[2])})
            elif kind == "delete":
                team.incidents.delete(rid)
            elif kind == "attach":
                _kind, _pick, photo, name = op
                markers.append(f"qzxfile{len(markers)}qzx")
                files = Attachments(team.store)
                if photo:
                    files.add(rid, jpeg(markers[-1]), f"{NAMES[name]} at the scene.jpg")
                else:
                    files.add(rid, docx(markers[-1]), f"{NAMES[name]}.docx", media_type=DOCX)
