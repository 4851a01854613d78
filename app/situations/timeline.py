"""The warning-to-action timeline of a situation (Human Rights up Front, action 1: real-time
reviews): on one time axis, the first warnings (an incident at each standard of proof, a risk
factor at high or severe, a deterioration signal) and the first actions (an engagement, a
strategy action at country, regional and global level), each escalation, and the days from
the first warning to each action, with the record each date comes from. The after-action
review draft states those intervals as sentences. Situations.timeline calls this; it only
reads.

Definitions (the tests hold them):
- An incident's date is its date of occurrence (`occurred_from`). For each ranked standard of
  proof (vocabulary `verification`, rank >= 1), the event is the earliest of the situation's
  incidents (app.situations.trends) verified at least at that standard.
- A risk factor's date is its assessment's `assessed_on` (the latest version of each date);
  the event is the first assessment with a factor at high or severe, naming every such factor.
- A deterioration signal is the situation's signals (app.signals, through trends) computed as
  of each Sunday from the week of the first act to `as_of`: the first Sunday anything is
  flagged. Sundays, not `as_of` - 7k, so the date does not move as days pass.
- A strategy action's date is the day (UTC) the first strategy version holding an action at
  that level was saved. An engagement's date is its own `date`.
- An escalation is a strategy version with an action at a higher level than any earlier
  version held (country < regional < global), or an engagement through a channel ranked
  higher (vocabulary `engagement-channel`) than every earlier engagement's. The first action
  and the first engagement are not escalations: nothing came before them.
- The first warning is the earliest of: the first risk factor at high or severe, the first
  deterioration signal, the first incident at reasonable grounds or above. An interval runs
  from it to an action, in days; it is negative when the action came first, and open (no
  days) when there is no warning yet or no such action yet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app import signals
from app.models import Incident, Strategy
from app.situations import assessments as assessments_
from app.situations import coordination, trends
from app.situations.documents import HIGH, situation_row
from app.vocab import Vocabularies

LEVELS = ("country", "regional", "global")  # the strategy levels, lowest first
WARNING_STANDARD = "reasonable_grounds"  # an incident at this standard or above is a warning
WATCHED_CHANNELS = ("member_states", "security_council")  # always an interval, open or not
WEEKS = signals.RECENT_WEEKS + signals.BASELINE_WEEKS

Engagements = Callable[[Session, str], list[dict[str, Any]]]


def timeline(
    session: Session,
    vocab: Vocabularies,
    situation_id: str,
    as_of: date,
    engagements: Engagements | None = None,
    *,
    where: Sequence[ColumnElement[bool]] = (),
) -> dict[str, Any]:
    """The timeline of the situation as of `as_of` (see the module's definitions).
    `engagements(session, situation_id)` returns the engagement log's entries (by default
    the stored ones, app.situations.coordination); `where` (conditions on Incident: an
    audience's `record_filter`) keeps to the incidents an audience may read."""
    row = situation_row(session, situation_id)
    events: list[dict[str, Any]] = []
    events += incident_events(session, vocab, row, as_of, where)
    risk = risk_event(session, vocab, situation_id, as_of)
    if risk:
        events.append(risk)
    signal = signal_event(trends.incident_events(session, row, where=where), situation_id, as_of)
    if signal:
        events.append(signal)
    actions, action_escalations = action_events(session, situation_id, as_of)
    read = engagements or (lambda s, sid: coordination.records(s, sid, "engagement"))
    logged = [
        e for e in read(session, situation_id) if e.get("date") and e["date"] <= as_of.isoformat()
    ]
    first_engagement, channel_escalations, first_by_channel = engagement_events(vocab, logged)
    events += actions + action_escalations + channel_escalations
    if first_engagement:
        events.append(first_engagement)
    # one axis; on one day, warnings before actions, each kind in the order found (standards
    # of proof from the lowest, levels from country)
    events.sort(key=lambda e: (e["date"], ORDER.index(e["kind"])))
    warning = first_warning(events, vocab)
    by_key = {e["key"]: e for e in events}
    targets: list[tuple[str, dict[str, Any] | None]] = [
        ("first_engagement", first_engagement),
        ("first_action", actions[0] if actions else None),
        *((f"action:{level}", by_key.get(f"action:{level}")) for level in LEVELS),
    ]
    channels = [c for c in WATCHED_CHANNELS if _known(vocab, c)]
    channels += [c for c in first_by_channel if c not in channels]
    channels.sort(key=lambda c: (_channel_rank(vocab, c), c))
    targets += [(f"channel:{c}", first_by_channel.get(c)) for c in channels]
    out: dict[str, Any] = {
        "situation": {"id": row.id, "name": row.name, "country": row.country},
        "as_of": as_of.isoformat(),
        "events": events,
        "warning": warning,
        "intervals": [interval(key, warning, to, as_of) for key, to in targets],
    }
    out["draft"] = draft(out, vocab)
    return out


ORDER = ("incident", "risk", "signal", "engagement", "action", "escalation")


def _source(kind: str, record_id: str, **more: Any) -> dict[str, Any]:
    return {"kind": kind, "id": record_id, **more}


def incident_events(
    session: Session,
    vocab: Vocabularies,
    row: Any,
    as_of: date,
    where: Sequence[ColumnElement[bool]] = (),
) -> list[dict[str, Any]]:
    """The earliest incident at each ranked standard of proof or above."""
    standards = sorted(
        (t for t in vocab.terms("verification") if (t.rank or 0) >= 1), key=lambda t: t.rank or 0
    )
    ids = trends.incident_ids(session, row)
    found: list[tuple[date, str, str]] = []
    for i in range(0, len(ids), 500):
        found.extend(
            (d, iid, status)
            for iid, d, status in session.execute(
                select(Incident.id, Incident.occurred_from, Incident.verification_status).where(
                    Incident.id.in_(ids[i : i + 500]), Incident.occurred_from <= as_of, *where
                )
            ).all()
        )
    found.sort()
    rank = {t.code: t.rank or 0 for t in vocab.terms("verification")}
    out: list[dict[str, Any]] = []
    for standard in standards:
        first = next(
            ((d, i, s) for d, i, s in found if rank.get(s, 0) >= (standard.rank or 0)), None
        )
        if first is None:
            continue
        on, iid, status = first
        out.append(
            {
                "key": f"incident:{standard.code}",
                "kind": "incident",
                "date": on.isoformat(),
                "standard": standard.code,
                "verification": status,
                "source": _source("incident", iid),
            }
        )
    return out


def risk_event(
    session: Session, vocab: Vocabularies, situation_id: str, as_of: date
) -> dict[str, Any] | None:
    """The first assessment with a factor at high or severe, and those factors (highest
    first)."""
    for doc in assessments_.assessments(session, vocab, situation_id):
        if doc["assessed_on"] > as_of.isoformat():
            break
        high = [
            {"factor": f["factor"], "level": f["level"]}
            for f in doc["factors"]
            if (vocab.rank("risk-level", f["level"]) or 0) >= HIGH
        ]
        if high:
            high.sort(key=lambda f: -(vocab.rank("risk-level", f["level"]) or 0))
            return {
                "key": "risk",
                "kind": "risk",
                "date": doc["assessed_on"],
                "factors": high,
                "source": _source("assessment", doc["id"], version=doc["version"]),
            }
    return None


def sundays(first: date, last: date) -> tuple[date, date] | None:
    """The first Sunday on or after `first` and the last on or before `last`, or None."""
    start = first + timedelta(days=(6 - first.weekday()) % 7)
    end = last - timedelta(days=(last.weekday() + 1) % 7)
    return (start, end) if start <= end else None


def signal_event(
    events: list[trends.Event], situation_id: str, as_of: date
) -> dict[str, Any] | None:
    """The first Sunday, from the week of the first act to `as_of`, on which the situation's
    signals (as Situations.signals computes them as of that day) flag anything."""
    dated = [(d, t) for d, t, _r in events if d <= as_of]
    if not dated:
        return None
    span = sundays(min(d for d, _t in dated), as_of)
    if span is None:
        return None
    start, end = span
    checks = (end - start).days // 7 + 1
    total_weeks = checks + WEEKS - 1
    total = signals.weekly_counts([d for d, _t in dated], end=end, weeks=total_weeks)
    by_type = signals.weekly_counts_by_type(dated, end=end, weeks=total_weeks)
    for k in range(checks):
        window = slice(k, k + WEEKS)
        day = start + timedelta(days=7 * k)
        counts = {
            "end": day.isoformat(),
            "weeks": WEEKS,
            "total": total[window],
            # as trends.weekly: only the types with an act in these weeks
            "by_type": {t: c[window] for t, c in by_type.items() if sum(c[window])},
        }
        flagged = trends.flags(trends.deterioration(counts))
        if flagged:
            return {
                "key": "signal",
                "kind": "signal",
                "date": day.isoformat(),
                "scopes": [f["scope"] for f in flagged],
                "reasons": [f["reason"] for f in flagged],
                "source": _source("signal", situation_id, week_ending=day.isoformat()),
            }
    return None


def _day(stamp: str) -> date:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()


def action_events(
    session: Session, situation_id: str, as_of: date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The first action at each level and each escalation (see `action_ladder`), from the
    situation's strategy versions saved by `as_of`."""
    versions = [
        (_day(row.created_at), row.id, row.version, row.actions)
        for row in session.scalars(
            select(Strategy)
            .where(Strategy.situation_id == situation_id)
            .order_by(Strategy.version, Strategy.created_at, Strategy.id)
        )
    ]
    return action_ladder([v for v in versions if v[0] <= as_of])


Version = tuple[date, str, int, list[dict[str, Any]]]  # (saved on, id, version, actions)


def action_ladder(versions: list[Version]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The first action at each level (by the version that first held one), and each
    escalation: a version with an action at a higher level than any earlier version held.
    `versions` in the order they were saved."""
    firsts: list[dict[str, Any]] = []
    escalations: list[dict[str, Any]] = []
    top = -1  # the highest level any earlier version held
    for on, strategy_id, number, actions in versions:
        held = [a for a in actions if a.get("level") in LEVELS]

        def source(
            action: dict[str, Any], strategy_id: str = strategy_id, number: int = number
        ) -> dict[str, Any]:
            return _source("strategy", strategy_id, version=number, action=action.get("id"))

        seen = {e["level"] for e in firsts}
        for level in LEVELS:
            action = next((a for a in held if a["level"] == level), None)
            if action is None or level in seen:
                continue
            firsts.append(
                {
                    "key": f"action:{level}",
                    "kind": "action",
                    "date": on.isoformat(),
                    "level": level,
                    "title": action.get("title", ""),
                    "source": source(action),
                }
            )
        highest = max((LEVELS.index(a["level"]) for a in held), default=-1)
        if highest > top:
            if top >= 0:
                action = next(a for a in held if a["level"] == LEVELS[highest])
                escalations.append(
                    {
                        "key": f"escalation:action:{LEVELS[highest]}",
                        "kind": "escalation",
                        "ladder": "action",
                        "date": on.isoformat(),
                        "from": LEVELS[top],
                        "to": LEVELS[highest],
                        "title": action.get("title", ""),
                        "source": source(action),
                    }
                )
            top = highest
    firsts.sort(key=lambda e: (e["date"], LEVELS.index(e["level"])))
    return firsts, escalations


def _known(vocab: Vocabularies, channel: str) -> bool:
    return "engagement-channel" in vocab.kinds() and vocab.has("engagement-channel", channel)


def _channel_rank(vocab: Vocabularies, channel: str) -> int:
    """A channel's rank; 0 for one the vocabulary no longer holds."""
    return (vocab.rank("engagement-channel", channel) or 0) if _known(vocab, channel) else 0


def engagement_events(
    vocab: Vocabularies, logged: list[dict[str, Any]]
) -> tuple[dict[str, Any] | None, list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The first engagement, each escalation (through a channel ranked higher than every
    earlier engagement's) and the first engagement through each channel used."""
    ordered = sorted(
        logged, key=lambda e: (e["date"], _channel_rank(vocab, e.get("channel", "")), e["id"])
    )
    first: dict[str, Any] | None = None
    escalations: list[dict[str, Any]] = []
    by_channel: dict[str, dict[str, Any]] = {}
    top = -1
    for e in ordered:
        channel = e.get("channel", "")
        rank = _channel_rank(vocab, channel)
        source = _source("engagement", e["id"])
        doc = {"date": e["date"], "channel": channel, "type": e.get("type"), "source": source}
        if first is None:
            first = {"key": "engagement", "kind": "engagement", **doc}
        elif rank > top:
            prior = next(c for c in by_channel if _channel_rank(vocab, c) == top)
            escalations.append(
                {
                    "key": f"escalation:engagement:{channel}",
                    "kind": "escalation",
                    "ladder": "engagement",
                    "from": prior,
                    "to": channel,
                    **doc,
                }
            )
        top = max(top, rank)
        by_channel.setdefault(channel, {"key": f"engagement:{channel}", **doc})
    return first, escalations, by_channel


def first_warning(events: list[dict[str, Any]], vocab: Vocabularies) -> dict[str, Any] | None:
    """The earliest of the first risk factor at high or severe, the first deterioration
    signal and the first incident at reasonable grounds or above (events are sorted)."""
    floor = vocab.rank("verification", WARNING_STANDARD) or 0
    for e in events:
        if e["kind"] in ("risk", "signal") or (
            e["kind"] == "incident" and (vocab.rank("verification", e["standard"]) or 0) >= floor
        ):
            return {"key": e["key"], "date": e["date"], "source": e["source"]}
    return None


def interval(
    key: str, warning: dict[str, Any] | None, to: dict[str, Any] | None, as_of: date
) -> dict[str, Any]:
    """Days from the first warning to `to`; open (days None) when either is missing, with
    the days the warning has waited so far."""
    out: dict[str, Any] = {
        "key": key,
        "from": warning,
        "to": {k: to[k] for k in ("key", "date", "source")} if to else None,
        "days": None,
        "open": True,
        "why": None,
        "waited": None,
    }
    if warning is None:
        out["why"] = "no warning yet"
    elif to is None:
        out["why"] = "no action yet"
        out["waited"] = (as_of - date.fromisoformat(warning["date"])).days
    else:
        out["open"] = False
        out["days"] = (date.fromisoformat(to["date"]) - date.fromisoformat(warning["date"])).days
    return out


# -- the after-action review draft (English; the PDF and the window word it in their language)
INTERVAL_NAMES = {
    "first_engagement": "the first engagement",
    "first_action": "the first strategy action",
    "action:country": "the first action at country level",
    "action:regional": "the first action at regional level",
    "action:global": "the first action at global level",
}


def _label(vocab: Vocabularies, kind: str, code: str | None) -> str:
    if not code:
        return "-"
    if kind not in vocab.kinds():
        return code
    term = vocab.term(kind, code)  # a code no longer in the vocabulary shows as itself
    return term.label("en") if term else code


def source_text(source: dict[str, Any]) -> str:
    """ "assessment 1234… version 2": what a sentence cites."""
    more = "".join(f", {k} {v}" for k, v in source.items() if k not in ("kind", "id") and v)
    return f"{source['kind']} {source['id']}{more}"


def interval_name(vocab: Vocabularies, key: str) -> str:
    if key.startswith("channel:"):
        channel = key.split(":", 1)[1]
        return f"the first engagement through {_label(vocab, 'engagement-channel', channel)}"
    return INTERVAL_NAMES.get(key, key)


def warning_name(vocab: Vocabularies, events: list[dict[str, Any]], key: str) -> str:
    event = next(e for e in events if e["key"] == key)
    if event["kind"] == "risk":
        factors = ", ".join(
            f"{_label(vocab, 'risk-factor', f['factor'])} at "
            f"{_label(vocab, 'risk-level', f['level'])}"
            for f in event["factors"]
        )
        return f"a risk factor at high or severe ({factors})"
    if event["kind"] == "signal":
        return "a deterioration signal"
    return f"an incident at {_label(vocab, 'verification', event['standard'])}"


def draft(tl: dict[str, Any], vocab: Vocabularies) -> list[str]:
    """The after-action review draft: one sentence for the first warning and one for each
    interval, each naming its sources."""
    warning = tl["warning"]
    if warning is None:
        return [
            f"No warning as of {tl['as_of']}: no risk factor at high or severe, no "
            "deterioration signal, no incident at reasonable grounds or above."
        ]
    out = [
        f"First warning on {warning['date']}: "
        f"{warning_name(vocab, tl['events'], warning['key'])} "
        f"(source: {source_text(warning['source'])})."
    ]
    for item in tl["intervals"]:
        name = interval_name(vocab, item["key"])
        if item["open"]:
            out.append(
                f"{name[0].upper()}{name[1:]} has not come as of {tl['as_of']}: "
                f"{item['waited']} days since the first warning (still open)."
            )
        else:
            to = item["to"]
            days = item["days"]
            when = f"{days} days after" if days >= 0 else f"{-days} days before"
            out.append(
                f"{name[0].upper()}{name[1:]} came on {to['date']}, {when} the first warning "
                f"(source: {source_text(to['source'])})."
            )
    return out
