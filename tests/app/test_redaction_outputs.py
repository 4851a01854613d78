"""Every output that leaves the internal audience, end to end on a real SQLCipher store: a
protected person (consent none) named in record A, and parts of that name, however typed, in
record B's title, narrative, cleared summary, place, admin-1 and admin-2, act method, a
consenting relative's name, an attachment's file name, and in a situation's description, an
assessment's summary and rationale, and a strategy's objective, note, action title, owner and
indicators. The exports for `un` (all four formats, per incident and per act), for partners and
the public (all four formats, the aggregate), the report for each audience (its data, and its
PDF read back by pdftotext and pypdf) and the quarterly review leak nothing of the name, by
the independent check of tests/app/redaction_strategies.py; internal outputs still hold it.

The withheld set is the store's: A is sometimes outside the output's scope altogether
(internal-only, and months before the period)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import openpyxl
import pypdf
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.attachments import Attachments
from app.errors import BadInput
from app.exchange import FORMATS, Exporter, ExportRequest
from app.incidents import Incidents
from app.redaction import distinctive
from app.reports import Reports, Request, load_template
from app.situations import Situations
from tests.app.conftest import incident_doc
from tests.app.redaction_strategies import (
    Name,
    Word,
    leaks,
    mentions_whole,
    names,
    texts,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
TODAY = NOW.date()
OUTSIDE = ("un", "partners", "public")
# shrinking would replay dozens of examples into the same, growing store: the failure names
# the output, the field and the tokens, which is what a reader needs
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)
RELATIVE_GIVEN = {"latin": "Omar", "arabic": "عمر", "cyrillic": "Борис", "han": "伟"}


# ---- seeding ------------------------------------------------------------------------------
def victim(name: str, *, protected: bool, consent: str) -> dict:
    return {
        "name": name,
        "sex": "female",
        "age_group": "adult",
        "protected": protected,
        "consent": consent,
    }


def relative_of(name: Name) -> str:
    """A consenting, unprotected relative who shares the family name: named outside only
    where that shared name is not withheld."""
    if name.script == "han":
        given = "强" if name.words[1].text == RELATIVE_GIVEN["han"] else RELATIVE_GIVEN["han"]
        return name.words[0].text + given
    family = next(w.text for w in reversed(name.words) if w.distinctive)
    return f"{RELATIVE_GIVEN[name.script]} {family}"


def seed(store, name: Name, fields: dict[str, str], *, a_in_scope: bool, n: int) -> dict:
    """Record A names the protected person; record B, a situation, its assessment and its
    strategy carry `fields` (texts mentioning the name). Ids by role."""
    incidents = Incidents(store)
    a = incidents.add(
        incident_doc(
            title=f"Case {n} A",
            status="submitted",
            confidentiality="public" if a_in_scope else "internal",
            occurred_from="2026-10-02" if a_in_scope else "2026-06-02",
            date_reported="2026-10-05" if a_in_scope else "2026-06-05",
            narrative="A statement was taken.",
            victims=[victim(name.stored, protected=True, consent="none")],
        )
    )
    b = incidents.add(
        incident_doc(
            title=f"{fields['title']} {name.stored}"[:300],
            status="submitted",
            confidentiality="public",
            occurred_from="2026-10-06",
            date_reported="2026-10-07",
            narrative=fields["narrative"],
            public_summary=fields["summary"],
            location={
                "country": "SYR",
                "admin1": fields["admin1"],
                "admin2": fields["admin2"],
                "not_in_gazetteer": True,  # regions typed with a name in them
                "place": fields["place"],
                "lat": 33.5,
                "lon": 36.3,
                "precision": "exact",
            },
            violations=[
                {
                    "type": "arbitrary_detention",
                    "victims_count": 2,
                    "method": fields["method"],
                    "counts": [{"sex": "female", "age_group": "adult", "count": 2}],
                }
            ],
            victims=[victim(relative_of(name), protected=False, consent="public")],
        )
    )
    incidents.clear_summary(b)  # one user on this device: cleared as a single user
    Attachments(store).add(b, b"%PDF-1.4 statement", fields["filename"][:200] + ".pdf")
    situations = Situations(store, today=TODAY)
    sid = situations.add(
        {"name": f"Situation {n}", "country": "SYR", "description": fields["description"]}
    )
    situations.link(sid, b)
    situations.assess(
        sid,
        {
            "assessed_on": "2026-10-15",
            "summary": fields["assessment"],
            "factors": [
                {"factor": "rf01_armed_conflict", "level": "high", "rationale": fields["rationale"]}
            ],
        },
    )
    situations.save_strategy(
        sid,
        {
            "objectives": [fields["objective"]],
            "note": fields["note"],
            "actions": [
                {
                    "title": f"Visit {name.stored}",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "due": "2026-10-20",
                    "owner": fields["owner"][:200],
                    "indicators": [fields["indicator"]],
                },
                {
                    "title": fields["action"],
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "status": "blocked",
                    "objective": 0,
                },
            ],
        },
    )
    return {"a": a, "b": b, "situation": sid}


LONG = ("narrative", "method", "description", "assessment", "rationale", "note")
ONE_LINE = (
    "title",
    "summary",
    "place",
    "admin1",
    "admin2",
    "filename",
    "objective",
    "owner",
    "indicator",
    "action",
)


@st.composite
def case(draw, scripts=("latin", "arabic", "cyrillic", "han")) -> tuple[Name, dict[str, str]]:
    name = draw(names(scripts))
    fields = {}
    for key in LONG:
        fields[key] = draw(texts([name], min_mentions=1, max_mentions=3)).text
    for key in ONE_LINE:
        fields[key] = draw(texts([name], one_line=True, min_mentions=1, max_mentions=2)).text
    # each field carries a distinctive part at least once: the whole name after the filler
    for key in (*LONG, *ONE_LINE):
        if key not in ("title",):
            fields[key] = f"{fields[key][:120]} {name.stored}".strip()
    return name, fields


# ---- reading outputs back -----------------------------------------------------------------
def strings(value) -> str:
    """Every text in a JSON-like value, one per line (keys too)."""
    out: list[str] = []

    def walk(x) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                out.append(str(k))
                walk(v)
        elif isinstance(x, list | tuple):
            for v in x:
                walk(v)
        elif x is not None:
            out.append(str(x))

    walk(value)
    return "\n".join(out)


def read_export(path: Path, fmt: str):
    """The file as its recipient's tool reads it: rows of cells, or the JSON."""
    if fmt in ("csv", "hxl"):
        return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    if fmt == "json":
        return json.loads(path.read_text(encoding="utf-8"))
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets
        }
    finally:
        book.close()


def export(store, tmp_path: Path, fmt: str, audience: str, rows: str | None):
    out = tmp_path / f"{audience}-{rows}-{fmt}.{'csv' if fmt == 'hxl' else fmt}"
    kw = {} if rows is None else {"rows": rows}
    Exporter(store).write(ExportRequest.parse(format=fmt, audience=audience, **kw), out)
    return read_export(out, fmt)


def report(store, audience: str, *, situation: str | None = None, lang: str = "en"):
    template = {**load_template(), "key_incidents": 100}
    scope = {"situation": situation} if situation else {"country": "SYR"}
    return Reports(store, now=NOW).build(
        Request.parse(
            date_from="2026-10-01", date_to="2026-10-31", audience=audience, lang=lang, **scope
        ),
        template,
    )


def review(store, audience: str) -> dict:
    return Situations(store, today=TODAY).review("2026Q4", audience=audience)


def outputs(store, tmp_path: Path, audience: str, situation: str) -> dict:
    """Every output this audience can be given, by what it is."""
    got: dict[str, str] = {}
    row_kinds = ("incident", "act") if audience in ("internal", "un") else ("aggregate",)
    for fmt in FORMATS:
        for rows in row_kinds:
            got[f"export {fmt} {rows}"] = export(store, tmp_path, fmt, audience, rows)
    got["export csv default"] = export(store, tmp_path, "csv", audience, None)
    for scope in (None, situation):
        got[f"report {'situation' if scope else 'country'}"] = asdict(
            report(store, audience, situation=scope)
        )
    if audience in ("internal", "un"):
        got["review"] = review(store, audience)
    return got


def leaking(value, tokens: set[str], path: str = "") -> list[str]:
    """Where in a JSON-like value a text leaks one of these tokens (each text on its own)."""
    if isinstance(value, dict):
        return [x for k, v in value.items() for x in leaking(v, tokens, f"{path}.{k}")]
    if isinstance(value, list | tuple):
        return [x for i, v in enumerate(value) for x in leaking(v, tokens, f"{path}[{i}]")]
    if isinstance(value, str) and (found := leaks(value, tokens)):
        return [f"{path} leaks {sorted(found)}"]
    return []


def leaks_in(got: dict, protected: list[Name], audience: str) -> list[str]:
    """Every place in these outputs where a distinctive token of a protected name is read."""
    tokens = set()
    for name in protected:
        tokens |= name.expected() | distinctive(name.stored)
    return [
        f"{audience} {what}{where}"
        for what, value in got.items()
        for where in leaking(value, tokens)
    ]


# ---- the tests ----------------------------------------------------------------------------
@pytest.fixture
def protected() -> list[Name]:
    """The protected names seeded into this test's store so far (across examples)."""
    return []


@settings(
    max_examples=8,
    deadline=None,
    phases=NO_SHRINK,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(drawn=case(), a_in_scope=st.booleans())
def test_no_output_outside_internal_holds_a_withheld_name(
    store, protected, tmp_path_factory, drawn, a_in_scope
):
    """One store for all examples: every name drawn so far stays withheld in every output."""
    name, fields = drawn
    ids = seed(store, name, fields, a_in_scope=a_in_scope, n=len(protected))
    protected.append(name)
    tmp = tmp_path_factory.mktemp("out")
    found = [
        x
        for audience in OUTSIDE
        for x in leaks_in(outputs(store, tmp, audience, ids["situation"]), protected, audience)
    ]
    assert not found, "\n".join(found)
    internal = outputs(store, tmp, "internal", ids["situation"])
    for what in (
        "export csv incident",
        "export json incident",
        "export xlsx incident",
        "report situation",
        "review",
    ):
        for each in protected:
            assert mentions_whole(strings(internal[what]), each.stored), (what, each.stored)


def test_partners_and_public_get_no_rows_and_no_review(store):
    for audience in ("partners", "public"):
        for rows in ("incident", "act"):
            with pytest.raises(BadInput) as err:
                ExportRequest.parse(format="csv", audience=audience, rows=rows)
            assert err.value.field == "rows"
        assert ExportRequest.parse(format="csv", audience=audience).rows == "aggregate"
        with pytest.raises(BadInput) as err:
            Situations(store, today=TODAY).review("2026Q4", audience=audience)
        assert err.value.field == "audience"


# ---- the PDF, read back as a reader would -------------------------------------------------
def _n(script: str, *words: tuple[str, bool], joiners: list[str] | None = None) -> Name:
    return Name(
        script,
        [Word(w, d, script) for w, d in words],
        joiners if joiners is not None else [" "] * (len(words) - 1),
    )


PDF_CASES = {
    "latin": (
        _n("latin", ("José", True), ("de", False), ("la", False), ("Cruz", True)),
        "en",
        {
            "title": "Arrest of JOSE  de la CRUZ's brother",
            "place": "Home of Cruz",
            "narrative": "Witnesses said jose\u0301 CRUZ\nwas taken; Cruz’s house.",
        },
    ),
    "arabic": (
        _n("arabic", ("فاطمة", True), ("الحسن", True)),
        "ar",
        {
            "title": "اعتقال فاطمه بالحسن",
            "place": "منزل والحسن",
            "narrative": "قال الشهود إن فَاطِمَة حسن اقتيدت من منزلها",
        },
    ),
    "han": (
        _n("han", ("欧阳", True), ("娜娜", True), joiners=[""]),
        "zh",
        {
            "title": "欧阳 娜娜被捕",
            "place": "娜娜的家",
            "narrative": "目击者说欧阳\n娜娜在家中被捕，据报道娜娜被带走了",
        },
    ),
}


def pdf_text(path: Path) -> str:
    """The PDF's text by pdftotext (poppler) when installed, and by pypdf, each line also
    reversed (shaped Arabic may come back in visual order)."""
    parts = [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]
    if shutil.which("pdftotext"):
        parts.append(
            subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(path), "-"],
                capture_output=True,
                check=True,
                timeout=60,
            ).stdout.decode("utf-8")
        )
    text = "\n".join(parts)
    return text + "\n" + "\n".join(line[::-1] for line in text.splitlines())


@pytest.mark.slow
@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("script", list(PDF_CASES))
def test_report_pdf_holds_no_withheld_name(store, tmp_path, script):
    from ui.report import write_pdf

    name, lang, typed = PDF_CASES[script]
    fields = {k: typed.get(k, f"{typed['narrative']} {name.stored}") for k in (*LONG, *ONE_LINE)}
    fields["summary"] = typed["title"]
    fields["admin1"] = fields["admin2"] = typed["place"]
    for key in ONE_LINE:
        fields[key] = " ".join(fields[key].split())
    ids = seed(store, name, fields, a_in_scope=True, n=0)
    texts_by_audience = {}
    for audience in ("internal", *OUTSIDE):
        built = report(store, audience, situation=ids["situation"], lang=lang)
        path = tmp_path / f"{audience}.pdf"
        write_pdf(built, path)
        texts_by_audience[audience] = pdf_text(path)
    assert mentions_whole(texts_by_audience["internal"], name.stored), (
        "the internal PDF should name the person (and the extraction read it)"
    )
    found = [
        x
        for audience in OUTSIDE
        for x in leaks_in({"report pdf": texts_by_audience[audience]}, [name], audience)
    ]
    assert not found, "\n".join(found)
