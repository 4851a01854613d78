"""Attachments reach a `un` analyst's device only as copies without their metadata, end to end
over real TLS on PostgreSQL and on the embedded SQLite: a photograph with EXIF GPS and a PDF
naming its author, attached by a team device, arrive at the un device cleared of both; an
Office document and bytes of no known kind never arrive; the un device cannot fetch an
original by its id; a withdrawn record's files leave the un device; the internal analyst
still gets the originals, metadata and all."""

from __future__ import annotations

import os
import threading

import pytest
from sqlalchemy import func, select
from synchelp import incident
from test_sync_views import PROTECTED, device_id, holds_name, person, set_role, store_text
from viewfiles import (
    DOCX,
    attachments_of,
    docx,
    downloads_of,
    exif_of,
    gps_of,
    jpeg,
    pdf,
    pdf_author,
)

from app.attachments import Attachments
from sync import device as d
from sync import downloads
from sync.client import Refused
from sync.hq.models import FileCopy

BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)


def fetch(dev, file_id: str, record_id: str, size: int) -> bytes:
    """A piece of a file asked of HQ by id over TLS, as a modified client could."""
    state = dev.client.state()
    with dev.store.session() as s:
        key, _confirmed = d.session_key(s, state)
    w = downloads.Waiting(file_id, record_id, size, 0)
    return dev.client._piece(state, key, w, 0, min(size, 4096))


@BOTH
def test_a_un_analyst_gets_files_only_as_copies_without_metadata(make_device, running_hq):
    hq = running_hq.hq
    team = make_device("leila-officer")
    analyst = make_device("hq-analyst", None, analyst=True)
    un = make_device("ocha-analyst", None, analyst=True)
    set_role(hq, un, scope=["SYR"], audience="un", entity="OCHA")
    mark = "qzx" + os.urandom(6).hex() + "qzx"
    rid = team.incidents.add(incident(title="Shelling of the market", victims=[person(PROTECTED)]))
    files = Attachments(team.store)
    originals = {
        "photo": (jpeg(mark), f"{PROTECTED} wounded.jpg", None),
        "scan": (pdf(mark), "statement.pdf", None),
        "office": (docx(mark), "report.docx", DOCX),
        "noise": (os.urandom(2000) + mark.encode(), "blob", "application/octet-stream"),
    }
    sent = {
        key: files.add(rid, content, name, media_type=media)
        for key, (content, name, media) in originals.items()
    }
    assert gps_of(originals["photo"][0]) and pdf_author(originals["scan"][0])  # planted
    for dev in (team, analyst, un):
        assert dev.sync().complete

    # the un device: the photograph and the PDF, cleared; nothing of the other two
    got = attachments_of(un.store)
    assert len(got) == 2
    by_type = {a["media_type"]: a for a in got.values()}
    photo, scan = by_type["image/jpeg"], by_type["application/pdf"]
    assert gps_of(photo["content"]) == {} and exif_of(photo["content"]) == {}
    assert b"Exif\x00\x00" not in photo["content"]
    assert pdf_author(scan["content"]) is None and b"/Author" not in scan["content"]
    assert {a["incident"] for a in got.values()} == {rid}
    assert not set(got) & {m["id"] for m in sent.values()}  # copies of their own
    assert not {a["sha256"] for a in got.values()} & {m["sha256"] for m in sent.values()}
    assert mark not in store_text(un.store)  # no bytes of the withheld files either
    assert not holds_name(un.store, PROTECTED)  # the file name was scrubbed
    assert downloads_of(un.store) == (0, 0)

    # asked by its id, an original is refused to the un device
    for key in ("photo", "office"):
        with pytest.raises(Refused) as err:
            fetch(un, sent[key]["id"], rid, sent[key]["size"])
        assert (err.value.status, err.value.code) == (403, "audience")

    # the internal analyst gets every original as the team took it in
    full = attachments_of(analyst.store)
    assert {k: full[m["id"]]["content"] for k, m in sent.items()} == {
        k: v[0] for k, v in originals.items()
    }
    assert gps_of(full[sent["photo"]["id"]]["content"])

    # HQ's access notes say what each device received: the un device copies, only
    noted = hq.access_of_device(device_id(un))["files"]
    assert {x["file"] for x in noted} == set(got)
    assert {x["copy_of"] for x in noted} == {sent["photo"]["id"], sent["scan"]["id"]}
    assert {x["copy_of"] for x in hq.access_of_device(device_id(analyst))["files"]} == {None}

    # the record withdrawn (confidentiality raised): its files leave the un device
    team.incidents.edit(rid, {"confidentiality": "internal"})
    assert team.sync().complete and un.sync().complete
    assert un.incidents.list() == [] and attachments_of(un.store) == {}
    assert downloads_of(un.store) == (0, 0)
    for copy_id, a in got.items():
        with pytest.raises(Refused) as err:
            fetch(un, copy_id, rid, len(a["content"]))
        assert (err.value.status, err.value.code) == (403, "withdrawn")
    assert analyst.sync().complete
    assert len(attachments_of(analyst.store)) == 4


def test_un_analysts_pulling_at_once_share_one_copy_of_each_file(make_device, running_hq):
    """On PostgreSQL, several `serve` workers' requests at once: each file's copy is made
    once (the original's row lock), and every un device gets the same copies."""
    hq = running_hq.hq
    team = make_device("leila-officer")
    analysts = []
    for n in range(4):
        dev = make_device(f"un-{n}", None, analyst=True)
        set_role(hq, dev, scope=["SYR"], audience="un", entity="OCHA")
        analysts.append(dev)
    rid = team.incidents.add(incident(victims=[]))
    for n in range(5):
        Attachments(team.store).add(rid, jpeg(f"photo {n}"), f"photo-{n}.jpg")
    assert team.sync().complete
    start = threading.Barrier(len(analysts))
    results: dict[str, object] = {}

    def run(dev) -> None:
        start.wait()
        try:
            results[dev.name] = dev.sync().complete
        except Exception as err:  # reported below, with the device's name
            results[dev.name] = err

    threads = [threading.Thread(target=run, args=(dev,)) for dev in analysts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {dev.name: True for dev in analysts}
    held = [set(attachments_of(dev.store)) for dev in analysts]
    assert len(held[0]) == 5 and all(h == held[0] for h in held)
    with hq.session() as s:
        assert s.scalar(select(func.count()).select_from(FileCopy)) == 5
