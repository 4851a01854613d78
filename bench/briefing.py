"""Briefing pack benchmark (issue 19): `upfront briefing` over 10 situations in 5 countries, on a
store of a few thousand incidents with, per situation, two assessments, a strategy of late,
blocked and open actions, and engagements.

Target: the pack (app.briefing: figures, signals, heat maps, strategies, engagements, timelines,
the horizon scan) and its PDF (ui.report.briefing) < 15 s, for the UN (the widest: planning
included, counts suppressed).

    python bench/briefing.py [--incidents 4000] [--store DIR]

`--store DIR` keeps the store (reused when DIR already holds one; passphrase 'benchmark
passphrase', user 'bench').
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from app.briefing import BriefingRequest, Briefings, load_template
from app.gazetteer import gazetteer
from app.incidents import Incidents
from app.keyfile import KdfParams
from app.models import Incident
from app.situations import Situations
from app.store import Store
from app.vocab import vocabularies

TO = date(2026, 10, 31)
FROM = date(2026, 8, 1)
DAYS = 365
COUNTRIES = ("SYR", "COD", "MMR", "UKR", "SDN")
SITUATIONS = 10
TARGET_S = 15.0
PASSPHRASE = "benchmark passphrase"


def documents(n: int, rng: random.Random) -> list[dict[str, Any]]:
    vocab = vocabularies()
    g = gazetteer()
    places = [(c, u.pcode) for c in COUNTRIES for u in g.units_of(c, 1) if u.pcode]
    types = [t.code for t in vocab.terms("violation")][:8]
    statuses = [t.code for t in vocab.terms("verification")]
    out = []
    for i in range(n):
        country, pcode = rng.choice(places)
        # a third of the last two months' acts fall in the last four weeks: signals to show
        recent = rng.random() < 0.08
        day = TO - timedelta(days=rng.randrange(28 if recent else DAYS))
        out.append(
            {
                "title": f"Bench incident {i}",
                "occurred_from": day.isoformat(),
                "location": {"country": country, "admin1": pcode},
                "narrative": "Bench.",
                "confidentiality": rng.choice(("internal", "un", "un", "public")),
                "status": "submitted",
                "violations": [
                    {"type": rng.choice(types), "victims_count": rng.randint(1, 6)}
                    for _ in range(rng.randint(1, 3))
                ],
                "victims": [
                    {
                        "name": f"Person {i}",
                        "sex": "female",
                        "age_group": "adult",
                        "protected": True,
                    }
                ],
                "verification": {"status": rng.choice(statuses)},
            }
        )
    return out


def build(directory: Path, n: int) -> None:
    print(f"building a store of {n:,} incidents and {SITUATIONS} situations…", file=sys.stderr)
    started = time.perf_counter()
    rng = random.Random(19)
    cheap = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)  # unlocking is not timed
    store, _ = Store.create(directory, "bench", PASSPHRASE, kdf=cheap)
    try:
        incidents = Incidents(store)
        docs = documents(n, rng)
        for i in range(0, n, 1000):
            incidents.add_many(docs[i : i + 1000])
        vocab = vocabularies()
        factors = [t.code for t in vocab.terms("risk-factor")]
        levels = [t.code for t in vocab.terms("risk-level")]
        g = gazetteer()
        for k in range(SITUATIONS):
            country = COUNTRIES[k % len(COUNTRIES)]
            pcodes = [u.pcode for u in g.units_of(country, 1) if u.pcode]
            then = Situations(store, today=TO)
            sid = then.add(
                {
                    "name": f"Situation {k + 1}",
                    "country": country,
                    "regions": rng.sample(pcodes, min(3, len(pcodes))),
                    "status": rng.choice(("concern", "crisis", "monitoring")),
                }
            )
            for on in (TO - timedelta(days=90), TO - timedelta(days=20)):
                then.assess(
                    sid,
                    {
                        "assessed_on": on.isoformat(),
                        "factors": [
                            {"factor": f, "level": rng.choice(levels)}
                            for f in rng.sample(factors, 8)
                        ],
                    },
                )
            then.save_strategy(
                sid,
                {
                    "objectives": ["Protect civilians"],
                    "actions": [
                        {
                            "title": f"Action {a + 1}",
                            "pillar": "political",
                            "level": rng.choice(("country", "regional", "global")),
                            "lead": "ohchr",
                            "due": (TO - timedelta(days=rng.randrange(-30, 30))).isoformat(),
                            "status": rng.choice(("planned", "under_way", "blocked", "done")),
                        }
                        for a in range(6)
                    ],
                },
            )
            for e in range(4):
                then.add_engagement(
                    sid,
                    {
                        "date": (TO - timedelta(days=70 - 15 * e)).isoformat(),
                        "type": "demarche",
                        "channel": "country_team",
                        "un_by": "Resident Coordinator",
                        "with_whom": "Governor",
                        "asked": "Access for monitors",
                        "confidentiality": rng.choice(("internal", "un")),
                    },
                )
    finally:
        store.close()
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=4000)
    parser.add_argument("--store", type=Path, help="keep the store here (reused if present)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.report.briefing import write_briefing_pdf
    from ui.selftest import ensure_gui_app

    ensure_gui_app()
    with tempfile.TemporaryDirectory() as tmp:
        directory = args.store or Path(tmp) / "store"
        if not Store.exists(directory):
            build(directory, args.incidents)
        store = Store.open(directory, PASSPHRASE, "bench")
        try:
            with store.session() as session:
                held = session.scalar(select(func.count(Incident.id)))
            rows = []
            for audience in ("un", "internal", "public"):
                request = BriefingRequest.parse(
                    date_from=FROM.isoformat(), date_to=TO.isoformat(), audience=audience
                )
                started = time.perf_counter()
                briefing = Briefings(store).build(request, load_template("horizon"))
                built = time.perf_counter() - started
                started = time.perf_counter()
                pages = write_briefing_pdf(briefing, Path(tmp) / f"briefing-{audience}.pdf")
                drawn = time.perf_counter() - started
                rows.append((audience, len(briefing.pack["situations"]), pages, built, drawn))
        finally:
            store.close()
    print()
    print(f"briefing over {SITUATIONS} situations, {held:,} incidents, {FROM} to {TO}")
    print(f"{'audience':<10} {'situations':>10} {'pages':>6} {'pack':>8} {'PDF':>8} {'total':>8}")
    for audience, n, pages, built, drawn in rows:
        print(
            f"{audience:<10} {n:>10} {pages:>6} {built:>7.2f}s {drawn:>7.2f}s "
            f"{built + drawn:>7.2f}s"
        )
    worst = max(b + d for *_x, b, d in rows)
    print(f"target < {TARGET_S:g} s: {'met' if worst < TARGET_S else 'MISSED'} ({worst:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
