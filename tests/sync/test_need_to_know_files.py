"""Attachments in redacted views, tried as an attacker or a careless team would: a `un`
analyst (OCHA) for SYR gets each file of a view only as a copy HQ cleared of its metadata,
never a file as it was taken in nor one that cannot be cleaned; a view sent again keeps its
copies, a withdrawn one takes them away; HQ makes each copy once.

Each test builds its own HQ on SQLite and real SQLCipher stores and syncs through
`HQ.local_transport`, as test_need_to_know_attacks does (its `World`). The same promises over
real TLS, on PostgreSQL and SQLite, are in test_sync_view_files."""

from __future__ import annotations

import hashlib
import os

import pytest
from sqlalchemy import func, select
from synchelp import incident
from test_need_to_know_attacks import (
    CONSENTING,
    PROTECTED,
    SOURCE,
    World,
    holds,
    person,
    quarantine_reasons,
    withholding,
)
from test_sync_views import store_text
from viewfiles import (
    DOCX,
    attachments_of,
    custody_count,
    downloads_of,
    exif_of,
    gps_of,
    jpeg,
    pdf,
    pdf_author,
)

from app.attachments import Attachments
from app.errors import BadInput
from app.outbox import Outbox
from app.schema.revision import schema_number
from sync import device as d
from sync import downloads
from sync.client import Refused
from sync.hq import copies
from sync.hq.models import Device as HQDevice
from sync.hq.models import FileCopy, StoredFile


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    try:
        yield w
    finally:
        w.close()


def marker() -> str:
    return "qzx" + os.urandom(6).hex() + "qzx"


def page_views(world: World, device_id: str) -> dict[str, dict]:
    """The views HQ would send this device from the start (a device that never pulled)."""
    page = world.hq.pull(device_id, 0, 2000)
    return {c.record_id: dict(c.fields) for c in page.changes}


def fresh_un(world: World, tmp_path, name: str):
    """Another un analyst for SYR that has not pulled yet."""
    dev = world.add(tmp_path, name, "SYR")
    with world.hq.session() as s, s.begin():
        row = s.get(HQDevice, dev.device_id)
        row.analyst, row.scope, row.audience, row.entity = True, ["SYR"], "un", "UNICEF"
    return dev


class Stop(Exception):
    """The test stops a download part-way (as Lock does through the progress callback)."""


def stop(result) -> None:
    """Stop a sync's downloads once a piece has arrived (the first call, before any piece,
    only says what is to come)."""
    if result.bytes_fetched:
        raise Stop


def piece(dev, file_id: str, record_id: str, size: int) -> bytes:
    state = dev.client.state()
    with dev.store.session() as s:
        key, _confirmed = d.session_key(s, state)
    return dev.client._piece(state, key, downloads.Waiting(file_id, record_id, size, 0), 0, size)


# ---- what reaches un, and what does not -------------------------------------------------------
def test_a_un_device_gets_copies_without_metadata_and_nothing_it_cannot_clean(world, tmp_path):
    team, un, mate = world.team, world.un, world.mate
    rid = withholding(team, title="Shelling of the market")
    mark = marker()
    files = Attachments(team.store)
    photo = files.add(rid, jpeg(mark), f"{PROTECTED} wounded.jpg")
    scan = files.add(rid, pdf(mark), "statement.pdf")
    office = files.add(rid, b"PK\x03\x04" + mark.encode() * 8, f"{SOURCE}.docx", media_type=DOCX)
    noise = files.add(
        rid, os.urandom(300) + mark.encode(), "blob.bin", media_type="application/octet-stream"
    )
    damaged = files.add(rid, b"not a picture " + mark.encode(), "broken.jpg")
    world.sync(team, un, mate)

    got = attachments_of(un.store)
    assert len(got) == 2, got
    by_type = {a["media_type"]: a for a in got.values()}
    photo_copy, scan_copy = by_type["image/jpeg"], by_type["application/pdf"]
    # the bytes: no GPS, no EXIF, no author, no marker
    assert gps_of(photo_copy["content"]) == {} and exif_of(photo_copy["content"]) == {}
    assert pdf_author(scan_copy["content"]) is None
    for a in got.values():
        assert mark.encode() not in a["content"]
        assert a["sha256"] == hashlib.sha256(a["content"]).hexdigest()
        assert a["captured_by"] == "[…]"  # staff are not named outside the team
    # their own ids and hashes, never the originals'
    originals = {photo["id"]: photo["sha256"], scan["id"]: scan["sha256"]}
    assert not set(got) & set(originals)
    assert not {a["sha256"] for a in got.values()} & set(originals.values())
    # the name of a protected victim in a file name is withheld
    assert (
        PROTECTED.split()[0] not in photo_copy["filename"] and "wounded" in (photo_copy["filename"])
    )
    assert mark not in store_text(un.store)
    assert holds(un, PROTECTED, SOURCE) == []
    assert downloads_of(un.store) == (0, 0)

    # the view says which files HQ withholds, their names scrubbed too
    other = fresh_un(world, tmp_path, "unicef")
    listed = page_views(world, other.device_id)[rid]["attachments"]
    withheld = [e for e in listed if e.get("withheld")]
    assert sorted(e["withheld"] for e in withheld) == ["cannot-clean", "cannot-clean", "damaged"]
    assert all("id" not in e and "sha256" not in e for e in withheld)
    assert not any("Yusuf" in e["filename"] for e in listed)
    assert {e["id"] for e in listed if "id" in e} == set(got)  # the same copies: made once
    with world.hq.session() as s:
        assert s.scalar(select(func.count()).select_from(FileCopy)) == 5
    assert not {office["id"], noise["id"], damaged["id"]} & set(got)

    # the team's teammate (internal) gets the originals, metadata and all
    mates = attachments_of(mate.store)
    assert set(mates) == {photo["id"], scan["id"], office["id"], noise["id"], damaged["id"]}
    assert gps_of(mates[photo["id"]]["content"])
    assert pdf_author(mates[scan["id"]]["content"]).startswith(mark)
    assert world.hq.record_status(rid)["complete"]
    assert len(world.hq.record_status(rid)["files"]) == 5  # copies are not the team's files


def test_hostile_descriptions_reach_un_scrubbed(world):
    """A team's client writes a withheld name into the media type and the capture time (free
    text at HQ): the view's description carries neither."""
    team, un = world.team, world.un
    rid = withholding(team)
    Attachments(team.store).add(
        rid,
        jpeg(marker()),
        "photo.jpg",
        media_type=f"image/jpeg; by={PROTECTED}",
        captured_at=f"{SOURCE} 2026",
    )
    world.sync(team, un)
    [copy] = attachments_of(un.store).values()
    assert "Amina" not in copy["media_type"] and "Yusuf" not in str(copy)
    assert holds(un, PROTECTED, SOURCE) == []


def test_un_cannot_fetch_an_original_and_internal_cannot_fetch_a_copy(world):
    team, un, mate = world.team, world.un, world.mate
    rid = team.incidents.add(incident(victims=[]))
    content = jpeg(marker())
    meta = Attachments(team.store).add(rid, content, "photo.jpg")
    world.sync(team, un, mate, world.yem)
    [copy_id] = attachments_of(un.store)
    with pytest.raises(Refused) as err:  # the original, by its id
        piece(un, meta["id"], rid, len(content))
    assert (err.value.status, err.value.code) == (403, "audience")
    with world.hq.session() as s:
        copy_size = s.get(StoredFile, copy_id).size
    assert piece(un, copy_id, rid, copy_size)  # its copy, yes
    with pytest.raises(Refused) as err:  # an internal device is never given a copy
        piece(mate, copy_id, rid, copy_size)
    assert (err.value.status, err.value.code) == (404, "unknown-file")
    with pytest.raises(Refused) as err:  # nor another team's device
        piece(world.yem, copy_id, rid, copy_size)
    assert err.value.code == "unknown-file"
    for dev in (mate, un):  # and no device writes into a copy, nor asks what HQ holds of it
        state = dev.client.state()
        with dev.store.session() as s:
            key, _confirmed = d.session_key(s, state)
        for data in (b"", b"poisoned bytes"):
            with pytest.raises(Refused) as err:
                dev.client._chunk(state, key, copy_id, 0, data)
            assert err.value.code == "unknown-file"
    # what each device received is in HQ's access notes: un the copy, never the original
    noted = world.hq.access_of_device(un.device_id)["files"]
    assert {(x["file"], x["copy_of"]) for x in noted} == {(copy_id, meta["id"])}
    assert all(x["whole"] for x in noted)
    by_record = world.hq.access_of_record(rid)["files"]
    assert {x["device"] for x in by_record if x["file"] == meta["id"]} == {mate.device_id}


# ---- a view's files over time ------------------------------------------------------------------
def test_a_view_sent_again_keeps_its_copies_and_a_withdrawn_one_takes_them(world):
    team, un = world.team, world.un
    rid = team.incidents.add(incident(title="Shelling", victims=[]))
    Attachments(team.store).add(rid, jpeg(marker()), "photo.jpg")
    world.sync(team, un)
    [(copy_id, copy)] = attachments_of(un.store).items()
    events = custody_count(un.store, copy_id)
    assert events == 1

    team.incidents.edit(rid, {"narrative": "Edited at the office."})
    world.sync(team)
    result = un.client.sync()
    assert result.complete and result.pulled and result.bytes_fetched == 0
    assert un.incidents.get(rid)["narrative"] == "Edited at the office."
    assert attachments_of(un.store) == {copy_id: copy}  # kept, not fetched again
    assert custody_count(un.store, copy_id) == events
    with pytest.raises(BadInput):  # read-only like the view
        Attachments(un.store).add(rid, b"more", "more.txt")

    # a copy part-way down when the view is withdrawn goes with it, what arrived of it too
    second = Attachments(team.store).add(rid, pdf(marker()), "scan.pdf")
    world.sync(team)
    un.client.round(push=False)  # the view lists the new copy; its bytes wait
    with pytest.raises(Stop):
        un.client.download_files(chunk=64, progress_cb=stop)
    assert downloads_of(un.store) == (1, 1)
    team.incidents.edit(rid, {"confidentiality": "internal"})
    world.sync(team)
    with pytest.raises(Refused) as err:  # withdrawn at HQ, not yet pulled: refused already
        piece(un, copy_id, rid, len(copy["content"]))
    assert err.value.code == "withdrawn"
    un.client.round(push=False)  # the withdrawal alone, no download step after it
    assert un.incidents.list() == []
    assert attachments_of(un.store) == {}
    assert downloads_of(un.store) == (0, 0)
    world.sync(un)
    assert second["id"] not in store_text(un.store)
    with pytest.raises(Refused) as err:
        piece(un, copy_id, rid, len(copy["content"]))
    assert err.value.code == "withdrawn"

    # it reaches again: the copies come back (the same ones, made once)
    team.incidents.edit(rid, {"confidentiality": "un"})
    world.sync(team, un)
    assert copy_id in attachments_of(un.store) and len(attachments_of(un.store)) == 2


def test_a_name_withheld_later_is_cut_from_a_copys_name_on_the_un_device(world):
    """A victim who consented to the UN withdraws it: her name goes from the copy's file name
    (and from a copy still on its way), while the copy itself is not fetched again."""
    team, un = world.team, world.un
    rid = team.incidents.add(incident(victims=[person(CONSENTING, protected=False)]))
    files = Attachments(team.store)
    held = files.add(rid, jpeg(marker()), f"{CONSENTING} at the clinic.jpg")
    world.sync(team, un)
    [copy_id] = attachments_of(un.store)
    assert attachments_of(un.store)[copy_id]["filename"].startswith(CONSENTING)
    files.add(rid, pdf(marker()), f"Statement of {CONSENTING}.pdf")
    world.sync(team)
    un.client.round(push=False)  # the second copy listed, its bytes not fetched yet
    victims = team.incidents.get(rid)["victims"]
    team.incidents.edit(rid, {"victims": [{**victims[0], "consent": "none"}]})
    world.sync(team)
    un.client.round(push=False)
    result = un.client.download_files()
    assert result.files_fetched == 1  # the statement; the photograph stays as it was
    assert holds(un, CONSENTING) == []
    got = attachments_of(un.store)
    assert copy_id in got and len(got) == 2
    assert held["id"] not in got


def test_a_file_that_arrives_whole_after_its_view_reaches_un_at_the_next_sync(world):
    team, un = world.team, world.un
    rid = team.incidents.add(incident(victims=[]))
    Attachments(team.store).add(rid, jpeg(marker()), "photo.jpg")
    team.client.round()  # the record and the file's description; not its bytes
    world.sync(un)
    assert un.incidents.get(rid) and attachments_of(un.store) == {}
    assert team.client.upload_files() == 0
    world.sync(un)
    assert len(attachments_of(un.store)) == 1
    # the internal devices' log skips HQ's note that the file arrived: nothing new for them
    world.sync(world.mate)
    assert world.mate.client.sync().pulled == 0


def test_copies_past_a_pages_budget_come_with_the_next_pages(world, monkeypatch):
    """HQ cleans at most `copies.BUDGET` bytes of originals for one page (one file at least):
    the rest come with the following pages of the same sync."""
    team, un = world.team, world.un
    monkeypatch.setattr(copies, "BUDGET", 1)
    ids = [team.incidents.add(incident(title=f"Incident {i}", victims=[])) for i in range(3)]
    for rid in ids:
        for n in range(2):
            Attachments(team.store).add(rid, jpeg(marker()), f"photo-{n}.jpg")
    world.sync(team)
    result = un.client.sync()
    assert result.complete and result.rounds >= 6
    got = attachments_of(un.store)
    assert len(got) == 6 and {a["incident"] for a in got.values()} == set(ids)
    assert all(gps_of(a["content"]) == {} for a in got.values())


def test_a_file_list_pushed_by_a_device_is_refused(world):
    """`attachments` is HQ's to write in a view: a team device (modified) that pushes one,
    naming an original by its id and hash, is refused, and the un device fetches nothing."""
    team, un = world.team, world.un
    rid = team.incidents.add(incident(victims=[]))
    content = jpeg(marker())
    meta = Attachments(team.store).add(rid, content, "photo.jpg")
    forged = [{**meta, "captured_by": "x"}]
    with team.store.transaction() as s:
        Outbox(s, schema_number()).updated(rid, [("attachments", None, forged)])
    world.sync(team, un)
    reasons = quarantine_reasons(team, rid)
    assert reasons and reasons[0].startswith("attachments:"), reasons
    [copy] = attachments_of(un.store).values()  # the copy HQ made, not the forged entry
    assert copy["sha256"] != meta["sha256"] and gps_of(copy["content"]) == {}
